"""Previews, pages, near-duplicate hashes and barcodes, made in the analysis sandbox from outside bytes.

Decision: these operations run only in a sandbox child (``fieldkit.sandbox.pool.run("fieldkit.analysis.render:NAME",
...)``; the parent-side wrappers are fieldkit.core.thumbnails, pages, similar and tags). They answer with a PNG
or JPEG fieldkit itself encoded, or a small JSON value, so the window and the CLI never decode an original: a
decoder that crashes, loops or allocates without end costs one child, never fieldkit's process. Sizes are bounded
where the decoder allows it: a picture above the pixel cap is refused unless a reduced decode (JPEG's 1/2 to 1/8)
brings it under; a PDF page is rendered at the resolution asked for, scaled down to the longest side asked for, so
a page that declares a huge MediaBox costs at most that side squared; whatever still needs more fails on the
sandbox's memory cap.

Errors are fieldkit errors whose message people read (the pool passes it on as AnalysisFailedError).
"""

from __future__ import annotations

import io
import math
from typing import Any

from PIL import Image, ImageFile, ImageOps

from fieldkit import media_types
from fieldkit.errors import DamagedMediaError, InputError, OversizedMediaError, UnsupportedMediaError

THUMBNAIL = "fieldkit.analysis.render:thumbnail"
PAGE_COUNT = "fieldkit.analysis.render:page_count"
PAGES = "fieldkit.analysis.render:pages"
DHASH = "fieldkit.analysis.render:dhash"
TAGS = "fieldkit.analysis.render:tags"
TAGS_IN_PIXELS = "fieldkit.analysis.render:tags_in_pixels"
TEXT_LAYERS = "fieldkit.analysis.render:text_layers"

DRAFT_FACTOR = 2  # decode at twice the asked side at least, so the final downscale still smooths
BARCODE_SIDE = 4000  # a photo too large for the barcode search is reduced to this side, enough for a tag label
JPEG_QUALITY = 85
_GREY_MODES = ("1", "L", "LA", "I", "F")
_HEIF_FORMATS = ("HEIF", "AVIF")  # Pillow's names for what pillow-heif reads
_PICTURE_FORMATS = [row.pillow_format for row in media_types.TABLE if row.picture and row.pillow_format]
# The usual phone photo: no Pillow format of its own in the media-type table (Qt and the parent never decode it), but
# pillow-heif opens it here, in the child, for its pages and thumbnails.
HEIF_TYPES = frozenset({media_types.HEIC, media_types.HEIF, media_types.AVIF})


def _name(media_type: str | None) -> str:
    row = media_types.BY_TYPE.get(media_type or "")
    return row.name if row else "picture"


def _register_decoder(pillow_format: str) -> None:
    """Decoders that are Pillow plug-ins of their own, loaded only when a file of theirs is in front of us."""
    if pillow_format == "WSQ":
        import wsq  # noqa: F401 - registers the WSQ codec with Pillow
    elif pillow_format in _HEIF_FORMATS:
        import pillow_heif

        pillow_heif.register_heif_opener()
        if hasattr(pillow_heif, "register_avif_opener"):
            pillow_heif.register_avif_opener()


def _open_picture(data: bytes, media_type: str | None, purpose: str = "") -> Image.Image:
    """The picture's header, not its pixels. ``media_type`` None: any picture type Pillow reads by itself."""
    row = media_types.BY_TYPE.get(media_type) if media_type else None
    heif = media_type in HEIF_TYPES
    if media_type is not None and not heif and (row is None or row.pillow_format is None):
        raise UnsupportedMediaError(f"fieldkit does not render {_name(media_type)} files as pictures")
    if heif:
        _register_decoder("HEIF")
    elif row is not None and row.pillow_format:
        _register_decoder(row.pillow_format)
    Image.init()
    if heif:
        wanted = list(_HEIF_FORMATS)
    else:
        wanted = [row.pillow_format] if row is not None and row.pillow_format else _PICTURE_FORMATS
    formats = [name for name in wanted if name in Image.OPEN]  # Pillow stops at a name it has no plug-in for
    if not formats:
        raise UnsupportedMediaError(f"no decoder for {_name(media_type)} files is installed")
    # Our own pixel cap (a parameter from the caller's Limits) decides, with a message. Set here, in the child, and
    # not at import: the parent imports this module for the operations' names.
    Image.MAX_IMAGE_PIXELS = None
    try:
        return Image.open(io.BytesIO(data), formats=formats)
    except Exception as exc:  # the decoder's refusal of hostile or damaged bytes
        name = _name(media_type)
        raise DamagedMediaError(f"the {name} file cannot be read{purpose} ({type(exc).__name__})") from None


