"""EXIF, sanitised: the fields fieldkit keeps (when, where, with what camera), from any image Pillow or a plug-in of
Pillow opens, or from raw EXIF bytes (a HEIF item, a RAW file's IFD).

Decision: one reader for every format (it was the import-time probe's, which is gone: nothing decodes at
acquisition), so every sandboxed describer keeps the same fields under the same keys. EXIF is outside input: every
value is checked for type and range, text is stripped of unprintable characters and bounded, so a hostile tag cannot
put control characters in a terminal or megabytes in a record.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from PIL import Image


class ExifLimits(Protocol):
    """Either limits dataclass (the store's Limits, the sandbox's AnalysisLimits): both bound EXIF text."""

    @property
    def max_exif_value_chars(self) -> int: ...


def _clean_text(value: object, limits: ExifLimits) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    text = "".join(ch for ch in value if ch.isprintable()).strip()
    return text[: limits.max_exif_value_chars] or None


def rational(value: object) -> float | None:
    """A finite number from an EXIF rational or number, else None."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def _dms(value: object, ref: object, limit: float) -> float | None:
    if not isinstance(value, tuple | list) or len(value) != 3:
        return None
    parts = [rational(v) for v in value]
    if any(p is None for p in parts):
        return None
    degrees, minutes, seconds = (p for p in parts if p is not None)
    decimal = degrees + minutes / 60 + seconds / 3600
    ref_text = ref.decode("ascii", "replace") if isinstance(ref, bytes) else str(ref or "")
    if ref_text.strip().upper()[:1] in ("S", "W"):
        decimal = -decimal
    if not -limit <= decimal <= limit:
        return None
    return round(decimal, 7)


def _exif_time(value: str | None, offset: str | None) -> str | None:
    if not value:
        return None
    try:
        stamp = datetime.strptime(value[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    text = stamp.isoformat()
    if offset and len(offset) == 6 and offset[0] in "+-" and offset[3] == ":":
        text += offset
    return text


def read_exif(image: Image.Image, limits: ExifLimits) -> tuple[dict[str, Any], str | None]:
    """EXIF fields fieldkit keeps (DateTimeOriginal, GPS, make, model, serial, orientation), sanitised."""
    return exif_facts(image.getexif(), limits)


def read_exif_bytes(raw: bytes, limits: ExifLimits) -> tuple[dict[str, Any], str | None]:
    """The same, from an EXIF block as a container stores it (with or without its 'Exif\\0\\0' prefix)."""
    exif = Image.Exif()
    exif.load(raw)
    return exif_facts(exif, limits)


def exif_facts(exif: Image.Exif, limits: ExifLimits) -> tuple[dict[str, Any], str | None]:
    """The fields fieldkit keeps from a parsed EXIF block, and the capture time they give (ISO 8601) or None."""
    if not exif:
        return {}, None
    return ifd_facts(exif, exif.get_ifd(0x8769), exif.get_ifd(0x8825), limits)


def ifd_facts(
    exif: Mapping[int, Any], sub: Mapping[int, Any], gps: Mapping[int, Any], limits: ExifLimits
) -> tuple[dict[str, Any], str | None]:
    """The same from the three directories apart (IFD0, the Exif IFD, the GPS IFD), as some containers store them
    (Canon CR3 keeps each in a box of its own)."""
    out: dict[str, Any] = {}
    base = {"make": 0x010F, "model": 0x0110, "software": 0x0131, "datetime": 0x0132}
    for name, tag in base.items():
        if (text := _clean_text(exif.get(tag), limits)) is not None:
            out[name] = text
    orientation = exif.get(0x0112)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        out["orientation"] = orientation
    named = {
        "datetime_original": 0x9003,
        "offset_time_original": 0x9011,
        "body_serial_number": 0xA431,
        "lens_model": 0xA434,
        "camera_owner_name": 0xA430,
    }
    for name, tag in named.items():
        if (text := _clean_text(sub.get(tag), limits)) is not None:
            out[name] = text
    if gps:
        latitude = _dms(gps.get(2), gps.get(1), 90.0)
        longitude = _dms(gps.get(4), gps.get(3), 180.0)
        if latitude is not None and longitude is not None:
            position: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
            altitude = rational(gps.get(6))
            if altitude is not None:
                below = gps.get(5) in (1, b"\x01")
                position["altitude_m"] = round(-altitude if below else altitude, 2)
            if (datum := _clean_text(gps.get(18), limits)) is not None:
                position["datum"] = datum
            if (date := _clean_text(gps.get(29), limits)) is not None:
                position["date"] = date
            out["gps"] = position
    captured = _exif_time(out.get("datetime_original"), out.get("offset_time_original"))
    return out, captured
