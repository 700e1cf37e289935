"""Every media type fieldkit knows, in one table: what people call it, the file-name suffixes that announce it, the
magic numbers that announce it, what Pillow calls it, the capture kind it gets, and whether the picture and
fingerprint code decode it directly; and ``sniff``, the magic-number guess acquisition makes from a file's first bytes.

Decision: one row per type, at the base of the package, because the importer, the analysis describers, the bundle
writer and verifier, the fingerprint workflows and the window all ask these questions; typed out per module the
answers drifted (JPEG 2000 was missing from some). Adding a format is one row here (and a test in
tests/unit/test_media_types.py sniffing a real sample); every lookup below is derived from the rows, and
tests/unit/test_media_types.py fails on a media type or suffix list written out anywhere else.

Preserve first (issue 12): ``sniff`` only names what the first bytes announce, never refuses, and falls back to
``application/octet-stream``; it reads nothing but the head it is given (no decoder, no decompression), so it is safe
on hostile bytes in the main process. Everything that decodes runs later, in the analysis sandbox. A suffix or a
``--kind`` that disagrees with the content is a warning (``accepted_as``), never a reason to lose the file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from fieldkit.models import CaptureKind

# Pictures and prints.
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
BMP = "image/bmp"
GIF = "image/gif"
WEBP = "image/webp"
WSQ = "image/x-wsq"
JP2 = "image/jp2"
HEIC = "image/heic"
HEIF = "image/heif"
AVIF = "image/avif"
# Camera RAW (the names of freedesktop.org's shared-mime-info).
DNG = "image/x-adobe-dng"
CR2 = "image/x-canon-cr2"
CR3 = "image/x-canon-cr3"
NEF = "image/x-nikon-nef"
ARW = "image/x-sony-arw"
ORF = "image/x-olympus-orf"
RW2 = "image/x-panasonic-rw2"
RAF = "image/x-fuji-raf"
# Video and audio.
MP4 = "video/mp4"
QUICKTIME = "video/quicktime"
THREE_GP = "video/3gpp"
MATROSKA = "video/x-matroska"
WEBM = "video/webm"
AVI = "video/x-msvideo"
OGG_VIDEO = "video/ogg"
MP3 = "audio/mpeg"
M4A = "audio/mp4"
AAC = "audio/aac"
WAV = "audio/wav"
OGG = "audio/ogg"
FLAC = "audio/flac"
AMR = "audio/amr"
AMR_WB = "audio/amr-wb"
# Documents and text.
PDF = "application/pdf"
TEXT = "text/plain"
XML = "application/xml"
JSON = "application/json"
HTML = "text/html"
CSV = "text/csv"
RTF = "application/rtf"
EMAIL = "message/rfc822"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
# Biometric transactions, archives, databases, and anything else.
ANSI_NIST = "application/x-ansi-nist"
ZIP = "application/zip"
TAR = "application/x-tar"
GZIP = "application/gzip"
SEVEN_ZIP = "application/x-7z-compressed"
RAR = "application/vnd.rar"
SQLITE = "application/vnd.sqlite3"
OLE = "application/x-ole-storage"
OCTET_STREAM = "application/octet-stream"

_ANY: frozenset[CaptureKind] = frozenset({"photo", "document", "fingerprint", "file"})
_PHOTO: frozenset[CaptureKind] = frozenset({"photo", "document", "file"})
_RAW: frozenset[CaptureKind] = frozenset({"photo", "file"})
_MEDIA: frozenset[CaptureKind] = frozenset({"media", "file"})
_DOCUMENT: frozenset[CaptureKind] = frozenset({"document", "file"})
_FILE: frozenset[CaptureKind] = frozenset({"file"})


@dataclass(frozen=True)
class MediaType:
    media_type: str
    name: str  # for people, in messages: "JPEG 2000"
    suffixes: tuple[str, ...]  # lower case, with the dot; the first is the one fieldkit writes (bundle payloads)
    # Pillow's name for it (WSQ: once the wsq package has registered it); None: not read by fieldkit's Pillow code
    # outside the analysis sandbox (HEIC, RAW, ... are read there by their own describers).
    pillow_format: str | None
    # The kinds a file of this type matches. Preserve first: a capture of another kind is kept all the same, with a
    # warning; every type matches "file".
    accepted_as: frozenset[CaptureKind]
    default_kind: CaptureKind  # the kind an import gives it when none is asked for
    # Decoded as it is by the viewer (Qt) and by thumbnails, near-duplicate hashes and the HQ report (Pillow).
    picture: bool = False
    # Read by the fingerprint workflows (fieldkit.biometrics) as a print image.
    print_image: bool = False
    # What ``sniff`` recognises it by, for people (docs/formats-analysed.md).
    magic: str = ""
    # FFmpeg's demuxer for it (audio and video): analysis names it rather than let FFmpeg guess.
    ffmpeg_format: str | None = None


TABLE: tuple[MediaType, ...] = (
    MediaType(JPEG, "JPEG", (".jpg", ".jpeg", ".jpe", ".jfif"), "JPEG", _ANY, "photo", picture=True, print_image=True,
              magic="FF D8 FF (Ultra HDR and MPO multi-picture JPEGs too: the primary image)"),
    MediaType(PNG, "PNG", (".png",), "PNG", _ANY, "photo", picture=True, print_image=True,
              magic="89 'PNG' 0D 0A 1A 0A"),
    MediaType(TIFF, "TIFF", (".tif", ".tiff"), "TIFF", _ANY, "document", picture=True, print_image=True,
              magic="'II*' 00 or 'MM' 00 '*' (and not one of the camera RAW formats below)"),
    MediaType(PDF, "PDF", (".pdf",), None, _DOCUMENT, "document", magic="'%PDF-' in the first 1024 bytes"),
    MediaType(BMP, "BMP", (".bmp", ".dib"), "BMP", _ANY, "photo", picture=True, print_image=True,
              magic="'BM' and a known DIB header size at offset 14"),
    MediaType(GIF, "GIF", (".gif",), "GIF", frozenset({"photo", "file"}), "photo", picture=True,
              magic="'GIF87a' or 'GIF89a'"),
    MediaType(WEBP, "WebP", (".webp",), "WEBP", _PHOTO, "photo", picture=True, magic="'RIFF' size 'WEBP'"),
    MediaType(WSQ, "WSQ", (".wsq",), "WSQ", frozenset({"fingerprint", "file"}), "fingerprint", print_image=True,
              magic="FF A0 FF (start of image, then a WSQ marker)"),
    MediaType(JP2, "JPEG 2000", (".jp2", ".j2k", ".jpf"), "JPEG2000", _ANY, "photo",
              magic="the JP2 signature box, or the FF 4F FF 51 codestream"),
    MediaType(HEIC, "HEIC", (".heic", ".hif"), None, _PHOTO, "photo",
              magic="ISO BMFF 'ftyp' with brand heic, heix, heim, heis, hevc or hevx"),
    MediaType(HEIF, "HEIF", (".heif",), None, _PHOTO, "photo",
              magic="ISO BMFF 'ftyp' with brand mif1, msf1, mif2 or miaf and no HEVC or AV1 brand"),
    MediaType(AVIF, "AVIF", (".avif",), None, _PHOTO, "photo", magic="ISO BMFF 'ftyp' with brand avif or avis"),
    MediaType(DNG, "DNG", (".dng",), None, _RAW, "photo", magic="TIFF whose first IFD has the DNGVersion tag"),
    MediaType(CR2, "Canon CR2", (".cr2",), None, _RAW, "photo", magic="TIFF with 'CR' 02 00 at offset 8"),
    MediaType(CR3, "Canon CR3", (".cr3",), None, _RAW, "photo", magic="ISO BMFF 'ftyp' with brand 'crx '"),
    MediaType(NEF, "Nikon NEF", (".nef", ".nrw"), None, _RAW, "photo",
              magic="TIFF whose first IFD has Make NIKON and a reduced-size first image or SubIFDs"),
    MediaType(ARW, "Sony ARW", (".arw", ".srf", ".sr2"), None, _RAW, "photo",
              magic="TIFF whose first IFD has Make SONY and a reduced-size first image or SubIFDs"),
    MediaType(ORF, "Olympus ORF", (".orf",), None, _RAW, "photo", magic="'IIRO', 'IIRS' or 'MMOR'"),
    MediaType(RW2, "Panasonic RW2", (".rw2", ".rwl"), None, _RAW, "photo", magic="'IIU' 00"),
    MediaType(RAF, "Fujifilm RAF", (".raf",), None, _RAW, "photo", magic="'FUJIFILMCCD-RAW '"),
    MediaType(MP4, "MP4 video", (".mp4", ".m4v"), None, _MEDIA, "media", ffmpeg_format="mov",
              magic="ISO BMFF 'ftyp' with any other brand (isom, mp41, mp42, avc1, ...)"),
    MediaType(QUICKTIME, "QuickTime movie", (".mov", ".qt"), None, _MEDIA, "media", ffmpeg_format="mov",
              magic="'ftyp' with brand 'qt  ', or a first atom moov, mdat, wide, free, skip or pnot"),
    MediaType(THREE_GP, "3GP video", (".3gp", ".3g2"), None, _MEDIA, "media", ffmpeg_format="mov",
              magic="ISO BMFF 'ftyp' with a brand starting 3gp, 3gg, 3ge, 3gs or 3g2"),
    MediaType(MATROSKA, "Matroska video", (".mkv", ".mka", ".mk3d"), None, _MEDIA, "media", ffmpeg_format="matroska",
              magic="EBML 1A 45 DF A3 (DocType not webm)"),
    MediaType(WEBM, "WebM video", (".webm",), None, _MEDIA, "media", ffmpeg_format="matroska",
              magic="EBML 1A 45 DF A3 with DocType 'webm'"),
    MediaType(AVI, "AVI video", (".avi",), None, _MEDIA, "media", ffmpeg_format="avi", magic="'RIFF' size 'AVI '"),
    MediaType(OGG_VIDEO, "Ogg video", (".ogv",), None, _MEDIA, "media", ffmpeg_format="ogg",
              magic="'OggS' whose first packet is a Theora or VP8 header"),
    MediaType(MP3, "MP3 audio", (".mp3",), None, _MEDIA, "media", ffmpeg_format="mp3",
              magic="'ID3' tag, or an MPEG audio frame header followed by another"),
    MediaType(M4A, "M4A audio", (".m4a", ".m4b", ".m4p"), None, _MEDIA, "media", ffmpeg_format="mov",
              magic="ISO BMFF 'ftyp' with brand 'M4A ', 'M4B ', 'M4P ' or 'F4A '"),
    MediaType(AAC, "AAC audio (ADTS)", (".aac", ".adts"), None, _MEDIA, "media", ffmpeg_format="aac",
              magic="ADTS sync FF F1 or FF F9"),
    MediaType(WAV, "WAV audio", (".wav", ".wave"), None, _MEDIA, "media", ffmpeg_format="wav",
              magic="'RIFF', 'RF64' or 'BW64', size, 'WAVE'"),
    MediaType(OGG, "Ogg audio", (".ogg", ".oga", ".opus", ".spx"), None, _MEDIA, "media", ffmpeg_format="ogg",
              magic="'OggS' (Vorbis, Opus, FLAC or Speex)"),
    MediaType(FLAC, "FLAC audio", (".flac",), None, _MEDIA, "media", ffmpeg_format="flac", magic="'fLaC'"),
    MediaType(AMR, "AMR audio", (".amr",), None, _MEDIA, "media", ffmpeg_format="amr", magic="'#!AMR' 0A"),
    MediaType(AMR_WB, "AMR-WB audio", (".awb",), None, _MEDIA, "media", ffmpeg_format="amr", magic="'#!AMR-WB' 0A"),
    MediaType(TEXT, "plain text", (".txt", ".text", ".log", ".md"), None, _DOCUMENT, "document",
              magic="UTF-8 or UTF-16/32 with a byte-order mark, or mostly printable characters"),
    MediaType(XML, "XML", (".xml", ".xsd", ".xsl", ".svg", ".plist", ".kml", ".gpx"), None, _DOCUMENT, "document",
              magic="text starting '<?xml' or an element, and not HTML"),
    MediaType(JSON, "JSON", (".json", ".geojson", ".jsonl"), None, _DOCUMENT, "document",
              magic="text starting '{' then '\"' or '}', or '[' then a value or ']'"),
    MediaType(HTML, "HTML", (".html", ".htm", ".xhtml"), None, _DOCUMENT, "document",
              magic="text starting with '<!DOCTYPE html', '<html', '<head' or '<body' (any case)"),
    MediaType(CSV, "CSV", (".csv",), None, _DOCUMENT, "document",
              magic="text whose first lines hold the same number (>= 1) of ',' or ';'"),
    MediaType(RTF, "RTF", (".rtf",), None, _DOCUMENT, "document", magic="'{\\rtf'"),
    MediaType(EMAIL, "e-mail message", (".eml", ".msg822"), None, _DOCUMENT, "document",
              magic="text starting with header lines, two of them From, To, Subject, Date, Message-ID, Received, ..."),
    MediaType(DOCX, "Word document (OOXML)", (".docx", ".docm", ".dotx"), None, _DOCUMENT, "document",
              magic="ZIP with a [Content_Types].xml member and word/ members"),
    MediaType(XLSX, "Excel workbook (OOXML)", (".xlsx", ".xlsm", ".xltx"), None, _DOCUMENT, "document",
              magic="ZIP with a [Content_Types].xml member and xl/ members"),
    MediaType(PPTX, "PowerPoint presentation (OOXML)", (".pptx", ".pptm", ".potx"), None, _DOCUMENT, "document",
              magic="ZIP with a [Content_Types].xml member and ppt/ members"),
    MediaType(ODT, "OpenDocument text", (".odt", ".ott"), None, _DOCUMENT, "document",
              magic="ZIP whose first member 'mimetype' holds this media type"),
    MediaType(ODS, "OpenDocument spreadsheet", (".ods", ".ots"), None, _DOCUMENT, "document",
              magic="ZIP whose first member 'mimetype' holds this media type"),
    MediaType(ODP, "OpenDocument presentation", (".odp", ".otp"), None, _DOCUMENT, "document",
              magic="ZIP whose first member 'mimetype' holds this media type"),
    # A transaction holds many records (prints, faces, text): a file, not one fingerprint.
    # Legacy Word, Excel and PowerPoint files, Outlook messages, and password-protected OOXML all live in one.
    MediaType(OLE, "OLE compound file (legacy Office, Outlook)", (".doc", ".xls", ".ppt", ".msg", ".pub", ".vsd"), None,
              _DOCUMENT, "document", magic="D0 CF 11 E0 A1 B1 1A E1"),
    MediaType(ANSI_NIST, "ANSI/NIST-ITL transaction", (".an2", ".eft", ".nist", ".int"), None,
              frozenset({"file", "fingerprint"}), "file", magic="'1.001:' (the first field of the Type-1 record)"),
    MediaType(ZIP, "ZIP archive", (".zip",), None, _FILE, "file", magic="'PK' 03 04 or 'PK' 05 06 (empty)"),
    MediaType(TAR, "tar archive", (".tar",), None, _FILE, "file",
              magic="'ustar' at offset 257, or a first header whose checksum adds up"),
    MediaType(GZIP, "gzip file", (".gz", ".tgz"), None, _FILE, "file", magic="1F 8B 08"),
    MediaType(SEVEN_ZIP, "7z archive", (".7z",), None, _FILE, "file", magic="'7z' BC AF 27 1C"),
    MediaType(RAR, "RAR archive", (".rar",), None, _FILE, "file", magic="'Rar!' 1A 07"),
    MediaType(SQLITE, "SQLite database", (".sqlite", ".sqlite3", ".db", ".db3"), None, _FILE, "file",
              magic="'SQLite format 3' 00"),
    MediaType(OCTET_STREAM, "unknown binary file", (".bin",), None, _FILE, "file",
              magic="anything else, and empty files"),
)  # fmt: skip

BY_TYPE: dict[str, MediaType] = {row.media_type: row for row in TABLE}
BY_SUFFIX: dict[str, MediaType] = {suffix: row for row in TABLE for suffix in row.suffixes}
BY_PILLOW_FORMAT: dict[str, MediaType] = {row.pillow_format: row for row in TABLE if row.pillow_format}

# Media types the viewer, thumbnails and near-duplicate hashes decode directly.
PICTURES: frozenset[str] = frozenset(row.media_type for row in TABLE if row.picture)
# Media types the fingerprint workflows read as a print image.
PRINT_IMAGES: frozenset[str] = frozenset(row.media_type for row in TABLE if row.print_image)

# Photos of a tag (an item's evidence tag, a sample's): what cameras and phones write and the tag reader decodes.
TAG_PHOTOS: tuple[str, ...] = (JPEG, PNG, HEIC, TIFF)


def file_patterns(types: Iterable[str]) -> str:
    """The suffixes of these media types as a file chooser's patterns: '*.jpg *.jpeg ... *.png'."""
    return " ".join(f"*{suffix}" for media_type in types for suffix in BY_TYPE[media_type].suffixes)


