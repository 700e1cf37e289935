"""Recognise an original's format from its bytes, check it is whole, and read its metadata (EXIF, pages, ppi).

Every file handed to this module is treated as hostile: parsers run under fieldkit's limits, and any parser
failure becomes a DamagedMediaError naming the file's problem, never a crash of the import.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image

from fieldkit import media_types
from fieldkit.analysis.formats.exif import rational as _rational
from fieldkit.analysis.formats.exif import read_exif
from fieldkit.config import Limits
from fieldkit.errors import (
    DamagedMediaError,
    MislabelledMediaError,
    OversizedMediaError,
    UnsupportedMediaError,
)
from fieldkit.media_types import BMP, BY_SUFFIX, BY_TYPE, GIF, JP2, JPEG, PDF, PNG, TIFF, WEBP, WSQ
from fieldkit.models import CaptureKind

# Pillow warns on odd input (corrupt EXIF, large images) with messages that may quote the file's own bytes;
# those must not reach a log or terminal, and our own checks below decide what is refused.
warnings.filterwarnings("ignore", module=r"PIL(\..*)?$")


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file announce, if probe() checks that type; else None."""
    return media_type if (media_type := media_types.sniff(head).media_type) in _PROBED else None


_PROBED = frozenset({JPEG, PNG, TIFF, PDF, BMP, GIF, WEBP, WSQ, JP2})


@dataclass
class Probe:
    """What we learned about one original before storing it."""

    media_type: str
    kind: CaptureKind
    captured_at: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # Checks that need every byte run while the original is streamed into the store (one read only).
    stream_check: StreamCheck | None = None


