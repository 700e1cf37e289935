"""Verifying a bundle at headquarters, streaming, without writing anything.

``_verify`` runs named steps in a fixed order, because the order is the security: decrypt (age header MAC), read
the two small tag files that open the bag and find the signer that bag-info.txt names (known, not revoked), stream the
other tag files past under tight caps (the payload manifest and fieldkit.json only hashed when large), check the
signature over the tag manifest and that it covers those hashes, and only then read (a second time, when they were
large) and parse what the tag files say; then hash every payload entry against the signed manifest as it streams
past, and check that nothing follows. Nothing is parsed and nothing large is kept before the signature holds: an
unsigned bundle costs its decryption and hashing, no more (issue 15). Each step appends one Check to the report or
raises a BundleError.
``check_bundle`` returns the report for people and the GUI; ``verify_bundle`` raises.

The verifier decodes no images: a caller that wants previews passes a ``thumbnail`` renderer (hq/thumbnails.py).
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit import media_types
from fieldkit._internal.plurals import plural
from fieldkit.bundle import age, custody, format, sshsig, tarstream
from fieldkit.bundle._fields import HEX64
from fieldkit.bundle.manifest import (
    AmendmentRecord,
    BundleInfo,
    CaptureRecord,
    HitRecord,
    ItemRecord,
    LeftOut,
    SampleRecord,
    ShipmentRecord,
    TemplatesRecord,
    read_record,
)
from fieldkit.bundle.trust import Trust
from fieldkit.config import BUNDLE_LIMITS, BundleLimits
from fieldkit.errors import (
    BundleError,
    BundleFormatError,
    HqBackendError,
    InvalidValueError,
    RevokedSignerError,
    SignatureError,
    UnknownSignerError,
)

# Payload entries handed to a thumbnail renderer: pictures by their extension, one at a time, at most
# BundleLimits.max_report_thumbnail_source_bytes large.
PICTURE_SUFFIXES = tuple(media_types.BY_TYPE[picture].suffixes[0] for picture in media_types.PICTURES)

Thumbnailer = Callable[[bytes], bytes | None]


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Report:
    """Everything a verifier learned. ``ok`` is True only when every check passed; only then is any of it trusted."""

    path: str
    ok: bool = False
    reason: str | None = None
    message: str = ""
    checks: list[Check] = field(default_factory=list)
    file_sha256: str = ""
    # fieldkit.json, once the signature holds and its shape was checked.
    info: BundleInfo | None = None
    # What bag-info.txt claims before the signature, so that a refused bundle still names a device and sequence.
    claimed_device_id: str = ""
    claimed_sequence: int = 0
    tagmanifest_sha256: str = ""
    # Every record (data/records/**, data/custody.jsonld) as parsed JSON; the capture and item records also typed.
    records: dict[str, Any] = field(default_factory=dict)
    captures: dict[str, CaptureRecord] = field(default_factory=dict)
    items: dict[str, ItemRecord] = field(default_factory=dict)
    # The amendment records (changes to what earlier bundles carried), in the order the device made them.
    amendments: dict[str, AmendmentRecord] = field(default_factory=dict)
    # Identification (issue 17): the templates of its captures and the watchlist hits with their decisions.
    templates: dict[str, TemplatesRecord] = field(default_factory=dict)
    hits: dict[str, HitRecord] = field(default_factory=dict)
    # Physical samples (issue 19): each sample as it stood (with its custody steps), and the shipments they left in.
    samples: dict[str, SampleRecord] = field(default_factory=dict)
    shipments: dict[str, ShipmentRecord] = field(default_factory=dict)
    signer: str = ""
    error: BundleError | None = None
    thumbnails: dict[str, bytes] = field(default_factory=dict)  # payload name -> small JPEG, when asked for
    # ANSI/NIST-ITL transactions (data/biometrics/*.an2) kept in memory when asked for; use them only if ok.
    biometrics: dict[str, bytes] = field(default_factory=dict)

    @property
    def device_id(self) -> str:
        return self.info.device_id if self.info is not None else self.claimed_device_id

    @property
    def sequence(self) -> int:
        return self.info.sequence if self.info is not None else self.claimed_sequence

    @property
    def left_out(self) -> tuple[LeftOut, ...]:
        """The derived products the device says it could not make (none for a bundle older than the key)."""
        return (self.info.left_out or ()) if self.info is not None else ()

    def analysis_counts(self) -> dict[str, int]:
        """How many captures the device had analysed (ok), could not analyse (failed), had not analysed (pending),
        and bundled before it recorded analyses (unrecorded)."""
        counts = {"ok": 0, "failed": 0, "pending": 0, "unrecorded": 0}
        for capture in self.captures.values():
            counts[capture.analysis.status if capture.analysis is not None else "unrecorded"] += 1
        return counts

    def to_json(self) -> dict[str, Any]:
        info = self.info
        return {
            "path": self.path, "ok": self.ok, "reason": self.reason, "message": self.message,
            "checks": [c.__dict__ for c in self.checks], "file_sha256": self.file_sha256,
            "tagmanifest_sha256": self.tagmanifest_sha256, "device_id": self.device_id, "sequence": self.sequence,
            "bundle_id": info.bundle_id if info else None, "signer": self.signer,
            "previous_tagmanifest_sha256": info.previous_tagmanifest_sha256 if info else None,
            "abandoned_sequences": list(info.abandoned_sequences) if info else [],
            # What the device says it could not analyse or derive: only from a bundle that verified.
            "analysis": self.analysis_counts() if self.ok else {},
            "left_out": [entry.to_json() for entry in self.left_out] if self.ok else [],
            # What the bundle amends (the new values are in its records, not here): only from a bundle that verified.
            "amendments": [amendment_summary(a) for a in self.amendments.values()] if self.ok else [],
            # Templates carried (how many captures' sets) and the watchlist hits with their decisions.
            "templates": len(self.templates) if self.ok else 0,
            "hits": [hit_summary(h) for h in self.hits.values()] if self.ok else [],
            # Physical samples: each sample's state and holder, each shipment's manifest number.
            "samples": [sample_summary(s) for s in self.samples.values()] if self.ok else [],
            "shipments": [shipment_summary(s) for s in self.shipments.values()] if self.ok else [],
        }  # fmt: skip


def amendment_summary(amendment: AmendmentRecord) -> dict[str, Any]:
    """An amendment without its value (the new OCR text, the new record): what, to what, when, and its custody."""
    return {"uuid": amendment.uuid, "order": amendment.order, "target": amendment.target.to_json(),
            "change": amendment.change, "custody": list(amendment.custody), "made_at": amendment.made_at}  # fmt: skip


def hit_summary(hit: HitRecord) -> dict[str, Any]:
    """A watchlist hit as people and scripts read it: which capture, which entry, the score, the decision."""
    return {"uuid": hit.uuid, "capture": hit.capture, "subject": hit.subject, "reference": hit.reference,
            "watchlist_ref": hit.watchlist_ref, "category": hit.category, "modality": hit.modality,
            "finger": hit.finger, "score": hit.score, "found_at": hit.found_at, "decision": hit.decision,
            "decided_by": hit.decided_by, "decided_at": hit.decided_at, "reason": hit.reason}  # fmt: skip


def sample_summary(sample: SampleRecord) -> dict[str, Any]:
    """A sample as scripts read it from a report: which one, of which item, its state and holder, how many steps."""
    return {"uuid": sample.uuid, "ref": sample.ref, "sample_type": sample.sample_type, "item": sample.item,
            "case_name": sample.case_name, "item_tag": sample.item_tag, "state": sample.state,
            "holder": sample.holder, "manifest": sample.manifest, "version": sample.version,
            "steps": len(sample.steps)}  # fmt: skip


def shipment_summary(shipment: ShipmentRecord) -> dict[str, Any]:
    return {"uuid": shipment.uuid, "manifest": shipment.manifest, "laboratory": shipment.laboratory,
            "shipped_at": shipment.shipped_at, "samples": len(shipment.samples), "document": shipment.document,
            "version": shipment.version}  # fmt: skip


class _Hasher:
    """SHA-256 updates done in a thread of their own, in order, so that hashing runs beside decryption on another
    core (hashlib releases the GIL while it hashes a large piece, as cryptography does while it decrypts).

    Until ``start`` (the payload, once the signature holds), every update is made in place, as a single thread
    would: the tag files before the signature cost what they did. Then pieces wait in a queue of at most
    QUEUED_PIECES (memory stays flat); ``wait`` before reading a digest."""

    QUEUED_PIECES = 3  # not a limit: pieces (of 1 MiB at most) waiting for the hashing thread: memory

    def __init__(self, name: str) -> None:
        self._name = name
        self._queue: queue.Queue[tuple[Any, bytes] | None] = queue.Queue(self.QUEUED_PIECES)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def update(self, digest: Any, data: bytes) -> None:
        if self._thread is None:
            digest.update(data)
        else:
            self._queue.put((digest, data))

    def wait(self) -> None:
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            item[0].update(item[1])
            self._queue.task_done()
        self._queue.task_done()


@dataclass
class _Hashers:
    """The bundle file's hash and the payload's, each in its own thread once the payload streams (three passes over
    the bytes on the cores there are: file SHA-256, decryption, payload SHA-256)."""

    file: _Hasher = field(default_factory=lambda: _Hasher("verify-file-sha256"))
    payload: _Hasher = field(default_factory=lambda: _Hasher("verify-payload-sha256"))

    def start(self) -> None:
        self.file.start()
        self.payload.start()

    def close(self) -> None:
        self.file.close()
        self.payload.close()


class _HashingReader:
    """Hashes the bundle file's own bytes as they are read (the receipt and the index name bundles by it). Once
    ``ahead`` is set (the payload), it reads that many bytes at a time and hands each block to the file hasher."""

    AHEAD_BYTES = 1 << 20  # not a limit: the block read from the bundle file (or GET stream) at a time, payload

    def __init__(self, source: BinaryIO, hasher: _Hasher) -> None:
        self._source = source
        self._hasher = hasher
        self._block = b""
        self._offset = 0
        self.ahead = 0
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        if self._offset >= len(self._block):
            if n >= 0 and n >= self.ahead:  # straight through: no block kept
                data = self._source.read(n)
                self._hasher.update(self.digest, data)
                return data
            self._block = self._source.read(self.ahead) if n >= 0 else self._source.read()
            self._offset = 0
            self._hasher.update(self.digest, self._block)
        end = len(self._block) if n < 0 else self._offset + n
        data = self._block[self._offset : end]
        self._offset += len(data)
        return data

    def hexdigest(self) -> str:
        self._hasher.wait()
        return self.digest.hexdigest()


def _fail(reason: str, message: str) -> BundleFormatError:
    return BundleFormatError(message, reason=reason)


def _parse_manifest(data: bytes, what: str) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("manifest", f"{what} is not UTF-8") from None
    entries: dict[str, str] = {}
    for line in text.splitlines():
        digest, sep, name = line.partition("  ")
        if not sep or not HEX64.fullmatch(digest):
            raise _fail("manifest", f"{what} has a malformed line")
        tarstream.check_name(name)
        if name in entries:
            raise _fail("duplicate-name", f"{what} lists {name} twice")
        entries[name] = digest
    if not text.endswith("\n") and text:
        raise _fail("manifest", f"{what} does not end with a line break")
    return entries


def _parse_bag_info(data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("bag-info", "bag-info.txt is not UTF-8") from None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(": ")
        if not sep or key in fields:
            raise _fail("bag-info", "bag-info.txt is malformed")
        fields[key] = value
    return fields


# --- the steps, in their order ----------------------------------------------------------------------------------


@dataclass
class _Stream:
    """The bundle as the steps read it: the file (hashed as it is read), the age stream, and the tar inside."""

    source: BinaryIO
    hashing: _HashingReader
    decrypted: age.AgeReader
    tar: tarstream.TarReader
    hashers: _Hashers


@dataclass
class _TagFiles:
    bag: str = ""  # the bag folder every entry is in
    files: dict[str, bytes] = field(default_factory=dict)  # the tag files kept in memory (all, once signed)
    digests: dict[str, str] = field(default_factory=dict)  # every tag file's SHA-256, taken as it streamed past
    device_id: str = ""  # what bag-info.txt claims, before the signature: whose key to check it with
    files_claimed: int = 0  # bag-info.txt's Payload-Oxum count, before the signature: the caps of the large tag files

    @property
    def unread(self) -> list[str]:
        """The tag files only hashed before the signature (too large to keep then): read again once it holds."""
        return [name for name in format.TAG_ORDER if name not in self.files]


def _decrypt(source: BinaryIO, trust: Trust, limits: BundleLimits, report: Report | None,
             hashers: _Hashers) -> _Stream:  # fmt: skip
    hashing = _HashingReader(source, hashers.file)
    decrypted = age.AgeReader(hashing, trust.identities)  # type: ignore[arg-type]
    if report is not None:
        report.checks.append(Check("decrypt", True, "the age header authenticates with this HQ's identity"))
    tar = tarstream.TarReader(decrypted, limits.max_member_bytes)  # type: ignore[arg-type]
    return _Stream(source, hashing, decrypted, tar, hashers)


def _next_tag_file(stream: _Stream, tags: _TagFiles, expected: str, limits: BundleLimits) -> int:
    """The next entry, which must be the tag file ``expected`` of the same bag, within its cap; returns its size."""
    member = stream.tar.next()
    if member is None:
        raise _fail("tag-files", f"the bundle ends before its tag file {expected}")
    top, _, rest = member.name.partition("/")
    tags.bag = tags.bag or top
    if top != tags.bag or rest != expected:
        raise _fail("tag-order", f"expected the tag file {expected} but found {member.name}")
    cap = format.tag_file_cap(expected, tags.files_claimed, limits)
    if member.size > cap:
        declared = f" in a bag that declares {tags.files_claimed} payload files" if tags.files_claimed else ""
        raise _fail("oversized-tag-file", f"{expected} is {member.size} bytes, more than the {cap} bytes fieldkit"
                                          f" allows{declared}")  # fmt: skip
    return member.size


def _read_tag_files(stream: _Stream, tags: _TagFiles, names: tuple[str, ...], limits: BundleLimits) -> None:
    """Stream the tag files ``names`` past, hashing each; keep the small ones, and the payload manifest and
    fieldkit.json only while they fit max_presignature_kept_bytes together (else they are read again later)."""
    kept = 0
    for expected in names:
        size = _next_tag_file(stream, tags, expected, limits)
        small = expected not in (format.MANIFEST, format.FIELDKIT_JSON)
        keep = small or kept + size <= limits.max_presignature_kept_bytes
        kept += 0 if small or not keep else size
        digest, pieces = hashlib.sha256(), []
        for piece in stream.tar.read_member():
            digest.update(piece)
            if keep:
                pieces.append(piece)
        tags.digests[expected] = digest.hexdigest()
        if keep:
            tags.files[expected] = b"".join(pieces)


def _read_claim(stream: _Stream, limits: BundleLimits, report: Report) -> _TagFiles:
    """bagit.txt and bag-info.txt, small: bag-info.txt names the device whose key must have signed, and claims the
    payload count that caps the manifest and fieldkit.json. Nothing of it is trusted before the signature."""
    tags = _TagFiles()
    _read_tag_files(stream, tags, format.TAG_ORDER[:2], limits)
    fields = _parse_bag_info(tags.files[format.BAG_INFO])
    _, dot, count = fields.get("Payload-Oxum", "").partition(".")
    tags.device_id = fields.get("Fieldkit-Device-Id", "")
    if not tags.device_id or not dot or not count.isascii() or not count.isdigit() or len(count) > 9:
        raise _fail("bag-info", "bag-info.txt lacks a device id or a Payload-Oxum")
    tags.files_claimed = int(count)
    if tags.files_claimed > limits.max_members:
        raise BundleFormatError("the bundle declares more entries than fieldkit accepts", reason="too-many-entries")
    sequence = fields.get("Fieldkit-Sequence", "")
    report.claimed_device_id = tags.device_id
    report.claimed_sequence = int(sequence) if sequence.isascii() and sequence.isdigit() and len(sequence) < 19 else 0
    return tags


def _check_signer(tags: _TagFiles, trust: Trust, report: Report) -> sshsig.AllowedSigner:
    """The enrolled, unrevoked signer of the device that bag-info.txt names."""
    device_id = tags.device_id
    signer = trust.signers.get(device_id)
    if signer is None:
        raise UnknownSignerError(f"device {device_id} is not enrolled at this HQ", reason="unknown-signer")
    if trust.is_revoked(signer.key):
        raise RevokedSignerError(f"device {device_id}'s key is revoked", reason="revoked-signer")
    report.checks.append(Check("signer", True, f"device {device_id} is enrolled at this HQ and not revoked"))
    return signer


def _read_rest(stream: _Stream, tags: _TagFiles, limits: BundleLimits, report: Report) -> None:
    _read_tag_files(stream, tags, format.TAG_ORDER[2:], limits)
    report.checks.append(Check("tag files", True, f"the {len(format.TAG_ORDER)} tag files come first, in order,"
                                                  f" in {tags.bag}/, each within its size"))  # fmt: skip


def _read_unread(source: BinaryIO, tags: _TagFiles, trust: Trust, limits: BundleLimits, hashers: _Hashers) -> _Stream:
    """Once the signature holds: read the bundle again from its start, now keeping the tag files that were only
    hashed (each must hash as before: the signed value), and go on from there with this second reading."""
    source.seek(0)
    stream = _decrypt(source, trust, limits, None, hashers)
    for expected in format.TAG_ORDER:
        _next_tag_file(stream, tags, expected, limits)
        data = b"".join(stream.tar.read_member())
        if hashlib.sha256(data).hexdigest() != tags.digests[expected]:
            raise _fail("tag-hash", f"{expected} changed while the bundle was read")
        tags.files[expected] = data
    return stream


def _read_info(tags: _TagFiles, limits: BundleLimits, report: Report) -> BundleInfo:
    """fieldkit.json, covered by the signature: parsed only now, strictly."""
    unverified = format.strict_json(tags.files[format.FIELDKIT_JSON], format.FIELDKIT_JSON)
    report.info = BundleInfo.from_json(unverified, limits)
    return report.info


def _check_signature(tags: _TagFiles, device_id: str, signer: sshsig.AllowedSigner, trust: Trust,
                     report: Report) -> None:  # fmt: skip
    signature = sshsig.verify(tags.files[format.SIGNATURE], format.NAMESPACE, tags.files[format.TAGMANIFEST])
    if trust.is_revoked(signature.public_key):
        raise RevokedSignerError("the bundle is signed with a revoked key", reason="revoked-signer")
    if signature.public_key.public_bytes_raw() != signer.key.public_bytes_raw():
        raise SignatureError(f"the bundle is not signed by device {device_id}'s enrolled key", reason="wrong-signer")
    if format.NAMESPACE not in signer.namespaces and signer.namespaces:
        raise SignatureError("the device is not allowed to sign bundles", reason="signature-namespace")
    report.signer = f"{device_id} ({sshsig.fingerprint(signer.key)})"
    report.checks.append(Check("signature", True, f"tag manifest signed by enrolled device {report.signer}"))


def _check_tag_manifest(tags: _TagFiles, report: Report) -> None:
    tagmanifest = _parse_manifest(tags.files[format.TAGMANIFEST], "tagmanifest-sha256.txt")
    if set(tagmanifest) != set(format.SIGNED_TAG_FILES):
        raise _fail("tagmanifest", "the tag manifest does not list exactly the bundle's tag files")
    for name in format.SIGNED_TAG_FILES:
        if tags.digests[name] != tagmanifest[name]:
            raise _fail("tag-hash", f"{name} does not match the signed tag manifest")
    report.tagmanifest_sha256 = tags.digests[format.TAGMANIFEST]
    report.checks.append(Check("tag manifest", True, "the signed tag manifest covers the other tag files exactly"))


def _trust_info(tags: _TagFiles, unverified_info: BundleInfo, signer: sshsig.AllowedSigner,
                report: Report) -> BundleInfo:  # fmt: skip
    """fieldkit.json, now covered by the signature: it must name the signer's key and the bag it is in."""
    info = unverified_info
    if sshsig.public_key_line(signer.key) != info.device_key.strip():
        raise _fail("fieldkit-json", "fieldkit.json names another device key than the signer's")
    if info.device_id != tags.device_id:
        raise _fail("bag-info", "bag-info.txt and fieldkit.json name different devices")
    if tags.bag != format.bag_name(info.device_id, info.sequence):
        raise _fail("bag-name", f"the bag folder {tags.bag} does not match device and sequence")
    report.checks.append(Check("fieldkit.json", True, f"bundle {info.sequence} of device {info.device_id},"
                                                      " naming the key that signed it"))  # fmt: skip
    return info


