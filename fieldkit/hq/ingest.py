"""Ingest at headquarters: verify in quarantine, then archive; replays change nothing; gaps, forks and broken
chains are recorded and reported (`fieldkit hq status`). A bundle is archived whatever its captures' kinds, media
types and analysis states: what the device could not analyse or derive is reported with it, never a reason to
refuse evidence.

What HQ received is indexed with each archived bundle: the capture, item, site and subject uuids its records and
custody log name (``received``, with the records sealed to HQ's own age key: the index holds no plaintext evidence),
and its amendments (``amendments``: every one kept, nothing overwritten). An amendment is ``applied`` when HQ holds
what it amends, else ``waiting`` (listed by `fieldkit hq status`) until a later bundle brings the original; the
history of one uuid (``history``) lists its records and amendments in bundle sequence, then order.

The index lives in HQ's database (fieldkit.hq.db: SQLite in the folder, or PostgreSQL for several machines) as the
versioned component "index"; bundle files live in HQ's storage (fieldkit.hq.storage: the folder, or an object
store) and the index names them by storage key. A bundle is verified by streaming it, outside any transaction; the
verdict is decided in one transaction locked on its device, so workers decide different devices in parallel and
the same device one at a time (docs/hq.md, "Index")."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from fieldkit._internal import fsutil
from fieldkit.bundle import age
from fieldkit.bundle.custody import GENESIS_HASH
from fieldkit.bundle.manifest import BundleInfo, CustodyRange
from fieldkit.bundle.verify import Check, Report, amendment_summary, check_stream
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.errors import (
    BundleFormatError,
    FieldkitError,
    HqBackendError,
    HqRecordNotFoundError,
    InvalidValueError,
)
from fieldkit.hq import amendments as words
from fieldkit.hq import identify, samples, watchlist
from fieldkit.hq.db import Database, Migration
from fieldkit.hq.storage import LocalStorage, Storage, check_key
from fieldkit.hq.trust import HQ

# Migration 1: the index as fieldkit made it before versioned migrations (issue 16). On SQLite every statement is
# idempotent (an index.sqlite made by an older fieldkit has these tables already; _add_columns adds what it lacks).
_V1_SQLITE = """
CREATE TABLE IF NOT EXISTS bundles (
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    tagmanifest_sha256 TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    previous_tagmanifest_sha256 TEXT,
    path TEXT NOT NULL,
    state TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (device_id, sequence, tagmanifest_sha256)
);
CREATE TABLE IF NOT EXISTS abandoned (
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    PRIMARY KEY (device_id, sequence)
);
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    source TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    device_id TEXT,
    sequence INTEGER,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    expired_at TEXT,
    uploaded_by TEXT,
    resolved_at TEXT,
    resolution TEXT
);
CREATE TABLE IF NOT EXISTS received (
    kind TEXT NOT NULL,
    uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    record BLOB,
    PRIMARY KEY (kind, uuid, device_id, sequence)
);
CREATE TABLE IF NOT EXISTS amendments (
    uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    position INTEGER NOT NULL,
    target_type TEXT NOT NULL,
    target_uuid TEXT NOT NULL,
    change TEXT NOT NULL,
    value BLOB NOT NULL,
    custody TEXT NOT NULL,
    made_at TEXT NOT NULL,
    state TEXT NOT NULL,
    applied_at TEXT,
    PRIMARY KEY (device_id, sequence, position)
);
CREATE INDEX IF NOT EXISTS amendments_target ON amendments (target_type, target_uuid);
CREATE VIEW IF NOT EXISTS amendment_rows AS SELECT uuid, device_id, sequence, position, target_type, target_uuid,
    change, value AS sealed, custody, made_at, state, applied_at FROM amendments;
CREATE TABLE IF NOT EXISTS custody_heads (
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    from_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    previous_hash TEXT,
    head_hash TEXT,
    PRIMARY KEY (device_id, sequence)
);
CREATE TABLE IF NOT EXISTS alarms (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    sequence INTEGER,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    files TEXT NOT NULL DEFAULT '[]'
)
"""
# The same tables on PostgreSQL: 64-bit numbers (a device may number its bundles past 2^31), bytea for the sealed
# records, identity columns for the row ids.
_V1_POSTGRESQL = (
    _V1_SQLITE.replace("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
    .replace("INTEGER", "BIGINT")
    .replace("BLOB", "BYTEA")
    .replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW")
)
# Migration 2 (issue 16): at most one archived bundle per (device, number), whatever runs the ingest (two numbers
# archived twice by a race of older fieldkits are both marked forked first: HQ cannot tell which is the real one);
# the alarms' dedup lookup indexed. Absolute paths below the HQ folder become storage keys (Index._to_keys, in the
# same transaction).
_V2 = """
UPDATE bundles SET state = 'forked' WHERE state = 'archived' AND EXISTS (SELECT 1 FROM bundles o
    WHERE o.device_id = bundles.device_id AND o.sequence = bundles.sequence AND o.state = 'archived'
    AND o.tagmanifest_sha256 <> bundles.tagmanifest_sha256);
CREATE UNIQUE INDEX bundles_one_archived ON bundles (device_id, sequence) WHERE state = 'archived';
CREATE INDEX quarantine_file ON quarantine (file_sha256);
CREATE INDEX alarms_device ON alarms (device_id, sequence)
"""
MIGRATIONS = [Migration(1, _V1_SQLITE, _V1_POSTGRESQL), Migration(2, _V2, _V2)]


def _add_columns(db: Database) -> None:
    """Columns added to SQLite indexes after the first were made (issue 15): quarantine expiry (``expired_at``),
    which device's credential sent a refused upload (``uploaded_by``), a held file archived later (``resolved_at``,
    ``resolution``), and the SHA-256 of the files an alarm is about (``alarms.files``, a JSON list)."""
    have = {row[1] for row in db.execute("PRAGMA table_info(quarantine)")}
    for column in ("expired_at", "uploaded_by", "resolved_at", "resolution"):
        if column not in have:
            db.execute(f"ALTER TABLE quarantine ADD COLUMN {column} TEXT")
    if "files" not in {row[1] for row in db.execute("PRAGMA table_info(alarms)")}:
        db.execute("ALTER TABLE alarms ADD COLUMN files TEXT NOT NULL DEFAULT '[]'")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def file_sha256(path: Path, block: int = 1 << 20) -> str:
    """The SHA-256 of a file's bytes, read in blocks (a bundle can be gigabytes)."""
    with open(path, "rb") as handle:
        return stream_sha256(handle, block)


def stream_sha256(stream: BinaryIO, block: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(block):
        digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Held:
    """A refused bundle's copy in quarantine (``key`` in HQ's storage, with its note beside it as ``.json``;
    ``path``: where that is, as people read it), by its file's SHA-256; ``new`` is False when the same file was
    already held (the copy made then is the one kept)."""

    path: str
    file_sha256: str
    size: int
    new: bool
    key: str = ""


@dataclass
class IngestResult:
    source: str
    outcome: str  # ingested | replay | quarantined | fork | chain-broken
    reason: str | None = None
    message: str = ""
    device_id: str = ""
    sequence: int = 0
    archived: str | None = None
    # The numbers of the device HQ lacks, as (first, last) ranges (gap_text says them).
    gaps: list[tuple[int, int]] = field(default_factory=list)
    report: Report | None = None
    # This bundle's amendments (applied or waiting, with their words), and earlier waiting ones it let HQ apply.
    amendments: list[dict[str, Any]] = field(default_factory=list)
    released: list[dict[str, Any]] = field(default_factory=list)
    # Alarms this ingest raised: fork and chain-broken on this bundle, custody-chain-broken on an archived one (this
    # one, or a later one that came first). An alarm already raised for the same files is not raised again.
    alarms: list[dict[str, Any]] = field(default_factory=list)
    # The same person found at HQ (issue 17): the candidates the searches of this bundle's subjects found, each
    # {"subject", "device_id", "other": {"subject", "device_id"}, "score"}, or for an entry of HQ's own watchlist
    # {"subject", "device_id", "reference", "watchlist": {"ref", "category", "instructions"}, "score"};
    # ``identification`` says why a search did not run to its end (the subject waits; the next ingest searches it
    # again).
    candidates: list[dict[str, Any]] = field(default_factory=list)
    identification: str = ""
    # The SHA-256 of the file delivered (hashed while it was written into storage, or while it was verified).
    file_sha256: str = ""
    # Where the file is now: its storage key (archive/ or quarantine/; None when it was a replay or a copy HQ
    # already held, and is deleted) and that place as people read it (storage.describe).
    key: str | None = None
    path: str = ""

    @property
    def accepted(self) -> bool:
        return self.outcome in ("ingested", "replay")

    @property
    def alarming(self) -> bool:
        """Whether this bundle is the subject of an alarm (a fork, a broken chain, a custody log that does not
        continue), raised now or when the same file came before."""
        return self.outcome in ("fork", "chain-broken") or bool(self.alarms)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "report"}
        if self.report is not None:
            data["checks"] = [c.__dict__ for c in self.report.checks]
            if self.report.ok:  # what the device could not analyse or derive, once the bundle is trusted
                data["analysis"] = self.report.analysis_counts()
                data["left_out"] = [entry.to_json() for entry in self.report.left_out]
        return data


