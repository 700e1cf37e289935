"""Jobs the store thread runs for the window: plain functions of the core API, no Qt, no SQL."""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from fieldkit.bundle import ledger
from fieldkit.config import KdfParams
from fieldkit.core.importer import Importer, ImportOutcome, ImportSummary
from fieldkit.core.models import Capture, Case, CustodyEvent, Item
from fieldkit.gui.tasks import Job, JobContext
from fieldkit.store.store import Store

THUMBNAIL_SIZE = 192
_THUMBNAIL_SOURCE_LIMIT = 96 << 20
_IMAGE_TYPES = {"image/jpeg", "image/png", "image/tiff", "image/bmp", "image/gif", "image/webp"}


@dataclass(frozen=True)
class Overview:
    operator: str
    device_fingerprint: str
    cases: list[Case]
    items: list[Item]
    unbundled: int
    recipients: int


def unlock(folder: Path, passphrase: str, operator: str | None) -> Job:
    def job(context: JobContext) -> Store:
        return Store.open(folder, passphrase, operator or None)

    return job


def create_store(folder: Path, operator: str, passphrase: str, kdf: KdfParams | None) -> Job:
    def job(context: JobContext) -> Store:
        return Store.init(folder, operator, passphrase, kdf=kdf)

    return job


def overview(context: JobContext) -> Overview:
    store = context.need_store()
    return Overview(
        operator=store.operator.name,
        device_fingerprint=store.device_fingerprint(),
        cases=store.cases(),
        items=store.items(),
        unbundled=ledger.unbundled_count(store),
        recipients=len(ledger.recipients(store)),
    )


def captures_of(item: Item) -> Job:
    def job(context: JobContext) -> list[Capture]:
        store = context.need_store()
        return [c for c in store.captures(case=item.case_name, item=item.tag)]

    return job


def thumbnails(capture_ids: list[int]) -> Job:
    """Small JPEGs of photos, made in memory from the decrypted originals and never written anywhere."""

    def job(context: JobContext) -> dict[int, bytes | None]:
        store = context.need_store()
        result: dict[int, bytes | None] = {}
        for capture_id in capture_ids:
            if context.cancel.is_set():
                break
            capture = store.capture(capture_id)
            if capture.media_type not in _IMAGE_TYPES or capture.size > _THUMBNAIL_SOURCE_LIMIT:
                result[capture_id] = None
                continue
            data = b"".join(store.read_original(capture_id))
            result[capture_id] = make_thumbnail(data)
        return result

    return job


def make_thumbnail(data: bytes) -> bytes | None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > 180_000_000:
                return None
            image.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
            from PIL import ImageOps

            shown = ImageOps.exif_transpose(image)
            shown.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            out = io.BytesIO()
            shown.convert("RGB").save(out, "JPEG", quality=85)
            return out.getvalue()
    except Exception:  # an undecodable image shows a placeholder, never an error
        return None


def new_item(case_name: str, tag: str, category: str) -> Job:
    def job(context: JobContext) -> Item:
        store = context.need_store()
        return store.ensure_item(store.ensure_case(case_name), tag, category)

    return job


def save_item(item: Item, changes: dict[str, str | None]) -> Job:
    def job(context: JobContext) -> Item:
        return context.need_store().update_item(item, **changes)

    return job


def import_files(item: Item, paths: list[Path]) -> Job:
    def job(context: JobContext) -> ImportSummary:
        store = context.need_store()
        importer = Importer(store, cancel=context.cancel, progress=context.progress)
        return importer.run(item.case_name, item.tag, paths)

    return job


def custody_of(item: Item) -> Job:
    def job(context: JobContext) -> tuple[list[CustodyEvent], bool, list[str]]:
        store = context.need_store()
        from fieldkit.store import custody

        _count, problems = custody.verify_chain(store.conn)
        subjects = {f"item:{item.uuid}"} | {f"capture:{c.uuid}" for c in store.captures(item.case_name, item.tag)}
        events = [e for e in store.custody_events() if e.subject in subjects or e.details.get("item") == item.uuid]
        return events, not problems, problems

    return job


def free_disk(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder if folder.exists() else folder.parent).free
    except OSError:
        return -1


__all__ = ["ImportOutcome", "Overview"]
