"""What the viewer shows of a capture, read on the store thread: the capture as analysis left it, the text and
thumbnail analysis stored, where it was acquired, a page rendered in the sandbox, and segments of a recording
decoded in the sandbox for playback.

Every picture the viewer shows is a PNG or JPEG the sandbox made (fieldkit.core.pages for pages, no larger than
``AnalysisLimits.view_side``; fieldkit.analysis.playback for a recording's frames), checked here before the window
decodes it: the window never decodes an original. Text, member lists, records and tables come from what analysis
stored (store.analyses), never from reading the original here. A page that does not render comes back with the
sandbox's reason, which the viewer shows on its "cannot be displayed" card.

Playback holds the decrypted original in the window's memory while the viewer is open (never on disk), within
``Limits.max_view_source_bytes``, and hands it to a sandbox child for each segment (``media_segment``, called from a
side thread: it needs no store).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from fieldkit import media_types
from fieldkit.analysis import formats, playback
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits, Limits
from fieldkit.core import ocr, pages
from fieldkit.core.pages import PageView
from fieldkit.core.thumbnails import checked_picture
from fieldkit.errors import (
    AnalysisFailedError,
    CaptureBundledError,
    InputError,
    InvalidValueError,
    OversizedMediaError,
)
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.models import Acquisition, AcquisitionEntry, Capture, Flag, Item
from fieldkit.sandbox import pool
from fieldkit.store.analyses import Analysis
from fieldkit.store.store import Store

# What the viewer can show of a capture, each a panel of its own (a capture may have several: a PDF's pages and its
# text layer). "failed" and "pending" stand in for the content when there is nothing else to show.
PANELS = ("pages", "preview", "player", "text", "members", "records", "tables", "bytes", "failed", "pending")
_AV_FAMILY = "fieldkit.analysis.formats.av_media"
# Pictures the page renderer does not open (camera RAW, WSQ, JPEG 2000): shown by the preview analysis made.
_PICTURE_FAMILIES = ("fieldkit.analysis.formats.images", "fieldkit.analysis.formats.heif",
                     "fieldkit.analysis.formats.raw")  # fmt: skip
_TEXT_FAMILIES = ("fieldkit.analysis.formats.text", "fieldkit.analysis.formats.office")


@dataclass(frozen=True)
class ViewerPage:
    count: int
    view: list[PageView]
    position: int  # index into view
    image: bytes | None  # a PNG of the page (unrotated) that the sandbox rendered; None: see note and reason
    note: str = ""  # why there is no image: "no-preview" (not a kind with pages) or "unreadable"
    reason: str = ""  # for "unreadable": what the sandbox said ("the decoder crashed (SIGSEGV)", ...)
    capture: Capture | None = None  # the capture as the store has it now (analysis may have finished meanwhile)
    damaged: str | None = None  # the picture is damaged: shown as far as it decodes


@dataclass(frozen=True)
class Provenance:
    """One acquisition that met this capture's bytes: where, on what medium, with which file-system times."""

    entry: AcquisitionEntry
    acquisition: Acquisition


@dataclass(frozen=True)
class CaptureView:
    """Everything the viewer shows of one capture that the store already holds (nothing decoded here)."""

    capture: Capture
    analysis: Analysis
    panels: tuple[str, ...]  # see PANELS, in the order the viewer offers them
    text: str | None = None  # what analysis extracted (office, plain text, e-mail body, a PDF's text layer)
    poster: bytes | None = None  # the thumbnail analysis stored (a video's poster frame), size-checked
    acquired: list[Provenance] = field(default_factory=list)
    ocr_text: str | None = None  # a document's text read by OCR (fieldkit.core.ocr), page by page; None: none yet
    expanded: int = 0  # an archive's members stored as captures by ``fieldkit expand`` (metadata "archive")
    flag: Flag | None = None  # flagged for review: why, when, who
    # (page, text, source) of each page fieldkit.core.ocr read: source "text layer" (the PDF's own) or "ocr"
    pages_read: tuple[tuple[int, str, str], ...] = ()

    @property
    def empty_pages(self) -> list[int]:
        """Pages that were read and yielded no text: the window warns of them."""
        return [page for page, text, _source in self.pages_read if not text.strip()]

    @property
    def media_type(self) -> str:
        """What analysis found the content to be, else the acquisition's magic-number guess."""
        return self.analysis.media_type or self.capture.media_type


