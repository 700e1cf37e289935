"""HQ's verification queue: one row per bundle waiting to be verified and decided (``jobs``), and the signed receipt
each upload gets (``receipts``), in HQ's database beside the index, so a job is marked done in the very transaction
that records its verdict (``complete`` runs inside the index's decision transaction): a worker that dies before the
commit leaves both undone, one that dies after leaves both done.

A job is ``queued`` (``not_before``: a retry waits out its backoff), ``running`` (claimed by a worker until
``lease_until``, renewed by heartbeats), ``done`` (its verdict, and for an upload its receipt) or ``dead`` (tried
WorkerLimits.max_attempts times; its reason). A running job whose lease ran out (its worker was killed, its machine
lost) is claimable again; the attempt it died in counts. Times are seconds since the epoch on the workers' clocks
(keep HQ's machines on NTP: a lease is a minute, skew of seconds does not matter).

Why not a queue library: procrastinate and pgqueuer are PostgreSQL-only (HQ on one box is SQLite, with the same
workers), bring their own schema, migrations and worker process model, and would keep the job in a transaction of
their own, while the point here is that the job's state changes inside the index's decision transaction. What they
do that we need is one statement: PostgreSQL's ``SELECT ... FOR UPDATE SKIP LOCKED`` (two workers never take the
same row and never wait for each other), which on SQLite is the same claim inside ``BEGIN IMMEDIATE`` (one writer at
a time: a claim is a few microseconds). The rest is a lease, a backoff and a dead state, a page of SQL."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from fieldkit.config import WORKER_LIMITS, WorkerLimits
from fieldkit.hq.db import Database, Migration

STATES = ("queued", "running", "done", "dead")

MIGRATIONS = [
    Migration(
        1,
        sqlite="""
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    source TEXT NOT NULL,
    uploaded_by TEXT,
    upload_id TEXT UNIQUE,
    accept_jump INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    not_before REAL NOT NULL,
    worker TEXT,
    claimed REAL,
    lease_until REAL,
    finished REAL,
    reason TEXT,
    verdict TEXT
);
CREATE INDEX jobs_waiting ON jobs (state, not_before, id);
CREATE TABLE receipts (
    upload_id TEXT PRIMARY KEY,
    job_id INTEGER NOT NULL,
    document TEXT NOT NULL,
    signed REAL NOT NULL
)""",
        postgresql="""
