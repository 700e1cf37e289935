"""Every media type fieldkit stores, in one table: what people call it, the file-name suffixes that announce it, what
Pillow calls it, the capture kinds that accept it, and whether the picture and fingerprint code decode it directly.

Decision: one row per type, at the base of the package, because the importer, the bundle writer and verifier, the
fingerprint workflows and the window all ask these questions; typed out per module the answers drifted (JPEG 2000
was missing from some). Adding a format is one row here; every lookup below is derived from the rows, and
tests/unit/test_media_types.py fails on a media type or suffix list written out anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.models import CaptureKind

JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
PDF = "application/pdf"
BMP = "image/bmp"
GIF = "image/gif"
WEBP = "image/webp"
WSQ = "image/x-wsq"
JP2 = "image/jp2"

_ANY: frozenset[CaptureKind] = frozenset({"photo", "document", "fingerprint"})


@dataclass(frozen=True)
class MediaType:
    media_type: str
    name: str  # for people, in messages: "JPEG 2000"
    suffixes: tuple[str, ...]  # lower case, with the dot; the first is the one fieldkit writes (bundle payloads)
    pillow_format: str | None  # Pillow's name for it (WSQ: once the wsq package has registered it); None: not Pillow
    accepted_as: frozenset[CaptureKind]  # the kinds of capture a file of this type may be imported as
    default_kind: CaptureKind  # the kind an import gives it when none is asked for
    # Decoded as it is by the viewer (Qt) and by thumbnails, near-duplicate hashes and the HQ report (Pillow).
    picture: bool = False
    # Read by the fingerprint workflows (fieldkit.biometrics) as a print image.
    print_image: bool = False


TABLE: tuple[MediaType, ...] = (
    MediaType(JPEG, "JPEG", (".jpg", ".jpeg", ".jpe", ".jfif"), "JPEG", _ANY, "photo", picture=True, print_image=True),
    MediaType(PNG, "PNG", (".png",), "PNG", _ANY, "photo", picture=True, print_image=True),
    MediaType(TIFF, "TIFF", (".tif", ".tiff"), "TIFF", _ANY, "document", picture=True, print_image=True),
    MediaType(PDF, "PDF", (".pdf",), None, frozenset({"document"}), "document"),
    MediaType(BMP, "BMP", (".bmp", ".dib"), "BMP", _ANY, "photo", picture=True, print_image=True),
    MediaType(GIF, "GIF", (".gif",), "GIF", frozenset({"photo"}), "photo", picture=True),
    MediaType(WEBP, "WebP", (".webp",), "WEBP", frozenset({"photo", "document"}), "photo", picture=True),
    MediaType(WSQ, "WSQ", (".wsq",), "WSQ", frozenset({"fingerprint"}), "fingerprint", print_image=True),
    MediaType(JP2, "JPEG 2000", (".jp2", ".j2k", ".jpf"), "JPEG2000", _ANY, "photo"),
)

BY_TYPE: dict[str, MediaType] = {row.media_type: row for row in TABLE}
BY_SUFFIX: dict[str, MediaType] = {suffix: row for row in TABLE for suffix in row.suffixes}
BY_PILLOW_FORMAT: dict[str, MediaType] = {row.pillow_format: row for row in TABLE if row.pillow_format}

# Media types the viewer, thumbnails and near-duplicate hashes decode directly.
PICTURES: frozenset[str] = frozenset(row.media_type for row in TABLE if row.picture)
# Media types the fingerprint workflows read as a print image.
PRINT_IMAGES: frozenset[str] = frozenset(row.media_type for row in TABLE if row.print_image)


def written_suffix(media_type: str) -> str:
    """The suffix (without the dot) fieldkit gives a file of this type, e.g. a bundle payload; 'bin' if unknown."""
    row = BY_TYPE.get(media_type)
    return row.suffixes[0][1:] if row else "bin"
