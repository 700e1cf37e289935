"""What the device knows about its bundles: HQ recipients, its organisation, and the bundles it made.

The rules over the store's ``ledger``, ``settings`` and ``originals`` parts (store/ledger.py owns the tables):
a recipient is a valid age key before it is kept, an organisation name is cleaned like every other name.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.bundle import age
from fieldkit.store.ledger import BundleRecord as BundleRecord
from fieldkit.store.store import Store, clean_name

BUNDLE_FOLDER = "bundle_folder"  # the setting: where the last 'bundle create' wrote


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


def last_complete(store: Store) -> BundleRecord | None:
    """The newest bundle written whole: the next one chains to it and carries the custody entries after it."""
    complete = [b for b in bundles(store) if b.state == "complete"]
    return complete[-1] if complete else None


def unbundled_count(store: Store) -> int:
    return store.originals.unbundled_count()


def bundle_path(store: Store, record: BundleRecord) -> Path | None:
    """Where the device last wrote this bundle (the folder of the most recent 'bundle create')."""
    folder = setting(store, BUNDLE_FOLDER)
    return Path(folder) / record.file_name if folder and record.file_name else None
