"""Acquisition: files, folders and cards into the store, every regular file kept bit-exact (docs/store.md,
"Acquiring").

Decision (preserve first, issue 12): nothing here decodes a file, and nothing about its content can keep it out.
Each regular file is opened once, without following links, and streamed from that one descriptor into the encrypted
store, hashed in the same pass. Its first 64 KiB, caught as they stream past, give a magic-number guess at its media
type (and so its kind); the fstat of that same descriptor gives its size and times. A guess that disagrees with the
name or with ``--kind`` is a warning, never a refusal. Analysis (metadata, thumbnails, checks) comes after commit, in
a sandbox, on the stored bytes. Not stored are only what is not a regular file (a symbolic link, recorded with its
target and never followed inside a folder; a FIFO, device or socket) and what cannot be read or written; each is
listed with its reason in the import's acquisition (store.acquisitions), which records every path met.

Two files are streamed at a time (hashing is the bottleneck and hashlib releases the GIL, so both cores work);
records are written in input order on the calling thread, which owns the database connection. A file becomes a
capture only after its encrypted copy is complete and fsynced, and its acquisition entry commits with it; a file
that cannot be read is reported and the rest go on; a full or failing disk stops the import cleanly with everything
committed so far intact.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat as stat_module
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit import media_types
from fieldkit._internal.fsutil import file_times
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.core.medium import medium_of
from fieldkit.errors import DiskFullError, FieldkitError, InputError, InvalidValueError, StorageIOError
from fieldkit.media_types import BY_SUFFIX, BY_TYPE, MediaType
from fieldkit.models import AcquisitionEntry, CaptureKind, EntryStatus, EntryType, Item
from fieldkit.store.media import StagedMedia
from fieldkit.store.store import Store

Status = EntryStatus
HEAD_BYTES = media_types.SNIFF_BYTES  # how much of a file's start the magic-number guess keeps as it streams past

IMPRESSION_TYPES = {
    "live-plain": 0,
    "live-rolled": 1,
    "nonlive-plain": 2,
    "nonlive-rolled": 3,
    "latent-impression": 4,
    "latent-tracing": 5,
    "latent-photo": 6,
    "latent-lift": 7,
}
FINGER_POSITIONS = range(0, 16)
_BATCH = 8


@dataclass(frozen=True)
class FingerprintDetails:
    finger_position: int | None = None
    impression_type: int | None = None
    ppi: int | None = None

    def validate(self) -> None:
        if self.finger_position is not None and self.finger_position not in FINGER_POSITIONS:
            raise InvalidValueError("--finger must be a finger position code from 0 to 15 (ANSI/NIST FGP)")
        if self.impression_type is not None and self.impression_type not in IMPRESSION_TYPES.values():
            raise InvalidValueError("--impression must be a code from 0 to 7 or a name such as live-rolled")
        low, high = FINGERPRINT_LIMITS.print_ppi_range
        if self.ppi is not None and not low <= self.ppi <= high:
            raise InvalidValueError(f"--ppi must be between {low} and {high} (500 for ten-prints, 1000 for latents)")


def parse_impression(value: str) -> int:
    text = value.strip().lower()
    if text.isdigit():
        return int(text)
    if text in IMPRESSION_TYPES:
        return IMPRESSION_TYPES[text]
    raise InvalidValueError(f"unknown impression type '{value}': use 0-7 or one of {', '.join(IMPRESSION_TYPES)}")


@dataclass(frozen=True)
class ImportOutcome:
    """One path an import met: stored, a duplicate of a capture of the item, or not stored (with the reason)."""

    path: str
    status: Status
    entry_type: EntryType = "file"
    relative_path: str | None = None
    capture_id: int | None = None
    sha256: str | None = None
    size: int | None = None
    kind: str | None = None
    media_type: str | None = None
    reason: str | None = None
    fix: str | None = None
    warning: str | None = None
    duplicate_of: int | None = None
    link_target: str | None = None
    # Not stored because of an error (a file, or a path or folder, that could not be read; a write that failed),
    # as opposed to by design (links, FIFOs, devices): the only outcome that fails an import.
    lost: bool = False

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class ImportSummary:
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0  # links and other entries that are not regular files: recorded, not stored
    failed: int = 0  # files (and paths or folders) that could not be read, or not written
    stopped: str | None = None
    acquisition_id: int | None = None
    outcomes: list[ImportOutcome] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    """One path met while walking what the operator named."""

    path: Path  # where to read it (absolute; through a link the operator named: the link's target)
    relative_path: str  # as the acquisition records it: relative to its root, '/'-separated
    entry_type: EntryType
    reason: str | None = None  # why it is not stored; None for a regular file to store
    link_target: str | None = None
    info: os.stat_result | None = None  # lstat of a link or other entry; a file's own comes from its descriptor
    error: bool = False  # could not be read or listed: what it holds may be lost


@dataclass(frozen=True)
class _Prepared:
    entry: Entry
    staged: StagedMedia
    info: os.stat_result  # fstat of the descriptor the bytes were read from, before reading
    media_type: str
    kind: CaptureKind
    warning: str | None


def acquisition_root(paths: Sequence[Path]) -> Path | None:
    """The root an import's paths are recorded relative to: the one path named, or the folder holding them all."""
    absolute = [Path(os.path.abspath(path)) for path in paths]
    if len(absolute) == 1:
        return absolute[0]
    try:
        return Path(os.path.commonpath(absolute)) if absolute else None
    except ValueError:  # Windows: paths on different drives have nothing in common
        return None