def panels_for(capture: Capture, analysis: Analysis, has_text: bool, has_preview: bool = False) -> tuple[str, ...]:
    """The panels the viewer shows for a capture, from its media type and what analysis stored (its text, its
    preview picture)."""
    media_type = analysis.media_type or capture.media_type
    facts = analysis.facts
    found: list[str] = []
    if pages.paged(media_type):
        found.append("pages")  # rendered on request, whatever analysis made of it
    if analysis.status != "ok":  # pending or failed: a card says so, unless there are pages to try
        return tuple(found) or (analysis.status,)
    family = formats.family_of(media_type)
    if not found and family in _PICTURE_FAMILIES and has_preview:
        found.append("preview")
    if family == _AV_FAMILY and (facts.get("video") or facts.get("audio")):
        found.append("player")
    if has_text or family in _TEXT_FAMILIES or media_type == media_types.PDF:  # a PDF without text layer says so
        found.append("text")
    for fact, panel in (("members", "members"), ("records", "records"), ("tables", "tables")):
        if isinstance(facts.get(fact), list):
            found.append(panel)
    return tuple(found) if found else ("bytes",)


def capture_view(capture_id: int, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Job:
    """The capture, its analysis, the text and thumbnail analysis stored, and where it was acquired."""

    def job(context: JobContext) -> CaptureView:
        store = context.need_store()
        capture = store.capture(capture_id)
        analysis = store.analyses.get(capture_id)
        text = store.analyses.text(capture_id) if analysis.status == "ok" else None
        poster = store.analyses.thumbnail(capture_id) if analysis.status == "ok" else None
        if poster is not None:
            try:
                poster = checked_picture(poster, limits.thumbnail_side)
            except AnalysisFailedError:
                poster = None  # not what analysis makes: not decoded
        acquisitions: dict[int, Acquisition] = {}
        acquired = []
        for entry in store.acquisitions.of_capture(capture_id):
            if entry.acquisition_id not in acquisitions:
                acquisitions[entry.acquisition_id] = store.acquisitions.get(entry.acquisition_id)
            acquired.append(Provenance(entry, acquisitions[entry.acquisition_id]))
        pages_read = tuple((int(str(page["page"])), str(page["text"]), str(page["source"]))
                           for page in ocr.page_texts(store, capture_id) if page["source"] != "extracted")  # fmt: skip
        panels = panels_for(capture, analysis, bool(text) or bool(pages_read), poster is not None)
        read = [text for _page, text, _source in pages_read if text.strip()]
        expanded = 0
        if isinstance(analysis.facts.get("members"), list):
            expanded = sum(1 for c in store.captures(capture.case_name, capture.item_tag)
                           if c.metadata.get("archive") == capture.uuid)  # fmt: skip
        return CaptureView(capture, analysis, panels, text or None, poster, acquired, "\n\n".join(read) or None,
                           expanded, store.flag_of(capture_id), pages_read)  # fmt: skip

    return job


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
                                          limits=analysis_limits, partial=True)  # fmt: skip
        except (AnalysisFailedError, InputError) as exc:  # the original is untouched; say why it is not shown
            known = stored or [PageView(1)]
            return ViewerPage(len(known), known, min(position_, len(known) - 1), None, "unreadable", exc.message,
                              capture)  # fmt: skip
        view = stored or [PageView(n) for n in range(1, rendered.count + 1)]
        return ViewerPage(rendered.count, view, position_, rendered.images[0], capture=capture,
                          damaged=rendered.damaged)  # fmt: skip

    return job


