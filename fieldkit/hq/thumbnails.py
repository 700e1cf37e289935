"""Small JPEG previews of a bundle's photos for the verification report and the Verify page, in memory only.

The verifier does not decode images (it checks bytes); it hands each verified photo, one at a time and at most
``BundleLimits.max_report_thumbnail_source_bytes``, to ``render`` when asked to
(``check_bundle(..., thumbnail=render)``), and keeps only the result. A signed bundle can still carry any image,
so decoding is capped by ``Limits.max_image_pixels`` and a draft decode; an image that is hostile or unusual only
loses its preview.
"""

from __future__ import annotations

import io

from PIL import Image

from fieldkit.config import DEFAULT_LIMITS, Limits

SIZE = 240  # pixels, the longer side


def render(data: bytes, limits: Limits = DEFAULT_LIMITS) -> bytes | None:
    """A small JPEG of an image, or None if it cannot be decoded within the limits."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > limits.max_image_pixels:
                return None
            image.draft("RGB", (SIZE * 4 // 3, SIZE * 4 // 3))
            image.thumbnail((SIZE, SIZE))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
            return out.getvalue()
    except Exception:  # a hostile or unusual image only loses its thumbnail
        return None
