"""`fieldkit config show`: the effective settings of the device and of HQ, and where each came from (an option,
an environment variable, a configuration file, the default). docs/cli.md, "Configuration file"."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from rich.cells import cell_len

from fieldkit.cli import settings, tables
from fieldkit.cli._common import Subparsers, add_command, emit_json, printable
from fieldkit.cli.tables import Column
from fieldkit.config import default_store_dir
from fieldkit.errors import UsageError


def _device(args: argparse.Namespace) -> settings.Resolved:
    resolved = getattr(args, "device_settings", None)
    if isinstance(resolved, settings.Resolved):  # resolved by main (settings.apply) before the values were filled in
        return resolved
    flags = {"store": getattr(args, "store", None), "operator": getattr(args, "operator", None)}
    environ = os.environ
    return settings.resolve(settings.DeviceSettings, settings.device_file(environ), flags, environ,
                            named=bool(environ.get(settings.DEVICE_FILE_ENV)))  # fmt: skip


def _hq(args: argparse.Namespace) -> settings.Resolved:
    path, named = settings.hq_file(args.config, os.environ)
    return settings.resolve(settings.HqSettings, path, {}, os.environ, named=named)


def _value(value: Any, name: str = "") -> str:
    if value is None:
        if name == "store":  # what a command opens when nothing names a store
            return f"{default_store_dir()} (the platform's data folder)"
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return printable(str(value))


def _print(title: str, resolved: settings.Resolved, env: str) -> None:
    if resolved.file is None:
        print(f"{title}: no file ({env} is empty)")
    else:
        print(f"{title}: {resolved.file}{'' if resolved.file_found else ' (not found: defaults apply)'}")
    width = max(len(name) for name in resolved.values)
    said = {name: _value(value, name) for name, value in resolved.values.items()}
    value_width = max(cell_len(text) for text in said.values())  # terminal cells: an operator named in Arabic, CJK
    columns = (Column("", width + 2, gap=0), Column("", value_width, gap=2), Column("", gap=2))
    for name, text in said.items():
        source, what = resolved.sources[name]
        origin = {"flag": f"option {what}", "env": f"${what}", "file": "file", "default": "default"}[source]
        print(tables.plain_line(columns, [f"  {name}", text, f"({origin})"]))


def cmd_config(args: argparse.Namespace) -> int:
    if args.action != "show":
        raise UsageError("config takes one action: show")
    device, hq = _device(args), _hq(args)
    if args.json:
        emit_json({"device": settings.shown(device), "hq": settings.shown(hq)}, sort_keys=False)
        return 0
    _print("device settings", device, settings.DEVICE_FILE_ENV)
    print()
    _print("HQ settings", hq, settings.HQ_FILE_ENV)
    return 0


def register(subparsers: Subparsers) -> None:
    p = add_command(subparsers, "config", cmd_config, "show the effective settings (device and HQ) and where each"
                    " came from: option, environment, configuration file, default")  # fmt: skip
    p.add_argument("action", choices=["show"], metavar="show")
    p.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        help=f"HQ's configuration file (default: ${settings.HQ_FILE_ENV}, else {settings.HQ_FILE})",
    )
    p.add_argument("--json", action="store_true")
