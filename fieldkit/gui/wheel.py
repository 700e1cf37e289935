"""The mouse wheel scrolls the page, not the field under the pointer: a combo box or spin box takes the wheel only
once it has the focus (a click or Tab). Without this, scrolling the Settings page past "Text size" changed the text
size, the layout moved, and the next click landed on another button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARD = "fieldkit-wheel-guard"


class WheelGuard(QObject):
    """An application event filter: a combo box or spin box gets Strong (not Wheel) focus as it is polished, and a
    wheel turned over one that has no focus passes on to what holds it (a scroll area scrolls)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not give it the focus
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and isinstance(watched, QWidget):
            field = _unfocused_field(watched)
            if field is not None:
                scroll = _scroll_area_of(field)
                if scroll is None:  # not accepted: Qt offers the wheel to the parents in turn
                    event.ignore()
                    return True
                viewport = scroll.viewport()
                position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
                moved = QWheelEvent(position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                                    event.buttons(), event.modifiers(), event.phase(), event.inverted())  # fmt: skip
                QCoreApplication.sendEvent(viewport, moved)  # the page scrolls under the pointer, as anywhere else
                return True
        return False


def _unfocused_field(watched: QWidget) -> QWidget | None:
    """The combo box or spin box without the focus that ``watched`` is or is part of (a spin box's line edit)."""
    widget: QWidget | None = watched
    while widget is not None:
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            return None if widget.hasFocus() else widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _scroll_area_of(field: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose page holds ``field`` (None if it is on no scrolled page)."""
    widget = field.parentWidget()
    while widget is not None and not widget.isWindow():
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return parent
        widget = parent
    return None


def install_wheel_guard() -> WheelGuard | None:
    """Install the guard once on the application (again is a no-op); returns it."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    existing = app.findChild(WheelGuard, _GUARD)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)  # lives as long as the application
    guard.setObjectName(_GUARD)
    app.installEventFilter(guard)
    return guard