def _check_bag_info(tags: _TagFiles, info: BundleInfo, report: Report) -> dict[str, str]:
    """bagit.txt, bag-info.txt and the payload manifest agree with fieldkit.json; returns the payload manifest."""
    if tags.files[format.BAGIT_TXT] != format.BAGIT_TXT_CONTENT:
        raise _fail("bagit-txt", "bagit.txt is not BagIt 1.0 in UTF-8")
    bag_info = _parse_bag_info(tags.files[format.BAG_INFO])
    oxum = f"{sum(info.payload.values())}.{len(info.payload)}"
    expected_fields = {
        "Payload-Oxum": oxum, "External-Identifier": info.bundle_id, "Fieldkit-Device-Id": info.device_id,
        "Fieldkit-Sequence": str(info.sequence),
    }  # fmt: skip
    for key, value in expected_fields.items():
        if bag_info.get(key) != value:
            raise _fail("bag-info", f"bag-info.txt {key} disagrees with fieldkit.json")
    manifest = _parse_manifest(tags.files[format.MANIFEST], "manifest-sha256.txt")
    if set(manifest) != set(info.payload):
        raise _fail("manifest", "the payload manifest and fieldkit.json list different files")
    report.checks.append(Check("bag-info", True, f"bag-info, manifests and fieldkit.json agree ({oxum})"))
    return manifest


