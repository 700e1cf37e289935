"""Operators and their passphrases, settings kept in the store, and HQ's provisioning file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.bundle.provisioning import Provisioning
from fieldkit.config import KdfParams
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.outgoing import ledger
from fieldkit.sync.outbox import apply_provisioning


def operators(context: JobContext) -> list[str]:
    return [o.name for o in context.need_store().operators()]


def add_operator(name: str, passphrase: str, kdf: KdfParams | None) -> Job:
    def job(context: JobContext) -> Changed[str]:
        return Changed(context.need_store().add_operator(name, passphrase, kdf).name, Changes.OPERATORS)

    return job


def remove_operator(name: str) -> Job:
    def job(context: JobContext) -> Changed[None]:
        context.need_store().remove_operator(name)
        return Changed(None, Changes.OPERATORS)

    return job


def change_passphrase(name: str, passphrase: str, kdf: KdfParams | None) -> Job:
    def job(context: JobContext) -> None:
        context.need_store().change_passphrase(name, passphrase, kdf)

    return job


def set_setting(key: str, value: str) -> Job:
    def job(context: JobContext) -> None:
        ledger.set_setting(context.need_store(), key, value)

    return job


@dataclass(frozen=True)
class Provisioned:
    """What a provisioning file set, for the operator to compare with HQ (docs/hq.md; the command line's
    ``provision import`` prints the same)."""

    added: int  # recipients that were new
    organisation: str
    recipients: tuple[str, ...]
    signing_key: str | None  # SHA-256 fingerprint of HQ's signing key
    endpoint: str | None  # where bundles are sent, if the file names this device
    certificate: str | None  # SHA-256 of the server's certificate (pinned)
    ori: str | None
    dai: str | None


def import_provisioning(path: Path) -> Job:
    """HQ's recipients and, when the file names this device, its upload endpoint. Returns what it set."""

    def job(context: JobContext) -> Changed[Provisioned]:
        document = Provisioning.from_bytes(path.read_bytes())
        added = apply_provisioning(context.need_store(), document)
        upload = document.upload
        done = Provisioned(added, document.organisation, document.recipients, document.signing_key_fingerprint,
                           upload.endpoint if upload else None, upload.tls_sha256 if upload else None,
                           document.ori, document.dai)  # fmt: skip
        return Changed(done, Changes.PROVISIONING)

    return job
