"""Camera RAW and DNG: the camera's metadata (EXIF: make, model, time, GPS, orientation), the sensor image's size, and
the camera's own embedded JPEG preview as the thumbnail.

Decision: no RAW developer. Every RAW format fieldkit knows keeps a JPEG preview the camera rendered; we find the
JPEGs in the file (by their start markers, which works for the TIFF-based formats, Fujifilm's RAF and Canon's ISO-based
CR3 alike), read each one's frame header, and decode the largest baseline or progressive one within
AnalysisLimits.max_decode_pixels, reduced while decoding (libjpeg's DCT scaling). The thumbnail is therefore the
camera's preview, not the sensor data, and a note says so. Metadata comes from the file's TIFF structure (DNG, CR2,
NEF, ARW; ORF and RW2 are TIFF with another signature), from CR3's CMT boxes, or else from the preview's own EXIF.
The TIFF directories are walked with bounds (64 directories, cycles refused); strips or previews that point past the
end of the file mark it damaged (truncated).
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from typing import Any, Literal

from PIL import Image, ImageOps

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import problem, put_exif, thumbnail_png
from fieldkit.analysis.formats.exif import ifd_facts, read_exif
from fieldkit.config import AnalysisLimits

_IFD_COUNT = 64  # not a limit: directories a RAW file has (a dozen at most); more is a loop or a hostile file
_IFD_ENTRIES = 1024  # not a limit: entries one directory has (a few hundred at most)
_JPEG_CANDIDATES = 64  # not a limit: JPEG start markers looked at (a RAW holds two to four JPEGs)
_JPEG_SEGMENTS = 256  # not a limit: marker segments before a JPEG's frame header
_TIFF_SIGNATURES = {b"IIRO": b"II*\x00", b"IIRS": b"II*\x00", b"MMOR": b"MM\x00*", b"IIU\x00": b"II*\x00"}
_BASELINE_FRAMES = frozenset({0xC0, 0xC1, 0xC2})  # baseline, extended and progressive Huffman: what previews use
_TURNS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 6: 1, 7: 1, 8: 2, 9: 4, 13: 4, 16: 8}


@dataclass
class _Directory:
    tags: dict[int, tuple[int, ...]] = field(default_factory=dict)
    entries: int = 0  # as the directory declares (bounded)

    def first(self, tag: int, default: int = 0) -> int:
        values = self.tags.get(tag)
        return values[0] if values else default


@dataclass
class _Jpeg:
    offset: int
    width: int
    height: int


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Metadata and embedded preview of one camera RAW or DNG file."""
    description = Description(media_type=media_type, facts={"size": len(data)})
    tiff = _as_tiff(data)
    directories = _directories(tiff, description) if tiff is not None else []
    _sensor_size(directories, description)
    orientation = _metadata(data, tiff, media_type, description, limits)
    if data.startswith(b"FUJIFILMCCD-RAW "):
        _check_raf(data, description)
    known = _preview_offsets(data, directories)
    previews = sorted(_jpegs(data, known), key=lambda jpeg: jpeg.width * jpeg.height, reverse=True)
    for preview in previews:
        if preview.width * preview.height > limits.max_decode_pixels:
            continue
        try:
            description.thumbnail = _preview(data, preview, orientation, description, limits)
        except Exception as exc:  # a cut or malformed preview: try the next one
            description.damaged = description.damaged or f"an embedded preview cannot be decoded ({problem(exc)})"
            continue
        description.facts["preview"] = {"width": preview.width, "height": preview.height}
        break
    if description.thumbnail is None and tiff is not None:
        description.thumbnail = _rgb_preview(tiff, directories, orientation, description, limits)
    if description.thumbnail is not None:
        description.notes.append("the thumbnail is the camera's embedded preview; the sensor data is not developed")
    else:
        description.notes.append("no embedded preview within the limits: no thumbnail")
    return description


def _rgb_preview(tiff: bytes, directories: list[_Directory], orientation: int, description: Description,
                 limits: AnalysisLimits) -> bytes | None:  # fmt: skip
    """An uncompressed 8-bit RGB preview (Adobe's DNG converter writes its thumbnail so), from its strips."""
    for directory in directories:
        width, height = directory.first(0x0100), directory.first(0x0101)
        uncompressed_rgb = (
            directory.first(0x00FE) & 1
            and directory.first(0x0103, 1) == 1
            and directory.first(0x0106) == 2
            and directory.first(0x0115) == 3
            and directory.tags.get(0x0102, (8,)) == (8, 8, 8)
        )
        if not uncompressed_rgb or not 0 < width * height <= limits.max_decode_pixels:
            continue
        strips = zip(directory.tags.get(0x0111, ()), directory.tags.get(0x0117, ()), strict=False)
        pixels = b"".join(tiff[start : start + length] for start, length in strips)
        if len(pixels) < width * height * 3:
            continue
        description.facts["preview"] = {"width": width, "height": height}
        image = _turned(Image.frombytes("RGB", (width, height), pixels[: width * height * 3]), orientation)
        return thumbnail_png(image, limits.thumbnail_side)
    return None


