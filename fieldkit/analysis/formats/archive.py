"""Archives (ZIP, tar, gzip and tar.gz): members listed, and ``expand`` handing each member's bytes to the caller, under
bomb limits.

Decision: the ZIP listing comes from our own bounded walk of the central directory, not from zipfile, which builds
an object per entry before answering (a directory claiming millions of entries would exhaust the sandbox); a ZIP
whose central directory is gone (a truncated or carved file) is still listed from its local headers, as damaged.
Expanding refuses, with the limit named, an archive whose members pass AnalysisLimits' count, total size or ratio of
expanded to compressed bytes: a ZIP before anything is read (its directory declares every size, and zipfile stops
each member at its declared size), a tar stream as soon as the running totals pass them (reading a tar.gz twice to
check first would double the work of every honest one). Member names are outside text: ``safe_path`` turns
absolute paths, drive letters and '..' into plain relative names, which are only labels inside the store (nothing
is ever written to disk).
"""

from __future__ import annotations

import io
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import clean, problem
from fieldkit.config import AnalysisLimits
from fieldkit.errors import DamagedMediaError, OversizedMediaError

_NAME_CHARS = 1024  # not a limit: longest member name kept (a path; longer ones are cut)
_INFLATE_CHUNK = 1 << 20  # not a limit: bytes inflated at a time while a gzip file is measured
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"


@dataclass
class Member:
    path: str  # as the archive names it, made safe to display
    size: int  # bytes when expanded (declared by the archive)
    compressed_size: int | None
    modified: str | None
    kind: str = "file"  # file, directory, link, other
    encrypted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "size": self.size, "compressed_size": self.compressed_size, "modified": self.modified,
            "kind": self.kind, "encrypted": self.encrypted,
        }  # fmt: skip


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """The members of a ZIP, tar or gzip file, as far as the limits let them be listed."""
    description = Description(media_type=media_type, facts={"size": len(data)})
    members: list[Member] = []
    try:
        if media_type == media_types.ZIP or data.startswith(_LOCAL):
            _list_zip(data, members, description, limits)
        elif media_type == media_types.GZIP and not _gzip_holds_tar(data):
            _list_gzip(data, members, description, limits)
        else:
            _list_tar(data, members, description, limits)
    except (DamagedMediaError, OSError, EOFError, tarfile.TarError, zlib.error, zipfile.BadZipFile) as exc:
        description.damaged = str(exc) if isinstance(exc, DamagedMediaError) else f"unreadable ({problem(exc)})"
    description.facts["members"] = [member.to_json() for member in members]
    description.facts["member_count"] = description.facts.get("member_count", len(members))
    description.facts["total_size"] = sum(member.size for member in members)
    description.facts["encrypted_members"] = sum(member.encrypted for member in members)
    return description


def expand(data: bytes, limits: AnalysisLimits) -> Iterator[tuple[str, bytes]]:
    """(safe relative path, bytes) of each regular file in the archive; raises OversizedMediaError naming the limit
    when count, total size, ratio or a single member's size pass AnalysisLimits, DamagedMediaError when the archive
    cannot be read. Encrypted ZIP members, directories and links are not expanded (describe lists them)."""
    names = _UniqueNames()
    if data.startswith((_LOCAL, _EOCD)):
        yield from _expand_zip(data, limits, names)
    elif data.startswith(b"\x1f\x8b") and not _gzip_holds_tar(data):
        yield from _expand_gzip(data, limits, names)
    else:
        yield from _expand_tar(data, limits, names)


def safe_path(name: str) -> str:
    """A member name as a plain relative path: no root, no drive, no '..', no empty or control-character parts."""
    parts = []
    for part in name.replace("\\", "/").split("/"):
        part = "".join(ch if ch.isprintable() else "_" for ch in part).strip()
        if part in ("", "."):
            continue
        parts.append("__" if part == ".." else part.replace(":", "_"))
    return "/".join(parts)


