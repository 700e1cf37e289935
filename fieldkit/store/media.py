"""Encrypted media files under ``media/``, written through ``staging/`` so a capture appears only when complete."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldkit._internal import fsutil
from fieldkit.config import Limits
from fieldkit.errors import FieldkitError, MediaCorruptError
from fieldkit.store import streamcrypt


class FileLayer:
    """How the store creates media files. Tests pass a subclass that fails on purpose (disk full, I/O error)."""

    def open_new(self, path: Path) -> BinaryIO:
        return fsutil.open_new_private(path)


@dataclass(frozen=True)
class StagedMedia:
    media_id: str
    salt: bytes
    sha256: str
    size: int
    encrypted_size: int
    path: Path


class _EarlyWriteback:
    """Asks the kernel to start writing each few MiB to the disk as soon as it is written, so the fsync at the end
    of the file waits for little and the disk works while the next chunks are hashed and encrypted."""

    _STEP = 2 << 20

    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink
        self._written = 0
        self._flushed = 0
        self._advise = getattr(os, "posix_fadvise", None)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = self._sink.write(data)
        self._written += n
        if self._advise is not None and self._written - self._flushed >= self._STEP:
            with contextlib.suppress(OSError, AttributeError, io.UnsupportedOperation):
                self._advise(self._sink.fileno(), self._flushed, self._written - self._flushed,
                             os.POSIX_FADV_DONTNEED)  # fmt: skip
            self._flushed = self._written
        return n


class MediaStore:
    def __init__(self, root: Path, media_root_key: bytes, limits: Limits, file_layer: FileLayer) -> None:
        self.media_dir = root / "media"
        self.staging_dir = root / "staging"
        self._root_key = media_root_key
        self._limits = limits
        self._files = file_layer

    def create_folders(self) -> None:
        fsutil.make_private_dir(self.media_dir)
        fsutil.make_private_dir(self.staging_dir)

    def path_of(self, media_id: str) -> Path:
        if not (len(media_id) == 32 and all(c in "0123456789abcdef" for c in media_id)):
            raise MediaCorruptError("malformed media id in the database")
        return self.media_dir / media_id[:2] / media_id

    def stage(
        self,
        source: streamcrypt.Readable,
        observe: Callable[[bytearray, int], None] | None = None,
        *,
        sync: bool = True,
    ) -> StagedMedia:
        """Stream ``source`` into a new encrypted file in staging/. Nothing in the database yet.

        With ``sync=False`` the file is not fsynced here: the caller must publish it with ``sync=True``, which lets
        an importer hash and encrypt the next file while another thread waits for the disk.
        """
        file_id = secrets.token_bytes(streamcrypt.FILE_ID_LEN)
        salt = secrets.token_bytes(32)
        media_id = file_id.hex()
        path = self.staging_dir / media_id
        key = streamcrypt.media_file_key(self._root_key, salt, file_id)
        try:
            with self._files.open_new(path) as sink:
                result = streamcrypt.encrypt_stream(
                    source,
                    _EarlyWriteback(sink),
                    key,
                    file_id,
                    self._limits.media_chunk_size,
                    self._limits.max_original_bytes,
                    observe,
                )
                sink.flush()
                if sync:
                    os.fsync(sink.fileno())
        except OSError as exc:
            self._remove_quietly(path)
            raise fsutil.storage_error(exc, "writing an encrypted media file") from exc
        except BaseException:
            self._remove_quietly(path)
            raise
        return StagedMedia(media_id, salt, result.sha256, result.size, result.encrypted_size, path)

    def publish(self, staged: StagedMedia, *, sync: bool = False) -> None:
        """Move a staged file to its place under media/; durable before the database learns of it.

        ``sync=True`` first flushes the file's data (for files staged with ``sync=False``).
        """
        target = self.path_of(staged.media_id)
        try:
            if sync:
                fd = os.open(staged.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            fsutil.make_private_dir(target.parent)
            os.replace(staged.path, target)
            fsutil.fsync_dir(target.parent)
            fsutil.fsync_dir(self.staging_dir)
        except OSError as exc:
            self._remove_quietly(staged.path)
            raise fsutil.storage_error(exc, "storing an encrypted media file") from exc

    def discard(self, staged: StagedMedia) -> None:
        self._remove_quietly(staged.path)
        self._remove_quietly(self.path_of(staged.media_id))

    def read(self, media_id: str, salt: bytes) -> Iterator[bytes]:
        """Decrypt a stored file chunk by chunk (see streamcrypt.decrypt_stream for the caveat on partial output)."""
        file_id = bytes.fromhex(media_id)
        key = streamcrypt.media_file_key(self._root_key, salt, file_id)
        try:
            fh = open(self.path_of(media_id), "rb")  # noqa: SIM115 - closed in the finally below
        except FileNotFoundError:
            raise MediaCorruptError("an encrypted media file is missing from the store") from None
        except OSError as exc:
            raise fsutil.storage_error(exc, "reading an encrypted media file") from exc
        try:
            yield from streamcrypt.decrypt_stream(fh, key, file_id)
        except OSError as exc:
            raise fsutil.storage_error(exc, "reading an encrypted media file") from exc
        finally:
            fh.close()

    def delete(self, media_id: str) -> None:
        path = self.path_of(media_id)
        fsutil.overwrite_and_unlink(path)
        with contextlib.suppress(OSError):
            fsutil.fsync_dir(path.parent)

    def stored_ids(self) -> Iterator[str]:
        if not self.media_dir.is_dir():
            return
        for fan in self.media_dir.iterdir():
            if fan.is_dir():
                for entry in fan.iterdir():
                    yield entry.name

    def sweep(self, known_ids: Iterable[str]) -> int:
        """Remove what an interrupted import or delete left behind: staged files and files no record names."""
        known = set(known_ids)
        removed = 0
        if self.staging_dir.is_dir():
            for leftover in self.staging_dir.iterdir():
                self._remove_quietly(leftover)
                removed += 1
        for media_id in list(self.stored_ids()):
            if media_id not in known:
                try:
                    path = self.path_of(media_id)
                except FieldkitError:
                    continue  # not ours: leave files we did not write alone
                self._remove_quietly(path)
                removed += 1
        return removed

    @staticmethod
    def _remove_quietly(path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
