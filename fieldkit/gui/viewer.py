"""The capture viewer: the photo itself (zoom with the wheel or Ctrl +/-, pan by dragging), with its EXIF, GPS and
SHA-256 beside it. The decrypted image lives only in this window's memory and goes with it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.models import Capture
from fieldkit.errors import FieldkitError
from fieldkit.gui import jobs
from fieldkit.gui.tasks import StoreExecutor


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


def describe(capture: Capture) -> str:
    exif = capture.metadata.get("exif", {}) if isinstance(capture.metadata.get("exif"), dict) else {}
    gps = exif.get("gps", {}) if isinstance(exif.get("gps"), dict) else {}
    lines = [
        capture.original_name,
        "",
        f"SHA-256: {capture.sha256}",
        f"Size: {capture.size} bytes ({capture.media_type})",
        f"Captured: {capture.captured_at or '-'}",
        f"Imported: {capture.imported_at} by {capture.operator}",
        f"Case / item: {capture.case_name} / {capture.item_tag}",
        "",
        f"Camera: {exif.get('make', '-')} {exif.get('model', '')}".rstrip(),
        f"Serial: {exif.get('body_serial_number', '-')}",
        f"Orientation: {exif.get('orientation', '-')}",
    ]
    if gps:
        lines += ["", f"GPS: {gps.get('latitude')}, {gps.get('longitude')}",
                  f"Altitude: {gps.get('altitude_m', '-')} m", f"Datum: {gps.get('datum', '-')}"]  # fmt: skip
        from fieldkit.core.geo import to_mgrs

        mgrs = to_mgrs(gps.get("latitude"), gps.get("longitude"))
        if mgrs:
            lines.append(f"MGRS: {mgrs}")
    else:
        lines += ["", "GPS: none in the file"]
    lines += ["", "All metadata:", json.dumps(capture.metadata, indent=1, ensure_ascii=False, sort_keys=True)]
    return "\n".join(lines)


class CaptureViewer(QDialog):
    def __init__(self, executor: StoreExecutor, capture: Capture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(capture.original_name)
        self.resize(1200, 720)
        self.scene = QGraphicsScene(self)
        self.view = _ZoomView()
        self.view.setScene(self.scene)
        self.status = QLabel(self.tr("Decrypting…"))
        info = QPlainTextEdit(describe(capture))
        info.setReadOnly(True)
        info.setMaximumWidth(420)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(info)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.view.scale_by(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.view.scale_by(0.8))
        QShortcut(QKeySequence("Ctrl+0"), self, self.fit)
        self.pixmap_item: QGraphicsPixmapItem | None = None
        executor.submit(jobs.original_image(capture.id), self._show, self._failed)

    def _show(self, data: bytes | None) -> None:
        if data is None:
            self.status.setText(self.tr("No preview for this kind of file; its details are on the right."))
            return
        image = QImage()
        if not image.loadFromData(data):
            self.status.setText(self.tr("This image cannot be displayed; the original is kept unchanged."))
            return
        self.pixmap_item = self.scene.addPixmap(QPixmap.fromImage(image))
        self.status.setText(self.tr("{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit").format(
            image.width(), image.height()))  # fmt: skip
        self.fit()

    def fit(self) -> None:
        if self.pixmap_item is not None:
            self.view.resetTransform()
            self.view.zoom = 1.0
            self.view.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def _failed(self, error: FieldkitError) -> None:
        self.status.setText(error.message)

    def done(self, result: int) -> None:
        self.scene.clear()  # drop the decrypted image now, not whenever Python gets to it
        self.pixmap_item = None
        super().done(result)
