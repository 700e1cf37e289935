"""The outbox: sync (send bundles to HQ when it answers), outbox (list, retry, relocate), purge."""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from fieldkit.cli import tables
from fieldkit.cli._common import Subparsers, add_command, emit_json, json_error, open_store, parse_size, printable
from fieldkit.cli.progress import Progress, progress
from fieldkit.cli.progress import Task as ProgressTask
from fieldkit.cli.tables import Column
from fieldkit.config import SYNC_LIMITS
from fieldkit.errors import DamagedBundleCopyError, FieldkitError, SyncError, UsageError
from fieldkit.outgoing import ledger
from fieldkit.store.store import Store
from fieldkit.sync import outbox


def _row(entry: outbox.Entry) -> list[str]:
    """An outbox entry's cells: bundle, state, last attempt, detail (HQ's reason or the last error: printable)."""
    state = entry.state
    if state == "uploading":
        state = f"uploading {entry.progress * 100:.0f}%"
    elif entry.duplicate:
        state = "acknowledged (HQ already had it)"
    detail = entry.reason if entry.state == "rejected" else entry.last_error
    if entry.hint:
        detail = f"{detail}; {entry.hint}"
    return [str(entry.sequence), state, entry.last_attempt or "never", printable(detail or "")]


OUTBOX_COLUMNS = (Column("BUNDLE", align="right"), Column("STATE"), Column("LAST ATTEMPT"), Column("DETAIL"))


def _line(row: list[str]) -> str:
    """An entry as sync and a piped outbox print it, as scripts read it (padded in cells, never cut):
    "bundle    1  waiting          last attempt never  DETAIL"."""
    sequence, state, last, detail = row
    return f"bundle {tables.fit(sequence, 4, 'right', crop=False)}  {tables.fit(state, 16, crop=False)} last attempt" \
           f" {last}  {detail}".rstrip()  # fmt: skip


def _entry_json(entry: outbox.Entry) -> dict[str, Any]:
    """An outbox entry for --json; sync and outbox print it unsorted with non-ASCII escaped, as they always have."""
    data = dict(entry.__dict__)
    data["receipt"] = json.loads(entry.receipt) if entry.receipt else None
    data["progress"] = round(entry.progress, 4)
    data["duplicate"] = entry.duplicate
    data["hint"] = entry.hint
    return data


def _json_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """With --json, a refusal is printed as JSON on stdout too (json_error), then said and exited as usual."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except FieldkitError as exc:
            if getattr(args, "json", False):
                emit_json(json_error(exc), sort_keys=False, ensure_ascii=True)
            raise

    return run


def _round_error(report: outbox.SyncReport) -> SyncError | None:
    """Why one round of 'sync --once' did not deliver everything it tried (None: it did, or it waits on a timer).
    A damaged copy found (exit 54) is said before a bundle HQ refused or rejected (50), then HQ not answering (50)."""
    damaged = [e.sequence for e in report.damaged]
    if damaged:
        numbers = ", ".join(map(str, damaged))
        return DamagedBundleCopyError(
            f"not sent: the file of bundle {numbers} is not the bundle as this device wrote it (a damaged copy; its "
            "SHA-256 differs from the one recorded in custody 'bundle.created'); the other bundles went on",
            sequence=damaged[0] if len(damaged) == 1 else None,
        )
    rejected = report.rejected
    if rejected:
        said = "; ".join(f"bundle {e.sequence}: {e.reason}" for e in rejected)
        return SyncError(f"HQ refused {len(rejected)} bundle(s) ({said}); 'fieldkit outbox' says what to do")
    if not report.reachable and report.waiting:
        return SyncError(f"HQ did not answer; {report.waiting} bundle(s) wait in the outbox")
    return None


@_json_errors
def cmd_sync(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.limit_rate:
            ledger.set_setting(store, outbox.RATE, str(parse_size(args.limit_rate, 1 << 10, "--limit-rate")))
        if not args.once:
            return _loop(store, args)
        with progress(args, "fieldkit sync") as shown:
            report = outbox.sync_once(store, progress=_uploads(shown, store))
            shown.end_all()
        rows = outbox.entries(store)
    error = _round_error(report)
    if args.json:
        document: dict[str, Any] = {"reachable": report.reachable, "waiting": report.waiting,
                                    "damaged": [e.sequence for e in report.damaged],
                                    "rejected": [e.sequence for e in report.rejected],
                                    "outbox": [_entry_json(e) for e in rows]}  # fmt: skip
        if error is not None:
            document.update(json_error(error))
        emit_json(document, sort_keys=False, ensure_ascii=True)
        if error is not None:
            _say(error)
            return error.exit_code
        return 0
    for entry in rows:
        print(_line(_row(entry)))
    if error is not None:
        raise error
    return 0


def _uploads(shown: Progress, store: Store) -> Callable[[int, int], None]:
    """sync_once's ``progress(sequence, offset)`` as one task per bundle, sized from the outbox."""
    sizes = {entry.sequence: entry.size for entry in outbox.entries(store)}
    tasks: dict[int, ProgressTask] = {}

    def moved(sequence: int, offset: int) -> None:
        task = tasks.get(sequence)
        if task is None:
            for earlier in tasks.values():  # one bundle at a time: the one before is over
                earlier.end()
            task = tasks[sequence] = shown.task(f"uploading bundle {sequence}", sizes.get(sequence) or None)
        task.update(offset)

    return moved


