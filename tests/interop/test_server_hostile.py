"""The HQ upload server against hostile devices and a hostile network (issue 15, security review findings 3, 4 and 11):
an upload whose verification raises still gets a rejected receipt and one quarantine entry, a slowloris of trickling
TLS connections does not lock out the health probe or an enrolled device, and quotas hold across open uploads."""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldkit.bundle import verify
from fieldkit.config import SERVER_LIMITS
from fieldkit.hq import access
from fieldkit.hq.ingest import Index
from fieldkit.hq.server import IngestServer, Uploads, sweep_abandoned
from fieldkit.hq.trust import HQ
from fieldkit.sync import outbox
from fieldkit.sync.tus import TusClient
from tests.interop.test_sync import Field, archived, make_bundles, provision, sync_until_done, url_of
from tests.interop.test_sync import field as field  # the same fixture: an HQ and an enrolled device


@pytest.fixture
def running(field: Field) -> Iterator[IngestServer]:
    server = IngestServer(field.hq, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def held_copies(field: Field) -> list[Path]:
    return sorted((field.hq.folder / "quarantine").glob("*.fkb"))


def quarantine_rows(field: Field) -> list[tuple[Any, ...]]:
    with Index(field.hq) as index:
        return index.db.execute("SELECT reason, message, file_sha256 FROM quarantine ORDER BY id").fetchall()


def test_an_upload_whose_verification_raises_gets_a_rejected_receipt_once(
    field: Field, running: IngestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The poison upload (finding 3): any unexpected exception in verification is `unreadable`, the device stops
    waiting, the verifier goes on with the next upload, and a restart neither verifies it again nor copies it again."""
    provision(field, url_of(running))
    make_bundles(field, 2)
    real_check = verify.check_stream
    calls: list[Any] = []

    def poisoned(source: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(source)
        if len(calls) == 1:
            raise RuntimeError("a bug deep in a parser")  # the one fake: something nobody foresaw
        return real_check(source, *args, **kwargs)

    monkeypatch.setattr("fieldkit.hq.ingest.check_stream", poisoned)
    rows = sync_until_done(field.store)
    assert [e.state for e in rows] == ["rejected", "acknowledged"]  # the verifier went on with the next upload
    assert rows[0].reason.startswith("unreadable: ") and "RuntimeError" in rows[0].reason
    assert "parser" not in rows[0].reason  # the exception's type is said, never its text
    receipt = json.loads(rows[0].receipt or "{}")
    assert receipt["verdict"] == "rejected" and receipt["reason"] == "unreadable"
    assert archived(field.hq) == 1
    (copy,) = held_copies(field)  # one copy, with its note, and one quarantine row
    assert copy.with_suffix(".json").is_file()
    ((reason, _message, digest),) = quarantine_rows(field)
    assert reason == "unreadable" and digest == receipt["sha256"]

    # Restarts: the upload has its receipt, so it is not verified again and not copied again.
    for _ in range(2):
        again = IngestServer(field.hq, "127.0.0.1", 0, quiet=True)
        again.uploads.pending.join()
        again.server_close()
    assert len(calls) == 2 and len(held_copies(field)) == 1 and len(quarantine_rows(field)) == 1


def test_an_upload_whose_verification_never_finishes_is_unreadable_after_restarts(field: Field) -> None:
    """A verification the server never finished (the process died in it, twice) is not started a third time: the
    upload gets its rejected receipt at the next start, with a single copy in quarantine."""
    (bundle,) = make_bundles(field, 1)
    uploads = Uploads(field.hq, 1 << 30)
    upload_id = uploads.create("alice", bundle.stat().st_size, {"bundle_id": "b-1"})
    uploads.part(upload_id).write_bytes(bundle.read_bytes())
    meta = uploads.meta(upload_id)
    assert meta is not None
    meta["verify_attempts"] = SERVER_LIMITS.verify_attempts  # each start counted one before dying in it
    (uploads.folder / f"{upload_id}.json").write_text(json.dumps(meta))
    uploads.stop()
    restarted = Uploads(field.hq, 1 << 30)
    restarted.pending.join()
    restarted.stop()
    document = json.loads(restarted.receipt_path(upload_id).read_text())
    assert document["receipt"]["verdict"] == "rejected" and document["receipt"]["reason"] == "unreadable"
    assert document["receipt"]["bundle_id"] == "b-1" and not restarted.part(upload_id).exists()
    assert len(held_copies(field)) == 1 and [r[0] for r in quarantine_rows(field)] == ["unreadable"]


class Slowloris:
    """``count`` TLS connections from 127.0.0.1 that trickle a request's header one byte every ``every`` seconds and
    never finish it; each one the server drops is opened again at once (a persistent attacker)."""

    def __init__(self, port: int, count: int, every: float) -> None:
        self.port, self.every = port, every
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.opened = 0
        self.longest = 0.0  # the longest any one connection was kept by the server
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(count)]
        for thread in self.threads:
            thread.start()

    def _connect(self) -> ssl.SSLSocket | None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
            return context.wrap_socket(sock, server_hostname="hq")
        except OSError:
            return None

    def _run(self) -> None:
        while not self.stop.is_set():
            sock = self._connect()
            if sock is None:
                self.stop.wait(self.every)
                continue
            with self.lock:
                self.opened += 1
            started = time.monotonic()
            try:
                for byte in b"GET /health HTTP/1.1\r\nX-Pad: " + b"a" * 100_000:
                    if self.stop.wait(self.every):
                        break
                    sock.send(bytes([byte]))
            except OSError:
                with self.lock:
                    self.longest = max(self.longest, time.monotonic() - started - self.every)
            finally:
                sock.close()

    def close(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=5)


def test_a_slowloris_does_not_lock_out_the_health_probe_or_a_device(field: Field) -> None:
    """Finding 4: trickling connections from the devices' own address are cut at the header deadline and, while
    they last, cannot take the slot a quick request needs; the device's own connections have a pool of their own."""
    limits = dataclasses.replace(SERVER_LIMITS, header_deadline_s=1.5, preauth_connections=24, preauth_per_address=16)
    server = IngestServer(field.hq, "127.0.0.1", 0, quiet=True, limits=limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    attack = Slowloris(server.server_address[1], count=80, every=0.2)
    try:
        provision(field, url_of(server))
        make_bundles(field, 1)
        endpoint = outbox.endpoint(field.store)
        assert endpoint is not None
        time.sleep(2.5)  # every attacker has connected, and the first ones were cut at the deadline
        for _ in range(5):
            started = time.monotonic()
            assert TusClient(endpoint, timeout=5).health()
            assert time.monotonic() - started < 5
        started = time.monotonic()
        (entry,) = sync_until_done(field.store, rounds=1)
        assert entry.state == "acknowledged" and time.monotonic() - started < 5
        assert server.gate.counts()["waiting"] <= limits.preauth_connections
        assert attack.opened > 80  # the server cut attackers, who came back
        assert threading.active_count() < 80 + limits.preauth_connections + 20  # its threads stay bounded
    finally:
        attack.close()
        server.shutdown()
        server.server_close()
    assert 0 < attack.longest < limits.header_deadline_s + 1.0  # no trickle outlived the deadline by much


def post(server: IngestServer, auth: dict[str, str], length: int) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    connection.request("POST", "/files", headers={**auth, "Upload-Length": str(length)})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, json.loads(body).get("error", "") if body else ""


@contextlib.contextmanager
def plain_server(hq: HQ, max_size: int, **limits: int) -> Iterator[IngestServer]:
    """An upload server over plain HTTP on loopback with these limits, stopped afterwards."""
    server = IngestServer(hq, "127.0.0.1", 0, tls=False, quiet=True, max_size=max_size,
                          limits=dataclasses.replace(SERVER_LIMITS, **limits))  # fmt: skip
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_open_uploads_count_against_the_disk_and_the_device(field: Field) -> None:
    """Finding 11: free space is checked against what every open upload declared (plus the quarantine copy), and
    one device can hold only so many open uploads and bytes: a leaked credential cannot reserve the disk."""
    free = shutil.disk_usage(field.hq.folder).free
    gib = 1 << 30
    credential = access.issue_credential(field.hq, field.store.device_id)
    auth = {"Authorization": f"Bearer {credential.device_id}:{credential.token}", "Tus-Resumable": "1.0.0"}
    # Room for 3 GiB of uploads beyond the margin: a 0.8 GiB upload needs itself and its quarantine copy.
    with plain_server(field.hq, gib, free_disk_margin_bytes=free - 3 * gib, open_uploads_per_device=8) as server:
        codes = [post(server, auth, 8 * gib // 10) for _ in range(4)]
        assert [c for c, _ in codes] == [201, 201, 507, 507]  # before: every one was accepted
        assert "no room for this upload now" in codes[2][1] and "MiB free" in codes[2][1]
    with plain_server(field.hq, gib, open_uploads_per_device=3, open_bytes_per_device=2 * gib) as server:
        assert post(server, auth, 1000)[0] == 201  # with the two open from before: three, the most
        status, words = post(server, auth, 1000)
        assert status == 429 and "3 uploads open at HQ" in words
    with plain_server(field.hq, gib, open_uploads_per_device=8, open_bytes_per_device=2 * gib) as server:
        status, words = post(server, auth, gib // 2)  # 1.6 GiB open already + 0.5 GiB > 2 GiB
        assert status == 429 and "one device may have open" in words


def test_a_bundle_larger_than_hq_takes_is_rejected_on_the_device_not_retried(field: Field) -> None:
    server = IngestServer(field.hq, "127.0.0.1", 0, quiet=True, max_size=1000)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        provision(field, url_of(server))
        make_bundles(field, 1)
        outbox.sync_once(field.store)
        (entry,) = outbox.entries(field.store)
        assert entry.state == "rejected" and "uploads are limited to 1000 bytes" in entry.reason
        assert outbox.plan(field.store, now=time.time() + 10**6) == []  # no timer brings it back
    finally:
        server.shutdown()
        server.server_close()


def test_abandoned_uploads_are_removed_after_the_expiry(field: Field) -> None:
    uploads = Uploads(field.hq, 1 << 30)
    stale = uploads.create("alice", 100, {})
    uploads.part(stale).write_bytes(b"x" * 10)
    fresh = uploads.create("alice", 100, {})
    finished = uploads.create("alice", 3, {})
    uploads.part(finished).write_bytes(b"abc")  # complete, waiting for verification: never swept
    old = time.time() - (SERVER_LIMITS.quarantine_expiry_days + 1) * 86400
    for path in (uploads.part(stale), uploads.folder / f"{stale}.json", uploads.part(finished),
                 uploads.folder / f"{finished}.json"):  # fmt: skip
        os.utime(path, (old, old))
    uploads.stop()
    removed = sweep_abandoned(uploads.folder)
    assert [r["id"] for r in removed] == [stale] and removed[0]["received"] == 10
    assert not uploads.part(stale).exists() and uploads.part(fresh).exists() and uploads.part(finished).exists()


def test_quarantine_is_listed_and_expired_keeping_its_rows(field: Field, capsys: pytest.CaptureFixture[str]) -> None:
    """Quarantined junk does not stay forever: `hq quarantine --expire` removes copies older than the expiry (and
    abandoned uploads), keeps each row with its SHA-256 marked expired, and says what it removed."""
    from fieldkit.cli.main import main

    old, new = make_bundles(field, 2)
    for path in (old, new):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))
    with Index(field.hq) as index:
        assert [index.ingest(p).reason for p in (old, new)] == ["payload-auth", "payload-auth"]
        index.db.execute("UPDATE quarantine SET at = '2020-01-01T00:00:00Z' WHERE id = 1")  # long ago
    folder = str(field.hq.folder)
    assert main(["hq", "quarantine", "--dir", folder, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["quarantine"]
    assert [r["held"] for r in listed] == [True, True] and listed[0]["size"] > 0
    assert main(["hq", "quarantine", "--dir", folder, "--expire"]) == 0
    out = capsys.readouterr().out
    assert "expired " in out and "the row and its SHA-256 stay" in out
    with Index(field.hq) as index:
        rows = index.quarantine()
    assert [r["held"] for r in rows] == [False, True] and rows[0]["expired_at"] and rows[0]["file_sha256"]
    assert not Path(rows[0]["path"]).exists() and Path(rows[0]["path"]).with_suffix(".json").exists()
    assert len(held_copies(field)) == 1
    assert main(["hq", "quarantine", "--dir", folder, "--expire", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["expired"] == []  # once only


def test_dropped_connections_are_said_once_per_kind_and_real_errors_stay_visible(
    field: Field, capsys: pytest.CaptureFixture[str]
) -> None:
    """The log under a slowloris: each connection cut for being slow, and each whose TLS handshake never finished,
    is counted and said in one line per kind (no 'Bad request syntax ('GE')' or 'failed (SSLEOFError)' line per
    connection); a complete but malformed request is still said on its own."""
    limits = dataclasses.replace(SERVER_LIMITS, header_deadline_s=0.5, drop_log_interval_s=3600)
    server = IngestServer(field.hq, "127.0.0.1", 0, quiet=False, limits=limits, log_addresses=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    slow = []
    try:
        for _ in range(6):  # a request line begun and never finished
            sock = context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10), server_hostname="hq")
            sock.send(b"GE")
            slow.append(sock)
        for _ in range(3):  # a port scan: connect, and hang up before any handshake
            socket.create_connection(("127.0.0.1", port), timeout=10).close()
        bad = context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10), server_hostname="hq")
        bad.sendall(b"BLAH\r\n\r\n")  # a whole request, malformed: a real error, said as it happens
        assert b"Error response" in bad.recv(4096)
        bad.close()
        deadline = time.monotonic() + 10
        while sum(server.gate.drops.counts.values()) < 9 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        server.shutdown()
        server.server_close()  # says what was dropped since the last report
        for sock in slow:
            sock.close()
    err = capsys.readouterr().err
    assert "'GE'" not in err and "Request timed out" not in err and "failed (SSLEOFError)" not in err
    assert "fieldkit hq serve: stopping: 0 uploads open, will resume" in err
    lines = [line for line in err.splitlines() if line.startswith("fieldkit hq serve:") and "stopping:" not in line
             and "refused a request:" not in line]  # fmt: skip
    assert lines == [
        "fieldkit hq serve: closed 6 connections that did not send their request within 0.5 s (127.0.0.1: 6)"
        " (since the last report)",
        lines[1],
    ], err
    assert lines[1].startswith("fieldkit hq serve: 3 connections ended before their TLS handshake finished (")
    assert lines[1].endswith("from 127.0.0.1: 3) (since the last report)")
    assert err.count("refused a request: code 400 (Bad Request)") == 1 and "BLAH" not in err  # never the peer's bytes


def test_the_log_says_what_became_of_each_upload_and_how_many_are_open_at_stop(
    field: Field, capfd: pytest.CaptureFixture[str]
) -> None:
    """`fieldkit hq serve` stderr (issue 15, second look): one line per verified upload (its number, device, verdict,
    where it is now; never its content), and at shutdown how many uploads are open (they resume)."""
    server = IngestServer(field.hq, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    provision(field, url_of(server))
    make_bundles(field, 1)
    assert [e.state for e in sync_until_done(field.store)] == ["acknowledged"]
    server.shutdown()
    server.server_close()
    err = capfd.readouterr().err
    device = field.store.device_id[:8]
    assert re.search(rf"fieldkit hq serve: upload [0-9a-f]{{8}}: bundle 1 of device {device} ingested, archived", err)
    assert "fieldkit hq serve: stopping: 0 uploads open, will resume" in err
