"""What every describer needs the same way: thumbnails as bounded PNG bytes, outside text made safe to show, text cut
to the limit with a note saying so.

Decision: one copy of these defences, because each describer reads hostile bytes and a describer that forgot one
(an unbounded string, a control character for a terminal, a thumbnail larger than asked) would be the weak one.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from PIL import Image, ImageOps

from fieldkit.analysis.description import Description

# Characters that would let a value move a terminal's cursor or hide text: everything not printable but the spaces
# of ordinary text.
_KEPT_WHITESPACE = frozenset("\n\t")


def thumbnail_png(image: Image.Image, side: int) -> bytes:
    """The image reduced to at most ``side`` pixels on its longest side (aspect kept), turned as its EXIF says, as
    PNG bytes; grey stays grey (prints keep their ridges), alpha is kept."""
    shown = ImageOps.exif_transpose(image)
    shown.thumbnail((side, side))
    if shown.mode in ("I", "F") or shown.mode.startswith("I;16"):
        shown = shown.convert("L")
    elif shown.mode not in ("1", "L", "LA", "RGB", "RGBA"):
        shown = shown.convert("RGBA" if "A" in shown.getbands() else "RGB")
    out = io.BytesIO()
    shown.save(out, "PNG", compress_level=3)
    return out.getvalue()


def clean(value: object, limit: int) -> str | None:
    """A short outside value (a name, a title, a header) as safe one-line text of at most ``limit`` characters."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if value is None:
        return None
    text = "".join(ch if ch.isprintable() else " " for ch in str(value)[: limit * 4]).strip()
    return " ".join(text.split())[:limit] or None


def clean_text(value: str) -> str:
    """Longer outside text (a document's text for search): printable characters, newlines and tabs only."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.isprintable():
        return value
    return "".join(ch if ch.isprintable() or ch in _KEPT_WHITESPACE else " " for ch in value)


def bounded_text(parts: Iterable[str], limit: int, description: Description) -> str:
    """Join ``parts`` until ``limit`` characters; note on ``description`` when the text was cut there."""
    kept: list[str] = []
    total = 0
    for part in parts:
        if total + len(part) > limit:
            kept.append(part[: limit - total])
            description.notes.append(f"text cut at {limit:,} characters (the limit for search text)")
            break
        kept.append(part)
        total += len(part)
    return clean_text("".join(kept))


def put_exif(description: Description, exif: dict[str, Any], captured: str | None) -> None:
    """EXIF facts on a description, with the position and orientation also under the keys every family uses."""
    if exif:
        description.facts["exif"] = exif
        if "gps" in exif:
            description.facts["gps"] = exif["gps"]
        if "orientation" in exif:
            description.facts["orientation"] = exif["orientation"]
    description.captured_at = description.captured_at or captured


def problem(exc: BaseException) -> str:
    """A decoder's failure, for people, without its message (which may quote the file's own bytes)."""
    return type(exc).__name__
