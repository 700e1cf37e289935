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
    QFileDialog,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.biometrics import codes, latent
from fieldkit.biometrics.prints import PrintRecord
from fieldkit.errors import FieldkitError
from fieldkit.gui.ops import fingerprints as ops
from fieldkit.gui.pages.fingerprints.widgets import finger_name, impression_name, pixmap_from
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Item


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
        self.distance.valueChanged.connect(lambda _: self.update_measure())
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
        self.update_measure()

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
        pen = QPen(QColor("#e53935"), max(2.0, 3 / max(self.view.transform().m11(), 0.01)))
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

        self.executor.submit(ops.add_latent(item, self.path, calibration, int(self.impression.currentData()),
                                              int(self.finger.currentData())), done, self._error)  # fmt: skip

    def clear(self) -> None:
        """On lock: drop the photo from memory."""
        self.scene.clear()
        self._marks, self.points, self.path = [], [], None

    def _error(self, error: FieldkitError) -> None:
        self.measure.setText(error.message)
