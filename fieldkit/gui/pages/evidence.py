"""The Evidence page: the items of every case on the left (search by their fields and by the text read from their
documents), the selected item's captures, details, site, custody and acquisitions on the right; import by dialog or
by dropping files, and a banner offering what is new on a camera card that was just mounted (imported as one
acquisition rooted at the card). Double-clicking a capture opens the viewer, whatever its kind.

It also runs the work after imports (photo hashes, then OCR), since only captures start it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.importer import ImportOutcome, ImportSummary
from fieldkit.errors import FieldkitError
from fieldkit.gui.acquisitions import AcquisitionsView
from fieldkit.gui.background import BackgroundWork
from fieldkit.gui.capture_actions import CaptureActions, DeleteDialog, FlagDialog, MoveDialog
from fieldkit.gui.folders import choose_open_file, image_filter
from fieldkit.gui.icons import icon
from fieldkit.gui.importgrid import ImportDialog
from fieldkit.gui.itemcard import CategoryButtons, ItemCard, next_tag
from fieldkit.gui.labels import keep_left_to_right, ltr, plural, set_category_chosen
from fieldkit.gui.models import (
    CapturesModel,
    CustodyModel,
    ItemFilter,
    ItemRole,
    ItemRowDelegate,
    ItemsModel,
    TileGrid,
    similar_hint,
)
from fieldkit.gui.ops import Changes, Job
from fieldkit.gui.ops import capture as capture_ops
from fieldkit.gui.ops import evidence as ops
from fieldkit.gui.ops import ocr as ocr_ops
from fieldkit.gui.ops import viewer as viewer_ops
from fieldkit.gui.pages.base import Page, green, red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import relative_font, themed, tint
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import ITEM_CATEGORIES, Capture, Item, Site


class NewItemDialog(QDialog):
    """Case, tag (typed, or read from a photo of its barcode) and category of a new item. OK makes the item through
    the store thread and closes only once it exists: an empty field, a tag the case already has or a refused name
    shows its reason next to its field, and everything typed stays."""

    created = Signal(object)  # the Item made

    def __init__(
        self,
        cases: list[str],
        current_case: str,
        executor: StoreExecutor | None = None,
        parent: QWidget | None = None,
        tag: str = "",
        site: Site | None = None,
    ) -> None:
        """``site``: where the previous item was found, given to the new one (same place, next item) unless the
        operator unticks it or picks another case."""
        super().__init__(parent)
        self.executor = executor
        self.site = site
        self.item: Item | None = None
        self._busy = False
        self.setWindowTitle(self.tr("New item"))
        self.case = QComboBox()
        self.case.setEditable(True)
        self.case.addItems(cases)
        self.case.setCurrentText(current_case)
        self.case_error = QLabel()
        self.tag = QLineEdit(tag)
        self.tag.setPlaceholderText(self.tr("evidence tag, e.g. EV-0042"))
        self.tag.setMinimumHeight(36)
        keep_left_to_right(self.tag)
        self.tag.selectAll()  # the next tag is offered: typing replaces it
        self.category = CategoryButtons()
        form = QFormLayout(self)
        form.addRow(self.tr("Case"), self.case)
        form.addRow("", self.case_error)
        scan = QPushButton(icon("barcode-scan"), self.tr("Read tag from a photo of its barcode…"))
        scan.clicked.connect(lambda: self.read_tag())
        self.tag_message = QLabel()
        self.tag_message.setWordWrap(True)
        form.addRow(self.tr("Evidence tag"), self.tag)
        form.addRow("", self.tag_message)
        form.addRow("", scan)
        form.addRow(self.tr("Category"), self.category)
        self.same_site = QCheckBox(self.tr("Same site as the previous item: {}").format(ltr(site.name) if site else ""))
        self.same_site.setChecked(site is not None)
        self.same_site.setVisible(site is not None)
        form.addRow("", self.same_site)
        # One Tab from the tag to the categories (Alt+letter chooses one from anywhere in the dialog).
        first_category = self.category.buttons[ITEM_CATEGORIES[0]]
        QWidget.setTabOrder(self.tag, first_category)
        QWidget.setTabOrder(self.category.buttons[ITEM_CATEGORIES[-1]], scan)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setMinimumHeight(40)
        form.addRow(buttons)
        self.tag.setFocus()

    def _refuse(self, field: str, message: str) -> None:
        label = self.case_error if field == "case" else self.tag_message
        label.setText(message)
        label.setStyleSheet(red())
        (self.case if field == "case" else self.tag).setFocus()

    def accept(self) -> None:
        """Make the item, then close; on refusal stay open with the reason next to its field."""
        if self._busy:
            return
        self.case_error.clear()
        self.tag_message.setStyleSheet("")
        case, tag = self.case.currentText().strip(), self.tag.text().strip()
        if not case:
            self._refuse("case", self.tr("Type the case this item belongs to."))
            return
        if not tag:
            self._refuse("tag", self.tr("Type the evidence tag (or read it from a photo of its barcode)."))
            return
        if self.executor is None:
            super().accept()
            return

        def done(result: Item | ops.ItemRefused) -> None:
            self._busy = False
            self.ok_button.setEnabled(True)
            if isinstance(result, ops.ItemRefused):
                if result.taken:
                    self._refuse("tag", self.tr("{} is already an item of {}: type another tag.").format(
                        ltr(tag), case))  # fmt: skip
                else:
                    self._refuse(result.field, result.message)
                return
            if self.result() == QDialog.DialogCode.Rejected and not self.isVisible():
                return  # cancelled meanwhile (the auto-lock rejects open dialogs)
            self.item = result
            self.created.emit(result)
            super(NewItemDialog, self).accept()

        def failed(error: FieldkitError) -> None:
            self._busy = False
            self.ok_button.setEnabled(True)
            self._refuse("tag", error.message)

        self._busy = True
        self.ok_button.setEnabled(False)
        chosen = self.category.category()
        site_id = self.site.id if self.site is not None and self.same_site.isChecked() else None

        def made(result: Item | ops.ItemRefused) -> None:
            if isinstance(result, Item):
                set_category_chosen(result.uuid, chosen is not None)  # "other" in the store, "not chosen yet" shown
            done(result)

        self.executor.submit(ops.create_item(case, tag, chosen or "other", site_id), made, failed)

    def read_tag(self, photo: Path | None = None) -> None:
        if self.executor is None:
            return
        if photo is None:
            name = choose_open_file(self, "tag-photo", self.tr("Photo of the tag"), image_filter())
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


class EvidencePage(Page):
    import_finished = Signal(object)  # ImportSummary, or the FieldkitError that stopped the import
    refreshed = Signal()  # the items were read again
    search_done = Signal(object)  # ids of the items whose documents' text matched
    card_found = Signal(object)  # CardOffer
    retake_requested = Signal(object)  # a Capture the viewer asked to take again (the window opens its page)
    _dropping = Signal()  # on lock: open viewers close, with their decrypted images
    capture_requested = Signal(str)  # "scan" or "prints": the item card asks the window for that page

    def __init__(self, executor: StoreExecutor, card_roots: Sequence[Path] | None = None) -> None:
        super().__init__(executor)
        self.card_roots = card_roots
        self.case_names: list[str] = []
        self._sites: dict[int, list[Site]] = {}
        self._select_next: int | None = None  # the item to select when the items are next read
        self._restoring: dict[str, object] | None = None  # a place() to finish once its captures are shown
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
        # Two lines an item (tag and category large, description small), at least 48 px: a target for gloved or
        # hurried hands. Lines are cut with "…" to the list's width (the tooltip has all): no sideways scrolling.
        self.item_list.setItemDelegate(ItemRowDelegate(self.item_list))
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.item_list.setUniformItemSizes(True)
        relative_font(self.item_list, 1.2)  # and again when the text size changes: the rows' height follows
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
        relative_font(self.heading, 1.4, bold=True)
        self.grid = TileGrid(192, 2)  # cells as tall as the name under the tile is at the current text size
        self.grid.setModel(self.captures)
        self._grid_actions()
        self.card = ItemCard(executor)
        self.card.action_requested.connect(self._card_action)
        self.card.next_item_requested.connect(self.new_item)
        self.card.samples.error_raised.connect(self.show_error)
        self.card.samples.succeeded.connect(self.notify)
        next_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        next_shortcut.activated.connect(self.new_item)
        self.custody_view = QListView()
        self.custody_view.setModel(self.custody)
        self.custody_view.setWordWrap(True)  # an event in words, its reason on the line under it
        self.custody_view.setAlternatingRowColors(True)
        self.custody_status = QLabel()
        custody_page = QWidget()
        custody_layout = QVBoxLayout(custody_page)
        custody_layout.addWidget(self.custody_status)
        custody_layout.addWidget(self.custody_view)
        self.tabs = QTabWidget()
        # Under the grid, when any photo carries the "≈" of a near-duplicate: what it means.
        self.similar_legend = QLabel(similar_hint())
        self.similar_legend.setWordWrap(True)
        tint(self.similar_legend, "similar")
        self.similar_legend.hide()
        self.captures.dataChanged.connect(lambda *_: self._show_legend())
        self.captures.modelReset.connect(self._show_legend)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.similar_legend)
        self.tabs.addTab(grid_page, self.tr("Captures"))
        self.tabs.addTab(custody_page, self.tr("Custody"))
        self.acquisitions_view = AcquisitionsView(executor)
        self.tabs.addTab(self.acquisitions_view, self.tr("Acquisitions"))
        self.card_banner = QWidget()
        self.card_banner.setObjectName("cardBanner")
        themed(self.card_banner, "#cardBanner {{ background: {banner-warning}; }}"
                                 " #cardBanner QLabel {{ color: {on-banner-warning}; }}")  # fmt: skip
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
        body = QSplitter()
        body.addWidget(self.card)  # the item card beside its captures: one screen for one item
        body.addWidget(self.tabs)
        body.setStretchFactor(1, 1)
        body.setSizes([460, 500])
        right_layout.addWidget(body, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- the page's moments ----------------------------------------------------------------------------------

    def start(self) -> None:
        self.card_timer.start()
        self.reload()
        self.start_background_work()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.ITEMS | Changes.CAPTURES):
            self.reload()
        if changes & Changes.CAPTURES:  # captured on another page (prints, camera, scanner): analysed now, so its
            self.start_background_work()  # tile does not say ANALYSING… until the next import or unlock

    def flush(self) -> None:
        self.card.flush()  # edits typed less than the autosave delay ago go to the item they were typed for

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
        self.card.clear()
        self._restoring = None
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
        self.refresh_review_flags()
        self._finish_restore()

    def place(self) -> dict[str, object]:
        item = self.current_item()
        selected = [capture.id for index in self.grid.selectionModel().selectedIndexes()
                    if (capture := self.captures.capture_at(index.row())) is not None]  # fmt: skip
        return {"item_id": item.id if item else None, "selected_capture_ids": selected,
                "grid_scroll": self.grid.verticalScrollBar().value(),
                "inner_tab": self.tabs.currentIndex()}  # fmt: skip

    def restore(self, place: dict[str, object]) -> None:
        """Select the item again (once the items are read), then its captures and the grid's scroll once they are
        shown."""
        tab = place.get("inner_tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        item_id = place.get("item_id")
        if not isinstance(item_id, int):
            return
        self._restoring = dict(place)
        current = self.current_item()
        if current is not None and current.id == item_id and self.captures.rowCount():
            self._finish_restore()
        else:
            self.reload(item_id)

    def _finish_restore(self) -> None:
        place, item = self._restoring, self.current_item()
        if place is None or item is None or place.get("item_id") != item.id:
            return
        self._restoring = None
        wanted = place.get("selected_capture_ids")
        ids = set(wanted) if isinstance(wanted, list) else set()
        selection = self.grid.selectionModel()
        selection.clearSelection()
        for row in range(self.captures.rowCount()):
            capture = self.captures.capture_at(row)
            if capture is not None and capture.id in ids:
                selection.select(self.captures.index(row), QItemSelectionModel.SelectionFlag.Select)
        scroll = place.get("grid_scroll")
        if isinstance(scroll, int):
            # The view lays its tiles out after the model reset: scroll once it has.
            QTimer.singleShot(0, lambda: self.grid.verticalScrollBar().setValue(scroll))

    def refresh_similar_flags(self) -> None:
        photos = [self.captures.capture_at(row) for row in range(self.captures.rowCount())]
        ids = [c.id for c in photos if c is not None and c.kind == "photo"]
        if ids and self.is_unlocked:
            self.executor.submit(ops.similar_flags(ids), self.captures.set_similar, self.show_error)

    def refresh_review_flags(self) -> None:
        """Read which captures shown are flagged for review (their tiles say FLAGGED)."""
        ids = [c.id for row in range(self.captures.rowCount()) if (c := self.captures.capture_at(row)) is not None]
        if ids and self.is_unlocked:
            self.executor.submit(viewer_ops.flags_of(ids), self.captures.set_flags, self.show_error)

    def _show_custody(self, result: tuple[list[object], bool, list[str]]) -> None:
        events, intact, problems = result
        self.custody.set_events(events)  # type: ignore[arg-type]
        self.custody_status.setText(
            self.tr("Custody chain intact") if intact else self.tr("CUSTODY CHAIN BROKEN: ") + "; ".join(problems)
        )
        self.custody_status.setStyleSheet(green() if intact else red())

    def _request_thumbnails(self, capture_ids: list[int]) -> None:
        if self.is_unlocked:
            self.executor.submit(ops.thumbnails_of(capture_ids), self.captures.add_thumbnails, self.show_error)

    def _fill_details(self, item: Item | None) -> None:
        """The item card shows ``item`` (the one it showed first saves its pending edits, bound to it)."""
        self.card.show_item(item, self._sites.get(item.case_id, []) if item else [])

    def save_details(self) -> None:
        """Save the card's pending edits now (they also save themselves a moment after the last keystroke)."""
        self.card.flush()

    def _show_legend(self) -> None:
        self.similar_legend.setVisible(self.captures.any_similar)

    def _card_action(self, action: str) -> None:
        """Photos and Files import into the card's item here; Scan and Prints are pages of the window."""
        if action == "photos":
            self.choose_photos()
        elif action == "files":
            self.choose_files()
        else:
            self.capture_requested.emit(action)

    def new_item(self) -> NewItemDialog | None:
        """The New item dialog, offering the tag after the current item's in its case (EV-0043 -> EV-0044)."""
        if not self.is_unlocked:
            return None
        self.card.flush()
        current = self.current_item()
        case = current.case_name if current else (self.case_names[0] if len(self.case_names) == 1 else "")
        tag = ""
        if current is not None:
            taken = [item.tag for row in range(self.items.rowCount())
                     if (item := self.items.item_at(row)) is not None and item.case_name == case]  # fmt: skip
            tag = next_tag(current.tag, taken)
        site = None
        if current is not None and current.site_id is not None:
            site = next((s for s in self._sites.get(current.case_id, []) if s.id == current.site_id), None)
        dialog = NewItemDialog(self.case_names, case, self.executor, self, tag=tag, site=site)
        dialog.created.connect(self._select_later)
        dialog.open()
        self.new_item_dialog = dialog
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
                    fresh = len(offer.fresh)
                    self.card_label.setText(
                        plural(
                            self.tr("Camera card {}: %n new file(s), {} already in the store.", "", fresh), fresh
                        ).format(Path(offer.root).name, offer.known)
                    )
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
        """The Import dialog, bound to the item selected now: add folders, files or cards, check what to import (a
        mounted camera card is listed at once)."""
        return self._open_import(take_card=True)

    def choose_photos(self) -> ImportDialog | None:
        """The card's Photos: the Import dialog bound to the item now, listing a mounted camera card; with no card
        mounted, its "Add files…" picker opens on top at once (the photos are somewhere on this laptop)."""
        dialog = self._open_import(take_card=True)
        if dialog is None:
            return None

        def looked(cards: list[Path]) -> None:
            if not cards and dialog.isVisible() and not dialog.sources and dialog.files_picker is None:
                dialog.add_files()

        # Listing the mount points is file-system work: on the store thread, not here.
        self.executor.submit(capture_ops.mounted_cards(self.card_roots), looked, lambda _error: None)
        return dialog

    def choose_files(self) -> ImportDialog | None:
        """The card's Files…: the Import dialog with "Add files…" open on top of it (any kind of file)."""
        dialog = self._open_import()
        if dialog is not None:
            dialog.add_files(any_kind=True)
        return dialog

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

    def _open_import(self, *, take_card: bool = False) -> ImportDialog | None:
        item = self.current_item()
        if item is None or not self.is_unlocked:
            self.show_error(FieldkitError(self.tr("Select or create an item first.")))
            return None
        taken = {other.tag for row in range(self.items.rowCount())
                 if (other := self.items.item_at(row)) is not None and other.case_name == item.case_name}  # fmt: skip
        previous = self.import_dialog
        if previous is not None and not previous.isVisible() and not previous.importing:
            previous.deleteLater()  # closed and done: nothing of it is needed any more
        dialog = ImportDialog(self.executor, item, taken, self, self.card_roots, take_card=take_card)
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
                label = plural(self.tr("Imported %n file(s); last: {}", "", counts["done"]), counts["done"]).format(
                    Path(outcome.path).name
                )
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

    # --- the capture grid's actions and the viewer ---------------------------------------------------------

    def _grid_actions(self) -> None:
        """Several captures selected at once; Enter opens the viewer, Delete asks for a reason; a context menu."""
        self.capture_actions = CaptureActions(self.executor, self.notify)
        self.capture_actions.flags_changed.connect(self._flags_changed)
        self.grid.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.grid.doubleClicked.connect(lambda index: self.show_capture(self.captures.capture_at(index.row())))
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.open_action = QAction(icon("eye"), self.tr("Open"), self.grid)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.triggered.connect(lambda: self.show_capture(self._current_capture()))
        self.move_action = QAction(icon("swap-horizontal"), self.tr("Move to item…"), self.grid)
        self.move_action.setShortcut(QKeySequence("Ctrl+M"))
        self.move_action.triggered.connect(lambda: self.move_selected())
        self.delete_action = QAction(icon("delete"), self.tr("Delete with reason…"), self.grid)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(lambda: self.delete_selected())
        self.flag_action = QAction(icon("flag"), self.tr("Flag for review…"), self.grid)
        self.flag_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.flag_action.triggered.connect(lambda: self.flag_selected())
        for action in (self.open_action, self.flag_action, self.move_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only while the grid has the focus
            self.grid.addAction(action)

    def selected_captures(self) -> list[Capture]:
        """The captures selected in the grid, in grid order."""
        rows = sorted(index.row() for index in self.grid.selectionModel().selectedIndexes())
        return [capture for row in rows if (capture := self.captures.capture_at(row)) is not None]

    def _current_capture(self) -> Capture | None:
        index = self.grid.currentIndex()
        return self.captures.capture_at(index.row()) if index.isValid() else None

    def flag_selected(self) -> FlagDialog | None:
        """ "Flag for review…" for the selected captures (bound now)."""
        return self.capture_actions.flag(self.selected_captures(), self)

    def _flags_changed(self) -> None:
        """Flagged or cleared (here or in the viewer): the tiles and the custody list say so."""
        self.refresh_review_flags()
        item = self.current_item()
        if item is not None and self.is_unlocked:
            self.executor.submit(ops.custody_of(item), self._show_custody, self.show_error)

    def move_selected(self) -> MoveDialog | None:
        """ "Move to item…" for the selected captures (bound now: a refresh or lock changes nothing of it)."""
        return self.capture_actions.move(self.selected_captures(), self)

    def delete_selected(self) -> DeleteDialog | None:
        """ "Delete with reason…" for the selected captures."""
        return self.capture_actions.delete(self.selected_captures(), self)

    def _imported(self, item: Item, summary: ImportSummary, by_tag: dict[str, ImportSummary]) -> None:
        """An import into ``item`` (bound when it started) ended: show that item, confirm what was added where."""
        self._select_next = item.id
        self.start_background_work()
        self.import_finished.emit(summary)
        added = [plural(self.tr("%n file(s) added to {tag}", "", part.stored), part.stored).format(tag=ltr(tag))
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
        shown = [c for row in range(self.captures.rowCount()) if (c := self.captures.capture_at(row)) is not None]
        viewer = CaptureViewer(self.executor, capture, self, self.captures.similar_to(capture.id), captures=shown,
                               actions=self.capture_actions, similar_of=self.captures.similar_to)  # fmt: skip
        viewer.retake_requested.connect(self.retake_requested)
        viewer.view_saved.connect(lambda _: self.start_background_work())  # a turned page is read again by OCR
        self.background.analysed.connect(viewer.analysed)  # "being analysed" turns into what analysis found
        self._dropping.connect(viewer.reject)  # on lock the decrypted image goes too
        viewer.open()
        self.last_viewer = viewer
        return viewer
