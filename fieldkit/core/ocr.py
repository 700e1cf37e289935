"""The text of document captures: a PDF page's own text layer, or OCR with Tesseract (offline), kept in the encrypted
store and indexed for search, each page saying where its text came from ("text layer" or "ocr").

A PDF page whose text layer holds text (Limits.min_text_layer_chars) is taken as it is, read in the sandbox
(fieldkit.analysis.formats.pdf.page_text: right-to-left lines put back in logical order): exact, every digit as
written, and no OCR time. The other pages (scans, photos, pages that are only an image) are OCR'd. Before OCR, a
page of a document nobody has arranged (pages.arranged: no page view was ever set) is checked for orientation
with Tesseract's OSD; when it is confident (Limits.min_orientation_confidence) the turn is recorded as a page view
(custody-logged ``capture.pages``, reason "orientation detected"; the original untouched) and the turned page is
read. A page that yields no text is reported (``OcrResult.empty_pages``, shown by ``fieldkit ocr`` and the window).
Debian's ``ara`` misreads most Arabic-Indic digits on scans (٢٠٠٥ as ``٠0``); when OCR is asked for ``ara`` and the
Arabic script model (``Arabic``, tesseract-ocr-script-arab) is installed, an Arabic page with numbers is read a
second time by that model and the numbers only it found are appended to the page's text on one line that starts
with NUMBERS_MARK (the first reading's text stays as it was: the script model reads letters and Latin words worse).

Pages are rendered in the analysis sandbox (fieldkit.core.pages: PDF with pdfium, TIFF frame by frame, pictures
as they are), one page per request, and come back as grey PNGs that fieldkit encoded; each goes to the
`tesseract` program through a pipe: no page image or text ever touches the disk. A page that cannot be rendered (a
decoder that refuses, crashes, runs out of memory or time) marks that capture's OCR failed with the reason and the
run goes on with the next document: a hostile PDF costs one sandbox child, never the run. Documents without pages
(text, office files, e-mail) are not OCR'd: their text comes from analysis. OMP_THREAD_LIMIT=1 keeps Debian's
OpenMP build from spending 12 s a page fighting over two cores (REFERENCE.md).
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image

from fieldkit import media_types
from fieldkit._internal.textsearch import fts_query, index_text, normalize
from fieldkit.analysis import render as ops
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits
from fieldkit.core import pages
from fieldkit.core.pages import PageView, rotations_of
from fieldkit.errors import AnalysisFailedError, CancelledError, FieldkitError, InputError, OcrUnavailableError
from fieldkit.sandbox import pool
from fieldkit.store.store import Store

DEFAULT_LANGUAGES = "ara+eng+fra"
# Debian's Arabic *script* model (tesseract-ocr-script-arab): reads Arabic-Indic digits far better than ``ara``
# (docs/benchmarks.md, issue 14) but a few letters and every Latin word worse, so it reads an Arabic page's numbers
# a second time instead of replacing ``ara``.
NUMBERS_LANGUAGE = "Arabic"
# One uniform block (psm 6) and no ASCII digits (the first reading has those): 14 of 22 numbers on the test scan,
# against 11 read like the first reading (psm 4) and 2 by ``ara`` (docs/benchmarks.md).
NUMBERS_OPTIONS = ("--psm", "6", "-c", "tessedit_char_blacklist=0123456789")
NUMBERS_MARK = "[#]"  # starts the line of numbers only the second reading found, appended to a page's text
TEXT_LAYER = "text layer"  # where a page's text came from: the PDF's own text layer
OCR = "ocr"  # ... or Tesseract
ORIENTATION_DETECTED = "orientation detected"  # the reason of a page view fieldkit set itself
NO_TEXT = "no text found on this page (blank, too faint, handwriting or a picture): check it by eye"


@dataclass(frozen=True)
class PageText:
    """What one page of the original says, and where that came from."""

    page: int  # in the original, from 1
    text: str
    source: str = OCR  # TEXT_LAYER or OCR
    turned: int = 0  # clockwise degrees orientation detection turned the page by (a page view, set on save)
    orientation_confidence: float | None = None  # Tesseract OSD's, when it was asked
    numbers_read_again: bool = False  # the Arabic script model read its numbers a second time (NUMBERS_MARK)

    @property
    def empty(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class OcrResult:
    capture_id: int
    pages: int
    characters: int
    error: str | None = None
    text_layer_pages: int = 0  # pages whose text is the PDF's own text layer (the others were OCR'd)
    empty_pages: tuple[int, ...] = ()  # pages (original numbers) that yielded no text: each gets a warning
    turned: tuple[tuple[int, int], ...] = ()  # (page, clockwise degrees) turned by orientation detection

    @property
    def warnings(self) -> list[str]:
        return [f"page {page}: {NO_TEXT}" for page in self.empty_pages]

    def to_json(self) -> dict[str, object]:
        return {"capture_id": self.capture_id, "pages": self.pages, "characters": self.characters,
                "error": self.error, "text_layer_pages": self.text_layer_pages, "ocr_pages":
                self.pages - self.text_layer_pages if self.error is None else 0,
                "empty_pages": list(self.empty_pages),
                "turned": [{"page": page, "degrees": degrees} for page, degrees in self.turned],
                "warnings": self.warnings}  # fmt: skip


def tesseract_available(languages: str = DEFAULT_LANGUAGES) -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    installed = set(listed.split())
    return all(lang in installed for lang in languages.split("+"))


@functools.cache
def orientation_available() -> bool:
    """Whether Tesseract's orientation data (``osd``, Debian's tesseract-ocr-osd) is installed; without it pages
    are read as they stand and ``fieldkit ocr`` says so."""
    return tesseract_available("osd")


@functools.cache
def numbers_reading_available() -> bool:
    """Whether the Arabic script model is installed (Debian's tesseract-ocr-script-arab); without it the numbers
    of Arabic pages are read by ``ara`` alone and ``fieldkit ocr`` says so."""
    return tesseract_available(NUMBERS_LANGUAGE)


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_DIGIT = re.compile(r"\d")


def reads_numbers_again(languages: str, text: str) -> bool:
    """Whether a page OCR read as ``text`` with ``languages`` gets its numbers read a second time by the Arabic
    script model: the languages hold ``ara`` (and not that model already), the page has Arabic letters and
    something that looks like a number, and the model is installed."""
    asked = languages.split("+")
    return ("ara" in asked and NUMBERS_LANGUAGE not in asked and bool(_ARABIC_LETTER.search(text))
            and bool(_DIGIT.search(text)) and numbers_reading_available())  # fmt: skip


def numbers_missing(text: str, again: str) -> list[str]:
    """The numbers (as written) of the second reading ``again`` that the first reading ``text`` does not hold once
    digits are folded, each once, in reading order."""
    have = set(re.findall(r"\w+", index_text(text)))
    missing: list[str] = []
    for word in re.findall(r"\w+", again):
        folded = normalize(word)
        if folded.isascii() and folded.isdigit() and folded not in have and word not in missing:
            missing.append(word)
    return missing


def recognise(image: bytes | Image.Image, languages: str = DEFAULT_LANGUAGES,
              options: Sequence[str] = ("--psm", "4")) -> str:  # fmt: skip
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
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", languages, *options],
                                input=page_png, capture_output=True, env=env,
                                timeout=DEFAULT_LIMITS.ocr_timeout_s)  # fmt: skip
    except FileNotFoundError:
        raise OcrUnavailableError("the tesseract program is not installed") from None
    except subprocess.TimeoutExpired:
        raise InputError("OCR of a page took too long") from None
    if result.returncode != 0:
        raise OcrUnavailableError(f"tesseract failed (exit {result.returncode}); are its language data installed?")
    return result.stdout.decode("utf-8", errors="replace").strip()


def detect_orientation(image: bytes) -> tuple[int, float] | None:
    """Tesseract's orientation and script detection (OSD, ``--psm 0``) on a grey page PNG: (clockwise degrees to turn
    the page by so its text stands upright, confidence), or None when it cannot tell (too few characters: a blank
    page, a photo, a picture)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "osd", "--psm", "0"], input=image,
                                capture_output=True, env=env, timeout=DEFAULT_LIMITS.ocr_timeout_s)  # fmt: skip
    except FileNotFoundError:
        raise OcrUnavailableError("the tesseract program is not installed") from None
    except subprocess.TimeoutExpired:
        raise InputError("orientation detection of a page took too long") from None
    found: dict[str, str] = {}
    for line in result.stdout.decode("utf-8", errors="replace").splitlines():
        key, _, value = line.partition(":")
        found[key.strip()] = value.strip()
    if result.returncode != 0 or "Rotate" not in found:
        return None  # "Too few characters. Skipping this page"
    try:
        degrees, confidence = int(found["Rotate"]) % 360, float(found.get("Orientation confidence", "0"))
    except ValueError:
        return None
    return (degrees, confidence) if degrees in pages.ROTATIONS else None