class _UniqueNames:
    """Sanitising can make two names equal (/a and a): the second becomes 'a~2'."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, name: str, index: int) -> str:
        path = safe_path(name) or f"member-{index}"
        candidate, number = path, 1
        while candidate in self.seen:
            number += 1
            candidate = f"{path}~{number}"
        self.seen.add(candidate)
        return candidate


# -- ZIP -----------------------------------------------------------------------------------------------------------


@dataclass
class ZipDirectory:
    entries: int
    offset: int
    size: int


def zip_directory(data: bytes) -> ZipDirectory | None:
    """Where the central directory is, from the end-of-central-directory record (and its ZIP64 version)."""
    at = data.rfind(_EOCD, max(0, len(data) - (1 << 16) - 22))
    if at < 0 or at + 22 > len(data):
        return None
    entries, size, offset = struct.unpack_from("<HII", data, at + 10)
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == _EOCD64_LOCATOR:
        record = struct.unpack_from("<Q", data, locator + 8)[0]
        if data[record : record + 4] == b"PK\x06\x06" and record + 56 <= len(data):
            entries, size, offset = struct.unpack_from("<QQQ", data, record + 32)
    # Data before the archive (a self-extractor's stub) shifts every offset by the same amount.
    shift = at - size - offset if at - size - offset > 0 and data[at - size : at - size + 4] == _CENTRAL else 0
    return ZipDirectory(entries=entries, offset=offset + shift, size=size)


def _dos_time(date: int, time: int) -> str | None:
    try:
        stamp = datetime(1980 + (date >> 9), (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63,
                         (time & 31) * 2)  # fmt: skip
    except ValueError:
        return None
    return stamp.isoformat()


def _zip_name(raw: bytes, flags: int) -> str:
    return raw.decode("utf-8", "replace") if flags & 0x800 else raw.decode("cp437")


def _zip64_sizes(extra: bytes, size: int, compressed: int) -> tuple[int, int]:
    at = 0
    while at + 4 <= len(extra):
        header, length = struct.unpack_from("<HH", extra, at)
        if header == 1:
            values = extra[at + 4 : at + 4 + length]
            fields = [struct.unpack_from("<Q", values, i)[0] for i in range(0, len(values) - 7, 8)]
            if size == 0xFFFFFFFF and fields:
                size = fields.pop(0)
            if compressed == 0xFFFFFFFF and fields:
                compressed = fields.pop(0)
            break
        at += 4 + length
    return size, compressed


def _list_zip(data: bytes, members: list[Member], description: Description, limits: AnalysisLimits) -> None:
    directory = zip_directory(data)
    if directory is None or data[directory.offset : directory.offset + 4] != _CENTRAL:
        _list_zip_local_headers(data, members, limits)
        description.facts["member_count"] = len(members)
        raise DamagedMediaError(
            "the ZIP has no central directory (truncated or cut out of a larger file): members listed from their "
            "local headers"
        )
    description.facts["member_count"] = directory.entries
    at = directory.offset
    for _ in range(min(directory.entries, limits.max_archive_members)):
        if data[at : at + 4] != _CENTRAL or at + 46 > len(data):
            raise DamagedMediaError(f"the ZIP's central directory is malformed after {len(members)} members")
        (flags, _method, time, date, _crc, compressed, size, name_length, extra_length, comment_length) = (
            struct.unpack_from("<HHHHIIIHHH", data, at + 8)
        )
        name = _zip_name(data[at + 46 : at + 46 + name_length], flags)
        extra = data[at + 46 + name_length : at + 46 + name_length + extra_length]
        size, compressed = _zip64_sizes(extra, size, compressed)
        members.append(Member(
            path=clean(name, _NAME_CHARS) or "", size=size, compressed_size=compressed, modified=_dos_time(date, time),
            kind="directory" if name.endswith("/") else "file", encrypted=bool(flags & 1),
        ))  # fmt: skip
        at += 46 + name_length + extra_length + comment_length
    if directory.entries > limits.max_archive_members:
        description.notes.append(f"only the first {limits.max_archive_members:,} of {directory.entries:,} listed")


def _list_zip_local_headers(data: bytes, members: list[Member], limits: AnalysisLimits) -> None:
    at = data.find(_LOCAL)
    while at >= 0 and at + 30 <= len(data) and len(members) < limits.max_archive_members:
        flags, _method, time, date, _crc, compressed, size, name_length, extra_length = struct.unpack_from(
            "<HHHHIIIHH", data, at + 6
        )
        name = _zip_name(data[at + 30 : at + 30 + name_length], flags)
        known = not flags & 0x08  # sizes in the local header, not in a descriptor after the data
        members.append(
            Member(
                path=clean(name, _NAME_CHARS) or "",
                size=size if known else 0,
                compressed_size=compressed if known else None,
                modified=_dos_time(date, time),
                kind="directory" if name.endswith("/") else "file",
                encrypted=bool(flags & 1),
            )
        )
        following = at + 30 + name_length + extra_length + (compressed if known else 0)
        at = data.find(_LOCAL, max(following, at + 4))


def _expand_zip(data: bytes, limits: AnalysisLimits, names: _UniqueNames) -> Iterator[tuple[str, bytes]]:
    description = Description(media_type=media_types.ZIP)
    members: list[Member] = []
    _list_zip(data, members, description, limits)  # raises DamagedMediaError without a central directory
    _check_totals(description.facts["member_count"], sum(m.size for m in members), len(data), limits)
    if any(m.size > limits.max_input_bytes for m in members):
        raise OversizedMediaError(
            f"a member is larger than {limits.max_input_bytes:,} bytes, more than fieldkit expands in memory"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise DamagedMediaError(f"the ZIP cannot be read ({problem(exc)})") from exc
    with archive:
        for index, info in enumerate(archive.infolist()):
            if info.is_dir() or info.flag_bits & 1:
                continue
            try:
                with archive.open(info) as member:
                    content = member.read()  # zipfile stops at the declared size and checks the CRC
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, ValueError) as exc:
                raise DamagedMediaError(f"member {index + 1} of the ZIP cannot be read ({problem(exc)})") from exc
            yield names(info.filename, index + 1), content


def _check_totals(count: int, total: int, compressed: int, limits: AnalysisLimits) -> None:
    if count > limits.max_archive_members:
        raise OversizedMediaError(
            f"the archive has {count:,} members, more than the {limits.max_archive_members:,} fieldkit expands"
        )
    if total > limits.max_expanded_bytes:
        raise OversizedMediaError(
            f"the archive expands to {total:,} bytes, more than the {limits.max_expanded_bytes:,} fieldkit expands"
        )
    if total > max(compressed, 1) * limits.max_expansion_ratio:
        raise OversizedMediaError(
            f"the archive expands more than {limits.max_expansion_ratio} times its size (a decompression bomb?)"
        )


# -- gzip and tar --------------------------------------------------------------------------------------------------


def _gzip_holds_tar(data: bytes) -> bool:
    """Whether the first block of a gzip stream is a tar header (decompressing 512 bytes only)."""
    if not data.startswith(b"\x1f\x8b"):
        return False
    try:
        block = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data[: 1 << 16], 512)
    except zlib.error:
        return False
    return media_types.sniff(block + bytes(512 - len(block))).media_type == media_types.TAR


def _gzip_header(data: bytes) -> tuple[str | None, str | None]:
    """The original name and modification time a gzip header may carry (RFC 1952)."""
    if len(data) < 10:
        raise DamagedMediaError("the gzip file is truncated inside its header")
    flags, mtime = data[3], struct.unpack_from("<I", data, 4)[0]
    at = 10
    if flags & 4:  # FEXTRA
        at += 2 + int.from_bytes(data[at : at + 2], "little")
    name = None
    if flags & 8:  # FNAME, zero-terminated ISO 8859-1
        end = data.find(b"\x00", at, at + 4096)
        name = data[at:end].decode("latin-1") if end >= 0 else None
    modified = datetime.fromtimestamp(mtime, UTC).isoformat() if mtime else None
    return name, modified


def _list_gzip(data: bytes, members: list[Member], description: Description, limits: AnalysisLimits) -> None:
    """The one member of a gzip file, its size found by inflating the stream (output discarded, up to
    max_expanded_bytes): the trailer's size is modulo 4 GiB and a cut file has none."""
    name, modified = _gzip_header(data)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    size = 0
    for start in range(0, len(data), _INFLATE_CHUNK):
        pending = data[start : start + _INFLATE_CHUNK]
        while pending and size <= limits.max_expanded_bytes and not inflater.eof:
            size += len(inflater.decompress(pending, _INFLATE_CHUNK))
            pending = inflater.unconsumed_tail
        if inflater.eof or size > limits.max_expanded_bytes:
            break
    members.append(Member(path=clean(name, _NAME_CHARS) or "", size=size, compressed_size=len(data), modified=modified))
    if size > limits.max_expanded_bytes:
        description.notes.append(f"expands to more than {limits.max_expanded_bytes:,} bytes: not inflated further")
    elif not inflater.eof:
        raise DamagedMediaError("the gzip file is truncated: its stream does not end")