def as_text(path: Path | str) -> str:
    """A path as text the database and JSON take: bytes that are not UTF-8 (a hostile or old medium's names) are
    kept visible as \\xNN escapes instead of failing the record."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def relative_path(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root``, '/'-separated; the root itself: its name; outside the root: absolute."""
    if root is not None:
        if path == root:
            return as_text(path.name or path.as_posix())
        with contextlib.suppress(ValueError):
            return as_text(path.relative_to(root).as_posix())
    return as_text(path.as_posix())


def walk(paths: Iterable[Path], root: Path | None) -> Iterator[Entry]:
    """Every path under what the operator named, folders recursed in name order, as ``Entry`` records.

    Symbolic links inside folders are recorded with their target and not followed, so a hostile medium can neither
    loop us nor lead us outside it. A link named explicitly is recorded too, and what it points to is imported as
    named (the operator chose it), under the link's own path.
    """
    for named in paths:
        shown = Path(os.path.abspath(named))
        try:
            info = os.lstat(shown)
        except OSError as exc:
            yield Entry(shown, relative_path(shown, root), "other", f"cannot read it: {_why(exc)}", error=True)
            continue
        if not stat_module.S_ISLNK(info.st_mode):
            yield from _classified(shown, shown, info, root)
            continue
        link_info, target = info, _read_link(shown)
        try:
            resolved = shown.resolve(strict=True)
            info = os.stat(resolved)
        except RuntimeError:  # Python 3.11 reports a loop this way
            resolved = None
            reason = "symbolic link in a loop: recorded with its target, nothing to import"
        except OSError as exc:
            resolved = None
            reason = ("symbolic link in a loop" if exc.errno == errno.ELOOP else "symbolic link to nothing that"
                      " exists") + ": recorded with its target, nothing to import"  # fmt: skip
        else:
            reason = "symbolic link: recorded with its target, which is imported as named"
        yield Entry(shown, relative_path(shown, root), "symlink", reason=reason, link_target=target,
                    info=link_info)  # fmt: skip
        if resolved is not None:
            yield from _classified(resolved, shown, info, root)


