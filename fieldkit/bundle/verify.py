"""Verifying a bundle at headquarters, streaming, without writing anything.

Order matters: decrypt (age header MAC), read the tag files, check the signature against allowed_signers and the
revocation list, and only then trust what the tag files say; then hash every payload entry against the signed
manifest as it streams past. ``check_bundle`` returns a report for people and the GUI; ``verify_bundle`` raises.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit import media_types
from fieldkit.bundle import age, format, sshsig, tarstream
from fieldkit.bundle.trust import Trust
from fieldkit.config import BUNDLE_LIMITS, DEFAULT_LIMITS, BundleLimits
from fieldkit.errors import (
    BundleError,
    BundleFormatError,
    RevokedSignerError,
    SignatureError,
    UnknownSignerError,
)

_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Report:
    """Everything a verifier learned. ``ok`` is True only when every check passed."""

    path: str
    ok: bool = False
    reason: str | None = None
    message: str = ""
    checks: list[Check] = field(default_factory=list)
    file_sha256: str = ""
    info: dict[str, Any] = field(default_factory=dict)
    tagmanifest_sha256: str = ""
    records: dict[str, Any] = field(default_factory=dict)
    signer: str = ""
    error: BundleError | None = None
    thumbnails: dict[str, bytes] = field(default_factory=dict)
    # ANSI/NIST-ITL transactions (data/biometrics/*.an2) kept in memory when asked for; use them only if ok.
    biometrics: dict[str, bytes] = field(default_factory=dict)

    @property
    def device_id(self) -> str:
        return str(self.info.get("device_id", ""))

    @property
    def sequence(self) -> int:
        value = self.info.get("sequence", 0)
        return value if isinstance(value, int) else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "ok": self.ok, "reason": self.reason, "message": self.message,
            "checks": [c.__dict__ for c in self.checks], "file_sha256": self.file_sha256,
            "tagmanifest_sha256": self.tagmanifest_sha256, "device_id": self.device_id, "sequence": self.sequence,
            "bundle_id": self.info.get("bundle_id"), "signer": self.signer,
            "previous_tagmanifest_sha256": self.info.get("previous_tagmanifest_sha256"),
            "abandoned_sequences": self.info.get("abandoned_sequences", []),
        }  # fmt: skip


class _HashingReader:
    """Hashes the bundle file's own bytes as they are read (the receipt and the index name bundles by it)."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._source.read(n)
        self.digest.update(data)
        return data


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
        if not sep or not _HEX64.fullmatch(digest):
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


def _check_info(unverified: Any, limits: BundleLimits) -> dict[str, Any]:
    """Shape of fieldkit.json (types and bounds); what it claims is trusted only after the signature."""
    if not isinstance(unverified, dict) or unverified.get("format") != format.FORMAT:
        raise _fail("fieldkit-json", "fieldkit.json is not a fieldkit bundle description")
    if unverified.get("version") != format.VERSION:
        raise _fail("version", f"bundle format version {unverified.get('version')!r} is not supported")
    checks = {
        "bundle_id": str, "device_id": str, "device_key": str, "sequence": int, "created_at": str,
        "payload": dict, "abandoned_sequences": list, "custody": dict, "counts": dict,
    }  # fmt: skip
    for key, kind in checks.items():
        if not isinstance(unverified.get(key), kind) or isinstance(unverified.get(key), bool):
            raise _fail("fieldkit-json", f"fieldkit.json has no valid {key}")
    if unverified["sequence"] < 1 or not all(isinstance(s, int) for s in unverified["abandoned_sequences"]):
        raise _fail("fieldkit-json", "fieldkit.json has an invalid sequence")
    previous = unverified.get("previous_tagmanifest_sha256")
    if previous is not None and not (isinstance(previous, str) and _HEX64.fullmatch(previous)):
        raise _fail("fieldkit-json", "fieldkit.json has an invalid previous_tagmanifest_sha256")
    payload = unverified["payload"]
    if len(payload) > limits.max_members:
        raise _fail("too-many-entries", "the bundle declares more entries than fieldkit accepts")
    for name, size in payload.items():
        tarstream.check_name(name)
        if not name.startswith("data/"):
            raise _fail("unsafe-name", f"payload entry outside data/: {name}")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= limits.max_member_bytes:
            raise _fail("oversized-entry", f"{name} declares an impossible size")
    return unverified


_THUMBNAIL_TYPES = tuple(media_types.BY_TYPE[picture].suffixes[0] for picture in media_types.PICTURES)


