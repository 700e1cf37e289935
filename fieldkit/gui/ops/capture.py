"""Capture besides file import: camera frames, scanners (SANE), camera cards, and evidence tags read from a
barcode or QR code. Frames and scans go from memory to the store's encrypted writer, never to disk."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from fieldkit import media_types
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.models import Item


def store_camera_frame(item: Item, raw: bytes, width: int, height: int, camera: str, taken_at: str) -> Job:
    """Encode a camera frame (raw RGB888, straight from memory) as a JPEG and store it: no file on disk."""

    def job(context: JobContext) -> Changed[tuple[int, bool]]:
        image = Image.frombytes("RGB", (width, height), raw)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        metadata = {"width": width, "height": height, "camera": camera, "source_format": "camera frame"}
        name = f"camera-{taken_at.replace(':', '').replace('-', '')}.jpg"
        stored = context.need_store().originals.add_original(
            item, out.getvalue(), original_name=name, kind="photo", media_type=media_types.JPEG,
            source=f"camera:{camera}", metadata=metadata, captured_at=taken_at)  # fmt: skip
        return Changed(stored, Changes.CAPTURES)

    return job


def read_tag_from_frame(raw: bytes, width: int, height: int) -> Job:
    """Evidence tags in one camera frame (raw RGB in memory; nothing written to disk)."""

    def job(context: JobContext) -> list[str]:
        from fieldkit.core.tags import read_tags_in_image  # lazy: zxing-cpp (~7 ms) only when a tag is read

        return [t.text for t in read_tags_in_image(Image.frombytes("RGB", (width, height), raw))]

    return job


def read_tag(photo: Path) -> Job:
    def job(context: JobContext) -> list[str]:
        from fieldkit.core.tags import read_tags  # lazy: zxing-cpp (~7 ms) only when a tag is read

        return [t.text for t in read_tags(photo.read_bytes())]

    return job


def scanner_devices(context: JobContext) -> list[tuple[str, str]]:
    from fieldkit.sources.scanner import SaneSource  # lazy: the SANE bindings cost ~40 ms at start-up

    return [(device.id, device.label) for device in SaneSource().devices()]


def scan_preview(device: str) -> Job:
    def job(context: JobContext) -> bytes:
        from fieldkit.sources.scanner import ScanSettings, scan  # lazy: the SANE bindings cost ~40 ms at start-up

        (page,) = scan(device, ScanSettings(75, "gray", "flatbed"))[:1]
        out = io.BytesIO()
        page.convert("L").save(out, "PNG")
        return out.getvalue()

    return job


def scan_into(item: Item, device: str, resolution: int, mode: str, source: str) -> Job:
    def job(context: JobContext) -> Changed[tuple[int, bool, int]]:
        from fieldkit.sources.scanner import ScanSettings, scan_into_item  # lazy: SANE bindings cost ~40 ms

        scanned = scan_into_item(context.need_store(), item.case_name, item.tag, device,
                                 ScanSettings(resolution, mode, source), context.cancel, context.progress)  # fmt: skip
        return Changed(scanned, Changes.CAPTURES)

    return job


@dataclass(frozen=True)
class CardOffer:
    root: str
    fresh: list[Path]
    known: int


def look_for_cards(already_offered: set[str], mount_roots: Sequence[Path] | None) -> Job:
    """Mounted cards with a DCIM folder not offered yet, with what on them is not in the store (by SHA-256).
    ``mount_roots`` None: where the platform usually mounts removable media."""

    def job(context: JobContext) -> list[CardOffer]:
        from fieldkit.sources.cards import DEFAULT_MOUNT_ROOTS, find_cards, new_files  # lazy: ~30 ms at start-up

        store = context.need_store()
        offers = []
        for card in find_cards(DEFAULT_MOUNT_ROOTS if mount_roots is None else mount_roots):
            if str(card.root) in already_offered:
                continue
            fresh, known = new_files(store, card.dcim)
            offers.append(CardOffer(str(card.root), fresh, known))
        return offers

    return job
