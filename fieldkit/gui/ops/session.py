"""Opening, creating and wiping the store, and the few facts the window's status bar shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.config import KdfParams
from fieldkit.gui.ops import Job, JobContext
from fieldkit.outgoing import ledger
from fieldkit.store.store import Store


def unlock(folder: Path, passphrase: str, operator: str | None) -> Job:
    def job(context: JobContext) -> Store:
        return Store.open(folder, passphrase, operator or None)

    return job


def create_store(folder: Path, operator: str, passphrase: str, kdf: KdfParams | None) -> Job:
    def job(context: JobContext) -> Store:
        return Store.init(folder, operator, passphrase, kdf=kdf)

    return job


def wipe(folder: Path) -> Job:
    """Destroy every key slot of the (closed) store: nobody can open it any more."""

    def job(context: JobContext) -> object:
        return Store.wipe(folder)

    return job


def device_fingerprint(context: JobContext) -> str:
    return context.need_store().device_fingerprint()


@dataclass(frozen=True)
class Status:
    operator: str
    unbundled: int  # captures in no bundle yet


def status(context: JobContext) -> Status:
    store = context.need_store()
    return Status(store.operator.name, ledger.unbundled_count(store))