def _within(image: Image.Image, side: int, max_pixels: int, mode: str = "RGB") -> None:
    """Choose the decode size: reduced when the format allows it (JPEG), refused above ``max_pixels``."""
    image.draft(mode, (side * DRAFT_FACTOR, side * DRAFT_FACTOR))
    if image.width * image.height > max_pixels:
        image.draft(mode, (side, side))  # the smallest reduced decode that still covers the side asked for
    if image.width * image.height > max_pixels:
        raise OversizedMediaError(
            f"the picture is {image.width}x{image.height} pixels, more than the {max_pixels} fieldkit decodes"
        )


def _encoded(image: Image.Image, encoding: str, grey: bool | None = None, compress_level: int = 6) -> bytes:
    if grey is None:
        grey = image.mode in _GREY_MODES or image.mode.startswith("I;16")
    shown = image.convert("L" if grey else "RGB")
    out = io.BytesIO()
    if encoding == "JPEG":
        shown.save(out, "JPEG", quality=JPEG_QUALITY)
    else:
        shown.save(out, "PNG", compress_level=compress_level)
    return out.getvalue()


def _shrunk(image: Image.Image, side: int) -> Image.Image:
    shown = ImageOps.exif_transpose(image)
    shown.thumbnail((side, side))
    return shown


def _pdf(data: bytes) -> Any:
    import pypdfium2  # only in the sandbox, only for a PDF

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise DamagedMediaError(f"the PDF cannot be opened ({exc})") from None


def _pdf_page(document: Any, number: int, side: int, dpi: int | None, grey: bool) -> Image.Image:
    """Page ``number`` at ``dpi`` (None: as large as ``side`` allows), never larger than ``side``."""
    page = document[number - 1]
    try:
        width, height = page.get_size()
        if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
            raise DamagedMediaError(f"page {number} of the PDF has no size")
        # The resolution asked for, unless the page's declared size would make the bitmap larger than ``side``.
        scale = side / max(width, height) if dpi is None else min(dpi / 72, side / max(width, height))
        rendered: Image.Image = page.render(scale=scale, grayscale=grey).to_pil()
    finally:
        page.close()
    rendered.thumbnail((side, side))  # rounding may add a pixel
    return rendered


def _count_pages(data: bytes, media_type: str, max_pages: int) -> int:
    if media_type == media_types.PDF:
        document = _pdf(data)
        try:
            count = len(document)
        finally:
            document.close()
    else:
        with _open_picture(data, media_type) as image:
            count = int(getattr(image, "n_frames", 1))
    if not 1 <= count <= max_pages:
        raise OversizedMediaError(f"this capture claims {count} pages; fieldkit shows at most {max_pages}")
    return count


def thumbnail(data: bytes, media_type: str | None, side: int, encoding: str, max_pixels: int) -> bytes:
    """A small picture (JPEG or PNG) of a picture, or of a PDF's first page, no larger than ``side``."""
    if media_type == media_types.PDF:
        document = _pdf(data)
        try:
            if len(document) < 1:
                raise DamagedMediaError("the PDF has no page")
            image = _pdf_page(document, 1, side, None, grey=False)
        finally:
            document.close()
        return _encoded(image, encoding)
    with _open_picture(data, media_type) as opened:
        _within(opened, side, max_pixels)
        return _encoded(_shrunk(opened, side), encoding)


def page_count(data: bytes, media_type: str, max_pages: int) -> int:
    """How many pages the original has (1 for a still picture), at most ``max_pages``."""
    return _count_pages(data, media_type, max_pages)


def pages(data: bytes, media_type: str, views: list[list[int]], side: int, dpi: int, grey: bool, max_pages: int,
          max_pixels: int, partial: bool = False) -> dict[str, Any]:  # fmt: skip
    """The page count and a PNG of each page asked for (``views``: [original page from 1, clockwise degrees]),
    rendered at ``dpi`` (PDF) but never larger than ``side``, turned as asked.

    ``partial`` (for people looking at it, never for OCR or hashes): a picture whose data stops or breaks is shown
    as far as it decodes (Pillow's LOAD_TRUNCATED_IMAGES, set in this child for this call only), and the answer's
    ``damaged`` says so."""
    count = _count_pages(data, media_type, max_pages)
    wanted = [(int(source), int(rotation) % 360) for source, rotation in views]
    for source, _rotation in wanted:
        if not 1 <= source <= count:
            raise InputError(f"the document has {count} pages; there is no page {source}")
    images: list[bytes] = []
    damaged: str | None = None
    if media_type == media_types.PDF:
        document = _pdf(data)
        try:
            rendered = [(_pdf_page(document, source, side, dpi, grey), rotation) for source, rotation in wanted]
        finally:
            document.close()
    else:
        try:
            rendered = _picture_pages(data, media_type, wanted, side, max_pixels, truncated=False)
        except OSError as exc:  # the decoder stopped in the pixel data: a truncated or broken picture
            if not partial:
                name = _name(media_type)
                raise DamagedMediaError(f"the {name} file is damaged: its pixels do not decode ({type(exc).__name__})"
                                        ) from None  # fmt: skip
            rendered = _picture_pages(data, media_type, wanted, side, max_pixels, truncated=True)
            damaged = "shown as far as it decodes"
    for image, rotation in rendered:
        turned = image.rotate(-rotation, expand=True) if rotation else image  # PIL turns counter-clockwise
        images.append(_encoded(turned, "PNG", grey=grey or None, compress_level=1))
    answer: dict[str, Any] = {"count": count, "images": images}
    if damaged:
        answer["damaged"] = damaged
    return answer


