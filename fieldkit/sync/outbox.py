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
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from fieldkit._internal import logs
from fieldkit._internal.sigpipe import ignore_sigpipe
from fieldkit.bundle import sshsig
from fieldkit.bundle.provisioning import DAI_SETTING, HQ_KEY_SETTING, ORI_SETTING, RECEIPT_KEY_SETTING, Provisioning
from fieldkit.bundle.receipt import Receipt, open_receipt
from fieldkit.config import SYNC_LIMITS
from fieldkit.errors import (
    BundleError,
    CredentialError,
    DamagedBundleCopyError,
    InvalidValueError,
    NotProvisionedError,
    PinError,
    RefusedError,
    SyncError,
)
from fieldkit.outgoing import ledger
from fieldkit.store.outbox import OutboxRow
from fieldkit.store.store import Store, timestamp
from fieldkit.sync.tus import Endpoint, TusClient, upload_file

# The device's upload events (started, resumed, finished, refused) for its log file (docs/cli.md, "Logs"): the
# bundle's number, SHA-256 and size, the upload id, offsets, verdict and reason codes; never a file name, a case, a
# message from HQ, the endpoint's URL or a credential.
log = logging.getLogger("fieldkit.sync")


def upload_id(upload_path: str | None) -> str | None:
    """The id of a tus upload: the last part of its path (the path, a URL on HQ, is not logged)."""
    if not upload_path:
        return None
    return upload_path.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1] or None


DAMAGED = "damaged copy: "  # how the reason of a bundle the device refused to send starts (Entry.damaged)

STATES = ("waiting", "uploading", "verifying", "acknowledged", "rejected")

ENDPOINT, PIN, RECEIPT_KEY, CREDENTIAL, RATE = (
    "sync_endpoint", "sync_tls_sha256", RECEIPT_KEY_SETTING, "sync_credential", "sync_rate_limit",
)  # fmt: skip


@dataclass(frozen=True)
class Entry(OutboxRow):
    """An outbox row with what the bundle ledger knows of its bundle."""

    bundle_uuid: str = ""
    size: int = 0

    @property
    def progress(self) -> float:
        return 1.0 if self.state in ("verifying", "acknowledged") else (self.offset / self.size if self.size else 0.0)

    @property
    def duplicate(self) -> bool:
        """HQ acknowledged it as one it already had (its receipt's verdict ``duplicate``: sent twice, kept once)."""
        if self.state != "acknowledged" or not self.receipt:
            return False
        try:
            return bool(json.loads(self.receipt).get("verdict") == "duplicate")
        except (ValueError, AttributeError):
            return False

    @property
    def damaged(self) -> bool:
        """The device refused to send it: its file is not the bundle as the device wrote it (a damaged copy)."""
        return self.state == "rejected" and self.reason.startswith(DAMAGED)

    @property
    def hint(self) -> str:
        """What the operator can do about a rejected bundle ("" otherwise): retry checks the file first."""
        if self.state != "rejected":
            return ""
        if self.damaged:
            return (f"what to do: find an intact copy (SHA-256 in 'fieldkit custody', event bundle.created), "
                    f"'fieldkit outbox relocate {self.sequence} --path FILE' then 'fieldkit outbox retry "
                    f"{self.sequence}'; if no intact copy is left, 'fieldkit bundle remake {self.sequence} --reason "
                    "TEXT' and 'fieldkit bundle create' send its captures again")  # fmt: skip
        return (f"what to do: 'fieldkit outbox retry {self.sequence}' first checks the file against the SHA-256 "
                "recorded when the bundle was written (a damaged copy is said, with how to replace it), then sends "
                "it again; if HQ's reason is about this device's key or enrolment, settle that with HQ first"
                )  # fmt: skip


def _entry(row: OutboxRow, bundle: ledger.BundleRecord) -> Entry:
    return Entry(**{f.name: getattr(row, f.name) for f in fields(row)}, bundle_uuid=bundle.uuid, size=bundle.size)


def entries(store: Store) -> list[Entry]:
    bundles = {bundle.sequence: bundle for bundle in store.ledger.bundles()}
    return [_entry(row, bundles[row.sequence]) for row in store.outbox.rows()]


def entry(store: Store, sequence: int) -> Entry:
    row = store.outbox.row(sequence)
    if row is None:
        if any(b.sequence == sequence and b.state == "abandoned" for b in store.ledger.bundles()):
            raise InvalidValueError(f"bundle {sequence} was abandoned on this device ('fieldkit bundle remake'): it "
                                    "is never sent; the next bundle carries its captures")  # fmt: skip
        raise InvalidValueError(f"bundle {sequence} is not in the outbox ('fieldkit outbox' lists it)")
    return _entry(row, next(b for b in store.ledger.bundles() if b.sequence == sequence))


