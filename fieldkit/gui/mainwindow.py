"""The main window is a shell: tabs, toolbar, status bar, auto-lock, lock and unlock, language, emergency wipe.

Everything the user works in is a page (``pages/``), and the window knows pages only through ``pages.base.Page``:
one loop makes a page on first show, one starts them on unlock, one clears them on lock, and one passes each change
an op made in the store (``ops.Changes``) to all of them. Adding a page means its module and one line in ``_tabs``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from fieldkit.config import KdfParams
from fieldkit.errors import FieldkitError
from fieldkit.gui.dialogs import FirstRunDialog, UnlockDialog
from fieldkit.gui.i18n import install_translations
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import session as ops
from fieldkit.gui.ops import settings as settings_ops
from fieldkit.gui.pages.base import Page
from fieldkit.gui.pages.bundles import BundlesPage
from fieldkit.gui.pages.camera import CameraPage
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.outbox import OutboxPage
from fieldkit.gui.pages.scanner import ScannerPage
from fieldkit.gui.pages.settings import SettingsPage
from fieldkit.gui.pages.verify import VerifyPage
from fieldkit.gui.tasks import StoreExecutor

LOW_DISK_BYTES = 2 << 30
P = TypeVar("P", bound=Page)


class _ActivityFilter(QObject):
    """Restarts the auto-lock timer on any keyboard or mouse activity in the application."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                            QEvent.Type.Wheel) and self._timer.isActive():  # fmt: skip
            self._timer.start()
        return False


@dataclass
class _Tab:
    """One tab: its page, or how to make it on first show (then ``holder`` stands in for it until then)."""

    title: str
    kind: type[Page]
    page: Page | None = None
    make: Callable[[], Page] | None = None
    holder: QWidget | None = None

    @property
    def widget(self) -> QWidget:
        widget = self.page if self.holder is None else self.holder
        assert widget is not None
        return widget