# How much of a file acquisition hands to ``sniff``: enough for an OOXML member list or an MP3's ID3 tag.
SNIFF_BYTES = 64 << 10  # not a limit: how far the guess looks, fixed by the formats above


def written_suffix(media_type: str) -> str:
    """The suffix (without the dot) fieldkit gives a file of this type, e.g. a bundle payload; 'bin' if unknown."""
    row = BY_TYPE.get(media_type)
    return row.suffixes[0][1:] if row else "bin"


def sniff(head: bytes) -> MediaType:
    """The media type a file's first bytes announce (pass up to its first SNIFF_BYTES); octet-stream if none.

    Only looks: nothing is decoded or decompressed, so hostile bytes cost at most a few passes over ``head``.
    """
    head = head[:SNIFF_BYTES]
    return BY_TYPE[_binary(head) or _text(head, whole=len(head) < SNIFF_BYTES) or OCTET_STREAM]


# -- binary formats ------------------------------------------------------------------------------------------------

_SIMPLE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"\xff\xa0\xff", WSQ),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", JP2),
    (b"\xff\x4f\xff\x51", JP2),
    (b"IIRO", ORF),
    (b"IIRS", ORF),
    (b"MMOR", ORF),
    (b"IIU\x00", RW2),
    (b"FUJIFILMCCD-RAW ", RAF),
    (b"fLaC", FLAC),
    (b"#!AMR\n", AMR),
    (b"#!AMR-WB\n", AMR_WB),
    (b"{\\rtf", RTF),
    (b"1.001:", ANSI_NIST),
    (b"7z\xbc\xaf\x27\x1c", SEVEN_ZIP),
    (b"Rar!\x1a\x07", RAR),
    (b"SQLite format 3\x00", SQLITE),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"\x1f\x8b\x08", GZIP),
)
_BMP_HEADER_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2", b"miaf"})
_M4A_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})
_QUICKTIME_ATOMS = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})


