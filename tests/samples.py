"""Sample inputs that several test modules share: rendered text pages, a multi-page TIFF, photos with a scene or a
barcode, a free local port for a test server, and capture-source plug-ins installed as pip would leave them. They
live here, not in one test module, so that a test module never imports another (pytest would collect its tests
twice and a move would break the importer)."""

from __future__ import annotations

import io
import socket
import textwrap
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


# --- capture-source plug-ins, as a third party would publish them -------------------------------------------------

DEMO_PLUGIN = '''
"""A vendor's document scanner and live-scan device, as a third party would publish them."""

import io

from PIL import Image

from fieldkit.biometrics import synthetic
from fieldkit.biometrics.livescan import LiveScanImage
from fieldkit.errors import InvalidValueError
from fieldkit.sources import AVAILABLE, Acquired, Device, ScanSettings, SourceStatus


class DemoScanner:
    name = "demo"
    kind = "document"

    def status(self):
        return AVAILABLE

    def devices(self):
        return [Device(self.name, "demo:feeder-1", "Demo feeder scanner"),
                Device(self.name, "demo:flat-2", "Demo flatbed")]

    def acquire(self, device_id, options, cancel=None, progress=None):
        if device_id not in ("demo:feeder-1", "demo:flat-2"):
            raise InvalidValueError(f"no demo device {device_id}")
        settings = ScanSettings.from_options(options)
        page = Image.new("L", (170, 220), 255)
        page.paste(0, (20, 20, 150, 40))
        out = io.BytesIO()
        page.save(out, "TIFF", compression="tiff_lzw")
        if progress:
            progress(1)
        return Acquired(out.getvalue(), "document", "image/tiff", "demo-scan.tif", f"demo:{device_id}",
                        {"page_count": 1, "resolution_dpi": settings.resolution}, "2026-11-25T14:30:00Z")


class FlakySource:
    name = "flaky"
    kind = "document"

    def status(self):
        return AVAILABLE

    def devices(self):
        raise RuntimeError("the USB bus reset")

    def acquire(self, device_id, options, cancel=None, progress=None):
        raise RuntimeError("never")


class WiaSource:
    name = "wia"
    kind = "document"

    def status(self):
        return SourceStatus(False, "WIA needs Windows and pywin32")

    def devices(self):
        raise RuntimeError("never asked: not available")

    def acquire(self, device_id, options, cancel=None, progress=None):
        raise RuntimeError("never")


class DemoLiveScanner:
    id = "demo-ls-1"
    description = "Demo optical live-scan (500 ppi)"

    def capture(self, finger, impression):
        return LiveScanImage(synthetic.ridges(400, 500, seed=finger), 500, "Demo", "LS-1", "0001")
'''

BROKEN_PLUGIN = """
raise ImportError("the vendor SDK (libdemo.so) is not installed")
"""


def install_package(site: Path, package: str, distribution: str, source: str, entry_points: str) -> None:
    """A package and its dist-info in ``site``: what importlib.metadata finds for an installed distribution."""
    (site / package).mkdir(parents=True)
    (site / package / "__init__.py").write_text(textwrap.dedent(source))
    info = site / f"{package}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))


def install_demo_plugins(site: Path) -> Path:
    """Into ``site`` (put it on sys.path to install them): fieldkit-demo-source, with a document scanner ``demo``
    (devices demo:feeder-1 and demo:flat-2), a source ``flaky`` whose devices() raises, a source ``wia`` that is not
    available here, one that claims the name ``sane`` already taken, and a live-scan device ``demo-livescan``
    (demo-ls-1); and fieldkit-broken-source, whose source ``broken`` does not import."""
    install_package(site, "fieldkit_demo_source", "fieldkit-demo-source", DEMO_PLUGIN, """
        [fieldkit.sources]
        demo = fieldkit_demo_source:DemoScanner
        flaky = fieldkit_demo_source:FlakySource
        wia = fieldkit_demo_source:WiaSource
        sane = fieldkit_demo_source:DemoScanner

        [fieldkit.livescan]
        demo-livescan = fieldkit_demo_source:DemoLiveScanner
        """)  # fmt: skip
    install_package(site, "fieldkit_broken_source", "fieldkit-broken-source", BROKEN_PLUGIN, """
        [fieldkit.sources]
        broken = fieldkit_broken_source:Source
        """)  # fmt: skip
    return site
