"""The operations a sandbox child runs for analysis (named "fieldkit.analysis.ops:NAME" by the runner).

They run in the child only: whatever they import (Pillow, pdfium, libheif, FFmpeg) is loaded there, never in the
process that holds the store's keys.
"""

from __future__ import annotations

from typing import Any

from fieldkit import media_types
from fieldkit.analysis import formats
from fieldkit.analysis.description import Description
from fieldkit.config import AnalysisLimits

DESCRIBE = "fieldkit.analysis.ops:describe"


def describe(data: bytes, media_type: str, limits: dict[str, Any]) -> dict[str, Any]:
    """Describe one original from its stored bytes (see fieldkit.analysis.description)."""
    bounded = AnalysisLimits(**limits)
    if not data:
        return Description(media_type, damaged="the file is empty").to_wire()
    describer = formats.describer_for(media_type)
    if describer is None:
        name = media_types.BY_TYPE[media_type].name if media_type in media_types.BY_TYPE else "this type"
        return Description(media_type, notes=[f"fieldkit has no decoder for {name}: kept as it is"]).to_wire()
    return describer(data, media_type, bounded).to_wire()


TAKEN = "fieldkit.analysis.ops:taken"


def taken(data: bytes, media_type: str, limits: dict[str, Any]) -> dict[str, Any]:
    """When a photo says it was taken (EXIF DateTimeOriginal with its offset, ISO 8601), read from its first bytes
    only: its header, no pixels decoded (the Import dialog asks this of every file before importing). None when the
    header holds no such time or cannot be read."""
    import io

    from PIL import Image

    from fieldkit.analysis.formats.exif import read_exif  # lazy: Pillow's EXIF reader, in the sandbox child only
    from fieldkit.config import DEFAULT_LIMITS  # lazy: with it

    row = media_types.BY_TYPE.get(media_type)
    if row is None or row.pillow_format is None or not data:
        return {"captured_at": None}
    try:
        with Image.open(io.BytesIO(data), formats=[row.pillow_format]) as image:
            _, captured = read_exif(image, DEFAULT_LIMITS)
    except Exception:  # a header that does not parse: no time, nothing else lost
        captured = None
    return {"captured_at": captured if isinstance(captured, str) else None}
