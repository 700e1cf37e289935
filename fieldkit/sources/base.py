"""The one shape of a capture source: what fieldkit's own sources and a third party's plug-in both implement.

A source has a ``name`` (its entry-point name), the ``kind`` of capture it makes, a cheap ``status()`` (available,
or why not), the ``devices()`` it sees, and ``acquire()``, which returns one original in memory as ``Acquired``.
A source never writes what it acquires to disk and never touches the store: fieldkit.sources.sink.store_acquired
is the one way in, so every source gets the import's guarantees (encrypted as written, fsynced, custody-logged,
duplicates recognised) without re-implementing them.

Plug-ins import only this module; it depends on nothing in fieldkit but fieldkit.errors."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from fieldkit.errors import InvalidValueError

Progress = Callable[[int], None]  # called with a count (pages scanned so far, ...) while acquiring


@dataclass(frozen=True)
class Device:
    source: str  # the registered source name, e.g. "sane"
    id: str  # the device's id within that source, e.g. "test:0"
    label: str  # what the operator reads, e.g. "Canon LiDE 300 flatbed scanner"


@dataclass(frozen=True)
class SourceStatus:
    available: bool
    reason: str = ""  # why it is not available, in words for the operator ("python-sane is not installed")


AVAILABLE = SourceStatus(True)


@dataclass(frozen=True)
class Acquired:
    """One original, still in memory, with what the store records about it."""

    data: bytes
    kind: str  # a capture kind: "photo", "document" or "fingerprint"
    media_type: str  # e.g. "image/tiff"
    original_name: str  # e.g. "scan-20261125T143000Z.tif"
    source: str  # provenance kept with the capture, e.g. "scanner:epson2:libusb:001:004"
    metadata: dict[str, Any] = field(default_factory=dict)
    captured_at: str | None = None  # UTC, e.g. "2026-11-25T14:30:00Z"; None: the moment it is stored


class CaptureSource(Protocol):
    """What every source offers. Registered in the ``fieldkit.sources`` entry-point group as a class that fieldkit
    instantiates with no arguments (cheaply: hardware is probed in status() and devices(), not in __init__)."""

    name: str
    kind: str

    def status(self) -> SourceStatus:
        """Available, or why not (a missing driver, a library not installed); cheap, and never raises."""
        ...

    def devices(self) -> list[Device]: ...

    def acquire(
        self,
        device_id: str,
        options: Mapping[str, Any],
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> Acquired:
        """Acquire one original from the device; raise a FieldkitError subclass with a message for the operator."""
        ...


# --- the options of document sources (a scanner of any make): fieldkit scan and the Scanner page --------------

SCAN_MODES = ("gray", "color", "lineart")
SCAN_FEEDS = ("flatbed", "feeder", "duplex")


@dataclass(frozen=True)
class ScanSettings:
    resolution: int = 300
    mode: str = "gray"
    source: str = "flatbed"  # where the paper is: flatbed, feeder (ADF) or duplex

    def validate(self) -> None:
        if not 50 <= self.resolution <= 4800:
            raise InvalidValueError("--resolution must be between 50 and 4800 dpi")
        if self.mode not in SCAN_MODES:
            raise InvalidValueError(f"--mode must be one of: {', '.join(SCAN_MODES)}")
        if self.source not in SCAN_FEEDS:
            raise InvalidValueError(f"--source must be one of: {', '.join(SCAN_FEEDS)}")

    def as_options(self) -> dict[str, Any]:
        return {"resolution": self.resolution, "mode": self.mode, "source": self.source}

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> ScanSettings:
        settings = cls(**{key: options[key] for key in ("resolution", "mode", "source") if key in options})
        settings.validate()
        return settings
