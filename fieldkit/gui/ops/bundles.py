"""Making bundles for HQ and copying them to a removable drive."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldkit._internal import fsutil
from fieldkit.errors import ExportError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.gui.ops.devicekey import removable_drives
from fieldkit.models import Item
from fieldkit.outgoing import copy, ledger

BESIDE_STORE = "bundles"  # the folder made next to the store's when no other is known


@dataclass(frozen=True)
class BundlesOverview:
    bundles: list[ledger.BundleRecord]
    unbundled: int
    recipients: int
    folder: str  # where new bundles go by default: the last one used, else a USB drive, else beside the store
    folder_kind: str = "last"  # "last", "drive" or "beside"
    amendments: int = 0  # changes to what HQ already holds, waiting for the next bundle


def default_folder(store_folder: Path, last: str, drives: Sequence[Path]) -> tuple[str, str]:
    """The folder offered for new bundles, and why: the one used last (if it is still there), else the first
    mounted USB drive, else a "bundles" folder next to the store (made when the first bundle is written)."""
    if last and Path(last).is_dir():
        return last, "last"
    if drives:
        return str(drives[0]), "drive"
    return str(store_folder.absolute().parent / BESIDE_STORE), "beside"


def bundles_overview(
    drive_roots: Sequence[Path] | None = None, is_mount: Callable[[Path], bool] = os.path.ismount
) -> Job:
    """``drive_roots``/``is_mount``: where USB drives are looked for (None: where the platform mounts them)."""

    def job(context: JobContext) -> BundlesOverview:
        store = context.need_store()
        last = ledger.setting(store, ledger.BUNDLE_FOLDER)
        drives = [] if last and Path(last).is_dir() else removable_drives(drive_roots, is_mount)(context)
        folder, kind = default_folder(store.folder, last, drives)
        return BundlesOverview(ledger.bundles(store), ledger.unbundled_count(store), len(ledger.recipients(store)),
                               folder, kind, store.amendments.count_pending())  # fmt: skip

    return job


@dataclass(frozen=True)
class Concern:
    """Something to check in an item before its captures travel: ``what`` is "time" (no time recovered), "site"
    (no site) or "duplicate" (a capture with the same SHA-256 is also in ``other``, named ``name``)."""

    item: Item
    what: str
    other: str = ""
    name: str = ""


def bundle_concerns(context: JobContext) -> list[Concern]:
    """What is worth a look in the items whose captures the next bundle takes: no time recovered, no site, and
    files that are also in another item (the same SHA-256)."""
    store = context.need_store()
    pending = store.originals.pending_for_bundle()
    if not pending:
        return []
    items = {item.id: item for item in store.items()}
    where: dict[str, dict[int, str]] = {}  # sha256 -> item id -> a file name
    for capture in store.captures():
        where.setdefault(capture.sha256, {}).setdefault(capture.item_id, capture.original_name)
    concerns: list[Concern] = []
    seen: set[tuple[int, str, str]] = set()
    for item_id in dict.fromkeys(capture.item_id for capture in pending):
        item = items.get(item_id)
        if item is None:
            continue
        if not item.recovered_at:
            concerns.append(Concern(item, "time"))
        if item.site_id is None:
            concerns.append(Concern(item, "site"))
    for capture in pending:
        item = items.get(capture.item_id)
        for other_id in where.get(capture.sha256, {}):
            other = items.get(other_id)
            if item is None or other is None or other_id == capture.item_id:
                continue
            key = (min(item.id, other_id), capture.sha256, "duplicate")
            if key in seen:
                continue
            seen.add(key)
            concerns.append(Concern(item, "duplicate", f"{other.case_name} / {other.tag}", capture.original_name))
    return concerns


def create_bundles(out: Path, max_size: int | None) -> Job:
    def job(context: JobContext) -> Changed[list[object]]:
        from fieldkit.outgoing import compose  # lazy: bundle writer, crypto, ANSI/NIST cost ~30-40 ms at start-up

        store = context.need_store()
        beside = store.folder.absolute().parent / BESIDE_STORE
        if out.absolute() == beside and not out.exists():  # the default folder next to the store: made now
            with fsutil.storage_errors(f"making the folder {out}"):
                out.mkdir()
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
