"""The one thumbnail renderer for what is not already analysed: HQ's verification report and the fingerprint boxes
ask here; the window's capture grid shows the thumbnail analysis stored (store.analyses), decoding nothing.

Decision: fieldkit's own process decodes no outside bytes. The picture or PDF is rendered in the analysis sandbox
(fieldkit.analysis.render: a pixel cap checked before decoding, a reduced JPEG decode, EXIF orientation, a PDF's
first page straight at the thumbnail's size) and comes back as a JPEG or PNG fieldkit encoded, which is checked
here before anyone decodes it (``checked_picture``: a sandbox taken over by a hostile file could answer anything).
Anything that does not render gives None: a placeholder, never an error. The caller picks the size and the
encoding: JPEG for photos and documents, PNG (lossless) for fingerprints, whose ridges a JPEG would smear.
"""

from __future__ import annotations

import struct
from typing import Literal

from fieldkit import media_types
from fieldkit.analysis import render as ops
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits, Limits
from fieldkit.errors import AnalysisFailedError
from fieldkit.sandbox import pool

Encoding = Literal["JPEG", "PNG"]

# What the capture grid previews. WSQ prints are decoded only where a print is shown on purpose (the fingerprint
# boxes): the grid shows what analysis stored.
RENDERS: frozenset[str] = media_types.PICTURES | {media_types.PDF}
_DECODES: frozenset[str] = RENDERS | media_types.PRINT_IMAGES
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"  # not a limit: the PNG format's signature
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # not a limit: JPEG start-of-frame markers


def renders(media_type: str) -> bool:
    """Whether a capture of this media type gets a picture of itself (the others show a placeholder)."""
    return media_type in RENDERS


def render(data: bytes, media_type: str | None = None, *, side: int, encoding: Encoding = "JPEG",
           limits: Limits = DEFAULT_LIMITS,
           analysis_limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> bytes | None:  # fmt: skip
    """A thumbnail no larger than ``side`` pixels, made in the sandbox, or None when the bytes do not render within
    the limits. ``media_type`` None: the caller knows the bytes are a picture (HQ's verifier hands over pictures)."""
    if media_type is not None and media_type not in _DECODES:
        return None
    try:
        answer = pool.run(ops.THUMBNAIL, data, limits=analysis_limits, media_type=media_type, side=side,
                          encoding=encoding, max_pixels=limits.max_image_pixels)  # fmt: skip
        return checked_picture(answer, side)
    except AnalysisFailedError:  # hostile, damaged or unusual bytes only lose their preview; the original is untouched
        return None


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Width and height a PNG or JPEG declares, read from its header without decoding it; None if it is neither."""
    if data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if not data.startswith(b"\xff\xd8"):
        return None
    position = 2
    while position + 9 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return int(width), int(height)
        position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
    return None


def checked_picture(answer: object, side: int) -> bytes:
    """The sandbox's picture, if it is a PNG or JPEG no larger than ``side`` each way: only then may the window or
    Pillow decode it. A sandbox whose decoder was taken over could answer with a decompression bomb."""
    size = picture_size(answer) if isinstance(answer, bytes) else None
    if size is None or not (0 < size[0] <= side and 0 < size[1] <= side):
        raise AnalysisFailedError("the sandbox answered with something that is not the picture asked for",
                                  reason="bad-answer")  # fmt: skip
    assert isinstance(answer, bytes)
    return answer