CREATE TABLE jobs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key TEXT NOT NULL,
    source TEXT NOT NULL,
    uploaded_by TEXT,
    upload_id TEXT UNIQUE,
    accept_jump INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created DOUBLE PRECISION NOT NULL,
    not_before DOUBLE PRECISION NOT NULL,
    worker TEXT,
    claimed DOUBLE PRECISION,
    lease_until DOUBLE PRECISION,
    finished DOUBLE PRECISION,
    reason TEXT,
    verdict TEXT
);
CREATE INDEX jobs_waiting ON jobs (state, not_before, id);
CREATE TABLE receipts (
    upload_id TEXT PRIMARY KEY,
    job_id BIGINT NOT NULL,
    document TEXT NOT NULL,
    signed DOUBLE PRECISION NOT NULL
)""",
    ),
    # Each worker process: its name (host:pid), when it started, when its heartbeat last wrote, the jobs it ended
    # and when it stopped (`hq status` lists the live ones).
    Migration(
        2,
        sqlite="CREATE TABLE workers (name TEXT PRIMARY KEY, started REAL NOT NULL, last_seen REAL NOT NULL,"
        " jobs_done INTEGER NOT NULL DEFAULT 0, stopped REAL)",
        postgresql="CREATE TABLE workers (name TEXT PRIMARY KEY, started DOUBLE PRECISION NOT NULL, last_seen DOUBLE"
        " PRECISION NOT NULL, jobs_done BIGINT NOT NULL DEFAULT 0, stopped DOUBLE PRECISION)",
    ),
]

# The next job: a queued one whose backoff is over, or a running one whose worker stopped renewing its lease.
_CLAIMABLE = ("(state = 'queued' AND not_before <= ?) OR (state = 'running' AND lease_until < ?)"
              " ORDER BY id LIMIT 1")  # fmt: skip


class LeaseLost(Exception):
    """This worker's claim on a job ended (its lease ran out and another worker took the job): whatever it decided
    must be rolled back (``complete`` raises it inside the decision transaction)."""


@dataclass(frozen=True)
class Job:
    """A claimed job. ``attempts`` counts this one: past WorkerLimits.max_attempts its earlier attempts never
    finished (each worker died in it) and it is not verified again."""

    id: int
    key: str
    source: str
    uploaded_by: str | None
    upload_id: str | None
    accept_jump: bool
    attempts: int
    worker: str
    lease_until: float


def migrate(db: Database) -> int:
    return db.migrate("jobs", MIGRATIONS)


def enqueue(db: Database, key: str, *, source: str, uploaded_by: str | None = None, upload_id: str | None = None,
            accept_jump: bool = False) -> int:  # fmt: skip
    """Queue the bundle stored at ``key`` for verification; the job's id. An upload enqueued again (the gateway
    retried) is the same job."""
    now = time.time()
    with db.transaction():
        row = db.execute(
            "INSERT INTO jobs (key, source, uploaded_by, upload_id, accept_jump, created, not_before)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (upload_id) DO NOTHING RETURNING id",
            (key, source, uploaded_by, upload_id, int(accept_jump), now, now),
        ).fetchone()
        if row is None:
            row = db.execute("SELECT id FROM jobs WHERE upload_id = ?", (upload_id,)).fetchone()
    return int(row[0])


def claim(db: Database, worker: str, lease_s: float = WORKER_LIMITS.lease_s) -> Job | None:
    """The next job, now ``worker``'s until ``lease_s`` from now (its attempt counted), or None when none waits."""
    now = time.time()
    with db.transaction():
        if db.dialect == "postgresql":
            # A row another worker is claiming is skipped, not waited for.
            found = db.execute(f"SELECT id FROM jobs WHERE {_CLAIMABLE} FOR UPDATE SKIP LOCKED",  # noqa: S608
                               (now, now)).fetchone()  # fmt: skip
        else:  # inside BEGIN IMMEDIATE: no other writer until this commits
            found = db.execute(f"SELECT id FROM jobs WHERE {_CLAIMABLE}", (now, now)).fetchone()  # noqa: S608
        if found is None:
            return None
        row = db.execute(
            "UPDATE jobs SET state = 'running', worker = ?, claimed = ?, lease_until = ?, attempts = attempts + 1"
            " WHERE id = ? RETURNING id, key, source, uploaded_by, upload_id, accept_jump, attempts, worker,"
            " lease_until", (worker, now, now + lease_s, found[0])).fetchone()  # fmt: skip
    return _job(row)


def _job(row: Any) -> Job:
    return Job(id=int(row[0]), key=row[1], source=row[2], uploaded_by=row[3], upload_id=row[4],
               accept_jump=bool(row[5]), attempts=int(row[6]), worker=row[7], lease_until=float(row[8]))  # fmt: skip


def _ours(db: Database, job: Job, sql: str, params: tuple[Any, ...]) -> bool:
    """Run an UPDATE of ``job`` (``sql`` ends with its WHERE clause's start) only while ``job.worker`` holds it."""
    done = db.execute(f"{sql} id = ? AND worker = ? AND state = 'running'", (*params, job.id, job.worker))
    return done.rowcount == 1


def heartbeat(db: Database, job: Job, lease_s: float = WORKER_LIMITS.lease_s) -> bool:
    """Renew the lease; False when the job is no longer this worker's (its lease ran out and another took it)."""
    with db.transaction():
        return _ours(db, job, "UPDATE jobs SET lease_until = ? WHERE", (time.time() + lease_s,))


def complete(db: Database, job: Job, verdict: dict[str, Any], receipt: dict[str, Any] | None,
             *, dead: str | None = None) -> None:  # fmt: skip
    """Mark the job done with its verdict (JSON) and store the upload's signed receipt. Meant to run inside the
    index's decision transaction; raises LeaseLost when the job is no longer this worker's, so that transaction
    rolls back. ``dead``: the job ends dead with this reason instead (its attempts ran out), still answered."""
    with db.transaction():
        if not _ours(db, job, "UPDATE jobs SET state = ?, verdict = ?, reason = ?, finished = ?, lease_until = NULL"
                     " WHERE", ("dead" if dead else "done", json.dumps(verdict), dead, time.time())):  # fmt: skip
            raise LeaseLost(f"job {job.id} is no longer {job.worker}'s")
        if receipt is not None and job.upload_id is not None:
            db.execute("INSERT INTO receipts (upload_id, job_id, document, signed) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (upload_id) DO NOTHING",
                       (job.upload_id, job.id, json.dumps(receipt), time.time()))  # fmt: skip


