"""The describers: one module per format family, each with ``describe(data, media_type, limits) -> Description``,
and ``describer_for``, which names the family of every media type in fieldkit.media_types.

Decision: families are named by module and imported only when asked for, because describers run in a sandbox child
that should load only the decoders its file needs (FFmpeg, pdfium, libheif, the WSQ codec each cost start-up time
and bring their own attack surface). A describer never writes files, never spawns processes, bounds its work by
AnalysisLimits, and turns a decoder's failure into a Description marked ``damaged`` or a clear exception (the caller
marks the analysis failed). docs/formats-analysed.md says what each family reads, with which library.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable

from fieldkit import media_types as mt
from fieldkit.analysis.description import Description
from fieldkit.config import AnalysisLimits

Describer = Callable[[bytes, str, AnalysisLimits], Description]

# Pillow warns on odd input (corrupt EXIF, large images) with messages that may quote the file's own bytes: they must
# not reach a log or terminal; what a describer makes of the input is in its Description.
warnings.filterwarnings("ignore", module=r"PIL(\..*)?$")

# The module describing each media type, by family.
_FAMILY_TYPES: dict[str, tuple[str, ...]] = {
    "fieldkit.analysis.formats.images": (mt.JPEG, mt.PNG, mt.TIFF, mt.BMP, mt.GIF, mt.WEBP, mt.WSQ, mt.JP2),
    "fieldkit.analysis.formats.heif": (mt.HEIC, mt.HEIF, mt.AVIF),
    "fieldkit.analysis.formats.raw": (mt.DNG, mt.CR2, mt.CR3, mt.NEF, mt.ARW, mt.ORF, mt.RW2, mt.RAF),
    "fieldkit.analysis.formats.av_media": (
        mt.MP4, mt.QUICKTIME, mt.THREE_GP, mt.MATROSKA, mt.WEBM, mt.AVI, mt.OGG_VIDEO, mt.MP3, mt.M4A, mt.AAC, mt.WAV,
        mt.OGG, mt.FLAC, mt.AMR, mt.AMR_WB,
    ),
    "fieldkit.analysis.formats.text": (mt.TEXT, mt.XML, mt.JSON, mt.HTML, mt.CSV, mt.RTF, mt.EMAIL),
    "fieldkit.analysis.formats.office": (mt.DOCX, mt.XLSX, mt.PPTX, mt.ODT, mt.ODS, mt.ODP),
    "fieldkit.analysis.formats.pdf": (mt.PDF,),
    "fieldkit.analysis.formats.nist": (mt.ANSI_NIST,),
    "fieldkit.analysis.formats.archive": (mt.ZIP, mt.TAR, mt.GZIP),
    "fieldkit.analysis.formats.database": (mt.SQLITE,),
    "fieldkit.analysis.formats.binary": (mt.SEVEN_ZIP, mt.RAR, mt.OLE, mt.OCTET_STREAM),
}  # fmt: skip
FAMILIES: dict[str, str] = {media_type: module for module, types in _FAMILY_TYPES.items() for media_type in types}


def family_of(media_type: str) -> str | None:
    """The module that describes this media type ('fieldkit.analysis.formats.pdf'), or None if none does."""
    return FAMILIES.get(media_type)


def describer_for(media_type: str) -> Describer | None:
    """The ``describe`` function for this media type, its module imported now; None for a type with no family."""
    module_name = family_of(media_type)
    if module_name is None:
        return None
    describe: Describer = importlib.import_module(module_name).describe
    return describe
