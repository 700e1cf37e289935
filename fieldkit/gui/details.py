"""The viewer's details of a capture as sections a person reads (file, analysis, where it was acquired, camera and
place, recording, document, contents), from the capture, its analysis and its acquisitions; no widgets here.

Decision: the details panel reads like a report, not like a JSON dump: labelled values, times and sizes written out,
GPS with its MGRS grid reference, and a line saying plainly when analysis failed or found damage. The full metadata
stays available (``all_metadata``) in a collapsed part of the panel. Labels and the words around values are
translated (context "Details"); the values are what the file says. Every value here came from outside (a file's
EXIF, a container's tags, a path on a seized medium): the widget showing it escapes it, and never interprets it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldkit import media_types
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.core.geo import to_mgrs
from fieldkit.core.similar import Match
from fieldkit.gui.labels import finger_name, impression_name, ltr
from fieldkit.gui.ops.viewer import CaptureView, Provenance
from fieldkit.gui.theme import colour
from fieldkit.models import CLOCK_UNKNOWN, CLOCK_UTC, Capture, capture_clock

Section = tuple[str, list[tuple[str, str]]]

translate = QCoreApplication.translate

# A decoder's refusal ends with the Python exception's name ("cannot be read (OSError)"): a soldier reads the
# sentence, the name goes to the tooltip. A signal name ("(SIGSEGV)") says more and stays.
_EXCEPTION_NAME = re.compile(r"\s*\((?:\w*(?:Error|Exception|error|Warning)|(?:[a-z_]\w*\.)+[A-Za-z_]\w*)\)\s*$")


def readable_reason(reason: str) -> str:
    """The reason without a trailing parenthesised Python exception name."""
    return _EXCEPTION_NAME.sub("", reason).rstrip() or reason


def size_text(size: object) -> str:
    """'1.4 MB (1,402,113 bytes)'; '-' for what is not a size."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return "-"
    if size < 1000:
        return f"{size:,} bytes"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit} ({size:,} bytes)"
    return f"{size:,} bytes"  # pragma: no cover - the loop always returns


def duration_text(seconds: object) -> str:
    """'1:02:03' or '2:03' (minutes and seconds); '-' for what is not a duration."""
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
        return "-"
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def time_text(value: object, here: Any = None) -> str:
    """A capture time with its clock: a camera's wall time with its UTC offset (when the camera recorded one), the
    same moment in UTC, and in this computer's time zone (``here``: a tzinfo, for tests); a time without offset is
    the camera's own clock, which nothing ties to UTC. '-' for no time; an unreadable one as it is."""
    if not isinstance(value, str) or not value:
        return "-"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return f"{moment:%Y-%m-%d %H:%M:%S} (camera clock; its time zone was not recorded)"
    utc = moment.astimezone(UTC)
    local = moment.astimezone(here)
    shown = f"{utc:%Y-%m-%d %H:%M:%S} UTC"
    if moment.utcoffset():
        shown = f"{moment:%Y-%m-%d %H:%M:%S} (clock at UTC{_offset(moment)}) = {shown}"
    return f"{shown}; {local:%Y-%m-%d %H:%M} here (UTC{_offset(local)})"


def clock_text(captured_at: str | None, metadata: Mapping[str, Any]) -> str:
    """Which clock the capture time is in, in words: "14:03 local, offset unknown", "14:03 local +03:00", "11:03 UTC"
    (with the camera's own reading when the UTC time came from the photo's GPS time). '-' for no time."""
    clock = metadata.get("captured_at_clock") or capture_clock(captured_at)
    if not captured_at or not isinstance(clock, str):
        return "-"
    at = ltr(captured_at[11:16])
    if clock == CLOCK_UTC:
        shown = translate("Details", "{} UTC").format(at)
        exif = _dict(metadata.get("exif"))
        camera = exif.get("datetime_original")
        if isinstance(camera, str) and "offset_time_original" not in exif:
            zone = exif.get("offset_from_gps")
            if isinstance(zone, str):
                shown += " " + translate("Details", "(camera clock {}, {} found from the GPS time)").format(
                    ltr(camera[11:16]), ltr(zone))  # fmt: skip
            else:
                shown += " " + translate("Details", "(from the GPS time; the camera clock said {})").format(
                    ltr(camera[11:16]))  # fmt: skip
        return shown
    if clock == CLOCK_UNKNOWN:
        return translate("Details", "{} local, offset unknown").format(at)
    return translate("Details", "{} local {}").format(at, ltr(clock.removeprefix("local ")))


