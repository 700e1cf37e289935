"""The built-in simulated live-scan scanner as a capture source, for tests and training.

So that it never passes for real hardware, it is available (and its device listed) only when
FIELDKIT_SIMULATED_LIVESCAN=1; asked for by name ("simulated", "simulated:blurred", "simulated:noisy") it always
captures, which is what tests and training sessions do."""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

from fieldkit.biometrics.livescan import SimulatedScanner
from fieldkit.errors import InvalidValueError
from fieldkit.sources.base import AVAILABLE, Acquired, Device, Progress, SourceStatus
from fieldkit.sources.livescan import capture_print

ENABLE_ENV = "FIELDKIT_SIMULATED_LIVESCAN"


class SimulatedLiveScanSource:
    name = "simulated"
    kind = "fingerprint"

    def status(self) -> SourceStatus:
        if os.environ.get(ENABLE_ENV) == "1":
            return AVAILABLE
        return SourceStatus(False, f"a simulated device for tests and training: set {ENABLE_ENV}=1 to list it")

    def devices(self) -> list[Device]:
        if not self.status().available:
            return []
        device = SimulatedScanner()
        return [Device(self.name, device.id, device.description)]

    def acquire(
        self,
        device_id: str,
        options: Mapping[str, Any],
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> Acquired:
        name, _, mode = device_id.partition(":")
        if name != self.name:
            raise InvalidValueError(f"'{device_id}' is not a simulated device: use simulated[:blurred|:noisy]")
        return capture_print(SimulatedScanner(mode or "good"), options)
