"""Text at 150 %: every control grows with its text (nothing cut, nothing shorter), the item list's rows too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from tests.gui.steps import add_item, first_run


@pytest.fixture
def app_state(tmp_path: Path) -> Iterator[QApplication]:
    """The application's look, put back as it was after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    style, palette, font, sheet = app.style().name(), app.palette(), app.font(), app.styleSheet()
    properties = {name: app.property(name) for name in ("fieldkit-theme", "fieldkit-font-scale")}
    yield app
    app.setStyle(style)
    app.setPalette(palette)
    app.setFont(font)
    app.setStyleSheet(sheet)
    for name, value in properties.items():
        app.setProperty(name, value)
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)


def cut_buttons(page: QWidget) -> list[str]:
    """The visible buttons of ``page`` whose text does not fit: narrower or lower than they ask to be, or cut
    sideways by what holds them (a scroll area's edge)."""
    cut = []
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton) or not button.isVisibleTo(page) or not button.text():
            continue
        seen = button.visibleRegion().boundingRect()
        if seen.isEmpty():
            continue  # scrolled out of sight, up or down: reachable by scrolling
        hint = button.sizeHint()
        text_height = button.fontMetrics().height()
        if (hint.width() > button.width() or seen.width() < button.width() or button.height() < text_height + 8
                or hint.height() > button.height()):  # fmt: skip
            cut.append(f"{button.text()!r} {button.size().toTuple()} hint {hint.toTuple()} seen {seen.width()}")
    return cut


def test_at_150_percent_no_button_is_cut(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    window.resize(1280, 720)
    window.set_appearance("light", 150)
    qtbot.wait(50)
    for kind in (FingerprintsPage, EvidencePage):
        page = window.show_page(kind)
        qtbot.wait(50)
        print(kind.__name__, *cut_buttons(page), sep="\n  ")
        assert cut_buttons(page) == [], kind.__name__
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