def _binary(head: bytes) -> str | None:
    for magic, media_type in _SIMPLE_MAGIC:
        if head.startswith(magic):
            return media_type
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return _tiff(head)
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"BM") and len(head) >= 26 and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return BMP
    if head[:4] in (b"RIFF", b"RF64", b"BW64"):
        return {b"WEBP": WEBP, b"WAVE": WAV, b"AVI ": AVI}.get(head[8:12])
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if head[4:8] in _QUICKTIME_ATOMS and int.from_bytes(head[:4], "big") >= 8:
        return QUICKTIME
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM if b"webm" in head[:64] else MATROSKA
    if head.startswith(b"OggS"):
        return OGG_VIDEO if b"\x80theora" in head[:128] or b"OVP80" in head[:128] else OGG
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(head)
    if head.startswith(b"ID3"):
        return _after_id3(head)
    if len(head) >= 512 and (head[257:262] == b"ustar" or _tar_checksum_adds_up(head)):
        return TAR
    return _mpeg_audio(head)


def _tiff(head: bytes) -> str:
    """TIFF, or the camera RAW built on it (told apart by its first IFD)."""
    if head[8:12] == b"CR\x02\x00":
        return CR2
    order: Literal["little", "big"] = "little" if head[:2] == b"II" else "big"
    offset = int.from_bytes(head[4:8], order)
    if offset < 8 or offset + 2 > len(head):
        return TIFF
    count = int.from_bytes(head[offset : offset + 2], order)
    tags: dict[int, tuple[int, int, bytes]] = {}
    for index in range(min(count, 512)):
        entry = head[offset + 2 + 12 * index : offset + 14 + 12 * index]
        if len(entry) < 12:
            break
        tag, field_type, value_count = (int.from_bytes(entry[a:b], order) for a, b in ((0, 2), (2, 4), (4, 8)))
        tags[tag] = (field_type, value_count, entry[8:12])
    if 0xC612 in tags:  # DNGVersion
        return DNG
    make = _tiff_ascii(head, order, tags.get(0x010F)).upper()
    first_is_reduced = tags.get(0x00FE, (0, 0, b""))[2][:4] in (b"\x01\x00\x00\x00", b"\x00\x00\x00\x01")
    if 0x014A in tags or first_is_reduced:  # SubIFDs, or a NewSubfileType saying "reduced-resolution image"
        if make.startswith("NIKON"):
            return NEF
        if make.startswith("SONY"):
            return ARW
    return TIFF


