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
