"""Helpers for bundle tests: a provisioned device with captures, an HQ, and a low-level bundle builder that can
produce any (also broken) bundle for the must-fail corpus."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import age, format, sshsig
from fieldkit.bundle import custody as chain
from fieldkit.bundle.custody import GENESIS_HASH
from fieldkit.bundle.manifest import (
    AmendmentRecord,
    AmendmentTarget,
    BundleInfo,
    CaptureRecord,
    CaseRef,
    Counts,
    CustodyRange,
    ItemRecord,
)
from fieldkit.bundle.verify import Report
from fieldkit.models import CustodyEvent
from fieldkit.outgoing import caseuco


@dataclass
class Draft:
    """The parts of a bundle before they are packed; tests edit them to break one thing at a time."""

    device_id: str
    key: Ed25519PrivateKey
    sequence: int = 1
    previous: str | None = None
    payload: dict[str, bytes] = field(default_factory=dict)
    namespace: str = format.NAMESPACE
    abandoned: list[int] = field(default_factory=list)
    info_overrides: dict[str, Any] = field(default_factory=dict)
    bag_info_overrides: dict[str, str] = field(default_factory=dict)
    # The custody range fieldkit.json signs (None: no entry, as sample_payload's empty log); see custody_log().
    custody: CustodyRange | None = None

    @property
    def bag(self) -> str:
        return format.bag_name(self.device_id, self.sequence)

    def info(self) -> dict[str, Any]:
        custody = self.custody or CustodyRange(from_seq=1, to_seq=0, previous_hash=None, head_hash=None)
        info = BundleInfo(
            bundle_id=f"00000000-0000-4000-8000-{self.sequence:012d}", device_id=self.device_id,
            device_key=sshsig.public_key_line(self.key.public_key()), sequence=self.sequence,
            previous_tagmanifest_sha256=self.previous, abandoned_sequences=tuple(self.abandoned),
            created_at="2026-11-25T10:00:00.000000Z", organisation="Test", software="test",
            custody=custody,
            counts=Counts(captures=0, items=0, custody_entries=custody.to_seq - custody.from_seq + 1),
            payload={name: len(data) for name, data in self.payload.items()},
        ).to_json()  # fmt: skip
        info.update(self.info_overrides)
        return info

    def tag_files(self, info_bytes: bytes | None = None) -> dict[str, bytes]:
        info = self.info()
        fields = {
            "Source-Organization": "Test", "External-Identifier": info["bundle_id"], "Bagging-Date": "2026-11-25",
            "Payload-Oxum": f"{sum(len(d) for d in self.payload.values())}.{len(self.payload)}",
            "Fieldkit-Device-Id": self.device_id, "Fieldkit-Sequence": str(self.sequence),
        }  # fmt: skip
        fields.update(self.bag_info_overrides)
        files = {
            format.BAGIT_TXT: format.BAGIT_TXT_CONTENT,
            format.BAG_INFO: "".join(f"{k}: {v}\n" for k, v in fields.items()).encode(),
            format.MANIFEST: "".join(
                f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(self.payload.items())
            ).encode(),
            format.FIELDKIT_JSON: info_bytes if info_bytes is not None else format.canonical_json(info),
        }
        files[format.TAGMANIFEST] = "".join(
            f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in format.SIGNED_TAG_FILES
        ).encode()
        files[format.SIGNATURE] = sshsig.sign(self.key, self.namespace, files[format.TAGMANIFEST]).encode()
        return files


def member(name: str, data: bytes, kind: bytes = tarfile.REGTYPE, linkname: str = "", size: int | None = None, *,
           mode: int = 0o644, uid: int = 0, gid: int = 0, uname: str = "") -> bytes:  # fmt: skip
    """One tar entry as fieldkit writes it (mode 0644, owner 0:0 without names) unless told otherwise."""
    info = tarfile.TarInfo(name)
    info.size = len(data) if size is None else size
    info.type = kind
    info.linkname = linkname
    info.mtime = 1_700_000_000
    info.mode, info.uid, info.gid, info.uname = mode, uid, gid, uname
    plain = name.isascii() and info.size < 8 << 30
    header = info.tobuf(format=tarfile.USTAR_FORMAT if plain else tarfile.GNU_FORMAT, encoding="utf-8",
                        errors="surrogateescape")  # fmt: skip
    return header + data + bytes(-len(data) % 512)


Entries = list[tuple[str, bytes]]


def pack_entries(draft: Draft, tag_files: dict[str, bytes] | None = None) -> Entries:
    """The tar's members in order, as (name, content): tag files, then the payload."""
    files = tag_files or draft.tag_files()
    entries: Entries = [(f"{draft.bag}/{n}", files[n]) for n in format.TAG_ORDER]
    return entries + [(f"{draft.bag}/{n}", d) for n, d in draft.payload.items()]


def pack(draft: Draft, *, tag_files: dict[str, bytes] | None = None,
         edit: Callable[[Entries], Entries] | None = None, tail: bytes = bytes(1024)) -> bytes:  # fmt: skip
    """The plaintext tar: tag files in order, then the payload; ``edit`` may change the member list."""
    entries = pack_entries(draft, tag_files)
    if edit:
        entries = edit(entries)
    return b"".join(member(n, d) if not n.startswith("\0raw") else d for n, d in entries) + tail


