"""Subjects and fingerprints: subject, fingerprint, export-nist."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import Any

from fieldkit.biometrics import capture, codes, identify, latent, nist, prints, subjects
from fieldkit.biometrics.identify import Screening
from fieldkit.cli import tables
from fieldkit.cli._common import Subparsers, add_command, did_you_mean, emit_json, open_store, printable
from fieldkit.cli.cmd_identify import hits_json, show_screening, warn_screening
from fieldkit.cli.tables import Column
from fieldkit.core.importer import parse_impression
from fieldkit.errors import AnalysisFailedError, InvalidValueError, ItemNotFoundError, UsageError
from fieldkit.models import Item
from fieldkit.sources import registry
from fieldkit.sources.sink import store_acquired
from fieldkit.store.store import Store

LIGHTS = {"green": "GOOD", "amber": "FAIR", "red": "POOR - TAKE AGAIN", "none": "-"}


def _target(store: Store, args: argparse.Namespace) -> Item:
    """The item prints go to: a subject's (by reference or uuid) or a recovered item's (by tag or uuid)."""
    subject_key, item_key = getattr(args, "subject", None) or "", getattr(args, "item", None) or ""
    if bool(subject_key) == bool(item_key):
        raise UsageError("name either --subject (a person's ten-prints) or --item (latents from an item)")
    case = getattr(args, "case", None)
    if subject_key:
        return subjects.find_subject(store, subject_key, case).item
    matches = [i for i in store.items() if item_key in (i.uuid, i.tag) and (case is None or i.case_name == case)]
    if not matches:
        if case:  # a new evidence item for latents is created as import does
            return store.ensure_item(store.ensure_case(case), item_key)
        known = (i.tag for i in store.items() if case is None or i.case_name == case)
        raise ItemNotFoundError(
            f"there is no item '{item_key}'{did_you_mean(item_key, known)}: add --case to create it"
        )
    if len(matches) > 1:
        raise InvalidValueError(f"item '{item_key}' exists in several cases: add --case")
    return matches[0]


def _print_json(record: prints.PrintRecord, screening: Screening | None = None) -> dict[str, Any]:
    hits = {} if screening is None else {"watchlist_hits": hits_json(screening.hits_of(record.capture.id))}
    return {**hits,
        "capture": record.capture.id, "uuid": record.capture.uuid, "finger_position": record.finger_position,
        "finger": codes.FINGER_NAMES[record.finger_position], "impression_type": record.impression_type,
        "case": record.capture.case_name, "item": record.capture.item_tag,
        "ppi": record.ppi, "ppi_source": record.ppi_source, "needs_ppi": record.needs_ppi,
        "nfiq2": record.nfiq2, "light": record.light, "quality_note": record.quality_note,
        "sha256": record.capture.sha256, "derived_from": record.derived_from,
        "width": record.capture.metadata.get("width"), "height": record.capture.metadata.get("height"),
        "analysis": {"status": "failed", "reason": record.undecodable} if record.undecodable else None,
    }  # fmt: skip


def _verdict(record: prints.PrintRecord) -> str:
    if record.undecodable:
        return "COULD NOT BE DECODED"
    if record.needs_ppi:
        return "RESOLUTION UNKNOWN"
    return LIGHTS[record.light]


def _print_line(record: prints.PrintRecord, where: bool = False) -> str:
    score = f"NFIQ2 {record.nfiq2:>3}" if record.nfiq2 is not None else "NFIQ2   -"
    ppi = f"{record.ppi:>5.0f} ppi" if record.ppi is not None else "    ? ppi"
    item = f"{printable(record.capture.case_name)} / {printable(record.capture.item_tag)}  " if where else ""
    return (f"#{record.capture.id:<6} {item}FGP {record.finger_position:>2} "
            f"{codes.FINGER_NAMES[record.finger_position]:<26} IMP {record.impression_type} {ppi}  {score}  "
            f"{_verdict(record)}")  # fmt: skip


def _notes(record: prints.PrintRecord) -> list[str]:
    """What a print's line is followed by: kept twice, not decodable, resolution unknown, or poor quality."""
    notes = ["already kept (the same file, with the same finger, impression and resolution)"] if record.already_kept \
        else []  # fmt: skip
    if record.undecodable:
        notes.append(f"kept, but it could not be decoded: {printable(record.undecodable)}")
    elif record.needs_ppi:
        notes.append(f"kept; {prints.resolution_unknown(record.capture.id)} (500 for ten-prints)")
    elif record.light == "red":
        notes.append(printable(record.quality_note))
    return notes


