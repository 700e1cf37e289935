"""Sample inputs that several test modules share: rendered text pages, a multi-page TIFF, photos with a scene or a
barcode, hostile PDFs, a free local port for a test server, and capture-source plug-ins installed as pip would leave
them. They live here, not in one test module, so that a test module never imports another (pytest would collect its
tests twice and a move would break the importer)."""

from __future__ import annotations

import io
import socket
import textwrap
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

from fieldkit.config import AnalysisLimits
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


def barcode_photo(text: str, kind: zxingcpp.BarcodeFormat = zxingcpp.BarcodeFormat.Code128) -> bytes:
    """A photo of a tag: the code printed on a card, in a JPEG of a plain background (a Code 128 by default)."""
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


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 0 obj is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    return bytes(out)


def huge_page_pdf(points: int = 14_400) -> bytes:
    """A few hundred bytes declaring one blank page of ``points`` x ``points`` (issue 12: 7.6 GB to render at 300
    dpi in-process)."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (points, points),
        b"<< /Length 0 >>\nstream\n\nendstream",
    ])  # fmt: skip


def form_bomb_pdf(levels: int = 9, fan: int = 10) -> bytes:
    """About 2 KB: a page that draws a form that draws the next form ``fan`` times, ``levels`` deep, so rendering it
    strokes fan ** levels lines (10 ** 9: hours of CPU and gigabytes of pdfium's caches)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /X 5 0 R >> >> >>",
        b"<< /Length 5 >>\nstream\n/X Do\nendstream",
    ]
    for level in range(levels):
        last = level == levels - 1
        body = b"0 0 m 612 792 l S" if last else b" ".join([b"/X Do"] * fan)
        resources = b"" if last else b"/Resources << /XObject << /X %d 0 R >> >>" % (6 + level)
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] %s /Length %d >>\nstream\n%s\nendstream"
                       % (resources, len(body), body))  # fmt: skip
    return _pdf(objects)


# Sandbox limits for tests that feed hostile files to real decoders: a runaway decoder is stopped in seconds, not the
# minute the defaults allow. One value, so those tests share one pool of children per test process.
TIGHT_SANDBOX = AnalysisLimits(workers=1, memory_bytes=512 << 20, cpu_s=2, wall_s=20.0)


def peak_memory_kib() -> int:
    """This process's peak resident size in KiB (Linux), 0 where the platform does not tell: a test that hands
    hostile files to the sandbox checks that this process did not grow by decoding them itself."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
