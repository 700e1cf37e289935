"""Chunked authenticated encryption of media files (format: docs/store.md, "Media files").

The construction follows age's STREAM: the plaintext is cut into fixed-size chunks, each sealed with AES-256-GCM
under a nonce made of an 11-byte big-endian chunk counter and a final byte that is 1 only on the last chunk. The
32-byte file header is bound into every chunk as associated data. Reordering, dropping, duplicating or truncating
chunks, flipping any bit, or appending data all make decryption fail with one opaque error.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.errors import MediaCorruptError, OversizedMediaError

MAGIC = b"FKMEDIA\x01"
HEADER_LEN = 32
FILE_ID_LEN = 16
TAG_LEN = 16
MIN_CHUNK_LOG2 = 12  # not a limit: the media file format allows chunks of 4 KiB (2**12) ...
MAX_CHUNK_LOG2 = 24  # not a limit: ... to 16 MiB (2**24), fixed by the format
_MEDIA_INFO = b"fieldkit media file key v1"
_MAX_COUNTER = (1 << 88) - 1  # not a limit: the 88-bit chunk counter of the nonce


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> int: ...


class Readable(Protocol):
    def readinto(self, buffer: memoryview, /) -> int | None: ...


def media_file_key(root_key: bytes, salt: bytes, file_id: bytes) -> bytes:
    """The key of one media file: derived from the store's media root key, the file's random salt (kept only in
    the database, so deleting the record makes the file undecryptable) and the file's id."""
    if len(root_key) != 32 or len(salt) < 16 or len(file_id) != FILE_ID_LEN:
        raise ValueError("media key inputs have the wrong length")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_MEDIA_INFO + file_id).derive(root_key)


def make_header(file_id: bytes, chunk_size: int) -> bytes:
    log2 = chunk_size.bit_length() - 1
    if chunk_size != 1 << log2 or not MIN_CHUNK_LOG2 <= log2 <= MAX_CHUNK_LOG2:
        raise ValueError("chunk size must be a power of two between 4 KiB and 16 MiB")
    if len(file_id) != FILE_ID_LEN:
        raise ValueError("file id must be 16 bytes")
    return MAGIC + bytes([log2]) + bytes(7) + file_id


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise OversizedMediaError("media file has too many chunks")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def read_full(src: BinaryIO, size: int) -> bytes:
    """Read exactly ``size`` bytes unless the stream ends first (pipes and some files return short reads)."""
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = src.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


@dataclass(frozen=True)
class SealResult:
    sha256: str
    size: int
    encrypted_size: int


def _write_all(dst: Writable, data: bytes | memoryview) -> int:
    """Write every byte: an unbuffered file may take only part (a nearly full disk does exactly that)."""
    view = memoryview(data)
    done = 0
    while done < len(view):
        n = dst.write(view[done:])
        if not n:
            raise OSError(28, "No space left on device")
        done += n
    return done


def _fill(src: Readable, buffer: bytearray) -> int:
    """Read into ``buffer`` until it is full or the stream ends; return how many bytes it holds."""
    view = memoryview(buffer)
    got = 0
    while got < len(buffer):
        n = src.readinto(view[got:])
        if not n:
            break
        got += n
    return got


def encrypt_stream(
    src: Readable,
    dst: Writable,
    key: bytes,
    file_id: bytes,
    chunk_size: int,
    max_bytes: int,
    observe: Callable[[bytearray, int], None] | None = None,
) -> SealResult:
    """Encrypt ``src`` into ``dst``, hashing the plaintext with SHA-256 in the same single read.

    ``observe(buffer, length)`` sees each plaintext chunk in order (format checks that need the whole file use it,
    so the original is still read only once). Three fixed buffers are reused for the whole stream: no per-chunk
    allocation, no copy under the GIL, memory flat whatever the file size.
    """
    header = make_header(file_id, chunk_size)
    aead = AESGCM(key)
    digest = hashlib.sha256()
    written = _write_all(dst, header)
    size = 0
    counter = 0
    current, following = bytearray(chunk_size), bytearray(chunk_size)
    sealed = bytearray(chunk_size + TAG_LEN)
    sealed_view = memoryview(sealed)
    length = _fill(src, current)
    while True:
        next_length = _fill(src, following) if length == chunk_size else 0
        last = next_length == 0
        size += length
        if size > max_bytes:
            raise OversizedMediaError(f"file is larger than the limit of {max_bytes} bytes")
        plain = memoryview(current)[:length]
        digest.update(plain)
        if observe is not None:
            observe(current, length)
        aead.encrypt_into(_nonce(counter, last), plain, header, sealed_view[: length + TAG_LEN])
        written += _write_all(dst, sealed_view[: length + TAG_LEN])
        plain.release()
        if last:
            return SealResult(digest.hexdigest(), size, written)
        counter += 1
        current, following = following, current
        length = next_length


def encrypted_size(plain_size: int, chunk_size: int) -> int:
    chunks = max(1, -(-plain_size // chunk_size))
    return HEADER_LEN + plain_size + chunks * TAG_LEN


def parse_header(unverified_header: bytes, expected_file_id: bytes) -> int:
    """Check the header's shape and that it belongs to the expected file; return the chunk size."""
    if len(unverified_header) != HEADER_LEN or unverified_header[:8] != MAGIC:
        raise MediaCorruptError("media file failed authentication")
    log2 = unverified_header[8]
    if not MIN_CHUNK_LOG2 <= log2 <= MAX_CHUNK_LOG2 or unverified_header[9:16] != bytes(7):
        raise MediaCorruptError("media file failed authentication")
    if unverified_header[16:] != expected_file_id:
        raise MediaCorruptError("media file failed authentication")
    return 1 << log2


def decrypt_stream(src: BinaryIO, key: bytes, file_id: bytes) -> Iterator[bytes]:
    """Yield the plaintext chunk by chunk; raise MediaCorruptError at the first chunk that fails.

    A caller that writes the plaintext somewhere must treat everything yielded so far as unverified until the
    generator finishes without error.
    """
    header = read_full(src, HEADER_LEN)
    chunk_size = parse_header(header, file_id)
    sealed_size = chunk_size + TAG_LEN
    aead = AESGCM(key)
    counter = 0
    current = read_full(src, sealed_size)
    while True:
        following = read_full(src, sealed_size) if len(current) == sealed_size else b""
        last = not following
        if len(current) < TAG_LEN or (last and counter > 0 and len(current) == TAG_LEN):
            raise MediaCorruptError("media file failed authentication")
        try:
            plain = aead.decrypt(_nonce(counter, last), current, header)
        except InvalidTag:
            raise MediaCorruptError("media file failed authentication") from None
        yield plain
        if last:
            return
        counter += 1
        current = following
