"""The outbox: bundles waiting to leave, their upload state (kept in the encrypted store, so a restart resumes where
the last attempt stopped), exponential backoff with jitter between attempts, and HQ's signed receipts.

A bundle is 'acknowledged' only when HQ's receipt verifies with HQ's receipt key from the provisioning file, names
this bundle and the SHA-256 of the exact file sent, and says HQ verified it (ingested, or already held). Nothing is
ever deleted here: captures stay in the store until an operator removes them, and only once acknowledged.

The work is split so the window can run uploads off the store thread: plan() and record_*() touch the store,
transfer() only the network and the bundle file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.bundle import ledger, sshsig
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.bundle.receipt import Receipt, open_receipt
from fieldkit.errors import BundleError, InvalidValueError, NotProvisionedError
from fieldkit.store.store import Store, timestamp
from fieldkit.sync.tus import CredentialError, Endpoint, PinError, SyncError, TusClient, upload_file

STATES = ("waiting", "uploading", "verifying", "acknowledged", "rejected")
BACKOFF_BASE_S = 5.0
BACKOFF_CAP_S = 900.0
RECEIPT_WAIT_S = 120.0

ENDPOINT, PIN, RECEIPT_KEY, CREDENTIAL, RATE = (
    "sync_endpoint", "sync_tls_sha256", "sync_receipt_key", "sync_credential", "sync_rate_limit",
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    sequence: int
    bundle_uuid: str
    path: str
    size: int
    sha256: str
    state: str
    upload_path: str | None
    offset: int
    bytes_sent: int
    attempts: int
    last_attempt: str | None
    last_error: str
    next_attempt: float
    reason: str
    acknowledged_at: str | None
    receipt: str | None

    @property
    def progress(self) -> float:
        return 1.0 if self.state in ("verifying", "acknowledged") else (self.offset / self.size if self.size else 0.0)


_SELECT = (
    "SELECT o.bundle_seq, b.uuid, o.path, b.size, o.sha256, o.state, o.upload_path, o.offset, o.bytes_sent,"
    " o.attempts, o.last_attempt, o.last_error, o.next_attempt, o.reason, o.acknowledged_at, o.receipt"
    " FROM outbox o JOIN bundles b ON b.seq = o.bundle_seq"
)


def entries(store: Store) -> list[Entry]:
    return [Entry(*row) for row in store.conn.execute(_SELECT + " ORDER BY o.bundle_seq")]


def entry(store: Store, sequence: int) -> Entry:
    row = store.conn.execute(_SELECT + " WHERE o.bundle_seq = ?", (sequence,)).fetchone()
    if row is None:
        raise InvalidValueError(f"bundle {sequence} is not in the outbox ('fieldkit outbox' lists it)")
    return Entry(*row)


def endpoint(store: Store) -> Endpoint | None:
    url = ledger.setting(store, ENDPOINT)
    credential = ledger.setting(store, CREDENTIAL)
    if not url or not credential:
        return None
    return Endpoint(url, store.device_id, credential, ledger.setting(store, PIN) or None)


def configure(store: Store, *, url: str, pin: str, receipt_key: str, credential: str) -> None:
    """Set the HQ endpoint from a provisioning file. The credential is a secret: the custody log never holds it."""
    sshsig.parse_public_key(*receipt_key.split()[:2])
    with store.write() as conn:
        for key, value in ((ENDPOINT, url), (PIN, pin), (RECEIPT_KEY, receipt_key), (CREDENTIAL, credential)):
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))  # fmt: skip
        store.log("sync.configured", "device", {"endpoint": url, "tls_sha256": pin, "receipt_key": receipt_key})


def enqueue_new(store: Store) -> int:
    """Put every finished bundle that is not in the outbox yet into it (in sequence order)."""
    folder = ledger.setting(store, "bundle_folder")
    rows = store.conn.execute(
        "SELECT seq, file_name FROM bundles WHERE state = 'complete'"
        " AND seq NOT IN (SELECT bundle_seq FROM outbox) ORDER BY seq"
    ).fetchall()
    if rows:
        with store.write() as conn:
            for sequence, file_name in rows:
                path = str(Path(folder) / file_name) if folder else file_name
                conn.execute("INSERT INTO outbox (bundle_seq, path, state) VALUES (?, ?, 'waiting')", (sequence, path))
    return len(rows)


def retry(store: Store, sequence: int) -> None:
    """Send a bundle again (e.g. after HQ enrolled the device that a rejection named)."""
    found = entry(store, sequence)
    if found.state == "acknowledged":
        raise InvalidValueError(f"bundle {sequence} is already acknowledged by HQ")
    with store.write() as conn:
        conn.execute("UPDATE outbox SET state = 'waiting', upload_path = NULL, offset = 0, next_attempt = 0,"
                     " reason = '', last_error = '' WHERE bundle_seq = ?", (sequence,))  # fmt: skip
        store.log("sync.retry", f"bundle:{found.bundle_uuid}", {"sequence": sequence})


def relocate(store: Store, sequence: int, path: Path) -> None:
    """The bundle file was moved (e.g. onto another drive): send it from there."""
    entry(store, sequence)
    with store.write() as conn:
        conn.execute("UPDATE outbox SET path = ? WHERE bundle_seq = ?", (str(path.absolute()), sequence))


def backoff(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``attempts`` failures: exponential, capped, with jitter (never all devices at once)."""
    ceiling: float = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))
    return ceiling * float((rng or random).uniform(0.5, 1.0))


