"""The capture viewer: every kind of capture shown without decoding the original in this process and without a
plaintext file anywhere.

- Pictures and pages (zoom with the wheel or Ctrl +/-, pan by dragging; pages turned and reordered as a view): PNGs
  rendered in the analysis sandbox.
- Text (office files, plain text, e-mail with its headers, a PDF's text layer): the text analysis extracted, read-only;
  right-to-left paragraphs are laid out right to left.
- Archive members, ANSI/NIST records, database tables: tables of what analysis listed.
- Audio and video: played from segments the sandbox decodes (fieldkit.gui.player).
- Anything else: its size, byte entropy and SHA-256; a capture whose analysis failed: a card with the reason, and
  that the original is kept unchanged; one still being analysed: a card that turns into the content when the
  background analysis records it.

Beside it, the details read like a report (fieldkit.gui.details), as labelled fields: the file (SHA-256 selectable),
the time with its clock, its analysis, where it was acquired, camera and place (with MGRS), recording or document
facts; "All facts" unfolds a table of the full record. Everything decrypted lives only in this window's memory and
goes with it (on close and on lock).

Review is quick: the viewer pages through the item's captures (Left/Right, Page Up/Down past a document's last page,
Home/End; "3 of 17"), and offers Retake (camera and scanner captures: the window opens that capture page for the
same item), Flag for review…, Move to item… and Delete with reason… (fieldkit.gui.capture_actions, as in the grid);
after a move or a deletion it shows the next capture. A flagged capture shows its flag (reason, who, when) in a banner
above the content, with "Clear flag…". No map tile is shown: no maintained offline map library fits (a tile set for the
field would be a data set of its own); the position is given as latitude/longitude and MGRS.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import media_types
from fieldkit.core.pages import PageView, paged
from fieldkit.core.similar import Match
from fieldkit.errors import FieldkitError
from fieldkit.gui import details
from fieldkit.gui.capture_actions import CaptureActions, ClearFlagDialog, DeleteDialog, FlagDialog, MoveDialog
from fieldkit.gui.flowlayout import AnywhereText, FlowLayout
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import kind_label, ltr, plural
from fieldkit.gui.ops import evidence as evidence_ops
from fieldkit.gui.ops import viewer as ops
from fieldkit.gui.player import MediaPlayer
from fieldkit.gui.tables import Cell, RowsModel, details_pane, fit_columns, table_view
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour, themed
from fieldkit.models import Capture, Flag

# ANSI/NIST-ITL record types by number, for the records table.
NIST_RECORD_TYPES = {
    1: "Transaction information", 2: "Descriptive text (user-defined)", 4: "Fingerprint (high resolution, binary)",
    7: "User-defined image", 8: "Signature", 9: "Minutiae", 10: "Face, scar, mark or tattoo",
    13: "Latent print", 14: "Ten-print fingerprint", 15: "Palm print", 17: "Iris", 18: "DNA",
    20: "Source representation", 21: "Associated context", 98: "Information assurance", 99: "Biometric data (CBEFF)",
}  # fmt: skip


def _card_style() -> str:
    return f"background: {colour('tile-other')}; color: {colour('on-tile')}; padding: 24px; font-size: 14pt;"


def _banner_style(kind: str) -> str:
    """The theme's colours for a banner saying analysis failed, found damage, or is still running, or that the
    capture is flagged for review."""
    meaning = {"failed": "error", "damaged": "warning", "pending": "info", "flagged": "warning"}[kind]
    return f"background: {colour('banner-' + meaning)}; color: {colour('on-banner-' + meaning)};"


class _ZoomView(QGraphicsView):
    def __init__(self) -> None:
        super().__init__()
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom = 1.0

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.scale_by(1.25 if event.angleDelta().y() > 0 else 0.8)

    def scale_by(self, factor: float) -> None:
        if 0.05 <= self.zoom * factor <= 40:
            self.zoom *= factor
            self.scale(factor, factor)


def plain_label(text: str = "", style: str = "") -> QLabel:
    """A label that shows outside text as it is: never as rich text (a name like '<img src=...>' stays text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def _card(text: str) -> QLabel:
    card = plain_label(text, _card_style())
    card.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return card


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _cell(value: object) -> Cell:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


class CaptureViewer(QDialog):
    """One capture, in the panels its kind has. Page order and rotation are a view: changing them records the view
    (custody-logged); the original's bytes and SHA-256 never change."""

    view_saved = Signal(object)
    loaded = Signal(object)  # CaptureView: what the viewer shows now (after opening, and after analysis finished)
    retake_requested = Signal(object)  # Capture: take it again (the window opens its capture page, same item)
    capture_changed = Signal(object)  # Capture: paging showed another capture of the item
    similar_refreshed = Signal(object)  # list[Match]: the store's near-duplicates of the capture shown

    def __init__(self, executor: StoreExecutor, capture: Capture, parent: QWidget | None = None,
                 similar: list[Match] | None = None, *, captures: list[Capture] | None = None,
                 actions: CaptureActions | None = None,
                 similar_of: Callable[[int], list[Match]] | None = None) -> None:  # fmt: skip
        """``captures``: the item's captures to page through (``capture`` among them); ``actions``: Move and Delete
        (without them the viewer offers neither); ``similar_of``: near-duplicates of a capture paged to."""
        super().__init__(parent)
        self.executor = executor
        self.capture = capture
        self.captures = list(captures or []) or [capture]
        if all(c.id != capture.id for c in self.captures):
            self.captures.insert(0, capture)
        self.capture_actions = actions
        self._similar_of = similar_of
        self.setWindowTitle(capture.original_name)
        self.resize(1180, 680)
        self._similar = similar or []
        self.shown: ops.CaptureView | None = None
        self.panels: dict[str, QWidget] = {}
        self.player: MediaPlayer | None = None
        self.text_view: QTextEdit | None = None
        self.text_note: QLabel | None = None  # above the text: where it came from when not from the file itself
        self.empty_pages_warning: QLabel | None = None  # pages read that yielded no text (OCR results)
        self.email_headers: QWidget | None = None
        self.preview: QLabel | None = None
        self.models: dict[str, RowsModel] = {}
        self.row_details: dict[str, QPlainTextEdit] = {}  # under each table: its selected row, whole
        self.card_texts: dict[str, str] = {}
        self._closed = False

        self.banner = plain_label()
        self.banner.setVisible(False)
        self.flag_bar = self._flag_bar()
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(lambda _: self._tab_changed())
        self.status = QLabel(self.tr("Decrypting…"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The details: labelled fields, in a scroll area (tall details never make the window taller).
        self.fields = QWidget()
        self.fields_layout = QVBoxLayout(self.fields)
        self.fields_layout.setContentsMargins(4, 4, 4, 4)
        self.field_labels: dict[str, QLabel | AnywhereText] = {}  # "Section/Label" -> the value's label
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        # Values wrap (hashes and paths anywhere): the details never need scrolling sideways.
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setWidget(self.fields)
        self.metadata_toggle = QToolButton()
        self.metadata_toggle.setText(self.tr("All facts"))
        self.metadata_toggle.setCheckable(True)
        self.metadata_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.metadata_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.facts_model = RowsModel([self.tr("Fact"), self.tr("Value")])
        self.metadata = table_view(self.facts_model, self)
        self.facts_model.setParent(self.metadata)
        self.metadata.setWordWrap(True)
        self.metadata.setVisible(False)
        self.metadata_toggle.toggled.connect(self._toggle_metadata)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 3)
        side_layout.addWidget(self.metadata_toggle)
        side_layout.addWidget(self.metadata, 2)
        side.setMinimumWidth(200)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.flag_bar)
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.tabs, 1)
        main_layout.addWidget(self.status)
        main.setMinimumWidth(240)
        # Movable both ways (neither side collapses away); about 55/45 until the operator moves it.
        self.splitter = splitter = QSplitter()
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 55)
        splitter.setStretchFactor(1, 45)
        self._split_moved = False
        splitter.splitterMoved.connect(self._splitter_moved)
        layout = QVBoxLayout(self)
        layout.addLayout(self._navigation())
        layout.addWidget(splitter, 1)

        self.scene = QGraphicsScene(self)
        self.view = _ZoomView()
        self.view.setScene(self.scene)
        self.pixmap_item: QGraphicsPixmapItem | None = None
        self.position: int = 0
        self.pages: list[PageView] = [PageView(1)]
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._space)
        self.space.setEnabled(False)
        self._shortcuts()
        self._details_plain = ""
        self._load(capture)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._split_moved:
            self._default_split()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_moved:
            self._default_split()

    def _default_split(self) -> None:
        """The picture about 55 %, the details about 45 % of the width."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if total > 0:
            self.splitter.setSizes([total * 55 // 100, total - total * 55 // 100])

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self._split_moved = True

    # --- paging through the item's captures --------------------------------------------------------------------

    def _navigation(self) -> QHBoxLayout:
        def button(name: str, text: str, tip: str) -> QPushButton:
            made = QPushButton(icon(name), text)
            made.setMinimumHeight(40)
            made.setToolTip(tip)
            made.setAutoDefault(False)
            return made

        self.previous_capture_button = button("arrow-left", self.tr("Previous"), self.tr("Left arrow; Home: the first"))
        self.next_capture_button = button("arrow-right", self.tr("Next"), self.tr("Right arrow; End: the last"))
        self.previous_capture_button.clicked.connect(lambda: self.step(-1))
        self.next_capture_button.clicked.connect(lambda: self.step(1))
        self.counter = QLabel()
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        font = self.counter.font()
        font.setBold(True)
        self.counter.setFont(font)
        self.counter.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.retake_button = button("camera", self.tr("Retake"), self.tr("Take this capture again for the same item"))
        self.retake_button.clicked.connect(self.retake)
        self.flag_button = button("flag", self.tr("Flag for review…"),
                                  self.tr("Mark it to check or take again (Ctrl+Shift+F)"))  # fmt: skip
        self.flag_button.clicked.connect(lambda: self.flag_capture())
        self.flag_button.setVisible(self.capture_actions is not None)
        self.resolution_button = button("ruler", self.tr("Set resolution…"),
                                        self.tr("State this print's resolution (and finger): it is then scored and "
                                                "searched against the watchlist"))  # fmt: skip
        self.resolution_button.clicked.connect(lambda: self.set_resolution())
        self.resolution_button.setVisible(False)
        self.move_button = button("swap-horizontal", self.tr("Move to item…"), "Ctrl+M")
        self.move_button.clicked.connect(lambda: self.move_capture())
        self.delete_button = button("delete", self.tr("Delete with reason…"), "Delete")
        self.delete_button.clicked.connect(lambda: self.delete_capture())
        self.move_button.setVisible(self.capture_actions is not None)
        self.delete_button.setVisible(self.capture_actions is not None)
        row = QHBoxLayout()
        row.addWidget(self.previous_capture_button)
        row.addWidget(self.counter, 1)
        row.addWidget(self.next_capture_button)
        row.addSpacing(16)
        row.addWidget(self.retake_button)
        row.addWidget(self.resolution_button)
        row.addWidget(self.flag_button)
        row.addWidget(self.move_button)
        row.addWidget(self.delete_button)
        return row

    def _shortcuts(self) -> None:
        """Every key the viewer answers, made once (two shortcuts on one key would both stay silent)."""
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]] = [
            (QKeySequence(Qt.Key.Key_Left), lambda: self.step(-1)),
            (QKeySequence(Qt.Key.Key_Right), lambda: self.step(1)),
            (QKeySequence(Qt.Key.Key_Home), lambda: self.show_index(0)),
            (QKeySequence(Qt.Key.Key_End), lambda: self.show_index(len(self.captures) - 1)),
            (QKeySequence("PgUp"), lambda: self._page_or_capture(-1)),
            (QKeySequence("PgDown"), lambda: self._page_or_capture(1)),
            (QKeySequence("Ctrl+M"), lambda: self.move_capture()),
            (QKeySequence("Ctrl+Shift+F"), lambda: self.flag_capture()),
            (QKeySequence(QKeySequence.StandardKey.Delete), lambda: self.delete_capture()),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.view.scale_by(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.view.scale_by(0.8)),
            (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence("Ctrl+PgUp"), lambda: self.move_page(-1)),
            (QKeySequence("Ctrl+PgDown"), lambda: self.move_page(1)),
            (QKeySequence("Ctrl+R"), lambda: self.turn(90)),
            (QKeySequence("Ctrl+Shift+R"), lambda: self.turn(-90)),
        ]
        for key, slot in keys:
            QShortcut(key, self, slot)

    @property
    def index(self) -> int:
        """Where the capture shown stands among the item's captures."""
        return next((n for n, c in enumerate(self.captures) if c.id == self.capture.id), 0)

    def step(self, delta: int) -> None:
        """The previous (-1) or next (1) capture of the item."""
        self.show_index(self.index + delta)

    def show_index(self, index: int) -> None:
        if 0 <= index < len(self.captures) and index != self.index and not self._closed:
            self._load(self.captures[index])

    def _page_or_capture(self, delta: int) -> None:
        """Page Up/Down: the document's previous/next page, and past its first/last page the previous/next capture."""
        if "pages" in self.panels and 0 <= self.position + delta < self.page_count:
            self.go(self.position + delta)
        else:
            self.step(delta)

    def _load(self, capture: Capture) -> None:
        """Show ``capture`` from scratch: what the previous one left (panels, picture, text, player) goes."""
        first = not hasattr(self, "_loaded_once")
        self._loaded_once = True
        self._drop_content()
        self.capture = capture
        self.shown = None
        if not first:
            self._similar = self._similar_of(capture.id) if self._similar_of is not None else []
        self.setWindowTitle(capture.original_name)
        self.banner.setVisible(False)
        self.flag_bar.setVisible(False)
        self.status.setText(self.tr("Decrypting…"))
        self.status.setStyleSheet("")
        self.position, self.pages = 0, [PageView(1)]
        self.facts_model.set_rows([])
        self._set_details(details.file_sections(capture, capture.media_type, self._similar))
        self._update_navigation()
        if paged(capture.media_type):  # start rendering now: the page needs no analysis
            self._add_pages_panel()
            self.go(0)
        self.reload()
        self.refresh_similar()
        if not first:
            self.capture_changed.emit(capture)

    def _drop_content(self) -> None:
        for name in list(self.panels):
            if name == "pages":
                self.view.setParent(None)  # kept: the picture's view outlives the panel it sits in
            self._remove_panel(name)
        self.scene.clear()
        self.pixmap_item = None
        self.models.clear()
        self.row_details.clear()
        self.card_texts.clear()
        self.text_view = self.text_note = self.email_headers = self.preview = None

    def _update_navigation(self) -> None:
        count, index = len(self.captures), self.index
        self.counter.setText(self.tr("{} of {} — {} — {} / {}").format(
            index + 1, count, ltr(self.capture.original_name), self.capture.case_name,
            ltr(self.capture.item_tag)))  # fmt: skip
        self.previous_capture_button.setEnabled(index > 0)
        self.next_capture_button.setEnabled(index < count - 1)
        self.retake_button.setVisible(self.capture.source.split(":", 1)[0] in ("camera", "scanner"))
        self.resolution_button.setVisible(self._is_print(self.capture))

    @staticmethod
    def _is_print(capture: Capture) -> bool:
        """A print (not the ten-print card or latent photo prints were cut from): its resolution can be stated."""
        found = capture.metadata.get("fingerprint")
        return capture.kind == "fingerprint" and isinstance(found, dict) and "finger_position" in found \
            and not capture.metadata.get("card") and not capture.metadata.get("latent_original")  # fmt: skip

    def counter_text(self) -> str:
        """'3 of 17 — name — case / tag'."""
        return self.counter.text()

    # --- actions ---------------------------------------------------------------------------------------------

    def retake(self) -> None:
        """Close, and ask the window for the capture page of this capture's source, for the same item."""
        capture = self.capture
        self.accept()
        self.retake_requested.emit(capture)

    def set_resolution(self) -> QDialog | None:
        """ "Set resolution…" for the print shown: the same dialog and op as the Fingerprints page (500 ppi offered,
        confirmed by the operator; set-ppi and set-finger, custody-logged, then templated and searched)."""
        from fieldkit.gui.ops import fingerprints as print_ops  # lazy: the fingerprint libraries, for prints only
        from fieldkit.gui.pages.fingerprints.widgets import ResolutionDialog  # lazy: as above

        if self._closed or not self._is_print(self.capture):
            return None
        capture = self.capture
        found = capture.metadata.get("fingerprint")
        details = found if isinstance(found, dict) else {}
        finger = details.get("finger_position")
        dialog = ResolutionDialog(ltr(capture.original_name), finger if isinstance(finger, int) else 0, self)
        ppi = details.get("ppi")
        if isinstance(ppi, int | float) and not isinstance(ppi, bool):
            dialog.ppi.setValue(round(ppi))

        def done(result: object) -> None:
            if self._closed:
                return
            hits = getattr(result, "hits", 0)
            self.status.setText(plural(self.tr("Resolution set; the print was scored and searched: %n hit(s).", "",
                                               hits), hits))  # fmt: skip
            self.reload()

        def failed(error: FieldkitError) -> None:
            if not self._closed:
                self.status.setText(error.message)

        def confirmed() -> None:
            value, chosen, reason = dialog.values
            self.status.setText(self.tr("Setting the resolution, then scoring and searching the print…"))
            self.executor.submit(print_ops.correct_print(capture.id, value, chosen, reason), done, failed)

        dialog.accepted.connect(confirmed)
        dialog.open()
        self.last_resolution_dialog = dialog
        return dialog

    def flag_capture(self) -> FlagDialog | None:
        """ "Flag for review…": the capture shown now, bound as the dialog opens."""
        if self.capture_actions is None or self._closed:
            return None
        return self.capture_actions.flag([self.capture], self, lambda _flagged: self._flag_changed())

    def clear_flag(self) -> ClearFlagDialog | None:
        """ "Clear flag…" on the flag banner."""
        if self.capture_actions is None or self._closed or self.flag is None:
            return None
        return self.capture_actions.clear_flag(self.capture, self.flag, self, lambda _cleared: self._flag_changed())

    def _flag_changed(self) -> None:
        if not self._closed:
            self.reload()  # the flag is read with the capture

    @property
    def flag(self) -> Flag | None:
        """The flag of the capture shown, as last read (None: not flagged, or not read yet)."""
        shown = self.shown
        return shown.flag if shown is not None and shown.capture.id == self.capture.id else None

    def flag_text(self) -> str:
        """What the flag banner says ("" when it is hidden)."""
        return self.flag_label.text() if self.flag_bar.isVisibleTo(self) else ""

    def move_capture(self) -> MoveDialog | None:
        if self.capture_actions is None or self._closed:
            return None
        return self.capture_actions.move([self.capture], self, self._gone)

    def delete_capture(self) -> DeleteDialog | None:
        if self.capture_actions is None or self._closed:
            return None
        return self.capture_actions.delete([self.capture], self, self._gone)

    def _gone(self, changed: list[Capture]) -> None:
        """Moved away or deleted: show the next capture of the item (the previous after the last; none: close)."""
        if self._closed:
            return
        ids = {capture.id for capture in changed}
        index = self.index
        self.captures = [capture for capture in self.captures if capture.id not in ids]
        if not self.captures:
            self.accept()
            return
        self._load(self.captures[min(index, len(self.captures) - 1)])

    # --- what the viewer shows ------------------------------------------------------------------------------

    def refresh_similar(self) -> None:
        """Ask the store which photos look like the one shown now: what a list made earlier says may be stale (a
        photo moved to another item, or deleted, since)."""
        capture_id = self.capture.id

        def found(matches: dict[int, list[Match]]) -> None:
            if self._closed or self.capture.id != capture_id:
                return  # paged on meanwhile
            fresh = matches.get(capture_id, [])
            if fresh != self._similar:
                self._similar = fresh
                self._show_details()
            self.similar_refreshed.emit(fresh)

        self.executor.submit(evidence_ops.similar_flags([capture_id]), found, lambda _error: None, owner=self)

    def _show_details(self) -> None:
        if self.shown is not None and self.shown.capture.id == self.capture.id:
            self._set_details(details.sections(self.shown, self._similar))
        else:
            self._set_details(details.file_sections(self.capture, self.capture.media_type, self._similar))

    def reload(self) -> None:
        """Read the capture, its analysis and acquisitions again, and show what they allow."""
        self.executor.submit(ops.capture_view(self.capture.id), self._show_view, self._failed, owner=self)

    def analysed(self, capture_id: int) -> None:
        """Background analysis recorded a capture: if it is this one, show what it found."""
        if capture_id == self.capture.id and not self._closed:
            self.reload()

    def details_text(self) -> str:
        """The details as plain text, "Label: value" per line."""
        return self._details_plain

    def _set_details(self, found: list[details.Section]) -> None:
        """The sections as labelled fields: a bold heading, then "label  value" rows; values are plain text (they
        came from outside), selectable, and paths and hashes are isolated left to right."""
        self._details_plain = details.plain(found)
        self.field_labels = {}
        while self.fields_layout.count():
            widget = self.fields_layout.takeAt(0).widget()
            if isinstance(widget, QWidget):  # a stretch has none
                widget.deleteLater()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for heading, rows in found:
            title = plain_label(heading)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.fields_layout.addWidget(title)
            box = QWidget()
            form = QFormLayout(box)
            form.setContentsMargins(8, 0, 0, 6)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for label, value in rows:
                if label == "Kind":
                    value = kind_label(value)
                shown: QLabel | AnywhereText
                if label in ("SHA-256", "Path", "Root"):  # long unbroken text: wraps anywhere
                    shown = AnywhereText(ltr(value), mono if label == "SHA-256" else None)
                else:
                    shown = plain_label(value)
                    shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                name = plain_label(label, "color: palette(placeholder-text);")
                form.addRow(name, shown)
                self.field_labels.setdefault(f"{heading}/{label}", shown)
            self.fields_layout.addWidget(box)
        self.fields_layout.addStretch(1)

    def field(self, heading: str, label: str) -> str:
        """The value shown for ``label`` under ``heading`` ('' if none), as the operator reads it."""
        shown = self.field_labels.get(f"{heading}/{label}")
        return shown.text() if shown is not None else ""

    def _show_view(self, view: ops.CaptureView) -> None:
        if self._closed or view.capture.id != self.capture.id:  # paged on meanwhile
            return
        first = self.shown is None
        self.shown = view
        self.capture = view.capture
        self._set_details(details.sections(view, self._similar))
        self.facts_model.set_rows([[fact, value] for fact, value in details.all_facts(view)])
        self._show_banner(view)
        self._show_flag(view.flag)
        for name in [name for name in self.panels if name not in view.panels and name != "pages"]:
            self._remove_panel(name)
        for name in view.panels:
            if name == "pages" and "pages" not in self.panels:
                self._add_pages_panel()
                self.go(0)
            elif name != "pages":
                self._show_panel(name, view)
        if "pages" not in view.panels:
            self.status.setText("")
        if first:
            self.tabs.setCurrentIndex(0)
        self._tab_changed()
        self.loaded.emit(view)

    def _flag_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("flagBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(8, 4, 4, 4)
        self.flag_icon = QLabel()
        self.flag_label = plain_label()
        self.clear_flag_button = QPushButton(icon("flag-off"), self.tr("Clear flag…"))
        self.clear_flag_button.setMinimumHeight(40)
        self.clear_flag_button.setAutoDefault(False)
        self.clear_flag_button.setToolTip(self.tr("The flag is resolved: clear it (kept in the custody log)"))
        self.clear_flag_button.clicked.connect(lambda: self.clear_flag())
        layout.addWidget(self.flag_icon)
        layout.addWidget(self.flag_label, 1)
        layout.addWidget(self.clear_flag_button)
        bar.setVisible(False)
        return bar

    def _show_flag(self, flag: Flag | None) -> None:
        if flag is None:
            self.flag_bar.setVisible(False)
            return
        when = flag.at[:16].replace("T", " ")
        self.flag_label.setText(self.tr("Flagged for review: {} — by {}, {} UTC").format(flag.reason, flag.operator,
                                                                                        ltr(when)))  # fmt: skip
        self.flag_icon.setPixmap(icon("flag", colour("on-banner-warning")).pixmap(24, 24))
        self.flag_bar.setStyleSheet(f"QFrame#flagBar {{ {_banner_style('flagged')} border: 2px solid "
                                    f"{colour('edge-warning')}; }} QFrame#flagBar QLabel {{ color: "
                                    f"{colour('on-banner-warning')}; }}")  # fmt: skip
        self.clear_flag_button.setVisible(self.capture_actions is not None)
        self.flag_bar.setVisible(True)

    def _show_banner(self, view: ops.CaptureView) -> None:
        analysis = view.analysis
        kept = self.tr("the original is kept unchanged.")
        reason = ""
        if analysis.status == "failed":
            reason = analysis.reason
            text = self.tr("Analysis failed: {} — {}").format(details.readable_reason(reason), kept)
            style = "failed"
        elif analysis.status == "pending":
            text, style = self.tr("Being analysed in the sandbox; this view updates when it is done."), "pending"
        elif analysis.damaged:
            reason = analysis.damaged
            text = self.tr("Analysis found damage: {} — {}").format(details.readable_reason(reason), kept)
            style = "damaged"
        else:
            self.banner.setVisible(False)
            return
        self.banner.setText(text)
        self.banner.setToolTip(reason)  # with the decoder's exception name, for whoever examines it further
        self.banner.setStyleSheet(_banner_style(style) + " padding: 6px;")
        self.banner.setVisible(True)

    def _title(self, name: str) -> str:
        titles = {"pages": self.tr("Pages") if self.capture.kind == "document" else self.tr("Picture"),
                  "preview": self.tr("Preview"),
                  "player": self.tr("Play"), "text": self.tr("Text"), "members": self.tr("Members"),
                  "records": self.tr("Records"), "tables": self.tr("Tables"), "bytes": self.tr("Summary"),
                  "failed": self.tr("Not shown"), "pending": self.tr("Being analysed")}  # fmt: skip
        return titles[name]

    def _put_panel(self, name: str, widget: QWidget) -> None:
        old = self.panels.get(name)
        order = [panel for panel in ops.PANELS if panel in self.panels or panel == name]
        if old is not None:
            index = self.tabs.indexOf(old)
            current = self.tabs.currentIndex() == index
            self.tabs.removeTab(index)
            old.deleteLater()
        else:
            current = False
            index = sum(1 for panel in order[: order.index(name)] if panel in self.panels)
        self.panels[name] = widget
        self.tabs.insertTab(index, widget, self._title(name))
        if current:
            self.tabs.setCurrentIndex(index)

    def _remove_panel(self, name: str) -> None:
        widget = self.panels.pop(name)
        if widget is self.player:
            self.player.stop()
            self.player = None
        self.tabs.removeTab(self.tabs.indexOf(widget))
        widget.deleteLater()

    def _show_panel(self, name: str, view: ops.CaptureView) -> None:
        if name == "player":
            if self.player is None:  # a playing recording is not interrupted by a refresh
                self._put_panel(name, self._player(view))
        elif name == "preview":
            self._put_panel(name, self._preview_panel(view))
        elif name == "text":
            self._put_panel(name, self._text_panel(view))
        elif name == "members":
            self._put_panel(name, self._members_panel(view))
        elif name == "records":
            self._put_panel(name, self._records_panel(view))
        elif name == "tables":
            self._put_panel(name, self._tables_panel(view))
        else:
            self.card_texts[name] = self._card_text(name, view)
            self._put_panel(name, _card(self.card_texts[name]))

    def _tab_changed(self) -> None:
        playing_tab = self.player is not None and self.tabs.currentWidget() is self.player
        self.space.setEnabled(playing_tab)

    def _space(self) -> None:
        if self.player is not None:
            self.player.toggle()

    # --- panels -------------------------------------------------------------------------------------------------

    def _card_text(self, name: str, view: ops.CaptureView) -> str:
        analysis, capture = view.analysis, view.capture
        kept = self.tr("The original is kept unchanged.")
        if name == "failed":
            return self.tr("Analysis failed: {}\n\n{}\nIts details are on the right.").format(
                details.readable_reason(analysis.reason), kept)  # fmt: skip
        if name == "pending":
            return self.tr("Being analysed…\n\nThis view updates when the analysis is recorded.")
        lines = [self.tr("No preview for this kind of file."), "", details.type_name(view.media_type),
                 self.tr("Size: {}").format(details.size_text(capture.size))]  # fmt: skip
        entropy = analysis.facts.get("entropy_bits_per_byte")
        if isinstance(entropy, int | float):
            lines.append(self.tr("Entropy: {} bits per byte (8 = random: compressed or encrypted)").format(entropy))
        lines += [self.tr("SHA-256: {}").format(capture.sha256), "", *analysis.notes, kept]
        return "\n".join(lines)

    def _player(self, view: ops.CaptureView) -> MediaPlayer:
        facts = view.analysis.facts
        duration = facts.get("duration_s")
        self.player = MediaPlayer(self.executor, view.capture.id, view.media_type,
                                  duration_s=float(duration) if isinstance(duration, int | float) else None,
                                  poster=view.poster, has_video=bool(facts.get("video")),
                                  has_audio=bool(facts.get("audio")))  # fmt: skip
        return self.player

    def _preview_panel(self, view: ops.CaptureView) -> QWidget:
        """A picture the page renderer does not open (camera RAW, a WSQ print): the preview analysis
        made of it in the sandbox (its embedded thumbnail or a reduced decode), as it is."""
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = QImage()
        if view.poster is not None and image.loadFromData(view.poster, "PNG"):  # type: ignore[arg-type]
            self.preview.setPixmap(QPixmap.fromImage(image))
        layout.addWidget(self.preview, 1)
        layout.addWidget(plain_label(self.tr("The preview analysis made of this {} in the sandbox ({} × {} pixels); "
                                             "the viewer does not render it larger. The original is kept unchanged.")
                                     .format(details.type_name(view.media_type), image.width(), image.height()),
                                     f"color: {colour('muted')};"))  # fmt: skip
        return panel

    def _text_panel(self, view: ops.CaptureView) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        email = view.analysis.facts.get("email")
        self.email_headers = None
        if isinstance(email, dict):
            headers = QWidget()
            form = QFormLayout(headers)
            for name in ("From", "To", "Cc", "Date", "Subject", "Message-ID"):
                value = email.get(name.lower())
                if isinstance(value, str):
                    form.addRow(name, plain_label(value))
            attachments = view.analysis.facts.get("attachments")
            if isinstance(attachments, list) and attachments:
                names = [f"{a.get('name') or '(no name)'} ({a.get('type') or '?'}, {details.size_text(a.get('size'))})"
                         for a in attachments if isinstance(a, dict)]  # fmt: skip
                form.addRow(self.tr("Attachments"), plain_label("\n".join(names)))
            self.email_headers = headers
            layout.addWidget(headers)
        # A QTextEdit, not a QPlainTextEdit: only its layout aligns each paragraph by its own direction, so Arabic
        # lines stand at the right edge and English ones at the left, in the same text.
        self.text_view = QTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAcceptRichText(False)
        self.text_view.setUndoRedoEnabled(False)
        text = view.text if view.text and view.text.strip() else None
        self.text_note = None
        self.empty_pages_warning = None
        if text is None and view.media_type == media_types.PDF:  # a scan: its text, if any, is what OCR read
            note = self.tr("No text layer; OCR text:") if view.ocr_text else self.tr("No text layer; no text found.")
            self.text_note = plain_label(note, "font-weight: bold; padding: 4px;")
            layout.addWidget(self.text_note)
        if view.pages_read:  # what search finds: each page's text, saying where it came from
            text = self._pages_text(view.pages_read)
        if view.empty_pages:
            pages = ", ".join(str(page) for page in view.empty_pages)
            self.empty_pages_warning = plain_label(
                self.tr("Warning: no text was found on page(s) {} (blank, too faint, handwriting or a picture). "
                        "Check them by eye; search will not find them.").format(pages),
                "font-weight: bold; padding: 4px;")  # fmt: skip
            themed(self.empty_pages_warning, "QLabel {{ font-weight: bold; padding: 4px; color: {warning}; }}")
            self.empty_pages_warning.setWordWrap(True)
            layout.addWidget(self.empty_pages_warning)
        self.text_view.setPlainText(text or "")  # plain: markup in the text stays text
        if not text:
            self.text_view.setPlaceholderText(self.tr("No text found in this file."))
        layout.addWidget(self.text_view, 1)
        return panel

    def _pages_text(self, pages_read: tuple[tuple[int, str, str], ...]) -> str:
        """The text of each page read, under a line saying which page and where its text came from."""
        sources = {"text layer": self.tr("text layer"), "ocr": self.tr("OCR")}
        parts = []
        for page, text, source in pages_read:
            heading = self.tr("— page {} ({}) —").format(page, sources.get(source, source))
            parts.append(heading + "\n" + (text.strip() or self.tr("(no text found)")))
        return "\n\n".join(parts)

    def _table_panel(self, name: str, headers: list[str], rows: list[list[Cell]], note: str,
                     beside: QWidget | None = None) -> QWidget:  # fmt: skip
        model = RowsModel(headers)
        model.set_rows(rows)
        self.models[name] = model
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(note))
        table = table_view(model, panel)
        model.setParent(table)
        fit_columns(table, model, stretch=[headers[0] if name != "records" else headers[2]])
        if beside is None:
            layout.addWidget(table, 1)
        else:
            row = QHBoxLayout()
            row.addWidget(table, 1)
            row.addWidget(beside)
            layout.addLayout(row, 1)
        self.row_details[name] = details_pane(table, model, panel, lines=3)
        layout.addWidget(self.row_details[name])
        return panel

    def _members_panel(self, view: ops.CaptureView) -> QWidget:
        facts = view.analysis.facts
        members = [m for m in facts.get("members") or [] if isinstance(m, dict)]
        rows: list[list[Cell]] = [[_cell(m.get("path")), _number(m.get("size")), _number(m.get("compressed_size")),
                                   _cell(m.get("modified")), bool(m.get("encrypted")), _cell(m.get("kind"))]
                                  for m in members]  # fmt: skip
        count = _number(facts.get("member_count")) or len(members)
        note = self.tr("{} members, {} when expanded; {} encrypted. Listed from the archive's own directory.").format(
            count, details.size_text(facts.get("total_size")), facts.get("encrypted_members", 0))  # fmt: skip
        if view.expanded:
            note += " " + self.tr("{} of them were stored as captures of this item; the archive is kept as "
                                  "acquired.").format(view.expanded)  # fmt: skip
        else:
            note += " " + self.tr("Nothing was extracted: the archive is kept as acquired, its members are only "
                                  "listed.")  # fmt: skip
        if count > len(members):
            note += " " + self.tr("Only the first {} are listed.").format(len(members))
        headers = [self.tr("Path"), self.tr("Size"), self.tr("Compressed"), self.tr("Modified"), self.tr("Encrypted"),
                   self.tr("Kind")]  # fmt: skip
        return self._table_panel("members", headers, rows, note)

    def _records_panel(self, view: ops.CaptureView) -> QWidget:
        facts = view.analysis.facts
        rows: list[list[Cell]] = []
        for number, record in enumerate(r for r in facts.get("records") or [] if isinstance(r, dict)):
            kind = _number(record.get("type"))
            width, height = _number(record.get("width")), _number(record.get("height"))
            rows.append([number + 1, kind, NIST_RECORD_TYPES.get(kind or -1, "-"), _number(record.get("idc")),
                         _number(record.get("impression")), _number(record.get("finger_position")),
                         f"{width} × {height}" if width and height else None, _cell(record.get("compression")),
                         _number(record.get("ppi")), _number(record.get("image_bytes"))])  # fmt: skip
        header = ", ".join(f"{label} {facts[key]}" for key, label in (("tot", "TOT"), ("tcn", "TCN"), ("ori", "ORI"),
                           ("dai", "DAI"), ("version", "version")) if isinstance(facts.get(key), str))  # fmt: skip
        note = self.tr("{} records. {}").format(len(rows), header)
        beside = None
        image = QImage()
        if view.poster is not None and image.loadFromData(view.poster, "PNG"):  # type: ignore[arg-type]
            beside = QLabel()
            beside.setPixmap(QPixmap.fromImage(image))
            beside.setToolTip(self.tr("The transaction's first print, as analysis decoded it in the sandbox"))
            beside.setAlignment(Qt.AlignmentFlag.AlignTop)
        return self._table_panel("records", [self.tr("#"), self.tr("Type"), self.tr("Record"), self.tr("IDC"),
                                             self.tr("Impression"), self.tr("Finger"), self.tr("Size"),
                                             self.tr("Compression"), self.tr("ppi"), self.tr("Image bytes")], rows,
                                 note, beside)  # fmt: skip

    def _tables_panel(self, view: ops.CaptureView) -> QWidget:
        facts = view.analysis.facts
        tables = [t for t in facts.get("tables") or [] if isinstance(t, dict)]
        rows: list[list[Cell]] = [[_cell(t.get("name")), _number(t.get("rows")),
                                   ", ".join(str(c) for c in t.get("columns") or [])] for t in tables]  # fmt: skip
        note = self.tr("{} tables; rows are counted, not shown: examine the original with the tools made for its "
                       "app.").format(_number(facts.get("table_count")) or len(tables))  # fmt: skip
        return self._table_panel("tables", [self.tr("Table"), self.tr("Rows"), self.tr("Columns")], rows, note)

    def _toggle_metadata(self, shown: bool) -> None:
        self.metadata.setVisible(shown)
        self.metadata_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- pages --------------------------------------------------------------------------------------------------

    def _add_pages_panel(self) -> None:
        self.page_label = QLabel()
        self.page_label.setWordWrap(True)
        self.page_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        def control(name: str, text: str, tip: str) -> QToolButton:
            made = QToolButton()
            made.setIcon(icon(name))
            made.setText(text)
            made.setToolTip(tip)
            made.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            made.setMinimumHeight(40)
            return made

        # Short words with icons, wrapping onto a second row when narrow: the picture's side never forces the
        # splitter (and so the details beside it) narrow.
        self.previous_button = control("chevron-left", self.tr("Previous page"), "Page Up")
        self.next_button = control("chevron-right", self.tr("Next page"), "Page Down")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.earlier_button = control("arrow-up", self.tr("Earlier"), self.tr("Move this page earlier (Ctrl+Page Up)"))
        self.later_button = control("arrow-down", self.tr("Later"), self.tr("Move this page later (Ctrl+Page Down)"))
        self.left_turn = left_turn = control("rotate-left", self.tr("Left"), self.tr("Turn left (Ctrl+Shift+R)"))
        self.right_turn = right_turn = control("rotate-right", self.tr("Right"), self.tr("Turn right (Ctrl+R)"))
        self.reset_button = control("restore", self.tr("Original"), self.tr("Original order and rotation"))
        self.previous_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button.clicked.connect(lambda: self.go(self.position + 1))
        self.earlier_button.clicked.connect(lambda: self.move_page(-1))
        self.later_button.clicked.connect(lambda: self.move_page(1))
        left_turn.clicked.connect(lambda: self.turn(-90))
        right_turn.clicked.connect(lambda: self.turn(90))
        self.reset_button.clicked.connect(self.reset_view)
        self.page_controls = QWidget()
        controls = FlowLayout(self.page_controls)
        for widget in (self.previous_button, self.next_button, self.earlier_button, self.later_button, left_turn,
                       right_turn, self.reset_button):  # fmt: skip
            controls.addWidget(widget)
        self.view_note = plain_label(
            self.tr("Order and rotation are a view only: the original stays as acquired."),
            "color: palette(placeholder-text);",
        )
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page_card = _card("")  # in place of the page when it cannot be displayed
        self.page_card.setVisible(False)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.page_card, 1)
        layout.addWidget(self.page_label)
        layout.addWidget(self.page_controls)
        layout.addWidget(self.view_note)
        self._put_panel("pages", panel)
        self._update_controls()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def go(self, position: int) -> None:
        if not 0 <= position < self.page_count:
            return
        self.status.setText(self.tr("Decrypting…"))
        self.executor.submit(ops.viewer_page(self.capture.id, position), self._show, self._failed, owner=self)

    def _show(self, page: ops.ViewerPage) -> None:
        if (
            self._closed
            or "pages" not in self.panels
            or (page.capture is not None and page.capture.id != self.capture.id)
        ):
            return  # paged on to another capture meanwhile
        self.pages, self.position = list(page.view), page.position
        self._update_controls()
        self.scene.clear()
        self.pixmap_item = None
        image = QImage()  # a PNG rendered in the analysis sandbox, never the original's bytes
        if page.image is None or not image.loadFromData(page.image, "PNG"):  # type: ignore[arg-type]  # stub: bytes
            if page.note == "no-preview":
                text = self.tr("No preview for this kind of file; its details are on the right.")
            else:
                reason = details.readable_reason(page.reason) if page.reason else self.tr("it does not decode")
                text = self.tr("This cannot be displayed: {}.\n\nThe original is kept unchanged; its details are on "
                               "the right.").format(reason)  # fmt: skip
            self._page_unavailable(text, page.reason)
            return
        self.view.setVisible(True)
        self.page_card.setVisible(False)
        self.pixmap_item = self.scene.addPixmap(QPixmap.fromImage(image))
        self._apply_rotation()
        size = self.tr("{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit").format(
            image.width(), image.height())  # fmt: skip
        if page.damaged:
            size = self.tr("Damaged: shown as far as it decodes; the original is kept unchanged. {}").format(size)
        self.status.setText(size)
        self.status.setStyleSheet(_banner_style("damaged") if page.damaged else "")

    def _page_unavailable(self, text: str, reason: str) -> None:
        """The "cannot be displayed" card in place of the page; nothing to turn or page through."""
        self.card_texts["pages"] = text
        self.page_card.setText(text)
        self.page_card.setToolTip(reason)  # with the decoder's exception name
        self.page_card.setVisible(True)
        self.view.setVisible(False)
        self.status.setText("")
        self.status.setStyleSheet("")
        for control in (self.previous_button, self.next_button, self.earlier_button, self.later_button,
                        self.left_turn, self.right_turn, self.reset_button):  # fmt: skip
            control.setEnabled(False)

    def _apply_rotation(self) -> None:
        if self.pixmap_item is None:
            return
        self.pixmap_item.setTransformOriginPoint(self.pixmap_item.boundingRect().center())
        self.pixmap_item.setRotation(self.pages[self.position].rotation)
        self.scene.setSceneRect(self.pixmap_item.sceneBoundingRect())
        self.fit()

    def _update_controls(self) -> None:
        several = self.page_count > 1
        current = self.pages[self.position] if self.pages else PageView(1)
        turned = self.tr(", turned {}°").format(current.rotation) if current.rotation else ""
        self.page_label.setText(self.tr("Page {} of {} (original page {}{})").format(
            self.position + 1, self.page_count, current.source, turned))  # fmt: skip
        for button in (self.previous_button, self.next_button, self.earlier_button, self.later_button):
            button.setVisible(several)
        self.previous_button.setEnabled(self.position > 0)
        self.earlier_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < self.page_count - 1)
        self.later_button.setEnabled(self.position < self.page_count - 1)
        changed = self.pages != [PageView(n) for n in range(1, self.page_count + 1)]
        self.reset_button.setEnabled(changed)
        self.left_turn.setEnabled(True)
        self.right_turn.setEnabled(True)

    def turn(self, degrees: int) -> None:
        if "pages" not in self.panels:
            return
        page = self.pages[self.position]
        pages = list(self.pages)
        pages[self.position] = PageView(page.source, (page.rotation + degrees) % 360)
        self._save(pages, self.position, rerender=False)

    def move_page(self, delta: int) -> None:
        target = self.position + delta
        if "pages" not in self.panels or not 0 <= target < self.page_count:
            return
        pages = list(self.pages)
        pages[self.position], pages[target] = pages[target], pages[self.position]
        self._save(pages, target, rerender=False)

    def reset_view(self) -> None:
        self._save([PageView(n) for n in range(1, self.page_count + 1)], 0, rerender=True)

    def _save(self, pages: list[PageView], position: int, rerender: bool) -> None:
        def saved(view: list[PageView]) -> None:
            self.pages = list(view)
            self.position = position
            self._update_controls()
            if rerender:
                self.go(position)
            else:
                self._apply_rotation()
            self.view_saved.emit(view)

        self.executor.submit(ops.save_page_view(self.capture.id, pages), saved, self._failed)

    def fit(self) -> None:
        if self.pixmap_item is not None:
            self.view.resetTransform()
            self.view.zoom = 1.0
            self.view.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def _failed(self, error: FieldkitError) -> None:
        self.status.setText(error.message)

    def done(self, result: int) -> None:
        """Closed, or the store locks: drop everything decrypted now, not whenever Python gets to it."""
        self._closed = True
        self.scene.clear()
        self.pixmap_item = None
        if self.player is not None:
            self.player.stop()
        if self.text_view is not None:
            self.text_view.clear()
        for model in self.models.values():
            model.set_rows([])
        self.facts_model.set_rows([])
        self._set_details([])
        super().done(result)
