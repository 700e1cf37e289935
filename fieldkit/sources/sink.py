"""Where every capture source ends: one acquired original into the store, as one acquisition.

A document or photo goes through store.originals.add_original (encrypted as written, fsynced, custody-logged,
duplicates in the item recognised); a fingerprint goes through biometrics.prints.record_print, which does the same
and also scores the print at once, as a print imported any other way is. Either way the original gets an
acquisition of its own (source: the capture source's provenance, e.g. 'scanner:test:0'; one entry, the original's
name, with no file-system times since it never was a file), so every capture answers "where did this come from"
the same way as an imported file does."""

from __future__ import annotations

import hashlib
from typing import Any, cast

from fieldkit.biometrics import prints
from fieldkit.errors import InvalidValueError
from fieldkit.models import CAPTURE_KINDS, AcquisitionEntry, CaptureKind, EntryStatus, Item
from fieldkit.sources.base import Acquired
from fieldkit.store.store import Store


def store_acquired(store: Store, case_name: str, item_tag: str, acquired: Acquired) -> tuple[int, bool]:
    """Store the original as a capture of the item (created if new). Returns (capture id, True), or (the existing
    capture's id, False) when the item already holds these exact bytes."""
    if acquired.kind not in CAPTURE_KINDS:
        raise InvalidValueError(f"a capture source gave the unknown kind '{acquired.kind}'")
    if acquired.kind == "fingerprint":
        return _store_print(store, case_name, item_tag, acquired)
    item = store.ensure_item(store.ensure_case(case_name), item_tag)
    with store.write():  # the capture and its acquisition commit together
        capture_id, new = store.originals.add_original(
            item, acquired.data, original_name=acquired.original_name,
            kind=cast(CaptureKind, acquired.kind), media_type=acquired.media_type, source=acquired.source,
            metadata=acquired.metadata, captured_at=acquired.captured_at,
        )  # fmt: skip
        _record_acquisition(store, item, acquired, capture_id, new)
    return capture_id, new


def _store_print(store: Store, case_name: str, item_tag: str, acquired: Acquired) -> tuple[int, bool]:
    details: dict[str, Any] = acquired.metadata.get("fingerprint") or {}
    if "finger_position" not in details or "impression_type" not in details or "ppi" not in details:
        raise InvalidValueError("a fingerprint source must give the finger position, impression type and ppi")
    item = store.ensure_item(store.ensure_case(case_name), item_tag)
    known = store.duplicate_of(item, hashlib.sha256(acquired.data).hexdigest())
    record = prints.record_print(
        store, item, acquired.data, finger=int(details["finger_position"]),
        impression=int(details["impression_type"]), ppi=float(details["ppi"]), ppi_source="scanner",
        media_type=acquired.media_type,
        original_name=acquired.original_name, source=acquired.source, device=str(details.get("device", "")),
        extra={k: v for k, v in acquired.metadata.items() if k not in ("fingerprint", "width", "height")},
    )  # fmt: skip
    # record_print commits the print and its score itself (a score that fails must not undo the capture), so the
    # acquisition follows in its own transaction.
    _record_acquisition(store, item, acquired, record.capture.id, known is None)
    return record.capture.id, known is None


def _record_acquisition(store: Store, item: Item, acquired: Acquired, capture_id: int, new: bool) -> None:
    capture = store.capture(capture_id)
    status: EntryStatus = "stored" if new else "duplicate"
    reason = "" if new else f"the same original is already capture {capture_id} of this item"
    with store.write():
        acquisition = store.acquisitions.start(item, source=acquired.source)
        store.acquisitions.add_entries([
            AcquisitionEntry(acquisition.id, 1, acquired.original_name, "file", status, capture.size, capture.sha256,
                             capture_id, None, None, None, None, reason)
        ])  # fmt: skip
        store.acquisitions.finish(acquisition.id)
