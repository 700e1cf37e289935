"""Icons for buttons and toolbars, from the Material Design Icons font that qtawesome bundles (open licence, no
image files to keep), drawn in the palette's text colour so they follow the light, night and high-contrast themes.

Use names from qtawesome's ``mdi6`` set, e.g. ``icon("camera")``; see ``python -m qtawesome`` for the browser."""

from __future__ import annotations

from functools import cache

import qtawesome
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication


def icon(name: str) -> QIcon:
    """The Material Design icon ``name`` (without the ``mdi6.`` prefix) in the current palette's text colour."""
    app = QApplication.instance()
    colour = app.palette().color(QPalette.ColorRole.ButtonText).name() if isinstance(app, QApplication) else "#000000"
    return _icon(name, colour)


@cache
def _icon(name: str, colour: str) -> QIcon:
    made: QIcon = qtawesome.icon(f"mdi6.{name}", color=colour)
    return made
