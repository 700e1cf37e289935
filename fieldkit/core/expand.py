"""Expanding an archive capture on request: each member stored as a capture of the same item, then analysed.

Decision (issue 12: preserve first, analyse in a sandbox): an archive is kept as it was acquired, and its members
become captures only when an operator asks (``fieldkit expand ID``), one archive at a time: nested archives are
stored as members, never expanded on their own. Members are decompressed only in a sandbox child
(analysis/expansion.py, under AnalysisLimits' count, total size and ratio limits) and come back as bytes in memory,
in batches, which this module streams into the encrypted store as it streams an imported file: no member is ever
written to disk in plaintext. The expansion is one acquisition (source ``archive``, parent_capture_id the archive)
whose entries are the members: path inside the archive (made safe; the archive's own name kept in the entry's note
and the capture's metadata when making it safe changed it), size, SHA-256, the member's own time as ``modified``,
and status stored, duplicate (the item already holds these bytes) or not stored with the reason (encrypted, a link,
a special entry). A member becomes a capture only when its encrypted copy is complete and fsynced, and its entry
commits with it. A bomb, a member that cannot be read or a sandbox that fails stops the expansion there: what was
stored before stays, the acquisition is left unfinished and says where and why it stopped (custody-logged), and
the caller gets the reason. The new captures are then analysed like imported ones.
"""

from __future__ import annotations

import contextlib
import posixpath
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from fieldkit import media_types
from fieldkit.analysis import runner
from fieldkit.analysis.expansion import EXPANDABLE, MEMBERS
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.errors import (
    AnalysisFailedError,
    ArchiveExpansionStoppedError,
    FieldkitError,
    InvalidValueError,
    MediaCorruptError,
)
from fieldkit.models import AcquisitionEntry, CaptureKind, EntryStatus, EntryType, Item
from fieldkit.sandbox.pool import pool
from fieldkit.store.media import StagedMedia
from fieldkit.store.store import Store

SOURCE = "archive"  # the acquisition's source and the members' capture source
_BATCH = 8  # members recorded per transaction (group commit, as the importer)
_TEXT_CHARS = 4096  # not a limit: longest name or reason kept from a sandbox's answer (a path; longer ones are cut)
_ENTRY_TYPES: tuple[EntryType, ...] = ("file", "symlink", "other")


@dataclass(frozen=True)
class MemberOutcome:
    """One entry of the archive: stored, a duplicate of a capture of the item, or not stored (with the reason)."""

    path: str  # inside the archive, made safe (relative, '/'-separated)
    status: EntryStatus
    entry_type: EntryType = "file"
    name_in_archive: str | None = None  # the archive's own name for it, when making it safe changed it
    capture_id: int | None = None
    duplicate_of: int | None = None
    sha256: str | None = None
    size: int | None = None
    kind: str | None = None
    media_type: str | None = None
    modified: str | None = None
    link_target: str | None = None
    reason: str | None = None  # why it is not stored, or a warning on a stored member

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class ExpansionSummary:
    archive_id: int
    acquisition_id: int
    stored: int = 0
    duplicates: int = 0
    not_stored: int = 0
    stopped: str | None = None  # why the expansion ended before the archive's end (None: every member was met)
    outcomes: list[MemberOutcome] = field(default_factory=list)
    analysed: list[AnalysisOutcome] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "archive": self.archive_id, "acquisition": self.acquisition_id, "stored": self.stored,
            "duplicates": self.duplicates, "not_stored": self.not_stored, "stopped": self.stopped,
            "members": [o.to_json() for o in self.outcomes], "analysis": [a.to_json() for a in self.analysed],
        }  # fmt: skip


# --- the sandbox's answers, checked ------------------------------------------------------------------------------


def _text(value: object) -> str | None:
    return value[:_TEXT_CHARS] if isinstance(value, str) else None


