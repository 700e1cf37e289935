"""Ten-print cards (FBI FD-249 layout, 8 x 8 in): find the printed boxes in a scan and cut out the ten rolled prints
and the four plain impressions, each with its finger position. The card scan is kept as the original; the cut prints
are derived captures that name it and the box they came from, so a reviewer can re-cut any box by hand.

Layout (inches from the card's top-left corner; the fingerprint block is the bottom 5 inches of the card):
row 1 (y 3.0-4.5) rolled right thumb..little (FGP 1-5), 1.6 in wide each; row 2 (y 4.5-6.0) rolled left thumb..little
(6-10); row 3 (y 6.0-8.0) plain left four fingers (14, 3.2 in), plain left thumb (12, 0.8 in), plain right thumb
(11, 0.8 in), plain right four fingers (13, 3.2 in).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageFilter

from fieldkit.biometrics import codes
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import SegmentationError

CARD_INCHES = 8.0
BLOCK_LINES = (3.0, 4.5, 6.0, 8.0)  # the horizontal lines of the fingerprint block, inches from the top
LAYOUT: tuple[tuple[int, float, float, float, float], ...] = (
    *((fgp, 1.6 * (fgp - 1), 3.0, 1.6, 1.5) for fgp in range(1, 6)),
    *((fgp, 1.6 * (fgp - 6), 4.5, 1.6, 1.5) for fgp in range(6, 11)),
    (14, 0.0, 6.0, 3.2, 2.0),
    (12, 3.2, 6.0, 0.8, 2.0),
    (11, 4.0, 6.0, 0.8, 2.0),
    (13, 4.8, 6.0, 3.2, 2.0),
)
_DARK = 100  # grey level below which a pixel is printed line or ink
_LINE_FRACTION = 0.6  # a row this dark across is a printed line
_INSET_IN = 0.04  # stay this far inside a box, clear of its printed lines
_PAD_IN = 0.05  # margin kept around the print when cropping tight
_MIN_INK = 0.04  # not a limit: a detection threshold; a box with less ink than this share is empty (no finger)


@dataclass(frozen=True)
class Segment:
    finger_position: int
    impression_type: int  # 3 non-live-scan rolled, 2 non-live-scan plain
    box: tuple[int, int, int, int]  # x, y, width, height in card pixels
    image: Image.Image | None  # None: the box is empty


@dataclass(frozen=True)
class CardLayout:
    ppi: float  # measured from the printed lines
    left: float
    top: float  # pixel row of the card's top edge (derived from the block lines)
    skew: float = 0.0  # degrees (counter-clockwise) the scan was turned by to straighten it before cutting

    def box(self, x_in: float, y_in: float, w_in: float, h_in: float) -> tuple[int, int, int, int]:
        return (round(self.left + x_in * self.ppi), round(self.top + y_in * self.ppi), round(w_in * self.ppi),
                round(h_in * self.ppi))  # fmt: skip


def _runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    return runs


def find_layout(card: Image.Image) -> CardLayout:
    """Locate the fingerprint block's printed lines and from them the card's scale and position."""
    grey = card.convert("L")
    width, height = grey.size
    dark = grey.point(lambda v: 255 if v < _DARK else 0)
    # Row darkness from a one-pixel-wide resize keeps memory flat for a 4000 x 4000 card.
    row_dark = dark.resize((1, height), Image.Resampling.BOX).tobytes()
    lines = [(a + b - 1) / 2 for a, b in _runs([v > 255 * _LINE_FRACTION for v in row_dark])]
    if len(lines) > 40:  # a scan full of dark rows is not a card; keep the search small
        raise SegmentationError("the scan has too many dark lines to be a ten-print card")
    expected = [b - a for a, b in itertools.pairwise(BLOCK_LINES)]
    best: tuple[float, list[float]] | None = None
    for i in range(len(lines) - 3):
        for j in range(i + 1, len(lines) - 2):
            for k in range(j + 1, len(lines) - 1):
                for m in range(k + 1, len(lines)):
                    chosen = [lines[i], lines[j], lines[k], lines[m]]
                    gaps = [b - a for a, b in itertools.pairwise(chosen)]
                    scale = sum(gaps) / sum(expected)
                    error = max(abs(g - e * scale) / (e * scale) for g, e in zip(gaps, expected, strict=True))
                    if error < 0.04 and (best is None or error < best[0]):
                        best = (error, chosen)
    if best is None:
        raise SegmentationError("the printed boxes of a ten-print card (FD-249 layout) were not found in the scan")
    chosen = best[1]
    ppi = (chosen[-1] - chosen[0]) / (BLOCK_LINES[-1] - BLOCK_LINES[0])
    line_row = round(chosen[0])
    band = dark.crop((0, max(0, line_row - 1), width, min(height, line_row + 2))).resize(
        (width, 1), Image.Resampling.BOX
    )
    columns = [i for i, v in enumerate(band.tobytes()) if v > 128]
    if not columns:
        raise SegmentationError("the card's printed lines could not be measured")
    measured_width = (columns[-1] - columns[0]) / ppi
    if abs(measured_width - CARD_INCHES) > 0.25:
        raise SegmentationError(
            f"the card's boxes measure {measured_width:.2f} in across, not {CARD_INCHES:.0f} in: is it an FD-249 card?"
        )
    return CardLayout(ppi, float(columns[0]), chosen[0] - BLOCK_LINES[0] * ppi)


def _tight(image: Image.Image, pad: int) -> tuple[tuple[int, int, int, int], float] | None:
    """The bounding box of the ink in a box (smoothed, so dust is ignored), and the ink's share of the box."""
    ink = image.filter(ImageFilter.BoxBlur(3)).point(lambda v: 255 if v < 200 else 0)
    share = ink.resize((1, 1), Image.Resampling.BOX).tobytes()[0] / 255
    bbox = ink.getbbox()
    if bbox is None or share < _MIN_INK:
        return None
    left, top, right, bottom = bbox
    return (
        max(0, left - pad),
        max(0, top - pad),
        min(image.width, right + pad),
        min(image.height, bottom + pad),
    ), share


