"""The Fingerprints page's side panel at 1366x768 (issue 17 fresh eyes): its messages ("kept, but its resolution is
unknown… Set resolution…", "Searched against the watchlist: …") are shown whole, scrolled into view, never cut at the
bottom; once the resolution is set, the status bar no longer says no template could be made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from fieldkit.biometrics import synthetic
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.fingerprints.tenprint import TenprintPage
from tests.gui.steps import first_run


def whole_in_view(page: TenprintPage) -> bool:
    """The message label is laid out tall enough for its wrapped text and lies inside the panel's viewport."""
    label, viewport = page.state, page.side_scroll.viewport()
    top_left = label.mapTo(viewport, QPoint(0, 0))
    shown = QRect(top_left, label.size())
    return label.height() >= label.heightForWidth(label.width()) and viewport.rect().contains(shown)


def test_the_side_panels_messages_are_whole_at_1366x768_and_a_stale_status_goes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1366, 768 - 32)
    first_run(qtbot, window)
    page = window.show_page(FingerprintsPage).tenprint
    page.new_subject(("Op Falcon", "S-0042", "Abu Omar", "1990-05-01", "SYR", ""))
    qtbot.waitUntil(lambda: page.subject is not None and page.subject.reference == "S-0042", timeout=10_000)
    page.select(8)
    synthetic.ridges(seed=8).save(tmp_path / "no-phys.png")
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.add_file(tmp_path / "no-phys.png")
    assert "resolution is unknown" in page.state.text()
    asked = page.last_resolution_dialog
    assert asked is not None
    asked.reject()
    qtbot.waitUntil(lambda: page.boxes[8].quality.text() == "Resolution unknown", timeout=10_000)
    qtbot.waitUntil(lambda: whole_in_view(page), timeout=5_000)
    window.statusBar().showMessage("No template could be made of 1 capture (they are kept): resolution unknown")

    again = page.set_resolution()
    assert again is not None
    again.reason.setText("scanner set to 500 ppi")
    said: list[str] = []  # the status bar when the print is corrected (before any later search says more)
    page.changed.connect(lambda: said.append(window.statusBar().currentMessage()))
    with qtbot.waitSignal(page.changed, timeout=120_000):
        again.accept()
    assert "resolution 500 ppi" in page.state.text() and "watchlist" in page.state.text()
    qtbot.waitUntil(lambda: whole_in_view(page), timeout=5_000)
    assert said and "No template could be made" not in said[-1] and "resolution 500 ppi" in said[-1]
    assert "No template could be made" not in window.statusBar().currentMessage()
