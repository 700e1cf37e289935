"""`fieldkit hq serve`'s log (issue 18; docs/cli.md, "Logs") from a real server on 127.0.0.1 taking a real upload
from the device's outbox: with --log-format json every stderr line is one JSON object, the verified upload's line
carries the device, upload id, SHA-256 and verdict, and no line holds the evidence (a marker planted in the photo's
name, EXIF, case and item), the device's upload credential or a client address; -q leaves only warnings and errors."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import socket
import subprocess
from pathlib import Path

from fieldkit.bundle.provisioning import Provisioning
from fieldkit.core.importer import Importer
from fieldkit.hq import access
from fieldkit.outgoing import compose
from fieldkit.sync import outbox
from tests.conftest import fieldkit_cmd, jpeg_bytes
from tests.interop.test_sync import Field, field, sync_until_done  # noqa: F401 - field is the fixture
from tests.samples import free_port


def _serve(field: Field, *options: str) -> tuple[subprocess.Popen[bytes], Path, str]:  # noqa: F811
    """`hq serve` on a free loopback port (plain HTTP: the TLS path is test_sync's), its stderr into a file."""
    port = free_port()
    log_path = field.out.parent / f"serve-{port}.log"
    command = [*fieldkit_cmd(), "hq", "serve", "--dir", str(field.hq.folder), "--listen", f"127.0.0.1:{port}",
               "--no-tls", *options]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log)
    assert process.stdout is not None
    assert b"fieldkit HQ ingest server on" in process.stdout.readline()  # it listens
    return process, log_path, f"http://127.0.0.1:{port}"


def _upload_evidence(field: Field, url: str, marker: str) -> tuple[str, str]:  # noqa: F811
    """Provision the device for ``url``, import a photo carrying ``marker``, bundle it, send it until HQ's receipt
    says ingested; the bundle file's SHA-256 and the device's upload credential."""
    document = access.provisioning_for(field.hq, field.store.device_id, url).to_json()
    outbox.apply_provisioning(field.store, Provisioning.from_bytes(json.dumps(document).encode()))
    photo = field.src / f"IMG_{marker}.jpg"
    photo.write_bytes(jpeg_bytes(exif={0x010E: marker, 0x010F: marker}))
    Importer(field.store).run(f"Op {marker}", f"EV-{marker}", [photo])
    (bundle,) = compose.create_bundles(field.store, field.out)
    assert [e.state for e in sync_until_done(field.store)] == ["acknowledged"]
    credential = json.dumps(document)
    return hashlib.sha256(bundle.path.read_bytes()).hexdigest(), credential


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)  # as systemctl stop
    assert process.wait(timeout=60) == 0


def test_json_log_lines_carry_the_upload_and_nothing_of_the_evidence(field: Field) -> None:  # noqa: F811
    marker = "CANARY" + os.urandom(6).hex()
    process, log_path, url = _serve(field, "--log-format", "json", "-v")
    try:
        digest, provisioning = _upload_evidence(field, url, marker)
        # A request line http.server refuses before it knows the path (a probe): a warning, not an error of ours.
        with socket.create_connection(("127.0.0.1", int(url.rpartition(":")[2])), timeout=10) as probe:
            probe.sendall(b"GARBAGE /x\r\n\r\n")
            assert b"400" in probe.recv(4096)  # answered as HTTP/0.9 asks: the error page alone
    finally:
        _stop(process)
    text = log_path.read_text("utf-8")
    records = [json.loads(line) for line in text.splitlines()]  # every line is one JSON object
    assert [r for r in records if r["level"] == "error"] == []
    assert any(r["event"] == "request" and r["method"] == "-" and r["status"] == 400 for r in records)
    (refused,) = [r for r in records if r["event"] == "request.refused"]
    assert refused["status"] == 400 and "GARBAGE" not in text  # the peer's bytes are never logged
    assert all({"time", "level", "event", "message"} <= set(r) for r in records)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", r["time"]) for r in records)
    (verified,) = [r for r in records if r["event"] == "upload.verified"]
    assert verified["level"] == "info" and verified["verdict"] == "ingested"
    assert verified["device"] == field.store.device_id and verified["sha256"] == digest
    assert re.fullmatch(r"[0-9a-f]{32}", verified["upload_id"]) and verified["sequence"] == 1
    assert verified["message"].startswith(f"upload {verified['upload_id'][:8]}: bundle 1 of device ")
    requests = [r for r in records if r["event"] == "request"]  # -v: each request, by route, never its raw path
    assert {"POST", "PATCH", "HEAD", "GET", "-"} >= {r["method"] for r in requests} >= {"POST", "PATCH"}
    assert any(r.get("upload_id") == verified["upload_id"] and r["status"] == 204 for r in requests)
    assert records[-2]["event"] == "server.stopping" and records[-1]["event"] == "command.finished"
    # Never the evidence, never a secret, never a client's address (none was asked for).
    credential = json.loads(provisioning)["credential"]
    token = credential.rpartition(":")[2]
    assert len(token) >= 16
    for needle in (marker, marker.lower(), token, "127.0.0.1", "Authorization"):
        assert needle not in text, needle
    assert all("client" not in r for r in records)


def test_quiet_leaves_only_warnings_and_errors(field: Field) -> None:  # noqa: F811
    process, log_path, url = _serve(field, "-q")
    try:
        _upload_evidence(field, url, "quiet")
    finally:
        _stop(process)
    assert log_path.read_text("utf-8") == ""
    process, log_path, url = _serve(field, "--log-client-addresses")
    _stop(process)
    text = log_path.read_text("utf-8")
    assert text.startswith("fieldkit hq serve: stopping: 0 uploads open") and "{" not in text
