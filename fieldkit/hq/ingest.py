"""Ingest at headquarters: verify in quarantine, then archive; replays change nothing; gaps, forks and broken
chains are recorded and reported (`fieldkit hq status`). A bundle is archived whatever its captures' kinds, media
types and analysis states: what the device could not analyse or derive is reported with it, never a reason to
refuse evidence.

What HQ received is indexed with each archived bundle: the capture, item, site and subject uuids its records and
custody log name (``received``, with the records sealed to HQ's own age key: the index holds no plaintext evidence),
and its amendments (``amendments``: every one kept, nothing overwritten). An amendment is ``applied`` when HQ holds
what it amends, else ``waiting`` (listed by `fieldkit hq status`) until a later bundle brings the original; the
history of one uuid (``history``) lists its records and amendments in bundle sequence, then order."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit._internal import fsutil
from fieldkit.bundle import age
from fieldkit.bundle.custody import GENESIS_HASH
from fieldkit.bundle.manifest import BundleInfo, CustodyRange
from fieldkit.bundle.verify import Check, Report, amendment_summary, check_bundle
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.errors import HqRecordNotFoundError, InvalidValueError
from fieldkit.hq import amendments as words
from fieldkit.hq.trust import HQ

_SCHEMA = """
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
    at TEXT NOT NULL
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
-- An amendment as every query reads it (the columns of _AMENDMENT_KEYS, in that order).
CREATE VIEW IF NOT EXISTS amendment_rows AS SELECT uuid, device_id, sequence, position, target_type, target_uuid,
    change, value AS sealed, custody, made_at, state, applied_at FROM amendments;
-- Each archived bundle's custody range and chain head (fieldkit.json "custody"), to check the chain across bundles.
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
    at TEXT NOT NULL
);
"""


def _add_columns(conn: sqlite3.Connection) -> None:
    """Columns added after the first HQ indexes were made (issue 15): which device's credential sent a refused upload
    (``quarantine.uploaded_by``), and the SHA-256 of the files an alarm is about (``alarms.files``, a JSON list), by
    which an alarm is raised once however often its files are delivered."""
    if "expired_at" not in {row[1] for row in conn.execute("PRAGMA table_info(quarantine)")}:
        conn.execute("ALTER TABLE quarantine ADD COLUMN expired_at TEXT")  # quarantine expiry (issue 15)
    if "uploaded_by" not in {row[1] for row in conn.execute("PRAGMA table_info(quarantine)")}:
        conn.execute("ALTER TABLE quarantine ADD COLUMN uploaded_by TEXT")
    if "resolved_at" not in {row[1] for row in conn.execute("PRAGMA table_info(quarantine)")}:
        # A row whose very file (same SHA-256) HQ archived later: when, and how (e.g. "archived later").
        conn.execute("ALTER TABLE quarantine ADD COLUMN resolved_at TEXT")
        conn.execute("ALTER TABLE quarantine ADD COLUMN resolution TEXT")
    if "files" not in {row[1] for row in conn.execute("PRAGMA table_info(alarms)")}:
        conn.execute("ALTER TABLE alarms ADD COLUMN files TEXT NOT NULL DEFAULT '[]'")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def file_sha256(path: Path, block: int = 1 << 20) -> str:
    """The SHA-256 of a file's bytes, read in blocks (a bundle can be gigabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(block):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Held:
    """A refused bundle's copy in quarantine (``path``, with its note beside it as ``.json``), by its file's
    SHA-256; ``new`` is False when the same file was already held (the copy made then is the one kept)."""

    path: Path
    file_sha256: str
    size: int
    new: bool


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
    # The SHA-256 of the file delivered (hashed while it was copied into quarantine/).
    file_sha256: str = ""

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


