"""Translations and text direction for the window (English, French, Arabic right to left)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

# In a PyInstaller build the resources sit beside the program (sys._MEIPASS); in a checkout, at the top level.
RESOURCES = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent.parent)) / "resources"
_OURS = "fieldkit-translator"
_LATIN_FAMILY = "fieldkit-latin-family"
_LANGUAGE = "fieldkit-language"


def current_language() -> str:
    """The language the window speaks now: en, or the one of the fieldkit catalogue installed (fr, ar); what the
    HTML report it saves is written in."""
    app = QApplication.instance()
    said = app.property(_LANGUAGE) if app is not None else None
    return str(said) if said else "en"


def install_translations(app: QApplication, language: str | None = None) -> None:
    """Load fieldkit's and Qt's translations for the language, in place of the ones loaded before; Arabic turns
    the layout right-to-left (widgets made before follow the application's direction at once)."""
    for old in app.findChildren(QTranslator, _OURS):
        app.removeTranslator(old)
        old.deleteLater()
        old.setObjectName("")
    locale = QLocale(language) if language else QLocale.system()
    shown = "en"  # the source language, when fieldkit has no catalogue for the locale
    for name, folder in (("fieldkit", RESOURCES / "translations"),
                         ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):  # fmt: skip
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            translator.setObjectName(_OURS)
            app.installTranslator(translator)
            if name == "fieldkit":
                shown = Path(translator.filePath()).stem.removeprefix("fieldkit_")
        else:
            translator.deleteLater()
    app.setProperty(_LANGUAGE, shown)
    right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    if not app.property(_LATIN_FAMILY):
        app.setProperty(_LATIN_FAMILY, app.font().family())
    font = app.font()
    if right_to_left:
        # An Arabic Naskh face where one is installed (bootstrap installs Amiri); Qt falls back glyph by glyph.
        families = set(QFontDatabase.families())
        chosen = next((f for f in ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic") if f in families), None)
        if chosen:
            font.setFamily(chosen)
            font.setPointSizeF(max(font.pointSizeF(), 11))
            app.setFont(font)
    elif font.family() != app.property(_LATIN_FAMILY):
        font.setFamily(str(app.property(_LATIN_FAMILY)))
        app.setFont(font)
