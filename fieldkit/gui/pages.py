"""The Bundles, Verify and Settings pages of the main window."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel as _TableModel
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.bundle.verify import Report
from fieldkit.config import KdfParams
from fieldkit.errors import FieldkitError
from fieldkit.gui import jobs
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import IngestResult
from fieldkit.outgoing.ledger import BundleRecord

Index = QModelIndex | QPersistentModelIndex
_RED = "color: #c62828; font-weight: bold;"
_GREEN = "color: #2e7d32; font-weight: bold;"


def _big_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(44)
    return button


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


class BundlesPage(QWidget):
    changed = Signal()
    bundles_created = Signal(object)

    def __init__(self, executor: StoreExecutor) -> None:
        super().__init__()
        self.executor = executor
        self.summary = QLabel()
        font = self.summary.font()
        font.setPointSize(font.pointSize() + 4)
        self.summary.setFont(font)
        self.warning = QLabel()
        self.warning.setStyleSheet(_RED)
        self.warning.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("folder for new bundles"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        self.max_size = QComboBox()
        for label, size in ((self.tr("below 4 GiB (FAT32 sticks)"), None), ("2 GiB", 2 << 30), ("700 MiB", 700 << 20)):
            self.max_size.addItem(label, size)
        self.create_button = _big_button(self.tr("Create bundle"))
        self.create_button.clicked.connect(self.create_bundle)
        self.cancel_button = _big_button(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = BundlesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_button = _big_button(self.tr("Copy to removable drive…"))
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
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._cancel: Any = None

    def refresh(self) -> None:
        self.executor.submit(jobs.bundles_overview, self._show, self._error)

    def clear(self) -> None:
        self.model.set_records([])
        self.summary.clear()
        self.warning.clear()
        self.message.clear()

    def _show(self, overview: jobs.BundlesOverview) -> None:
        self.model.set_records(overview.bundles)
        self.summary.setText(self.tr("{} captures not yet bundled").format(overview.unbundled))
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
        self.progress.setVisible(True)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.message.clear()

        def step(value: object) -> None:
            if isinstance(value, tuple) and value[1]:
                self.progress.setValue(int(1000 * value[0] / value[1]))

        def done(made: list[Any]) -> None:
            self._finish()
            self.message.setStyleSheet(_GREEN)
            self.message.setText(self.tr("Created {} bundle(s).").format(len(made)) if made
                                 else self.tr("Nothing to bundle."))  # fmt: skip
            self.bundles_created.emit(made)

        job = jobs.create_bundles(Path(self.folder.text().strip()), self.max_size.currentData())
        self._cancel = self.executor.submit(job, done, self._failed, step)
        self.cancel_button.clicked.connect(self._cancel.set)

    def _finish(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        with contextlib.suppress(RuntimeError, TypeError):
            self.cancel_button.clicked.disconnect()
        self.refresh()
        self.changed.emit()

    def _failed(self, error: FieldkitError) -> None:
        self._finish()
        self._error(error)
        self.bundles_created.emit(error)

    def copy_selected(self, drive: Path | None = None) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        record = self.model.records[rows[0].row()] if rows else (self.model.records[0] if self.model.records else None)
        if record is None:
            return
        if not isinstance(drive, Path):
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the removable drive"))
            if not chosen:
                return
            drive = Path(chosen)

        def copied(target: Path) -> None:
            self.message.setStyleSheet(_GREEN)
            self.message.setText(self.tr("Copied and verified: {}").format(target))
            self.changed.emit()

        self.executor.submit(jobs.copy_bundle(record.sequence, drive), copied, self._error)

    def _error(self, error: FieldkitError) -> None:
        self.message.setStyleSheet(_RED)
        self.message.setText(error.message + (f"\n{error.fix}" if error.fix else ""))


class VerifyPage(QWidget):
    """For headquarters: open or drop a bundle, see the verdict first, then the details; ingest; save a report."""

    verified = Signal(object)
    ingested = Signal(object)

    def __init__(self, executor: StoreExecutor, hq_folder: Path | None = None) -> None:
        super().__init__()
        self.executor = executor
        self.report: Report | None = None
        self.bundle: Path | None = None
        self.setAcceptDrops(True)
        self.hq = QLineEdit(str(hq_folder) if hq_folder else "")
        self.hq.setPlaceholderText(self.tr("HQ folder (made by 'fieldkit hq init')"))
        choose_hq = QPushButton(self.tr("Choose…"))
        choose_hq.clicked.connect(self._choose_hq)
        self.open_button = _big_button(self.tr("Open bundle…"))
        self.open_button.clicked.connect(self._choose_bundle)
        self.verdict = QLabel(self.tr("Open or drop a bundle here."))
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(56)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checks = QListWidget()
        self.items = QListWidget()
        self.items.setViewMode(QListWidget.ViewMode.IconMode)
        self.items.setIconSize(QSize(160, 160))
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.custody = QListWidget()
        self.ingest_button = _big_button(self.tr("Ingest"))
        self.ingest_button.setEnabled(False)
        self.ingest_button.clicked.connect(self.ingest)
        self.save_button = _big_button(self.tr("Save HTML report…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_report())
        self.ingest_result = QLabel()
        self.ingest_result.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.hq, 1)
        top.addWidget(choose_hq)
        top.addWidget(self.open_button)
        actions = QHBoxLayout()
        actions.addWidget(self.ingest_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.ingest_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Checks")))
        layout.addWidget(self.checks, 1)
        layout.addWidget(QLabel(self.tr("Items and photos")))
        layout.addWidget(self.items, 2)
        layout.addWidget(QLabel(self.tr("Custody timeline")))
        layout.addWidget(self.custody, 1)

    def _choose_hq(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("HQ folder"))
        if folder:
            self.hq.setText(folder)

    def _choose_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open bundle"), "", self.tr("Bundles (*.fkb);;All (*)"))
        if name:
            self.open_bundle(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_bundle(Path(urls[0].toLocalFile()))

    def open_bundle(self, bundle: Path) -> None:
        if not self.hq.text().strip():
            self._verdict(False, self.tr("Choose the HQ folder first: it holds the key that opens bundles."))
            return
        self.bundle = bundle
        self.report = None
        self.ingest_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.ingest_result.clear()
        self.verdict.setText(self.tr("Verifying {}…").format(bundle.name))
        self.verdict.setStyleSheet("")
        self.executor.submit(jobs.verify(bundle, Path(self.hq.text().strip())), self._show, self._failed)

    def _verdict(self, ok: bool, text: str) -> None:
        self.verdict.setText(text)
        colour = "#1b7f3b" if ok else "#b3261e"
        self.verdict.setStyleSheet(f"background: {colour}; color: white; font-size: 18pt; padding: 8px;")

    def _failed(self, error: FieldkitError) -> None:
        self._verdict(False, error.message)

    def _show(self, report: Report) -> None:
        self.report = report
        self._verdict(report.ok, (self.tr("VALID: authentic, complete and unaltered") if report.ok
                                  else self.tr("REJECTED: {}").format(report.message)))  # fmt: skip
        self.checks.clear()
        for check in report.checks:
            self.checks.addItem(f"{'✔' if check.ok else '✘'}  {check.name}: {check.detail}")
        self.items.clear()
        captures = [v for k, v in report.records.items() if k.startswith("data/records/captures/")]
        for capture in captures:
            if not isinstance(capture, dict):
                continue
            entry = QListWidgetItem(f"{capture.get('item_tag', '')}\n{capture.get('original_name', '')}")
            small = report.thumbnails.get(str(capture.get("payload")))
            if small:
                image = QImage()
                if image.loadFromData(small):
                    entry.setIcon(QIcon(QPixmap.fromImage(image)))
            self.items.addItem(entry)
        self.custody.clear()
        graph = report.records.get("data/custody.jsonld", {})
        for node in graph.get("@graph", []) if isinstance(graph, dict) else []:
            if isinstance(node, dict) and node.get("@type") == "case-investigation:InvestigativeAction":
                when = node.get("uco-action:startTime", {})
                self.custody.addItem(f"#{node.get('fieldkit:sequence')}  "
                                     f"{when.get('@value') if isinstance(when, dict) else ''}  "
                                     f"{node.get('uco-core:name')}")  # fmt: skip
        self.ingest_button.setEnabled(True)  # a refused bundle is ingested into quarantine, with its reason
        self.save_button.setEnabled(True)
        self.verified.emit(report)

    def ingest(self) -> None:
        if self.bundle is None:
            return

        def done(result: IngestResult) -> None:
            gaps = self.tr("; missing from this device: {}").format(result.gaps) if result.gaps else ""
            self.ingest_result.setStyleSheet(_GREEN if result.accepted else _RED)
            self.ingest_result.setText(f"{result.outcome}: {result.message}{gaps}")
            self.ingested.emit(result)

        self.executor.submit(jobs.ingest(self.bundle, Path(self.hq.text().strip())), done, self._failed)

    def save_report(self, target: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "report.html", "HTML (*.html)")
            if not name:
                return None
            target = Path(name)
        target.write_text(html_report.render(self.report), encoding="utf-8")
        return target


class SettingsPage(QWidget):
    """Operators, auto-lock, language, store location, device key, provisioning, emergency wipe."""

    auto_lock_changed = Signal(int)
    language_changed = Signal(str)
    wipe_requested = Signal()
    message_shown = Signal(str)

    def __init__(self, executor: StoreExecutor, store_folder: Path, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.executor = executor
        self.kdf = kdf
        self.operators = QListWidget()
        add = QPushButton(self.tr("Add operator…"))
        add.clicked.connect(lambda: self.add_operator())
        remove = QPushButton(self.tr("Remove operator"))
        remove.clicked.connect(lambda: self.remove_operator())
        passwd = QPushButton(self.tr("Change passphrase…"))
        passwd.clicked.connect(lambda: self.change_passphrase())
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(10)
        self.auto_lock.valueChanged.connect(self.auto_lock_changed.emit)
        self.language = QComboBox()
        for code, name in (("en", "English"), ("fr", "Français"), ("ar", "العربية")):
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _: self.language_changed.emit(self.language.currentData()))
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        provision = QPushButton(self.tr("Import provisioning file…"))
        provision.clicked.connect(lambda: self.import_provisioning())
        wipe = QPushButton(self.tr("Emergency wipe…"))
        wipe.setStyleSheet("background: #b3261e; color: white; font-weight: bold; padding: 8px;")
        wipe.clicked.connect(lambda: self.confirm_wipe())
        self.status = QLabel()
        self.status.setWordWrap(True)
        operator_buttons = QHBoxLayout()
        for button in (add, remove, passwd):
            operator_buttons.addWidget(button)
        form = QFormLayout(self)
        form.addRow(self.tr("Operators"), self.operators)
        form.addRow("", operator_buttons)
        form.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Store location"), QLabel(str(store_folder)))
        form.addRow(self.tr("Device key fingerprint"), self.fingerprint)
        form.addRow(self.tr("Headquarters"), provision)
        form.addRow(self.tr("Emergency"), wipe)
        form.addRow(self.status)

    def refresh(self, fingerprint: str) -> None:
        self.fingerprint.setText(fingerprint)
        self.executor.submit(jobs.operators, self._show_operators, self._error)

    def _show_operators(self, names: list[str]) -> None:
        self.operators.clear()
        self.operators.addItems(names)

    def _ask(self, title: str, label: str, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(self, title, label, mode)
        return text if ok else None

    def _new_passphrase(self, who: str) -> str | None:
        first = self._ask(self.tr("Passphrase"), self.tr("New passphrase for {}:").format(who), secret=True)
        if first is None:
            return None
        if self._ask(self.tr("Passphrase"), self.tr("Type it again:"), secret=True) != first:
            self._error(FieldkitError(self.tr("The two passphrases differ.")))
            return None
        return first

    def add_operator(self, name: str | None = None, passphrase: str | None = None) -> None:
        name = name or self._ask(self.tr("Add operator"), self.tr("Operator name:"))
        if not name:
            return
        passphrase = passphrase or self._new_passphrase(name)
        if passphrase is None:
            return
        message = self.tr("Added operator {}")
        self.executor.submit(jobs.add_operator(name, passphrase, self.kdf),
                             lambda added: self._done(message.format(added)), self._error)  # fmt: skip

    def remove_operator(self, name: str | None = None) -> None:
        current = self.operators.currentItem()
        name = name or (current.text() if current else None)
        if not name:
            return
        message = self.tr("Removed operator {}").format(name)
        self.executor.submit(jobs.remove_operator(name), lambda _: self._done(message), self._error)

    def change_passphrase(self, name: str | None = None, passphrase: str | None = None) -> None:
        current = self.operators.currentItem()
        name = name or (current.text() if current else None)
        if not name:
            return
        passphrase = passphrase or self._new_passphrase(name)
        if passphrase is None:
            return
        self.executor.submit(jobs.change_passphrase(name, passphrase, self.kdf),
                             lambda _: self._done(self.tr("Changed the passphrase of {}").format(name)),
                             self._error)  # fmt: skip

    def import_provisioning(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Provisioning file"), "", "JSON (*.json);;All (*)")
            if not name:
                return
            path = Path(name)
        self.executor.submit(jobs.import_provisioning(path),
                             lambda added: self._done(self.tr("Provisioned: {} new recipient(s)").format(added)),
                             self._error)  # fmt: skip

    def confirm_wipe(self, typed: str | None = None) -> bool:
        """Wipe only after the operator types WIPE: there is no undo."""
        if typed is None:
            answer = self._ask(self.tr("Emergency wipe"), self.tr(
                "This destroys every key: nobody will ever open this store again.\nType WIPE to confirm:"))  # fmt: skip
            typed = answer or ""
        if typed.strip() != "WIPE":
            self._done(self.tr("Wipe cancelled."))
            return False
        self.wipe_requested.emit()
        return True

    def _done(self, text: str) -> None:
        self.status.setStyleSheet(_GREEN)
        self.status.setText(text)
        self.message_shown.emit(text)
        self.executor.submit(jobs.operators, self._show_operators, self._error)

    def _error(self, error: FieldkitError) -> None:
        self.status.setStyleSheet(_RED)
        self.status.setText(error.message + (f"\n{error.fix}" if error.fix else ""))
        self.message_shown.emit(error.message)
