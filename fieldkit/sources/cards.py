"""Camera memory cards and folders: find mounted volumes with a DCIM folder and the files on them that are not in
the store yet (recognised by SHA-256, whatever their names or the item they went into), and import those as one
acquisition of the card: paths relative to the card's root, its label, volume id and file system recorded."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import psutil

from fieldkit.core.importer import Importer, ImportOutcome, ImportSummary, walk
from fieldkit.store.store import Store

# Where desktop Linux mounts removable media (udisks: /media/USER/LABEL, /run/media/USER/LABEL), /mnt, and macOS.
DEFAULT_MOUNT_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"), Path("/Volumes"))
# Mount points that are the system, never a card (Linux and macOS); on Windows the system drive is left out.
_SYSTEM_MOUNTS = ("/", "/boot", "/boot/efi", "/efi", "/home", "/usr", "/var", "/tmp", "/opt", "/srv", "/nix")  # noqa: S108 - compared, never written


def other_volumes() -> list[Path]:
    """Mounted volumes the operating system lists (psutil) outside the folders above: drive letters on Windows,
    where those folders do not exist, or a card mounted by hand elsewhere on Linux; the system's own left out."""
    system_drive = os.environ.get("SYSTEMDRIVE", "").rstrip("\\/").upper()
    try:
        partitions = psutil.disk_partitions(all=False)
    except (OSError, RuntimeError):  # no permission to list the mounts: the usual folders still work
        return []
    volumes: list[Path] = []
    for partition in partitions:
        point = partition.mountpoint
        if point in _SYSTEM_MOUNTS or point.startswith(("/boot/", "/snap/", "/var/", "/usr/")):
            continue
        if system_drive and point.rstrip("\\/").upper() == system_drive:
            continue
        path = Path(point)
        if not any(path == root or root in path.parents for root in DEFAULT_MOUNT_ROOTS) and path not in volumes:
            volumes.append(path)
    return volumes


@dataclass(frozen=True)
class Card:
    root: Path
    dcim: Path


def find_cards(roots: Iterable[Path] | None = None, depth: int = 3) -> list[Card]:
    """Mounted volumes (up to ``depth`` folders below a mount root) that hold a DCIM folder. ``roots`` None: the
    usual mount folders, and every other mounted volume with DCIM at its top (a camera writes it there; a data
    disk with a DCIM folder deep inside is not a card)."""
    if roots is None:
        on_volumes = [Card(volume, volume / "DCIM") for volume in other_volumes() if (volume / "DCIM").is_dir()]
        return sorted([*find_cards(DEFAULT_MOUNT_ROOTS, depth), *on_volumes], key=lambda card: str(card.root))
    found: list[Card] = []
    for root in roots:
        stack = [(root, 0)]
        while stack:
            folder, level = stack.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                if not entry.is_dir(follow_symlinks=False):
                    continue
                if entry.name.upper() == "DCIM":
                    found.append(Card(folder, Path(entry.path)))
                elif level < depth:
                    stack.append((Path(entry.path), level + 1))
    unique = {str(card.root): card for card in found}  # a volume reached from two roots is one card
    return [unique[key] for key in sorted(unique)]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def new_files(store: Store, folder: Path) -> tuple[list[Path], int]:
    """The files under ``folder`` whose bytes are not in the store yet, and how many were already there."""
    fresh: list[Path] = []
    known = 0
    for entry in walk([folder], None):
        if entry.entry_type != "file":
            continue
        path = entry.path
        try:
            digest = _sha256(path)
        except OSError:
            fresh.append(path)  # let the import report the read error for this file
            continue
        if store.captures_by_sha256(digest):
            known += 1
        else:
            fresh.append(path)
    return fresh, known


def import_card(
    store: Store,
    card: Card,
    files: Iterable[Path],
    case_name: str,
    item_tag: str,
    *,
    progress: Callable[[ImportOutcome], None] | None = None,
    cancel: threading.Event | None = None,
) -> ImportSummary:
    """Import ``files`` (those ``new_files`` found) as one acquisition of the card, with source 'card'."""
    importer = Importer(store, source="card", progress=progress, cancel=cancel)
    return importer.run(case_name, item_tag, files, root=card.root)