def free_disk(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder if folder.exists() else folder.parent).free
    except OSError:
        return -1


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    wiped = Signal(object)
    # The toolbar's keyboard-driven actions (made in _actions).
    new_item_action: QAction
    import_action: QAction
    import_folder_action: QAction
    next_action: QAction
    previous_action: QAction
    lock_action: QAction

    def __init__(
        self,
        executor: StoreExecutor,
        folder: Path,
        *,
        kdf: KdfParams | None = None,
        auto_lock_minutes: float = 10,
        hq_folder: Path | None = None,
        card_roots: Sequence[Path] | None = None,
    ) -> None:
        """``card_roots``: where camera cards get mounted (None: where the platform usually mounts them)."""
        super().__init__()
        self.hq_folder = hq_folder
        self.executor = executor
        self.folder = folder
        self.kdf = kdf
        self.operator = ""
        self.unbundled = 0
        self.setWindowTitle("fieldkit")
        self.setAcceptDrops(True)
        self.resize(1280, 760)

        evidence = self.evidence_page = EvidencePage(executor, card_roots)
        self.bundles_page = BundlesPage(executor)
        self.outbox_page = OutboxPage(executor)
        self.verify_page = VerifyPage(executor, hq_folder)
        self.settings_page = SettingsPage(executor, folder, kdf)
        self.settings_page.auto_lock_changed.connect(self._set_auto_lock)
        self.settings_page.language_changed.connect(self._set_language)
        self.settings_page.wipe_requested.connect(self.wipe)
        evidence.retake_requested.connect(
            lambda c: self.show_page(ScannerPage if c.source.startswith("scanner:") else CameraPage)
        )
        # Camera, Scanner and Fingerprints are made on first show: looking for cameras, scanners and live-scan
        # devices, and loading QtMultimedia and the fingerprint libraries, would slow every start.
        current_item = evidence.current_item

        def case_names() -> list[str]:
            return list(evidence.case_names)

        def choose_item() -> None:  # the capture pages' banner: "No item selected" goes to the Evidence page
            self.show_page(EvidencePage)

        self._tabs = [
            _Tab(self.tr("Evidence"), EvidencePage, evidence),
            _Tab(
                self.tr("Camera"),
                CameraPage,
                make=lambda: CameraPage(executor, current_item, evidence.use_tag, choose_item),
            ),
            _Tab(self.tr("Scanner"), ScannerPage, make=lambda: ScannerPage(executor, current_item, choose_item)),
            _Tab(
                self.tr("Fingerprints"),
                FingerprintsPage,
                make=lambda: FingerprintsPage(executor, current_item, case_names, choose_item),
            ),
            _Tab(self.tr("Bundles"), BundlesPage, self.bundles_page),
            _Tab(self.tr("Outbox"), OutboxPage, self.outbox_page),
            _Tab(self.tr("Verify (HQ)"), VerifyPage, self.verify_page),
            _Tab(self.tr("Settings"), SettingsPage, self.settings_page),
        ]
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for tab in self._tabs:
            if tab.make is not None:
                tab.holder = QWidget()
                QVBoxLayout(tab.holder)
            if tab.page is not None:
                self._connect_page(tab.page)
            self.pages.addTab(tab.widget, tab.title)
        self.pages.currentChanged.connect(self._tab_changed)
        evidence.capture_requested.connect(lambda k: self.show_page(ScannerPage if k == "scan" else FingerprintsPage))
        self.setCentralWidget(self.pages)
        executor.changed.connect(self._store_changed)

        self.state_label = QLabel()
        self.operator_label = QLabel()
        self.unbundled_label = QLabel()
        self.disk_label = QLabel()
        for label in (self.state_label, self.operator_label, self.unbundled_label, self.disk_label):
            self.statusBar().addPermanentWidget(label)
        self._actions()

        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.setInterval(int(auto_lock_minutes * 60_000))
        self.auto_lock.timeout.connect(self.lock)
        self._activity = _ActivityFilter(self.auto_lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._activity)
        self._update_status()

    def _actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Capture"))
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(32, 32))
        toolbar.setStyleSheet("QToolButton { padding: 8px 12px; }")
        evidence = self.evidence_page
        specs = [
            ("new_item_action", self.tr("New item"), "Ctrl+N", evidence.new_item),
            ("import_action", self.tr("Import…"), "Ctrl+I", evidence.choose_import),
            (
                "import_folder_action",
                self.tr("Import folder…"),
                "Ctrl+Shift+I",
                lambda: evidence.choose_import_folder(),
            ),
            ("next_action", self.tr("Next item"), "Ctrl+J", lambda: evidence.step(1)),
            ("previous_action", self.tr("Previous item"), "Ctrl+K", lambda: evidence.step(-1)),
            ("lock_action", self.tr("Lock"), "Ctrl+L", self.lock),
        ]
        for attribute, text, shortcut, slot in specs:
            action = QAction(f"{text}  ({shortcut})", self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            toolbar.addAction(action)
            setattr(self, attribute, action)

    # --- pages -----------------------------------------------------------------------------------------------

    def _connect_page(self, page: Page) -> None:
        page.status_message.connect(self.statusBar().showMessage)
        page.error_raised.connect(self._error)
        page.succeeded.connect(lambda text: self.statusBar().showMessage(text, 10_000))

    def _made_pages(self) -> list[Page]:
        return [tab.page for tab in self._tabs if tab.page is not None]

    def _made(self, tab: _Tab) -> Page:
        if tab.page is None:
            assert tab.make is not None and tab.holder is not None
            page = tab.page = tab.make()
            self._connect_page(page)
            layout = tab.holder.layout()
            assert layout is not None
            layout.addWidget(page)
            if self.is_unlocked:
                page.start()
        return tab.page

    def _tab_changed(self, index: int) -> None:
        current = self.pages.widget(index)
        for tab in self._tabs:
            if tab.widget is current:
                self._made(tab).shown()
            elif tab.page is not None:
                tab.page.hidden()

    def page(self, kind: type[P]) -> P | None:
        """The page of this kind, if it was made."""
        return next((page for page in self._made_pages() if isinstance(page, kind)), None)

    def show_page(self, kind: type[P]) -> P:
        """Make the page of this kind the current tab (making it first if need be) and return it."""
        tab = next(tab for tab in self._tabs if tab.kind is kind)
        self.pages.setCurrentWidget(tab.widget)
        page = self._made(tab)
        assert isinstance(page, kind)
        return page

    def _store_changed(self, changes: Changes) -> None:
        if not self.is_unlocked:
            return
        for page in self._made_pages():
            page.refresh(changes)
        if changes & (Changes.CAPTURES | Changes.BUNDLES):
            self._read_status()

    # --- opening, locking ----------------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.executor.unlocked

    def start(self) -> QDialog | None:
        """Show the first-run or unlock dialog as fits the store folder; returns it (tests drive it).

        At headquarters (``hq_folder`` given) with no store here, open straight on the Verify page instead."""
        if self.hq_folder is not None and not (self.folder / "fieldkit-store.json").exists():
            self.pages.setCurrentWidget(self.verify_page)
            for tab in self._tabs:
                self.pages.setTabEnabled(self.pages.indexOf(tab.widget), tab.kind.works_without_store)
            return None
        dialog: QDialog
        if (self.folder / "fieldkit-store.json").exists():
            unlock = UnlockDialog(self.executor, self.folder, self)
            unlock.unlocked.connect(self._on_unlocked)
            dialog = unlock
        else:
            first = FirstRunDialog(self.executor, self.folder, self.kdf, self)
            first.created.connect(self._on_unlocked)
            dialog = first
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _on_unlocked(self, unlocked: object) -> None:
        self.operator = getattr(unlocked, "operator", "")
        self.auto_lock.start()
        for page in self._made_pages():
            page.start()
        self._update_status()
        self._read_status()
        self.unlocked.emit()

    def lock(self) -> QDialog | None:
        """Close the store and drop every decrypted thing from memory; ask for the passphrase again."""
        if not self.is_unlocked:
            return None
        self.lock_quietly()
        self.locked.emit()
        return self.start()

    def lock_quietly(self) -> None:
        """Like lock(), without asking for the passphrase again."""
        self.auto_lock.stop()
        self.executor.lock()
        for page in self._made_pages():
            page.clear()
        self._update_status()

    def wipe(self) -> None:
        """Emergency wipe: close the store, destroy every key slot, then offer to create a new store."""
        self.lock_quietly()

        def wiped(report: object) -> None:
            self.statusBar().showMessage(self.tr("The store was wiped: nobody can open it any more."), 30_000)
            self.wiped.emit(report)

        self.executor.submit(ops.wipe(self.folder), wiped, self._error)

    # --- status bar, settings that belong to the window ---------------------------------------------------------

    def _read_status(self) -> None:
        def show(status: ops.Status) -> None:
            self.operator, self.unbundled = status.operator, status.unbundled
            self._update_status()

        self.executor.submit(ops.status, show, self._error)

    def _update_status(self) -> None:
        self.state_label.setText(self.tr("UNLOCKED") if self.is_unlocked else self.tr("LOCKED"))
        self.state_label.setStyleSheet(
            "color: #2e7d32; font-weight: bold;" if self.is_unlocked else "color: #c62828; font-weight: bold;"
        )
        self.operator_label.setText(self.tr("Operator: {}").format(self.operator) if self.is_unlocked else "")
        self.unbundled_label.setText(self.tr("Not yet bundled: {}").format(self.unbundled) if self.is_unlocked else "")
        free = free_disk(self.folder)
        if free >= 0:
            warn = free < LOW_DISK_BYTES
            self.disk_label.setText(self.tr("Free disk: {:.1f} GB").format(free / 1e9) + (" ⚠" if warn else ""))
            self.disk_label.setStyleSheet("color: #c62828; font-weight: bold;" if warn else "")

    def _set_auto_lock(self, minutes: int) -> None:
        self.auto_lock.setInterval(minutes * 60_000)
        if self.is_unlocked:
            self.auto_lock.start()
            self.executor.submit(settings_ops.set_setting("auto_lock_minutes", str(minutes)), None, self._error)

    def _set_language(self, code: str) -> None:
        QSettings("fieldkit", "fieldkit").setValue("language", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translations(app, code)
        self.statusBar().showMessage(self.tr("Language saved; every text follows at the next start."), 10_000)

    def _error(self, error: FieldkitError) -> None:
        self.statusBar().showMessage(error.message + (f" — {error.fix}" if error.fix else ""), 15_000)

    # --- files dropped anywhere on the window go into the current item ------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.is_unlocked and self.evidence_page.current_item() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.evidence_page.import_dropped(paths)  # the Import dialog, with them added: nothing imported yet
            event.acceptProposedAction()
