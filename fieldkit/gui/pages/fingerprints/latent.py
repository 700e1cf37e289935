"""The latent screen: a photo of a lifted print with a ruler beside it; two marks of the ruler clicked on the photo
and the distance between them typed calibrate it, and the print is stored resampled to 1000 ppi (the photo is kept
as the original)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.biometrics import codes, latent
from fieldkit.biometrics.prints import PrintRecord
from fieldkit.errors import FieldkitError
from fieldkit.gui.folders import choose_open_file
from fieldkit.gui.icons import icon
from fieldkit.gui.itembanner import ItemBanner
from fieldkit.gui.labels import finger_name, impression_name, ltr
from fieldkit.gui.ops import fingerprints as ops
from fieldkit.gui.pages.base import big_button
from fieldkit.gui.pages.fingerprints.widgets import pixmap_from
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour
from fieldkit.models import Item


class _RulerView(QGraphicsView):
    clicked = Signal(QPointF)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.mapToScene(event.position().toPoint()))


class LatentPage(QWidget):
    stored = Signal(object)
    succeeded = Signal(str)  # a confirmation naming the item ("Latent print added to EV-0043")

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 choose_item: Callable[[], object] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.executor = executor
        self.current_item = current_item
        self.banner = ItemBanner(current_item, choose_item)
        self.banner.target_changed.connect(lambda _: self.update_measure())
        self._storing: Item | None = None  # the item a latent being stored goes to
        self.scene = QGraphicsScene(self)
        self.view = _RulerView()
        self.view.setScene(self.scene)
        self.view.clicked.connect(self.mark)
        self.view.setMinimumSize(200, 150)
        open_button = big_button(self.tr("Open latent photo…"))
        open_button.setIcon(icon("folder-open"))
        open_button.clicked.connect(lambda: self.open_photo())
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.5, 500)
        self.distance.setValue(10.0)
        self.distance.setSuffix(" mm")
        self.distance.valueChanged.connect(lambda _: self.update_measure())
        self.impression = QComboBox()
        for code in codes.LATENT:
            self.impression.addItem(impression_name(code), code)
        self.impression.setCurrentIndex(self.impression.findData(6))
        self.finger = QComboBox()
        for code in range(0, 11):
            self.finger.addItem(finger_name(code), code)
        self.store_button = big_button(self.tr("Calibrate to 1000 ppi and store"))
        self.store_button.setIcon(icon("content-save"))
        self.store_button.clicked.connect(self.store_latent)
        self.measure = QLabel(self.tr("Open a photo, then click two marks of the ruler."))
        self.measure.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Distance between the marks"), self.distance)
        form.addRow(self.tr("Impression type"), self.impression)
        form.addRow(self.tr("Finger, if known"), self.finger)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addWidget(open_button)
        side.addLayout(form)
        side.addWidget(self.measure)
        side.addStretch(1)
        side.addWidget(self.store_button)
        scroll = QScrollArea()  # the form scrolls on a short screen rather than making the window taller
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(panel.sizeHint().width() + 20)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.path: Path | None = None
        self.scale = 1.0
        self.points: list[tuple[float, float]] = []
        self._marks: list[object] = []
        self.update_measure()

    def open_photo(self, path: Path | None = None) -> None:
        if path is None:
            name = choose_open_file(self, "latent", self.tr("Latent photo with a ruler"))
            if not name:
                return
            path = Path(name)

        def show(result: tuple[bytes, tuple[int, int], float]) -> None:
            data, _size, scale = result
            self.scene.clear()
            self._marks = []
            self.points = []
            pixmap = pixmap_from(data)
            if pixmap is None:
                self.measure.setText(self.tr("This photo cannot be shown."))
                return
            self.path, self.scale = path, scale
            self.scene.addPixmap(pixmap)
            self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.update_measure()

        self.executor.submit(ops.latent_photo(path), show, self._error)

    def mark(self, point: QPointF) -> None:
        """A click on the photo: the first and second ruler marks; a third click starts again."""
        if self.path is None:
            return
        if len(self.points) == 2:
            for item in self._marks:
                self.scene.removeItem(item)  # type: ignore[arg-type]
            self._marks, self.points = [], []
        self.points.append((point.x() / self.scale, point.y() / self.scale))
        pen = QPen(QColor(colour("marker")), max(2.0, 3 / max(self.view.transform().m11(), 0.01)))
        self._marks.append(self.scene.addEllipse(point.x() - 8, point.y() - 8, 16, 16, pen))
        if len(self.points) == 2:
            first = QPointF(self.points[0][0] * self.scale, self.points[0][1] * self.scale)
            self._marks.append(self.scene.addLine(first.x(), first.y(), point.x(), point.y(), pen))
        self.update_measure()

    def calibration(self) -> latent.Calibration | None:
        if len(self.points) != 2:
            return None
        return latent.Calibration(self.points[0], self.points[1], self.distance.value())

    def update_measure(self) -> None:
        calibration = self.calibration()
        item = self.banner.follow()
        self.store_button.setEnabled(calibration is not None and item is not None and self._storing is None)
        self.store_button.setText(
            self.tr("Calibrate to 1000 ppi and store in {}").format(ltr(item.tag))
            if item is not None
            else self.tr("Calibrate and store (choose an item first)")
        )
        if calibration is None:
            if self.path is not None:
                self.measure.setText(self.tr("Click mark {} of 2 on the ruler.").format(len(self.points) + 1))
            return
        self.measure.setText(self.tr("{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be "
                                     "resampled to 1000 ppi.").format(calibration.pixels, calibration.ppi))  # fmt: skip

    def store_latent(self) -> None:
        """Store the calibrated latent in the item selected now: bound here for every later step."""
        item, calibration = self.banner.follow(), self.calibration()
        if item is None or calibration is None or self.path is None:
            self.measure.setText(self.tr("Select the item the print was lifted from, and mark the ruler."))
            return
        tag = ltr(item.tag)
        self._storing = item
        self.banner.begin("latent", self.tr("Calibrating the latent and storing it in {}…").format(tag))
        self.update_measure()

        def over() -> None:
            self._storing = None
            self.banner.end("latent")
            self.update_measure()

        def done(record: PrintRecord) -> None:
            over()
            self.measure.setText(self.tr("Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the "
                                         "original.").format(tag, record.capture.metadata.get("width"),
                                                             record.capture.metadata.get("height")))  # fmt: skip
            self.succeeded.emit(self.tr("Latent print added to {}").format(tag))
            self.stored.emit(record)

        def failed(error: FieldkitError) -> None:
            over()
            self._error(error)

        self.executor.submit(ops.add_latent(item, self.path, calibration, int(self.impression.currentData()),
                                              int(self.finger.currentData())), done, failed)  # fmt: skip

    def clear(self) -> None:
        """On lock: drop the photo from memory."""
        self.scene.clear()
        self._marks, self.points, self.path = [], [], None

    def _error(self, error: FieldkitError) -> None:
        self.measure.setText(error.message)
