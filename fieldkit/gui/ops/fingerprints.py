"""Subjects, ten-print and latent captures for the Fingerprints page: plain functions of the biometrics API.

Every picture shown here (a finger box's thumbnail, a card scan, a latent photo) is decoded and reduced in the
sandbox (biometrics/confined.py); a print that cannot be decoded shows no picture, and says why."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.biometrics import capture, confined, latent, prints, subjects
from fieldkit.biometrics.subjects import Subject
from fieldkit.errors import InvalidValueError, PrintUndecodableError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.gui.ops.capture import acquire, source_devices
from fieldkit.models import Item
from fieldkit.sources.sink import store_acquired
from fieldkit.store.store import Store

PRINT_THUMBNAIL_SIDE = 220  # pixels: a finger box of the ten-print screen; PNG, so that ridges stay sharp


@dataclass(frozen=True)
class FingerBox:
    record: prints.PrintRecord
    thumbnail: bytes | None  # None: the print could not be decoded (``problem`` says why)
    problem: str | None = None


@dataclass(frozen=True)
class TenprintState:
    subject: subjects.Subject
    boxes: dict[int, FingerBox]  # latest print per finger position (rolled preferred for 1-10)
    conditions: dict[int, str]
    cards: dict[str, int]  # card capture uuid -> id


def subjects_of(case_name: str | None) -> Job:
    def job(context: JobContext) -> list[subjects.Subject]:
        return subjects.subjects(context.need_store(), case_name)

    return job


@dataclass(frozen=True)
class SubjectList:
    """The subjects to choose from, and the one a person item given stands for (None: no item, or not a person)."""

    subjects: list[Subject]
    chosen: Subject | None


def subjects_for(item: Item | None) -> Job:
    """Every subject, and the one ``item`` stands for when it is a person: a person item with no subject record yet
    gets one on it (subjects.ensure_subject, custody-logged), so its prints go to that item, never to a second
    record of the same person."""

    def job(context: JobContext) -> Changed[SubjectList]:
        store = context.need_store()
        chosen = None
        changes = Changes.NONE
        current = store.item_by_id(item.id) if item is not None else None  # its category as it is now
        if current is not None and subjects.is_person(store, current):
            made = subjects.subject_of_item(store, current) is None
            chosen = subjects.ensure_subject(store, current)
            changes = Changes.ITEMS if made else Changes.NONE
        return Changed(SubjectList(subjects.subjects(store, None), chosen), changes)

    return job


@dataclass(frozen=True)
class PrintCorrected:
    """A print given its resolution (and finger) by the operator: the record as it is now, and its search."""

    record: prints.PrintRecord
    hits: int
    watchlist: str  # as identify.Screening says it: searched, none, expired, failed
    message: str


def correct_print(capture_id: int, ppi: float, finger: int | None = None, reason: str = "") -> Job:
    """The operator states a print's resolution (and, if given, its finger): the same functions as 'fingerprint
    set-ppi' and 'set-finger' (custody-logged, scored again), then its templates made and searched against the
    watchlist (identify.retemplate)."""

    def job(context: JobContext) -> Changed[PrintCorrected]:
        from fieldkit.biometrics import identify  # lazy: the matchers load on the first search

        store = context.need_store()
        changed = prints.set_ppi(store, capture_id, ppi, reason).changed
        if finger is not None:
            changed = prints.set_finger(store, capture_id, finger, None, reason).changed or changed
        record = prints.print_record(store, store.capture(capture_id))
        if not changed and not identify.needs_run(store, capture_id):
            return Changed(PrintCorrected(record, 0, "unchanged", ""), Changes.CAPTURES)
        screening = identify.retemplate(store, capture_id)
        found = PrintCorrected(record, len(screening.hits), screening.watchlist, screening.message)
        return Changed(found, Changes.CAPTURES | (Changes.HITS if screening.hits else Changes.NONE))

    return job


def add_subject(case_name: str, reference: str, name: str, born: str, nationality: str, notes: str) -> Job:
    def job(context: JobContext) -> Changed[subjects.Subject]:
        subject = subjects.add_subject(context.need_store(), case_name, reference, claimed_name=name,
                                       date_of_birth=born, nationality=nationality, notes=notes)  # fmt: skip
        return Changed(subject, Changes.ITEMS)  # a subject is an item of its case

    return job


def tenprint_state(subject_uuid: str) -> Job:
    def job(context: JobContext) -> TenprintState:
        store = context.need_store()
        subject = subjects.find_subject(store, subject_uuid)
        boxes: dict[int, FingerBox] = {}
        for record in prints.prints_of(store, subject.item):  # capture order: a recapture replaces the box
            current = boxes.get(record.finger_position)
            rolled_over_plain = current is not None and current.record.impression_type in (1, 3) and \
                record.impression_type not in (1, 3)  # fmt: skip
            if rolled_over_plain:
                continue
            boxes[record.finger_position] = _finger_box(store, record)
        cards = {c.uuid: c.id for c in prints.sources_of(store, subject.item) if c.metadata.get("card")}
        return TenprintState(subject, boxes, prints.conditions(store, subject.item), cards)

    return job


def _finger_box(store: Store, record: prints.PrintRecord) -> FingerBox:
    if record.undecodable is not None:  # known already: not decoded again at every refresh of the screen
        return FingerBox(record, None, f"{prints.UNDECODABLE_NOTE}: {record.undecodable}")
    try:
        data = b"".join(store.read_original(record.capture.id))
        thumbnail = confined.thumbnail(data, PRINT_THUMBNAIL_SIDE, what=confined.of_capture(record.capture.id),
                                       capture_id=record.capture.id)  # fmt: skip
    except PrintUndecodableError as exc:
        return FingerBox(record, None, f"{prints.UNDECODABLE_NOTE}: {exc.cause}")
    return FingerBox(record, thumbnail)


def live_scan(item: Item, device_id: str, finger: int, impression: int, source_name: str | None = None) -> Job:
    """One print from a live-scan device of any fingerprint source in the registry (the one that listed it, or
    else the one the device id names), straight from memory into the store, scored at once."""

    def job(context: JobContext) -> Changed[prints.PrintRecord]:
        store = context.need_store()
        acquired = acquire(source_name, device_id, "fingerprint", {"finger": finger, "impression": impression},
                           context)  # fmt: skip
        capture_id, _new = store_acquired(store, item.case_name, item.tag, acquired)
        return Changed(prints.print_record(store, store.capture(capture_id)), Changes.CAPTURES)

    return job


CARD_STEPS = 16  # cutting, storing the card, then each of the fourteen impressions scored and stored


def import_card(item: Item, path: Path) -> Job:
    """Store a ten-print card and cut it, reporting (done, total) steps: cutting takes a few seconds, and each
    impression is scored (NFIQ 2) as it is stored."""

    def job(context: JobContext) -> Changed[capture.CardResult]:
        result = capture.import_card(context.need_store(), item, path,
                                     progress=lambda done, total: context.progress((done, total)))  # fmt: skip
        return Changed(result, Changes.CAPTURES)

    return job


def add_print_file(item: Item, path: Path, finger: int, impression: int, ppi: float | None) -> Job:
    def job(context: JobContext) -> Changed[prints.PrintRecord]:
        record = capture.add_print_file(context.need_store(), item, path, finger=finger, impression=impression,
                                        ppi=ppi)  # fmt: skip
        return Changed(record, Changes.CAPTURES)

    return job


def set_condition(item: Item, finger: int, condition: str | None) -> Job:
    def job(context: JobContext) -> None:
        prints.set_condition(context.need_store(), item, finger, condition)

    return job


@dataclass(frozen=True)
class CardView:
    card_id: int
    png: bytes  # the card scan, reduced for the screen
    scale: float  # screen pixels per card pixel
    box: tuple[int, int, int, int] | None  # the current cut for the finger, in card pixels


def card_view(card_id: int, finger: int, max_side: int = 1400) -> Job:
    def job(context: JobContext) -> CardView:
        store = context.need_store()
        card_capture = store.capture(card_id)
        skew = float(card_capture.metadata.get("skew_degrees") or 0.0)  # boxes are in the straightened card
        shown = confined.preview(b"".join(store.read_original(card_id)), max_side, skew=skew,
                                 what=f"the card scan of capture #{card_id}", capture_id=card_id)  # fmt: skip
        item = store.item_by_id(card_capture.item_id)
        current = [p for p in prints.prints_of(store, item)
                   if p.derived_from == card_capture.uuid and p.finger_position == finger]  # fmt: skip
        box = None
        if current:
            raw = current[-1].capture.metadata.get("derivation", {}).get("box")
            if isinstance(raw, list) and len(raw) == 4:
                box = (int(raw[0]), int(raw[1]), int(raw[2]), int(raw[3]))
        return CardView(card_id, shown.png, shown.scale, box)

    return job


def recut(card_id: int, finger: int, box: tuple[int, int, int, int]) -> Job:
    def job(context: JobContext) -> Changed[prints.PrintRecord]:
        return Changed(capture.recut(context.need_store(), card_id, finger, box), Changes.CAPTURES)

    return job


def add_latent(item: Item, path: Path, calibration: latent.Calibration, impression: int, finger: int) -> Job:
    def job(context: JobContext) -> Changed[prints.PrintRecord]:
        record = capture.add_latent(context.need_store(), item, path, calibration, impression=impression,
                                    finger=finger)  # fmt: skip
        return Changed(record, Changes.CAPTURES)

    return job


def latent_photo(path: Path, max_side: int = 4000) -> Job:
    """The photo for marking the ruler, decoded and reduced in the sandbox (hostile until proven otherwise), sent to
    the screen as PNG with the photo's full size and the scale of the reduction."""

    def job(context: JobContext) -> tuple[bytes, tuple[int, int], float]:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidValueError(f"cannot read {path}: {exc.strerror}") from None
        shown = confined.preview(data, max_side, what=path.name)
        return shown.png, (shown.width, shown.height), shown.scale

    return job


def devices() -> Job:
    """The live-scan devices of every fingerprint source (the ``fieldkit.livescan`` group included), and the sources
    that list none, with why."""
    return source_devices("fingerprint")
