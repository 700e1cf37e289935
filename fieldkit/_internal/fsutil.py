"""Small file-system helpers: durable writes, owner-only permissions, overwrite-before-unlink, errno mapping."""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, cast

from fieldkit.errors import DiskFullError, StorageIOError

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


T = TypeVar("T")

# Files as last parsed (parsed_file), by path, with the stat they were parsed at.
_PARSED: dict[tuple[Path, Callable[[str], Any]], tuple[tuple[int, int, int, int], Any]] = {}
_PARSED_LOCK = threading.Lock()


def parsed_file(path: Path, parse: Callable[[str], T]) -> T:
    """``parse`` of the UTF-8 text of ``path``, parsed again only when the file changed (its inode, size, mtime or
    ctime: an append changes the size, a rewrite by rename the inode). The value is shared: callers copy it before
    changing it. HQ's upload servers authenticate every request against allowed_signers and the credentials file:
    parsing 500 enrolled devices' keys each time took ~80 ms of CPU per request, and 500 uploading devices queued."""
    stat = path.stat()
    seen = (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    with _PARSED_LOCK:
        cached = _PARSED.get((path, parse))
    if cached is not None and cached[0] == seen:
        return cast(T, cached[1])
    text = path.read_text("utf-8")
    after = path.stat()
    value = parse(text)
    if (after.st_ino, after.st_size, after.st_mtime_ns, after.st_ctime_ns) == seen:  # not changed while read
        with _PARSED_LOCK:
            _PARSED[(path, parse)] = (seen, value)
    return value


def read_small_file(path: Path, limit: int, *, unreadable: Callable[[OSError], Exception],
                    too_large: Callable[[], Exception]) -> bytes:  # fmt: skip
    """A whole small file (a configuration, a catalogue, a photo of a tag), reading at most ``limit`` + 1 bytes so a
    huge or endless file costs nothing; ``unreadable(error)`` or ``too_large()`` is raised, the caller's own words."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise unreadable(exc) from exc
    if len(data) > limit:
        raise too_large()
    return data


def storage_error(exc: OSError, what: str) -> DiskFullError | StorageIOError:
    """Map an OSError from the store's disk to fieldkit's error (never includes file contents)."""
    if exc.errno in _DISK_FULL:
        return DiskFullError(f"the disk is full while {what}")
    return StorageIOError(f"{what} failed: {os.strerror(exc.errno) if exc.errno else exc}")


@contextlib.contextmanager
def storage_errors(what: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise storage_error(exc, what) from exc


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_new_private(path: Path) -> BinaryIO:
    """Create a new file readable only by its owner; refuse to follow or replace anything already there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    # Buffered: BufferedWriter completes the short writes a nearly full disk makes (a raw file would not).
    return os.fdopen(fd, "wb")


def write_private_file(target: Path, data: bytes, *, replace: bool) -> bool:
    """Write ``data`` to a new file readable only by its owner (0600), synced with its folder. A file already at
    ``target`` is replaced whole (a private file beside it, renamed over it) only with ``replace``; True when one was.
    Raises FileExistsError (there, and not ``replace``), IsADirectoryError (there, and not a regular file: never
    replaced) or another OSError (nothing is left half-written)."""
    exists = target.exists() or target.is_symlink()
    if exists and not replace:
        raise FileExistsError(errno.EEXIST, "exists", str(target))
    if exists and not target.is_file():
        raise IsADirectoryError(errno.EISDIR, "not a regular file", str(target))
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial") if exists else target
    try:
        with open_new_private(partial) as sink:
            sink.write(data)
            sink.flush()
            os.fsync(sink.fileno())
        if exists:
            os.replace(partial, target)
        fsync_dir(target.parent)
    except FileExistsError:
        raise
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return exists


def write_file_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a new file beside it, fsync, rename, fsync the folder."""
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    with open_new_private(tmp) as fh:
        fh.write(data)
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def overwrite_and_unlink(path: Path) -> None:
    """Overwrite a file with random bytes, flush it to the disk, then delete it.

    On flash and copy-on-write file systems the old blocks may survive the overwrite; that is why what we delete
    this way is either a key slot (whose secrecy also rests on the passphrase) or a file whose key is destroyed
    with its database record (see docs/store.md).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            remaining = size
            block = 1 << 20
            while remaining > 0:
                n = min(block, remaining)
                os.write(fd, os.urandom(n))
                remaining -= n
            os.fsync(fd)
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def file_time(nanoseconds: int | None) -> str | None:
    """A file-system time as ISO 8601 UTC with all nine digits the file system may keep."""
    if nanoseconds is None:
        return None
    seconds, fraction = divmod(nanoseconds, 1_000_000_000)
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):  # a hostile medium's time beyond what datetime holds
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:09d}Z"


def file_times(info: os.stat_result) -> dict[str, str | None]:
    """Modified, changed (inode change) and born (creation, where the OS gives it) from one stat."""
    born_ns: int | None = getattr(info, "st_birthtime_ns", None)
    born_s: float | None = getattr(info, "st_birthtime", None)  # macOS and BSD give seconds only
    if born_ns is None and born_s is not None:
        born_ns = int(born_s * 1_000_000_000)
    changed_ns: int | None = info.st_ctime_ns
    if os.name == "nt":  # Windows' st_ctime is the creation time (up to Python 3.11), not a change time
        born_ns = born_ns if born_ns is not None else info.st_ctime_ns
        changed_ns = None
    return {"modified": file_time(info.st_mtime_ns), "changed": file_time(changed_ns), "born": file_time(born_ns)}
