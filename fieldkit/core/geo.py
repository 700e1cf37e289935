"""WGS 84 latitude/longitude to UTM and MGRS (1 m precision), as military users read positions.

Written here because it is a page of well-known formulas (Snyder, "Map Projections", USGS 1987) and the PyPI
packages for it wrap C libraries without wheels for every platform. Polar regions (UPS) are not covered: None.
"""

from __future__ import annotations

import math

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
