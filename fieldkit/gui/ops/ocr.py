"""The store-thread steps of the work after imports (one capture analysed, a photo's perceptual hash, one page
rendered for OCR, one document's text saved), and search in the text read. Each step is short (the decoding in it
runs in the analysis sandbox, bounded by AnalysisLimits): the background work runs them one at a time, so an
import or a click waits for one step at most."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.analysis import runner
from fieldkit.analysis.description import Description
from fieldkit.core import ocr, similar
from fieldkit.core.ocr import OcrPage, PageText
from fieldkit.core.pages import view_of
from fieldkit.errors import AnalysisFailedError, InputError
from fieldkit.gui.ops import Job, JobContext
from fieldkit.store.store import Store


@dataclass(frozen=True)
class AnalysisStep:
    """The oldest capture not analysed yet: its bytes read back for a sandbox, or why they cannot be."""

    capture_id: int
    prepared: runner.Prepared | None
    problem: AnalysisFailedError | None = None


def next_analysis(context: JobContext) -> AnalysisStep | None:
    """Read back the oldest capture not analysed yet (decrypting is quick; the decoding happens on a side thread, in
    the sandbox); None when every capture is analysed."""
    store = context.need_store()
    waiting = runner.waiting(store)
    if not waiting:
        return None
    try:
        return AnalysisStep(waiting[0], runner.prepare(store, waiting[0]))
    except AnalysisFailedError as exc:
        return AnalysisStep(waiting[0], None, exc)


def record_analysis(capture_id: int, found: Description | AnalysisFailedError) -> Job:
    """Keep what the sandbox found for one capture (its thumbnail for the grid, or the reason it failed)."""

    def job(context: JobContext) -> int:
        runner.record(context.need_store(), capture_id, found, runner.analyser_version())
        return capture_id

    return job


def hash_one_photo(context: JobContext) -> bool:
    """One small piece of after-import work before OCR: the perceptual hash of a photo, or the NFIQ 2 score of a
    fingerprint imported as a plain file; True if there was one."""
    from fieldkit.biometrics import prints  # lazy: the fingerprint libraries cost ~30 ms at start-up

    store = context.need_store()
    if similar.hash_pending_one(store):
        return True
    unscored = prints.unscored(store)
    if unscored:
        prints.score(store, unscored[0])
    return bool(unscored)


@dataclass(frozen=True)
class OcrStep:
    capture_id: int
    languages: str
    page: OcrPage | None  # None: the page could not be rendered (recorded as an OCR failure)
    rotations: tuple[int, ...]  # the page view's rotations the page was rendered with


def _rotations(store: Store, capture_id: int, count: int) -> tuple[int, ...]:
    turned = {page.source: page.rotation for page in view_of(store, capture_id, count)}
    return tuple(turned[n] for n in range(1, count + 1))


def ocr_page(capture_id: int | None, index: int) -> Job:
    """Ready one page to be read (its text layer taken in the sandbox; rendering and OCR happen on a side thread):
    page ``index`` of ``capture_id``, or the first page of the next document waiting. None when no document waits
    (or Tesseract with its languages is not installed)."""

    def job(context: JobContext) -> OcrStep | None:
        store = context.need_store()
        target = capture_id
        if target is None:
            if not ocr.tesseract_available():
                return None
            pending = ocr.pending_documents(store)
            if not pending:
                return None
            target = pending[0]
        try:
            page = ocr.page_for_ocr(store, target, index)
        except AnalysisFailedError as exc:  # the page does not render (refused, crashed, out of memory or time)
            ocr.record_failure(store, target, f"page {index + 1} could not be rendered: {exc.message}")
            return OcrStep(target, ocr.DEFAULT_LANGUAGES, None, ())
        except InputError as exc:
            ocr.record_failure(store, target, exc.message)
            return OcrStep(target, ocr.DEFAULT_LANGUAGES, None, ())
        return OcrStep(target, ocr.DEFAULT_LANGUAGES, page, _rotations(store, target, page.count))

    return job


def ocr_failed(capture_id: int, reason: str) -> Job:
    def job(context: JobContext) -> None:
        ocr.record_failure(context.need_store(), capture_id, reason)

    return job


def save_ocr(capture_id: int, texts: list[PageText], languages: str, rotations: tuple[int, ...]) -> Job:
    """Save a document's text (and the turns orientation detection found, as its page view), unless its pages were
    turned while it was being read (then it is read again)."""

    def job(context: JobContext) -> bool:
        store = context.need_store()
        if _rotations(store, capture_id, len(texts)) != rotations:
            return False
        ocr.save_texts(store, capture_id, texts, languages)
        return True

    return job


def search_items(query: str) -> Job:
    """Items whose documents' text matches the query."""

    def job(context: JobContext) -> set[int]:
        return {hit.item_id for hit in ocr.search(context.need_store(), query)}

    return job