def _stream_payload(stream: _Stream, bag: str, info: BundleInfo, manifest: dict[str, str], limits: BundleLimits,
                    report: Report, thumbnail: Thumbnailer | None, biometrics: bool) -> set[str]:  # fmt: skip
    """Every payload entry: listed, once, of its signed size and hash. Keeps records (parsed), and what was asked."""
    seen: set[str] = set()
    stream.hashers.start()  # the bulk of the bytes: hashed beside decryption from here on
    stream.hashing.ahead = _HashingReader.AHEAD_BYTES
    while True:
        member = stream.tar.next()
        if member is None:
            break
        top, _, name = member.name.partition("/")
        if top != bag or name not in manifest:
            raise _fail("extra-entry", f"the bundle holds a file its manifest does not list: {member.name}")
        if name in seen:
            raise _fail("duplicate-name", f"the bundle holds {name} twice")
        declared = info.payload[name]
        if member.size != declared:
            raise _fail("size-mismatch", f"{name} is {member.size} bytes, the signed manifest says {declared}")
        seen.add(name)
        digest = hashlib.sha256()
        record = name.startswith("data/records/") or name == "data/custody.jsonld"
        if record and member.size > limits.max_record_bytes:
            raise _fail("oversized-entry", f"the record {name} is larger than fieldkit accepts")
        picture = (
            thumbnail is not None
            and name.endswith(PICTURE_SUFFIXES)
            and member.size <= limits.max_report_thumbnail_source_bytes
        )
        transaction = biometrics and name.startswith("data/biometrics/") and name.endswith(".an2")
        if transaction and member.size > limits.max_transaction_bytes:
            raise _fail("oversized-entry", f"the fingerprint transaction {name} is larger than fieldkit accepts")
        keep = record or picture or transaction
        kept = []
        for piece in stream.tar.read_member():
            stream.hashers.payload.update(digest, piece)
            if keep:
                kept.append(piece)
        stream.hashers.payload.wait()
        if digest.hexdigest() != manifest[name]:
            raise _fail("payload-hash", f"{name} does not match its SHA-256 in the signed manifest")
        if record:
            _keep_record(name, b"".join(kept), report)
        elif transaction:
            report.biometrics[name] = b"".join(kept)
        elif picture and thumbnail is not None and (small := thumbnail(b"".join(kept))) is not None:
            report.thumbnails[name] = small
    missing = sorted(set(manifest) - seen)
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise _fail(
            "missing-entry", f"{plural(len(missing), 'file')} of the manifest {verb} missing, e.g. {missing[0]}"
        )
    report.checks.append(Check("payload", True, f"{plural(len(seen), 'file')} match the signed manifest"))
    return seen