def _classified(path: Path, shown: Path, info: os.stat_result, root: Path | None) -> Iterator[Entry]:
    """A path that is not a link (``path``), recorded as the operator sees it (``shown``).

    Folders are walked depth first with a stack of listings, not by recursion: a hostile medium's nesting depth
    costs memory, never Python's recursion limit."""
    if stat_module.S_ISREG(info.st_mode):
        yield Entry(path, relative_path(shown, root), "file")
        return
    if not stat_module.S_ISDIR(info.st_mode):
        yield Entry(path, relative_path(shown, root), "other", reason=not_regular_reason(info), info=info)
        return
    listings = [_listing(path, shown, root)]
    while listings:
        found = next(listings[-1], None)
        if found is None:
            listings.pop()
        elif isinstance(found, Entry):
            yield found
        else:
            listings.append(_listing(*found, root))


def _listing(folder: Path, shown: Path, root: Path | None) -> Iterator[Entry | tuple[Path, Path]]:
    """One folder's entries in name order; a subfolder comes as (its path, as shown) for the caller to descend."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Entry(folder, relative_path(shown, root), "other", f"cannot list the folder: {_why(exc)}", error=True)
        return
    for entry in entries:
        path, seen = Path(entry.path), shown / entry.name
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError as exc:
            yield Entry(path, relative_path(seen, root), "other", f"cannot read it: {_why(exc)}", error=True)
            continue
        if stat_module.S_ISLNK(info.st_mode):
            yield Entry(path, relative_path(seen, root), "symlink", link_target=_read_link(path), info=info,
                        reason="symbolic link: recorded with its target, not followed")  # fmt: skip
        elif stat_module.S_ISDIR(info.st_mode):
            yield path, seen
        else:
            yield from _classified(path, seen, info, root)


def not_regular_reason(info: os.stat_result) -> str:
    mode = info.st_mode
    if stat_module.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat_module.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat_module.S_ISBLK(mode) or stat_module.S_ISCHR(mode):
        return "a device, not a regular file: image it first (e.g. with dd or ewfacquire), then import the image"
    return "not a regular file"


def _read_link(path: Path) -> str | None:
    try:
        return as_text(os.readlink(path))
    except (OSError, ValueError):
        return None


def _why(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)


class _Stopped(Exception):
    """A file the import did not read or record because it stopped first (never reported: the import raises)."""


class _SourceReader:
    """Reads the original; a read error is that file's problem (a failing card), not the store's disk."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source

    def readinto(self, buffer: memoryview) -> int | None:
        try:
            return self._source.readinto(buffer)  # type: ignore[attr-defined, no-any-return]
        except OSError as exc:
            raise InputError(f"reading it failed: {_why(exc)}") from exc


