"""Domain records as frozen dataclasses; what the store returns and the CLI and GUI show."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# 'media': audio and video; 'file': anything else recovered (text, office files, archives, databases, unknown bytes).
CaptureKind = Literal["photo", "document", "fingerprint", "media", "file"]
CAPTURE_KINDS: tuple[CaptureKind, ...] = ("photo", "document", "fingerprint", "media", "file")
ITEM_CATEGORIES = ("document", "phone", "id-card", "weapon", "media", "person", "other")
# Physical samples (issue 19, docs/samples.md): what was taken, the states of its physical custody in order, and what
# a capture linked to a sample shows.
SAMPLE_TYPES = ("swab", "touch", "saliva", "blood", "hair", "tissue", "other")
SAMPLE_STATES = ("collected", "sealed", "handed-over", "shipped", "received")
SAMPLE_CAPTURE_ROLES = ("sample", "packaging", "spot", "tag")


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


# The clock a capture time is in (docs/bundle-format.md, "Capture times"): every stored time says it by its form.
CLOCK_UTC = "UTC"
CLOCK_UNKNOWN = "local, offset unknown"
_OFFSET_SUFFIX = re.compile(r"[+-]\d\d:\d\d$")


def capture_clock(captured_at: str | None) -> str | None:
    """Which clock ``captured_at`` is in: "UTC" (it ends in Z), "local +03:00" (it ends in its offset) or "local,
    offset unknown" (a camera's wall time alone, which nothing ties to UTC); None for no time."""
    if not captured_at:
        return None
    if captured_at.endswith("Z"):
        return CLOCK_UTC
    if (offset := _OFFSET_SUFFIX.search(captured_at)) is not None and "T" in captured_at:
        return f"local {offset.group()}"
    return CLOCK_UNKNOWN


def captured_in_words(captured_at: str | None, metadata: dict[str, Any]) -> str:
    """A capture time and its clock in words: "2024-05-01 14:03:07 local, offset unknown", "2024-05-01 14:03:07
    local +03:00", "2024-05-01 11:03:07 UTC"; a UTC time found from the photo's GPS time adds the camera's own
    reading ("camera clock 14:03:07, +03:00 from GPS time"). '-' for none."""
    if not captured_at:
        return "-"
    clock = metadata.get("captured_at_clock") or capture_clock(captured_at)
    wall = captured_at[:19].replace("T", " ")
    words = f"{wall} {clock}"
    found = metadata.get("exif")
    exif: dict[str, Any] = found if isinstance(found, dict) else {}
    camera = exif.get("datetime_original")
    if clock == CLOCK_UTC and isinstance(camera, str) and "offset_time_original" not in exif:
        zone = exif.get("offset_from_gps")
        camera_time = camera[11:19] if len(camera) >= 19 else camera
        how = f", {zone} from GPS time" if isinstance(zone, str) else ", which disagrees with GPS time"
        words += f" (camera clock {camera_time}{how})"
    return words


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


@dataclass(frozen=True)
class Flag:
    """A capture marked for review ("blurred, retake", "check the tag"): the latest ``capture.flagged`` custody event
    of a capture not cleared since by a ``capture.unflagged`` one. The custody log is the record; nothing else."""

    reason: str
    at: str  # when it was flagged (UTC, as the custody log has it)
    operator: str  # who flagged it

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# What an acquisition met at each path: a regular file, a symbolic link (recorded, never followed inside folders) or
# anything else (device, FIFO, socket, a folder that could not be listed).
EntryType = Literal["file", "symlink", "other"]
EntryStatus = Literal["stored", "duplicate", "not-stored"]


@dataclass(frozen=True)
class Acquisition:
    """One import of files, a folder, a card or a seized medium: where it came from, who, when.

    ``finished_at`` None: the import did not finish (cancelled, stopped by a full or failing disk, or cut off); the
    custody log says which."""

    id: int
    uuid: str
    item_id: int
    case_name: str
    item_tag: str
    source: str  # 'files', 'card', a capture source's provenance ('scanner:...')
    root: str  # the path the operator named (several: the folder that holds them all)
    medium_label: str
    volume_id: str
    filesystem: str
    parent_capture_id: int | None  # the archive an expanded acquisition came out of
    operator: str
    started_at: str
    finished_at: str | None
    entries: int
    stored: int
    duplicates: int
    not_stored: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AcquisitionEntry:
    """One path an acquisition met, with the file-system facts read from the same open file as the bytes."""

    acquisition_id: int
    seq: int
    path: str  # relative to the acquisition's root, '/'-separated (outside it: absolute)
    entry_type: EntryType
    status: EntryStatus
    size: int | None
    sha256: str | None
    capture_id: int | None
    modified: str | None  # ISO 8601 UTC with nanoseconds, as the file system gave them
    changed: str | None
    born: str | None  # None where the OS does not give a birth time (Linux through os.stat)
    link_target: str | None
    reason: str  # why it was not stored, or a warning on a stored file

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
