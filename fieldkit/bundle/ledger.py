"""What a device knows about bundles: HQ recipients, its organisation, and the bundles it made (in the store)."""

from __future__ import annotations

from pathlib import Path

from fieldkit.bundle import age
from fieldkit.errors import InvalidValueError
from fieldkit.store.ledger import BundleRecord as BundleRecord
from fieldkit.store.store import Store, clean_name


def recipients(store: Store) -> list[str]:
    return store.ledger.recipients()


def add_recipient(store: Store, recipient: str, label: str = "") -> bool:
    """Add an HQ age recipient; returns False if it was already there."""
    recipient = recipient.strip()
    age.parse_recipient(recipient)
    if recipient in recipients(store):
        return False
    store.ledger.add_recipient(recipient, label)
    return True


def setting(store: Store, key: str, default: str = "") -> str:
    return store.settings.get(key, default)


def set_setting(store: Store, key: str, value: str) -> None:
    store.settings.set(key, value)


def organisation(store: Store) -> str:
    return setting(store, "organisation", "")


def set_organisation(store: Store, name: str) -> None:
    set_setting(store, "organisation", clean_name(name, "organisation", store.limits))


def bundles(store: Store) -> list[BundleRecord]:
    return store.ledger.bundles()


def unbundled_count(store: Store) -> int:
    return store.originals.unbundled_count()


def bundle_path(store: Store, record: BundleRecord) -> Path | None:
    """Where the device last wrote this bundle (the folder of the most recent 'bundle create')."""
    folder = setting(store, "bundle_folder")
    return Path(folder) / record.file_name if folder and record.file_name else None


def copy_verified(source: Path, destination_folder: Path, chunk: int = 1 << 20) -> Path:
    """Copy a bundle to a removable drive: a hidden temp name, fsync, compare SHA-256 of both, then rename, so a
    pulled stick never holds a file that looks like a complete bundle."""
    import contextlib
    import hashlib
    import os
    import secrets

    from fieldkit._internal import fsutil
    from fieldkit.errors import ExportError

    if not destination_folder.is_dir():
        raise ExportError(f"the folder {destination_folder} does not exist (is the drive mounted?)")
    target = destination_folder / source.name
    if target.exists():
        raise ExportError(f"{target} already exists on the drive")
    partial = destination_folder / f".{source.name}.partial-{secrets.token_hex(4)}"
    source_hash, copy_hash = hashlib.sha256(), hashlib.sha256()
    try:
        with open(source, "rb") as src, fsutil.open_new_private(partial) as dst:
            while block := src.read(chunk):
                source_hash.update(block)
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        with open(partial, "rb") as again:  # read back what the drive holds, not the page cache's copy
            with contextlib.suppress(AttributeError, OSError):
                os.posix_fadvise(again.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            while block := again.read(chunk):
                copy_hash.update(block)
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


def parse_size(text: str, minimum: int = 1 << 20, what: str = "--max-size") -> int:
    """'3.9G', '700M', '4096K' or a number of bytes."""
    units = {"": 1, "B": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    value = text.strip().upper().removesuffix("IB").removesuffix("B") if text.strip().upper() != "B" else "1"
    unit = value[-1:] if value[-1:] in units else ""
    number = value[: len(value) - len(unit)] if unit else value
    try:
        size = int(float(number) * units[unit])
    except ValueError:
        raise InvalidValueError(f"'{text}' is not a size: use e.g. 700M or 3.9G") from None
    if size < minimum:
        raise InvalidValueError(f"{what} must be at least {minimum >> 10}K")
    return size
