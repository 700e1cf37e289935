"""Small JPEG previews of a bundle's photos for the verification report and the Verify page, in memory only.

The verifier does not decode images (it checks bytes); it hands each verified photo, one at a time and at most
``BundleLimits.max_report_thumbnail_source_bytes``, to ``render`` when asked to
(``check_bundle(..., thumbnail=render)``), and keeps only the result. A signed bundle can still carry any image, so
the preview is made by fieldkit.core.thumbnails, the renderer the device's window uses too: decoding capped by
``Limits.max_image_pixels``, a draft decode, and an image that is hostile or unusual only loses its preview.
"""

from __future__ import annotations

from fieldkit.config import DEFAULT_LIMITS, Limits
from fieldkit.core import thumbnails

SIZE = 240  # pixels, the longer side


def render(data: bytes, limits: Limits = DEFAULT_LIMITS) -> bytes | None:
    """A small JPEG of an image, or None if it cannot be decoded within the limits."""
    return thumbnails.render(data, side=SIZE, limits=limits)
