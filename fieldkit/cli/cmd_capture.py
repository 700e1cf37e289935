"""Capture from devices: scan (document scanners), cards (camera memory cards)."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from fieldkit.cli._common import Subparsers, add_command, open_store, outcome_line
from fieldkit.core.importer import Importer
from fieldkit.errors import UsageError
from fieldkit.sources.cards import DEFAULT_MOUNT_ROOTS, find_cards, new_files
from fieldkit.sources.scanner import SaneSource, ScanSettings, scan_into_item


def cmd_scan(args: argparse.Namespace) -> int:
    """Scan one page or a feeder batch into one multi-page document capture."""
    if args.list:
        for device in SaneSource().devices():
            print(f"{device.id}\t{device.label}")
        return 0
    if not (args.device and args.case and args.item):
        raise UsageError("scan needs --device DEV --case CASE --item TAG (or --list)")
    settings = ScanSettings(args.resolution, args.mode, args.source)
    settings.validate()
    with open_store(args) as store:
        capture_id, new, pages = scan_into_item(store, args.case, args.item, args.device, settings,
                                                progress=lambda n: print(f"page {n}", flush=True))  # fmt: skip
    print(f"{'stored' if new else 'duplicate of'} #{capture_id}: {pages} page(s) from {args.device}")
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    """List camera cards (volumes with DCIM) and what is new on them; with --case/--item import what is new."""
    roots = [Path(r) for r in args.root] if args.root else list(DEFAULT_MOUNT_ROOTS)
    cards = find_cards(roots)
    if not cards:
        print("No mounted card or folder with a DCIM folder was found.")
        return 0
    with open_store(args) as store:
        for card in cards:
            fresh, known = new_files(store, card.dcim)
            print(f"{card.root}: {len(fresh)} new, {known} already in the store")
            if args.case and args.item and fresh:
                summary = Importer(store, progress=lambda o: print(outcome_line(o), flush=True)).run(
                    args.case, args.item, fresh
                )
                print(f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.failed} failed")
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("scan", cmd_scan, "scan a page or a feeder batch (SANE) into one document capture")
    p.add_argument("--list", action="store_true", help="list the scanners SANE sees")
    p.add_argument("--device", metavar="DEV", help="a device id from --list, e.g. epson2:libusb:001:004")
    p.add_argument("--case")
    p.add_argument("--item", metavar="TAG")
    p.add_argument("--resolution", type=int, default=300, metavar="DPI")
    p.add_argument("--mode", default="gray", choices=["gray", "color", "lineart"])
    p.add_argument("--source", default="flatbed", choices=["flatbed", "feeder", "duplex"])

    p = command("cards", cmd_cards, "find camera cards (DCIM) and import what is new on them")
    p.add_argument("--root", action="append", metavar="DIR", help="where to look (default: /media, /run/media, /mnt)")
    p.add_argument("--case")
    p.add_argument("--item", metavar="TAG")
