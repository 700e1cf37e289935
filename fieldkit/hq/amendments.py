"""Amendments at headquarters, for people and for the current view: what an amendment says in words, what names the
thing it amends, and how the original record and its amendments add up to what HQ holds now.

Nothing here reads or writes the index (hq/ingest.py owns it) or the bundle: these are pure functions of records
that verified. Everything they return may hold text from a device (a file name, a reason): callers escape it (HTML)
or make it printable (terminal).

The current view: the records of a capture, item, subject or site in the order HQ applies them (bundle sequence,
then the amendment's order); a record a bundle carries replaces the view, an amendment's value is laid over it key
by key (objects merged, so {"metadata": {"fingerprint": {...}}} changes the fingerprint details and keeps the EXIF),
and a deletion marks it ``deleted`` with the reason. The original and every amendment stay in the index: the view is
computed, never stored."""

from __future__ import annotations

import copy
import json
from typing import Any

from fieldkit.biometrics import codes
from fieldkit.bundle.manifest import AMENDMENT_TARGETS

KINDS = AMENDMENT_TARGETS  # what HQ indexes as received and what an amendment may target
DELETED = "deleted"  # the key the current view gains when the device deleted the thing: {"reason": ...}


def label(kind: str, record: dict[str, Any] | None) -> str:
    """A few words naming a received record: a capture by its original name and item tag ("photo.jpg, EV-0043"), an
    item by its tag and case, a site by its name; "" when HQ has no record of it (a subject, a target not received)."""
    if not isinstance(record, dict):
        return ""
    if kind == "capture":
        return ", ".join(str(record[key]) for key in ("original_name", "item_tag") if record.get(key))
    if kind == "item":
        case = record.get("case")
        case_name = case.get("name") if isinstance(case, dict) else None
        return ", ".join(str(part) for part in (record.get("tag"), case_name) if part)
    if kind in ("site", "subject"):
        return str(record.get("name") or record.get("reference") or "")
    return ""


def _pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


def _number(value: Any) -> str:
    """500.0 as "500", 499.5 as "499.5"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _coded(names: dict[int, str], value: Any) -> str:
    """A finger or impression code with its name: "3 (right middle)"."""
    name = names.get(value) if isinstance(value, int) and not isinstance(value, bool) else None
    return f"{_number(value)} ({name})" if name else _number(value)


_PRINT_FIELDS = (("finger_position", "finger"), ("impression_type", "impression"), ("ppi", "ppi"))


def _print_field(key: str, value: Any) -> str:
    if key == "finger_position":
        return f"finger {_coded(codes.FINGER_NAMES, value)}"
    if key == "impression_type":
        return f"impression {_coded(codes.IMPRESSION_NAMES, value)}"
    return "resolution unknown" if value is None else f"{_number(value)} ppi"


def _print_details(record: dict[str, Any] | None) -> dict[str, Any] | None:
    metadata = record.get("metadata") if isinstance(record, dict) else None
    details = metadata.get("fingerprint") if isinstance(metadata, dict) else None
    return details if isinstance(details, dict) else None


def _fingerprint(value: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """ "finger 2 -> 3; now finger 3 (right middle), impression 1 (live-scan rolled), 500 ppi"."""
    new, old = _print_details(value), _print_details(previous)
    if new is None:
        return ""
    now = ", ".join(_print_field(key, new[key]) for key, _ in _PRINT_FIELDS if key in new)

    def plain(value: Any) -> str:
        return "unknown" if value is None else _number(value)

    changed = [f"{short} {plain(old.get(key))} -> {plain(new[key])}" for key, short in _PRINT_FIELDS
               if old is not None and key in new and old.get(key) != new[key]]  # fmt: skip
    return "; ".join(changed) + ("; now " if changed else "") + now


_BOOKKEEPING = frozenset({"uuid", "created_at", "updated_at", "id"})  # not something an edit changes


def _shown(value: Any) -> str:
    if isinstance(value, dict):  # a case or site the record refers to: by its name
        return _shown(value.get("name") or value.get("reference") or value.get("tag") or value.get("uuid"))
    if value is None or value == "":
        return "(none)"
    return f'"{value}"' if isinstance(value, str) else _number(value)


def _edits(value: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """ "description (none) -> "blue ledger", notes ..." : the fields whose value differs from HQ's record."""
    if previous is None:
        return ""
    return ", ".join(f"{key} {_shown(previous.get(key))} -> {_shown(new)}" for key, new in value.items()
                     if key not in _BOOKKEEPING and key != DELETED and previous.get(key) != new)  # fmt: skip


