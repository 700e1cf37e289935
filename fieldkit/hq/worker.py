"""HQ's verifier workers (`fieldkit hq worker --dir HQ [--jobs N]`): N processes, each with its own database
connection and storage, each taking the next job from the queue (fieldkit/hq/jobs.py), verifying its bundle and
deciding it through the index, and marking the job done (with the upload's signed receipt) inside the index's
decision transaction. Several workers on one box share the SQLite index; workers on several machines share
PostgreSQL and the object store.

A job's lease is renewed by a heartbeat thread while it is verified; a worker killed mid-job (SIGKILL, a decoder
that took the process down, a lost machine) leaves its job to be claimed again when the lease runs out, and a job
that never finishes after WorkerLimits.max_attempts is refused as ``unreadable`` (held in quarantine, a signed
``rejected`` receipt for an upload), so a device is never left waiting. SIGTERM or Ctrl-C: stop claiming, let the
current job finish within WorkerLimits.stop_grace_s, else give it back to the queue unfinished, exit 0.

One log line per job on stderr: its id, the bundle's number and device (first 8 characters), the verdict and the
reason code; never a message, a name or anything the bundle holds."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit._internal import logs
from fieldkit.bundle import age
from fieldkit.bundle.receipt import Receipt, Verdict
from fieldkit.bundle.verify import Report
from fieldkit.config import WORKER_LIMITS, WorkerLimits
from fieldkit.errors import HqBackendError, StorageIOError
from fieldkit.hq import access, gateway, jobs
from fieldkit.hq.db import Database
from fieldkit.hq.ingest import Index, IngestResult
from fieldkit.hq.trust import HQ

log = logging.getLogger("fieldkit.hq.worker")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def analysis_notes(report: Report | None) -> list[dict[str, str]]:
    """What a verified bundle says its device could not analyse or derive, one entry per line `hq ingest` prints:
    ``what`` ("analysis failed", "damaged", "left out") and its fields."""
    if report is None:
        return []
    notes = []
    for capture in report.captures.values():
        analysis = capture.analysis
        if analysis is not None and analysis.status == "failed":
            notes.append({"what": "analysis failed", "capture": capture.uuid, "name": capture.original_name,
                          "why": analysis.reason or ""})  # fmt: skip
        elif analysis is not None and analysis.damaged:
            notes.append({"what": "damaged", "capture": capture.uuid, "name": capture.original_name,
                          "why": analysis.damaged})  # fmt: skip
    for entry in report.left_out:
        notes.append({"what": "left out", "product": entry.product, "capture": entry.capture, "why": entry.reason})
    return notes


def seal(hq: HQ, value: Any) -> str:
    """``value`` as JSON encrypted to HQ's own age recipients, base64: what a verdict says of the bundle's content
    (names, amendment words) is never plaintext in the database."""
    out = io.BytesIO()
    writer = age.AgeWriter(out, hq.recipients())
    writer.write(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    writer.close()
    return base64.b64encode(out.getvalue()).decode("ascii")


def unseal(hq: HQ, sealed: str) -> Any:
    reader = age.AgeReader(io.BytesIO(base64.b64decode(sealed)), hq.identities())
    data = reader.read()
    reader.finish()
    return json.loads(data)


def verdict_of(hq: HQ, result: IngestResult) -> dict[str, Any]:
    """The job's verdict: the outcome in plain words (status, logs), the whole result sealed (`hq ingest --wait`
    prints it as a synchronous ingest does)."""
    return {"outcome": result.outcome, "reason": result.reason, "device_id": result.device_id,
            "sequence": result.sequence, "file_sha256": result.file_sha256,
            "alarms": [alarm["kind"] for alarm in result.alarms],
            "sealed": seal(hq, {"result": result.to_json(), "analysis": analysis_notes(result.report)})}  # fmt: skip


def receipt_of(hq: HQ, job: jobs.Job, result: IngestResult, size: int,
               db: Database | None = None) -> dict[str, Any] | None:  # fmt: skip
    """The signed receipt of an upload's job (as `hq serve` signs one); None for a job that is no upload. ``db``:
    where the front end keeps the upload's metadata, whose bundle_id names a bundle refused before its own
    fieldkit.json was read (as `hq serve` does: without it the device cannot tell the receipt is about its bundle,
    and sends it again forever; found by tests/interop/test_scale.py with a bundle of an unenrolled signer)."""
    if job.upload_id is None:
        return None
    report = result.report
    named = report.info.bundle_id if report and report.info else None
    if named is None and db is not None:
        named = gateway.upload_metadata(db, job.upload_id).get("bundle_id")
    verdict: Verdict = (
        "ingested" if result.outcome == "ingested" else "duplicate" if result.outcome == "replay" else "rejected"
    )
    receipt = Receipt(
        upload_id=job.upload_id, hq=hq.organisation,
        bundle_id=named,
        device_id=result.device_id or None, uploaded_by=job.uploaded_by or "", sequence=result.sequence or None,
        sha256=result.file_sha256, size=size, received_at=_now(), verdict=verdict,
        reason=result.reason, message=result.message,
    )  # fmt: skip
    return access.sign_receipt(hq, receipt)


# What fails on HQ's own side, never because of the bundle: its storage, database or unwrap service, or HQ's own
# disk (an OSError: the verifier reads the bundle from a stream and raises BundleError for whatever is in it).
HQ_SIDE: tuple[type[BaseException], ...] = (HqBackendError, StorageIOError, OSError)


def hq_side_text(exc: BaseException) -> str:
    """One line for a failure of HQ's side: its class and first line (no traceback, no secret: URLs are described
    by the backends' own messages)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def job_line(job: jobs.Job, result: IngestResult | None, note: str = "") -> str:
    """One job, for the worker's log: id, bundle number and device prefix, verdict, reason code; nothing else."""
    if result is None:
        return f"job {job.id}: {note}"
    bundle = f"bundle {result.sequence} of device {result.device_id[:8]}" if result.device_id else "a bundle"
    alarms = "".join(f", ALARM {kind}" for kind in sorted({alarm["kind"] for alarm in result.alarms}))
    if result.outcome == "ingested":
        said = f"ingested{alarms}"
    elif result.outcome == "replay":
        said = "replay (already held)"
    else:
        said = f"rejected ({result.reason}){alarms}"
    return f"job {job.id}: {bundle} {said}" + (f" [{note}]" if note else "")