def text_layers(data: bytes, media_type: str, numbers: list[int], max_pages: int, max_chars: int) -> list[str]:
    """The text layer of each page asked for (original page numbers from 1), in reading order (right-to-left lines
    put in logical order: fieldkit.analysis.formats.pdf.page_text), each cut at ``max_chars``. A page without one
    (a scan, a photo), or of a file that is not a PDF, answers "" and is left to OCR."""
    count = _count_pages(data, media_type, max_pages)
    for number in numbers:
        if not 1 <= int(number) <= count:
            raise InputError(f"the document has {count} pages; there is no page {number}")
    if media_type != media_types.PDF:
        return ["" for _number in numbers]
    from fieldkit.analysis.formats import pdf  # lazy: only PDFs have a text layer

    document = _pdf(data)
    try:
        return pdf.text_layers(document, [int(number) for number in numbers], max_chars)
    finally:
        document.close()


def _picture_pages(data: bytes, media_type: str, wanted: list[tuple[int, int]], side: int, max_pixels: int,
                   truncated: bool) -> list[tuple[Image.Image, int]]:  # fmt: skip
    rendered = []
    # A child is reused from call to call: the flag is set for this decode only, whatever an earlier op left.
    ImageFile.LOAD_TRUNCATED_IMAGES = truncated
    try:
        with _open_picture(data, media_type) as opened:
            for source, rotation in wanted:
                opened.seek(source - 1)
                _within(opened, side, max_pixels)
                shown = ImageOps.exif_transpose(opened)  # a photographed page stands as the camera says
                frame = shown.convert("RGB") if shown.mode not in ("RGB", "L") else shown.copy()
                frame.thumbnail((side, side))
                rendered.append((frame, rotation))
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = False
    return rendered


def dhash(data: bytes, media_type: str | None, max_pixels: int) -> int:
    """Difference hash: 9x8 greyscale, one bit per horizontal gradient, as a signed 64-bit integer (SQLite's)."""
    with _open_picture(data, media_type) as image:
        _within(image, 32, max_pixels, mode="L")
        small = ImageOps.exif_transpose(image).convert("L").resize((9, 8), Image.Resampling.LANCZOS)
    pixels = small.tobytes()
    value = 0
    for row in range(8):
        for column in range(8):
            value = (value << 1) | (pixels[row * 9 + column] > pixels[row * 9 + column + 1])
    return value - (1 << 64) if value >= 1 << 63 else value


def _barcodes(grey: Image.Image, max_pixels: int, max_chars: int) -> list[dict[str, str]]:
    import zxingcpp  # only in the sandbox

    if grey.width * grey.height > max_pixels:
        grey.thumbnail((BARCODE_SIDE, BARCODE_SIDE))
    found = []
    for result in zxingcpp.read_barcodes(grey):
        text = "".join(ch for ch in result.text if ch.isprintable()).strip()[:max_chars]
        if text:
            found.append({"text": text, "format": str(result.format)})
    return found


def tags(data: bytes, max_pixels: int, max_decode_pixels: int, max_chars: int) -> list[dict[str, str]]:
    """Every barcode or QR code zxing-cpp finds in a photo: [{text, format}]. A photo above ``max_pixels`` is
    searched at a reduced size; one above ``max_decode_pixels`` that no reduced decode brings under is refused."""
    with _open_picture(data, None, " for a barcode") as image:
        if image.width * image.height > max_pixels:
            image.draft("L", (BARCODE_SIDE, BARCODE_SIDE))
        if image.width * image.height > max_decode_pixels:
            raise OversizedMediaError(f"the photo is {image.width}x{image.height} pixels, too large to search")
        grey = ImageOps.exif_transpose(image).convert("L")
    return _barcodes(grey, max_pixels, max_chars)


def tags_in_pixels(data: bytes, width: int, height: int, max_pixels: int, max_chars: int) -> list[dict[str, str]]:
    """Barcodes in a grey frame already in memory (a camera frame): ``data`` is width x height bytes."""
    if width <= 0 or height <= 0 or len(data) != width * height:
        raise InputError("the frame's size does not match its pixels")
    return _barcodes(Image.frombytes("L", (width, height), data), max_pixels, max_chars)
