"""Fingerprint captures: the original kept bit-exact with its finger position (FGP), impression type (IMP),
resolution, capture device and derivation; quality scored right after capture; fingers marked amputated or bandaged.

Preserve first: a print whose bytes cannot be decoded (a crash, a limit or a refusal in the sandbox) is kept all the
same; its analysis is recorded as failed with the reason, and its quality note says it could not be decoded, so it
is neither scored again at every pass of the background work nor taken for a print that merely scored poorly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.analysis.runner import analyser_version
from fieldkit.biometrics import codes, confined, images, quality
from fieldkit.errors import InvalidValueError, PrintUndecodableError
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
    undecodable: str | None = None  # why the print could not be decoded (its analysis failed); None: it could

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
    analysis = store.analyses.get(capture.id)
    return PrintRecord(
        capture,
        int(details.get("finger_position") or 0),
        int(details["impression_type"]) if details.get("impression_type") is not None else 2,
        float(details.get("ppi") or codes.TENPRINT_PPI),
        str(details.get("device") or ""),
        scored[0] if scored else None,
        scored[1] if scored else "",
        str(derivation.get("source")) if isinstance(derivation, dict) and derivation.get("source") else None,
        (analysis.reason or "its analysis failed") if analysis.status == "failed" else None,
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
    ppi: float | None,
    media_type: str,
    original_name: str,
    source: str,
    device: str = "",
    derivation: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> PrintRecord:
    """Store one print (bytes kept exactly as given) and score it at once. ``ppi`` None: the file's own.

    The print is decoded and scored in the sandbox first; a print that cannot be decoded is stored all the same,
    with its analysis marked failed (the returned record's ``undecodable`` says why). Refused, nothing stored: a
    finger, impression or resolution that is not valid, and a readable print whose resolution nobody gave."""
    finger = codes.finger_code(finger)
    if impression not in codes.IMPRESSION_NAMES:
        raise InvalidValueError(f"impression type must be an IMP code from 0 to 7, not {impression}")
    if ppi is not None:
        images.check_ppi(ppi)
    failure: PrintUndecodableError | None = None
    examined: confined.Examined | None = None
    try:
        examined = confined.examine(data, what=original_name, ppi=ppi, impression=impression, finger=finger,
                                    missing=conditions(store, item))  # fmt: skip
    except PrintUndecodableError as exc:
        failure = exc
    resolution = ppi if ppi is not None else examined.file_ppi if examined is not None else None
    if examined is not None:
        if resolution is None:
            raise InvalidValueError(f"{original_name} does not say its resolution: give it with --ppi "
                                    "(500 for ten-prints)")  # fmt: skip
        images.check_ppi(resolution)
    metadata: dict[str, Any] = {
        "fingerprint": {"finger_position": finger, "impression_type": impression,
                        "ppi": None if resolution is None else round(resolution, 2), "device": device[:200]},
        **(extra or {}),
    }  # fmt: skip
    if examined is not None:
        metadata.update(width=examined.width, height=examined.height)
    if derivation:
        metadata["derivation"] = derivation
    capture_id, _ = store.originals.add_original(item, data, original_name=original_name, kind="fingerprint",
                                                 media_type=media_type, source=source, metadata=metadata,
                                                 captured_at=timestamp(store.clock()))  # fmt: skip
    if failure is not None:
        _keep_failure(store, capture_id, failure)
    elif examined is not None:
        _keep_quality(store, capture_id, examined.quality or _unscored(impression))
    return print_record(store, store.capture(capture_id))


UNDECODABLE_NOTE = "could not be decoded"


def _unscored(impression: int | None) -> quality.Quality:
    if codes.is_latent(impression):
        return quality.Quality(None, "none", "latent: NFIQ 2 is not calibrated for latent prints")
    return quality.Quality(None, "none", "not scored: the print's resolution is not known")


def _keep_quality(store: Store, capture_id: int, assessed: quality.Quality) -> None:
    capture = store.capture(capture_id)
    with store.write():
        store.biometrics.set_quality(capture_id, assessed.score, assessed.note)
        if assessed.score is not None:
            store.log("fingerprint.quality", f"capture:{capture.uuid}", {"nfiq2": assessed.score})


def _keep_failure(store: Store, capture_id: int, failure: PrintUndecodableError) -> quality.Quality:
    """Record that the print cannot be decoded: its analysis failed (with the sandbox's reason), and a quality note
    that stops the background work from trying it again at every pass ('fingerprint score --failed' does)."""
    capture = store.capture(capture_id)
    note = f"{UNDECODABLE_NOTE}: {failure.cause}"[:300]
    version = analyser_version()
    with store.write():
        store.biometrics.set_quality(capture_id, None, note)
        # Analysis says what the file is (e.g. a damaged WSQ); scoring only fills in for an analysis not yet made,
        # so the verdict HQ receives does not depend on which of the two ran last.
        if store.analyses.get(capture_id).status == "pending":
            store.analyses.record_failed(capture_id, code=failure.reason, reason=failure.cause, analyser=version)
            details = {"status": "failed", "code": failure.reason, "reason": failure.cause, "analyser": version}
            store.log("capture.analysed", f"capture:{capture.uuid}", details)
    return quality.Quality(None, "none", note, failed=failure.cause)


def score(store: Store, capture_id: int) -> quality.Quality:
    """Compute and keep the capture's quality (NFIQ 2 for plain and rolled prints), decoding it in the sandbox.

    A print that cannot be decoded gets a Quality whose ``failed`` says why (recorded as above); never raises for
    the print's content."""
    capture = store.capture(capture_id)
    details = _details(capture)
    item = store.item_by_id(capture.item_id)
    stated = details.get("ppi")
    try:
        examined = confined.examine(
            b"".join(store.read_original(capture_id)), what=confined.of_capture(capture_id), capture_id=capture_id,
            ppi=float(stated) if stated else None, impression=details.get("impression_type"),
            finger=int(details.get("finger_position") or 0), missing=conditions(store, item),
        )  # fmt: skip
    except PrintUndecodableError as exc:
        return _keep_failure(store, capture_id, exc)
    assessed = examined.quality or _unscored(details.get("impression_type"))
    _keep_quality(store, capture_id, assessed)
    return assessed


def unscored(store: Store) -> list[int]:
    scored = store.biometrics.scored_ids()
    waiting = [capture_id for capture_id, _media_type in store.originals.of_kind("fingerprint")
               if capture_id not in scored]  # fmt: skip
    return [capture_id for capture_id in waiting if not is_source(store.capture(capture_id))]


def undecodable(store: Store) -> list[int]:
    """Prints that could not be decoded when they were scored (tried again by 'fingerprint score --failed')."""
    found = []
    for capture_id, _media_type in store.originals.of_kind("fingerprint"):
        kept = store.biometrics.quality(capture_id)
        if kept is not None and kept[0] is None and kept[1].startswith(UNDECODABLE_NOTE):
            found.append(capture_id)
    return found


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