class Worker:
    """One worker: claims jobs from the queue and decides them, until ``stop``. ``abandon`` is called (from the
    heartbeat thread) when a stopping worker gave its unfinished job back: by default the process exits at once."""

    def __init__(self, hq: HQ, name: str | None = None, *, limits: WorkerLimits = WORKER_LIMITS,
                 log: Callable[[str], None] | None = None,
                 abandon: Callable[[], None] | None = None) -> None:  # fmt: skip
        self.hq = hq
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        self.limits = limits
        self.log = log or _say
        self.abandon = abandon or (lambda: os._exit(0))
        self.db = hq.database()
        self.storage = hq.storage()
        jobs.migrate(self.db)
        self.index = Index(hq, database=self.db, storage=self.storage)
        self.stopping = threading.Event()
        self.closed = threading.Event()
        self.stop_at = 0.0
        self.current: jobs.Job | None = None
        self._leaving = 0  # the id of the job this worker is ending (done, failed, dead)
        self.done = 0
        self.started = time.time()
        self._guard = threading.Lock()
        self._seen()  # listed by `hq status` from its start
        self._beat = threading.Thread(target=self._heartbeat, name="heartbeat", daemon=True)
        self._beat.start()

    def close(self) -> None:
        self.closed.set()
        self._beat.join()
        with contextlib.suppress(*HQ_SIDE):  # its row says it stopped (a killed worker just stops being seen)
            jobs.worker_gone(self.db, self.name, self.done)
        self.index.close()
        self.db.close()

    def stop(self) -> None:
        """Stop claiming; the current job may finish within the grace period."""
        if not self.stopping.is_set():
            self.stop_at = time.monotonic()
            self.stopping.set()

    def run(self) -> None:
        pause = 0.0  # after a failure of HQ's own storage, database or unwrap service: backs off, doubling
        while not self.stopping.is_set():
            try:
                claimed = self.run_once()
            except HQ_SIDE as exc:  # claiming failed: the database is unreachable; nothing counted against a job
                pause = min(self.limits.backoff_cap_s, max(self.limits.backoff_base_s, pause * 2))
                self.log(f"HQ's side is failing ({hq_side_text(exc)}): trying again in {pause:.0f} s")
                self.stopping.wait(pause)
                continue
            if claimed is None:
                self.stopping.wait(self.limits.idle_poll_s)
            elif claimed:
                pause = 0.0
            else:  # the job was given back because HQ's side failed: back off before the next claim
                pause = min(self.limits.backoff_cap_s, max(self.limits.backoff_base_s, pause * 2))
                self.stopping.wait(pause)

    def run_once(self) -> bool | None:
        """Claim and decide one job: None when none waits, False when it was given back because HQ's side failed
        (storage, database, unwrap service), True when it ended (done or dead)."""
        job = jobs.claim(self.db, self.name, self.limits.lease_s)
        if job is None:
            return None
        with self._guard:
            self.current = job
        try:
            ended = self._decide(job)
        finally:
            with self._guard:
                self.current = None
        if ended:
            self.done += 1
            self._seen()
        return ended

    def _seen(self) -> None:
        with contextlib.suppress(*HQ_SIDE):
            jobs.worker_seen(self.db, self.name, self.started, self.done)

    def _decide(self, job: jobs.Job) -> bool:
        """Decide ``job``; False when HQ's own side failed and the job went back to the queue (never counted)."""
        try:
            if job.attempts > self.limits.max_attempts:  # each earlier attempt died in it: never verify it again
                return self._bury(job, f"verification never finished: a worker died in it {job.attempts - 1} times")
            size = self.storage.size(job.key)
            if size is None:
                self._leave(job)
                jobs.fail(self.db, job, f"the bundle is gone from storage ({job.key})", self.limits, dead=True)
                self.log(job_line(job, None, f"dead: the bundle is gone from storage ({job.key})"))
                return True

            def also(db: Database, result: IngestResult) -> None:
                self._leave(job)
                jobs.complete(db, job, verdict_of(self.hq, result), receipt_of(self.hq, job, result, size, db))

            result = self.index.ingest_stored(job.key, source=job.source, accept_jump=job.accept_jump,
                                              uploaded_by=job.uploaded_by, also=also)  # fmt: skip
        except jobs.LeaseLost:
            self.log(job_line(job, None, "lease lost: another worker has it"))
            return True
        except HQ_SIDE as exc:
            return self._give_back(job, exc)
        except Exception as exc:  # not HQ's side, not the bundle (refused by ingest): counted, tried again
            return self._failed(job, hq_side_text(exc))
        self.log(job_line(job, result))
        self._tidy(job)
        return True

    def _tidy(self, job: jobs.Job) -> None:
        """After the verdict is committed: a gateway upload's tus record goes from storage and its row is closed
        (storage then holds only archive/, quarantine/ and what waits in incoming/). A failure here is logged and
        changes no verdict: `hq quarantine --expire` and the next run find nothing worse than a small leftover."""
        if job.upload_id is None:
            return
        try:
            gateway.tidy_decided(self.db, self.storage, job.upload_id)
        except Exception as exc:  # the store or database failed after the decision: only the leftover stays
            self.log(job_line(job, None, f"its upload's leftovers stay ({type(exc).__name__})"))

    def _failed(self, job: jobs.Job, reason: str) -> bool:
        """An unexpected failure (not HQ's storage, database or unwrap service; not a refusal of the bundle): the
        attempt counts, as one a worker died in does; the last one refuses the bundle as unreadable."""
        self._leave(job)
        if job.attempts < self.limits.max_attempts:
            jobs.fail(self.db, job, reason, self.limits)
            self.log(job_line(job, None, f"attempt {job.attempts} failed, tried again later: {reason}"))
            return True
        try:
            return self._bury(job, reason)
        except HQ_SIDE as exc:
            return self._give_back(job, exc)

    def _leave(self, job: jobs.Job) -> None:
        with self._guard:
            self._leaving = job.id

    def _give_back(self, job: jobs.Job, exc: BaseException) -> bool:
        """HQ's own storage, database or unwrap service failed (never the bundle): the job goes back to the queue
        after a backoff, its attempt not counted, and nothing is decided of its bundle. One log line."""
        self._leave(job)
        delay = jobs.backoff(job.attempts, self.limits)
        with contextlib.suppress(*HQ_SIDE):  # the database itself may be what fails: the lease runs out then
            jobs.release(self.db, job, after=delay)
        self.log(job_line(job, None, f"HQ's side failed ({hq_side_text(exc)}): back in the queue, tried again in"
                                     f" {delay:.0f} s (not counted against the bundle)"))  # fmt: skip
        return False

    def _bury(self, job: jobs.Job, reason: str) -> bool:
        """The job's attempts are spent (a worker died in each): refuse its bundle as unreadable (a signed rejected
        receipt for an upload) and end it dead with ``reason``. HQ's side failing meanwhile gives the job back."""
        self._leave(job)
        size = self.storage.size(job.key)
        if size is None:
            jobs.fail(self.db, job, f"{reason}; the bundle is gone from storage ({job.key})", self.limits, dead=True)
            self.log(job_line(job, None, f"dead: {reason}; the bundle is gone from storage"))
            return True

        def also(db: Database, result: IngestResult) -> None:
            jobs.complete(db, job, verdict_of(self.hq, result), receipt_of(self.hq, job, result, size, db),
                          dead=reason)  # fmt: skip

        result = self.index.refuse_stored(job.key, reason, source=job.source, uploaded_by=job.uploaded_by,
                                          also=also)  # fmt: skip
        self.log(job_line(job, result, f"dead: {reason}"))
        self._tidy(job)
        return True

    def _heartbeat(self) -> None:
        """Renew the current job's lease, and this worker's row in ``workers`` (what `hq status` lists); when stopping
        past the grace period, give the job back and abandon. HQ's side failing here is said once and outlived."""
        db: Database | None = None
        last = seen = 0.0
        tick = min(self.limits.heartbeat_s, self.limits.idle_poll_s)
        try:
            while not self.closed.wait(tick):
                try:
                    db = db or self.hq.database()
                    if time.monotonic() - seen >= self.limits.heartbeat_s:
                        seen = time.monotonic()
                        jobs.worker_seen(db, self.name, self.started, self.done)
                    with self._guard:
                        job = self.current
                    if job is None:
                        continue
                    if self.stopping.is_set() and time.monotonic() - self.stop_at >= self.limits.stop_grace_s:
                        if jobs.release(db, job):
                            self.log(job_line(job, None, "stopping: given back to the queue unfinished"))
                            self.abandon()
                            return
                        continue
                    if time.monotonic() - last >= self.limits.heartbeat_s:
                        last = time.monotonic()
                        if not jobs.heartbeat(db, job, self.limits.lease_s):
                            with self._guard:  # not when this worker itself just ended the job
                                lost = self._leaving != job.id
                            if lost:
                                self.log(job_line(job, None, "lease lost while verifying"))
                except HQ_SIDE:  # the database is unreachable: the next tick tries a new connection
                    if db is not None:
                        with contextlib.suppress(*HQ_SIDE):
                            db.close()
                    db = None
        finally:
            if db is not None:
                with contextlib.suppress(*HQ_SIDE):
                    db.close()


