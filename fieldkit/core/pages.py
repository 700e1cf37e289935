"""Page order and rotation of a capture, kept as a view over the untouched original.

A scanned ledger comes out of a feeder upside down or in the wrong order; an analyst must be able to read it the
right way round without anyone touching the evidence. The view is a list of (original page, clockwise rotation) in
reading order, stored in the encrypted database; the original's bytes and SHA-256 never change. Every change is
custody-logged with the view before and after, and a rotation re-queues OCR so the text is read the right way up.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PIL import Image, ImageSequence

from fieldkit import media_types
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import InputError, InvalidValueError
from fieldkit.store.store import Store

ROTATIONS = (0, 90, 180, 270)


@dataclass(frozen=True)
class PageView:
    source: int  # page number in the original, from 1
    rotation: int = 0  # degrees clockwise, one of ROTATIONS

    def to_json(self) -> list[int]:
        return [self.source, self.rotation]


def page_count(data: bytes, media_type: str) -> int:
    """How many pages the original has (1 for a still image)."""
    try:
        if media_type == media_types.PDF:
            import pypdfium2

            document = pypdfium2.PdfDocument(data)
            try:
                count = len(document)
            finally:
                document.close()
        else:
            with Image.open(io.BytesIO(data)) as image:
                count = int(getattr(image, "n_frames", 1))
    except Exception as exc:  # hostile or damaged bytes: the page view is unavailable, the original untouched
        raise InputError(f"the pages of this capture cannot be read ({type(exc).__name__})") from None
    if not 1 <= count <= DEFAULT_LIMITS.max_render_pages:
        raise InputError(f"this capture claims {count} pages; fieldkit shows at most {DEFAULT_LIMITS.max_render_pages}")
    return count


def render_page(data: bytes, media_type: str, page: PageView, max_side: int = 2400) -> Image.Image:
    """One page of the original, rendered in memory, rotated as the view says and no larger than ``max_side``."""
    if media_type == media_types.PDF:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            pdf_page = document[page.source - 1]
            try:
                width, height = pdf_page.get_size()
                image = pdf_page.render(scale=min(300 / 72, max_side / max(width, height, 1))).to_pil()
            finally:
                pdf_page.close()
        finally:
            document.close()
    else:
        with Image.open(io.BytesIO(data)) as opened:
            frame = next(f for n, f in enumerate(ImageSequence.Iterator(opened), 1) if n == page.source)
            frame.draft("RGB", (max_side, max_side))  # JPEG: decode at a reduced scale, not full size then shrink
            image = frame.convert("RGB") if frame.mode not in ("RGB", "L") else frame.copy()
        image.thumbnail((max_side, max_side))
    return rotate(image, page.rotation)


def rotate(image: Image.Image, degrees: int) -> Image.Image:
    if degrees % 360 == 0:
        return image
    # PIL rotates counter-clockwise; the view stores clockwise degrees as people say them.
    return image.rotate(-degrees, expand=True)


def _stored_view(store: Store, capture_id: int) -> list[PageView] | None:
    stored = store.page_views.get(capture_id)
    return [PageView(source, rotation) for source, rotation in stored] if stored is not None else None


def view_of(store: Store, capture_id: int, count: int | None = None) -> list[PageView]:
    """The pages in reading order; the original order and no rotation unless someone changed the view."""
    stored = _stored_view(store, capture_id)
    if stored is not None:
        return stored
    if count is None:
        capture = store.capture(capture_id)
        count = page_count(b"".join(store.read_original(capture_id)), capture.media_type)
    return [PageView(n) for n in range(1, count + 1)]


def validate(view: Iterable[PageView], count: int) -> list[PageView]:
    pages = list(view)
    sources = sorted(page.source for page in pages)
    if sources != list(range(1, count + 1)):
        raise InvalidValueError(
            f"the page order must name every page from 1 to {count} exactly once (no page of evidence is hidden)"
        )
    for page in pages:
        if page.rotation not in ROTATIONS:
            raise InvalidValueError(f"page {page.source}: rotation must be 0, 90, 180 or 270 degrees clockwise")
    return pages


def build_view(count: int, order: list[int] | None = None, rotations: Mapping[int, int] | None = None,
               base: list[PageView] | None = None) -> list[PageView]:  # fmt: skip
    """A view from an order of original page numbers and rotations per original page, starting from ``base``."""
    current = {page.source: page.rotation for page in (base or [PageView(n) for n in range(1, count + 1)])}
    base_order = [page.source for page in base] if base else list(range(1, count + 1))
    sources = order if order is not None else base_order
    for source, degrees in (rotations or {}).items():
        if source not in current:
            raise InvalidValueError(f"there is no page {source}; this capture has {count}")
        current[source] = degrees % 360
    return validate([PageView(source, current.get(source, 0)) for source in sources], count)


def set_view(store: Store, capture_id: int, view: list[PageView], count: int | None = None) -> list[PageView]:
    """Record a new view (validated against the original's page count), custody-logged; the original is untouched.

    A change of rotation drops the capture's OCR status so background OCR reads the pages again the right way up.
    """
    capture = store.capture(capture_id)
    if count is None:
        count = page_count(b"".join(store.read_original(capture_id)), capture.media_type)
    new = validate(view, count)
    old = view_of(store, capture_id, count)
    if new == old:
        return old
    identity = new == [PageView(n) for n in range(1, count + 1)]
    rotated = {p.source: p.rotation for p in new} != {p.source: p.rotation for p in old}
    with store.write():
        if identity:
            store.page_views.clear(capture_id)
        else:
            store.page_views.put(capture_id, [(p.source, p.rotation) for p in new])
        if rotated and capture.kind == "document":
            store.ocr_index.mark_stale(capture_id)
        store.log("capture.pages", f"capture:{capture.uuid}",
                  {"sha256": capture.sha256, "before": [p.to_json() for p in old],
                   "after": [p.to_json() for p in new]})  # fmt: skip
    return new


def rotations_of(store: Store, capture_id: int) -> dict[int, int]:
    """Clockwise degrees per original page that the view turns (pages not listed are not turned)."""
    return {page.source: page.rotation for page in _stored_view(store, capture_id) or [] if page.rotation}


def stored_views(store: Store, capture_id: int) -> list[list[int]] | None:
    """The view as JSON for bundles: None when it is the original order without rotation."""
    stored = _stored_view(store, capture_id)
    return [p.to_json() for p in stored] if stored is not None else None


def parse_order(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise InvalidValueError("--order takes page numbers separated by commas, e.g. 3,1,2") from None


def parse_rotation(text: str) -> tuple[int, int]:
    page, _, degrees = text.partition("=")
    try:
        return int(page), int(degrees)
    except ValueError:
        raise InvalidValueError("--rotate takes PAGE=DEGREES, e.g. 2=90 (clockwise)") from None
