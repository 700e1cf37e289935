"""Compatibility: the SANE source moved to fieldkit.sources.sane (the window's jobs still import it from here)."""

from fieldkit.sources.base import ScanSettings
from fieldkit.sources.sane import MODES, SOURCES, SaneSource, ScannerError, pages_to_tiff, scan, scan_into_item

__all__ = ["MODES", "SOURCES", "SaneSource", "ScanSettings", "ScannerError", "pages_to_tiff", "scan", "scan_into_item"]
