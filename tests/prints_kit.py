"""Real fingerprint impressions for the identification tests, made offline from what a registry package ships.

The print is the real one the ``wsq`` package ships in its tests (a 500 ppi rolled print, NIST's WSQ). Mated
impressions are realistic changes of it (a shift on the platen, a partial crop, pressure/contrast); a second finger
is that print mirrored (a ridge pattern Bozorth3 scores like any impostor, ~20 against the first). Each impression
is a PNG that states 500 ppi."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path

import wsq
from PIL import Image, ImageOps

SOURCE = Path(wsq.__file__).parent / "tests" / "test.wsq"


@dataclass(frozen=True)
class Finger:
    name: str
    impressions: tuple[bytes, ...]  # the first is the one put in watchlists; the others are its mates


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(500, 500))
    return out.getvalue()


def _impressions(image: Image.Image) -> tuple[bytes, ...]:
    width, height = image.size
    shifted = ImageOps.expand(image, (15, 10, 0, 0), fill=255).point(lambda v: min(255, int(v * 0.8 + 40)))
    cropped = ImageOps.autocontrast(image.crop((30, 20, width - 10, height - 40)))
    return _png(image), _png(shifted), _png(cropped)


@functools.cache
def fingers() -> tuple[Finger, Finger]:
    real = Image.open(SOURCE).convert("L")
    return Finger("wsq test print", _impressions(real)), Finger(
        "wsq test print, mirrored", _impressions(ImageOps.mirror(real))
    )
