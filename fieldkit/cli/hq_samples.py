"""The hq actions of physical samples (issue 19, docs/samples.md): ``hq samples`` (list, ``show ID``), ``hq sample
result|receive`` (what the laboratory reported, entered at HQ) and ``hq export-dna`` (ANSI/NIST-ITL Type-18).
cmd_hq.py registers them beside the other hq actions."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit._internal import fsutil
from fieldkit._internal.plurals import plural
from fieldkit.biometrics import dna, nist
from fieldkit.bundle.provisioning import agency_code
from fieldkit.cli._common import CliParser, Handler, Subparsers, emit_json, printable
from fieldkit.config import DNA_LIMITS
from fieldkit.core import manifest
from fieldkit.errors import ExportError, InputError, NoDnaProfileError, StrProfileError, UsageError
from fieldkit.hq import samples
from fieldkit.hq.db import Database
from fieldkit.hq.trust import HQ

Action = Callable[..., CliParser]


def _database(hq: HQ) -> Database:
    db = hq.database()
    samples.migrate(db)
    return db


def _state_words(sample: dict[str, Any]) -> str:
    state, holder = sample["state_at_hq"], printable(sample["holder_at_hq"])
    if state == "shipped":
        return f"shipped (manifest {printable(sample['manifest'] or '')}), with {holder}"
    if state == "received":
        entered = " (receipt entered at HQ)" if sample["state"] != "received" else ""
        return f"received by {holder}{entered}"
    return f"{state}, held by {holder}"


def _print_sample(sample: dict[str, Any], steps: bool) -> None:
    result = sample["result"]
    lab = f"; lab ref {printable(result['lab_ref'])}, {len(result['profile'])} loci" if result else ""
    print(f"  {printable(sample['ref']):<16} {sample['sample_type']:<7} {_state_words(sample)}{lab}")
    print(f"  {'':<16} seal {printable(sample['seal'] or '-')}, from {printable(sample['location'] or '-')};"
          f" device {sample['device_id'][:12]} bundle {sample['bundle']} (version {sample['version']}),"
          f" uuid {sample['uuid']}")  # fmt: skip
    if steps:
        for step in sample["steps"]:
            said = printable(manifest.step_words(step["action"], step["details"]))  # as the device says it
            print(f"      #{step['seq']:<6} {step['at'][:19]} {said} (recorded by {printable(step['operator'])})")
        for entry in sample["lab"]:
            what = (f"received by {printable(entry['by'])}, seal {'intact' if entry['seal_intact'] else 'BROKEN'}"
                    if entry["kind"] == "receipt" else f"result {printable(entry['lab_ref'])}")  # fmt: skip
            print(f"      at HQ   {entry['entered_at'][:19]} {what} (entered by {printable(entry['entered_by'])})")


def hq_samples(args: argparse.Namespace) -> int:
    """The samples HQ holds, per case and item, with their custody state and holder; ``show ID``: one, with its
    custody steps and what HQ entered; ``--json``: everything, the full custody of each."""
    hq = HQ(Path(args.dir))
    words = list(args.what)
    if words and (words[0] != "show" or len(words) != 2):
        raise UsageError("hq samples takes no operand, or 'show ID' (a sample's tag id or uuid)")
    with _database(hq) as db:
        if words:
            sample = samples.find(hq, db, words[1])
            if args.json:
                emit_json(sample)
                return 0
            print(f"{printable(sample['case_name'])} / {printable(sample['item_tag'])}")
            _print_sample(sample, steps=True)
            return 0
        held = samples.samples(hq, db, case=args.case, item=args.item)
        shipped = samples.shipments(hq, db)
    if args.json:
        emit_json({"samples": held, "shipments": shipped})
        return 0
    if not held:
        print("no samples" + (" of that case or item" if args.case or args.item else " yet"))
        return 0
    current = None
    for sample in held:
        if (sample["case_name"], sample["item_tag"]) != current:
            current = (sample["case_name"], sample["item_tag"])
            print(f"{printable(current[0])} / {printable(current[1])}")
        _print_sample(sample, steps=False)
    print(f"{plural(len(held), 'sample')}, {plural(len(shipped), 'shipment')};"
          " 'fieldkit hq samples --dir HQ show ID' shows a sample's custody")  # fmt: skip
    return 0


def _profile(args: argparse.Namespace) -> tuple[dna.LocusCall, ...]:
    if bool(args.profile) == bool(args.locus):
        raise UsageError("give the STR profile with --profile FILE.csv or with --locus NAME=ALLELE,ALLELE ...")
    if args.locus:
        return dna.parse_locus_options(args.locus)
    path = Path(args.profile)
    try:
        with path.open("rb") as handle:
            data = handle.read(DNA_LIMITS.max_profile_csv_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return dna.parse_profile_csv(data)
    except StrProfileError as exc:
        raise StrProfileError(f"{path.name}: {exc.message}") from None


def hq_sample_result(args: argparse.Namespace, who: Callable[[], str]) -> int:
    calls = _profile(args)
    hq = HQ(Path(args.dir))
    with _database(hq) as db:
        entered = samples.record_result(hq, db, args.sample, lab_ref=args.lab_ref, laboratory=args.lab or "",
                                        calls=calls, by=who())  # fmt: skip
    if args.json:
        emit_json(entered)
        return 0
    print(f"Recorded: result {printable(entered['lab_ref'])} for sample {printable(entered['ref'])}"
          f" ({plural(len(calls), 'locus', 'loci')}), entered by {printable(entered['entered_by'])}"
          f" at {entered['entered_at']}")  # fmt: skip
    return 0


def hq_sample_receive(args: argparse.Namespace, who: Callable[[], str]) -> int:
    hq = HQ(Path(args.dir))
    with _database(hq) as db:
        entered = samples.record_receipt(hq, db, args.sample, by=args.by, lab_ref=args.lab_ref or "",
                                         seal_intact=not args.seal_broken, note=args.note or "",
                                         entered_by=who())  # fmt: skip
    if args.json:
        emit_json(entered)
        return 0
    seal = "intact" if entered["seal_intact"] else "BROKEN"
    print(f"Recorded: sample {printable(entered['ref'])} received by {printable(entered['by'])}, seal {seal};"
          f" entered by {printable(entered['entered_by'])} at {entered['entered_at']}")  # fmt: skip
    return 0


def _exported(sample: dict[str, Any]) -> dna.DnaSample:
    """A sample HQ holds, with its latest result, as the Type-18 export takes it (the profile checked again)."""
    result = sample["result"]
    shipped_to = (sample["shipment_record"] or {}).get("laboratory", "")
    return dna.DnaSample(
        ref=sample["ref"], sample_type=sample["sample_type"], collected_at=sample["collected_at"],
        location=sample["location"], lab_ref=result["lab_ref"], laboratory=result["laboratory"] or shipped_to,
        calls=dna.profile((c["locus"], c["alleles"]) for c in result["profile"]), case_name=sample["case_name"],
        item_tag=sample["item_tag"], subject=sample["item_category"] == "person",
    )  # fmt: skip


def hq_export_dna(args: argparse.Namespace) -> int:
    """One ANSI/NIST-ITL transaction with a Type-18 record per sample named (each must have a laboratory result),
    written to a new file readable by HQ's operator only."""
    hq = HQ(Path(args.dir))
    ori = agency_code(args.ori, "--ori") if args.ori is not None else hq.ori or nist.UNSPECIFIED
    dai = agency_code(args.dai, "--dai") if args.dai is not None else hq.dai or nist.UNSPECIFIED
    out = Path(args.out)
    if out.exists():
        raise ExportError(f"{out} already exists: choose another --out")
    with _database(hq) as db:
        held = samples.samples(hq, db)
        chosen = [samples.find(hq, db, ident, held) for ident in args.args]
    if len({s["uuid"] for s in chosen}) != len(chosen):
        raise UsageError("a sample is named twice")
    missing = [s["ref"] for s in chosen if s["result"] is None]
    if missing:
        raise NoDnaProfileError(f"no laboratory result is entered for {', '.join(printable(m) for m in missing)}")
    exported = [_exported(s) for s in chosen]
    data = dna.transaction(exported, ori=ori, dai=dai, tcn=f"FK-DNA-{secrets.token_hex(6).upper()}",
                           when=datetime.now(UTC), tot=args.tot or dna.TOT_DNA)  # fmt: skip
    try:  # profiles in plaintext: HQ's operator only (0600), like the prints' export
        with fsutil.open_new_private(out) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except FileExistsError:
        raise ExportError(f"{out} already exists: choose another --out") from None
    said = {"path": str(out), "size": len(data), "records": {"2": len({(s.case_name, s.item_tag) for s in exported}),
            "18": len(exported)}, "ori": ori, "dai": dai, "samples": [s["uuid"] for s in chosen]}  # fmt: skip
    if args.json:
        emit_json(said)
    else:
        print(f"wrote {out} ({len(data)} bytes): {plural(len(exported), 'Type-18 record')}, ORI {ori}, DAI {dai}")
    if nist.UNSPECIFIED in (ori, dai):
        print(f"note: ORI or DAI is {nist.UNSPECIFIED}: set HQ's codes with 'fieldkit hq config --dir HQ --ori X"
              " --dai Y' (or give --ori/--dai)", file=sys.stderr)  # fmt: skip
    return 0