def _print_row(record: prints.PrintRecord, where: bool) -> list[str]:
    """A print's cells on a terminal: #, [CASE, ITEM,] FINGER, IMP, PPI, NFIQ2, QUALITY, NOTE."""
    place = [printable(record.capture.case_name), printable(record.capture.item_tag)] if where else []
    return [f"#{record.capture.id}", *place, f"{record.finger_position} {codes.FINGER_NAMES[record.finger_position]}",
            str(record.impression_type), f"{record.ppi:.0f}" if record.ppi is not None else "?",
            str(record.nfiq2) if record.nfiq2 is not None else "-", _verdict(record),
            "\n".join(_notes(record))]  # fmt: skip


def _show_prints(records: list[prints.PrintRecord], as_json: bool, where: bool = False,
                 screening: Screening | None = None) -> None:  # fmt: skip
    """The prints' lines (or JSON); after a capture, with the watchlist search's ``screening``: its candidates on
    each print's JSON (``watchlist_hits``, empty when none) and, as lines, loudly after the prints."""
    if as_json:
        emit_json([_print_json(r, screening) for r in records])
        if screening is not None:
            warn_screening(screening)
        return
    if records:  # piped: a line per print, then its notes indented
        columns = (Column("#"), *((Column("CASE"), Column("ITEM")) if where else ()), Column("FINGER"),
                   Column("IMP"), Column("PPI", align="right"), Column("NFIQ2", align="right"), Column("QUALITY"),
                   Column("NOTE"))  # fmt: skip
        tables.show(columns, [_print_row(record, where) for record in records], piped=(
            line for record in records
            for line in (_print_line(record, where), *(f"        {note}" for note in _notes(record)))
        ))  # fmt: skip
    if screening is not None:
        show_screening(screening)


def _warn_undecodable(records: list[prints.PrintRecord]) -> None:
    """A print kept although it cannot be decoded: the operator hears it now, while the subject is still there."""
    for record in records:
        if record.undecodable:
            print(f"fieldkit: the print of capture #{record.capture.id} is kept but could not be decoded "
                  f"({record.undecodable}); take it again, or examine the original with other tools",
                  file=sys.stderr)  # fmt: skip


def _warn_unknown_resolution(records: list[prints.PrintRecord]) -> None:
    """A print kept without a resolution: the operator hears it now, with the command that sets it."""
    for record in records:
        if record.needs_ppi and not record.undecodable:
            said = record.capture.metadata.get("fingerprint", {}).get("file_ppi")
            file_says = f"the file says {said:g} ppi, which is no print's" if said else "the file does not say it"
            print(f"fieldkit: the print of capture #{record.capture.id} is kept with its resolution unknown "
                  f"({file_says}): it is not scored, searched against the watchlist or sent to an AFIS until "
                  f"'fieldkit fingerprint set-ppi {record.capture.id} --ppi N'", file=sys.stderr)  # fmt: skip


def _score(store: Store, args: argparse.Namespace) -> int:
    """Score the prints not scored yet (with --failed: those that could not be decoded before), and say honestly
    how many were scored, which could not be decoded and which were skipped (resolution unknown, latent, NFIQ 2
    not installed) with why; exit non-zero for the failures only with --strict."""
    pending = prints.undecodable(store) if args.failed else prints.unscored(store)
    scored: list[int] = []
    failed: list[tuple[int, str]] = []
    skipped: list[tuple[int, str]] = []
    for capture_id in pending:
        assessed = prints.score(store, capture_id)
        if assessed.failed is not None:
            failed.append((capture_id, assessed.failed))
        elif assessed.score is None:
            skipped.append((capture_id, assessed.note))
        else:
            scored.append(capture_id)
    if not args.failed:  # the prints still waiting for their resolution, skipped at an earlier pass too
        tried = set(pending)
        skipped += [(r.capture.id, prints.UNKNOWN_RESOLUTION_NOTE) for r in prints.needs_ppi(store)
                    if r.capture.id not in tried and not r.undecodable]  # fmt: skip
    if args.json:
        emit_json({"scored": len(scored), "failed": [{"capture": c, "reason": r} for c, r in failed],
                   "skipped": [{"capture": c, "reason": r} for c, r in skipped],
                   "counts": {"scored": len(scored), "failed": len(failed), "skipped": len(skipped)}})  # fmt: skip
        return AnalysisFailedError.exit_code if failed and args.strict else 0
    print(f"{len(scored)} print(s) scored, {len(failed)} could not be decoded, {len(skipped)} skipped.")
    for capture_id, reason in failed:
        print(f"  #{capture_id}: could not be decoded: {reason}")
    for capture_id, reason in skipped:
        print(f"  #{capture_id}: {reason}")
    if failed:
        print("They are kept unchanged; 'fieldkit fingerprint score --failed' tries them again after an update.")
    if any(reason == prints.UNKNOWN_RESOLUTION_NOTE for _, reason in skipped):
        print("'fieldkit fingerprint set-ppi ID --ppi N' gives a print its resolution and scores it.")
    return AnalysisFailedError.exit_code if failed and args.strict else 0


