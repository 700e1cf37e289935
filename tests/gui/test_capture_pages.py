"""The capture pages name where the next capture goes (the item banner), bind that item when an action starts, and
keep sending to it whatever the operator selects meanwhile: the confirmation names the bound item."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from fieldkit.biometrics import synthetic
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import ItemRole
from fieldkit.gui.pages.camera import CameraPage
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.scanner import ScannerPage
from fieldkit.models import Capture
from tests.conftest import use_sane_test_backend
from tests.gui.steps import PASS, add_item, first_run, unlock


@pytest.fixture
def sane(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Scanner page starts SANE, which reads its configuration once per process: its test backend, always."""
    use_sane_test_backend(tmp_path, monkeypatch)


def select(window: MainWindow, tag: str) -> None:
    """Select the item ``tag`` in the Evidence page's list, as a click would."""
    evidence = window.evidence_page
    for row in range(evidence.proxy.rowCount()):
        index = evidence.proxy.index(row, 0)
        item = evidence.proxy.data(index, ItemRole)
        if item is not None and item.tag == tag:
            evidence.item_list.setCurrentIndex(index)
            return
    raise AssertionError(f"no item {tag}")


def captures_of(qtbot: QtBot, window: MainWindow, tag: str) -> list[Capture]:
    box: list[list[Capture]] = []
    window.executor.submit(lambda context: context.need_store().captures(item=tag), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def two_items(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Raqqa-2026", "EV-0043")
    add_item(qtbot, window, "Raqqa-2026", "EV-0044")
    select(window, "EV-0043")


def test_the_banner_names_the_selected_item_and_follows_a_change(sane: None, qtbot: QtBot, window: MainWindow) -> None:
    two_items(qtbot, window)
    page = window.show_page(CameraPage)
    banner = page.banner
    qtbot.waitUntil(lambda: "EV-0043" in banner.text.text(), timeout=5_000)
    assert banner.text.text().startswith("Next capture goes to:") and "Raqqa-2026" in banner.text.text()
    assert banner.choose_button.isHidden()
    select(window, "EV-0044")
    qtbot.waitUntil(lambda: "EV-0044" in banner.text.text(), timeout=5_000)
    assert "EV-0044" in page.capture_button.text()
    scanner = window.show_page(ScannerPage)
    qtbot.waitUntil(lambda: "EV-0044" in scanner.banner.text.text(), timeout=5_000)


def test_with_no_item_capture_is_disabled_and_the_banner_leads_to_evidence(sane: None, qtbot: QtBot,
                                                                           window: MainWindow) -> None:  # fmt: skip
    first_run(qtbot, window)
    for kind in (CameraPage, ScannerPage):
        page = window.show_page(kind)
        assert isinstance(page, CameraPage | ScannerPage)
        banner = page.banner
        qtbot.waitUntil(lambda: "No item selected" in banner.text.text(), timeout=5_000)
        assert not page.banner.choose_button.isHidden()
    camera = window.show_page(CameraPage)
    assert not camera.capture_button.isEnabled()
    scanner = window.show_page(ScannerPage)
    assert not scanner.scan_button.isEnabled()
    fingerprints = window.show_page(FingerprintsPage)
    fingerprints.tabs.setCurrentWidget(fingerprints.latent)
    assert (
        not fingerprints.latent.store_button.isEnabled()
        and "No item selected" in fingerprints.latent.banner.text.text()
    )
    assert not fingerprints.tenprint.capture_button.isEnabled() and not fingerprints.tenprint.card_button.isEnabled()
    assert "No subject chosen" in fingerprints.tenprint.banner.text.text()
    scanner = window.show_page(ScannerPage)
    scanner.banner.choose_button.click()
    assert window.pages.currentWidget() is window.evidence_page
    assert isinstance(window.pages.currentWidget(), EvidencePage)


def test_a_scan_lands_in_the_item_it_started_for(sane_test: None, qtbot: QtBot, window: MainWindow) -> None:
    two_items(qtbot, window)
    page = window.show_page(ScannerPage)
    qtbot.waitUntil(lambda: page.device.findData("test:0") >= 0 and page.scan_button.isEnabled(), timeout=20_000)
    page.device.setCurrentIndex(page.device.findData("test:0"))
    page.resolution.setValue(75)
    page.source.setCurrentIndex(page.source.findData("flatbed"))
    assert "EV-0043" in page.scan_button.text()
    with qtbot.waitSignal(page.succeeded, timeout=30_000) as confirmed:
        page.scan()
        select(window, "EV-0044")  # the operator moves on while the scanner still runs
        page.banner.follow()
        assert "EV-0044" in page.banner.text.text()  # the next capture
        assert "Scanning into" in page.banner.activity.text() and "EV-0043" in page.banner.activity.text()
        assert page.banner.progress.isVisible() and not page.scan_button.isEnabled()
    assert "EV-0043" in confirmed.args[0] and "EV-0044" not in confirmed.args[0]
    assert len(captures_of(qtbot, window, "EV-0043")) == 1 and captures_of(qtbot, window, "EV-0044") == []
    assert not page.banner.progress.isVisible() and "EV-0044" in page.scan_button.text()


class FakeCapture:
    """QImageCapture's part the page uses: a request id for each capture asked."""

    def __init__(self) -> None:
        self.asked = 0

    def setResolution(self, size: object) -> None:
        pass

    def capture(self) -> int:
        self.asked += 1
        return self.asked


def test_a_photo_lands_in_the_item_selected_when_the_button_was_pressed(qtbot: QtBot, window: MainWindow) -> None:
    two_items(qtbot, window)
    page = window.show_page(CameraPage)
    qtbot.waitUntil(lambda: "EV-0043" in page.banner.text.text(), timeout=5_000)
    page._capture = FakeCapture()  # a camera whose frames the test hands in
    page.take_photo()  # Space pressed while EV-0043 is selected
    select(window, "EV-0044")  # ... and the selection moves before the camera delivers the frame
    frame = QImage(320, 240, QImage.Format.Format_RGB32)
    frame.fill(QColor(40, 120, 200))
    with qtbot.waitSignal(page.succeeded, timeout=10_000) as confirmed:
        page.frame_arrived(frame, 1)
    assert confirmed.args[0] == "Photo added to \u2066EV-0043\u2069"
    assert [c.kind for c in captures_of(qtbot, window, "EV-0043")] == ["photo"]
    assert captures_of(qtbot, window, "EV-0044") == []
    page.frame_arrived(frame, 7)  # a frame nobody asked for is not stored anywhere
    assert captures_of(qtbot, window, "EV-0044") == []


def test_card_cutting_shows_its_progress_for_the_bound_subject(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    first_run(qtbot, window)
    page = window.show_page(FingerprintsPage).tenprint
    page.new_subject(("Op Falcon", "S-0042", "", "", "", ""))
    qtbot.waitUntil(lambda: page.subject is not None and page.subject.reference == "S-0042", timeout=10_000)
    qtbot.waitUntil(lambda: "S-0042" in page.banner.text.text(), timeout=5_000)
    scan, _ = synthetic.tenprint_card()
    scan.save(tmp_path / "card.png", dpi=(500, 500))
    values: list[int] = []
    page.banner.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(page.succeeded, timeout=60_000) as confirmed:
        page.import_card(tmp_path / "card.png")
        assert page.banner.progress.isVisible() and page.banner.progress.maximum() == 16
        assert "S-0042" in page.banner.activity.text() and not page.card_button.isEnabled()
    assert "S-0042" in confirmed.args[0] and "14 impressions" in confirmed.args[0]
    assert values and max(values) == 16 and len(set(values)) > 3  # determinate: it moved step by step
    assert not page.banner.progress.isVisible() and page.card_button.isEnabled()


def test_an_auto_lock_with_a_photo_pending_misfiles_nothing_and_restores_the_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    two_items(qtbot, window)
    page = window.show_page(CameraPage)
    qtbot.waitUntil(lambda: "EV-0043" in page.banner.text.text(), timeout=5_000)
    page._capture = FakeCapture()
    page.take_photo()  # Space pressed for EV-0043; the camera has not delivered yet
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.auto_lock.timeout.emit()
    frame = QImage(320, 240, QImage.Format.Format_RGB32)
    frame.fill(QColor(200, 40, 40))
    page.frame_arrived(frame, 1)  # the frame comes in after the lock: the store is closed, nothing is kept of it
    with qtbot.waitSignal(window.restored, timeout=10_000):
        unlock(qtbot, window, window.lock_screen, PASS)
    assert window.page(CameraPage) is not None
    assert window.pages.currentWidget() is not window.evidence_page  # back on the Camera tab
    qtbot.waitUntil(lambda: (item := window.evidence_page.current_item()) is not None and item.tag == "EV-0043",
                    timeout=10_000)  # fmt: skip
    assert captures_of(qtbot, window, "EV-0043") == [] and captures_of(qtbot, window, "EV-0044") == []