def _say(error: FieldkitError) -> None:
    """The words main() prints for an error, on stderr (for --json, whose stdout already holds the document)."""
    print(f"fieldkit: error: {error.message}", file=sys.stderr)
    if error.fix:
        print(f"  what to do: {error.fix}", file=sys.stderr)


def _loop(store: Store, args: argparse.Namespace) -> int:
    """Until Ctrl+C: probe HQ, send what is due, wait (with jitter) for the next due bundle or probe."""
    stop = threading.Event()
    print("fieldkit sync: sending bundles whenever HQ answers (Ctrl+C to stop)", flush=True)
    try:
        while not stop.is_set():
            with progress(args, "fieldkit sync") as shown:
                report = outbox.sync_once(store, progress=_uploads(shown, store))
                shown.end_all()
            for entry in report.attempted:
                print(_line(_row(entry)), flush=True)
            if not report.reachable:
                print(f"HQ not reachable; {report.waiting} bundle(s) wait", flush=True)
            due = outbox.next_due(store)
            pause = SYNC_LIMITS.probe_interval_s * random.uniform(0.8, 1.2)
            if due is not None:
                pause = min(pause, max(1.0, due - time.time()))
            stop.wait(pause)
    except KeyboardInterrupt:
        print("stopped; the outbox resumes where it was at the next sync", flush=True)
    return 0


@_json_errors
def cmd_outbox(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        outbox.enqueue_new(store)
        if args.action == "retry":
            if args.sequence is None:
                raise UsageError("outbox retry needs the bundle's SEQUENCE")
            outbox.retry(store, args.sequence)
        elif args.action == "relocate":
            if args.sequence is None or not args.path:
                raise UsageError("outbox relocate needs SEQUENCE and --path FILE")
            outbox.relocate(store, args.sequence, Path(args.path))
        rows = outbox.entries(store)
        target = outbox.endpoint(store)
    if args.json:
        emit_json([_entry_json(e) for e in rows], sort_keys=False, ensure_ascii=True)
        return 0
    print(f"HQ endpoint: {target.url if target else 'none (import a provisioning file that names one)'}")
    if rows:
        cells = [_row(entry) for entry in rows]
        tables.show(OUTBOX_COLUMNS, cells, piped=map(_line, cells))
    else:
        print("The outbox is empty: 'fieldkit bundle create' puts bundles in it.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    if not args.acknowledged:
        raise UsageError("purge only removes captures HQ has acknowledged: say --acknowledged")
    with open_store(args) as store:
        result = outbox.purge_acknowledged(store, confirm=args.yes)
    if not result.done:
        print(f"{result.captures} capture(s), {result.bytes / 1e6:.1f} MB, are in bundles HQ has acknowledged with a "
              "verified receipt. Run again with --yes to remove them from this device for good.")  # fmt: skip
        return 0
    print(f"Removed {result.captures} capture(s) ({result.bytes / 1e6:.1f} MB); HQ holds them, the custody log keeps "
          "their hashes.")  # fmt: skip
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("sync", cmd_sync, "send the outbox's bundles to HQ (resumable); without --once, keep at it")
    p.add_argument("--once", action="store_true", help="one round: probe HQ, send what is due, wait for receipts")
    p.add_argument("--limit-rate", metavar="RATE", help="cap the upload rate per second, e.g. 200K (kept)")
    p.add_argument("--json", action="store_true")

    p = command("purge", cmd_purge, "free space: remove captures whose bundle HQ has acknowledged (explicit only)")
    p.add_argument("--acknowledged", action="store_true", help="required: only acknowledged captures go")
    p.add_argument("--yes", action="store_true", help="really remove them (without it: only count)")

    p = command("outbox", cmd_outbox, "bundles waiting for HQ: list, retry a rejected one, relocate a moved file")
    p.add_argument("action", nargs="?", default="list", choices=["list", "retry", "relocate"])
    p.add_argument("sequence", nargs="?", type=int, metavar="SEQUENCE")
    p.add_argument("--path", metavar="FILE")
    p.add_argument("--json", action="store_true")