def _keep_record(name: str, data: bytes, report: Report) -> None:
    unverified = format.strict_json(data, name)
    typed = read_record(name, unverified)
    report.records[name] = unverified
    if isinstance(typed, CaptureRecord):
        report.captures[name] = typed
    elif isinstance(typed, ItemRecord):
        report.items[name] = typed
    elif isinstance(typed, AmendmentRecord):
        report.amendments[name] = typed
    elif isinstance(typed, TemplatesRecord):
        report.templates[name] = typed
    elif isinstance(typed, HitRecord):
        report.hits[name] = typed
    elif isinstance(typed, SampleRecord):
        report.samples[name] = typed
    elif isinstance(typed, ShipmentRecord):
        report.shipments[name] = typed


def _check_amendments(info: BundleInfo, report: Report) -> None:
    """The amendment records, each already read strictly (_keep_record): as many as fieldkit.json counts (absent:
    none), numbered 1..n without a gap or a repeat; then kept in that order, and noted when there are any."""
    amendments = report.amendments
    declared = info.counts.amendments or 0
    if len(amendments) != declared:
        raise _fail("amendments", f"the bundle holds {len(amendments)} amendment record(s),"
                                  f" fieldkit.json counts {declared}")  # fmt: skip
    orders = sorted(amendment.order for amendment in amendments.values())
    if orders != list(range(1, len(orders) + 1)):
        raise _fail("amendments", "the amendment records are not numbered 1 to n, each once (their order)")
    report.amendments = dict(sorted(amendments.items(), key=lambda pair: pair[1].order))
    if amendments:
        report.checks.append(Check("amendments", True, f"{len(amendments)} amendment(s) to what earlier bundles"
                                                       " carried, numbered in order"))  # fmt: skip