def release(db: Database, job: Job, *, after: float = 0.0) -> bool:
    """Give the job back to the queue unfinished, claimable ``after`` seconds from now (the worker is stopping, or
    HQ's own storage, database or unwrap service failed): its attempt is not counted."""
    with db.transaction():
        return _ours(db, job, "UPDATE jobs SET state = 'queued', attempts = attempts - 1, worker = NULL,"
                     " lease_until = NULL, not_before = ? WHERE", (time.time() + after,))  # fmt: skip


def requeue_worker(db: Database, worker: str) -> list[int]:
    """The jobs ``worker`` held when it died (its supervisor saw it exit), queued again at once without waiting
    for their leases; the attempt it died in counts (max_attempts ends a bundle that kills every worker)."""
    with db.transaction():
        rows = db.execute(
            "UPDATE jobs SET state = 'queued', worker = NULL, lease_until = NULL, not_before = ?"
            " WHERE state = 'running' AND worker = ? RETURNING id",
            (time.time(), worker),
        ).fetchall()
    return [int(row[0]) for row in rows]


def backoff(attempts: int, limits: WorkerLimits = WORKER_LIMITS) -> float:
    """Seconds before a job that failed ``attempts`` times is tried again."""
    return float(min(limits.backoff_cap_s, limits.backoff_base_s * 2 ** max(0, attempts - 1)))


def fail(db: Database, job: Job, reason: str, limits: WorkerLimits = WORKER_LIMITS, *, dead: bool = False) -> str:
    """The attempt failed unexpectedly (not the bundle, which ingest refuses; not HQ's side, which ``release``
    gives back): the job waits out its backoff and is tried again, or, its attempts spent (or ``dead``: trying again
    cannot help, its object is gone), is ``dead`` with ``reason``. The state it is in now ("queued" or "dead"; ""
    when it was no longer this worker's)."""
    state = "dead" if dead or job.attempts >= limits.max_attempts else "queued"
    with db.transaction():
        ok = _ours(db, job, "UPDATE jobs SET state = ?, reason = ?, worker = NULL, lease_until = NULL,"
                   " not_before = ?, finished = ? WHERE",
                   (state, reason, time.time() + backoff(job.attempts, limits),
                    time.time() if state == "dead" else None))  # fmt: skip
    return state if ok else ""


