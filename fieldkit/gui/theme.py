"""The window's look: a light theme (the default), a night theme (dim, red-shifted, low luminance: it keeps the
eyes adapted to the dark and shows little light to anyone watching), and a high-contrast theme (black, white and
yellow, for sunlight and weak eyes); and the size of text (100, 125 or 150 %).

Colours come from a QPalette on Qt's Fusion style (which follows the palette everywhere); the one style sheet sets
sizes and makes a checked button stand out, in the palette's colours. Text coloured for a meaning (muted, error,
ok) through ``tint()`` is coloured again when the theme changes. The choice is kept in QSettings and applied at
once to every open window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyleFactory, QWidget

from fieldkit.gui.icons import refresh_icons

THEMES = ("light", "night", "contrast")
FONT_SCALES = (100, 125, 150)
_BASE_POINT_SIZE = "fieldkit-base-point-size"

TOUCH = "fieldkit-touch"  # a button marked so (``touch()``) is a target for gloved or hurried hands


def sizes(font: QFont) -> str:
    """Sizes only (colours belong to the palette), from the text's height so that larger text makes taller controls:
    a style sheet's min-height overrides a widget's own minimum, so big buttons are marked (``touch()``) and get
    theirs here. Heights are of the contents, inside Fusion's frame and padding (about 8 px more)."""
    line = QFontMetrics(font).height()
    control, big, bar = max(28, line + 8), max(37, line + 16), max(40, line * 2 + 8)
    return f"""
QPushButton, QToolButton, QComboBox {{ min-height: {control}px; }}
QPushButton[{TOUCH}="true"], QToolButton[{TOUCH}="true"] {{ min-height: {big}px; }}
QToolBar QToolButton {{ min-width: 56px; min-height: {bar}px; padding: 2px 6px; }}
"""


def touch(widget: QWidget) -> QWidget:
    """Mark ``widget`` (a button) as a target for gloved or hurried hands: at least 44 px high, more with large text."""
    widget.setProperty(TOUCH, True)
    widget.setMinimumHeight(44)
    return widget


FONT_STEP = "fieldkit-font-step"  # a font relative to the window's: (factor, bold), see ``relative_font``


def relative_font(widget: QWidget, factor: float = 1.0, bold: bool | None = None) -> None:
    """Give ``widget`` the window's font times ``factor`` (bold if asked), and again whenever the text size changes
    (a font set on a widget otherwise stays at the size it had when it was set)."""
    widget.setProperty(FONT_STEP, (float(factor), bold))
    _refont(widget, QApplication.font())


def _refont(widget: QWidget, base: QFont) -> None:
    step = widget.property(FONT_STEP)
    if not isinstance(step, tuple | list) or len(step) != 2:
        return
    factor, bold = step
    font = QFont(widget.font())
    font.setPointSizeF(max(6.0, base.pointSizeF() * float(factor)))
    if bold is not None:
        font.setBold(bool(bold))
    widget.setFont(font)


# A chosen (checked) button must stand out in every theme, not only by Fusion's faint shade: the palette's highlight
# behind it, its text bold, and a thick frame in the window's text colour (colours still from the palette).
CHECKED = """
QPushButton:checked, QToolButton:checked {
    background-color: palette(highlight); color: palette(highlighted-text); font-weight: bold;
    border: 3px solid palette(window-text); border-radius: 4px; padding: 2px 6px;
}
"""

# The button with the keyboard focus must be seen at a glance in every theme (Fusion's dotted line is not): a 3-pixel
# frame in the theme's focus colour (COLOURS[theme]["focus"], carried by the palette's link-visited role so that a
# theme switch stays a palette change), after CHECKED so that a chosen button with the focus shows it too.
FOCUS_WIDTH = 3  # pixels
FOCUS = f"""
QPushButton:focus, QToolButton:focus {{
    border: {FOCUS_WIDTH}px solid palette(link-visited); border-radius: 4px; padding: 2px 6px;
}}
QPushButton:focus:!checked, QToolButton:focus:!checked {{ background-color: palette(button); }}
"""

# Fusion draws the frames of fields a shade darker than the window: on black that is no frame at all.
CONTRAST_FRAMES = """
QLineEdit, QComboBox, QSpinBox, QTextEdit, QPlainTextEdit, QListView, QTreeView, QTableView { border: 1px solid white; }
"""

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def settings() -> QSettings:
    """The window's own preferences (language, theme, text size): nothing about the store or its evidence."""
    return QSettings("fieldkit", "fieldkit")


