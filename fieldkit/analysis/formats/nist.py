"""ANSI/NIST-ITL transactions (traditional encoding): the records listed with what an examiner looks for first (type,
IDC; for print records finger position, impression, compression, size and resolution), the Type-1 header's TOT, DAI,
ORI, TCN and date, and a thumbnail of the first print image.

Decision: nistitl (PyPI) parses, as the interop tests already use it to read fieldkit's own exports; the print image
is decoded here, in the sandbox, because its decoders (WSQ above all: fuzzing found memory corruption in it) are the
reason the sandbox exists. nistitl trusts every record length, and a length of zero would keep it on the same record
for ever: a walk over the record lengths comes first and refuses such a file as damaged, and stops at
max_nist_records. A transaction nistitl cannot finish (truncated, a wrong CNT) is listed as far as it was read, as
damaged.
"""

from __future__ import annotations

import io
import re
from typing import Any

from PIL import Image

from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import clean, problem, thumbnail_png
from fieldkit.config import AnalysisLimits

_FACT_CHARS = 100  # not a limit: longest header value kept (TCN, ORI, ...)
# How nistitl recognises a tagged record's first field (any tag number, any number of digits).
_ASCII_RECORD = re.compile(rb"(\d+)\.(\d+):(\d+)")
_BINARY_TYPES = frozenset({3, 4, 5, 6, 7, 8})
_PRINT_TYPES = frozenset({4, 13, 14, 15})  # fingerprint, latent, ten-print and palm images
_HEADER = {2: "version", 4: "tot", 5: "date", 7: "dai", 8: "ori", 9: "tcn", 11: "nsr"}
# Type-4 gray-scale compression algorithm (GCA) codes, and the Pillow format each image code decodes with.
_TYPE4_COMPRESSION = {0: "NONE", 1: "WSQ20", 2: "JPEGB", 3: "JPEGL", 4: "JP2", 5: "JP2L", 6: "PNG"}
_PILLOW_FORMAT = {"WSQ20": "WSQ", "WSQ": "WSQ", "JPEGB": "JPEG", "JPEGL": "JPEG", "JP2": "JPEG2000",
                  "JP2L": "JPEG2000", "PNG": "PNG"}  # fmt: skip


class _Malformed(Exception):
    """The transaction's framing cannot be walked (the message says why, for people)."""


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """The records of one ANSI/NIST-ITL transaction and a thumbnail of its first print."""
    import nistitl  # lazy: only transactions need it

    description = Description(media_type=media_type, facts={"size": len(data)})
    try:
        _walk(data, limits)
    except _Malformed as exc:
        description.damaged = str(exc)
        return description
    message = nistitl.Message()
    try:
        message.parse(data)
    except Exception as exc:  # nistitl raises NistException, and plain errors on what it did not foresee
        detail = exc.args[0] if isinstance(exc, nistitl.NistException) and exc.args else problem(exc)
        description.damaged = f"the transaction is malformed: {clean(detail, 200)}"
    records = [_record(record) for record in list(message)[: limits.max_nist_records]]
    description.facts["records"] = records
    description.facts["record_count"] = len(records)
    if records and records[0]["type"] == 1:
        header = records[0]
        description.facts.update({key: header[key] for key in ("tot", "dai", "ori", "tcn", "version") if key in header})
        if header.get("date") and len(header["date"]) == 8 and header["date"].isdigit():
            date = header["date"]
            description.captured_at = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    _thumbnail(message, records, description, limits)
    return description


def _walk(data: bytes, limits: AnalysisLimits) -> None:
    """Check every record length moves forward, as nistitl will step through them, and count the records."""
    offset = count = 0
    while offset + 4 < len(data):
        count += 1
        if count > limits.max_nist_records:
            raise _Malformed(f"the transaction has more than {limits.max_nist_records:,} records: not read")
        match = _ASCII_RECORD.match(data, offset)
        if match:
            digits = match.group(3)
            length = int(digits) if len(digits) <= 18 else len(data)  # nistitl fails on such a number by itself
        else:
            length = int.from_bytes(data[offset : offset + 4], "big")
        if length < (len(match.group(0)) + 1 if match else 5):
            raise _Malformed(f"record {count} of the transaction declares an impossible length ({length})")
        offset += length


