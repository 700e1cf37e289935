"""The window's capture tabs enumerate fieldkit.sources.registry: a plug-in installed next to fieldkit (a package and
its dist-info on sys.path, as pip leaves it) shows its scanner on the Scanner page and its live-scan device on the
Fingerprints page, and captures into the current item through them; a plug-in that fails, or a source that is not
available, is shown with why, and the page goes on working."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.gui.labels import ltr
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.scanner import SOURCE_ROLE, ScannerPage
from tests.conftest import use_sane_test_backend
from tests.gui.steps import add_item, first_run
from tests.samples import install_demo_plugins


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo plug-ins installed; SANE, if present, sees only its test backend's virtual scanners."""
    use_sane_test_backend(tmp_path, monkeypatch)
    monkeypatch.delenv("FIELDKIT_SIMULATED_LIVESCAN", raising=False)
    site = install_demo_plugins(tmp_path / "site")
    monkeypatch.syspath_prepend(str(site))  # also invalidates the import system's caches
    return site


def test_a_plugin_scanner_is_listed_and_scans_into_the_item(plugins: Path, qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-PLUG")
    page = window.show_page(ScannerPage)  # lists the devices when it is made
    qtbot.waitUntil(lambda: page.device.findData("demo:flat-2") >= 0 and page.scan_button.isEnabled(),
                    timeout=20_000)  # fmt: skip
    listed = [page.device.itemData(i) for i in range(page.device.count())]
    assert [device for device in listed if device.startswith("demo:")] == ["demo:feeder-1", "demo:flat-2"]
    assert all(device.startswith(("demo:", "test:")) for device in listed)  # the others: SANE's test backend
    assert page.device.itemText(page.device.findData("demo:feeder-1")) == "Demo feeder scanner (demo:feeder-1)"

    # The sources that list nothing say why, under the list, and do not stop the others.
    troubles = page.troubles.text().splitlines()
    assert not page.troubles.isHidden()
    assert any(line.startswith("broken (plug-in fieldkit-broken-source) failed: ") and "libdemo.so" in line
               for line in troubles)  # fmt: skip
    assert "flaky (plug-in fieldkit-demo-source) failed: RuntimeError: the USB bus reset" in troubles
    assert "wia (plug-in fieldkit-demo-source) is not available: WIA needs Windows and pywin32" in troubles
    assert not any("demo-livescan" in line for line in troubles)  # a live-scan device is not a scanner

    page.device.setCurrentIndex(page.device.findData("demo:flat-2"))
    with qtbot.waitSignal(page.devices_listed, timeout=20_000):
        page.refresh_devices()
    assert page.device.currentData() == "demo:flat-2"  # looking again keeps the scanner chosen
    page.preview()
    qtbot.waitUntil(lambda: not page.picture.pixmap().isNull(), timeout=10_000)
    assert page.picture.pixmap().width() > 0 and "not stored" in page.state.text()

    page.resolution.setValue(150)
    with qtbot.waitSignal(page.stored, timeout=20_000) as stored:
        page.scan()
    capture_id, new, pages = stored.args[0]
    assert new and pages == 1
    assert page.state.text() == f"Stored 1 page as capture #{capture_id} in {ltr('EV-PLUG')}"
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 1, timeout=10_000)
    capture = window.evidence_page.captures.capture_at(0)
    assert capture is not None and capture.id == capture_id
    assert (capture.kind, capture.media_type, capture.source) == ("document", "image/tiff", "demo:demo:flat-2")
    assert (capture.case_name, capture.item_tag) == ("Op", "EV-PLUG")
    assert capture.metadata["resolution_dpi"] == 150 and capture.captured_at == "2026-11-25T14:30:00Z"


def test_a_plugin_failing_while_scanning_says_so_and_the_page_goes_on(plugins: Path, qtbot: QtBot,
                                                                      window: MainWindow) -> None:  # fmt: skip
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-PLUG")
    page = window.show_page(ScannerPage)
    qtbot.waitUntil(lambda: page.device.findData("demo:flat-2") >= 0 and page.scan_button.isEnabled(),
                    timeout=20_000)  # fmt: skip
    page.device.addItem("Flaky", "flaky:1")  # a device the flaky plug-in would own: its acquire() raises
    page.device.setItemData(page.device.count() - 1, "flaky", SOURCE_ROLE)
    page.device.setCurrentIndex(page.device.count() - 1)
    page.scan()
    qtbot.waitUntil(lambda: "failed" in page.state.text(), timeout=10_000)
    assert "the capture source 'flaky' failed: RuntimeError: never" in page.state.text()
    assert page.scan_button.isEnabled()  # the other devices are still there to scan with
    assert window.evidence_page.captures.rowCount() == 0


def test_a_plugin_live_scan_device_captures_on_the_fingerprints_page(plugins: Path, qtbot: QtBot,
                                                                    window: MainWindow) -> None:  # fmt: skip
    first_run(qtbot, window)
    page = window.show_page(FingerprintsPage).tenprint
    qtbot.waitUntil(lambda: page.device_box.findData("demo-ls-1") >= 0, timeout=10_000)
    assert page.device_box.count() == 1 and not page.capture_button.isEnabled()  # a device, but no subject yet
    troubles = page.device_troubles.text().splitlines()
    assert not any(line.startswith("simulated") for line in troubles)  # for tests and training: no trouble
    assert "FIELDKIT_" not in page.device_troubles.text() and "=1" not in page.device_troubles.text()
    assert any(line.startswith("broken (plug-in fieldkit-broken-source) failed: ") for line in troubles)
    assert not any(line.startswith(("flaky ", "wia ")) for line in troubles)  # document sources: not here

    page.new_subject(("Op Falcon", "S-0077", "", "", "", ""))
    qtbot.waitUntil(lambda: page.subject is not None and page.subject.reference == "S-0077", timeout=10_000)
    assert page.capture_button.isEnabled() and "S-0077" in page.banner.text.text()
    page.select(4)
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.capture_selected()
    qtbot.waitUntil(lambda: page.boxes[4].record is not None, timeout=10_000)
    record = page.boxes[4].record
    assert record is not None and record.capture.source == "livescan:demo-ls-1"
    assert record.finger_position == 4 and record.ppi == 500
    assert record.capture.metadata["fingerprint"]["device"] == "Demo|LS-1|0001"
    assert not page.boxes[4].picture.pixmap().isNull()  # its thumbnail, from the one renderer