def saved_appearance() -> tuple[str, int]:
    """The theme and text size chosen last (light, 100 % if none)."""
    stored = settings()
    name = str(stored.value("theme", "light"))
    try:
        scale = int(str(stored.value("font_scale", 100)))
    except ValueError:
        scale = 100
    return (name if name in THEMES else "light"), (scale if scale in FONT_SCALES else 100)


def save_appearance(name: str, font_scale: int) -> None:
    stored = settings()
    stored.setValue("theme", name)
    stored.setValue("font_scale", font_scale)


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def palette_for(name: str) -> QPalette:
    """The palette of theme ``name`` (light: Fusion's own)."""
    if name == "night":
        # Deep red-brown on near black: luminance kept low, nothing blue or white to spoil night vision.
        return _palette({
            Role.Window: "#140806", Role.WindowText: "#c8664a", Role.Base: "#0d0504", Role.AlternateBase: "#1c0c09",
            Role.Text: "#d2704f", Role.Button: "#241009", Role.ButtonText: "#c8664a", Role.BrightText: "#ff8a65",
            Role.Highlight: "#5c1a10", Role.HighlightedText: "#f0a080", Role.Link: "#d9825f",
            Role.ToolTipBase: "#241009", Role.ToolTipText: "#d2704f", Role.PlaceholderText: "#6e3526",
            Role.Light: "#3a1a12", Role.Midlight: "#2c130d", Role.Mid: "#1c0c09", Role.Dark: "#0a0403",
            Role.Shadow: "#000000", Role.LinkVisited: COLOURS["night"]["focus"],
        }, "#5a2c20")  # fmt: skip
    if name == "contrast":
        return _palette({
            Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#1a1a1a",
            Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffff00", Role.BrightText: "#ffff00",
            Role.Highlight: "#ffff00", Role.HighlightedText: "#000000", Role.Link: "#ffff00",
            Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#c0c0c0",
            Role.Light: "#ffffff", Role.Midlight: "#c0c0c0", Role.Mid: "#808080", Role.Dark: "#ffffff",
            Role.Shadow: "#ffffff", Role.LinkVisited: COLOURS["contrast"]["focus"],
        }, "#a0a0a0")  # fmt: skip
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    palette.setColor(Role.LinkVisited, QColor(COLOURS["light"]["focus"]))
    return palette


def is_dark() -> bool:
    """Whether the current palette is dark (for the few colours a widget picks itself: red, green)."""
    return QApplication.palette().color(Role.Window).lightness() < 128


