"""Small JPEG previews of a bundle's photos for the verification report and the Verify page, in memory only.

The verifier does not decode images (it checks bytes); it hands each verified photo, one at a time and at most
``BundleLimits.max_report_thumbnail_source_bytes``, to ``render`` when asked to
(``check_bundle(..., thumbnail=render)``), and keeps only the result. A signed bundle can still carry any image
(a device's own decoder may have been fooled, or the device itself), so the preview is made in the analysis
sandbox by fieldkit.core.thumbnails, as on the device: decoding capped by ``Limits.max_image_pixels`` and by the
sandbox's memory, CPU and time, and an image that is hostile or unusual only loses its preview.
"""

from __future__ import annotations

from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits, Limits
from fieldkit.core import thumbnails

SIZE = 240  # pixels, the longer side


def render(data: bytes, limits: Limits = DEFAULT_LIMITS,
           analysis_limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> bytes | None:  # fmt: skip
    """A small JPEG of an image, made in the sandbox, or None if it cannot be decoded within the limits."""
    return thumbnails.render(data, side=SIZE, limits=limits, analysis_limits=analysis_limits)
