"""Live-scan fingerprint devices as capture sources.

Vendor devices plug in through their own entry-point group, ``fieldkit.livescan``: each entry names a class with
the biometrics.livescan.LiveScanDevice shape (``id``, ``description``, ``capture(finger, impression)``), and one
instance is one device. The registry wraps each in a LiveScanSource, so live-scan devices are listed, checked and
acquired from exactly like any other capture source; the built-in simulated scanner (simulated_livescan.py) is such a
source too."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from fieldkit import media_types
from fieldkit.biometrics import codes, images
from fieldkit.biometrics.livescan import LiveScanDevice
from fieldkit.errors import InvalidValueError
from fieldkit.sources.base import AVAILABLE, Acquired, Device, Progress, SourceStatus

LIVE_IMPRESSIONS = (0, 1)  # live-plain, live-rolled


def capture_print(device: LiveScanDevice, options: Mapping[str, Any]) -> Acquired:
    """One print from the device; options: ``finger`` (FGP code), ``impression`` (0 live-plain, 1 live-rolled)."""
    if "finger" not in options:
        raise InvalidValueError("a live-scan capture needs the finger position (FGP code)")
    finger = codes.finger_code(options["finger"])
    impression = int(options.get("impression", 1))
    if impression not in LIVE_IMPRESSIONS:
        raise InvalidValueError("a live-scan print is live-plain (0) or live-rolled (1)")
    scanned = device.capture(finger, impression)
    details = {"finger_position": finger, "impression_type": impression, "ppi": scanned.ppi,
               "device": f"{scanned.make}|{scanned.model}|{scanned.serial}"}  # fmt: skip
    return Acquired(
        images.encode_png(scanned.image, scanned.ppi), "fingerprint", media_types.PNG, f"livescan-fgp{finger:02}.png",
        f"livescan:{device.id}", {"fingerprint": details},
    )  # fmt: skip


class LiveScanSource:
    """One device of the fieldkit.livescan group, under its entry-point name."""

    kind = "fingerprint"

    def __init__(self, name: str, device: LiveScanDevice) -> None:
        self.name = name
        self.device = device

    def status(self) -> SourceStatus:
        return AVAILABLE  # it was found and instantiated; a device that is unplugged says so when capturing

    def devices(self) -> list[Device]:
        return [Device(self.name, self.device.id, self.device.description)]

    def acquire(
        self,
        device_id: str,
        options: Mapping[str, Any],
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> Acquired:
        if device_id != self.device.id:
            raise InvalidValueError(f"the live-scan source '{self.name}' has no device '{device_id}'")
        return capture_print(self.device, options)
