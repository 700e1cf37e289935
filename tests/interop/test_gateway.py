"""HQ's upload front end (`fieldkit hq gateway`: the official Node tus server with fieldkit's hooks) on 127.0.0.1,
with the device's own tus client: in the HQ folder with SQLite (the default), and on S3 (moto) with PostgreSQL. An
upload is cut, the front end restarted, and the upload resumes; another device's upload is refused on every request
type exactly as a missing one; 401, 413, 429; the finished upload is a queued job; the receipt's three states. The
HQ folder holds no hq-identity.txt: the front end never needs the key that opens bundles."""

from __future__ import annotations

import io
import json
import os
import secrets
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.config import SERVER_LIMITS
from fieldkit.errors import CredentialError, HqGatewayError, RefusedError, SyncError
from fieldkit.hq import access, gateway, jobs
from fieldkit.hq.trust import HQ, IDENTITY
from fieldkit.hq.worker import Worker
from fieldkit.sync.tus import Endpoint, TusClient, upload_file
from tests import services
from tests.bundle_kit import Draft, pack, sample_payload, seal
from tests.conftest import fieldkit_cmd
from tests.hq_backends import FAST_WORKER

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (gateway.APP / "node_modules").is_dir(),
    reason="node and resources/gateway/node_modules (npm ci --prefix resources/gateway) are needed",
)

MAX = 1 << 20  # the front end's --max-size in these tests


@dataclass
class Gateway:
    hq: HQ
    url: str
    command: list[str]
    process: subprocess.Popen[bytes]
    s3: str | None
    devices: list[tuple[str, str]]  # (device id, credential) of two enrolled devices
    identity: bytes = field(default=b"", repr=False)  # HQ's identity, kept from the front end (a worker holds it)

    def client(self, device: str, token: str) -> TusClient:
        return TusClient(Endpoint(self.url, device, token, access.tls_pin(self.hq)), timeout=10)

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode()
        assert "listening on https://" in line, line

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=10)

    def stored(self, key: str) -> bytes:
        if self.s3 is None:
            return (self.hq.folder / key).read_bytes()
        import boto3

        parts = urlsplit(self.s3)
        endpoint = parse_qs(parts.query)["endpoint"][0]
        body = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").get_object(
            Bucket=parts.netloc, Key=f"{parts.path.strip('/')}/{key}")["Body"]  # fmt: skip
        return bytes(body.read())


def enroll(hq: HQ) -> tuple[str, str]:
    device = secrets.token_hex(16)
    key = Ed25519PrivateKey.generate().public_key()
    hq.enroll(f'{device} namespaces="fieldkit-bundle" {sshsig.public_key_line(key)} test')
    return device, access.issue_credential(hq, device).token


@pytest.fixture(params=["folder-sqlite", "s3-postgresql"])
def gw(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Gateway]:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    s3 = None
    if request.param == "s3-postgresql":
        s3 = services.new_bucket("evidence")
        info = json.loads((hq.folder / "hq.json").read_text())
        info.update(database=services.new_database(), storage=s3)
        (hq.folder / "hq.json").write_text(json.dumps(info))
    devices = [enroll(hq), enroll(hq)]
    identity = (hq.folder / IDENTITY).read_bytes()
    access.ensure_tls(hq)  # made at HQ (devices pin it) and copied to the front end with the credentials
    (hq.folder / IDENTITY).unlink()  # the front end's machine never holds the key that opens bundles
    port = services.free_port()
    command = [*fieldkit_cmd(), "hq", "gateway", "--dir", str(hq.folder), "--listen", f"127.0.0.1:{port}",
               "--max-size", "1M"]  # fmt: skip
    running = Gateway(hq, f"https://127.0.0.1:{port}", command, None, s3, devices, identity)  # type: ignore[arg-type]
    running.start()
    yield running
    if running.process.poll() is None:
        running.stop()


class CutAfter:
    """A file that breaks (as a dropped link does) once ``cut`` bytes were read from it."""

    def __init__(self, source: BinaryIO, cut: int) -> None:
        self.source, self.cut = source, cut

    def seek(self, offset: int) -> None:
        self.source.seek(offset)

    def read(self, size: int) -> bytes:
        if self.source.tell() >= self.cut:
            raise ConnectionResetError("cut")
        return self.source.read(min(size, 64 << 10, self.cut - self.source.tell()))