def seal(plain: bytes, recipients: list[str]) -> bytes:
    out = io.BytesIO()
    writer = age.AgeWriter(out, recipients)
    writer.write(plain)
    writer.close()
    return out.getvalue()


def sample_payload(seed: int = 0) -> dict[str, bytes]:
    """One photo with its capture and item records and an empty custody log, as fieldkit's writer makes them."""
    photo = hashlib.sha256(b"photo%d" % seed).digest() * 64
    item = ItemRecord(
        uuid="22222222-2222-4222-8222-222222222222", tag="EV-1", category="other", description="", notes="",
        recovered_at=None, created_at="2026-11-25T09:00:00.000000Z", updated_at="2026-11-25T09:00:00.000000Z",
        case=CaseRef(uuid="33333333-3333-4333-8333-333333333333", name="Op Test", reference=""), site=None,
    )  # fmt: skip
    capture = CaptureRecord(
        id=1, uuid="11111111-1111-4111-8111-111111111111", item_id=1, case_name="Op Test", item_tag="EV-1",
        kind="photo", media_type="image/jpeg", original_name="IMG_0001.jpg", sha256=hashlib.sha256(photo).hexdigest(),
        size=len(photo), captured_at=None, imported_at="2026-11-25T09:30:00.000000Z", operator="alice",
        source="files", metadata={}, item=item.uuid, payload="data/captures/11111111-1111-4111-8111-111111111111.jpg",
        ocr=(), page_view=None,
    )  # fmt: skip
    return {
        capture.payload: photo,
        capture.path: format.canonical_json(capture.to_json()),
        item.path: format.canonical_json(item.to_json()),
        "data/custody.jsonld": json.dumps({"@context": {}, "@graph": []}).encode(),
    }


def info_of(report: Report) -> BundleInfo:
    """The fieldkit.json a report read (every report of a bundle that got past the signer check has one)."""
    assert report.info is not None
    return report.info


TargetType = Literal["capture", "item", "subject", "site"]


def amendment(target: str, change: str, value: dict[str, Any], *, order: int = 1, kind: TargetType = "capture",
              custody: tuple[int, ...] = (1,), uuid: str | None = None) -> AmendmentRecord:  # fmt: skip
    """An amendment record as the device writes it (docs/bundle-format.md), to ``kind`` ``target``."""
    return AmendmentRecord(
        uuid=uuid or f"44444444-4444-4444-8444-{order:012d}", target=AmendmentTarget(type=kind, uuid=target),
        change=change, value=value, custody=custody, made_at="2026-11-26T10:00:00.000000Z", order=order,
    )  # fmt: skip


def add_amendments(draft: Draft, *amendments: AmendmentRecord) -> Draft:
    """Put ``amendments`` into the draft's payload (data/records/amendments/<uuid>.json) and count them in
    fieldkit.json, as the device's writer does; a bundle may carry only amendments and its custody log."""
    for record in amendments:
        draft.payload[record.path] = format.canonical_json(record.to_json())
    count = sum(name.startswith(AmendmentRecord.FOLDER) for name in draft.payload)
    entries = draft.custody.to_seq - draft.custody.from_seq + 1 if draft.custody else 0
    draft.info_overrides["counts"] = {"captures": 0, "items": 0, "custody_entries": entries, "amendments": count}
    return draft


# Subjects of every form the device logs (store/*.py), cycled through by custody_events: HQ must recompute them all.
SUBJECTS = (
    "device:{device}",
    "device",
    "setting:bundle_folder",
    "operator:1",
    "bundle:3",
    "capture:11111111-1111-4111-8111-111111111111",
    "recipient:age1qqqqexample",
    "case:",
    "item:EV-1",
)


Edit = Callable[[int, dict[str, Any]], dict[str, Any]]


def custody_events(device_id: str, first: int, count: int, previous: str = GENESIS_HASH,
                   edit: Edit | None = None) -> list[CustodyEvent]:  # fmt: skip
    """``count`` custody entries numbered from ``first``, chained from ``previous`` with the store's own hash;
    ``edit(seq, details)`` changes an entry's details before it is hashed (a consistent rewrite)."""
    events = []
    for seq in range(first, first + count):
        details = {"n": seq, "original_name": "photo.jpg"}
        details = edit(seq, details) if edit else details
        at, operator, action = f"2026-11-25T09:{seq % 60:02d}:00.000000Z", "alice", "capture.imported"
        subject = SUBJECTS[seq % len(SUBJECTS)].format(device=device_id)
        digest = chain.entry_hash(seq, at, operator, action, subject, chain.canonical_json(details), previous)
        events.append(CustodyEvent(seq, at, operator, action, subject, details, previous, digest))
        previous = digest
    return events


def custody_log(device_id: str, events: list[CustodyEvent], first: int = 1) -> tuple[bytes, CustodyRange]:
    """data/custody.jsonld as the device's writer makes it (outgoing/caseuco.py) and the range fieldkit.json signs."""
    document = caseuco.custody_jsonld(events, device_id)
    custody = CustodyRange(
        from_seq=events[0].seq if events else first, to_seq=events[-1].seq if events else first - 1,
        previous_hash=events[0].prev_hash if events else None, head_hash=events[-1].entry_hash if events else None,
    )  # fmt: skip
    return format.canonical_json(document), custody
