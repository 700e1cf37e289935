"""MGRS grid references (1 m precision) to and from WGS 84 latitude/longitude, as military users read positions.

The conversion is the `mgrs` package's (NGA's GeoTrans code, wheels for Linux, Windows and macOS), which also covers
the polar regions (UPS). It only says "String Error" for any reference it cannot read, so the shape of a typed
reference is checked here first and every refusal says what is wrong with it (``parse_mgrs``); the library's answer
is then read back to the same zone, band and square, which refuses a square that does not exist where its letters
put it (a reference the library would otherwise move to a neighbouring band).
"""

from __future__ import annotations

import math
import re
import warnings

import mgrs

from fieldkit.errors import InvalidValueError

_CONVERTER = mgrs.MGRS()
_EXAMPLE = "write it as zone, band, square and an even number of digits, e.g. 42SWD1234567890 or 42S WD 12345 67890"
# Zone 1-60, band (C-X without I and O), square column and row (A-Z and A-V without I and O), 0-10 digits.
_UTM = re.compile(r"^(\d{1,2})([A-Z])([A-Z])([A-Z])(\d*)$")
# UPS near the poles: band A/B (south) or Y/Z (north), no zone.
_UPS = re.compile(r"^([ABYZ])([A-Z])([A-Z])(\d*)$")
_BANDS = "CDEFGHJKLMNPQRSTUVWX"
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_ROWS = "ABCDEFGHJKLMNPQRSTUV"
MAX_REFERENCE_CHARS = 40  # not a limit: a reference with spaces is at most ~20 characters; longer is not one


def to_mgrs(latitude: object, longitude: object) -> str | None:
    """'18SUJ2337106519'-style MGRS at 1 m (UPS 'Z…' / 'B…' near the poles), or None for values that are not
    coordinates (not numbers, NaN, outside ±90° / ±180°)."""
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float) or isinstance(latitude, bool):
        return None
    if math.isnan(latitude + longitude) or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    try:
        return str(_CONVERTER.toMGRS(float(latitude), float(longitude), MGRSPrecision=5))
    except mgrs.core.MGRSError:
        return None


def _shape_problem(reference: str) -> str | None:
    """What is wrong with the letters and digits of a reference (spaces removed, upper case), or None."""
    if not reference:
        return "it is empty"
    if len(reference) > MAX_REFERENCE_CHARS:
        return f"it has {len(reference)} characters (a reference has at most 15)"
    if not reference.isascii() or not reference.isalnum():
        return "it may hold only letters, digits and spaces"
    utm, ups = _UTM.match(reference), _UPS.match(reference)
    if utm is not None:
        zone, band, column, row, digits = int(utm[1]), utm[2], utm[3], utm[4], utm[5]
        if not 1 <= zone <= 60:
            return f"zone {zone} does not exist (zones are 1 to 60)"
        if band not in _BANDS:
            return f"'{band}' is not a latitude band (C to X, without I and O)"
        if column not in _LETTERS or row not in _ROWS:
            return f"'{column}{row}' is not a 100 km square (letters without I and O; the second one A to V)"
    elif ups is not None:
        column, row, digits = ups[2], ups[3], ups[4]
        if column not in _LETTERS or row not in _LETTERS:
            return f"'{column}{row}' is not a polar 100 km square (letters without I and O)"
    else:
        if reference[:1].isdigit():
            return "after the zone it needs a band letter and two square letters (e.g. 42S WD)"
        return "it does not start with a zone number (1 to 60) or a polar band (A, B, Y, Z)"
    if len(digits) % 2:
        return f"it has {len(digits)} digits: easting and northing need as many digits each"
    if len(digits) > 10:
        return f"it has {len(digits)} digits: at most 5 each for easting and northing (1 m)"
    return None


def parse_mgrs(text: str) -> tuple[float, float]:
    """(latitude, longitude) of an MGRS reference ('42SWD1234567890', spaces allowed, 0 to 5 digits per axis: the
    centre of the square it names). InvalidValueError saying what is wrong with it otherwise."""
    reference = re.sub(r"\s+", "", text).upper()
    shown = "".join(c if c.isprintable() else "?" for c in reference[:MAX_REFERENCE_CHARS])
    problem = _shape_problem(reference)
    if problem is None:
        try:
            with warnings.catch_warnings():
                # GeoTrans warns (and moves the point) for a square outside its band: the read-back below refuses it
                warnings.simplefilter("ignore")
                latitude, longitude = (float(v) for v in _CONVERTER.toLatLon(reference))
        except mgrs.core.MGRSError:
            problem = "that square does not exist in that zone and band"
        else:
            back = to_mgrs(latitude, longitude) or ""
            prefix = reference[: len(reference) - _digit_count(reference)]
            if back.lstrip("0")[: len(prefix.lstrip("0"))] != prefix.lstrip("0"):
                problem = "that square does not exist in that zone and band"
            else:
                return latitude, longitude
    raise InvalidValueError(f"'{shown}' is not an MGRS reference: {problem}; {_EXAMPLE}")


def _digit_count(reference: str) -> int:
    return len(reference) - len(reference.rstrip("0123456789"))


def from_mgrs(text: str) -> tuple[float, float] | None:
    """``parse_mgrs``, or None when the text is not a valid reference (for fields that check as the operator types)."""
    try:
        return parse_mgrs(text)
    except InvalidValueError:
        return None


def mgrs_problem(text: str) -> str | None:
    """Why a typed reference is refused, in words (the window shows it beside the field), or None if it is valid."""
    try:
        parse_mgrs(text)
    except InvalidValueError as error:
        return str(error)
    return None