def test_a_cut_upload_resumes_across_a_front_end_restart_and_becomes_a_job(gw: Gateway, tmp_path: Path) -> None:
    device, token = gw.devices[0]
    data = os.urandom(900_000)
    bundle = tmp_path / "b.fkb"
    bundle.write_bytes(data)
    client = gw.client(device, token)
    assert client.health()
    path = client.create(len(data), {"bundle_id": "x", "filename": "b.fkb"})
    upload_id = path.rsplit("/", 1)[1]
    assert path == f"/files/{upload_id}" and len(upload_id) == 32
    with open(bundle, "rb") as source, pytest.raises(SyncError):
        client.patch(path, CutAfter(source, 300_000), 0, len(data))  # type: ignore[arg-type]
    held = client.offset(path)
    assert held is not None and held <= 300_000
    incomplete = client._request("GET", path + "/receipt")
    assert incomplete[0] == 409 and json.loads(incomplete[2]) == {"state": "incomplete", "offset": held}

    assert gw.stop() == 0  # SIGTERM reaches the tus server too: both stop
    gw.start()
    resumed = gw.client(device, token)
    assert upload_file(resumed, bundle, path, {}, on_created=lambda p: pytest.fail("a new upload")) == path
    assert resumed.bytes_sent <= len(data) - held
    assert resumed.receipt(path) is None  # 202 verifying: the job is queued

    key = gateway.storage_key(upload_id)
    assert gw.stored(key) == data  # the tus store wrote it at the storage key the job names
    with gw.hq.database() as db:
        rows = db.execute("SELECT key, uploaded_by, upload_id, state FROM jobs").fetchall()
        assert [tuple(r) for r in rows] == [(key, device, upload_id, "queued")]
        assert jobs.state_of_upload(db, upload_id) == "queued"
        signed = {"upload_id": upload_id, "verdict": "ingested", "signature": "..."}
        db.execute("INSERT INTO receipts (upload_id, job_id, document, signed) VALUES (?, (SELECT id FROM jobs"
                   " WHERE upload_id = ?), ?, 0)", (upload_id, upload_id, json.dumps(signed)))  # fmt: skip
    assert resumed.receipt(path) == signed
    assert not (gw.hq.folder / IDENTITY).exists()


def test_another_devices_upload_is_a_missing_one_on_every_request(gw: Gateway) -> None:
    (alice, alice_token), (bob, bob_token) = gw.devices
    mine = gw.client(alice, alice_token)
    path = mine.create(1000, {"bundle_id": "a"})
    assert mine.patch(path, io.BytesIO(b"x" * 400), 0, 400) == 400
    other = gw.client(bob, bob_token)
    missing = f"/files/{secrets.token_hex(16)}"
    patch = {"Content-Type": "application/offset+octet-stream", "Upload-Offset": "400", "Content-Length": "0"}
    for method, suffix, headers in [("HEAD", "", {}), ("PATCH", "", patch), ("DELETE", "", {}),
                                    ("GET", "/receipt", {}), ("GET", "", {})]:  # fmt: skip
        theirs = other._request(method, path + suffix, headers)
        nothing = other._request(method, missing + suffix, headers)
        assert theirs[0] == 404 and (theirs[0], theirs[2]) == (nothing[0], nothing[2]), method
    # Creation with another device's id and name in its metadata makes a new upload of the sender's own.
    spoofed = other.create(500, {"upload_id": path.rsplit("/", 1)[1], "device_id": alice, "uploaded_by": alice})
    assert spoofed != path and other.offset(spoofed) == 0 and mine.offset(spoofed) is None
    with gw.hq.database() as db:
        owners = dict(db.execute("SELECT upload_id, device FROM gateway_uploads").fetchall())
    assert owners == {path.rsplit("/", 1)[1]: alice, spoofed.rsplit("/", 1)[1]: bob}
    assert mine.offset(path) == 400  # untouched by all of it
    # No credential, or a wrong one: 401 on every request type.
    for client in (gw.client(alice, "wrong"), gw.client("nobody", alice_token)):
        for method, suffix in [("POST", ""), ("HEAD", ""), ("PATCH", ""), ("DELETE", ""), ("GET", "/receipt")]:
            target = "/files" if method == "POST" else path + suffix
            with pytest.raises(CredentialError):
                client._request(method, target, {"Upload-Length": "10"} if method == "POST" else patch)
    # A device deletes its own unfinished upload; a finished one stays until verified.
    assert mine._request("DELETE", path)[0] == 204 and mine.offset(path) is None


def test_size_cap_and_quotas(gw: Gateway) -> None:
    device, token = gw.devices[0]
    client = gw.client(device, token)
    with pytest.raises(RefusedError):
        client.create(MAX + 1, {})
    made = [client.create(1000, {}) for _ in range(4)]  # ServerLimits.open_uploads_per_device
    status, _headers, body = client._request("POST", "/files", {"Upload-Length": "1000", "Content-Length": "0"})
    assert status == 429 and "uploads open at HQ" in json.loads(body)["error"]
    assert client._request("DELETE", made[0])[0] == 204  # a deleted upload frees its place
    client.create(1000, {})
    finished = made[1]
    assert client.patch(finished, io.BytesIO(b"y" * 1000), 0, 1000) == 1000
    assert client._request("DELETE", finished)[0] == 409


def test_print_config_and_a_missing_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hq = HQ.init(tmp_path / "HQ", "T")
    enroll(hq)
    access.ensure_tls(hq)  # the front end's folder holds HQ's copies
    (hq.folder / IDENTITY).unlink()
    done = subprocess.run([*fieldkit_cmd(), "hq", "gateway", "--dir", str(hq.folder), "--listen", "0.0.0.0:8443",
                           "--print-config"], capture_output=True, text=True, check=True)  # fmt: skip
    secret = gateway.hooks_secret(hq).read_text().strip()
    assert "FIELDKIT_GATEWAY_HOOKS_URL=http://127.0.0.1:8444" in done.stdout and secret not in done.stdout
    assert "FIELDKIT_GATEWAY_TLS_CERT=" in done.stdout and "--no-node" in done.stdout
    monkeypatch.setattr(gateway, "APP", tmp_path / "nowhere")
    with pytest.raises(HqGatewayError, match="npm ci --prefix"):
        gateway.node_command()


