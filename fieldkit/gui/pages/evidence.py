"""The Evidence page: the items of every case on the left (search by their fields and by the text read from their
documents), the selected item's captures, details, site, custody and acquisitions on the right; import by dialog or
by dropping files, and a banner offering what is new on a camera card that was just mounted (imported as one
acquisition rooted at the card). Double-clicking a capture opens the viewer, whatever its kind.

It also runs the work after imports (photo hashes, then OCR), since only captures start it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
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

from fieldkit.core.geo import to_mgrs
from fieldkit.core.importer import ImportOutcome, ImportSummary
from fieldkit.errors import FieldkitError
from fieldkit.gui.acquisitions import AcquisitionsView
from fieldkit.gui.background import BackgroundWork
from fieldkit.gui.importgrid import ImportDialog
from fieldkit.gui.labels import ltr
from fieldkit.gui.models import CapturesModel, CustodyModel, ItemFilter, ItemRole, ItemsModel
from fieldkit.gui.ops import Changes, Job
from fieldkit.gui.ops import capture as capture_ops
from fieldkit.gui.ops import evidence as ops
from fieldkit.gui.ops import ocr as ocr_ops
from fieldkit.gui.pages.base import Page
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import ITEM_CATEGORIES, Capture, Item, Site


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

        self.executor.submit(capture_ops.read_tag(photo), found,
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
        try:
            self.mgrs.setText(to_mgrs(float(self.latitude.text()), float(self.longitude.text())) or "-")
        except ValueError:
            self.mgrs.setText("-")

    def values(self) -> tuple[str, str, str, str]:
        return self.name.text(), self.latitude.text(), self.longitude.text(), self.description.text()


class EvidencePage(Page):
    import_finished = Signal(object)  # ImportSummary, or the FieldkitError that stopped the import
    refreshed = Signal()  # the items were read again
    search_done = Signal(object)  # ids of the items whose documents' text matched
    card_found = Signal(object)  # CardOffer
    _dropping = Signal()  # on lock: open viewers close, with their decrypted images

    def __init__(self, executor: StoreExecutor, card_roots: Sequence[Path] | None = None) -> None:
        super().__init__(executor)
        self.card_roots = card_roots
        self.case_names: list[str] = []
        self._sites: dict[int, list[Site]] = {}
        self._select_next: int | None = None  # the item to select when the items are next read
        self.import_dialog: ImportDialog | None = None  # the Import dialog opened last
        self.background = BackgroundWork(executor, self)
        self.background.failed.connect(self.show_error)
        self.background.idle.connect(self.refresh_similar_flags)  # new photos hashed: flag look-alikes

        self.items = ItemsModel()
        self.proxy = ItemFilter()
        self.proxy.setSourceModel(self.items)
        self.captures = CapturesModel(self._request_thumbnails)
        self.background.analysed.connect(self.captures.refresh_thumbnail)  # its stored thumbnail, or why not
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
        self.grid.doubleClicked.connect(lambda index: self.show_capture(self.captures.capture_at(index.row())))
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
        self.acquisitions_view = AcquisitionsView(executor)
        self.tabs.addTab(self.acquisitions_view, self.tr("Acquisitions"))
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
        self._card_offer: capture_ops.CardOffer | None = None
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

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

    # --- the page's moments ----------------------------------------------------------------------------------

    def start(self) -> None:
        self.card_timer.start()
        self.reload()
        self.start_background_work()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.ITEMS | Changes.CAPTURES):
            self.reload()

    def clear(self) -> None:
        self.card_timer.stop()
        self.card_banner.setVisible(False)
        self._card_offer = None
        self._select_next = None
        self.background.stop()
        self._dropping.emit()
        self.items.clear()
        self.captures.clear()
        self.custody.set_events([])
        self.acquisitions_view.clear()
        self._fill_details(None)
        self.heading.setText(self.tr("Locked"))

    # --- data -----------------------------------------------------------------------------------------------

    def reload(self, select_item_id: int | None = None) -> None:
        """Read the cases, items and sites again; keep the current item selected, or select ``select_item_id``."""
        if select_item_id is not None:
            self._select_next = select_item_id
        self.executor.submit(ops.overview, self._show_overview, self.show_error)

    def _show_overview(self, overview: ops.Overview) -> None:
        current = self.current_item()
        wanted = self._select_next if self._select_next is not None else (current.id if current else None)
        self._select_next = None
        self.case_names = [case.name for case in overview.cases]
        self._sites = overview.sites
        site_names = {site.id: site.name for sites in overview.sites.values() for site in sites}
        self.items.set_items(overview.items, site_names)
        row = self.items.row_of(wanted) if wanted is not None else -1
        if row < 0 and overview.items:
            row = 0
        if row >= 0:
            self.item_list.setCurrentIndex(self.proxy.mapFromSource(self.items.index(row)))
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
        self.acquisitions_view.show_item(item)
        if item is None:
            self.captures.set_captures([])
            return
        self.heading.setText(f"{item.case_name} / {item.tag}")
        self.executor.submit(ops.captures_of(item), self._show_captures, self.show_error)
        self.executor.submit(ops.custody_of(item), self._show_custody, self.show_error)

    def _show_captures(self, captures: list[Capture]) -> None:
        self.captures.set_captures(captures)
        self.refresh_similar_flags()

    def refresh_similar_flags(self) -> None:
        photos = [self.captures.capture_at(row) for row in range(self.captures.rowCount())]
        ids = [c.id for c in photos if c is not None and c.kind == "photo"]
        if ids and self.is_unlocked:
            self.executor.submit(ops.similar_flags(ids), self.captures.set_similar, self.show_error)

    def _show_custody(self, result: tuple[list[object], bool, list[str]]) -> None:
        events, intact, problems = result
        self.custody.set_events(events)  # type: ignore[arg-type]
        self.custody_status.setText(
            self.tr("Custody chain intact") if intact else self.tr("CUSTODY CHAIN BROKEN: ") + "; ".join(problems)
        )
        self.custody_status.setStyleSheet("color: #2e7d32;" if intact else "color: #c62828; font-weight: bold;")

    def _request_thumbnails(self, capture_ids: list[int]) -> None:
        if self.is_unlocked:
            self.executor.submit(ops.thumbnails_of(capture_ids), self.captures.add_thumbnails, self.show_error)

    def _fill_details(self, item: Item | None) -> None:
        self.site_field.blockSignals(True)
        self.site_field.clear()
        self.site_field.addItem(self.tr("(no site)"), None)
        for site in self._sites.get(item.case_id, []) if item else []:
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
            self._select_next = updated.id

        def refused(error: FieldkitError) -> None:
            self.details_message.setText(error.message)
            self.details_message.setStyleSheet("color: #c62828; font-weight: bold;")

        self.executor.submit(ops.save_item(item, changes), saved, refused)

    def _show_site_position(self) -> None:
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
            self.show_error(FieldkitError(self.tr("Latitude and longitude are decimal degrees, like 34.5553 and "
                                                  "69.2075.")))  # fmt: skip
            return

        def added(site: Site) -> None:
            self._select_next = item.id
            self.status_message.emit(self.tr("Site {} added; choose it and save the details.").format(site.name),
                                     10_000)  # fmt: skip

        self.executor.submit(ops.add_site(item.case_name, name, latitude, longitude, description), added,
                             self.show_error)  # fmt: skip

    def new_item(self) -> NewItemDialog | None:
        if not self.is_unlocked:
            return None
        current = self.current_item()
        dialog = NewItemDialog(self.case_names, current.case_name if current else "", self.executor, self)

        def create() -> None:
            case, tag = dialog.case.currentText().strip(), dialog.tag.text().strip()
            self.executor.submit(ops.new_item(case, tag, dialog.category.currentText()), self._select_later,
                                 self.show_error)  # fmt: skip

        dialog.accepted.connect(create)
        dialog.open()
        return dialog

    def _select_later(self, item: Item) -> None:
        """Select this item once the items are read again (the op's change notice follows)."""
        self._select_next = item.id

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
            self.status_message.emit(self.tr("Tag {} read: item selected").format(tag), 8000)
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

        self.executor.submit(ocr_ops.search_items(query), found, self.show_error)

    def look_for_cards(self) -> None:
        """Offer what is new on a camera card that was just mounted (checked every few seconds while unlocked)."""
        if not self.is_unlocked or self.executor.busy:
            return

        def found(offers: list[capture_ops.CardOffer]) -> None:
            for offer in offers:
                self._cards_offered.add(offer.root)
                if offer.fresh and self.is_unlocked:
                    self._card_offer = offer
                    self.card_label.setText(self.tr("Camera card {}: {} new file(s), {} already in the store.").format(
                        Path(offer.root).name, len(offer.fresh), offer.known))  # fmt: skip
                    self.card_banner.setVisible(True)
                    self.card_found.emit(offer)
                    return

        self.executor.submit(capture_ops.look_for_cards(set(self._cards_offered), self.card_roots), found,
                             self.show_error)  # fmt: skip

    def import_card(self) -> ImportDialog | None:
        """Open the Import dialog with the card offered as its source (its new files checked, those the store already
        has badged); imported as one acquisition rooted at the card (its label, volume id and file system recorded,
        each file's path relative to the card)."""
        offer = self._card_offer
        dialog = self._open_import()
        if dialog is not None and offer is not None:
            dialog.add_card(Path(offer.root), list(offer.fresh))
            self.card_banner.setVisible(False)
            self._card_offer = None
        return dialog

    def start_background_work(self) -> None:
        """Photo hashes and document OCR after imports, in small steps so imports and clicks go first."""
        if self.is_unlocked:
            self.background.start()

    def step(self, delta: int) -> None:
        """Select the next (1) or previous (-1) item."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        row = self.item_list.currentIndex().row()
        self.item_list.setCurrentIndex(self.proxy.index(max(0, min(rows - 1, row + delta)), 0))

    # --- import ----------------------------------------------------------------------------------------------

    def choose_import(self) -> ImportDialog | None:
        """The Import dialog, bound to the item selected now: add folders, files or cards, check what to import."""
        return self._open_import()

    def choose_import_folder(self, start: str = "") -> ImportDialog | None:
        """The Import dialog with "Add folder…" open on top of it (everything under the folder and its subfolders)."""
        dialog = self._open_import()
        if dialog is not None:
            dialog.add_folder(start)
        return dialog

    def import_dropped(self, paths: list[Path]) -> ImportDialog | None:
        """Files and folders dropped on the window: the Import dialog with them added, nothing imported yet."""
        dialog = self._open_import()
        if dialog is not None:
            dialog.add_paths(paths)
        return dialog

    def _open_import(self) -> ImportDialog | None:
        item = self.current_item()
        if item is None or not self.is_unlocked:
            self.show_error(FieldkitError(self.tr("Select or create an item first.")))
            return None
        taken = {other.tag for row in range(self.items.rowCount())
                 if (other := self.items.item_at(row)) is not None and other.case_name == item.case_name}  # fmt: skip
        previous = self.import_dialog
        if previous is not None and not previous.isVisible() and not previous.importing:
            previous.deleteLater()  # closed and done: nothing of it is needed any more
        dialog = ImportDialog(self.executor, item, taken, self, self.card_roots)
        dialog.imported.connect(lambda result: self._imported(result.item, result.total, result.by_tag))
        dialog.import_failed.connect(lambda error: self._import_failed(item, error))
        self._dropping.connect(dialog.reject)  # on lock: closed, and nothing it held is applied
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def import_paths(self, paths: list[Path]) -> None:
        """Import ``paths`` into the current item at once, without the dialog (for scripts and tests)."""
        item = self.current_item()
        if item is not None:
            self._run_import(item, ops.import_files(item, paths))

    def _run_import(self, item: Item, job: Job) -> None:
        """Run an import job with a progress dialog, then report what was not stored and the warnings."""
        if not self.is_unlocked:
            return
        progress = QProgressDialog(self.tr("Importing into {}…").format(ltr(item.tag)), self.tr("Cancel"), 0, 0, self)
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
            self._imported(item, summary, {item.tag: summary})
            # Everything regular is kept: only what was not stored, and warnings (a name that lies about the
            # content, an empty file), deserve the operator's attention.
            noted = [o for o in summary.outcomes if o.status not in ("stored", "duplicate") or o.warning]
            if noted:
                lines = [f"{Path(o.path).name}: {o.reason or o.warning}" for o in noted[:40]]
                not_stored = summary.skipped + summary.failed
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import finished"),
                                  self.tr("{} stored, {} already in this item, {} not stored").format(
                                      summary.stored, summary.duplicates, not_stored), parent=self)  # fmt: skip
                box.setDetailedText("\n".join(lines))
                box.open()
                self.last_report = box

        def failed(error: FieldkitError) -> None:
            progress.close()
            self._import_failed(item, error)
            self.show_error(error)

        cancel = self.executor.submit(job, done, failed, step)
        progress.canceled.connect(cancel.set)

    def _imported(self, item: Item, summary: ImportSummary, by_tag: dict[str, ImportSummary]) -> None:
        """An import into ``item`` (bound when it started) ended: show that item, confirm what was added where."""
        self._select_next = item.id
        self.start_background_work()
        self.import_finished.emit(summary)
        added = [self.tr("{n} files added to {tag}").format(n=part.stored, tag=ltr(tag))
                 for tag, part in by_tag.items() if part.stored]  # fmt: skip
        if added:
            self.notify("; ".join(added))

    def _import_failed(self, item: Item, error: FieldkitError) -> None:
        self._select_next = item.id
        self.executor.announce(Changes.CAPTURES)  # what was stored before the error stays stored
        self.import_finished.emit(error)

    # --- viewer ----------------------------------------------------------------------------------------------

    def show_capture(self, capture: Capture | None) -> CaptureViewer | None:
        if capture is None or not self.is_unlocked:
            return None
        viewer = CaptureViewer(self.executor, capture, self, self.captures.similar_to(capture.id))
        viewer.view_saved.connect(lambda _: self.start_background_work())  # a turned page is read again by OCR
        self.background.analysed.connect(viewer.analysed)  # "being analysed" turns into what analysis found
        self._dropping.connect(viewer.reject)  # on lock the decrypted image goes too
        viewer.open()
        self.last_viewer = viewer
        return viewer