def _safe(path: str, index: int) -> str:
    """The sandbox made the path safe; a failing or subverted child must still not hand the store a path that
    climbs out or is absolute (it is only a label, but people read it as a path)."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if not parts or path.startswith("/") or ".." in parts or "\\" in path or "\x00" in path:
        return f"member-{index}"
    return "/".join(parts)


def _piece(value: object) -> dict[str, Any]:
    """One entry of an answer, every field of its type (the child handled hostile bytes: its answer is checked)."""
    if not isinstance(value, dict):
        raise AnalysisFailedError("the sandbox's answer is not a list of members", reason="decoder-error")
    index = value.get("index")
    data = value.get("data")
    offset = value.get("offset", 0)
    size = value.get("size")
    if (not isinstance(index, int) or isinstance(index, bool) or index < 1 or not isinstance(offset, int)
            or offset < 0 or (data is not None and not isinstance(data, bytes))
            or (size is not None and (not isinstance(size, int) or size < 0))):  # fmt: skip
        raise AnalysisFailedError("the sandbox's answer names a member wrongly", reason="decoder-error")
    entry_type = value.get("type")
    return {
        "index": index, "path": _safe(_text(value.get("path")) or "", index), "name": _text(value.get("name")),
        "type": entry_type if entry_type in _ENTRY_TYPES else "other", "modified": _text(value.get("modified")),
        "size": size, "link_target": _text(value.get("link_target")), "reason": _text(value.get("reason")),
        "offset": offset, "data": data, "last": value.get("last") is True,
    }  # fmt: skip


class _Members:
    """The archive's entries in order, asked of the sandbox a batch at a time (each batch is at most
    AnalysisLimits.max_result_bytes of member bytes), from the cursor each answer names."""

    def __init__(self, data: bytes, limits: AnalysisLimits) -> None:
        self._data = data
        self._limits = limits
        self._queue: deque[dict[str, Any]] = deque()
        self._cursor: tuple[int, int] | None = (1, 0)
        self.stopped: str | None = None

    def next(self) -> dict[str, Any] | None:
        while not self._queue:
            if self._cursor is None:
                return None
            self._ask(self._cursor)
        return self._queue.popleft()

    def _ask(self, cursor: tuple[int, int]) -> None:
        limits = self._limits
        answer = pool(limits).run(MEMBERS, self._data, start=cursor[0], offset=cursor[1],
                                  max_bytes=limits.max_result_bytes, limits=asdict(limits))  # fmt: skip
        if not isinstance(answer, dict) or not isinstance(answer.get("entries"), list):
            raise AnalysisFailedError("the sandbox's answer is not a list of members", reason="decoder-error")
        self._queue.extend(_piece(value) for value in answer["entries"])
        following = answer.get("next")
        if following is None:
            self._cursor = None
            self.stopped = _text(answer.get("stopped"))
            return
        if (not isinstance(following, list) or len(following) != 2 or not all(isinstance(n, int) for n in following)
                or tuple(following) <= cursor):  # fmt: skip
            raise AnalysisFailedError("the sandbox's answer does not move on through the archive",
                                      reason="decoder-error")  # fmt: skip
        self._cursor = (following[0], following[1])


class _MemberReader:
    """A member's bytes for the store, as they arrive: its first piece, then the next pieces of the same member
    (a member larger than one batch spans several answers)."""

    def __init__(self, first: dict[str, Any], members: _Members) -> None:
        self._members = members
        self._index = first["index"]
        self._data: bytes = first["data"]
        self._at = 0
        self._end = first["offset"] + len(self._data)
        self._last: bool = first["last"]
        self.head = bytearray()  # the first bytes, for the magic-number guess

    def readinto(self, buffer: memoryview) -> int:
        while self._at >= len(self._data):
            if self._last:
                return 0
            piece = self._members.next()
            if piece is None or piece["index"] != self._index or piece["offset"] != self._end or piece["data"] is None:
                raise AnalysisFailedError("the sandbox's answer cut a member short", reason="decoder-error")
            self._data, self._at, self._last = piece["data"], 0, piece["last"]
            self._end += len(self._data)
        count = min(len(buffer), len(self._data) - self._at)
        buffer[:count] = self._data[self._at : self._at + count]
        self._at += count
        if len(self.head) < media_types.SNIFF_BYTES:
            self.head += buffer[: min(count, media_types.SNIFF_BYTES - len(self.head))]
        return count


# --- storing -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ready:
    """A member whose encrypted copy is complete (staged is set), or an entry with nothing to store."""

    entry: dict[str, Any]
    staged: StagedMedia | None = None
    media_type: str = media_types.OCTET_STREAM
    kind: CaptureKind = "file"
    warning: str | None = None


class _Expansion:
    def __init__(self, store: Store, archive_id: int, limits: AnalysisLimits, cancel: threading.Event | None,
                 progress: Callable[[MemberOutcome], None] | None) -> None:  # fmt: skip
        self.store = store
        self.archive = store.capture(archive_id)
        self.limits = limits
        self.cancel = cancel
        self.progress = progress
        self.item: Item = store.item_by_id(self.archive.item_id)
        self._seq = 1

    def run(self) -> ExpansionSummary:
        store, archive = self.store, self.archive
        prepared = runner.prepare(store, archive.id, self.limits)  # the stored bytes, hash-checked
        found = media_types.BY_TYPE.get(archive.media_type)
        acquisition = store.acquisitions.start(
            self.item, source=SOURCE, root=archive.original_name, filesystem=found.name if found else "",
            parent_capture_id=archive.id,
        )  # fmt: skip
        summary = ExpansionSummary(archive.id, acquisition.id)
        self.acquisition_id = acquisition.id
        try:  # each batch hands the whole archive to a sandbox again: it is read back once, hash-checked
            data = b"".join(prepared.chunks)
        except MediaCorruptError as exc:
            raise AnalysisFailedError(exc.message, reason="corrupt") from exc
        members = _Members(data, self.limits)
        batch: list[_Ready] = []
        try:
            while not (self.cancel is not None and self.cancel.is_set()):
                entry = members.next()
                if entry is None:
                    summary.stopped = members.stopped
                    break
                batch.append(self._prepare(entry, members))
                if len(batch) >= _BATCH:
                    self._record(batch, summary)
                    batch = []
            else:
                summary.stopped = "cancelled by the operator"
        except AnalysisFailedError as exc:  # the sandbox died or answered wrongly: stop, keep what came before
            summary.stopped = exc.message
        except BaseException as exc:
            # A full or failing disk, an interrupt: the members already complete are still recorded if the store
            # takes it (else they are discarded), and the acquisition says why it stopped if it can.
            with contextlib.suppress(FieldkitError):
                self._record(batch, summary)
            why = exc.message if isinstance(exc, FieldkitError) else f"interrupted ({type(exc).__name__})"
            with contextlib.suppress(FieldkitError):
                self._close(summary, why)
            raise
        self._record(batch, summary)
        self._close(summary, summary.stopped)
        return summary

    def _prepare(self, entry: dict[str, Any], members: _Members) -> _Ready:
        """Stream one member's bytes into staging (encrypted, hashed, fsynced); nothing in the database yet."""
        if entry["data"] is None:
            return _Ready(entry)
        reader = _MemberReader(entry, members)
        staged = self.store.media.stage(reader)
        try:
            self.store.media.publish(staged)
        except BaseException:
            self.store.media.discard(staged)
            raise
        media_type = media_types.sniff(bytes(reader.head)).media_type
        found = media_types.BY_TYPE.get(media_type)
        kind: CaptureKind = found.default_kind if found else "file"
        return _Ready(entry, staged, media_type, kind, _warning(entry, found, staged.size))

    def _record(self, batch: list[_Ready], summary: ExpansionSummary) -> None:
        """Record a batch of members and their entries in one transaction; they count only once it commits."""
        if not batch:
            return
        store = self.store
        duplicates: list[StagedMedia] = []
        outcomes: list[MemberOutcome] = []
        committed = False
        try:
            with store.write():
                records = []
                for ready in batch:
                    outcome = self._outcome(ready, duplicates)
                    outcomes.append(outcome)
                    records.append(self._entry(outcome))
                store.acquisitions.add_entries(records)
            committed = True
        finally:
            for ready in batch:
                if ready.staged is not None and (not committed or ready.staged in duplicates):
                    store.media.discard(ready.staged)
        for outcome in outcomes:
            summary.outcomes.append(outcome)
            if outcome.status == "stored":
                summary.stored += 1
            elif outcome.status == "duplicate":
                summary.duplicates += 1
            else:
                summary.not_stored += 1
            if self.progress is not None:
                self.progress(outcome)

    def _outcome(self, ready: _Ready, duplicates: list[StagedMedia]) -> MemberOutcome:
        entry, staged = ready.entry, ready.staged
        path = entry["path"]
        renamed = entry["name"] if entry["name"] is not None and entry["name"] != path else None
        common: dict[str, Any] = {"path": path, "entry_type": entry["type"], "name_in_archive": renamed,
                                  "modified": entry["modified"], "link_target": entry["link_target"]}  # fmt: skip
        if staged is None:
            return MemberOutcome(status="not-stored", size=entry["size"], reason=entry["reason"] or "not expanded",
                                 **common)  # fmt: skip
        existing = self.store.duplicate_of(self.item, staged.sha256)
        if existing is not None:
            duplicates.append(staged)
            return MemberOutcome(
                status="duplicate", duplicate_of=existing, sha256=staged.sha256, size=staged.size, kind=ready.kind,
                media_type=ready.media_type, reason=f"the same file is already capture {existing} of this item",
                **common,
            )  # fmt: skip
        metadata: dict[str, Any] = {"archive": self.archive.uuid, "path_in_archive": path}
        if renamed is not None:
            metadata["name_in_archive"] = renamed
        if entry["modified"] is not None:
            metadata["file_times"] = {"modified": entry["modified"]}
        capture_id = self.store.record_capture(
            self.item, staged, kind=ready.kind, media_type=ready.media_type, original_name=posixpath.basename(path),
            captured_at=None, source=SOURCE, metadata=metadata,
        )  # fmt: skip
        return MemberOutcome(status="stored", capture_id=capture_id, sha256=staged.sha256, size=staged.size,
                             kind=ready.kind, media_type=ready.media_type, reason=ready.warning, **common)  # fmt: skip

    def _entry(self, outcome: MemberOutcome) -> AcquisitionEntry:
        seq, self._seq = self._seq, self._seq + 1
        capture_id = outcome.capture_id if outcome.status == "stored" else outcome.duplicate_of
        return AcquisitionEntry(
            self.acquisition_id, seq, outcome.path, outcome.entry_type, outcome.status, outcome.size, outcome.sha256,
            capture_id, outcome.modified, None, None, outcome.link_target, outcome.reason or "",
        )  # fmt: skip

    def _close(self, summary: ExpansionSummary, stopped: str | None) -> None:
        """Finish the acquisition, or leave it unfinished saying where and why it stopped; log it on the archive."""
        store = self.store
        met = len(summary.outcomes)
        if stopped is None:
            acquisition = store.acquisitions.finish(self.acquisition_id)
        else:
            store.acquisitions.stop(self.acquisition_id, f"stopped after {met} members: {stopped}")
            acquisition = store.acquisitions.get(self.acquisition_id)
        details: dict[str, Any] = {"acquisition": acquisition.uuid, "stored": summary.stored,
                                   "duplicates": summary.duplicates, "not_stored": summary.not_stored}  # fmt: skip
        if stopped is not None:
            details["stopped"] = stopped
        with store.write():
            store.log("capture.expanded", f"capture:{self.archive.uuid}", details)