class Index:
    def __init__(self, hq: HQ) -> None:
        self.hq = hq
        # What HQ writes (index, archive, quarantine, notes) is HQ's operator's alone, whatever the caller's umask.
        os.umask(0o077)
        self.conn = sqlite3.connect(hq.folder / "index.sqlite", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        # The server, the window and a command may open a new index at once: one of them updates the schema.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):  # no trigger bodies: each ';' ends a statement
                if statement.strip():
                    self.conn.execute(statement)
            _add_columns(self.conn)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._identities: list[Any] | None = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _quarantine(self, held: Path, source: Path, report: Report, reason: str, message: str,
                    uploaded_by: str | None = None,
                    alarms: list[dict[str, Any]] | None = None) -> IngestResult:  # fmt: skip
        """Keep the held copy with its note and row, unless HQ already holds the same file (same SHA-256) in
        quarantine for the same reason: then the new copy goes and the result says when it was quarantined."""
        outcome = "fork" if reason == "fork" else "chain-broken" if reason == "chain-broken" else "quarantined"
        digest = report.file_sha256
        before = self._held_before(digest, reason)
        if before is not None:
            held.unlink(missing_ok=True)
            message = f"already quarantined on {before[1]} as {reason} ({Path(before[0]).name}): {message}"
        else:
            self._record_quarantine(held, source, report, reason, message, digest, uploaded_by)
        return IngestResult(str(source), outcome, reason, message, report.device_id, report.sequence, report=report,
                            alarms=alarms or [], file_sha256=digest)  # fmt: skip

    def _held_before(self, digest: str, reason: str | None = None) -> tuple[str, str, str] | None:
        """(path, when, reason) of the quarantine row whose copy of this very file (``digest``) HQ still holds, for
        ``reason`` when given; None when there is none."""
        if not digest:
            return None
        for path, at, why in self.conn.execute(
            "SELECT path, at, reason FROM quarantine WHERE file_sha256 = ? AND expired_at IS NULL"
            " AND (? IS NULL OR reason = ?) ORDER BY id", (digest, reason, reason)):  # fmt: skip
            if Path(path).is_file():
                return str(path), str(at), str(why)
        return None

    def _record_quarantine(self, held: Path, source: Path, report: Report, reason: str, message: str,
                           digest: str, uploaded_by: str | None = None) -> None:  # fmt: skip
        """The note beside the held copy and the quarantine row `hq status` lists."""
        note = held.with_suffix(".json")
        source = source.absolute()  # where it came from, whatever folder the batch ran in
        note.write_text(json.dumps({"source": str(source), "reason": reason, "message": message,
                                    "file_sha256": digest, "uploaded_by": uploaded_by,
                                    "report": report.to_json()}, indent=1))  # fmt: skip
        self.conn.execute(
            "INSERT INTO quarantine (path, source, file_sha256, device_id, sequence, reason, message, at, uploaded_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(held), str(source), digest, report.device_id or None, report.sequence or None,
             reason, message, _now(), uploaded_by),
        )  # fmt: skip

    def _alarm(self, device_id: str, sequence: int, kind: str, message: str, files: list[str]) -> dict[str, Any] | None:
        """Raise an alarm about ``files`` (the SHA-256 of the bundles it concerns); the alarm, or None when the same
        one (device, number, kind and files) was raised before: a file delivered again raises nothing new."""
        named = json.dumps(sorted({f for f in files if f}))
        if self.conn.execute("SELECT 1 FROM alarms WHERE device_id = ? AND sequence IS ? AND kind = ? AND files = ?",
                             (device_id, sequence, kind, named)).fetchone():  # fmt: skip
            return None
        at = _now()
        self.conn.execute(
            "INSERT INTO alarms (device_id, sequence, kind, message, at, files) VALUES (?, ?, ?, ?, ?, ?)",
            (device_id, sequence, kind, message, at, named),
        )
        return {"sequence": sequence, "kind": kind, "message": message, "at": at, "files": json.loads(named)}

    def _file_of(self, device: str, sequence: int) -> list[str]:
        """The SHA-256 of the files HQ holds (archived, or forked) as bundle ``sequence`` of ``device``."""
        return [r[0] for r in self.conn.execute(
            "SELECT file_sha256 FROM bundles WHERE device_id = ? AND sequence = ?", (device, sequence))]  # fmt: skip

    def _hold(self, source: Path) -> tuple[Path, str]:
        """A durable copy of ``source`` in quarantine/, under a new name, and the SHA-256 of its bytes, hashed as
        they are copied (one pass): what is checked and kept is this copy."""
        if not source.is_file():
            raise InvalidValueError(f"{source} is not a bundle file")
        quarantine = self.hq.folder / "quarantine"
        held = quarantine / f"{_now().replace(':', '')}-{secrets.token_hex(4)}.fkb"
        digest = hashlib.sha256()
        try:
            quarantine.mkdir(exist_ok=True)
            with open(source, "rb") as reading, open(held, "xb") as writing:
                while chunk := reading.read(1 << 20):
                    digest.update(chunk)
                    writing.write(chunk)
                writing.flush()
                os.fsync(writing.fileno())
        except OSError as exc:
            with contextlib.suppress(OSError):
                held.unlink()
            raise fsutil.storage_error(exc, f"copying {source} into quarantine") from exc
        return held, digest.hexdigest()

    def refuse(self, source: Path, report: Report, *, uploaded_by: str | None = None) -> Held:
        """Keep a bundle that failed verification elsewhere (the HQ window checked it) as ``ingest`` keeps one it
        refuses: a copy in quarantine/ with its reason beside it, listed by `fieldkit hq status`. The same file
        (same SHA-256) refused again is not copied twice: the copy already held is returned."""
        if report.ok:
            raise InvalidValueError(f"{source} verified: ingest it instead of refusing it")
        held, digest = self._hold(source)
        size = held.stat().st_size
        before = self._held_before(digest)
        if before is not None:
            held.unlink()
            return Held(Path(before[0]), digest, size, new=False)
        reason = report.reason or "invalid"
        self._record_quarantine(held, source, report, reason, report.message, digest, uploaded_by)
        return Held(held, digest, size, new=True)

    def ingested_at(self, report: Report) -> str | None:
        """When HQ archived this bundle (the same device, number and tag manifest, or the very same file), else
        None: ingesting it again would be a replay that changes nothing."""
        row = self.conn.execute(
            "SELECT ingested_at FROM bundles WHERE (device_id = ? AND sequence = ? AND tagmanifest_sha256 = ?)"
            " OR (file_sha256 != '' AND file_sha256 = ?) ORDER BY ingested_at LIMIT 1",
            (report.device_id, report.sequence, report.tagmanifest_sha256, report.file_sha256),
        ).fetchone()
        return str(row[0]) if row is not None else None

    def ingest(self, source: Path, *, accept_jump: bool = False, uploaded_by: str | None = None) -> IngestResult:
        """Verify ``source`` from a copy held in quarantine/, then archive it, or keep it there with its reason.

        Whatever the bundle holds, this returns: an unexpected error while verifying or indexing this one bundle
        (a bug a hostile bundle reached) refuses it as ``unreadable``, with its note and index row, and leaves the
        archive and the index as they were, so a batch and the upload server go on with the next bundle. A bundle
        numbered more than BundleLimits.max_sequence_jump beyond the last one HQ archived of its device is kept for
        review (``sequence-jump``) unless ``accept_jump`` says the operator reviewed it.

        Every refusal is verified afresh (HQ may have enrolled the device since), but the same file (same SHA-256)
        refused again for the same reason is neither copied nor rowed again, and an alarm about the same files is
        raised once. ``uploaded_by``: the device whose credential sent the file (the upload server), kept with a
        refusal."""
        held, digest = self._hold(source)
        report = Report(path=str(held), file_sha256=digest)
        try:
            report = check_bundle(held, self.hq.trust())
            report.file_sha256 = report.file_sha256 or digest
            result = self._ingest_held(held, source, report, accept_jump, uploaded_by)
        except OSError as exc:  # HQ's own disk, not the bundle: say so (the held copy stays in quarantine/)
            raise fsutil.storage_error(exc, f"ingesting {source}") from exc
        except Exception as exc:  # a bug this bundle reached: refuse it, keep it, and let the next one in
            result = self._unreadable(held, source, report, exc, uploaded_by)
        result.file_sha256 = result.file_sha256 or digest
        return result

    def _unreadable(self, held: Path, source: Path, report: Report, exc: Exception,
                    uploaded_by: str | None = None) -> IngestResult:  # fmt: skip
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        message = f"the bundle cannot be verified or indexed: unexpected error ({type(exc).__name__})"
        with contextlib.suppress(OSError):
            report.file_sha256 = report.file_sha256 or file_sha256(held)
        refused = Report(path=report.path, reason="unreadable", message=message, file_sha256=report.file_sha256,
                         info=report.info, checks=[*report.checks, Check("unreadable", False, message)])  # fmt: skip
        return self._quarantine(held, source, refused, "unreadable", message, uploaded_by)

    def _ingest_held(self, held: Path, source: Path, report: Report, accept_jump: bool,
                     uploaded_by: str | None) -> IngestResult:  # fmt: skip
        quarantine = held.parent
        if not report.ok or report.info is None:  # a bundle that verified always has its fieldkit.json
            return self._quarantine(held, source, report, report.reason or "invalid", report.message, uploaded_by)
        info = report.info
        device, sequence = report.device_id, report.sequence
        if self.ingested_at(report) is not None:
            held.unlink()
            return IngestResult(str(source), "replay", None, "already ingested: nothing changed", device, sequence,
                                report=report, gaps=self.gaps(device))  # fmt: skip
        rows = self.conn.execute(
            "SELECT tagmanifest_sha256, path, state FROM bundles WHERE device_id = ? AND sequence = ?",
            (device, sequence),
        ).fetchall()
        if rows:
            files = [*self._file_of(device, sequence), report.file_sha256]
            message = (f"device {device} made two different bundles numbered {sequence}: possible compromise"
                       f" (files {_short(files)})")  # fmt: skip
            raised = self._alarm(device, sequence, "fork", message, files)
            for _digest, path, state in rows:
                if state == "archived" and Path(path).exists():
                    moved = quarantine / (Path(path).name + ".forked")
                    os.replace(path, moved)
                    self.conn.execute(
                        "UPDATE bundles SET state = 'forked', path = ? WHERE path = ?", (str(moved), path)
                    )
            # Its custody head is no longer one HQ holds: the chain is checked against archived bundles only.
            self.conn.execute("DELETE FROM custody_heads WHERE device_id = ? AND sequence = ?", (device, sequence))
            return self._quarantine(held, source, report, "fork", message, uploaded_by, [raised] if raised else [])
        previous_row = self.conn.execute(
            "SELECT tagmanifest_sha256 FROM bundles WHERE device_id = ? AND sequence = ? AND state = 'archived'",
            (device, sequence - 1),
        ).fetchone()
        if previous_row is not None and previous_row[0] != info.previous_tagmanifest_sha256:
            files = [*self._file_of(device, sequence - 1), report.file_sha256]
            message = (f"bundle {sequence} of device {device} does not follow the bundle {sequence - 1} HQ holds"
                       f" (files {_short(files)})")  # fmt: skip
            raised = self._alarm(device, sequence, "chain-broken", message, files)
            return self._quarantine(held, source, report, "chain-broken", message, uploaded_by,
                                    [raised] if raised else [])  # fmt: skip
        last = self.last_sequence(device)
        if sequence - last > BUNDLE_LIMITS.max_sequence_jump and not accept_jump:
            message = (f"bundle {sequence} of device {device} is {sequence - last} numbers beyond the last one HQ"
                       f" archived ({last}): a stolen key may be burning numbers; review it, then 'fieldkit hq"
                       " ingest --accept-jump' archives it")  # fmt: skip
            return self._quarantine(held, source, report, "sequence-jump", message, uploaded_by)
        return self._archive(held, source, report, info)

    def _archive(self, held: Path, source: Path, report: Report, info: BundleInfo) -> IngestResult:
        """Index the verified bundle and move it into archive/ in one transaction: any failure rolls the index back
        and moves the file back to quarantine/, so archive/ never holds a bundle the index does not list."""
        device, sequence, tagmanifest = report.device_id, report.sequence, report.tagmanifest_sha256
        target_dir = self.hq.folder / "archive" / device
        target = target_dir / f"{sequence:06d}-{tagmanifest[:12]}.fkb"
        moved = False
        self.conn.execute("BEGIN")
        try:
            self.conn.execute(
                "INSERT INTO bundles (device_id, sequence, tagmanifest_sha256, file_sha256, bundle_id,"
                " previous_tagmanifest_sha256, path, state, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'archived', ?)",
                (device, sequence, tagmanifest, report.file_sha256, info.bundle_id, info.previous_tagmanifest_sha256,
                 str(target), _now()),
            )  # fmt: skip
            for abandoned in info.abandoned_sequences:
                self.conn.execute(
                    "INSERT OR IGNORE INTO abandoned (device_id, sequence) VALUES (?, ?)", (device, abandoned)
                )
            # A later bundle that arrived first must follow this one.
            following = self.conn.execute(
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
            self.conn.execute(
                "UPDATE quarantine SET resolved_at = ?, resolution = ? WHERE file_sha256 = ? AND resolved_at IS NULL",
                (_now(), f"archived later as bundle {sequence}", report.file_sha256),
            )
            alarms = self._check_custody_chain(device, sequence, info.custody)
            released = self._index_received(report)
            amended = self._index_amendments(report)
            target_dir.mkdir(parents=True, exist_ok=True)
            os.replace(held, target)
            moved = True
            fsutil.fsync_dir(target_dir)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if moved:
                with contextlib.suppress(OSError):
                    os.replace(target, held)
            raise
        message = "verified and archived" + "".join(f"; ALARM {a['kind']}: {a['message']}" for a in alarms)
        return IngestResult(str(source), "ingested", None, message, device, sequence, str(target), self.gaps(device),
                            report, amended, released, alarms)  # fmt: skip

    # --- the custody chain across bundles ------------------------------------------------------------------------

    def _check_custody_chain(self, device: str, sequence: int, custody: CustodyRange) -> list[dict[str, Any]]:
        """Keep this bundle's custody head, and check it continues the bundle before it and is continued by the one
        after it (either may have arrived first), where HQ knows the two are neighbours: every number between them
        was abandoned. Before the first bundle stands the chain's start (entry 0, the genesis hash). A break is a
        ``custody-chain-broken`` alarm on the later bundle, which stays archived; the alarms raised are returned."""
        self.conn.execute(
            "INSERT OR REPLACE INTO custody_heads (device_id, sequence, from_seq, to_seq, previous_hash, head_hash)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (device, sequence, custody.from_seq, custody.to_seq, custody.previous_hash, custody.head_hash),
        )
        raised = []
        before = self.conn.execute(
            "SELECT sequence, to_seq, head_hash FROM custody_heads WHERE device_id = ? AND sequence < ?"
            " ORDER BY sequence DESC LIMIT 1", (device, sequence)).fetchone() or (0, 0, GENESIS_HASH)  # fmt: skip
        if self._neighbours(device, before[0], sequence):
            alarm = self._custody_break(device, before, (sequence, custody.from_seq, custody.previous_hash))
            if alarm is not None:
                raised.append(alarm)
        after = self.conn.execute(
            "SELECT sequence, from_seq, previous_hash FROM custody_heads WHERE device_id = ? AND sequence > ?"
            " ORDER BY sequence LIMIT 1", (device, sequence)).fetchone()  # fmt: skip
        if after is not None and self._neighbours(device, sequence, after[0]):
            alarm = self._custody_break(device, (sequence, custody.to_seq, custody.head_hash), after)
            if alarm is not None:
                raised.append(alarm)
        return raised

    def _neighbours(self, device: str, low: int, high: int) -> bool:
        """Whether no bundle HQ lacks lies between bundles ``low`` and ``high`` (all between were abandoned)."""
        between = self.conn.execute(
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
        rows = self.conn.execute(
            "SELECT device_id, sequence, path FROM bundles b WHERE state = 'archived'"
            " AND NOT EXISTS (SELECT 1 FROM received r WHERE r.device_id = b.device_id AND r.sequence = b.sequence)"
            " AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.device_id = b.device_id AND a.sequence = b.sequence)"
            " ORDER BY device_id, sequence"
        ).fetchall()
        done: dict[str, Any] = {"checked": 0, "indexed": 0, "amendments": 0, "applied": 0, "failed": []}
        for device, sequence, path in rows:
            done["checked"] += 1
            report = check_bundle(Path(path), self.hq.trust())
            if not report.ok or (report.device_id, report.sequence) != (device, sequence):
                done["failed"].append({"device_id": device, "sequence": sequence, "path": path,
                                       "reason": report.reason or "mismatch", "message": report.message})  # fmt: skip
                continue
            self.conn.execute("BEGIN")
            released = self._index_received(report)
            amended = self._index_amendments(report)
            self.conn.execute("COMMIT")
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
            self.conn.execute(
                "INSERT OR IGNORE INTO received (kind, uuid, device_id, sequence, record) VALUES (?, ?, ?, ?, ?)",
                (kind, uuid, device, sequence, None if record is None else self._seal(record)),
            )
            waiting = self.conn.execute(
                "SELECT * FROM amendment_rows WHERE target_type = ? AND target_uuid = ? AND state = 'waiting'"
                " ORDER BY sequence, position", (kind, uuid)).fetchall()  # fmt: skip
            if waiting:
                self.conn.execute(
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
            self.conn.execute(
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
        rows = self.conn.execute(
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
        found = sorted({r[0] for r in self.conn.execute(
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
        kinds = [r[0] for r in self.conn.execute(
            "SELECT kind FROM received WHERE uuid = ? UNION SELECT target_type FROM amendments WHERE target_uuid = ?",
            (uuid, uuid))]  # fmt: skip
        if not kinds:
            raise HqRecordNotFoundError(f"no bundle HQ ingested carried or amended {uuid}")
        kind = sorted(kinds, key=words.KINDS.index)[0] if all(k in words.KINDS for k in kinds) else kinds[0]
        events: list[tuple[tuple[int, int, str], dict[str, Any]]] = []
        for device, sequence, sealed, ingested in self.conn.execute(
            "SELECT r.device_id, r.sequence, r.record, b.ingested_at FROM received r LEFT JOIN bundles b"
            " ON b.device_id = r.device_id AND b.sequence = r.sequence AND b.state = 'archived'"
            " WHERE r.kind = ? AND r.uuid = ?", (kind, uuid)):  # fmt: skip
            events.append(((sequence, 0, device), {"event": "received", "device_id": device, "sequence": sequence,
                                                   "received_at": ingested, "record": self._open(sealed)}))  # fmt: skip
        records = [event["record"] for _, event in sorted(events, key=lambda pair: pair[0]) if event["record"]]
        name = words.label(kind, records[-1] if records else None)
        for row in self.conn.execute(
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
        applied = self.conn.execute("SELECT count(*) FROM amendments WHERE state = 'applied'").fetchone()[0]
        waiting = [self._amendment(row) for row in self.conn.execute(
            "SELECT * FROM amendment_rows WHERE state = 'waiting' ORDER BY device_id, sequence, position")]  # fmt: skip
        return {"applied": applied, "waiting": waiting}

    def gaps(self, device: str) -> list[tuple[int, int]]:
        """The numbers below the highest bundle of ``device`` that HQ holds no bundle of and no bundle said were
        abandoned, as (first, last) ranges: computed in SQL from the stored rows, one range per hole, so a device
        whose bundles are 1 and 10^9 costs two rows, never a billion numbers."""
        rows = self.conn.execute(
            "WITH top(n) AS (SELECT max(sequence) FROM bundles WHERE device_id = :d),"
            " known(n) AS (SELECT 0 UNION SELECT sequence FROM bundles WHERE device_id = :d"
            " UNION SELECT sequence FROM abandoned WHERE device_id = :d AND sequence < (SELECT n FROM top)),"
            " steps(n, next) AS (SELECT n, lead(n) OVER (ORDER BY n) FROM known)"
            " SELECT n + 1, next - 1 FROM steps WHERE next > n + 1 ORDER BY n", {"d": device}).fetchall()  # fmt: skip
        return [(int(first), int(last)) for first, last in rows]

    def last_sequence(self, device: str) -> int:
        """The highest number of ``device`` HQ archived (0: none yet)."""
        row = self.conn.execute(
            "SELECT max(sequence) FROM bundles WHERE device_id = ? AND state = 'archived'", (device,)
        ).fetchone()
        return int(row[0] or 0)

    def status(self) -> dict[str, Any]:
        devices: dict[str, Any] = {}
        for name in self.hq.signers():
            devices[name] = {"enrolled": True}
        for (device,) in self.conn.execute("SELECT DISTINCT device_id FROM bundles"):
            devices.setdefault(device, {"enrolled": False})
        revoked = {s.principal for s in self.hq.signers().values() if self.hq.trust().is_revoked(s.key)}
        for device, entry in devices.items():
            last = self.conn.execute(
                "SELECT max(sequence) FROM bundles WHERE device_id = ? AND state = 'archived'", (device,)
            ).fetchone()[0]
            entry.update({
                "revoked": device in revoked,
                "last_sequence": last or 0,
                "bundles": self.conn.execute(
                    "SELECT count(*) FROM bundles WHERE device_id = ? AND state = 'archived'", (device,)
                ).fetchone()[0],
                "gaps": self.gaps(device),
                "abandoned": [r[0] for r in self.conn.execute(
                    "SELECT sequence FROM abandoned WHERE device_id = ? ORDER BY sequence", (device,))],
                # Numbers whose bundle HQ held when a second one came: neither is archived; where each copy is.
                "forked": (forked := [r[0] for r in self.conn.execute(
                    "SELECT DISTINCT sequence FROM bundles WHERE device_id = ? AND state = 'forked' ORDER BY sequence",
                    (device,))]),
                "forked_copies": {str(n): self._fork_copies(device, n) for n in forked},
                # One entry per alarm (an index made before alarms were raised once may hold the same one several
                # times: counted in "raised", first time kept).
                "alarms": [{**dict(zip(("sequence", "kind", "message", "at"), r[:4], strict=True)),
                            "files": json.loads(r[4]), "raised": r[5]} for r in self.conn.execute(
                    "SELECT sequence, kind, message, min(at), files, count(*) FROM alarms WHERE device_id = ?"
                    " GROUP BY sequence, kind, message, files ORDER BY min(id)", (device,))],
            })  # fmt: skip
        keys = ("path", "source", "file_sha256", "device_id", "uploaded_by", "sequence", "reason", "message", "at",
                "expired_at", "resolved_at", "resolution")  # fmt: skip
        quarantined = [dict(zip(keys, row, strict=True)) for row in self.conn.execute(
            f"SELECT {', '.join(keys)} FROM quarantine ORDER BY id")]  # noqa: S608 - column names of our own # fmt: skip
        return {"devices": devices, "quarantined": quarantined, "amendments": self.amendment_status()}

    def _fork_copies(self, device: str, sequence: int) -> list[dict[str, Any]]:
        """Where HQ holds each copy of a forked number: the one archived before (its ``bundles`` row, state forked)
        and each one that came after (quarantine rows, reason fork), with whether the file is there now."""
        paths = [r[0] for r in self.conn.execute(
            "SELECT path FROM bundles WHERE device_id = ? AND sequence = ? AND state = 'forked' ORDER BY ingested_at",
            (device, sequence))] + [r[0] for r in self.conn.execute(
            "SELECT path FROM quarantine WHERE device_id = ? AND sequence = ? AND reason = 'fork' ORDER BY id",
            (device, sequence))]  # fmt: skip
        return [{"path": path, "held": Path(path).is_file()} for path in dict.fromkeys(paths)]

    # --- quarantine expiry (issue 15): the copy goes, the row with the file's SHA-256 stays, marked expired -------

    def quarantine(self) -> list[dict[str, Any]]:
        """Every quarantine row, oldest first, with whether its copy is still on disk and its size."""
        keys = ("id", "path", "source", "file_sha256", "device_id", "uploaded_by", "sequence", "reason", "message",
                "at", "expired_at", "resolved_at", "resolution")  # fmt: skip
        rows = [dict(zip(keys, row, strict=True)) for row in self.conn.execute(
            f"SELECT {', '.join(keys)} FROM quarantine ORDER BY id")]  # noqa: S608 - column names of our own # fmt: skip
        for row in rows:
            path = Path(row["path"])
            row["held"] = row["expired_at"] is None and path.is_file()
            row["size"] = path.stat().st_size if row["held"] else None
        return rows

    def expire_quarantine(self, before: str) -> list[dict[str, Any]]:
        """Remove the held copy of each quarantine row made before ``before`` (UTC, as ``at``), keeping its note
        and its row, marked expired; the rows expired now. A copy held as a ``fork`` is never expired: with the
        ``.forked`` one (never listed here) it is evidence of a compromise."""
        expired = []
        for row in self.quarantine():
            if row["expired_at"] is None and row["at"] < before and row["reason"] != "fork":
                if row["held"] and not row["file_sha256"]:  # refused before it was hashed: the row keeps the hash
                    row["file_sha256"] = file_sha256(Path(row["path"]))
                Path(row["path"]).unlink(missing_ok=True)
                row["expired_at"] = _now()
                self.conn.execute("UPDATE quarantine SET expired_at = ?, file_sha256 = ? WHERE id = ?",
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
        alarms = [dict(zip(("sequence", "kind", "message", "at"), row, strict=True)) for row in self.conn.execute(
            "SELECT sequence, kind, message, at FROM alarms WHERE device_id = ? ORDER BY id", (device,))]  # fmt: skip
        found: dict[str, Any] = {"alarms": alarms, "ingested_at": self.ingested_at(report), "would": None,
                                 "last_sequence": self.last_sequence(device)}  # fmt: skip
        info = report.info
        if found["ingested_at"] is not None or info is None:
            return found
        other = self.conn.execute("SELECT 1 FROM bundles WHERE device_id = ? AND sequence = ? LIMIT 1",
                                  (device, sequence)).fetchone()  # fmt: skip
        before = self.conn.execute(
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
        before = self.conn.execute(
            "SELECT sequence, to_seq, head_hash FROM custody_heads WHERE device_id = ? AND sequence < ?"
            " ORDER BY sequence DESC LIMIT 1", (device, sequence)).fetchone() or (0, 0, GENESIS_HASH)  # fmt: skip
        after = self.conn.execute(
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
        return {str(device): str(at) for device, at in self.conn.execute(
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
