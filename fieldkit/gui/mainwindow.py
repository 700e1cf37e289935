"""The main window is a shell: lock screen, tabs, toolbar, message bar, status bar, auto-lock, themes, language,
emergency wipe.

Everything the user works in is a page (``pages/``), and the window knows pages only through ``pages.base.Page``:
one loop makes a page on first show, one starts them on unlock, one clears them on lock, and one passes each change
an op made in the store (``ops.Changes``) to all of them. Adding a page means its module and one line in
``_build_pages``. Before a lock (and a language change, which makes the pages again) the window keeps each page's
``place()`` and the current tab, and gives them back with ``restore()`` once the pages show the store again.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import KdfParams
from fieldkit.errors import FieldkitError
from fieldkit.gui.dialogs import FirstRunDialog
from fieldkit.gui.folders import start_in
from fieldkit.gui.i18n import install_translations
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import ltr, plural
from fieldkit.gui.lockscreen import LockScreen
from fieldkit.gui.messages import MessageBar, Toast, plain
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import identification as identification_ops
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
from fieldkit.gui.theme import apply_theme, colour, current_theme, save_appearance, settings
from fieldkit.gui.watchlist import HitReview, HitsDialog, ReasonDialog, WatchAlerts, WatchlistBanner, WatchlistStatus
from fieldkit.gui.wheel import install_wheel_guard

LOW_DISK_BYTES = 2 << 30
DEFAULT_SIZE = QSize(1280, 760)
P = TypeVar("P", bound=Page)


class _ActivityFilter(QObject):
    """Restarts the auto-lock timer on any keyboard or mouse activity in the application."""

    def __init__(self, timer: QTimer) -> None:
        # A child of the timer: when the window goes, the filter goes with it and leaves the application's filters
        # (a filter outliving its timer raised in every event of the next window, which crashed shiboken).
        super().__init__(timer)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                            QEvent.Type.Wheel) and self._timer.isActive():  # fmt: skip
            self._timer.start()
        return False


class _LockKeys(QObject):
    """Lock (Ctrl+L) from any window of the application: the Import dialog, a viewer, a question. A window-modal
    dialog blocks the main window's own shortcuts, so the key is caught here, before any widget sees it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # goes with the window (and so leaves the application's filters)
        self._window = window

    def _is_lock(self, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        action = self._window.lock_action
        pressed = QKeySequence(event.keyCombination())
        return action.isEnabled() and self._window.is_unlocked and pressed.matches(action.shortcut()) == (
            QKeySequence.SequenceMatch.ExactMatch)  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # once: every event of the application passes here
        if kind == QEvent.Type.ShortcutOverride and self._is_lock(event):
            event.accept()  # a key press, not a shortcut of the focused window: the press below locks
            return True
        if kind == QEvent.Type.KeyPress and self._is_lock(event):
            QTimer.singleShot(0, self._window.lock)  # after this key's delivery: the lock closes its window
            return True
        return False


def _within(dialog: QWidget, other: QWidget) -> bool:
    """Whether ``other`` is an ancestor of ``dialog`` (a file chooser opened from the Import dialog)."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is other:
            return True
        parent = parent.parentWidget()
    return False


class _Silenced(QObject):
    """Keeps a dialog cancelled by a lock silent (no accepted, no filesSelected, even if something accepts it
    later) until it is shown again."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.blockSignals(False)
            watched.removeEventFilter(self)
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


@dataclass
class Place:
    """Where the operator was: the current tab and each made page's ``place()``."""

    tab: int
    pages: dict[type[Page], dict[str, object]]


def free_disk(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder if folder.exists() else folder.parent).free
    except OSError:
        return -1


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    wiped = Signal(object)
    restored = Signal()  # after an unlock or a language change, the pages went back to where the operator was
    rebuilt = Signal()  # the pages were made again (a language change)
    # The toolbar's actions (made in _actions).
    new_item_action: QAction
    import_action: QAction
    import_folder_action: QAction
    next_action: QAction
    previous_action: QAction
    lock_action: QAction
    night_action: QAction
    import_watchlist_action: QAction
    hits_action: QAction

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
        self.card_roots = card_roots
        self.operator = ""
        self.unbundled = 0
        self.saved_place: Place | None = None  # kept at a lock, given back after the unlock
        self.closed_by_lock: list[str] = []  # titles of the dialogs a lock cancelled: said after the unlock
        self._day_theme = "light" if current_theme() == "night" else current_theme()
        self.setWindowTitle("fieldkit")
        self.setAcceptDrops(True)
        self.resize(self.default_size())

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.currentChanged.connect(self._tab_changed)
        self.lock_screen = LockScreen(executor, folder)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.create_requested.connect(self._first_run)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_screen)
        self.stack.addWidget(self.pages)
        self.message_bar = MessageBar()
        # Watchlist hits: searched after every capture, shown in a red banner above everything else until decided.
        self.alerts = WatchAlerts(executor, self)
        self.watch_banner = WatchlistBanner(self.alerts.model)
        self.watch_banner.review_requested.connect(self.review_hit)
        self.watch_banner.confirm_requested.connect(self.confirm_hit)
        self.watch_banner.reject_requested.connect(self.reject_hit)
        self.alerts.decided.connect(self._hit_decided)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.watch_banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.toast = Toast(self)

        self._tabs: list[_Tab] = []
        self._build_pages()
        executor.changed.connect(self._store_changed)

        self.state_label = QLabel()
        self.operator_label = QLabel()
        self.unbundled_label = QLabel()
        self.disk_label = QLabel()
        self.watchlist_label = WatchlistStatus()
        self.alerts.state_changed.connect(self.watchlist_label.set_state)
        self.alerts.status_message.connect(self.statusBar().showMessage)
        labels = (self.watchlist_label, self.state_label, self.operator_label, self.unbundled_label, self.disk_label)
        for label in labels:
            self.statusBar().addPermanentWidget(label)
        self._actions()

        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.setInterval(int(auto_lock_minutes * 60_000))
        self.auto_lock.timeout.connect(self.lock)
        self._activity = _ActivityFilter(self.auto_lock)
        app = QApplication.instance()
        self._lock_keys = _LockKeys(self)
        if app is not None:
            app.installEventFilter(self._activity)
            app.installEventFilter(self._lock_keys)
        install_wheel_guard()  # the wheel scrolls pages, not the combo box under the pointer
        self._show_locked(True)
        self._update_status()

    def default_size(self) -> QSize:
        """1280x760, or less on a smaller screen: never more than the screen's free area (less the title bar), so
        that the status bar stays in view on a 1366x768 or 1280x720 field laptop."""
        free = self.screen().availableGeometry()
        return QSize(min(DEFAULT_SIZE.width(), free.width()), min(DEFAULT_SIZE.height(), free.height() - 40))

    # --- pages -----------------------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """Make the pages (again, after a language change: their texts are set as they are made)."""
        executor = self.executor
        evidence = self.evidence_page = EvidencePage(executor, self.card_roots)
        self.bundles_page = BundlesPage(executor, self.card_roots)
        self.bundles_page.go_to_item.connect(self._go_to_item)
        self.outbox_page = OutboxPage(executor)
        self.verify_page = VerifyPage(executor, self.hq_folder)
        self.settings_page = SettingsPage(executor, self.folder, self.kdf)
        self.settings_page.auto_lock_changed.connect(self._set_auto_lock)
        self.settings_page.language_changed.connect(self._set_language)
        self.settings_page.appearance_changed.connect(self.set_appearance)
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
        for tab in self._tabs:
            if tab.make is not None:
                tab.holder = QWidget()
                QVBoxLayout(tab.holder).setContentsMargins(0, 0, 0, 0)
            if tab.page is not None:
                self._connect_page(tab.page)
        for tab in self._tabs:
            self.pages.addTab(tab.widget, tab.title)
        evidence.capture_requested.connect(self._capture_requested)

    def _capture_requested(self, kind: str) -> None:
        """The item card's Scan or Prints: that page, for the card's item (Prints on a person item takes that item
        as the subject)."""
        if kind == "scan":
            self.show_page(ScannerPage)
            return
        self.show_page(FingerprintsPage).take_prints_for(self.evidence_page.current_item())

    def _drop_pages(self) -> None:
        """Take the pages out of the window after clearing them. A page stays alive (hidden, unparented) only as
        long as a job still on its way holds it, and says nothing to the window any more."""
        self.pages.blockSignals(True)
        while self.pages.count():
            self.pages.removeTab(0)
        self.pages.blockSignals(False)
        for tab in self._tabs:
            if tab.page is not None:
                tab.page.clear()
                for signal in (tab.page.status_message, tab.page.error_raised, tab.page.succeeded):
                    signal.disconnect()
                tab.page.hide()
                tab.page.setParent(None)
            if tab.holder is not None:
                tab.holder.deleteLater()
        self._tabs = []

    def _connect_page(self, page: Page) -> None:
        page.status_message.connect(self.statusBar().showMessage)
        page.error_raised.connect(self._error)
        page.succeeded.connect(self._succeeded)

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

    def _go_to_item(self, item: object) -> None:
        """Show an item on the Evidence page (the Bundles page's "Go to item")."""
        item_id = getattr(item, "id", None)
        self.show_page(EvidencePage)
        if isinstance(item_id, int):
            self.evidence_page.reload(select_item_id=item_id)

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

    def place(self) -> Place:
        """Where the operator is now: the tab, and each made page's own ``place()``."""
        return Place(self.pages.currentIndex(), {tab.kind: tab.page.place() for tab in self._tabs if tab.page})

    def _restore_when_shown(self, place: Place) -> None:
        """Once the Evidence page shows the store's data again, put every page back where it was."""

        def restore() -> None:
            if not self.is_unlocked:
                return
            for tab in self._tabs:
                if tab.kind in place.pages:
                    self._made(tab).restore(place.pages[tab.kind])
            if 0 <= place.tab < self.pages.count():
                self.pages.setCurrentIndex(place.tab)
            self.restored.emit()

        self.evidence_page.refreshed.connect(restore, Qt.ConnectionType.SingleShotConnection)

    # --- opening, locking ----------------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.executor.unlocked

    def start(self) -> LockScreen | QDialog | None:
        """Show the lock screen, or the first-run dialog on a folder with no store; returns what takes the
        passphrase (tests drive it: it has ``passphrase`` and ``submit()``).

        At headquarters (``hq_folder`` given) with no store here, open straight on the Verify page instead."""
        has_store = (self.folder / "fieldkit-store.json").exists()
        if self.hq_folder is not None and not has_store:
            self.stack.setCurrentWidget(self.pages)
            self.pages.setCurrentWidget(self.verify_page)
            for tab in self._tabs:
                self.pages.setTabEnabled(self.pages.indexOf(tab.widget), tab.kind.works_without_store)
            return None
        self._show_locked(True)
        self.lock_screen.set_creating(not has_store)
        self.lock_screen.reset()
        if has_store:
            return self.lock_screen
        return self._first_run()

    def _first_run(self) -> FirstRunDialog:
        dialog = FirstRunDialog(self.executor, self.folder, self.kdf, self)
        dialog.created.connect(self._on_unlocked)
        dialog.setModal(True)
        dialog.open()
        self.lock_screen.place_below_header(dialog)
        return dialog

    def _show_locked(self, locked: bool) -> None:
        """A locked window shows only the lock screen: no pages, no toolbar, no capture shortcut."""
        self.stack.setCurrentWidget(self.lock_screen if locked else self.pages)
        if hasattr(self, "toolbar"):
            self.toolbar.setVisible(not locked)
            for action in self.toolbar.actions():
                action.setEnabled(not locked)
        if hasattr(self, "import_watchlist_action"):
            self.import_watchlist_action.setEnabled(not locked)
            self.hits_action.setEnabled(not locked)
        if locked:
            self.lock_screen.passphrase.setFocus()

    def _on_unlocked(self, unlocked: object) -> None:
        self.operator = getattr(unlocked, "operator", "")
        self.lock_screen.set_last_operator(self.operator)
        self.lock_screen.set_creating(False)
        self._show_locked(False)
        self.auto_lock.start()
        if self.saved_place is not None:
            self._restore_when_shown(self.saved_place)
            self.saved_place = None
        for page in self._made_pages():
            page.start()
        self.alerts.start()
        self._update_status()
        self._read_status()
        self._say_what_the_lock_closed()
        self._say_which_slots_were_skipped(getattr(unlocked, "skipped_slots", ()))
        self.unlocked.emit()

    def _say_which_slots_were_skipped(self, names: tuple[str, ...]) -> None:
        """Key slot files that did not parse or ask for too much work were skipped, not tried: nobody is locked out
        by them, but someone may have written into the store folder, which the operator must hear of."""
        if names:
            text = self.tr(
                "The store opened, but it skipped %n key slot file(s) that are damaged or not made by fieldkit: {}."
                " Someone may have tampered with the store folder; tell your evidence technician.", "", len(names),
            )  # fmt: skip
            self.message_bar.show_notice(plural(text, len(names)).format(", ".join(ltr(name) for name in names)))

    def _say_what_the_lock_closed(self) -> None:
        """The dialogs the lock cancelled, one line each, in a message the operator acknowledges: work that was in
        them is not silently gone."""
        if self.closed_by_lock:
            lines = [self.tr("The lock closed: {}. Nothing of it was applied; open it again to continue.").format(title)
                     for title in self.closed_by_lock]  # fmt: skip
            self.closed_by_lock = []
            self.message_bar.show_notice("\n".join(lines))

    def lock(self) -> LockScreen | QDialog | None:
        """Cancel every open dialog, keep where the operator is, close the store and drop every decrypted thing
        from memory; show the lock screen (returned)."""
        if not self.is_unlocked:
            return None
        self.cancel_dialogs()
        self.saved_place = self.place()
        self.lock_quietly()
        self.locked.emit()
        return self.start()

    def lock_quietly(self) -> None:
        """Like lock(), without keeping the operator's place."""
        for page in self._made_pages():
            page.flush()
        self.cancel_dialogs()
        self.auto_lock.stop()
        self.alerts.stop()
        self.executor.lock()
        for page in self._made_pages():
            page.clear()
        self._show_locked(True)
        self.lock_screen.reset()
        self._update_status()

    def cancel_dialogs(self) -> None:
        """Reject every open dialog of the window (file choosers, questions, progress, viewers) before the store
        closes, so that nothing one of them held is applied: a rejected dialog applies nothing, and it stays silent
        (no accepted, no filesSelected) even if something accepts it later. (The jobs a progress dialog shows are
        cancelled by the lock itself.)"""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        tops = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.parent() is None]
        seen: set[int] = set()
        open_dialogs = [dialog for dialog in [*self.findChildren(QDialog), *tops] if dialog.isVisible()]
        for dialog in open_dialogs:
            if id(dialog) in seen:
                continue
            seen.add(id(dialog))
            if self.is_unlocked and not any(_within(dialog, other) for other in open_dialogs):
                # Said after the unlock (a file chooser of a dialog closes with it: only the dialog is named).
                self.closed_by_lock.append(dialog.windowTitle().strip() or self.tr("a dialog"))
            dialog.reject()
            dialog.blockSignals(True)
            silenced = _Silenced(dialog)
            dialog.installEventFilter(silenced)

    def wipe(self) -> None:
        """Emergency wipe: close the store, destroy every key slot, then offer to create a new store."""
        self.lock_quietly()

        def wiped(report: object) -> None:
            self.closed_by_lock = []  # the store is gone: nothing to open again
            self.lock_screen.set_creating(True)
            self.statusBar().showMessage(self.tr("The store was wiped: nobody can open it any more."), 30_000)
            self.wiped.emit(report)

        self.executor.submit(ops.wipe(self.folder), wiped, self._error)

    # --- toolbar, status bar, messages ----------------------------------------------------------------------

    def _actions(self) -> None:
        toolbar = self.toolbar = QToolBar(self.tr("Capture"))
        toolbar.setObjectName("captureToolbar")
        self.addToolBar(toolbar)
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(28, 28))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        specs = [
            ("new_item_action", "plus-box", "Ctrl+N", lambda: self.evidence_page.new_item()),
            ("import_action", "file-import", "Ctrl+I", lambda: self.evidence_page.choose_import()),
            ("import_folder_action", "folder-download", "Ctrl+Shift+I",
             lambda: self.evidence_page.choose_import_folder()),
            ("next_action", "chevron-down", "Ctrl+J", lambda: self.evidence_page.step(1)),
            ("previous_action", "chevron-up", "Ctrl+K", lambda: self.evidence_page.step(-1)),
            ("lock_action", "lock", "Ctrl+L", self.lock),
        ]  # fmt: skip
        for attribute, name, shortcut, slot in specs:
            action = QAction(icon(name), "", self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.addAction(action)  # the shortcut works wherever the focus is in the window
            setattr(self, attribute, action)
        # Lock works from every window of the application (the Import dialog covers the toolbar's button); a
        # window-modal dialog blocks even an application shortcut, so _LockKeys catches the key there too.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        toolbar.addSeparator()
        self.night_action = QAction(icon("weather-night"), "", self)
        self.night_action.setCheckable(True)
        self.night_action.setChecked(current_theme() == "night")
        self.night_action.toggled.connect(self._toggle_night)
        toolbar.addAction(self.night_action)
        self.file_menu = self.menuBar().addMenu("")
        self.import_watchlist_action = QAction(icon("shield-account"), "", self)
        self.import_watchlist_action.triggered.connect(self.choose_watchlist)
        self.file_menu.addAction(self.import_watchlist_action)
        self.hits_action = QAction(icon("alert-octagon-outline"), "", self)
        self.hits_action.triggered.connect(lambda: self.show_hits())
        self.file_menu.addAction(self.hits_action)
        self.file_menu.addSeparator()
        # File > Quit, Ctrl+Q (the platform's Quit key too, where it has one): works locked or not.
        self.quit_action = QAction(icon("close"), "", self)
        keys = [QKeySequence(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")]
        self.quit_action.setShortcuts([key for i, key in enumerate(keys) if not key.isEmpty() and key not in keys[:i]])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit)
        self.file_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        texts = {
            self.new_item_action: self.tr("New item"),
            self.import_action: self.tr("Import…"),
            self.import_folder_action: self.tr("Import folder…"),
            self.next_action: self.tr("Next item"),
            self.previous_action: self.tr("Previous item"),
            self.lock_action: self.tr("Lock"),
            self.night_action: self.tr("Night"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text}  ({shortcut})" if shortcut else text)
        self.toolbar.setWindowTitle(self.tr("Capture"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_watchlist_action.setText(self.tr("Import watchlist…"))
        self.import_watchlist_action.setToolTip(self.tr("Import the watchlist file HQ made for this device"))
        self.hits_action.setText(self.tr("Watchlist hits…"))
        self.hits_action.setToolTip(self.tr("Every watchlist hit on this device: open, confirmed or rejected, and why"))
        self.quit_action.setText(self.tr("&Quit"))
        self.quit_action.setToolTip(self.tr("Save what was typed, close the store and leave fieldkit"))

    def _read_status(self) -> None:
        def show(status: ops.Status) -> None:
            self.operator, self.unbundled = status.operator, status.unbundled
            self.lock_screen.set_last_operator(self.operator)
            self._update_status()

        self.executor.submit(ops.status, show, self._error)

    def _update_status(self) -> None:
        self.state_label.setText(self.tr("UNLOCKED") if self.is_unlocked else self.tr("LOCKED"))
        self.state_label.setStyleSheet(f"color: {colour('ok' if self.is_unlocked else 'error')}; font-weight: bold;")
        self.operator_label.setText(self.tr("Operator: {}").format(self.operator) if self.is_unlocked else "")
        self.unbundled_label.setText(self.tr("Not yet bundled: {}").format(self.unbundled) if self.is_unlocked else "")
        free = free_disk(self.folder)
        if free >= 0:
            warn = free < LOW_DISK_BYTES
            self.disk_label.setText(self.tr("Free disk: {:.1f} GB").format(free / 1e9) + (" ⚠" if warn else ""))
            self.disk_label.setStyleSheet(f"color: {colour('error')}; font-weight: bold;" if warn else "")

    def _error(self, error: FieldkitError) -> None:
        """An error the operator must acknowledge: the message bar (until OK), and the status bar."""
        message, fix = plain(error)
        self.message_bar.show_error(message, fix)
        self.statusBar().showMessage(message + (f" — {fix}" if fix else ""), 15_000)

    def _succeeded(self, text: str) -> None:
        self.toast.show_text(text)
        self.statusBar().showMessage(text, 10_000)

    # --- watchlist: import, review and decide hits -------------------------------------------------------------

    def choose_watchlist(self) -> QFileDialog | None:
        """File > Import watchlist…: choose the file HQ made; it is checked and imported on the store thread."""
        if not self.is_unlocked:
            return None
        dialog = QFileDialog(self, self.tr("Import the watchlist file from HQ"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        start_in(dialog, "watchlist")
        dialog.fileSelected.connect(lambda name: self.import_watchlist(Path(name)))
        dialog.open()
        return dialog

    def import_watchlist(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Importing the watchlist…"))

        def done(state: object) -> None:
            if isinstance(state, identification_ops.WatchlistState) and state.present:
                self._succeeded(self.tr("Watchlist v{} imported: {} entries, expires {}.").format(
                    state.version, state.entries, ltr(state.expiry_day)))  # fmt: skip
                self.alerts.catch_up()  # what was captured before it arrived is searched against it now

        def refused(error: FieldkitError) -> None:
            message, fix = plain(error)
            self.message_bar.show_error(self.tr("The watchlist was not imported: {}").format(message), fix)
            self.statusBar().showMessage(self.tr("The watchlist was not imported: {}").format(message), 15_000)

        self.executor.submit(identification_ops.import_watchlist(path), done, refused)

    def show_hits(self) -> HitsDialog | None:
        """File > Watchlist hits…: every hit held, decided or not, with the decisions and their reasons."""
        if not self.is_unlocked:
            return None
        dialog = HitsDialog(self.executor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_requested.connect(lambda found, hits: self.review_hit(found, hits))
        self.alerts.decided.connect(dialog.read)
        dialog.open()
        return dialog

    def review_hit(self, found: object, hits: object = None) -> HitReview | None:
        """The side-by-side review of a hit (the banner's Review, Ctrl+Shift+R), with Previous / Next through the
        hits waiting (or through ``hits``, from the list of every hit)."""
        if not isinstance(found, identification_ops.OpenHit) or not self.is_unlocked:
            return None
        if not isinstance(hits, list):
            model = self.alerts.model
            hits = [h for row in range(model.rowCount()) if (h := model.hit_at(row)) is not None]
        review = HitReview(self.executor, found, self, hits)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.confirm_requested.connect(self.confirm_hit)
        review.reject_requested.connect(self.reject_hit)
        review.open()
        return review

    def confirm_hit(self, found: object) -> None:
        if isinstance(found, identification_ops.OpenHit) and self.is_unlocked:
            self._decide_hit(found, identification_ops.CONFIRMED, "")

    def reject_hit(self, found: object) -> ReasonDialog | None:
        """Reject asks why (required: the custody log keeps it), then records the decision."""
        if not isinstance(found, identification_ops.OpenHit) or not self.is_unlocked:
            return None
        dialog = ReasonDialog(found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._decide_hit(found, identification_ops.REJECTED, dialog.text))
        dialog.open()
        return dialog

    def _decide_hit(self, found: identification_ops.OpenHit, decision: str, reason: str) -> None:
        self.watch_banner.set_busy(True)

        def failed(error: FieldkitError) -> None:
            self.watch_banner.set_busy(False)
            self._error(error)

        self.alerts.decide(found, decision, reason, failed)

    def _hit_decided(self, row: object) -> None:
        ref, decision = getattr(row, "ref", ""), getattr(row, "decision", "")
        if decision == identification_ops.CONFIRMED:
            self._succeeded(self.tr("Hit on {} confirmed and recorded.").format(ltr(ref)))
        elif decision == identification_ops.REJECTED:
            self._succeeded(self.tr("Hit on {} rejected and recorded.").format(ltr(ref)))

    def quit(self) -> None:
        """File > Quit (Ctrl+Q): close the window (what was typed is saved, the store closed and its lock released
        for the command line), then leave the application, whatever other window of it is still open."""
        if self.close():
            QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window saves what was typed and closes the store (after the jobs already queued): the
        command line can open it as soon as the store thread is done."""
        if self.is_unlocked:
            self.lock_quietly()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.toast.isVisible():
            self.toast.place()

    # --- settings that belong to the window: auto-lock, look, language ---------------------------------------------

    def _set_auto_lock(self, minutes: int) -> None:
        self.auto_lock.setInterval(minutes * 60_000)
        if self.is_unlocked:
            self.auto_lock.start()
            self.executor.submit(settings_ops.set_setting("auto_lock_minutes", str(minutes)), None, self._error)

    def set_appearance(self, theme: str, font_scale: int) -> None:
        """Apply a theme and text size to the whole application at once, and keep them for the next start. The pages
        are recoloured in place (theme.retint), not made again; a busy cursor shows while it lasts (a text size
        change re-polishes every widget)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            apply_theme(app, theme, font_scale)
            save_appearance(theme, font_scale)
            if theme != "night":
                self._day_theme = theme
            self.night_action.blockSignals(True)
            self.night_action.setChecked(theme == "night")
            self.night_action.blockSignals(False)
            self.settings_page.show_appearance(theme, font_scale)
            self.lock_screen.retheme()
            self._update_status()
        finally:
            QApplication.restoreOverrideCursor()

    def _toggle_night(self, night: bool) -> None:
        app = QApplication.instance()
        scale = app.property("fieldkit-font-scale") if app is not None else None
        self.set_appearance("night" if night else self._day_theme, int(scale) if scale else 100)

    def _set_language(self, code: str) -> None:
        """Apply a language at once: translations, text direction, then the pages made again in it."""
        settings().setValue("language", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translations(app, code)
            scale = app.property("fieldkit-font-scale")
            if app.property("fieldkit-theme"):  # a theme was applied: keep its text size over the language's font
                apply_theme(app, current_theme(), int(scale) if scale else 100)
        # Not inside the Settings page's own signal: the page is about to be replaced.
        QTimer.singleShot(0, self.rebuild)

    def rebuild(self) -> None:
        """Make the pages again in the current language, keeping the executor and the unlocked store, and put the
        operator back where they were."""
        place = self.place() if self.is_unlocked else self.saved_place
        made = {tab.kind for tab in self._tabs if tab.page is not None}
        for page in self._made_pages():
            page.flush()
        self._drop_pages()
        self._build_pages()
        self._retranslate_actions()
        self.lock_screen.retranslate()
        self.watch_banner.retranslate()
        self.watchlist_label.retranslate()
        self._update_status()
        if place is not None and 0 <= place.tab < self.pages.count():
            self.pages.setCurrentIndex(place.tab)
        if self.is_unlocked:
            if place is not None:
                self._restore_when_shown(place)
            for page in self._made_pages():
                page.start()
            for tab in self._tabs:
                if tab.kind in made and tab.page is None:
                    self._made(tab)  # a page made on first show starts as it is made
        self.rebuilt.emit()

    # --- files dropped anywhere on the window go into the current item ------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.is_unlocked and self.evidence_page.current_item() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.evidence_page.import_dropped(paths)  # the Import dialog, with them added: nothing imported yet
            event.acceptProposedAction()
