from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from PIL import Image

from fieldkit.config import TEST_KDF, Limits
from fieldkit.store.store import Store
from tests import case_graphs
from tests.hq_backends import hq_backend  # noqa: F401 - the fixture: HQ tests run on each backend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No configuration file of the machine running the tests (docs/cli.md, "Configuration file") changes what they see;
# the tests of the files name their own.
os.environ["FIELDKIT_CONFIG"] = ""
os.environ["FIELDKIT_HQ_CONFIG"] = ""
# Nor its language: the HTML report is in English unless a test asks (a French or Arabic locale would translate it;
# tests/unit/test_report_language.py sets its own).
os.environ["FIELDKIT_HQ_LANGUAGE"] = "en"

PASSPHRASE = "test passphrase 1"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path) -> Iterator[Store]:
    opened = Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF, limits=Limits(import_workers=2))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def closed_store(store_dir: Path) -> Path:
    """A store made with cheap KDF parameters, closed, ready for the CLI."""
    Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF).close()
    return store_dir


def jpeg_bytes(
    size: tuple[int, int] = (640, 480),
    *,
    seed: int = 0,
    exif: Mapping[int, object] | None = None,
    gps: Mapping[int, object] | None = None,
    sub: Mapping[int, object] | None = None,
    quality: int = 90,
) -> bytes:
    image = Image.effect_noise(size, 40 + seed % 50).convert("RGB")
    image.putpixel((seed % size[0], 0), (seed % 256, (seed // 256) % 256, 7))
    info = Image.Exif()
    for tag, value in (exif or {}).items():
        info[tag] = value
    if gps:
        info[0x8825] = gps
    if sub:
        info[0x8769] = sub
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=info.tobytes())
    return out.getvalue()


def png_bytes(size: tuple[int, int] = (64, 48), seed: int = 0) -> bytes:
    image = Image.effect_noise(size, 30 + seed % 50).convert("L")
    image.putpixel((0, 0), seed % 256)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def tiff_bytes(pages: int = 3, size: tuple[int, int] = (120, 80)) -> bytes:
    frames = [Image.new("L", size, 40 * i) for i in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def pdf_bytes(text: str = "hello", pages: int = 2) -> bytes:
    """A small valid PDF whose page content streams hold ``text`` uncompressed (so it is findable as bytes)."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for i in range(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({text} page {i + 1}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R"
            " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


def fieldkit_cmd() -> list[str]:
    return [sys.executable, "-m", "fieldkit"]


SANE_TEST_CONF = Path("/etc/sane.d/test.conf")


@pytest.fixture
def sane_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SANE with only its `test` backend (a virtual scanner), configured in a private folder; skips without it."""
    pytest.importorskip("sane")
    if not SANE_TEST_CONF.exists():
        pytest.skip("SANE's test backend is not installed")
    use_sane_test_backend(tmp_path, monkeypatch)


def use_sane_test_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point SANE at its `test` backend only (if installed). A test that lets SANE start must do this even when it
    does not scan with SANE: libsane reads SANE_CONFIG_DIR once per process, so the first configuration holds for
    every later test of the same worker."""
    if not SANE_TEST_CONF.exists():
        return
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    shutil.copy(SANE_TEST_CONF, folder / "test.conf")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))


def pytest_configure(config: pytest.Config) -> None:
    case_graphs.start(is_worker=hasattr(config, "workerinput"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    passed, said = case_graphs.finish(is_worker=hasattr(session.config, "workerinput"))
    if said:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(said, red=not passed)
    if not passed:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
