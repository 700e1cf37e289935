"""Making bundles on the device: every capture not yet bundled, split into sequential bundles under a size cap.

One streaming pass per bundle: originals are decrypted from the store and go straight into the tar inside the age
stream; the tag files (manifests, fieldkit.json, signature) come first because every hash they list is known
before a byte of payload is read (captures were hashed at import, records are built in memory).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit import __version__, media_types
from fieldkit._internal import fsutil
from fieldkit.biometrics import nist
from fieldkit.bundle import age, format, manifest, sshsig, tarstream
from fieldkit.bundle.ledger import BundleRecord, bundles, organisation, recipients, set_setting
from fieldkit.bundle.manifest import CaptureRecord, CaseRef, Counts, CustodyRange, ItemRecord, OcrPage, SiteRef
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.core.ocr import page_texts
from fieldkit.core.pages import stored_views
from fieldkit.errors import CancelledError, ExportError, InvalidValueError, NotProvisionedError
from fieldkit.store import custody
from fieldkit.store.store import Store, timestamp


@dataclass(frozen=True)
class BundleInfo:
    sequence: int
    path: Path
    size: int
    capture_count: int
    payload_bytes: int
    tagmanifest_sha256: str


@dataclass
class _Entry:
    name: str
    size: int
    sha256: str
    content: bytes | None = None  # records: in memory
    capture_id: int | None = None  # originals: streamed from the store


@dataclass(frozen=True)
class _Pending:
    capture_id: int
    capture_uuid: str
    size: int
    sha256: str
    media_type: str
    kind: str = "photo"


def _pending(store: Store) -> list[_Pending]:
    pending = store.originals.pending_for_bundle()
    return [_Pending(c.id, c.uuid, c.size, c.sha256, c.media_type, c.kind) for c in pending]


def _entry_size(size: int) -> int:
    return tarstream.BLOCK + size + (-size % tarstream.BLOCK)


def _age_size(plain: int) -> int:
    chunks = max(1, -(-plain // age.CHUNK))
    return plain + chunks * age.TAG + 1024  # header with a few recipients stays well below 1 KiB each


def _split(pending: list[_Pending], max_size: int, reserve: int) -> list[list[_Pending]]:
    """Group captures in order so each bundle stays under ``max_size``; ``reserve`` covers the tag files and the
    custody log. Per capture: its tar header and padding, its JSON record and its manifest lines (an upper bound;
    the exact size is checked again before each bundle is written)."""
    groups: list[list[_Pending]] = []
    current: list[_Pending] = []
    used = reserve
    for capture in pending:
        cost = _entry_size(capture.size) + _RECORD_ALLOWANCE
        if capture.kind == "fingerprint":  # it also goes into its item's ANSI/NIST transaction (data/biometrics/)
            cost += _entry_size(capture.size)
        if _age_size(reserve + cost) > max_size:
            raise InvalidValueError(
                f"capture {capture.capture_id} ({capture.size} bytes) does not fit in a bundle of at most"
                f" {max_size} bytes: choose a larger --max-size"
            )
        if current and _age_size(used + cost) > max_size:
            groups.append(current)
            current, used = [], reserve
        current.append(capture)
        used += cost
    if current:
        groups.append(current)
    return groups


_RECORD_ALLOWANCE = 32 << 10  # a capture's JSON record (EXIF included) and its manifest and payload lines


def create_bundles(
    store: Store,
    out_dir: Path,
    max_size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[BundleInfo]:
    """Bundle every capture not yet bundled into ``out_dir``. Returns the bundles made (none if nothing waits).

    ``progress(bytes_done, bytes_total)`` follows the payload; setting ``cancel`` stops at the next entry: the
    bundle being written is removed (its number is abandoned), bundles already finished stay."""
    hq = recipients(store)
    if not hq:
        raise NotProvisionedError("no headquarters recipient is set, so nothing can be encrypted for it")
    max_size = max_size or BUNDLE_LIMITS.default_max_bundle_bytes
    out_dir = out_dir.expanduser()
    if not out_dir.is_dir():
        raise ExportError(f"the folder {out_dir} does not exist")
    _sweep_partials(out_dir)
    # A bundle left half-written by a crash keeps its sequence number: it is abandoned, never reused, and the next
    # bundle says so, so headquarters can tell a number that was never delivered from a lost bundle.
    store.ledger.abandon_unfinished()
    set_setting(store, "bundle_folder", str(out_dir.absolute()))
    made = []
    custody_waiting = len(store.custody_events()) - (bundles(store)[-1].custody_to if bundles(store) else 0)
    reserve = (64 << 10) + max(0, custody_waiting + 64) * 2048
    groups = _split(_pending(store), max_size, reserve)
    total = sum(c.size for group in groups for c in group)
    done = [0]

    def advance(n: int) -> None:
        done[0] += n
        if progress:
            progress(done[0], total)
        if cancel is not None and cancel.is_set():
            raise CancelledError("bundle creation was cancelled")

    for group in groups:
        made.append(_write_bundle(store, out_dir, group, hq, max_size, advance))
    return made


def _sweep_partials(out_dir: Path) -> None:
    for leftover in out_dir.glob(".fieldkit-*.fkb.partial-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _item_record(store: Store, item_id: int) -> ItemRecord:
    item, case, place = store.records.item_with_context(item_id)
    site = None
    if place is not None:
        site = SiteRef(uuid=place.uuid, name=place.name, latitude=place.latitude, longitude=place.longitude,
                       mgrs=place.mgrs, description=place.description)  # fmt: skip
    return ItemRecord(
        uuid=item.uuid, tag=item.tag, category=item.category, description=item.description, notes=item.notes,
        recovered_at=item.recovered_at, created_at=item.created_at, updated_at=item.updated_at,
        case=CaseRef(uuid=case.uuid, name=case.name, reference=case.reference), site=site,
    )  # fmt: skip


def _custody_jsonld(events: list[Any], device_id: str) -> dict[str, Any]:
    """The custody entries as CASE/UCO JSON-LD (caseontology.org), with fieldkit's chain fields kept beside."""
    graph: list[dict[str, Any]] = [
        {"@id": f"kb:device-{device_id}", "@type": "uco-observable:ObservableObject", "uco-core:name": device_id}
    ]
    performers: dict[str, str] = {}
    for event in events:
        operator_id = performers.setdefault(
            event.operator, "kb:operator-" + hashlib.sha256(event.operator.encode()).hexdigest()[:16]
        )
        graph.append({
            "@id": f"kb:custody-{device_id}-{event.seq}",
            "@type": "case-investigation:InvestigativeAction",
            "uco-core:name": event.action,
            "uco-action:startTime": {"@type": "xsd:dateTime", "@value": event.at},
            "uco-action:performer": {"@id": operator_id},
            "uco-action:instrument": {"@id": f"kb:device-{device_id}"},
            "uco-action:object": [{"@id": f"kb:{event.subject.replace(':', '-')}"}],
            "fieldkit:sequence": event.seq,
            "fieldkit:details": custody.canonical_json(event.details),
            "fieldkit:previousHash": event.prev_hash,
            "fieldkit:entryHash": event.entry_hash,
        })  # fmt: skip
    for name, operator_id in performers.items():
        graph.append({"@id": operator_id, "@type": "uco-identity:Person", "uco-core:name": name})
    return {
        "@context": {
            "kb": "urn:fieldkit:",
            "case-investigation": "https://ontology.caseontology.org/case/investigation/",
            "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
            "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
            "uco-identity": "https://ontology.unifiedcyberontology.org/uco/identity/",
            "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "fieldkit": "urn:fieldkit:ns:",
        },
        "@graph": graph,
    }