def endpoint(store: Store) -> Endpoint | None:
    url = ledger.setting(store, ENDPOINT)
    credential = ledger.setting(store, CREDENTIAL)
    if not url or not credential:
        return None
    return Endpoint(url, store.device_id, credential, ledger.setting(store, PIN) or None)


def configure(store: Store, *, url: str, pin: str, receipt_key: str, credential: str) -> None:
    """Set the HQ endpoint from a provisioning file. The credential is a secret: the custody log never holds it."""
    sshsig.parse_public_key(*receipt_key.split()[:2])
    with store.write():
        store.settings.put_unlogged({ENDPOINT: url, PIN: pin, RECEIPT_KEY: receipt_key, CREDENTIAL: credential})
        store.log("sync.configured", "device", {"endpoint": url, "tls_sha256": pin, "receipt_key": receipt_key})


def enqueue_new(store: Store) -> int:
    """Put every finished bundle that is not in the outbox yet into it (in sequence order)."""
    folder = ledger.setting(store, "bundle_folder")
    queued = store.outbox.sequences()
    new = [b for b in store.ledger.bundles() if b.state == "complete" and b.sequence not in queued]
    if new:
        store.outbox.enqueue((b.sequence, str(Path(folder) / b.file_name) if folder else b.file_name) for b in new)
    return len(new)


def retry(store: Store, sequence: int) -> None:
    """Send a bundle again (e.g. after HQ enrolled the device that a rejection named). The file is first checked
    against the SHA-256 this device recorded of it (recorded_sha256): a copy damaged since (HQ said the bundle is
    truncated or altered) raises DamagedBundleCopyError saying how to replace it, and is not queued again."""
    found = entry(store, sequence)
    if found.state == "acknowledged":
        raise InvalidValueError(f"bundle {sequence} is already acknowledged by HQ")
    path = Path(found.path)
    when, expected = recorded_sha256(store, found)
    if expected and path.is_file():
        actual = _file_sha256(path)
        if actual != expected:
            raise DamagedBundleCopyError(damaged_copy(sequence, path, when, expected, actual), sequence=sequence)
    with store.write():
        store.outbox.reset(sequence)
        store.outbox.set_sha256(sequence, "")  # taken again from the file when it is sent
        store.log("sync.retry", f"bundle:{found.bundle_uuid}", {"sequence": sequence})


def relocate(store: Store, sequence: int, path: Path) -> None:
    """The bundle file was moved (e.g. onto another drive): send it from there (its SHA-256 taken again)."""
    entry(store, sequence)
    store.outbox.relocate(sequence, str(path.absolute()))
    store.outbox.set_sha256(sequence, "")


def recorded_sha256(store: Store, found: Entry) -> tuple[str, str]:
    """The SHA-256 this device recorded of a bundle's file, and when: ("written", h) from the custody event
    ``bundle.created`` (``file_sha256``, the bytes as they were written), else ("sent", h) from the outbox (taken
    when the file was first sent), else ("", "")."""
    for event in store.custody.events(f"bundle:{found.bundle_uuid}"):
        digest = event.details.get("file_sha256") if event.action == "bundle.created" else None
        if isinstance(digest, str) and digest:
            return "written", digest
    return ("sent", found.sha256) if found.sha256 else ("", "")


def damaged_copy(sequence: int, path: Path, when: str, expected: str, actual: str) -> str:
    """Why the bundle file at ``path`` is not the one the device recorded, and how to replace it."""
    moment = "wrote it" if when == "written" else "first sent it"
    return (f"the file {path} is not bundle {sequence} as this device {moment}: its SHA-256 is {actual[:16]}..., the "
            f"device recorded {expected[:16]}... (the copy was damaged on the drive or while copying). Find an intact "
            f"copy whose SHA-256 is {expected} (the folder the bundle was written to, another drive), then 'fieldkit "
            f"outbox relocate {sequence} --path FILE' and 'fieldkit outbox retry {sequence}'. If no intact copy is "
            f"left: 'fieldkit bundle remake {sequence} --reason TEXT' puts its captures and amendments back, and the "
            f"next 'fieldkit bundle create' carries them and tells HQ that number {sequence} was given up (keep the "
            "damaged file)")  # fmt: skip


