"""The watchlist file HQ sends to devices (issue 17), both sides: HQ builds a ``WatchlistDocument`` and ``seal``s it;
the device ``import_file``s it into its encrypted store. docs/watchlist-format.md specifies the format for a reader
written elsewhere; in short:

- an age v1 file (bundle/age.py) with one ``ssh-ed25519`` recipient stanza per device it is for: HQ encrypts to the
  Ed25519 key each device enrolled with (allowed_signers), the device opens it with the same key (its store);
- inside, a POSIX ustar archive (bundle/tarstream.py's subset) of exactly two files: ``watchlist.json`` (the
  document) and ``watchlist.json.sig`` (an armored SSHSIG over it, namespace ``fieldkit-watchlist``, by HQ's
  hq-receipt.key, whose public half the device pinned from its provisioning file).

So ``age -d -i device_key file | tar x`` and ``ssh-keygen -Y verify -n fieldkit-watchlist`` check it with standard
tools. Reading treats the file as hostile: bounded size, header and stanzas; the document is parsed only after its
signature verified with the pinned key, and then checked field by field (every template by Template.from_json).
The plaintext exists only in memory: nothing of it is written to disk outside the encrypted store.

Refusals, one error each: not HQ's or altered (WatchlistSignatureError, 65), not for this device
(WatchlistNotForDeviceError, 66), not newer than the one held (WatchlistReplayError, 67), expired
(WatchlistExpiredError, 68).
"""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.biometrics.templates import Template
from fieldkit.bundle import age, sshsig, tarstream
from fieldkit.bundle._fields import JsonObject
from fieldkit.bundle.format import strict_json
from fieldkit.bundle.provisioning import HQ_KEY_SETTING, RECEIPT_KEY_SETTING
from fieldkit.config import BUNDLE_LIMITS, IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import (
    BundleDecryptError,
    BundleError,
    FieldkitError,
    InvalidValueError,
    NotProvisionedError,
    WatchlistExpiredError,
    WatchlistNotForDeviceError,
    WatchlistReplayError,
    WatchlistSignatureError,
)
from fieldkit.store.store import Store
from fieldkit.store.watchlist import EntryRow, WatchlistInfo

FORMAT = "fieldkit-watchlist"
FORMAT_VERSION = 1
NAMESPACE = "fieldkit-watchlist"  # the SSHSIG namespace of the document's signature
DOCUMENT = "watchlist.json"
SIGNATURE = "watchlist.json.sig"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # RFC 3339, UTC, whole seconds

# What the operator is told to do on a hit: the code travels in the file, the words are shown.
INSTRUCTIONS: dict[str, str] = {
    "detain": "Detain the subject if it is safe to do so, and report to HQ at once.",
    "do-not-alert": "Do not alert the subject: finish the capture as usual and report to HQ discreetly.",
    "collect-and-report": "Collect everything you can from the subject and report to HQ.",
}
DEFAULT_INSTRUCTIONS = "collect-and-report"


def instructions_words(code: str) -> str:
    """The words shown to the operator for an instructions code (an unknown code is shown as it is)."""
    return INSTRUCTIONS.get(code, code)


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def parse_time(text: str) -> datetime:
    try:
        return datetime.strptime(text, TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise InvalidValueError(f"{text[:40]!r} is not a time of the form 2025-01-31T12:00:00Z") from None


def check_text(value: str, what: str, limit: int, *, one_line: bool = True, empty: bool = True) -> str:
    """A reference, category or note as HQ takes it and a device accepts it: at most ``limit`` characters, printable
    (a note may hold line breaks)."""
    if not value and not empty:
        raise InvalidValueError(f"{what} is empty")
    if len(value) > limit:
        raise InvalidValueError(f"{what} is longer than {limit} characters")
    if not all(c.isprintable() or (c == "\n" and not one_line) for c in value):
        raise InvalidValueError(f"{what} holds a control character")
    return value


@dataclass(frozen=True)
class Entry:
    ref: str
    category: str
    instructions: str
    note: str
    templates: tuple[Template, ...]

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "category": self.category, "instructions": self.instructions, "note": self.note,
                "templates": [t.to_json() for t in self.templates]}  # fmt: skip


