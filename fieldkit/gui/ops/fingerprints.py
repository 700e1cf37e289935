"""Subjects, ten-print and latent captures for the Fingerprints page: plain functions of the biometrics API."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from fieldkit.biometrics import capture, images, latent, prints, subjects
from fieldkit.biometrics.card import straighten
from fieldkit.core import thumbnails
from fieldkit.errors import InvalidValueError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.gui.ops.capture import acquire, source_devices
from fieldkit.models import Item
from fieldkit.sources.sink import store_acquired

PRINT_THUMBNAIL_SIDE = 220  # pixels: a finger box of the ten-print screen; PNG, so that ridges stay sharp


@dataclass(frozen=True)
class FingerBox:
    record: prints.PrintRecord
    thumbnail: bytes | None


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
            data = b"".join(store.read_original(record.capture.id))
            boxes[record.finger_position] = FingerBox(record, thumbnails.render(
                data, record.capture.media_type, side=PRINT_THUMBNAIL_SIDE, encoding="PNG"))  # fmt: skip
        cards = {c.uuid: c.id for c in prints.sources_of(store, subject.item) if c.metadata.get("card")}
        return TenprintState(subject, boxes, prints.conditions(store, subject.item), cards)

    return job


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


def import_card(item: Item, path: Path) -> Job:
    def job(context: JobContext) -> Changed[capture.CardResult]:
        return Changed(capture.import_card(context.need_store(), item, path), Changes.CAPTURES)

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
        scan = straighten(images.decode(b"".join(store.read_original(card_id))), skew)
        scale = min(1.0, max_side / max(scan.size))
        small = scan.resize((round(scan.width * scale), round(scan.height * scale)), Image.Resampling.BILINEAR)
        out = io.BytesIO()
        small.save(out, "PNG")
        item = store.item_by_id(card_capture.item_id)
        current = [p for p in prints.prints_of(store, item)
                   if p.derived_from == card_capture.uuid and p.finger_position == finger]  # fmt: skip
        box = None
        if current:
            raw = current[-1].capture.metadata.get("derivation", {}).get("box")
            if isinstance(raw, list) and len(raw) == 4:
                box = (int(raw[0]), int(raw[1]), int(raw[2]), int(raw[3]))
        return CardView(card_id, out.getvalue(), scale, box)

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
    """The photo for marking the ruler: decoded here (hostile until proven otherwise), sent to the screen as PNG."""

    def job(context: JobContext) -> tuple[bytes, tuple[int, int], float]:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidValueError(f"cannot read {path}: {exc.strerror}") from None
        image = images.decode(data)
        scale = min(1.0, max_side / max(image.size))
        shown = image if scale == 1.0 else image.resize((round(image.width * scale), round(image.height * scale)))
        out = io.BytesIO()
        shown.save(out, "PNG")
        return out.getvalue(), image.size, scale

    return job


def devices() -> Job:
    """The live-scan devices of every fingerprint source (the ``fieldkit.livescan`` group included), and the sources
    that list none, with why."""
    return source_devices("fingerprint")
