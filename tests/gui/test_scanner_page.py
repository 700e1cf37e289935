"""The Scanner page drives SANE's `test` backend: a 10-page feeder batch becomes one document of the current item."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.scanner import ScannerPage
from tests.gui.steps import PASS, add_item, first_run, unlock


def test_scanner_page_scans_a_feeder_batch_into_the_item(sane_test: None, qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-SCAN")
    page = window.show_page(ScannerPage)
    qtbot.waitUntil(lambda: page.device.count() > 0, timeout=20_000)
    page.device.setCurrentIndex(page.device.findData("test:0"))
    page.resolution.setValue(75)
    page.source.setCurrentIndex(page.source.findData("feeder"))
    with qtbot.waitSignal(page.stored, timeout=30_000) as stored:
        page.scan()
    assert stored.args[0][2] == 10
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 1, timeout=10_000)
    capture = window.evidence_page.captures.capture_at(0)
    assert capture is not None and capture.metadata["page_count"] == 10
    page.source.setCurrentIndex(page.source.findData("flatbed"))
    page.preview()
    qtbot.waitUntil(lambda: not page.picture.pixmap().isNull(), timeout=30_000)

    dialog = window.lock()  # the previewed page is evidence: it leaves the screen, and nothing can be scanned
    assert page.picture.pixmap().isNull() and not page.scan_button.isEnabled() and not page.preview_button.isEnabled()
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=20_000):
        unlock(qtbot, window, dialog, PASS)
    # Scan comes back once the banner shows the item selected again (it follows the Evidence page's selection).
    qtbot.waitUntil(lambda: page.scan_button.isEnabled() and page.preview_button.isEnabled(), timeout=5_000)
    assert "EV-SCAN" in page.banner.text.text() and "EV-SCAN" in page.scan_button.text()
