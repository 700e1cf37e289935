"""Compatibility: ``fieldkit.cli.main.main`` is the command line without a window (tests, scripts). The program
itself starts from fieldkit.launcher, which hands the CLI the desktop window; the CLI lives in fieldkit.cli.app."""

from __future__ import annotations

from fieldkit.cli.app import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
