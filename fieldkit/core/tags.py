"""Evidence tags from barcodes and QR codes in a photo, to fill in an item's tag number.

zxing-cpp and the picture decoders run in the analysis sandbox (fieldkit.analysis.render): a photo is outside
bytes, and a camera frame's pixels are too. What comes back is cleaned again here before it can become a tag.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from fieldkit.analysis import render as ops
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits
from fieldkit.errors import AnalysisFailedError
from fieldkit.sandbox import pool


@dataclass(frozen=True)
class FoundTag:
    text: str
    format: str


def _found(answer: object) -> list[FoundTag]:
    if not isinstance(answer, list):
        raise AnalysisFailedError("the sandbox answered with something that is not a list of codes",
                                  reason="bad-answer")  # fmt: skip
    found = []
    for entry in answer:
        text = entry.get("text") if isinstance(entry, dict) else None
        kind = entry.get("format") if isinstance(entry, dict) else None
        if isinstance(text, str) and isinstance(kind, str):
            text = "".join(ch for ch in text if ch.isprintable()).strip()[: DEFAULT_LIMITS.max_name_chars]
            if text:  # what an item's tag may hold
                found.append(FoundTag(text, kind[: DEFAULT_LIMITS.max_name_chars]))
    return found


def read_tags(data: bytes, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> list[FoundTag]:
    """Every barcode or QR code zxing-cpp finds in the photo; text is cleaned for use as a tag. AnalysisFailedError
    with the reason when the photo cannot be read."""
    answer = pool.run(ops.TAGS, data, limits=limits, max_pixels=DEFAULT_LIMITS.max_barcode_image_pixels,
                      max_decode_pixels=DEFAULT_LIMITS.max_image_pixels,
                      max_chars=DEFAULT_LIMITS.max_name_chars)  # fmt: skip
    return _found(answer)


def read_tags_in_image(image: Image.Image, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> list[FoundTag]:
    """Tags in an image already in memory (a camera frame): its grey pixels go to the sandbox, not a file."""
    grey = image.convert("L")
    answer = pool.run(ops.TAGS_IN_PIXELS, grey.tobytes(), limits=limits, width=grey.width, height=grey.height,
                      max_pixels=DEFAULT_LIMITS.max_barcode_image_pixels,
                      max_chars=DEFAULT_LIMITS.max_name_chars)  # fmt: skip
    return _found(answer)
