"""Importing originals from files and folders into the store.

Two files are streamed at a time (hashing is the bottleneck and hashlib releases the GIL, so both cores work);
records are written in input order on the calling thread, which owns the database connection. A file becomes a
capture only after its encrypted copy is complete and fsynced; a bad file is reported and the rest go on; a full
or failing disk stops the import cleanly with everything committed so far intact.
"""

from __future__ import annotations

import os
import stat as stat_module
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.core import probe as probing
from fieldkit.errors import DiskFullError, FieldkitError, InputError, InvalidValueError, StorageIOError
from fieldkit.models import CaptureKind, Item
from fieldkit.store.media import StagedMedia
from fieldkit.store.store import Store

Status = Literal["stored", "duplicate", "failed"]

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
        low, high = FINGERPRINT_LIMITS.stated_ppi_range
        if self.ppi is not None and not low <= self.ppi <= high:
            raise InvalidValueError(f"--ppi must be between {low} and {high}")


def parse_impression(value: str) -> int:
    text = value.strip().lower()
    if text.isdigit():
        return int(text)
    if text in IMPRESSION_TYPES:
        return IMPRESSION_TYPES[text]
    raise InvalidValueError(f"unknown impression type '{value}': use 0-7 or one of {', '.join(IMPRESSION_TYPES)}")


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: Status
    capture_id: int | None = None
    sha256: str | None = None
    size: int | None = None
    kind: str | None = None
    reason: str | None = None
    fix: str | None = None
    duplicate_of: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class ImportSummary:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    stopped: str | None = None
    outcomes: list[ImportOutcome] = field(default_factory=list)


@dataclass(frozen=True)
class _Prepared:
    path: Path
    staged: StagedMedia
    found: probing.Probe


def collect_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Expand folders (recursively, in name order) into files. Yields (path, reason-if-unusable).

    Symbolic links inside folders are not followed, so a hostile medium cannot loop us or lead us outside it.
    """
    for path in paths:
        if path.is_symlink():
            path = path.resolve()  # named explicitly by the operator: import what it points to
        try:
            info = path.stat()
        except OSError as exc:
            yield path, f"cannot read it: {os.strerror(exc.errno) if exc.errno else exc}"
            continue
        if stat_module.S_ISDIR(info.st_mode):
            yield from _walk(path)
        elif stat_module.S_ISREG(info.st_mode):
            yield path, None
        else:
            yield path, "not a regular file"


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield folder, f"cannot list the folder: {os.strerror(exc.errno) if exc.errno else exc}"
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_symlink():
            yield path, "symbolic link not followed: import its target explicitly"
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file(follow_symlinks=False):
            yield path, None
        else:
            yield path, "not a regular file"


class _SourceReader:
    """Reads the original; a read error is that file's problem (a failing card), not the store's disk."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source

    def readinto(self, buffer: memoryview) -> int | None:
        try:
            return self._source.readinto(buffer)  # type: ignore[attr-defined, no-any-return]
        except OSError as exc:
            raise InputError(f"reading it failed: {os.strerror(exc.errno) if exc.errno else exc}") from exc


