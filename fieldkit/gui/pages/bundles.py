"""The Bundles page: how many captures are not yet bundled, making bundles for HQ (with progress and cancel), the
bundles made so far, and copying one to a removable drive (verified after the copy)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel as _TableModel
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QTableView,
    QVBoxLayout,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.folders import choose_folder
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import keep_left_to_right, ltr, plural
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import bundles as ops
from fieldkit.gui.pages.base import Page, big_button, green, red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour
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
    concerns_shown = Signal(object)  # the list of ops.Concern shown before creating (none: creating at once)
    go_to_item = Signal(object)  # the Item the operator wants to look at before bundling

    def __init__(
        self,
        executor: StoreExecutor,
        drive_roots: Sequence[Path] | None = None,
        is_mount: Callable[[Path], bool] = os.path.ismount,
    ) -> None:
        """``drive_roots``/``is_mount``: where USB drives are looked for, for the default folder (None: where the
        platform mounts them)."""
        super().__init__(executor)
        self.drive_roots = drive_roots
        self.is_mount = is_mount
        self._default: tuple[str, str] = ("", "")  # the folder offered by default, and why
        self.summary = QLabel()
        font = self.summary.font()
        font.setPointSize(font.pointSize() + 4)
        self.summary.setFont(font)
        self.warning = QLabel()
        self.warning.setStyleSheet(red())
        self.warning.setWordWrap(True)
        self.destination = QLabel()  # where the next bundles go, big
        font = self.destination.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.destination.setFont(font)
        self.destination.setWordWrap(True)
        self.destination.setTextFormat(Qt.TextFormat.PlainText)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("folder for new bundles"))
        keep_left_to_right(self.folder)
        self.folder.textChanged.connect(lambda _: self._show_destination())
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
        self.create_button.clicked.connect(lambda: self.check_and_create())
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
        self._build_concerns()
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
        layout.addWidget(self.destination)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.concerns)
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
        # Items too: an edit of an item HQ already holds is a change the next bundle carries (counted here).
        if changes & (Changes.ITEMS | Changes.CAPTURES | Changes.BUNDLES | Changes.PROVISIONING):
            self.reload()

    def reload(self) -> None:
        self.executor.submit(ops.bundles_overview(self.drive_roots, self.is_mount), self._show, self._error)

    def clear(self) -> None:
        self.model.set_records([])
        self.summary.clear()
        self.warning.clear()
        self.message.clear()
        self.concerns.setVisible(False)
        self.concern_list.clear()

    def _show(self, overview: ops.BundlesOverview) -> None:
        self.model.set_records(overview.bundles)
        summary = plural(self.tr("%n capture(s) not yet bundled", "", overview.unbundled), overview.unbundled)
        if overview.amendments:  # corrections to what HQ holds travel too, in a bundle of their own if need be
            summary += " · " + plural(self.tr("%n change(s) to send to HQ", "", overview.amendments),
                                      overview.amendments)  # fmt: skip
        self.summary.setText(summary)
        self.warning.setText("" if overview.recipients else self.tr(
            "No headquarters recipient is set: bundles cannot be made until you import the provisioning file from "
            "headquarters (Settings)."))  # fmt: skip
        waiting = overview.unbundled > 0 or overview.amendments > 0
        self.create_button.setEnabled(bool(overview.recipients) and waiting)
        self._default = (overview.folder, overview.folder_kind)
        if overview.folder and not self.folder.text():
            self.folder.setText(overview.folder)
        self._show_destination()

    def _show_destination(self) -> None:
        """The folder the next bundles go to, big, and why it was offered."""
        folder = self.folder.text().strip()
        if not folder:
            self.destination.setText(self.tr("No folder chosen for the bundles: press Choose…"))
            return
        why = {
            "drive": self.tr("the USB drive found"),
            "beside": self.tr("a new folder next to the store"),
            "last": self.tr("the folder used last"),
        }.get(self._default[1], "") if folder == self._default[0] else ""  # fmt: skip
        text = self.tr("Bundles go to: {}").format(ltr(folder))
        self.destination.setText(text + (f"  ({why})" if why else ""))

    def _choose_folder(self) -> None:
        folder = choose_folder(self, "bundles", self.tr("Folder for bundles"))
        if folder:
            self.folder.setText(folder)

    # --- a look before bundling -----------------------------------------------------------------------------

    def _build_concerns(self) -> None:
        """The panel listing what is worth a look before the captures travel (not modal: the page stays usable)."""
        self.concerns = QFrame()
        self.concerns.setObjectName("concerns")
        self.concerns_title = QLabel()
        self.concerns_title.setWordWrap(True)
        self.concern_list = QListWidget()
        self.concern_list.setMaximumHeight(160)
        self.concern_list.itemDoubleClicked.connect(lambda _: self.go_to_concern())
        self.create_anyway = big_button(self.tr("Create anyway"))
        self.create_anyway.setIcon(icon("package-variant-closed"))
        self.create_anyway.clicked.connect(self._create_anyway)
        self.go_button = big_button(self.tr("Go to item"))
        self.go_button.setIcon(icon("arrow-right"))
        self.go_button.clicked.connect(lambda: self.go_to_concern())
        box = QVBoxLayout(self.concerns)
        box.addWidget(self.concerns_title)
        box.addWidget(self.concern_list)
        row = QHBoxLayout()
        row.addWidget(self.create_anyway)
        row.addWidget(self.go_button)
        row.addStretch()
        box.addLayout(row)
        self.concerns.setVisible(False)

    def check_and_create(self) -> None:
        """The Create button: look at the items being bundled first (on the store thread); with nothing to say,
        create at once, else list what to check, with "Create anyway" and "Go to item"."""
        if not self._folder_ok():
            return
        self.concerns.setVisible(False)
        self.create_button.setEnabled(False)

        def looked(concerns: list[ops.Concern]) -> None:
            self.create_button.setEnabled(True)
            self.concerns_shown.emit(concerns)
            if not concerns:
                self.create_bundle()
                return
            self._show_concerns(concerns)

        def failed(error: FieldkitError) -> None:
            self.create_button.setEnabled(True)
            self._error(error)

        self.executor.submit(ops.bundle_concerns, looked, failed)

    def _show_concerns(self, concerns: list[ops.Concern]) -> None:
        self.concern_list.clear()
        for concern in concerns:
            where = f"{concern.item.case_name} / {ltr(concern.item.tag)}"
            if concern.what == "time":
                text = self.tr("{}: no time recovered").format(where)
            elif concern.what == "site":
                text = self.tr("{}: no site").format(where)
            else:
                text = self.tr("{}: {} is also in {} (the same file)").format(
                    where, ltr(concern.name), ltr(concern.other)
                )
            entry = QListWidgetItem(icon("alert"), text)
            entry.setData(Qt.ItemDataRole.UserRole, concern.item)
            self.concern_list.addItem(entry)
        self.concern_list.setCurrentRow(0)
        self.concerns_title.setText(self.tr(
            "Worth a look before these captures travel ({}). Fix them on the item, or create the bundle anyway:"
        ).format(len(concerns)))  # fmt: skip
        self.concerns.setStyleSheet(f"#concerns {{ border: 2px solid {colour('warning')}; border-radius: 6px; }}")
        self.concerns.setVisible(True)

    def _create_anyway(self) -> None:
        self.concerns.setVisible(False)
        self.create_bundle()

    def go_to_concern(self) -> None:
        """Show the item of the concern selected (the first, if none is) on the Evidence page."""
        row = max(self.concern_list.currentRow(), 0)
        entry = self.concern_list.item(row) if row < self.concern_list.count() else None
        if entry is not None:
            self.go_to_item.emit(entry.data(Qt.ItemDataRole.UserRole))

    def _folder_ok(self) -> bool:
        if self.folder.text().strip():
            return True
        self._error(FieldkitError(self.tr(
            "No folder is chosen for the bundles: press Choose… and pick the USB drive or a folder, then Create "
            "bundle again."
        )))  # fmt: skip
        return False

    def create_bundle(self) -> None:
        """Create the bundles now (the Create button looks at the items first: ``check_and_create``)."""
        if not self._folder_ok():
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
            amended = sum(getattr(bundle, "amendment_count", 0) for bundle in made)
            if amended:  # changes to what HQ already holds: OCR read later, a page turned, an edit, a deletion
                text += "\n" + plural(self.tr("With it: %n change(s) to what HQ already holds.", "", amended),
                                       amended)  # fmt: skip
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
            chosen = choose_folder(self, "drive", self.tr("Choose the removable drive"))
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
        """What went wrong and what to do, in the window's words (never the command line's)."""
        message, fix = plain(error)
        self.message.setStyleSheet(red())
        self.message.setText(message + (f"\n{fix}" if fix else ""))
