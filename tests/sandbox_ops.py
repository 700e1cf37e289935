"""Misbehaving decoders for the sandbox tests: each does to a sandbox child what a hostile file could make a real
decoder do (crash, allocate without end, spin, hang, write, connect, exec, print)."""

from __future__ import annotations

import ctypes
import hashlib
import os
import socket
import subprocess
import time
from typing import Any


def echo(data: bytes, **params: Any) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "params": params, "back": data[:16]}


def segfault(data: bytes) -> None:
    ctypes.string_at(0)  # reads address 0: SIGSEGV, as a decoder with memory corruption would


def allocate(data: bytes, gib: int = 4) -> int:
    hoard = bytearray(gib << 30)  # a 38-byte WebP asked for 2.6 GB
    return len(hoard)


def allocate_natively(data: bytes, gib: int = 4) -> int:
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    pointer = libc.malloc(ctypes.c_size_t(gib << 30))
    if not pointer:
        raise MemoryError
    ctypes.memset(pointer, 1, gib << 30)
    return 1


def spin(data: bytes) -> None:
    while True:  # an endless decoding loop: only the CPU limit stops it
        pass


def hang(data: bytes) -> None:
    time.sleep(3600)  # waiting forever uses no CPU: only the wall-clock limit stops it


def write_file(data: bytes, path: str) -> str:
    with open(path, "wb") as fh:
        fh.write(data)
    return "written"


def connect(data: bytes, port: int) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        return "connected"


def run_program(data: bytes) -> str:
    subprocess.run(["/bin/true"], check=True)
    return "ran"


def chatter(data: bytes) -> str:
    print("decoder noise on stdout " * 100)
    os.write(1, b"raw noise on fd 1\n" * 100)
    return "quiet answer"


def big_answer(data: bytes, mib: int) -> bytes:
    return b"x" * (mib << 20)


def describe_by_crashing(data: bytes, media_type: str, limits: dict[str, Any]) -> None:
    segfault(data)


def describe_by_hoarding(data: bytes, media_type: str, limits: dict[str, Any]) -> None:
    allocate(data, gib=8)


def describe_by_spinning(data: bytes, media_type: str, limits: dict[str, Any]) -> None:
    spin(data)
