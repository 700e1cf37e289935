"""Capture sources: where originals come from besides files (scanners, live-scan devices, vendor devices).

Every source, built-in or not, registers through an entry-point group in its package metadata
(``fieldkit.sources``; live-scan fingerprint devices also ``fieldkit.livescan``) and is found through
fieldkit.sources.registry, so a third party adds one (a Windows WIA/TWAIN scanner, a vendor fingerprint device) by
publishing a package, without changing fieldkit. docs/sources.md has a worked example.

Public: base.py (what a plug-in implements, re-exported here), registry.py (the one enumeration) and sink.py
(where every source ends). The built-in sources' modules are internal: reach them through the registry."""

from fieldkit.biometrics.livescan import LiveScanImage
from fieldkit.sources.base import AVAILABLE, Acquired, CaptureSource, Device, ScanSettings, SourceStatus

__all__ = ["AVAILABLE", "Acquired", "CaptureSource", "Device", "LiveScanImage", "ScanSettings", "SourceStatus"]
