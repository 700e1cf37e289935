"""The ``fieldkit`` command line: the parser, ``main``, and the error -> exit-code mapping.

Each command group lives in its own ``cmd_*`` module with a ``register(subparsers)``; ``COMMAND_GROUPS`` lists them,
so a new command goes into the module of its group (or a new module added to that list) and nowhere else. Every
FieldkitError becomes one message, one line saying what to do, and an exit code of its own (see fieldkit.errors);
nothing printed here ever includes a passphrase or evidence bytes.

The CLI sits below the GUI and never imports it: the desktop window (``fieldkit`` with no command, ``fieldkit gui``,
``--self-test``) is reached through a ``WindowLauncher`` handed to ``main`` by ``fieldkit.launcher``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Protocol

from fieldkit import __version__
from fieldkit.cli import (
    cmd_analysis,
    cmd_bundles,
    cmd_capture,
    cmd_documents,
    cmd_evidence,
    cmd_fingerprints,
    cmd_hq,
    cmd_identify,
    cmd_store,
    cmd_sync,
    cmd_watchlist,
)
from fieldkit.cli._common import CliParser, Handler, add_command, add_store_options, store_dir
from fieldkit.errors import FieldkitError, UsageError

COMMAND_GROUPS = (
    cmd_store,
    cmd_evidence,
    cmd_documents,
    cmd_analysis,
    cmd_capture,
    cmd_fingerprints,
    cmd_identify,
    cmd_bundles,
    cmd_sync,
    cmd_watchlist,
    cmd_hq,
)


HQ_WITHOUT_FOLDER = ""  # `gui --hq` with no DIR


class WindowLauncher(Protocol):
    """The desktop window as the command line sees it (implemented in fieldkit.launcher)."""

    def display_available(self) -> bool: ...

    def run(self, store_dir: Path, language: str | None, hq_folder: Path | None, *, hq: bool = False) -> int:
        """The device window, or the HQ window when ``hq_folder`` is given or ``hq`` is set (no folder: the one
        used last, else the window asks)."""
        ...

    def self_test(self) -> int: ...


def cmd_gui(
    args: argparse.Namespace, window: WindowLauncher | None, parser: argparse.ArgumentParser | None = None
) -> int:
    """The desktop window (the default with no command), or help where there is no display."""
    if window is None or not window.display_available():
        if parser is not None:
            parser.print_help()
        why = "no display here, so the window cannot open" if window is not None else "this entry point has no window"
        print(f"\nfieldkit: {why}; use the commands above.", file=sys.stderr)
        return 0 if parser is not None else UsageError.exit_code
    hq = getattr(args, "hq", None)
    if hq == HQ_WITHOUT_FOLDER:  # the HQ window on the folder used last, or it asks for one
        return window.run(store_dir(args), getattr(args, "language", None), None, hq=True)
    return window.run(store_dir(args), getattr(args, "language", None), Path(hq) if hq else None)


def build_parser(window: WindowLauncher | None = None) -> CliParser:
    parser = CliParser(prog="fieldkit", description="Capture, store and transfer evidence recovered in the field.")
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument("--self-test", action="store_true", help="open a throwaway store in the window, then exit")
    add_store_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)

    p = add_command(subparsers, "gui", partial(cmd_gui, window=window),
                    "open the desktop window (also: fieldkit with no command)")  # fmt: skip
    p.add_argument("--language", metavar="CODE", help="e.g. en, fr, ar (default: the system's)")
    p.add_argument(
        "--hq",
        metavar="DIR",
        nargs="?",
        const=HQ_WITHOUT_FOLDER,
        help="open the HQ window (verify, ingest) on this HQ folder (default: the one used last)",
    )
    for group in COMMAND_GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, window: WindowLauncher | None = None) -> int:
    parser = build_parser(window)
    try:
        args = parser.parse_args(argv)
        if getattr(args, "self_test", False):
            if window is None:
                raise UsageError("--self-test needs the window: run the fieldkit program or python -m fieldkit")
            return window.self_test()
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            return cmd_gui(args, window, parser)
        return handler(args)
    except FieldkitError as exc:
        # Said once: a message that already names the program (from a library, an older module) loses its own.
        print(f"fieldkit: error: {exc.message.removeprefix('fieldkit:').lstrip()}", file=sys.stderr)
        for detail in exc.details:
            print(f"  - {detail}", file=sys.stderr)
        if exc.fix:
            print(f"  what to do: {exc.fix}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("fieldkit: interrupted; everything already reported as stored is safe", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