class Importer:
    def __init__(
        self,
        store: Store,
        *,
        kind: CaptureKind | None = None,
        fingerprint: FingerprintDetails | None = None,
        cancel: threading.Event | None = None,
        progress: Callable[[ImportOutcome], None] | None = None,
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
        self.progress = progress

    def _prepare(self, path: Path, done: Future[_Prepared], syncer: ThreadPoolExecutor) -> None:
        """CPU worker: probe, then hash and encrypt into staging/; hand the wait for the disk to ``syncer``."""
        try:
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
            except OSError as exc:
                raise InputError(f"cannot open it: {os.strerror(exc.errno) if exc.errno else exc}") from exc
            with os.fdopen(fd, "rb", buffering=0) as source:
                info = os.fstat(source.fileno())
                if not stat_module.S_ISREG(info.st_mode):
                    raise InputError("not a regular file")
                found = probing.probe(path, self.kind, self.store.limits, info)
                staged = self.store.media.stage(_SourceReader(source), found.stream_check, sync=False)
        except BaseException as exc:
            done.set_exception(exc)
            return
        syncer.submit(self._publish, _Prepared(path, staged, found), done)

    def _publish(self, prepared: _Prepared, done: Future[_Prepared]) -> None:
        """I/O worker: check the stream's verdict, fsync, move into media/. Only then is the file ready to record."""
        try:
            if prepared.found.stream_check is not None:
                prepared.found.stream_check.verdict()
            self.store.media.publish(prepared.staged, sync=True)
        except BaseException as exc:
            self.store.media.discard(prepared.staged)
            done.set_exception(exc)
            return
        done.set_result(prepared)

    def run(self, case_name: str, item_tag: str, paths: Iterable[Path]) -> ImportSummary:
        store = self.store
        case = store.ensure_case(case_name)
        item = store.ensure_item(case, item_tag)
        summary = ImportSummary()
        files = collect_files(paths)
        workers = max(1, store.limits.import_workers)
        pending: deque[tuple[Path, Future[_Prepared] | str]] = deque()

        def report(outcome: ImportOutcome) -> None:
            summary.outcomes.append(outcome)
            if outcome.status == "stored":
                summary.stored += 1
            elif outcome.status == "duplicate":
                summary.duplicates += 1
            else:
                summary.failed += 1
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
                    nxt = next(files, None)
                    if nxt is None:
                        exhausted = True
                        return
                    path, problem = nxt
                    if problem:
                        pending.append((path, problem))
                        continue
                    done: Future[_Prepared] = Future()
                    pool.submit(self._prepare, path, done, syncer)
                    pending.append((path, done))

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
            except (DiskFullError, StorageIOError) as exc:
                summary.stopped = str(exc)
                raise
            finally:
                # Whatever is still in flight after a stop is not recorded: its media file goes away.
                for _path, job in pending:
                    if not isinstance(job, str):
                        try:
                            prepared = job.result()
                        except BaseException:  # noqa: S112 - already being reported or discarded
                            continue
                        store.media.discard(prepared.staged)
        return summary

    def _finish_batch(
        self,
        item: Item,
        batch: list[tuple[Path, Future[_Prepared] | str]],
        report: Callable[[ImportOutcome], None],
    ) -> None:
        """Record a batch of prepared files in one transaction; they count as stored only once it commits.

        When the disk fills up (or fails) part-way, the files of the batch that were complete are still recorded,
        then the error stops the import.
        """
        store = self.store
        results: list[ImportOutcome | _Prepared] = []
        duplicates: list[_Prepared] = []
        stop: FieldkitError | None = None
        for path, job in batch:
            if isinstance(job, str):
                results.append(ImportOutcome(str(path), "failed", reason=job, fix=InputError.__doc__))
                continue
            try:
                results.append(job.result())
            except (DiskFullError, StorageIOError) as exc:
                # Stop after this batch, but still record the files of it that were complete.
                stop = stop or exc
                results.append(ImportOutcome(str(path), "failed", reason=exc.message, fix=exc.fix))
            except FieldkitError as exc:
                results.append(ImportOutcome(str(path), "failed", reason=exc.message, fix=exc.fix))
            except Exception as exc:  # one file's unforeseen failure must not stop the others
                reason = f"unexpected error while reading it ({type(exc).__name__})"
                results.append(ImportOutcome(str(path), "failed", reason=reason, fix=InputError.__doc__))
        committed = False
        try:
            with store.write():
                outcomes = [r if isinstance(r, ImportOutcome) else self._record(item, r, duplicates) for r in results]
            committed = True
        finally:
            # Whatever was not committed must not stay: a media file no record names would only be swept later.
            for _path, job in batch:
                if isinstance(job, str):
                    continue
                try:
                    prepared = job.result()
                except BaseException:  # noqa: S112 - that file failed on its own; nothing to discard
                    continue
                if not committed or prepared not in results or prepared in duplicates:
                    store.media.discard(prepared.staged)
        for outcome in outcomes:
            report(outcome)
        if stop is not None:
            raise stop

    def _record(self, item: Item, prepared: _Prepared, duplicates: list[_Prepared]) -> ImportOutcome:
        store = self.store
        path, staged, found = prepared.path, prepared.staged, prepared.found
        existing = store.duplicate_of(item, staged.sha256)
        if existing is not None:
            duplicates.append(prepared)
            return ImportOutcome(
                str(path), "duplicate", sha256=staged.sha256, size=staged.size, kind=found.kind,
                duplicate_of=existing, reason=f"the same file is already capture {existing} of this item",
            )  # fmt: skip
        metadata = dict(found.metadata)
        metadata["source_path"] = str(path.absolute())
        if found.kind == "fingerprint":
            details = self.fingerprint or FingerprintDetails()
            metadata["fingerprint"] = {
                "finger_position": details.finger_position if details.finger_position is not None else 0,
                "impression_type": details.impression_type,
                "ppi": details.ppi if details.ppi is not None else metadata.get("file_ppi"),
            }
        capture_id = store.record_capture(
            item, staged, kind=found.kind, media_type=found.media_type, original_name=path.name,
            captured_at=found.captured_at, source="file", metadata=metadata,
        )  # fmt: skip
        return ImportOutcome(
            str(path), "stored", capture_id=capture_id, sha256=staged.sha256, size=staged.size, kind=found.kind
        )
