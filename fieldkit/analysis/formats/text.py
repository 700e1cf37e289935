"""Text-like originals: plain text (encoding detected), XML, JSON, HTML, CSV, RTF and e-mail, turned into text for
search plus a few facts (encoding, line count, root element, e-mail headers, attachments by name and size).

Decision: the standard library where it is safe, defusedxml for XML (no entity expansion, no external resources),
charset-normalizer for legacy encodings and striprtf for RTF; each parser gets at most AnalysisLimits.max_parse_bytes
(parsers hold several times their input), a larger file is read as plain text, and every text is cut at
max_text_chars. A file that does not parse (malformed JSON, XML, a broken MIME structure) is described as damaged with
its text as far as it reads: the original itself is kept unchanged whatever happens here.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import email
import email.policy
import email.utils
import io
import json
from collections.abc import Iterator
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from typing import Any

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import bounded_text, clean, clean_text, problem
from fieldkit.config import AnalysisLimits

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DETECTION_SAMPLE = 1 << 20  # not a limit: bytes charset-normalizer looks at to name a legacy encoding
# The Windows code page of the languages charset-normalizer names that are not written in cp1252.
_LANGUAGE_PAGES = {
    "Turkish": "cp1254", "Polish": "cp1250", "Czech": "cp1250", "Slovak": "cp1250", "Hungarian": "cp1250",
    "Slovene": "cp1250", "Croatian": "cp1250", "Romanian": "cp1250", "Russian": "cp1251", "Ukrainian": "cp1251",
    "Bulgarian": "cp1251", "Serbian": "cp1251", "Kazakh": "cp1251", "Greek": "cp1253", "Hebrew": "cp1255",
    "Arabic": "cp1256", "Farsi": "cp1256", "Lithuanian": "cp1257", "Latvian": "cp1257", "Estonian": "cp1257",
    "Vietnamese": "cp1258",
}  # fmt: skip
# Legacy code pages in the order we prefer them when charset-normalizer finds several equally likely.
_COMMON_PAGES = ("cp1252", "cp1250", "cp1251", "cp1256", "cp1253", "cp1254", "cp1255", "cp1257", "cp1258",
                 "iso8859_15", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_9", "iso8859_10",
                 "iso8859_13", "iso8859_16", "koi8_r", "koi8_u")  # fmt: skip
_FACT_CHARS = 200  # not a limit: longest header, title or name kept as a fact (longer ones are cut)
_LISTED = 50  # not a limit: keys, columns and attachments named in facts; the counts say how many there are


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Text and facts of one text-like original; ``media_type`` says which parser reads it."""
    description = Description(media_type=media_type, facts={"size": len(data)})
    parse = _PARSERS.get(media_type)
    if parse is not None and len(data) > limits.max_parse_bytes:
        description.notes.append(
            f"larger than {limits.max_parse_bytes:,} bytes: read as plain text, not parsed as "
            f"{media_types.BY_TYPE[media_type].name}"
        )
        parse = None
    (parse or _plain)(data, description, limits)
    return description


def decode(data: bytes, limits: AnalysisLimits) -> tuple[str, str, bool]:
    """The text of ``data`` up to max_text_chars, the encoding it was read in, and whether it was cut there."""
    head = data[: limits.max_text_chars * 4 + 4]  # a character is at most 4 bytes in any encoding read here
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), None)
    if encoding is None:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head)
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = legacy_encoding(head[:_DETECTION_SAMPLE])
    text = codecs.getincrementaldecoder(encoding)("replace").decode(head)
    cut = len(text) > limits.max_text_chars or len(head) < len(data)
    return text[: limits.max_text_chars], encoding.removesuffix("-sig"), cut


