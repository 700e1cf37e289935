"""Office documents: OOXML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp), read for their text, their page,
sheet or slide counts where the file states them cheaply, and who made them when (docProps/core.xml, meta.xml).

Decision: zipfile and defusedxml on the few members that hold the text, not an office suite: nothing is rendered,
no macro or embedded object is touched, and XML entities and external resources are refused. An office file is a
ZIP, so it gets the archive's defences: the central directory's entry count is checked before zipfile reads it,
and each member is read only if its declared size is under AnalysisLimits.max_parse_bytes and its compression ratio
under max_expansion_ratio (zipfile stops every member at its declared size); the rest are skipped with a note.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import bounded_text, clean, problem
from fieldkit.analysis.formats.archive import zip_directory
from fieldkit.config import AnalysisLimits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_FACT_CHARS = 200  # not a limit: longest author or title kept as a fact
_ODF = (media_types.ODT, media_types.ODS, media_types.ODP)


class _Unreadable(Exception):
    """A member the describer needs is missing, oversized or malformed (the message says which, for people)."""


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Text, counts and authorship of one office document."""
    description = Description(media_type=media_type, facts={"size": len(data)})
    directory = zip_directory(data)
    if directory is not None and directory.entries > limits.max_archive_members:
        description.damaged = f"the document's ZIP claims {directory.entries:,} members: not read (a ZIP bomb?)"
        return description
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        description.damaged = f"the document is not a readable ZIP ({problem(exc)})"
        return description
    with package:
        reader = _Reader(package, description, limits)
        try:
            if media_type in _ODF:
                _odf(reader, description, limits)
            else:
                _ooxml(reader, media_type, description, limits)
        except _Unreadable as exc:
            description.damaged = str(exc)
    return description


class _Reader:
    """Members of the package, parsed with defusedxml, each under the size and ratio limits."""

    def __init__(self, package: zipfile.ZipFile, description: Description, limits: AnalysisLimits) -> None:
        self.package = package
        self.description = description
        self.limits = limits
        self.names = {info.filename: info for info in package.infolist()}

    def xml(self, name: str, required: bool = False) -> Any:
        from defusedxml import DefusedXmlException  # lazy: only office files and XML need it
        from defusedxml.ElementTree import ParseError, fromstring

        info = self.names.get(name)
        if info is None:
            if required:
                raise _Unreadable(f"the document has no {name}")
            return None
        if info.file_size > self.limits.max_parse_bytes or (
            info.file_size > max(info.compress_size, 1) * self.limits.max_expansion_ratio
        ):
            note = f"{name} skipped: {info.file_size:,} bytes expanded is beyond the limits for one member"
            if required:
                raise _Unreadable(note)
            self.description.notes.append(note)
            return None
        try:
            with self.package.open(info) as member:
                content = member.read()
            return fromstring(content)
        except DefusedXmlException as exc:
            raise _Unreadable(f"{name} declares what fieldkit never expands ({problem(exc)})") from exc
        except ParseError as exc:
            line, column = getattr(exc, "position", (0, 0))
            raise _Unreadable(f"{name} is malformed at line {line}, column {column}") from exc
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, ValueError) as exc:
            raise _Unreadable(f"{name} cannot be read from the document ({problem(exc)})") from exc


