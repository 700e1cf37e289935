"""The Import dialog's work (fieldkit.gui.importgrid): list what is under the sources the operator added, tell which
files the store already holds (by SHA-256), preview files not imported yet in the sandbox, split them into items by
time gap, and import the chosen ones through the same jobs as every other import (``ops.evidence.import_files`` and
``import_card``), so each source becomes one acquisition with its provenance.

Nothing here decodes outside bytes: the magic-number guess reads a file's first bytes, hashing streams it, and a
preview is made by the sandbox (``fieldkit.sandbox.pool``) from the file streamed to it; the PNG it answers is checked
before the window may decode it. Nothing is written to disk. No Qt here.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.ops import DESCRIBE, TAKEN
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.core.importer import ImportOutcome, ImportSummary, acquisition_root, walk
from fieldkit.core.thumbnails import checked_picture
from fieldkit.errors import AnalysisFailedError, InvalidValueError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.gui.ops import evidence as evidence_ops
from fieldkit.models import Item
from fieldkit.sandbox.pool import pool
from fieldkit.sandbox.protocol import StreamedBlob

SourceKind = Literal["folder", "files", "card"]
_CHUNK = 1 << 20  # bytes read at a time when hashing or streaming a file to the sandbox


@dataclass(frozen=True)
class Source:
    """What the operator added: a folder (everything under it), some files, or a camera card (its DCIM folder).
    Each becomes one acquisition per destination item, rooted at ``root``."""

    kind: SourceKind
    root: Path
    paths: tuple[Path, ...]  # what to walk: the folder, the files, the card's DCIM folder
    known: frozenset[Path] = frozenset()  # a card: files the store already has (its CardOffer said so)
    offered: bool = False  # a card with its CardOffer: which files the store has is known without hashing

    @property
    def label(self) -> str:
        return self.root.name or str(self.root)


def folder_source(folder: Path) -> Source:
    folder = Path(os.path.abspath(folder))
    return Source("folder", folder, (folder,))


def files_source(files: Sequence[Path]) -> Source:
    absolute = tuple(Path(os.path.abspath(path)) for path in files)
    root = acquisition_root(absolute) or absolute[0].parent
    if len(absolute) == 1:
        root = absolute[0].parent
    return Source("files", root, absolute)


def card_source(root: Path, fresh: Sequence[Path] | None = None) -> Source:
    """A camera card: its DCIM folder. ``fresh``: what ``look_for_cards`` found not in the store (its CardOffer); the
    card's other files are known to the store. None: nothing known yet (hashing tells)."""
    dcim = next((path for path in _children(root) if path.name.upper() == "DCIM" and path.is_dir()), root / "DCIM")
    if fresh is None:
        return Source("card", Path(root), (dcim,))
    listed = {entry.path for entry in walk([dcim], None) if entry.entry_type == "file"}
    return Source("card", Path(root), (dcim,), frozenset(listed - {Path(path) for path in fresh}), offered=True)


def sources_for(paths: Sequence[Path]) -> list[Source]:
    """Dropped or chosen paths as sources: each folder its own, the files together."""
    folders = [path for path in paths if path.is_dir()]
    files = [path for path in paths if not path.is_dir()]
    return [folder_source(folder) for folder in folders] + ([files_source(files)] if files else [])


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


@dataclass(frozen=True)
class Candidate:
    """One regular file under a source, as the grid shows it before import."""

    path: Path
    source: int  # index of its source in the dialog's list
    relative: str
    size: int
    modified_ns: int
    media_type: str  # the magic-number guess from its first bytes
    known: bool = False  # a card's file the store already has

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def unknown(self) -> bool:
        """Its first bytes name no type fieldkit knows: it will be kept as it is, and flagged."""
        return self.media_type == media_types.OCTET_STREAM


def list_files(source: Source, index: int, cancel: threading.Event | None = None) -> list[Candidate]:
    """Every regular file under ``source`` (links and other entries are left to the import, which records them),
    with its size, modification time and magic-number guess. Reads at most SNIFF_BYTES of each file."""
    found: list[Candidate] = []
    for entry in walk(source.paths, source.root):
        if cancel is not None and cancel.is_set():
            break
        if entry.entry_type != "file":
            continue
        try:
            info = os.stat(entry.path)
            with open(entry.path, "rb") as handle:
                head = handle.read(media_types.SNIFF_BYTES)
        except OSError:
            info, head = None, b""  # the import will say why it cannot be read
        media_type = media_types.sniff(head).media_type if head else media_types.OCTET_STREAM
        found.append(Candidate(entry.path, index, entry.relative_path, info.st_size if info else 0,
                               info.st_mtime_ns if info else 0, media_type, entry.path in source.known))  # fmt: skip
    return found