def text_layers(data: bytes, media_type: str, numbers: list[int],
                limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> list[str]:  # fmt: skip
    """The text layer of each page asked for (original numbers from 1), read in the sandbox; "" for a page without
    one and for every page of a file that is not a PDF."""
    if media_type != media_types.PDF:
        return ["" for _number in numbers]
    answer = pool.run(ops.TEXT_LAYERS, data, limits=limits, media_type=media_type, numbers=numbers,
                      max_pages=DEFAULT_LIMITS.max_render_pages, max_chars=limits.max_text_chars)  # fmt: skip
    if not isinstance(answer, list) or len(answer) != len(numbers) or not all(isinstance(t, str) for t in answer):
        raise AnalysisFailedError("the sandbox answered with something that is not the pages' text",
                                  reason="bad-answer")  # fmt: skip
    return answer


def has_text_layer(text: str) -> bool:
    """Whether a page's own text layer is its text: enough letters and digits (Limits.min_text_layer_chars)."""
    return sum(1 for char in text if char.isalnum()) >= DEFAULT_LIMITS.min_text_layer_chars


def read_page(data: bytes, media_type: str, number: int, rotation: int, *, text_layer: str = "",
              languages: str = DEFAULT_LANGUAGES, orient: bool = False,
              limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> PageText:  # fmt: skip
    """The text of page ``number`` of an original: its ``text_layer`` when it has one, else OCR of the page rendered
    in the sandbox and turned by ``rotation``; ``orient``: first ask OSD how the page stands and, when it is
    confident, read it turned (``turned`` says by how much, for the caller to record as a page view). Any thread:
    touches no database. Raises AnalysisFailedError (the page does not render) and OcrUnavailableError."""
    if has_text_layer(text_layer):
        return PageText(number, text_layer.strip(), TEXT_LAYER)
    image = render_for_ocr(data, media_type, PageView(number, rotation), limits)
    turned, confidence = 0, None
    if orient and orientation_available():
        found = detect_orientation(image)
        if found is not None:
            confidence = found[1]
            if found[0] and confidence >= DEFAULT_LIMITS.min_orientation_confidence:
                turned = found[0]
                image = render_for_ocr(data, media_type, PageView(number, (rotation + turned) % 360), limits)
    text = recognise(image, languages)
    again = reads_numbers_again(languages, text)
    if again:  # numbers only the second reading found go on a line of their own, after the first reading's text
        missing = numbers_missing(text, recognise(image, NUMBERS_LANGUAGE, NUMBERS_OPTIONS))
        if missing:
            text = f"{text}\n{NUMBERS_MARK} {' '.join(missing)}"
    return PageText(number, text, OCR, turned, confidence, again)


def render_for_ocr(data: bytes, media_type: str, page: PageView,
                   limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> bytes:  # fmt: skip
    """One page as a grey PNG for Tesseract, rendered in the sandbox at 300 dpi (larger paper scaled to fit
    ``Limits.max_ocr_side_pixels``) and turned as the view says."""
    return pages.render_page(data, media_type, page, DEFAULT_LIMITS.max_ocr_side_pixels, grey=True, limits=limits)


@dataclass(frozen=True)
class OcrPage:
    """One page of a document to read (``read``, on any thread): the original's bytes, the page and how its view
    turns it, its text layer, and whether orientation detection may turn it."""

    capture_id: int
    index: int  # from 0, in the original's order
    count: int
    data: bytes  # the original, decrypted (kept in memory only)
    media_type: str
    rotation: int  # clockwise degrees its page view turns it by
    text_layer: str  # "" when it has none
    orient: bool  # nobody has arranged this document's pages: OSD may turn them

    def read(self, languages: str = DEFAULT_LANGUAGES, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> PageText:
        return read_page(self.data, self.media_type, self.index + 1, self.rotation, text_layer=self.text_layer,
                         languages=languages, orient=self.orient, limits=limits)  # fmt: skip


def page_for_ocr(store: Store, capture_id: int, index: int,
                 limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> OcrPage:  # fmt: skip
    """Page ``index`` of a capture, ready to be read (its text layer taken in the sandbox); AnalysisFailedError
    with the reason if the pages cannot be counted, InputError if there is no such page."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    count = pages.page_count(data, capture.media_type, limits)
    if not 0 <= index < count:
        raise InputError(f"the document has {count} pages; there is no page {index + 1}")
    rotation = rotations_of(store, capture_id).get(index + 1, 0)
    layer = text_layers(data, capture.media_type, [index + 1], limits)[0]
    return OcrPage(capture_id, index, count, data, capture.media_type, rotation, layer,
                   not pages.arranged(store, capture_id))  # fmt: skip


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
    """Read every page of one capture (its text layer, or OCR); store the text (encrypted with the store) and index
    it. A page that cannot be rendered or read is recorded as this capture's OCR failure, with the reason."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    texts: list[PageText] = []
    # Pages are read in the original's order (text stays numbered by original page), turned as the view says.
    rotations = rotations_of(store, capture_id)
    orient = not pages.arranged(store, capture_id)
    try:
        count = pages.page_count(data, capture.media_type, limits)
    except AnalysisFailedError as exc:
        return record_failure(store, capture_id, f"the pages cannot be counted: {exc.message}")
    try:  # every page's text layer in one sandbox call; if that fails, page by page, to name the page that fails
        layers: list[str] | None = text_layers(data, capture.media_type, list(range(1, count + 1)), limits)
    except AnalysisFailedError as exc:
        if count == 1:
            return record_failure(store, capture_id, f"page 1 could not be rendered: {exc.message}")
        layers = None
    for number in range(1, count + 1):
        if cancel is not None and cancel.is_set():
            raise CancelledError("OCR was cancelled")
        try:
            layer = layers[number - 1] if layers is not None else text_layers(data, capture.media_type, [number],
                                                                              limits)[0]  # fmt: skip
            texts.append(read_page(data, capture.media_type, number, rotations.get(number, 0),
                                   text_layer=layer, languages=languages, orient=orient,
                                   limits=limits))  # fmt: skip
        except OcrUnavailableError:
            raise
        except AnalysisFailedError as exc:
            return record_failure(store, capture_id, f"page {number} could not be rendered: {exc.message}")
        except FieldkitError as exc:
            return record_failure(store, capture_id, f"page {number}: {exc.message}")
    return save_texts(store, capture_id, texts, languages)


def save_texts(store: Store, capture_id: int, texts: Sequence[PageText | str],
               languages: str = DEFAULT_LANGUAGES) -> OcrResult:  # fmt: skip
    """Store the text of every page of one capture (encrypted with the store), index it and mark it done, in one
    transaction with the page view of the pages orientation detection turned (custody-logged ``capture.pages``,
    reason "orientation detected"). A plain string is a page OCR read."""
    read = [t if isinstance(t, PageText) else PageText(n, t) for n, t in enumerate(texts, 1)]
    capture = store.capture(capture_id)
    turned = {page.page: page.turned for page in read if page.turned}
    characters = sum(len(page.text) for page in read)
    with store.write():
        if turned:
            current = pages.view_of(store, capture_id, len(read))
            rotations = {view.source: (view.rotation + turned.get(view.source, 0)) % 360 for view in current}
            view = pages.build_view(len(read), rotations=rotations, base=current)
            pages.set_view(store, capture_id, view, len(read), reason=ORIENTATION_DETECTED)
        store.ocr_index.save(capture_id, [(page.text, index_text(page.text), page.source) for page in read],
                             languages)  # fmt: skip
        details: dict[str, object] = {
            "pages": len(read),
            "languages": languages,
            "characters": characters,
            "text_layer_pages": sum(1 for page in read if page.source == TEXT_LAYER),
        }
        again = [page.page for page in read if page.numbers_read_again]
        if again:
            details["numbers_read_again"] = {"languages": NUMBERS_LANGUAGE, "pages": again}
        empty = [page.page for page in read if page.empty]
        if empty:
            details["empty_pages"] = empty
        store.log("capture.ocr", f"capture:{capture.uuid}", details)  # fmt: skip
    return OcrResult(capture_id, len(read), characters, None, sum(1 for page in read if page.source == TEXT_LAYER),
                     tuple(empty), tuple(sorted(turned.items())))  # fmt: skip


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
    """Each page's text, the languages OCR was asked for and where the text came from ("ocr", "text layer", or
    "extracted" for the text analysis took out of a text, office or e-mail file)."""
    return [{"page": page, "text": text, "languages": languages, "source": source}
            for page, text, languages, source in store.ocr_index.page_texts(capture_id)]  # fmt: skip


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