def job_state(db: Database, job_id: int) -> dict[str, Any] | None:
    """A job as `hq ingest --wait` follows it: state, attempts, reason, verdict (None until it ends)."""
    row = db.execute("SELECT state, attempts, reason, verdict, source FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        return None
    return {"id": job_id, "state": row[0], "attempts": row[1], "reason": row[2],
            "verdict": json.loads(row[3]) if row[3] else None, "source": row[4]}  # fmt: skip


def receipt(db: Database, upload_id: str) -> dict[str, Any] | None:
    """The signed receipt of an upload (``{"receipt": ..., "signature": ...}``), once its job ended."""
    row = db.execute("SELECT document FROM receipts WHERE upload_id = ?", (upload_id,)).fetchone()
    return json.loads(row[0]) if row else None


def state_of_upload(db: Database, upload_id: str) -> str | None:
    """queued, running, done or dead; None when no job was made for it."""
    row = db.execute("SELECT state FROM jobs WHERE upload_id = ?", (upload_id,)).fetchone()
    return str(row[0]) if row else None


def queue_status(db: Database, limits: WorkerLimits = WORKER_LIMITS) -> dict[str, Any]:
    """What `hq status` says of the queue: jobs per state, the age of the oldest waiting, when a worker last
    claimed one (``idle``: jobs wait and none was claimed for WorkerLimits.idle_warning_s), the dead jobs with
    their reasons and the running ones with their worker and lease."""
    now = time.time()
    counts = dict.fromkeys(STATES, 0)
    for state, count in db.execute("SELECT state, count(*) FROM jobs GROUP BY state"):
        counts[str(state)] = int(count)
    oldest = db.execute("SELECT min(created) FROM jobs WHERE state = 'queued'").fetchone()[0]
    last = db.execute("SELECT max(claimed) FROM jobs").fetchone()[0]
    waiting_since = now - float(oldest) if oldest is not None else None
    since_claim = now - float(last) if last is not None else None
    idle = waiting_since is not None and waiting_since > limits.idle_warning_s and (
        since_claim is None or since_claim > limits.idle_warning_s)  # fmt: skip
    dead = [{"id": int(r[0]), "source": r[1], "upload_id": r[2], "attempts": int(r[3]), "reason": r[4],
             "finished": _utc(r[5]), "resolved_by": _resolved_by(db, int(r[0]), r[1])} for r in db.execute(
        "SELECT id, source, upload_id, attempts, reason, finished FROM jobs WHERE state = 'dead'"
        " ORDER BY id")]  # fmt: skip
    running = [{"id": int(r[0]), "source": r[1], "worker": r[2], "attempts": int(r[3]),
                "lease_left_s": round(float(r[4]) - now, 1)} for r in db.execute(
        "SELECT id, source, worker, attempts, lease_until FROM jobs WHERE state = 'running' ORDER BY id")]  # fmt: skip
    return {"counts": counts, "oldest_queued_s": _seconds(waiting_since), "last_claim_s": _seconds(since_claim),
            "idle": idle, "dead": dead, "running": running}  # fmt: skip


def worker_seen(db: Database, name: str, started: float, done: int) -> None:
    """A worker's heartbeat: its row (made on the first) says it is alive now and how many jobs it ended."""
    now = time.time()
    with db.transaction():
        db.execute("INSERT INTO workers (name, started, last_seen, jobs_done) VALUES (?, ?, ?, ?) ON CONFLICT (name)"
                   " DO UPDATE SET last_seen = excluded.last_seen, jobs_done = excluded.jobs_done, stopped = NULL",
                   (name, started, now, done))  # fmt: skip


def worker_gone(db: Database, name: str, done: int) -> None:
    """The worker stopped (SIGTERM, Ctrl-C): its row says so (a killed one just stops being seen)."""
    with db.transaction():
        db.execute("UPDATE workers SET stopped = ?, jobs_done = ? WHERE name = ?", (time.time(), done, name))


def workers(db: Database, limits: WorkerLimits = WORKER_LIMITS) -> dict[str, Any]:
    """The live workers (seen within WorkerLimits.lease_s, not stopped: name, started, last seen, jobs done) and
    seconds since any worker was last seen (None: never)."""
    now = time.time()
    live = [{"name": r[0], "started": _utc(r[1]), "last_seen_s": round(now - float(r[2]), 1), "jobs_done": int(r[3])}
            for r in db.execute("SELECT name, started, last_seen, jobs_done FROM workers WHERE stopped IS NULL AND"
                                " last_seen >= ? ORDER BY name", (now - limits.lease_s,))]  # fmt: skip
    last = db.execute("SELECT max(coalesce(stopped, last_seen)) FROM workers").fetchone()[0]
    return {"live": live, "last_seen_s": _seconds(now - float(last)) if last is not None else None}


def retry(db: Database, ids: list[int] | None = None) -> list[int]:
    """Queue dead jobs again (``ids``, or every dead one when None) with their attempts reset; the ids re-queued.
    A job that died with a verdict (its bundle refused unreadable) is queued again only when named in ``ids``."""
    now = time.time()
    with db.transaction():
        if ids is None:
            rows = db.execute("SELECT id FROM jobs WHERE state = 'dead' AND verdict IS NULL ORDER BY id").fetchall()
        else:
            rows = [
                row
                for job_id in ids
                if (row := db.execute("SELECT id FROM jobs WHERE id = ? AND state = 'dead'", (job_id,)).fetchone())
            ]
        done = [int(row[0]) for row in rows]
        for job_id in done:
            db.execute("UPDATE jobs SET state = 'queued', attempts = 0, not_before = ?, worker = NULL, lease_until ="
                       " NULL, finished = NULL, verdict = NULL WHERE id = ?", (now, job_id))  # fmt: skip
    return done


def dead_jobs(db: Database) -> list[dict[str, Any]]:
    """Every dead job: id, key, source, whether it ended with a verdict (its bundle refused), its reason."""
    return [{"id": int(r[0]), "key": r[1], "source": r[2], "verdict": r[3] is not None, "reason": r[4]}
            for r in db.execute("SELECT id, key, source, verdict, reason FROM jobs WHERE state = 'dead'"
                                " ORDER BY id")]  # fmt: skip


def _resolved_by(db: Database, job_id: int, source: str) -> int | None:
    """A later job of the same file (the same source) that archived it or found it already held: the dead job
    needs nothing more."""
    for later, verdict in db.execute("SELECT id, verdict FROM jobs WHERE source = ? AND id > ? AND state = 'done'"
                                     " ORDER BY id", (source, job_id)):  # fmt: skip
        if json.loads(verdict or "{}").get("outcome") in ("ingested", "replay"):
            return int(later)
    return None


def _seconds(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _utc(value: float | None) -> str | None:
    return None if value is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(value))


def has_queue(db: Database) -> bool:
    """Whether the queue's tables exist (an HQ on one box that never queued anything has none)."""
    if db.dialect == "postgresql":
        return bool(db.execute("SELECT to_regclass('jobs') IS NOT NULL").fetchone()[0])
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'jobs'").fetchone() is not None
