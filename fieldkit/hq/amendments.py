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
from typing import Any

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


def words(target_type: str, target_uuid: str, change: str, value: dict[str, Any] | None, name: str = "") -> str:
    """One line for people: e.g. "OCR text of capture <uuid> (photo.jpg, EV-0043) replaced: 2 pages"."""
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
        metadata = value.get("metadata")
        details = metadata.get("fingerprint") if isinstance(metadata, dict) else None
        shown = [f"{key} {details[key]}" for key in ("ppi", "finger", "impression")
                 if isinstance(details, dict) and key in details]  # fmt: skip
        return f"fingerprint details of {what} corrected" + (f": {', '.join(shown)}" if shown else "")
    if change == DELETED:
        return f"{what} deleted on the device: reason {value.get('reason') or 'not given'}"
    if change == target_type:
        return f"{what} edited on the device"
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
