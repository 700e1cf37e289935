"""Every page fits a 1280x720 field laptop: the main window's minimum size, whatever page was opened, stays within
the screen (toolbar and status bar included), and the status bar stays on screen at 1280x720. The dialogs of the
capture pages fit too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops.fingerprints import CardView
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.fingerprints.widgets import CardCutDialog, NewSubjectDialog
from tests.conftest import use_sane_test_backend
from tests.gui.steps import add_item, first_run

SCREEN = QSize(1280, 720)


def fits(size: QSize) -> bool:
    return size.width() <= SCREEN.width() and size.height() <= SCREEN.height()


def check_window(window: MainWindow, where: str) -> None:
    QApplication.processEvents()
    assert fits(window.minimumSizeHint()), f"{where}: minimum size hint {window.minimumSizeHint()}"
    assert fits(window.minimumSize()), f"{where}: minimum size {window.minimumSize()}"
    window.resize(SCREEN)
    QApplication.processEvents()
    assert fits(window.size()), f"{where}: {window.size()} at 1280x720"
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height(), f"{where}: the status bar is off-screen"


def test_every_page_fits_1280x720(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    use_sane_test_backend(tmp_path, monkeypatch)  # the Scanner page starts SANE: its test backend only
    first_run(qtbot, window)
    add_item(qtbot, window, "Raqqa-2026", "EV-0043")
    for tab in window._tabs:
        page = window.show_page(tab.kind)
        check_window(window, tab.title)
        if isinstance(page, FingerprintsPage):
            for index in range(page.tabs.count()):
                page.tabs.setCurrentIndex(index)
                check_window(window, f"{tab.title} / {page.tabs.tabText(index)}")


def test_the_capture_dialogs_fit_1280x720(qtbot: QtBot, tmp_path: Path) -> None:
    card = tmp_path / "card.png"
    Image.new("L", (1400, 1400), 240).save(card)  # a card scan as card_view sends it: up to 1400 pixels a side
    view = CardView(1, card.read_bytes(), 0.35, (100, 100, 400, 500))
    holder = QWidget()
    qtbot.addWidget(holder)
    dialogs = [CardCutDialog(view, 7, holder), NewSubjectDialog(["Op Falcon"], "Op Falcon", holder)]
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        assert fits(dialog.minimumSizeHint()) and fits(dialog.size()), f"{type(dialog).__name__}: {dialog.size()}"
        dialog.reject()
