"""The Bundles page: how many captures are not yet bundled, making bundles for HQ (with progress and cancel), the
bundles made so far, and copying one to a removable drive (verified after the copy)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel as _TableModel
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import keep_left_to_right, ltr, plural
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import bundles as ops
from fieldkit.gui.pages.base import Page, big_button, green, red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.outgoing.ledger import BundleRecord

Index = QModelIndex | QPersistentModelIndex


class BundlesModel(_TableModel):
    HEADERS = ("Number", "State", "Created (UTC)", "Captures", "Size", "File")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[BundleRecord] = []

    def set_records(self, records: list[BundleRecord]) -> None:
        self.beginResetModel()
        self.records = list(reversed(records))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self.records):
            return None
        r = self.records[index.row()]
        size = f"{r.size / 1e6:.1f} MB" if r.size else ""
        return (r.sequence, r.state, r.created_at[:19].replace("T", " "), r.capture_count, size,
                r.file_name)[index.column()]  # fmt: skip


class BundlesPage(Page):
    bundles_created = Signal(object)  # the bundles made, or the FieldkitError that stopped making them
    copied = Signal(object)  # the copy on the drive, verified

    def __init__(self, executor: StoreExecutor) -> None:
        super().__init__(executor)
        self.summary = QLabel()
        font = self.summary.font()
        font.setPointSize(font.pointSize() + 4)
        self.summary.setFont(font)
        self.warning = QLabel()
        self.warning.setStyleSheet(red())
        self.warning.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("folder for new bundles"))
        keep_left_to_right(self.folder)
        browse = big_button(self.tr("Choose…"))
        browse.setIcon(icon("folder-open"))
        browse.clicked.connect(self._choose_folder)
        self.max_size = QComboBox()
        for label, size in ((self.tr("below 4 GiB (FAT32 sticks)"), None), ("2 GiB", 2 << 30), ("700 MiB", 700 << 20)):
            self.max_size.addItem(label, size)
        self.folder.setMinimumHeight(40)
        self.max_size.setMinimumHeight(40)
        self.create_button = big_button(self.tr("Create bundle"))
        self.create_button.setIcon(icon("package-variant-closed"))
        self.create_button.clicked.connect(self.create_bundle)
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()  # bundle creation and the copy to a drive, with what runs named beside it
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = BundlesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_button = big_button(self.tr("Copy to removable drive…"))
        self.copy_button.setIcon(icon("usb-flash-drive"))
        self.copy_button.clicked.connect(self.copy_selected)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(self.max_size)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        layout.addLayout(buttons)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress, 1)
        layout.addLayout(progress)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._cancel: Any = None

    def start(self) -> None:
        self.reload()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.CAPTURES | Changes.BUNDLES | Changes.PROVISIONING):
            self.reload()

    def reload(self) -> None:
        self.executor.submit(ops.bundles_overview, self._show, self._error)

    def clear(self) -> None:
        self.model.set_records([])
        self.summary.clear()
        self.warning.clear()
        self.message.clear()

    def _show(self, overview: ops.BundlesOverview) -> None:
        self.model.set_records(overview.bundles)
        self.summary.setText(
            plural(self.tr("%n capture(s) not yet bundled", "", overview.unbundled), overview.unbundled)
        )
        self.warning.setText("" if overview.recipients else self.tr(
            "No headquarters recipient is set: bundles cannot be made until you import the provisioning file from "
            "headquarters (Settings)."))  # fmt: skip
        self.create_button.setEnabled(bool(overview.recipients) and overview.unbundled > 0)
        if overview.folder and not self.folder.text():
            self.folder.setText(overview.folder)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for bundles"))
        if folder:
            self.folder.setText(folder)

    def create_bundle(self) -> None:
        if not self.folder.text().strip():
            self._error(FieldkitError(self.tr("Choose a folder for the bundles first.")))
            return
        self.create_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._begin(self.tr("Creating bundles…"))
        self.message.clear()

        def step(value: object) -> None:
            if isinstance(value, tuple) and value[1]:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(1000 * value[0] / value[1]))

        def done(result: list[Any]) -> None:
            self._finish()
            self.message.setStyleSheet(green())
            made = [entry for entry in result if not isinstance(entry, tuple)]
            waiting = [entry for entry in result if isinstance(entry, tuple)]
            text = (
                plural(self.tr("Created %n bundle(s).", "", len(made)), len(made))
                if made
                else self.tr("Nothing to bundle.")
            )
            for capture, needed in waiting:  # too large for the bundle size chosen: it waits, the others went
                text += "\n" + self.tr(
                    "{} ({} MB) waits: it needs a bundle of {} MB; choose a larger size to send it."
                ).format(capture.original_name, capture.size >> 20, (needed >> 20) + 1)
            # Every capture travels; a derived product (a fingerprint transaction, OCR text) may not: say which.
            left_out = [entry for bundle in made for entry in getattr(bundle, "left_out", ())]
            if left_out:
                lines = [f"• {entry.product} of capture {entry.capture[:8]}: {entry.reason}" for entry in left_out[:10]]
                more = [self.tr("… and {} more").format(len(left_out) - 10)] if len(left_out) > 10 else []
                text += "\n" + self.tr("Every capture is in it, but these products are left out:") + "\n"
                text += "\n".join(lines + more)
            self.message.setText(text)
            if made:
                self.notify(plural(self.tr("Created %n bundle(s)", "", len(made)), len(made)))
            self.bundles_created.emit(made)

        job = ops.create_bundles(Path(self.folder.text().strip()), self.max_size.currentData())
        self._cancel = self.executor.submit(job, done, self._failed, step)
        self.cancel_button.clicked.connect(self._cancel.set)

    def _begin(self, text: str) -> None:
        """Show what runs, with a busy bar until the op reports its steps."""
        self.progress_label.setText(text)
        self.progress_label.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.setVisible(True)

    def _finish(self) -> None:
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self.cancel_button.setEnabled(False)
        with contextlib.suppress(RuntimeError, TypeError):
            self.cancel_button.clicked.disconnect()

    def _failed(self, error: FieldkitError) -> None:
        self._finish()
        self.executor.announce(Changes.BUNDLES)  # the bundles made before the error are in the ledger
        self._error(error)
        self.bundles_created.emit(error)

    def copy_selected(self, drive: Path | None = None) -> None:
        selection: QItemSelectionModel | None = self.table.selectionModel()  # None before a model is set
        rows = selection.selectedRows() if selection is not None else []
        record = self.model.records[rows[0].row()] if rows else (self.model.records[0] if self.model.records else None)
        if record is None:
            return
        if not isinstance(drive, Path):
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the removable drive"))
            if not chosen:
                return
            drive = Path(chosen)

        sequence = record.sequence
        self.copy_button.setEnabled(False)
        self._begin(self.tr("Copying bundle {} to {} and reading it back…").format(sequence, ltr(drive)))

        def step(value: object) -> None:
            if isinstance(value, tuple) and value[1]:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(1000 * value[0] / value[1]))

        def copied(target: Path) -> None:
            self._copy_over()
            self.message.setStyleSheet(green())
            self.message.setText(self.tr("Copied and verified: {}").format(ltr(target)))
            self.notify(self.tr("Bundle {} copied to the drive and verified").format(sequence))
            self.copied.emit(target)

        def failed(error: FieldkitError) -> None:
            self._copy_over()
            self._error(error)

        self.executor.submit(ops.copy_bundle(sequence, drive), copied, failed, step)

    def _copy_over(self) -> None:
        self.copy_button.setEnabled(True)
        if not self.cancel_button.isEnabled():  # no bundle being made: the bar was the copy's
            self.progress.setVisible(False)
            self.progress_label.setVisible(False)

    def _error(self, error: FieldkitError) -> None:
        self.message.setStyleSheet(red())
        self.message.setText(error.message + (f"\n{error.fix}" if error.fix else ""))