# Colours a widget picks itself, for a meaning, in each theme: text ("error", "ok", "warning", "info", "muted",
# "similar"), and surfaces with the text that goes on them ("banner-warning" / "on-banner-warning"...). Night keeps
# everything dim and red-shifted (no bright surface anywhere); high contrast is black, white, yellow and pure
# colours. Every hard-coded colour of the window goes through here, so that each theme has its own.
COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "error": "#c62828", "ok": "#256b29", "warning": "#ef6c00", "info": "#1f5fa8", "muted": "#595959",
        "similar": "#9a5a00", "toast": "#2e7d32", "on-toast": "#ffffff",
        "banner-warning": "#fff3cd", "on-banner-warning": "#5c4400", "edge-warning": "#b26a00",
        "banner-info": "#e3f2fd", "on-banner-info": "#0d47a1", "edge-info": "#1565c0",
        "banner-error": "#f8d7da", "on-banner-error": "#58151c",
        "danger": "#b3261e", "on-danger": "#ffffff", "success": "#1b7f3b", "on-success": "#ffffff",
        "selected-frame": "#1565c0", "marker": "#e53935", "focus": "#1565c0",
        "quality-green": "#2e7d32", "quality-amber": "#b26a00", "quality-red": "#c62828", "quality-none": "#5f6b7a",
        "on-quality": "#ffffff", "tile": "#5f6b7a", "tile-other": "#44546a", "on-tile": "#ffffff",
        "badge-damaged": "#f0a000", "on-badge-damaged": "#1a1a1a", "badge-pending": "#6b6b6b",
        "on-badge-pending": "#ffffff", "screen": "#111111", "on-screen": "#dddddd",
    },
    "night": {
        "error": "#ff6e4a", "ok": "#b07a3a", "warning": "#d9825f", "info": "#c8664a", "muted": "#a87c56",
        "similar": "#d9825f", "toast": "#3a2410", "on-toast": "#e0a070",
        "banner-warning": "#2a1207", "on-banner-warning": "#e08a5a", "edge-warning": "#8a3a20",
        "banner-info": "#1c0c09", "on-banner-info": "#d2704f", "edge-info": "#6e3526",
        "banner-error": "#3a0e08", "on-banner-error": "#ff8a65",
        "danger": "#4a120a", "on-danger": "#ff8a65", "success": "#2e2208", "on-success": "#e0a070",
        "selected-frame": "#ff8a65", "marker": "#ff6e4a", "focus": "#ff8a65",
        "quality-green": "#3a3210", "quality-amber": "#4a2408", "quality-red": "#5c1a10", "quality-none": "#241009",
        "on-quality": "#e0a070", "tile": "#241009", "tile-other": "#1c0c09", "on-tile": "#c8664a",
        "badge-damaged": "#4a2408", "on-badge-damaged": "#f0a080", "badge-pending": "#241009",
        "on-badge-pending": "#c8664a", "screen": "#0a0403", "on-screen": "#c8664a",
    },
    "contrast": {
        "error": "#ff4040", "ok": "#40ff40", "warning": "#ffff00", "info": "#ffffff", "muted": "#ffffff",
        "similar": "#ffff00", "toast": "#006000", "on-toast": "#ffffff",
        "banner-warning": "#000000", "on-banner-warning": "#ffff00", "edge-warning": "#ffff00",
        "banner-info": "#000000", "on-banner-info": "#ffffff", "edge-info": "#ffffff",
        "banner-error": "#000000", "on-banner-error": "#ff4040",
        "danger": "#c00000", "on-danger": "#ffffff", "success": "#006000", "on-success": "#ffffff",
        "selected-frame": "#ffff00", "marker": "#ff4040", "focus": "#00ffff",
        "quality-green": "#006000", "quality-amber": "#ffff00", "quality-red": "#c00000", "quality-none": "#000000",
        "on-quality": "#ffffff", "tile": "#1a1a1a", "tile-other": "#000000", "on-tile": "#ffffff",
        "badge-damaged": "#ffff00", "on-badge-damaged": "#000000", "badge-pending": "#000000",
        "on-badge-pending": "#ffffff", "screen": "#000000", "on-screen": "#ffffff",
    },
}  # fmt: skip


def colour(meaning: str) -> str:
    """A colour for ``meaning`` (a key of ``COLOURS``: "error", "ok", "banner-warning"...) in the current theme."""
    table = COLOURS[current_theme()]
    return table.get(meaning, table["info"])


class _Colours(dict[str, str]):
    def __missing__(self, meaning: str) -> str:
        return colour(meaning)


THEMED = "fieldkit-themed"  # a widget's style sheet with {meaning} in place of its colours


