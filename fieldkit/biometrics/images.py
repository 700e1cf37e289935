"""Fingerprint images in memory: decoding (PNG, TIFF, BMP, JPEG, WSQ), resampling to a target resolution, WSQ and
lossless PNG encoding. Nothing here writes to disk.

Decoding runs in a sandbox child (fieldkit.biometrics.ops, called through fieldkit.biometrics.confined): the WSQ
decoder has crashed fieldkit on mutated files, so fieldkit's own process never decodes print bytes. Resampling and
encoding work on pixels a child returned or fieldkit made, and are safe anywhere."""

from __future__ import annotations

import io
import warnings

from PIL import Image

from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import DamagedMediaError, InvalidValueError, OversizedMediaError
from fieldkit.media_types import TABLE

# The formats a print image may be in: Pillow is told to try only these (not every format it knows).
PRINT_FORMATS = tuple(sorted(row.pillow_format for row in TABLE if row.print_image and row.pillow_format))


def decode_with_ppi(data: bytes) -> tuple[Image.Image, float | None]:
    """An 8-bit greyscale image from outside bytes, and the resolution written in the file (WSQ files carry none).

    Decodes hostile bytes: call it only inside a sandbox child (fieldkit.biometrics.ops) or on bytes fieldkit made."""
    import wsq  # noqa: F401 - registers the WSQ codec with Pillow

    try:
        with warnings.catch_warnings():  # our own pixel limit below decides, with a clearer message
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=PRINT_FORMATS)
        with opened as image:
            if image.width * image.height > FINGERPRINT_LIMITS.max_print_pixels:
                raise OversizedMediaError(
                    f"the image has {image.width} x {image.height} pixels; fieldkit takes prints up to "
                    f"{FINGERPRINT_LIMITS.max_print_pixels // 1_000_000} MP"
                )
            dpi = image.info.get("dpi")
            image.load()
            grey = image.convert("L")
    except OversizedMediaError:
        raise
    except Image.DecompressionBombError:
        raise OversizedMediaError("the image claims more pixels than any fingerprint has") from None
    except Exception as exc:
        # The decoder's own exception name means nothing to an operator: the file is what is wrong.
        raise DamagedMediaError(
            "the fingerprint image cannot be decoded: the file is damaged or not a print image",
            details=[type(exc).__name__],
        ) from None
    ppi = None
    if isinstance(dpi, tuple) and dpi:
        try:
            ppi = float(dpi[0]) if float(dpi[0]) > 1 else None
        except (TypeError, ValueError, ZeroDivisionError):
            ppi = None
    return grey, ppi


def decode(data: bytes) -> Image.Image:
    """An 8-bit greyscale image from outside bytes (see decode_with_ppi: only in a sandbox child)."""
    return decode_with_ppi(data)[0]


def plausible_ppi(ppi: object) -> float | None:
    """``ppi`` as a print's resolution, or None when it is none (missing, not a number, or outside
    FINGERPRINT_LIMITS.print_ppi_range: 1, 72, 96 and 119.99 say nothing about a print)."""
    if isinstance(ppi, bool) or not isinstance(ppi, int | float):
        return None
    low, high = FINGERPRINT_LIMITS.print_ppi_range
    return float(ppi) if low <= ppi <= high else None


def check_ppi(ppi: float) -> float:
    """A resolution an operator or a device states for a print (InvalidValueError outside the plausible range)."""
    low, high = FINGERPRINT_LIMITS.print_ppi_range
    if plausible_ppi(ppi) is None:
        raise InvalidValueError(f"a resolution of {ppi:g} ppi is not plausible for a fingerprint ({low}-{high} ppi; "
                                "500 for ten-prints, 1000 for latents)")  # fmt: skip
    return ppi


def resample(image: Image.Image, from_ppi: float, to_ppi: float) -> Image.Image:
    """The image at another resolution (Lanczos); unchanged when within 0.5 %. Refused (InvalidValueError) when
    the result would be larger than any print (a resolution of 1 ppi read as a print's would ask for gigapixels)."""
    if not from_ppi > 0 or not to_ppi > 0:
        raise InvalidValueError(f"cannot resample from {from_ppi} ppi to {to_ppi} ppi")
    factor = to_ppi / from_ppi
    if abs(factor - 1) < 0.005:
        return image
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    if size[0] * size[1] > FINGERPRINT_LIMITS.max_print_pixels:
        raise InvalidValueError(f"resampling {image.width} x {image.height} pixels from {from_ppi:g} to "
                                f"{to_ppi:g} ppi would make {size[0]} x {size[1]}: that is no print's "
                                "resolution")  # fmt: skip
    return image.resize(size, Image.Resampling.LANCZOS)


def encode_wsq(image: Image.Image) -> bytes:
    """WSQ (NBIS, bitrate 0.75, the FBI's 15:1 setting) of an 8-bit greyscale 500 ppi print."""
    import wsq  # noqa: F401

    out = io.BytesIO()
    image.convert("L").save(out, "WSQ")
    return out.getvalue()


def encode_png(image: Image.Image, ppi: float) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(ppi, ppi))
    return out.getvalue()