def _events(root: Any) -> Iterator[tuple[Any, bool]]:
    """(element, is_end) in document order, without recursion (a hostile file may nest a million elements)."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        yield element, closing
        if not closing:
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(list(element)))


def _ooxml_text(root: Any, text_tag: str, breaks: dict[str, str]) -> Iterator[str]:
    """OOXML keeps text in its run elements (w:t, a:t) only; paragraphs, tabs and breaks are elements of their own."""
    for element, closing in _events(root):
        if closing:
            if element.tag in breaks:
                yield breaks[element.tag]
        elif element.tag == text_tag and element.text:
            yield element.text


def _ooxml(reader: _Reader, media_type: str, description: Description, limits: AnalysisLimits) -> None:
    parts: list[str] = []
    if media_type == media_types.DOCX:
        breaks = {f"{_W}p": "\n", f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
        parts.extend(_ooxml_text(reader.xml("word/document.xml", required=True), f"{_W}t", breaks))
        for name in ("word/footnotes.xml", "word/endnotes.xml"):
            if (notes := reader.xml(name)) is not None:
                parts.extend(_ooxml_text(notes, f"{_W}t", breaks))
    elif media_type == media_types.XLSX:
        workbook = reader.xml("xl/workbook.xml", required=True)
        sheets = [clean(sheet.get("name"), _FACT_CHARS) for sheet in workbook.iter(f"{_S}sheet")]
        description.facts["sheet_count"] = len(sheets)
        description.facts["sheets"] = sheets[:50]
        if (strings := reader.xml("xl/sharedStrings.xml")) is not None:
            parts.extend(_ooxml_text(strings, f"{_S}t", {f"{_S}si": "\n"}))
    else:
        slides = sorted(
            (_number(name), name) for name in reader.names if re.fullmatch(r"ppt/slides/slide\d+\.xml", name)
        )
        description.facts["slide_count"] = len(slides)
        if len(slides) > limits.max_text_pages:
            description.notes.append(f"text of the first {limits.max_text_pages:,} slides only")
        for _, name in slides[: limits.max_text_pages]:
            parts.extend(_ooxml_text(reader.xml(name), f"{_A}t", {f"{_A}p": "\n"}))
            parts.append("\n")
    description.text = bounded_text(parts, limits.max_text_chars, description)
    _ooxml_properties(reader, description)


def _number(name: str) -> int:
    digits = re.sub(r"\D", "", name)
    return int(digits[:9]) if digits else 0


def _ooxml_properties(reader: _Reader, description: Description) -> None:
    core = reader.xml("docProps/core.xml")
    if core is not None:
        found = {"title": f"{_DC}title", "author": f"{_DC}creator", "last_modified_by": f"{_CP}lastModifiedBy",
                 "created": f"{_DCTERMS}created", "modified": f"{_DCTERMS}modified"}  # fmt: skip
        _put_texts(core, found, description.facts)
    app = reader.xml("docProps/app.xml")
    if app is not None:
        for fact, tag in (("page_count", "Pages"), ("word_count", "Words"), ("slide_count", "Slides")):
            value = app.find(f"{_EP}{tag}")
            if value is not None and value.text and value.text.strip().isdigit() and fact not in description.facts:
                description.facts[fact] = int(value.text.strip()[:12])
    if created := description.facts.get("created"):
        description.captured_at = created


def _put_texts(root: Any, found: dict[str, str], facts: dict[str, Any]) -> None:
    for fact, tag in found.items():
        element = root.find(f".//{tag}")
        if element is not None and (text := clean(element.text, _FACT_CHARS)):
            facts[fact] = text


def _odf_text(body: Any) -> Iterator[str]:
    """ODF mixes text and elements (spans, links): text and tails in order, with its own tab, space and break tags."""
    breaks = {f"{_TEXT}p": "\n", f"{_TEXT}h": "\n", f"{_TEXT}tab": "\t", f"{_TEXT}line-break": "\n"}
    for element, closing in _events(body):
        if closing:
            if element.tag in breaks:
                yield breaks[element.tag]
            if element is not body and element.tail:
                yield element.tail
        else:
            if element.tag == f"{_TEXT}s":
                count = element.get(f"{_TEXT}c", "1")
                yield " " * (min(int(count[:4]), 1000) if count[:4].isdigit() else 1)
            if element.text:
                yield element.text


def _odf(reader: _Reader, description: Description, limits: AnalysisLimits) -> None:
    manifest = reader.xml("META-INF/manifest.xml")
    if manifest is not None and any(element.tag == f"{_MANIFEST}encryption-data" for element in manifest.iter()):
        description.facts["encrypted"] = True
        description.notes.append("the document is locked with a password: its text cannot be read")
        return
    content = reader.xml("content.xml", required=True)
    body = content.find(f"{_OFFICE}body")
    if body is None:
        raise _Unreadable("content.xml has no office:body")
    if description.media_type == media_types.ODS:
        description.facts["sheet_count"] = sum(1 for _ in body.iter(f"{_TABLE}table"))
    elif description.media_type == media_types.ODP:
        description.facts["slide_count"] = sum(1 for _ in body.iter(f"{_DRAW}page"))
    description.text = bounded_text(_odf_text(body), limits.max_text_chars, description)
    meta = reader.xml("meta.xml")
    if meta is None:
        return
    found = {"title": f"{_DC}title", "author": f"{_META}initial-creator", "last_modified_by": f"{_DC}creator",
             "created": f"{_META}creation-date", "modified": f"{_DC}date"}  # fmt: skip
    _put_texts(meta, found, description.facts)
    statistics = meta.find(f".//{_META}document-statistic")
    if statistics is not None:
        for fact, attribute in (("page_count", "page-count"), ("word_count", "word-count")):
            value = statistics.get(f"{_META}{attribute}", "")
            if value.isdigit():
                description.facts[fact] = int(value[:12])
    if created := description.facts.get("created"):
        description.captured_at = created
