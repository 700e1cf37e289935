"""Domain records as frozen dataclasses; what the store returns and the CLI and GUI show."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# 'media': audio and video; 'file': anything else recovered (text, office files, archives, databases, unknown bytes).
CaptureKind = Literal["photo", "document", "fingerprint", "media", "file"]
CAPTURE_KINDS: tuple[CaptureKind, ...] = ("photo", "document", "fingerprint", "media", "file")
ITEM_CATEGORIES = ("document", "phone", "id-card", "weapon", "media", "person", "other")


@dataclass(frozen=True)
class Operator:
    id: str
    name: str
    created_at: str
    removed_at: str | None = None


@dataclass(frozen=True)
class Case:
    id: int
    uuid: str
    name: str
    reference: str
    created_at: str


@dataclass(frozen=True)
class Site:
    id: int
    uuid: str
    case_id: int
    name: str
    latitude: float | None
    longitude: float | None
    mgrs: str
    description: str


@dataclass(frozen=True)
class Item:
    id: int
    uuid: str
    case_id: int
    case_name: str
    tag: str
    category: str
    description: str
    site_id: int | None
    recovered_at: str | None
    notes: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Capture:
    id: int
    uuid: str
    item_id: int
    case_name: str
    item_tag: str
    kind: CaptureKind
    media_type: str
    original_name: str
    sha256: str
    size: int
    captured_at: str | None
    imported_at: str
    operator: str
    source: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CustodyEvent:
    seq: int
    at: str
    operator: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> CustodyEvent:
        seq, at, operator, action, subject, details, prev_hash, entry_hash = row
        return cls(int(seq), at, operator, action, subject, json.loads(details), prev_hash, entry_hash)
