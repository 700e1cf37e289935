"""The Outbox page against a real HQ ingest server on 127.0.0.1: provisioned with an endpoint, a bundle is made on
the Bundles page, the page probes HQ and sends it (progress, then 'acknowledged by HQ' with the receipt kept); with
HQ down the bundle waits and the page says so; a rejected bundle shows the reason."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldkit.gui.mainwindow import MainWindow
from fieldkit.hq import access
from fieldkit.hq.server import IngestServer
from fieldkit.hq.trust import HQ
from fieldkit.sync import outbox
from tests.conftest import jpeg_bytes
from tests.gui.steps import add_item, first_run, window_device_line
from tests.samples import free_port


def provision_and_bundle(qtbot: QtBot, window: MainWindow, hq: HQ, url: str, tmp_path: Path, tag: str) -> None:
    """First run, provisioned for uploads to ``url``, one photo in item ``tag``, one bundle made on the Bundles page."""
    first_run(qtbot, window)
    line = window_device_line(qtbot, window)
    hq.enroll(line)
    provisioning = tmp_path / "device.json"
    provisioning.write_text(json.dumps(access.provisioning_for(hq, line.split()[0], url).to_json()))
    window.settings_page.import_provisioning(provisioning)
    qtbot.waitUntil(lambda: "Provisioned" in window.settings_page.status.text(), timeout=10_000)
    add_item(qtbot, window, "Op Falcon", tag)
    (tmp_path / "photo.jpg").write_bytes(jpeg_bytes(size=(640, 480), seed=1))
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000):
        window.evidence_page.import_paths([tmp_path / "photo.jpg"])
    (tmp_path / "out").mkdir()
    window.bundles_page.folder.setText(str(tmp_path / "out"))
    qtbot.waitUntil(lambda: window.bundles_page.create_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.bundles_page.bundles_created, timeout=30_000):
        window.bundles_page.create_bundle()


def test_outbox_sends_bundles_when_hq_answers(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    port = free_port()  # HQ's server is not listening yet
    provision_and_bundle(qtbot, window, hq, f"https://127.0.0.1:{port}", tmp_path, "EV-1")

    page = window.outbox_page
    page.automatic.setChecked(False)  # this test drives it with Sync now
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.state_text(page.model.rows[0]) == "waiting"
    assert "https://127.0.0.1" in page.endpoint.text()

    with qtbot.waitSignal(page.runner.finished, timeout=30_000) as down:  # HQ is not running yet
        page.sync_now()
    assert down.args == [False] and "did not answer" in page.message.text()
    qtbot.waitUntil(lambda: "health" in page.model.rows[0].last_error, timeout=10_000)
    # The table says when it was tried and why it failed (not an empty "Last attempt").
    attempt = str(page.model.data(page.model.index(0, 3)))
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", attempt), attempt
    assert "health" in str(page.model.data(page.model.index(0, 4)))
    assert "health" in str(page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ToolTipRole))

    server = IngestServer(hq, "127.0.0.1", port, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        offsets: list[int] = []
        page.runner.progressed.connect(lambda _seq, offset: offsets.append(offset))
        with qtbot.waitSignal(page.runner.finished, timeout=60_000) as up:
            page.sync_now()
        assert up.args == [True] and offsets
        qtbot.waitUntil(lambda: bool(page.model.rows) and page.model.rows[0].state == "acknowledged", timeout=10_000)
        assert page.model.state_text(page.model.rows[0]) == "acknowledged by HQ"
        assert json.loads(page.model.rows[0].receipt or "{}")["verdict"] == "ingested"
        assert "1 acknowledged" in page.summary.text()
        text = page.receipt_text(0)
        assert "signature verified" in text and "Verdict: ingested" in text and page.model.rows[0].sha256 in text

        page.purge("no")  # freeing space needs REMOVE typed
        qtbot.waitUntil(lambda: page.message.text() == "Nothing removed.", timeout=10_000)
        assert window.evidence_page.captures.rowCount() == 1
        with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
            page.purge("REMOVE")
        assert "Removed 1 capture" in page.message.text()
        qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 0, timeout=10_000)
    finally:
        server.shutdown()
        server.server_close()

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert page.model.rowCount() == 0 and not page.timer.isActive()


def test_outbox_sends_by_itself_once_hq_answers(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    server = IngestServer(hq, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}"
        provision_and_bundle(qtbot, window, hq, url, tmp_path, "EV-2")
        page = window.outbox_page
        page.timer.start(100)  # the next automatic probe now rather than in ~30 s; nobody presses Sync now
        qtbot.waitUntil(lambda: bool(page.model.rows) and page.model.rows[0].state == "acknowledged", timeout=30_000)
    finally:
        server.shutdown()
        server.server_close()


def test_a_bundle_hq_already_had_says_so(window: MainWindow) -> None:
    """A receipt with the verdict 'duplicate' (the bundle reached HQ by USB first) read as a plain acknowledgement."""
    fields = dict(sequence=3, path="b.fkb", sha256="0" * 64, state="acknowledged", upload_path=None, offset=0,
                  bytes_sent=0, attempts=1, last_attempt=None, last_error="", next_attempt=0.0, reason="",
                  acknowledged_at="2026-12-01T10:00:00Z")  # fmt: skip
    page = window.outbox_page
    again = outbox.Entry(**fields, receipt=json.dumps({"verdict": "duplicate"}))  # type: ignore[arg-type]
    first = outbox.Entry(**fields, receipt=json.dumps({"verdict": "ingested"}))  # type: ignore[arg-type]
    assert page.model.state_text(again) == "acknowledged by HQ (it already had it)"
    assert page.model.state_text(first) == "acknowledged by HQ"