@dataclass(frozen=True)
class WatchlistDocument:
    """What HQ signs: ``version`` counts up per HQ, ``device`` is the device id it is for (None: every device it is
    encrypted to)."""

    version: int
    issued_at: str
    expires_at: str
    hq: str  # HQ's organisation
    device: str | None
    entries: tuple[Entry, ...]

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": FORMAT_VERSION, "version": self.version,
                "issued_at": self.issued_at, "expires_at": self.expires_at, "hq": self.hq, "device": self.device,
                "entries": [e.to_json() for e in self.entries]}  # fmt: skip

    def encode(self) -> bytes:
        """The signed bytes: compact JSON, keys sorted, ASCII only, one line feed at the end."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode() + b"\n"

    @property
    def template_count(self) -> int:
        return sum(len(e.templates) for e in self.entries)

    @classmethod
    def from_json(cls, unverified: object, limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> WatchlistDocument:
        """The document from parsed JSON, every field checked (InvalidValueError says which)."""
        keys = ("format", "format_version", "version", "issued_at", "expires_at", "hq", "device", "entries")
        obj = JsonObject(unverified, "the watchlist", keys, InvalidValueError)
        if obj.raw("format") != FORMAT:
            raise InvalidValueError("not a fieldkit watchlist document")
        if obj.integer("format_version") != FORMAT_VERSION:
            raise InvalidValueError("the watchlist was made by a newer fieldkit HQ: update fieldkit")
        issued, expires = obj.text("issued_at"), obj.text("expires_at")
        if parse_time(expires) <= parse_time(issued):
            raise InvalidValueError("the watchlist expires before it was issued")
        device = obj.optional_text("device")
        if device is not None:
            check_text(device, "the watchlist's device", limits.max_watchlist_ref_chars, empty=False)
        raw_entries = obj.array("entries")
        if len(raw_entries) > limits.max_watchlist_entries:
            raise InvalidValueError(f"the watchlist holds more than {limits.max_watchlist_entries} entries")
        entries = tuple(_entry(value, limits) for value in raw_entries)
        refs = [e.ref for e in entries]
        if len(set(refs)) != len(refs):
            raise InvalidValueError("the watchlist names one reference twice")
        hq = check_text(obj.text("hq"), "the watchlist's HQ", limits.max_watchlist_ref_chars)
        return cls(obj.integer("version", 1), issued, expires, hq, device, entries)


def _entry(unverified: object, limits: IdentificationLimits) -> Entry:
    obj = JsonObject(unverified, "a watchlist entry", ("ref", "category", "instructions", "note", "templates"),
                     InvalidValueError)  # fmt: skip
    ref = check_text(obj.text("ref"), "an entry's reference", limits.max_watchlist_ref_chars, empty=False)
    category = check_text(obj.text("category"), f"the category of {ref}", limits.max_watchlist_ref_chars)
    note = check_text(obj.text("note"), f"the note of {ref}", limits.max_watchlist_note_chars, one_line=False)
    instructions = obj.text("instructions")
    if instructions not in INSTRUCTIONS:
        raise InvalidValueError(f"{ref} has unknown instructions {instructions[:40]!r}")
    raw = obj.array("templates")
    if not raw or len(raw) > limits.max_templates_per_entry:
        raise InvalidValueError(f"{ref} must carry 1 to {limits.max_templates_per_entry} templates")
    return Entry(ref, category, instructions, note, tuple(Template.from_json(value) for value in raw))


# --- HQ: sealing ------------------------------------------------------------------------------------------------


def seal(document: WatchlistDocument, key: Ed25519PrivateKey, recipients: Sequence[Ed25519PublicKey]) -> bytes:
    """The watchlist file: the document and its signature in a tar, encrypted to each device key in ``recipients``
    (checked against the limits first, so HQ never writes what a device would refuse)."""
    limits = IDENTIFICATION_LIMITS
    if not recipients or len(recipients) > limits.max_watchlist_devices:
        raise InvalidValueError(f"a watchlist file is encrypted to 1 to {limits.max_watchlist_devices} devices:"
                                " export it per device (--device)")  # fmt: skip
    if len(document.entries) > limits.max_watchlist_entries or any(
        not 1 <= len(e.templates) <= limits.max_templates_per_entry for e in document.entries
    ):
        raise InvalidValueError("the watchlist holds more entries, or an entry more templates, than a device accepts")
    body = document.encode()  # its templates are Template objects: checked by their codecs when made
    signature = sshsig.sign(key, NAMESPACE, body).encode("ascii")
    mtime = int(parse_time(document.issued_at).timestamp())
    plain = b"".join([tarstream.member_header(DOCUMENT, len(body), mtime), body, tarstream.padding(len(body)),
                      tarstream.member_header(SIGNATURE, len(signature), mtime), signature,
                      tarstream.padding(len(signature)), tarstream.end_of_archive()])  # fmt: skip
    out = io.BytesIO()
    writer = age.AgeWriter(out, list(recipients))
    writer.write(plain)
    writer.close()
    sealed = out.getvalue()
    if len(sealed) > limits.max_watchlist_bytes:
        raise InvalidValueError(f"the watchlist file would be {len(sealed)} bytes, more than a device accepts"
                                f" ({limits.max_watchlist_bytes}): remove entries or templates")  # fmt: skip
    return sealed


# --- the device: opening ------------------------------------------------------------------------------------------


def pinned_hq_key(store: Store) -> Ed25519PublicKey:
    """The HQ signing key this device pinned from its provisioning file; NotProvisionedError when there is none."""
    line = store.settings.get(HQ_KEY_SETTING) or store.settings.get(RECEIPT_KEY_SETTING)
    if not line:
        raise NotProvisionedError("this device holds no HQ signing key to check a watchlist with: import a"
                                  " provisioning file from HQ ('fieldkit provision import FILE') first")  # fmt: skip
    return sshsig.parse_public_key(*[*line.split(), "", ""][:2])


class _Hashing:
    """Reads a file, hashing what was read (the SHA-256 of the file is custody-logged)."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self.digest.update(data)
        return data


