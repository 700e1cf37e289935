"""The pieces of the fingerprint screens: the finger names as the screen shows them, the box of one finger with its
image and quality colour, the New subject dialog, and the dialog that adjusts where a print was cut from a card."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.biometrics import codes
from fieldkit.biometrics.prints import PrintRecord
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.gui.labels import finger_name, keep_left_to_right
from fieldkit.gui.ops import fingerprints as ops
from fieldkit.gui.scaledpicture import ScaledPicture
from fieldkit.gui.theme import colour, themed

# The quality light as a colour meaning (theme.COLOURS): each theme has its own, dim ones at night.
LIGHT_COLOURS = {"green": "quality-green", "amber": "quality-amber", "red": "quality-red", "none": "quality-none"}
# Screen order: the card's rows (rolled right hand, rolled left hand, then the plain impressions as FD-249 has them).
ROWS = ((1, 2, 3, 4, 5), (6, 7, 8, 9, 10), (14, 12, 11, 13))


def pixmap_from(data: bytes | None) -> QPixmap | None:
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
        self.title.setWordWrap(True)
        # The print scales to the room the screen has (a 720-pixel screen shows all three rows): no fixed size.
        self.picture = ScaledPicture(QSize(96 if finger not in (13, 14) else 200, 72))
        self.picture.setText(self.tr("not taken"))
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
        themed(self, "FingerBoxWidget {{ border: 3px solid {selected-frame}; }}" if selected else "")

    def show_print(self, box: ops.FingerBox | None, condition: str | None) -> None:
        self.record = box.record if box else None
        pixmap = pixmap_from(box.thumbnail) if box else None
        if pixmap is not None:
            self.picture.set_picture(pixmap)
        else:
            self.picture.clear()
            shown = {"amputated": self.tr("amputated"), "bandaged": self.tr("bandaged")}.get(condition or "")
            if box is not None and box.problem:  # kept, but its bytes cannot be decoded: say so, not "not taken"
                shown = self.tr("could not be decoded")
            self.picture.setText(shown or self.tr("not taken"))
        self.picture.setToolTip((box.problem or "") if box is not None else "")
        if box is not None and box.record.needs_ppi and not box.problem:
            self.picture.setToolTip(self.tr("Resolution unknown: the file does not give a print's resolution. "
                                            "Choose this finger and press Set resolution…"))  # fmt: skip
        if box is None:
            light, text = "none", "—"
        elif box.record.needs_ppi and not box.problem:  # kept, but never scored at a guessed resolution
            light, text = "none", self.tr("Resolution unknown")
        elif box.record.nfiq2 is None:
            light, text = "none", self.tr("no score")
        else:
            light = box.record.light
            label = {"green": self.tr("good"), "amber": self.tr("fair"), "red": self.tr("POOR: take again")}[light]
            text = f"NFIQ 2: {box.record.nfiq2} — {label}"
        self.quality.setText(text)
        themed(self.quality, f"background: {{{LIGHT_COLOURS[light]}}}; color: {{on-quality}}; font-weight: bold;")
        self.condition.blockSignals(True)
        self.condition.setCurrentIndex(max(0, self.condition.findData(condition)))
        self.condition.blockSignals(False)


class NewSubjectDialog(QDialog):
    """A new subject's case, reference and claimed details; ``reference`` pre-filled with the tag of the person item
    it comes from (its record is made on that item, not on a second one)."""

    def __init__(self, cases: list[str], current_case: str, parent: QWidget | None = None,
                 reference: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("New subject"))
        self.case = QComboBox()
        self.case.setEditable(True)
        self.case.addItems(cases)
        self.case.setCurrentText(current_case)
        self.reference = QLineEdit(reference)
        self.reference.setPlaceholderText(self.tr("e.g. S-0001"))
        self.name = QLineEdit()
        self.born = QLineEdit()
        self.born.setPlaceholderText("YYYY-MM-DD")
        self.nationality = QLineEdit()
        self.nationality.setPlaceholderText(self.tr("three letters, e.g. SYR"))
        self.notes = QLineEdit()
        keep_left_to_right(self.reference, self.born)
        for field in (self.case, self.reference, self.name, self.born, self.nationality, self.notes):
            field.setMinimumWidth(320)  # the hints in the fields are read whole, not cut
            field.setMinimumHeight(36)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Name given (claimed)"), self.name)
        form.addRow(self.tr("Date of birth"), self.born)
        form.addRow(self.tr("Nationality"), self.nationality)
        form.addRow(self.tr("Notes"), self.notes)
        hint = QLabel(self.tr("Only the case and the reference are needed; the rest can be added later."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())


class ResolutionDialog(QDialog):
    """The resolution (and finger) of a print whose file does not give a plausible one, stated by the operator. The
    usual 500 ppi of a ten-print is offered, never assumed: nothing happens until the operator confirms, because a
    wrong resolution makes every ridge the wrong size and every comparison wrong (docs/fingerprints.md)."""

    def __init__(self, name: str, finger: int, parent: QWidget | None = None, *, usual: int = codes.TENPRINT_PPI,
                 ask_finger: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolution of the print"))
        low, high = FINGERPRINT_LIMITS.print_ppi_range
        question = QLabel(self.tr(
            "The file of {} does not give a print's resolution. A wrong one makes every ridge the wrong size: state it "
            "only if you know it (the scanner's setting, or the scale on the card). Ten-print scanners and cards are "
            "usually 500 ppi, latent photos 1000 ppi. Until it is set, the print is kept but not scored or searched."
        ).format(name))  # fmt: skip
        question.setWordWrap(True)
        self.ppi = QSpinBox()
        self.ppi.setRange(low, high)
        self.ppi.setValue(usual)
        self.ppi.setSuffix(" ppi")
        self.ppi.setMinimumHeight(36)
        self.finger = QComboBox()
        self.finger.setMinimumHeight(36)
        for code in (*codes.SINGLE_FINGERS, 11, 12, 13, 14):
            self.finger.addItem(f"{code}  {finger_name(code)}", code)
        self.finger.setCurrentIndex(max(0, self.finger.findData(finger)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("how you know it, e.g. scanner set to 500 ppi"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Resolution"), self.ppi)
        if ask_finger:
            form.addRow(self.tr("Finger"), self.finger)
        else:
            self.finger.hide()
        form.addRow(self.tr("How it is known"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Confirm resolution"))
        self.ok.setAutoDefault(False)  # Enter does not confirm a value the operator has not looked at
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    @property
    def values(self) -> tuple[float, int, str]:
        """(ppi, finger, reason) as the operator confirmed them."""
        return float(self.ppi.value()), int(self.finger.currentData()), self.reason.text().strip()


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

    def __init__(self, view: ops.CardView, finger: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust the cut of finger {}").format(finger))
        self.view = view
        self.base = pixmap_from(view.png) or QPixmap()
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
        self.card_scroll = QScrollArea()  # the card scrolls: the dialog fits 1280x720
        self.card_scroll.setWidget(self.picture)
        self.card_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.addWidget(self.card_scroll, 1)
        layout.addLayout(side)
        self._draw()
        self.resize(min(1200, self.base.width() + 260), min(640, self.base.height() + 40))

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
        shown = QPixmap(self.base)
        painter = QPainter(shown)
        painter.setPen(QPen(QColor(colour("selected-frame")), 3))
        x, y, w, h = self.box()
        scale = self.view.scale
        painter.drawRect(QRectF(x * scale, y * scale, w * scale, h * scale))
        painter.end()
        self.picture.setPixmap(shown)
        self.picture.adjustSize()
