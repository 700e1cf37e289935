"""Copying a finished bundle to a removable drive, so that a pulled stick never holds a file that looks whole."""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from fieldkit._internal import fsutil
from fieldkit.errors import ExportError


def copy_verified(source: Path, destination_folder: Path, chunk: int = 1 << 20,
                  progress: Callable[[int, int], None] | None = None) -> Path:  # fmt: skip
    """Copy a bundle to a removable drive: a hidden temp name, fsync, compare SHA-256 of both, then rename.

    ``progress(done, total)`` in bytes: the copy, then reading it back from the drive (total: twice the size)."""
    if not destination_folder.is_dir():
        raise ExportError(f"the folder {destination_folder} does not exist (is the drive mounted?)")
    target = destination_folder / source.name
    if target.exists():
        raise ExportError(f"{target} already exists on the drive")
    partial = destination_folder / f".{source.name}.partial-{secrets.token_hex(4)}"
    source_hash, copy_hash = hashlib.sha256(), hashlib.sha256()
    done = 0
    try:
        total = 2 * source.stat().st_size
        with open(source, "rb") as src, fsutil.open_new_private(partial) as dst:
            while block := src.read(chunk):
                source_hash.update(block)
                dst.write(block)
                done += len(block)
                if progress:
                    progress(done, total)
            dst.flush()
            os.fsync(dst.fileno())
        with open(partial, "rb") as again:  # read back what the drive holds, not the page cache's copy
            with contextlib.suppress(AttributeError, OSError):
                os.posix_fadvise(again.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            while block := again.read(chunk):
                copy_hash.update(block)
                done += len(block)
                if progress:
                    progress(done, total)
        if source_hash.digest() != copy_hash.digest():
            raise ExportError("the copy on the drive differs from the bundle: the drive may be failing")
        os.replace(partial, target)
        fsutil.fsync_dir(destination_folder)
    except OSError as exc:
        raise fsutil.storage_error(exc, "copying the bundle to the drive") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return target