def _short(files: list[str]) -> str:
    """The files an alarm names, by the first 12 hex digits of their SHA-256 ("1a2b3c4d5e6f, 9f8e7d6c5b4a")."""
    return ", ".join(f[:12] for f in files if f) or "-"


def gap_text(gaps: list[tuple[int, int]]) -> str:
    """Gap ranges as people read them: "2-3, 7"."""
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in gaps)


def _new_quarantine_key() -> str:
    return f"quarantine/{_now().replace(':', '')}-{secrets.token_hex(4)}.fkb"


def _note_key(key: str) -> str:
    """The note beside a quarantined copy: quarantine/X.fkb -> quarantine/X.json."""
    return key.removesuffix(".fkb") + ".json"


def _lock_of(report: Report, digest: str) -> str:
    """What a decision is serialised on: the bundle's device (as its claim says, even when refused: the same file
    always names the same one), else the file itself."""
    return report.device_id or f"file {digest}"


class _CallerFailed(Exception):
    """``also`` (the caller's part of a decision) failed: the decision is rolled back and its error raised as is."""


@dataclass
class _Work:
    """One object being ingested: where it is now (``key``), and what the open decision did to storage (``moves``,
    ``notes``: undone when the transaction rolls back; ``after``: deletions once it committed)."""

    key: str
    source: str
    uploaded_by: str | None
    digest: str
    storage: Storage | None = None
    moves: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subjects: list[identify.SubjectKey] = field(default_factory=list)  # new templates: searched once committed
    after: list[Callable[[], None]] = field(default_factory=list)

    def move(self, storage: Storage, target: str, *, source: str | None = None) -> None:
        """Move this object (or ``source``, another one: a forked copy) to ``target``, undoable: a copy now (a hard
        link in a folder, a server-side copy in S3), the original deleted only once the decision committed. A
        process killed in between leaves both (the job retried finds its object; the index names the one it
        committed), never neither."""
        start = self.key if source is None else source
        self.storage = storage
        storage.copy(start, target)
        self.moves.append((start, target))
        self.after.append(lambda: storage.delete(start))
        if source is None:
            self.key = target

    def note(self, storage: Storage, key: str, data: bytes) -> None:
        self.storage = storage
        storage.put_bytes(key, data)
        self.notes.append(key)

    def undo(self) -> None:
        """Put storage back as it was before the decision (its transaction rolled back)."""
        if self.storage is not None:
            for start, target in reversed(self.moves):
                with contextlib.suppress(OSError, HqBackendError):
                    self.storage.delete(target)  # a copy: the original was never deleted
                if self.key == target:
                    self.key = start
            for key in self.notes:
                with contextlib.suppress(OSError, HqBackendError):
                    self.storage.delete(key)
        self.moves.clear()
        self.notes.clear()
        self.after.clear()


