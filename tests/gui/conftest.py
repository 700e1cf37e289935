"""The main window on a fresh store folder, for the GUI tests (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.config import TEST_KDF
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.tasks import StoreExecutor


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    executor = StoreExecutor()
    main = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(main)
    main.resize(1280, 720)  # a field laptop's screen (the offscreen screen is 800x600)
    main.show()
    yield main
    executor.shutdown()
