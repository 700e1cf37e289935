"""The metadata cleaner reads hostile bytes (in the sandbox, but still): whatever it is given, it returns cleaned
bytes or raises ValueError, never anything else, and it never loops on a malformed structure."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from fieldkit.biometrics import clean
from tests.conftest import jpeg_bytes


def png_bytes() -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (64, 48), (120, 30, 200))
    info = PngInfo()
    info.add_text("Comment", "Ahmed Al-Masri")
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


@pytest.mark.parametrize("original", [jpeg_bytes(size=(64, 48), seed=3, exif={0x010E: "Ahmed Al-Masri"}), png_bytes()],
                         ids=["jpeg", "png"])  # fmt: skip
def test_mangled_images_give_cleaned_bytes_or_a_value_error(original: bytes) -> None:
    cleaned = clean.strip(original)
    assert b"Al-Masri" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        image.load()
    chance = random.Random(14)
    for _ in range(400):
        data = bytearray(original)
        how = chance.randrange(4)
        if how == 0:  # cut short
            data = data[: chance.randrange(len(data))]
        elif how == 1:  # bytes flipped
            for _ in range(chance.randrange(1, 8)):
                data[chance.randrange(len(data))] = chance.randrange(256)
        elif how == 2:  # a length field made huge or zero
            at = chance.randrange(2, max(3, len(data) - 2))
            data[at : at + 2] = chance.choice([b"\xff\xff", b"\x00\x00", b"\x00\x01"])
        else:  # garbage appended or inserted
            at = chance.randrange(len(data))
            data[at:at] = bytes(chance.randrange(256) for _ in range(chance.randrange(1, 64)))
        try:
            result = clean.strip(bytes(data))
        except ValueError:
            continue
        assert len(result) <= len(data) + 64  # never more than the input and a minimal JFIF header


@pytest.mark.parametrize("data", [b"", b"\xff\xd8", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"\x00" * 32])
def test_fragments_are_refused_with_a_value_error(data: bytes) -> None:
    with pytest.raises(ValueError):
        clean.strip(data)