def _check_custody(info: BundleInfo, report: Report) -> None:
    """Every custody entry carried recomputes to its hash, and they chain from the signed ``previous_hash`` to the
    signed ``head_hash`` (bundle/custody.py); that the chain continues earlier bundles' is HQ's index's check."""
    carried = report.records.get(custody.CUSTODY_LOG)
    expected = info.custody.to_seq - info.custody.from_seq + 1
    if info.counts.custody_entries != expected:
        raise _fail("custody-chain", "fieldkit.json counts another number of custody entries than its range holds")
    if carried is None and expected == 0:
        return
    count = custody.check_custody_log(carried, info.custody, info.device_id)
    if count:  # noted when there are any, like amendments
        report.checks.append(Check("custody", True, f"{count} custody entries recompute and chain to the signed head"))


def _check_samples(info: BundleInfo, manifest: dict[str, str], report: Report) -> None:
    """Each sample record's custody steps that lie in the bundle's custody range are the entries the signed custody
    log holds (reason ``sample-custody``); each shipment's printable manifest is in the bundle with the SHA-256 its
    record names (reason ``shipment-manifest``). Steps before the range travelled in earlier bundles (HQ holds them)."""
    if len(report.samples) > BUNDLE_LIMITS.max_samples_per_bundle:
        raise _fail("record", f"the bundle carries more than {BUNDLE_LIMITS.max_samples_per_bundle} sample records")
    first, last = info.custody.from_seq, info.custody.to_seq
    entries = custody.carried_entries(report.records.get(custody.CUSTODY_LOG), info.device_id) if report.samples else {}
    for sample in report.samples.values():
        subject = f"sample:{sample.uuid}"
        for step in sample.steps:
            if step.seq > last:
                raise _fail("sample-custody", f"sample {sample.ref[:80]} names custody entry {step.seq}, beyond the"
                                              f" last one the bundle carries ({last})")  # fmt: skip
            if step.seq < first:
                continue
            entry = entries.get(step.seq)
            same = entry is not None and (entry.action, entry.at, entry.operator, entry.details) == (
                step.action,
                step.at,
                step.operator,
                custody.canonical_json(step.details),
            )
            if not same or entry is None or subject not in entry.subjects:
                raise _fail("sample-custody", f"sample {sample.ref[:80]}'s step {step.seq} ({step.action}) is not"
                                              " the custody entry the signed log holds under that number")  # fmt: skip
    for shipment in report.shipments.values():
        digest = manifest.get(shipment.document)
        if digest is None:
            raise _fail("shipment-manifest", f"the manifest of shipment {shipment.manifest[:80]} ({shipment.document})"
                                             " is not in the bundle")  # fmt: skip
        if digest != shipment.document_sha256:
            raise _fail("shipment-manifest", f"the manifest of shipment {shipment.manifest[:80]} is not the document"
                                             " its record names (SHA-256 differs)")  # fmt: skip
    if report.samples or report.shipments:
        checked = sum(1 for s in report.samples.values() for step in s.steps if first <= step.seq <= last)
        report.checks.append(Check("samples", True, f"{plural(len(report.samples), 'sample')} ({checked} custody"
                                   f" step(s) match the signed log), {plural(len(report.shipments), 'shipment')}"
                                   " with their manifests"))  # fmt: skip