def themed(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the style sheet ``sheet`` whose colours are written {meaning} (``{danger}``,
    ``{on-danger}``...), filled in for the current theme now and again whenever the theme changes. Braces of the
    style sheet itself are doubled ({{ }})."""
    widget.setProperty(THEMED, sheet)
    widget.setStyleSheet(sheet.format_map(_Colours()))


TINT = "fieldkit-tint"  # the meaning ("muted", "error", "ok"...) a widget's text colour stands for


def tint_style(meaning: str) -> str:
    """The style sheet for text of ``meaning`` in the current theme (bold for "error" and "ok")."""
    bold = " font-weight: bold;" if meaning in ("error", "ok") else ""
    return f"color: {colour(meaning)};{bold}"


def tint(widget: QWidget, meaning: str) -> None:
    """Colour ``widget``'s text for ``meaning`` in the current theme, and again whenever the theme changes."""
    widget.setProperty(TINT, meaning)
    widget.setStyleSheet(tint_style(meaning))


def _recolouring(before: str, after: str) -> dict[str, str]:
    """Each colour of theme ``before`` mapped to the same meaning's colour in theme ``after`` (the first meaning
    listed, where two meanings share a colour)."""
    mapping: dict[str, str] = {}
    for meaning, old in COLOURS[before].items():
        mapping.setdefault(old.lower(), COLOURS[after][meaning])
    return mapping


_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def retint(app: QApplication, before: str | None = None) -> None:
    """Colour again, in the current theme, every widget coloured by ``tint()`` or ``themed()``; and, coming from
    theme ``before``, every other widget whose style sheet was written with that theme's colours (a state colour
    set as a page showed it: "Saved", "failed"...), each colour replaced by the same meaning's in the new theme. So
    a theme change recolours the pages in place: nothing is made again."""
    mapping = _recolouring(before, current_theme()) if before in COLOURS and before != current_theme() else {}
    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            meaning = widget.property(TINT)
            sheet = widget.property(THEMED)
            if isinstance(meaning, str) and meaning:
                widget.setStyleSheet(tint_style(meaning))
            elif isinstance(sheet, str) and sheet:
                widget.setStyleSheet(sheet.format_map(_Colours()))
            elif mapping and (own := widget.styleSheet()) and "#" in own:
                recoloured = _HEX.sub(lambda found: mapping.get(found.group(0).lower(), found.group(0)), own)
                if recoloured != own:
                    widget.setStyleSheet(recoloured)


def _repolish_palette_rules(app: QApplication) -> None:
    """Polish again the widgets whose style sheet rules name palette colours (buttons: ``CHECKED``; a widget's own
    ``palette(...)``): Qt keeps those colours from when the widget was polished. The rest follow the new palette
    by themselves (style sheet propagation, see ``apply_theme``)."""
    style = app.style()
    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QAbstractButton) or "palette(" in widget.styleSheet():
                style.unpolish(widget)
                style.polish(widget)
                widget.update()


_FUSION = "fieldkit-fusion"  # set once the application runs on Fusion (under a style sheet, style() has no name)


def apply_theme(app: QApplication, name: str = "light", font_scale: int = 100) -> None:
    """Make ``name`` the look of every window at once, with text at ``font_scale`` percent of the usual size.

    Only what changed is applied: the style the first time only, the style sheet when it changes (text size, the
    high-contrast frames: every widget is polished again, the costly part), fonts when the size changes; a theme
    switch at the same size is a palette change, the buttons polished again and the widgets that set colours of
    their own recoloured in place (``retint``). No page is made again."""
    name = name if name in THEMES else "light"
    # Under a style sheet, Qt gives each widget it polishes a palette of its own, frozen: a new palette would then
    # need every widget polished again (2-4 s on a field laptop). With propagation, a widget whose rules set no
    # colour keeps following the application's palette, so a theme switch is a palette change.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    before = current_theme()  # light until a theme was applied
    style = app.style()
    on_fusion = style.name().lower() == "fusion" or (style.inherits("QStyleSheetStyle") and bool(app.property(_FUSION)))
    if not on_fusion:
        app.setStyle("Fusion")
    app.setProperty(_FUSION, True)
    base = app.property(_BASE_POINT_SIZE)
    if not base:
        base = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        app.setProperty(_BASE_POINT_SIZE, base)
    app.setProperty("fieldkit-theme", name)
    app.setProperty("fieldkit-font-scale", font_scale)
    app.setPalette(palette_for(name))
    font = app.font()
    font.setPointSizeF(float(base) * font_scale / 100)
    resized = font.pointSizeF() != app.font().pointSizeF()
    if resized and app.styleSheet():
        # Widgets already polished by a style sheet keep the font they had: take it off while the size changes.
        app.setStyleSheet("")
    if resized:
        app.setFont(font)
    sheet = sizes(font) + CHECKED + FOCUS + (CONTRAST_FRAMES if name == "contrast" else "")
    if sheet != app.styleSheet():
        app.setStyleSheet(sheet)  # every widget of every window polished again: the costly part
    elif before != name:
        _repolish_palette_rules(app)
    if resized:
        for top in app.topLevelWidgets():
            for widget in [top, *top.findChildren(QWidget)]:
                if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                    widget.setFont(QFont())  # inherit the new size again (Qt leaves some, e.g. in a stacked widget)
                _refont(widget, font)
    retint(app, before)
    refresh_icons()


def current_theme() -> str:
    app = QApplication.instance()
    theme = app.property("fieldkit-theme") if app is not None else None
    return str(theme) if theme in THEMES else "light"
