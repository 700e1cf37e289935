"""Pictures and print images: JPEG (with Ultra HDR / MPF secondary images), PNG, TIFF, BMP, GIF, WebP, JPEG 2000, WSQ.

Runs in the analysis sandbox on the stored bytes. What used to refuse a file at the door now describes it: a
truncated JPEG keeps its EXIF, GPS and thumbnail and is marked damaged; a picture too large to decode within the
limits is described from its header (and its own embedded thumbnail where it has one) and says so. Pillow's own
decompression-bomb check is replaced by ours (Limits.max_image_pixels) so the answer is a note, not an exception.
"""

from __future__ import annotations

import io
import math
import warnings
from typing import Any

from PIL import Image, ImageFile

from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import thumbnail_png
from fieldkit.analysis.formats.exif import rational, read_exif
from fieldkit.config import DEFAULT_LIMITS, AnalysisLimits
from fieldkit.media_types import BY_TYPE, JPEG, PNG, TIFF, WEBP, WSQ

warnings.filterwarnings("ignore", module=r"PIL(\..*)?$")
Image.MAX_IMAGE_PIXELS = None  # our own pixel limit below decides, with a note instead of an exception


def _jpeg_damage(data: bytes) -> str | None:
    """A whole JPEG has an end-of-image marker after its start of scan (phones' trailers and MPF images may follow)."""
    position, end = 2, len(data)
    while position + 4 <= end:
        if data[position] != 0xFF:
            return "the JPEG's header is malformed"
        code = data[position + 1]
        if code == 0xFF:
            position += 1
            continue
        if 0xD0 <= code <= 0xD7 or code == 0x01:
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if length < 2:
            return "the JPEG's header is malformed"
        if code == 0xDA:
            scan = position + 2 + length
            # The last end marker (found from the end at once, not after 8 MB of scan data) is after the scan exactly
            # when any is.
            return None if data.rfind(b"\xff\xd9") >= scan else "the JPEG is truncated: its image data has no end"
        position += 2 + length
    return "the JPEG is truncated inside its header"


def _tiff_pages(image: Image.Image, size: int, limit: int) -> tuple[int, str | None]:
    """Page count, and damage: every page's strips or tiles must lie inside the file."""
    pages = 0
    for _ in range(limit):
        pages += 1
        tags = image.tag_v2  # type: ignore[attr-defined]
        for offsets_tag, counts_tag in ((273, 279), (324, 325)):
            offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
            if offsets is None:
                continue
            offsets = offsets if isinstance(offsets, tuple) else (offsets,)
            counts = counts if isinstance(counts, tuple) else (counts,) if counts is not None else ()
            if len(counts) != len(offsets):
                return pages, "the TIFF's strip table is malformed"
            try:
                past_the_end = any(int(o) + int(c) > size for o, c in zip(offsets, counts, strict=True))
            except (TypeError, ValueError):  # a mutated field type: offsets that are not numbers
                return pages, "the TIFF's strip table is malformed"
            if past_the_end:
                return pages, f"the TIFF is truncated: page {pages} points past the end of the file"
        try:
            image.seek(image.tell() + 1)
        except EOFError:
            return pages, None
        except MemoryError:
            raise
        except Exception as exc:  # a damaged later page: the pages before it still count
            return pages, f"the TIFF's page {pages + 1} is malformed ({type(exc).__name__})"
    return pages, f"the TIFF has more than {limit} pages; only those were counted"


def _draft_box(width: int, height: int, longest: int) -> tuple[int, int]:
    """The picture's own shape with ``longest`` pixels on its longest side: a JPEG is then decoded at the smallest
    scale (1/2, 1/4, 1/8) that still covers it. A square box would keep a 4:3 photo at 1/4 where 1/8 suffices."""
    scale = longest / max(width, height, 1)
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))


