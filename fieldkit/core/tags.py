"""Evidence tags from barcodes and QR codes in a photo (zxing-cpp), to fill in an item's tag number."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import DamagedMediaError


@dataclass(frozen=True)
class FoundTag:
    text: str
    format: str


def read_tags(data: bytes) -> list[FoundTag]:
    """Every barcode or QR code zxing-cpp finds in the image, largest first; text is cleaned for use as a tag."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > DEFAULT_LIMITS.max_barcode_image_pixels:
                image.draft("L", (4000, 4000))
            grey = ImageOps.exif_transpose(image).convert("L")
    except Exception as exc:  # hostile or broken image: no tag, a clear reason
        raise DamagedMediaError(f"the image cannot be read for a barcode ({type(exc).__name__})") from exc
    return read_tags_in_image(grey)


def read_tags_in_image(image: Image.Image) -> list[FoundTag]:
    """Tags in an image already in memory (a camera frame, a decoded photo)."""
    import zxingcpp

    grey = image.convert("L")
    if grey.width * grey.height > DEFAULT_LIMITS.max_barcode_image_pixels:
        grey.thumbnail((4000, 4000))
    found = []
    for result in zxingcpp.read_barcodes(grey):
        text = "".join(ch for ch in result.text if ch.isprintable()).strip()
        text = text[: DEFAULT_LIMITS.max_name_chars]  # what an item's tag may hold
        if text:
            found.append(FoundTag(text, str(result.format)))
    return found
