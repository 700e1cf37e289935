"""The one thumbnail renderer: the window's capture grid, its fingerprint boxes and HQ's verification report all
make their previews here, in memory only (nothing decoded is ever written anywhere).

Decision: one renderer for every preview, because each copy had to repeat the same defences against hostile bytes
and they drifted (one honoured EXIF orientation, one had no pixel cap, one typed the cap out again). Here a picture
is refused above ``Limits.max_image_pixels`` before it is decoded, decoded in draft mode (a JPEG at a reduced scale,
not at full size and then shrunk), turned as its EXIF orientation says; a PDF shows its first page, rendered by
pdfium straight at the thumbnail's size. Anything that does not decode gives None: a placeholder, never an error.
The caller picks the size, and the encoding: JPEG for photos and documents, PNG (lossless) for fingerprints, whose
ridges a JPEG would smear.
"""

from __future__ import annotations

import io
from typing import Literal

from PIL import Image, ImageOps

from fieldkit import media_types
from fieldkit.config import DEFAULT_LIMITS, Limits

Encoding = Literal["JPEG", "PNG"]
JPEG_QUALITY = 85
DRAFT_FACTOR = 2  # decode at twice the thumbnail's side at least, so the final downscale still smooths
_GREY_MODES = ("1", "L", "LA", "I", "F")

# What the capture grid previews. WSQ prints are decoded only where a print is shown on purpose (the fingerprint
# boxes, as before): its C decoder is not safe against hostile bytes, and the grid would run it on every import.
RENDERS: frozenset[str] = media_types.PICTURES | {media_types.PDF}
_DECODES: frozenset[str] = RENDERS | media_types.PRINT_IMAGES


def renders(media_type: str) -> bool:
    """Whether a capture of this media type gets a thumbnail in the capture grid (the others show a placeholder)."""
    return media_type in RENDERS


def render(data: bytes, media_type: str | None = None, *, side: int, encoding: Encoding = "JPEG",
           limits: Limits = DEFAULT_LIMITS) -> bytes | None:  # fmt: skip
    """A thumbnail no larger than ``side`` pixels, or None when the bytes do not decode within the limits.
    ``media_type`` None: the caller knows the bytes are a picture (HQ's verifier hands over pictures only)."""
    try:
        image: Image.Image | None
        if media_type == media_types.PDF:
            image = _pdf_first_page(data, side)
        elif media_type is None or media_type in _DECODES:
            image = _picture(data, media_type, side, limits)
        else:
            return None
        if image is None:
            return None
        return _encode(image, encoding)
    except Exception:  # hostile, damaged or unusual bytes only lose their preview; the original is untouched
        return None


def _picture(data: bytes, media_type: str | None, side: int, limits: Limits) -> Image.Image | None:
    if media_type == media_types.WSQ:
        import wsq  # noqa: F401 - registers the WSQ codec with Pillow, only when a WSQ print is shown

    with Image.open(io.BytesIO(data)) as image:
        if image.width * image.height > limits.max_image_pixels:
            return None
        image.draft("RGB", (side * DRAFT_FACTOR, side * DRAFT_FACTOR))  # a grey JPEG stays grey
        shown = ImageOps.exif_transpose(image)
        shown.thumbnail((side, side))
        return shown


def _pdf_first_page(data: bytes, side: int) -> Image.Image:
    import pypdfium2  # ~20 ms, only when a PDF is shown

    document = pypdfium2.PdfDocument(data)
    try:
        page = document[0]
        try:
            width, height = page.get_size()
            rendered: Image.Image = page.render(scale=side / max(width, height, 1)).to_pil()
            return rendered
        finally:
            page.close()
    finally:
        document.close()


def _encode(image: Image.Image, encoding: Encoding) -> bytes:
    grey = image.mode in _GREY_MODES or image.mode.startswith("I;16")
    out = io.BytesIO()
    shown = image.convert("L" if grey else "RGB")
    if encoding == "PNG":
        shown.save(out, "PNG")
    else:
        shown.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()
