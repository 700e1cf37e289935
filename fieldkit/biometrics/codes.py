"""ANSI/NIST-ITL 1-2011 codes for fingerprints (Tables 8 and 7 of the standard; REFERENCE.md §2)."""

from __future__ import annotations

from fieldkit.errors import InvalidValueError

# A candidate's score (a watchlist hit, an HQ match candidate) as every output gives it: rounded to this many
# decimals, in the text lines (trailing zeros dropped) and in --json alike (docs/cli.md, "Scores").
SCORE_DECIMALS = 2

# Finger position (FGP).
FINGER_NAMES: dict[int, str] = {
    0: "unknown finger",
    1: "right thumb",
    2: "right index",
    3: "right middle",
    4: "right ring",
    5: "right little",
    6: "left thumb",
    7: "left index",
    8: "left middle",
    9: "left ring",
    10: "left little",
    11: "plain right thumb",
    12: "plain left thumb",
    13: "right four fingers (slap)",
    14: "left four fingers (slap)",
    15: "both thumbs",
}
SINGLE_FINGERS = tuple(range(1, 11))
SLAPS = (11, 12, 13, 14)
# The fingers a multi-finger position holds (for AMP and for the ten-print screen).
FINGERS_IN = {11: (1,), 12: (6,), 13: (2, 3, 4, 5), 14: (7, 8, 9, 10), 15: (1, 6)}

# Impression type (IMP).
IMPRESSION_NAMES: dict[int, str] = {
    0: "live-scan plain",
    1: "live-scan rolled",
    2: "non-live-scan plain",
    3: "non-live-scan rolled",
    4: "latent impression",
    5: "latent tracing",
    6: "latent photo",
    7: "latent lift",
}
PLAIN_OR_ROLLED = (0, 1, 2, 3)  # NFIQ 2 is calibrated for these, at 500 ppi
LATENT = (4, 5, 6, 7)

# Amputated or bandaged (AMP): XX amputated, UP unable to print (e.g. bandaged).
CONDITIONS = {"amputated": "XX", "bandaged": "UP"}

TENPRINT_PPI = 500
LATENT_PPI = 1000


def finger_code(value: int | str) -> int:
    try:
        code = int(value)
    except (TypeError, ValueError):
        raise InvalidValueError(f"finger position must be an FGP code from 0 to 15, not {value!r}") from None
    if code not in FINGER_NAMES:
        raise InvalidValueError(f"finger position must be an FGP code from 0 to 15, not {code}")
    return code


def is_latent(impression: int | None) -> bool:
    return impression in LATENT
