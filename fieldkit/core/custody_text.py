"""Custody events in words: "Moved to Op Falcon / EV-0044 from EV-0043" instead of ``capture.moved``.

``WORDS`` is the English for each action code, with ``{placeholders}`` filled from the event's details; the command
line prints it as it is, and the window shows the same texts translated (fieldkit/gui/custodywords.py lists them
for Qt's translation tools; a unit test keeps the two the same). The action code itself stays in the log and in
every JSON output: these words are only for reading."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from fieldkit.models import CustodyEvent

WORDS: dict[str, str] = {
    "store.created": "Store created",
    "operator.added": "Operator added: {name}",
    "operator.removed": "Operator removed: {name}",
    "operator.passphrase_changed": "Passphrase changed: {name}",
    "case.created": "Case created: {name}",
    "item.created": "Item created: {tag}",
    "item.edited": "Details changed: {fields}",
    "site.created": "Site added: {name}",
    "acquisition.started": "Acquisition started ({source})",
    "acquisition.finished": "Acquisition finished: {stored} stored",
    "acquisition.stopped": "Acquisition stopped",
    "capture.imported": "Imported {name}",
    "capture.analysed": "Analysed",
    "capture.moved": "Moved to {target} from {source}",
    "capture.deleted": "Deleted {name}",
    "capture.flagged": "Flagged for review",
    "capture.unflagged": "Flag cleared",
    "capture.exported": "Original copied out",
    "capture.expanded": "Archive expanded",
    "capture.pages": "Page order or rotation changed",
    "capture.ocr": "Text read from the pages",
    "fingerprint.quality": "Print quality measured",
    "fingerprint.exported": "Prints copied out for the AFIS ({tot})",
    "fingerprint.condition": "Finger marked as {condition}",
    "fingerprint.ppi_set": "Print resolution set to {ppi} ppi",
    "fingerprint.finger_set": "Print's finger position set to {finger}",
    "subject.created": "Person added",
    "subject.edited": "Person's details changed: {fields}",
    "bundle.created": "Bundle created",
    "bundle.abandoned": "Bundle abandoned",
    "recipient.added": "HQ recipient added",
    "setting.changed": "Setting changed",
    "sync.configured": "Sending set up",
    "sync.retry": "Bundle to be sent again",
    "watchlist.imported": "Watchlist from HQ imported",
}

# The fields of an item or a person an edit names ("Details changed: description, time recovered").
FIELD_WORDS: dict[str, str] = {
    "description": "description",
    "category": "category",
    "notes": "notes",
    "recovered_at": "time recovered",
    "site_id": "site",
}


def _where(case: object, tag: object, other_case: object, wrap: Callable[[str], str]) -> str:
    """'Op Falcon / EV-0044', or only 'EV-0043' when the case is the one already named."""
    if case and case != other_case:
        return f"{wrap(str(case))} / {wrap(str(tag))}"
    return wrap(str(tag))


def values(event: CustodyEvent, fields: Mapping[str, str] = FIELD_WORDS,
           wrap: Callable[[str], str] = str) -> dict[str, str]:  # fmt: skip
    """The placeholders of ``event``'s words, from its details (``wrap`` isolates names and tags in right-to-left
    text; ``fields`` are the words for the edited fields)."""
    details = event.details
    found: dict[str, str] = {}
    for key in ("name", "tag", "source", "condition", "ppi", "finger"):
        if details.get(key) is not None:
            found[key] = wrap(str(details[key]))
    if "original_name" in details:
        found["name"] = wrap(str(details["original_name"]))
    if "stored" in details:
        found["stored"] = wrap(str(details["stored"]))
    changed = details.get("changed")
    if isinstance(changed, Mapping | list):
        found["fields"] = ", ".join(fields.get(str(key), str(key)) for key in changed)
    if event.action == "capture.moved":
        target = f"{wrap(str(details.get('to_case', '')))} / {wrap(str(details.get('to_tag', '')))}"
        found["target"] = target
        found["source"] = _where(details.get("from_case"), details.get("from_tag"), details.get("to_case"), wrap)
    return found


def describe(event: CustodyEvent, words: Mapping[str, str] = WORDS, fields: Mapping[str, str] = FIELD_WORDS,
             wrap: Callable[[str], str] = str) -> str:  # fmt: skip
    """What happened, in words; an action without words (or whose details lack a placeholder) as its code."""
    template = words.get(event.action)
    if template is None:
        return event.action
    try:
        return template.format(**values(event, fields, wrap))
    except (KeyError, IndexError, ValueError):
        return event.action


def reason(event: CustodyEvent) -> str:
    """The reason the operator gave (a move, a deletion, a flag or its clearing), '' when there is none."""
    given = event.details.get("reason")
    return str(given).strip() if isinstance(given, str) else ""


def short_time(at: str) -> str:
    """'2026-12-01 11:55:03 UTC' for the log's '2026-12-01T11:55:03.023655Z'; anything else as it is."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        return f"{moment:%Y-%m-%d %H:%M:%S}"
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"


def to_json(event: CustodyEvent) -> dict[str, Any]:
    """An event for --json output: the log's fields, its details, and the words ("text")."""
    return {
        "seq": event.seq, "at": event.at, "operator": event.operator, "action": event.action, "subject": event.subject,
        "details": event.details, "text": describe(event), "reason": reason(event),
    }  # fmt: skip
