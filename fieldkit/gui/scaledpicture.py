"""A picture that scales to the room the layout gives it, keeping its proportions, instead of asking for its own
size: a preview or a print never forces the window taller than a field laptop's screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ScaledPicture(QLabel):
    def __init__(self, minimum: QSize | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(minimum or QSize(120, 90))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._original = QPixmap()

    def set_picture(self, pixmap: QPixmap) -> None:
        self._original = pixmap
        self._fit()

    def clear(self) -> None:
        """Drop the picture (and the full-size copy kept for rescaling)."""
        self._original = QPixmap()
        super().clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._original.isNull():
            return
        room = self.size().expandedTo(self.minimumSize())
        self.setPixmap(self._original.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))  # fmt: skip
