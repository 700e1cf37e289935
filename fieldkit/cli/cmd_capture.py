"""Capture from devices: scan (document scanners), cards (camera memory cards), sources (every registered capture
source and live-scan device, with its status). Devices are found through fieldkit.sources.registry, never by naming
a source's class, so a plug-in's scanner is listed and used like SANE's."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from fieldkit.cli import tables
from fieldkit.cli._common import Subparsers, add_command, emit_json, open_store, outcome_line, printable, summary_line
from fieldkit.cli.tables import Column
from fieldkit.errors import CaptureSourceError, UsageError
from fieldkit.sources import registry
from fieldkit.sources.base import SCAN_FEEDS, SCAN_MODES, ScanSettings
from fieldkit.sources.cards import find_cards, import_card, new_files
from fieldkit.sources.sink import store_acquired

DEFAULT_SCANNER_SOURCE = "sane"  # takes any device id no other document source lists (SANE's are not guessable)


def cmd_scan(args: argparse.Namespace) -> int:
    """Scan one page or a feeder batch into one multi-page document capture."""
    if args.list:
        return _list_scanners()
    if not (args.device and args.case and args.item):
        raise UsageError("scan needs --device DEV --case CASE --item TAG (or --list)")
    settings = ScanSettings(args.resolution, args.mode, args.source)
    settings.validate()
    source = registry.source_for_device(args.device, "document", default=DEFAULT_SCANNER_SOURCE)
    assert source is not None  # the default source takes what no other claims
    with open_store(args) as store:
        acquired = registry.acquire(source, args.device, settings.as_options(),
                                  progress=lambda n: print(f"page {n}", flush=True))  # fmt: skip
        capture_id, new = store_acquired(store, args.case, args.item, acquired)
    pages = acquired.metadata.get("page_count", 1)
    print(f"{'stored' if new else 'duplicate of'} #{capture_id}: {pages} page(s) from {args.device}")
    return 0


def _list_scanners() -> int:
    """Every document source's devices, one "ID<tab>LABEL" line each. A plug-in that fails is reported and the
    others listed; if no source works, the first one is asked anyway so that its own error says why (SANE's: exit
    41, "scanning needs SANE")."""
    listings = registry.survey("document")
    working = [listing for listing in listings if listing.state == "available"]
    found = [[printable(device.id), printable(device.label)] for listing in working for device in listing.devices]
    if found:  # piped: "ID<TAB>LABEL", for scripts
        tables.show((Column("DEVICE"), Column("LABEL")), found, piped=("\t".join(row) for row in found))
    if working or not listings:
        if not any(listing.devices for listing in working):
            print("No scanner found: check that it is connected and switched on ('fieldkit sources' shows every"
                  " capture source and why one does not work).", file=sys.stderr)  # fmt: skip
        for listing in listings:
            if listing.state == "error":
                print(f"fieldkit: capture source {listing.registration.name}: {listing.reason}", file=sys.stderr)
        return 0
    first = listings[0]
    if first.source is not None:
        first.source.devices()
    raise CaptureSourceError(f"no document scanner source works: {first.registration.name}: {first.reason}")


def cmd_cards(args: argparse.Namespace) -> int:
    """List camera cards (volumes with DCIM) and what is new on them; with --case/--item import what is new."""
    roots = [Path(r) for r in args.root] if args.root else None
    cards = find_cards(roots)
    if not cards:
        print("No mounted card or folder with a DCIM folder was found.")
        return 0
    with open_store(args) as store:
        for card in cards:
            fresh, known = new_files(store, card.dcim)
            print(f"{card.root}: {len(fresh)} new, {known} already in the store")
            if args.case and args.item and fresh:
                summary = import_card(store, card, fresh, args.case, args.item,
                                      progress=lambda o: print(outcome_line(o), flush=True))  # fmt: skip
                print(summary_line(summary))
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    """Every registered capture source and live-scan device, built-in or plug-in, with its status and devices. A
    plug-in that fails is listed with its error; the command itself succeeds."""
    listings = registry.survey()
    if args.json:
        emit_json([listing.to_json() for listing in listings])
        return 0
    if not listings:
        print("No capture source is registered.")
    rows: list[list[str]] = []
    piped: list[str] = []  # a line per source, then one per device, indented (padded in cells, never cut)
    for listing in listings:
        registration = listing.registration
        origin = "built-in" if registration.builtin else f"plug-in {registration.distribution}"
        if listing.state == "available":
            state = f"available, {len(listing.devices)} device(s)"
        elif listing.state == "unavailable":
            state = f"not available: {listing.reason}"
        else:
            state = f"error: {listing.reason}"
        row = [printable(registration.name), printable(listing.kind or "-"), printable(origin), printable(state)]
        devices = [[printable(device.id), printable(device.label)] for device in listing.devices]
        rows.append([*row, "\n".join(f"{device_id}  {label}" for device_id, label in devices)])
        piped.append(tables.plain_line(SOURCE_COLUMNS[:4], row))
        piped += ["    " + tables.plain_line(DEVICE_COLUMNS, device) for device in devices]
    tables.show(SOURCE_COLUMNS, rows, piped=piped)
    return 0


SOURCE_COLUMNS = (Column("SOURCE", 14, crop=False), Column("KIND", 12, crop=False), Column("ORIGIN", 28, crop=False),
                  Column("STATE"), Column("DEVICES"))  # fmt: skip
DEVICE_COLUMNS = (Column("DEVICE", 28, crop=False), Column("LABEL"))


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("scan", cmd_scan, "scan a page or a feeder batch (SANE) into one document capture")
    p.add_argument(
        "--list", action="store_true", help="list the scanners every document source sees (SANE and plug-ins)"
    )
    p.add_argument("--device", metavar="DEV", help="a device id from --list, e.g. epson2:libusb:001:004")
    p.add_argument("--case")
    p.add_argument("--item", metavar="TAG")
    p.add_argument("--resolution", type=int, default=300, metavar="DPI")
    p.add_argument("--mode", default="gray", choices=SCAN_MODES)
    p.add_argument("--source", default="flatbed", choices=SCAN_FEEDS)

    p = command("cards", cmd_cards, "find camera cards (DCIM) and import what is new on them")
    p.add_argument("--root", action="append", metavar="DIR", help="where to look (default: /media, /run/media, /mnt)")
    p.add_argument("--case")
    p.add_argument("--item", metavar="TAG")

    p = command("sources", cmd_sources, "list every capture source and live-scan device, with its status")
    p.add_argument("--json", action="store_true")
