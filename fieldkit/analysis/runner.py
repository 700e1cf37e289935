"""Analyse stored captures: decrypt each original into memory, describe it in a sandbox, keep the answer.

Decision: the runner reads the bytes from the store (never the source path: what is described is what was kept,
even if the source was swapped after acquisition) and streams them to the sandbox pool as they are decrypted, several
captures at a time, so this process holds a chunk of each, never a whole file (a 700 MB video would otherwise cost
that much here, against the 250 MB fieldkit promises); the child holds the file, under its own memory cap. Records
are written on the calling thread, which owns the database connection. A failure of one capture (a crash, a limit,
a refusal) is recorded with its reason and the others go on; nothing here can stop an import or a bundle.
"""

from __future__ import annotations

import functools
import itertools
import json
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from importlib import metadata
from typing import Any

from fieldkit import media_types
from fieldkit._internal.textsearch import index_text
from fieldkit.analysis.description import Description
from fieldkit.analysis.ops import DESCRIBE
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.errors import AnalysisFailedError, MediaCorruptError
from fieldkit.sandbox.pool import pool
from fieldkit.sandbox.protocol import StreamedBlob
from fieldkit.store.store import Store


@functools.cache
def analyser_version() -> str:
    """Which decoders described a capture: recorded with each analysis, so 'analyse --failed' after an upgrade
    can be told apart from the first try."""
    parts = []
    for package in ("fieldkit", "pillow", "pypdfium2", "pillow-heif", "av", "wsq"):
        try:
            parts.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return "; ".join(parts)


@dataclass(frozen=True)
class AnalysisOutcome:
    capture_id: int
    status: str  # ok | failed
    reason: str = ""
    code: str = ""
    damaged: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass(frozen=True)
class Prepared:
    """One capture's stored original, opened for reading back on the thread that owns the store (its record looked
    up there); its bytes are decrypted and hash-checked as ``describe`` streams them to a sandbox, on any thread (the
    media file and its key need no database). Use it once."""

    capture_id: int
    media_type: str
    size: int
    chunks: Iterator[bytes]