def _capture_id(args: argparse.Namespace) -> int:
    if not args.image:
        raise UsageError(f"fingerprint {args.action} needs the print's capture ID ('fingerprint list' shows them)")
    try:
        return int(str(args.image).lstrip("#"))
    except ValueError:
        raise UsageError(f"fingerprint {args.action} takes a capture ID (a number), not {args.image!r}") from None


def _correct(store: Store, args: argparse.Namespace) -> int:
    """set-ppi and set-finger: correct a print in place, custody-logged, and score it again."""
    capture_id = _capture_id(args)
    if args.action == "set-ppi":
        if args.ppi is None:
            raise UsageError("fingerprint set-ppi needs --ppi N (500 for ten-prints, 1000 for latents)")
        corrected = prints.set_ppi(store, capture_id, args.ppi, args.reason or "")
        what = f"resolution {args.ppi:g} ppi"
    else:
        if args.finger is None:
            raise UsageError("fingerprint set-finger needs --finger N (FGP code: 1 right thumb .. 10 left little)")
        impression = parse_impression(args.impression) if args.impression is not None else None
        corrected = prints.set_finger(store, capture_id, args.finger, impression, args.reason or "")
        what = f"FGP {corrected.record.finger_position}, IMP {corrected.record.impression_type}"
    record = corrected.record
    screening = identify.retemplate(store, capture_id) if corrected.changed else None
    if args.json:
        emit_json({**_print_json(record, screening), "changed": corrected.changed})
        return 0
    if corrected.changed:
        print(f"capture #{capture_id}: {what} (custody-logged; nothing deleted; the original is unchanged)")
        if store.amendments.carried_in("capture", record.capture.uuid) is not None:
            print("HQ already holds this print: the next bundle carries the correction to HQ")
    else:
        print(f"capture #{capture_id} already has {what}: nothing changed")
    _show_prints([record], False, screening=screening)
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    """The prints of a subject or an item; without either, of the whole store (--needs-ppi: only those whose
    resolution is unknown)."""
    whole = not (getattr(args, "subject", None) or getattr(args, "item", None))
    if whole:
        records = prints.all_prints(store)
        if args.case:
            records = [r for r in records if r.capture.case_name == args.case]
    else:
        item = _target(store, args)
        records = prints.prints_of(store, item)
    if args.needs_ppi:
        records = [r for r in records if r.needs_ppi]
    _show_prints(records, args.json, where=whole)
    if args.json:
        return 0
    if not records:
        print("No print needs its resolution." if args.needs_ppi else "No prints.")
    if not whole:
        for finger, condition in sorted(prints.conditions(store, item).items()):
            print(f"finger {finger} ({codes.FINGER_NAMES[finger]}): {condition}")
    return 0