def legacy_encoding(sample: bytes) -> str:
    """The 8-bit code page a text is most likely in.

    charset-normalizer ranks by "chaos" alone, and on short Western texts often prefers a Baltic or Central European
    page that reads just as cleanly. Among its candidates that read almost as cleanly as the best, we take one whose
    language is written in that page (French in cp1252, Turkish in cp1254), else the most common page.
    """
    import charset_normalizer  # lazy: only legacy encodings need it

    matches = list(charset_normalizer.from_bytes(sample))
    if not matches:
        return "latin-1"
    least = min(match.chaos for match in matches)
    close = sorted((m for m in matches if m.chaos <= least + 0.1), key=lambda m: (m.chaos, -m.coherence))
    for match in close:
        page = _LANGUAGE_PAGES.get(match.language, "cp1252")
        if page in (match.encoding, *match.could_be_from_charset):
            return page
    names = {name for match in close for name in (match.encoding, *match.could_be_from_charset)}
    return min(names, key=_rank) if names else close[0].encoding


def _rank(encoding: str) -> int:
    return _COMMON_PAGES.index(encoding) if encoding in _COMMON_PAGES else len(_COMMON_PAGES)


def _plain(data: bytes, description: Description, limits: AnalysisLimits) -> str:
    text, encoding, cut = decode(data, limits)
    description.facts["encoding"] = encoding
    description.facts["lines"] = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    description.text = clean_text(text)
    if cut:
        description.notes.append(f"text cut at {limits.max_text_chars:,} characters (the limit for search text)")
    return text if not cut else ""


