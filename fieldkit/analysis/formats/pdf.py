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
                text = text_page.get_text_range()
                text_page.close()
            finally:
                page.close()
        except pypdfium2.PdfiumError:
            description.damaged = description.damaged or f"page {index + 1} of the PDF cannot be read"
            continue
        total += len(text)
        yield text.replace("\r\n", "\n") + "\n\n"
