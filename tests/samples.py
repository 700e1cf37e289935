"""Sample inputs that several test modules share: rendered text pages, a multi-page TIFF, photos with a scene or a
barcode, and a free local port for a test server. They live here, not in one test module, so that a test module
never imports another (pytest would collect its tests twice and a move would break the importer)."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

from fieldkit.core import ocr

AMIRI = Path("/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_tesseract = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract with ara+eng+fra is missing")

SHADES = (30, 120, 220)


def page(lines: list[str], font_path: Path, size: int, rtl: bool = False) -> Image.Image:
    image = Image.new("L", (1700, 1000), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path), size, layout_engine=ImageFont.Layout.RAQM)
    for number, line in enumerate(lines):
        y = 120 + number * int(size * 1.8)
        if rtl:
            width = draw.textlength(line, font=font, direction="rtl", language="ar")
            draw.text((1600 - width, y), line, font=font, fill=0, direction="rtl", language="ar")
        else:
            draw.text((100, y), line, font=font, fill=0)
    return image


def three_page_tiff() -> bytes:
    """Three pages told apart by their shade; 200 wide, 100 high, so a quarter turn shows in the size."""
    frames = [Image.new("L", (200, 100), shade) for shade in SHADES]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    return out.getvalue()


def picture(seed: int, size: tuple[int, int] = (1200, 900), quality: int = 90) -> bytes:
    image = Image.new("RGB", (1200, 900), (30 + seed * 40, 80, 120))
    draw = ImageDraw.Draw(image)
    for i in range(12):
        x = (seed * 97 + i * 131) % 1000
        draw.ellipse((x, i * 70, x + 180, i * 70 + 120), fill=((i * 50 + seed * 30) % 256, 200 - i * 10, 60))
    image = image.resize(size)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def barcode_photo(text: str, kind: zxingcpp.BarcodeFormat) -> bytes:
    code = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(text, kind), scale=6)
    symbol = Image.fromarray(code)  # zxingcpp's image is an 8-bit grey array
    photo = Image.new("RGB", (1600, 1200), (120, 110, 90))
    photo.paste(symbol.convert("RGB"), (300, 250))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=92)
    return out.getvalue()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
