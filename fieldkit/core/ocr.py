"""OCR of document captures with Tesseract (offline), text kept in the encrypted store and indexed for search.

Pages are rendered in memory (PDF with pdfium, TIFF frame by frame, images as they are) and handed to the
`tesseract` program through a pipe: no page image or text ever touches the disk. OMP_THREAD_LIMIT=1 keeps
Debian's OpenMP build from spending 12 s a page fighting over two cores (REFERENCE.md).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PIL import Image, ImageSequence

from fieldkit import media_types
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.core import pages
from fieldkit.core.pages import rotate, rotations_of
from fieldkit.core.textsearch import fts_query, index_text
from fieldkit.errors import CancelledError, FieldkitError, InputError, OcrUnavailableError
from fieldkit.store.store import Store

DEFAULT_LANGUAGES = "ara+eng+fra"
PDF_DPI = 300


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


def recognise(image: Image.Image, languages: str = DEFAULT_LANGUAGES) -> str:
    """Text of one page image. The image goes to tesseract on its standard input, the text comes back on stdout."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, "PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        # psm 4 (one column of text of variable sizes): mode 3 split a one-column page and lost lines (REFERENCE).
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", languages, "--psm", "4"],
                                input=buffer.getvalue(), capture_output=True, env=env,
                                timeout=DEFAULT_LIMITS.ocr_timeout_s)  # fmt: skip
    except FileNotFoundError:
        raise OcrUnavailableError("the tesseract program is not installed") from None
    except subprocess.TimeoutExpired:
        raise InputError("OCR of a page took too long") from None
    if result.returncode != 0:
        raise OcrUnavailableError(f"tesseract failed (exit {result.returncode}); are its language data installed?")
    return result.stdout.decode("utf-8", errors="replace").strip()


def pages_of(data: bytes, media_type: str) -> Iterator[Image.Image]:
    """Render each page of a document in memory."""
    if media_type == media_types.PDF:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            for index in range(min(len(document), DEFAULT_LIMITS.max_render_pages)):
                page = document[index]
                try:
                    yield page.render(scale=PDF_DPI / 72).to_pil()
                finally:
                    page.close()
        finally:
            document.close()
        return
    with Image.open(io.BytesIO(data)) as image:
        for number, frame in enumerate(ImageSequence.Iterator(image)):
            if number >= DEFAULT_LIMITS.max_render_pages:
                break
            yield frame.copy()


@dataclass(frozen=True)
class OcrPage:
    """One page of a document, rendered and turned as its page view says, ready for `recognise`."""

    capture_id: int
    index: int  # from 0, in the original's order
    count: int
    image: Image.Image


def page_for_ocr(store: Store, capture_id: int, index: int) -> OcrPage:
    """Render page ``index`` of a capture for OCR (in memory); InputError if it cannot be rendered."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    count = pages.page_count(data, capture.media_type)
    if not 0 <= index < count:
        raise InputError(f"the document has {count} pages; there is no page {index + 1}")
    rotation = {page.source: page.rotation for page in pages.view_of(store, capture_id, count)}[index + 1]
    try:
        image = pages.render_page(
            data, capture.media_type, pages.PageView(index + 1, rotation), DEFAULT_LIMITS.max_ocr_side_pixels
        )
    except Exception as exc:  # hostile or damaged page
        raise InputError(f"page {index + 1} could not be rendered ({type(exc).__name__})") from None
    return OcrPage(capture_id, index, count, image)


def pending_documents(store: Store) -> list[int]:
    """The document captures not read yet (nor failed), in capture order."""
    read = store.ocr_index.read_ids()
    return [capture_id for capture_id, _media_type in store.originals.of_kind("document") if capture_id not in read]


def ocr_capture(
    store: Store,
    capture_id: int,
    languages: str = DEFAULT_LANGUAGES,
    cancel: threading.Event | None = None,
) -> OcrResult:
    """Read every page of one capture; store the text (encrypted with the store) and index it."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    texts: list[str] = []
    try:
        # Pages are read in the original's order (text stays numbered by original page), turned as the view says.
        rotations = rotations_of(store, capture_id)
        for number, image in enumerate(pages_of(data, capture.media_type), 1):
            if cancel is not None and cancel.is_set():
                raise CancelledError("OCR was cancelled")
            texts.append(recognise(rotate(image, rotations.get(number, 0)), languages))
    except (OcrUnavailableError, CancelledError):
        raise
    except FieldkitError as exc:
        return record_failure(store, capture_id, exc.message)
    except Exception as exc:  # a page that cannot be rendered: recorded, the capture itself is untouched
        return record_failure(store, capture_id, f"a page could not be rendered ({type(exc).__name__})")
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
) -> list[OcrResult]:
    results = []
    for capture_id in pending_documents(store):
        if cancel is not None and cancel.is_set():
            break
        result = ocr_capture(store, capture_id, languages, cancel)
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