def _count_fingerprints(seen: set[str], report: Report) -> None:
    """Not a check but a note for HQ's AFIS operator, shown only when there are transactions."""
    transactions = sum(1 for name in seen if name.startswith("data/biometrics/"))
    if transactions:
        report.checks.append(Check("fingerprints", True, f"{transactions} ANSI/NIST-ITL transaction(s) for the AFIS"
                                                         " ('fieldkit hq export-nist' writes them out)"))  # fmt: skip


def _note_identification(report: Report) -> None:
    """Not a check but a note, shown only when the bundle carries templates or watchlist hits."""
    if report.templates or report.hits:
        decided = sum(1 for hit in report.hits.values() if hit.decision is not None)
        report.checks.append(Check("identification", True, f"templates of {plural(len(report.templates), 'capture')},"
                                   f" {plural(len(report.hits), 'watchlist hit')} ({decided} decided)"))  # fmt: skip


def _note_left_out(info: BundleInfo, report: Report) -> None:
    """Not a check but a note, shown only when the device left derived products out (their originals travelled)."""
    if info.left_out:
        report.checks.append(Check("left out", True, f"{len(info.left_out)} derived product(s) the device could not"
                                                     " make are named with the reason"))  # fmt: skip


def _check_trailer(stream: _Stream, limits: BundleLimits, report: Report) -> None:
    # After the end-of-archive blocks only zero padding may follow (tar pads to its record size, 10 KiB).
    padding = stream.decrypted.read(limits.max_tar_padding_bytes + 1)
    if len(padding) > limits.max_tar_padding_bytes or padding.strip(b"\0"):
        raise _fail("tar-trailing", "the archive inside the bundle has data after its end")
    stream.decrypted.finish()
    if stream.hashing.read(1):
        raise _fail("trailing-data", "the bundle has data after its end")
    report.file_sha256 = stream.hashing.hexdigest()
    report.checks.append(Check("end", True, "the archive and the encrypted stream end exactly where they should"))


