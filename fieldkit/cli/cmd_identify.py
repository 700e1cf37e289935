"""Identification on the device: match (search the watchlist on demand), hits (the candidates, the operator's
decision); and the lines every capture command prints after its search (``show_screening``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from functools import partial
from typing import Any

from fieldkit.biometrics import codes, identify, subjects
from fieldkit.biometrics.identify import Screening
from fieldkit.cli._common import Subparsers, add_command, add_store_options, emit_json, open_store, printable
from fieldkit.errors import InvalidValueError, UsageError
from fieldkit.store.identification import HitRow
from fieldkit.store.store import Store

IMPORT_WATCHLIST = "import one with 'fieldkit watchlist import FILE'"


def finger_words(hit: HitRow) -> str:
    if hit.modality == "face":
        return "face"
    if hit.finger == identify.FUSED_FINGER:
        return "fingers fused (the subject's prints together)"
    return f"finger {hit.finger} ({codes.FINGER_NAMES.get(hit.finger, 'unknown finger')})"


def score_text(score: float) -> str:
    """A score as the lines print it: the value --json gives (identify.rounded_score), trailing zeros dropped."""
    return f"{identify.rounded_score(score):.{codes.SCORE_DECIMALS}f}".rstrip("0").rstrip(".")


def concerning(store: Store, hits: Iterable[HitRow]) -> dict[int, dict[str, Any]]:
    """Whom each hit concerns, by capture id: the case and item its capture belongs to and, on a subject's item
    (category 'person'), the subject (its reference is the item's tag). The --json keys of a hit beside
    identify.hit_json's."""
    found: dict[int, dict[str, Any]] = {}
    for hit in hits:
        if hit.capture_id in found:
            continue
        item = store.item_by_id(store.capture(hit.capture_id).item_id)
        subject = subjects.subject_of_item(store, item)
        found[hit.capture_id] = {"case": item.case_name, "item": item.tag,
                                 "subject": item.tag if subject is not None else None,
                                 "subject_uuid": subject.uuid if subject is not None else None}  # fmt: skip
    return found


def whom_words(whom: dict[str, Any] | None) -> str:
    """' of subject S-1 (case Op Falcon)', ' of item EV-0044 (case Op Falcon)', or '' when not known."""
    if not whom:
        return ""
    what = "subject" if whom["subject"] is not None else "item"
    return f" of {what} {printable(whom['item'])} (case {printable(whom['case'])})"


def hit_line(hit: HitRow, *, withdrawn: bool = False, whom: dict[str, Any] | None = None) -> str:
    """A candidate as the operator reads it: loud while it waits for a decision, plain once decided; ``withdrawn``:
    HQ has taken the reference off the watchlist since (the hit stays, the operator still decides it); ``whom``:
    the subject or item its capture belongs to (``concerning``)."""
    ref, category = printable(hit.ref), printable(hit.category or "no category")
    if withdrawn:
        ref += " (NO LONGER ON THE WATCHLIST: HQ took it off; check with HQ before acting)"
    said = f"score {score_text(hit.score)}, {finger_words(hit)}, capture #{hit.capture_id}{whom_words(whom)}"
    if hit.decision is not None:
        why = f": {printable(hit.reason)}" if hit.reason else ""
        return (f"watchlist candidate #{hit.id}: {ref} ({category}) — {said} — {hit.decision} by "
                f"{printable(hit.decided_by or '?')}{why}")  # fmt: skip
    instructions = printable(hit.instructions or "no instructions given")
    return (f"WATCHLIST HIT #{hit.id}: {ref} ({category}) — {instructions} — {said}; confirm or reject: "
            f"fieldkit hits confirm {hit.id} / fieldkit hits reject {hit.id} --reason TEXT")  # fmt: skip


def show_screening(screening: Screening) -> None:
    """After a capture command's own lines: each candidate loudly on stdout; a search that could not be made (an
    expired watchlist, a failure) on stderr with what to do. Nothing when no watchlist is held at all."""
    for hit in screening.hits:
        print(hit_line(hit), flush=True)
    warn_screening(screening)


def warn_screening(screening: Screening) -> None:
    """On stderr (with --json too): a search that could not be made, and the captures not searched, with why."""
    if screening.watchlist == "expired":
        print(f"fieldkit: {screening.message}; {IMPORT_WATCHLIST.replace('one', 'the newer one')}", file=sys.stderr)
    elif screening.watchlist == "failed":
        print(f"fieldkit: the watchlist search failed ({screening.message}); the capture is kept: "
              "'fieldkit match --capture ID' tries again", file=sys.stderr)  # fmt: skip
    if screening.watchlist != "none":
        for failed in screening.failures:
            if not failed.reason.startswith(identify.RESOLUTION_UNKNOWN):  # the capture line already said it
                print(f"fieldkit: capture #{failed.capture_id} was not searched: {printable(failed.reason)}",
                      file=sys.stderr)  # fmt: skip


def hits_json(hits: list[HitRow] | tuple[HitRow, ...],
              whom: dict[int, dict[str, Any]] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The hits as --json gives them; with ``whom`` (``concerning``) each says its case, item and subject too."""
    return [{**identify.hit_json(hit), **(whom or {}).get(hit.capture_id, {})} for hit in hits]


def _watchlist_json(store: Store) -> dict[str, Any] | None:
    info = store.watchlist.info()
    if info is None:
        return None
    entries, templates = store.watchlist.counts()
    return {"version": info.version, "issued_at": info.issued_at, "expires_at": info.expires_at, "entries": entries,
            "templates": templates}  # fmt: skip


def cmd_match(args: argparse.Namespace) -> int:
    chosen = [name for name in ("capture", "subject", "all") if getattr(args, name) not in (None, False)]
    if len(chosen) != 1:
        raise UsageError("match takes one of --capture ID, --subject REF, --all")
    with open_store(args) as store:
        info = identify.usable_watchlist(store)  # none held, or expired: said before any work
        if args.all:
            outcomes: list[identify.TemplateOutcome] = []
            hits = identify.search_all(store, progress=outcomes.append)
            searched = identify.searchable(store)
        else:
            if args.capture is not None:
                searched = [store.capture(args.capture).id]
                if identify.modality_of(store, store.capture(args.capture)) is None:
                    raise UsageError(f"capture {args.capture} is neither a print nor a photo of a subject: "
                                     "nothing to search")  # fmt: skip
            else:
                searched = identify.subject_captures(store, subjects.find_subject(store, args.subject, args.case))
            retry = [c for c in searched if identify.needs_run(store, c, retry_failed=True)]  # asked for: failures too
            outcomes = identify.make_templates(store, retry)
            hits = identify.search(store, searched)
        runs = {cid: store.identification.run_of(cid) for cid in searched}
        entries, templates = store.watchlist.counts()
        watchlist = _watchlist_json(store)
        whom = concerning(store, hits)
    if args.json:
        emit_json({"watchlist": watchlist, "searched": searched, "templates": [o.to_json() for o in outcomes],
                   "runs": {str(cid): {"status": run[0], "reason": run[1]} if run else None
                            for cid, run in runs.items()},
                   "watchlist_hits": hits_json(hits, whom)})  # fmt: skip
        return 0
    print(f"watchlist version {info.version}: {entries} entries, {templates} templates, valid until {info.expires_at}")
    for cid, run in runs.items():
        if run is not None and run[0] != "ok":
            print(f"capture #{cid}: not searched: {printable(run[1])}")
    for hit in hits:
        print(hit_line(hit, whom=whom.get(hit.capture_id)))
    searchable = sum(1 for run in runs.values() if run is not None and run[0] == "ok")
    if not hits:
        print(f"No candidate above the threshold: {searchable} of {len(searched)} capture(s) searched.")
    return 0


def hit_id(text: str) -> int:
    """A candidate's number as 'fieldkit hits' shows it."""
    if not text.isdigit() or int(text) <= 0:
        raise InvalidValueError(f"'{text}' is not a candidate's number: use the number 'fieldkit hits' shows"
                                " (e.g. 'fieldkit hits reject 3 --reason TEXT')")  # fmt: skip
    return int(text)


def cmd_hits(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    reason: str | None = getattr(args, "reason", None)
    if action is None and reason is not None:
        raise UsageError("--reason goes with a decision: 'fieldkit hits reject ID --reason TEXT' (or confirm ID)")
    if action is not None and args.open:
        raise UsageError(f"--open lists the candidates: 'fieldkit hits --open'; 'hits {action} ID' decides one")
    with open_store(args) as store:
        if action in ("confirm", "reject"):
            if action == "reject" and not (reason or "").strip():
                raise UsageError("hits reject needs --reason TEXT: why this candidate is not the person"
                                 f" (e.g. fieldkit hits reject {args.id} --reason 'different scar')")  # fmt: skip
            before = store.identification.hit(args.id)
            decided = identify.decide(store, args.id, "confirmed" if action == "confirm" else "rejected",
                                      reason or "")  # fmt: skip
            whom = concerning(store, [decided])
            if args.json:
                emit_json(hits_json([decided], whom)[0])
            else:
                earlier = before.decision if before is not None else None
                changed = (f" (it was {earlier} by {printable(before.decided_by or '')} at {before.decided_at};"
                           " both decisions are in the custody log)") if before and earlier else ""  # fmt: skip
                print(
                    f"candidate #{decided.id} ({printable(decided.ref)}, capture #{decided.capture_id}"
                    f"{whom_words(whom.get(decided.capture_id))}) {decided.decision} by "
                    f"{printable(decided.decided_by or '')}{changed if earlier != decided.decision else ' again'}"
                    " (custody-logged; it travels to HQ in the next bundle)"
                )
            return 0
        found = store.identification.hits(open_only=args.open)
        withdrawn = identify.withdrawn_refs(store)
        whom = concerning(store, found)
    if args.json:
        emit_json([{**hit, "on_watchlist": hit["ref"] not in withdrawn} for hit in hits_json(found, whom)])
        return 0
    for hit in found:
        print(hit_line(hit, withdrawn=hit.ref in withdrawn, whom=whom.get(hit.capture_id)))
    if not found:
        print("No watchlist candidate waits for a decision." if args.open else "No watchlist candidates.")
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)
    p = command(
        "match",
        cmd_match,
        "search the watchlist now: one capture, a subject's prints (together too) and photos, or everything",
    )
    p.add_argument("--capture", type=int, metavar="ID", help="a print or a subject's photo")
    p.add_argument("--subject", metavar="REF", help="a subject's reference or uuid: all their prints and photos")
    p.add_argument("--case", help="the subject's case, when the reference is used in several")
    p.add_argument("--all", action="store_true", help="every print and subject's photo held (after a new watchlist)")
    p.add_argument("--json", action="store_true")

    p = command("hits", cmd_hits, "the watchlist candidates found; confirm or reject one (custody-logged)")
    p.add_argument("--open", action="store_true", help="only the candidates that wait for a decision")
    p.add_argument("--json", action="store_true")
    # confirm and reject each their own parser (as 'watchlist import|status'): the ID and the options come in any
    # order ('hits reject --reason TEXT 3' and 'hits reject 3 --reason TEXT'); SUPPRESS keeps what was given
    # before the action word ('hits --json confirm 3').
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    decisions = (
        ("confirm", "candidate ID is the person on the watchlist (custody-logged)"),
        ("reject", "candidate ID is not the person: --reason TEXT says why (custody-logged)"),
    )
    for name, words in decisions:
        action = actions.add_parser(name, help=words, description=words)
        add_store_options(action, suppress=True)
        action.add_argument("id", type=hit_id, metavar="ID", help="the candidate's number ('fieldkit hits')")
        action.add_argument("--reason", metavar="TEXT", default=argparse.SUPPRESS,
                            help="why (needed to reject; kept in the custody log)")  # fmt: skip
        action.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
