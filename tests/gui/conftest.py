"""The main window on a fresh store folder, for the GUI tests (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit.config import TEST_KDF
from fieldkit.gui import hqwindow
from fieldkit.gui.i18n import install_translations
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.hq.trust import HQ


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    executor = StoreExecutor()
    main = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(main)
    main.resize(1280, 720)  # a field laptop's screen (the offscreen screen is 800x600)
    main.show()
    yield main
    executor.shutdown()


@pytest.fixture
def app_state(tmp_path: Path) -> Iterator[QApplication]:
    """The application's look, language, direction and saved preferences (in a folder of this test's), put back as
    they were after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    style, palette, font, sheet = app.style().name(), app.palette(), app.font(), app.styleSheet()
    properties = {name: app.property(name) for name in ("fieldkit-theme", "fieldkit-font-scale")}
    direction = app.layoutDirection()
    yield app
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    install_translations(app, "en")
    app.setLayoutDirection(direction)
    app.setStyle(style)
    app.setPalette(palette)
    app.setFont(font)
    app.setStyleSheet(sheet)
    for name, value in properties.items():
        app.setProperty(name, value)
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)


@pytest.fixture
def hq_private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """The HQ window's remembered folder goes to a file of this test, not the user's settings."""
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(hqwindow, "settings", lambda: ini)
    return ini


@pytest.fixture
def hq(tmp_path: Path) -> HQ:
    """A new HQ folder (its identity made with the real init)."""
    return HQ.init(tmp_path / "HQ", "Task Force North")
