"""OCR of document captures with Tesseract (offline), text kept in the encrypted store and indexed for search.

Pages are rendered in the analysis sandbox (fieldkit.core.pages: PDF with pdfium, TIFF frame by frame, pictures
as they are), one page per request, and come back as grey PNGs that fieldkit encoded; each goes to the
`tesseract` program through a pipe: no page image or text ever touches the disk. A page that cannot be rendered (a
decoder that refuses, crashes, runs out of memory or time) marks that capture's OCR failed with the reason and the
run goes on with the next document: a hostile PDF costs one sandbox child, never the run. Documents without pages
(text, office files, e-mail) are not OCR'd: their text comes from analysis. OMP_THREAD_LIMIT=1 keeps Debian's
OpenMP build from spending 12 s a page fighting over two cores (REFERENCE.md).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from fieldkit._internal.textsearch import fts_query, index_text
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits
from fieldkit.core import pages
from fieldkit.core.pages import PageView, rotations_of
from fieldkit.errors import AnalysisFailedError, CancelledError, FieldkitError, InputError, OcrUnavailableError
from fieldkit.store.store import Store

DEFAULT_LANGUAGES = "ara+eng+fra"


@dataclass(frozen=True)
class OcrResult:
    capture_id: int
    pages: int
    characters: int
    error: str | None = None


def tesseract_available(languages: str = DEFAULT_LANGUAGES) -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    installed = set(listed.split())
    return all(lang in installed for lang in languages.split("+"))


def recognise(image: bytes | Image.Image, languages: str = DEFAULT_LANGUAGES) -> str:
    """Text of one page: a PNG rendered by the sandbox (or an image fieldkit made), handed to tesseract on its
    standard input; the text comes back on stdout."""
    if isinstance(image, bytes):
        page_png = image
    else:
        buffer = io.BytesIO()
        image.convert("L").save(buffer, "PNG")
        page_png = buffer.getvalue()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        # psm 4 (one column of text of variable sizes): mode 3 split a one-column page and lost lines (REFERENCE).
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", languages, "--psm", "4"],
                                input=page_png, capture_output=True, env=env,
                                timeout=DEFAULT_LIMITS.ocr_timeout_s)  # fmt: skip
    except FileNotFoundError:
        raise OcrUnavailableError("the tesseract program is not installed") from None
    except subprocess.TimeoutExpired:
        raise InputError("OCR of a page took too long") from None
    if result.returncode != 0:
        raise OcrUnavailableError(f"tesseract failed (exit {result.returncode}); are its language data installed?")
    return result.stdout.decode("utf-8", errors="replace").strip()


def render_for_ocr(data: bytes, media_type: str, page: PageView,
                   limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> bytes:  # fmt: skip
    """One page as a grey PNG for Tesseract, rendered in the sandbox at 300 dpi (larger paper scaled to fit
    ``Limits.max_ocr_side_pixels``) and turned as the view says."""
    return pages.render_page(data, media_type, page, DEFAULT_LIMITS.max_ocr_side_pixels, grey=True, limits=limits)


@dataclass(frozen=True)
class OcrPage:
    """One page of a document, rendered in the sandbox and turned as its page view says, ready for `recognise`."""

    capture_id: int
    index: int  # from 0, in the original's order
    count: int
    image: bytes  # a grey PNG the sandbox rendered


def page_for_ocr(store: Store, capture_id: int, index: int,
                 limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> OcrPage:  # fmt: skip
    """Render page ``index`` of a capture for OCR (in the sandbox); AnalysisFailedError with the reason if it cannot
    be rendered, InputError if there is no such page."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    count = pages.page_count(data, capture.media_type, limits)
    if not 0 <= index < count:
        raise InputError(f"the document has {count} pages; there is no page {index + 1}")
    rotation = {page.source: page.rotation for page in pages.view_of(store, capture_id, count)}[index + 1]
    image = render_for_ocr(data, capture.media_type, PageView(index + 1, rotation), limits)
    return OcrPage(capture_id, index, count, image)


