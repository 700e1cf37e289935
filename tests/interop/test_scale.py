"""HQ past one machine at scale on 127.0.0.1 (issue 16, "Tests that must exist"): PostgreSQL and S3 (moto) as HQ's
database and storage, two front ends (`fieldkit hq gateway`, the Node tus server with fieldkit's hooks) sharing one
HQ folder, TLS certificate, credentials and database, and three verifier workers (`fieldkit hq worker --jobs 1`).
Twenty simulated devices, split between the two front ends, each send three good bundles of a few MiB with the
device's own transfer code (fieldkit.sync.outbox.transfer over fieldkit.sync.tus) through TCP relays that cut
connections mid-upload; two of them also send a bad bundle (a payload byte flipped; one signed by a key HQ never
enrolled). Meanwhile one worker process is killed with SIGKILL while it verifies a job, and one front end is
restarted (SIGTERM, then started again on the same port) while uploads are in flight through it.

At the end: every good bundle archived exactly once (60 rows, no two for one (device, number), 60 objects under
archive/), every device holds a receipt it verified with HQ's receipt key for each of its uploads (ingested, or
rejected for the bad ones), no job lost (all done, none queued or running), quarantine holds the two bad bundles and
nothing else, and nothing is left of the uploads in storage: the tus store's objects (the upload, its .info and
.part) go once the upload's verdict is committed, and no multipart upload stays open in the bucket. On a failure
the stderr tails of the workers and front ends are printed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.bundle.receipt import Receipt
from fieldkit.hq import access, gateway, jobs
from fieldkit.hq.trust import HQ
from fieldkit.sync import outbox
from fieldkit.sync.tus import Endpoint, TusClient
from tests import services
from tests.bundle_kit import Draft, pack, sample_payload, seal
from tests.conftest import fieldkit_cmd
from tests.relay import Relay

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (gateway.APP / "node_modules").is_dir(),
    reason="node and resources/gateway/node_modules (npm ci --prefix resources/gateway) are needed",
)

DEVICES = 20
PER_DEVICE = 3
BUNDLE_BYTES = 2 << 20  # the photo in each bundle: large enough that a worker is caught verifying one
RATE = 6 << 20  # bytes/s each device sends at: uploads last long enough to be in flight at the restart
CUTS = 12  # connections each relay cuts after CUT_AFTER bytes
CUT_AFTER = 700_000
DEADLINE_S = 60.0


def big_payload(seed: int) -> dict[str, bytes]:
    """sample_payload with its photo replaced by BUNDLE_BYTES of noise (its capture record updated to match)."""
    payload = sample_payload(seed)
    photo = next(name for name in payload if name.endswith(".jpg"))
    record = next(name for name in payload if name.startswith("data/records/captures/"))
    data = os.urandom(BUNDLE_BYTES)
    payload[photo] = data
    fields = json.loads(payload[record])
    fields.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    payload[record] = format.canonical_json(fields)
    return payload


@dataclass
class Upload:
    path: Path
    bundle_uuid: str
    expect: str  # the receipt's verdict: "ingested" or "rejected"
    receipt: Receipt | None = None
    upload_path: str | None = None
    attempts: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Device:
    device_id: str
    token: str
    front: int  # which front end (relay) it sends through
    uploads: list[Upload] = field(default_factory=list)


@dataclass
class Service:
    """One `fieldkit hq gateway` or `fieldkit hq worker` process, its stderr in a file (tailed on failure)."""

    name: str
    command: list[str]
    log: Path
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self, wait_line: bool = False) -> None:
        self.starts += 1
        with open(self.log, "ab") as err:
            err.write(f"--- start {self.starts} ---\n".encode())
            err.flush()
            self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE if wait_line else subprocess.DEVNULL,
                                            stderr=err, start_new_session=True)  # fmt: skip
        if wait_line:
            assert self.process.stdout is not None
            line = self.process.stdout.readline().decode()
            assert "listening on https://" in line, f"{self.name} did not start: {line!r}\n{self.tail()}"

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        return f"=== {self.name} ({self.log.name}) ===\n" + "\n".join(text[-lines:])


@dataclass
class Cluster:
    hq: HQ
    s3: str
    gateways: list[Service]
    workers: list[Service]
    relays: list[Relay]
    events: list[str] = field(default_factory=list)

    def tails(self) -> str:
        return "\n".join(s.tail() for s in [*self.gateways, *self.workers]) + "\nevents: " + "; ".join(self.events)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    s3 = services.new_bucket("evidence")
    folder = tmp_path / "HQ"
    init = ["hq", "init", "--dir", str(folder), "--organisation", "Task Force North"]
    subprocess.run([*fieldkit_cmd(), *init, "--database", services.new_database(), "--storage", s3], check=True,
                   capture_output=True)  # fmt: skip
    hq = HQ(folder)
    gateways = []
    for n in range(2):
        port = services.free_port()
        command = [*fieldkit_cmd(), "hq", "gateway", "--dir", str(folder), "--listen", f"127.0.0.1:{port}"]
        gateways.append(Service(f"gateway {n} (:{port})", command, tmp_path / f"gateway{n}.err"))
    workers = [Service(f"worker {n}", [*fieldkit_cmd(), "hq", "worker", "--dir", str(folder), "--jobs", "1"],
                       tmp_path / f"worker{n}.err") for n in range(3)]  # fmt: skip
    running = Cluster(hq, s3, gateways, workers, [])
    try:
        for service in gateways:
            service.start(wait_line=True)
        for service in workers:
            service.start()
        for service in gateways:
            port = int(service.command[-1].rsplit(":", 1)[1])
            running.relays.append(Relay(("127.0.0.1", port), cut_after=CUT_AFTER, cuts=CUTS))
        yield running
    finally:
        for relay in running.relays:
            relay.close()
        for service in [*gateways, *workers]:
            service.kill()


def make_devices(cluster: Cluster, out: Path) -> list[Device]:
    """DEVICES enrolled devices with a credential each and PER_DEVICE chained bundles of their own; device 0 adds a
    bundle with one payload byte flipped, device 1 one signed by a key HQ never enrolled."""
    hq = cluster.hq
    recipients = hq.recipients()
    devices = []
    for n in range(DEVICES):
        device_id, key = str(uuid.uuid4()), Ed25519PrivateKey.generate()
        hq.enroll(f'{device_id} namespaces="fieldkit-bundle" {sshsig.public_key_line(key.public_key())} dev{n}')
        device = Device(device_id, access.issue_credential(hq, device_id).token, front=n % 2)
        previous = None
        for sequence in range(1, PER_DEVICE + 2 if n == 0 else PER_DEVICE + 1):
            draft = Draft(device_id, key, sequence=sequence, previous=previous, payload=big_payload(n * 10 + sequence))
            previous = hashlib.sha256(draft.tag_files()[format.TAGMANIFEST]).hexdigest()
            data = seal(pack(draft), recipients)
            expect = "ingested"
            if sequence > PER_DEVICE:  # damaged on the way: one byte of the encrypted payload flipped
                flipped = bytearray(data)
                flipped[len(flipped) // 2] ^= 0x01
                data, expect = bytes(flipped), "rejected"
            path = out / f"{device_id}-{sequence}.fkb"
            path.write_bytes(data)
            device.uploads.append(Upload(path, draft.info()["bundle_id"], expect))
        if n == 1:  # a bundle signed by a key HQ never enrolled, sent with this device's credential
            stranger = Draft(str(uuid.uuid4()), Ed25519PrivateKey.generate(), payload=big_payload(999))
            path = out / "stranger.fkb"
            path.write_bytes(seal(pack(stranger), recipients))
            device.uploads.append(Upload(path, stranger.info()["bundle_id"], "rejected"))
        devices.append(device)
    return devices


class Traffic:
    """What the devices are doing, for the test's disruptions: bytes in flight per front end, uploads finished."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.in_flight: dict[tuple[str, int], tuple[int, int, int]] = {}  # (device, n) -> (front, offset, size)
        self.finished = 0
        self.stop = threading.Event()

    def partial(self, front: int) -> int:
        with self.lock:
            return sum(1 for f, offset, size in self.in_flight.values() if f == front and 0 < offset < size)


