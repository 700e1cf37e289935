"""The window's look: a light theme (the default), a night theme (dim, red-shifted, low luminance: it keeps the
eyes adapted to the dark and shows little light to anyone watching), and a high-contrast theme (black, white and
yellow, for sunlight and weak eyes); and the size of text (100, 125 or 150 %).

Colours come from a QPalette on Qt's Fusion style (which follows the palette everywhere); the one style sheet sets
sizes and makes a checked button stand out, in the palette's colours. Text coloured for a meaning (muted, error,
ok) through ``tint()`` is coloured again when the theme changes. The choice is kept in QSettings and applied at
once to every open window.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from fieldkit.gui.icons import refresh_icons

THEMES = ("light", "night", "contrast")
FONT_SCALES = (100, 125, 150)
_BASE_POINT_SIZE = "fieldkit-base-point-size"

# Sizes only: colours belong to the palette. Buttons big enough for gloved or hurried hands.
SIZES = """
QPushButton, QToolButton, QComboBox { min-height: 28px; }
QToolBar QToolButton { min-width: 56px; min-height: 40px; padding: 2px 6px; }
"""

# A chosen (checked) button must stand out in every theme, not only by Fusion's faint shade: the palette's highlight
# behind it, its text bold, and a thick frame in the window's text colour (colours still from the palette).
CHECKED = """
QPushButton:checked, QToolButton:checked {
    background-color: palette(highlight); color: palette(highlighted-text); font-weight: bold;
    border: 3px solid palette(window-text); border-radius: 4px; padding: 2px 6px;
}
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
            Role.Shadow: "#000000",
        }, "#5a2c20")  # fmt: skip
    if name == "contrast":
        return _palette({
            Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#1a1a1a",
            Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffff00", Role.BrightText: "#ffff00",
            Role.Highlight: "#ffff00", Role.HighlightedText: "#000000", Role.Link: "#ffff00",
            Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#c0c0c0",
            Role.Light: "#ffffff", Role.Midlight: "#c0c0c0", Role.Mid: "#808080", Role.Dark: "#ffffff",
            Role.Shadow: "#ffffff",
        }, "#a0a0a0")  # fmt: skip
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def is_dark() -> bool:
    """Whether the current palette is dark (for the few colours a widget picks itself: red, green)."""
    return QApplication.palette().color(Role.Window).lightness() < 128


def colour(meaning: str) -> str:
    """A colour for ``meaning`` ("error", "ok", "warning", "info") that reads on the current theme."""
    app = QApplication.instance()
    theme = app.property("fieldkit-theme") if app is not None else None
    table = {
        "night": {"error": "#ff6e4a", "ok": "#b07a3a", "warning": "#d9825f", "info": "#c8664a",
                  "toast": "#3a2410", "on-toast": "#e0a070",
                  "muted": "#a87c56"},
        "contrast": {"error": "#ff4040", "ok": "#40ff40", "warning": "#ffff00", "info": "#ffffff",
                     "toast": "#006000", "on-toast": "#ffffff",
                     "muted": "#ffffff"},
    }.get(str(theme), {"error": "#c62828", "ok": "#256b29", "warning": "#ef6c00", "info": "#1f5fa8",
                       "toast": "#2e7d32", "on-toast": "#ffffff", "muted": "#595959"})  # fmt: skip
    return table.get(meaning, table["info"])


TINT = "fieldkit-tint"  # the meaning ("muted", "error", "ok"...) a widget's text colour stands for


def tint_style(meaning: str) -> str:
    """The style sheet for text of ``meaning`` in the current theme (bold for "error" and "ok")."""
    bold = " font-weight: bold;" if meaning in ("error", "ok") else ""
    return f"color: {colour(meaning)};{bold}"


def tint(widget: QWidget, meaning: str) -> None:
    """Colour ``widget``'s text for ``meaning`` in the current theme, and again whenever the theme changes."""
    widget.setProperty(TINT, meaning)
    widget.setStyleSheet(tint_style(meaning))


def retint(app: QApplication) -> None:
    """Colour again, in the current theme, every widget coloured by ``tint()``."""
    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            meaning = widget.property(TINT)
            if isinstance(meaning, str) and meaning:
                widget.setStyleSheet(tint_style(meaning))


def apply_theme(app: QApplication, name: str = "light", font_scale: int = 100) -> None:
    """Make ``name`` the look of every window at once, with text at ``font_scale`` percent of the usual size."""
    name = name if name in THEMES else "light"
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    base = app.property(_BASE_POINT_SIZE)
    if not base:
        base = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        app.setProperty(_BASE_POINT_SIZE, base)
    app.setProperty("fieldkit-theme", name)
    app.setProperty("fieldkit-font-scale", font_scale)
    app.setPalette(palette_for(name))
    font = app.font()
    font.setPointSizeF(float(base) * font_scale / 100)
    app.setFont(font)
    app.setStyleSheet(SIZES + CHECKED + (CONTRAST_FRAMES if name == "contrast" else ""))
    retint(app)
    refresh_icons()


def current_theme() -> str:
    app = QApplication.instance()
    theme = app.property("fieldkit-theme") if app is not None else None
    return str(theme) if theme in THEMES else "light"
