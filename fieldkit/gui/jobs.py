"""Jobs the store thread runs for the window: plain functions of the core API, no Qt, no SQL."""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from fieldkit.config import KdfParams
from fieldkit.core.importer import Importer, ImportSummary
from fieldkit.core.ocr import OcrPage
from fieldkit.core.pages import PageView
from fieldkit.core.similar import Match
from fieldkit.gui.tasks import Job, JobContext
from fieldkit.models import Capture, Case, CustodyEvent, Item, Site
from fieldkit.outgoing import compose, copy, ledger
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
    sites: dict[int, list[Site]]  # by case id


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
        sites={case.id: store.sites(case) for case in store.cases()},
    )


def add_site(case_name: str, name: str, latitude: float | None, longitude: float | None, description: str) -> Job:
    def job(context: JobContext) -> Site:
        store = context.need_store()
        case = store.ensure_case(case_name)
        return store.add_site(case, name, latitude, longitude, description=description)

    return job


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
            kinds = _IMAGE_TYPES | {"application/pdf"}
            if capture.media_type not in kinds or capture.size > _THUMBNAIL_SOURCE_LIMIT:
                result[capture_id] = None
                continue
            data = b"".join(store.read_original(capture_id))
            if capture.media_type == "application/pdf":
                result[capture_id] = pdf_thumbnail(data)
            else:
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


def pdf_thumbnail(data: bytes) -> bytes | None:
    """The first page of a PDF, rendered small in memory by pdfium."""
    try:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            page = document[0]
            width, height = page.get_size()
            image = page.render(scale=THUMBNAIL_SIZE / max(width, height, 1)).to_pil()
            page.close()
        finally:
            document.close()
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=85)
        return out.getvalue()
    except Exception:  # an unreadable PDF shows a placeholder, never an error
        return None


def new_item(case_name: str, tag: str, category: str) -> Job:
    def job(context: JobContext) -> Item:
        store = context.need_store()
        return store.ensure_item(store.ensure_case(case_name), tag, category)

    return job


def save_item(item: Item, changes: dict[str, str | int | None]) -> Job:
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
        _count, problems = store.custody.verify_chain()
        subjects = {f"item:{item.uuid}"} | {f"capture:{c.uuid}" for c in store.captures(item.case_name, item.tag)}
        events = [e for e in store.custody_events() if e.subject in subjects or e.details.get("item") == item.uuid]
        return events, not problems, problems

    return job


def free_disk(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder if folder.exists() else folder.parent).free
    except OSError:
        return -1


# --- bundles -------------------------------------------------------------------------------------------------


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
    def job(context: JobContext) -> list[object]:
        store = context.need_store()
        return list(compose.create_bundles(store, out, max_size,
                                          progress=lambda done, total: context.progress((done, total)),
                                          cancel=context.cancel))  # fmt: skip

    return job


def copy_bundle(sequence: int, drive: Path) -> Job:
    def job(context: JobContext) -> Path:
        from fieldkit.errors import ExportError

        store = context.need_store()
        record = next((b for b in ledger.bundles(store) if b.sequence == sequence), None)
        source = ledger.bundle_path(store, record) if record else None
        if source is None or not source.is_file():
            raise ExportError("the bundle file is no longer where it was made: create bundles again")
        return copy.copy_verified(source, drive)

    return job


# --- verification at headquarters ---------------------------------------------------------------------------


def verify(bundle: Path, hq_folder: Path) -> Job:
    def job(context: JobContext) -> object:
        from fieldkit.bundle.verify import check_bundle
        from fieldkit.hq import thumbnails  # lazy: only the Verify page needs the HQ side
        from fieldkit.hq.trust import HQ

        return check_bundle(bundle, HQ(hq_folder).trust(), thumbnail=thumbnails.render)

    return job


def ingest(bundle: Path, hq_folder: Path) -> Job:
    def job(context: JobContext) -> object:
        from fieldkit.hq.ingest import Index
        from fieldkit.hq.trust import HQ

        with Index(HQ(hq_folder)) as index:
            return index.ingest(bundle)

    return job


# --- settings --------------------------------------------------------------------------------------------------


def operators(context: JobContext) -> list[str]:
    return [o.name for o in context.need_store().operators()]


def add_operator(name: str, passphrase: str, kdf: KdfParams | None) -> Job:
    def job(context: JobContext) -> str:
        return context.need_store().add_operator(name, passphrase, kdf).name

    return job


def remove_operator(name: str) -> Job:
    def job(context: JobContext) -> None:
        context.need_store().remove_operator(name)

    return job


def change_passphrase(name: str, passphrase: str, kdf: KdfParams | None) -> Job:
    def job(context: JobContext) -> None:
        context.need_store().change_passphrase(name, passphrase, kdf)

    return job