def register(action: Action, actions: Subparsers, options: Callable[[argparse.ArgumentParser], None],
             wrap: Callable[[Handler, argparse.Namespace], int], who: Callable[[], str]) -> None:  # fmt: skip
    """hq samples, hq sample result|receive, hq export-dna (``action`` and ``options`` are cmd_hq's)."""
    sub = action("samples", hq_samples, "the physical samples devices sent (DNA swabs...), per case and item, with"
                 " their custody state and holder; 'show ID' with the custody steps")  # fmt: skip
    sub.add_argument("what", nargs="*", metavar="show ID", help="one sample, by its tag id or uuid")
    sub.add_argument("--case", metavar="C", help="only this case's samples")
    sub.add_argument("--item", metavar="TAG", help="only the samples of the item with this tag")
    sub.add_argument("--json", action="store_true")

    help_text = "enter what a laboratory reported of a sample: its receipt, its result (lab reference, STR profile)"
    p = actions.add_parser("sample", help=help_text, description=help_text)
    p.set_defaults(handler=_no_sample_action)
    subs = p.add_subparsers(dest="sample_action", metavar="ACTION", required=True, parser_class=CliParser)

    def sub_action(name: str, handler: Callable[[argparse.Namespace, Callable[[], str]], int],
                   text: str) -> CliParser:  # fmt: skip
        parser = subs.add_parser(name, help=text, description=text)
        options(parser)
        parser.set_defaults(handler=lambda args: wrap(lambda a: handler(a, who), args))
        parser.add_argument("sample", metavar="SAMPLE", help="the sample's tag id or uuid ('hq samples' lists them)")
        parser.add_argument("--json", action="store_true")
        return parser

    q = sub_action("result", hq_sample_result, "record the laboratory's result: its reference and the STR profile"
                   " (locus/allele pairs, checked against the standard loci)")  # fmt: skip
    q.add_argument("--lab-ref", required=True, metavar="R", help="the laboratory's reference for the profile")
    q.add_argument("--lab", metavar="NAME", help="the laboratory (default: the shipment's)")
    q.add_argument("--profile", metavar="FILE.csv", help="the profile as CSV: locus,allele[,allele] per line")
    q.add_argument("--locus", action="append", metavar="NAME=ALLELE,ALLELE", help="one locus, e.g. D3S1358=15,16"
                   " (repeat for each)")  # fmt: skip
    q = sub_action("receive", hq_sample_receive, "record the laboratory's receipt of a shipped sample, as it"
                   " reported it")  # fmt: skip
    q.add_argument("--by", required=True, metavar="NAME", help="who received it at the laboratory")
    q.add_argument("--lab-ref", metavar="R", help="the laboratory's reference for the sample")
    q.add_argument("--seal-broken", action="store_true", help="the seal did not arrive intact")
    q.add_argument("--note", metavar="TEXT")

    sub = action("export-dna", hq_export_dna, "write the samples' laboratory profiles as one ANSI/NIST-ITL"
                 " transaction of Type-18 DNA records", "SAMPLE")  # fmt: skip
    sub.add_argument("--out", required=True, metavar="FILE.an2")
    sub.add_argument("--ori", help="originating agency code (default: 'hq config')")
    sub.add_argument("--dai", help="destination agency code (default: 'hq config')")
    sub.add_argument("--tot", help=f"the type of transaction the receiving system expects (default {dna.TOT_DNA})")
    sub.add_argument("--json", action="store_true")


def _no_sample_action(args: argparse.Namespace) -> int:
    raise UsageError("hq sample needs an ACTION: result or receive")