def backoff(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``attempts`` failures: exponential, capped, with jitter (never all devices at once)."""
    ceiling: float = min(SYNC_LIMITS.backoff_cap_s, SYNC_LIMITS.backoff_base_s * 2 ** max(0, attempts - 1))
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
    recorded_sha256: str = ""  # of the file as the device wrote it (custody bundle.created); "" for older bundles


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
    recorded = _recorded_hashes(store)
    for found in entries(store):
        if found.state in ("acknowledged", "rejected") or (only is not None and found.sequence != only):
            continue
        if only is None and found.next_attempt > now:
            continue
        # The file's SHA-256 is taken by transfer(), off the store thread, the first time it is sent.
        tasks.append(Task(found.sequence, found.bundle_uuid, Path(found.path), found.sha256, found.upload_path, target,
                          receipt_key, int(rate) if rate.isdigit() else None,
                          recorded.get(found.bundle_uuid, "")))  # fmt: skip
    return tasks


def _recorded_hashes(store: Store) -> dict[str, str]:
    """Bundle UUID -> the SHA-256 of its file as written (custody ``bundle.created``, ``file_sha256``)."""
    found: dict[str, str] = {}
    for event in store.custody.of_actions(["bundle.created"]):
        digest = event.details.get("file_sha256")
        if isinstance(digest, str) and digest:
            found.setdefault(event.subject.removeprefix("bundle:"), digest)
    return found


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
    refused: bool = False  # HQ refused the bundle for good (error says why): it waits for 'outbox retry', not a timer
    sha256: str = ""  # of the bundle file as sent
    damaged: bool = False  # not sent: the file is not the bundle the device wrote (error says why and what to do)


def transfer(task: Task, *, on_created: Callable[[str], None], progress: Callable[[int], None] | None = None,
             cancel: threading.Event | None = None, client: TusClient | None = None,
             receipt_wait: float = SYNC_LIMITS.receipt_wait_s) -> Transfer:  # fmt: skip
    """Send one bundle (resuming) and wait for HQ's receipt; never touches the store.

    Credential and certificate problems are raised (they stop every transfer); anything else is returned as
    an error so the bundle waits for its next attempt."""
    ignore_sigpipe()  # a native library may have reset it: a cut connection must be an error, not our death
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
    if task.recorded_sha256 and task.sha256 != task.recorded_sha256:  # checked before a byte leaves
        return Transfer(
            task.sequence,
            upload_path,
            0,
            0,
            sha256=task.sha256,
            damaged=True,
            error=damaged_copy(task.sequence, task.path, "written", task.recorded_sha256, task.sha256),
        )
    if upload_path:
        logs.event(log, logging.INFO, "upload.resumed", f"bundle {task.sequence}: upload resumed ({size} bytes)",
                   sequence=task.sequence, upload_id=upload_id(upload_path), sha256=task.sha256,
                   bytes=size)  # fmt: skip
    else:
        logs.event(log, logging.INFO, "upload.started", f"bundle {task.sequence}: upload started ({size} bytes)",
                   sequence=task.sequence, sha256=task.sha256, bytes=size)  # fmt: skip
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
    except RefusedError as exc:
        return Transfer(task.sequence, upload_path, offset, client.bytes_sent, error=exc.message, sha256=task.sha256,
                        refused=True)  # fmt: skip
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
    store.outbox.set_upload_path(sequence, upload_path)


def record_transfer(store: Store, result: Transfer, rng: random.Random | None = None) -> Entry:
    """Keep what an attempt achieved: a receipt (acknowledged or rejected), or the error and the next attempt."""
    found = entry(store, result.sequence)
    now = timestamp(store.clock())
    with store.write():
        if result.sha256 and not found.sha256:
            store.outbox.set_sha256(result.sequence, result.sha256)
        if result.damaged:  # the device refuses to send a copy that is not the bundle it wrote: it waits for retry
            expected, actual = recorded_sha256(store, found)[1][:16], result.sha256[:16]
            reason = (f"{DAMAGED}its file's SHA-256 ({actual}...) is not the one recorded when the bundle was written "
                      f"({expected}...); nothing was sent")  # fmt: skip
            store.outbox.set_sha256(result.sequence, "")  # taken again from the file next time
            store.outbox.record_receipt(result.sequence, state="rejected", offset=0, bytes_sent=0, at=now,
                                        reason=reason, receipt="")  # fmt: skip
            store.log("bundle.rejected", f"bundle:{found.bundle_uuid}",
                      {"sequence": result.sequence, "verdict": "damaged-copy", "reason": reason,
                       "file_sha256": result.sha256})  # fmt: skip
        elif result.refused:  # no receipt: HQ said no before the upload began; the device shows why, and stops
            store.outbox.record_receipt(
                result.sequence,
                state="rejected",
                offset=result.offset,
                bytes_sent=result.bytes_sent,
                at=now,
                reason=result.error[:300],
                receipt="",
            )
            store.log("bundle.rejected", f"bundle:{found.bundle_uuid}",
                      {"sequence": result.sequence, "verdict": "refused", "reason": result.error[:300]})  # fmt: skip
            logs.event(log, logging.WARNING, "upload.refused", f"bundle {result.sequence}: HQ refused the upload",
                       device=store.device_id, sequence=result.sequence, upload_id=upload_id(result.upload_path),
                       sha256=result.sha256, verdict="refused")  # fmt: skip
        elif result.receipt is not None:
            receipt = result.receipt
            state = "acknowledged" if receipt.acknowledged else "rejected"
            reason = "" if state == "acknowledged" else f"{receipt.reason}: {receipt.message}"
            store.outbox.record_receipt(result.sequence, state=state, offset=result.offset,
                                        bytes_sent=result.bytes_sent, at=now, reason=reason,
                                        receipt=json.dumps(receipt.to_json(), sort_keys=True))  # fmt: skip
            store.log(f"bundle.{state}", f"bundle:{found.bundle_uuid}",
                      {"sequence": result.sequence, "verdict": receipt.verdict, "sha256": receipt.sha256,
                       "received_at": receipt.received_at, "reason": receipt.reason})  # fmt: skip
            logs.event(log, logging.INFO, "upload.finished", f"bundle {result.sequence}: {state} by HQ"
                       f" ({receipt.verdict}{', ' + receipt.reason if receipt.reason else ''})", device=store.device_id,
                       sequence=result.sequence, upload_id=upload_id(result.upload_path), sha256=receipt.sha256,
                       verdict=receipt.verdict, reason=receipt.reason or None, bytes=result.offset)  # fmt: skip
        else:
            attempts = found.attempts + 1
            verifying = result.offset >= found.size > 0 and result.upload_path is not None
            logs.event(log, logging.INFO, "upload.waiting", f"bundle {result.sequence}: "
                       + ("sent, HQ still verifying" if verifying else f"stopped at {result.offset} bytes, tried again"
                          " later"), device=store.device_id, sequence=result.sequence,
                       upload_id=upload_id(result.upload_path), offset=result.offset)  # fmt: skip
            store.outbox.record_attempt(
                result.sequence, state="verifying" if verifying else "uploading" if result.upload_path else "waiting",
                upload_path=result.upload_path, offset=result.offset, bytes_sent=result.bytes_sent, attempts=attempts,
                at=now, error=result.error[:300],
                next_attempt=time.time() + (5.0 if verifying else backoff(attempts, rng)),
            )  # fmt: skip
    return entry(store, result.sequence)


def record_unreachable(store: Store, error: str) -> None:
    """HQ did not answer its health probe: every waiting bundle notes it, and when it was tried (no bytes were
    sent, so the attempt count stays)."""
    store.outbox.note_error(error[:300], at=timestamp(store.clock()))


# --- the CLI's loop ---------------------------------------------------------------------------------------------


@dataclass
class SyncReport:
    reachable: bool
    attempted: list[Entry]
    waiting: int

    @property
    def damaged(self) -> list[Entry]:
        """The bundles of this round not sent because their file is a damaged copy."""
        return [e for e in self.attempted if e.damaged]

    @property
    def rejected(self) -> list[Entry]:
        """The bundles of this round that HQ refused or rejected (quarantined)."""
        return [e for e in self.attempted if e.state == "rejected" and not e.damaged]


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
    return store.outbox.next_due()


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
    for key, value in ((ORI_SETTING, document.ori), (DAI_SETTING, document.dai)):
        if value:  # the AFIS agency codes HQ configured (a file made before them has none: keep the device's)
            ledger.set_setting(store, key, value)
    if document.hq_key and ledger.setting(store, HQ_KEY_SETTING) != document.hq_key:
        ledger.set_setting(store, HQ_KEY_SETTING, document.hq_key)  # pinned (custody-logged): signs watchlist files
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
    rows = store.originals.bundled_in(store.outbox.acknowledged())
    total = sum(int(size) for _id, size, _seq in rows)
    if confirm:
        for capture_id, _size, sequence in rows:
            store.delete_capture(int(capture_id), reason=f"bundle {sequence} acknowledged by HQ; removed by operator")
    return Purge(len(rows), total, confirm)
