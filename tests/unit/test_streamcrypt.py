"""The chunked media encryption: round trips, and any truncation, reordering, bit flip or extension fails."""

from __future__ import annotations

import io
import os
import random
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import MediaCorruptError, OversizedMediaError
from fieldkit.store import streamcrypt

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

CHUNK = 4096
KEY = bytes(range(32))
FILE_ID = bytes(16)


def seal(data: bytes, chunk: int = CHUNK, file_id: bytes = FILE_ID) -> bytes:
    out = io.BytesIO()
    streamcrypt.encrypt_stream(io.BytesIO(data), out, KEY, file_id, chunk, 1 << 30)
    return out.getvalue()


def unseal(blob: bytes, file_id: bytes = FILE_ID, key: bytes = KEY) -> bytes:
    return b"".join(streamcrypt.decrypt_stream(io.BytesIO(blob), key, file_id))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17])
def test_round_trip_at_chunk_boundaries(size: int) -> None:
    data = os.urandom(size)
    blob = seal(data)
    assert len(blob) == streamcrypt.encrypted_size(size, CHUNK)
    assert unseal(blob) == data


def test_hash_and_size_come_from_the_same_read() -> None:
    import hashlib

    data = os.urandom(3 * CHUNK + 5)
    result = streamcrypt.encrypt_stream(io.BytesIO(data), io.BytesIO(), KEY, FILE_ID, CHUNK, 1 << 30)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data)


def test_wrong_key_or_file_id_fails() -> None:
    blob = seal(b"evidence")
    with pytest.raises(MediaCorruptError):
        unseal(blob, key=bytes(32))
    with pytest.raises(MediaCorruptError):
        unseal(blob, file_id=b"\x01" * 16)


def test_size_limit_is_enforced_while_streaming() -> None:
    with pytest.raises(OversizedMediaError):
        streamcrypt.encrypt_stream(io.BytesIO(bytes(3 * CHUNK)), io.BytesIO(), KEY, FILE_ID, CHUNK, 2 * CHUNK)


def test_short_reads_from_a_pipe_do_not_change_the_format() -> None:
    class Trickle(io.RawIOBase):
        """A pipe that hands out at most 7 bytes per read."""

        def __init__(self, data: bytes) -> None:
            self.data = data

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            step = min(7, len(buffer), len(self.data))
            buffer[:step] = self.data[:step]
            self.data = self.data[step:]
            return step

    data = os.urandom(2 * CHUNK + 100)
    out = io.BytesIO()
    streamcrypt.encrypt_stream(Trickle(data), out, KEY, FILE_ID, CHUNK, 1 << 30)
    assert unseal(out.getvalue()) == data


data_strategy = st.binary(min_size=0, max_size=5 * CHUNK)
SEALED = CHUNK + streamcrypt.TAG_LEN


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(data=data_strategy, cut=st.integers(min_value=1))
def test_any_truncation_fails(data: bytes, cut: int) -> None:
    blob = seal(data)
    cut = cut % len(blob)  # keep 0 .. len-1 bytes
    with pytest.raises(MediaCorruptError):
        unseal(blob[:cut])


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(data=data_strategy, position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_bit_flip_fails(data: bytes, position: int, bit: int) -> None:
    blob = bytearray(seal(data))
    blob[position % len(blob)] ^= 1 << bit
    with pytest.raises(MediaCorruptError):
        unseal(bytes(blob))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(
    length=st.integers(min_value=2 * CHUNK + 1, max_value=5 * CHUNK),
    pattern=st.binary(min_size=1, max_size=64),
    seed=st.randoms(use_true_random=False),
)
def test_any_reordering_or_duplication_of_chunks_fails(length: int, pattern: bytes, seed: random.Random) -> None:
    blob = seal((pattern * (length // len(pattern) + 1))[:length])
    header, body = blob[: streamcrypt.HEADER_LEN], blob[streamcrypt.HEADER_LEN :]
    chunks = [body[i : i + SEALED] for i in range(0, len(body), SEALED)]
    shuffled = list(chunks)
    while shuffled == chunks:
        seed.shuffle(shuffled)
    with pytest.raises(MediaCorruptError):
        unseal(header + b"".join(shuffled))
    with pytest.raises(MediaCorruptError):
        unseal(header + b"".join(chunks[:1] + chunks))
    with pytest.raises(MediaCorruptError):
        unseal(header + b"".join(chunks[:-2] + chunks[-1:]))  # a middle chunk dropped


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(data=data_strategy, extra=st.binary(min_size=1, max_size=2 * SEALED))
def test_appended_data_fails(data: bytes, extra: bytes) -> None:
    with pytest.raises(MediaCorruptError):
        unseal(seal(data) + extra)


def test_a_full_last_chunk_cannot_be_split_off() -> None:
    # Exactly two chunks: dropping the last one leaves a full non-last chunk, which must not pass as the end.
    blob = seal(os.urandom(2 * CHUNK))
    with pytest.raises(MediaCorruptError):
        unseal(blob[: streamcrypt.HEADER_LEN + SEALED])


@pytest.mark.parametrize(
    "header",
    [b"", b"FKMEDIA\x02" + bytes(24), b"FKMEDIA\x01\x05" + bytes(23), b"FKMEDIA\x01\x0c\x01" + bytes(22)],
)
def test_malformed_headers_fail(header: bytes) -> None:
    with pytest.raises(MediaCorruptError):
        unseal(header + seal(b"x")[streamcrypt.HEADER_LEN :])


def test_short_writes_are_completed() -> None:
    class Stingy(io.BytesIO):
        """A sink that accepts at most 1000 bytes per write, as a nearly full disk does."""

        def write(self, data: ReadableBuffer, /) -> int:
            return super().write(bytes(memoryview(data)[:1000]))

    data = os.urandom(3 * CHUNK + 5)
    sink = Stingy()
    streamcrypt.encrypt_stream(io.BytesIO(data), sink, KEY, FILE_ID, CHUNK, 1 << 30)
    assert unseal(sink.getvalue()) == data


def test_a_sink_that_takes_nothing_is_a_full_disk() -> None:
    class Full(io.BytesIO):
        def write(self, data: ReadableBuffer, /) -> int:
            return 0

    with pytest.raises(OSError):
        streamcrypt.encrypt_stream(io.BytesIO(b"x" * 10), Full(), KEY, FILE_ID, CHUNK, 1 << 30)
