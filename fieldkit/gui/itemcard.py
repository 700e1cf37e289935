"""The item card: everything the operator records of one item on one screen, beside its captures: the tag, big
category buttons, the capture actions (Photos, Scan, Prints, Files), description, the time recovered (now, or read
from the photos' EXIF), the site (from the photos' GPS, typed as degrees or MGRS, or one of the case's recent
sites) and notes; and the physical samples taken from the item (samplepart.py: DNA swabs, hair, blood..., each with
its custody).

Decision: there is no Save button. An edit saves itself ~800 ms after the last keystroke (a click on a category or a
site at once), through the same custody-logged op as before, and a marker next to the field says where it stands
("Saving…", "Saved ✓", "Not saved: why"). What the operator typed is never overwritten: a refresh of the item (the
window reads the items again on every change) leaves alone a field being edited, one waiting to be saved, one being
saved and one whose save failed; switching items first saves the old item's edits, bound to that item; a failed save
keeps the text, and the marker, for when the operator comes back to the item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.geo import from_mgrs, to_mgrs
from fieldkit.errors import FieldkitError
from fieldkit.gui.buttongrid import ButtonGrid
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import (
    category_chosen,
    category_texts,
    keep_left_to_right,
    ltr,
    set_category_chosen,
)
from fieldkit.gui.ops import evidence as ops
from fieldkit.gui.samplepart import SamplesPart
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import relative_font, tint, touch
from fieldkit.models import ITEM_CATEGORIES, Item, Site

SAVE_DELAY_MS = 800  # an edit saves itself this long after the last keystroke
BUTTON_HEIGHT = 44  # gloved or hurried hands
CATEGORY_ICONS = {"document": "file-document", "phone": "cellphone", "id-card": "card-account-details",
                  "weapon": "pistol", "media": "sd", "person": "account",
                  "other": "dots-horizontal-circle"}  # fmt: skip
FIELDS = ("category", "description", "recovered_at", "site_id", "notes")
Value = str | int | None


def next_tag(tag: str, taken: Iterable[str]) -> str:
    """The tag after ``tag``: its last number plus one, zero padding and any prefix or suffix kept (EV-0043 ->
    EV-0044, BOX7-A -> BOX8-A), skipping tags already taken; a tag without a number gets "-2" (then "-3"...)."""
    used = {t.casefold() for t in taken}
    match = re.match(r"^(.*?)(\d+)(\D*)$", tag)
    if match is None:
        prefix, number, width, suffix = f"{tag}-", 1, 1, ""
    else:
        prefix, digits, suffix = match[1], match[2], match[3]
        number, width = int(digits), len(digits)
    while True:
        number += 1
        candidate = f"{prefix}{number:0{width}d}{suffix}"
        if candidate.casefold() not in used:
            return candidate


_DEGREES = re.compile(r"^\s*([+-]?\d{1,3}(?:\.\d+)?)\s*[,; ]\s*([+-]?\d{1,3}(?:\.\d+)?)\s*$")


def parse_position(text: str) -> tuple[float, float] | None:
    """A position typed as decimal degrees ("34.5553, 69.2075") or as MGRS ("42SWD1234567890"); None if neither."""
    match = _DEGREES.match(text)
    if match:
        latitude, longitude = float(match[1]), float(match[2])
        return (latitude, longitude) if -90 <= latitude <= 90 and -180 <= longitude <= 180 else None
    return from_mgrs(text) if text.strip() else None


def parse_time(text: str | None) -> datetime | None:
    """A stored time recovered (ISO 8601) as an aware datetime; a time without offset is UTC (as the form asked)."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


