"""Thumbnails of fingerprints for the ten-print boxes. Every other fingerprint job is in ``gui/ops/fingerprints.py``;
this rendering stays here until one renderer in the core serves the grid, the fingerprint boxes and the HQ report."""

from __future__ import annotations

from fieldkit.biometrics import images

THUMBNAIL = 220


def _thumbnail(data: bytes, size: int = THUMBNAIL) -> bytes | None:
    import io

    try:
        image = images.decode(data)
    except Exception:  # a print that does not decode keeps its box empty; the original is untouched
        return None
    image.thumbnail((size, size))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