def prepare(store: Store, capture_id: int, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Prepared:
    """Open a capture's original for analysis; AnalysisFailedError if it cannot be handed to a sandbox."""
    capture = store.capture(capture_id)
    if capture.size > limits.max_input_bytes:
        raise AnalysisFailedError(
            f"the file is larger than the {limits.max_input_bytes >> 20} MiB a sandbox may decode", reason="too-large"
        )
    reader = store.read_original(capture_id)  # hash-checked against the acquisition SHA-256 at its end
    try:
        first = next(reader, b"")  # its record is read now, on this thread; the rest is file and key only
    except MediaCorruptError as exc:
        raise AnalysisFailedError(exc.message, reason="corrupt") from exc
    return Prepared(capture_id, capture.media_type, capture.size, itertools.chain((first,), reader))


def describe(prepared: Prepared, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS, op: str = DESCRIBE) -> Description:
    """Describe prepared bytes in a sandbox child (any thread; touches no database). Raises AnalysisFailedError; an
    original that fails its hash check on the way ends that child ('corrupt')."""
    original = StreamedBlob(prepared.size, prepared.chunks)
    try:
        answer = pool(limits).run(op, original, media_type=prepared.media_type, limits=asdict(limits))
    except MediaCorruptError as exc:
        raise AnalysisFailedError(exc.message, reason="corrupt") from exc
    if not isinstance(answer, dict) or not isinstance(answer.get("media_type"), str):
        raise AnalysisFailedError("the decoder's answer is not a description", reason="decoder-error")
    try:  # the child is the side that met the hostile bytes: its answer is checked as data
        found = Description.from_wire(answer)
        json.dumps(found.facts, allow_nan=False)
    except (TypeError, ValueError, KeyError) as exc:
        raise AnalysisFailedError("the decoder's answer is malformed", reason="decoder-error") from exc
    return found


def record(store: Store, capture_id: int, found: Description | AnalysisFailedError, version: str) -> AnalysisOutcome:
    """Keep what analysis found (or why it failed), custody-logged; on the thread that owns the store."""
    if isinstance(found, AnalysisFailedError):
        return _record_failure(store, capture_id, found, version)
    return _record(store, capture_id, found, version)


def analyse(
    store: Store,
    capture_ids: Iterable[int],
    *,
    limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
    progress: Callable[[AnalysisOutcome], None] | None = None,
    cancel: threading.Event | None = None,
    op: str = DESCRIBE,
) -> list[AnalysisOutcome]:
    """Analyse these captures (in order of the ids given) and record each result. ``op``: the sandbox operation
    that describes (tests hand in misbehaving decoders)."""
    version = analyser_version()
    outcomes: list[AnalysisOutcome] = []
    pending: deque[tuple[int, Future[Description] | AnalysisFailedError]] = deque()
    ids = iter(list(capture_ids))
    workers = max(1, limits.workers)

    def submit(executor: ThreadPoolExecutor) -> bool:
        capture_id = next(ids, None)
        if capture_id is None or (cancel is not None and cancel.is_set()):
            return False
        try:
            prepared = prepare(store, capture_id, limits)
        except AnalysisFailedError as exc:
            pending.append((capture_id, exc))
            return True
        pending.append((capture_id, executor.submit(describe, prepared, limits, op)))
        return True

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fieldkit-analysis") as executor:
        while len(pending) < workers * 2 and submit(executor):
            pass
        while pending:
            capture_id, job = pending.popleft()
            found: Description | AnalysisFailedError
            try:
                found = job if isinstance(job, AnalysisFailedError) else job.result()
            except AnalysisFailedError as exc:
                found = exc
            outcome = record(store, capture_id, found, version)
            outcomes.append(outcome)
            if progress is not None:
                progress(outcome)
            while len(pending) < workers * 2 and submit(executor):
                pass
    return outcomes


# What the search index names as the "languages" of text analysis extracted (not read by OCR). Not a limit.
TEXT_EXTRACTED = "extracted"


def _searchable_as_text(media_type: str) -> bool:
    """Whether the text analysis extracts is this capture's searchable text: not for pictures and PDFs, whose pages
    fieldkit.core.ocr reads (a PDF page's own text layer where it has one, OCR otherwise)."""
    return media_type != media_types.PDF and media_type not in media_types.PICTURES | media_types.PRINT_IMAGES


def _record(store: Store, capture_id: int, found: Description, version: str) -> AnalysisOutcome:
    capture = store.capture(capture_id)
    media_type = found.media_type if found.media_type in media_types.BY_TYPE else capture.media_type
    with store.write():
        store.analyses.record_ok(
            capture_id, media_type=media_type, facts=found.facts, damaged=found.damaged, notes=found.notes,
            text=found.text, thumbnail=found.thumbnail, analyser=version,
        )  # fmt: skip
        store.originals.apply_analysis(capture_id, found.facts, found.captured_at)
        if found.text and _searchable_as_text(capture.media_type):
            # Text, office and e-mail files have no pages for OCR: the text analysis extracted is what search finds.
            store.ocr_index.save(capture_id, [(found.text, index_text(found.text), TEXT_EXTRACTED)], TEXT_EXTRACTED)
        details: dict[str, Any] = {"status": "ok", "analyser": version}
        if found.damaged:
            details["damaged"] = found.damaged
        store.log("capture.analysed", f"capture:{capture.uuid}", details)
    return AnalysisOutcome(capture_id, "ok", damaged=found.damaged)


def _record_failure(store: Store, capture_id: int, error: AnalysisFailedError, version: str) -> AnalysisOutcome:
    capture = store.capture(capture_id)
    with store.write():
        store.analyses.record_failed(capture_id, code=error.reason, reason=error.message, analyser=version)
        store.log("capture.analysed", f"capture:{capture.uuid}",
                  {"status": "failed", "code": error.reason, "reason": error.message, "analyser": version})  # fmt: skip
    return AnalysisOutcome(capture_id, "failed", reason=error.message, code=error.reason)


def waiting(store: Store) -> list[int]:
    """Captures not analysed yet, oldest first."""
    settled = store.analyses.settled()
    return [capture_id for capture_id in store.originals.ids() if capture_id not in settled]


def analyse_pending(store: Store, **kwargs: Any) -> list[AnalysisOutcome]:
    """Every capture not analysed yet."""
    return analyse(store, waiting(store), **kwargs)