def _embedded_thumbnail(image: Image.Image, side: int) -> bytes | None:
    """The thumbnail a camera stored in the EXIF (IFD1), decoded on its own: small whatever the main image's size."""
    try:
        exif = image.getexif()
        ifd1 = exif.get_ifd(0x0001) if hasattr(exif, "get_ifd") else {}
        offset, length = ifd1.get(0x0201), ifd1.get(0x0202)
        if not isinstance(offset, int) or not isinstance(length, int) or not 0 < length < 1 << 20:
            return None
        raw = exif.tobytes()
        blob = raw[offset + 6 : offset + 6 + length] if raw.startswith(b"Exif") else raw[offset : offset + length]
        with Image.open(io.BytesIO(blob), formats=["JPEG"]) as small:
            small.load()
            return thumbnail_png(small, side)
    except Exception:  # a hostile or absent IFD1 only loses this fallback
        return None


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    result = Description(media_type=media_type)
    if media_type == JPEG:
        result.damaged = _jpeg_damage(data)
    if media_type == WSQ:
        import wsq  # noqa: F401 - registers the WSQ codec with Pillow (in the sandbox only)

        if not data.endswith(b"\xff\xa1"):
            result.damaged = "the WSQ file is truncated: it has no end marker"
    ImageFile.LOAD_TRUNCATED_IMAGES = result.damaged is not None  # show what a damaged file still holds
    pillow_format = BY_TYPE[media_type].pillow_format if media_type in BY_TYPE else None
    try:
        image = Image.open(io.BytesIO(data), formats=[pillow_format] if pillow_format else None)
    except Exception as exc:
        result.damaged = result.damaged or f"the {_name(media_type)} file cannot be read ({type(exc).__name__})"
        return result
    with image:
        width, height = image.size
        facts: dict[str, Any] = {"width": width, "height": height, "mode": image.mode}
        result.facts = facts
        dpi = image.info.get("dpi")
        if isinstance(dpi, tuple) and dpi and (ppi := rational(dpi[0])) and 0 < ppi < 100_000:
            facts["file_ppi"] = round(ppi, 2)
        if image.format == "MPO" or "mp" in image.info:
            facts["secondary_images"] = int(getattr(image, "n_frames", 1)) - 1
        too_large = width * height > DEFAULT_LIMITS.max_image_pixels
        try:
            # A PNG's or GIF's EXIF may follow the pixel data: reading it would decode a picture too large to.
            exif, captured = ({}, None) if too_large and media_type not in (JPEG, TIFF, WEBP) else (
                read_exif(image, DEFAULT_LIMITS, data if media_type == TIFF else None))  # fmt: skip
        except MemoryError:
            raise
        except Exception:  # hostile EXIF: keep the image, drop what cannot be read
            exif, captured = {}, None
            result.notes.append("EXIF data present but unreadable")
        if exif:
            facts["exif"] = exif
            if "gps" in exif:
                facts["gps"] = exif["gps"]
        result.captured_at = captured
        if width <= 0 or height <= 0:
            result.damaged = result.damaged or "the image has no pixels"
            return result
        if media_type == TIFF:
            pages, damage = _tiff_pages(image, len(data), DEFAULT_LIMITS.max_import_pages)
            facts["page_count"] = pages
            result.damaged = result.damaged or damage
            try:
                image.seek(0)
            except Exception:
                return result
        if too_large:
            result.thumbnail = _embedded_thumbnail(image, limits.thumbnail_side) if media_type == JPEG else None
            result.notes.append(
                f"the image is {width}x{height} pixels, too large to decode in the sandbox"
                + ("; its embedded thumbnail is shown" if result.thumbnail else "")
            )
            return result
        try:
            if media_type == PNG:
                with Image.open(io.BytesIO(data), formats=["PNG"]) as fresh:
                    fresh.verify()  # every chunk's CRC up to IEND: truncation and bit rot, without decoding
            image.draft("RGB", _draft_box(width, height, limits.thumbnail_side * 2))
            result.thumbnail = thumbnail_png(image, limits.thumbnail_side)
        except MemoryError:
            raise
        except Exception as exc:
            result.damaged = result.damaged or (
                f"the {_name(media_type)} file is truncated or malformed ({type(exc).__name__})"
            )
            if result.thumbnail is None:
                result.thumbnail = _embedded_thumbnail(image, limits.thumbnail_side)
    return result


def _name(media_type: str) -> str:
    row = BY_TYPE.get(media_type)
    return row.name if row else media_type
