"""The wire between fieldkit and a sandbox child: length-prefixed frames over the child's stdin and stdout.

Decision: a frame is an 8-byte big-endian length and a JSON header, followed by the byte blobs the header names.
JSON because both ends are ours and it cannot execute anything when parsed (pickle could: the child is the side that
handles hostile bytes, so what it sends back must be data, never code). Bytes anywhere in a value travel as blobs:
``{"__blob__": n}`` in the JSON stands for the n-th blob after it.

    request  = header {"op": "module:function", "params": {...}, "cpu_s": int, "blobs": [len]} + blob (the input)
    response = header {"ok": true, "value": ..., "blobs": [len, ...]} + blobs
             | header {"ok": false, "kind": "memory" | "error" | ..., "error": "ExceptionName", "message": str}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

_MAX_HEADER_BYTES = 64 << 20  # not a limit: a sanity bound on our own frames; answers are capped by AnalysisLimits
_BLOB_KEY = "__blob__"


class ProtocolError(Exception):
    """The other end sent something that is not a frame (it died mid-write, or it is not a fieldkit child)."""


@dataclass(frozen=True)
class StreamedBlob:
    """Bytes sent as they come, never held whole by the sender (a stored original as it is decrypted): ``size`` is
    announced first and must be exact. If ``chunks`` raises, its error propagates and the frame is left unfinished:
    the caller must end the other side."""

    size: int
    chunks: Iterable[bytes]


def _flatten(value: Any, blobs: list[bytes | bytearray | memoryview | StreamedBlob]) -> Any:
    if isinstance(value, bytes | bytearray | memoryview | StreamedBlob):
        blobs.append(value)
        return {_BLOB_KEY: len(blobs) - 1}
    if isinstance(value, dict):
        return {str(k): _flatten(v, blobs) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_flatten(v, blobs) for v in value]
    return value


def _restore(value: Any, blobs: list[bytes]) -> Any:
    if isinstance(value, dict):
        if set(value) == {_BLOB_KEY} and isinstance(value[_BLOB_KEY], int) and 0 <= value[_BLOB_KEY] < len(blobs):
            return blobs[value[_BLOB_KEY]]
        return {k: _restore(v, blobs) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore(v, blobs) for v in value]
    return value


def write_frame(stream: BinaryIO, header: dict[str, Any], value: Any = None) -> None:
    """Send a header (and a value whose bytes travel as blobs under the key "value")."""
    blobs: list[bytes | bytearray | memoryview | StreamedBlob] = []
    header = dict(header)
    if value is not None or "value" not in header:
        header["value"] = _flatten(value, blobs)
    header["blobs"] = [b.size if isinstance(b, StreamedBlob) else len(b) for b in blobs]
    encoded = json.dumps(header, separators=(",", ":"), allow_nan=False).encode()
    stream.write(len(encoded).to_bytes(8, "big"))
    stream.write(encoded)
    for blob in blobs:
        if not isinstance(blob, StreamedBlob):
            stream.write(blob)
            continue
        sent = 0
        for chunk in blob.chunks:
            sent += len(chunk)
            if sent > blob.size:
                break
            stream.write(chunk)
        if sent != blob.size:
            raise ProtocolError(f"a streamed blob of {sent} bytes where {blob.size} were announced")
    stream.flush()


def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    # One read into one bytes object: a buffered pipe reads until ``count`` or the end, straight into it (no growing
    # buffer and final copy, which needed twice the blob's size), and pages become resident only as bytes arrive.
    data = stream.read(count) if count else b""
    if len(data) < count:
        raise ProtocolError("the other end closed the pipe mid-frame")
    return data


def read_frame(stream: BinaryIO, max_blob_bytes: int) -> tuple[dict[str, Any], Any] | None:
    """One frame: (header, value with its blobs restored); None at a clean end of stream."""
    prefix = stream.read(8)
    if not prefix:
        return None
    if len(prefix) < 8:
        prefix += _read_exactly(stream, 8 - len(prefix))
    length = int.from_bytes(prefix, "big")
    if length > _MAX_HEADER_BYTES:
        raise ProtocolError(f"a frame header of {length} bytes")
    try:
        header = json.loads(_read_exactly(stream, length))
    except ValueError as exc:
        raise ProtocolError("a frame header that is not JSON") from exc
    if not isinstance(header, dict):
        raise ProtocolError("a frame header that is not an object")
    sizes = header.get("blobs") or []
    if not isinstance(sizes, list) or not all(isinstance(n, int) and n >= 0 for n in sizes):
        raise ProtocolError("a frame with malformed blob sizes")
    if sum(sizes) > max_blob_bytes:
        raise ProtocolError(f"a frame of {sum(sizes)} bytes, more than the {max_blob_bytes} allowed")
    blobs = [_read_exactly(stream, n) for n in sizes]
    return header, _restore(header.get("value"), blobs)