def set_setting(key: str, value: str) -> Job:
    def job(context: JobContext) -> None:
        ledger.set_setting(context.need_store(), key, value)

    return job


def import_provisioning(path: Path) -> Job:
    def job(context: JobContext) -> int:
        from fieldkit.bundle.provisioning import Provisioning  # lazy: loaded on first use, like apply_provisioning
        from fieldkit.sync.outbox import apply_provisioning

        return apply_provisioning(context.need_store(), Provisioning.from_bytes(path.read_bytes()))

    return job


def original_image(capture_id: int, limit: int = 256 << 20) -> Job:
    """The decrypted original of a photo for the viewer: kept in memory only, dropped when the viewer closes."""

    def job(context: JobContext) -> bytes | None:
        store = context.need_store()
        capture = store.capture(capture_id)
        if capture.media_type not in _IMAGE_TYPES or capture.size > limit:
            return None
        return b"".join(store.read_original(capture_id))

    return job


@dataclass(frozen=True)
class ViewerPage:
    count: int
    view: list[PageView]
    position: int  # index into view
    image: bytes | None  # the original itself for a one-page image, else a PNG render of the page (unrotated)
    note: str = ""  # why there is no image


def viewer_page(capture_id: int, position: int, limit: int = 256 << 20) -> Job:
    """One page of a capture for the viewer, as the page view orders it; rotation is applied by the viewer."""

    def job(context: JobContext) -> ViewerPage:
        from fieldkit.core import pages
        from fieldkit.errors import InputError

        store = context.need_store()
        capture = store.capture(capture_id)
        renderable = capture.media_type in _IMAGE_TYPES or capture.media_type == "application/pdf"
        if not renderable or capture.size > limit:
            return ViewerPage(1, [pages.PageView(1)], 0, None, "no-preview")
        data = b"".join(store.read_original(capture_id))
        try:
            count = pages.page_count(data, capture.media_type)
        except InputError:
            return ViewerPage(1, [pages.PageView(1)], 0, None, "unreadable")
        view = pages.view_of(store, capture_id, count)
        position_ = max(0, min(position, count - 1))
        if count == 1 and capture.media_type in _IMAGE_TYPES:
            return ViewerPage(count, view, 0, data)  # full resolution, decoded by Qt
        try:
            image = pages.render_page(data, capture.media_type, pages.PageView(view[position_].source))
        except Exception:  # a page that does not render: say so, the original is untouched
            return ViewerPage(count, view, position_, None, "unreadable")
        out = io.BytesIO()
        image.save(out, "PNG", compress_level=1)
        return ViewerPage(count, view, position_, out.getvalue())

    return job


def save_page_view(capture_id: int, view: list[PageView]) -> Job:
    def job(context: JobContext) -> list[PageView]:
        from fieldkit.core import pages

        return pages.set_view(context.need_store(), capture_id, view)

    return job


def similar_flags(capture_ids: list[int]) -> Job:
    """Near-duplicates of these photos anywhere in the store. Photos not hashed yet are left to the background work
    (one at a time, yielding to imports), which refreshes the flags when it is done."""

    def job(context: JobContext) -> dict[int, list[Match]]:
        from fieldkit.core import similar

        return similar.matches_for(context.need_store(), capture_ids)

    return job


def read_tag_from_frame(raw: bytes, width: int, height: int) -> Job:
    """Evidence tags in one camera frame (raw RGB in memory; nothing written to disk)."""

    def job(context: JobContext) -> list[str]:
        from fieldkit.core.tags import read_tags_in_image

        return [t.text for t in read_tags_in_image(Image.frombytes("RGB", (width, height), raw))]

    return job


def read_tag(photo: Path) -> Job:
    def job(context: JobContext) -> list[str]:
        from fieldkit.core.tags import read_tags

        return [t.text for t in read_tags(photo.read_bytes())]

    return job


def hash_one_photo(context: JobContext) -> bool:
    """One small piece of after-import work before OCR: the perceptual hash of a photo, or the NFIQ 2 score of a
    fingerprint imported as a plain file; True if there was one."""
    from fieldkit.biometrics import prints
    from fieldkit.core import similar

    store = context.need_store()
    if similar.hash_pending_one(store):
        return True
    unscored = prints.unscored(store)
    if unscored:
        prints.score(store, unscored[0])
    return bool(unscored)


@dataclass(frozen=True)
class OcrStep:
    capture_id: int
    languages: str
    page: OcrPage | None  # None: the page could not be rendered (recorded as an OCR failure)
    rotations: tuple[int, ...]  # the page view's rotations the page was rendered with