def _say(line: str) -> None:
    """A worker's line into the operator log: words, or JSON lines when `hq worker --log-format json` (the
    supervisor's setup, handed to each process it spawns)."""
    logs.event(log, logging.INFO, "worker", line)


def _child(folder: str, number: int, setup: tuple[int, bool] | None = None) -> None:
    """One worker process (spawned: its own interpreter, database connection and storage). Exits 0 when stopped
    (SIGTERM or Ctrl-C, even before it took a job); a failure of HQ's side at its start is one line, exit 1.
    ``setup``: the supervisor's log level and format (logs.stderr_setup), so that its lines read as the
    supervisor's."""
    os.umask(0o077)
    level, json_lines = setup if setup is not None else (logging.INFO, False)
    logs.configure(level, "fieldkit hq worker", json_lines=json_lines)
    stop = threading.Event()
    worker: Worker | None = None

    def stopping(_signum: int, _frame: object) -> None:
        stop.set()
        if worker is not None:
            worker.stop()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stopping)
    try:
        worker = Worker(HQ(Path(folder)), f"{socket.gethostname()}:{os.getpid()}")
    except HQ_SIDE as exc:
        logs.event(log, logging.ERROR, "worker.failed", f"worker process {os.getpid()} cannot start:"
                   f" {hq_side_text(exc)}", error=type(exc).__name__)  # fmt: skip
        sys.exit(1)
    if stop.is_set():
        worker.stop()
    try:
        worker.run()
    finally:
        worker.close()