def pending_documents(store: Store) -> list[int]:
    """The document captures with pages (PDF, scans, pictures) not read yet (nor failed), in capture order."""
    read = store.ocr_index.read_ids()
    return [capture_id for capture_id, media_type in store.originals.of_kind("document")
            if capture_id not in read and pages.paged(media_type)]  # fmt: skip


def ocr_capture(
    store: Store,
    capture_id: int,
    languages: str = DEFAULT_LANGUAGES,
    cancel: threading.Event | None = None,
    limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
) -> OcrResult:
    """Read every page of one capture; store the text (encrypted with the store) and index it. A page that cannot
    be rendered or read is recorded as this capture's OCR failure, with the reason."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    texts: list[str] = []
    # Pages are read in the original's order (text stays numbered by original page), turned as the view says.
    rotations = rotations_of(store, capture_id)
    try:
        count = pages.page_count(data, capture.media_type, limits)
    except AnalysisFailedError as exc:
        return record_failure(store, capture_id, f"the pages cannot be counted: {exc.message}")
    for number in range(1, count + 1):
        if cancel is not None and cancel.is_set():
            raise CancelledError("OCR was cancelled")
        try:
            image = render_for_ocr(data, capture.media_type, PageView(number, rotations.get(number, 0)), limits)
            texts.append(recognise(image, languages))
        except OcrUnavailableError:
            raise
        except AnalysisFailedError as exc:
            return record_failure(store, capture_id, f"page {number} could not be rendered: {exc.message}")
        except FieldkitError as exc:
            return record_failure(store, capture_id, f"page {number}: {exc.message}")
    return save_texts(store, capture_id, texts, languages)


def save_texts(store: Store, capture_id: int, texts: list[str], languages: str = DEFAULT_LANGUAGES) -> OcrResult:
    """Store the text of every page of one capture (encrypted with the store), index it and mark it done."""
    capture = store.capture(capture_id)
    with store.write():
        store.ocr_index.save(capture_id, [(text, index_text(text)) for text in texts], languages)
        store.log("capture.ocr", f"capture:{capture.uuid}",
                  {"pages": len(texts), "languages": languages, "characters": sum(len(t) for t in texts)})  # fmt: skip
    return OcrResult(capture_id, len(texts), sum(len(t) for t in texts))


def record_failure(store: Store, capture_id: int, reason: str) -> OcrResult:
    store.ocr_index.mark_failed(capture_id, reason)
    return OcrResult(capture_id, 0, 0, reason)


def ocr_pending(
    store: Store,
    languages: str = DEFAULT_LANGUAGES,
    progress: Callable[[OcrResult], None] | None = None,
    cancel: threading.Event | None = None,
    limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
) -> list[OcrResult]:
    """OCR every document waiting; one that fails is recorded with its reason and the others are still read."""
    results = []
    for capture_id in pending_documents(store):
        if cancel is not None and cancel.is_set():
            break
        result = ocr_capture(store, capture_id, languages, cancel, limits)
        results.append(result)
        if progress:
            progress(result)
    return results


def page_texts(store: Store, capture_id: int) -> list[dict[str, object]]:
    return [{"page": page, "text": text, "languages": languages}
            for page, text, languages in store.ocr_index.page_texts(capture_id)]  # fmt: skip


@dataclass(frozen=True)
class SearchHit:
    capture_id: int
    page: int
    case_name: str
    item_tag: str
    item_id: int
    original_name: str
    snippet: str


def search(store: Store, query: str, limit: int = 200) -> list[SearchHit]:
    """Captures whose OCR text holds every word of ``query`` (diacritics, letter variants and case ignored)."""
    match = fts_query(query)
    if not match:
        return []
    pages = store.ocr_index.search(match, limit)
    captures = store.originals.by_ids(capture_id for capture_id, _page, _snippet in pages)
    hits = []
    for capture_id, page, snippet in pages:
        capture = captures[capture_id]
        hits.append(SearchHit(capture_id, page, capture.case_name, capture.item_tag, capture.item_id,
                              capture.original_name, snippet))  # fmt: skip
    return hits
