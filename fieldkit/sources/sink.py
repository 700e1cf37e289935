"""Where every capture source ends: one acquired original into the store.

A document or photo goes through store.originals.add_original (encrypted as written, fsynced, custody-logged,
duplicates in the item recognised); a fingerprint goes through biometrics.prints.record_print, which does the same
and also scores the print at once, as a print imported any other way is."""

from __future__ import annotations

import hashlib
from typing import Any, cast

from fieldkit.biometrics import prints
from fieldkit.errors import InvalidValueError
from fieldkit.models import CAPTURE_KINDS, CaptureKind
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
    return store.originals.add_original(
        item, acquired.data, original_name=acquired.original_name,
        kind=cast(CaptureKind, acquired.kind), media_type=acquired.media_type, source=acquired.source,
        metadata=acquired.metadata, captured_at=acquired.captured_at,
    )  # fmt: skip


def _store_print(store: Store, case_name: str, item_tag: str, acquired: Acquired) -> tuple[int, bool]:
    details: dict[str, Any] = acquired.metadata.get("fingerprint") or {}
    if "finger_position" not in details or "impression_type" not in details or "ppi" not in details:
        raise InvalidValueError("a fingerprint source must give the finger position, impression type and ppi")
    item = store.ensure_item(store.ensure_case(case_name), item_tag)
    known = store.duplicate_of(item, hashlib.sha256(acquired.data).hexdigest())
    record = prints.record_print(
        store, item, acquired.data, finger=int(details["finger_position"]),
        impression=int(details["impression_type"]), ppi=float(details["ppi"]), media_type=acquired.media_type,
        original_name=acquired.original_name, source=acquired.source, device=str(details.get("device", "")),
        extra={k: v for k, v in acquired.metadata.items() if k not in ("fingerprint", "width", "height")},
    )  # fmt: skip
    return record.capture.id, known is None