def _fields(record: Any) -> dict[int, Any]:
    return {field.tag: field.value for field in getattr(record, "_fields", [])}


def _first(value: Any) -> str:
    """The first item of a field, whether nistitl gives a str, a list of subfields or a list of lists."""
    while isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else ""


def _number(value: Any) -> int | None:
    text = _first(value).strip()
    return int(text) if text.isdigit() and len(text) <= 9 else None


def _record(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": int(record.type)}
    idc = record.IDC if record.type in _BINARY_TYPES else _fields(record).get(2) if record.type != 1 else None
    if isinstance(idc, int) or (isinstance(idc, str) and idc.isdigit()):
        out["idc"] = int(idc)
    if record.type in _BINARY_TYPES:
        value: bytes = record.value if isinstance(record.value, bytes) else b""
        if record.type == 4 and len(value) >= 13:
            out.update({
                "impression": value[0], "finger_position": value[1],
                "width": int.from_bytes(value[8:10], "big"), "height": int.from_bytes(value[10:12], "big"),
                "compression": _TYPE4_COMPRESSION.get(value[12], str(value[12])), "image_bytes": len(value) - 13,
            })  # fmt: skip
        return out
    fields = _fields(record)
    if record.type == 1:
        for tag, key in _HEADER.items():
            if (text := clean(_first(fields.get(tag)), _FACT_CHARS)) is not None:
                out[key] = text
        return out
    if record.type in _PRINT_TYPES or record.type == 10:
        for tag, key in ((3, "impression"), (13, "finger_position"), (6, "width"), (7, "height")):
            if (number := _number(fields.get(tag))) is not None:
                out[key] = number
        if record.type == 10:
            out.pop("finger_position", None)
        if (compression := clean(_first(fields.get(11)), 20)) is not None:
            out["compression"] = compression
        scale, horizontal = _number(fields.get(8)), _number(fields.get(9))
        if horizontal and scale in (1, 2):  # pixels per inch, or per centimetre
            out["ppi"] = horizontal if scale == 1 else round(horizontal * 2.54)
        image = fields.get(999)
        if isinstance(image, bytes):
            out["image_bytes"] = len(image)
    return out


def _thumbnail(message: Any, records: list[dict[str, Any]], description: Description, limits: AnalysisLimits) -> None:
    for record, facts in zip(list(message), records, strict=False):
        if facts["type"] not in _PRINT_TYPES or "image_bytes" not in facts:
            continue
        image_bytes = record.value[13:] if facts["type"] == 4 else _fields(record).get(999)
        if not isinstance(image_bytes, bytes):
            return
        try:
            description.thumbnail = _print_image(image_bytes, facts, limits)
        except Exception as exc:  # hostile image bytes: the listing stands, the thumbnail is lost
            description.notes.append(f"the first print image cannot be decoded ({problem(exc)})")
        return


def _print_image(image_bytes: bytes, facts: dict[str, Any], limits: AnalysisLimits) -> bytes | None:
    compression = str(facts.get("compression", "")).upper()
    width, height = int(facts.get("width") or 0), int(facts.get("height") or 0)
    if compression in ("NONE", "RAW"):
        if not 0 < width * height <= min(limits.max_decode_pixels, len(image_bytes)):
            return None
        return thumbnail_png(Image.frombytes("L", (width, height), image_bytes), limits.thumbnail_side)
    pillow_format = _PILLOW_FORMAT.get(compression)
    if pillow_format is None:
        return None
    if pillow_format == "WSQ":
        import wsq  # noqa: F401 - registers the WSQ codec with Pillow; lazy: only prints in WSQ need it
    with Image.open(io.BytesIO(image_bytes), formats=[pillow_format]) as image:
        if image.width * image.height > limits.max_decode_pixels:
            return None
        image.load()
        return thumbnail_png(image, limits.thumbnail_side)
