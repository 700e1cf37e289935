"""Commands: analyse (describe stored originals in the sandbox, again after a decoder upgrade)."""

from __future__ import annotations

import argparse
from functools import partial

from fieldkit.analysis import runner
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.cli._common import Subparsers, add_command, emit_json, open_store
from fieldkit.sandbox.pool import pool


def analysis_line(outcome: AnalysisOutcome) -> str:
    if outcome.status == "ok":
        return f"capture {outcome.capture_id}: analysed" + (f" (damaged: {outcome.damaged})" if outcome.damaged else "")
    return f"capture {outcome.capture_id}: analysis failed: {outcome.reason} (the original is kept unchanged)"


def cmd_analyse(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.ids:
            wanted = [store.capture(capture_id).id for capture_id in args.ids]  # unknown ids fail before any work
        else:
            wanted = store.analyses.failed() if args.failed else runner.waiting(store)
        outcomes = runner.analyse(
            store, wanted, progress=None if args.json else lambda o: print(analysis_line(o), flush=True)
        )
    if args.json:
        emit_json({"analysed": [o.to_json() for o in outcomes], "sandbox": pool().confinement()})
    elif not outcomes:
        print("Nothing to analyse: every capture is analysed." if not args.failed else "No analysis has failed.")
    else:
        failed = sum(1 for o in outcomes if o.status == "failed")
        print(f"{len(outcomes)} capture(s) analysed, {failed} failed (each failure is kept, with its reason).")
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)
    p = command(
        "analyse",
        cmd_analyse,
        "describe stored originals again in the sandbox (metadata, pages, thumbnails); by default those not analysed",
    )
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="capture ids (default: every capture not analysed)")
    p.add_argument("--failed", action="store_true", help="the captures whose analysis failed (after an upgrade)")
    p.add_argument("--json", action="store_true")
