"""WGS 84 latitude/longitude to UTM and MGRS (1 m precision), as military users read positions.

Written here because it is a page of well-known formulas (Snyder, "Map Projections", USGS 1987) and the PyPI
packages for it wrap C libraries without wheels for every platform. Polar regions (UPS) are not covered: None.
"""

from __future__ import annotations

import math
import re

_A = 6_378_137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_EP2 = _E2 / (1 - _E2)
_K0 = 0.9996
_BANDS = "CDEFGHJKLMNPQRSTUVWXX"
_COLUMNS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")
_ROWS = "ABCDEFGHJKLMNPQRSTUV"


def utm_zone(latitude: float, longitude: float) -> int:
    zone = int((longitude + 180) // 6) + 1
    if 56 <= latitude < 64 and 3 <= longitude < 12:
        return 32
    if 72 <= latitude < 84:
        for low, high, special in ((0, 9, 31), (9, 21, 33), (21, 33, 35), (33, 42, 37)):
            if low <= longitude < high:
                return special
    return min(zone, 60)


def to_utm(latitude: float, longitude: float) -> tuple[int, str, float, float]:
    """(zone, latitude band, easting, northing) in metres."""
    zone = utm_zone(latitude, longitude)
    phi = math.radians(latitude)
    lam = math.radians(longitude - ((zone - 1) * 6 - 180 + 3))
    sin, cos, tan = math.sin(phi), math.cos(phi), math.tan(phi)
    n = _A / math.sqrt(1 - _E2 * sin * sin)
    t = tan * tan
    c = _EP2 * cos * cos
    a = cos * lam
    e4, e6 = _E2 * _E2, _E2 * _E2 * _E2
    m = _A * ((1 - _E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
              - (3 * _E2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * math.sin(2 * phi)
              + (15 * e4 / 256 + 45 * e6 / 1024) * math.sin(4 * phi)
              - (35 * e6 / 3072) * math.sin(6 * phi))  # fmt: skip
    easting = _K0 * n * (a + (1 - t + c) * a**3 / 6 + (5 - 18 * t + t * t + 72 * c - 58 * _EP2) * a**5 / 120) + 500_000
    northing = _K0 * (m + n * tan * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * a**4 / 24
                                     + (61 - 58 * t + t * t + 600 * c - 330 * _EP2) * a**6 / 720))  # fmt: skip
    if latitude < 0:
        northing += 10_000_000
    band = _BANDS[min(int((latitude + 80) // 8), len(_BANDS) - 1)]
    return zone, band, easting, northing


def to_mgrs(latitude: object, longitude: object) -> str | None:
    """'18SUJ2337106519'-style MGRS at 1 m, or None outside -80..84° or for values that are not coordinates."""
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
        return None
    if not (-80 <= latitude < 84 and -180 <= longitude <= 180) or math.isnan(latitude + longitude):
        return None
    zone, band, easting, northing = to_utm(float(latitude), float(longitude))
    group = zone % 6 or 6
    column = _COLUMNS[(group - 1) % 3][int(easting // 100_000) - 1]
    row = _ROWS[(int(northing // 100_000) + (5 if group % 2 == 0 else 0)) % 20]
    return f"{zone:02d}{band}{column}{row}{int(easting % 100_000):05d}{int(northing % 100_000):05d}"


def from_utm(zone: int, northern: bool, easting: float, northing: float) -> tuple[float, float]:
    """(latitude, longitude) in WGS 84 degrees of a UTM position (Snyder's inverse, good to well under a metre)."""
    x = easting - 500_000
    y = northing if northern else northing - 10_000_000
    e4, e6 = _E2 * _E2, _E2 * _E2 * _E2
    mu = y / _K0 / (_A * (1 - _E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256))
    e1 = (1 - math.sqrt(1 - _E2)) / (1 + math.sqrt(1 - _E2))
    phi1 = (mu + (3 * e1 / 2 - 27 * e1**3 / 32) * math.sin(2 * mu)
            + (21 * e1**2 / 16 - 55 * e1**4 / 32) * math.sin(4 * mu)
            + (151 * e1**3 / 96) * math.sin(6 * mu) + (1097 * e1**4 / 512) * math.sin(8 * mu))  # fmt: skip
    sin, cos, tan = math.sin(phi1), math.cos(phi1), math.tan(phi1)
    c1, t1 = _EP2 * cos * cos, tan * tan
    n1 = _A / math.sqrt(1 - _E2 * sin * sin)
    r1 = _A * (1 - _E2) / (1 - _E2 * sin * sin) ** 1.5
    d = x / (n1 * _K0)
    latitude = phi1 - (n1 * tan / r1) * (d * d / 2 - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * _EP2) * d**4 / 24
                                         + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * _EP2 - 3 * c1 * c1)
                                         * d**6 / 720)  # fmt: skip
    longitude = (d - (1 + 2 * t1 + c1) * d**3 / 6
                 + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * _EP2 + 24 * t1 * t1) * d**5 / 120) / cos  # fmt: skip
    return math.degrees(latitude), (zone - 1) * 6 - 180 + 3 + math.degrees(longitude)


_MGRS = re.compile(r"^(\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z])([A-HJ-NP-V])((?:\d\d){0,5})$")


def from_mgrs(text: str) -> tuple[float, float] | None:
    """(latitude, longitude) of an MGRS reference ('42SWD1234567890', spaces allowed, 0 to 5 digits per axis: the
    centre of the square it names), or None when it is not a valid reference (a square that does not
    exist in its zone and band is refused too)."""
    match = _MGRS.match(re.sub(r"\s+", "", text).upper())
    if match is None:
        return None
    zone, band, column, row, digits = int(match[1]), match[2], match[3], match[4], match[5]
    if not 1 <= zone <= 60:
        return None
    group = zone % 6 or 6
    columns = _COLUMNS[(group - 1) % 3]
    if column not in columns:
        return None
    half = len(digits) // 2
    scale = 10 ** (5 - half)
    easting = (columns.index(column) + 1) * 100_000 + (int(digits[:half]) * scale if half else 0) + scale / 2
    square_north = (_ROWS.index(row) - (5 if group % 2 == 0 else 0)) % 20 * 100_000
    northern = band >= "N"
    band_south = -80 + 8 * _BANDS.index(band)
    lowest = to_utm(max(band_south, -79.9), (zone - 1) * 6 - 180 + 3)[3]
    northing = square_north + (int(digits[half:]) * scale if half else 0) + scale / 2
    while northing < lowest - 100_000:
        northing += 2_000_000
    latitude, longitude = from_utm(zone, northern, easting, northing)
    # The reference names a real place only if it reads back to the same zone, band and square.
    back = to_mgrs(latitude + 1e-7, longitude + 1e-7)
    if back is None or back[: len(match[1]) + 3].lstrip("0") != f"{zone}{band}{column}{row}":
        return None
    return latitude, longitude
