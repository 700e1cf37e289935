"""Bundles on the device: recipients, provision, bundle."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from fieldkit._internal.plurals import plural
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.cli import tables
from fieldkit.cli._common import (
    Subparsers,
    add_command,
    emit_json,
    json_error,
    open_store,
    parse_size,
    printable,
    read_input_file,
)
from fieldkit.cli.progress import progress
from fieldkit.cli.tables import Column
from fieldkit.errors import FieldkitError, UsageError
from fieldkit.models import Capture
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from fieldkit.sync.outbox import apply_provisioning


def cmd_recipients(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "add":
            if not args.recipient:
                raise UsageError("recipients add needs the recipient (age1...)")
            added = ledger.add_recipient(store, args.recipient, args.label or "")
            print("Added the recipient." if added else "That recipient was already there.")
        else:
            for recipient in ledger.recipients(store):
                print(recipient)
    return 0


def cmd_provision(args: argparse.Namespace) -> int:
    document = Provisioning.from_bytes(read_input_file(args.file))
    with open_store(args) as store:
        added = apply_provisioning(store, document)
    codes = "".join(f"; AFIS {name} {value}" for name, value in (("ORI", document.ori), ("DAI", document.dai)) if value)
    print(f"Provisioned for {printable(document.organisation) or 'headquarters'}:"
          f" {plural(added, 'new recipient')}{codes}.")  # fmt: skip
    # Compare these with HQ ('fieldkit hq recipient', the server's certificate) before trusting the file.
    print(f"  organisation: {printable(document.organisation) or '(none)'}")
    for recipient in document.recipients:
        print(f"  recipient:    {recipient}")
    if document.signing_key_fingerprint:
        print(f"  HQ signing key: {document.signing_key_fingerprint}")
    if document.upload is not None:
        print(f"  endpoint:     {printable(document.upload.endpoint)}")
        print(f"  certificate:  SHA-256 {document.upload.tls_sha256}")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "create":
            return _create(store, args)
        if args.action == "remake":
            return _remake(store, args)
        records = ledger.bundles(store)
        pending = ledger.unbundled_count(store)
        amendments = store.amendments.count_pending()
    if args.json:
        emit_json({"bundles": [r.__dict__ for r in records], "unbundled_captures": pending,
                   "pending_amendments": amendments})  # fmt: skip
        return 0
    columns = (Column("BUNDLE", 5, "right"), Column("STATE", 9, gap=2), Column("CREATED", 28),
               Column("CAPTURES", 14, "right"), Column("BYTES", 12, "right"), Column("FILE", gap=1))  # fmt: skip
    rows = [[str(r.sequence), printable(r.state), printable(r.created_at), plural(r.capture_count, "capture"),
             str(r.size), printable(r.file_name)] for r in records]  # fmt: skip
    # Piped: no header, a line per bundle ("... 8734 bytes  FILE"), as scripts read it.
    tables.show(columns, rows, piped=(tables.plain_line(columns, [*row[:5], f"bytes  {row[5]}"]) for row in rows))
    print(f"{plural(pending, 'capture')} not yet bundled, {plural(amendments, 'amendment')} waiting")
    return 0


def _remake(store: Store, args: argparse.Namespace) -> int:
    """Give up a bundle no intact copy of which is left (compose.remake): its captures wait for the next one."""
    if args.sequence is None or args.reason is None:
        raise UsageError("bundle remake needs the bundle's SEQUENCE and --reason TEXT")
    try:
        done = compose.remake(store, args.sequence, args.reason)
    except FieldkitError as exc:
        if args.json:
            emit_json(json_error(exc))
        raise
    if args.json:
        emit_json({"abandoned": done.sequence, "captures": done.captures, "amendments": done.amendments})
        return 0
    print(f"bundle {done.sequence} abandoned: {done.captures} capture(s) and {done.amendments} amendment(s) wait "
          f"again. 'fieldkit bundle create --out DIR' carries them and tells HQ that number {done.sequence} was "
          "given up (HQ shows no gap); keep the damaged file.")  # fmt: skip
    return 0


def _create(store: Store, args: argparse.Namespace) -> int:
    """Analyse what never was, then bundle: one line per bundle, one per product left out (exit 0 all the same: every
    capture travelled; what is left out is named in the bundle too)."""
    if not args.out:
        raise UsageError("bundle create needs --out DIR")
    max_size = parse_size(args.max_size) if args.max_size else None
    analysed: list[AnalysisOutcome] = []
    waiting: list[tuple[Capture, int]] = []
    with progress(args, "fieldkit bundle create") as shown:
        writing = shown.task("writing bundles", unit="bytes")
        made = compose.create_bundles(store, Path(args.out), max_size, progress=writing.update,
                                      analysed=analysed.append,
                                      too_large=lambda capture, needed: waiting.append((capture, needed)))  # fmt: skip
        writing.end()
    if args.json:
        emit_json({
            "analysed": [outcome.to_json() for outcome in analysed],
            "too_large": [{"capture_id": c.id, "size": c.size, "bundle_bytes_needed": n} for c, n in waiting],
            "bundles": [{"sequence": b.sequence, "path": str(b.path), "size": b.size, "captures": b.capture_count,
                         "amendments": b.amendment_count, "samples": b.sample_count, "shipments": b.shipment_count,
                         "tagmanifest_sha256": b.tagmanifest_sha256,
                         "left_out": [entry.to_json() for entry in b.left_out]} for b in made],
        })  # fmt: skip
        return 0
    if analysed:
        failed = sum(1 for outcome in analysed if outcome.status == "failed")
        print(f"analysed {len(analysed)} capture(s) first, {failed} failed (they travel with the reason)")
    if not made:
        print("Nothing to bundle: every capture is already in a bundle, and nothing changed since.")
    for info in made:
        amended = f"  {plural(info.amendment_count, 'amendment')}" if info.amendment_count else ""
        if info.sample_count or info.shipment_count:
            amended += f"  {plural(info.sample_count, 'sample')}, {plural(info.shipment_count, 'shipment')}"
        print(f"bundle {info.sequence:>4}  {plural(info.capture_count, 'capture')}{amended}  {info.size} bytes"
              f"  {info.path}")  # fmt: skip
        for entry in info.left_out:
            known = store.originals.by_uuid(entry.capture)  # named as the operator knows it: number and file
            which = f"#{known.id} ({printable(known.original_name)}, {entry.capture})" if known else entry.capture
            print(f"  left out: {entry.product} of capture {which}: {printable(entry.reason)}")
    for capture, needed in waiting:
        print(f"capture {capture.id} ({printable(capture.original_name)}, {capture.size} bytes) waits: its bundle needs"
              f" {needed} bytes, more than --max-size; run 'fieldkit bundle create --out DIR --max-size"
              f" {needed + (1 << 20)}' to send it (too large for a FAT32 stick above 4 GiB: upload it)")  # fmt: skip
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("recipients", cmd_recipients, "the headquarters age recipients bundles are encrypted to")
    p.add_argument("action", choices=["add", "list"])
    p.add_argument("recipient", nargs="?")
    p.add_argument("--label")

    p = command("provision", cmd_provision, "import a provisioning file from headquarters")
    p.add_argument("action", choices=["import"])
    p.add_argument("file", metavar="FILE")

    p = command("bundle", cmd_bundle, "create signed, encrypted bundles of every capture not yet bundled; list them;"
                " remake one no intact copy of which is left")  # fmt: skip
    p.add_argument("action", choices=["create", "list", "remake"])
    p.add_argument("sequence", nargs="?", type=int, metavar="SEQUENCE", help="remake: the bundle given up")
    p.add_argument("--reason", metavar="TEXT", help="remake: why (custody-logged), e.g. 'file damaged, no copy'")
    p.add_argument("--out", metavar="DIR")
    p.add_argument("--max-size", metavar="SIZE", help="split into bundles below SIZE (default: below 4 GiB)")
    p.add_argument("--json", action="store_true")
