"""Document scanners through SANE (Linux; python-sane), the built-in ``sane`` capture source. One page, or a whole
feeder batch, becomes one multi-page document capture: the pages are kept as scanned, in order, in a lossless
multi-page TIFF built in memory.

It registers through the ``fieldkit.sources`` entry-point group like any plug-in; python-sane is imported only
when a scanner is used, so a system without SANE lists the source as not available instead of failing."""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PIL import Image

from fieldkit import media_types
from fieldkit._internal.sigpipe import ignore_sigpipe
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import CancelledError, FieldkitError, ScannerError
from fieldkit.sources.base import AVAILABLE, Acquired, Device, Progress, ScanSettings, SourceStatus

# fieldkit's names for the paper source and colour mode -> SANE's option values.
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
    kind = "document"

    def status(self) -> SourceStatus:
        try:
            _sane()
        except ScannerError as exc:
            return SourceStatus(False, exc.message)
        except Exception as exc:  # libsane itself failed to start
            return SourceStatus(False, f"SANE did not start ({type(exc).__name__})")
        return AVAILABLE

    def devices(self) -> list[Device]:
        sane = _sane()
        try:
            return [Device(self.name, device[0], " ".join(part for part in device[1:] if part))
                    for device in sane.get_devices()]  # fmt: skip
        except Exception as exc:
            raise ScannerError(f"SANE could not list the scanners ({type(exc).__name__})") from exc

    def acquire(
        self,
        device_id: str,
        options: Mapping[str, Any],
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> Acquired:
        """Scan the flatbed's page or the feeder's batch as one TIFF; options as ScanSettings.as_options()."""
        settings = ScanSettings.from_options(options)
        started = datetime.now(UTC)
        pages = scan(device_id, settings, cancel, progress)
        data, digests = pages_to_tiff(pages)
        metadata = {"page_count": len(pages), "page_pixel_sha256": digests, "scanner": device_id,
                    "resolution_dpi": settings.resolution, "mode": settings.mode, "scan_source": settings.source,
                    "width": pages[0].width, "height": pages[0].height}  # fmt: skip
        return Acquired(
            data, "document", media_types.TIFF, f"scan-{started.strftime('%Y%m%dT%H%M%SZ')}.tif",
            f"scanner:{device_id}", metadata, started.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )  # fmt: skip


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
        ignore_sigpipe()  # SANE's backends set SIGPIPE back to "kill the process" while scanning
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