def _tiff_ascii(head: bytes, order: Literal["little", "big"], entry: tuple[int, int, bytes] | None) -> str:
    if entry is None or entry[0] != 2:
        return ""
    _, count, value = entry
    if count > 4:
        start = int.from_bytes(value, order)
        value = head[start : start + min(count, 64)]
    return value.split(b"\x00", 1)[0].decode("latin-1")


def _iso_media(head: bytes) -> str:
    """ISO base media files (MP4, QuickTime, 3GP, HEIF, AVIF, CR3) by the brands of their ftyp box."""
    major = head[8:12]
    box_size = int.from_bytes(head[:4], "big")
    brands = {head[at : at + 4] for at in range(16, min(box_size, len(head), 16 + 4 * 64), 4)} | {major}
    if major == b"crx ":
        return CR3
    if major == b"qt  ":
        return QUICKTIME
    if major in _M4A_BRANDS:
        return M4A
    if major[:3] in (b"3gp", b"3gg", b"3ge", b"3gs", b"3g2"):
        return THREE_GP
    if major in _AVIF_BRANDS or (major in _HEIF_BRANDS and brands & _AVIF_BRANDS):
        return AVIF
    if major in _HEIC_BRANDS or (major in _HEIF_BRANDS and brands & _HEIC_BRANDS):
        return HEIC
    if major in _HEIF_BRANDS:
        return HEIF
    return MP4


