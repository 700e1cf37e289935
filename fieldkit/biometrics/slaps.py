"""Four-finger slaps cut into their fingers (ANSI/NIST 14.021 SEG), so each finger can be scored with NFIQ 2 and the
AFIS gets the finger positions inside the slap image.

Fingers stand side by side in a slap, so the ink's column profile has one hump per finger: the humps are found and
each finger's box is the ink inside its columns. Left to right in the image (finger pads seen from the front, as
cards and live-scanners record them): right hand index, middle, ring, little; left hand little, ring, middle, index.
When the humps do not match the fingers expected (a finger missing that was not marked, fingers pressed together),
no segmentation is given rather than a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageFilter

ORDER = {13: (2, 3, 4, 5), 14: (10, 9, 8, 7)}
_INK = 200
_MIN_GAP_IN = 0.03  # not a limit: a detection threshold; columns of near-white between two fingers
_MIN_FINGER_IN = 0.25  # not a limit: a detection threshold; narrower humps are smudges, not fingers


@dataclass(frozen=True)
class FingerBox:
    finger: int
    left: int
    top: int
    right: int
    bottom: int

    def crop(self, image: Image.Image) -> Image.Image:
        return image.crop((self.left, self.top, self.right, self.bottom))


def segment(image: Image.Image, slap: int, ppi: float, missing: Iterable[int] = ()) -> list[FingerBox] | None:
    """The fingers of a four-finger slap (FGP 13 or 14) with their boxes; None when they cannot be told apart."""
    if slap not in ORDER:
        return None
    absent = set(missing)
    expected = [finger for finger in ORDER[slap] if finger not in absent]
    if not expected:
        return None
    grey = image.convert("L")
    ink = grey.filter(ImageFilter.BoxBlur(2)).point(lambda v: 255 if v < _INK else 0)
    profile = ink.resize((ink.width, 1), Image.Resampling.BOX).tobytes()
    floor = max(profile) * 0.08
    runs: list[list[int]] = []
    gap = 0
    for column, value in enumerate(profile):
        if value > floor:
            if runs and gap < _MIN_GAP_IN * ppi and runs[-1][1] >= column - gap - 1:
                runs[-1][1] = column
            else:
                runs.append([column, column])
            gap = 0
        else:
            gap += 1
    humps = [(a, b) for a, b in runs if b - a + 1 >= _MIN_FINGER_IN * ppi]
    if len(humps) != len(expected):
        return None
    boxes = []
    for finger, (left, right) in zip(expected, humps, strict=True):
        rows = ink.crop((left, 0, right + 1, ink.height)).getbbox()
        if rows is None:
            return None
        boxes.append(FingerBox(finger, left, rows[1], right + 1, rows[3]))
    return boxes
