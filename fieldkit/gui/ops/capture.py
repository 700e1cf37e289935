"""Capture besides file import: camera frames, capture sources (document scanners, live-scan devices: every source
in fieldkit.sources.registry, built-in or plug-in, never one named here), camera cards, and evidence tags read from
a barcode or QR code. Frames and scans go from memory to the store's encrypted writer, never to disk."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from fieldkit import media_types
from fieldkit.core import pages
from fieldkit.core.tags import read_tags, read_tags_in_image
from fieldkit.errors import AnalysisFailedError, DamagedMediaError, InvalidValueError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.models import Item
from fieldkit.sources.base import Acquired, ScanSettings
from fieldkit.sources.cards import find_cards, new_files

PREVIEW_DPI = 75  # enough to place the page, quick even on a slow scanner


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
    """Evidence tags in one camera frame (raw RGB in memory, read in the sandbox; nothing written to disk)."""

    def job(context: JobContext) -> list[str]:
        return [t.text for t in read_tags_in_image(Image.frombytes("RGB", (width, height), raw))]

    return job


def read_tag(photo: Path) -> Job:
    def job(context: JobContext) -> list[str]:
        return [t.text for t in read_tags(photo.read_bytes())]

    return job


# --- capture sources (scanners, live-scan devices), built-in or plug-in: always through the registry ----------


@dataclass(frozen=True)
class SourceDevice:
    source: str  # the registered name of the source that lists it: acquiring goes to that source
    id: str
    label: str


@dataclass(frozen=True)
class SourceTrouble:
    """A registered source that lists no device, and why."""

    source: str
    origin: str  # "built-in" or "plug-in <distribution>"
    state: str  # "unavailable" (a driver or library missing) or "error" (the plug-in itself failed)
    reason: str


@dataclass(frozen=True)
class DeviceSurvey:
    devices: list[SourceDevice]
    troubles: list[SourceTrouble]


def source_devices(kind: str) -> Job:
    """The devices of every registered source of ``kind`` (``fieldkit.sources.registry``), and each source of that
    kind that is not available or failed, with why: a plug-in that fails is shown, and never stops the others."""

    def job(context: JobContext) -> DeviceSurvey:
        from fieldkit.sources import registry  # lazy: it loads the live-scan modules (~35 ms at start-up)

        devices: list[SourceDevice] = []
        troubles: list[SourceTrouble] = []
        for listing in registry.survey(kind):
            registration = listing.registration
            if listing.state == "available":
                devices.extend(SourceDevice(registration.name, d.id, d.label) for d in listing.devices)
            else:
                origin = "built-in" if registration.builtin else f"plug-in {registration.distribution}"
                troubles.append(SourceTrouble(registration.name, origin, listing.state, listing.reason))
        return DeviceSurvey(devices, troubles)

    return job


def acquire(source_name: str | None, device_id: str, kind: str, options: Mapping[str, Any],
            context: JobContext) -> Acquired:  # fmt: skip
    """One original from a device, in memory. ``source_name`` is the source that listed the device; None: the
    registry finds the source from the device id. A plug-in's own failure becomes a CaptureSourceError that names
    it, so that it does not pass for a fault of fieldkit."""
    from fieldkit.sources import registry  # lazy: it loads the live-scan modules (~35 ms at start-up)

    source = registry.source(source_name) if source_name else registry.source_for_device(device_id, kind)
    if source is None or getattr(source, "kind", None) != kind:
        raise InvalidValueError(f"there is no {kind} device '{device_id}': look for devices again")
    return registry.acquire(source, device_id, options, context.cancel, context.progress)


def scan_preview(source_name: str, device_id: str) -> Job:
    """A quick low-resolution grey scan of the first page, as a PNG for the screen: never stored."""

    def job(context: JobContext) -> bytes:
        settings = ScanSettings(PREVIEW_DPI, "gray", "flatbed")
        acquired = acquire(source_name, device_id, "document", settings.as_options(), context)
        try:  # a source's bytes are outside input: rendered in the sandbox, as a grey PNG fieldkit made
            return pages.render_page(acquired.data, acquired.media_type, pages.PageView(1), grey=True)
        except AnalysisFailedError as exc:  # show why, store nothing
            raise DamagedMediaError(f"the scanner's preview cannot be shown: {exc.message}") from None

    return job


def scan_into(item: Item, source_name: str, device_id: str, settings: ScanSettings) -> Job:
    """Scan one page or a feeder batch into one document capture of the item; the result is (capture id, newly
    stored, pages)."""

    def job(context: JobContext) -> Changed[tuple[int, bool, int]]:
        from fieldkit.sources.sink import store_acquired  # lazy: it loads the fingerprint scoring (~10 ms)

        settings.validate()
        acquired = acquire(source_name, device_id, "document", settings.as_options(), context)
        capture_id, new = store_acquired(context.need_store(), item.case_name, item.tag, acquired)
        return Changed((capture_id, new, int(acquired.metadata.get("page_count", 1))), Changes.CAPTURES)

    return job


@dataclass(frozen=True)
class CardOffer:
    root: str
    fresh: list[Path]
    known: int


def mounted_cards(mount_roots: Sequence[Path] | None) -> Job:
    """The roots of the camera cards mounted now (a DCIM folder under a mount point; ``mount_roots`` None: where the
    platform usually mounts removable media). Needs no store."""

    def job(context: JobContext) -> list[Path]:
        return [card.root for card in find_cards(mount_roots)]

    return job


def look_for_cards(already_offered: set[str], mount_roots: Sequence[Path] | None) -> Job:
    """Mounted cards with a DCIM folder not offered yet, with what on them is not in the store (by SHA-256).
    ``mount_roots`` None: where the platform usually mounts removable media."""

    def job(context: JobContext) -> list[CardOffer]:
        store = context.need_store()
        offers = []
        for card in find_cards(mount_roots):
            if str(card.root) in already_offered:
                continue
            fresh, known = new_files(store, card.dcim)
            offers.append(CardOffer(str(card.root), fresh, known))
        return offers

    return job