def _refused(exc: FieldkitError, path: Path) -> WatchlistSignatureError:
    # The age and tar readers speak of bundles (they read those first): here it is a watchlist file.
    said = exc.message.replace("the bundle", "the file").replace("bundle", "file")
    return WatchlistSignatureError(f"{path} is not a watchlist signed by your HQ, or was altered: {said}")


@dataclass(frozen=True)
class Opened:
    document: WatchlistDocument
    sha256: str  # of the whole file
    hq_key: str  # fingerprint of the key that signed it (the pinned one)


def open_file(path: Path, device_key: Ed25519PrivateKey, hq_key: Ed25519PublicKey,
              limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> Opened:  # fmt: skip
    """Decrypt ``path`` with the device key, verify the signature with the pinned ``hq_key`` and parse the document.
    WatchlistNotForDeviceError when no stanza is for this key; WatchlistSignatureError for anything else wrong."""
    try:
        size = path.stat().st_size
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InvalidValueError(f"cannot read {path}: {exc.strerror}") from exc
    if size > limits.max_watchlist_bytes:
        handle.close()
        raise WatchlistSignatureError(f"{path} is {size} bytes, more than a watchlist may be"
                                      f" ({limits.max_watchlist_bytes}): it is not one HQ made")  # fmt: skip
    with handle:
        source = _Hashing(handle)
        try:
            reader = age.AgeReader(source, [device_key], max_stanzas=limits.max_watchlist_devices)  # type: ignore[arg-type]
        except BundleDecryptError as exc:
            if exc.reason == "no-identity":
                raise WatchlistNotForDeviceError(f"{path} is not encrypted to this device's key") from None
            raise _refused(exc, path) from None
        except BundleError as exc:
            raise _refused(exc, path) from None
        try:
            tar = tarstream.TarReader(reader, limits.max_watchlist_bytes)  # type: ignore[arg-type]
            first = tar.next()
            if first is None or first.name != DOCUMENT:
                raise WatchlistSignatureError(f"{path} does not start with {DOCUMENT}")
            body = tar.read_all(limits.max_watchlist_bytes)
            second = tar.next()
            if second is None or second.name != SIGNATURE:
                raise WatchlistSignatureError(f"{path} holds no signature ({SIGNATURE})")
            signature = tar.read_all(BUNDLE_LIMITS.max_signature_bytes)
            if tar.next() is not None:
                raise WatchlistSignatureError(f"{path} holds more than the watchlist and its signature")
            reader.finish()
            while source.read(1 << 20):  # nothing may follow (finish() already refused trailing age data)
                pass
        except BundleError as exc:
            raise _refused(exc, path) from None
    try:
        signed = sshsig.verify(signature, NAMESPACE, body)
    except BundleError as exc:
        raise _refused(exc, path) from None
    if signed.public_key.public_bytes_raw() != hq_key.public_bytes_raw():
        raise WatchlistSignatureError(
            f"{path} is signed by the key {sshsig.fingerprint(signed.public_key)}, not by the HQ key this device"
            f" pinned ({sshsig.fingerprint(hq_key)})"
        )
    try:
        document = WatchlistDocument.from_json(strict_json(body, "the watchlist"), limits)
    except (InvalidValueError, BundleError) as exc:
        raise WatchlistSignatureError(f"{path} is signed by HQ but malformed: {exc.message}") from None
    return Opened(document, source.digest.hexdigest(), sshsig.fingerprint(hq_key))


@dataclass(frozen=True)
class Imported:
    version: int
    issued_at: str
    expires_at: str
    entries: int
    templates: int
    sha256: str
    hq_key: str
    device: str | None


def import_file(store: Store, path: Path, now: datetime | None = None,
                limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> Imported:  # fmt: skip
    """Check ``path`` (see open_file), then refuse a file for another device, one not newer than the watchlist held
    (from the same HQ key) and an expired one; else put it in place of the one held, in one transaction with its
    custody entry (version, counts, SHA-256: never a template)."""
    moment = now or datetime.now(UTC)
    hq_key = pinned_hq_key(store)
    opened = open_file(path, store.device_signing_key(), hq_key, limits)
    document = opened.document
    if document.device is not None and document.device != store.device_id:
        raise WatchlistNotForDeviceError(f"{path} is the watchlist of device {document.device}, not of this one"
                                         f" ({store.device_id})")  # fmt: skip
    held = store.watchlist.info()
    if held is not None and held.hq_key == opened.hq_key and document.version <= held.version:
        raise WatchlistReplayError(f"{path} is watchlist version {document.version}; this device already holds"
                                   f" version {held.version} (issued {held.issued_at})")  # fmt: skip
    if parse_time(document.expires_at) <= moment:
        raise WatchlistExpiredError(f"{path} (watchlist version {document.version}) expired at"
                                    f" {document.expires_at}")  # fmt: skip
    info = WatchlistInfo(document.version, document.issued_at, document.expires_at, opened.hq_key, document.device,
                         opened.sha256, format_time(moment))  # fmt: skip
    # One row at a time, each finger template's pre-filter vector computed as its row is written (the gallery's
    # load reads it: biometrics/identify.py, ``loaded``): the rows are never all held beside the document.
    rows = (EntryRow(e.ref, e.category, e.instructions, e.note,
                     tuple((t.modality, t.algorithm, t.finger, t.data) for t in e.templates),
                     tuple(stored_vector(t) for t in e.templates))
            for e in document.entries)  # fmt: skip
    result = Imported(document.version, document.issued_at, document.expires_at, len(document.entries),
                      document.template_count, opened.sha256, opened.hq_key, document.device)  # fmt: skip
    with store.write():
        store.watchlist.replace(info, rows)
        store.log("watchlist.imported", "watchlist", {
            "version": result.version, "issued_at": result.issued_at, "expires_at": result.expires_at,
            "entries": result.entries, "templates": result.templates, "sha256": result.sha256,
            "hq_key": result.hq_key, "device": result.device, "replaced": held.version if held else None,
        })  # fmt: skip
    return result


def stored_vector(template: Template) -> bytes | None:
    """What the device stores beside a watchlist template for its gallery: a finger template's pre-filter vector
    (Gallery.stored_vector), None for a face."""
    from fieldkit.biometrics.matching import Gallery  # lazy: numpy loads when a watchlist is imported, not at start

    return Gallery.stored_vector(template) if template.modality == "finger" else None


# --- the device: state ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    version: int
    issued_at: str
    expires_at: str
    imported_at: str
    entries: int
    templates: int
    hq_key: str  # fingerprint of the key that signed it
    device: str | None
    sha256: str
    expired: bool
    expiring_soon: bool  # within IdentificationLimits.watchlist_expiry_warning_s
    seconds_left: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def status(store: Store, now: datetime | None = None,
           limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> Status | None:  # fmt: skip
    """The watchlist held, or None when none was imported."""
    info = store.watchlist.info()
    if info is None:
        return None
    entries, templates = store.watchlist.counts()
    left = int((parse_time(info.expires_at) - (now or datetime.now(UTC))).total_seconds())
    return Status(info.version, info.issued_at, info.expires_at, info.imported_at, entries, templates, info.hq_key,
                  info.device_id, info.sha256, left <= 0, 0 < left <= limits.watchlist_expiry_warning_s,
                  left)  # fmt: skip


def watchlist_usable(store: Store, now: datetime | None = None) -> Literal[True] | str:
    """True when a watchlist is held and still valid; else why not, in words (searches skip it and say so)."""
    info = store.watchlist.info()
    if info is None:
        return "no watchlist has been imported on this device"
    if parse_time(info.expires_at) <= (now or datetime.now(UTC)):
        return f"the watchlist (version {info.version}) expired at {info.expires_at}: import a newer one from HQ"
    return True


def expiry(issued: datetime, days: int, limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> datetime:
    """When a file issued at ``issued`` with ``days`` of validity expires (1 to max_watchlist_valid_days)."""
    if not 1 <= days <= limits.max_watchlist_valid_days:
        raise InvalidValueError(f"--valid-days must be 1 to {limits.max_watchlist_valid_days}")
    return issued + timedelta(days=days)


def now_utc() -> datetime:
    """Now, to whole seconds (what the file's times carry)."""
    return datetime.fromtimestamp(int(time.time()), UTC)
