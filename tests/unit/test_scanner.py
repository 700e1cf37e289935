"""Scanning through SANE's `test` backend: one page, and a 10-page feeder batch, each become one document capture
with its pages intact and in order."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageSequence

from fieldkit.cli.main import main
from fieldkit.sources import sources
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE

pytest.importorskip("sane")
TEST_CONF = Path("/etc/sane.d/test.conf")
pytestmark = pytest.mark.skipif(not TEST_CONF.exists(), reason="SANE's test backend is not installed")


@pytest.fixture
def sane_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    shutil.copy(TEST_CONF, folder / "test.conf")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))


def test_the_scanner_source_is_registered_like_a_plugin(sane_test: None) -> None:
    source = sources()["sane"]()
    assert any(device.id == "test:0" for device in source.devices())


def frames(data: bytes) -> list[Image.Image]:
    with Image.open(io.BytesIO(data)) as image:
        return [frame.copy() for frame in ImageSequence.Iterator(image)]


@pytest.mark.parametrize(("source", "pages"), [("flatbed", 1), ("feeder", 10)])
def test_scan_into_one_document_capture(
    sane_test: None,
    closed_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    source: str,
    pages: int,
) -> None:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["scan", "--device", "test:0", "--case", "Op", "--item", "EV-3", "--resolution", "100",
                 "--source", source]) == 0  # fmt: skip
    assert f"{pages} page(s)" in capsys.readouterr().out
    with Store.open(closed_store, PASSPHRASE) as store:
        (capture,) = store.captures()
        assert capture.kind == "document" and capture.media_type == "image/tiff"
        assert capture.metadata["page_count"] == pages and capture.source == "scanner:test:0"
        data = b"".join(store.read_original(capture.id))
        stored = frames(data)
        assert len(stored) == pages
        import hashlib

        # Pages are kept losslessly and in scan order.
        assert [hashlib.sha256(f.tobytes()).hexdigest() for f in stored] == capture.metadata["page_pixel_sha256"]
        assert store.check().ok


def test_bad_device_and_settings_say_what_to_do(sane_test: None, closed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["scan", "--device", "nosuch:9", "--case", "Op", "--item", "EV-3"]) == 41
    assert "scan --list" in capsys.readouterr().err
    assert main(["scan", "--device", "test:0", "--case", "Op", "--item", "EV-3", "--resolution", "5"]) == 25
    assert main(["scan", "--list"]) == 0
    assert "test:0" in capsys.readouterr().out


def test_scanner_page_scans_a_feeder_batch_into_the_item(sane_test: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.config import TEST_KDF
    from fieldkit.gui.mainwindow import MainWindow
    from fieldkit.gui.pages.scanner import ScannerPage
    from fieldkit.gui.tasks import StoreExecutor
    from tests.gui.test_workflow import add_item, first_run

    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(window)
    window.show()
    try:
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
    finally:
        executor.shutdown()
