"""Encoding a bundle: payload entries in, one signed (SSHSIG), encrypted (age) BagIt tar out (docs/bundle-format.md).

Design: the writer knows the format and nothing of where the content comes from, so it imports nothing above
bundle/ and writes a bundle from hand-made ``BundleContents`` as well as from the device's store (outgoing/ builds
them there). One streaming pass: the tag files (bagit.txt, bag-info.txt, the payload manifest, fieldkit.json, the
tag manifest and its signature) come first, because every hash they list is known before a byte of payload is
written; an entry carries its bytes, or an ``open()`` that streams them (an original of several GB), so memory stays
flat. What fieldkit.json counts is derived from the entries, so it cannot disagree with them.

Written to a folder, the bundle appears under its standard name only once it is whole: a hidden partial file,
fsync, rename, fsync of the folder. Any failure (a full disk, a cancel raised by ``progress``) removes the partial.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit import __version__
from fieldkit._internal import fsutil
from fieldkit.bundle import age, format, sshsig, tarstream
from fieldkit.bundle.manifest import (
    AmendmentRecord,
    BundleInfo,
    CaptureRecord,
    Counts,
    CustodyRange,
    ItemRecord,
    LeftOut,
)
from fieldkit.config import BUNDLE_LIMITS, BundleLimits
from fieldkit.errors import BundleFormatError, ExportError, InvalidValueError

SOFTWARE = f"fieldkit {__version__}"


@dataclass(frozen=True)
class Entry:
    """One payload file of the bag: ``data/...``, its size and SHA-256, and either its bytes or ``open``.

    ``open()`` must yield exactly ``size`` bytes that hash to ``sha256``; the writer checks the size but does not hash
    them again (the store's authenticated read guarantees the bytes; headquarters hashes everything anyway)."""

    name: str
    size: int
    sha256: str
    content: bytes | None = None
    open: Callable[[], Iterable[bytes]] | None = None

    def __post_init__(self) -> None:
        if (self.content is None) == (self.open is None):
            raise InvalidValueError(f"the bundle entry {self.name} needs either its bytes or a way to open them")

    @classmethod
    def of_bytes(cls, name: str, data: bytes) -> Entry:
        return cls(name, len(data), hashlib.sha256(data).hexdigest(), content=data)

    @classmethod
    def of_json(cls, name: str, value: Any) -> Entry:
        """A JSON payload file (a record, the custody log) in the canonical form the format uses."""
        return cls.of_bytes(name, format.canonical_json(value))

    @classmethod
    def streamed(cls, name: str, size: int, sha256: str, open: Callable[[], Iterable[bytes]]) -> Entry:
        return cls(name, size, sha256, open=open)

    def chunks(self) -> Iterable[bytes]:
        if self.content is not None:
            return (self.content,)
        assert self.open is not None  # __post_init__ guarantees one of the two
        return self.open()


@dataclass(frozen=True)
class BundleContents:
    """Everything a bundle says, but what the writer derives (device key, counts, sizes, manifests, signature)."""

    bundle_id: str
    device_id: str
    sequence: int
    created: datetime
    organisation: str
    previous_tagmanifest_sha256: str | None  # of the device's previous complete bundle; None for its first
    abandoned_sequences: tuple[int, ...]
    custody: CustodyRange
    entries: tuple[Entry, ...]  # written in this order
    # The captures' derived products this bundle does not carry, with the reason (fieldkit.json's left_out).
    left_out: tuple[LeftOut, ...] = ()
    software: str = SOFTWARE


@dataclass(frozen=True)
class WrittenBundle:
    path: Path | None  # None when written to a stream
    size: int
    payload_bytes: int
    tagmanifest_sha256: str
    info: BundleInfo
    # The SHA-256 of the file's bytes as they were written (the device records it: a copy damaged later, on a drive
    # or in the outbox, is told apart from the bundle it made).
    file_sha256: str = ""


Sink = age.Writable


def member_size(size: int) -> int:
    """Bytes a payload file of ``size`` bytes takes in the tar (header and padding)."""
    return tarstream.BLOCK + size + (-size % tarstream.BLOCK)


def encrypted_size(plain: int) -> int:
    """An upper bound of the age file around ``plain`` bytes of tar."""
    chunks = max(1, -(-plain // age.CHUNK))
    return plain + chunks * age.TAG + 1024  # header with a few recipients stays well below 1 KiB each


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # the form of the store's timestamps


def _check_entries(entries: tuple[Entry, ...], limits: BundleLimits) -> None:
    """Refuse what a verifier would refuse, before a byte is written."""
    if len(entries) > limits.max_members:
        raise InvalidValueError(f"a bundle holds at most {limits.max_members} files; this one would hold more")
    names: set[str] = set()
    for entry in entries:
        try:
            tarstream.check_name(entry.name)
        except BundleFormatError as exc:  # the reader's error; here it is a value to correct, not a bad bundle
            raise InvalidValueError(exc.message) from None
        if not entry.name.startswith("data/"):
            raise InvalidValueError(f"the bundle entry {entry.name} is outside data/")
        if entry.name in names:
            raise InvalidValueError(f"the bundle would hold {entry.name} twice")
        if not 0 <= entry.size <= limits.max_member_bytes:
            raise InvalidValueError(f"{entry.name} ({entry.size} bytes) is larger than a bundle may hold")
        names.add(entry.name)


def _count(entries: tuple[Entry, ...], folder: str) -> int:
    return sum(1 for entry in entries if entry.name.startswith(folder))


def _tag_files(contents: BundleContents, signing_key: Ed25519PrivateKey) -> tuple[dict[str, bytes], BundleInfo]:
    entries = contents.entries
    payload_bytes = sum(e.size for e in entries)
    custody = contents.custody
    info = BundleInfo(
        bundle_id=contents.bundle_id,
        device_id=contents.device_id,
        device_key=sshsig.public_key_line(signing_key.public_key()),
        sequence=contents.sequence,
        previous_tagmanifest_sha256=contents.previous_tagmanifest_sha256,
        abandoned_sequences=contents.abandoned_sequences,
        created_at=_utc_text(contents.created),
        organisation=contents.organisation,
        software=contents.software,
        custody=custody,
        counts=Counts(
            captures=_count(entries, CaptureRecord.FOLDER),
            items=_count(entries, ItemRecord.FOLDER),
            custody_entries=custody.to_seq - custody.from_seq + 1,
            amendments=_count(entries, AmendmentRecord.FOLDER),
        ),
        payload={e.name: e.size for e in entries},
        left_out=contents.left_out,
    )
    bag_info = "".join(
        f"{key}: {value}\n"
        for key, value in [
            ("Source-Organization", contents.organisation or "unspecified"),
            ("External-Identifier", contents.bundle_id),
            ("Bagging-Date", contents.created.date().isoformat()),
            ("Payload-Oxum", f"{payload_bytes}.{len(entries)}"),
            ("Bag-Software-Agent", contents.software),
            ("Fieldkit-Device-Id", contents.device_id),
            ("Fieldkit-Sequence", contents.sequence),
            ("Fieldkit-Previous-Tagmanifest-SHA256", contents.previous_tagmanifest_sha256 or "none"),
            ("Fieldkit-Capture-Count", info.counts.captures),
        ]
    ).encode()
    tag_files = {
        format.BAGIT_TXT: format.BAGIT_TXT_CONTENT,
        format.BAG_INFO: bag_info,
        format.MANIFEST: "".join(f"{e.sha256}  {e.name}\n" for e in sorted(entries, key=lambda e: e.name)).encode(),
        format.FIELDKIT_JSON: format.canonical_json(info.to_json()),
    }
    tagmanifest = "".join(
        f"{hashlib.sha256(tag_files[name]).hexdigest()}  {name}\n" for name in format.SIGNED_TAG_FILES
    ).encode()
    tag_files[format.TAGMANIFEST] = tagmanifest
    tag_files[format.SIGNATURE] = sshsig.sign(signing_key, format.NAMESPACE, tagmanifest).encode()
    return tag_files, info


def _stream(sink: Sink, contents: BundleContents, tag_files: dict[str, bytes], recipients: list[str],
            progress: Callable[[int], None] | None) -> None:  # fmt: skip
    bag = format.bag_name(contents.device_id, contents.sequence)
    mtime = int(contents.created.timestamp())
    encrypted = age.AgeWriter(sink, recipients)
    for tag_name in format.TAG_ORDER:
        content = tag_files[tag_name]
        encrypted.write(tarstream.member_header(f"{bag}/{tag_name}", len(content), mtime))
        encrypted.write(content)
        encrypted.write(tarstream.padding(len(content)))
    for entry in contents.entries:
        encrypted.write(tarstream.member_header(f"{bag}/{entry.name}", entry.size, mtime))
        written = 0
        for chunk in entry.chunks():
            encrypted.write(chunk)
            written += len(chunk)
            if progress is not None and entry.open is not None:
                progress(len(chunk))
        if written != entry.size:
            raise ExportError(f"{entry.name} changed size while it was bundled")
        encrypted.write(tarstream.padding(entry.size))
    encrypted.write(tarstream.end_of_archive())
    encrypted.close()


def write_bundle(
    out: Path | Sink,
    contents: BundleContents,
    signing_key: Ed25519PrivateKey,
    recipients: list[str],
    *,
    limits: BundleLimits = BUNDLE_LIMITS,
    max_size: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> WrittenBundle:
    """Sign ``contents`` with the device's key and encrypt it to ``recipients`` (age1... lines).

    ``out`` is a folder (the bundle gets its standard name there, see the module docstring) or a binary stream the
    caller owns. Refused before anything is written: no recipient, an entry a verifier would refuse, or a bundle
    larger than ``max_size`` (default: ``limits.default_max_bundle_bytes``). ``progress(n)`` follows the streamed
    entries, ``n`` bytes at a time; an exception it raises (a cancel) stops the bundle."""
    if not recipients:
        raise InvalidValueError("a bundle needs at least one recipient to be encrypted for")
    _check_entries(contents.entries, limits)
    max_size = max_size or limits.default_max_bundle_bytes
    tag_files, info = _tag_files(contents, signing_key)
    for name, content in tag_files.items():  # HQ reads tag files before their signature, so they have caps
        cap = format.tag_file_cap(name, len(contents.entries), limits)
        if len(content) > cap:
            files = len(contents.entries)
            raise InvalidValueError(f"the bundle's {name} would be {len(content)} bytes, more than the {cap} a"
                                    f" verifier accepts for {files} files: bundle fewer captures")  # fmt: skip
    tagmanifest_sha256 = hashlib.sha256(tag_files[format.TAGMANIFEST]).hexdigest()
    payload_bytes = sum(e.size for e in contents.entries)
    plain_size = tarstream.archive_size([*map(len, tag_files.values()), *(e.size for e in contents.entries)])
    expected_size = encrypted_size(plain_size)
    if expected_size > max_size:
        raise InvalidValueError(
            f"bundle {contents.sequence} would be {expected_size} bytes, more than --max-size {max_size}:"
            " choose a larger size"
        )
    if not isinstance(out, Path):
        counted = _CountingSink(out)
        _stream(counted, contents, tag_files, recipients, progress)
        return WrittenBundle(None, counted.count, payload_bytes, tagmanifest_sha256, info, counted.sha256())
    target = out / format.file_name(contents.device_id, contents.sequence)
    partial = out / f".{target.name}.partial-{secrets.token_hex(4)}"
    try:
        with fsutil.open_new_private(partial) as sink:
            hashed = _CountingSink(sink)
            _stream(hashed, contents, tag_files, recipients, progress)
            sink.flush()
            os.fsync(sink.fileno())
        if target.exists():
            raise ExportError(f"{target} already exists: move it away and create the bundle again")
        os.replace(partial, target)
        fsutil.fsync_dir(out)
    except OSError as exc:
        raise fsutil.storage_error(exc, "writing a bundle") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return WrittenBundle(target, target.stat().st_size, payload_bytes, tagmanifest_sha256, info, hashed.sha256())


def sweep_partials(folder: Path) -> None:
    """Remove the partial files that a crash or a kill left in ``folder`` (never a finished bundle)."""
    for leftover in folder.glob(f".fieldkit-*{format.SUFFIX}.partial-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


class _CountingSink:
    """Passes the bundle's bytes on, counting and hashing them as they go."""

    def __init__(self, sink: Sink) -> None:
        self._sink = sink
        self.count = 0
        self._digest = hashlib.sha256()

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        written = self._sink.write(data)
        self.count += written
        self._digest.update(memoryview(data)[:written])
        return written

    def sha256(self) -> str:
        return self._digest.hexdigest()