def sha256_of(path: Path, cancel: threading.Event | None = None) -> str | None:
    """The file's SHA-256, streamed; None if it cannot be read or the dialog closed meanwhile."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(_CHUNK):
                if cancel is not None and cancel.is_set():
                    return None
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def known_hashes(digests: Sequence[str]) -> Job:
    """For each SHA-256 the store already holds: the item (case, tag) of its first capture."""

    def job(context: JobContext) -> dict[str, tuple[str, str]]:
        store = context.need_store()
        known: dict[str, tuple[str, str]] = {}
        for digest in digests:
            captures = store.captures_by_sha256(digest)
            if captures:
                known[digest] = (captures[0].case_name, captures[0].item_tag)
        return known

    return job


@dataclass(frozen=True)
class Preview:
    """What the sandbox made of a file not imported yet: a checked PNG thumbnail (or None), the time its content
    says it was made, and how it is damaged or why it could not be previewed."""

    thumbnail: bytes | None = None
    captured_at: str | None = None
    damaged: str | None = None  # damaged, or the sandbox failed on it: kept and flagged
    note: str | None = None  # previewed nothing without anything wrong (too large, no decoder)


def _chunks(path: Path, size: int) -> Iterator[bytes]:
    left = size
    with open(path, "rb") as handle:
        while left > 0:
            block = handle.read(min(_CHUNK, left))
            if not block:
                raise AnalysisFailedError("the file became shorter while it was read", reason="corrupt")
            left -= len(block)
            yield block


def preview(candidate: Candidate, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Preview:
    """Describe the file in a sandbox child, streamed from the disk (this process never holds it whole and decodes
    nothing), as analysis does after import. Any thread; no store."""
    if candidate.unknown:
        return Preview(note="unknown type")
    if candidate.size == 0:
        return Preview(damaged="the file is empty")
    if candidate.size > limits.max_input_bytes:
        return Preview(note="too large to preview")
    try:
        size = os.stat(candidate.path).st_size
        answer = pool(limits).run(DESCRIBE, StreamedBlob(size, _chunks(candidate.path, size)),
                                  media_type=candidate.media_type, limits=asdict(limits))  # fmt: skip
        found = Description.from_wire(answer) if isinstance(answer, dict) else None
    except OSError:
        return Preview(note="cannot be read")
    except AnalysisFailedError as exc:
        if exc.reason == "too-large":
            return Preview(note="too large to preview")
        return Preview(damaged=exc.message)
    except (KeyError, TypeError, ValueError):
        found = None
    if found is None:
        return Preview(damaged="the decoder's answer is not a description")
    thumbnail = None
    if found.thumbnail is not None:
        try:
            thumbnail = checked_picture(found.thumbnail, limits.thumbnail_side)
        except AnalysisFailedError:
            thumbnail = None
    return Preview(thumbnail, found.captured_at, found.damaged)


# Photos whose taken time sits in their first bytes (JPEG: EXIF is an APP1 segment before the pixels, at most 64 KiB,
# after at most a few other segments): the time is read from this much of the file, not the whole.
TAKEN_HEAD = 1 << 18


def time_from_head(candidate: Candidate) -> bool:
    """Whether the taken time of ``candidate`` is read cheaply from its first bytes (else a whole preview)."""
    return candidate.media_type == media_types.JPEG


def taken_time(candidate: Candidate, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> str | None:
    """When the photo says it was taken (its EXIF, ISO 8601, with the camera's offset when it recorded one), read in a
    sandbox child from the file's first TAKEN_HEAD bytes (its header: no pixels decoded). None: no time in it, or
    it cannot be read. Any thread; no store."""
    if candidate.unknown or candidate.size == 0:
        return None
    try:
        size = min(os.stat(candidate.path).st_size, TAKEN_HEAD)
        answer = pool(limits).run(TAKEN, StreamedBlob(size, _chunks(candidate.path, size)),
                                  media_type=candidate.media_type, limits=asdict(limits))  # fmt: skip
    except (OSError, AnalysisFailedError):
        return None
    found = answer.get("captured_at") if isinstance(answer, dict) else None
    return found if isinstance(found, str) and len(found) <= 40 else None


def time_ns(taken: str | None) -> int | None:
    """An ISO 8601 time the content gave, as nanoseconds since the epoch; a camera's wall time without an offset is
    read in this computer's time zone (as the files' own times are shown). None: none, or not a time."""
    if not taken:
        return None
    try:
        moment = datetime.fromisoformat(taken)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return round(moment.timestamp() * 1_000_000_000)


# --- split by time gap ---------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(\d+)(?!.*\d)")


def next_tags(tag: str, count: int, taken: set[str]) -> list[str]:
    """The ``count`` tags after ``tag`` (EV-0043 -> EV-0044, EV-0045; the last number counted up, its width kept),
    skipping those ``taken``; a tag without a number gets "-2", "-3"."""
    match = _NUMBER.search(tag)
    tags: list[str] = []
    number = int(match.group(1)) if match else 1
    while len(tags) < count:
        number += 1
        if match:
            digits = str(number).zfill(len(match.group(1)))
            candidate = tag[: match.start(1)] + digits + tag[match.end(1) :]
        else:
            candidate = f"{tag}-{number}"
        if candidate not in taken and candidate != tag:
            tags.append(candidate)
    return tags


def split_by_gap(times: Sequence[tuple[int, int]], gap_ns: int) -> list[list[int]]:
    """Keys grouped by time: sorted by their time (``(key, nanoseconds)``), a new group starts after a gap longer than
    ``gap_ns``. The first group is the earliest."""
    groups: list[list[int]] = []
    previous: int | None = None
    for key, moment in sorted(times, key=lambda pair: (pair[1], pair[0])):
        if previous is None or moment - previous > gap_ns:
            groups.append([])
        groups[-1].append(key)
        previous = moment
    return groups


# --- the import ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """Files of one source that go into one item."""

    source: Source
    files: tuple[Path, ...]
    whole: bool = False  # every file of a folder source: the folder itself is walked (links, FIFOs recorded too)


@dataclass(frozen=True)
class Destination:
    tag: str  # the bound item's tag for the first; the next tags for the groups after it
    parts: tuple[Part, ...]


@dataclass
class PlanResult:
    """What an import from the dialog did, by destination tag, and all of it together."""

    item: Item  # the item the dialog was bound to
    by_tag: dict[str, ImportSummary] = field(default_factory=dict)
    total: ImportSummary = field(default_factory=ImportSummary)
    cancelled: bool = False


def _add(total: ImportSummary, part: ImportSummary) -> None:
    total.stored += part.stored
    total.duplicates += part.duplicates
    total.skipped += part.skipped
    total.failed += part.failed
    total.stopped = total.stopped or part.stopped
    total.acquisition_id = part.acquisition_id if total.acquisition_id is None else total.acquisition_id
    total.outcomes.extend(part.outcomes)


def import_plan(item: Item, destinations: Sequence[Destination]) -> Job:
    """Import into ``item`` (bound when the dialog opened) and, split by time gap, into new items of its case,
    category and site with the next tags. Each part runs the same job as any import (one acquisition per source and
    item); a cancel stops it with what is stored kept."""

    def job(context: JobContext) -> Changed[PlanResult]:
        store = context.need_store()
        result = PlanResult(item)
        case = store.ensure_case(item.case_name)
        for number, destination in enumerate(destinations):
            if number > 0 and store.item(case, destination.tag) is not None:
                raise InvalidValueError(f"item {destination.tag} was created meanwhile: nothing was put into it; "
                                        "open the import again")  # fmt: skip
        changes = Changes.CAPTURES
        for number, destination in enumerate(destinations):
            if context.cancel.is_set():
                break
            target = item
            if number > 0:  # a new item of the split: the bound item's case, category and site
                target = store.ensure_item(case, destination.tag, item.category)
                if item.site_id is not None:
                    target = store.update_item(target, site_id=item.site_id)
                changes |= Changes.ITEMS
            summary = result.by_tag.setdefault(destination.tag, ImportSummary())
            for part in destination.parts:
                if context.cancel.is_set():
                    break
                if part.source.kind == "card":
                    run = evidence_ops.import_card(target, part.source.root, list(part.files))
                elif part.whole:
                    run = evidence_ops.import_files(target, [part.source.root], root=part.source.root)
                else:
                    run = evidence_ops.import_files(target, list(part.files), root=part.source.root)
                done = run(context)
                part_summary = done.result if isinstance(done, Changed) else done
                _add(summary, part_summary)
                _add(result.total, part_summary)
        result.cancelled = context.cancel.is_set()
        return Changed(result, changes)

    return job


def counted(outcome: object) -> ImportOutcome | None:
    """A progress report that is one of the files being imported (not a link or FIFO met in a folder)."""
    if isinstance(outcome, ImportOutcome) and outcome.entry_type == "file":
        return outcome
    return None
