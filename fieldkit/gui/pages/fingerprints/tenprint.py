"""The ten-print screen: a subject's ten finger boxes and four plain impressions, each with its image and its
quality colour, marks for amputated or bandaged fingers, capture from a live-scan device (keys 1-0 choose the finger,
Space captures; a poor print asks to be taken again, a good one moves on), and a ten-print card cut automatically
and adjustable box by box. Every store, image and device call runs on the store thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldkit.biometrics import codes
from fieldkit.biometrics.prints import PrintRecord
from fieldkit.biometrics.subjects import Subject
from fieldkit.errors import FieldkitError
from fieldkit.gui.folders import choose_open_file
from fieldkit.gui.icons import icon
from fieldkit.gui.itembanner import ItemBanner
from fieldkit.gui.labels import finger_name, ltr, plural
from fieldkit.gui.ops import fingerprints as ops
from fieldkit.gui.ops.capture import DeviceSurvey
from fieldkit.gui.pages.base import ElidedComboBox, SourceTroubles, big_button, red
from fieldkit.gui.pages.fingerprints.widgets import (
    ROWS,
    CardCutDialog,
    FingerBoxWidget,
    NewSubjectDialog,
    ResolutionDialog,
)
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import relative_font
from fieldkit.models import Item

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1  # the device list's entries: the device id (UserRole) and its source


class TenprintPage(QWidget):
    changed = Signal()
    succeeded = Signal(str)  # a confirmation naming the subject's item ("Right index added to S-0042")

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 case_names: Callable[[], list[str]]) -> None:  # fmt: skip
        super().__init__()
        self.executor = executor
        self.current_item = current_item
        self.case_names = case_names
        # Prints go to the chosen subject's item (a person item): that is what the banner names.
        self.banner = ItemBanner(lambda: self.subject.item if self.subject is not None else None,
                                 empty_text=self.tr("No subject chosen — choose one on the right, or create a new "
                                                    "subject"))  # fmt: skip
        self.banner.target_changed.connect(lambda _: self._update_buttons())
        self.subject_box = QComboBox()
        self.subject_box.setMinimumHeight(40)
        self.subject_box.currentIndexChanged.connect(lambda _: self.refresh_state())
        new_subject = big_button(self.tr("New subject…"))
        new_subject.setIcon(icon("account-plus"))
        new_subject.clicked.connect(lambda: self.new_subject())
        self.device_box = ElidedComboBox()
        self.device_box.setMinimumHeight(40)
        self.device_troubles = SourceTroubles()
        self.impression_box = QComboBox()
        self.impression_box.setMinimumHeight(40)
        self.impression_box.addItem(self.tr("rolled"), 1)
        self.impression_box.addItem(self.tr("plain"), 0)
        self.capture_button = big_button(self.tr("Capture finger (Space)"))
        self.capture_button.setIcon(icon("fingerprint"))
        self.capture_button.clicked.connect(self.capture_selected)
        self.card_button = big_button(self.tr("Import ten-print card…"))
        self.card_button.setIcon(icon("card-account-details-outline"))
        self.card_button.clicked.connect(lambda: self.import_card())
        self.file_button = big_button(self.tr("Add print from file…"))
        self.file_button.setIcon(icon("file-image"))
        self.file_button.clicked.connect(lambda: self.add_file())
        self.adjust_button = big_button(self.tr("Adjust cut…"))
        self.adjust_button.setIcon(icon("crop"))
        self.adjust_button.clicked.connect(lambda: self.adjust_cut())
        self.resolution_button = big_button(self.tr("Set resolution…"))
        self.resolution_button.setIcon(icon("ruler"))
        self.resolution_button.setToolTip(self.tr("State the chosen print's resolution (and finger): it is then "
                                                  "scored and searched against the watchlist"))  # fmt: skip
        self.resolution_button.clicked.connect(lambda: self.set_resolution())
        self.state = QLabel(self.tr("Choose or create a subject."))
        self.state.setWordWrap(True)
        relative_font(self.state, 1.2)
        self._has_device = False
        self._cutting: Item | None = None  # the item a ten-print card being cut goes to
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addWidget(QLabel(self.tr("Subject")))
        side.addWidget(self.subject_box)
        side.addWidget(new_subject)
        side.addWidget(QLabel(self.tr("Live-scan device")))
        side.addWidget(self.device_box)
        side.addWidget(self.device_troubles)
        side.addWidget(self.impression_box)
        side.addWidget(self.capture_button)
        side.addWidget(self.card_button)
        side.addWidget(self.file_button)
        side.addWidget(self.adjust_button)
        side.addWidget(self.resolution_button)
        side.addWidget(self.state)
        side.addStretch(1)
        # The controls scroll on a short screen; the finger boxes keep the room.
        side_scroll = self.side_scroll = QScrollArea()
        side_scroll.setWidget(panel)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._reveal_state = False  # keep the message in view as the panel is laid out again (_show_state_label)
        side_scroll.verticalScrollBar().rangeChanged.connect(lambda *_: self._reveal())
        side_scroll.verticalScrollBar().sliderPressed.connect(lambda: setattr(self, "_reveal_state", False))
        self._fit_side()
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, FingerBoxWidget] = {}
        for row, fingers in enumerate(ROWS):
            column = 0
            for finger in fingers:
                widget = FingerBoxWidget(finger)
                widget.clicked.connect(self.select)
                widget.condition_changed.connect(self.set_condition)
                span = 2 if finger in (13, 14) else 1
                grid.addWidget(widget, row, column, 1, span)
                column += span
                self.boxes[finger] = widget
            grid.setRowStretch(row, 1)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        self.grid_scroll = QScrollArea()  # all three rows (the slaps too) stay reachable on a 720-pixel screen
        self.grid_scroll.setWidget(grid_widget)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QHBoxLayout()
        body.addWidget(self.grid_scroll, 1)
        body.addWidget(side_scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        for key in range(10):
            QShortcut(QKeySequence(str(key)), self, lambda k=key: self.select(k or 10))
        QShortcut(QKeySequence("Space"), self, self.capture_selected)
        self.subjects: list[Subject] = []
        self.tenprint: ops.TenprintState | None = None
        self.restore_item_id: int | None = None  # after an unlock: the subject (its item) chosen before the lock
        self.last_resolution_dialog: ResolutionDialog | None = None
        self.selected = 1
        self.select(1)
        self._update_buttons()

    # --- data -----------------------------------------------------------------------------------------------

    def refresh(self, select_uuid: str | None = None, item: Item | None = None) -> None:
        """Subjects (all cases) and live-scan devices. ``item``: a person item whose prints are to be taken (the item
        card's Prints): it becomes the subject chosen, its subject record made on it if it has none. Otherwise the
        subject chosen stays, or the one chosen before a lock, or the window's current item when it is a person."""
        restore = self.restore_item_id
        keep = self.subject is not None and item is None and restore is None
        wanted = select_uuid or (self.subject.uuid if keep and self.subject is not None else None)
        current = item or self.current_item()

        def show(listed: ops.SubjectList) -> None:
            found = listed.subjects
            self.subjects = found
            self.subject_box.blockSignals(True)
            self.subject_box.clear()
            for subject in found:
                name = f" — {subject.claimed_name}" if subject.claimed_name else ""
                self.subject_box.addItem(f"{subject.reference} ({subject.item.case_name}){name}", subject.uuid)
            index = self.subject_box.findData(wanted) if wanted else -1
            if index < 0 and restore is not None:
                index = next((i for i, s in enumerate(found) if s.item.id == restore), -1)
                self.restore_item_id = None
            if index < 0 and listed.chosen is not None:  # the item given, or the window's current item: a person
                index = self.subject_box.findData(listed.chosen.uuid)
            self.subject_box.setCurrentIndex(max(0, index) if found else -1)
            self.subject_box.blockSignals(False)
            self.refresh_state()

        self.executor.submit(ops.subjects_for(current), show, self._error)
        self.executor.submit(ops.devices(), self._show_devices, self._error)

    def _show_devices(self, survey: DeviceSurvey) -> None:
        self.device_box.clear()
        for device in survey.devices:
            self.device_box.addItem(device.label, device.id)
            self.device_box.setItemData(self.device_box.count() - 1, device.source, SOURCE_ROLE)
        none_found = "" if survey.devices else self.tr(
            "No fingerprint scanner found. Plug one in, or import a ten-print card or a scan from a file.")  # fmt: skip
        self.device_troubles.show_troubles(survey.troubles, none_found)
        self._has_device = bool(survey.devices)
        self._update_buttons()
        if not survey.devices:
            self.device_box.addItem(self.tr("No scanner found"), None)

    @property
    def subject(self) -> Subject | None:
        uuid = self.subject_box.currentData()
        return next((s for s in self.subjects if s.uuid == uuid), None)

    def _update_buttons(self) -> None:
        """Capture needs a subject (and a device for live scan); each button names the subject it captures for."""
        item = self.banner.item
        tag = ltr(item.tag) if item is not None else ""
        self.capture_button.setEnabled(item is not None and self._has_device)
        self.card_button.setEnabled(item is not None and self._cutting is None)
        self.file_button.setEnabled(item is not None)
        self.capture_button.setText(self.tr("Capture finger for {} (Space)").format(tag) if item is not None
                                    else self.tr("Capture finger (choose a subject first)"))  # fmt: skip
        self.card_button.setText(self.tr("Import ten-print card for {}…").format(tag) if item is not None
                                 else self.tr("Import ten-print card…"))  # fmt: skip
        self._fit_side()

    def _fit_side(self) -> None:
        """The controls' column as wide as its widest button's text (at least 320 px): wider with larger text or a
        longer translation, so that no button is cut; the finger boxes take the rest."""
        panel = self.side_scroll.widget()
        layout = panel.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        widest = max((button.sizeHint().width() for button in panel.findChildren(QPushButton)), default=0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.side_scroll.setFixedWidth(max(320, widest + sides + bar + 4))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._fit_side)  # once the buttons took the new font
        super().changeEvent(event)

    def refresh_state(self) -> None:
        self.banner.follow()
        subject = self.subject
        if subject is None:
            self.tenprint = None
            for widget in self.boxes.values():
                widget.show_print(None, None)
            return
        self.executor.submit(ops.tenprint_state(subject.uuid), self._show_state, self._error)

    def _show_state(self, state: ops.TenprintState) -> None:
        self.tenprint = state
        for finger, widget in self.boxes.items():
            widget.show_print(state.boxes.get(finger), state.conditions.get(finger))
        self._update_adjust()
        if self.state.text() == self.tr("Choose or create a subject."):
            self.state.setText(self.summary(state))

    def summary(self, state: ops.TenprintState) -> str:
        """How complete the set is: taken, missing, and the prints to take again."""
        taken = [f for f in self.boxes if f in state.boxes]
        missing = [f for f in self.boxes if f not in state.boxes and f not in state.conditions]
        poor = [f for f, box in state.boxes.items() if box.record.light == "red"]
        text = self.tr("{}: {} of 14 impressions taken.").format(state.subject.reference, len(taken))
        if poor:
            text += " " + self.tr("Take again: {}.").format(", ".join(str(f) for f in sorted(poor)))
        if missing:
            text += " " + self.tr("Still to take: {}.").format(", ".join(str(f) for f in missing))
        return text

    def _update_adjust(self) -> None:
        record = self.boxes[self.selected].record
        cards = self.tenprint.cards if self.tenprint else {}
        self.adjust_button.setEnabled(record is not None and record.derived_from in cards)
        box = self.tenprint.boxes.get(self.selected) if self.tenprint else None
        self.resolution_button.setEnabled(box is not None and box.problem is None and record is not None
                                          and record.derived_from not in cards)  # a card's cut: measured  # fmt: skip

    # --- actions --------------------------------------------------------------------------------------------

    def select(self, finger: int) -> None:
        self.selected = finger
        for number, widget in self.boxes.items():
            widget.set_selected(number == finger)
        self._update_adjust()

    def new_subject(self, values: tuple[str, str, str, str, str, str] | None = None) -> NewSubjectDialog | None:
        current = self.current_item()
        # A person item with no subject record yet: its tag is the reference (the record is made on that item).
        person = current is not None and current.category == "person" and \
            all(s.item.id != current.id for s in self.subjects)  # fmt: skip
        dialog = NewSubjectDialog(self.case_names(), current.case_name if current else "", self,
                                  current.tag if current is not None and person else "")  # fmt: skip
        self.last_subject_dialog = dialog

        def create() -> None:
            case, reference = dialog.case.currentText().strip(), dialog.reference.text().strip()
            self.executor.submit(ops.add_subject(case, reference, dialog.name.text(), dialog.born.text(),
                                                   dialog.nationality.text(), dialog.notes.text()),
                                 self._subject_added, self._error)  # fmt: skip

        if values is not None:  # tests and scripts fill it in directly
            for widget, value in zip((dialog.reference, dialog.name, dialog.born, dialog.nationality, dialog.notes),
                                     values[1:], strict=True):  # fmt: skip
                widget.setText(value)
            dialog.case.setCurrentText(values[0])
            create()
            return None
        dialog.accepted.connect(create)
        dialog.open()
        return dialog

    def _subject_added(self, subject: Subject) -> None:
        self.state.setText(self.tr("Subject {} created.").format(subject.reference))
        self.refresh(subject.uuid)
        self.changed.emit()

    def capture_selected(self) -> None:
        subject, device = self.subject, self.device_box.currentData()
        if subject is None:
            self.state.setText(self.tr("Choose or create a subject first."))
            return
        if device is None:
            self.state.setText(self.tr("No fingerprint scanner found. Plug one in, or import a ten-print card or a "
                                       "scan from a file."))  # fmt: skip
            return
        finger = self.selected
        impression = int(self.impression_box.currentData())
        if finger in codes.SLAPS:
            impression = 0  # slaps and plain thumbs are plain impressions
        self.state.setText(self.tr("Capturing {}… keep the finger on the glass.").format(
            finger_name(finger)))  # fmt: skip
        source = self.device_box.currentData(SOURCE_ROLE)  # None: the registry finds it from the device id
        item = subject.item  # bound now: the print goes to this subject whatever is chosen meanwhile
        self.executor.submit(ops.live_scan(item, device, finger, impression, source),
                             lambda record: self._captured(record, item), self._error)  # fmt: skip

    def _captured(self, record: PrintRecord, item: Item | None = None) -> None:
        name = finger_name(record.finger_position)
        if item is not None:
            self.succeeded.emit(self.tr("{} added to {}").format(name, ltr(item.tag)))
        if record.undecodable:  # kept as evidence, but no use as a print: stay on the finger to take it again
            self.state.setText(self.tr("{}: kept, but it could not be decoded ({}). Take it again.").format(
                name, record.undecodable))  # fmt: skip
            self.state.setStyleSheet(red())
        elif record.needs_ppi:  # kept as evidence; not scored until someone who knows gives its resolution
            self.state.setText(self.tr("{}: kept, but its resolution is unknown (the file does not give a print's "
                                       "resolution), so it is not scored or searched. Set resolution… states "
                                       "it.").format(name))  # fmt: skip
            self.state.setStyleSheet(red())
            self._show_state_label()
        elif record.light == "red":
            self.state.setText(self.tr("{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press "
                                       "evenly.").format(name, record.nfiq2))  # fmt: skip
            self.state.setStyleSheet(red())
        else:
            score = record.nfiq2 if record.nfiq2 is not None else "—"
            self.state.setText(self.tr("{}: stored (NFIQ 2 {}).").format(name, score))
            self.state.setStyleSheet("")
            order = [f for row in ROWS for f in row]
            following = order[(order.index(record.finger_position) + 1) % len(order)]
            if item is None or (self.subject is not None and self.subject.item.id == item.id):
                self.select(following)  # a good print moves on to the next finger (of the same subject)
        self.refresh_state()
        self.changed.emit()

    def set_condition(self, finger: int, condition: object) -> None:
        subject = self.subject
        if subject is None:
            return
        marked = condition if isinstance(condition, str) else None
        self.executor.submit(ops.set_condition(subject.item, finger, marked), lambda _: self.refresh_state(),
                             self._error)  # fmt: skip

    def import_card(self, path: Path | None = None) -> None:
        """Store a ten-print card scan and cut it into its fourteen impressions, for the subject chosen now: bound
        here, the cutting (about ten seconds) keeps going to that subject whatever is chosen meanwhile, with its
        progress in the banner."""
        subject = self.subject
        if subject is None:
            self.state.setText(self.tr("Choose or create a subject first."))
            return
        if path is None:
            name = choose_open_file(self, "prints", self.tr("Ten-print card scan (500 ppi)"))
            if not name:
                return
            path = Path(name)
        item = self._cutting = subject.item
        tag = ltr(item.tag)
        self._update_buttons()
        self.state.setText(self.tr("Cutting the card into its fourteen impressions…"))
        self.banner.begin("card", self.tr("Ten-print card for {}: cutting it into its fourteen impressions…")
                          .format(tag), ops.CARD_STEPS)  # fmt: skip

        def step(value: object) -> None:
            if isinstance(value, tuple) and len(value) == 2:
                done, total = int(value[0]), int(value[1])
                self.banner.step("card", done, total, self.tr(
                    "Ten-print card for {}: {} of {} steps (cutting, then each impression scored and stored)…"
                ).format(tag, done, total))  # fmt: skip

        def over() -> None:
            self._cutting = None
            self.banner.end("card")
            self._update_buttons()

        def done(result: object) -> None:
            over()
            empty = getattr(result, "empty", [])
            cut = len(getattr(result, "prints", []))
            text = plural(self.tr("Card stored in {}; %n impression(s) cut.", "", cut), cut).format(tag)
            if empty:
                text += " " + self.tr("Empty boxes: {}.").format(", ".join(str(f) for f in empty))
            self.state.setText(text)
            self.state.setStyleSheet("")
            self.succeeded.emit(
                plural(self.tr("Ten-print card added to {}: %n impression(s) cut", "", cut), cut).format(tag)
            )
            self.refresh_state()
            self.changed.emit()

        def failed(error: FieldkitError) -> None:
            over()
            self._error(error)

        self.executor.submit(ops.import_card(item, path), done, failed, step)

    def add_file(self, path: Path | None = None, ppi: float | None = None) -> None:
        subject = self.subject
        if subject is None:
            self.state.setText(self.tr("Choose or create a subject first."))
            return
        if path is None:
            name = choose_open_file(self, "prints", self.tr("Fingerprint image"))
            if not name:
                return
            path = Path(name)
        impression = 3 if int(self.impression_box.currentData()) == 1 else 2
        item = subject.item  # bound now, as for a live scan

        def added(record: PrintRecord) -> None:
            self._captured(record, item)
            if record.needs_ppi and not record.undecodable:  # asked now, never assumed
                self.set_resolution(record)

        self.executor.submit(ops.add_print_file(item, path, self.selected, impression, ppi), added,
                             self._error)  # fmt: skip

    def set_resolution(self, record: PrintRecord | None = None) -> ResolutionDialog | None:
        """Ask the operator for a print's resolution (and finger): 500 ppi offered, nothing set until confirmed;
        then the print is scored, templated and searched (ops.correct_print, custody-logged)."""
        record = record or self.boxes[self.selected].record
        if record is None:
            return None
        dialog = ResolutionDialog(f"{finger_name(record.finger_position)} ({record.capture.original_name})",
                                  record.finger_position, self)  # fmt: skip
        if record.ppi is not None:
            dialog.ppi.setValue(round(record.ppi))
        capture_id = record.capture.id

        def confirmed() -> None:
            ppi, finger, reason = dialog.values
            self.state.setText(self.tr("Setting the resolution, then scoring and searching the print…"))
            self.state.setStyleSheet("")
            self.executor.submit(ops.correct_print(capture_id, ppi, finger, reason), self._corrected, self._error)

        dialog.accepted.connect(confirmed)
        dialog.open()
        self.last_resolution_dialog = dialog
        return dialog

    def _corrected(self, done: ops.PrintCorrected) -> None:
        record = done.record
        name = finger_name(record.finger_position)
        score = record.nfiq2 if record.nfiq2 is not None else "—"
        text = self.tr("{}: resolution {} ppi, NFIQ 2 {}.").format(name, f"{record.ppi or 0:g}", score)
        if done.watchlist == "searched":
            text += " " + (plural(self.tr("Searched against the watchlist: %n hit(s).", "", done.hits), done.hits)
                           if done.hits else self.tr("Searched against the watchlist: no hit."))  # fmt: skip
        elif done.watchlist in ("none", "expired"):
            text += " " + self.tr("Not searched: no usable watchlist.")
        elif done.watchlist == "failed":
            text += " " + self.tr("The watchlist search failed: {}").format(done.message)
        self.state.setText(text)
        self.state.setStyleSheet(red() if done.watchlist == "failed" else "")
        # What the status bar said of this print before (no template: resolution unknown) is not true any more.
        self.succeeded.emit(text)
        self.select(record.finger_position)
        self.refresh_state()
        self._show_state_label()
        self.changed.emit()

    def _show_state_label(self) -> None:
        """The message under the buttons in view, whole (the panel scrolls on a short screen): now, and again when
        the panel's height changes as the new text is laid out (a longer message grows the panel after this call)."""
        self._reveal_state = True
        QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        if not self._reveal_state:
            return
        bottom = self.state.geometry().bottom()
        self.side_scroll.ensureVisible(self.state.geometry().left(), bottom, 0, 4)  # its end first,
        self.side_scroll.ensureWidgetVisible(self.state, 0, 4)  # then its start (a message taller than the view)

    def adjust_cut(self) -> CardCutDialog | None:
        record = self.boxes[self.selected].record
        if record is None or record.derived_from is None or not self.tenprint:
            return None
        if record.derived_from not in self.tenprint.cards:
            return None  # a latent or a print from a file: there is no card box to adjust
        card_id = self.tenprint.cards[record.derived_from]
        finger = self.selected
        holder: list[CardCutDialog] = []

        def show(view: ops.CardView) -> None:
            dialog = CardCutDialog(view, finger, self)
            holder.append(dialog)
            dialog.accepted.connect(lambda: self.executor.submit(ops.recut(card_id, finger, dialog.box()),
                                                                 self._captured, self._error))  # fmt: skip
            dialog.open()
            self.last_cut_dialog = dialog

        self.executor.submit(ops.card_view(card_id, finger), show, self._error)
        return None

    def clear(self) -> None:
        """On lock: drop every decrypted print image."""
        self.tenprint = None
        self.subjects = []
        self.subject_box.clear()
        self.banner.follow()
        for widget in self.boxes.values():
            widget.show_print(None, None)

    def _error(self, error: FieldkitError) -> None:
        self.state.setText(error.message)
        self.state.setStyleSheet(red())
        self._show_state_label()
