"""Making bundles for HQ and copying them to a removable drive."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import ExportError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.outgoing import copy, ledger


@dataclass(frozen=True)
class BundlesOverview:
    bundles: list[ledger.BundleRecord]
    unbundled: int
    recipients: int
    folder: str


def bundles_overview(context: JobContext) -> BundlesOverview:
    store = context.need_store()
    return BundlesOverview(ledger.bundles(store), ledger.unbundled_count(store), len(ledger.recipients(store)),
                           ledger.setting(store, "bundle_folder"))  # fmt: skip


def create_bundles(out: Path, max_size: int | None) -> Job:
    def job(context: JobContext) -> Changed[list[object]]:
        from fieldkit.outgoing import compose  # lazy: bundle writer, crypto, ANSI/NIST cost ~30-40 ms at start-up

        store = context.need_store()
        waiting: list[object] = []

        def wait(capture: object, needed: int) -> None:
            waiting.append((capture, needed))

        made: list[object] = list(compose.create_bundles(store, out, max_size,
                                                        progress=lambda done, total: context.progress((done, total)),
                                                        cancel=context.cancel, too_large=wait))  # fmt: skip
        made += waiting  # (capture, bytes needed): captures too large for the bundle size, which wait
        return Changed(made, Changes.BUNDLES)

    return job


def copy_bundle(sequence: int, drive: Path) -> Job:
    def job(context: JobContext) -> Path:
        store = context.need_store()
        record = next((b for b in ledger.bundles(store) if b.sequence == sequence), None)
        source = ledger.bundle_path(store, record) if record else None
        if source is None or not source.is_file():
            raise ExportError("the bundle file is no longer where it was made: create bundles again")
        return copy.copy_verified(source, drive, progress=lambda done, total: context.progress((done, total)))

    return job
