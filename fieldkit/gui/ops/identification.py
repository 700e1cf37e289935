"""Watchlist hits for the window, read and decided on the store thread: which captures to search after they are
stored, the search itself (fieldkit.biometrics.identify: templates made in the sandbox, 1:N against the watchlist,
hits recorded), the open hits with the capture each concerns, one hit's side-by-side review, the operator's
decision, and the watchlist's state and import.

The rules (what is searched, the threshold, the custody entries) are the identify module's; nothing here decides
whether something is a hit. The window never searches against a watchlist that is absent or expired: an expired
list's instructions may no longer hold, and the operator is told that hits cannot be flagged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.biometrics import templates
from fieldkit.biometrics.templates import FingerMinutiae
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.core.thumbnails import checked_picture
from fieldkit.errors import AnalysisFailedError, InvalidValueError, NotFoundError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.gui.ops import viewer as viewer_ops
from fieldkit.models import Capture
from fieldkit.store.identification import HitRow
from fieldkit.store.store import Store

if TYPE_CHECKING:
    from fieldkit.biometrics.identify import Screening

CONFIRMED = "confirmed"
REJECTED = "rejected"


# --- the watchlist's state ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WatchlistState:
    """What the window says of the watchlist: none held, or its version, size and expiry (and whether it passed)."""

    version: int | None  # None: no watchlist was ever imported
    entries: int = 0
    expires_at: str = ""  # as the file said it (ISO 8601, UTC)
    expired: bool = False
    expiring_soon: bool = False  # within IdentificationLimits.watchlist_expiry_warning_s

    @property
    def present(self) -> bool:
        return self.version is not None

    @property
    def usable(self) -> bool:
        """Hits can be flagged: a watchlist is held and has not expired."""
        return self.present and not self.expired

    @property
    def expiry_day(self) -> str:
        return self.expires_at[:10]


def state_of(store: Store, now: datetime | None = None) -> WatchlistState:
    from fieldkit.biometrics import watchlist_file  # lazy: the signature and age code loads when first needed

    try:
        held = watchlist_file.status(store, now)
    except InvalidValueError:  # an expiry that does not parse: nobody can tell it holds, so it does not
        info = store.watchlist.info()
        assert info is not None  # status() reads the time only of a watchlist held
        return WatchlistState(info.version, store.watchlist.counts()[0], info.expires_at, True)
    if held is None:
        return WatchlistState(None)
    return WatchlistState(held.version, held.entries, held.expires_at, held.expired, held.expiring_soon)


def watchlist_state(now: Callable[[], datetime | None] = lambda: None) -> Job:
    """The watchlist's state (``now``: the clock, for tests; None is the system's)."""

    def job(context: JobContext) -> WatchlistState:
        return state_of(context.need_store(), now())

    return job


def import_watchlist(path: Path) -> Job:
    """Import a watchlist file HQ made for this device (checked, decrypted and stored by watchlist_file: an older,
    expired, unsigned, altered or other device's file is refused with its reason, a WatchlistError); returns the
    new state. The captures held are searched against it afterwards (``catch_up``), not in this job."""

    def job(context: JobContext) -> Changed[WatchlistState]:
        from fieldkit.biometrics import watchlist_file  # lazy: as state_of

        store = context.need_store()
        watchlist_file.import_file(store, path)
        return Changed(state_of(store), Changes.WATCHLIST)

    return job


# --- what to search after a capture is stored ------------------------------------------------------------------


def last_capture_id(context: JobContext) -> int:
    """The newest capture's id: captures stored after it are searched (the window sets this at unlock)."""
    return max(context.need_store().originals.ids(), default=0)


def captures_after(capture_id: int) -> Job:
    """Captures stored after ``capture_id``, oldest first."""

    def job(context: JobContext) -> list[int]:
        return sorted(i for i in context.need_store().originals.ids() if i > capture_id)

    return job


@dataclass(frozen=True)
class Searched:
    """One round of identification: the hits found, and how the watchlist search went: "searched", "none" (no
    watchlist held), "expired", "failed" (``message`` says why; the captures stay), and the captures whose
    templates could not be made (id, reason)."""

    capture_ids: tuple[int, ...]
    hits: tuple[HitRow, ...]
    watchlist: str
    message: str = ""
    failed_templates: tuple[tuple[int, str], ...] = ()


def _searched(capture_ids: tuple[int, ...], screening: Screening) -> Changed[Searched]:
    failures = tuple((o.capture_id, o.reason) for o in screening.failures)
    found = Searched(capture_ids, tuple(screening.hits), screening.watchlist, screening.message, failures)
    return Changed(found, Changes.HITS if found.hits else Changes.NONE)


def search_capture(capture_id: int) -> Job:
    """Make the capture's templates (in the sandbox; a capture with no print or face gets none) and search them
    1:N against the watchlist held, if it is usable (identify.screen: hits recorded and custody-logged; never
    raises for what the capture or the watchlist holds)."""

    def job(context: JobContext) -> Changed[Searched]:
        from fieldkit.biometrics import identify  # lazy: the matchers load on the first search, not at start

        store = context.need_store()
        state = state_of(store)
        if not state.usable:  # as the status bar says it: templates made (they travel to HQ), nothing searched
            made = identify.make_templates(store, [i for i in (capture_id,) if identify.needs_run(store, i)])
            failed = tuple((o.capture_id, o.reason) for o in made if o.status == "failed")
            return Changed(Searched((capture_id,), (), "expired" if state.present else "none", "", failed),
                           Changes.NONE)  # fmt: skip
        return _searched((capture_id,), identify.screen(store, [capture_id]))

    return job


def catch_up(context: JobContext) -> Changed[Searched]:
    """After a watchlist import (or at unlock): the templates not made yet, and every capture held searched
    against a watchlist not searched through yet (identify.catch_up)."""
    from fieldkit.biometrics import identify  # lazy: as search_capture

    return _searched((), identify.catch_up(context.need_store()))


# --- open hits and the operator's decision --------------------------------------------------------------------


@dataclass(frozen=True)
class OpenHit:
    """A hit waiting for the operator, with the capture it concerns."""

    hit: HitRow
    capture: Capture


def open_hits(context: JobContext) -> list[OpenHit]:
    """Every hit no operator has decided yet, oldest first."""
    store = context.need_store()
    rows = store.identification.hits(open_only=True)
    captures = store.originals.by_ids({row.capture_id for row in rows})
    return [OpenHit(row, captures[row.capture_id]) for row in rows if row.capture_id in captures]


def all_hits(context: JobContext) -> list[OpenHit]:
    """Every hit this device holds, open or decided (with the decision, who took it and why), newest first."""
    store = context.need_store()
    rows = store.identification.hits()
    captures = store.originals.by_ids({row.capture_id for row in rows})
    found = [OpenHit(row, captures[row.capture_id]) for row in rows if row.capture_id in captures]
    return sorted(found, key=lambda f: (f.hit.found_at, f.hit.id), reverse=True)


def decide_hit(hit_id: int, decision: str, reason: str) -> Job:
    """The operator's decision on a hit (custody-logged by identify.decide)."""
    if decision not in (CONFIRMED, REJECTED):
        raise InvalidValueError(f"a decision is {CONFIRMED} or {REJECTED}")

    def job(context: JobContext) -> Changed[HitRow]:
        from fieldkit.biometrics import identify  # lazy: as search_capture

        return Changed(identify.decide(context.need_store(), hit_id, decision, reason), Changes.HITS)

    return job


# --- one hit, side by side ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HitReview:
    """What the review shows: the capture's picture (a PNG or JPEG the sandbox made, never the original), the
    candidate's details, and for prints both minutiae sets."""

    hit: HitRow
    capture: Capture
    image: bytes | None  # None: nothing to show (analysis has not finished, or the picture could not be made)
    note: str  # the watchlist entry's note
    capture_minutiae: FingerMinutiae | None
    candidate_minutiae: FingerMinutiae | None


def _finger_minutiae(found: list[tuple[int, bytes]], finger: int) -> FingerMinutiae | None:
    """The minutiae of ``finger`` among (finger, FKM1 bytes), else of the first; None when none parses."""
    ordered = [data for f, data in found if f == finger] + [data for f, data in found if f != finger]
    for data in ordered:
        try:
            return templates.decode_finger(data)
        except InvalidValueError:
            continue
    return None


def _picture(context: JobContext, capture: Capture, limits: AnalysisLimits) -> bytes | None:
    """The capture as the viewer shows it: a page the sandbox renders, else the thumbnail analysis made."""
    page: viewer_ops.ViewerPage = viewer_ops.viewer_page(capture.id, 0, analysis_limits=limits)(context)
    if page.image is not None:
        return page.image
    stored = context.need_store().analyses.thumbnail(capture.id)
    if stored is None:
        return None
    try:
        return checked_picture(stored, limits.thumbnail_side)
    except AnalysisFailedError:
        return None  # not what analysis makes: never decoded


def review(hit_id: int, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Job:
    def job(context: JobContext) -> HitReview:
        store = context.need_store()
        hit = store.identification.hit(hit_id)
        if hit is None:
            raise NotFoundError(f"watchlist hit {hit_id} is not in the store")
        capture = store.capture(hit.capture_id)
        image = _picture(context, capture, limits)
        note = ""
        candidate = None
        mine = None
        if hit.modality == "finger":
            mine = _finger_minutiae([(t.finger, t.data) for t in store.identification.templates_of(capture.id)
                                     if t.algorithm == templates.FINGER_ALGORITHM], hit.finger)  # fmt: skip
        entry = store.watchlist.entry(hit.ref)  # one entry, not the whole watchlist
        if entry is not None:
            note = entry.note
            if hit.modality == "finger":
                candidate = _finger_minutiae([(finger, data) for _m, algorithm, finger, data in entry.templates
                                              if algorithm == templates.FINGER_ALGORITHM], hit.finger)  # fmt: skip
        return HitReview(hit, capture, image, note, mine, candidate)

    return job