def _verify(source: BinaryIO, trust: Trust, report: Report, limits: BundleLimits, thumbnail: Thumbnailer | None,
            biometrics: bool, hashers: _Hashers) -> None:  # fmt: skip
    stream = _decrypt(source, trust, limits, report, hashers)
    tags = _read_claim(stream, limits, report)  # bagit.txt, bag-info.txt: small, nothing trusted
    signer = _check_signer(tags, trust, report)
    _read_rest(stream, tags, limits, report)  # capped, hashed; the manifest and fieldkit.json kept only when small
    _check_signature(tags, tags.device_id, signer, trust, report)
    _check_tag_manifest(tags, report)
    if tags.unread:  # only from here on are the tag files worth their memory: read them again, whole
        stream = _read_unread(source, tags, trust, limits, hashers)
    unverified_info = _read_info(tags, limits, report)
    info = _trust_info(tags, unverified_info, signer, report)  # only from here on is fieldkit.json trusted
    manifest = _check_bag_info(tags, info, report)
    seen = _stream_payload(stream, tags.bag, info, manifest, limits, report, thumbnail, biometrics)
    _check_amendments(info, report)
    _check_custody(info, report)
    _check_samples(info, manifest, report)
    _count_fingerprints(seen, report)
    _note_identification(report)
    _note_left_out(info, report)
    _check_trailer(stream, limits, report)


