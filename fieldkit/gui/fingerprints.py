"""The fingerprint screens. Ten-print: a subject's ten finger boxes and four plain impressions, each with its image
and its quality colour, marks for amputated or bandaged fingers, capture from a live-scan device (keys 1-0 choose
the finger, Space captures; a poor print asks to be taken again, a good one moves on), a ten-print card cut
automatically and adjustable box by box. Latent: a photo with a ruler, two marks clicked on it, the distance typed,
calibrated to 1000 ppi. Every store, image and device call runs on the store thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QMouseEvent, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.biometrics import codes, latent
from fieldkit.biometrics.prints import PrintRecord
from fieldkit.biometrics.subjects import Subject
from fieldkit.errors import FieldkitError
from fieldkit.gui import biometric_jobs as bjobs
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Item

LIGHT_COLOURS = {"green": "#2e7d32", "amber": "#b26a00", "red": "#c62828", "none": "#5f6b7a"}
# Screen order: the card's rows (rolled right hand, rolled left hand, then the plain impressions as FD-249 has them).
ROWS = ((1, 2, 3, 4, 5), (6, 7, 8, 9, 10), (14, 12, 11, 13))


def finger_name(code: int) -> str:
    """FGP names for the screen, translated (literal strings so lupdate finds them)."""
    names = {
        0: QCoreApplication.translate("Fingers", "unknown finger"),
        1: QCoreApplication.translate("Fingers", "right thumb"),
        2: QCoreApplication.translate("Fingers", "right index"),
        3: QCoreApplication.translate("Fingers", "right middle"),
        4: QCoreApplication.translate("Fingers", "right ring"),
        5: QCoreApplication.translate("Fingers", "right little"),
        6: QCoreApplication.translate("Fingers", "left thumb"),
        7: QCoreApplication.translate("Fingers", "left index"),
        8: QCoreApplication.translate("Fingers", "left middle"),
        9: QCoreApplication.translate("Fingers", "left ring"),
        10: QCoreApplication.translate("Fingers", "left little"),
        11: QCoreApplication.translate("Fingers", "plain right thumb"),
        12: QCoreApplication.translate("Fingers", "plain left thumb"),
        13: QCoreApplication.translate("Fingers", "right four fingers (slap)"),
        14: QCoreApplication.translate("Fingers", "left four fingers (slap)"),
        15: QCoreApplication.translate("Fingers", "both thumbs"),
    }
    return names.get(code, codes.FINGER_NAMES.get(code, str(code)))


def impression_name(code: int) -> str:
    names = {
        4: QCoreApplication.translate("Fingers", "latent impression"),
        5: QCoreApplication.translate("Fingers", "latent tracing"),
        6: QCoreApplication.translate("Fingers", "latent photo"),
        7: QCoreApplication.translate("Fingers", "latent lift"),
    }
    return names.get(code, codes.IMPRESSION_NAMES.get(code, str(code)))


def _pixmap(data: bytes | None) -> QPixmap | None:
    if not data:
        return None
    image = QImage()
    return QPixmap.fromImage(image) if image.loadFromData(data) else None


class FingerBoxWidget(QFrame):
    clicked = Signal(int)
    condition_changed = Signal(int, object)

    def __init__(self, finger: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finger = finger
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.title = QLabel(f"{finger}  {finger_name(finger)}")
        self.picture = QLabel(self.tr("not taken"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(150 if finger not in (13, 14) else 300, 150)
        self.quality = QLabel("—")
        self.quality.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quality.setMinimumHeight(26)
        self.condition = QComboBox()
        self.condition.addItem(self.tr("present"), None)
        if finger in codes.SINGLE_FINGERS:
            self.condition.addItem(self.tr("amputated"), "amputated")
            self.condition.addItem(self.tr("bandaged"), "bandaged")
        else:
            self.condition.setVisible(False)
        self.condition.currentIndexChanged.connect(
            lambda _: self.condition_changed.emit(self.finger, self.condition.currentData())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.quality)
        layout.addWidget(self.condition)
        self.record: PrintRecord | None = None
        self.set_selected(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.finger)
        super().mousePressEvent(event)

    def set_selected(self, selected: bool) -> None:
        self.setStyleSheet("FingerBoxWidget { border: 3px solid #1565c0; }" if selected else "")

    def show_print(self, box: bjobs.FingerBox | None, condition: str | None) -> None:
        self.record = box.record if box else None
        pixmap = _pixmap(box.thumbnail) if box else None
        if pixmap is not None:
            self.picture.setPixmap(pixmap.scaled(self.picture.minimumSize(), Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.picture.clear()
            shown = {"amputated": self.tr("amputated"), "bandaged": self.tr("bandaged")}.get(condition or "")
            self.picture.setText(shown or self.tr("not taken"))
        if box is None:
            light, text = "none", "—"
        elif box.record.nfiq2 is None:
            light, text = "none", self.tr("no score")
        else:
            light = box.record.light
            label = {"green": self.tr("good"), "amber": self.tr("fair"), "red": self.tr("POOR: take again")}[light]
            text = f"NFIQ 2: {box.record.nfiq2} — {label}"
        self.quality.setText(text)
        self.quality.setStyleSheet(f"background: {LIGHT_COLOURS[light]}; color: white; font-weight: bold;")
        self.condition.blockSignals(True)
        self.condition.setCurrentIndex(max(0, self.condition.findData(condition)))
        self.condition.blockSignals(False)


class NewSubjectDialog(QDialog):
    def __init__(self, cases: list[str], current_case: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New subject"))
        self.case = QComboBox()
        self.case.setEditable(True)
        self.case.addItems(cases)
        self.case.setCurrentText(current_case)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. S-0001"))
        self.name = QLineEdit()
        self.born = QLineEdit()
        self.born.setPlaceholderText("YYYY-MM-DD")
        self.nationality = QLineEdit()
        self.nationality.setPlaceholderText(self.tr("three letters, e.g. SYR"))
        self.notes = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Name given (claimed)"), self.name)
        form.addRow(self.tr("Date of birth"), self.born)
        form.addRow(self.tr("Nationality"), self.nationality)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class _CardLabel(QLabel):
    """The card scan; dragging draws a new box."""

    drawn = Signal(QRectF)

    def __init__(self) -> None:
        super().__init__()
        self._start: QPointF | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self.drawn.emit(QRectF(self._start, event.position()).normalized())
        self._start = None


class CardCutDialog(QDialog):
    """Review and adjust the box a print was cut from: drag on the card or type the box in card pixels."""

    def __init__(self, view: bjobs.CardView, finger: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust the cut of finger {}").format(finger))
        self.view = view
        self.base = _pixmap(view.png) or QPixmap()
        self.picture = _CardLabel()
        self.picture.drawn.connect(self._drawn)
        self.spins = []
        form = QFormLayout()
        for name, value in zip(("x", "y", self.tr("width"), self.tr("height")), view.box or (0, 0, 400, 400),
                               strict=True):  # fmt: skip
            spin = QSpinBox()
            spin.setRange(0, 20_000)
            spin.setValue(value)
            spin.valueChanged.connect(lambda _: self._draw())
            form.addRow(name, spin)
            self.spins.append(spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(QLabel(self.tr("Drag on the card to draw the box.")))
        side.addStretch(1)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(side)
        self._draw()

    def box(self) -> tuple[int, int, int, int]:
        x, y, w, h = (spin.value() for spin in self.spins)
        return x, y, w, h

    def _drawn(self, rect: QRectF) -> None:
        scale = self.view.scale
        for spin, value in zip(self.spins, (rect.x(), rect.y(), rect.width(), rect.height()), strict=True):
            spin.blockSignals(True)
            spin.setValue(round(value / scale))
            spin.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        from PySide6.QtGui import QPainter

        shown = QPixmap(self.base)
        painter = QPainter(shown)
        painter.setPen(QPen(QColor("#1565c0"), 3))
        x, y, w, h = self.box()
        scale = self.view.scale
        painter.drawRect(QRectF(x * scale, y * scale, w * scale, h * scale))
        painter.end()
        self.picture.setPixmap(shown)


class TenprintPage(QWidget):
    changed = Signal()

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 case_names: Callable[[], list[str]]) -> None:  # fmt: skip
        super().__init__()
        self.executor = executor
        self.current_item = current_item
        self.case_names = case_names
        self.subject_box = QComboBox()
        self.subject_box.setMinimumWidth(260)
        self.subject_box.currentIndexChanged.connect(lambda _: self.refresh_state())
        new_subject = QPushButton(self.tr("New subject…"))
        new_subject.clicked.connect(lambda: self.new_subject())
        self.device_box = QComboBox()
        self.impression_box = QComboBox()
        self.impression_box.addItem(self.tr("rolled"), 1)
        self.impression_box.addItem(self.tr("plain"), 0)
        self.capture_button = QPushButton(self.tr("Capture finger (Space)"))
        self.capture_button.setMinimumHeight(44)
        self.capture_button.clicked.connect(self.capture_selected)
        card = QPushButton(self.tr("Import ten-print card…"))
        card.clicked.connect(lambda: self.import_card())
        from_file = QPushButton(self.tr("Add print from file…"))
        from_file.clicked.connect(lambda: self.add_file())
        self.adjust_button = QPushButton(self.tr("Adjust cut…"))
        self.adjust_button.clicked.connect(lambda: self.adjust_cut())
        self.state = QLabel(self.tr("Choose or create a subject."))
        self.state.setWordWrap(True)
        font = self.state.font()
        font.setPointSize(font.pointSize() + 3)
        self.state.setFont(font)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Subject")))
        top.addWidget(self.subject_box, 1)
        top.addWidget(new_subject)
        devices = QHBoxLayout()
        devices.addWidget(QLabel(self.tr("Live-scan device")))
        devices.addWidget(self.device_box, 1)
        devices.addWidget(self.impression_box)
        devices.addWidget(self.capture_button)
        devices.addWidget(card)
        devices.addWidget(from_file)
        devices.addWidget(self.adjust_button)
        grid = QGridLayout()
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(devices)
        layout.addWidget(self.state)
        layout.addLayout(grid, 1)
        for key in range(10):
            QShortcut(QKeySequence(str(key)), self, lambda k=key: self.select(k or 10))
        QShortcut(QKeySequence("Space"), self, self.capture_selected)
        self.subjects: list[Subject] = []
        self.tenprint: bjobs.TenprintState | None = None
        self.selected = 1
        self.select(1)

    # --- data -----------------------------------------------------------------------------------------------

    def refresh(self, select_uuid: str | None = None) -> None:
        """Subjects (all cases) and live-scan devices."""
        wanted = select_uuid or (self.subject.uuid if self.subject else None)
        current = self.current_item()

        def show(found: list[Subject]) -> None:
            self.subjects = found
            self.subject_box.blockSignals(True)
            self.subject_box.clear()
            for subject in found:
                name = f" — {subject.claimed_name}" if subject.claimed_name else ""
                self.subject_box.addItem(f"{subject.reference} ({subject.item.case_name}){name}", subject.uuid)
            index = self.subject_box.findData(wanted) if wanted else -1
            if index < 0 and current is not None:  # the window's current item is a person: show them
                index = next((i for i, s in enumerate(found) if s.item.id == current.id), -1)
            self.subject_box.setCurrentIndex(max(0, index) if found else -1)
            self.subject_box.blockSignals(False)
            self.refresh_state()

        self.executor.submit(bjobs.subjects_of(None), show, self._error)
        self.executor.submit(bjobs.devices, self._show_devices, self._error)

    def _show_devices(self, found: list[tuple[str, str]]) -> None:
        self.device_box.clear()
        for device_id, description in found:
            self.device_box.addItem(description, device_id)
        self.capture_button.setEnabled(bool(found))
        if not found:
            self.device_box.addItem(self.tr("No live-scan device: import a card or a print file"), None)

    @property
    def subject(self) -> Subject | None:
        uuid = self.subject_box.currentData()
        return next((s for s in self.subjects if s.uuid == uuid), None)

    def refresh_state(self) -> None:
        subject = self.subject
        if subject is None:
            self.tenprint = None
            for widget in self.boxes.values():
                widget.show_print(None, None)
            return
        self.executor.submit(bjobs.tenprint_state(subject.uuid), self._show_state, self._error)

    def _show_state(self, state: bjobs.TenprintState) -> None:
        self.tenprint = state
        for finger, widget in self.boxes.items():
            widget.show_print(state.boxes.get(finger), state.conditions.get(finger))
        self._update_adjust()
        if self.state.text() == self.tr("Choose or create a subject."):
            self.state.setText(self.summary(state))

    def summary(self, state: bjobs.TenprintState) -> str:
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

    # --- actions --------------------------------------------------------------------------------------------

    def select(self, finger: int) -> None:
        self.selected = finger
        for number, widget in self.boxes.items():
            widget.set_selected(number == finger)
        self._update_adjust()

    def new_subject(self, values: tuple[str, str, str, str, str, str] | None = None) -> NewSubjectDialog | None:
        current = self.current_item()
        dialog = NewSubjectDialog(self.case_names(), current.case_name if current else "", self)

        def create() -> None:
            case, reference = dialog.case.currentText().strip(), dialog.reference.text().strip()
            self.executor.submit(bjobs.add_subject(case, reference, dialog.name.text(), dialog.born.text(),
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
            self.state.setText(self.tr("No live-scan device is connected."))
            return
        finger = self.selected
        impression = int(self.impression_box.currentData())
        if finger in codes.SLAPS:
            impression = 0  # slaps and plain thumbs are plain impressions
        self.state.setText(self.tr("Capturing {}… keep the finger on the glass.").format(
            finger_name(finger)))  # fmt: skip
        self.executor.submit(bjobs.live_scan(subject.item, device, finger, impression), self._captured, self._error)

    def _captured(self, record: PrintRecord) -> None:
        name = finger_name(record.finger_position)
        if record.light == "red":
            self.state.setText(self.tr("{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press "
                                       "evenly.").format(name, record.nfiq2))  # fmt: skip
            self.state.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            score = record.nfiq2 if record.nfiq2 is not None else "—"
            self.state.setText(self.tr("{}: stored (NFIQ 2 {}).").format(name, score))
            self.state.setStyleSheet("")
            order = [f for row in ROWS for f in row]
            following = order[(order.index(record.finger_position) + 1) % len(order)]
            self.select(following)  # a good print moves on to the next finger
        self.refresh_state()
        self.changed.emit()

    def set_condition(self, finger: int, condition: object) -> None:
        subject = self.subject
        if subject is None:
            return
        marked = condition if isinstance(condition, str) else None
        self.executor.submit(bjobs.set_condition(subject.item, finger, marked), lambda _: self.refresh_state(),
                             self._error)  # fmt: skip

    def import_card(self, path: Path | None = None) -> None:
        subject = self.subject
        if subject is None:
            self.state.setText(self.tr("Choose or create a subject first."))
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Ten-print card scan (500 ppi)"))
            if not name:
                return
            path = Path(name)
        self.state.setText(self.tr("Cutting the card into its fourteen impressions…"))

        def done(result: object) -> None:
            empty = getattr(result, "empty", [])
            cut = len(getattr(result, "prints", []))
            text = self.tr("Card stored; {} impressions cut.").format(cut)
            if empty:
                text += " " + self.tr("Empty boxes: {}.").format(", ".join(str(f) for f in empty))
            self.state.setText(text)
            self.refresh_state()
            self.changed.emit()

        self.executor.submit(bjobs.import_card(subject.item, path), done, self._error)

    def add_file(self, path: Path | None = None, ppi: float | None = None) -> None:
        subject = self.subject
        if subject is None:
            self.state.setText(self.tr("Choose or create a subject first."))
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Fingerprint image"))
            if not name:
                return
            path = Path(name)
        impression = 3 if int(self.impression_box.currentData()) == 1 else 2
        self.executor.submit(bjobs.add_print_file(subject.item, path, self.selected, impression, ppi),
                             self._captured, self._error)  # fmt: skip

    def adjust_cut(self) -> CardCutDialog | None:
        record = self.boxes[self.selected].record
        if record is None or record.derived_from is None or not self.tenprint:
            return None
        if record.derived_from not in self.tenprint.cards:
            return None  # a latent or a print from a file: there is no card box to adjust
        card_id = self.tenprint.cards[record.derived_from]
        finger = self.selected
        holder: list[CardCutDialog] = []

        def show(view: bjobs.CardView) -> None:
            dialog = CardCutDialog(view, finger, self)
            holder.append(dialog)
            dialog.accepted.connect(lambda: self.executor.submit(bjobs.recut(card_id, finger, dialog.box()),
                                                                 self._captured, self._error))  # fmt: skip
            dialog.open()
            self.last_cut_dialog = dialog

        self.executor.submit(bjobs.card_view(card_id, finger), show, self._error)
        return None

    def _error(self, error: FieldkitError) -> None:
        self.state.setText(error.message)
        self.state.setStyleSheet("color: #c62828;")


class _RulerView(QGraphicsView):
    clicked = Signal(QPointF)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.mapToScene(event.position().toPoint()))


class LatentPage(QWidget):
    stored = Signal(object)

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None]) -> None:
        super().__init__()
        self.executor = executor
        self.current_item = current_item
        self.scene = QGraphicsScene(self)
        self.view = _RulerView()
        self.view.setScene(self.scene)
        self.view.clicked.connect(self.mark)
        open_button = QPushButton(self.tr("Open latent photo…"))
        open_button.clicked.connect(lambda: self.open_photo())
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.5, 500)
        self.distance.setValue(10.0)
        self.distance.setSuffix(" mm")
        self.distance.valueChanged.connect(lambda _: self._update())
        self.impression = QComboBox()
        for code in codes.LATENT:
            self.impression.addItem(impression_name(code), code)
        self.impression.setCurrentIndex(self.impression.findData(6))
        self.finger = QComboBox()
        for code in range(0, 11):
            self.finger.addItem(finger_name(code), code)
        self.store_button = QPushButton(self.tr("Calibrate to 1000 ppi and store"))
        self.store_button.setMinimumHeight(44)
        self.store_button.clicked.connect(self.store_latent)
        self.measure = QLabel(self.tr("Open a photo, then click two marks of the ruler."))
        self.measure.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Distance between the marks"), self.distance)
        form.addRow(self.tr("Impression type"), self.impression)
        form.addRow(self.tr("Finger, if known"), self.finger)
        side = QVBoxLayout()
        side.addWidget(open_button)
        side.addLayout(form)
        side.addWidget(self.measure)
        side.addStretch(1)
        side.addWidget(self.store_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)
        self.path: Path | None = None
        self.scale = 1.0
        self.points: list[tuple[float, float]] = []
        self._marks: list[object] = []
        self._update()

    def open_photo(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Latent photo with a ruler"))
            if not name:
                return
            path = Path(name)

        def show(result: tuple[bytes, tuple[int, int], float]) -> None:
            data, _size, scale = result
            self.scene.clear()
            self._marks = []
            self.points = []
            pixmap = _pixmap(data)
            if pixmap is None:
                self.measure.setText(self.tr("This photo cannot be shown."))
                return
            self.path, self.scale = path, scale
            self.scene.addPixmap(pixmap)
            self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._update()

        self.executor.submit(bjobs.latent_photo(path), show, self._error)

    def mark(self, point: QPointF) -> None:
        """A click on the photo: the first and second ruler marks; a third click starts again."""
        if self.path is None:
            return
        if len(self.points) == 2:
            for item in self._marks:
                self.scene.removeItem(item)  # type: ignore[arg-type]
            self._marks, self.points = [], []
        self.points.append((point.x() / self.scale, point.y() / self.scale))
        pen = QPen(QColor("#e53935"), max(2.0, 3 / max(self.view.transform().m11(), 0.01)))
        self._marks.append(self.scene.addEllipse(point.x() - 8, point.y() - 8, 16, 16, pen))
        if len(self.points) == 2:
            first = QPointF(self.points[0][0] * self.scale, self.points[0][1] * self.scale)
            self._marks.append(self.scene.addLine(first.x(), first.y(), point.x(), point.y(), pen))
        self._update()

    def calibration(self) -> latent.Calibration | None:
        if len(self.points) != 2:
            return None
        return latent.Calibration(self.points[0], self.points[1], self.distance.value())

    def _update(self) -> None:
        calibration = self.calibration()
        self.store_button.setEnabled(calibration is not None and self.current_item() is not None)
        if calibration is None:
            if self.path is not None:
                self.measure.setText(self.tr("Click mark {} of 2 on the ruler.").format(len(self.points) + 1))
            return
        self.measure.setText(self.tr("{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be "
                                     "resampled to 1000 ppi.").format(calibration.pixels, calibration.ppi))  # fmt: skip

    def store_latent(self) -> None:
        item, calibration = self.current_item(), self.calibration()
        if item is None or calibration is None or self.path is None:
            self.measure.setText(self.tr("Select the item the print was lifted from, and mark the ruler."))
            return

        def done(record: PrintRecord) -> None:
            self.measure.setText(self.tr("Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the "
                                         "original.").format(item.tag, record.capture.metadata.get("width"),
                                                             record.capture.metadata.get("height")))  # fmt: skip
            self.stored.emit(record)

        self.executor.submit(bjobs.add_latent(item, self.path, calibration, int(self.impression.currentData()),
                                              int(self.finger.currentData())), done, self._error)  # fmt: skip

    def _error(self, error: FieldkitError) -> None:
        self.measure.setText(error.message)


class FingerprintsPage(QTabWidget):
    changed = Signal()

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 case_names: Callable[[], list[str]]) -> None:  # fmt: skip
        super().__init__()
        self.tenprint = TenprintPage(executor, current_item, case_names)
        self.latent = LatentPage(executor, current_item)
        self.addTab(self.tenprint, self.tr("Ten-print"))
        self.addTab(self.latent, self.tr("Latent"))
        self.tenprint.changed.connect(self.changed)
        self.latent.stored.connect(lambda _: self.changed.emit())

    def refresh(self) -> None:
        self.tenprint.refresh()
        self.latent._update()

    def clear(self) -> None:
        """On lock: drop every decrypted print image and the latent photo from memory."""
        self.tenprint.tenprint = None
        self.tenprint.subjects = []
        self.tenprint.subject_box.clear()
        for widget in self.tenprint.boxes.values():
            widget.show_print(None, None)
        self.latent.scene.clear()
        self.latent._marks, self.latent.points, self.latent.path = [], [], None
