"""EXIF, sanitised: the fields fieldkit keeps (when, where, with what camera), from any image Pillow or a plug-in of
Pillow opens, or from raw EXIF bytes (a HEIF item, a RAW file's IFD).

Decision: one reader for every format (it was the import-time probe's, which is gone: nothing decodes at
acquisition), so every sandboxed describer keeps the same fields under the same keys. EXIF is outside input: every
value is checked for type and range, text is stripped of unprintable characters and bounded, so a hostile tag cannot
put control characters in a terminal or megabytes in a record.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import re
import struct
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from PIL import Image

from fieldkit.config import MAKER_NOTE_MAX_ENTRIES, MAKER_NOTE_MAX_SERIAL_BYTES


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


# A UTC offset as EXIF 2.31 writes it ("+03:00", "-04:30"), within the offsets the world's clocks use.
_OFFSET = re.compile(r"[+-](0\d|1[0-4]):[0-5]\d")
# A camera clock that differs from the GPS time by a whole number of quarter hours (a time zone), give or take this
# much (the fix may be a little older than the shot, the camera's clock a little off), is read as that zone.
_GPS_AGREEMENT = timedelta(seconds=90)
_QUARTER_HOUR = timedelta(minutes=15)


def _wall_time(value: object) -> datetime | None:
    """An EXIF "YYYY:MM:DD HH:MM:SS" (the camera's wall clock) as a naive datetime, else None."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _offset(value: object) -> str | None:
    return value if isinstance(value, str) and _OFFSET.fullmatch(value) else None


def _offset_text(delta: timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _gps_utc(gps: Mapping[int, Any]) -> datetime | None:
    """GPSDateStamp ("YYYY:MM:DD") and GPSTimeStamp (three rationals: hours, minutes, seconds), always UTC."""
    date, time = gps.get(29), gps.get(7)
    if isinstance(date, bytes):
        date = date.decode("ascii", "replace")
    if not isinstance(date, str) or not isinstance(time, tuple | list) or len(time) != 3:
        return None
    parts = [rational(v) for v in time]
    if any(p is None for p in parts):
        return None
    hours, minutes, seconds = (p for p in parts if p is not None)
    if not (0 <= hours < 24 and 0 <= minutes < 60 and 0 <= seconds < 61):
        return None
    try:
        day = datetime.strptime(date.strip()[:10], "%Y:%m:%d")
    except ValueError:
        return None
    return day.replace(tzinfo=UTC) + timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds))


def _iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def taken_time(out: dict[str, Any], modified: object, offset_time: object, gps_utc: datetime | None) -> str | None:
    """When the photo was taken, as unambiguous ISO 8601 (docs/bundle-format.md, "Capture times"), from the facts
    kept in ``out``; records on ``out`` how a UTC time was found.

    - the camera's wall time (DateTimeOriginal, else DateTimeDigitized) with its recorded offset (OffsetTimeOriginal,
      OffsetTimeDigitized; OffsetTime, the offset of DateTime, only when DateTime is that same wall time):
      "2024-05-01T14:03:00+03:00", a local time with its offset;
    - no offset, but GPS UTC time (GPSDateStamp + GPSTimeStamp): UTC, "2024-05-01T11:03:00Z". When the wall time
      differs from the GPS time by a time zone (whole quarter hours, within 90 s), it is the wall time moved by that
      zone (the shot's own second; ``out["offset_from_gps"]`` keeps the zone); otherwise the GPS time itself (the
      camera's clock was wrong; its wall time stays in ``datetime_original``);
    - neither: the wall time alone, "2024-05-01T14:03:00" (local, offset unknown)."""
    wall, offset = _wall_time(out.get("datetime_original")), _offset(out.get("offset_time_original"))
    if wall is None:
        wall, offset = _wall_time(out.get("datetime_digitized")), _offset(out.get("offset_time_digitized"))
    if wall is not None and offset is None and _wall_time(modified) == wall:
        offset = _offset(offset_time)
    if wall is not None and offset is not None:
        return wall.isoformat() + offset
    if gps_utc is not None:
        if wall is not None:
            difference = wall - gps_utc.replace(tzinfo=None)
            zone = _QUARTER_HOUR * round(difference / _QUARTER_HOUR)
            if abs(difference - zone) <= _GPS_AGREEMENT and abs(zone) <= timedelta(hours=14):
                out["offset_from_gps"] = _offset_text(zone)
                return _iso_utc((wall - zone).replace(tzinfo=UTC))
        return _iso_utc(gps_utc)
    return wall.isoformat() if wall is not None else None