def _json_entry(name: str, value: Any) -> _Entry:
    data = format.canonical_json(value)
    return _Entry(name, len(data), hashlib.sha256(data).hexdigest(), content=data)


def _write_bundle(
    store: Store,
    out_dir: Path,
    group: list[_Pending],
    hq: list[str],
    max_size: int,
    advance: Callable[[int], None],
) -> BundleInfo:
    now = store.clock()
    device_id = store.device_id
    previous = [b for b in bundles(store) if b.state == "complete"]
    last = previous[-1] if previous else None
    sequence = store.ledger.next_sequence()
    abandoned = store.ledger.abandoned_after(last.sequence if last else 0)
    bundle_uuid = str(uuid.uuid4())
    store.ledger.reserve(sequence, bundle_uuid, timestamp(now))  # before any byte is written

    entries: list[_Entry] = []
    item_ids: dict[int, str] = {}
    for capture in group:
        record = store.capture(capture.capture_id)
        if record.item_id not in item_ids:
            item = _item_record(store, record.item_id)
            item_ids[record.item_id] = item.uuid
            entries.append(_json_entry(item.path, item.to_json()))
        payload_name = f"data/captures/{capture.capture_uuid}.{media_types.written_suffix(capture.media_type)}"
        view = stored_views(store, capture.capture_id)
        capture_record = CaptureRecord.of(
            record, item=item_ids[record.item_id], payload=payload_name,
            ocr=tuple(OcrPage.from_json(page) for page in page_texts(store, capture.capture_id)),
            page_view=tuple((page, rotation) for page, rotation in view) if view is not None else None,
        )  # fmt: skip
        entries.append(_json_entry(capture_record.path, capture_record.to_json()))
    for print_item in nist.items_with_prints(store, [store.capture(c.capture_id).item_id for c in group
                                                     if c.kind == "fingerprint"]):  # fmt: skip
        # One ANSI/NIST-ITL transaction per subject and per item with latents, with all its prints so far.
        transaction, _ = nist.transaction(store, print_item, ori=organisation(store) or "UNSPECIFIED")
        entries.append(_Entry(f"data/biometrics/{print_item.uuid}.an2", len(transaction),
                              hashlib.sha256(transaction).hexdigest(), content=transaction))  # fmt: skip
    custody_from = (last.custody_to + 1) if last else 1
    events = [e for e in store.custody_events() if e.seq >= custody_from]
    custody_to = events[-1].seq if events else custody_from - 1
    entries.append(_json_entry("data/custody.jsonld", _custody_jsonld(events, device_id)))
    for capture in group:
        payload_name = f"data/captures/{capture.capture_uuid}.{media_types.written_suffix(capture.media_type)}"
        entries.append(_Entry(payload_name, capture.size, capture.sha256, capture_id=capture.capture_id))

    payload_bytes = sum(e.size for e in entries)
    payload_manifest = "".join(f"{e.sha256}  {e.name}\n" for e in sorted(entries, key=lambda e: e.name)).encode()
    info = manifest.BundleInfo(
        bundle_id=bundle_uuid,
        device_id=device_id,
        device_key=sshsig.public_key_line(store.device_signing_key().public_key()),
        sequence=sequence,
        previous_tagmanifest_sha256=last.tagmanifest_sha256 if last else None,
        abandoned_sequences=tuple(abandoned),
        created_at=timestamp(now),
        organisation=organisation(store),
        software=f"fieldkit {__version__}",
        custody=CustodyRange(
            from_seq=custody_from,
            to_seq=custody_to,
            previous_hash=events[0].prev_hash if events else None,
            head_hash=events[-1].entry_hash if events else None,
        ),
        counts=Counts(captures=len(group), items=len(item_ids), custody_entries=len(events)),
        payload={e.name: e.size for e in entries},
    ).to_json()  # as JSON: bag-info.txt and the ledger below read it
    fieldkit_json = format.canonical_json(info)
    bag_info = "".join(
        f"{key}: {value}\n"
        for key, value in [
            ("Source-Organization", organisation(store) or "unspecified"),
            ("External-Identifier", bundle_uuid),
            ("Bagging-Date", now.date().isoformat()),
            ("Payload-Oxum", f"{payload_bytes}.{len(entries)}"),
            ("Bag-Software-Agent", f"fieldkit {__version__}"),
            ("Fieldkit-Device-Id", device_id),
            ("Fieldkit-Sequence", sequence),
            ("Fieldkit-Previous-Tagmanifest-SHA256", info["previous_tagmanifest_sha256"] or "none"),
            ("Fieldkit-Capture-Count", len(group)),
        ]
    ).encode()
    tag_files = {
        format.BAGIT_TXT: format.BAGIT_TXT_CONTENT,
        format.BAG_INFO: bag_info,
        format.MANIFEST: payload_manifest,
        format.FIELDKIT_JSON: fieldkit_json,
    }
    tagmanifest = "".join(
        f"{hashlib.sha256(tag_files[name]).hexdigest()}  {name}\n" for name in format.SIGNED_TAG_FILES
    ).encode()
    tag_files[format.TAGMANIFEST] = tagmanifest
    tag_files[format.SIGNATURE] = sshsig.sign(store.device_signing_key(), format.NAMESPACE, tagmanifest).encode()
    tagmanifest_sha256 = hashlib.sha256(tagmanifest).hexdigest()

    plain_size = sum(_entry_size(len(c)) for c in tag_files.values()) + sum(_entry_size(e.size) for e in entries)
    expected_size = _age_size(plain_size + 2 * tarstream.BLOCK)
    if expected_size > max_size:
        raise InvalidValueError(
            f"bundle {sequence} would be {expected_size} bytes, more than --max-size {max_size}: choose a larger size"
        )
    name = format.file_name(device_id, sequence)
    target = out_dir / name
    partial = out_dir / f".{name}.partial-{secrets.token_hex(4)}"
    bag = format.bag_name(device_id, sequence)
    mtime = int(now.timestamp())
    try:
        with fsutil.open_new_private(partial) as sink:
            writer = age.AgeWriter(sink, hq)
            for tag_name in format.TAG_ORDER:
                content = tag_files[tag_name]
                writer.write(tarstream.member_header(f"{bag}/{tag_name}", len(content), mtime))
                writer.write(content)
                writer.write(tarstream.padding(len(content)))
            for entry in entries:
                writer.write(tarstream.member_header(f"{bag}/{entry.name}", entry.size, mtime))
                written = 0
                for chunk in _entry_bytes(store, entry):
                    writer.write(chunk)
                    written += len(chunk)
                    if entry.capture_id is not None:
                        advance(len(chunk))
                if written != entry.size:
                    raise ExportError(f"{entry.name} changed size while it was bundled")
                writer.write(tarstream.padding(entry.size))
            writer.write(tarstream.end_of_archive())
            writer.close()
            sink.flush()
            os.fsync(sink.fileno())
        if target.exists():
            raise ExportError(f"{target} already exists: move it away and create the bundle again")
        os.replace(partial, target)
        fsutil.fsync_dir(out_dir)
    except OSError as exc:
        raise fsutil.storage_error(exc, "writing a bundle") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    size = target.stat().st_size
    with store.write():
        store.ledger.complete(BundleRecord(
            sequence, bundle_uuid, "complete", timestamp(now), name, size, tagmanifest_sha256,
            last.tagmanifest_sha256 if last else "", len(group), payload_bytes, custody_to,
        ))  # fmt: skip
        store.originals.mark_bundled(sequence, [c.capture_id for c in group])
        store.log(
            "bundle.created",
            f"bundle:{bundle_uuid}",
            {"sequence": sequence, "file": name, "tagmanifest_sha256": tagmanifest_sha256,
             "captures": [c.capture_uuid for c in group]},
        )  # fmt: skip
    return BundleInfo(sequence, target, size, len(group), payload_bytes, tagmanifest_sha256)


def _entry_bytes(store: Store, entry: _Entry) -> Iterator[bytes]:
    if entry.content is not None:
        yield entry.content
        return
    if entry.capture_id is None:
        raise InvalidValueError("bundle entry without content")
    # Not hashed again: the media file's AES-GCM tags authenticate every byte against what was hashed at import.
    yield from store.originals.read_authenticated(entry.capture_id)