def check_bundle(path: Path, trust: Trust, limits: BundleLimits = BUNDLE_LIMITS, *,
                 thumbnail: Thumbnailer | None = None, biometrics: bool = False,
                 progress: Callable[[int], None] | None = None) -> Report:  # fmt: skip
    """Verify the bundle file ``path`` completely; never raises a BundleError (it is in the report).
    ``progress(bytes_read)`` follows the reading (as check_stream).

    ``thumbnail`` (e.g. hq.thumbnails.render) makes a preview of each picture in the payload, into report.thumbnails;
    ``biometrics`` keeps the ANSI/NIST-ITL transactions in report.biometrics (emptied if the bundle fails)."""
    try:
        source = open(path, "rb")  # noqa: SIM115 - closed below; an unopenable file is a report, not an error
    except OSError as exc:
        return _cannot_read(Report(path=str(path)), exc)
    with source:
        return check_stream(
            source, trust, limits, name=str(path), thumbnail=thumbnail, biometrics=biometrics, progress=progress
        )


def check_stream(source: BinaryIO, trust: Trust, limits: BundleLimits = BUNDLE_LIMITS, *, name: str = "",
                 thumbnail: Thumbnailer | None = None, biometrics: bool = False,
                 progress: Callable[[int], None] | None = None) -> Report:  # fmt: skip
    """Verify the bundle read from ``source`` (a file, or an object store's GET stream), from its current position
    to its end; ``name`` (where it is) becomes report.path. Never raises a BundleError (it is in the report).
    ``progress(bytes_read)`` after each read: how far into the source it got (a second pass, see below, is not
    counted again), for a caller that shows it.

    ``source`` is read once, front to back, unless the bundle's payload manifest and fieldkit.json are too large to
    keep before the signature holds: then it is read again from offset 0 (``seek(0)``: a file, or
    S3Storage.open's stream, which starts another GET). An error of the store itself (HqBackendError: the network,
    the object store) is raised, not reported: it says nothing about the bundle."""
    report = Report(path=name)
    hashers = _Hashers()
    counted = _Counted(source, progress)
    try:
        _verify(counted, trust, report, limits, thumbnail, biometrics, hashers)  # type: ignore[arg-type]
    except BundleError as exc:
        error = exc
        if counted.count == 0:  # said as it is, not as a header that "ends too early"
            error = BundleFormatError("the file is empty (0 bytes)", reason="age-header")
        report.ok = False
        report.error = error
        report.reason = error.reason
        report.message = error.message
        report.checks.append(Check(error.reason, False, error.message))
        report.biometrics.clear()  # nothing from a bundle that failed may be used
        return report
    except HqBackendError:
        raise
    except _NotSeekable:
        what = name or "the bundle"
        raise InvalidValueError(f"{what}: its tag files are too large to keep before the signature holds, so it is"
                                " read twice: give check_stream a seekable source") from None  # fmt: skip
    except OSError as exc:
        return _cannot_read(report, exc)
    except Exception as exc:  # a hostile bundle reached a bug: refuse it (unreadable), never crash the caller
        return _unreadable(report, exc)
    finally:
        hashers.close()
    report.ok = True
    report.message = "the bundle is authentic, complete and unaltered"
    return report


class _Counted:
    """The source, counting what was read (an empty file is said as such), and how far into it a read got (for
    ``progress``: the furthest position, so a second pass from 0 does not count again)."""

    def __init__(self, source: BinaryIO, progress: Callable[[int], None] | None = None) -> None:
        self._source = source
        self._progress = progress
        self.count = 0
        self._position = 0
        self._furthest = 0

    def read(self, n: int = -1) -> bytes:
        data = self._source.read(n)
        self.count += len(data)
        self._position += len(data)
        if self._progress is not None and self._position > self._furthest:
            self._furthest = self._position
            self._progress(self._furthest)
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        seekable = getattr(self._source, "seekable", None)
        if seekable is None or not seekable():
            raise _NotSeekable
        self._position = self._source.seek(offset, whence)
        return self._position


class _NotSeekable(Exception):
    """The source cannot be read a second time: the caller's mistake, not the bundle's."""


def _cannot_read(report: Report, exc: OSError) -> Report:
    report.reason = "unreadable"
    report.message = f"the bundle cannot be read: {exc.strerror or exc}"
    report.checks.append(Check("read", False, report.message))
    return report


def _unreadable(report: Report, exc: Exception) -> Report:
    """The report of a bundle whose verification failed in a way no check foresaw (a bug a hostile bundle reached):
    refused as ``unreadable``, nothing of it trusted, the error named by its type only (never its content)."""
    report.ok = False
    report.reason = "unreadable"
    report.message = f"the bundle cannot be verified: unexpected error ({type(exc).__name__})"
    report.error = BundleFormatError(report.message, reason="unreadable")
    report.checks.append(Check("unreadable", False, report.message))
    report.biometrics.clear()
    report.thumbnails.clear()
    return report


def verify_bundle(path: Path, trust: Trust, limits: BundleLimits = BUNDLE_LIMITS) -> Report:
    """Like check_bundle, but raise the BundleError when the bundle is not valid."""
    report = check_bundle(path, trust, limits)
    if not report.ok:
        raise report.error or BundleError(report.message, reason=report.reason)
    return report
