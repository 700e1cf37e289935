"""The outbox against a real HQ ingest server on 127.0.0.1 (TLS with a pinned certificate; no mocked HTTP): several
bundles go up and each is ingested once with a verified receipt; a TCP relay cuts the connection mid-transfer and the
upload resumes from its offset; the server is killed and restarted mid-upload; duplicates, tampering, a wrong
credential, a wrong certificate, HQ down then up; and the stock tuspy client against our server."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import itertools
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
from PIL import Image

from fieldkit.config import SERVER_LIMITS, SYNC_LIMITS, TEST_KDF
from fieldkit.core.importer import Importer
from fieldkit.errors import CredentialError, PinError, SyncError
from fieldkit.hq import access
from fieldkit.hq.ingest import Index
from fieldkit.hq.server import IngestServer
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from fieldkit.sync import outbox
from fieldkit.sync.tus import Endpoint, TusClient
from tests.conftest import PASSPHRASE, fieldkit_cmd
from tests.relay import Relay
from tests.samples import free_port


def noise_photo(size: tuple[int, int], seed: int) -> bytes:
    """A JPEG that does not compress away: the bundle is about as large as its pixels."""
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3) if seed >= 0 else b"")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


@dataclass
class Field:
    hq: HQ
    store: Store
    out: Path
    src: Path


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Field]:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    store = Store.init(tmp_path / "store", "alice", PASSPHRASE, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (tmp_path / "out").mkdir()
    (tmp_path / "src").mkdir()
    yield Field(hq, store, tmp_path / "out", tmp_path / "src")
    store.close()


def provision(field: Field, url: str) -> None:
    from fieldkit.bundle.provisioning import Provisioning

    document = access.provisioning_for(field.hq, field.store.device_id, url)
    outbox.apply_provisioning(field.store, Provisioning.from_bytes(json.dumps(document.to_json()).encode()))


def make_bundles(field: Field, count: int, photo_bytes: int = 60_000) -> list[Path]:
    side = max(64, int((photo_bytes / 3) ** 0.5))
    made = []
    for n in range(count):
        photo = field.src / f"IMG_{len(list(field.src.iterdir())):04}.jpg"
        photo.write_bytes(noise_photo((side, side), n))
        Importer(field.store).run("Op Falcon", f"EV-{n}", [photo])
        made += [b.path for b in compose.create_bundles(field.store, field.out)]
    return made


@pytest.fixture
def server(field: Field) -> Iterator[IngestServer]:
    running = IngestServer(field.hq, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


def url_of(server: IngestServer) -> str:
    return f"https://127.0.0.1:{server.server_address[1]}"


def wait_for_receipt(client: TusClient, upload_path: str) -> dict[str, Any]:
    for _ in range(200):
        document = client.receipt(upload_path)
        if document is not None:
            return document
        time.sleep(0.05)
    raise AssertionError("HQ gave no receipt within 10 s")


def archived(hq: HQ) -> int:
    with Index(hq) as index:
        return int(index.db.execute("SELECT count(*) FROM bundles WHERE state = 'archived'").fetchone()[0])


def sync_until_done(store: Store, rounds: int = 20) -> list[outbox.Entry]:
    for _ in range(rounds):
        store._conn.execute("UPDATE outbox SET next_attempt = 0")  # the tests do not wait out the backoff
        outbox.sync_once(store)
        if all(e.state in ("acknowledged", "rejected") for e in outbox.entries(store)):
            break
    return outbox.entries(store)


def test_several_bundles_are_ingested_once_with_valid_receipts(field: Field, server: IngestServer) -> None:
    provision(field, url_of(server))
    made = make_bundles(field, 3)
    report = outbox.sync_once(field.store)
    assert report.reachable and report.waiting == 0
    rows = outbox.entries(field.store)
    assert [e.state for e in rows] == ["acknowledged"] * 3 and archived(field.hq) == 3
    for entry, path in zip(rows, made, strict=True):
        receipt = json.loads(entry.receipt or "{}")
        assert receipt["verdict"] == "ingested" and receipt["bundle_id"] == entry.bundle_uuid
        assert receipt["sha256"] == entry.sha256 and receipt["size"] == path.stat().st_size
    assert sum(1 for e in field.store.custody_events() if e.action == "bundle.acknowledged") == 3
    assert outbox.sync_once(field.store).attempted == []  # acknowledged bundles never go again
    assert archived(field.hq) == 3
    assert len(field.store.captures()) == 3  # nothing is deleted from the device by an acknowledgement

    # Only an operator's explicit purge removes captures, and only those HQ acknowledged.
    Importer(field.store).run("Op Falcon", "EV-late", [field.src / "IMG_0000.jpg"])  # not bundled yet
    counted = outbox.purge_acknowledged(field.store, confirm=False)
    assert counted.captures == 3 and not counted.done and len(field.store.captures()) == 4
    assert outbox.purge_acknowledged(field.store, confirm=True).captures == 3
    assert [c.item_tag for c in field.store.captures()] == ["EV-late"]
    assert sum(1 for e in field.store.custody_events() if e.action == "capture.deleted") == 3


def test_cut_connections_resume_from_their_offset(field: Field, server: IngestServer) -> None:
    (bundle,) = make_bundles(field, 1, photo_bytes=24_000_000)
    size = bundle.stat().st_size
    relay = Relay(("127.0.0.1", server.server_address[1]), cut_after=size // 5, cuts=4)
    try:
        provision(field, f"https://127.0.0.1:{relay.port}")
        resumed_at: list[int] = []  # what HQ said it held (HEAD) each time the upload resumed

        class Watched(TusClient):
            def offset(self, path: str) -> int | None:
                held = super().offset(path)
                resumed_at.append(held or 0)
                return held

        attempts = 0
        for _ in range(12):
            field.store._conn.execute("UPDATE outbox SET next_attempt = 0")
            tasks = outbox.plan(field.store)
            if not tasks:
                break
            attempts += 1
            result = outbox.transfer(tasks[0], on_created=lambda p: outbox.record_created(field.store, 1, p),
                                     client=Watched(tasks[0].endpoint))  # fmt: skip
            outbox.record_transfer(field.store, result)
        entry = outbox.entry(field.store, 1)
        assert entry.state == "acknowledged" and relay.cuts_left == 0 and attempts == 5
        assert len(resumed_at) == 4 and all(0 < a < b < size for a, b in itertools.pairwise(resumed_at))
        # Each resume starts at HQ's offset (above), so a cut costs only what was in flight: on a quiet machine under
        # 1.2 x the bundle in all. Under CPU load a HEAD can be answered before the cut PATCH's thread has taken the
        # upload's lock (its bytes still in the kernel's buffer), and about that buffer is sent twice: at most 1.5 x.
        assert relay.upstream_bytes < 1.5 * size, (relay.upstream_bytes, size)
        assert entry.attempts >= 5 and archived(field.hq) == 1
    finally:
        relay.close()


def test_server_killed_and_restarted_mid_upload(field: Field, tmp_path: Path) -> None:
    port = free_port()
    (bundle,) = make_bundles(field, 1, photo_bytes=9_000_000)
    size = bundle.stat().st_size
    command = [*fieldkit_cmd(), "hq", "serve", "--dir", str(field.hq.folder), "--listen", f"127.0.0.1:{port}"]

    def start() -> subprocess.Popen[bytes]:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert process.stdout is not None
        process.stdout.readline()  # "fieldkit HQ ingest server on ..." once it listens
        return process

    process = start()
    try:
        provision(field, f"https://127.0.0.1:{port}")
        field.store.settings.put_unlogged({outbox.RATE: "1000000"})  # 1 MB/s
        (task,) = outbox.plan(field.store)
        seen: list[int] = []

        def kill_soon() -> None:
            time.sleep(1.2)
            os.kill(process.pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_soon)
        killer.start()
        first = outbox.transfer(
            task, on_created=lambda p: outbox.record_created(field.store, 1, p), progress=seen.append
        )
        killer.join()
        process.wait()
        outbox.record_transfer(field.store, first)
        assert first.error and 0 < outbox.entry(field.store, 1).offset < size
        process = start()
        (again,) = outbox.plan(field.store, only=1)
        resumed: list[int] = []
        second = outbox.transfer(again, on_created=lambda p: pytest.fail("a new upload was created"),
                                 progress=resumed.append)  # fmt: skip
        entry = outbox.record_transfer(field.store, second)
        assert entry.state == "acknowledged" and second.receipt is not None
        assert resumed[0] > 0 and second.bytes_sent < size  # resumed, not restarted
    finally:
        process.kill()
        process.wait()


def test_duplicates_tampering_credentials_and_pinning(
    field: Field, server: IngestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    provision(field, url_of(server))
    # HQ's own check: as for bundles made before the device kept their SHA-256 (it checks them itself now:
    # tests/interop/test_remake.py), the tampered file goes up and HQ rejects it.
    monkeypatch.setattr(outbox, "_recorded_hashes", lambda store: {})
    first, second = make_bundles(field, 2)
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x40  # damaged on the USB stick before it was sent
    second.write_bytes(bytes(data))
    rows = sync_until_done(field.store)
    assert [e.state for e in rows] == ["acknowledged", "rejected"]
    assert rows[1].reason == "payload-auth: the bundle is truncated or altered"  # the verifier's reason, on the device
    assert "REJECTED" not in rows[1].reason and rows[1].receipt and json.loads(rows[1].receipt)["verdict"] == "rejected"
    assert archived(field.hq) == 1 and any((field.hq.folder / "quarantine").iterdir())

    # The same bundle again (e.g. copied by hand to another laptop and sent from there): ingested once only.
    endpoint = outbox.endpoint(field.store)
    assert endpoint is not None
    tus = TusClient(endpoint)
    path = tus.create(first.stat().st_size, {"filename": first.name})
    with open(first, "rb") as source:
        tus.patch(path, source, 0, first.stat().st_size)
    receipt = wait_for_receipt(tus, path)
    assert receipt["receipt"]["verdict"] == "duplicate" and archived(field.hq) == 1

    before = sorted(p.name for p in (field.hq.folder / "uploads").iterdir())
    wrong = TusClient(Endpoint(endpoint.url, endpoint.device_id, "not-the-credential", endpoint.pin_sha256))
    with pytest.raises(CredentialError):
        wrong.create(1000, {})
    status = wrong._request  # the raw answer: 401, and nothing stored
    with pytest.raises(CredentialError):
        status("POST", "/files", {"Upload-Length": "10"})
    assert sorted(p.name for p in (field.hq.folder / "uploads").iterdir()) == before

    impostor = TusClient(Endpoint(endpoint.url, endpoint.device_id, endpoint.credential, "0" * 64))
    with pytest.raises(PinError):
        impostor.create(10, {})
    assert sorted(p.name for p in (field.hq.folder / "uploads").iterdir()) == before
    with pytest.raises(SyncError, match="loopback"):
        TusClient(Endpoint("http://192.0.2.1:8080", "d", "c", None))


def test_bundles_wait_while_hq_is_down_and_go_when_it_returns(field: Field) -> None:
    port = free_port()
    provision(field, f"https://127.0.0.1:{port}")
    make_bundles(field, 2)
    report = outbox.sync_once(field.store)
    assert not report.reachable and report.waiting == 2
    assert all(e.state == "waiting" and "health" in e.last_error for e in outbox.entries(field.store))
    running = IngestServer(field.hq, "127.0.0.1", port, quiet=True)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    try:
        assert outbox.sync_once(field.store).reachable
        assert [e.state for e in outbox.entries(field.store)] == ["acknowledged", "acknowledged"]
    finally:
        running.shutdown()
        running.server_close()


def test_the_tuspy_client_uploads_to_our_server(field: Field) -> None:
    from tusclient import client as tus_client

    running = IngestServer(field.hq, "127.0.0.1", 0, tls=False, quiet=True)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    try:
        (bundle,) = make_bundles(field, 1, photo_bytes=400_000)
        credential = access.issue_credential(field.hq, field.store.device_id)
        base = f"http://127.0.0.1:{running.server_address[1]}"
        uploader = tus_client.TusClient(
            f"{base}/files", headers={"Authorization": f"Bearer {credential.device_id}:{credential.token}"}
        ).uploader(str(bundle), chunk_size=100_000)
        uploader.upload()
        ours = TusClient(Endpoint(base, credential.device_id, credential.token, None))
        url = cast(str, uploader.url)  # tuspy's Uploader declares url as None: it is set only by the upload
        upload_path = url.replace(base, "")
        assert ours.offset(upload_path) == bundle.stat().st_size
        assert wait_for_receipt(ours, upload_path)["receipt"]["verdict"] == "ingested"
    finally:
        running.shutdown()
        running.server_close()
    with pytest.raises(Exception, match="loopback"):
        IngestServer(field.hq, "0.0.0.0", 0, tls=False)


def test_cli_sync_and_outbox(field: Field, server: IngestServer, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from fieldkit.cli.main import main

    provision(field, url_of(server))
    make_bundles(field, 1)
    field.store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(field.store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["outbox"]) == 0
    assert "bundle    1  waiting" in capsys.readouterr().out
    assert main(["sync", "--once", "--limit-rate", "50M", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["reachable"] and result["outbox"][0]["state"] == "acknowledged"
    assert result["outbox"][0]["receipt"]["verdict"] == "ingested"
    assert main(["outbox", "retry", "1"]) == 25
    assert "already acknowledged" in capsys.readouterr().err
    custody = Store.open(field.store.folder, PASSPHRASE)
    try:
        text = json.dumps([e.details for e in custody.custody_events()])
        token = custody.settings.get(outbox.CREDENTIAL)
        assert token
        assert token not in text  # the credential never enters the custody log (which travels in bundles)
    finally:
        custody.close()


def test_beyond_the_cap_the_oldest_idle_connection_makes_room(field: Field) -> None:
    limits = dataclasses.replace(SERVER_LIMITS, preauth_connections=1, preauth_per_address=1)
    running = IngestServer(field.hq, "127.0.0.1", 0, quiet=True, limits=limits)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    try:
        provision(field, url_of(running))
        endpoint = outbox.endpoint(field.store)
        assert endpoint is not None
        idle = socket.create_connection(("127.0.0.1", running.server_address[1]))  # holds the only slot
        time.sleep(0.2)
        assert TusClient(endpoint, timeout=5).health()  # the idle connection gave its slot up, at once
        idle.settimeout(5)
        assert idle.recv(1) == b""  # closed by the server
        idle.close()
    finally:
        running.shutdown()
        running.server_close()


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    import random

    rng = random.Random(7)
    waits = [outbox.backoff(attempt, rng) for attempt in range(1, 12)]
    for attempt, wait in enumerate(waits, 1):
        ceiling = min(SYNC_LIMITS.backoff_cap_s, SYNC_LIMITS.backoff_base_s * 2 ** (attempt - 1))
        assert ceiling / 2 <= wait <= ceiling  # jitter within [ceiling/2, ceiling]
    assert waits[-1] <= SYNC_LIMITS.backoff_cap_s and waits[5] > waits[0] * 8
    assert len({round(outbox.backoff(3, random.Random(seed)), 3) for seed in range(20)}) > 10  # devices spread out


def test_the_rate_cap_holds(field: Field, server: IngestServer) -> None:
    provision(field, url_of(server))
    (bundle,) = make_bundles(field, 1, photo_bytes=6_000_000)
    size = bundle.stat().st_size
    endpoint = outbox.endpoint(field.store)
    assert endpoint is not None
    capped = TusClient(endpoint, rate_limit=size // 2)  # the whole file at this rate takes about 2 s
    path = capped.create(size, {})
    started = time.monotonic()
    with open(bundle, "rb") as source:
        capped.patch(path, source, 0, size)
    assert time.monotonic() - started >= 1.7


def test_hostile_requests_get_clear_refusals_and_store_nothing(field: Field) -> None:
    import http.client

    running = IngestServer(field.hq, "127.0.0.1", 0, tls=False, quiet=True, max_size=10 << 20)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    try:
        credential = access.issue_credential(field.hq, field.store.device_id)
        auth = {"Authorization": f"Bearer {credential.device_id}:{credential.token}", "Tus-Resumable": "1.0.0"}

        def ask(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> int:
            connection = http.client.HTTPConnection("127.0.0.1", running.server_address[1], timeout=10)
            connection.request(method, path, body=body, headers=headers)
            status = connection.getresponse().status
            connection.close()
            return status

        uploads = field.hq.folder / "uploads"
        assert ask("POST", "/files", {**auth, "Upload-Length": "-5"}) == 413
        assert ask("POST", "/files", {**auth, "Upload-Length": "99999999999999"}) == 413
        assert ask("POST", "/files", {**auth, "Upload-Length": "ten"}) == 400
        assert ask("POST", "/files", {"Tus-Resumable": "0.2.2", "Upload-Length": "10"}) == 412
        assert ask("POST", "/files", {"Tus-Resumable": "1.0.0", "Upload-Length": "10"}) == 401
        assert ask("POST", "/../../etc", {**auth, "Upload-Length": "10"}) == 404
        assert ask("HEAD", "/files/../../hq-identity.txt", auth) == 404
        assert ask("GET", "/files/" + "0" * 32 + "/receipt", auth) == 404
        assert list(uploads.iterdir()) == []
        assert ask("POST", "/files", {**auth, "Upload-Length": "10", "Upload-Metadata": "bad key!,x ###"}) == 201
        (meta,) = uploads.glob("*.json")
        upload = "/files/" + meta.name.split(".")[0]
        assert ask("PATCH", upload, {**auth, "Content-Type": "text/plain"}, b"0123456789") == 415
        patch = {**auth, "Content-Type": "application/offset+octet-stream"}
        assert ask("PATCH", upload, {**patch, "Upload-Offset": "3"}, b"0123456789") == 409
        assert ask("PATCH", upload, {**patch, "Upload-Offset": "0"}, b"0123456789ABC") == 413  # more than declared
        assert ask("PATCH", upload, {**patch, "Upload-Offset": "zero"}, b"01") == 400
        assert (uploads / (meta.name.split(".")[0] + ".part")).stat().st_size == 0  # nothing was written
        assert json.loads(meta.read_text())["metadata"] == {}  # undecodable metadata is dropped
        assert ask("GET", "/health", {}) == 200  # and the server still answers
    finally:
        running.shutdown()
        running.server_close()


def test_a_damaged_copy_is_caught_on_retry_and_a_duplicate_is_said(
    field: Field, server: IngestServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundle whose outbox copy was damaged is not sent (its SHA-256 is not the one recorded when it was written);
    the outbox line says what to do, and
    `outbox retry` checks the file against the SHA-256 the device recorded when it wrote the bundle: it says the copy
    is damaged and how to replace it, and queues nothing; an intact copy relocated is sent and acknowledged. A bundle
    HQ already had is shown as such."""
    from fieldkit.cli.main import main

    provision(field, url_of(server))
    first, second = make_bundles(field, 2)
    with Index(field.hq) as index:  # bundle 1 reached HQ first on a USB stick
        assert index.ingest(first).outcome == "ingested"
    intact = second.read_bytes()
    data = bytearray(intact)
    data[len(data) // 2] ^= 0x40  # the copy in the outbox folder got damaged
    second.write_bytes(bytes(data))
    rows = sync_until_done(field.store)
    assert [e.state for e in rows] == ["acknowledged", "rejected"]
    assert json.loads(rows[0].receipt or "{}")["verdict"] == "duplicate" and rows[0].duplicate
    assert rows[1].damaged and rows[1].reason.startswith("damaged copy: ")  # caught before a byte left
    field.store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(field.store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)

    assert main(["outbox"]) == 0
    out = capsys.readouterr().out
    line_one = next(line for line in out.splitlines() if line.startswith("bundle    1"))
    line_two = next(line for line in out.splitlines() if line.startswith("bundle    2"))
    assert "acknowledged (HQ already had it)" in line_one
    assert "damaged copy" in line_two and "'fieldkit outbox relocate 2 --path FILE'" in line_two

    assert main(["outbox", "retry", "2"]) == 54  # the damaged copy is not queued again
    err = capsys.readouterr().err
    assert f"the file {second} is not bundle 2 as this device wrote it" in err
    assert hashlib.sha256(intact).hexdigest() in err and "fieldkit outbox relocate 2 --path FILE" in err
    assert "'fieldkit bundle remake 2 --reason TEXT'" in err and "what to do:" in err
    store = Store.open(field.store.folder, PASSPHRASE)
    try:
        assert outbox.entry(store, 2).state == "rejected"
        kept = field.out / "from-the-bundle-folder.fkb"
        kept.write_bytes(intact)  # an intact copy, found where the bundle was written
        outbox.relocate(store, 2, kept)
        outbox.retry(store, 2)
        rows = sync_until_done(store)
        assert [e.state for e in rows] == ["acknowledged", "acknowledged"] and archived(field.hq) == 2
        assert not rows[1].duplicate and rows[0].duplicate
    finally:
        store.close()
    field.store = Store.open(field.store.folder, PASSPHRASE)  # the fixture closes it