def send(device: Device, endpoints: list[Endpoint], receipt_key: str, traffic: Traffic) -> None:
    """The device's outbox loop without a store: each bundle is sent (resumed after a cut) until HQ's receipt
    verifies; a failed attempt is tried again after a short pause (the outbox's backoff, shortened)."""
    endpoint = endpoints[device.front]
    for number, upload in enumerate(device.uploads):
        size = upload.path.stat().st_size

        def progress(offset: int, number: int = number, size: int = size) -> None:
            with traffic.lock:
                traffic.in_flight[(device.device_id, number)] = (device.front, offset, size)

        def created(path: str, upload: Upload = upload) -> None:
            upload.upload_path = path

        while upload.receipt is None and not traffic.stop.is_set():
            upload.attempts += 1
            task = outbox.Task(number + 1, upload.bundle_uuid, upload.path, "", upload.upload_path, endpoint,
                               receipt_key, RATE)  # fmt: skip
            client = TusClient(endpoint, timeout=15, rate_limit=RATE)
            result = outbox.transfer(task, on_created=created, progress=progress, client=client, receipt_wait=60)
            if result.receipt is not None:
                upload.receipt = result.receipt
            else:
                upload.errors.append(result.error)
                traffic.stop.wait(0.2)
        with traffic.lock:
            traffic.in_flight.pop((device.device_id, number), None)
            traffic.finished += 1


def parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def kill_a_verifying_worker(cluster: Cluster, traffic: Traffic) -> tuple[int, str]:
    """SIGKILL the worker process that holds the job claimed most recently (it is reading and verifying the bundle
    now), once a few uploads were decided; (job id, worker name)."""
    supervisors = {s.process.pid for s in cluster.workers if s.process is not None}
    with cluster.hq.database() as db:
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            done = db.execute("SELECT count(*) FROM jobs WHERE state = 'done'").fetchone()[0]
            if done >= 5:
                for job_id, worker, _claimed in db.execute(
                    "SELECT id, worker, claimed FROM jobs WHERE state = 'running' ORDER BY claimed DESC"
                ).fetchall():
                    pid = int(str(worker).rsplit(":", 1)[1])
                    if parent_of(pid) in supervisors:  # one of this test's workers (`hq worker` spawns it)
                        os.kill(pid, signal.SIGKILL)
                        cluster.events.append(f"SIGKILL worker {worker} holding job {job_id}")
                        # It may have committed the job between the SELECT and the signal: then that kill proves
                        # nothing about requeueing, and the next running job is tried.
                        time.sleep(0.1)  # the signal lands: no commit of its can come after the read below
                        row = db.execute("SELECT state, worker FROM jobs WHERE id = ?", (job_id,)).fetchone()
                        if not (row[0] == "done" and row[1] == worker):
                            return int(job_id), str(worker)
                        cluster.events.append(f"job {job_id} was done before the kill landed: another one")
                        break
            time.sleep(0.005)
    raise AssertionError("no worker was seen verifying a job")