def read_exif(image: Image.Image, limits: ExifLimits, tiff: bytes | None = None) -> tuple[dict[str, Any], str | None]:
    """EXIF fields fieldkit keeps (DateTimeOriginal, GPS, make, model, serial, orientation), sanitised. ``tiff``: the
    file itself when it is a TIFF stream (the maker note's offsets count from its header); else the EXIF block as
    the file stores it (JPEG's APP1, WebP's and PNG's chunk) is used."""
    raw = image.info.get("exif")
    return exif_facts(image.getexif(), limits, tiff if tiff is not None else raw if isinstance(raw, bytes) else None)


def read_exif_bytes(raw: bytes, limits: ExifLimits) -> tuple[dict[str, Any], str | None]:
    """The same, from an EXIF block as a container stores it (with or without its 'Exif\\0\\0' prefix)."""
    exif = Image.Exif()
    exif.load(raw)
    return exif_facts(exif, limits, raw)


def exif_facts(exif: Image.Exif, limits: ExifLimits, tiff: bytes | None = None) -> tuple[dict[str, Any], str | None]:
    """The fields fieldkit keeps from a parsed EXIF block, and the capture time they give (ISO 8601) or None."""
    if not exif:
        return {}, None
    return ifd_facts(exif, exif.get_ifd(0x8769), exif.get_ifd(0x8825), limits, tiff)


def ifd_facts(
    exif: Mapping[int, Any],
    sub: Mapping[int, Any],
    gps: Mapping[int, Any],
    limits: ExifLimits,
    tiff: bytes | None = None,
) -> tuple[dict[str, Any], str | None]:
    """The same from the three directories apart (IFD0, the Exif IFD, the GPS IFD), as some containers store them
    (Canon CR3 keeps each in a box of its own). ``tiff``: the TIFF stream they were read from, for the maker note
    (its offsets may count from the TIFF header)."""
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
        "datetime_digitized": 0x9004,
        "offset_time_original": 0x9011,
        "offset_time_digitized": 0x9012,
        "offset_time": 0x9010,
        "body_serial_number": 0xA431,
        "lens_model": 0xA434,
        "lens_serial_number": 0xA435,
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
    gps_utc = _gps_utc(gps) if gps else None
    if gps_utc is not None:
        out["gps_time_utc"] = _iso_utc(gps_utc)
    captured = taken_time(out, out.get("datetime"), out.get("offset_time"), gps_utc)
    serials = maker_note_serials(sub.get(0x927C), tiff, limits)
    out.update(serials)
    if serial := out.get("body_serial_number") or serials.get("maker_note_serial_number"):
        out["camera_serial"] = serial
    return out, captured


# --- maker-note serial numbers -----------------------------------------------------------------------------------

# Decision: exifread (maintained, pure Python, runs here in the sandbox like Pillow) decodes the maker notes of
# Canon, Nikon, Fujifilm and older Olympus, whose offsets may count from the TIFF header; Pentax and current Olympus /
# OM System notes (which exifread misreads or skips) are small self-contained IFDs read below with every offset and
# count bounded. Only serial numbers are kept: the rest of a maker note is vendor detail nobody asked for.
_EXIFREAD_SERIALS = {
    "MakerNote SerialNumber": "maker_note_serial_number",
    "MakerNote InternalSerialNumber": "maker_note_internal_serial_number",
    "MakerNote InternalSerialNumber ": "maker_note_internal_serial_number",  # exifread's Canon name has a space
}
_PENTAX_SERIAL = 0x0229
_OLYMPUS_EQUIPMENT, _OLYMPUS_SERIAL, _OLYMPUS_INTERNAL_SERIAL = 0x2010, 0x0101, 0x0102


