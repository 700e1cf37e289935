"""Document scanners through SANE (Linux; python-sane). One page, or a whole feeder batch, becomes one multi-page
document capture: the pages are kept as scanned, in order, in a lossless multi-page TIFF built in memory."""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image

from fieldkit import media_types
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import CancelledError, FieldkitError, InvalidValueError, ScannerError
from fieldkit.sources import Device

SOURCES = {"flatbed": "Flatbed", "feeder": "Automatic Document Feeder", "duplex": "Duplex"}
MODES = {"gray": "Gray", "color": "Color", "lineart": "Lineart"}


def _sane() -> Any:
    try:
        import sane
    except ImportError as exc:  # pragma: no cover - python-sane is a Linux dependency
        raise ScannerError("scanning needs SANE (python-sane), which is not available on this system") from exc
    sane.init()
    return sane


class SaneSource:
    name = "sane"

    def devices(self) -> list[Device]:
        sane = _sane()
        try:
            return [Device(self.name, device[0], " ".join(part for part in device[1:] if part))
                    for device in sane.get_devices()]  # fmt: skip
        except Exception as exc:
            raise ScannerError(f"SANE could not list the scanners ({type(exc).__name__})") from exc


@dataclass(frozen=True)
class ScanSettings:
    resolution: int = 300
    mode: str = "gray"
    source: str = "flatbed"

    def validate(self) -> None:
        if not 50 <= self.resolution <= 4800:
            raise InvalidValueError("--resolution must be between 50 and 4800 dpi")
        if self.mode not in MODES:
            raise InvalidValueError(f"--mode must be one of: {', '.join(MODES)}")
        if self.source not in SOURCES:
            raise InvalidValueError(f"--source must be one of: {', '.join(SOURCES)}")


def scan(
    device_id: str,
    settings: ScanSettings,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Image.Image]:
    """Scan one page (flatbed) or every page in the feeder; pages stay in memory."""
    settings.validate()
    sane = _sane()
    try:
        device = sane.open(device_id)
    except Exception as exc:
        raise ScannerError(f"the scanner {device_id!r} cannot be opened ({exc})") from exc
    pages: list[Image.Image] = []
    try:
        for option, value in (("mode", MODES[settings.mode]), ("resolution", settings.resolution),
                              ("source", SOURCES[settings.source])):  # fmt: skip
            try:
                setattr(device, option, value)
            except (AttributeError, ValueError) as exc:
                if option == "source" and settings.source == "flatbed":
                    continue  # a flatbed-only scanner has no source option
                raise ScannerError(f"the scanner does not support {option} {value!r}") from exc
        if settings.source == "flatbed":
            pages.append(device.scan())
        else:
            for page in device.multi_scan():
                if cancel is not None and cancel.is_set():
                    raise CancelledError("scanning was cancelled; nothing was stored")
                pages.append(page)
                if progress:
                    progress(len(pages))
                if len(pages) >= DEFAULT_LIMITS.max_scan_pages:
                    break
    except FieldkitError:
        raise
    except Exception as exc:
        raise ScannerError(f"the scan failed ({exc})") from exc
    finally:
        device.close()
    if not pages:
        raise ScannerError("the scanner returned no page: is there paper in the feeder?")
    return pages


def pages_to_tiff(pages: list[Image.Image]) -> tuple[bytes, list[str]]:
    """The pages as one lossless multi-page TIFF (LZW), and each page's pixel SHA-256 in scan order."""
    digests = [hashlib.sha256(page.tobytes()).hexdigest() for page in pages]
    out = io.BytesIO()
    first, *rest = pages
    first.save(out, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw")
    return out.getvalue(), digests


def scan_into_item(
    store: Any,
    case_name: str,
    item_tag: str,
    device_id: str,
    settings: ScanSettings,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, bool, int]:
    """Scan and store as one document capture of the item. Returns (capture id, newly stored, pages)."""
    from datetime import UTC, datetime

    from fieldkit.core.importer import store_original

    started = datetime.now(UTC)
    pages = scan(device_id, settings, cancel, progress)
    data, digests = pages_to_tiff(pages)
    metadata = {"page_count": len(pages), "page_pixel_sha256": digests, "scanner": device_id,
                "resolution_dpi": settings.resolution, "mode": settings.mode, "scan_source": settings.source,
                "width": pages[0].width, "height": pages[0].height}  # fmt: skip
    capture_id, new = store_original(
        store, case_name, item_tag, data, original_name=f"scan-{started.strftime('%Y%m%dT%H%M%SZ')}.tif",
        kind="document", media_type=media_types.TIFF, source=f"scanner:{device_id}", metadata=metadata,
        captured_at=started.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )  # fmt: skip
    return capture_id, new, len(pages)
