"""Latent prints photographed with a ruler: the operator marks two points a known distance apart, fieldkit measures
the photo's resolution from them and resamples it to 1000 ppi (ANSI/NIST Type-13). The photo is kept as the
original; the calibrated print is a derived capture naming it, the two points and the distance."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from fieldkit.biometrics import codes, images
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import InvalidValueError

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Calibration:
    first: tuple[float, float]
    second: tuple[float, float]
    millimetres: float

    @property
    def pixels(self) -> float:
        return math.dist(self.first, self.second)

    @property
    def ppi(self) -> float:
        return self.pixels / (self.millimetres / MM_PER_INCH)

    def check(self, image: Image.Image) -> Calibration:
        for x, y in (self.first, self.second):
            if not (0 <= x <= image.width and 0 <= y <= image.height):
                raise InvalidValueError(
                    f"the ruler point ({x:g}, {y:g}) is outside the {image.width} x {image.height} photo"
                )
        shortest, longest = FINGERPRINT_LIMITS.ruler_mm_range
        if not shortest <= self.millimetres <= longest:
            raise InvalidValueError(
                f"the distance between the ruler marks must be between {shortest:g} and {longest:g} mm"
            )
        if self.pixels < FINGERPRINT_LIMITS.min_ruler_pixels:
            raise InvalidValueError("the two ruler marks are too close together: mark two points further apart")
        low, high = FINGERPRINT_LIMITS.ppi_range
        if not low <= self.ppi <= high:
            raise InvalidValueError(
                f"the marks give {self.ppi:.0f} ppi, outside {low}-{high}: check the points and the distance"
            )
        return self

    def to_json(self) -> dict[str, object]:
        return {"first": list(self.first), "second": list(self.second), "millimetres": self.millimetres,
                "measured_ppi": round(self.ppi, 3)}  # fmt: skip


def parse_points(text: str) -> tuple[tuple[float, float], tuple[float, float]]:
    try:
        x1, y1, x2, y2 = (float(part) for part in text.split(","))
    except ValueError:
        raise InvalidValueError(
            "--ruler takes X1,Y1,X2,Y2: the two marks in photo pixels, e.g. 120,800,1320,800"
        ) from None
    return (x1, y1), (x2, y2)


def calibrate(image: Image.Image, calibration: Calibration) -> Image.Image:
    """The photo resampled so that it has 1000 pixels per inch, as Type-13 wants latents."""
    calibration.check(image)
    result = images.resample(image.convert("L"), calibration.ppi, codes.LATENT_PPI)
    if result.width * result.height > FINGERPRINT_LIMITS.max_print_pixels:
        raise InvalidValueError("at 1000 ppi this photo would be too large: crop it to the print first")
    return result