class Index:
    """HQ's index on its database (``db``: SQLite in the folder, or PostgreSQL) and its bundles in ``storage`` (the
    folder, or an object store), by storage key. Not shared between threads: each opens its own."""

    def __init__(self, hq: HQ, *, database: Database | None = None, storage: Storage | None = None) -> None:
        self.hq = hq
        # What HQ writes (index, archive, quarantine, notes) is HQ's operator's alone, whatever the caller's umask.
        os.umask(0o077)
        self.storage = storage if storage is not None else hq.storage()
        self.db = database if database is not None else hq.database()
        try:
            self._migrate()
            identify.migrate(self.db)
            watchlist.migrate(self.db)  # every subject ingested is searched against HQ's watchlist too
            samples.migrate(self.db)  # physical samples and their shipments (issue 19)
        except BaseException:
            if database is None:
                self.db.close()
            raise
        self._owns_db = database is None
        self._identities: list[Any] | None = None
        self._identification: identify.Identification | None = None

    @property
    def identification(self) -> identify.Identification:
        """HQ's templates, hits, match candidates and examiners' decisions (hq/identify.py), on this index's db."""
        if self._identification is None:
            self._identification = identify.Identification(self.hq, self.db, watchlist=watchlist.search)
        return self._identification

    def _migrate(self) -> None:
        # The server, the window, workers and a command may open a new index at once: one of them updates it.
        with self.db.transaction(lock="fieldkit-schema"):
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER"
                            " NOT NULL)")  # fmt: skip
            row = self.db.execute("SELECT version FROM schema_versions WHERE component = 'index'").fetchone()
            before = int(row[0]) if row else 0
            if before >= len(MIGRATIONS):
                self.db.migrate("index", MIGRATIONS)  # refuses a newer schema; else nothing to do
                return
            if before == 0 and self.db.dialect == "sqlite":  # an index.sqlite older fieldkits made (or none yet)
                self.db.execute(_V1_SQLITE.split(";")[0])  # bundles, so that migration 2's UPDATE finds it
                if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'quarantine'").fetchone():
                    _add_columns(self.db)
            self.db.migrate("index", MIGRATIONS)
            if before < 2:
                self._to_keys()

    def _to_keys(self) -> None:
        """Migration 2's rewrite: each absolute path below the HQ folder becomes its storage key (a path elsewhere
        is kept, and read as a path)."""
        folder = LocalStorage(self.hq.folder)
        for table in ("bundles", "quarantine"):
            for (path,) in self.db.execute(f"SELECT DISTINCT path FROM {table}").fetchall():  # noqa: S608 - ours
                key = folder.key_of(path) if os.path.isabs(path) else None
                if key is not None:
                    self.db.execute(f"UPDATE {table} SET path = ? WHERE path = ?", (key, path))  # noqa: S608

    def close(self) -> None:
        if self._owns_db:
            self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- where a stored copy is: a storage key (or, from an index older than keys, a path outside the folder) ----

    def describe(self, stored: str) -> str:
        """Where a stored copy is, as people read it (a file path, or s3://bucket/key)."""
        return stored if os.path.isabs(stored) else self.storage.describe(stored)

    def _size(self, stored: str) -> int | None:
        if os.path.isabs(stored):
            try:
                return Path(stored).stat().st_size if Path(stored).is_file() else None
            except OSError:
                return None
        return self.storage.size(stored)

    def _delete(self, stored: str) -> None:
        if os.path.isabs(stored):
            Path(stored).unlink(missing_ok=True)
        else:
            self.storage.delete(stored)

    def _open_stored(self, stored: str) -> BinaryIO:
        return open(stored, "rb") if os.path.isabs(stored) else self.storage.open(stored)

    # --- deciding ------------------------------------------------------------------------------------------------

    def _quarantine(self, work: _Work, report: Report, reason: str, message: str,
                    alarms: list[dict[str, Any]] | None = None) -> IngestResult:  # fmt: skip
        """Keep the copy in quarantine with its note and row, unless HQ already holds the same file (same SHA-256)
        in quarantine for the same reason: then this copy goes and the result says when it was quarantined."""
        outcome = "fork" if reason == "fork" else "chain-broken" if reason == "chain-broken" else "quarantined"
        digest = report.file_sha256 or work.digest
        before = self._held_before(digest, reason)
        kept: str | None = None
        if before is not None:
            work.after.append(lambda: self.storage.delete(work.key))
            message = (f"already quarantined on {before[1]} as {reason} ({PurePosixPath(before[0]).name}):"
                       f" {message}")  # fmt: skip
            kept = before[0]
        else:
            kept = self._record_quarantine(work, report, reason, message, digest)
        return IngestResult(work.source, outcome, reason, message, report.device_id, report.sequence, report=report,
                            alarms=alarms or [], file_sha256=digest, key=kept,
                            path=self.describe(kept))  # fmt: skip

    def _held_before(self, digest: str, reason: str | None = None) -> tuple[str, str, str] | None:
        """(stored, when, reason) of the quarantine row whose copy of this very file (``digest``) HQ still holds,
        for ``reason`` when given; None when there is none."""
        if not digest:
            return None
        sql = "SELECT path, at, reason FROM quarantine WHERE file_sha256 = ? AND expired_at IS NULL"
        params: tuple[Any, ...] = (digest,)
        if reason is not None:
            sql, params = sql + " AND reason = ?", (digest, reason)
        for path, at, why in self.db.execute(sql + " ORDER BY id", params).fetchall():
            if self._size(path) is not None:
                return str(path), str(at), str(why)
        return None

    def _record_quarantine(self, work: _Work, report: Report, reason: str, message: str, digest: str) -> str:
        """Move the copy under quarantine/ (where it is not yet), write its note beside it and the quarantine row
        `hq status` lists; the copy's key."""
        key = work.key
        if not key.startswith("quarantine/"):
            key = _new_quarantine_key()
            work.move(self.storage, key)
        work.note(self.storage, _note_key(key), json.dumps({
            "source": work.source, "reason": reason, "message": message, "file_sha256": digest,
            "uploaded_by": work.uploaded_by, "report": report.to_json()}, indent=1).encode())  # fmt: skip
        self.db.execute(
            "INSERT INTO quarantine (path, source, file_sha256, device_id, sequence, reason, message, at, uploaded_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, work.source, digest, report.device_id or None, report.sequence or None, reason, message, _now(),
             work.uploaded_by),
        )  # fmt: skip
        return key

    def _alarm(self, device_id: str, sequence: int, kind: str, message: str, files: list[str]) -> dict[str, Any] | None:
        """Raise an alarm about ``files`` (the SHA-256 of the bundles it concerns); the alarm, or None when the same
        one (device, number, kind and files) was raised before: a file delivered again raises nothing new."""
        named = json.dumps(sorted({f for f in files if f}))
        if self.db.execute(
            "SELECT 1 FROM alarms WHERE device_id = ? AND sequence = ? AND kind = ? AND files = ?",
            (device_id, sequence, kind, named)).fetchone():  # fmt: skip
            return None
        at = _now()
        self.db.execute(
            "INSERT INTO alarms (device_id, sequence, kind, message, at, files) VALUES (?, ?, ?, ?, ?, ?)",
            (device_id, sequence, kind, message, at, named),
        )
        return {"sequence": sequence, "kind": kind, "message": message, "at": at, "files": json.loads(named)}

    def _file_of(self, device: str, sequence: int) -> list[str]:
        """The SHA-256 of the files HQ holds (archived, or forked) as bundle ``sequence`` of ``device``."""
        return [r[0] for r in self.db.execute(
            "SELECT file_sha256 FROM bundles WHERE device_id = ? AND sequence = ?", (device, sequence))]  # fmt: skip

    def _hold(self, source: Path) -> tuple[str, str, int]:
        """A durable copy of ``source`` in storage under a new quarantine/ key, and the SHA-256 and size of its
        bytes, hashed as they are written (one pass): what is checked and kept is this copy."""
        if not source.is_file():
            raise InvalidValueError(f"{source} is not a bundle file")
        key = _new_quarantine_key()
        try:
            with open(source, "rb") as reading:
                digest, size = self.storage.put(key, reading)
        except OSError as exc:
            raise fsutil.storage_error(exc, f"copying {source} into quarantine") from exc
        return key, digest, size

    def refuse(self, source: Path, report: Report, *, uploaded_by: str | None = None) -> Held:
        """Keep a bundle that failed verification elsewhere (the HQ window checked it) as ``ingest`` keeps one it
        refuses: a copy in quarantine/ with its reason beside it, listed by `fieldkit hq status`. The same file
        (same SHA-256) refused again is not copied twice: the copy already held is returned."""
        if report.ok:
            raise InvalidValueError(f"{source} verified: ingest it instead of refusing it")
        key, digest, size = self._hold(source)
        work = _Work(key, str(source.absolute()), uploaded_by, digest)
        with self.db.transaction(lock=_lock_of(report, digest)):
            before = self._held_before(digest)
            if before is None:
                self._record_quarantine(work, report, report.reason or "invalid", report.message, digest)
        if before is not None:
            self.storage.delete(key)
            return Held(self.describe(before[0]), digest, size, new=False, key=before[0])
        return Held(self.storage.describe(key), digest, size, new=True, key=key)

    def ingested_at(self, report: Report) -> str | None:
        """When HQ archived this bundle (the same device, number and tag manifest, or the very same file), else
        None: ingesting it again would be a replay that changes nothing."""
        row = self.db.execute(
            "SELECT ingested_at FROM bundles WHERE (device_id = ? AND sequence = ? AND tagmanifest_sha256 = ?)"
            " OR (file_sha256 <> '' AND file_sha256 = ?) ORDER BY ingested_at LIMIT 1",
            (report.device_id, report.sequence, report.tagmanifest_sha256, report.file_sha256),
        ).fetchone()
        return str(row[0]) if row is not None else None

    def ingest(self, source: Path, *, accept_jump: bool = False, uploaded_by: str | None = None,
               progress: Callable[[int], None] | None = None) -> IngestResult:  # fmt: skip
        """Put ``source`` into storage under a new quarantine/ key (hashed as it is written), then ingest_stored it:
        archived, or kept in quarantine with its reason. ``progress(bytes)``: how far the verification read."""
        key, digest, _size = self._hold(source)
        return self.ingest_stored(key, source=str(source.absolute()), accept_jump=accept_jump,
                                  uploaded_by=uploaded_by, file_sha256=digest, progress=progress)  # fmt: skip

    def ingest_stored(self, key: str, *, source: str, accept_jump: bool = False, uploaded_by: str | None = None,
                      also: Callable[[Database, IngestResult], None] | None = None,
                      file_sha256: str | None = None,
                      progress: Callable[[int], None] | None = None) -> IngestResult:  # fmt: skip
        """Verify the object at ``key`` by streaming it from storage (no local copy), then decide inside one
        transaction locked on its device (``db.transaction(lock=device_id)``): a replay (the object is deleted), a
        fork, a broken chain, a jump held for review or any refusal (the object moves under quarantine/ with its
        note, unless the same file is held there already: then it is deleted), else archived (moved to its
        archive/ key). ``also(db, result)`` runs inside that transaction before it commits (a worker marks its job
        done with the verdict). ``source``: words for where it came from; ``file_sha256``: the object's SHA-256
        when the caller hashed it as it was written (else hashed while it is verified); ``progress(bytes)``: how
        far the verification read the object.

        Whatever the bundle holds, this returns: an unexpected error while verifying or indexing this one bundle
        (a bug a hostile bundle reached) refuses it as ``unreadable``, with its note and index row, and leaves the
        archive and the index as they were. A bundle numbered more than BundleLimits.max_sequence_jump beyond the
        last one HQ archived of its device is kept for review (``sequence-jump``) unless ``accept_jump``.

        Every refusal is verified afresh (HQ may have enrolled the device since), but the same file (same SHA-256)
        refused again for the same reason is neither kept nor rowed again, and an alarm about the same files is
        raised once. ``uploaded_by``: the device whose credential sent the file, kept with a refusal."""
        check_key(key)
        work = _Work(key, source, uploaded_by, file_sha256 or "")
        report = Report(path=self.storage.describe(key), file_sha256=work.digest)
        try:
            report = self._verify(key, work, progress)
            result = self._decide(work, report, accept_jump, also)
        except OSError as exc:  # HQ's own disk, not the bundle: say so (the copy stays where it is)
            work.undo()
            raise fsutil.storage_error(exc, f"ingesting {source}") from exc
        except (HqBackendError, KeyboardInterrupt):
            work.undo()
            raise
        except _CallerFailed as failed:  # nothing decided (rolled back): the caller's own error, as it was raised
            work.undo()
            raise failed.__cause__ or failed from None
        except Exception as exc:  # a bug this bundle reached: refuse it, keep it, and let the next one in
            work.undo()
            result = self._unreadable(work, report, exc, also)
        for step in work.after:  # deletions of copies no longer needed, once the verdict is committed
            with contextlib.suppress(OSError, HqBackendError):
                step()
        result.file_sha256 = result.file_sha256 or work.digest
        if result.outcome == "ingested":
            self._search(work, result)
        return result

    def _search(self, work: _Work, result: IngestResult) -> None:
        """Search the subjects this archived bundle brought templates of (and any left waiting by a process that
        died), after its transaction committed: the verdict stands whatever happens here. A search that fails
        leaves its subject waiting, said in ``result.identification``."""
        try:
            searched = self.identification.search_waiting(work.subjects)
        except Exception as exc:  # the bundle is archived: a failed search waits for the next ingest, said
            reason = exc.message if isinstance(exc, FieldkitError) else f"unexpected error ({type(exc).__name__})"
            result.identification = f"the search for the same person at HQ did not finish ({reason}): it runs" \
                                    " again with the next bundle ingested"  # fmt: skip
            return
        pairs: set[frozenset[tuple[str, str]]] = set()
        for done in searched:
            for candidate in done.candidates:
                # Two subjects of this bundle find each other: one pair, said once.
                pair = frozenset(
                    {(done.subject.device, done.subject.subject), (candidate["device"], candidate["subject"])}
                )
                if pair in pairs:
                    continue
                pairs.add(pair)
                result.candidates.append({"subject": done.subject.subject, "device_id": done.subject.device,
                                          "other": {"subject": candidate["subject"],
                                                    "device_id": candidate["device"]},
                                          "score": candidate["score"]})  # fmt: skip
            for hit in done.watchlist:  # HQ's own watchlist: the entry by its reference
                side = self.identification.side(done.subject.device, done.subject.subject)
                result.candidates.append({"subject": done.subject.subject, "device_id": done.subject.device,
                                          "reference": side["reference"],
                                          "watchlist": {"ref": hit["ref"], "category": hit["category"],
                                                        "instructions": hit["instructions"]},
                                          "score": hit["score"]})  # fmt: skip

    def _verify(self, key: str, work: _Work, progress: Callable[[int], None] | None = None) -> Report:
        """The verifier's report on the object at ``key``, read once as a stream and hashed on the way (no
        transaction is open: verifying a large bundle takes long)."""
        name = self.storage.describe(key)
        if self.storage.size(key) == 0:  # named by its hash as any refusal (a worker's object was not hashed yet)
            work.digest = work.digest or hashlib.sha256(b"").hexdigest()
            report = Report(path=name, reason="age-header", message="the file is empty (0 bytes)",
                            file_sha256=work.digest)  # fmt: skip
            report.checks.append(Check("age-header", False, report.message))
            report.error = BundleFormatError(report.message, reason="age-header")
            return report
        with self.storage.open(key) as raw:
            report = identify.refuse_bad_templates(check_stream(raw, self.hq.trust(), name=name, progress=progress))
        if not work.digest:  # the verifier hashed the whole file when it got to the end; else hash it now (refusals)
            if report.file_sha256:
                work.digest = report.file_sha256
            else:
                with self.storage.open(key) as raw:
                    work.digest = stream_sha256(raw)
        report.file_sha256 = report.file_sha256 or work.digest
        return report

    def _decide(self, work: _Work, report: Report, accept_jump: bool,
                also: Callable[[Database, IngestResult], None] | None) -> IngestResult:  # fmt: skip
        with self.db.transaction(lock=_lock_of(report, work.digest)):
            try:
                result = self._ingest_held(work, report, accept_jump)
                # The file's SHA-256 before ``also`` sees the result (an archived or replayed bundle's result did
                # not carry it): the worker signs it into the upload's receipt, and a device refuses a receipt
                # without it (found by tests/interop/test_scale.py: every gateway upload stayed unacknowledged).
                result.file_sha256 = result.file_sha256 or report.file_sha256 or work.digest
                if also is not None:
                    try:
                        also(self.db, result)
                    except Exception as exc:  # the caller's failure (a lost job lease), not the bundle's
                        raise _CallerFailed from exc
            except BaseException:
                work.undo()
                raise
        return result

    def refuse_stored(self, key: str, message: str, *, source: str, uploaded_by: str | None = None,
                      also: Callable[[Database, IngestResult], None] | None = None) -> IngestResult:  # fmt: skip
        """Refuse the object at ``key`` as ``unreadable`` without verifying it (its verification never finished:
        each attempt died in it): held under quarantine/ with its note and row, once per file (the same file held
        before: this copy goes), ``also`` inside the same transaction."""
        check_key(key)
        with self.storage.open(key) as stream:
            digest = stream_sha256(stream)
        text = f"{message}: the bundle is held in quarantine for inspection"
        report = Report(path=self.storage.describe(key), reason="unreadable", message=text, file_sha256=digest)
        report.checks.append(Check("unreadable", False, text))
        work = _Work(key, source, uploaded_by, digest)
        try:
            with self.db.transaction(lock=_lock_of(report, digest)):
                result = self._quarantine(work, report, "unreadable", text)
                if also is not None:
                    also(self.db, result)
        except BaseException:
            work.undo()
            raise
        for step in work.after:
            with contextlib.suppress(OSError, HqBackendError):
                step()
        return result

    def _unreadable(self, work: _Work, report: Report, exc: Exception,
                    also: Callable[[Database, IngestResult], None] | None) -> IngestResult:  # fmt: skip
        message = f"the bundle cannot be verified or indexed: unexpected error ({type(exc).__name__})"
        refused = Report(path=report.path, reason="unreadable", message=message, file_sha256=report.file_sha256,
                         info=report.info, checks=[*report.checks, Check("unreadable", False, message)])  # fmt: skip
        try:
            with self.db.transaction(lock=_lock_of(refused, work.digest)):
                result = self._quarantine(work, refused, "unreadable", message)
                if also is not None:
                    also(self.db, result)
        except BaseException:
            work.undo()
            raise
        return result

    def _ingest_held(self, work: _Work, report: Report, accept_jump: bool) -> IngestResult:
        if not report.ok or report.info is None:  # a bundle that verified always has its fieldkit.json
            return self._quarantine(work, report, report.reason or "invalid", report.message)
        info = report.info
        device, sequence = report.device_id, report.sequence
        if self.ingested_at(report) is not None:
            work.after.append(lambda: self.storage.delete(work.key))
            held = self.db.execute(
                "SELECT path FROM bundles WHERE (device_id = ? AND sequence = ? AND tagmanifest_sha256 = ?)"
                " OR (file_sha256 <> '' AND file_sha256 = ?) ORDER BY ingested_at LIMIT 1",
                (device, sequence, report.tagmanifest_sha256, report.file_sha256),
            ).fetchone()  # the archived copy: where this file's twin is (this one is deleted)
            return IngestResult(work.source, "replay", None, "already ingested: nothing changed", device, sequence,
                                report=report, gaps=self.gaps(device), file_sha256=report.file_sha256 or work.digest,
                                path=self.describe(str(held[0])) if held and held[0] else "")  # fmt: skip
        rows = self.db.execute(
            "SELECT tagmanifest_sha256, path, state FROM bundles WHERE device_id = ? AND sequence = ?",
            (device, sequence),
        ).fetchall()
        if rows:
            files = [*self._file_of(device, sequence), report.file_sha256]
            message = (f"device {device} made two different bundles numbered {sequence}: possible compromise"
                       f" (files {_short(files)})")  # fmt: skip
            raised = self._alarm(device, sequence, "fork", message, files)
            for _digest, path, state in rows:
                if state == "archived":
                    moved = path
                    if not os.path.isabs(path) and self.storage.exists(path):
                        moved = f"quarantine/{device}-{PurePosixPath(path).name}.forked"
                        work.move(self.storage, moved, source=path)
                    self.db.execute("UPDATE bundles SET state = 'forked', path = ? WHERE device_id = ? AND sequence = ?"
                                    " AND tagmanifest_sha256 = ?", (moved, device, sequence, _digest))  # fmt: skip
            # Its custody head is no longer one HQ holds: the chain is checked against archived bundles only.
            self.db.execute("DELETE FROM custody_heads WHERE device_id = ? AND sequence = ?", (device, sequence))
            return self._quarantine(work, report, "fork", message, [raised] if raised else [])
        previous_row = self.db.execute(
            "SELECT tagmanifest_sha256 FROM bundles WHERE device_id = ? AND sequence = ? AND state = 'archived'",
            (device, sequence - 1),
        ).fetchone()
        if previous_row is not None and previous_row[0] != info.previous_tagmanifest_sha256:
            files = [*self._file_of(device, sequence - 1), report.file_sha256]
            message = (f"bundle {sequence} of device {device} does not follow the bundle {sequence - 1} HQ holds"
                       f" (files {_short(files)})")  # fmt: skip
            raised = self._alarm(device, sequence, "chain-broken", message, files)
            return self._quarantine(work, report, "chain-broken", message, [raised] if raised else [])
        last = self.last_sequence(device)
        if sequence - last > BUNDLE_LIMITS.max_sequence_jump and not accept_jump:
            message = (f"bundle {sequence} of device {device} is {sequence - last} numbers beyond the last one HQ"
                       f" archived ({last}): a stolen key may be burning numbers; review it, then 'fieldkit hq"
                       " ingest --accept-jump' archives it")  # fmt: skip
            return self._quarantine(work, report, "sequence-jump", message)
        return self._archive(work, report, info)

    def _archive(self, work: _Work, report: Report, info: BundleInfo) -> IngestResult:
        """Index the verified bundle and move it to its archive/ key, inside the decision's transaction: a failure
        rolls the index back and moves the object back, so archive/ never holds a bundle the index does not list
        (the partial unique index bundles_one_archived holds at most one archived row per number)."""
        device, sequence, tagmanifest = report.device_id, report.sequence, report.tagmanifest_sha256
        target = f"archive/{device}/{sequence:06d}-{tagmanifest[:12]}.fkb"
        self.db.execute(
            "INSERT INTO bundles (device_id, sequence, tagmanifest_sha256, file_sha256, bundle_id,"
            " previous_tagmanifest_sha256, path, state, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'archived', ?)",
            (device, sequence, tagmanifest, report.file_sha256, info.bundle_id, info.previous_tagmanifest_sha256,
             target, _now()),
        )  # fmt: skip
        for abandoned in info.abandoned_sequences:
            self.db.execute(
                "INSERT INTO abandoned (device_id, sequence) VALUES (?, ?) ON CONFLICT DO NOTHING", (device, abandoned)
            )
        # A later bundle that arrived first must follow this one.
        following = self.db.execute(
            "SELECT previous_tagmanifest_sha256 FROM bundles"
            " WHERE device_id = ? AND sequence = ? AND state = 'archived'",
            (device, sequence + 1),
        ).fetchone()
        if following is not None and following[0] != tagmanifest:
            files = [report.file_sha256, *self._file_of(device, sequence + 1)]
            message = (f"bundle {sequence + 1} of device {device} does not follow bundle {sequence}"
                       f" (files {_short(files)})")  # fmt: skip
            self._alarm(device, sequence + 1, "chain-broken", message, files)
        # The same file quarantined before (a jump that is none now, a signer enrolled since): no longer pending.
        self.db.execute(
            "UPDATE quarantine SET resolved_at = ?, resolution = ? WHERE file_sha256 = ? AND resolved_at IS NULL",
            (_now(), f"archived later as bundle {sequence}", report.file_sha256),
        )
        alarms = self._check_custody_chain(device, sequence, info.custody)
        released = self._index_received(report)
        amended = self._index_amendments(report)
        work.subjects = self.identification.store(report)
        samples.store(self.hq, self.db, report)
        work.move(self.storage, target)
        message = "verified and archived" + "".join(f"; ALARM {a['kind']}: {a['message']}" for a in alarms)
        described = self.storage.describe(target)
        return IngestResult(work.source, "ingested", None, message, device, sequence, described, self.gaps(device),
                            report, amended, released, alarms, key=target, path=described)  # fmt: skip

    # --- the custody chain across bundles ------------------------------------------------------------------------

    def _check_custody_chain(self, device: str, sequence: int, custody: CustodyRange) -> list[dict[str, Any]]:
        """Keep this bundle's custody head, and check it continues the bundle before it and is continued by the one
        after it (either may have arrived first), where HQ knows the two are neighbours: every number between them
        was abandoned. Before the first bundle stands the chain's start (entry 0, the genesis hash). A break is a
        ``custody-chain-broken`` alarm on the later bundle, which stays archived; the alarms raised are returned."""
        self.db.execute(
            "INSERT INTO custody_heads (device_id, sequence, from_seq, to_seq, previous_hash, head_hash)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, sequence) DO UPDATE SET from_seq = excluded.from_seq,"
            " to_seq = excluded.to_seq, previous_hash = excluded.previous_hash, head_hash = excluded.head_hash",
            (device, sequence, custody.from_seq, custody.to_seq, custody.previous_hash, custody.head_hash),
        )
        raised = []
        before = self.db.execute(
            "SELECT sequence, to_seq, head_hash FROM custody_heads WHERE device_id = ? AND sequence < ?"
            " ORDER BY sequence DESC LIMIT 1", (device, sequence)).fetchone() or (0, 0, GENESIS_HASH)  # fmt: skip
        if self._neighbours(device, before[0], sequence):
            alarm = self._custody_break(device, before, (sequence, custody.from_seq, custody.previous_hash))
            if alarm is not None:
                raised.append(alarm)
        after = self.db.execute(
            "SELECT sequence, from_seq, previous_hash FROM custody_heads WHERE device_id = ? AND sequence > ?"
            " ORDER BY sequence LIMIT 1", (device, sequence)).fetchone()  # fmt: skip
        if after is not None and self._neighbours(device, sequence, after[0]):
            alarm = self._custody_break(device, (sequence, custody.to_seq, custody.head_hash), after)
            if alarm is not None:
                raised.append(alarm)
        return raised

    def _neighbours(self, device: str, low: int, high: int) -> bool:
        """Whether no bundle HQ lacks lies between bundles ``low`` and ``high`` (all between were abandoned)."""
        between = self.db.execute(
            "SELECT count(*) FROM abandoned WHERE device_id = ? AND sequence > ? AND sequence < ?", (device, low, high)
        ).fetchone()[0]
        return bool(between == high - low - 1)

    def _custody_break(self, device: str, earlier: tuple[Any, ...], later: tuple[Any, ...]) -> dict[str, Any] | None:
        """The alarm, raised, when bundle ``later`` (sequence, from_seq, previous_hash) does not continue the custody
        log where bundle ``earlier`` (sequence, to_seq, head_hash) left it; None when it does."""
        first, to_seq, head = earlier
        number, from_seq, previous = later
        if from_seq == to_seq + 1 and (head is None or previous is None or head == previous):
            return None
        where = "the start of the log" if first == 0 else f"bundle {first}"
        files = [*(self._file_of(device, first) if first else []), *self._file_of(device, number)]
        message = (f"bundle {number} of device {device} does not continue the custody log where {where} left it"
                   f" (entry {to_seq}, {str(head)[:12]}): it starts at entry {from_seq} after {str(previous)[:12]};"
                   " entries HQ already holds may have been rewritten on the device"
                   f" (files {_short(files)})")  # fmt: skip
        return self._alarm(device, number, "custody-chain-broken", message, files)

    def reindex(self) -> dict[str, Any]:
        """Index what archived bundles brought when the index has no trace of it (bundles archived before HQ kept
        ``received`` and ``amendments``): each such bundle is verified again from the archive, as at ingest, and its
        records and amendments indexed; waiting amendments to what it holds are applied. Nothing already indexed
        is touched, so running it twice changes nothing. A bundle that no longer verifies (the archive copy was
        changed, or its device's key revoked since) is listed with the reason, never indexed."""
        rows = self.db.execute(
            "SELECT device_id, sequence, path FROM bundles b WHERE state = 'archived'"
            " AND NOT EXISTS (SELECT 1 FROM received r WHERE r.device_id = b.device_id AND r.sequence = b.sequence)"
            " AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.device_id = b.device_id AND a.sequence = b.sequence)"
            " ORDER BY device_id, sequence"
        ).fetchall()
        done: dict[str, Any] = {"checked": 0, "indexed": 0, "amendments": 0, "applied": 0, "failed": []}
        for device, sequence, path in rows:
            done["checked"] += 1
            with self._open_stored(path) as stream:
                report = check_stream(stream, self.hq.trust(), name=self.describe(path))
            if not report.ok or (report.device_id, report.sequence) != (device, sequence):
                done["failed"].append({"device_id": device, "sequence": sequence, "path": self.describe(path),
                                       "reason": report.reason or "mismatch", "message": report.message})  # fmt: skip
                continue
            with self.db.transaction(lock=device):
                released = self._index_received(report)
                amended = self._index_amendments(report)
            done["indexed"] += 1
            done["amendments"] += len(amended)
            done["applied"] += len(released)
        return done

    # --- what HQ received, and the amendments to it -------------------------------------------------------------

    def _seal(self, value: Any) -> bytes:
        """``value`` as JSON, encrypted to HQ's own recipients (age): evidence in the index is never plaintext."""
        out = io.BytesIO()
        writer = age.AgeWriter(out, self.hq.recipients())
        writer.write(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        writer.close()
        return out.getvalue()

    def _open(self, sealed: bytes | None) -> Any:
        if sealed is None:
            return None
        if self._identities is None:
            self._identities = self.hq.identities()
        reader = age.AgeReader(io.BytesIO(sealed), self._identities)
        data = reader.read()
        reader.finish()
        return json.loads(data)

    def _index_received(self, report: Report) -> list[dict[str, Any]]:
        """Record what this bundle brought (inside ingest's transaction); waiting amendments to any of it are
        applied now, and returned."""
        device, sequence = report.device_id, report.sequence
        released = []
        for (kind, uuid), record in received_in(report).items():
            self.db.execute(
                "INSERT INTO received (kind, uuid, device_id, sequence, record) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (kind, uuid, device, sequence, None if record is None else self._seal(record)),
            )
            waiting = self.db.execute(
                "SELECT * FROM amendment_rows WHERE target_type = ? AND target_uuid = ? AND state = 'waiting'"
                " ORDER BY sequence, position", (kind, uuid)).fetchall()  # fmt: skip
            if waiting:
                self.db.execute(
                    "UPDATE amendments SET state = 'applied', applied_at = ? WHERE target_type = ? AND target_uuid = ?"
                    " AND state = 'waiting'", (_now(), kind, uuid))  # fmt: skip
                name = words.label(kind, record)
                view = record
                for row in waiting:  # each said against what HQ holds once the ones before it are applied
                    entry = self._amendment(row, name, value=True, previous=view)
                    view = words.apply(view, entry["change"], entry.pop("value"))
                    released.append({**entry, "state": "applied"})
        # In the order HQ applies them (bundle sequence, then order), not the order this bundle listed the targets.
        return sorted(released, key=lambda a: (a["device_id"], a["sequence"], a["position"]))

    def _index_amendments(self, report: Report) -> list[dict[str, Any]]:
        """Keep each of this bundle's amendments (in its order): applied when HQ holds its target, else waiting."""
        device, sequence = report.device_id, report.sequence
        custody = report.records.get("data/custody.jsonld")
        kept = []
        for amendment in sorted(report.amendments.values(), key=lambda a: a.order):
            target = amendment.target
            held = self._latest_record(target.type, target.uuid)
            previous = self.history(target.uuid)["current"] if held is not None else None  # before this one
            state = "waiting" if held is None else "applied"
            self.db.execute(
                "INSERT INTO amendments (uuid, device_id, sequence, position, target_type, target_uuid, change, value,"
                " custody, made_at, state, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (amendment.uuid, device, sequence, amendment.order, target.type, target.uuid, amendment.change,
                 self._seal(amendment.value), json.dumps(list(amendment.custody)), amendment.made_at, state,
                 _now() if state == "applied" else None),
            )  # fmt: skip
            name = words.label(target.type, held[1] if held is not None else None)
            why = words.reason(custody, amendment.custody)
            said = words.words(target.type, target.uuid, amendment.change, amendment.value, name, previous, why)
            kept.append({**amendment_summary(amendment), "device_id": device, "sequence": sequence, "state": state,
                         "words": said})  # fmt: skip
        return kept

    def _latest_record(self, kind: str, uuid: str) -> tuple[bool, dict[str, Any] | None] | None:
        """None when HQ never received ``kind`` ``uuid``; else (True, its latest record, or None when only the
        custody log named it)."""
        rows = self.db.execute(
            "SELECT record FROM received WHERE kind = ? AND uuid = ? ORDER BY record IS NOT NULL, sequence",
            (kind, uuid),
        ).fetchall()
        return (True, self._open(rows[-1][0])) if rows else None

    def _amendment(self, row: tuple[Any, ...], name: str = "", value: bool = False,
                   previous: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
        """An amendment row as a dict (``value``: with the new value, decrypted) and its words (``previous``: what
        HQ held of its target before it, to say what changed from what)."""
        entry = dict(zip(_AMENDMENT_KEYS, row, strict=True))
        new = self._open(entry.pop("sealed"))
        entry["target"] = {"type": entry.pop("target_type"), "uuid": entry.pop("target_uuid")}
        entry["custody"] = json.loads(entry["custody"])
        entry["words"] = words.words(entry["target"]["type"], entry["target"]["uuid"], entry["change"], new, name,
                                     previous)  # fmt: skip
        if value:
            entry["value"] = new
        return entry

    def labels(self, uuids: list[tuple[str, str]]) -> dict[str, str]:
        """Words naming each (kind, uuid) HQ received (for reports): uuid -> "photo.jpg, EV-0043"."""
        found = {}
        for kind, uuid in uuids:
            held = self._latest_record(kind, uuid)
            if held is not None and (name := words.label(kind, held[1])):
                found[uuid] = name
        return found

    def holdings(self, targets: list[tuple[str, str]]) -> dict[str, dict[str, Any] | None]:
        """What HQ holds now of each (kind, uuid) it received: uuid -> its current view (its record with the
        amendments applied; None when only a custody log named it). A target HQ never received is not a key."""
        found: dict[str, dict[str, Any] | None] = {}
        for kind, uuid in targets:
            if self._latest_record(kind, uuid) is not None:
                found[uuid] = self.history(uuid)["current"]
        return found

    def resolve(self, prefix: str) -> str:
        """The full uuid HQ knows that starts with ``prefix`` (a whole uuid, or at least 8 of its hex digits).
        Raises InvalidValueError when the prefix is too short or names several, HqRecordNotFoundError when none."""
        text = prefix.strip().lower()
        if len(text) == 36:
            return text
        if len(text.replace("-", "")) < 8 or any(c not in "0123456789abcdef-" for c in text):
            raise InvalidValueError(f"{prefix!r} is not a uuid nor its first 8 or more hex digits")
        pattern = text.replace("_", "").replace("%", "") + "%"
        found = sorted({r[0] for r in self.db.execute(
            "SELECT uuid FROM received WHERE uuid LIKE ? UNION SELECT target_uuid FROM amendments"
            " WHERE target_uuid LIKE ?", (pattern, pattern))})  # fmt: skip
        if not found:
            raise HqRecordNotFoundError(f"no bundle HQ ingested carried or amended a uuid starting {text}")
        if len(found) > 1:
            shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
            raise InvalidValueError(f"{text} starts {len(found)} uuids HQ holds ({shown}): give more of it")
        return str(found[0])

    def history(self, uuid: str) -> dict[str, Any]:
        """Everything HQ holds about ``uuid``: each bundle that carried it, and every amendment, in the order HQ
        applies them (bundle sequence, then order), with the view they add up to now. Raises HqRecordNotFoundError
        when no bundle ever named it."""
        kinds = [r[0] for r in self.db.execute(
            "SELECT kind FROM received WHERE uuid = ? UNION SELECT target_type FROM amendments WHERE target_uuid = ?",
            (uuid, uuid))]  # fmt: skip
        if not kinds:
            raise HqRecordNotFoundError(f"no bundle HQ ingested carried or amended {uuid}")
        kind = sorted(kinds, key=words.KINDS.index)[0] if all(k in words.KINDS for k in kinds) else kinds[0]
        events: list[tuple[tuple[int, int, str], dict[str, Any]]] = []
        for device, sequence, sealed, ingested in self.db.execute(
            "SELECT r.device_id, r.sequence, r.record, b.ingested_at FROM received r LEFT JOIN bundles b"
            " ON b.device_id = r.device_id AND b.sequence = r.sequence AND b.state = 'archived'"
            " WHERE r.kind = ? AND r.uuid = ?", (kind, uuid)):  # fmt: skip
            events.append(((sequence, 0, device), {"event": "received", "device_id": device, "sequence": sequence,
                                                   "received_at": ingested, "record": self._open(sealed)}))  # fmt: skip
        records = [event["record"] for _, event in sorted(events, key=lambda pair: pair[0]) if event["record"]]
        name = words.label(kind, records[-1] if records else None)
        for row in self.db.execute(
            "SELECT * FROM amendment_rows WHERE target_type = ? AND target_uuid = ?", (kind, uuid)):  # fmt: skip
            entry = self._amendment(row, name, value=True)
            events.append(((entry["sequence"], entry["position"], entry["device_id"]), {"event": "amendment", **entry}))
        events.sort(key=lambda pair: pair[0])
        current: dict[str, Any] | None = None
        for _, event in events:
            if event["event"] == "received":
                current = event["record"] if event["record"] is not None else current or {}
            elif event["state"] == "applied":  # said against what HQ held before it ("finger 2 -> 3")
                event["words"] = words.words(kind, uuid, event["change"], event["value"], name, current)
                current = words.apply(current, event["change"], event["value"])
        return {"target": {"type": kind, "uuid": uuid}, "label": name, "events": [e for _, e in events],
                "current": current}  # fmt: skip

    def amendment_status(self) -> dict[str, Any]:
        """How many amendments HQ applied, and the ones waiting for their original (oldest first)."""
        applied = self.db.execute("SELECT count(*) FROM amendments WHERE state = 'applied'").fetchone()[0]
        waiting = [self._amendment(row) for row in self.db.execute(
            "SELECT * FROM amendment_rows WHERE state = 'waiting' ORDER BY device_id, sequence, position")]  # fmt: skip
        return {"applied": applied, "waiting": waiting}

    def gaps(self, device: str) -> list[tuple[int, int]]:
        """The numbers below the highest bundle of ``device`` that HQ holds no bundle of and no bundle said were
        abandoned, as (first, last) ranges: computed in SQL from the stored rows, one range per hole, so a device
        whose bundles are 1 and 10^9 costs two rows, never a billion numbers."""
        rows = self.db.execute(
            "WITH top(n) AS (SELECT max(sequence) FROM bundles WHERE device_id = ?),"
            " known(n) AS (SELECT 0 UNION SELECT sequence FROM bundles WHERE device_id = ?"
            " UNION SELECT sequence FROM abandoned WHERE device_id = ? AND sequence < (SELECT n FROM top)),"
            " steps(n, next) AS (SELECT n, lead(n) OVER (ORDER BY n) FROM known)"
            " SELECT n + 1, next - 1 FROM steps WHERE next > n + 1 ORDER BY n", (device,) * 3).fetchall()  # fmt: skip
        return [(int(first), int(last)) for first, last in rows]

    def last_sequence(self, device: str) -> int:
        """The highest number of ``device`` HQ archived (0: none yet)."""
        row = self.db.execute(
            "SELECT max(sequence) FROM bundles WHERE device_id = ? AND state = 'archived'", (device,)
        ).fetchone()
        return int(row[0] or 0)

    def status(self) -> dict[str, Any]:
        devices: dict[str, Any] = {}
        for name in self.hq.signers():
            devices[name] = {"enrolled": True}
        for (device,) in self.db.execute("SELECT DISTINCT device_id FROM bundles"):
            devices.setdefault(device, {"enrolled": False})
        revoked = {s.principal for s in self.hq.signers().values() if self.hq.trust().is_revoked(s.key)}
        for device, entry in devices.items():
            last = self.db.execute(
                "SELECT max(sequence) FROM bundles WHERE device_id = ? AND state = 'archived'", (device,)
            ).fetchone()[0]
            entry.update({
                "revoked": device in revoked,
                "last_sequence": last or 0,
                "bundles": self.db.execute(
                    "SELECT count(*) FROM bundles WHERE device_id = ? AND state = 'archived'", (device,)
                ).fetchone()[0],
                "gaps": self.gaps(device),
                "abandoned": [r[0] for r in self.db.execute(
                    "SELECT sequence FROM abandoned WHERE device_id = ? ORDER BY sequence", (device,))],
                # Numbers whose bundle HQ held when a second one came: neither is archived; where each copy is.
                "forked": (forked := [r[0] for r in self.db.execute(
                    "SELECT DISTINCT sequence FROM bundles WHERE device_id = ? AND state = 'forked' ORDER BY sequence",
                    (device,))]),
                "forked_copies": {str(n): self._fork_copies(device, n) for n in forked},
                # One entry per alarm (an index made before alarms were raised once may hold the same one several
                # times: counted in "raised", first time kept).
                "alarms": [{**dict(zip(("sequence", "kind", "message", "at"), r[:4], strict=True)),
                            "files": json.loads(r[4]), "raised": r[5]} for r in self.db.execute(
                    "SELECT sequence, kind, message, min(at), files, count(*) FROM alarms WHERE device_id = ?"
                    " GROUP BY sequence, kind, message, files ORDER BY min(id)", (device,))],
            })  # fmt: skip
        keys = ("path", "source", "file_sha256", "device_id", "uploaded_by", "sequence", "reason", "message", "at",
                "expired_at", "resolved_at", "resolution")  # fmt: skip
        quarantined = [dict(zip(keys, row, strict=True)) for row in self.db.execute(
            f"SELECT {', '.join(keys)} FROM quarantine ORDER BY id")]  # noqa: S608 - column names of our own # fmt: skip
        for row in quarantined:  # where it is, as people read it; "key": as the index keeps it
            row["key"], row["path"] = row["path"], self.describe(row["path"])
        return {"devices": devices, "quarantined": quarantined, "amendments": self.amendment_status()}

    def _fork_copies(self, device: str, sequence: int) -> list[dict[str, Any]]:
        """Where HQ holds each copy of a forked number: the one archived before (its ``bundles`` row, state forked)
        and each one that came after (quarantine rows, reason fork), with whether the file is there now."""
        paths = [r[0] for r in self.db.execute(
            "SELECT path FROM bundles WHERE device_id = ? AND sequence = ? AND state = 'forked' ORDER BY ingested_at",
            (device, sequence))] + [r[0] for r in self.db.execute(
            "SELECT path FROM quarantine WHERE device_id = ? AND sequence = ? AND reason = 'fork' ORDER BY id",
            (device, sequence))]  # fmt: skip
        return [
            {"path": self.describe(path), "key": path, "held": self._size(path) is not None}
            for path in dict.fromkeys(paths)
        ]

    # --- quarantine expiry (issue 15): the copy goes, the row with the file's SHA-256 stays, marked expired -------

    def quarantine(self) -> list[dict[str, Any]]:
        """Every quarantine row, oldest first, with whether its copy is still on disk and its size."""
        keys = ("id", "path", "source", "file_sha256", "device_id", "uploaded_by", "sequence", "reason", "message",
                "at", "expired_at", "resolved_at", "resolution")  # fmt: skip
        rows = [dict(zip(keys, row, strict=True)) for row in self.db.execute(
            f"SELECT {', '.join(keys)} FROM quarantine ORDER BY id")]  # noqa: S608 - column names of our own # fmt: skip
        for row in rows:  # "path": where it is, as people read it; "key": as the index keeps it
            row["key"], row["path"] = row["path"], self.describe(row["path"])
            row["size"] = self._size(row["key"]) if row["expired_at"] is None else None
            row["held"] = row["size"] is not None
        return rows

    def expire_quarantine(self, before: str) -> list[dict[str, Any]]:
        """Remove the held copy of each quarantine row made before ``before`` (UTC, as ``at``), keeping its note
        and its row, marked expired; the rows expired now. A copy held as a ``fork`` is never expired: with the
        ``.forked`` one (never listed here) it is evidence of a compromise."""
        expired = []
        for row in self.quarantine():
            if row["expired_at"] is None and row["at"] < before and row["reason"] != "fork":
                if row["held"] and not row["file_sha256"]:  # refused before it was hashed: the row keeps the hash
                    with self._open_stored(row["key"]) as stream:
                        row["file_sha256"] = stream_sha256(stream)
                self._delete(row["key"])
                row["expired_at"] = _now()
                self.db.execute("UPDATE quarantine SET expired_at = ?, file_sha256 = ? WHERE id = ?",
                                  (row["expired_at"], row["file_sha256"], row["id"]))  # fmt: skip
                expired.append(row)
        return expired

    # --- read-only views for the HQ window (issue 15): what HQ holds that bears on a bundle, per device -----------

    def standing(self, report: Report) -> dict[str, Any]:
        """What HQ already holds that bears on a verified bundle before it is ingested, read only (ingest's own
        checks, nothing recorded): ``alarms``, its device's standing alarms (oldest first; any of them means the
        device may be compromised); ``ingested_at``, when HQ archived this very bundle (a replay) or None; ``would``,
        what ingesting it would raise: "fork" (HQ holds another bundle with its number), "chain-broken" (it does not
        follow the bundle before it that HQ holds), "custody-chain-broken" (its custody log does not continue the
        neighbouring bundle's), "sequence-jump" (held for review), else None; ``last_sequence``, the device's highest
        archived number."""
        device, sequence = report.device_id, report.sequence
        alarms = [dict(zip(("sequence", "kind", "message", "at"), row, strict=True)) for row in self.db.execute(
            "SELECT sequence, kind, message, at FROM alarms WHERE device_id = ? ORDER BY id", (device,))]  # fmt: skip
        found: dict[str, Any] = {"alarms": alarms, "ingested_at": self.ingested_at(report), "would": None,
                                 "last_sequence": self.last_sequence(device)}  # fmt: skip
        info = report.info
        if found["ingested_at"] is not None or info is None:
            return found
        other = self.db.execute("SELECT 1 FROM bundles WHERE device_id = ? AND sequence = ? LIMIT 1",
                                  (device, sequence)).fetchone()  # fmt: skip
        before = self.db.execute(
            "SELECT tagmanifest_sha256 FROM bundles WHERE device_id = ? AND sequence = ? AND state = 'archived'",
            (device, sequence - 1)).fetchone()  # fmt: skip
        if other is not None:
            found["would"] = "fork"
        elif before is not None and before[0] != info.previous_tagmanifest_sha256:
            found["would"] = "chain-broken"
        elif sequence - found["last_sequence"] > BUNDLE_LIMITS.max_sequence_jump:
            found["would"] = "sequence-jump"
        elif self._custody_would_break(device, sequence, info.custody):
            found["would"] = "custody-chain-broken"
        return found

    def _custody_would_break(self, device: str, sequence: int, custody: CustodyRange) -> bool:
        """Whether this custody range fails to continue, or to be continued by, a neighbouring bundle HQ holds (the
        test of _check_custody_chain, read only)."""
        before = self.db.execute(
            "SELECT sequence, to_seq, head_hash FROM custody_heads WHERE device_id = ? AND sequence < ?"
            " ORDER BY sequence DESC LIMIT 1", (device, sequence)).fetchone() or (0, 0, GENESIS_HASH)  # fmt: skip
        after = self.db.execute(
            "SELECT sequence, from_seq, previous_hash FROM custody_heads WHERE device_id = ? AND sequence > ?"
            " ORDER BY sequence LIMIT 1", (device, sequence)).fetchone()  # fmt: skip
        pairs = [(before, (sequence, custody.from_seq, custody.previous_hash))] if self._neighbours(
            device, before[0], sequence) else []  # fmt: skip
        if after is not None and self._neighbours(device, sequence, after[0]):
            pairs.append(((sequence, custody.to_seq, custody.head_hash), after))
        for (_, to_seq, head), (_, from_seq, previous) in pairs:
            if not (from_seq == to_seq + 1 and (head is None or previous is None or head == previous)):
                return True
        return False

    def last_ingested(self) -> dict[str, str]:
        """When HQ last archived a bundle of each device (UTC), device -> time."""
        return {str(device): str(at) for device, at in self.db.execute(
            "SELECT device_id, max(ingested_at) FROM bundles WHERE state = 'archived' GROUP BY device_id")}  # fmt: skip


# The columns of the view amendment_rows, in its order ("value" read as "sealed": it is encrypted).
_AMENDMENT_KEYS = ("uuid", "device_id", "sequence", "position", "target_type", "target_uuid", "change", "sealed",
                   "custody", "made_at", "state", "applied_at")  # fmt: skip


def received_in(report: Report) -> dict[tuple[str, str], dict[str, Any] | None]:
    """What a verified bundle brings HQ, (kind, uuid) -> its record: its captures and items (their records), their
    sites (from the item records), and the sites and subjects its custody log says were created (their details)."""
    found: dict[tuple[str, str], dict[str, Any] | None] = {}
    for capture in report.captures.values():
        found[("capture", capture.uuid)] = capture.to_json()
    for item in report.items.values():
        found[("item", item.uuid)] = item.to_json()
        if item.site is not None:
            found[("site", item.site.uuid)] = item.site.to_json()
    graph = report.records.get("data/custody.jsonld")
    nodes = graph.get("@graph") if isinstance(graph, dict) else None
    for node in nodes if isinstance(nodes, list) else []:
        action = node.get("uco-core:name") if isinstance(node, dict) else None
        if action not in ("site.created", "subject.created"):
            continue
        kind = str(action).partition(".")[0]
        objects = node.get("uco-action:object")
        for target in objects if isinstance(objects, list) else []:
            ident = target.get("@id") if isinstance(target, dict) else None
            if isinstance(ident, str) and ident.startswith(f"kb:{kind}-"):
                found.setdefault((kind, ident.removeprefix(f"kb:{kind}-")), _details(node))
    return found


def _details(node: dict[str, Any]) -> dict[str, Any] | None:
    try:
        details = json.loads(node.get("fieldkit:details") or "null")
    except (TypeError, ValueError):
        return None
    return details if isinstance(details, dict) else None