def save_page_view(capture_id: int, view: list[PageView]) -> Job:
    def job(context: JobContext) -> list[PageView]:
        return pages.set_view(context.need_store(), capture_id, view)

    return job


# --- playback ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recording:
    """A recording's stored bytes, decrypted into memory for playback (never written anywhere)."""

    capture_id: int
    media_type: str
    data: bytes


def recording(capture_id: int, limits: Limits = DEFAULT_LIMITS) -> Job:
    """Read a recording back from the store (hash-checked) for the player; the store thread only reads."""

    def job(context: JobContext) -> Recording:
        store = context.need_store()
        capture = store.capture(capture_id)
        if capture.size > limits.max_view_source_bytes:
            raise OversizedMediaError(f"the recording is larger than the {limits.max_view_source_bytes >> 20} MiB "
                                      "the viewer plays; export it and play it with other tools")  # fmt: skip
        media_type = store.analyses.get(capture_id).media_type or capture.media_type
        return Recording(capture_id, media_type, b"".join(store.read_original(capture_id)))

    return job


@dataclass(frozen=True)
class MediaFrame:
    time_s: float  # from the start of the recording
    image: bytes  # a JPEG the sandbox encoded, its size checked


@dataclass(frozen=True)
class MediaSegment:
    """A few seconds of a recording, decoded in the sandbox: pictures to show and sound to play."""

    start_s: float
    seconds: float
    frames: list[MediaFrame]
    audio: bytes  # interleaved signed 16-bit PCM (empty: no sound in this segment or none in the recording)
    sample_rate: int  # 0 when the recording has no sound
    channels: int
    duration_s: float | None  # of the whole recording, when the container says
    end: bool  # the recording ends in this segment
    damaged: str | None = None  # a stream stopped decoding in this segment (what came before is here)

    @property
    def end_s(self) -> float:
        return self.start_s + self.seconds


