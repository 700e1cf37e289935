"""The fingerprint screens driven through their widgets (offscreen): a subject, live-scan capture with the quality
colour and the recapture prompt, a finger marked amputated, a ten-print card cut and one box re-cut by hand, a latent
calibrated by two clicks on its ruler; locking drops every print image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from fieldkit.biometrics import synthetic
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from tests.gui.steps import add_item, first_run
from tests.hostile_prints import FAKE_WSQ


def open_page(qtbot: QtBot, window: MainWindow) -> FingerprintsPage:
    return window.show_page(FingerprintsPage)


def test_tenprint_screen(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDKIT_SIMULATED_LIVESCAN", "1")
    first_run(qtbot, window)
    page = open_page(qtbot, window).tenprint
    qtbot.waitUntil(lambda: page.device_box.currentData() == "simulated", timeout=10_000)
    page.new_subject(("Op Falcon", "S-0042", "Abu Omar", "1990-05-01", "SYR", ""))
    qtbot.waitUntil(lambda: page.subject is not None and page.subject.reference == "S-0042", timeout=10_000)

    page.select(2)
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.capture_selected()
    qtbot.waitUntil(lambda: page.boxes[2].record is not None, timeout=10_000)
    assert "NFIQ 2" in page.boxes[2].quality.text() and "good" in page.boxes[2].quality.text()
    assert page.selected == 3  # a good print moves on to the next finger

    page.device_box.addItem("Simulated (blurred)", "simulated:blurred")
    page.device_box.setCurrentIndex(page.device_box.count() - 1)
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.capture_selected()
    assert "POOR" in page.state.text() and page.selected == 3  # stays on the finger to take it again
    qtbot.waitUntil(lambda: "take again" in page.boxes[3].quality.text(), timeout=10_000)

    page.boxes[5].condition.setCurrentIndex(page.boxes[5].condition.findData("amputated"))
    qtbot.waitUntil(lambda: page.tenprint is not None and page.tenprint.conditions == {5: "amputated"},
                    timeout=10_000)  # fmt: skip

    scan, _ = synthetic.tenprint_card()
    scan.save(tmp_path / "card.png", dpi=(500, 500))
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.import_card(tmp_path / "card.png")
    assert "14 impressions cut" in page.state.text()
    qtbot.waitUntil(lambda: all(page.boxes[f].record is not None for f in range(1, 15)), timeout=10_000)
    assert page.boxes[2].record is not None and page.boxes[2].record.impression_type == 3  # the latest print shows

    page.select(7)
    assert page.adjust_button.isEnabled()
    page.adjust_cut()
    qtbot.waitUntil(lambda: hasattr(page, "last_cut_dialog"), timeout=10_000)
    dialog = page.last_cut_dialog  # type: ignore[attr-defined, unused-ignore]  # set in a callback, undeclared
    x, y, _w, _h = dialog.box()
    for spin, value in zip(dialog.spins, (x - 20, y - 20, 460, 580), strict=True):
        spin.setValue(value)
    with qtbot.waitSignal(page.changed, timeout=60_000):
        dialog.accept()
    qtbot.waitUntil(lambda: page.boxes[7].record is not None
                    and page.boxes[7].record.capture.metadata["derivation"]["method"] == "manual",
                    timeout=10_000)  # fmt: skip

    page.select(6)  # a print file whose bytes cannot be decoded: kept, said so, and the finger stays selected
    (tmp_path / "fake.wsq").write_bytes(FAKE_WSQ)
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.add_file(tmp_path / "fake.wsq", ppi=500)
    assert "could not be decoded" in page.state.text() and page.selected == 6
    qtbot.waitUntil(lambda: page.boxes[6].picture.text() == "could not be decoded", timeout=10_000)
    assert "could not be decoded" in page.boxes[6].picture.toolTip()
    assert page.boxes[7].picture.pixmap() is not None and not page.boxes[7].picture.pixmap().isNull()

    page.select(8)  # a print file that does not give a resolution: kept, never scored at a guessed one
    synthetic.ridges(seed=8).save(tmp_path / "no-phys.png")
    with qtbot.waitSignal(page.changed, timeout=60_000):
        page.add_file(tmp_path / "no-phys.png")
    assert "resolution is unknown" in page.state.text() and "Set resolution" in page.state.text()
    assert "fieldkit" not in page.state.text() and page.selected == 8  # no command line in the window
    asked = page.last_resolution_dialog  # asked at once, 500 ppi offered; nothing set until confirmed
    assert asked is not None and asked.isVisible() and asked.ppi.value() == 500
    asked.reject()
    qtbot.waitUntil(lambda: page.boxes[8].quality.text() == "Resolution unknown", timeout=10_000)

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert all(widget.record is None and widget.picture.pixmap().isNull() for widget in page.boxes.values())


def test_latent_screen_calibrates_from_two_clicks(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-PISTOL")
    photo = Image.new("L", (2000, 1500), 230)
    photo.paste(synthetic.ridges(450, 560, seed=11), (700, 300))
    draw = ImageDraw.Draw(photo)
    for mm in range(0, 51, 10):  # a ruler at 20 px/mm (508 ppi)
        draw.line((200 + mm * 20, 1300, 200 + mm * 20, 1360), fill=0, width=3)
    photo.save(tmp_path / "lift.png")
    page = open_page(qtbot, window).latent
    page.open_photo(tmp_path / "lift.png")
    qtbot.waitUntil(lambda: page.path is not None, timeout=10_000)
    assert not page.store_button.isEnabled()
    page.mark(QPointF(200, 1330))
    page.mark(QPointF(1200, 1330))  # 50 mm apart
    page.distance.setValue(50)
    assert "508 ppi" in page.measure.text() and page.store_button.isEnabled()
    with qtbot.waitSignal(page.stored, timeout=20_000) as stored:
        page.store_latent()
    record = stored.args[0]
    assert record.ppi == 1000 and record.nfiq2 is None and record.impression_type == 6
    assert abs(record.capture.metadata["width"] - round(2000 * 1000 / 508)) <= 2
    page.mark(QPointF(10, 10))  # a third click starts the marking again
    assert len(page.points) == 1 and not page.store_button.isEnabled()


def test_no_scanner_is_told_in_plain_words_and_a_long_name_is_elided(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a scanner the page says what to do in plain words (no environment variable, no command); a device
    name too long for the side panel is elided, whole in the tooltip, and never widens the page."""
    monkeypatch.delenv("FIELDKIT_SIMULATED_LIVESCAN", raising=False)
    first_run(qtbot, window)
    page = window.show_page(FingerprintsPage).tenprint
    qtbot.waitUntil(lambda: page.device_box.count() > 0, timeout=10_000)
    shown = page.device_troubles.text()
    assert "No fingerprint scanner found. Plug one in, or import a ten-print card or a scan from a file." in shown
    assert "FIELDKIT_" not in shown and "=1" not in shown and "--" not in shown
    assert page.device_box.currentData() is None and not page.capture_button.isEnabled()
    name = "Integrated Biometrics Kojak ten-print live-scan scanner, serial 0123456789ABCDEF, USB 3.0 port 2"
    page.device_box.addItem(name, "long")
    page.device_box.setCurrentIndex(page.device_box.count() - 1)
    assert page.device_box.toolTip() == name
    assert page.device_box.minimumSizeHint().width() < 300 and page.device_box.sizeHint().width() < 400