def _expand_gzip(data: bytes, limits: AnalysisLimits, names: _UniqueNames) -> Iterator[tuple[str, bytes]]:
    name, _ = _gzip_header(data)
    ceiling = min(limits.max_expanded_bytes, limits.max_input_bytes, max(len(data), 1) * limits.max_expansion_ratio)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        content = inflater.decompress(data, ceiling + 1)
    except zlib.error as exc:
        raise DamagedMediaError(f"the gzip stream is malformed ({problem(exc)})") from exc
    if len(content) > ceiling:
        raise OversizedMediaError(
            f"the gzip file expands to more than {ceiling:,} bytes (the expansion limits: size, ratio, memory)"
        )
    if not inflater.eof:
        raise DamagedMediaError("the gzip file is truncated: its stream does not end")
    yield names(name or "content", 1), content


def _open_tar(data: bytes) -> tarfile.TarFile:
    try:
        return tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise DamagedMediaError(f"the tar file cannot be read ({problem(exc)})") from exc


def _tar_members(data: bytes, limits: AnalysisLimits) -> Iterator[tuple[tarfile.TarFile, tarfile.TarInfo]]:
    """Each header in turn, never moving past max_expanded_bytes of (decompressed) archive."""
    with _open_tar(data) as archive:
        while True:
            info = archive.next()
            if info is None:
                return
            yield archive, info
            if info.offset_data + info.size > limits.max_expanded_bytes:
                raise OversizedMediaError(
                    f"the tar file holds more than {limits.max_expanded_bytes:,} bytes: not read further"
                )