def reason(custody: dict[str, Any] | None, entries: list[int] | tuple[int, ...]) -> str:
    """The reason the operator gave for a change: the ``reason`` in the details of the custody entries ``entries``
    (their sequence numbers) of a bundle's custody graph (data/custody.jsonld); "" when none is found there."""
    nodes = custody.get("@graph") if isinstance(custody, dict) else None
    found: list[str] = []
    for node in nodes if isinstance(nodes, list) else []:
        if not isinstance(node, dict) or node.get("fieldkit:sequence") not in entries:
            continue
        try:
            details = json.loads(node.get("fieldkit:details") or "null")
        except (TypeError, ValueError):
            continue
        said = details.get("reason") if isinstance(details, dict) else None
        if isinstance(said, str) and said.strip() and said.strip() not in found:
            found.append(said.strip())
    return "; ".join(found)


def words(target_type: str, target_uuid: str, change: str, value: dict[str, Any] | None, name: str = "",
          previous: dict[str, Any] | None = None, why: str = "") -> str:  # fmt: skip
    """One line for people: e.g. "OCR text of capture <uuid> (photo.jpg, EV-0043) replaced: 2 pages". ``previous``
    is what HQ holds of the target before this amendment (its record and the amendments applied before), to say
    what changed from what; ``why`` the reason the operator gave (from the custody entries: ``reason``)."""
    if change == DELETED:  # the deletion's value carries its reason: the custody's only when it does not
        given = value.get("reason") if isinstance(value, dict) else None
        return _words(target_type, target_uuid, change, {"reason": given or why}, name, previous)
    said = _words(target_type, target_uuid, change, value, name, previous)
    return said + (f"; reason: {why}" if why else "")


def _words(target_type: str, target_uuid: str, change: str, value: dict[str, Any] | None, name: str,
           previous: dict[str, Any] | None) -> str:  # fmt: skip
    what = f"{target_type} {target_uuid}" + (f" ({name})" if name else "")
    value = value if isinstance(value, dict) else {}
    if change == "ocr":
        pages = value.get("ocr")
        count = len(pages) if isinstance(pages, list) else 0
        return f"OCR text of {what} replaced: {_pages(count)}" if count else f"OCR text of {what} removed: no text"
    if change == "page_view":
        turns = value.get("page_view")
        if not isinstance(turns, list):
            return f"page view of {what} reset: the original order, unturned"
        turned = sum(1 for turn in turns if isinstance(turn, list) and len(turn) == 2 and turn[1])
        return f"page view of {what} changed: {_pages(len(turns))} in reading order, {turned} turned"
    if change == "fingerprint":
        shown = _fingerprint(value, previous)
        return f"fingerprint details of {what} corrected" + (f": {shown}" if shown else "")
    if change == DELETED:
        return f"{what} deleted on the device: reason {value.get('reason') or 'not given'}"
    if change == target_type:
        if previous is None:
            return f"{what} edited on the device (HQ holds no earlier record to compare)"
        edits = _edits(value, previous)
        return f"{what} edited on the device: " + (edits or "no field HQ holds changed")
    return f"{what} amended: {change}"


def _merge(base: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, new in value.items():
        old = merged.get(key)
        merged[key] = _merge(old, new) if isinstance(old, dict) and isinstance(new, dict) else copy.deepcopy(new)
    return merged


def apply(current: dict[str, Any] | None, change: str, value: dict[str, Any] | None) -> dict[str, Any]:
    """The view after one amendment (``current`` is left as it was)."""
    base = current if current is not None else {}
    if change == DELETED:
        return {**base, DELETED: copy.deepcopy(value) if value is not None else {}}
    return _merge(base, value) if value is not None else dict(base)
