"""Capture sources: where originals come from besides files (scanners, cameras, vendor devices).

Every source, built-in or not, registers through the `fieldkit.sources` entry-point group in its package metadata
(fieldkit's own are declared in pyproject.toml), so a third party adds one (a Windows WIA/TWAIN scanner, a vendor
fingerprint device) by publishing a package, without changing fieldkit.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol


@dataclass(frozen=True)
class Device:
    source: str  # the registered source name, e.g. "sane"
    id: str  # the device's id within that source, e.g. "test:0"
    label: str


class CaptureSource(Protocol):
    """What a source offers: its devices. Acquiring is source-specific (a scan, a camera frame...)."""

    name: str

    def devices(self) -> list[Device]: ...


def sources() -> dict[str, type]:
    """Registered source classes by name (entry points of the group fieldkit.sources)."""
    found: dict[str, type] = {}
    for entry in entry_points(group="fieldkit.sources"):
        try:
            found[entry.name] = entry.load()
        except Exception:  # noqa: S112 - a broken third-party plugin must not stop fieldkit
            continue
    return found