def _tar_member(info: tarfile.TarInfo) -> Member:
    kind = (
        "file" if info.isreg() else "directory" if info.isdir() else "link" if info.issym() or info.islnk() else "other"
    )
    modified = datetime.fromtimestamp(info.mtime, UTC).isoformat() if 0 < info.mtime < 1 << 40 else None
    return Member(path=clean(info.name, _NAME_CHARS) or "", size=info.size, compressed_size=None, modified=modified,
                  kind=kind)  # fmt: skip


def _list_tar(data: bytes, members: list[Member], description: Description, limits: AnalysisLimits) -> None:
    if media_types.sniff(data[: media_types.SNIFF_BYTES]).media_type == media_types.GZIP:
        description.facts["compression"] = "gzip"
    try:
        for _, info in _tar_members(data, limits):
            if len(members) >= limits.max_archive_members:
                description.notes.append(f"only the first {limits.max_archive_members:,} members listed")
                return
            members.append(_tar_member(info))
        # tar ends with two zero blocks (then zero padding): a file cut after a member has none.
        if "compression" not in description.facts and (len(data) < 1024 or any(data[-1024:])):
            raise DamagedMediaError(f"the tar file is truncated after {len(members)} members: it has no end marker")
    except OversizedMediaError as exc:
        description.notes.append(str(exc))
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise DamagedMediaError(f"the tar file is truncated or malformed after {len(members)} members "
                                f"({problem(exc)})") from exc  # fmt: skip


def _expand_tar(data: bytes, limits: AnalysisLimits, names: _UniqueNames) -> Iterator[tuple[str, bytes]]:
    count = total = 0
    try:
        for archive, info in _tar_members(data, limits):
            count += 1
            if not info.isreg():
                continue
            total += info.size
            _check_totals(count, total, len(data), limits)
            if info.size > limits.max_input_bytes:
                raise OversizedMediaError(
                    f"a member is larger than {limits.max_input_bytes:,} bytes, more than fieldkit expands in memory"
                )
            member = archive.extractfile(info)
            content = member.read() if member is not None else b""
            if len(content) != info.size:
                raise DamagedMediaError(f"member {count} of the tar file is truncated")
            yield names(info.name, count), content
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise DamagedMediaError(
            f"the tar file is truncated or malformed after {count} members ({problem(exc)})"
        ) from exc