class StreamCheck:
    """Watches the bytes of an original as they are stored; ``verdict()`` raises if the file was not whole."""

    def __call__(self, buffer: bytearray, length: int) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def verdict(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class JpegEndCheck(StreamCheck):
    """A whole JPEG has an end-of-image marker after its scan data; a truncated one does not.

    Entropy-coded data stuffs every 0xFF byte with 0x00, so FF D9 after the start of scan is a real marker.
    Trailers some phones append after the image (and MPF secondary images) are allowed. Only the final chunk is
    searched while streaming (a two-byte search of every chunk would cost a third of the import, under the GIL);
    when the marker is not there (a trailer), the file is searched backwards once more at the end.
    """

    _BLOCK = 1 << 20

    def __init__(self, scan_offset: int, path: Path, size: int) -> None:
        self.scan_offset = scan_offset
        self.path = path
        self.size = size
        self.position = 0
        self.found_in_tail = False

    def __call__(self, buffer: bytearray, length: int) -> None:
        end = self.position + length
        if end >= self.size and length:
            found = buffer.rfind(b"\xff\xd9", 0, length)
            self.found_in_tail = found >= 0 and self.position + found >= self.scan_offset
        self.position = end

    def verdict(self) -> None:
        if self.found_in_tail:
            return
        if self._search_backwards() < self.scan_offset:
            raise DamagedMediaError("the JPEG is truncated: its image data has no end marker")

    def _search_backwards(self) -> int:
        try:
            with open(self.path, "rb") as fh:
                end = fh.seek(0, os.SEEK_END)
                while end > self.scan_offset:
                    start = max(self.scan_offset, end - self._BLOCK)
                    fh.seek(start)
                    block = fh.read(end - start + 1)  # one byte of overlap with the block after it
                    found = block.rfind(b"\xff\xd9")
                    if found >= 0:
                        return start + found
                    end = start
        except OSError as exc:
            raise DamagedMediaError(f"the JPEG could not be read again to find its end: {exc.strerror}") from exc
        return -1


def _jpeg_scan_offset(fh: BinaryIO, limits: Limits) -> int:
    """Walk the JPEG marker segments up to the start of scan; return its offset."""
    fh.seek(2)
    for _ in range(limits.max_jpeg_segments):
        marker = fh.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            raise DamagedMediaError("the JPEG's header is malformed")
        code = marker[1]
        while code == 0xFF:  # fill bytes before a marker
            fill = fh.read(1)
            if not fill:
                raise DamagedMediaError("the JPEG is truncated inside its header")
            code = fill[0]
        if 0xD0 <= code <= 0xD7 or code == 0x01:
            continue
        size_bytes = fh.read(2)
        if len(size_bytes) < 2:
            raise DamagedMediaError("the JPEG is truncated inside its header")
        length = int.from_bytes(size_bytes, "big")
        if length < 2:
            raise DamagedMediaError("the JPEG's header is malformed")
        if code == 0xDA:
            return fh.tell() + length - 2
        fh.seek(length - 2, os.SEEK_CUR)
    raise DamagedMediaError("the JPEG's header has too many segments")


def _tail(fh: BinaryIO, size: int, count: int) -> bytes:
    fh.seek(max(0, size - count))
    return fh.read(count)


def _open_image(path: Path, media_type: str, limits: Limits) -> Image.Image:
    pillow_format = BY_TYPE[media_type].pillow_format
    try:
        image = Image.open(path, formats=[pillow_format] if pillow_format else [])
    except Image.DecompressionBombError as exc:
        raise OversizedMediaError("the image has more pixels than fieldkit accepts (decompression bomb?)") from exc
    except Exception as exc:  # hostile input: any parser failure is a damaged file
        raise DamagedMediaError(f"the {BY_TYPE[media_type].name} file cannot be read ({type(exc).__name__})") from exc
    width, height = image.size
    if width <= 0 or height <= 0:
        image.close()
        raise DamagedMediaError("the image has no pixels")
    if width * height > limits.max_image_pixels:
        image.close()
        raise OversizedMediaError(
            f"the image is {width}x{height} pixels, more than the limit of {limits.max_image_pixels}"
        )
    return image


def _check_tiff(image: Image.Image, size: int, limits: Limits) -> int:
    """Every page's strips or tiles must lie inside the file; returns the page count."""
    pages = 0
    for _ in range(limits.max_import_pages):
        pages += 1
        tags = image.tag_v2  # type: ignore[attr-defined]
        for offsets_tag, counts_tag in ((273, 279), (324, 325)):
            offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
            if offsets is None:
                continue
            offsets = offsets if isinstance(offsets, tuple) else (offsets,)
            counts = counts if isinstance(counts, tuple) else (counts,) if counts is not None else ()
            if len(counts) != len(offsets):
                raise DamagedMediaError("the TIFF's strip table is malformed")
            if any(int(o) + int(c) > size for o, c in zip(offsets, counts, strict=True)):
                raise DamagedMediaError(f"the TIFF is truncated: page {pages} points past the end of the file")
        try:
            image.seek(image.tell() + 1)
        except EOFError:
            return pages
    raise OversizedMediaError("the TIFF has more pages than fieldkit accepts")


def _pdf_pages(path: Path) -> int | None:
    try:
        import pypdfium2
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise UnsupportedMediaError(
                "the PDF is encrypted with a password: import the PDF without its password protection"
            ) from exc
        raise DamagedMediaError("the PDF cannot be read (it may be truncated or malformed)") from exc
    try:
        return len(document)
    finally:
        document.close()


def probe(path: Path, declared_kind: CaptureKind | None, limits: Limits, stat: os.stat_result) -> Probe:
    """Recognise and check one original. Raises an InputError subclass saying what is wrong."""
    size = stat.st_size
    if size > limits.max_original_bytes:
        raise OversizedMediaError(f"the file is larger than the limit of {limits.max_original_bytes} bytes")
    with open(path, "rb") as fh:
        head = fh.read(1024)
        media_type = sniff(head)
        named_as = BY_SUFFIX.get(path.suffix.lower())
        claimed = named_as.media_type if named_as and named_as.media_type in _PROBED else None
        if media_type is None:
            if not head:
                raise DamagedMediaError("the file is empty")
            if claimed is not None:
                raise MislabelledMediaError(f"the file is named as {BY_TYPE[claimed].name} but its content is not")
            raise UnsupportedMediaError("the file's content is not a format fieldkit stores")
        if claimed is not None and claimed != media_type:
            raise MislabelledMediaError(
                f"the file is named as {BY_TYPE[claimed].name} but its content is {BY_TYPE[media_type].name}"
            )
        kind: CaptureKind = declared_kind or BY_TYPE[media_type].default_kind
        if kind not in BY_TYPE[media_type].accepted_as:
            raise UnsupportedMediaError(f"a {BY_TYPE[media_type].name} file cannot be imported as a {kind}")
        result = Probe(media_type=media_type, kind=kind)
        result.metadata["file_modified"] = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat()
        if media_type == PDF:
            if b"%%EOF" not in _tail(fh, size, 2048):
                raise DamagedMediaError("the PDF is truncated: it has no end-of-file marker")
            pages = _pdf_pages(path)
            if pages is not None:
                result.metadata["page_count"] = pages
            return result
        if media_type == WSQ:
            if _tail(fh, size, 2) != b"\xff\xa1":
                raise DamagedMediaError("the WSQ file is truncated: it has no end marker")
            return result
        if media_type == JPEG:
            result.stream_check = JpegEndCheck(_jpeg_scan_offset(fh, limits), path, size)
    _probe_image(path, result, limits, size)
    return result


def _probe_image(path: Path, result: Probe, limits: Limits, size: int) -> None:
    image = _open_image(path, result.media_type, limits)
    with image:
        result.metadata["width"], result.metadata["height"] = image.size
        result.metadata["mode"] = image.mode
        dpi = image.info.get("dpi")
        if isinstance(dpi, tuple) and dpi and (ppi := _rational(dpi[0])) and 0 < ppi < 100_000:
            result.metadata["file_ppi"] = round(ppi, 2)
        try:
            exif, captured = read_exif(image, limits)
        except Exception:  # hostile EXIF: keep the image, drop what cannot be read
            exif, captured = {}, None
            result.metadata["exif_error"] = "EXIF data present but unreadable"
        if exif:
            result.metadata["exif"] = exif
        result.captured_at = captured
        try:
            if result.media_type == TIFF:
                pages = _check_tiff(image, size, limits)
                result.metadata["page_count"] = pages
            elif result.media_type == PNG:
                # verify() must run on a freshly opened image: it checks every chunk's CRC up to IEND,
                # catching truncation and bit rot without decompressing the pixels.
                with Image.open(path, formats=["PNG"]) as fresh:
                    fresh.verify()
            elif result.media_type in (BMP, GIF, WEBP):
                image.load()
        except (DamagedMediaError, OversizedMediaError):
            raise
        except Exception as exc:
            raise DamagedMediaError(
                f"the {BY_TYPE[result.media_type].name} file is truncated or malformed ({type(exc).__name__})"
            ) from exc
