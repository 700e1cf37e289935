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
from fieldkit.bundle import age, format, sshsig, tarstream
from fieldkit.bundle.ledger import bundles, organisation, recipients, set_setting
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
    rows = store.conn.execute(
        "SELECT id, uuid, size, sha256, media_type, kind FROM captures WHERE bundle_seq IS NULL ORDER BY id"
    )
    return [_Pending(*row) for row in rows]


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
    with store.write() as conn:
        for (seq,) in conn.execute("SELECT seq FROM bundles WHERE state = 'writing'").fetchall():
            conn.execute("UPDATE bundles SET state = 'abandoned' WHERE seq = ?", (seq,))
            store.log("bundle.abandoned", f"bundle:{seq}", {"sequence": seq})
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


def _item_record(store: Store, item_id: int) -> tuple[str, dict[str, Any]]:
    row = store.conn.execute(
        "SELECT i.uuid, i.tag, i.category, i.description, i.notes, i.recovered_at, i.created_at, i.updated_at,"
        " c.uuid, c.name, c.reference, s.uuid, s.name, s.latitude, s.longitude, s.mgrs, s.description"
        " FROM items i JOIN cases c ON c.id = i.case_id LEFT JOIN sites s ON s.id = i.site_id WHERE i.id = ?",
        (item_id,),
    ).fetchone()
    site = None
    if row[11] is not None:
        site = {"uuid": row[11], "name": row[12], "latitude": row[13], "longitude": row[14], "mgrs": row[15],
                "description": row[16]}  # fmt: skip
    return row[0], {
        "uuid": row[0], "tag": row[1], "category": row[2], "description": row[3], "notes": row[4],
        "recovered_at": row[5], "created_at": row[6], "updated_at": row[7],
        "case": {"uuid": row[8], "name": row[9], "reference": row[10]}, "site": site,
    }  # fmt: skip


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
    sequence = int(store.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM bundles").fetchone()[0])
    abandoned = [
        int(row[0])
        for row in store.conn.execute(
            "SELECT seq FROM bundles WHERE state = 'abandoned' AND seq > ? ORDER BY seq",
            (last.sequence if last else 0,),
        )
    ]
    bundle_uuid = str(uuid.uuid4())
    with store.write() as conn:  # reserve the number before any byte is written
        conn.execute(
            "INSERT INTO bundles (seq, uuid, state, created_at) VALUES (?, ?, 'writing', ?)",
            (sequence, bundle_uuid, timestamp(now)),
        )

    entries: list[_Entry] = []
    item_ids: dict[int, str] = {}
    for capture in group:
        record = store.capture(capture.capture_id)
        if record.item_id not in item_ids:
            item_uuid, item = _item_record(store, record.item_id)
            item_ids[record.item_id] = item_uuid
            entries.append(_json_entry(f"data/records/items/{item_uuid}.json", item))
        payload_name = f"data/captures/{capture.capture_uuid}.{media_types.written_suffix(capture.media_type)}"
        data = record.to_json()
        data.update({"item": item_ids[record.item_id], "payload": payload_name,
                     "ocr": page_texts(store, capture.capture_id),
                     "page_view": stored_views(store, capture.capture_id)})  # fmt: skip
        entries.append(_json_entry(f"data/records/captures/{capture.capture_uuid}.json", data))
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
    manifest = "".join(f"{e.sha256}  {e.name}\n" for e in sorted(entries, key=lambda e: e.name)).encode()
    info = {
        "format": format.FORMAT,
        "version": format.VERSION,
        "bundle_id": bundle_uuid,
        "device_id": device_id,
        "device_key": sshsig.public_key_line(store.device_signing_key().public_key()),
        "sequence": sequence,
        "previous_tagmanifest_sha256": last.tagmanifest_sha256 if last else None,
        "abandoned_sequences": abandoned,
        "created_at": timestamp(now),
        "organisation": organisation(store),
        "software": f"fieldkit {__version__}",
        "custody": {
            "from_seq": custody_from,
            "to_seq": custody_to,
            "previous_hash": events[0].prev_hash if events else None,
            "head_hash": events[-1].entry_hash if events else None,
        },
        "counts": {"captures": len(group), "items": len(item_ids), "custody_entries": len(events)},
        "payload": {e.name: e.size for e in entries},
    }
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
        format.MANIFEST: manifest,
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
    with store.write() as conn:
        conn.execute(
            "UPDATE bundles SET state = 'complete', file_name = ?, size = ?, tagmanifest_sha256 = ?,"
            " previous_tagmanifest_sha256 = ?, capture_count = ?, payload_bytes = ?, custody_to = ? WHERE seq = ?",
            (name, size, tagmanifest_sha256, info["previous_tagmanifest_sha256"] or "", len(group), payload_bytes,
             custody_to, sequence),
        )  # fmt: skip
        conn.executemany("UPDATE captures SET bundle_seq = ? WHERE id = ?", [(sequence, c.capture_id) for c in group])
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
    # The media file's AES-GCM tags authenticate every byte against what was hashed at import, so the bundle's
    # manifest hash holds without hashing again (headquarters hashes it anyway when it verifies).
    media_id, salt, _sha, _size = store._media_ref(entry.capture_id)
    yield from store.media.read(media_id, salt)
