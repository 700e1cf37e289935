"""Custody events in words: "Moved to Op Falcon / EV-0044 from EV-0043" instead of ``capture.moved``.

``WORDS`` is the English for each action code, with ``{placeholders}`` filled from the event's details; the command
line prints it as it is, and the window shows the same texts translated (fieldkit/gui/custodywords.py lists them
for Qt's translation tools; a unit test keeps the two the same). The action code itself stays in the log and in
every JSON output: these words are only for reading."""

from __future__ import annotations

import json
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
    "site.edited": "Site changed: {fields}",
    "bundle.rejected": "Bundle {sequence} rejected by HQ",
    "bundle.rejected:damaged-copy": "Bundle {sequence}: HQ received a damaged copy, to be sent again",
    "bundle.rejected:refused": "Bundle {sequence} refused by HQ",
    # Identification (issue 17): templates made for the watchlist search, the search, its hits and their decisions.
    "capture.templates": "Templates made for identification ({modality}): {count}",
    "capture.templates:none": "No template could be made for identification ({modality})",
    "capture.templates:failed": "Templates for identification could not be made ({modality})",
    "watchlist.searched": "Searched against watchlist version {version}: captures {captures}, hits {hits}",
    "watchlist.search_failed": "Watchlist search could not run",
    "watchlist.hit": "WATCHLIST HIT: entry {ref} ({modality}), score {score}",
    "watchlist.hit_decided": "Watchlist hit on entry {ref} decided: {decision}",
    "watchlist.hit_decided:confirmed": "Watchlist hit on entry {ref} confirmed by the operator",
    "watchlist.hit_decided:rejected": "Watchlist hit on entry {ref} rejected by the operator",
    # Physical samples (issue 19, docs/samples.md): each step of a sample's custody.
    "sample.collected": "Sample {sample} collected",
    "sample.sealed": "Sample {sample} sealed with seal {seal}",
    "sample.handed_over": "Sample {sample} handed over from {from} to {to}",
    "sample.handed_over:passphrase": "Sample {sample} handed over from {from} to {to}, confirmed by their passphrase",
    "sample.handed_over:typed": "Sample {sample} handed over from {from} to {to} ({rank}), name and rank typed",
    "sample.shipped": "Sample {sample} shipped under manifest {manifest}",
    "sample.received": "Sample {sample} received by {by}",
    "sample.received:False": "Sample {sample} received by {by}: seal BROKEN on arrival",
    "sample.photo_linked": "Photo linked to sample {sample} ({role})",
    "shipment.made": "Shipment made under manifest {manifest}",
}

# An action whose words depend on one of its details: WORDS["action:value"] when there are such words.
VARIANTS: dict[str, str] = {
    "capture.templates": "status",
    "watchlist.hit_decided": "decision",
    "bundle.rejected": "verdict",
    "sample.handed_over": "confirmed",
    "sample.received": "seal_intact",
}

# The fields of an item or a person an edit names ("Details changed: description, time recovered").
FIELD_WORDS: dict[str, str] = {
    "description": "description",
    "category": "category",
    "notes": "notes",
    "recovered_at": "time recovered",
    "site_id": "site",
}

# What a template or a hit was made from (the ``modality`` of identification entries).
MODALITY_WORDS: dict[str, str] = {
    "finger": "fingerprint",
    "face": "face",
}


def _where(case: object, tag: object, other_case: object, wrap: Callable[[str], str]) -> str:
    """'Op Falcon / EV-0044', or only 'EV-0043' when the case is the one already named."""
    if case and case != other_case:
        return f"{wrap(str(case))} / {wrap(str(tag))}"
    return wrap(str(tag))


def values(event: CustodyEvent, fields: Mapping[str, str] = FIELD_WORDS, wrap: Callable[[str], str] = str,
           modalities: Mapping[str, str] = MODALITY_WORDS) -> dict[str, str]:  # fmt: skip
    """The placeholders of ``event``'s words, from its details (``wrap`` isolates names and tags in right-to-left
    text; ``fields`` are the words for the edited fields, ``modalities`` for a template's or hit's modality)."""
    details = event.details
    found: dict[str, str] = {}
    for key in (
        "name",
        "tag",
        "source",
        "condition",
        "ppi",
        "finger",
        "ref",
        "sequence",
        "version",
        "decision",
        "sample",
        "seal",
        "from",
        "to",
        "rank",
        "manifest",
        "by",
    ):
        if details.get(key) is not None:
            found[key] = wrap(str(details[key]))
    for key in ("count", "captures", "hits"):
        if details.get(key) is not None:
            found[key] = str(details[key])
    if isinstance(details.get("score"), int | float):
        found["score"] = f"{round(float(details['score']), 2):g}"
    if event.action == "sample.photo_linked" and details.get("role") is not None:
        found["role"] = str(details["role"])
    if details.get("modality") is not None:
        found["modality"] = modalities.get(str(details["modality"]), str(details["modality"]))
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
             wrap: Callable[[str], str] = str, modalities: Mapping[str, str] = MODALITY_WORDS) -> str:  # fmt: skip
    """What happened, in words; an action without words (or whose details lack a placeholder) as its code."""
    variant = VARIANTS.get(event.action)
    template = words.get(f"{event.action}:{event.details.get(variant)}") if variant else None
    template = template or words.get(event.action)
    if template is None:
        return event.action
    try:
        return template.format(**values(event, fields, wrap, modalities))
    except (KeyError, IndexError, ValueError):
        return event.action


def from_node(node: Mapping[str, Any]) -> CustodyEvent:
    """A custody entry of a bundle's custody.jsonld (an InvestigativeAction node) as an event, to put in words: its
    action and details (a JSON text; anything else reads as no details, so the words fall back to the code)."""
    try:
        details = json.loads(str(node.get("fieldkit:details") or "{}"))
    except ValueError:
        details = {}
    when = node.get("uco-action:startTime")
    sequence = node.get("fieldkit:sequence")
    return CustodyEvent(
        seq=sequence if isinstance(sequence, int) else 0,
        at=str(when.get("@value", "")) if isinstance(when, Mapping) else str(when or ""),
        operator="", action=str(node.get("uco-core:name") or ""), subject="",
        details=details if isinstance(details, dict) else {}, prev_hash="", entry_hash="",
    )  # fmt: skip


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