def _as_tiff(data: bytes) -> bytes | None:
    """The file as a TIFF stream when it is one (ORF and RW2 with the standard signature put back)."""
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return data
    if data[:4] in _TIFF_SIGNATURES:
        return _TIFF_SIGNATURES[data[:4]] + data[4:]
    return None


def _directories(tiff: bytes, description: Description) -> list[_Directory]:
    """Every image directory: the IFD0 chain, SubIFDs and the Exif IFD, each at most once."""
    order: Literal["little", "big"] = "little" if tiff[:2] == b"II" else "big"
    pending = [int.from_bytes(tiff[4:8], order)]
    seen: set[int] = set()
    found: list[_Directory] = []
    while pending and len(found) < _IFD_COUNT:
        offset = pending.pop(0)
        if offset in seen or offset < 8:
            continue
        seen.add(offset)
        if offset + 2 > len(tiff):
            description.damaged = "the file is truncated: an image directory lies past its end"
            continue
        directory, following = _directory(tiff, offset, order)
        if offset + 6 + 12 * directory.entries > len(tiff):
            description.damaged = "the file is truncated: an image directory runs past its end"
        found.append(directory)
        pending.extend(v for tag in (0x014A, 0x8769) for v in directory.tags.get(tag, ()))
        if following:
            pending.append(following)
    for directory in found:
        _check_inside(directory, len(tiff), description)
    return found


def _directory(tiff: bytes, offset: int, order: Literal["little", "big"]) -> tuple[_Directory, int]:
    count = min(int.from_bytes(tiff[offset : offset + 2], order), _IFD_ENTRIES)
    directory = _Directory(entries=count)
    endian = "<" if order == "little" else ">"
    for index in range(count):
        entry = tiff[offset + 2 + 12 * index : offset + 14 + 12 * index]
        if len(entry) < 12:
            break
        tag, kind, number = struct.unpack(endian + "HHI", entry[:8])
        if kind not in (3, 4, 13) or number == 0 or number > 4096:
            continue
        size = _TYPE_SIZES[kind] * number
        where = entry[8:12] if size <= 4 else tiff[(start := int.from_bytes(entry[8:12], order)) : start + size]
        if len(where) < size:
            continue
        letter = "H" if kind == 3 else "I"
        directory.tags[tag] = struct.unpack(f"{endian}{number}{letter}", where[:size])
    end = offset + 2 + 12 * count
    following = int.from_bytes(tiff[end : end + 4], order) if end + 4 <= len(tiff) else 0
    return directory, following


def _check_inside(directory: _Directory, size: int, description: Description) -> None:
    for offsets_tag, counts_tag in ((0x0111, 0x0117), (0x0144, 0x0145), (0x0201, 0x0202)):
        offsets, counts = directory.tags.get(offsets_tag, ()), directory.tags.get(counts_tag, ())
        if any(start + length > size for start, length in zip(offsets, counts, strict=False)):
            description.damaged = "the file is truncated: image data lies past its end"


def _sensor_size(directories: list[_Directory], description: Description) -> None:
    """The full-resolution image: the largest directory not marked as a reduced-size one (NewSubfileType bit 0)."""
    full = [d for d in directories if not d.first(0x00FE) & 1 and d.first(0x0100) and d.first(0x0101)]
    if full:
        largest = max(full, key=lambda d: d.first(0x0100) * d.first(0x0101))
        description.facts["width"], description.facts["height"] = largest.first(0x0100), largest.first(0x0101)


def _metadata(data: bytes, tiff: bytes | None, media_type: str, description: Description,
              limits: AnalysisLimits) -> int:  # fmt: skip
    """Put the EXIF facts on ``description``; return the orientation they give (1 when none)."""
    exif: dict[str, Any] = {}
    captured = None
    try:
        if tiff is not None:
            parsed = Image.Exif()
            parsed.load(tiff)
            exif, captured = ifd_facts(parsed, parsed.get_ifd(0x8769), parsed.get_ifd(0x8825), limits, tiff)
        elif media_type == media_types.CR3:
            exif, captured = _cr3_exif(data, limits)
    except Exception:  # hostile EXIF: keep the file described, drop what cannot be read
        description.notes.append("EXIF data present but unreadable")
    put_exif(description, exif, captured)
    return int(exif.get("orientation", 1))