def _warning(entry: dict[str, Any], found: media_types.MediaType | None, size: int) -> str | None:
    """What a stored member's name or content says against it (kept anyway: only notes)."""
    notes = []
    if entry["name"] is not None and entry["name"] != entry["path"]:
        notes.append(f"named '{entry['name']}' in the archive: kept as '{entry['path']}' (a safe, relative path)")
    if size == 0:
        notes.append("the member is empty")
    named = media_types.BY_SUFFIX.get(posixpath.splitext(entry["path"])[1].lower())
    if named is not None and size and named is not found:
        content = found.name if found else "not a format fieldkit recognises"
        notes.append(f"named as {named.name} but its content is {content}")
    return "; ".join(notes) or None


def expand_archive(
    store: Store,
    capture_id: int,
    *,
    limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
    analyse: bool = True,
    progress: Callable[[MemberOutcome], None] | None = None,
    analysed: Callable[[AnalysisOutcome], None] | None = None,
    cancel: threading.Event | None = None,
) -> ExpansionSummary:
    """Store each member of the archive capture ``capture_id`` as a capture of its item (see the module docstring),
    then analyse the new captures unless ``analyse`` is False.

    Raises InvalidValueError for a capture that is not a ZIP, tar or gzip file, AnalysisFailedError when the archive
    cannot be handed to a sandbox at all (too large, its stored copy damaged), DiskFullError / StorageIOError when
    the store cannot be written (what was stored before stays). A stop inside the archive (a limit, a member that
    cannot be read) is not raised: ``summary.stopped`` says why (see ``raise_if_stopped``)."""
    capture = store.capture(capture_id)
    if capture.media_type not in EXPANDABLE:
        found = media_types.BY_TYPE.get(capture.media_type)
        raise InvalidValueError(f"capture {capture_id} is {found.name if found else capture.media_type}, not an archive"
                                " fieldkit expands (ZIP, tar, gzip)")  # fmt: skip
    summary = _Expansion(store, capture_id, limits, cancel, progress).run()
    new = [o.capture_id for o in summary.outcomes if o.status == "stored" and o.capture_id is not None]
    if analyse and new:
        summary.analysed = runner.analyse(store, new, limits=limits, progress=analysed, cancel=cancel)
    return summary


def raise_if_stopped(summary: ExpansionSummary) -> None:
    """ArchiveExpansionStoppedError when the expansion did not reach the archive's end (for the command line)."""
    if summary.stopped is not None:
        raise ArchiveExpansionStoppedError(
            f"the expansion of capture {summary.archive_id} stopped after {len(summary.outcomes)} members:"
            f" {summary.stopped}"
        )