def _thumbnail(data: bytes) -> bytes | None:
    """A small JPEG of a verified photo, in memory only (for the HTML report); None if it cannot be decoded."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > DEFAULT_LIMITS.max_image_pixels:
                return None
            image.draft("RGB", (320, 320))
            image.thumbnail((240, 240))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
            return out.getvalue()
    except Exception:  # a hostile or unusual image only loses its thumbnail
        return None


def _verify(source: BinaryIO, trust: Trust, report: Report, limits: BundleLimits, thumbnails: bool = False,
            biometrics: bool = False) -> None:  # fmt: skip
    hashing = _HashingReader(source)
    reader = age.AgeReader(hashing, trust.identities)  # type: ignore[arg-type]
    report.checks.append(Check("decrypt", True, "the age header authenticates with this HQ's identity"))
    tar = tarstream.TarReader(reader, limits.max_member_bytes)  # type: ignore[arg-type]

    def next_file() -> tarstream.Member | None:
        while True:
            member = tar.next()
            if member is None or not member.directory:
                return member

    tag_files: dict[str, bytes] = {}
    bag = ""
    for expected in format.TAG_ORDER:
        member = next_file()
        if member is None:
            raise _fail("tag-files", f"the bundle ends before its tag file {expected}")
        top, _, rest = member.name.partition("/")
        bag = bag or top
        if top != bag or rest != expected:
            raise _fail("tag-order", f"expected the tag file {expected} but found {member.name}")
        tag_files[expected] = tar.read_all(limits.max_tag_file_bytes)

    unverified_info = _check_info(format.strict_json(tag_files[format.FIELDKIT_JSON], "fieldkit.json"), limits)
    device_id = unverified_info["device_id"]
    report.info = unverified_info
    signer = trust.signers.get(device_id)
    if signer is None:
        raise UnknownSignerError(f"device {device_id} is not enrolled at this HQ", reason="unknown-signer")
    if trust.is_revoked(signer.key):
        raise RevokedSignerError(f"device {device_id}'s key is revoked", reason="revoked-signer")
    signature = sshsig.verify(tag_files[format.SIGNATURE], format.NAMESPACE, tag_files[format.TAGMANIFEST])
    if trust.is_revoked(signature.public_key):
        raise RevokedSignerError("the bundle is signed with a revoked key", reason="revoked-signer")
    if signature.public_key.public_bytes_raw() != signer.key.public_bytes_raw():
        raise SignatureError(f"the bundle is not signed by device {device_id}'s enrolled key", reason="wrong-signer")
    if format.NAMESPACE not in signer.namespaces and signer.namespaces:
        raise SignatureError("the device is not allowed to sign bundles", reason="signature-namespace")
    report.signer = f"{device_id} ({sshsig.fingerprint(signer.key)})"
    report.checks.append(Check("signature", True, f"tag manifest signed by enrolled device {report.signer}"))

    tagmanifest = _parse_manifest(tag_files[format.TAGMANIFEST], "tagmanifest-sha256.txt")
    if set(tagmanifest) != set(format.SIGNED_TAG_FILES):
        raise _fail("tagmanifest", "the tag manifest does not list exactly the bundle's tag files")
    for name in format.SIGNED_TAG_FILES:
        if hashlib.sha256(tag_files[name]).hexdigest() != tagmanifest[name]:
            raise _fail("tag-hash", f"{name} does not match the signed tag manifest")
    report.tagmanifest_sha256 = hashlib.sha256(tag_files[format.TAGMANIFEST]).hexdigest()
    info = unverified_info  # from here on covered by the signature
    if sshsig.public_key_line(signer.key) != info["device_key"].strip():
        raise _fail("fieldkit-json", "fieldkit.json names another device key than the signer's")
    if bag != format.bag_name(device_id, info["sequence"]):
        raise _fail("bag-name", f"the bag folder {bag} does not match device and sequence")
    if tag_files[format.BAGIT_TXT] != format.BAGIT_TXT_CONTENT:
        raise _fail("bagit-txt", "bagit.txt is not BagIt 1.0 in UTF-8")
    bag_info = _parse_bag_info(tag_files[format.BAG_INFO])
    payload: dict[str, int] = info["payload"]
    oxum = f"{sum(payload.values())}.{len(payload)}"
    expected_fields = {
        "Payload-Oxum": oxum, "External-Identifier": info["bundle_id"], "Fieldkit-Device-Id": device_id,
        "Fieldkit-Sequence": str(info["sequence"]),
    }  # fmt: skip
    for key, value in expected_fields.items():
        if bag_info.get(key) != value:
            raise _fail("bag-info", f"bag-info.txt {key} disagrees with fieldkit.json")
    manifest = _parse_manifest(tag_files[format.MANIFEST], "manifest-sha256.txt")
    if set(manifest) != set(payload):
        raise _fail("manifest", "the payload manifest and fieldkit.json list different files")
    report.checks.append(Check("tag files", True, f"bag-info, manifests and fieldkit.json agree ({oxum})"))

    seen: set[str] = set()
    while True:
        member = next_file()
        if member is None:
            break
        top, _, name = member.name.partition("/")
        if top != bag or name not in manifest:
            raise _fail("extra-entry", f"the bundle holds a file its manifest does not list: {member.name}")
        if name in seen:
            raise _fail("duplicate-name", f"the bundle holds {name} twice")
        if member.size != payload[name]:
            raise _fail("size-mismatch", f"{name} is {member.size} bytes, the signed manifest says {payload[name]}")
        seen.add(name)
        digest = hashlib.sha256()
        record = name.startswith("data/records/") or name == "data/custody.jsonld"
        if record and member.size > limits.max_record_bytes:
            raise _fail("oversized-entry", f"the record {name} is larger than fieldkit accepts")
        picture = (
            thumbnails and name.endswith(_THUMBNAIL_TYPES) and member.size <= limits.max_report_thumbnail_source_bytes
        )
        transaction = biometrics and name.startswith("data/biometrics/") and name.endswith(".an2")
        if transaction and member.size > limits.max_transaction_bytes:
            raise _fail("oversized-entry", f"the fingerprint transaction {name} is larger than fieldkit accepts")
        keep = record or picture or transaction
        kept = []
        for piece in tar.read_member():
            digest.update(piece)
            if keep:
                kept.append(piece)
        if digest.hexdigest() != manifest[name]:
            raise _fail("payload-hash", f"{name} does not match its SHA-256 in the signed manifest")
        if record:
            report.records[name] = format.strict_json(b"".join(kept), name)
        elif transaction:
            report.biometrics[name] = b"".join(kept)
        elif picture and (small := _thumbnail(b"".join(kept))) is not None:
            report.thumbnails[name] = small
    missing = sorted(set(manifest) - seen)
    if missing:
        raise _fail("missing-entry", f"{len(missing)} files of the manifest are missing, e.g. {missing[0]}")
    report.checks.append(Check("payload", True, f"{len(seen)} files match the signed manifest"))
    transactions = sum(1 for name in seen if name.startswith("data/biometrics/"))
    if transactions:
        report.checks.append(Check("fingerprints", True, f"{transactions} ANSI/NIST-ITL transaction(s) for the AFIS"
                                                         " ('fieldkit hq export-nist' writes them out)"))  # fmt: skip
    # After the end-of-archive blocks only zero padding may follow (tar pads to its record size, 10 KiB).
    padding = reader.read(limits.max_tar_padding_bytes + 1)
    if len(padding) > limits.max_tar_padding_bytes or padding.strip(b"\0"):
        raise _fail("tar-trailing", "the archive inside the bundle has data after its end")
    reader.finish()
    if source.read(1):
        raise _fail("trailing-data", "the bundle has data after its end")
    report.file_sha256 = hashing.digest.hexdigest()
    report.checks.append(Check("end", True, "the archive and the encrypted stream end exactly where they should"))


def check_bundle(path: Path, trust: Trust, limits: BundleLimits = BUNDLE_LIMITS, *, thumbnails: bool = False,
                 biometrics: bool = False) -> Report:  # fmt: skip
    """Verify ``path`` completely; never raises a BundleError (it is in the report)."""
    report = Report(path=str(path))
    try:
        with open(path, "rb") as source:
            _verify(source, trust, report, limits, thumbnails, biometrics)
    except BundleError as exc:
        report.ok = False
        report.error = exc
        report.reason = exc.reason
        report.message = exc.message
        report.checks.append(Check(exc.reason, False, exc.message))
        report.biometrics.clear()  # nothing from a bundle that failed may be used
        return report
    except OSError as exc:
        report.reason = "unreadable"
        report.message = f"the bundle cannot be read: {exc.strerror or exc}"
        report.checks.append(Check("read", False, report.message))
        return report
    report.ok = True
    report.message = "the bundle is authentic, complete and unaltered"
    return report


def verify_bundle(path: Path, trust: Trust, limits: BundleLimits = BUNDLE_LIMITS) -> Report:
    """Like check_bundle, but raise the BundleError when the bundle is not valid."""
    report = check_bundle(path, trust, limits)
    if not report.ok:
        raise report.error or BundleError(report.message, reason=report.reason)
    return report