def _ifd(buf: bytes, start: int, base: int, order: str) -> dict[int, bytes | int]:
    """One IFD of ``buf`` at ``start`` (values at ``base`` + their offset): ASCII values as bytes, single LONG/IFD
    values as ints; whatever lies outside ``buf`` is left out."""
    found: dict[int, bytes | int] = {}
    if not 0 <= start <= len(buf) - 2:
        return found
    (count,) = struct.unpack_from(order + "H", buf, start)
    for index in range(min(count, MAKER_NOTE_MAX_ENTRIES)):
        at = start + 2 + 12 * index
        if at + 12 > len(buf):
            break
        tag, kind, number = struct.unpack_from(order + "HHI", buf, at)
        if kind == 2 and 0 < number <= MAKER_NOTE_MAX_SERIAL_BYTES:
            if number <= 4:
                found[tag] = buf[at + 8 : at + 8 + number]
            else:
                (offset,) = struct.unpack_from(order + "I", buf, at + 8)
                if base + offset + number <= len(buf):
                    found[tag] = buf[base + offset : base + offset + number]
        elif kind in (4, 13) and number == 1:
            found[tag] = struct.unpack_from(order + "I", buf, at + 8)[0]
    return found


def _order(mark: bytes) -> str | None:
    return {b"II": "<", b"MM": ">"}.get(mark)


def _own_note_serials(note: bytes) -> dict[str, bytes]:
    """Pentax ("PENTAX \\0" + byte order, offsets from the note's start) and Olympus / OM System ("OLYMPUS\\0" or
    "OM SYSTEM\\0\\0\\0" + byte order + version: the body's serial in the Equipment IFD)."""
    if note.startswith(b"PENTAX \0") and (order := _order(note[8:10])):
        serial = _ifd(note, 10, 0, order).get(_PENTAX_SERIAL)
        return {"maker_note_serial_number": serial} if isinstance(serial, bytes) else {}
    for header, start in ((b"OLYMPUS\0", 12), (b"OM SYSTEM\0\0\0", 16)):
        if note.startswith(header) and (order := _order(note[len(header) : len(header) + 2])):
            equipment = _ifd(note, start, 0, order).get(_OLYMPUS_EQUIPMENT)
            if not isinstance(equipment, int):
                return {}
            inside = _ifd(note, equipment, 0, order)
            pairs = (("maker_note_serial_number", _OLYMPUS_SERIAL),
                     ("maker_note_internal_serial_number", _OLYMPUS_INTERNAL_SERIAL))  # fmt: skip
            return {name: value for name, tag in pairs if isinstance(value := inside.get(tag), bytes)}
    return {}


def _exifread_serials(tiff: bytes) -> dict[str, object]:
    """The serial numbers exifread finds in the maker note of a TIFF stream (an 'Exif\\0\\0' prefix dropped)."""
    import exifread  # lazy: only when a maker note is there to read (a pure-Python parser, in the sandbox child)

    stream = tiff[6:] if tiff.startswith(b"Exif\0\0") else tiff
    logger = logging.getLogger("exifread")
    quiet = logger.disabled
    logger.disabled = True  # its warnings would quote the file's bytes: evidence is never logged
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            tags = exifread.process_file(io.BytesIO(stream), details=True, extract_thumbnail=False)
    finally:
        logger.disabled = quiet
    found: dict[str, object] = {}
    for key, name in _EXIFREAD_SERIALS.items():
        tag = tags.get(key)
        if tag is not None and name not in found:
            values = tag.values
            found[name] = values if isinstance(values, str | bytes) else str(tag.printable)
    return found


def maker_note_serials(note: object, tiff: bytes | None, limits: ExifLimits) -> dict[str, str]:
    """The camera's serial numbers its maker note holds: ``maker_note_serial_number`` (the body's, as the maker
    prints it) and ``maker_note_internal_serial_number`` where the maker keeps one; sanitised like every EXIF value.
    Empty when there is no maker note or none this reads; a hostile note yields nothing rather than an error."""
    if not isinstance(note, bytes) or not note:
        return {}
    found: dict[str, object]
    try:
        found = dict(_own_note_serials(note))
        if not found and tiff is not None and not note.startswith((b"PENTAX ", b"OLYMPUS\0", b"OM SYSTEM")):
            found = _exifread_serials(tiff)
    except Exception:  # hostile maker note: the rest of the EXIF stands
        return {}
    cleaned = {name: _clean_text(value.rstrip(b"\0") if isinstance(value, bytes) else value, limits)
               for name, value in found.items()}  # fmt: skip
    return {name: value for name, value in cleaned.items() if value and value.strip("0 ")}  # not "0000000"