def _json(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    text = _plain(data, description, limits)
    if not text:
        return
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else " (nested too deeply)"
        description.damaged = f"the JSON is malformed{where}"
        return
    description.facts["json"] = _json_shape(value)


def _json_shape(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        keys = [clean(key, _FACT_CHARS) or "" for key in list(value)[:_LISTED]]
        return {"top_level": "object", "count": len(value), "keys": keys}
    if isinstance(value, list):
        return {"top_level": "array", "count": len(value)}
    return {"top_level": type(value).__name__}


def _xml(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    from defusedxml import DefusedXmlException  # lazy: only XML needs it
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data)
    except DefusedXmlException as exc:
        description.notes.append(f"the XML declares what fieldkit never expands ({problem(exc)}): read as text")
        _plain(data, description, limits)
        return
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        description.damaged = f"the XML is malformed at line {line}, column {column}"
        _plain(data, description, limits)
        return
    description.facts["root"] = clean(root.tag, _FACT_CHARS)
    description.facts["elements"] = sum(1 for _ in root.iter())
    description.text = bounded_text(_xml_text(root), limits.max_text_chars, description)


def _xml_text(root: Any) -> Iterator[str]:
    """Text and tails in document order, without recursion (a hostile file may nest a million elements)."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        if closing:
            if element is not root and element.tail and element.tail.strip():
                yield element.tail.strip() + "\n"
            continue
        if element.text and element.text.strip():
            yield element.text.strip() + "\n"
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(list(element)))


class _HtmlText(HTMLParser):
    """Text outside script and style, the title apart; block elements end a line."""

    _HIDDEN = frozenset({"script", "style", "template", "noscript"})
    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def html_text(markup: str) -> tuple[str, str | None]:
    """The visible text of an HTML page and its title."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line), clean("".join(parser.title), _FACT_CHARS)


def _html(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    markup, encoding, _ = decode(data, limits)
    description.facts["encoding"] = encoding
    text, title = html_text(markup)
    if title:
        description.facts["title"] = title
    description.text = bounded_text([text], limits.max_text_chars, description)


def _csv(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    text, encoding, _ = decode(data, limits)
    description.facts["encoding"] = encoding
    description.text = clean_text(text)
    lines = text.splitlines()[:2]
    delimiter = max(",;\t", key=lambda sep: sum(line.count(sep) for line in lines))
    rows = columns = 0
    header: list[str] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            if rows == 0:
                header = [clean(cell, _FACT_CHARS) or "" for cell in row[:_LISTED]]
            rows += 1
            columns = max(columns, len(row))
    except csv.Error as exc:
        description.damaged = f"the CSV cannot be read past row {rows} ({problem(exc)})"
    description.facts.update({"rows": rows, "columns": columns, "delimiter": delimiter, "header": header})


def _rtf(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    from striprtf.striprtf import rtf_to_text  # lazy: only RTF needs it

    # RTF is 7-bit text; escaped characters (\'e9) are decoded by striprtf in the document's code page.
    markup = data.decode("latin-1")
    try:
        text = rtf_to_text(markup, errors="replace")  # type: ignore[no-untyped-call]
    except (ValueError, LookupError, IndexError) as exc:
        description.damaged = f"the RTF is malformed ({problem(exc)})"
        text = ""
    description.text = bounded_text([text], limits.max_text_chars, description)
    if _open_groups(markup) > 0:
        description.damaged = description.damaged or "the RTF is truncated: its outer group is not closed"


def _open_groups(markup: str) -> int:
    """Groups opened and not closed; escaped braces (\\{, \\}) are text."""
    unescaped = markup.replace("\\\\", "").replace("\\{", "").replace("\\}", "")
    return unescaped.count("{") - unescaped.count("}")


def _email(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    try:
        _read_email(data, description, limits)
    except RecursionError:
        description.damaged = "the message's MIME parts are nested too deeply to read"


def _read_email(data: bytes, description: Description, limits: AnalysisLimits) -> None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    headers: dict[str, str] = {}
    for name in ("From", "To", "Cc", "Date", "Subject", "Message-ID"):
        try:
            value = message.get(name)
        except Exception:  # a malformed header (the stdlib parser raises more than its documented errors)
            value = None
        if value is not None and (text := clean(str(value), limits.max_exif_value_chars)):
            headers[name.lower()] = text
    description.facts["email"] = headers
    if date := headers.get("date"):
        with contextlib.suppress(TypeError, ValueError, IndexError):
            description.captured_at = email.utils.parsedate_to_datetime(date).isoformat()
    bodies: list[str] = []
    attachments: list[dict[str, Any]] = []
    parts = 0
    for part in message.walk():
        parts += 1
        if parts > limits.max_email_parts:
            description.notes.append(f"only the first {limits.max_email_parts:,} MIME parts read")
            break
        if part.is_multipart():
            continue
        _email_part(part, bodies, attachments)
    if message.defects:
        description.damaged = f"the message's MIME structure is malformed ({type(message.defects[0]).__name__})"
    description.facts["attachments"] = attachments[:_LISTED]
    description.facts["attachment_count"] = len(attachments)
    description.text = bounded_text(bodies, limits.max_text_chars, description)


def _email_part(part: Message, bodies: list[str], attachments: list[dict[str, Any]]) -> None:
    content_type = part.get_content_type()
    disposition = part.get_content_disposition()
    name = part.get_filename()
    if disposition != "attachment" and name is None and content_type in (media_types.TEXT, media_types.HTML):
        try:
            content = part.get_content() if isinstance(part, EmailMessage) else ""
        except (LookupError, ValueError, AssertionError):
            content = (part.get_payload(decode=True) or b"").decode("latin-1")  # type: ignore[union-attr]
        text = content if isinstance(content, str) else ""
        bodies.append((html_text(text)[0] if content_type == media_types.HTML else text) + "\n")
        return
    payload = part.get_payload(decode=True)
    attachments.append({
        "name": clean(name, _FACT_CHARS),
        "type": clean(content_type, _FACT_CHARS),
        "size": len(payload) if isinstance(payload, bytes) else 0,
    })  # fmt: skip


_PARSERS = {
    media_types.JSON: _json,
    media_types.XML: _xml,
    media_types.HTML: _html,
    media_types.CSV: _csv,
    media_types.RTF: _rtf,
    media_types.EMAIL: _email,
}
