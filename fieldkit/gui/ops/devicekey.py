"""The device's signing key for enrolment at HQ: its allowed_signers line, fingerprint and spoken words, written to a
folder or a USB drive. All of it is public (the private key never leaves the store), none of it is evidence."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldkit._internal import fsutil, pgpwords
from fieldkit.gui.ops import Job, JobContext
from fieldkit.sources.cards import DEFAULT_MOUNT_ROOTS, other_volumes


@dataclass(frozen=True)
class DeviceKey:
    device_id: str
    line: str  # the device as a line of HQ's allowed_signers file: what HQ enrols
    fingerprint: str  # SHA256:... as ssh-keygen -l prints it
    words: tuple[str, ...]  # the first bytes of the fingerprint as PGP words, read aloud to HQ

    @property
    def file_name(self) -> str:
        return f"fieldkit-device-{self.device_id}.allowed_signers"


def device_key(context: JobContext) -> DeviceKey:
    store = context.need_store()
    fingerprint = store.device_fingerprint()
    return DeviceKey(store.device_id, store.device_allowed_signers_line(), fingerprint,
                     tuple(pgpwords.fingerprint_words(fingerprint)))  # fmt: skip


def export_key(key: DeviceKey, folder: Path) -> Job:
    """Write the allowed_signers line into ``folder`` (replacing this device's earlier export); returns the file."""
    return export_key_file(key, folder / key.file_name)


def export_key_file(key: DeviceKey, target: Path) -> Job:
    """Write the allowed_signers line to the file ``target`` the operator named (into it under the usual name, if
    it is a folder); returns the file written."""

    def job(context: JobContext) -> Path:
        path = target / key.file_name if target.is_dir() else target
        with fsutil.storage_errors(f"writing the device key to {path}"):
            fsutil.write_file_durably(path, (key.line + "\n").encode())
        return path

    return job


def removable_drives(
    roots: Sequence[Path] | None = None, is_mount: Callable[[Path], bool] = os.path.ismount, depth: int = 2
) -> Job:
    """Mounted drives under the folders where removable media appear (/media/USER/LABEL, /run/media/USER/LABEL,
    /mnt/X, /Volumes/X): the folders up to ``depth`` levels below a root that are mount points."""

    def job(context: JobContext) -> list[Path]:
        found: list[Path] = []
        for root in DEFAULT_MOUNT_ROOTS if roots is None else roots:
            level = [root]
            for _ in range(depth):
                below: list[Path] = []
                for folder in level:
                    try:
                        children = sorted(p for p in folder.iterdir() if p.is_dir())
                    except OSError:
                        continue
                    for child in children:
                        (found if is_mount(child) else below).append(child)
                level = below
        if roots is None:  # drive letters on Windows, a volume mounted elsewhere
            found += [volume for volume in other_volumes() if volume not in found]
        return found

    return job