def test_a_decided_upload_leaves_only_archive_and_quarantine_in_storage(gw: Gateway, tmp_path: Path) -> None:
    """A real bundle through the front end and a real worker: once its job is decided the tus server's record beside
    it (gateway/<id>.json in the folder, gateway/<id>.info on S3) is gone and its row closed; the device's receipt
    and a resuming HEAD are still answered (from the row), so a device that asks again never sends it twice."""
    (gw.hq.folder / IDENTITY).write_bytes(gw.identity)  # the worker's machine (here the same folder) holds it
    key = Ed25519PrivateKey.generate()
    device = secrets.token_hex(16)
    gw.hq.enroll(f'{device} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    token = access.issue_credential(gw.hq, device).token
    bundles = []
    for sequence, payload in ((1, sample_payload(1)), (2, {"not": b"a bundle"})):
        path = tmp_path / f"b{sequence}.fkb"
        draft = Draft(device_id=device, key=key, sequence=sequence, payload=sample_payload(sequence))
        path.write_bytes(seal(pack(draft), gw.hq.recipients()) if "not" not in payload else b"not a bundle at all")
        bundles.append(path)
    client = gw.client(device, token)
    paths = [upload_file(client, path, None, {"filename": path.name}, on_created=lambda _p: None) for path in bundles]
    storage = gw.hq.storage()
    ids = [path.rsplit("/", 1)[1] for path in paths]
    assert all(storage.exists(f"gateway/{i}.{'info' if gw.s3 else 'json'}") for i in ids)  # the tus records

    worker = Worker(gw.hq, "test-worker", limits=FAST_WORKER, log=lambda _line: None)
    try:
        while worker.run_once():
            pass
    finally:
        worker.close()
    verdicts = [client.receipt(path) for path in paths]
    assert [v["receipt"]["verdict"] if v else None for v in verdicts] == ["ingested", "rejected"]
    held = {folder: list(storage.keys(f"{folder}/")) for folder in ("archive", "quarantine", "incoming", "gateway")}
    assert [len(keys) for keys in held.values()] == [1, 2, 0, 0], held  # a bundle; a refused one and its note
    with gw.hq.database() as db:
        rows = db.execute("SELECT closed_at FROM gateway_uploads WHERE device = ?", (device,)).fetchall()
    assert len(rows) == 2 and all(row[0] for row in rows)
    # The device resumes (its receipt wait ran out before): HQ says all of it arrived; nothing is sent again.
    again = gw.client(device, token)
    assert upload_file(again, bundles[0], paths[0], {}, on_created=lambda _p: pytest.fail("sent again")) == paths[0]
    assert again.bytes_sent == 0 and again.receipt(paths[0]) == verdicts[0]


def test_quarantine_expire_removes_gateway_uploads_idle_past_the_expiry(gw: Gateway) -> None:
    device, token = gw.devices[0]
    client = gw.client(device, token)
    idle, busy = client.create(1000, {}), client.create(1000, {})
    for path in (idle, busy):
        assert client.patch(path, io.BytesIO(b"z" * 400), 0, 400) == 400
    idle_id = idle.rsplit("/", 1)[1]
    days = SERVER_LIMITS.quarantine_expiry_days + 1
    long_ago = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with gw.hq.database() as db:
        db.execute("UPDATE gateway_uploads SET created_at = ?, touched_at = ? WHERE upload_id = ?",
                   (long_ago, long_ago, idle_id))  # fmt: skip
    storage = gw.hq.storage()
    before = [k for k in storage.keys("gateway/") if idle_id in k]
    assert before and f"gateway/{idle_id}.{'info' if gw.s3 else 'json'}" in before
    done = subprocess.run([*fieldkit_cmd(), "hq", "quarantine", "--dir", str(gw.hq.folder), "--expire", "--json"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    (removed,) = json.loads(done.stdout)["abandoned_uploads"]
    assert (removed["id"], removed["device"], removed["length"]) == (idle_id, device, 1000)
    assert not [k for k in storage.keys("gateway/") if idle_id in k]
    with gw.hq.database() as db:
        left = [r[0] for r in db.execute("SELECT upload_id FROM gateway_uploads").fetchall()]
    assert left == [busy.rsplit("/", 1)[1]]
    assert client.offset(idle) is None and client.offset(busy) == 400  # the device starts the idle one again
    if gw.s3:  # no multipart upload is left behind in the bucket either
        parts = urlsplit(gw.s3)
        s3 = storage.client  # type: ignore[attr-defined]
        unfinished = s3.list_multipart_uploads(Bucket=parts.netloc).get("Uploads", [])
        assert [u["Key"] for u in unfinished if idle_id in u["Key"]] == []
