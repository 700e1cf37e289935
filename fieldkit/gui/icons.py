"""Icons for buttons and toolbars, from the Material Design Icons font that qtawesome bundles (open licence, no
image files to keep), drawn in the palette's text colour so they follow the light, night and high-contrast themes.

Use names from qtawesome's ``mdi6`` set, e.g. ``icon("camera")``; see ``python -m qtawesome`` for the browser.
When the theme changes, ``refresh_icons()`` (called by ``theme.apply_theme``) redraws every icon made here that a
button, tool button, action or tab shows, in the new palette's colour: pages need do nothing for it."""

from __future__ import annotations

from functools import cache

import qtawesome
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

# Which icon name each QIcon made here draws (by cacheKey), and whether for a tab, so that a theme change can redraw
# it in its new colour.
_names: dict[int, tuple[str, bool]] = {}


def icon(name: str, colour: str | None = None) -> QIcon:
    """The Material Design icon ``name`` (without the ``mdi6.`` prefix) in the current palette's text colour (or in
    ``colour``, for an icon on a coloured background; such an icon is not redrawn on a theme change)."""
    if colour is not None:
        return _icon(name, colour)
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else None
    colour = palette.color(QPalette.ColorRole.ButtonText).name() if palette is not None else "#000000"
    # A checked button is drawn on the highlight colour (theme.CHECKED): its icon then takes the highlighted text's.
    checked = palette.color(QPalette.ColorRole.HighlightedText).name() if palette is not None else colour
    made = _icon(name, colour, checked)
    _names[made.cacheKey()] = (name, False)
    return made


def tab_icon(name: str) -> QIcon:
    """The icon ``name`` for a tab: in the text colour in both states. A tab bar draws its selected tab's icon in
    the "on" state, on the window's own colour, not on the highlight: ``icon()``'s checked colour (the highlighted
    text's: white in the light theme, black in high contrast) vanished there."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else None
    colour = palette.color(QPalette.ColorRole.WindowText).name() if palette is not None else "#000000"
    made = _icon(name, colour)
    _names[made.cacheKey()] = (name, True)
    return made


@cache
def _icon(name: str, colour: str, checked: str | None = None) -> QIcon:
    on = checked or colour
    made: QIcon = qtawesome.icon(
        f"mdi6.{name}", color=colour, color_active=colour, color_on=on, color_on_active=on, color_on_selected=on
    )
    return made


def refresh_icons() -> None:
    """Redraw, in the current palette's colour, every icon from ``icon()`` shown by a button, action or tab."""
    _icon.cache_clear()
    qtawesome.reset_cache()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    old = dict(_names)
    _names.clear()

    def again(current: QIcon) -> QIcon | None:
        made = old.get(current.cacheKey())
        if made is None or current.isNull():
            return None
        name, for_tab = made
        return tab_icon(name) if for_tab else icon(name)

    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QAbstractButton), *top.findChildren(QTabBar)]:
            if isinstance(widget, QAbstractButton) and (new := again(widget.icon())) is not None:
                widget.setIcon(new)
            if isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    if (new := again(widget.tabIcon(index))) is not None:
                        widget.setTabIcon(index, new)
        for action in top.findChildren(QAction):
            if (new := again(action.icon())) is not None:
                action.setIcon(new)
