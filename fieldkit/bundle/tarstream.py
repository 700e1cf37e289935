"""The tar subset bundles use: POSIX ustar, regular files only, ASCII names, mode 0644, owner 0:0 without names.

The writer streams members whose size is known up front; the reader accepts nothing else, so hostile archives
(links, devices, directories, pax or GNU extensions, absolute or `..` names, oversized members, set-uid or other
modes, owners) are refused before any byte of their content is trusted. Mode and owner are not covered by the
signature: whoever holds a decrypted bag could re-wrap it with a set-uid-root file that `tar -x` as root recreates,
so the reader takes only the one value fieldkit writes (docs/bundle-format.md, "The tar").
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from fieldkit.errors import BundleFormatError

BLOCK = 512  # not a limit: the tar format's block size
_MAX_NAME = 100  # not a limit: the bundle format fixes names at 100 characters (docs/bundle-format.md)
MODE = 0o644  # not a limit: the one mode of every entry (docs/bundle-format.md)


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> int: ...


def check_name(name: str) -> None:
    """Names fieldkit writes and accepts: relative, '/'-separated, no '.' or '..' parts, a safe alphabet."""
    if not name or len(name) > _MAX_NAME or name.startswith("/") or name.endswith("/"):
        raise BundleFormatError(f"unsafe name in the bundle: {name!r}", reason="unsafe-name")
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    for part in name.split("/"):
        if part in ("", ".", "..") or not set(part) <= allowed:
            raise BundleFormatError(f"unsafe name in the bundle: {name!r}", reason="unsafe-name")


def member_header(name: str, size: int, mtime: int) -> bytes:
    """A regular file's header: mode 0644, owner and group 0 with no names, no link name (all a reader accepts)."""
    check_name(name)
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = MODE
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")


def padding(size: int) -> bytes:
    return bytes(-size % BLOCK)


def end_of_archive() -> bytes:
    return bytes(2 * BLOCK)


def archive_size(sizes: list[int]) -> int:
    """Bytes of a tar holding files of these sizes."""
    return sum(BLOCK + size + (-size % BLOCK) for size in sizes) + 2 * BLOCK


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def _octal(field: bytes) -> int:
    text = field.rstrip(b"\0 ").lstrip(b" ")
    if not text or not all(48 <= c <= 55 for c in text):
        raise BundleFormatError("a tar header has a malformed number", reason="tar-header")
    return int(text, 8)


def _check_metadata(header: bytes, name: str) -> None:
    """Mode 0644 (no set-uid, set-gid, sticky or execute bit), owner and group 0 without names, no link name."""
    mode = _octal(header[100:108])
    if mode != MODE:
        raise BundleFormatError(f"{name} has mode {mode:04o}, not {MODE:04o}", reason="tar-mode")
    uid, gid = _octal(header[108:116]), _octal(header[116:124])
    if uid or gid or header[265:297].strip(b"\0") or header[297:329].strip(b"\0"):
        raise BundleFormatError(f"{name} names an owner or group (only 0:0 without names)", reason="tar-owner")
    if header[157:257].strip(b"\0"):
        raise BundleFormatError(f"{name} is a regular file with a link name", reason="tar-header")


# The ustar type flags a bundle may never hold (fieldkit writes regular files only), in words.
_ENTRY_KINDS = {b"3": "a character device", b"4": "a block device", b"6": "a FIFO", b"7": "a contiguous file",
                b"x": "a pax extended header", b"g": "a pax global header", b"L": "a GNU long name",
                b"K": "a GNU long link name"}  # fmt: skip


def _entry_kind(kind: bytes) -> str:
    """'a FIFO entry (tar type 6)': a tar type flag said for people, never as Python's bytes repr."""
    flag = kind.decode("ascii", "backslashreplace") if kind.isalnum() else f"0x{kind.hex()}"
    return f"{_ENTRY_KINDS.get(kind, 'an unknown')} entry (tar type {flag})"


class TarReader:
    """Reads members one by one from a stream; call ``read_member`` fully before asking for the next."""

    def __init__(self, source: BinaryIO, max_member: int) -> None:
        self._source = source
        self._max_member = max_member
        self._remaining = 0
        self._pad = 0
        self.ended = False

    def _read_exact(self, n: int) -> bytes:
        data = self._source.read(n)
        if len(data) != n:
            raise BundleFormatError("the archive inside the bundle is truncated", reason="tar-truncated")
        return data

    def next(self) -> Member | None:
        if self._remaining or self._pad:
            raise BundleFormatError("internal: member not fully read", reason="tar-header")
        header = self._read_exact(BLOCK)
        if header == bytes(BLOCK):
            if self._read_exact(BLOCK) != bytes(BLOCK):
                raise BundleFormatError("the archive has data after its end", reason="tar-trailing")
            self.ended = True
            return None
        checksum = _octal(header[148:156])
        computed = sum(header[:148]) + 8 * 32 + sum(header[156:])
        if checksum != computed:
            raise BundleFormatError("a tar header is corrupt", reason="tar-header")
        if header[257:263] not in (b"ustar\x00", b"ustar "):
            raise BundleFormatError("only POSIX ustar archives are accepted", reason="tar-header")
        kind = header[156:157]
        raw_name = header[0:100].split(b"\0", 1)[0]
        prefix = header[345:500].split(b"\0", 1)[0]
        try:
            name = ((prefix + b"/" if prefix else b"") + raw_name).decode("ascii")
        except UnicodeDecodeError:
            raise BundleFormatError("a name in the bundle is not plain ASCII", reason="unsafe-name") from None
        if kind in (b"1", b"2"):
            raise BundleFormatError(f"link entries are refused: {name!r}", reason="link-entry")
        if kind == b"5":  # fieldkit never wrote one (its bags are files only): anywhere, it is someone else's
            raise BundleFormatError(f"directory entries are refused: {name!r}", reason="directory-entry")
        if kind not in (b"0", b"\0"):
            raise BundleFormatError(f"{_entry_kind(kind)} is refused: {name!r}", reason="special-entry")
        size = _octal(header[124:136])
        check_name(name)
        _check_metadata(header, name)
        if size > self._max_member:
            raise BundleFormatError(f"{name} is larger than fieldkit accepts", reason="oversized-entry")
        self._remaining = size
        self._pad = -size % BLOCK
        return Member(name, size)

    def read_member(self, chunk: int = 1 << 20) -> Iterator[bytes]:
        while self._remaining:
            piece = self._source.read(min(chunk, self._remaining))
            if not piece:
                raise BundleFormatError("the archive inside the bundle is truncated", reason="tar-truncated")
            self._remaining -= len(piece)
            yield piece
        if self._pad:
            pad = self._read_exact(self._pad)
            self._pad = 0
            if pad.strip(b"\0"):
                raise BundleFormatError("tar padding holds data", reason="tar-header")

    def read_all(self, limit: int) -> bytes:
        if self._remaining > limit:
            raise BundleFormatError("a tag file is larger than fieldkit accepts", reason="oversized-entry")
        return b"".join(self.read_member())
