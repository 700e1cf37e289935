"""PDF: page count, the text layer of its pages, its metadata (title, author, dates) and a thumbnail of the first page.

Decision: pdfium (pypdfium2), as fieldkit's page views and OCR already use, opened from the bytes only (a str would be
taken as a path). The thumbnail is rendered straight at the thumbnail's size, the scale computed from the page's own
size, so a page declaring itself kilometres wide (issue 12: 7.6 GB for 588 bytes) still gives a bitmap of at most
thumbnail_side pixels; text is read from at most max_text_pages pages and cut at max_text_chars. pdfium repairs
many broken files: a PDF without its end-of-file marker is described as far as pdfium reads it and marked damaged;
one pdfium cannot open at all is damaged with nothing else to say; one locked by a password is described as such.
"""

from __future__ import annotations

import math
import re
from typing import Any

from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import bounded_text, clean, thumbnail_png
from fieldkit.config import AnalysisLimits

_FACT_CHARS = 200  # not a limit: longest title or author kept as a fact
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?")
_METADATA = {"Title": "title", "Author": "author", "Subject": "subject", "Creator": "creator",
             "Producer": "producer", "CreationDate": "created", "ModDate": "modified"}  # fmt: skip


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Pages, text, metadata and first-page thumbnail of one PDF."""
    import pypdfium2  # lazy: only PDFs load pdfium

    description = Description(media_type=media_type, facts={"size": len(data)})
    if b"%%EOF" not in data[-2048:]:
        description.damaged = "the PDF is truncated: it has no end-of-file marker"
    try:
        document = pypdfium2.PdfDocument(bytes(data))
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            description.facts["encrypted"] = True
            description.notes.append("the PDF is locked with a password: its pages and text cannot be read")
            return description
        truncated = description.damaged is not None
        description.damaged = (
            "the PDF is truncated (it has no end-of-file marker) and what is there cannot be opened"
            if truncated
            else "the PDF cannot be opened (it may be truncated or malformed)"
        )
        return description
    try:
        page_count = len(document)
        description.facts["page_count"] = page_count
        description.facts["pdf_version"] = _version(document)
        _metadata(document, description)
        if page_count:
            description.thumbnail = _first_page(document, limits)
        description.text = bounded_text(_page_texts(document, page_count, description, limits),
                                        limits.max_text_chars, description)  # fmt: skip
    finally:
        document.close()
    return description


def _version(document: Any) -> str | None:
    version = document.get_version()
    return f"{version // 10}.{version % 10}" if isinstance(version, int) and 10 <= version < 100 else None


def _metadata(document: Any, description: Description) -> None:
    try:
        values = document.get_metadata_dict(skip_empty=True)
    except Exception:  # pdfium answers with what it could decode; a broken Info dictionary only loses these facts
        return
    for key, fact in _METADATA.items():
        if (text := clean(values.get(key), _FACT_CHARS)) is not None:
            description.facts[fact] = pdf_date(text) if fact in ("created", "modified") else text
    created = description.facts.get("created")
    if created and created[:1].isdigit():
        description.captured_at = created


def pdf_date(value: str) -> str:
    """A PDF date (D:YYYYMMDDHHmmSSOHH'mm') as ISO 8601; the value as it is when it is not one."""
    match = _PDF_DATE.match(value)
    if match is None:
        return value
    year, month, day, hour, minute, second, zone = match.groups()
    text = f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:{second or '00'}"
    if zone and zone.upper() == "Z":
        text += "+00:00"
    elif zone:
        digits = zone.replace("'", "")
        text += f"{digits[:3]}:{digits[3:5]}"
    return text


def _first_page(document: Any, limits: AnalysisLimits) -> bytes | None:
    page = document[0]
    try:
        width, height = page.get_size()
        if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
            return None
        # Pixels per PDF unit so that the longest side is thumbnail_side, whatever size the page claims to be.
        scale = limits.thumbnail_side / max(width, height)
        bitmap = page.render(scale=scale, limit_image_cache=True)
        image = bitmap.to_pil()
        return thumbnail_png(image, limits.thumbnail_side)
    finally:
        page.close()


def _page_texts(document: Any, page_count: int, description: Description, limits: AnalysisLimits) -> Any:
    import pypdfium2  # lazy: only PDFs load pdfium

    if page_count > limits.max_text_pages:
        description.notes.append(f"text of the first {limits.max_text_pages:,} pages only")
    total = 0
    for index in range(min(page_count, limits.max_text_pages)):
        if total > limits.max_text_chars:
            return
        try:
            page = document[index]
            try:
                text_page = page.get_textpage()
                text = page_text(text_page)
                text_page.close()
            finally:
                page.close()
        except pypdfium2.PdfiumError:
            description.damaged = description.damaged or f"page {index + 1} of the PDF cannot be read"
            continue
        total += len(text)
        yield text.replace("\r\n", "\n") + "\n\n"


# Bidi classes (unicodedata.bidirectional): right-to-left letters, and what reads left to right inside such a line.
_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L", "EN", "AN"})
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_WORD_GAP = 0.13  # not a limit: a gap wider than this fraction of the line height separates two words


def page_text(text_page: Any) -> str:
    """The text layer of one page in reading order.

    pdfium hands characters over in the order the page draws them, and most PDF producers draw right-to-left text
    in visual order (left to right on the page): an Arabic word then comes out reversed and search never finds it.
    So a line holding right-to-left letters is put in logical order from where its glyphs sit (pdfium's loose
    boxes, the font's advance widths): right to left by x, a space wherever two glyphs stand further apart than an
    eighth of the line's height (the spaces' own boxes are unreliable), then each run that reads left to right
    (digits, Latin) turned back and brackets mirrored: Unicode's bidi algorithm undone for a right-to-left line.
    Lines without right-to-left letters are kept as pdfium gives them."""
    import unicodedata

    whole = str(text_page.get_text_range()).replace("\r\n", "\n")
    if not any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in whole):
        return whole.strip()
    count = text_page.count_chars()
    lines: list[list[tuple[float, float, float, str]]] = [[]]
    plain: list[list[str]] = [[]]
    for index in range(count):
        char = text_page.get_text_range(index, 1)
        if char == "\n":
            lines.append([])
            plain.append([])
        elif char and char != "\r":
            plain[-1].append(char)
            if not char.isspace():
                left, bottom, right, top = text_page.get_charbox(index, loose=True)
                lines[-1].append((left, right, top - bottom, char))
    return "\n".join(_logical_line(glyphs, "".join(text)) for glyphs, text in zip(lines, plain, strict=True)).strip()


def _logical_line(glyphs: list[tuple[float, float, float, str]], text: str) -> str:
    import unicodedata

    bidi = unicodedata.bidirectional
    rtl = sum(1 for *_box, char in glyphs if bidi(char[0]) in _RTL_CLASSES)
    if not rtl:
        return text
    base_rtl = rtl >= sum(1 for *_box, char in glyphs if bidi(char[0]) == "L")
    # Right to left (or left to right) by where each glyph sits; ties keep the drawing order.
    placed = sorted(glyphs, key=lambda g: -(g[0] + g[1]) if base_rtl else g[0] + g[1])
    height = sorted(g[2] for g in placed)[len(placed) // 2]
    ordered: list[str] = []
    for before, glyph in zip([None, *placed], placed, strict=False):
        if before is not None and (before[0] - glyph[1] if base_rtl else glyph[0] - before[1]) > height * _WORD_GAP:
            ordered.append(" ")
        ordered.append(glyph[3])
    inner = _LTR_CLASSES if base_rtl else _RTL_CLASSES
    other = _RTL_CLASSES if base_rtl else _LTR_CLASSES
    out: list[str] = []
    index = 0
    while index < len(ordered):
        if bidi(ordered[index][0]) not in inner:
            char = ordered[index]
            out.append(char.translate(_MIRRORED) if base_rtl else char)
            index += 1
            continue
        # A run of the other direction: from this strong character to the last one of its kind before a character
        # of the base direction; neutrals between them (spaces, separators) belong to the run.
        end = index
        probe = index + 1
        while probe < len(ordered) and bidi(ordered[probe][0]) not in other:
            if bidi(ordered[probe][0]) in inner:
                end = probe
            probe += 1
        out.extend(reversed(ordered[index : end + 1]))
        index = end + 1
    return "".join(out)


def text_layers(document: Any, numbers: list[int], max_chars: int) -> list[str]:
    """The text layer of each page asked for (numbers from 1) of an open pdfium document, in reading order, each
    cut at ``max_chars``; "" for a page without one (a scan) or whose text pdfium cannot read."""
    import pypdfium2  # lazy: only PDFs load pdfium

    texts = []
    for number in numbers:
        try:
            page = document[number - 1]
            try:
                text_page = page.get_textpage()
                try:
                    texts.append(page_text(text_page)[:max_chars])
                finally:
                    text_page.close()
            finally:
                page.close()
        except pypdfium2.PdfiumError:
            texts.append("")
    return texts