def _zip(head: bytes) -> str:
    """ZIP, or the office formats built on it (told apart by the names of their first members)."""
    if head[30:38] == b"mimetype":
        # ODF stores its media type uncompressed as the first member, right after its 38-byte local header.
        declared = head[38:120].split(b"PK", 1)[0].decode("ascii", "replace").strip()
        if declared in (ODT, ODS, ODP):
            return declared
    names = _zip_member_names(head)
    if "[Content_Types].xml" in names:
        for prefix, media_type in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
            if any(name.startswith(prefix) for name in names):
                return media_type
    return ZIP


def _zip_member_names(head: bytes) -> list[str]:
    """Names in the local file headers found in ``head`` (a member's data may hide the next header: search on)."""
    names: list[str] = []
    at = head.find(b"PK\x03\x04")
    while at >= 0 and at + 30 <= len(head) and len(names) < 256:
        name_length = int.from_bytes(head[at + 26 : at + 28], "little")
        extra_length = int.from_bytes(head[at + 28 : at + 30], "little")
        names.append(head[at + 30 : at + 30 + name_length].decode("utf-8", "replace"))
        flags = int.from_bytes(head[at + 6 : at + 8], "little")
        following = at + 30 + name_length + extra_length
        if not flags & 0x08:  # sizes known in the local header: skip the data
            following += int.from_bytes(head[at + 18 : at + 22], "little")
        nxt = head.find(b"PK\x03\x04", following) if following < len(head) else -1
        at = nxt if nxt > at else -1
    return names


