"""Page order and rotation of a capture, kept as a view over the untouched original; pages rendered in the sandbox.

A scanned ledger comes out of a feeder upside down or in the wrong order; an analyst must be able to read it the
right way round without anyone touching the evidence. The view is a list of (original page, clockwise rotation) in
reading order, stored in the encrypted database; the original's bytes and SHA-256 never change. Every change is
custody-logged with the view before and after, and a rotation re-queues OCR so the text is read the right way up.

Counting and rendering pages decodes outside bytes, so both run in the analysis sandbox
(fieldkit.analysis.render): a page comes back as a PNG no larger than the side asked for, and a failure (a
decoder that refuses, crashes, runs out of memory or time) raises the sandbox's AnalysisFailedError with the
reason, for the caller to show ("no preview", "OCR failed: ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from fieldkit import media_types
from fieldkit.analysis import render as ops
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits
from fieldkit.core.thumbnails import checked_picture
from fieldkit.errors import AnalysisFailedError, InvalidValueError
from fieldkit.sandbox import pool
from fieldkit.store.store import Store

ROTATIONS = (0, 90, 180, 270)
PDF_DPI = 300  # pages are rendered at this resolution unless that makes them larger than the side asked for
# Media types whose pages fieldkit renders (for the page view and OCR); text, office files and e-mail get their
# text from analysis instead.
PAGED: frozenset[str] = media_types.PICTURES | ops.HEIF_TYPES | {media_types.PDF}


@dataclass(frozen=True)
class PageView:
    source: int  # page number in the original, from 1
    rotation: int = 0  # degrees clockwise, one of ROTATIONS

    def to_json(self) -> list[int]:
        return [self.source, self.rotation]


@dataclass(frozen=True)
class RenderedPages:
    count: int  # pages the original has
    images: list[bytes]  # a PNG per page asked for, turned as its view says
    damaged: str | None = None  # partial renders: the picture is damaged and shown as far as it decodes


def paged(media_type: str) -> bool:
    """Whether captures of this media type have pages fieldkit renders (pictures and PDF)."""
    return media_type in PAGED


def page_count(data: bytes, media_type: str, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> int:
    """How many pages the original has (1 for a still image), counted in the sandbox; AnalysisFailedError with the
    reason when they cannot be counted."""
    if not paged(media_type):
        raise AnalysisFailedError("fieldkit shows no pages of this kind of file", reason="unsupported")
    answer = pool.run(ops.PAGE_COUNT, data, limits=limits, media_type=media_type,
                      max_pages=DEFAULT_LIMITS.max_render_pages)  # fmt: skip
    if not isinstance(answer, int) or not 1 <= answer <= DEFAULT_LIMITS.max_render_pages:
        raise AnalysisFailedError("the sandbox answered with an impossible page count", reason="bad-answer")
    return answer


def render_pages(data: bytes, media_type: str, views: Sequence[PageView], max_side: int, *, grey: bool = False,
                 dpi: int = PDF_DPI, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
                 partial: bool = False) -> RenderedPages:  # fmt: skip
    """Pages of the original rendered in the sandbox (PDF at ``dpi``), each turned as its view says and no larger
    than ``max_side``, with the original's page count. ``partial`` (for the viewer only, never for OCR): a damaged
    picture is rendered as far as it decodes, and ``damaged`` says so."""
    if not paged(media_type):
        raise AnalysisFailedError("fieldkit shows no pages of this kind of file", reason="unsupported")
    answer = pool.run(ops.PAGES, data, limits=limits, media_type=media_type, views=[v.to_json() for v in views],
                      side=max_side, dpi=dpi, grey=grey, max_pages=DEFAULT_LIMITS.max_render_pages,
                      max_pixels=DEFAULT_LIMITS.max_image_pixels, partial=partial)  # fmt: skip
    count = answer.get("count") if isinstance(answer, dict) else None
    images = answer.get("images") if isinstance(answer, dict) else None
    if not isinstance(count, int) or not isinstance(images, list) or len(images) != len(views):
        raise AnalysisFailedError("the sandbox answered with something that is not the pages asked for",
                                  reason="bad-answer")  # fmt: skip
    damaged = answer.get("damaged") if isinstance(answer, dict) else None
    return RenderedPages(count, [checked_picture(image, max_side) for image in images],
                         damaged[:200] if isinstance(damaged, str) else None)  # fmt: skip


def render_page(data: bytes, media_type: str, page: PageView, max_side: int | None = None, *, grey: bool = False,
                limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> bytes:  # fmt: skip
    """One page of the original as a PNG, rendered in the sandbox, rotated as the view says, no larger than
    ``max_side`` (the viewer's ``AnalysisLimits.view_side`` unless given)."""
    side = limits.view_side if max_side is None else max_side
    return render_pages(data, media_type, [page], side, grey=grey, limits=limits).images[0]


def stored_view(store: Store, capture_id: int) -> list[PageView] | None:
    """The view someone set, or None when the pages are shown in the original order without rotation."""
    stored = store.page_views.get(capture_id)
    return [PageView(source, rotation) for source, rotation in stored] if stored is not None else None


def view_of(store: Store, capture_id: int, count: int | None = None) -> list[PageView]:
    """The pages in reading order; the original order and no rotation unless someone changed the view."""
    stored = stored_view(store, capture_id)
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


def set_view(store: Store, capture_id: int, view: list[PageView], count: int | None = None,
             reason: str | None = None) -> list[PageView]:  # fmt: skip
    """Record a new view (validated against the original's page count), custody-logged (with ``reason`` when
    fieldkit, not a person, decided it: "orientation detected"); the original is untouched.

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
        details: dict[str, object] = {"sha256": capture.sha256, "before": [p.to_json() for p in old],
                                      "after": [p.to_json() for p in new]}  # fmt: skip
        if reason:
            details["reason"] = reason
        store.log("capture.pages", f"capture:{capture.uuid}", details)
    return new


def arranged(store: Store, capture_id: int) -> bool:
    """Whether someone (or orientation detection) has ever set this capture's page view: then fieldkit never turns
    its pages by itself again, even after a person put them back as they were."""
    if store.page_views.get(capture_id) is not None:
        return True
    subject = f"capture:{store.capture(capture_id).uuid}"
    return any(event.action == "capture.pages" for event in store.custody.events(subject))


def rotations_of(store: Store, capture_id: int) -> dict[int, int]:
    """Clockwise degrees per original page that the view turns (pages not listed are not turned)."""
    return {page.source: page.rotation for page in stored_view(store, capture_id) or [] if page.rotation}


def stored_views(store: Store, capture_id: int) -> list[list[int]] | None:
    """The view as JSON for bundles: None when it is the original order without rotation."""
    stored = stored_view(store, capture_id)
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
