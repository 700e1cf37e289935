"""The capture viewer: the photo or document page itself (zoom with the wheel or Ctrl +/-, pan by dragging; pages
turned and reordered as a view), with its EXIF, GPS, SHA-256 and look-alike photos beside it.
What it shows is a PNG rendered in the analysis sandbox, never the original decoded here; the image lives only in
this window's memory and goes with it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.geo import to_mgrs
from fieldkit.core.pages import PageView
from fieldkit.core.similar import Match
from fieldkit.errors import FieldkitError
from fieldkit.gui.ops import viewer as ops
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Capture


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
        mgrs = to_mgrs(gps.get("latitude"), gps.get("longitude"))
        if mgrs:
            lines.append(f"MGRS: {mgrs}")
    else:
        lines += ["", "GPS: none in the file"]
    lines += ["", "All metadata:", json.dumps(capture.metadata, indent=1, ensure_ascii=False, sort_keys=True)]
    return "\n".join(lines)


class CaptureViewer(QDialog):
    """One capture, page by page. Page order and rotation are a view: changing them records the view (custody-
    logged); the original's bytes and SHA-256 never change."""

    view_saved = Signal(object)

    def __init__(self, executor: StoreExecutor, capture: Capture, parent: QWidget | None = None,
                 similar: list[Match] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.executor = executor
        self.capture = capture
        self.setWindowTitle(capture.original_name)
        self.resize(1200, 760)
        self.scene = QGraphicsScene(self)
        self.view = _ZoomView()
        self.view.setScene(self.scene)
        self.status = QLabel(self.tr("Decrypting…"))
        self._similar = similar or []
        info = QPlainTextEdit(self._details(capture))
        info.setReadOnly(True)
        self.info = info
        info.setMaximumWidth(420)
        self.page_label = QLabel()
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.earlier_button = QPushButton(self.tr("Move earlier"))
        self.later_button = QPushButton(self.tr("Move later"))
        left_turn = QPushButton(self.tr("⟲ Turn left"))
        right_turn = QPushButton(self.tr("⟳ Turn right"))
        self.reset_button = QPushButton(self.tr("Original order"))
        self.previous_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button.clicked.connect(lambda: self.go(self.position + 1))
        self.earlier_button.clicked.connect(lambda: self.move_page(-1))
        self.later_button.clicked.connect(lambda: self.move_page(1))
        left_turn.clicked.connect(lambda: self.turn(-90))
        right_turn.clicked.connect(lambda: self.turn(90))
        self.reset_button.clicked.connect(self.reset_view)
        self.previous_button.setToolTip("Page Up")
        self.next_button.setToolTip("Page Down")
        self.earlier_button.setToolTip("Ctrl+Page Up")
        self.later_button.setToolTip("Ctrl+Page Down")
        left_turn.setToolTip("Ctrl+Shift+R")
        right_turn.setToolTip("Ctrl+R")
        controls = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button, self.earlier_button, self.later_button,
                       left_turn, right_turn, self.reset_button):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        self.view_note = QLabel(self.tr("Order and rotation are a view only: the original stays as acquired."))
        self.view_note.setStyleSheet("color: #555;")
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addLayout(controls)
        left.addWidget(self.view_note)
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(info)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.view.scale_by(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.view.scale_by(0.8))
        QShortcut(QKeySequence("Ctrl+0"), self, self.fit)
        QShortcut(QKeySequence("PgUp"), self, lambda: self.go(self.position - 1))
        QShortcut(QKeySequence("PgDown"), self, lambda: self.go(self.position + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.move_page(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.move_page(1))
        QShortcut(QKeySequence("Ctrl+R"), self, lambda: self.turn(90))
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, lambda: self.turn(-90))
        self.pixmap_item: QGraphicsPixmapItem | None = None
        self.position: int = 0
        self.pages: list[PageView] = [PageView(1)]
        self._update_controls()
        self.go(0)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def go(self, position: int) -> None:
        if not 0 <= position < self.page_count:
            return
        self.status.setText(self.tr("Decrypting…"))
        self.executor.submit(ops.viewer_page(self.capture.id, position), self._show, self._failed)

    def _details(self, capture: Capture) -> str:
        text = describe(capture)
        if self._similar:
            lines = [f"  #{m.capture_id} {m.case_name} / {m.item_tag}  {m.original_name}  ({m.distance})"
                     for m in self._similar]  # fmt: skip
            text = "\n".join([self.tr("Looks like (near-duplicate photos):"), *lines, "", text])
        return text

    def _show(self, page: ops.ViewerPage) -> None:
        if page.capture is not None and page.capture != self.capture:  # analysis finished since the grid loaded it
            self.capture = page.capture
            self.info.setPlainText(self._details(page.capture))
        self.pages, self.position = list(page.view), page.position
        self._update_controls()
        self.scene.clear()
        self.pixmap_item = None
        if page.image is None:
            no_preview = self.tr("No preview for this kind of file; its details are on the right.")
            unreadable = self.tr("This page cannot be displayed ({}); the original is kept unchanged.").format(
                page.reason or self.tr("it does not decode"))  # fmt: skip
            self.status.setText(no_preview if page.note == "no-preview" else unreadable)
            return
        image = QImage()  # a PNG rendered in the analysis sandbox, never the original's bytes
        if not image.loadFromData(page.image, "PNG"):  # type: ignore[arg-type]  # the stub says bytes, Qt str
            self.status.setText(self.tr("This image cannot be displayed; the original is kept unchanged."))
            return
        self.pixmap_item = self.scene.addPixmap(QPixmap.fromImage(image))
        self._apply_rotation()
        self.status.setText(self.tr("{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit").format(
            image.width(), image.height()))  # fmt: skip

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

    def turn(self, degrees: int) -> None:
        page = self.pages[self.position]
        pages = list(self.pages)
        pages[self.position] = PageView(page.source, (page.rotation + degrees) % 360)
        self._save(pages, self.position, rerender=False)

    def move_page(self, delta: int) -> None:
        target = self.position + delta
        if not 0 <= target < self.page_count:
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
        self.scene.clear()  # drop the decrypted image now, not whenever Python gets to it
        self.pixmap_item = None
        super().done(result)
