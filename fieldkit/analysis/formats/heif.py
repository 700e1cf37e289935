"""HEIC, HEIF and AVIF photos: size, EXIF (camera, time, GPS, orientation) and a thumbnail.

Decision: HEIC/HEIF through pillow_heif's own API (open_heif), not its Pillow plugin: it answers the primary image's
size and lists the file's embedded thumbnails before decoding a pixel, and Pillow's plugin path refuses a 200 MP
photo as a decompression bomb before we could choose. A primary image within AnalysisLimits.max_decode_pixels is
decoded and reduced (what is shown is the photo itself: an embedded thumbnail may differ from it, a known way to
mislead a viewer); a larger one (a 200 MP phone photo) is shown by its own embedded thumbnail, with a note saying
so, or not at all. libheif applies the file's rotation and mirroring while decoding, so the thumbnail is upright and
the EXIF orientation is reported as stored. AVIF goes through Pillow's AVIF plugin (libavif; pillow_heif has no AV1
decoder here), which turns the picture by its EXIF orientation only when asked. EXIF is read by the same sanitiser
as every other format (exif.py).
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageOps

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import problem, put_exif, thumbnail_png
from fieldkit.analysis.formats.exif import read_exif, read_exif_bytes
from fieldkit.config import AnalysisLimits


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Size, EXIF and thumbnail of one HEIC, HEIF or AVIF photo."""
    if media_type == media_types.AVIF:
        return _avif(data, limits)
    import pillow_heif  # lazy: only HEIF photos load libheif

    # Depth maps and auxiliary images (alpha, HDR gain maps) are kept in the original, not decoded here.
    pillow_heif.options.DEPTH_IMAGES = False
    pillow_heif.options.AUX_IMAGES = False
    pillow_heif.options.THUMBNAILS = True
    description = Description(media_type=media_type, facts={"size": len(data)})
    try:
        heif_file = pillow_heif.open_heif(bytes(data), convert_hdr_to_8bit=True)
        primary = heif_file[heif_file.primary_index]
    except (ValueError, EOFError, SyntaxError, RuntimeError, OSError, IndexError) as exc:
        description.damaged = f"the {media_types.BY_TYPE[media_type].name} file cannot be read ({problem(exc)})"
        return description
    width, height = primary.size
    description.facts.update({"width": width, "height": height, "mode": primary.mode,
                              "image_count": len(heif_file), "bit_depth": primary.info.get("bit_depth")})  # fmt: skip
    _exif(primary.info.get("exif"), description, limits)
    if width * height > limits.max_decode_pixels:
        description.thumbnail = _embedded_thumbnail(primary, description, limits)
        if description.thumbnail is not None:
            description.notes.append(
                f"the photo is {width}x{height} pixels, more than analysis decodes ({limits.max_decode_pixels:,}): "
                "its own embedded thumbnail is shown, which may differ from the photo"
            )
        else:
            description.notes.append(
                f"the photo is {width}x{height} pixels, more than analysis decodes ({limits.max_decode_pixels:,}), "
                "and it has no embedded thumbnail: no thumbnail"
            )
        return description
    try:
        description.thumbnail = thumbnail_png(primary.to_pillow(), limits.thumbnail_side)
    except (ValueError, EOFError, SyntaxError, RuntimeError, OSError) as exc:
        description.damaged = f"the image data cannot be decoded (truncated or malformed: {problem(exc)})"
        description.thumbnail = _embedded_thumbnail(primary, description, limits)
        if description.thumbnail is not None:
            description.notes.append("its own embedded thumbnail is shown instead, which may differ from the photo")
    return description


def _exif(raw: object, description: Description, limits: AnalysisLimits) -> None:
    if not isinstance(raw, bytes) or not raw:
        return
    try:
        exif, captured = read_exif_bytes(raw, limits)
    except Exception:  # hostile EXIF: keep the picture, drop what cannot be read
        description.notes.append("EXIF data present but unreadable")
        return
    put_exif(description, exif, captured)


def _embedded_thumbnail(primary: Any, description: Description, limits: AnalysisLimits) -> bytes | None:
    """The smallest embedded thumbnail at least thumbnail_side wide or high, else the largest one within limits."""
    candidates = []
    for index in range(len(primary.info.get("thumbnails", []))):
        try:
            thumbnail = primary.get_thumbnail(index)
        except (IndexError, ValueError, RuntimeError, OSError):
            continue
        width, height = thumbnail.size
        if 0 < width * height <= limits.max_decode_pixels:
            candidates.append((max(width, height) < limits.thumbnail_side, max(width, height), thumbnail))
    # Big enough ones first (False sorts first), the smallest of those; else the largest of the small ones.
    candidates.sort(key=lambda c: (c[0], c[1] if not c[0] else -c[1]))
    for _, _, thumbnail in candidates:
        try:
            return thumbnail_png(thumbnail.to_pillow(), limits.thumbnail_side)
        except (ValueError, EOFError, SyntaxError, RuntimeError, OSError):
            continue
    return None


def _avif(data: bytes, limits: AnalysisLimits) -> Description:
    description = Description(media_type=media_types.AVIF, facts={"size": len(data)})
    try:
        image = Image.open(io.BytesIO(data), formats=["AVIF"])
    except Image.DecompressionBombError:
        description.notes.append("the photo has more pixels than Pillow opens: not described further")
        return description
    except Exception as exc:  # hostile input: any parser failure is a damaged file
        description.damaged = f"the AVIF file cannot be read ({problem(exc)})"
        return description
    with image:
        width, height = image.size
        description.facts.update({"width": width, "height": height, "mode": image.mode})
        try:
            exif, captured = read_exif(image, limits)
            put_exif(description, exif, captured)
        except Exception:  # hostile EXIF: keep the picture, drop what cannot be read
            description.notes.append("EXIF data present but unreadable")
        if width * height > limits.max_decode_pixels:
            description.notes.append(
                f"the photo is {width}x{height} pixels, more than analysis decodes ({limits.max_decode_pixels:,}): "
                "no thumbnail"
            )
            return description
        try:
            image.load()
            shown = ImageOps.exif_transpose(image)
            description.thumbnail = thumbnail_png(shown, limits.thumbnail_side)
        except Exception as exc:  # a truncated or malformed image: described as far as it goes
            description.damaged = f"the image data cannot be decoded (truncated or malformed: {problem(exc)})"
    return description
