"""Fingerprint captures: the original kept bit-exact with its finger position (FGP), impression type (IMP),
resolution, capture device and derivation; quality scored right after capture; fingers marked amputated or bandaged.

Decision (issue 14): a print's resolution is never assumed. It is the one an operator or a device stated, the one a
card or a ruler measured, or the file's own when that is plausible for a print (images.plausible_ppi); otherwise it
is unknown (``fingerprint.ppi`` null): the print is kept as evidence all the same, but never scored, resampled or
put in an ANSI/NIST transaction until ``set_ppi`` gives it one. ``set_ppi`` and ``set_finger`` correct a print in
place (custody-logged; an amendment reaches HQ when it was already bundled) and never delete anything.

Preserve first: a print whose bytes cannot be decoded (a crash, a limit or a refusal in the sandbox) is kept all the
same; its analysis is recorded as failed with the reason, and its quality note says it could not be decoded, so it
is neither scored again at every pass of the background work nor taken for a print that merely scored poorly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any, Literal

from fieldkit.analysis.runner import analyser_version
from fieldkit.biometrics import codes, confined, images, quality
from fieldkit.errors import DuplicatePrintError, InvalidValueError, PrintUndecodableError
from fieldkit.models import Capture, Item
from fieldkit.store.store import Store, clean_text, timestamp

# Where a print's known resolution came from (fingerprint.ppi_source; docs/fingerprints.md).
PpiSource = Literal["stated", "file", "card", "scanner", "calibrated"]


@dataclass(frozen=True)
class PrintRecord:
    capture: Capture
    finger_position: int
    impression_type: int
    ppi: float | None  # None: the resolution is unknown (not scored, not resampled, not sent to an AFIS)
    device: str
    nfiq2: int | None
    quality_note: str
    derived_from: str | None  # uuid of the card or latent photo this was cut or resampled from
    undecodable: str | None = None  # why the print could not be decoded (its analysis failed); None: it could
    ppi_source: str | None = None  # stated, file, card, scanner, calibrated; None: unknown, or not recorded
    already_kept: bool = False  # record_print found the same bytes, with the same parameters, already kept

    @property
    def light(self) -> str:
        return quality.light_for(self.nfiq2) if self.nfiq2 is not None else "none"

    @property
    def needs_ppi(self) -> bool:
        return self.ppi is None


def resolution_unknown(capture_id: int) -> str:
    """Why a print is not scored or sent to an AFIS, and what to do (the contract's words for transactions)."""
    return f"resolution unknown: set it with fieldkit fingerprint set-ppi {capture_id} --ppi N"


def _details(capture: Capture) -> dict[str, Any]:
    details = capture.metadata.get("fingerprint")
    return details if isinstance(details, dict) else {}


def print_record(store: Store, capture: Capture) -> PrintRecord:
    details = _details(capture)
    scored = store.biometrics.quality(capture.id)
    derivation = capture.metadata.get("derivation")
    analysis = store.analyses.get(capture.id)
    ppi = images.plausible_ppi(details.get("ppi"))  # a value kept by an older fieldkit (1, 72) is no resolution
    return PrintRecord(
        capture,
        int(details.get("finger_position") or 0),
        int(details["impression_type"]) if details.get("impression_type") is not None else 2,
        ppi,
        str(details.get("device") or ""),
        scored[0] if scored else None,
        scored[1] if scored else "",
        str(derivation.get("source")) if isinstance(derivation, dict) and derivation.get("source") else None,
        (analysis.reason or "its analysis failed") if analysis.status == "failed" else None,
        str(details["ppi_source"]) if ppi is not None and details.get("ppi_source") else None,
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
    ppi_source: PpiSource = "stated",
) -> PrintRecord:
    """Store one print (bytes kept exactly as given) and score it at once. ``ppi`` None: the file's own, when it is
    plausible for a print; otherwise the print is kept with its resolution unknown (not scored).

    The print is decoded and scored in the sandbox first; a print that cannot be decoded is stored all the same,
    with its analysis marked failed (the returned record's ``undecodable`` says why). Refused, nothing stored: a
    finger, impression or stated resolution that is not valid. The same bytes already kept for the item: the
    existing print (``already_kept``) when the parameters agree, DuplicatePrintError naming it when they do not."""
    finger = codes.finger_code(finger)
    if impression not in codes.IMPRESSION_NAMES:
        raise InvalidValueError(f"impression type must be an IMP code from 0 to 7, not {impression}")
    if ppi is not None:
        images.check_ppi(ppi)
    known = store.duplicate_of(item, hashlib.sha256(data).hexdigest())
    if known is not None:
        return _already_kept(store, known, original_name, finger, impression, ppi)
    failure: PrintUndecodableError | None = None
    examined: confined.Examined | None = None
    try:
        examined = confined.examine(data, what=original_name, ppi=ppi, impression=impression, finger=finger,
                                    missing=conditions(store, item))  # fmt: skip
    except PrintUndecodableError as exc:
        failure = exc
    file_ppi = examined.file_ppi if examined is not None else None
    resolution, origin = (ppi, ppi_source) if ppi is not None else (images.plausible_ppi(file_ppi), "file")
    details: dict[str, Any] = {
        "finger_position": finger, "impression_type": impression,
        "ppi": None if resolution is None else round(resolution, 2),
        "ppi_source": None if resolution is None else origin, "device": device[:200],
    }  # fmt: skip
    if resolution is None and file_ppi is not None:
        details["file_ppi"] = round(file_ppi, 2)  # what the file says, kept for the examiner, not used
    metadata: dict[str, Any] = {"fingerprint": details, **(extra or {})}
    if examined is not None:
        metadata.update(width=examined.width, height=examined.height)
    if derivation:
        metadata["derivation"] = derivation
    capture_id, _ = store.originals.add_original(item, data, original_name=original_name, kind="fingerprint",
                                                 media_type=media_type, source=source, metadata=metadata,
                                                 captured_at=timestamp(store.clock()))  # fmt: skip
    if failure is not None:
        _keep_failure(store, capture_id, failure)
    elif examined is not None and resolution is None:
        _keep_quality(store, capture_id, _unknown_resolution())
    elif examined is not None:
        _keep_quality(store, capture_id, examined.quality or _unscored(impression))
    return print_record(store, store.capture(capture_id))


def _already_kept(store: Store, capture_id: int, name: str, finger: int, impression: int,
                  ppi: float | None) -> PrintRecord:  # fmt: skip
    """The print already kept with these bytes, when what was asked agrees with it; DuplicatePrintError naming it
    and the command that corrects it when not (a second copy is never stored, and the first never silently
    stands for what was asked)."""
    record = print_record(store, store.capture(capture_id))
    fixes = []
    if ppi is not None and (record.ppi is None or abs(record.ppi - ppi) > 0.005):
        fixes.append(f"fieldkit fingerprint set-ppi {capture_id} --ppi {ppi:g}")
    if (finger, impression) != (record.finger_position, record.impression_type):
        fixes.append(f"fieldkit fingerprint set-finger {capture_id} --finger {finger} --impression {impression}")
    if not fixes:
        return replace(record, already_kept=True)
    kept = f"{record.ppi:g} ppi" if record.ppi is not None else "resolution unknown"
    raise DuplicatePrintError(
        f"{name} is already kept as capture #{capture_id} (FGP {record.finger_position}, IMP "
        f"{record.impression_type}, {kept}); nothing new was stored. If the new values are right, correct it: "
        + "; ".join(f"'{fix}'" for fix in fixes),
        capture_id=capture_id,
    )  # fmt: skip


UNDECODABLE_NOTE = "could not be decoded"
UNKNOWN_RESOLUTION_NOTE = "not scored: the print's resolution is unknown (set it with 'fieldkit fingerprint set-ppi')"


def _unscored(impression: int | None) -> quality.Quality:
    if codes.is_latent(impression):
        return quality.Quality(None, "none", "latent: NFIQ 2 is not calibrated for latent prints")
    return _unknown_resolution()


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


def _unknown_resolution() -> quality.Quality:
    return quality.Quality(None, "none", UNKNOWN_RESOLUTION_NOTE)


def score(store: Store, capture_id: int) -> quality.Quality:
    """Compute and keep the capture's quality (NFIQ 2 for plain and rolled prints), decoding it in the sandbox.

    A print whose resolution is unknown is decoded (is it a print at all?) but not scored: its Quality has no
    score and says why (``skipped``). A print that cannot be decoded gets a Quality whose ``failed`` says why
    (recorded as above); never raises for the print's content."""
    capture = store.capture(capture_id)
    details = _details(capture)
    item = store.item_by_id(capture.item_id)
    ppi = images.plausible_ppi(details.get("ppi"))
    try:
        examined = confined.examine(
            b"".join(store.read_original(capture_id)), what=confined.of_capture(capture_id), capture_id=capture_id,
            ppi=ppi, impression=details.get("impression_type"), finger=int(details.get("finger_position") or 0),
            missing=conditions(store, item), score=ppi is not None,
        )  # fmt: skip
    except PrintUndecodableError as exc:
        return _keep_failure(store, capture_id, exc)
    assessed = _unknown_resolution() if ppi is None else examined.quality or _unscored(details.get("impression_type"))
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


def all_prints(store: Store) -> list[PrintRecord]:
    """Every print of the store (not the card scans and latent photos they came from), in capture order."""
    found = []
    for capture_id, _media_type in store.originals.of_kind("fingerprint"):
        capture = store.capture(capture_id)
        if not is_source(capture):
            found.append(print_record(store, capture))
    return found


def needs_ppi(store: Store) -> list[PrintRecord]:
    """The prints whose resolution is unknown: kept, but not scored or sent to an AFIS until 'set-ppi'."""
    return [record for record in all_prints(store) if record.needs_ppi]


@dataclass(frozen=True)
class Corrected:
    record: PrintRecord  # the print as it is now (re-scored)
    changed: bool  # False: it already had these values; nothing was logged
    assessed: quality.Quality | None  # the new score (None when nothing changed)


def _a_print(store: Store, capture_id: int) -> Capture:
    capture = store.capture(capture_id)
    if capture.kind != "fingerprint":
        raise InvalidValueError(f"capture {capture_id} is a {capture.kind}, not a fingerprint capture")
    if is_source(capture):
        what = "a ten-print card scan" if capture.metadata.get("card") else "a latent photo"
        raise InvalidValueError(f"capture {capture_id} is {what}, the source prints were cut or calibrated from: "
                                "its resolution was measured; correct the prints made from it instead")  # fmt: skip
    return capture


def _reason(store: Store, reason: str) -> str:
    return clean_text(reason, "reason", store.limits).strip()


def set_ppi(store: Store, capture_id: int, ppi: float, reason: str = "") -> Corrected:
    """Give a print its resolution (one unknown, or a wrong one), custody-logged as ``fingerprint.ppi_set``, then
    score it again. The original is not touched; nothing is deleted."""
    capture = _a_print(store, capture_id)
    images.check_ppi(ppi)
    reason = _reason(store, reason)
    details = _details(capture)
    previous = details.get("ppi")
    ppi = round(float(ppi), 2)
    if images.plausible_ppi(previous) == ppi and details.get("ppi_source") == "stated":
        return Corrected(print_record(store, capture), False, None)
    changed = {**details, "ppi": ppi, "ppi_source": "stated"}
    with store.write():
        store.originals.set_fingerprint(capture_id, changed)
        store.log("fingerprint.ppi_set", f"capture:{capture.uuid}", {"ppi": ppi, "previous": previous,
                                                                      "reason": reason})  # fmt: skip
    assessed = score(store, capture_id)
    return Corrected(print_record(store, store.capture(capture_id)), True, assessed)


def set_finger(store: Store, capture_id: int, finger: int, impression: int | None = None,
               reason: str = "") -> Corrected:  # fmt: skip
    """Correct a print's finger position (and impression type), custody-logged as ``fingerprint.finger_set``, then
    score it again (a slap is scored by its fingers; a latent is not scored). Nothing is deleted."""
    capture = _a_print(store, capture_id)
    finger = codes.finger_code(finger)
    details = _details(capture)
    previous_finger = details.get("finger_position")
    previous_impression = details.get("impression_type")
    if impression is None:
        impression = int(previous_impression) if previous_impression is not None else 2
    if impression not in codes.IMPRESSION_NAMES:
        raise InvalidValueError(f"impression type must be an IMP code from 0 to 7, not {impression}")
    reason = _reason(store, reason)
    if (finger, impression) == (previous_finger, previous_impression):
        return Corrected(print_record(store, capture), False, None)
    changed = {**details, "finger_position": finger, "impression_type": impression}
    with store.write():
        store.originals.set_fingerprint(capture_id, changed)
        store.log("fingerprint.finger_set", f"capture:{capture.uuid}",
                  {"finger": finger, "impression": impression, "previous_finger": previous_finger,
                   "previous_impression": previous_impression, "reason": reason})  # fmt: skip
    assessed = score(store, capture_id)
    return Corrected(print_record(store, store.capture(capture_id)), True, assessed)


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
