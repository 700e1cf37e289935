"""fieldkit: capture, encrypted storage and signed transfer of evidence recovered in the field."""

__version__ = "0.1.0"
