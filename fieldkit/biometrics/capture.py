"""Fingerprint capture workflows shared by the CLI and the window: a print from a file, a ten-print card cut into
its fourteen impressions, a latent calibrated by its ruler, a print from a live-scan device. Each stores the original
bit-exact first, then what is derived from it, and scores plain and rolled prints at once. Every decode of a file's
bytes (and the cutting and calibrating on the decoded pixels) runs in the sandbox (confined.py)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldkit import media_types
from fieldkit._internal.fsutil import file_times
from fieldkit.biometrics import codes, confined, images, latent, prints
from fieldkit.biometrics.livescan import LiveScanDevice
from fieldkit.errors import InvalidValueError, NotFoundError
from fieldkit.models import AcquisitionEntry, Item
from fieldkit.store.store import Store


def _media_type(data: bytes) -> str:
    """The print format the file's first bytes announce (nothing is decoded here: see confined.py)."""
    found = confined.print_media_type(data)
    if found is None:
        names = [entry.name for entry in media_types.TABLE if entry.media_type in media_types.PRINT_IMAGES]
        raise InvalidValueError(f"a fingerprint image must be {', '.join(names[:-1])} or {names[-1]}")
    return found


def _read_with_stat(path: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its file-system facts, from the same open file."""
    try:
        with path.open("rb") as handle:
            return handle.read(), os.fstat(handle.fileno())
    except OSError as exc:
        raise InvalidValueError(f"cannot read {path}: {exc.strerror}") from None


def _record_file(store: Store, item: Item, path: Path, info: os.stat_result, capture_id: int, new: bool) -> None:
    """The acquisition of an original read from a file (a print, a card scan, a latent photo): rooted at its folder,
    one entry with the file's times, as an imported file gets (docs: "where did this come from")."""
    capture = store.capture(capture_id)
    reason = "" if new else f"the same original is already capture {capture_id} of this item"
    times = file_times(info)
    with store.write():
        acquisition = store.acquisitions.start(item, source=f"file:{path.name}", root=str(path.parent.absolute()))
        store.acquisitions.add_entries([
            AcquisitionEntry(acquisition.id, 1, path.name, "file", "stored" if new else "duplicate", capture.size,
                             capture.sha256, capture_id, times["modified"], times["changed"], times["born"], None,
                             reason)
        ])  # fmt: skip
        store.acquisitions.finish(acquisition.id)


def add_print_file(store: Store, item: Item, path: Path, *, finger: int, impression: int, ppi: float | None = None,
                   device: str = "") -> prints.PrintRecord:  # fmt: skip
    """Keep a print image file and score it. A print that cannot be decoded is kept too: the record's
    ``undecodable`` says why; one whose resolution is neither given nor plausible in the file is kept with its
    ``ppi`` None, not scored (prints.record_print)."""
    data, info = _read_with_stat(path)
    known = store.duplicate_of(item, hashlib.sha256(data).hexdigest())
    record = prints.record_print(store, item, data, finger=finger, impression=impression, ppi=ppi,
                                 media_type=_media_type(data), original_name=path.name, source=f"file:{path.name}",
                                 device=device)  # fmt: skip
    _record_file(store, item, path, info, record.capture.id, known is None)
    return record


@dataclass(frozen=True)
class CardResult:
    card_capture_id: int
    measured_ppi: float
    prints: list[prints.PrintRecord]
    empty: list[int]  # finger positions whose box holds no print


def _store_segment(store: Store, item: Item, card_uuid: str, card_ppi: float, fgp: int, impression: int,
                   box: tuple[int, int, int, int], png_at_500: bytes, method: str) -> prints.PrintRecord:  # fmt: skip
    return prints.record_print(
        store, item, png_at_500, finger=fgp, impression=impression, ppi=codes.TENPRINT_PPI, ppi_source="card",
        media_type=media_types.PNG, original_name=f"card-{card_uuid[:8]}-fgp{fgp:02}.png", source="ten-print card",
        derivation={"source": card_uuid, "method": method, "box": list(box), "card_ppi": round(card_ppi, 2)},
    )  # fmt: skip


def import_card(store: Store, item: Item, path: Path, *, ppi: float | None = None,
                progress: Callable[[int, int], None] | None = None) -> CardResult:  # fmt: skip
    """Keep the card scan as the original, then store the ten rolled prints and four plain impressions cut from it
    (in the sandbox). A scan that is no usable card, or cannot be decoded, changes nothing: SegmentationError or
    PrintUndecodableError; the scan can still be kept as evidence with 'fieldkit import'.

    ``progress(done, total)``: the cutting is one step, storing the card another, then one per impression."""
    data, info = _read_with_stat(path)
    media_type = _media_type(data)
    steps = 2 + 14
    if progress:
        progress(0, steps)
    cut = confined.cut_card(data, declared_ppi=ppi, what=path.name)  # before anything is stored
    steps = 2 + len(cut.segments)
    if progress:
        progress(1, steps)
    card_id, card_new = store.originals.add_original(
        item, data, original_name=path.name, kind="fingerprint", media_type=media_type,
        source=f"file:{path.name}",
        metadata={"card": "FD-249", "width": cut.width, "height": cut.height, "skew_degrees": cut.skew,
                  "fingerprint": {"finger_position": 0, "impression_type": 3, "ppi": round(cut.ppi, 2),
                                  "ppi_source": "card"}},
    )  # fmt: skip
    _record_file(store, item, path, info, card_id, card_new)
    card_uuid = store.capture(card_id).uuid
    stored, empty = [], []
    for done, segment in enumerate(cut.segments, start=2):
        if progress:
            progress(done, steps)
        if segment.png is None:
            empty.append(segment.finger_position)
            continue
        stored.append(_store_segment(store, item, card_uuid, cut.ppi, segment.finger_position,
                                     segment.impression_type, segment.box, segment.png, "fd249-auto"))  # fmt: skip
    if progress:
        progress(steps, steps)
    return CardResult(card_id, cut.ppi, stored, empty)


def recut(store: Store, card_capture_id: int, finger: int, box: tuple[int, int, int, int]) -> prints.PrintRecord:
    """Replace the print cut from a card for one finger position with the box a reviewer drew."""
    card_capture = store.capture(card_capture_id)
    if not card_capture.metadata.get("card"):
        raise NotFoundError(f"capture {card_capture_id} is not a ten-print card")
    finger = codes.finger_code(finger)
    item = store.item_by_id(card_capture.item_id)
    card_ppi = float(card_capture.metadata["fingerprint"]["ppi"])
    png = confined.recut_card(b"".join(store.read_original(card_capture_id)), box,
                              skew=float(card_capture.metadata.get("skew_degrees") or 0.0), card_ppi=card_ppi,
                              capture_id=card_capture_id)  # fmt: skip
    impression = 3 if finger in codes.SINGLE_FINGERS else 2
    previous = [p for p in prints.prints_of(store, item)
                if p.derived_from == card_capture.uuid and p.finger_position == finger]  # fmt: skip
    record = _store_segment(store, item, card_capture.uuid, card_ppi, finger, impression, box, png, "manual")
    for old in previous:
        if old.capture.id != record.capture.id:
            store.delete_capture(old.capture.id, reason=f"re-cut by hand from card {card_capture.uuid}")
    return record


def add_latent(store: Store, item: Item, path: Path, calibration: latent.Calibration, *, impression: int = 6,
               finger: int = 0) -> prints.PrintRecord:  # fmt: skip
    """Keep the latent photo as the original, then store it calibrated to 1000 ppi (lossless PNG, made in the
    sandbox). Marks that do not fit the photo, or a photo that cannot be decoded, change nothing."""
    if not codes.is_latent(impression):
        raise InvalidValueError("a latent's impression type is 4-7 (latent-impression, -tracing, -photo, -lift)")
    data, info = _read_with_stat(path)
    media_type = _media_type(data)
    calibrated = confined.calibrate_latent(data, calibration, what=path.name)  # checked before anything is stored
    photo_id, photo_new = store.originals.add_original(
        item, data, original_name=path.name, kind="fingerprint", media_type=media_type,
        source=f"file:{path.name}",
        metadata={"latent_original": True, "width": calibrated.width, "height": calibrated.height,
                  "fingerprint": {"finger_position": finger, "impression_type": impression,
                                  "ppi": round(calibration.ppi, 2), "ppi_source": "calibrated"}},
    )  # fmt: skip
    _record_file(store, item, path, info, photo_id, photo_new)
    photo_uuid = store.capture(photo_id).uuid
    return prints.record_print(
        store, item, calibrated.png, finger=finger, impression=impression, ppi=codes.LATENT_PPI,
        ppi_source="calibrated", media_type=media_types.PNG, original_name=f"latent-{photo_uuid[:8]}-1000ppi.png",
        source="latent calibration",
        derivation={"source": photo_uuid, "method": "ruler", **calibration.to_json()},
    )  # fmt: skip


def live_scan(store: Store, item: Item, device: LiveScanDevice, *, finger: int,
              impression: int = 1) -> prints.PrintRecord:  # fmt: skip
    """Capture one print from a live-scan device (straight from memory into the store) and score it."""
    if impression not in (0, 1):
        raise InvalidValueError("a live-scan print is live-plain (0) or live-rolled (1)")
    scanned = device.capture(finger, impression)
    data = images.encode_png(scanned.image, scanned.ppi)
    return prints.record_print(
        store, item, data, finger=finger, impression=impression, ppi=scanned.ppi, ppi_source="scanner",
        media_type=media_types.PNG,
        original_name=f"livescan-fgp{finger:02}.png", source=f"livescan:{device.id}",
        device=f"{scanned.make}|{scanned.model}|{scanned.serial}",
    )  # fmt: skip