def _rotations(store: Store, capture_id: int, count: int) -> tuple[int, ...]:
    from fieldkit.core.pages import view_of

    turned = {page.source: page.rotation for page in view_of(store, capture_id, count)}
    return tuple(turned[n] for n in range(1, count + 1))


def ocr_page(capture_id: int | None, index: int) -> Job:
    """Render one page for OCR: page ``index`` of ``capture_id``, or the first page of the next document waiting.
    None when no document waits (or Tesseract with its languages is not installed)."""

    def job(context: JobContext) -> OcrStep | None:
        from fieldkit.core import ocr
        from fieldkit.errors import InputError

        store = context.need_store()
        target = capture_id
        if target is None:
            if not ocr.tesseract_available():
                return None
            pending = ocr.pending_documents(store)
            if not pending:
                return None
            target = pending[0]
        try:
            page = ocr.page_for_ocr(store, target, index)
        except InputError as exc:
            ocr.record_failure(store, target, exc.message)
            return OcrStep(target, ocr.DEFAULT_LANGUAGES, None, ())
        return OcrStep(target, ocr.DEFAULT_LANGUAGES, page, _rotations(store, target, page.count))

    return job


def ocr_failed(capture_id: int, reason: str) -> Job:
    def job(context: JobContext) -> None:
        from fieldkit.core import ocr

        ocr.record_failure(context.need_store(), capture_id, reason)

    return job


def save_ocr(capture_id: int, texts: list[str], languages: str, rotations: tuple[int, ...]) -> Job:
    """Save a document's text, unless its pages were turned while it was being read (then it is read again)."""

    def job(context: JobContext) -> bool:
        from fieldkit.core import ocr

        store = context.need_store()
        if _rotations(store, capture_id, len(texts)) != rotations:
            return False
        ocr.save_texts(store, capture_id, texts, languages)
        return True

    return job


def search_items(query: str) -> Job:
    def job(context: JobContext) -> set[int]:
        from fieldkit.core import ocr

        return {hit.item_id for hit in ocr.search(context.need_store(), query)}

    return job


def store_camera_frame(item: Item, raw: bytes, width: int, height: int, camera: str, taken_at: str) -> Job:
    """Encode a camera frame (raw RGB888, straight from memory) as a JPEG and store it: no file on disk."""

    def job(context: JobContext) -> tuple[int, bool]:
        image = Image.frombytes("RGB", (width, height), raw)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        metadata = {"width": width, "height": height, "camera": camera, "source_format": "camera frame"}
        name = f"camera-{taken_at.replace(':', '').replace('-', '')}.jpg"
        return context.need_store().originals.add_original(
            item, out.getvalue(), original_name=name, kind="photo", media_type="image/jpeg",
            source=f"camera:{camera}", metadata=metadata, captured_at=taken_at)  # fmt: skip

    return job


def scanner_devices(context: JobContext) -> list[tuple[str, str]]:
    from fieldkit.sources.scanner import SaneSource

    return [(device.id, device.label) for device in SaneSource().devices()]


def scan_preview(device: str) -> Job:
    def job(context: JobContext) -> bytes:
        from fieldkit.sources.scanner import ScanSettings, scan

        (page,) = scan(device, ScanSettings(75, "gray", "flatbed"))[:1]
        out = io.BytesIO()
        page.convert("L").save(out, "PNG")
        return out.getvalue()

    return job


def scan_into(item: Item, device: str, resolution: int, mode: str, source: str) -> Job:
    def job(context: JobContext) -> tuple[int, bool, int]:
        from fieldkit.sources.scanner import ScanSettings, scan_into_item

        return scan_into_item(context.need_store(), item.case_name, item.tag, device,
                              ScanSettings(resolution, mode, source), context.cancel, context.progress)  # fmt: skip

    return job


@dataclass(frozen=True)
class CardOffer:
    root: str
    fresh: list[Path]
    known: int


def look_for_cards(already_offered: set[str]) -> Job:
    """Mounted cards with a DCIM folder not offered yet, with what on them is not in the store (by SHA-256)."""

    def job(context: JobContext) -> list[CardOffer]:
        from fieldkit.sources.cards import DEFAULT_MOUNT_ROOTS, find_cards, new_files

        store = context.need_store()
        offers = []
        for card in find_cards(DEFAULT_MOUNT_ROOTS if _CARD_ROOTS is None else _CARD_ROOTS):
            if str(card.root) in already_offered:
                continue
            fresh, known = new_files(store, card.dcim)
            offers.append(CardOffer(str(card.root), fresh, known))
        return offers

    return job


# Tests point this at a folder of their own; None means the platform's usual mount points.
_CARD_ROOTS: list[Path] | None = None
