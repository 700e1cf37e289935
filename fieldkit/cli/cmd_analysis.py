"""Commands: analyse (describe stored originals in the sandbox, again after a decoder upgrade), expand (store the
members of an archive capture as captures, decompressed in the sandbox)."""

from __future__ import annotations

import argparse
from functools import partial

from fieldkit.analysis import runner
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.biometrics import identify
from fieldkit.cli._common import Subparsers, add_command, emit_json, open_store, printable
from fieldkit.cli.cmd_identify import hits_json, show_screening, warn_screening
from fieldkit.core import expand
from fieldkit.core.expand import MemberOutcome
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
        # Then identification's pending work: the templates not made yet (imported with --no-analyse, a resolution
        # set since), searched; every capture when the watchlist held was not searched through yet.
        screening = identify.catch_up(store)
    if args.json:
        emit_json({"analysed": [o.to_json() for o in outcomes], "sandbox": pool().confinement(),
                   "templates": [t.to_json() for t in screening.templates],
                   "watchlist_hits": hits_json(screening.hits)})  # fmt: skip
        warn_screening(screening)
        return 0
    if not outcomes:
        print("Nothing to analyse: every capture is analysed." if not args.failed else "No analysis has failed.")
    else:
        failed = sum(1 for o in outcomes if o.status == "failed")
        print(f"{len(outcomes)} capture(s) analysed, {failed} failed (each failure is kept, with its reason).")
    if screening.templates:
        print(f"Templates made for {len(screening.templates)} print(s) or subject photo(s), "
              f"{len(screening.failures)} failed.")  # fmt: skip
    show_screening(screening)
    return 0


def member_line(outcome: MemberOutcome) -> str:
    """One entry of an archive, as `expand` prints it."""
    path = printable(outcome.path)
    note = f"  ({printable(outcome.reason)})" if outcome.reason and outcome.status == "stored" else ""
    if outcome.status == "stored":
        return f"stored     #{outcome.capture_id:<6} {outcome.kind:<11} {outcome.sha256}  {path}{note}"
    if outcome.status == "duplicate":
        return f"duplicate  of #{outcome.duplicate_of:<3} {outcome.kind:<11} {outcome.sha256}  {path}"
    target = f" -> {printable(outcome.link_target)}" if outcome.link_target is not None else ""
    return f"not stored {path}{target}: {printable(outcome.reason or '')}"


def cmd_expand(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        summary = expand.expand_archive(
            store, args.id, analyse=not args.no_analyse,
            progress=None if args.json else lambda o: print(member_line(o), flush=True),
            analysed=None if args.json else _print_analysis_problem,
        )  # fmt: skip
    if args.json:
        emit_json(summary.to_json())
    else:
        print(f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.not_stored} not stored"
              f"\nacquisition {summary.acquisition_id}: 'fieldkit acquisition {summary.acquisition_id}' lists every"
              " member met")  # fmt: skip
        if summary.analysed:
            failed = sum(1 for a in summary.analysed if a.status == "failed")
            print(f"Analysed {len(summary.analysed)}: {failed} could not be analysed (kept unchanged)")
    expand.raise_if_stopped(summary)
    return 0


def _print_analysis_problem(outcome: AnalysisOutcome) -> None:
    if outcome.status == "failed" or outcome.damaged:
        print(analysis_line(outcome), flush=True)


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

    p = command(
        "expand",
        cmd_expand,
        "store each member of an archive capture (ZIP, tar, gzip) as a capture of its item, decompressed in the"
        " sandbox under the bomb limits, never written to disk in plaintext; one acquisition lists every member",
    )
    p.add_argument("id", type=int, metavar="ID", help="the archive's capture id")
    p.add_argument("--no-analyse", action="store_true", help="store the members without analysing them now")
    p.add_argument("--json", action="store_true")
