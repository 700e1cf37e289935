"""The describers, one module per format family; each module has ``describe(data, media_type, limits)``.

Modules are named, not imported, here: a sandbox child imports only the decoders the file in front of it needs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.config import AnalysisLimits

Describer = Callable[[bytes, str, AnalysisLimits], Description]

_IMAGES = "fieldkit.analysis.formats.images"
FAMILIES: dict[str, str] = {
    **{media_type: _IMAGES for media_type in media_types.PICTURES | media_types.PRINT_IMAGES},
    media_types.JP2: _IMAGES,
}


def describer_for(media_type: str) -> Describer | None:
    module = FAMILIES.get(media_type)
    if module is None:
        return None
    describe: Describer = importlib.import_module(module).describe
    return describe