def _offset(moment: datetime) -> str:
    """'+03:00', '-04:30'."""
    minutes = int((moment.utcoffset() or timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def type_name(media_type: str) -> str:
    row = media_types.BY_TYPE.get(media_type)
    return f"{row.name} ({media_type})" if row else media_type


def _text(value: object) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return translate("Details", "yes") if value else translate("Details", "no")
    return str(value)


def _dict(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


SIMILAR_SHOWN = 3  # near-duplicates listed; the rest are counted ("and 14 more")


def similar_section(similar: list[Match] | None) -> list[Section]:
    """The closest near-duplicates (at most SIMILAR_SHOWN, then "and N more"), after the facts of the file."""
    if not similar:
        return []
    rows = [
        (f"#{m.capture_id}", f"{m.case_name} / {m.item_tag}: {m.original_name} (distance {m.distance})")
        for m in similar[:SIMILAR_SHOWN]
    ]
    if len(similar) > SIMILAR_SHOWN:
        rows.append(("", translate("Details", "and {} more").format(len(similar) - SIMILAR_SHOWN)))
    return [(translate("Details", "Looks like (near-duplicate photos)"), rows)]


def file_sections(capture: Capture, media_type: str, similar: list[Match] | None = None) -> list[Section]:
    """The file itself, then its near-duplicates: what is known before analysis is read."""
    return [*_file_section(capture, media_type), *similar_section(similar)]


def _file_section(capture: Capture, media_type: str) -> list[Section]:
    found: list[Section] = []
    found.append(
        (
            translate("Details", "File"),
            [
                (translate("Details", "Name"), capture.original_name),
                (translate("Details", "Kind"), capture.kind),
                (translate("Details", "Type"), type_name(media_type)),
                (translate("Details", "Size"), size_text(capture.size)),
                (translate("Details", "SHA-256"), capture.sha256),
                (translate("Details", "Captured"), time_text(capture.captured_at)),
                (translate("Details", "Clock"), clock_text(capture.captured_at, capture.metadata)),
                (
                    translate("Details", "Imported"),
                    translate("Details", "{}, by {}").format(time_text(capture.imported_at), capture.operator),
                ),
                (translate("Details", "Case / item"), f"{capture.case_name} / {capture.item_tag}"),
                (translate("Details", "Source"), _text(capture.source)),
            ],
        )
    )
    return found


def sections(view: CaptureView, similar: list[Match] | None = None) -> list[Section]:
    """What the details panel shows, in reading order: the file, camera and place first (time and GPS in view
    without scrolling), then the near-duplicates, the analysis, where it was acquired and what the content holds."""
    capture, analysis = view.capture, view.analysis
    facts = analysis.facts
    found = _file_section(capture, view.media_type)
    exif = _dict(facts.get("exif")) or _dict(capture.metadata.get("exif"))
    if exif:
        found.append(
            (
                translate("Details", "Camera"),
                [
                    (translate("Details", "Camera"), f"{_text(exif.get('make'))} {exif.get('model', '')}".strip()),
                    (
                        translate("Details", "Serial"),
                        _text(exif.get("camera_serial") or exif.get("body_serial_number")),
                    ),
                    (translate("Details", "Lens serial"), _text(exif.get("lens_serial_number"))),
                    (translate("Details", "Orientation"), _text(exif.get("orientation"))),
                    (translate("Details", "Software"), _text(exif.get("software"))),
                ],
            )
        )
    gps = _dict(facts.get("gps")) or _dict(exif.get("gps"))
    if gps:
        rows = [
            (translate("Details", "GPS"), f"{gps.get('latitude')}, {gps.get('longitude')}"),
            (translate("Details", "Altitude"), f"{gps['altitude_m']} m" if "altitude_m" in gps else "-"),
            (translate("Details", "Datum"), _text(gps.get("datum"))),
        ]
        if mgrs := to_mgrs(gps.get("latitude"), gps.get("longitude")):
            rows.append((translate("Details", "MGRS"), mgrs))
        found.append((translate("Details", "Place"), rows))
    elif exif or "pages" in view.panels:
        found.append(
            (translate("Details", "Place"), [(translate("Details", "GPS"), translate("Details", "none in the file"))])
        )
    found.extend(_fingerprint(capture))
    found.extend(similar_section(similar))
    found.append((translate("Details", "Analysis"), _analysis_rows(view)))
    found.extend(_provenance(view.acquired))
    found.extend(_content(view))
    return found


def _coded(code: object, name: Callable[[int], str]) -> str:
    """An ANSI/NIST code with its name ("3 — non-live-scan rolled"), or as it is when it is not a code."""
    if isinstance(code, int) and not isinstance(code, bool):
        return f"{code} — {name(code)}"
    return _text(code)


def _fingerprint(capture: Capture) -> list[Section]:
    """A print's finger, impression and resolution; "Resolution unknown" when neither a person, a device, a
    measurement nor the file gave a plausible one (it is then not scored or sent to an AFIS)."""
    print_details = _dict(capture.metadata.get("fingerprint"))
    if capture.kind != "fingerprint" or not print_details:
        return []
    ppi = print_details.get("ppi")
    low, high = FINGERPRINT_LIMITS.print_ppi_range
    if isinstance(ppi, int | float) and not isinstance(ppi, bool) and low <= ppi <= high:
        source = print_details.get("ppi_source")
        resolution = translate("Details", "{} ppi").format(f"{ppi:g}")
        if source:
            resolution += f" ({_text(source)})"
    else:
        resolution = translate("Details", "Resolution unknown: not scored or searched until Set resolution… states it")
    finger, impression = print_details.get("finger_position"), print_details.get("impression_type")
    rows = [
        (translate("Details", "Finger position"), _coded(finger, finger_name)),
        (translate("Details", "Impression type"), _coded(impression, impression_name)),
        (translate("Details", "Resolution"), resolution),
    ]
    return [(translate("Details", "Fingerprint"), rows)]


def _analysis_rows(view: CaptureView) -> list[tuple[str, str]]:
    analysis = view.analysis
    if analysis.status == "pending":
        rows = [
            (
                translate("Details", "Status"),
                translate("Details", "being analysed (in the sandbox); this view updates when it is done"),
            )
        ]
    elif analysis.status == "failed":
        rows = [
            (
                translate("Details", "Status"),
                translate("Details", "failed: {}").format(readable_reason(analysis.reason)),
            ),
            (translate("Details", "Code"), analysis.code or "-"),
            (translate("Details", "Original"), translate("Details", "kept unchanged, and bundled with the reason")),
        ]
    else:
        rows = [(translate("Details", "Status"), translate("Details", "analysed"))]
    if analysis.damaged:
        rows.append((translate("Details", "Damaged"), readable_reason(analysis.damaged)))
    rows.extend((translate("Details", "Note"), note) for note in analysis.notes)
    if analysis.analysed_at:
        rows.append((translate("Details", "Analysed"), f"{analysis.analysed_at} ({analysis.analyser or '-'})"))
    return rows


def _provenance(acquired: list[Provenance]) -> list[Section]:
    if not acquired:
        return [
            (
                translate("Details", "Acquired"),
                [
                    (
                        translate("Details", "Where"),
                        translate("Details", "no acquisition record (added before acquisitions were recorded)"),
                    )
                ],
            )
        ]
    found = []
    for provenance in acquired:
        entry, acquisition = provenance.entry, provenance.acquisition
        medium = ", ".join(
            part for part in (acquisition.medium_label, acquisition.volume_id, acquisition.filesystem) if part
        )
        rows = [
            (translate("Details", "Path"), entry.path + (f" → {entry.link_target}" if entry.link_target else "")),
            (translate("Details", "Acquisition"), f"#{acquisition.id} ({acquisition.source}) {acquisition.started_at}"),
            (translate("Details", "Root"), _text(acquisition.root)),
            (translate("Details", "Medium"), medium or "-"),
            (translate("Details", "Modified"), _text(entry.modified)),
            (translate("Details", "Changed"), _text(entry.changed)),
            (translate("Details", "Born"), _text(entry.born)),
            (translate("Details", "Status"), entry.status + (f" ({entry.reason})" if entry.reason else "")),
        ]
        found.append((translate("Details", "Acquired"), rows))
    return found


def _content(view: CaptureView) -> list[Section]:
    facts = view.analysis.facts
    found: list[Section] = []
    if "duration_s" in facts or "video" in facts or "audio" in facts:
        rows = [
            (translate("Details", "Duration"), duration_text(facts.get("duration_s"))),
            (translate("Details", "Container"), _text(facts.get("container"))),
        ]
        video, audio = _dict(facts.get("video")), _dict(facts.get("audio"))
        if video:
            rows.append(
                (
                    translate("Details", "Video"),
                    f"{_text(video.get('codec'))}, {video.get('width')} × {video.get('height')}"
                    f", {_text(video.get('frame_rate'))} frames/s",
                )
            )
        if audio:
            rows.append(
                (
                    translate("Details", "Sound"),
                    f"{_text(audio.get('codec'))}, {_text(audio.get('sample_rate'))} Hz"
                    f", {_text(audio.get('channels'))} channel(s)",
                )
            )
        rows.append((translate("Details", "Recorded"), _text(facts.get("created_at"))))
        rows.extend((name.capitalize(), _text(value)) for name, value in _dict(facts.get("tags")).items())
        found.append((translate("Details", "Recording"), rows))
    email = _dict(facts.get("email"))
    if email:
        headers = (
            ("from", translate("Details", "From")),
            ("to", translate("Details", "To")),
            ("cc", translate("Details", "Cc")),
            ("date", translate("Details", "Date")),
            ("subject", translate("Details", "Subject")),
        )
        rows = [(label, _text(email.get(key))) for key, label in headers]
        rows.append((translate("Details", "Attachments"), _text(facts.get("attachment_count", 0))))
        found.append((translate("Details", "E-mail"), rows))
    document = [
        (label, _text(facts[key]))
        for key, label in (
            ("page_count", translate("Details", "Pages")),
            ("pdf_version", translate("Details", "PDF version")),
            ("title", translate("Details", "Title")),
            ("author", translate("Details", "Author")),
            ("encoding", translate("Details", "Encoding")),
            ("lines", translate("Details", "Lines")),
            ("sheet_count", translate("Details", "Sheets")),
            ("slide_count", translate("Details", "Slides")),
            ("words", translate("Details", "Words")),
            ("encrypted", translate("Details", "Encrypted")),
        )
        if key in facts
    ]
    if document:
        found.append((translate("Details", "Document"), document))
    if "members" in facts:
        found.append(
            (
                translate("Details", "Archive"),
                [
                    (translate("Details", "Members"), _text(facts.get("member_count"))),
                    (translate("Details", "Expanded size"), size_text(facts.get("total_size"))),
                    (translate("Details", "Encrypted members"), _text(facts.get("encrypted_members"))),
                ],
            )
        )
    if "records" in facts:
        labels = (
            ("tot", translate("Details", "Transaction type")),
            ("dai", translate("Details", "Destination")),
            ("ori", translate("Details", "Originating agency")),
            ("tcn", translate("Details", "Control number")),
            ("version", translate("Details", "Version")),
        )
        rows = [(label, _text(facts[key])) for key, label in labels if key in facts]
        rows.append((translate("Details", "Records"), _text(facts.get("record_count"))))
        found.append((translate("Details", "ANSI/NIST transaction"), rows))
    if "tables" in facts:
        found.append(
            (
                translate("Details", "Database"),
                [
                    (translate("Details", "Tables"), _text(facts.get("table_count"))),
                    (translate("Details", "Page size"), _text(facts.get("page_size"))),
                ],
            )
        )
    if "entropy_bits_per_byte" in facts:
        found.append(
            (
                translate("Details", "Bytes"),
                [(translate("Details", "Entropy"), f"{facts['entropy_bits_per_byte']} bits per byte (8 = random)")],
            )
        )
    return found


_MAX_FACT_CHARS = 400  # not a limit: how much of one fact the table shows (the file keeps it whole)


def _flatten(prefix: str, value: object, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        if not value:
            out.append((prefix, "-"))
        for key in sorted(value, key=str):
            _flatten(f"{prefix}.{key}" if prefix else str(key), value[key], out)
    elif isinstance(value, list) and any(isinstance(entry, dict | list) for entry in value):
        out.append((prefix, f"{len(value)} entries (listed in their own tab)"))
    elif isinstance(value, list):
        out.append((prefix, ", ".join(_text(entry) for entry in value) or "-"))
    else:
        text = _text(value)
        out.append((prefix, text if len(text) <= _MAX_FACT_CHARS else text[:_MAX_FACT_CHARS] + "…"))


def all_facts(view: CaptureView) -> list[tuple[str, str]]:
    """Everything known of the capture as (fact, value) rows for the "All facts" table: the capture's metadata,
    the analysis record and what it found, nested names joined with dots; long lists summarised (members, records
    and tables have tabs of their own)."""
    rows: list[tuple[str, str]] = []
    record = {key: value for key, value in view.analysis.to_json().items() if key != "facts"}
    _flatten("metadata", view.capture.metadata, rows)
    _flatten("analysis", record, rows)
    _flatten("facts", view.analysis.facts, rows)
    return rows


def all_metadata(view: CaptureView) -> str:
    """Everything known of the capture, as indented JSON, for the collapsed "All metadata" part."""
    return json.dumps(
        {"metadata": view.capture.metadata, "analysis": view.analysis.to_json(), "facts": view.analysis.facts},
        indent=1,
        ensure_ascii=False,
        sort_keys=True,
    )


def plain(found: list[Section]) -> str:
    """The sections as plain text (copied to the clipboard, and read by tests)."""
    lines: list[str] = []
    for heading, rows in found:
        lines.append(heading)
        lines.extend(f"  {label}: {value}" for label, value in rows)
        lines.append("")
    return "\n".join(lines)


def html(found: list[Section]) -> str:
    """The sections as HTML for a QTextBrowser, every value escaped (they came from outside)."""
    muted = colour("muted")
    parts = ['<table cellspacing="0" cellpadding="2">']
    for heading, rows in found:
        parts.append(f'<tr><td colspan="2" style="padding-top: 8px;"><b>{escape(heading)}</b></td></tr>')
        for label, value in rows:
            parts.append(
                f'<tr><td style="color: {muted}; padding-right: 8px;" valign="top">{escape(label)}</td>'
                f"<td>{escape(value)}</td></tr>"
            )
    parts.append("</table>")
    return "".join(parts)