def restart_a_front_end(cluster: Cluster, traffic: Traffic) -> int:
    """SIGTERM front end 0 while at least two uploads through it are part-sent, and start it again on its port;
    how many were in flight."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        caught = traffic.partial(0)
        if caught >= 2:
            cluster.events.append(f"restart gateway 0 with {caught} uploads in flight")
            assert cluster.gateways[0].stop() == 0
            cluster.gateways[0].start(wait_line=True)
            return caught
        time.sleep(0.005)
    raise AssertionError("no upload was seen in flight through front end 0")


def storage_keys(s3: str) -> list[str]:
    import boto3  # lazy: only this test lists the bucket beside fieldkit's own Storage

    parts = urlsplit(s3)
    prefix = parts.path.strip("/") + "/"
    client = boto3.client("s3", endpoint_url=parse_qs(parts.query)["endpoint"][0], region_name="us-east-1")
    keys: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=parts.netloc, Prefix=prefix):
        keys.extend(item["Key"][len(prefix) :] for item in page.get("Contents", ()))
    open_multipart = client.list_multipart_uploads(Bucket=parts.netloc).get("Uploads", [])
    return sorted(keys) + [str(u["Key"])[len(prefix) :] for u in open_multipart]  # an open one: its key


def test_twenty_devices_two_front_ends_three_workers_through_cuts_a_kill_and_a_restart(
    cluster: Cluster, tmp_path: Path
) -> None:
    try:
        scenario(cluster, tmp_path)
    except BaseException:
        print(cluster.tails())  # what the workers and front ends said
        raise


def scenario(cluster: Cluster, tmp_path: Path) -> None:
    started = time.monotonic()
    out = tmp_path / "out"
    out.mkdir()
    devices = make_devices(cluster, out)
    pin, receipt_key = access.tls_pin(cluster.hq), access.receipt_public_line(cluster.hq)
    endpoints = [Endpoint(f"https://127.0.0.1:{relay.port}", "", "", pin) for relay in cluster.relays]
    traffic = Traffic()
    threads = []
    for device in devices:
        mine = [Endpoint(e.url, device.device_id, device.token, pin) for e in endpoints]
        threads.append(threading.Thread(target=send, args=(device, mine, receipt_key, traffic), daemon=True))
    made = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        in_flight = restart_a_front_end(cluster, traffic)
        killed_job, killed_worker = kill_a_verifying_worker(cluster, traffic)
        for thread in threads:
            thread.join(max(1.0, DEADLINE_S - (time.monotonic() - started)))
        stuck = [(d.device_id[:8], n + 1, u.attempts, u.errors[-3:]) for d in devices
                 for n, u in enumerate(d.uploads) if u.receipt is None]  # fmt: skip
        assert not any(t.is_alive() for t in threads), f"devices still sending after {DEADLINE_S} s: {stuck[:6]}"
    finally:
        traffic.stop.set()
    sent = time.monotonic()

    # Every upload has a receipt its device verified with HQ's receipt key: ingested, or rejected for the bad ones.
    uploads = [(device, upload) for device in devices for upload in device.uploads]
    assert len(uploads) == DEVICES * PER_DEVICE + 2
    for device, upload in uploads:
        receipt = upload.receipt
        assert receipt is not None, (device.device_id, upload.errors)
        assert (receipt.verdict, receipt.uploaded_by) == (upload.expect, device.device_id), receipt
        assert receipt.upload_id == (upload.upload_path or "").rsplit("/", 1)[1]
    reasons = sorted(str(u.receipt.reason) for _d, u in uploads if u.receipt and u.receipt.verdict == "rejected")
    assert reasons == ["payload-auth", "unknown-signer"]
    upload_ids = {u.receipt.upload_id for _d, u in uploads if u.receipt}

    with cluster.hq.database() as db:
        # Each good bundle archived exactly once; no other row.
        rows = db.execute("SELECT device_id, sequence, state, path FROM bundles").fetchall()
        assert len(rows) == DEVICES * PER_DEVICE and {r[2] for r in rows} == {"archived"}
        assert {(r[0], r[1]) for r in rows} == {(d.device_id, n) for d in devices for n in range(1, PER_DEVICE + 1)}
        # No job lost: one per upload, each done with its verdict (the killed worker's one too, by another worker).
        states = db.execute("SELECT id, upload_id, state, attempts, verdict, worker FROM jobs").fetchall()
        assert {r[1] for r in states} == upload_ids and len(states) == len(uploads)
        assert {r[2] for r in states} == {"done"} and all(r[4] for r in states)
        again = next(r for r in states if r[0] == killed_job)
        assert again[3] >= 2 and again[5] != killed_worker, again
        queue = jobs.queue_status(db)
        assert queue["counts"] == {"queued": 0, "running": 0, "done": len(uploads), "dead": 0}
        # Quarantine holds the two bad bundles, nothing else.
        held = db.execute("SELECT reason, uploaded_by, path FROM quarantine").fetchall()
        assert sorted((r[0], r[1]) for r in held) == [("payload-auth", devices[0].device_id),
                                                      ("unknown-signer", devices[1].device_id)]  # fmt: skip
        # An upload created but never finished: the front end restarted before the device learnt its id (its
        # POST timed out), so the device created another. The design keeps such an upload (its row, the tus store's
        # .info and open multipart upload) until it is abandoned for good; nothing else of an upload stays.
        abandoned = db.execute("SELECT upload_id, device FROM gateway_uploads WHERE finished_at IS NULL").fetchall()
    front0 = {d.device_id for d in devices if d.front == 0}
    assert {r[1] for r in abandoned} <= front0 and not {r[0] for r in abandoned} & upload_ids, abandoned
    kept = {f"gateway/{r[0]}{end}" for r in abandoned for end in (".info", ".part", "")}

    # Storage: the 60 archived bundles, the two quarantined ones with their notes, and no upload leftovers.
    keys = storage_keys(cluster.s3)
    archive = [k for k in keys if k.startswith("archive/")]
    assert sorted(archive) == sorted(r[3] for r in rows)
    assert sorted(k for k in keys if k.startswith("quarantine/")) == sorted(
        [r[2] for r in held] + [r[2].removesuffix(".fkb") + ".json" for r in held])  # fmt: skip
    leftovers = [k for k in keys if not k.startswith(("archive/", "quarantine/")) and k not in kept]
    assert leftovers == [], leftovers

    cuts = sum(relay.cuts_made for relay in cluster.relays)
    retried = sum(u.attempts - 1 for _d, u in uploads)
    assert cuts >= CUTS and retried >= cuts, (cuts, retried)
    mib = sum(u.path.stat().st_size for _d, u in uploads) >> 20
    print(f"\nscale: {len(uploads)} uploads ({mib} MiB, {len(abandoned)} more abandoned at the restart) made in "
          f"{made - started:.1f} s, sent and decided in {sent - made:.1f} s; {cuts} cuts, {retried} attempts again, "
          f"{in_flight} uploads in flight at the restart; {'; '.join(cluster.events)}")  # fmt: skip