def _cr3_exif(data: bytes, limits: AnalysisLimits) -> tuple[dict[str, Any], str | None]:
    """Canon CR3 keeps IFD0, the Exif IFD and the GPS IFD as TIFF streams in boxes CMT1, CMT2 and CMT4."""
    head = data[: 4 << 20]  # the boxes are in the movie header at the start
    parts: list[dict[int, Any]] = []
    for name in (b"CMT1", b"CMT2", b"CMT4"):
        at = head.find(name)
        if at < 4:
            parts.append({})
            continue
        size = int.from_bytes(head[at - 4 : at], "big")
        parsed = Image.Exif()
        parsed.load(head[at + 4 : at - 4 + size])
        parts.append(dict(parsed))
    return ifd_facts(parts[0], parts[1], parts[2], limits)


def _preview_offsets(data: bytes, directories: list[_Directory]) -> list[int]:
    """Where the file's structure says its previews start: JPEGInterchangeFormat, single-strip JPEG directories
    marked reduced-size, and RAF's header pointer."""
    offsets = [offset for d in directories for offset in d.tags.get(0x0201, ())[:1]]
    for directory in directories:
        if directory.first(0x0103) in (6, 7) and directory.first(0x00FE) & 1 and 0x0111 in directory.tags:
            offsets.append(directory.first(0x0111))
    if data.startswith(b"FUJIFILMCCD-RAW ") and len(data) >= 92:
        offsets.append(int.from_bytes(data[84:88], "big"))
    return offsets


def _check_raf(data: bytes, description: Description) -> None:
    """RAF's header points at its preview, its metadata and its sensor data: each must lie inside the file."""
    for at in (84, 92, 100):
        start, length = int.from_bytes(data[at : at + 4], "big"), int.from_bytes(data[at + 4 : at + 8], "big")
        if length and start + length > len(data):
            description.damaged = "the file is truncated: data its header points at lies past its end"


def _jpegs(data: bytes, known: list[int]) -> list[_Jpeg]:
    """JPEG streams inside the file, with their frame size: those the structure points at, then those found by their
    start markers (start markers that begin no baseline or progressive frame are skipped)."""
    found: dict[int, _Jpeg] = {}
    for offset in known[:_JPEG_CANDIDATES]:
        if data[offset : offset + 3] == b"\xff\xd8\xff" and (frame := _frame(data, offset)) is not None:
            found[offset] = frame
    at = data.find(b"\xff\xd8\xff")
    for _ in range(_JPEG_CANDIDATES):
        if at < 0:
            break
        if at not in found and (frame := _frame(data, at)) is not None:
            found[at] = frame
        at = data.find(b"\xff\xd8\xff", at + 3)
    return list(found.values())


def _frame(data: bytes, start: int) -> _Jpeg | None:
    """Walk the marker segments from SOI to the frame header: its size if it is a baseline or progressive frame."""
    at = start + 2
    for _ in range(_JPEG_SEGMENTS):
        if at + 4 > len(data) or data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # a fill byte before the marker
            at += 1
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if marker not in _BASELINE_FRAMES or at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            components = data[at + 9] if at + 9 < len(data) else 0
            return _Jpeg(start, width, height) if width and height and components in (1, 3) else None
        if length < 2:
            return None
        at += 2 + length
    return None


def _preview(data: bytes, preview: _Jpeg, orientation: int, description: Description, limits: AnalysisLimits) -> bytes:
    side = limits.thumbnail_side
    # A preview is a few MB: take at most max_parse_bytes of it rather than copy the rest of a large file.
    stream = io.BytesIO(data[preview.offset : preview.offset + limits.max_parse_bytes])
    with Image.open(stream, formats=["JPEG"]) as image:
        image.draft("RGB", (side * 2, side * 2))  # decoded reduced: 1/2, 1/4 or 1/8 of the preview's size
        image.load()
        own = image.getexif().get(0x0112)
        if not description.facts.get("exif"):  # RAF keeps its EXIF in the preview only
            put_exif(description, *read_exif(image, limits))
        if isinstance(own, int) and 1 <= own <= 8:
            shown = ImageOps.exif_transpose(image)
        else:
            shown = _turned(image, orientation)
        return thumbnail_png(shown, side)


def _turned(image: Image.Image, orientation: int) -> Image.Image:
    """The preview turned as the RAW's own orientation says (previews rarely carry one of their own)."""
    turn = _TURNS.get(orientation)
    return image.transpose(turn) if turn is not None else image
