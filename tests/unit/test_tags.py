"""A generated QR code and a Code-128 barcode in a photo yield the evidence tag, read in the analysis sandbox."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from fieldkit.core.tags import read_tags
from fieldkit.errors import AnalysisFailedError, DamagedMediaError
from tests.samples import barcode_photo


@pytest.mark.parametrize(("kind", "name"), [(zxingcpp.BarcodeFormat.QRCode, "QR Code"),
                                            (zxingcpp.BarcodeFormat.Code128, "Code 128")])  # fmt: skip
def test_tag_is_read_from_a_photo(kind: zxingcpp.BarcodeFormat, name: str) -> None:
    found = read_tags(barcode_photo("EV-2026-0042", kind))
    assert [(t.text, t.format) for t in found] == [("EV-2026-0042", name)]


def test_no_code_and_broken_images() -> None:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), (90, 90, 90)).save(out, "PNG")
    assert read_tags(out.getvalue()) == []
    with pytest.raises(AnalysisFailedError, match="cannot be read for a barcode"):  # refused in the sandbox
        read_tags(b"not an image")


def test_cli_read_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fieldkit.cli.main import main

    photo = tmp_path / "tag.jpg"
    photo.write_bytes(barcode_photo("EV-0099", zxingcpp.BarcodeFormat.QRCode))
    assert main(["read-tag", str(photo)]) == 0
    assert capsys.readouterr().out.strip() == "EV-0099"
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 128).save(blank)
    assert main(["read-tag", str(blank)]) == 25
    assert "no barcode" in capsys.readouterr().err
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not a photo")
    assert main(["read-tag", str(broken)]) == DamagedMediaError.exit_code  # refused in the sandbox: a damaged photo
    assert "cannot be read for a barcode" in capsys.readouterr().err
