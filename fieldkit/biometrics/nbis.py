"""NIST NBIS MINDTCT (minutiae) and Bozorth3 (matching), through the native library afis builds from NIST's C code.

Decision: afis's ctypes binding (afis._native.loader) is used for the library and its structure layout, but the
per-call conversion is done here: afis converts each template minutia by minutia in Python (about 0.3 ms per
template), which a 1:N search would pay for every gallery template on every search. ``native()`` packs a template
once, into the C structure, and ``bozorth3`` passes the packed structures straight to the library.

MINDTCT decodes nothing: it runs on pixels, so it is called only in the sandbox child (fieldkit.biometrics.ops), on
an image the child decoded. Bozorth3 reads only minutiae that the strict FKM1 codec has already checked, so it runs
in fieldkit's own process. The library is built at install time (scripts/build-afis-native.sh; bootstrap.sh runs
it); without it, templates cannot be made nor compared: TemplatesUnavailableError.
"""

from __future__ import annotations

import ctypes
import math
from typing import TYPE_CHECKING, Any

import numpy as np

from fieldkit.biometrics.fkm1 import FingerMinutiae, Minutia
from fieldkit.errors import TemplatesUnavailableError

if TYPE_CHECKING:
    from PIL import Image

# The library's own constants (afis_lfs.c): MINDTCT keeps the 150 most reliable minutiae; Bozorth3 returns 0 below
# 10 minutiae on either side (NBIS min_computable_minutiae). LFS directions are 32 steps of 11.25 degrees.
KEPT_MINUTIAE = 150  # not a limit: MINDTCT's own DEFAULT_KEEP in afis_lfs.c
BOZORTH_MIN_MINUTIAE = 10  # not a limit: NBIS min_computable_minutiae
_DIRECTION_STEP = 180.0 / 16


def _library() -> tuple[Any, Any]:
    """(the loaded library, afis's AfisTemplate structure), or TemplatesUnavailableError."""
    try:
        from afis._native import loader  # lazy: numpy-heavy, and only identification needs it
    except ImportError:
        raise TemplatesUnavailableError("fingerprint templates need the afis package (the 'quality' extra)") from None
    lib = loader._load_lib()
    if lib is None:
        raise TemplatesUnavailableError(f"the NBIS library (libafis_lfs) is not installed: {loader._LOAD_ERROR}")
    return lib, loader.AfisTemplate


def available() -> bool:
    try:
        _library()
    except TemplatesUnavailableError:
        return False
    return True


def require() -> None:
    """Raise TemplatesUnavailableError when MINDTCT/Bozorth3 cannot run here."""
    _library()


def _direction_degrees(lfs_direction: int) -> float:
    """An LFS direction (0..31, clockwise from +y) as degrees counter-clockwise from +x (afis's convention)."""
    return (90.0 - lfs_direction * _DIRECTION_STEP) % 360.0


def _lfs_direction(degrees: float) -> int:
    return round((90.0 - degrees) / _DIRECTION_STEP) % 32


def mindtct(image: Image.Image) -> FingerMinutiae:
    """MINDTCT minutiae of an 8-bit greyscale print at 500 ppi (NIST's lfsparms_V2). Sandbox child only."""
    lib, structure = _library()
    pixels = np.ascontiguousarray(np.asarray(image.convert("L"), dtype=np.uint8))
    height, width = pixels.shape
    out = structure()
    from afis.op_lock import afis_op_lock  # lazy: as _library

    with afis_op_lock():
        rc = lib.afis_mindtct_extract(pixels.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8)), width, height,
                                      500.0, ctypes.byref(out))  # fmt: skip
    if rc != 0:  # MINDTCT found no ridge structure it could work on (a blank or tiny image): no minutiae
        return FingerMinutiae(width, height, 500, ())
    found = []
    for i in range(min(int(out.n), KEPT_MINUTIAE)):
        m = out.minutiae[i]
        x, y = int(m.x), int(m.y)
        if 0 <= x < width and 0 <= y < height:
            # NBIS type 0 is a bifurcation, 1 a ridge ending.
            found.append(Minutia(x, y, _direction_degrees(int(m.direction)), int(m.type) == 0))
    return FingerMinutiae(width, height, 500, tuple(found))


def native(found: FingerMinutiae) -> Any:
    """The template packed once as the library's structure (AfisTemplate), for ``bozorth3``."""
    _, structure = _library()
    packed = structure()
    kept = found.minutiae[:KEPT_MINUTIAE]
    packed.n, packed.width, packed.height = len(kept), found.width, found.height
    for i, m in enumerate(kept):
        slot = packed.minutiae[i]
        slot.x, slot.y, slot.direction = m.x, m.y, _lfs_direction(m.direction)
        slot.reliability, slot.type = 1.0, 0 if m.bifurcation else 1
    return packed


def bozorth3(a: Any, b: Any) -> int:
    """The Bozorth3 score of two packed templates (``native``): NBIS's score, the larger of both directions."""
    lib, _ = _library()
    return int(lib.afis_bozorth3_match(ctypes.byref(a), ctypes.byref(b)))


def as_array(found: FingerMinutiae) -> np.ndarray:
    """(N, 4) float array: x, y, direction in radians, 1.0 for a bifurcation (the pre-filter's input)."""
    if not found.minutiae:
        return np.zeros((0, 4))
    return np.array([(m.x, m.y, math.radians(m.direction), 1.0 if m.bifurcation else 0.0) for m in found.minutiae])