def media_segment(data: bytes, media_type: str, start_s: float, seconds: float, *, max_side: int | None = None,
                  fps: float | None = None,
                  limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> MediaSegment:  # fmt: skip
    """Decode ``seconds`` of a recording from ``start_s`` in a sandbox child (from any thread: it needs no store).
    Raises AnalysisFailedError with the sandbox's reason. The answer is checked before anyone uses it: a sandbox
    taken over by a hostile file could answer anything."""
    side = limits.playback_side if max_side is None else min(max_side, limits.playback_side)
    answer = pool.pool(limits).run(playback.SEGMENT, data, media_type=media_type, start_s=float(start_s),
                                   seconds=float(seconds), max_side=side, fps=float(fps or limits.playback_fps),
                                   limits=asdict(limits))  # fmt: skip
    return _checked_segment(answer, side, limits)


def _bad_answer() -> AnalysisFailedError:
    return AnalysisFailedError("the sandbox answered with something that is not the segment asked for",
                               reason="bad-answer")  # fmt: skip


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _checked_segment(answer: object, side: int, limits: AnalysisLimits) -> MediaSegment:
    if not isinstance(answer, dict):
        raise _bad_answer()
    start, seconds = _number(answer.get("start_s")), _number(answer.get("seconds"))
    raw_frames, audio = answer.get("frames"), answer.get("audio")
    if start is None or seconds is None or not 0 < seconds <= limits.max_playback_segment_s:
        raise _bad_answer()
    if not isinstance(raw_frames, list) or len(raw_frames) > seconds * limits.playback_fps + 1:
        raise _bad_answer()
    frames = []
    for raw in raw_frames:
        time_s = _number(raw.get("t")) if isinstance(raw, dict) else None
        if time_s is None or not start <= time_s < start + seconds:
            raise _bad_answer()
        frames.append(MediaFrame(time_s, checked_picture(raw.get("image"), side)))
    rate, channels = answer.get("sample_rate"), answer.get("channels")
    if audio is None:
        audio, rate, channels = b"", 0, 0
    elif not (isinstance(audio, bytes) and isinstance(rate, int) and isinstance(channels, int)
              and playback.SAMPLE_RATES[0] <= rate <= playback.SAMPLE_RATES[1] and channels in (1, 2)
              and len(audio) % (2 * channels) == 0 and len(audio) <= (seconds * rate + 1) * 2 * channels):  # fmt: skip
        raise _bad_answer()
    duration = _number(answer.get("duration_s"))
    damaged = answer.get("damaged")
    return MediaSegment(start, seconds, frames, audio, rate, channels, duration if duration and duration > 0 else None,
                        bool(answer.get("end")), damaged if isinstance(damaged, str) else None)  # fmt: skip


def audio_or_video(media_type: str) -> bool:
    """Whether captures of this media type are played (audio and video)."""
    row = media_types.BY_TYPE.get(media_type)
    return row is not None and row.ffmpeg_format is not None


# --- moving and deleting captures (the grid and the viewer) -------------------------------------------------------


def _checked(store: Store, capture_ids: list[int], reason: str, what: str, *, refuse_bundled: bool) -> list[Capture]:
    """The captures, once every one may be changed: a reason given and, when ``refuse_bundled``, none in a bundle
    (all or nothing)."""
    if not reason.strip():
        raise InvalidValueError(f"give the reason for the {what}")
    captures = [store.capture(capture_id) for capture_id in capture_ids]
    for capture in captures if refuse_bundled else ():
        sequence = store.originals.bundle_of(capture.id)
        if sequence is not None:
            raise CaptureBundledError(f"{capture.original_name} was sent in bundle {sequence}: it stays in item "
                                      f"{capture.item_tag}")  # fmt: skip
    return captures


def move_captures(capture_ids: list[int], item: Item, reason: str) -> Job:
    """Move captures to ``item`` (bound when the operator chose it), each custody-logged with the reason."""

    def job(context: JobContext) -> Changed[list[Capture]]:
        store = context.need_store()
        _checked(store, capture_ids, reason, "move", refuse_bundled=True)
        return Changed([store.move_capture(capture_id, item, reason) for capture_id in capture_ids],
                       Changes.CAPTURES)  # fmt: skip

    return job


def delete_captures(capture_ids: list[int], reason: str) -> Job:
    """Delete captures beyond recovery, each custody-logged with the reason; of a capture already in a bundle HQ
    keeps its copy, and the next bundle carries the deletion (an amendment)."""

    def job(context: JobContext) -> Changed[list[Capture]]:
        store = context.need_store()
        _checked(store, capture_ids, reason, "deletion", refuse_bundled=False)
        deleted = [store.delete_capture(capture_id, reason.strip()) for capture_id in capture_ids]
        return Changed(deleted, Changes.CAPTURES)

    return job


def items_for_move() -> Job:
    """Every item of every case, for the "Move to item" picker."""

    def job(context: JobContext) -> list[Item]:
        return context.need_store().items()

    return job


# --- flags for review (the grid and the viewer) ---------------------------------------------------------------------


def flag_captures(capture_ids: list[int], reason: str) -> Job:
    """Flag captures for review with the reason (custody events only: the captures themselves do not change)."""

    def job(context: JobContext) -> list[Capture]:
        store = context.need_store()
        if not reason.strip():
            raise InvalidValueError("give the reason for the flag")
        return [store.flag_capture(capture_id, reason) for capture_id in capture_ids]

    return job


def unflag_capture(capture_id: int, resolution: str) -> Job:
    """Clear a capture's flag, with what resolved it (may be empty)."""

    def job(context: JobContext) -> Capture:
        return context.need_store().unflag_capture(capture_id, resolution)

    return job


def flags_of(capture_ids: list[int]) -> Job:
    """The flags of these captures (those flagged now), by capture id."""

    def job(context: JobContext) -> dict[int, Flag]:
        wanted = set(capture_ids)
        return {cid: flag for cid, flag in context.need_store().flags().items() if cid in wanted}

    return job
