"""Where HQ keeps bundle files: the HQ folder (one box: the default) or an S3-compatible object store (past one
machine: Ceph RGW with object lock, or a cloud S3; docs/hq.md). One interface over both, addressed by keys:

    archive/<device>/<sequence:06d>-<tagmanifest[:12]>.fkb   an archived bundle
    quarantine/<when>-<random>.fkb                            a held or refused bundle
    quarantine/<when>-<random>.json                           its note: reason, message, SHA-256, report
    incoming/<when>-<random>.fkb                              a bundle handed to `hq ingest`, waiting for a worker

A key is a relative path of '/'-separated names made of [A-Za-z0-9._-] (checked: never '..', never absolute). The
index stores keys, never absolute paths, so an HQ folder or bucket can move. Reads are streams (memory stays flat
whatever the bundle's size); writes hash what they write (SHA-256) so what was kept is known end to end."""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from fieldkit._internal import fsutil
from fieldkit.errors import HqObjectStorageError, InvalidValueError

_KEY = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")
PIECE = 1 << 20


def check_key(key: str) -> str:
    if not _KEY.fullmatch(key) or any(part in (".", "..") for part in key.split("/")):
        raise InvalidValueError(f"{key!r} is not a storage key (relative, '/'-separated names of A-Z a-z 0-9 . _ -)")
    return key


class Storage:
    """Bundle files by key. Every method may raise HqObjectStorageError (the store failed) or, for a key that is not
    there, FileNotFoundError."""

    url: str  # for display: where this storage is (never a secret)

    def open(self, key: str) -> BinaryIO:
        """A stream of the object's bytes (read sequentially; close it)."""
        raise NotImplementedError

    def put(self, key: str, source: BinaryIO) -> tuple[str, int]:
        """Write ``source`` (read to its end) as a new object ``key`` durably; its SHA-256 (hex) and size. Refuses
        (InvalidValueError) to replace an object that exists."""
        raise NotImplementedError

    def put_bytes(self, key: str, data: bytes) -> None:
        """Write a small object (a note), replacing any there."""
        raise NotImplementedError

    def copy(self, source: str, target: str) -> None:
        """Copy ``source`` to ``target`` inside the store (no bytes through this process where the store can do it)."""
        raise NotImplementedError

    def move(self, source: str, target: str) -> None:
        """``copy`` then ``delete`` the source (one rename where the store can)."""
        self.copy(source, target)
        self.delete(source)

    def delete(self, key: str) -> None:
        """Remove ``key``; nothing happens when it is not there."""
        raise NotImplementedError

    def size(self, key: str) -> int | None:
        """The object's size in bytes, or None when it is not there."""
        raise NotImplementedError

    def exists(self, key: str) -> bool:
        return self.size(key) is not None

    def abort_unfinished(self, key: str) -> None:
        """Drop any write to ``key`` begun and never finished (an object store's multipart upload: its parts are
        kept, and billed, until aborted); a folder has none."""

    def keys(self, prefix: str) -> Iterator[str]:
        """The keys under ``prefix`` (a folder, e.g. "quarantine/"), sorted."""
        raise NotImplementedError

    def free_bytes(self) -> int | None:
        """Room left for new objects, or None when the store does not say (object stores grow)."""
        return None

    def describe(self, key: str) -> str:
        """Where ``key`` is, as an operator reads it: a file path, or s3://bucket/prefix/key."""
        raise NotImplementedError

    def key_at(self, where: str) -> str | None:
        """The key ``where`` names in this store: a key itself (archive/DEVICE/...fkb) or a location ``describe``
        gave (a file path below the folder, s3://bucket/prefix/key); None when it names nothing here. Whether the
        object is there is not checked."""
        base = self.describe("k")[:-1]  # describe(key) is this store's base followed by the key
        key = where[len(base) :] if where.startswith(base) else where
        try:
            return check_key(key)
        except InvalidValueError:
            return None

    def local_path(self, key: str) -> Path | None:
        """The file holding ``key`` when the store is a folder on this machine (for tools that want a file), else
        None."""
        return None


