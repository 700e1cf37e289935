"""Scanning through SANE's `test` backend: one page, and a 10-page feeder batch, each become one document capture
with its pages intact and in order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageSequence

from fieldkit.cli.main import main
from fieldkit.sources import registry
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE


def test_the_scanner_source_is_registered_like_a_plugin(sane_test: None, capsys: pytest.CaptureFixture[str]) -> None:
    source = registry.source("sane")
    assert any(device.id == "test:0" for device in source.devices())
    assert main(["sources", "--json"]) == 0
    (sane,) = [s for s in json.loads(capsys.readouterr().out) if s["name"] == "sane"]
    assert sane["builtin"] and sane["kind"] == "document" and sane["status"] == "available"
    assert "test:0" in [device["id"] for device in sane["devices"]]


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


def _sigpipe_ignored() -> bool:
    """What the kernel does with SIGPIPE for this process (Python's own record does not see what C code changed)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << 12))
    raise AssertionError("no SigIgn line")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")
def test_a_scan_leaves_sigpipe_ignored(sane_test: None) -> None:
    """SANE's backends set SIGPIPE back to "kill the process" while scanning; an upload to a cut connection after a
    scan ended the whole program silently (seen as test workers dying in test_sync)."""
    import socket

    from fieldkit.sources import sane
    from fieldkit.sources.base import ScanSettings

    assert _sigpipe_ignored()
    (page,) = sane.scan("test:0", ScanSettings(resolution=100, source="flatbed"))
    assert page.size[0] > 0
    assert _sigpipe_ignored()
    left, right = socket.socketpair()
    right.close()
    with pytest.raises(BrokenPipeError), left:
        for _ in range(64):
            left.send(b"x" * 65536)  # an error for the caller, not the end of the process