class CategoryButtons(QWidget):
    """The item categories as big exclusive buttons with icons and Alt+letter mnemonics (&Phone); none is checked
    until one is chosen."""

    chosen = Signal(str)  # a category code, on the operator's click (or Alt+letter) only

    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        texts = category_texts()
        for number, (code, text) in enumerate(zip(ITEM_CATEGORIES, texts, strict=True), start=1):
            button = QToolButton()
            button.setText(text)  # "&Phone": Alt+P presses it
            # Alt+number too, in every language: Arabic words take no underlined letter (labels.with_mnemonics).
            keys = QKeySequence(f"Alt+{number}")
            button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda button=button: button.click() if button.isVisible() else None)
            button.setIcon(icon(CATEGORY_ICONS.get(code, "tag")))
            button.setIconSize(QSize(22, 22))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            touch(button)
            button.clicked.connect(lambda _=False, code=code: self.chosen.emit(code))
            self.group.addButton(button)
            self.buttons[code] = button
        self.grid = ButtonGrid(self.buttons.values(), columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    def category(self) -> str | None:
        return next((code for code, button in self.buttons.items() if button.isChecked()), None)

    def set_category(self, code: str | None) -> None:
        self.group.setExclusive(False)
        for name, button in self.buttons.items():
            button.setChecked(name == code)
        self.group.setExclusive(True)


class ItemCard(QScrollArea):
    """One item's card (in a scroll area, so that it fits a 1280x720 screen beside the captures)."""

    action_requested = Signal(str)  # "photos", "scan", "prints" or "files": a capture into this card's item
    next_item_requested = Signal()
    saved = Signal(object)  # the Item as saved
    save_failed = Signal(object, object)  # the Item, and the FieldkitError that refused its edit

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.item: Item | None = None
        self.sites: list[Site] = []
        self._dirty: set[str] = set()  # edited fields of self.item not submitted yet
        self._saving: dict[int, dict[str, tuple[int, Value]]] = {}  # item id -> field -> (save number, value)
        self._failed: dict[int, dict[str, tuple[Value, str]]] = {}  # item id -> field -> (value kept, reason)
        self._saves = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.markers: dict[str, QLabel] = {}
        self._time_note = ""  # where the time shown came from (the photos' camera clock), until it is edited

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.tag_label = QLabel(self.tr("Select or create an item"))
        self.tag_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tag_label.setWordWrap(True)
        relative_font(self.tag_label, 1.5, bold=True)
        self.next_button = self._button(self.tr("New: next tag"), "plus-box", self.next_item_requested.emit)
        self.next_button.setToolTip(self.tr("A new item with the next tag: EV-0043 -> EV-0044 (Ctrl+Shift+N)"))
        top.addWidget(self.tag_label, 1)
        top.addWidget(self.next_button)
        layout.addLayout(top)

        self.categories = CategoryButtons()
        self.categories.chosen.connect(lambda _: self._category_chosen())
        layout.addLayout(self._heading(self.tr("Category"), "category"))
        layout.addWidget(self.categories)

        self.photos_button = self._button(self.tr("Photos…"), "image-multiple", lambda: self._act("photos"))
        self.scan_button = self._button(self.tr("Scan"), "scanner", lambda: self._act("scan"))
        self.prints_button = self._button(self.tr("Prints"), "fingerprint", lambda: self._act("prints"))
        self.files_button = self._button(self.tr("Files…"), "folder-open", lambda: self._act("files"))
        self.action_buttons = ButtonGrid(
            (self.photos_button, self.scan_button, self.prints_button, self.files_button), 4
        )
        layout.addWidget(self.action_buttons)

        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What it is, its marks, its state"))
        self.description.setMaximumHeight(80)
        self.description.setTabChangesFocus(True)  # Tab moves on, as in every field: never a tab typed and saved
        self.description.textChanged.connect(lambda: self._edited("description"))
        layout.addLayout(self._heading(self.tr("Description"), "description"))
        layout.addWidget(self.description)

        self.recovered = QDateTimeEdit()
        # Left to right before the format is set: a right-to-left QDateTimeEdit reverses its sections for good.
        keep_left_to_right(self.recovered)
        self.recovered.setCalendarPopup(True)
        self.recovered.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.recovered.setMinimumDateTime(QDateTime(QDate(1970, 1, 1), QTime(0, 0)))
        self.recovered.setSpecialValueText(self.tr("not set"))
        self.recovered.setMinimumHeight(BUTTON_HEIGHT)
        self.recovered.dateTimeChanged.connect(lambda _: self._time_changed())
        self.now_button = self._button(self.tr("Now"), "clock-outline", self.set_now)
        self.photo_time_button = self._button(self.tr("From the photos"), "clock-check-outline", self.time_from_photos)
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        tint(self.clock_label, "muted")
        layout.addLayout(self._heading(self.tr("Time recovered (this laptop's clock)"), "recovered_at"))
        layout.addWidget(self.recovered)
        layout.addWidget(ButtonGrid((self.now_button, self.photo_time_button), 2))
        layout.addWidget(self.clock_label)

        self.site = QComboBox()
        self.site.setMinimumHeight(BUTTON_HEIGHT)
        self.site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.site.setMinimumContentsLength(10)  # a long site name does not widen the card: it is cut in the box
        self.site.currentIndexChanged.connect(lambda _: self._site_chosen())
        self.gps_button = self._button(self.tr("From the photos' GPS"), "crosshairs-gps", self.site_from_photos)
        site_row = QVBoxLayout()
        site_row.addWidget(self.site)
        site_row.addWidget(ButtonGrid((self.gps_button,), 1))
        self.site_position = QLabel()
        self.site_position.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.site_position.setWordWrap(True)
        self.coordinates = QLineEdit()
        self.coordinates.setPlaceholderText(self.tr("Or type a position: 34.5553, 69.2075 or 42SWD1234567890"))
        self.coordinates.setMinimumHeight(36)
        self.coordinates.textChanged.connect(lambda _: self._check_coordinates())
        self.coordinates.returnPressed.connect(self.use_coordinates)
        keep_left_to_right(self.coordinates)
        self.use_button = self._button(self.tr("Use"), "map-marker", self.use_coordinates)
        self.use_button.setEnabled(False)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.coordinates, 1)
        typed_row.addWidget(self.use_button)
        self.coordinates_check = QLabel()
        self.coordinates_check.setWordWrap(True)
        layout.addLayout(self._heading(self.tr("Site"), "site_id"))
        layout.addLayout(site_row)
        layout.addWidget(self.site_position)
        layout.addLayout(typed_row)
        layout.addWidget(self.coordinates_check)

        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        layout.addLayout(self._heading(self.tr("Notes"), "notes"))
        layout.addWidget(self.notes)

        self.samples = SamplesPart(executor)  # physical samples taken from the item (DNA swabs, hair, blood...)
        layout.addWidget(self.samples)
        layout.addStretch(1)

        self.setWidget(body)
        self.setWidgetResizable(True)
        # Never sideways: what does not fit the width goes to more rows (ButtonGrid), so nothing is cut at the edge.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        self.show_item(None, [])

    def _button(self, text: str, icon_name: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        touch(button)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    def _heading(self, text: str, field: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(f"<b>{text}</b>")
        marker = QLabel()
        marker.setWordWrap(True)
        marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.markers[field] = marker
        row.addWidget(label)
        row.addWidget(marker, 1)
        return row

    def _category_chosen(self) -> None:
        if self.item is not None:
            set_category_chosen(self.item.uuid, True)  # even "Other", pressed, is a choice
        self._edited("category", at_once=True)

    def _act(self, action: str) -> None:
        self.flush()  # what was typed is saved before the operator goes elsewhere
        self.action_requested.emit(action)

    # --- showing an item ---------------------------------------------------------------------------------------

    def show_item(self, item: Item | None, sites: list[Site]) -> None:
        """Show ``item`` (None: no item). The same item again (a refresh) keeps every field being edited, waiting,
        being saved or refused; another item first saves the edits of the one shown, bound to it."""
        if self.item is not None and (item is None or item.id != self.item.id):
            self.flush()
        same = item is not None and self.item is not None and item.id == self.item.id
        if not same:
            self._dirty.clear()
            self._time_note = ""
        self.item = item
        self.sites = sorted(sites, key=lambda s: -s.id)  # the most recent first
        overlay: dict[str, Value] = {}
        if item is not None:
            overlay.update({field: value for field, (_, value) in self._saving.get(item.id, {}).items()})
            overlay.update({field: value for field, (value, _) in self._failed.get(item.id, {}).items()})
        for field in FIELDS:
            if same and (field in self._dirty or self._editing(field)):
                continue
            stored: Value = getattr(item, field) if item is not None else None
            if field == "category" and item is not None and not category_chosen(item):
                stored = None  # stored as "other" because the store needs one: shown as not chosen yet
            self._set_value(field, overlay.get(field, stored))
        if not same:
            for field in FIELDS:
                self._mark(field, "", "muted")
            if item is not None and not category_chosen(item) and "category" not in self._dirty:
                self._mark("category", self.tr("Not chosen yet: press one"), "warning")
            if item is not None:
                for field in self._saving.get(item.id, {}):
                    self._mark(field, self.tr("Saving…"), "muted")
                for field, (_, reason) in self._failed.get(item.id, {}).items():
                    self._mark(field, self.tr("Not saved: {}").format(reason), "error")
        self.tag_label.setText(f"{ltr(item.tag)}  ·  {item.case_name}" if item else self.tr("Select or create an item"))
        self.samples.show_item(item)
        self.widget().setEnabled(True)
        for widget in (self.categories, self.description, self.recovered, self.now_button, self.photo_time_button,
                       self.site, self.gps_button, self.coordinates, self.notes, self.photos_button, self.scan_button,
                       self.prints_button, self.files_button):  # fmt: skip
            widget.setEnabled(item is not None)
        self._check_coordinates()

    def clear(self) -> None:
        """On lock: drop everything shown and everything held for later (typed text is decrypted content too)."""
        self._timer.stop()
        self._dirty.clear()
        self._saving.clear()
        self._failed.clear()
        self.item = None
        self.samples.clear()
        self.show_item(None, [])
        self.coordinates.clear()

    def _editing(self, field: str) -> bool:
        widget = {"description": self.description, "notes": self.notes, "recovered_at": self.recovered}.get(field)
        return widget is not None and widget.hasFocus()

    def _set_value(self, field: str, value: Value) -> None:
        if field == "category":
            self.categories.set_category(value if isinstance(value, str) else None)
        elif field in ("description", "notes"):
            edit = self.description if field == "description" else self.notes
            if edit.toPlainText() != (value or ""):
                edit.blockSignals(True)
                edit.setPlainText(str(value or ""))
                edit.blockSignals(False)
        elif field == "recovered_at":
            self.recovered.blockSignals(True)
            when = parse_time(value if isinstance(value, str) else None)
            if when is None:
                self.recovered.setDateTime(self.recovered.minimumDateTime())
            else:
                self.recovered.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
            self.recovered.blockSignals(False)
            self._show_clock()
        elif field == "site_id":
            self.site.blockSignals(True)
            self.site.clear()
            self.site.addItem(self.tr("(no site)"), None)
            for site in self.sites:
                self.site.addItem(site.name, site.id)
                if site.id == value:
                    self.site.setCurrentIndex(self.site.count() - 1)
            self.site.blockSignals(False)
            self._show_site_position()

    def value(self, field: str) -> Value:
        """What the card shows for ``field``, as the store keeps it."""
        if field == "category":
            return self.categories.category()
        if field == "description":
            return self.description.toPlainText()
        if field == "notes":
            return self.notes.toPlainText()
        if field == "recovered_at":
            moment = self.recovered.dateTime()
            if moment == self.recovered.minimumDateTime():
                return None
            return moment.toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'")
        data = self.site.currentData()
        return data if isinstance(data, int) else None

    # --- saving ------------------------------------------------------------------------------------------------

    def _edited(self, field: str, at_once: bool = False) -> None:
        if self.item is None:
            return
        self._dirty.add(field)
        self._mark(field, self.tr("Not saved yet…"), "muted")
        if at_once:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Save now what was edited (and what failed before) in the item shown, bound to that item."""
        self._timer.stop()
        item = self.item
        if item is None:
            return
        fields = self._dirty | set(self._failed.get(item.id, {}))
        self._dirty.clear()
        changes = {field: self.value(field) for field in fields}
        if changes.get("category", "") is None:
            del changes["category"]  # no button checked: the stored category stays
        if changes:
            self.save(item, changes)

    def save(self, item: Item, changes: dict[str, Value]) -> None:
        """Save ``changes`` to ``item`` (custody-logged); the markers follow while ``item`` is the one shown."""
        self._saves += 1
        number = self._saves
        in_flight = self._saving.setdefault(item.id, {})
        in_flight.update({field: (number, value) for field, value in changes.items()})
        failed = self._failed.get(item.id, {})
        for field in changes:
            failed.pop(field, None)
            if self._showing(item):
                self._mark(field, self.tr("Saving…"), "muted")

        def settle() -> list[str]:
            """The fields this save was the last to send (a later save of the same field speaks for it)."""
            waiting = self._saving.get(item.id, {})
            mine = [field for field in changes if waiting.get(field, (0, None))[0] == number]
            for field in mine:
                del waiting[field]
            if not waiting:
                self._saving.pop(item.id, None)
            return mine

        def saved(updated: Item) -> None:
            mine = settle()
            if self._showing(item):
                self.item = updated
                for field in mine:
                    if field not in self._dirty:
                        self._mark(field, self.tr("Saved ✓"), "ok")
            self.saved.emit(updated)

        def refused(error: FieldkitError) -> None:
            mine = settle()
            kept = self._failed.setdefault(item.id, {})
            for field in mine:
                kept[field] = (changes[field], error.message)
                if self._showing(item) and field not in self._dirty:
                    self._mark(field, self.tr("Not saved: {}").format(error.message), "error")
            self.save_failed.emit(item, error)

        self.executor.submit(ops.save_item(item, changes), saved, refused)

    def _showing(self, item: Item) -> bool:
        return self.item is not None and self.item.id == item.id

    def _mark(self, field: str, text: str, meaning: str) -> None:
        marker = self.markers[field]
        marker.setText(text)
        tint(marker, meaning)

    @property
    def pending(self) -> bool:
        """Edits not saved yet (typed, being saved, or refused)."""
        return bool(self._dirty or self._saving or any(self._failed.values()))

    # --- time recovered ----------------------------------------------------------------------------------------

    def _time_changed(self) -> None:
        self._time_note = ""
        self._show_clock()
        self._edited("recovered_at")

    def _show_clock(self) -> None:
        note = self._time_note
        moment = self.recovered.dateTime()
        if moment == self.recovered.minimumDateTime():
            self.clock_label.setText(self.tr("Not set: press Now, or take it from the photos."))
            return
        local = moment.toLocalTime()
        offset = local.offsetFromUtc()
        sign = "+" if offset >= 0 else "-"
        clock = f"UTC{sign}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}"
        text = self.tr("{} this laptop's clock ({}) = {} UTC").format(
            ltr(local.toString("yyyy-MM-dd HH:mm:ss")), ltr(clock), ltr(moment.toUTC().toString("yyyy-MM-dd HH:mm:ss"))
        )
        self.clock_label.setText(text + (f"\n{note}" if note else ""))

    def set_now(self) -> None:
        self._set_time(datetime.now(UTC))

    def _set_time(self, when: datetime, note: str = "") -> None:
        self.recovered.blockSignals(True)
        self.recovered.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        self.recovered.blockSignals(False)
        self._time_note = note
        self._show_clock()
        self._edited("recovered_at", at_once=True)

    def time_from_photos(self) -> None:
        """The earliest taken time of the item's photos (their EXIF, read by analysis in the sandbox)."""
        item = self.item
        if item is None:
            return
        self._mark("recovered_at", self.tr("Reading the photos' times…"), "muted")

        def found(facts: ops.PhotoFacts) -> None:
            if not self._showing(item):
                return
            times = [(when, text) for text in facts.times if (when := parse_time(text)) is not None]
            if not times:
                if facts.photos == 0:
                    reason = self.tr("this item has no photos yet")
                elif facts.pending:
                    reason = self.tr("the photos are still being analysed: try again in a moment")
                else:
                    reason = self.tr("the photos carry no time")
                self._mark("recovered_at", self.tr("Not set: {}").format(reason), "error")
                return
            when, text = min(times)
            camera_clock = text[19:] if len(text) > 19 and text[19] in "+-Z" else ""
            note = (self.tr("From the photos: the camera's clock said {}.").format(ltr(text)) if camera_clock else
                    self.tr("From the photos: the camera gave no time zone; read as UTC."))  # fmt: skip
            self._set_time(when, note)

        self.executor.submit(ops.photo_facts(item), found,
                             lambda error: self._mark("recovered_at", error.message, "error"))  # fmt: skip

    # --- site --------------------------------------------------------------------------------------------------

    def _site_chosen(self) -> None:
        self._show_site_position()
        self._edited("site_id", at_once=True)

    def _show_site_position(self) -> None:
        site_id = self.site.currentData()
        site = next((s for s in self.sites if s.id == site_id), None)
        if site is not None and site.latitude is not None and site.longitude is not None:
            mgrs = to_mgrs(site.latitude, site.longitude) or site.mgrs or "-"
            self.site_position.setText(ltr(f"{site.latitude:.6f}, {site.longitude:.6f}   MGRS {mgrs}"))
        else:
            self.site_position.setText(ltr(site.mgrs) if site is not None and site.mgrs else "")

    def _check_coordinates(self) -> tuple[float, float] | None:
        text = self.coordinates.text()
        position = parse_position(text)
        if not text.strip():
            self.coordinates_check.setText("")
        elif position is None:
            self.coordinates_check.setText(self.tr("Not a position: write decimal degrees (34.5553, 69.2075) or "
                                                   "MGRS (42SWD1234567890)."))  # fmt: skip
            tint(self.coordinates_check, "error")
        else:
            mgrs = to_mgrs(*position) or "-"
            self.coordinates_check.setText(ltr(f"✓ {position[0]:.6f}, {position[1]:.6f}   MGRS {mgrs}"))
            tint(self.coordinates_check, "ok")
        self.use_button.setEnabled(position is not None and self.item is not None)
        return position

    def use_coordinates(self) -> None:
        """The typed position becomes the item's site (the case's site within 100 m, or a new one)."""
        position = self._check_coordinates()
        if position is not None and self.item is not None:
            self._place(self.item, position)

    def site_from_photos(self) -> None:
        """The photos' GPS position becomes the item's site (the case's site within 100 m, or a new one)."""
        if self.item is not None:
            self._place(self.item, None)

    def _place(self, item: Item, position: tuple[float, float] | None) -> None:
        self._mark("site_id", self.tr("Saving…"), "muted")

        def placed(result: ops.SitePlaced) -> None:
            if self._showing(item):
                self.coordinates.clear()
                text = self.tr("New site {} ✓") if result.created else self.tr("Site {} chosen ✓")
                self._mark("site_id", text.format(ltr(result.site.name)), "ok")
            self.saved.emit(result.item)

        def refused(error: FieldkitError) -> None:
            if self._showing(item):
                self._mark("site_id", self.tr("Not saved: {}").format(error.message), "error")

        self.executor.submit(ops.place_item(item, position), placed, refused)
