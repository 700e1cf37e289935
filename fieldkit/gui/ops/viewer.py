"""Pages of a capture for the viewer, and the page view (order and rotation) it saves."""

from __future__ import annotations

import io
from dataclasses import dataclass

from fieldkit import media_types
from fieldkit.config import DEFAULT_LIMITS, Limits
from fieldkit.core import pages
from fieldkit.core.pages import PageView
from fieldkit.errors import InputError
from fieldkit.gui.ops import Job, JobContext


@dataclass(frozen=True)
class ViewerPage:
    count: int
    view: list[PageView]
    position: int  # index into view
    image: bytes | None  # the original itself for a one-page image, else a PNG render of the page (unrotated)
    note: str = ""  # why there is no image


def viewer_page(capture_id: int, position: int, limits: Limits = DEFAULT_LIMITS) -> Job:
    """One page of a capture for the viewer, as the page view orders it; rotation is applied by the viewer."""

    def job(context: JobContext) -> ViewerPage:
        store = context.need_store()
        capture = store.capture(capture_id)
        renderable = capture.media_type in media_types.PICTURES or capture.media_type == media_types.PDF
        if not renderable or capture.size > limits.max_view_source_bytes:
            return ViewerPage(1, [pages.PageView(1)], 0, None, "no-preview")
        data = b"".join(store.read_original(capture_id))
        try:
            count = pages.page_count(data, capture.media_type)
        except InputError:
            return ViewerPage(1, [pages.PageView(1)], 0, None, "unreadable")
        view = pages.view_of(store, capture_id, count)
        position_ = max(0, min(position, count - 1))
        if count == 1 and capture.media_type in media_types.PICTURES:
            return ViewerPage(count, view, 0, data)  # full resolution, decoded by Qt
        try:
            image = pages.render_page(data, capture.media_type, pages.PageView(view[position_].source))
        except Exception:  # a page that does not render: say so, the original is untouched
            return ViewerPage(count, view, position_, None, "unreadable")
        out = io.BytesIO()
        image.save(out, "PNG", compress_level=1)
        return ViewerPage(count, view, position_, out.getvalue())

    return job


def save_page_view(capture_id: int, view: list[PageView]) -> Job:
    def job(context: JobContext) -> list[PageView]:
        return pages.set_view(context.need_store(), capture_id, view)

    return job