def estimate_skew(card: Image.Image) -> float:
    """The turn (degrees, counter-clockwise) that makes the card's long printed lines horizontal.

    The printed rows are straight when their darkness is most concentrated in a few pixel rows: the angle that
    maximises the sum of squared row darkness, searched on a reduced image, first coarsely then finely."""
    grey = card.convert("L")

    def reduced(side: int) -> Image.Image:
        scale = min(1.0, side / max(grey.size))
        small = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))))
        return small.point(lambda v: 255 if v < _DARK else 0)

    def sharpness(dark: Image.Image, angle: float) -> float:
        turned = dark.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return float(sum(v * v for v in rows))

    coarse, detailed = reduced(600), reduced(1200)
    half_steps = int(FINGERPRINT_LIMITS.max_card_skew_degrees * 2)
    steps = range(-half_steps, half_steps + 1)
    best = max((step / 2 for step in steps), key=lambda angle: sharpness(coarse, angle))
    fine = max((best + step / 10 for step in range(-5, 6)), key=lambda angle: sharpness(detailed, angle))
    return round(fine, 2)


def straighten(card: Image.Image, skew: float) -> Image.Image:
    """The scan turned by ``skew`` degrees (white where the turn uncovers the corners)."""
    grey = card.convert("L")
    if abs(skew) < 0.05:
        return grey
    return grey.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)


def segment(card: Image.Image) -> tuple[CardLayout, list[Segment]]:
    """Cut the ten rolled prints and the four plain impressions out of a card scan (straightened first)."""
    skew = estimate_skew(card)
    max_skew = FINGERPRINT_LIMITS.max_card_skew_degrees
    if abs(skew) >= max_skew:  # no clear answer within the range searched: not a card, or far too crooked
        skew = 0.0
    grey = straighten(card, skew)
    try:
        located = find_layout(grey)
    except SegmentationError as exc:
        raise SegmentationError(f"{exc.message} (a card more than {max_skew:.0f}° crooked is not straightened: "
                                "scan it again, straighter)") from None  # fmt: skip
    layout = CardLayout(located.ppi, located.left, located.top, skew if abs(skew) >= 0.05 else 0.0)
    inset, pad = round(_INSET_IN * layout.ppi), round(_PAD_IN * layout.ppi)
    segments = []
    for fgp, x_in, y_in, w_in, h_in in LAYOUT:
        x, y, w, h = layout.box(x_in, y_in, w_in, h_in)
        inner = (x + inset, y + inset, x + w - inset, y + h - inset)
        if inner[0] < 0 or inner[1] < 0 or inner[2] > grey.width or inner[3] > grey.height:
            raise SegmentationError("the scan cuts off part of the card: scan the whole card")
        box_image = grey.crop(inner)
        found = _tight(box_image, pad)
        impression = 3 if fgp in codes.SINGLE_FINGERS else 2
        if found is None:
            segments.append(Segment(fgp, impression, (x, y, w, h), None))
            continue
        (left, top, right, bottom), _ = found
        box = (inner[0] + left, inner[1] + top, right - left, bottom - top)
        segments.append(Segment(fgp, impression, box, box_image.crop((left, top, right, bottom))))
    return layout, segments


def cut(card: Image.Image, box: tuple[int, int, int, int], skew: float = 0.0) -> Image.Image:
    """A box cut by hand (x, y, width, height in pixels of the card as straightened by ``skew``)."""
    x, y, w, h = box
    if w < 16 or h < 16 or x < 0 or y < 0 or x + w > card.width or y + h > card.height:
        raise SegmentationError(f"the box {box} is not inside the {card.width} x {card.height} card scan")
    return straighten(card, skew).crop((x, y, x + w, y + h))