# --- one transfer ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    sequence: int
    bundle_uuid: str
    path: Path
    sha256: str
    upload_path: str | None
    endpoint: Endpoint
    receipt_key: str
    rate_limit: int | None


def plan(store: Store, now: float | None = None, only: int | None = None) -> list[Task]:
    """The bundles due for an attempt now (sequence order), with what the transfer needs."""
    enqueue_new(store)
    target = endpoint(store)
    if target is None:
        raise NotProvisionedError("this device has no HQ endpoint: import a provisioning file that names one")
    now = time.time() if now is None else now
    receipt_key = ledger.setting(store, RECEIPT_KEY)
    rate = ledger.setting(store, RATE)
    tasks = []
    for found in entries(store):
        if found.state in ("acknowledged", "rejected") or (only is not None and found.sequence != only):
            continue
        if only is None and found.next_attempt > now:
            continue
        # The file's SHA-256 is taken by transfer(), off the store thread, the first time it is sent.
        tasks.append(Task(found.sequence, found.bundle_uuid, Path(found.path), found.sha256, found.upload_path, target,
                          receipt_key, int(rate) if rate.isdigit() else None))  # fmt: skip
    return tasks


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for piece in iter(lambda: handle.read(1 << 20), b""):
            digest.update(piece)
    return digest.hexdigest()


@dataclass(frozen=True)
class Transfer:
    sequence: int
    upload_path: str | None
    offset: int
    bytes_sent: int
    receipt: Receipt | None = None  # the verified receipt, when HQ has answered
    error: str = ""  # why this attempt did not finish (the bundle waits for the next one)
    sha256: str = ""  # of the bundle file as sent


