"""The ``fieldkit`` command line: the parser, ``main``, and the error -> exit-code mapping.

Each command group lives in its own ``cmd_*`` module with a ``register(subparsers)``; ``COMMAND_GROUPS`` lists them,
so a new command goes into the module of its group (or a new module added to that list) and nowhere else. Every
FieldkitError becomes one message, one line saying what to do, and an exit code of its own (see fieldkit.errors);
nothing printed here ever includes a passphrase or evidence bytes.

The CLI sits below the GUI and never imports it: the desktop window (``fieldkit`` with no command, ``fieldkit gui``,
``--self-test``) is reached through a ``WindowLauncher`` handed to ``main`` by ``fieldkit.launcher``."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Protocol

import platformdirs

from fieldkit import __version__
from fieldkit._internal import logs
from fieldkit.cli import (
    cmd_analysis,
    cmd_bundles,
    cmd_capture,
    cmd_config,
    cmd_documents,
    cmd_evidence,
    cmd_fingerprints,
    cmd_hq,
    cmd_identify,
    cmd_samples,
    cmd_store,
    cmd_sync,
    cmd_watchlist,
    settings,
)
from fieldkit.cli._common import CliParser, Handler, add_command, add_store_options, add_verbosity_options, store_dir
from fieldkit.config import APP_NAME
from fieldkit.errors import FieldkitError, UsageError

COMMAND_GROUPS = (
    cmd_store,
    cmd_evidence,
    cmd_documents,
    cmd_analysis,
    cmd_capture,
    cmd_fingerprints,
    cmd_identify,
    cmd_samples,
    cmd_bundles,
    cmd_sync,
    cmd_watchlist,
    cmd_hq,
    cmd_config,
)
# The hq actions that run as services: their log (stderr, journald) says what they do from INFO on.
SERVICES = ("serve", "worker", "gateway", "unwrap")
LOG_FILE = "fieldkit.log"
log = logging.getLogger("fieldkit.cli")


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
    add_verbosity_options(parser, suppress=False)
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


def device_log_file() -> Path:
    """The device's log file (when the configuration file's ``log_file`` is true): in the platform's log folder."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / LOG_FILE


def _start_logging(args: argparse.Namespace, resolved: settings.Resolved | None) -> None:
    """The operator log of this run: stderr from WARNING (a service: from INFO), each -v one level more, each -q one
    less; JSON lines for `hq serve --log-format json`; the device's log file when its configuration asks for it."""
    verbosity = (getattr(args, "verbose", 0) or 0) - (getattr(args, "quiet", 0) or 0)
    command, action = getattr(args, "command", None), getattr(args, "action", None)
    service = command == "hq" and action in SERVICES
    level = min(logging.CRITICAL, max(logging.DEBUG, (logging.INFO if service else logging.WARNING) - 10 * verbosity))
    prefix = f"fieldkit hq {action}" if command == "hq" else "fieldkit"
    device_log = resolved is not None and command != "hq" and bool(resolved.values.get("log_file"))
    logs.configure(level, prefix, json_lines=getattr(args, "log_format", None) == "json",
                   file=device_log_file() if device_log else None,
                   file_level=logging.DEBUG if verbosity > 0 else logging.INFO)  # fmt: skip
    if resolved is not None:
        for name, (source, what) in resolved.sources.items():
            if source != "default":  # where, never the value: an operator's name or a folder stays out of the log
                logs.event(log, logging.DEBUG, "setting", f"{name} from {source} {what}".rstrip())


def _command_name(args: argparse.Namespace) -> str:
    words = [getattr(args, "command", None) or "gui", getattr(args, "action", None),
             getattr(args, "watchlist_action", None)]  # fmt: skip
    return " ".join(word for word in words if isinstance(word, str))


def main(argv: Sequence[str] | None = None, window: WindowLauncher | None = None) -> int:
    parser = build_parser(window)
    started, name = time.monotonic(), ""
    code = 0
    try:
        args = parser.parse_args(argv)
        resolved = settings.apply(args)
        _start_logging(args, resolved)
        name = _command_name(args)
        logs.event(log, logging.DEBUG, "command.started", f"{name} started", command=name)
        code = _run(args, parser, window)
        return code
    except FieldkitError as exc:
        # Said once: a message that already names the program (from a library, an older module) loses its own.
        print(f"fieldkit: error: {exc.message.removeprefix('fieldkit:').lstrip()}", file=sys.stderr)
        for detail in exc.details:
            print(f"  - {detail}", file=sys.stderr)
        if exc.fix:
            print(f"  what to do: {exc.fix}", file=sys.stderr)
        code = exc.exit_code
        if name:  # its class and code only: a message may name a file or a case, which are evidence
            logs.event(log, logging.INFO, "command.failed", f"{name} failed: {type(exc).__name__}", command=name,
                       error=type(exc).__name__, exit_code=code)  # fmt: skip
        return code
    except KeyboardInterrupt:
        print("fieldkit: interrupted; everything already reported as stored is safe", file=sys.stderr)
        code = 130
        return code
    except BrokenPipeError:
        return 0
    finally:
        if name:
            seconds = round(time.monotonic() - started, 3)
            logs.event(log, logging.INFO, "command.finished", f"{name} exited {code} after {seconds:g} s",
                       command=name, exit_code=code, seconds=seconds)  # fmt: skip
        logs.reset()


def _run(args: argparse.Namespace, parser: CliParser, window: WindowLauncher | None) -> int:
    if getattr(args, "self_test", False):
        if window is None:
            raise UsageError("--self-test needs the window: run the fieldkit program or python -m fieldkit")
        return window.self_test()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return cmd_gui(args, window, parser)
    return handler(args)