def cmd_subject(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "add":
            if not args.reference or not args.case:
                raise UsageError("subject add needs a REFERENCE and --case")
            subject = subjects.add_subject(store, args.case, args.reference, claimed_name=args.name or "",
                                           date_of_birth=args.dob or "", nationality=args.nationality or "",
                                           notes=args.notes or "")  # fmt: skip
        elif args.action == "list":
            found = subjects.subjects(store, args.case)
            if args.json:
                emit_json([_subject_json(s) for s in found])
            if found and not args.json:  # piped: no header, padded in cells, never cut
                columns = (Column("REFERENCE", 14, crop=False), Column("CASE", 20, crop=False),
                           Column("NAME", 24, crop=False), Column("NATIONALITY"))  # fmt: skip
                rows = [[printable(s.reference), printable(s.item.case_name), printable(s.claimed_name or "-"),
                         printable(s.nationality or "-")] for s in found]  # fmt: skip
                tables.show(columns, rows, piped=(tables.plain_line(columns, row) for row in rows))
            if not found and not args.json:
                print("No subjects yet: 'fieldkit subject add REF --case C'.")
            return 0
        else:
            if not args.reference:
                raise UsageError(f"subject {args.action} needs a REFERENCE")
            subject = subjects.find_subject(store, args.reference, args.case)
            if args.action == "edit":
                subject = subjects.update_subject(store, subject, claimed_name=args.name, date_of_birth=args.dob,
                                                  nationality=args.nationality, notes=args.notes)  # fmt: skip
        records = prints.prints_of(store, subject.item)
        marks = prints.conditions(store, subject.item)
    if args.json:
        emit_json({**_subject_json(subject), "prints": [_print_json(r) for r in records], "conditions": marks})
        return 0
    print(f"subject {subject.reference} ({subject.item.case_name}), uuid {subject.uuid}")
    for label, value in (("claimed name", subject.claimed_name), ("date of birth", subject.date_of_birth),
                         ("nationality", subject.nationality), ("notes", subject.notes)):  # fmt: skip
        print(f"  {label:<14} {value or '-'}")
    for finger, condition in sorted(marks.items()):
        print(f"  finger {finger} ({codes.FINGER_NAMES[finger]}): {condition}")
    _show_prints(records, False)
    return 0


def _subject_json(subject: subjects.Subject) -> dict[str, Any]:
    return {"uuid": subject.uuid, "reference": subject.reference, "case": subject.item.case_name,
            "claimed_name": subject.claimed_name, "date_of_birth": subject.date_of_birth,
            "nationality": subject.nationality, "notes": subject.notes, "item": subject.item.uuid}  # fmt: skip


def _impression(text: str | None, default: int) -> int:
    return parse_impression(text) if text is not None else default


def cmd_fingerprint(args: argparse.Namespace) -> int:
    if args.action == "devices":
        return _list_devices()

    with open_store(args) as store:
        if args.action == "score":
            return _score(store, args)
        if args.action in ("set-ppi", "set-finger"):
            return _correct(store, args)
        if args.action == "list":
            return _list(store, args)
        if args.action == "recut":
            if args.card is None or args.finger is None or not args.box:
                raise UsageError("fingerprint recut needs --card ID --finger N --box X,Y,W,H")
            try:
                box = tuple(int(v) for v in args.box.split(","))
            except ValueError:
                raise InvalidValueError("--box takes X,Y,WIDTH,HEIGHT in card pixels") from None
            if len(box) != 4:
                raise InvalidValueError("--box takes X,Y,WIDTH,HEIGHT in card pixels")
            record = capture.recut(store, args.card, args.finger, (box[0], box[1], box[2], box[3]))
            _show_prints([record], args.json)
            return 0
        item = _target(store, args)
        if args.action == "add":
            record = capture.add_print_file(store, item, _path(args), finger=_finger(args),
                                            impression=_impression(args.impression, 2), ppi=args.ppi,
                                            device=args.device_name or "")  # fmt: skip
            # The print is committed: the watchlist search follows (it never undoes or blocks the capture).
            _show_prints([record], args.json, screening=identify.screen(store, [record.capture.id]))
            _warn_undecodable([record])
            _warn_unknown_resolution([record])
        elif args.action == "card":
            result = capture.import_card(store, item, _path(args), ppi=args.ppi)
            screening = identify.screen(store, [r.capture.id for r in result.prints])
            if args.json:
                emit_json({"card": result.card_capture_id, "measured_ppi": result.measured_ppi, "empty": result.empty,
                           "prints": [_print_json(r, screening) for r in result.prints],
                           "watchlist_hits": hits_json(screening.hits)})  # fmt: skip
                warn_screening(screening)
            else:
                print(f"card #{result.card_capture_id} kept as the original; boxes measured at "
                      f"{result.measured_ppi:.1f} ppi; {len(result.prints)} impressions cut:")  # fmt: skip
                _show_prints(result.prints, False, screening=screening)
                for fgp in result.empty:
                    print(f"  box {fgp} ({codes.FINGER_NAMES[fgp]}) is empty: mark the finger, or recut it by hand")
        elif args.action == "latent":
            if not args.ruler or args.mm is None:
                raise UsageError("fingerprint latent needs --ruler X1,Y1,X2,Y2 and --mm DISTANCE")
            first, second = latent.parse_points(args.ruler)
            record = capture.add_latent(store, item, _path(args), latent.Calibration(first, second, args.mm),
                                        impression=_impression(args.impression, 6),
                                        finger=args.finger or 0)  # fmt: skip
            _show_prints([record], args.json, screening=identify.screen(store, [record.capture.id]))
        elif args.action == "livescan":
            if not args.device:
                raise UsageError("fingerprint livescan needs --device ID ('fingerprint devices' lists them)")
            source = registry.source_for_device(args.device, "fingerprint")
            if source is None:
                raise InvalidValueError(f"there is no live-scan device '{args.device}':"
                                        " 'fieldkit fingerprint devices' lists them")  # fmt: skip
            options = {"finger": _finger(args), "impression": _impression(args.impression, 1)}
            acquired = registry.acquire(source, args.device, options)
            capture_id, _ = store_acquired(store, item.case_name, item.tag, acquired)
            record = prints.print_record(store, store.capture(capture_id))
            _show_prints([record], args.json, screening=identify.screen(store, [record.capture.id]))
            _warn_undecodable([record])
        elif args.action == "mark":
            chosen = [c for c in ("amputated", "bandaged") if getattr(args, c)]
            if len(chosen) + int(args.clear) != 1:
                raise UsageError("fingerprint mark takes one of --amputated, --bandaged, --clear")
            prints.set_condition(store, item, _finger(args), chosen[0] if chosen else None)
            print(f"finger {args.finger}: {chosen[0] if chosen else 'no mark'}")
    return 0


def _list_devices() -> int:
    """The live-scan devices of every fingerprint source in the registry; a plug-in that fails is named on stderr."""
    listings = registry.survey("fingerprint")
    found = [device for listing in listings for device in listing.devices]
    columns = (Column("DEVICE", 24, crop=False), Column("LABEL"))
    rows = [[printable(device.id), printable(device.label)] for device in found]
    if rows:  # piped: no header, padded in cells
        tables.show(columns, rows, piped=(tables.plain_line(columns, row) for row in rows))
    for listing in listings:
        if listing.state == "error":
            print(f"fieldkit: live-scan source {listing.registration.name}: {listing.reason}", file=sys.stderr)
    if not found:
        print("No live-scan device found (vendor plug-ins register under 'fieldkit.livescan'; "
              "FIELDKIT_SIMULATED_LIVESCAN=1 lists the simulated one).")  # fmt: skip
    return 0


def _path(args: argparse.Namespace) -> Path:
    if not args.image:
        raise UsageError(f"fingerprint {args.action} needs the IMAGE file")
    return Path(args.image)


def _finger(args: argparse.Namespace) -> int:
    if args.finger is None:
        raise UsageError("give the finger position with --finger (FGP code: 1 right thumb .. 10 left little)")
    return codes.finger_code(args.finger)


def cmd_export_nist(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with open_store(args) as store:
        item = _target(store, args)
        ori, dai = nist.agencies(store, args.ori, args.dai)
        written, left_out = nist.export(store, item, out, ori=ori, dai=dai)
    if args.json:
        first = written[0]
        emit_json({"path": str(first.path), "size": first.size, "tot": first.tot,
                   "records": {str(k): v for k, v in sorted(first.records.items())},
                   "ori": ori, "dai": dai,
                   "transactions": [{"path": str(done.path), "size": done.size, "tot": done.tot,
                                     "records": {str(k): v for k, v in sorted(done.records.items())}}
                                    for done in written],
                   "left_out": [gone.to_json() for gone in left_out]})  # fmt: skip
        return 0
    for done in written:
        counts = ", ".join(f"{n} x Type-{t}" for t, n in sorted(done.records.items()))
        print(f"wrote {done.path} ({done.size} bytes, TOT {done.tot}, ORI {ori}, DAI {dai}): Type-1, {counts}")
    for gone in left_out:
        why = gone.reason if gone.code == "ppi-unknown" else f"it could not be decoded ({gone.reason})"
        print(f"left out capture #{gone.capture_id}: {why}")
    if nist.UNSPECIFIED in (ori, dai):
        print(f"note: ORI or DAI is {nist.UNSPECIFIED}: HQ sets them ('fieldkit hq config --ori X --dai Y', then a "
              "new provisioning file), or give --ori and --dai", file=sys.stderr)  # fmt: skip
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("subject", cmd_subject, "persons encountered: add, list, show, edit (ten-prints attach to them)")
    p.add_argument("action", choices=["add", "list", "show", "edit"])
    p.add_argument("reference", nargs="?", metavar="REFERENCE", help="e.g. S-0001 (unique within the case)")
    p.add_argument("--case")
    p.add_argument("--name", help="the name the person gave (claimed, not verified)")
    p.add_argument("--dob", metavar="YYYY-MM-DD", help="date of birth")
    p.add_argument("--nationality", metavar="ISO3", help="three-letter country code, e.g. SYR")
    p.add_argument("--notes")
    p.add_argument("--json", action="store_true")

    p = command("fingerprint", cmd_fingerprint,
                "fingerprints: add, card, latent, livescan, devices, list, mark, recut, score, set-ppi, "
                "set-finger")  # fmt: skip
    p.add_argument("action", choices=["add", "card", "latent", "livescan", "devices", "list", "mark", "recut", "score",
                                      "set-ppi", "set-finger"])  # fmt: skip
    p.add_argument("image", nargs="?", metavar="IMAGE|ID", help="the image file; for set-ppi/set-finger the capture ID")
    p.add_argument("--subject", metavar="REF", help="the person the prints belong to")
    p.add_argument("--item", metavar="TAG", help="the recovered item latents were lifted from")
    p.add_argument("--case")
    p.add_argument("--finger", type=int, metavar="FGP", help="finger position code (1-10, 11-15 plain/slaps)")
    p.add_argument("--impression", metavar="IMP", help="impression type: 0-7 or e.g. live-rolled, latent-photo")
    p.add_argument("--ppi", type=float, help="resolution (500 for ten-prints); without it, the file's when plausible")
    p.add_argument("--device", metavar="ID", help="live-scan device id ('fingerprint devices')")
    p.add_argument("--device-name", metavar="MAKE|MODEL|SERIAL", help="the capture device of an added print")
    p.add_argument("--ruler", metavar="X1,Y1,X2,Y2", help="latent: two ruler marks in photo pixels")
    p.add_argument("--mm", type=float, metavar="DISTANCE", help="latent: millimetres between the two marks")
    p.add_argument("--card", type=int, metavar="ID", help="recut: the card capture")
    p.add_argument("--box", metavar="X,Y,W,H", help="recut: the box in card pixels")
    p.add_argument("--amputated", action="store_true")
    p.add_argument("--bandaged", action="store_true")
    p.add_argument("--clear", action="store_true")
    p.add_argument("--failed", action="store_true", help="score: try again the prints that could not be decoded")
    p.add_argument("--strict", action="store_true", help="score: exit 46 if a print could not be decoded")
    p.add_argument("--needs-ppi", action="store_true", help="list: only the prints whose resolution is unknown")
    p.add_argument("--reason", metavar="TEXT", help="set-ppi, set-finger: why (kept in the custody log)")
    p.add_argument("--json", action="store_true")

    p = command("export-nist", cmd_export_nist, "write an ANSI/NIST-ITL 1-2011 transaction (INT-I) for the AFIS")
    p.add_argument("--subject", metavar="ID", help="a subject's reference or uuid: their ten-prints")
    p.add_argument("--item", metavar="ID", help="an item's tag or uuid: its latents")
    p.add_argument("--case")
    p.add_argument("--out", required=True, metavar="FILE.an2")
    p.add_argument("--ori", help="originating agency code (Type-1 ORI, and SRC; default: HQ's, from provisioning)")
    p.add_argument("--dai", help="destination agency code (Type-1 DAI; default: HQ's, from provisioning)")
    p.add_argument("--json", action="store_true")
