"""Pages of a capture for the viewer, and the page view (order and rotation) it saves.

Every picture the viewer shows is a PNG rendered in the analysis sandbox (fieldkit.core.pages), no larger than
``AnalysisLimits.view_side``: the window decodes that PNG, never the original. A page that does not render comes
back with the sandbox's reason, which the viewer shows on its "cannot be displayed" card.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits, Limits
from fieldkit.core import pages
from fieldkit.core.pages import PageView
from fieldkit.errors import AnalysisFailedError, InputError
from fieldkit.gui.ops import Job, JobContext
from fieldkit.models import Capture


@dataclass(frozen=True)
class ViewerPage:
    count: int
    view: list[PageView]
    position: int  # index into view
    image: bytes | None  # a PNG of the page (unrotated) that the sandbox rendered; None: see note and reason
    note: str = ""  # why there is no image: "no-preview" (not a kind with pages) or "unreadable"
    reason: str = ""  # for "unreadable": what the sandbox said ("the decoder crashed (SIGSEGV)", ...)
    capture: Capture | None = None  # the capture as the store has it now (analysis may have finished meanwhile)


def viewer_page(capture_id: int, position: int, limits: Limits = DEFAULT_LIMITS,
                analysis_limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Job:  # fmt: skip
    """One page of a capture for the viewer, as the page view orders it; rotation is applied by the viewer."""

    def job(context: JobContext) -> ViewerPage:
        store = context.need_store()
        capture = store.capture(capture_id)
        if not pages.paged(capture.media_type) or capture.size > limits.max_view_source_bytes:
            return ViewerPage(1, [PageView(1)], 0, None, "no-preview", capture=capture)
        data = b"".join(store.read_original(capture_id))
        stored = pages.stored_view(store, capture_id)
        position_ = max(0, min(position, len(stored) - 1)) if stored else max(0, position)
        source = stored[position_].source if stored else position_ + 1
        try:
            rendered = pages.render_pages(data, capture.media_type, [PageView(source)], analysis_limits.view_side,
                                          limits=analysis_limits)  # fmt: skip
        except (AnalysisFailedError, InputError) as exc:  # the original is untouched; say why it is not shown
            known = stored or [PageView(1)]
            return ViewerPage(len(known), known, min(position_, len(known) - 1), None, "unreadable", exc.message,
                              capture)  # fmt: skip
        view = stored or [PageView(n) for n in range(1, rendered.count + 1)]
        return ViewerPage(rendered.count, view, position_, rendered.images[0], capture=capture)

    return job


def save_page_view(capture_id: int, view: list[PageView]) -> Job:
    def job(context: JobContext) -> list[PageView]:
        return pages.set_view(context.need_store(), capture_id, view)

    return job