def _tar_checksum_adds_up(head: bytes) -> bool:
    """A pre-POSIX tar header: its checksum field (octal) is the sum of the header's bytes, the field as spaces."""
    field = head[148:156].split(b"\x00", 1)[0].strip()
    if not field or not head[0] or any(ch not in b"01234567" for ch in field):
        return False
    return int(field, 8) == sum(head[:148]) + 8 * 0x20 + sum(head[156:512])


def _after_id3(head: bytes) -> str:
    """An ID3v2 tag leads MP3 files, and sometimes ADTS AAC or FLAC: look past it when the head reaches that far."""
    size = sum((byte & 0x7F) << (7 * (3 - index)) for index, byte in enumerate(head[6:10]))
    rest = head[10 + size + (10 if head[5:6] and head[5] & 0x10 else 0) :]
    if rest.startswith(b"fLaC"):
        return FLAC
    if rest[:1] == b"\xff" and len(rest) >= 2 and rest[1] & 0xF6 == 0xF0:
        return AAC
    return MP3


# MPEG audio frame header tables (ISO/IEC 11172-3, 13818-3): kbit/s by [MPEG-1?][layer], Hz by version.
_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mpeg_frame_length(header: bytes) -> int | None:
    """The length of the MPEG audio frame this 4-byte header starts, or None if it is not a valid header."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version, layer_bits = (header[1] >> 3) & 3, (header[1] >> 1) & 3
    bitrate_index, rate_index, padding = header[2] >> 4, (header[2] >> 2) & 3, (header[2] >> 1) & 1
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    layer = 4 - layer_bits
    bitrate = _BITRATES[(version == 3, layer)][bitrate_index] * 1000
    rate = _SAMPLE_RATES[version][rate_index]
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    per_frame = 144 if layer == 2 or version == 3 else 72
    return per_frame * bitrate // rate + padding


def _mpeg_audio(head: bytes) -> str | None:
    """ADTS AAC by its sync word; an MPEG audio stream by a valid frame header and, when the head reaches it, another
    valid header where the first frame ends (two bytes of sync alone match too much)."""
    if len(head) >= 7 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0 and (head[2] >> 2) & 0xF < 13:
        return AAC
    length = _mpeg_frame_length(head[:4])
    if length is None:
        return None
    if len(head) >= length + 4 and _mpeg_frame_length(head[length : length + 4]) is None:
        return None
    return MP3


# -- text ----------------------------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = bytes(sorted(frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}))
_EMAIL_HEADERS = frozenset(
    {"from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "mime-version",
     "delivered-to", "reply-to", "x-mailer", "content-type", "in-reply-to", "references", "sender"}
)  # fmt: skip
_HEADER_LINE = re.compile(r"([!-9;-~]+):[ \t]")
_XML_START = re.compile(r"<(\?xml[\s?]|!--|!DOCTYPE\s|[A-Za-z_][\w.:-]*[\s/>])")
_HTML_START = re.compile(r"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_JSON_START = re.compile(r'(\{\s*["}]|\[\s*[-\d"{\[\]tfn])')


def _decoded(head: bytes) -> str | None:
    """The head as text, if it is text: a byte-order mark, valid UTF-8, UTF-16 without a mark, or a legacy 8-bit
    encoding with few control bytes. The head may end inside a character: that is not a reason to say binary."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return codecs.getincrementaldecoder(encoding)("replace").decode(head[len(bom) :])
    sample = head[:8192]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        # UTF-16 without a mark: ASCII-range text puts its zero bytes all at odd (LE) or all at even (BE) offsets.
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 2
        utf16 = (
            "utf-16-le" if odd >= 0.9 * half and even == 0 else "utf-16-be" if even >= 0.9 * half and odd == 0 else ""
        )
        if not utf16:
            return None
        text = codecs.getincrementaldecoder(utf16)("replace").decode(head)
        return text if _mostly_printable(text.encode("utf-8", "replace")[:8192]) else None
    if not _mostly_printable(sample):
        return None
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(head)
    except UnicodeDecodeError:
        return head.decode("latin-1")  # a legacy 8-bit encoding: analysis detects which


