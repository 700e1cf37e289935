"""Fingerprint captures: the original kept bit-exact with its finger position (FGP), impression type (IMP),
resolution, capture device and derivation; quality scored right after capture; fingers marked amputated or bandaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.biometrics import codes, images, quality
from fieldkit.errors import InvalidValueError
from fieldkit.models import Capture, Item
from fieldkit.store.store import Store, timestamp


@dataclass(frozen=True)
class PrintRecord:
    capture: Capture
    finger_position: int
    impression_type: int
    ppi: float
    device: str
    nfiq2: int | None
    quality_note: str
    derived_from: str | None  # uuid of the card or latent photo this was cut or resampled from

    @property
    def light(self) -> str:
        return quality.light_for(self.nfiq2) if self.nfiq2 is not None else "none"


def _details(capture: Capture) -> dict[str, Any]:
    details = capture.metadata.get("fingerprint")
    return details if isinstance(details, dict) else {}


def print_record(store: Store, capture: Capture) -> PrintRecord:
    details = _details(capture)
    scored = store.biometrics.quality(capture.id)
    derivation = capture.metadata.get("derivation")
    return PrintRecord(
        capture,
        int(details.get("finger_position") or 0),
        int(details["impression_type"]) if details.get("impression_type") is not None else 2,
        float(details.get("ppi") or codes.TENPRINT_PPI),
        str(details.get("device") or ""),
        scored[0] if scored else None,
        scored[1] if scored else "",
        str(derivation.get("source")) if isinstance(derivation, dict) and derivation.get("source") else None,
    )


def is_source(capture: Capture) -> bool:
    """A ten-print card scan or a latent photo: kept as the original that prints were cut or calibrated from."""
    return bool(capture.metadata.get("card") or capture.metadata.get("latent_original"))


def prints_of(store: Store, item: Item) -> list[PrintRecord]:
    """The fingerprint captures of an item (a subject's or a recovered item's), in capture order."""
    return [print_record(store, c) for c in store.captures(item.case_name, item.tag, "fingerprint")
            if not is_source(c)]  # fmt: skip


def sources_of(store: Store, item: Item) -> list[Capture]:
    return [c for c in store.captures(item.case_name, item.tag, "fingerprint") if is_source(c)]


def record_print(
    store: Store,
    item: Item,
    data: bytes,
    *,
    finger: int,
    impression: int,
    ppi: float,
    media_type: str,
    original_name: str,
    source: str,
    device: str = "",
    derivation: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> PrintRecord:
    """Store one print (bytes kept exactly as given) and score it at once."""
    finger = codes.finger_code(finger)
    if impression not in codes.IMPRESSION_NAMES:
        raise InvalidValueError(f"impression type must be an IMP code from 0 to 7, not {impression}")
    images.check_ppi(ppi)
    image = images.decode(data)
    metadata: dict[str, Any] = {
        "fingerprint": {"finger_position": finger, "impression_type": impression, "ppi": round(ppi, 2),
                        "device": device[:200]},
        "width": image.width,
        "height": image.height,
        **(extra or {}),
    }  # fmt: skip
    if derivation:
        metadata["derivation"] = derivation
    capture_id, _ = store.originals.add_original(item, data, original_name=original_name, kind="fingerprint",
                                                 media_type=media_type, source=source, metadata=metadata,
                                                 captured_at=timestamp(store.clock()))  # fmt: skip
    score(store, capture_id, image)
    return print_record(store, store.capture(capture_id))


def score(store: Store, capture_id: int, image: Any = None) -> quality.Quality:
    """Compute and keep the capture's quality (NFIQ 2 for plain and rolled prints)."""
    capture = store.capture(capture_id)
    details = _details(capture)
    if image is None:
        image = images.decode(b"".join(store.read_original(capture_id)))
    item = store.item_by_id(capture.item_id)
    assessed = quality.assess(image, float(details.get("ppi") or codes.TENPRINT_PPI), details.get("impression_type"),
                              int(details.get("finger_position") or 0), conditions(store, item))  # fmt: skip
    with store.write():
        store.biometrics.set_quality(capture_id, assessed.score, assessed.note)
        if assessed.score is not None:
            store.log("fingerprint.quality", f"capture:{capture.uuid}", {"nfiq2": assessed.score})
    return assessed


def unscored(store: Store) -> list[int]:
    scored = store.biometrics.scored_ids()
    waiting = [capture_id for capture_id, _media_type in store.originals.of_kind("fingerprint")
               if capture_id not in scored]  # fmt: skip
    return [capture_id for capture_id in waiting if not is_source(store.capture(capture_id))]


def set_condition(store: Store, item: Item, finger: int, condition: str | None) -> None:
    """Mark a finger amputated or bandaged (or clear the mark with None)."""
    if finger not in codes.SINGLE_FINGERS:
        raise InvalidValueError("only fingers 1-10 can be marked amputated or bandaged")
    if condition is not None and condition not in codes.CONDITIONS:
        raise InvalidValueError("the condition is 'amputated' or 'bandaged'")
    with store.write():
        store.biometrics.set_condition(item.id, finger, condition)
        store.log("fingerprint.condition", f"item:{item.uuid}", {"finger": finger, "condition": condition})


def conditions(store: Store, item: Item) -> dict[int, str]:
    return store.biometrics.conditions(item.id)
