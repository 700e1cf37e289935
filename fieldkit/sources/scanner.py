"""Compatibility: the SANE source moved to fieldkit.sources.sane (the window's jobs still import it from here)."""

from fieldkit.errors import ScannerError as ScannerError
from fieldkit.sources.base import ScanSettings
from fieldkit.sources.sane import MODES, SOURCES, SaneSource, pages_to_tiff, scan, scan_into_item

__all__ = ["MODES", "SOURCES", "SaneSource", "ScanSettings", "ScannerError", "pages_to_tiff", "scan", "scan_into_item"]