def _mostly_printable(sample: bytes) -> bool:
    if not sample or 0 in sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls * 100 <= len(sample)


def _text(head: bytes, whole: bool) -> str | None:
    text = _decoded(head)
    if text is None:
        return None
    start = text.lstrip()[:4096]
    if start.startswith("{\\rtf"):
        return RTF
    if _HTML_START.match(start) or (start.startswith("<") and _HTML_START.search(start[:1024])):
        return HTML
    if _XML_START.match(start):
        return XML
    if _JSON_START.match(start):
        return JSON
    if _is_email(text):
        return EMAIL
    if _is_csv(text, whole):
        return CSV
    return TEXT


def _is_email(text: str) -> bool:
    """RFC 5322 header lines up to the first blank line, at least two of them ones every e-mail carries."""
    known = 0
    lines = text[:16384].splitlines()
    for number, line in enumerate(lines[:200]):
        if not line:
            return known >= 2 and number > 0
        if line[0] in " \t" and number > 0:
            continue  # a folded header
        if line.startswith("From ") and number == 0:
            continue  # the envelope line of an mbox-style copy
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        known += match.group(1).lower() in _EMAIL_HEADERS
    return False


def _is_csv(text: str, whole: bool) -> bool:
    """At least two whole lines with the same, non-zero number of commas (or semicolons) on each."""
    lines = text[:16384].splitlines()
    if not whole or len(text) > 16384:
        lines = lines[:-1]  # the last line may be cut short
    lines = lines[:20]
    lines = [line for line in lines if line.strip()]
    if len(lines) < 2:
        return False
    return any(len({line.count(sep) for line in lines}) == 1 and lines[0].count(sep) >= 1 for sep in ",;")
