"""The main window: items on the left, the selected item's captures, details and custody on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import KdfParams
from fieldkit.core.importer import ImportOutcome, ImportSummary
from fieldkit.errors import FieldkitError
from fieldkit.gui import jobs
from fieldkit.gui.background import BackgroundWork
from fieldkit.gui.dialogs import FirstRunDialog, UnlockDialog
from fieldkit.gui.i18n import install_translations
from fieldkit.gui.models import CapturesModel, CustodyModel, ItemFilter, ItemRole, ItemsModel
from fieldkit.gui.outbox import OutboxPage
from fieldkit.gui.pages import BundlesPage, SettingsPage, VerifyPage
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import ITEM_CATEGORIES, Capture, Item, Site

if TYPE_CHECKING:
    from fieldkit.gui.camera import CameraPage
    from fieldkit.gui.fingerprints import FingerprintsPage
    from fieldkit.gui.scanner import ScannerPage

LOW_DISK_BYTES = 2 << 30


class NewItemDialog(QDialog):
    def __init__(
        self, cases: list[str], current_case: str, executor: StoreExecutor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.setWindowTitle(self.tr("New item"))
        self.case = QComboBox()
        self.case.setEditable(True)
        self.case.addItems(cases)
        self.case.setCurrentText(current_case)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("evidence tag, e.g. EV-0042"))
        self.category = QComboBox()
        self.category.addItems(list(ITEM_CATEGORIES))
        form = QFormLayout(self)
        form.addRow(self.tr("Case"), self.case)
        scan = QPushButton(self.tr("Read tag from a photo of its barcode…"))
        scan.clicked.connect(lambda: self.read_tag())
        self.tag_message = QLabel()
        form.addRow(self.tr("Evidence tag"), self.tag)
        form.addRow("", scan)
        form.addRow("", self.tag_message)
        form.addRow(self.tr("Category"), self.category)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.tag.setFocus()

    def read_tag(self, photo: Path | None = None) -> None:
        if self.executor is None:
            return
        if photo is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Photo of the tag"))
            if not name:
                return
            photo = Path(name)

        def found(tags: list[str]) -> None:
            if tags:
                self.tag.setText(tags[0])
                self.tag_message.setText(self.tr("Read from the photo: {}").format(", ".join(tags)))
            else:
                self.tag_message.setText(self.tr("No barcode or QR code found: type the tag."))

        self.executor.submit(jobs.read_tag(photo), found,
                             lambda error: self.tag_message.setText(error.message))  # fmt: skip


class SiteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New site"))
        self.name = QLineEdit()
        self.latitude = QLineEdit()
        self.latitude.setPlaceholderText("34.5553")
        self.longitude = QLineEdit()
        self.longitude.setPlaceholderText("69.2075")
        self.mgrs = QLabel()
        self.description = QLineEdit()
        self.latitude.textChanged.connect(self._update)
        self.longitude.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Latitude (WGS 84)"), self.latitude)
        form.addRow(self.tr("Longitude (WGS 84)"), self.longitude)
        form.addRow("MGRS", self.mgrs)
        form.addRow(self.tr("Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _update(self) -> None:
        from fieldkit.core.geo import to_mgrs

        try:
            self.mgrs.setText(to_mgrs(float(self.latitude.text()), float(self.longitude.text())) or "-")
        except ValueError:
            self.mgrs.setText("-")

    def values(self) -> tuple[str, str, str, str]:
        return self.name.text(), self.latitude.text(), self.longitude.text(), self.description.text()


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


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    import_finished = Signal(object)
    refreshed = Signal()
    wiped = Signal(object)
    search_done = Signal(object)
    card_found = Signal(object)
    background_idle = Signal()

    def __init__(
        self,
        executor: StoreExecutor,
        folder: Path,
        *,
        kdf: KdfParams | None = None,
        auto_lock_minutes: float = 10,
        hq_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.hq_folder = hq_folder
        self.executor = executor
        self.folder = folder
        self.kdf = kdf
        self.is_unlocked = False
        self.background = BackgroundWork(executor, self)
        self.background.idle.connect(self.background_idle)
        self.background.failed.connect(self._error)
        self.operator = ""
        self.unbundled = 0
        self.setWindowTitle("fieldkit")
        self.setAcceptDrops(True)
        self.resize(1280, 760)

        self.items = ItemsModel()
        self.proxy = ItemFilter()
        self.proxy.setSourceModel(self.items)
        self.captures = CapturesModel(self._request_thumbnails)
        self.custody = CustodyModel()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tag, case, category, description, date"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search_documents)
        self.item_list = QListView()
        self.item_list.setModel(self.proxy)
        # Large targets for gloved or hurried hands.
        self.item_list.setStyleSheet("QListView::item { padding: 8px; }")
        list_font = self.item_list.font()
        list_font.setPointSize(list_font.pointSize() + 2)
        self.item_list.setFont(list_font)
        self.item_list.selectionModel().currentChanged.connect(lambda *_: self._item_selected())
        new_button = QPushButton(self.tr("New item (Ctrl+N)"))
        new_button.setMinimumHeight(40)
        new_button.clicked.connect(self.new_item)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.item_list)
        left_layout.addWidget(new_button)

        self.heading = QLabel(self.tr("Select or create an item"))
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.heading.setFont(font)
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(192, 192))
        self.grid.setGridSize(QSize(220, 240))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setModel(self.captures)
        self.grid.doubleClicked.connect(lambda index: self._show_capture(self.captures.capture_at(index.row())))
        self.details = self._details_form()
        self.custody_view = QListView()
        self.custody_view.setModel(self.custody)
        self.custody_status = QLabel()
        custody_page = QWidget()
        custody_layout = QVBoxLayout(custody_page)
        custody_layout.addWidget(self.custody_status)
        custody_layout.addWidget(self.custody_view)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("Captures"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(custody_page, self.tr("Custody"))
        self.card_banner = QWidget()
        self.card_banner.setStyleSheet("background: #fff3cd; color: #5c4400;")
        banner_layout = QHBoxLayout(self.card_banner)
        self.card_label = QLabel()
        self.card_import = QPushButton(self.tr("Import the new files into this item"))
        self.card_import.setMinimumHeight(40)
        self.card_import.clicked.connect(lambda: self.import_card())
        card_dismiss = QPushButton(self.tr("Not now"))
        card_dismiss.clicked.connect(lambda: self.card_banner.setVisible(False))
        banner_layout.addWidget(self.card_label, 1)
        banner_layout.addWidget(self.card_import)
        banner_layout.addWidget(card_dismiss)
        self.card_banner.setVisible(False)
        self._card_offer: jobs.CardOffer | None = None
        self._cards_offered: set[str] = set()
        self.card_timer = QTimer(self)
        self.card_timer.setInterval(5000)
        self.card_timer.timeout.connect(self.look_for_cards)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.card_banner)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 1000])
        self.bundles_page = BundlesPage(executor)
        self.verify_page = VerifyPage(executor, hq_folder)
        self.settings_page = SettingsPage(executor, folder, kdf)
        self.settings_page.auto_lock_changed.connect(self._set_auto_lock)
        self.settings_page.language_changed.connect(self._set_language)
        self.settings_page.wipe_requested.connect(self.wipe)
        self.bundles_page.changed.connect(lambda: self.refresh())
        self.background_idle.connect(self.refresh_similar_flags)  # new photos hashed: flag look-alikes
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(splitter, self.tr("Evidence"))
        self.camera_page: CameraPage | None = None  # made on first use: QtMultimedia costs start-up time
        self._camera_holder = QWidget()
        QVBoxLayout(self._camera_holder)
        self.pages.addTab(self._camera_holder, self.tr("Camera"))
        self.scanner_page: ScannerPage | None = None  # made on first use: looking for scanners takes a moment
        self._scanner_holder = QWidget()
        QVBoxLayout(self._scanner_holder)
        self.pages.addTab(self._scanner_holder, self.tr("Scanner"))
        self.fingerprints_page: FingerprintsPage | None = None  # made on first use
        self._fingerprints_holder = QWidget()
        QVBoxLayout(self._fingerprints_holder)
        self.pages.addTab(self._fingerprints_holder, self.tr("Fingerprints"))
        self.pages.currentChanged.connect(self._page_changed)
        self.pages.addTab(self.bundles_page, self.tr("Bundles"))
        self.outbox_page = OutboxPage(executor)
        self.bundles_page.changed.connect(self.outbox_page.refresh)
        self.outbox_page.changed.connect(lambda: self.refresh())  # e.g. acknowledged captures removed
        self.pages.addTab(self.outbox_page, self.tr("Outbox"))
        self.pages.addTab(self.verify_page, self.tr("Verify (HQ)"))
        self.pages.addTab(self.settings_page, self.tr("Settings"))
        self.setCentralWidget(self.pages)

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

    # --- construction ------------------------------------------------------------------------------------

    def _actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Capture"))
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(32, 32))
        toolbar.setStyleSheet("QToolButton { padding: 8px 12px; }")
        specs = [
            ("new_item_action", self.tr("New item"), "Ctrl+N", self.new_item),
            ("import_action", self.tr("Import…"), "Ctrl+I", self.choose_import),
            ("next_action", self.tr("Next item"), "Ctrl+J", lambda: self._step(1)),
            ("previous_action", self.tr("Previous item"), "Ctrl+K", lambda: self._step(-1)),
            ("lock_action", self.tr("Lock"), "Ctrl+L", self.lock),
        ]
        for attribute, text, shortcut, slot in specs:
            action = QAction(f"{text}  ({shortcut})", self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            toolbar.addAction(action)
            setattr(self, attribute, action)

    def _details_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.tag_field = QLineEdit()
        self.tag_field.setReadOnly(True)
        self.category_field = QComboBox()
        self.category_field.addItems(list(ITEM_CATEGORIES))
        self.description_field = QPlainTextEdit()
        self.description_field.setMaximumHeight(90)
        self.recovered_field = QLineEdit()
        self.recovered_field.setPlaceholderText("2026-11-25T14:30:00Z")
        self.notes_field = QPlainTextEdit()
        self.notes_field.setMaximumHeight(90)
        self.site_field = QComboBox()
        self.site_field.currentIndexChanged.connect(lambda _: self._show_site_position())
        new_site = QPushButton(self.tr("New site…"))
        new_site.clicked.connect(lambda: self.new_site())
        self.site_position = QLabel()
        self.site_position.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.site_position.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        site_row = QWidget()
        site_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        site_layout = QHBoxLayout(site_row)
        site_layout.setContentsMargins(0, 0, 0, 0)
        site_layout.addWidget(self.site_field, 1)
        site_layout.addWidget(new_site)
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save_details)
        self.details_message = QLabel()
        form.addRow(self.tr("Evidence tag"), self.tag_field)
        form.addRow(self.tr("Category"), self.category_field)
        form.addRow(self.tr("Description"), self.description_field)
        form.addRow(self.tr("Site"), site_row)
        form.addRow("", self.site_position)
        form.addRow(self.tr("Time recovered (UTC)"), self.recovered_field)
        form.addRow(self.tr("Notes"), self.notes_field)
        form.addRow(self.save_button)
        form.addRow(self.details_message)
        return page

    # --- opening, locking ----------------------------------------------------------------------------------

    def start(self) -> QDialog | None:
        """Show the first-run or unlock dialog as fits the store folder; returns it (tests drive it).

        At headquarters (``hq_folder`` given) with no store here, open straight on the Verify page instead."""
        if self.hq_folder is not None and not (self.folder / "fieldkit-store.json").exists():
            self.pages.setCurrentWidget(self.verify_page)
            for page in (self.pages.indexOf(w) for w in (self._camera_holder, self._scanner_holder, self.bundles_page,
                                                           self.settings_page)):  # fmt: skip
                self.pages.setTabEnabled(page, False)
            self.pages.setTabEnabled(0, False)
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
        self.is_unlocked = True
        self.operator = getattr(unlocked, "operator", "")
        self.auto_lock.start()
        self.card_timer.start()
        self.refresh()
        self.start_background_work()
        self.outbox_page.start()
        self.unlocked.emit()

    def lock(self) -> QDialog | None:
        """Close the store and drop every decrypted thing from memory; ask for the passphrase again."""
        if not self.is_unlocked:
            return None
        self.lock_quietly()
        self._fill_details(None)
        self.heading.setText(self.tr("Locked"))
        self.locked.emit()
        return self.start()

    # --- data -----------------------------------------------------------------------------------------------

    def refresh(self, select_item_id: int | None = None) -> None:
        current = self.current_item()
        wanted = select_item_id if select_item_id is not None else (current.id if current else None)
        self.executor.submit(jobs.overview, lambda result: self._show_overview(result, wanted), self._error)

    def _show_overview(self, overview: jobs.Overview, select_item_id: int | None) -> None:
        self.operator = overview.operator
        self.unbundled = overview.unbundled
        self._case_names = [case.name for case in overview.cases]
        self._sites = overview.sites
        site_names = {site.id: site.name for sites in overview.sites.values() for site in sites}
        self.items.set_items(overview.items, site_names)
        row = self.items.row_of(select_item_id) if select_item_id is not None else -1
        if row < 0 and overview.items:
            row = 0
        if row >= 0:
            self.item_list.setCurrentIndex(self.proxy.mapFromSource(self.items.index(row)))
        self.bundles_page.refresh()
        self.settings_page.refresh(overview.device_fingerprint)
        self._update_status()
        self.refreshed.emit()

    def current_item(self) -> Item | None:
        index = self.item_list.currentIndex()
        if not index.isValid():
            return None
        item = self.proxy.data(index, ItemRole)
        return item if isinstance(item, Item) else None

    def _item_selected(self) -> None:
        item = self.current_item()
        self._fill_details(item)
        if item is None:
            self.captures.set_captures([])
            return
        self.heading.setText(f"{item.case_name} / {item.tag}")
        self.executor.submit(jobs.captures_of(item), self._show_captures, self._error)
        self.executor.submit(jobs.custody_of(item), self._show_custody, self._error)

    def _show_captures(self, captures: list[Capture]) -> None:
        self.captures.set_captures(captures)
        self.refresh_similar_flags()

    def refresh_similar_flags(self) -> None:
        photos = [self.captures.capture_at(row) for row in range(self.captures.rowCount())]
        ids = [c.id for c in photos if c is not None and c.kind == "photo"]
        if ids and self.is_unlocked:
            self.executor.submit(jobs.similar_flags(ids), self.captures.set_similar, self._error)

    def _show_custody(self, result: tuple[list[object], bool, list[str]]) -> None:
        events, intact, problems = result
        self.custody.set_events(events)  # type: ignore[arg-type]
        self.custody_status.setText(
            self.tr("Custody chain intact") if intact else self.tr("CUSTODY CHAIN BROKEN: ") + "; ".join(problems)
        )
        self.custody_status.setStyleSheet("color: #2e7d32;" if intact else "color: #c62828; font-weight: bold;")

    def _request_thumbnails(self, capture_ids: list[int]) -> None:
        if self.is_unlocked:
            self.executor.submit(jobs.thumbnails(capture_ids), self.captures.add_thumbnails, self._error)

    def _fill_details(self, item: Item | None) -> None:
        self.site_field.blockSignals(True)
        self.site_field.clear()
        self.site_field.addItem(self.tr("(no site)"), None)
        for site in getattr(self, "_sites", {}).get(item.case_id, []) if item else []:
            self.site_field.addItem(site.name, site)
            if item and item.site_id == site.id:
                self.site_field.setCurrentIndex(self.site_field.count() - 1)
        self.site_field.blockSignals(False)
        self._show_site_position()
        self.tag_field.setText(item.tag if item else "")
        self.category_field.setCurrentText(item.category if item else ITEM_CATEGORIES[-1])
        self.description_field.setPlainText(item.description if item else "")
        self.recovered_field.setText(item.recovered_at or "" if item else "")
        self.notes_field.setPlainText(item.notes if item else "")
        self.details_message.clear()
        self.save_button.setEnabled(item is not None)

    def save_details(self) -> None:
        item = self.current_item()
        if item is None:
            return
        site = self.site_field.currentData()
        changes: dict[str, str | int | None] = {
            "site_id": site.id if isinstance(site, Site) else None,
            "category": self.category_field.currentText(),
            "description": self.description_field.toPlainText(),
            "recovered_at": self.recovered_field.text().strip() or None,
            "notes": self.notes_field.toPlainText(),
        }

        def saved(updated: Item) -> None:
            self.details_message.setText(self.tr("Saved; the change is in the custody log."))
            self.details_message.setStyleSheet("color: #2e7d32;")
            self.refresh(updated.id)

        def refused(error: FieldkitError) -> None:
            self.details_message.setText(error.message)
            self.details_message.setStyleSheet("color: #c62828; font-weight: bold;")

        self.executor.submit(jobs.save_item(item, changes), saved, refused)

    def _show_site_position(self) -> None:
        from fieldkit.core.geo import to_mgrs

        site = self.site_field.currentData()
        if isinstance(site, Site) and site.latitude is not None and site.longitude is not None:
            mgrs = to_mgrs(site.latitude, site.longitude) or site.mgrs or "-"
            self.site_position.setText(f"{site.latitude:.6f}, {site.longitude:.6f}   MGRS {mgrs}")
        else:
            self.site_position.setText(site.mgrs if isinstance(site, Site) and site.mgrs else "")

    def new_site(self, values: tuple[str, str, str, str] | None = None) -> None:
        """Add a site to the current item's case: name, latitude, longitude (decimal degrees), description."""
        item = self.current_item()
        if item is None:
            return
        if values is None:
            dialog = SiteDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        name, lat_text, lon_text, description = values
        try:
            latitude = float(lat_text) if lat_text.strip() else None
            longitude = float(lon_text) if lon_text.strip() else None
        except ValueError:
            self._error(FieldkitError(self.tr("Latitude and longitude are decimal degrees, like 34.5553 and 69.2075.")))
            return

        def added(site: Site) -> None:
            self.refresh(item.id)
            self.statusBar().showMessage(self.tr("Site {} added; choose it and save the details.").format(site.name),
                                         10_000)  # fmt: skip

        self.executor.submit(jobs.add_site(item.case_name, name, latitude, longitude, description), added,
                             self._error)  # fmt: skip

    def new_item(self) -> NewItemDialog | None:
        if not self.is_unlocked:
            return None
        current = self.current_item()
        dialog = NewItemDialog(
            getattr(self, "_case_names", []), current.case_name if current else "", self.executor, self
        )

        def create() -> None:
            case, tag = dialog.case.currentText().strip(), dialog.tag.text().strip()
            self.executor.submit(jobs.new_item(case, tag, dialog.category.currentText()),
                                 lambda item: self.refresh(item.id), self._error)  # fmt: skip

        dialog.accepted.connect(create)
        dialog.open()
        return dialog

    def use_tag(self, tag: str) -> NewItemDialog | None:
        """A tag read by the camera: select the item that has it (current case first), else offer a new item."""
        current = self.current_item()
        current_case = current.case_name if current else ""
        found = [(row, item) for row in range(self.items.rowCount())
                 if (item := self.items.item_at(row)) is not None and item.tag == tag]  # fmt: skip
        rows = [row for row, item in sorted(found, key=lambda pair: pair[1].case_name != current_case)]
        if rows:
            self.search.clear()
            self.item_list.setCurrentIndex(self.proxy.mapFromSource(self.items.index(rows[0])))
            self.statusBar().showMessage(self.tr("Tag {} read: item selected").format(tag), 8000)
            return None
        dialog = self.new_item()
        if dialog is not None:
            dialog.tag.setText(tag)
            dialog.tag_message.setText(self.tr("Read by the camera: {}").format(tag))
        return dialog

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text, self.proxy.text_hits if text.casefold().startswith(self.proxy.text) else set())
        self._search_timer.start()

    def _search_documents(self) -> None:
        """Also find items by the text read from their documents (OCR), off the UI thread."""
        query = self.search.text().strip()
        if len(query) < 2 or not self.is_unlocked:
            return

        def found(item_ids: set[int]) -> None:
            if self.search.text().strip() == query:
                self.proxy.set_search(query, item_ids)
                self.search_done.emit(item_ids)

        self.executor.submit(jobs.search_items(query), found, self._error)

    def look_for_cards(self) -> None:
        """Offer what is new on a camera card that was just mounted (checked every few seconds while unlocked)."""
        if not self.is_unlocked or self.executor.busy:
            return

        def found(offers: list[jobs.CardOffer]) -> None:
            for offer in offers:
                self._cards_offered.add(offer.root)
                if offer.fresh and self.is_unlocked:
                    self._card_offer = offer
                    self.card_label.setText(self.tr("Camera card {}: {} new file(s), {} already in the store.").format(
                        Path(offer.root).name, len(offer.fresh), offer.known))  # fmt: skip
                    self.card_banner.setVisible(True)
                    self.card_found.emit(offer)
                    return

        self.executor.submit(jobs.look_for_cards(set(self._cards_offered)), found, self._error)

    def import_card(self) -> None:
        if self._card_offer is not None and self.current_item() is not None:
            self.import_paths(list(self._card_offer.fresh))
            self.card_banner.setVisible(False)
            self._card_offer = None
        elif self.current_item() is None:
            self._error(FieldkitError(self.tr("Select or create an item first.")))

    def start_background_work(self) -> None:
        """Photo hashes and document OCR after imports, in small steps so imports and clicks go first."""
        if self.is_unlocked:
            self.background.start()

    def _step(self, delta: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        row = self.item_list.currentIndex().row()
        self.item_list.setCurrentIndex(self.proxy.index(max(0, min(rows - 1, row + delta)), 0))

    # --- import ----------------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        if self.current_item() is None:
            self._error(FieldkitError(self.tr("Select or create an item first.")))
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import into this item"))
        if files:
            self.import_paths([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.is_unlocked and self.current_item() is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()

    def import_paths(self, paths: list[Path]) -> None:
        item = self.current_item()
        if item is None or not self.is_unlocked:
            return
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.import_progress = progress
        counts = {"done": 0}

        def step(outcome: object) -> None:
            counts["done"] += 1
            if isinstance(outcome, ImportOutcome):
                label = self.tr("Imported {} files; last: {}").format(counts["done"], Path(outcome.path).name)
                progress.setLabelText(label)

        def done(summary: ImportSummary) -> None:
            progress.close()
            self.refresh(item.id)
            self.start_background_work()
            self.import_finished.emit(summary)
            failed = [o for o in summary.outcomes if o.status != "stored"]
            if failed:
                lines = [f"{Path(o.path).name}: {o.reason}" for o in failed[:40]]
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import finished"),
                                  self.tr("{} stored, {} duplicates, {} failed").format(
                                      summary.stored, summary.duplicates, summary.failed), parent=self)  # fmt: skip
                box.setDetailedText("\n".join(lines))
                box.open()
                self.last_report = box

        def failed(error: FieldkitError) -> None:
            progress.close()
            self.refresh(item.id)
            self.import_finished.emit(error)
            self._error(error)

        cancel = self.executor.submit(jobs.import_files(item, paths), done, failed, step)
        progress.canceled.connect(cancel.set)

    # --- viewer, status, errors ------------------------------------------------------------------------------

    def _show_capture(self, capture: Capture | None) -> CaptureViewer | None:
        if capture is None or not self.is_unlocked:
            return None
        viewer = CaptureViewer(self.executor, capture, self, self.captures.similar_to(capture.id))
        viewer.view_saved.connect(lambda _: self.start_background_work())  # a turned page is read again by OCR
        self.locked.connect(viewer.reject)  # on lock the decrypted image goes too
        viewer.open()
        self.last_viewer = viewer
        return viewer

    def _update_status(self) -> None:
        self.state_label.setText(self.tr("UNLOCKED") if self.is_unlocked else self.tr("LOCKED"))
        self.state_label.setStyleSheet(
            "color: #2e7d32; font-weight: bold;" if self.is_unlocked else "color: #c62828; font-weight: bold;"
        )
        self.operator_label.setText(self.tr("Operator: {}").format(self.operator) if self.is_unlocked else "")
        self.unbundled_label.setText(self.tr("Not yet bundled: {}").format(self.unbundled) if self.is_unlocked else "")
        free = jobs.free_disk(self.folder)
        if free >= 0:
            warn = free < LOW_DISK_BYTES
            self.disk_label.setText(self.tr("Free disk: {:.1f} GB").format(free / 1e9) + (" ⚠" if warn else ""))
            self.disk_label.setStyleSheet("color: #c62828; font-weight: bold;" if warn else "")

    def _page_changed(self, index: int) -> None:
        if self.pages.widget(index) is self._fingerprints_holder and self.is_unlocked:
            if self.fingerprints_page is None:
                from fieldkit.gui.fingerprints import FingerprintsPage

                self.fingerprints_page = FingerprintsPage(self.executor, self.current_item,
                                                          lambda: list(getattr(self, "_case_names", [])))  # fmt: skip
                self.fingerprints_page.changed.connect(lambda: self.refresh())
                holder = self._fingerprints_holder.layout()
                assert holder is not None
                holder.addWidget(self.fingerprints_page)
            self.fingerprints_page.refresh()
        if self.pages.widget(index) is self._scanner_holder and self.scanner_page is None:
            from fieldkit.gui.scanner import ScannerPage

            self.scanner_page = ScannerPage(self.executor, self.current_item)
            self.scanner_page.stored.connect(lambda _: self.refresh())
            holder = self._scanner_holder.layout()
            assert holder is not None
            holder.addWidget(self.scanner_page)
        if self.pages.widget(index) is self._camera_holder and self.camera_page is None:
            self.camera_page = self.open_camera_page()
        elif self.camera_page is not None and self.pages.widget(index) is not self._camera_holder:
            self.camera_page.stop()
        elif self.camera_page is not None:
            self.camera_page.refresh_devices()

    def open_camera_page(self) -> CameraPage:
        from fieldkit.gui.camera import CameraPage

        page = CameraPage(self.executor, self.current_item)
        page.stored.connect(lambda _: self.refresh())
        page.tag_read.connect(self.use_tag)
        layout = self._camera_holder.layout()
        assert layout is not None
        layout.addWidget(page)
        return page

    def _set_auto_lock(self, minutes: int) -> None:
        self.auto_lock.setInterval(minutes * 60_000)
        if self.is_unlocked:
            self.auto_lock.start()
            self.executor.submit(jobs.set_setting("auto_lock_minutes", str(minutes)), None, self._error)

    def _set_language(self, code: str) -> None:
        QSettings("fieldkit", "fieldkit").setValue("language", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translations(app, code)
        self.statusBar().showMessage(self.tr("Language saved; every text follows at the next start."), 10_000)

    def wipe(self) -> None:
        """Emergency wipe: close the store, destroy every key slot, then offer to create a new store."""
        from fieldkit.store.store import Store

        self.lock_quietly()
        folder = self.folder

        def wiped(report: object) -> None:
            self.statusBar().showMessage(self.tr("The store was wiped: nobody can open it any more."), 30_000)
            self.wiped.emit(report)

        self.executor.submit(lambda context: Store.wipe(folder), wiped, self._error)

    def lock_quietly(self) -> None:
        """Like lock(), without asking for the passphrase again."""
        if self.camera_page is not None:
            self.camera_page.stop()
        self.card_timer.stop()
        self.card_banner.setVisible(False)
        self._card_offer = None
        self.is_unlocked = False
        self.auto_lock.stop()
        self.background.stop()
        self.outbox_page.clear()
        if self.fingerprints_page is not None:
            self.fingerprints_page.clear()
        self.executor.lock()
        self.items.clear()
        self.captures.clear()
        self.custody.set_events([])
        self.bundles_page.clear()
        self.settings_page.operators.clear()
        self._update_status()

    def _error(self, error: FieldkitError) -> None:
        self.statusBar().showMessage(error.message + (f" — {error.fix}" if error.fix else ""), 15_000)
