"""The program's entry point (console script, ``python -m fieldkit``, the packaged build): the command line, given
the desktop window.

This module is the top layer: the only place that knows both the CLI and the GUI. The CLI stays below the GUI
(it never imports it) and receives the window as a ``WindowLauncher``; the GUI, and with it Qt, is imported only
when the window is really wanted, so commands start without loading Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from fieldkit.cli import app
from fieldkit.sandbox.pool import FROZEN_CHILD_FLAG


class QtWindow:
    """The PySide6 desktop window (fieldkit.gui.app), behind the CLI's WindowLauncher protocol."""

    def display_available(self) -> bool:
        from fieldkit.gui.app import display_available  # lazy: Qt loads only when the window may open

        return display_available()

    def run(self, store_dir: Path, language: str | None, hq_folder: Path | None, *, hq: bool = False) -> int:
        from fieldkit.gui.app import run  # lazy: Qt loads only when the window opens

        return run(store_dir, language, hq_folder, hq=hq)

    def self_test(self) -> int:
        from fieldkit.gui.app import self_test  # lazy: Qt loads only for the window's self-test

        return self_test()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [FROZEN_CHILD_FLAG]:
        # The packaged program has no "python -m": it is its own analysis sandbox child (fieldkit.sandbox.pool).
        from fieldkit.sandbox import child  # lazy: only a sandbox child runs it

        return child.main()
    return app.main(arguments, window=QtWindow())