def transfer(task: Task, *, on_created: Callable[[str], None], progress: Callable[[int], None] | None = None,
             cancel: threading.Event | None = None, client: TusClient | None = None,
             receipt_wait: float = RECEIPT_WAIT_S) -> Transfer:  # fmt: skip
    """Send one bundle (resuming) and wait for HQ's receipt; never touches the store.

    Credential and certificate problems are raised (they stop every transfer); anything else is returned as
    an error so the bundle waits for its next attempt."""
    client = client or TusClient(task.endpoint, rate_limit=task.rate_limit)
    upload_path = task.upload_path
    offset = 0

    def created(path: str) -> None:
        nonlocal upload_path
        upload_path = path
        on_created(path)

    def moved(position: int) -> None:
        nonlocal offset
        offset = position
        if progress:
            progress(position)

    if not task.path.is_file():
        return Transfer(task.sequence, upload_path, 0, 0, error=f"the bundle file is not at {task.path}: put the "
                        "drive back, or 'fieldkit outbox relocate' it")  # fmt: skip
    size = task.path.stat().st_size
    if not task.sha256:
        task = dataclasses.replace(task, sha256=_file_sha256(task.path))
    try:
        metadata = {"filename": task.path.name, "bundle_id": task.bundle_uuid, "sha256": task.sha256}
        upload_path = upload_file(client, task.path, upload_path, metadata, created, moved, cancel)
        offset = size
        deadline = time.monotonic() + receipt_wait
        pause = 0.1
        while True:
            document = client.receipt(upload_path)
            if document is not None:
                return Transfer(task.sequence, upload_path, size, client.bytes_sent,
                                receipt=check_receipt(document, task), sha256=task.sha256)  # fmt: skip
            if time.monotonic() > deadline or (cancel is not None and cancel.is_set()):
                return Transfer(task.sequence, upload_path, size, client.bytes_sent, error="HQ is still verifying",
                                sha256=task.sha256)  # fmt: skip
            (cancel or threading.Event()).wait(pause)
            pause = min(2.0, pause * 2)
    except (CredentialError, PinError):
        raise
    except SyncError as exc:
        return Transfer(task.sequence, upload_path, offset, client.bytes_sent, error=exc.message, sha256=task.sha256)


def check_receipt(document: dict[str, Any], task: Task) -> Receipt:
    """The receipt, if HQ signed it and it is about this very file; SyncError otherwise."""
    try:
        receipt = open_receipt(document, sshsig.parse_public_key(*task.receipt_key.split()[:2]))
    except BundleError as exc:  # malformed, or not signed by HQ's receipt key
        raise SyncError(exc.message) from None
    if receipt.sha256 != task.sha256 or receipt.bundle_id != task.bundle_uuid:
        raise SyncError("the receipt is not about this bundle file")
    return receipt


# --- recording --------------------------------------------------------------------------------------------------


def record_created(store: Store, sequence: int, upload_path: str) -> None:
    with store.write() as conn:
        conn.execute("UPDATE outbox SET upload_path = ?, state = 'uploading' WHERE bundle_seq = ?",
                     (upload_path, sequence))  # fmt: skip


def record_transfer(store: Store, result: Transfer, rng: random.Random | None = None) -> Entry:
    """Keep what an attempt achieved: a receipt (acknowledged or rejected), or the error and the next attempt."""
    found = entry(store, result.sequence)
    now = timestamp(store.clock())
    with store.write() as conn:
        if result.sha256 and not found.sha256:
            conn.execute("UPDATE outbox SET sha256 = ? WHERE bundle_seq = ?", (result.sha256, result.sequence))
        if result.receipt is not None:
            receipt = result.receipt
            state = "acknowledged" if receipt.acknowledged else "rejected"
            reason = "" if state == "acknowledged" else f"{receipt.reason}: {receipt.message}"
            conn.execute(
                "UPDATE outbox SET state = ?, offset = ?, bytes_sent = bytes_sent + ?, attempts = attempts + 1,"
                " last_attempt = ?, last_error = '', reason = ?, receipt = ?, acknowledged_at = ? WHERE bundle_seq = ?",
                (state, result.offset, result.bytes_sent, now, reason, json.dumps(receipt.to_json(), sort_keys=True),
                 now if state == "acknowledged" else None, result.sequence),
            )  # fmt: skip
            store.log(f"bundle.{state}", f"bundle:{found.bundle_uuid}",
                      {"sequence": result.sequence, "verdict": receipt.verdict, "sha256": receipt.sha256,
                       "received_at": receipt.received_at, "reason": receipt.reason})  # fmt: skip
        else:
            attempts = found.attempts + 1
            verifying = result.offset >= found.size > 0 and result.upload_path is not None
            conn.execute(
                "UPDATE outbox SET state = ?, upload_path = ?, offset = ?, bytes_sent = bytes_sent + ?,"
                " attempts = ?, last_attempt = ?, last_error = ?, next_attempt = ? WHERE bundle_seq = ?",
                ("verifying" if verifying else "uploading" if result.upload_path else "waiting", result.upload_path,
                 result.offset, result.bytes_sent, attempts, now, result.error[:300],
                 time.time() + (5.0 if verifying else backoff(attempts, rng)), result.sequence),
            )  # fmt: skip
    return entry(store, result.sequence)