def _requeue_of(folder: Path, pid: int | None, log: Callable[[str], None]) -> None:
    """A worker process this supervisor started died (SIGKILL, a decoder took it down): its job goes back to the
    queue now rather than when its lease runs out a minute later (found by tests/interop/test_scale.py: every
    device of a killed worker's upload waited out the lease). The attempt it died in still counts."""
    try:
        with HQ(folder).database() as db:
            for job_id in jobs.requeue_worker(db, f"{socket.gethostname()}:{pid}"):
                log(f"job {job_id}: its worker process {pid} died in it: queued again")
    except Exception as exc:  # the database is unreachable: the lease still frees the job when it runs out
        log(f"could not queue the jobs of worker process {pid} again ({type(exc).__name__}): their lease frees them")


def run(folder: Path, processes: int, log: Callable[[str], None], announce: str = "") -> int:
    """Run ``processes`` workers until SIGTERM or Ctrl-C; a worker process that dies (a decoder took it down) is
    started again, after a backoff when it died right after its start. A worker process that stopped cleanly on its
    own (exit 0: it was sent SIGTERM itself, e.g. by a service manager) stops them all. 0 when every worker stopped
    cleanly. ``announce`` is logged once the signals are handled (a SIGTERM right after it is a clean stop)."""
    context = multiprocessing.get_context("spawn")
    setup = logs.stderr_setup()  # each worker process logs as this one does (level, words or JSON lines)
    stopping = threading.Event()
    limits = WORKER_LIMITS

    def start(number: int) -> multiprocessing.process.BaseProcess:
        process = context.Process(target=_child, args=(str(folder), number, setup), name=f"fieldkit-worker-{number}")
        process.start()
        started[number] = time.monotonic()
        return process

    def stop_all() -> None:
        if not stopping.is_set():
            stopping.set()
            log(f"stopping: each worker finishes its job (up to {limits.stop_grace_s:.0f} s), then exits")
        signal_all()

    def signal_all() -> None:  # each process once (one started while the signal came is signalled on the next look)
        for process in running:
            if process.pid is not None and process.pid not in signalled and process.is_alive():
                signalled.add(process.pid)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGTERM)

    def terminate(_signum: int, _frame: object) -> None:
        stop_all()

    started: dict[int, float] = {}
    signalled: set[int] = set()
    quick: dict[int, int] = dict.fromkeys(range(processes), 0)  # deaths in a row right after a start, per slot
    running: list[multiprocessing.process.BaseProcess] = []
    # The handler from here on (what it touches exists): a SIGTERM at any moment after is a clean stop.
    previous = {signum: signal.signal(signum, terminate) for signum in (signal.SIGTERM, signal.SIGINT)}
    if announce:
        log(announce)
    try:
        running += [start(number) for number in range(processes)]
        while True:
            for number, process in enumerate(running):
                process.join(limits.idle_poll_s / max(1, processes))
                if process.exitcode is None or stopping.is_set():
                    continue
                if process.exitcode in (0, -signal.SIGTERM):  # stopped as asked, by someone else: stop them all
                    log(f"worker process {process.pid} stopped (it was sent SIGTERM): stopping the others")
                    stop_all()
                    break
                quick[number] = quick[number] + 1 if time.monotonic() - started[number] < limits.lease_s else 0
                pause = jobs.backoff(quick[number], limits) if quick[number] else 0.0
                log(f"worker process {process.pid} ended (exit {process.exitcode}): starting another"
                    + (f" in {pause:.0f} s" if pause else ""))  # fmt: skip
                _requeue_of(folder, process.pid, log)
                if stopping.wait(pause):
                    break
                running[number] = start(number)
            if stopping.is_set():
                signal_all()
                if all(p.exitcode is not None for p in running):
                    break
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    clean = all(p.exitcode in (0, -signal.SIGTERM) for p in running)  # SIGTERM before a worker set its handler
    return 0 if clean else 1
