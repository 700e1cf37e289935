"""EXIF as fieldkit keeps it: the fields people need (time, GPS, camera, serial, orientation), sanitised.

Runs in the analysis sandbox on hostile bytes: every value is type-checked, bounded and stripped of control
characters before it is kept; anything unreadable is dropped, never trusted.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from PIL import Image

from fieldkit.config import Limits


def _clean_text(value: object, limits: Limits) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    text = "".join(ch for ch in value if ch.isprintable()).strip()
    return text[: limits.max_exif_value_chars] or None


def _rational(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def _dms(value: object, ref: object, limit: float) -> float | None:
    if not isinstance(value, tuple | list) or len(value) != 3:
        return None
    parts = [_rational(v) for v in value]
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


def read_exif(image: Image.Image, limits: Limits) -> tuple[dict[str, Any], str | None]:
    """EXIF fields fieldkit keeps (DateTimeOriginal, GPS, make, model, serial, orientation), sanitised."""
    exif = image.getexif()
    if not exif:
        return {}, None
    out: dict[str, Any] = {}
    base = {"make": 0x010F, "model": 0x0110, "software": 0x0131, "datetime": 0x0132}
    for name, tag in base.items():
        if (text := _clean_text(exif.get(tag), limits)) is not None:
            out[name] = text
    orientation = exif.get(0x0112)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        out["orientation"] = orientation
    sub = exif.get_ifd(0x8769)
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
    gps = exif.get_ifd(0x8825)
    if gps:
        latitude = _dms(gps.get(2), gps.get(1), 90.0)
        longitude = _dms(gps.get(4), gps.get(3), 180.0)
        if latitude is not None and longitude is not None:
            position: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
            altitude = _rational(gps.get(6))
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