def record_unreachable(store: Store, error: str) -> None:
    """HQ did not answer its health probe: every waiting bundle notes it (no attempt was made)."""
    with store.write() as conn:
        conn.execute("UPDATE outbox SET last_error = ? WHERE state NOT IN ('acknowledged', 'rejected')",
                     (error[:300],))  # fmt: skip


# --- the CLI's loop ---------------------------------------------------------------------------------------------


@dataclass
class SyncReport:
    reachable: bool
    attempted: list[Entry]
    waiting: int


def sync_once(store: Store, *, progress: Callable[[int, int], None] | None = None,
              cancel: threading.Event | None = None, only: int | None = None) -> SyncReport:  # fmt: skip
    """Probe HQ; if it answers, attempt every bundle that is due. Returns what happened."""
    tasks = plan(store, only=only)
    target = endpoint(store)
    assert target is not None
    rate = ledger.setting(store, RATE)
    client = TusClient(target, rate_limit=int(rate) if rate.isdigit() else None)
    waiting = sum(1 for e in entries(store) if e.state not in ("acknowledged", "rejected"))
    if not client.health():
        record_unreachable(store, "HQ did not answer its health probe")
        return SyncReport(False, [], waiting)
    attempted = []
    for task in tasks:
        if cancel is not None and cancel.is_set():
            break
        client.bytes_sent = 0
        sequence = task.sequence

        def created(path: str, sequence: int = sequence) -> None:
            record_created(store, sequence, path)

        def moved(offset: int, sequence: int = sequence) -> None:
            if progress:
                progress(sequence, offset)

        result = transfer(task, on_created=created, progress=moved, cancel=cancel, client=client)
        attempted.append(record_transfer(store, result))
    waiting = sum(1 for e in entries(store) if e.state not in ("acknowledged", "rejected"))
    return SyncReport(True, attempted, waiting)


def next_due(store: Store) -> float | None:
    row = store.conn.execute(
        "SELECT min(next_attempt) FROM outbox WHERE state NOT IN ('acknowledged', 'rejected')"
    ).fetchone()
    return float(row[0]) if row and row[0] is not None else None


def apply_provisioning(store: Store, document: Provisioning) -> int:
    """Take HQ's provisioning file: recipients, organisation and, when it names this device, the upload endpoint,
    certificate pin, receipt key and credential. Returns how many recipients were new."""
    upload = document.upload
    if upload is not None and upload.device != store.device_id:
        raise InvalidValueError(
            f"this provisioning file is for device {upload.device}, not this one ({store.device_id})"
        )
    added = sum(ledger.add_recipient(store, r, "provisioned") for r in document.recipients)
    if document.organisation:
        ledger.set_organisation(store, document.organisation)
    if upload is not None:
        configure(store, url=upload.endpoint, pin=upload.tls_sha256, receipt_key=upload.receipt_key,
                  credential=upload.credential)  # fmt: skip
    return added


@dataclass(frozen=True)
class Purge:
    captures: int
    bytes: int
    done: bool


def purge_acknowledged(store: Store, *, confirm: bool) -> Purge:
    """Remove (crypto-shred) the captures whose bundle HQ has acknowledged with a verified receipt: an operator's
    explicit action to free space in the field. Nothing else is ever removed; without ``confirm`` only count."""
    rows = store.conn.execute(
        "SELECT c.id, c.size, o.bundle_seq FROM captures c JOIN outbox o ON o.bundle_seq = c.bundle_seq"
        " WHERE o.state = 'acknowledged' AND o.receipt IS NOT NULL ORDER BY c.id"
    ).fetchall()
    total = sum(int(size) for _id, size, _seq in rows)
    if confirm:
        for capture_id, _size, sequence in rows:
            store.delete_capture(int(capture_id), reason=f"bundle {sequence} acknowledged by HQ; removed by operator")
    return Purge(len(rows), total, confirm)