class _Head:
    """Keeps the first HEAD_BYTES of a file as they stream into the store (no second read of the source)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def __call__(self, buffer: bytearray, length: int) -> None:
        missing = HEAD_BYTES - len(self.data)
        if missing > 0:
            self.data += buffer[: min(length, missing)]


class Importer:
    def __init__(
        self,
        store: Store,
        *,
        kind: CaptureKind | None = None,
        fingerprint: FingerprintDetails | None = None,
        cancel: threading.Event | None = None,
        progress: Callable[[ImportOutcome], None] | None = None,
        source: str = "files",
    ) -> None:
        if fingerprint is not None:
            fingerprint.validate()
            if kind not in (None, "fingerprint"):
                raise InvalidValueError("--finger, --impression and --ppi go with --kind fingerprint")
            kind = "fingerprint"
        self.store = store
        self.kind = kind
        self.fingerprint = fingerprint
        self.cancel = cancel or threading.Event()
        # Set when the import stops on an error or an interrupt: files not started yet are not read at all.
        self._stopping = threading.Event()
        self.progress = progress
        self.source = source
        self._acquisition_id = 0
        self._next_seq = 1

    # --- worker threads: read, hash, encrypt, fsync -------------------------------------------------------

    def _prepare(self, entry: Entry, done: Future[_Prepared | Entry], syncer: ThreadPoolExecutor) -> None:
        """CPU worker: hash and encrypt into staging/ from one descriptor; hand the wait for the disk to ``syncer``.

        A path that turned out not to be a regular file when opened comes back as a replacement ``Entry``."""
        if self._stopping.is_set():
            done.set_exception(_Stopped())
            return
        try:
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
            # Non-blocking: a FIFO put in a file's place must not hang the import (no effect on regular files).
            flags |= getattr(os, "O_NONBLOCK", 0)
            try:
                fd = os.open(entry.path, flags)
            except OSError as exc:
                why = "it was replaced by a symbolic link" if exc.errno == errno.ELOOP else _why(exc)
                raise InputError(f"cannot open it: {why}") from exc
            with os.fdopen(fd, "rb", buffering=0) as source:
                info = os.fstat(fd)
                if not stat_module.S_ISREG(info.st_mode):
                    done.set_result(Entry(entry.path, entry.relative_path, "other", not_regular_reason(info),
                                          info=info))  # fmt: skip
                    return
                head = _Head()
                staged = self.store.media.stage(_SourceReader(source), head, sync=False)
                try:
                    prepared = self._describe(entry, staged, bytes(head.data), info, os.fstat(fd))
                except BaseException:
                    self.store.media.discard(staged)
                    raise
        except BaseException as exc:
            done.set_exception(exc)
            return
        syncer.submit(self._publish, prepared, done)

    def _describe(self, entry: Entry, staged: StagedMedia, head: bytes, info: os.stat_result,
                  after: os.stat_result) -> _Prepared:  # fmt: skip
        """Media type and kind from the magic numbers, and the warnings (``info``/``after``: fstat before/after)."""
        media_type = media_types.sniff(head).media_type
        found = BY_TYPE.get(media_type)
        kind: CaptureKind = self.kind or (found.default_kind if found else "file")
        warnings = self._warnings(entry, found, staged.size)
        if (after.st_size, after.st_mtime_ns) != (info.st_size, info.st_mtime_ns) or staged.size != info.st_size:
            warnings.append("it changed while it was read: what was read is what is stored and hashed")
        return _Prepared(entry, staged, info, media_type, kind, "; ".join(warnings) or None)

    def _warnings(self, entry: Entry, found: MediaType | None, size: int) -> list[str]:
        """What the magic-number guess says against the name or the asked kind (kept anyway: only warnings)."""
        content = found.name if found else "not a format fieldkit recognises"
        warnings = []
        if size == 0:
            warnings.append("the file is empty")
        named = BY_SUFFIX.get(entry.path.suffix.lower())
        if named is not None and size and named is not found:
            warnings.append(f"named as {named.name} but its content is {content}")
        if self.kind not in (None, "file") and (found is None or self.kind not in found.accepted_as):
            warnings.append(f"kept as {self.kind} as asked, but its content is {content}")
        return warnings

    def _publish(self, prepared: _Prepared, done: Future[_Prepared | Entry]) -> None:
        """I/O worker: fsync, move into media/. Only then is the file ready to record."""
        try:
            if self._stopping.is_set():
                raise _Stopped()  # not recorded anyway: no fsync to wait for
            self.store.media.publish(prepared.staged, sync=True)
        except BaseException as exc:
            self.store.media.discard(prepared.staged)
            done.set_exception(exc)
            return
        forget_cached_pages(self.store.media.path_of(prepared.staged.media_id))
        done.set_result(prepared)

    # --- the calling thread: walk, record in batches --------------------------------------------------------

    def run(self, case_name: str, item_tag: str, paths: Iterable[Path], *, root: Path | None = None) -> ImportSummary:
        """Acquire ``paths`` (files, folders) into the item, as one acquisition whose paths are recorded relative to
        ``root`` (default: the one path named, or the folder that holds them all)."""
        store = self.store
        named = [Path(path) for path in paths]
        explicit_root = root is not None
        root = Path(os.path.abspath(root)) if root is not None else acquisition_root(named)
        case = store.ensure_case(case_name)
        item = store.ensure_item(case, item_tag)
        medium = medium_of([root] if explicit_root and root is not None else named)
        acquisition = store.acquisitions.start(
            item, source=self.source, root=as_text(root) if root is not None else "", medium_label=medium.label,
            volume_id=medium.volume_id, filesystem=medium.filesystem,
        )  # fmt: skip
        self._acquisition_id, self._next_seq = acquisition.id, 1
        summary = ImportSummary(acquisition_id=acquisition.id)
        entries = walk(named, root)
        workers = max(1, store.limits.import_workers)
        pending: deque[tuple[Entry, Future[_Prepared | Entry] | None]] = deque()

        def report(outcome: ImportOutcome) -> None:
            summary.outcomes.append(outcome)
            if outcome.status == "stored":
                summary.stored += 1
            elif outcome.status == "duplicate":
                summary.duplicates += 1
            elif outcome.lost:
                summary.failed += 1
            else:
                summary.skipped += 1
            if self.progress:
                self.progress(outcome)

        # Two pools: CPU workers hash and encrypt; I/O workers wait for fsync, so hashing never stalls on the disk.
        with (
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fieldkit-import") as pool,
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fieldkit-sync") as syncer,
        ):
            exhausted = False

            def refill() -> None:
                nonlocal exhausted
                while not exhausted and len(pending) < workers * 4 and not self.cancel.is_set():
                    entry = next(entries, None)
                    if entry is None:
                        exhausted = True
                        return
                    if entry.entry_type != "file":
                        pending.append((entry, None))
                        continue
                    done: Future[_Prepared | Entry] = Future()
                    pool.submit(self._prepare, entry, done, syncer)
                    pending.append((entry, done))

            try:
                while True:
                    refill()
                    if not pending:
                        break
                    # Group commit: each transaction records up to _BATCH files, so the database (whose fsync on
                    # ext4 also flushes every other dirty file) syncs once per batch, not once per file. Workers
                    # keep streaming the files behind the batch meanwhile.
                    batch = [pending.popleft()]
                    while pending and len(batch) < _BATCH:
                        refill()
                        batch.append(pending.popleft())
                    self._finish_batch(item, batch, report)
            except BaseException as exc:
                self._stopping.set()
                if isinstance(exc, DiskFullError | StorageIOError):
                    summary.stopped = str(exc)
                with contextlib.suppress(FieldkitError):  # the disk may be too full to say so: custody has the start
                    store.acquisitions.stop(acquisition.id, str(exc) if isinstance(exc, FieldkitError)
                                            else f"interrupted ({type(exc).__name__})")  # fmt: skip
                raise
            finally:
                # Whatever is still in flight after a stop is not recorded: its media file goes away.
                for _entry, job in pending:
                    if job is not None:
                        try:
                            prepared = job.result()
                        except BaseException:  # noqa: S112 - already being reported or discarded
                            continue
                        if isinstance(prepared, _Prepared):
                            store.media.discard(prepared.staged)
        if self.cancel.is_set():
            store.acquisitions.stop(acquisition.id, "cancelled by the operator")
        else:
            store.acquisitions.finish(acquisition.id)
        return summary

    def _finish_batch(
        self,
        item: Item,
        batch: list[tuple[Entry, Future[_Prepared | Entry] | None]],
        report: Callable[[ImportOutcome], None],
    ) -> None:
        """Record a batch of files and their acquisition entries in one transaction; they count as stored only once
        it commits.

        When the disk fills up (or fails) part-way, the files of the batch that were complete are still recorded,
        then the error stops the import.
        """
        store = self.store
        results: list[tuple[ImportOutcome, os.stat_result | None] | _Prepared] = []
        duplicates: list[_Prepared] = []
        stop: FieldkitError | None = None
        try:
            for entry, job in batch:
                if job is None:
                    results.append((self._not_stored(entry, entry.reason or "not a regular file"), entry.info))
                    continue
                try:
                    prepared = job.result()
                except (DiskFullError, StorageIOError) as exc:
                    # Stop after this batch, but still record the files of it that were complete.
                    stop = stop or exc
                    results.append(self._failed(entry, exc.message, exc.fix))
                except FieldkitError as exc:
                    results.append(self._failed(entry, exc.message, exc.fix))
                except Exception as exc:  # one file's unforeseen failure must not stop the others
                    results.append(self._failed(entry, f"unexpected error while reading it ({type(exc).__name__})",
                                                InputError.__doc__))  # fmt: skip
                else:
                    if isinstance(prepared, Entry):  # not a regular file any more when it was opened
                        results.append((self._not_stored(prepared, prepared.reason or ""), prepared.info))
                    else:
                        results.append(prepared)
        except BaseException:
            # Interrupted (Ctrl+C) while waiting for the batch's files: nothing of the batch is recorded, so nothing
            # of it may stay, neither the files collected (one result per entry so far) nor those still being written.
            self._stopping.set()
            for result in results:
                if isinstance(result, _Prepared):
                    store.media.discard(result.staged)
            for _entry, job in batch[len(results) :]:
                with contextlib.suppress(BaseException):
                    left = job.result() if job is not None else None
                    if isinstance(left, _Prepared):
                        store.media.discard(left.staged)
            raise
        committed = False
        try:
            with store.write():
                outcomes: list[ImportOutcome] = []
                records: list[AcquisitionEntry] = []
                for result in results:
                    if isinstance(result, _Prepared):
                        outcome = self._record(item, result, duplicates)
                        info: os.stat_result | None = result.info
                    else:
                        outcome, info = result
                    outcomes.append(outcome)
                    records.append(self._acquisition_entry(outcome, info))
                store.acquisitions.add_entries(records)
            committed = True
        finally:
            # Whatever was not committed must not stay: a media file no record names would only be swept later.
            # An interrupt (Ctrl+C) can land after the transaction committed but before the flag above is set: the
            # database, not the flag, then says which files records name, and those stay.
            kept: set[str] = set()
            if not committed:
                with contextlib.suppress(Exception):
                    kept = set(store.originals.media_ids())
            for result in results:
                if not isinstance(result, _Prepared) or result.staged.media_id in kept:
                    continue
                if not committed or result in duplicates:
                    store.media.discard(result.staged)
        for outcome in outcomes:
            report(outcome)
        if stop is not None:
            raise stop

    def _not_stored(self, entry: Entry, reason: str) -> ImportOutcome:
        return ImportOutcome(as_text(entry.path), "not-stored", entry.entry_type, entry.relative_path, reason=reason,
                             fix=InputError.__doc__ if entry.error else None, link_target=entry.link_target,
                             lost=entry.error)  # fmt: skip

    def _failed(self, entry: Entry, reason: str, fix: str | None) -> tuple[ImportOutcome, os.stat_result | None]:
        """A regular file that could not be stored; its size and times as the file system still tells them."""
        try:
            info: os.stat_result | None = os.lstat(entry.path)
        except OSError:
            info = None
        outcome = ImportOutcome(as_text(entry.path), "not-stored", "file", entry.relative_path, size=_size(info),
                                reason=reason, fix=fix or InputError.__doc__, lost=True)  # fmt: skip
        return outcome, info

    def _acquisition_entry(self, outcome: ImportOutcome, info: os.stat_result | None) -> AcquisitionEntry:
        times = file_times(info) if info is not None else {"modified": None, "changed": None, "born": None}
        seq, self._next_seq = self._next_seq, self._next_seq + 1
        if outcome.status == "not-stored":
            note = outcome.reason or ""
        else:
            note = outcome.warning or (outcome.reason if outcome.status == "duplicate" else "") or ""
        return AcquisitionEntry(
            self._acquisition_id, seq, outcome.relative_path or outcome.path, outcome.entry_type, outcome.status,
            outcome.size, outcome.sha256, outcome.capture_id if outcome.status == "stored" else outcome.duplicate_of,
            times["modified"], times["changed"], times["born"], outcome.link_target, note,
        )  # fmt: skip

    def _record(self, item: Item, prepared: _Prepared, duplicates: list[_Prepared]) -> ImportOutcome:
        store = self.store
        entry, staged = prepared.entry, prepared.staged
        existing = store.duplicate_of(item, staged.sha256)
        if existing is not None:
            duplicates.append(prepared)
            differs = self._print_differs(existing)
            return ImportOutcome(
                as_text(entry.path), "duplicate", relative_path=entry.relative_path, sha256=staged.sha256,
                size=staged.size, kind=prepared.kind, media_type=prepared.media_type, warning=prepared.warning,
                duplicate_of=existing, reason=f"the same file is already capture {existing} of this item" + differs,
                fix=differs.removeprefix(", ") or None,
            )  # fmt: skip
        metadata: dict[str, Any] = {
            "source_path": as_text(entry.path),
            "relative_path": entry.relative_path,
            "file_times": file_times(prepared.info),
        }
        if prepared.kind == "fingerprint":
            details = self.fingerprint or FingerprintDetails()
            # Without --ppi the resolution is unknown (null) until analysis reads a plausible one from the file
            # (store.captures.apply_analysis) or 'fingerprint set-ppi' gives it: it is never assumed.
            metadata["fingerprint"] = {
                "finger_position": details.finger_position if details.finger_position is not None else 0,
                "impression_type": details.impression_type,
                "ppi": details.ppi,
                "ppi_source": "stated" if details.ppi is not None else None,
            }
        capture_id = store.record_capture(
            item, staged, kind=prepared.kind, media_type=prepared.media_type, original_name=as_text(entry.path.name),
            captured_at=None, source="file" if self.source == "files" else self.source, metadata=metadata,
        )  # fmt: skip
        return ImportOutcome(
            as_text(entry.path), "stored", relative_path=entry.relative_path, capture_id=capture_id,
            sha256=staged.sha256, size=staged.size, kind=prepared.kind, media_type=prepared.media_type,
            warning=prepared.warning,
        )  # fmt: skip

    def _print_differs(self, existing: int) -> str:
        """For a fingerprint given again with other --finger/--impression/--ppi: what differs and the command that
        corrects the kept print (the same bytes are never stored twice); '' when nothing differs."""
        details = self.fingerprint
        kept = self.store.capture(existing).metadata.get("fingerprint")
        if details is None or not isinstance(kept, dict):
            return ""
        fixes = []
        if details.ppi is not None and kept.get("ppi") != details.ppi:
            fixes.append(f"fieldkit fingerprint set-ppi {existing} --ppi {details.ppi:g}")
        finger = details.finger_position if details.finger_position is not None else kept.get("finger_position")
        impression = details.impression_type if details.impression_type is not None else kept.get("impression_type")
        if (finger, impression) != (kept.get("finger_position"), kept.get("impression_type")):
            option = f" --impression {impression}" if impression is not None else ""
            fixes.append(f"fieldkit fingerprint set-finger {existing} --finger {finger}{option}")
        if not fixes:
            return ""
        return ", with other fingerprint values (kept as they were): correct it with " + "; ".join(
            f"'{fix}'" for fix in fixes
        )


def forget_cached_pages(path: Path) -> None:
    """Let the kernel drop a stored file's pages once they are on the disk (they are clean after the fsync).

    Measured with bench/bench_analysis.py: an import that leaves every encrypted file it wrote in the page cache makes
    the kernel find fresh pages for each next one, which cost three times the system CPU time of the import (6.5 s
    instead of 1.8 s for 1.6 GB on the benchmark machine). Analysis reads the file back from the disk instead; a hint
    only, so a platform without it or a refusal changes nothing."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _size(info: os.stat_result | None) -> int | None:
    return info.st_size if info is not None else None