class LocalStorage(Storage):
    """The HQ folder: keys are paths below it; writes are fsynced (file, then folder); a move is a rename."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.absolute()
        self.url = str(self.folder)

    def path(self, key: str) -> Path:
        return self.folder / check_key(key)

    def key_of(self, path: Path | str) -> str | None:
        """The key of a file below the folder (an absolute path an older index stored), else None."""
        try:
            return Path(path).absolute().relative_to(self.folder).as_posix()
        except ValueError:
            return None

    def open(self, key: str) -> BinaryIO:
        return open(self.path(key), "rb")

    def put(self, key: str, source: BinaryIO) -> tuple[str, int]:
        target = self.path(key)
        digest = hashlib.sha256()
        size = 0
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with open(target, "xb") as writing:
                while chunk := source.read(PIECE):
                    digest.update(chunk)
                    writing.write(chunk)
                    size += len(chunk)
                writing.flush()
                os.fsync(writing.fileno())
            fsutil.fsync_dir(target.parent)
        except FileExistsError as exc:
            raise InvalidValueError(f"{target} exists already: HQ never replaces a bundle file") from exc
        except OSError as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            raise fsutil.storage_error(exc, f"writing {target}") from exc
        return digest.hexdigest(), size

    def put_bytes(self, key: str, data: bytes) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fsutil.write_file_durably(target, data)

    def copy(self, source: str, target: str) -> None:
        to = self.path(target)
        to.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with fsutil.storage_errors(f"copying {source} to {target}"):
            # Bundle files never change once written: a second name for the same bytes is a copy, at no cost. It
            # replaces what a copy killed before its index commit left at ``target`` (as a copy in S3 does).
            fresh = to.with_name(f"{to.name}.{secrets.token_hex(4)}.tmp")
            try:
                os.link(self.path(source), fresh)
            except FileNotFoundError:
                raise
            except OSError:  # another file system, or one without hard links
                shutil.copyfile(self.path(source), fresh)
                with open(fresh, "rb+") as handle:
                    os.fsync(handle.fileno())
            if to.exists() and os.path.samefile(fresh, to):  # rename() between two names of one file does nothing
                fresh.unlink()
            else:
                os.replace(fresh, to)
            fsutil.fsync_dir(to.parent)

    def move(self, source: str, target: str) -> None:
        to = self.path(target)
        to.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with fsutil.storage_errors(f"moving {source} to {target}"):
            os.replace(self.path(source), to)
            fsutil.fsync_dir(to.parent)

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

    def size(self, key: str) -> int | None:
        try:
            return self.path(key).stat().st_size
        except FileNotFoundError:
            return None

    def keys(self, prefix: str) -> Iterator[str]:
        base = self.folder / check_key(prefix.rstrip("/")) if prefix.strip("/") else self.folder
        if not base.is_dir():
            return iter(())
        return iter(sorted(p.relative_to(self.folder).as_posix() for p in base.rglob("*") if p.is_file()))

    def free_bytes(self) -> int | None:
        return shutil.disk_usage(self.folder).free

    def describe(self, key: str) -> str:
        return str(self.path(key))

    def local_path(self, key: str) -> Path | None:
        return self.path(key)


def open_storage(folder: Path, url: str | None = None) -> Storage:
    """HQ's bundle storage: the object store at ``url`` (s3://BUCKET[/PREFIX]?endpoint=URL&region=R, credentials
    from the standard AWS environment variables), else the HQ folder."""
    if not url:
        return LocalStorage(folder)
    if url.startswith("s3://"):
        # By name, when a URL asks for it: boto3 is the 'hq' extra, and this base module does not depend on its
        # S3 subclass (which imports it).
        s3storage = importlib.import_module("fieldkit.hq.s3storage")
        return cast(Storage, s3storage.S3Storage(url))
    raise HqObjectStorageError(f"{url} is not a storage URL: give s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION")
