"""Evidence in the store: import, acquisitions, list, show, export-original, delete, move, flag, flags, site, item,
pages, duplicates."""

from __future__ import annotations

import argparse
import json
import os
import sys
from functools import partial
from pathlib import Path
from typing import Any

from fieldkit.analysis import runner
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.biometrics import identify
from fieldkit.cli import tables
from fieldkit.cli._common import (
    Subparsers,
    add_command,
    capture_id,
    custody_line,
    did_you_mean,
    emit_json,
    open_store,
    outcome_line,
    printable,
    summary_line,
)
from fieldkit.cli.cmd_analysis import analysis_line
from fieldkit.cli.cmd_identify import hits_json, show_screening, warn_screening
from fieldkit.cli.progress import progress
from fieldkit.cli.tables import Column
from fieldkit.core import custody_text, pages, similar
from fieldkit.core.geo import parse_mgrs, to_mgrs
from fieldkit.core.importer import FingerprintDetails, Importer, ImportOutcome, parse_impression
from fieldkit.errors import CaptureBundledError, InvalidValueError, ItemNotFoundError, PartialImportError, UsageError
from fieldkit.models import CAPTURE_KINDS, ITEM_CATEGORIES, Acquisition, Item, capture_clock, captured_in_words
from fieldkit.store.store import Store


def cmd_import(args: argparse.Namespace) -> int:
    fingerprint = None
    if args.finger is not None or args.impression is not None or args.ppi is not None:
        fingerprint = FingerprintDetails(
            args.finger, parse_impression(args.impression) if args.impression is not None else None, args.ppi
        )
        if args.kind not in (None, "fingerprint"):
            raise UsageError("--finger, --impression and --ppi go with --kind fingerprint")
    paths = [Path(p) for p in args.paths]
    with open_store(args) as store, progress(args, "fieldkit import") as shown:
        importing = shown.task("files stored", total=_files_under(paths), unit="files")

        def met(outcome: ImportOutcome) -> None:
            if not args.json:
                print(outcome_line(outcome), flush=True)
            importing.advance()

        importer = Importer(store, kind=args.kind, fingerprint=fingerprint, progress=met)
        summary = importer.run(args.case, args.item, paths)
        importing.end()
        if not args.json:
            print(summary_line(summary), flush=True)
        # Everything is committed: analysis (in the sandbox) describes the stored copies; a failure only says so.
        stored = [o.capture_id for o in summary.outcomes if o.status == "stored" and o.capture_id is not None]
        analysed: list[AnalysisOutcome] = []
        if not args.no_analyse:
            analysing = shown.task("files analysed", total=len(stored), unit="files")

            def done(outcome: AnalysisOutcome) -> None:
                if not args.json:
                    _print_analysis_problem(outcome)
                analysing.advance()

            analysed = runner.analyse(store, stored, progress=done)
            analysing.end()
        needs_ppi = [] if args.no_analyse else _prints_without_resolution(store, summary.outcomes)
        # Prints and a subject's photos are searched against the watchlist once analysed (their resolution known);
        # with --no-analyse, 'fieldkit analyse' makes their templates and searches them later.
        screening = None if args.no_analyse else identify.screen(store, stored)
        if args.json:
            emit_json({
                "acquisition": summary.acquisition_id, "outcomes": [o.to_json() for o in summary.outcomes],
                "stored": summary.stored, "duplicates": summary.duplicates,
                "not_stored": summary.skipped + summary.failed, "failed": summary.failed,
                "analysis": [a.to_json() for a in analysed], **({"needs_ppi": needs_ppi} if needs_ppi else {}),
                "watchlist_hits": hits_json(screening.hits if screening is not None else ()),
            })  # fmt: skip
        elif analysed:
            failed = sum(1 for a in analysed if a.status == "failed")
            damaged = sum(1 for a in analysed if a.damaged)
            print(f"Analysed {len(analysed)} file(s): {damaged} damaged, {failed} could not be analysed"
                  + (" (kept unchanged; 'fieldkit analyse --failed' tries again)" if failed else ""))  # fmt: skip
        if needs_ppi and not args.json:
            print(f"{len(needs_ppi)} print(s) kept with their resolution unknown (not scored, not sent to an AFIS): "
                  "'fieldkit fingerprint list --needs-ppi' lists them, 'fieldkit fingerprint set-ppi ID --ppi N' "
                  "sets it", flush=True)  # fmt: skip
        if screening is not None:
            (warn_screening if args.json else show_screening)(screening)
    # Only what could not be read or written fails an import; links and FIFOs are recorded, which is all they hold.
    if summary.failed:
        raise PartialImportError(f"{summary.failed} of {len(summary.outcomes)} paths could not be read or stored")
    return 0


def _prints_without_resolution(store: Store, outcomes: list[ImportOutcome]) -> list[int]:
    """The fingerprints this import stored whose resolution neither --ppi nor the file (once analysed) gave."""
    found = []
    for outcome in outcomes:
        if outcome.status == "stored" and outcome.kind == "fingerprint" and outcome.capture_id is not None:
            details = store.capture(outcome.capture_id).metadata.get("fingerprint")
            if isinstance(details, dict) and details.get("ppi") is None:
                found.append(outcome.capture_id)
    return found


def _files_under(paths: list[Path]) -> int:
    """How many entries an import of ``paths`` is likely to meet (folders walked, links not followed): the total of
    its progress, counted before (a tree that changes meanwhile only makes the bar end early or late)."""
    count = 0
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            count += sum(len(files) + sum(1 for name in dirs if (Path(top) / name).is_symlink())
                         for top, dirs, files in os.walk(path))  # fmt: skip
        else:
            count += 1
    return count


def _print_analysis_problem(outcome: AnalysisOutcome) -> None:
    if outcome.status == "failed" or outcome.damaged:
        print(analysis_line(outcome), flush=True)


ACQUISITION_COLUMNS = (
    Column("ID", 6, "right"), Column("CASE", 16, gap=2), Column("ITEM", 14), Column("SOURCE", 10),
    Column("STARTED", 19), Column("STORED", 6, "right"), Column("DUPL.", 6, "right"), Column("NOT", 6, "right"),
    Column("MEDIUM", gap=2), Column("ROOT", gap=2),
)  # fmt: skip


def _acquisition_row(a: Acquisition) -> list[str]:
    medium = printable(" ".join(part for part in (a.medium_label, a.volume_id, a.filesystem) if part) or "-")
    return [str(a.id), printable(a.case_name), printable(a.item_tag), a.source, a.started_at[:19], str(a.stored),
            str(a.duplicates), str(a.not_stored), medium, printable(a.root)]  # fmt: skip


def cmd_acquisitions(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.case is not None or args.item is not None:
            item_ids = store.records.item_ids(args.case, args.item)
            acquisitions = store.acquisitions.list(item_ids=item_ids)
            if not item_ids:
                print(f"fieldkit: {unknown_names(store, args.case, args.item)}", file=sys.stderr)
        else:
            acquisitions = store.acquisitions.list()
    if args.json:
        emit_json([a.to_json() for a in acquisitions])
        return 0
    if not acquisitions:
        print("No acquisitions.")
        return 0
    tables.show(ACQUISITION_COLUMNS, [_acquisition_row(a) for a in acquisitions])
    return 0


def _acquisition_id(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise InvalidValueError(f"'{text}' is not an acquisition id: use the number 'fieldkit acquisitions' shows")
    return int(text)


def cmd_acquisition(args: argparse.Namespace) -> int:
    chosen = _acquisition_id(args.id)
    with open_store(args) as store:
        if args.json:
            emit_json(store.acquisitions.manifest(chosen))
            return 0
        acquisition = store.acquisitions.get(chosen)
        entries = store.acquisitions.entries(chosen)
        stops = [
            e for e in store.custody_events(f"acquisition:{acquisition.uuid}") if e.action == "acquisition.stopped"
        ]
    data = acquisition.to_json()
    for key in ("id", "uuid", "case_name", "item_tag", "source", "root", "medium_label", "volume_id", "filesystem",
                "operator", "started_at", "finished_at"):  # fmt: skip
        value = data[key]
        print(f"{key.replace('_', ' '):<14} {printable(str(value)) if value not in (None, '') else '-'}")
    if acquisition.finished_at is None:
        why = str(stops[-1].details.get("reason") or "") if stops else ""
        print(f"               stopped: {printable(why)}" if why
              else "               not finished: interrupted before it could say why (a crash or a kill)")  # fmt: skip
    print(f"entries        {acquisition.entries}: {acquisition.stored} stored, {acquisition.duplicates} duplicates,"
          f" {acquisition.not_stored} not stored")  # fmt: skip
    for entry in entries:
        size = "-" if entry.size is None else str(entry.size)
        capture = f"#{entry.capture_id}" if entry.capture_id is not None else "-"
        print(f"{entry.seq:>6}  {entry.status:<10} {entry.entry_type:<7} {capture:<7} {size:>12}"
              f"  {entry.sha256 or '-':<64}  {printable(entry.path)}")  # fmt: skip
        details = [f"modified {entry.modified}" if entry.modified else "", f"changed {entry.changed}" if entry.changed
                   else "", f"born {entry.born}" if entry.born else "",
                   f"link to {printable(entry.link_target)}" if entry.link_target is not None else "",
                   printable(entry.reason)]  # fmt: skip
        if any(details):
            print("        " + "; ".join(part for part in details if part))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        captures = (
            store.captures_by_sha256(args.sha256)
            if args.sha256
            else store.captures(case=args.case, item=args.item, kind=args.kind)
        )
        if args.sha256 and (args.case or args.item or args.kind):
            captures = [
                c for c in captures
                if (not args.case or c.case_name == args.case) and (not args.item or c.item_tag == args.item)
                and (not args.kind or c.kind == args.kind)
            ]  # fmt: skip
        unknown = unknown_names(store, args.case, args.item) if not captures else ""
    if unknown:
        print(f"fieldkit: {unknown}", file=sys.stderr)
    if args.json:
        emit_json([
            {"id": c.id, "kind": c.kind, "case": c.case_name, "item": c.item_tag, "sha256": c.sha256,
             "size": c.size, "name": c.original_name, "captured": c.captured_at, "imported": c.imported_at}
            for c in captures
        ])  # fmt: skip
        return 0
    if not captures:
        print("No captures.")
        return 0
    columns = (
        Column("ID", 6, "right"),
        Column("KIND", 11, gap=2),
        Column("CASE", 16),
        Column("ITEM", 14),
        Column("SHA-256", 16),
        Column("SIZE", 12, "right"),
        Column("CAPTURED", 20, gap=2),
        Column("NAME"),
    )
    tables.show(columns, [
        [str(c.id), c.kind, printable(c.case_name), printable(c.item_tag), c.sha256[:16], str(c.size),
         (c.captured_at or "-")[:20], printable(c.original_name)]
        for c in captures
    ])  # fmt: skip
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        capture = store.capture(capture_id(args.id))
        events = store.custody_events(f"capture:{capture.uuid}")
        acquired = store.acquisitions.of_capture(capture.id)
        analysis = store.analyses.get(capture.id)
        flag = store.flag_of(capture.id)
    data = capture.to_json()
    data["flag"] = flag.to_json() if flag is not None else None
    data["analysis"] = analysis.to_json()
    data["custody"] = [custody_text.to_json(e) for e in events]
    data["acquired"] = [entry.to_json() for entry in acquired]
    data["captured_at_clock"] = capture.metadata.get("captured_at_clock") or capture_clock(capture.captured_at)
    if args.json:
        emit_json(data)
        return 0
    for key in ("id", "uuid", "kind", "case_name", "item_tag", "original_name", "media_type", "sha256", "size",
                "captured_at", "imported_at", "operator", "source"):  # fmt: skip
        shown = captured_in_words(capture.captured_at, capture.metadata) if key == "captured_at" else data[key]
        print(f"{key.replace('_', ' '):<14} {printable(str(shown)) if shown is not None else '-'}")
    found = capture.metadata.get("exif")
    exif: dict[str, Any] = found if isinstance(found, dict) else {}
    if serial := exif.get("camera_serial"):
        print(f"camera serial  {printable(str(serial))}")
    print("metadata       " + json.dumps(capture.metadata, ensure_ascii=False, sort_keys=True))
    if flag is not None:
        print(f"flagged        {printable(flag.reason)} (by {printable(flag.operator)}, {flag.at})")
    shown = {"ok": "analysed", "pending": "not yet ('fieldkit analyse')", "failed": "failed: " + analysis.reason}
    print(f"analysis       {shown[analysis.status]}" + (f" (damaged: {analysis.damaged})" if analysis.damaged else ""))
    for note in analysis.notes:
        print(f"               {printable(note)}")
    for entry in acquired:
        print(f"acquired       acquisition {entry.acquisition_id} ({entry.status}) {printable(entry.path)}"
              f"  modified {entry.modified or '-'}")  # fmt: skip
    for event in events:
        print(f"custody        #{event.seq} {event.at} {event.action} by {printable(event.operator)}")
        print(f"               {custody_line(event)}")
    return 0


def cmd_export_original(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        target = store.export_original(capture_id(args.id), Path(args.out))
        capture = store.capture(capture_id(args.id))
    print(f"Exported capture {capture.id} to {target} (SHA-256 {capture.sha256} verified)")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        chosen = capture_id(args.id)
        sequence = store.originals.bundle_of(chosen)
        capture = store.delete_capture(chosen, reason=args.reason or "")
    print(f"Deleted capture {capture.id} ({capture.original_name}); the custody log keeps its SHA-256")
    if sequence is not None:
        print(f"HQ keeps its copy from bundle {sequence}; the next bundle tells HQ of the deletion and its reason")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    """Put a capture under another item (of its own case, or of --case), custody-logged with the reason."""
    if not args.reason.strip():
        raise UsageError("move needs --reason TEXT: why the capture belongs to the other item")
    chosen = capture_id(args.id)
    with open_store(args) as store:
        capture = store.capture(chosen)
        sequence = store.originals.bundle_of(chosen)  # first: a capture that stays needs no target
        if sequence is not None:
            raise CaptureBundledError(f"capture {chosen} ({printable(capture.original_name)}) was sent in bundle "
                                      f"{sequence}: it stays in item {printable(capture.item_tag)}")  # fmt: skip
        item = find_item(store, args.case if args.case is not None else capture.case_name, args.to_item,
                         "create it first with 'fieldkit item --case CASE --item TAG'")  # fmt: skip
        moved = store.move_capture(chosen, item, args.reason)
    print(f"Moved capture {moved.id} ({printable(moved.original_name)}) from {printable(capture.case_name)} / "
          f"{printable(capture.item_tag)} to {printable(moved.case_name)} / {printable(moved.item_tag)}; "
          f"reason: {printable(args.reason.strip())} (in the custody log: 'fieldkit show {moved.id}')")  # fmt: skip
    return 0


def find_item(store: Store, case_name: str, tag: str, then: str = "") -> Item:
    """The item ``tag`` of case ``case_name``, or ItemNotFoundError naming the close names the store holds (a tag
    typed in lower case, one digit off)."""
    case = store.case(case_name)
    if case is None:
        hint = did_you_mean(case_name, (c.name for c in store.cases()))
        raise ItemNotFoundError(f"there is no case '{printable(case_name)}'{hint}" + (f": {then}" if then else ""))
    item = store.item(case, tag)
    if item is None:
        hint = did_you_mean(tag, (i.tag for i in store.items(case)))
        raise ItemNotFoundError(f"case '{printable(case.name)}' has no item '{printable(tag)}'{hint}"
                                + (f": {then}" if then else ""))  # fmt: skip
    return item


def unknown_names(store: Store, case_name: str | None, tag: str | None) -> str:
    """Why a --case/--item filter found nothing when the store holds no such case or item, with the close names it
    does hold: "there is no item 'ev-0043' (did you mean 'EV-0043'?)"; "" when they exist."""
    case = store.case(case_name) if case_name is not None else None
    if case_name is not None and case is None:
        return f"there is no case '{printable(case_name)}'" + did_you_mean(case_name, (c.name for c in store.cases()))
    if tag is not None and not store.records.item_ids(case_name, tag):
        where = f"case '{printable(case_name)}' has" if case_name is not None else "there is"
        return f"{where} no item '{printable(tag)}'" + did_you_mean(tag, (i.tag for i in store.items(case)))
    return ""


def cmd_items(args: argparse.Namespace) -> int:
    """The cases and their items, with how many captures each holds."""
    with open_store(args) as store:
        case = None
        if args.case is not None:
            case = store.case(args.case)
            if case is None:
                hint = did_you_mean(args.case, (c.name for c in store.cases()))
                raise ItemNotFoundError(f"there is no case '{printable(args.case)}'{hint}")
        items = store.items(case)
        counts: dict[int, int] = {}
        for capture in store.captures(case=args.case):
            counts[capture.item_id] = counts.get(capture.item_id, 0) + 1
    if args.json:
        emit_json([{"case": i.case_name, "item": i.tag, "uuid": i.uuid, "category": i.category,
                    "description": i.description, "captures": counts.get(i.id, 0)} for i in items])  # fmt: skip
        return 0
    if not items:
        print("No items.")
        return 0
    columns = (Column("CASE", 16), Column("ITEM", 14), Column("CATEGORY", 9), Column("CAPTURES", 8, "right"),
               Column("DESCRIPTION", gap=2))  # fmt: skip
    tables.show(columns, [
        [printable(i.case_name), printable(i.tag), i.category, str(counts.get(i.id, 0)),
         printable(i.description.splitlines()[0] if i.description else "")]
        for i in items
    ])  # fmt: skip
    return 0


def cmd_flag(args: argparse.Namespace) -> int:
    """Flag a capture for review with a reason, or clear its flag (--clear, the reason then says what resolved it)."""
    reason = args.reason or ""
    if not args.clear and not reason.strip():
        raise UsageError("flag needs --reason TEXT: what to check or redo (or --clear to clear the flag)")
    chosen = capture_id(args.id)
    with open_store(args) as store:
        capture = store.unflag_capture(chosen, reason) if args.clear else store.flag_capture(chosen, reason)
    where = f"{printable(capture.case_name)} / {printable(capture.item_tag)}"
    if args.clear:
        print(f"Cleared the flag of capture {capture.id} ({printable(capture.original_name)}) in {where}")
    else:
        print(f"Flagged capture {capture.id} ({printable(capture.original_name)}) in {where} for review: "
              f"{printable(reason.strip())}")  # fmt: skip
    return 0


def cmd_flags(args: argparse.Namespace) -> int:
    """The captures flagged for review now (of one case with --case)."""
    with open_store(args) as store:
        flags = store.flags()
        captures = store.originals.by_ids(flags)
    rows = [
        (captures[cid], flag) for cid, flag in flags.items()
        if cid in captures and (args.case is None or captures[cid].case_name == args.case)
    ]  # fmt: skip
    if args.json:
        emit_json([
            {"id": c.id, "case": c.case_name, "item": c.item_tag, "name": c.original_name, "reason": f.reason,
             "flagged_at": f.at, "operator": f.operator}
            for c, f in rows
        ])  # fmt: skip
        return 0
    if not rows:
        print("No flagged captures.")
        return 0
    columns = (Column("ID", 6, "right"), Column("CASE", 16, gap=2), Column("ITEM", 14), Column("NAME", 24),
               Column("FLAGGED", 20), Column("BY", 12), Column("REASON"))  # fmt: skip
    tables.show(columns, [
        [str(c.id), printable(c.case_name), printable(c.item_tag), printable(c.original_name), f.at[:19],
         printable(f.operator), printable(f.reason)]
        for c, f in rows
    ])  # fmt: skip
    return 0


def _degrees(text: str | None, what: str) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise InvalidValueError(f"{what} must be a number in decimal degrees, like 34.5123") from None


def _site_position(args: argparse.Namespace) -> tuple[float | None, float | None, str | None]:
    """The site's latitude, longitude and MGRS reference from --lat/--lon/--mgrs: an MGRS reference is checked
    (InvalidValueError saying what is wrong) and gives the coordinates when they are not typed; typed coordinates
    must lie in the square the reference names; coordinates alone get their 1 m reference. None: not given."""
    latitude, longitude = _degrees(args.lat, "--lat"), _degrees(args.lon, "--lon")
    if args.mgrs is None or not args.mgrs.strip():
        if latitude is not None and longitude is not None:
            return latitude, longitude, to_mgrs(latitude, longitude) or ""
        return latitude, longitude, args.mgrs
    reference = "".join(args.mgrs.split()).upper()
    centre = parse_mgrs(reference)
    if latitude is None and longitude is None:
        return centre[0], centre[1], reference
    if latitude is not None and longitude is not None:
        digits = len(reference) - len(reference.rstrip("0123456789"))
        typed = to_mgrs(latitude, longitude) or ""
        half = digits // 2
        square = len(reference) - digits
        if typed[:square].lstrip("0") != reference[:square].lstrip("0") or (
            typed[square : square + half] != reference[square : square + half]
            or typed[square + 5 : square + 5 + half] != reference[square + half :]
        ):
            raise InvalidValueError(f"--lat/--lon ({latitude}, {longitude}) is at MGRS {typed}, outside the square "
                                    f"{reference} names: give one of them, or both for the same place")  # fmt: skip
    return latitude, longitude, reference


def cmd_site(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        # Only adding a site makes its case (as import does); listing or editing a misspelt one says so instead of
        # writing a new case into the custody log.
        case = store.ensure_case(args.case) if args.action == "add" else store.case(args.case)
        if case is None:
            hint = did_you_mean(args.case, (c.name for c in store.cases()))
            raise ItemNotFoundError(f"there is no case '{printable(args.case)}'{hint}")
        if args.action == "add":
            if not args.name:
                raise UsageError("site add needs the site's NAME")
            latitude, longitude, reference = _site_position(args)
            site = store.add_site(case, args.name, latitude, longitude, reference or "", args.description or "")
            print(f"Added site {site.name} to case {case.name}")
        elif args.action == "edit":
            found = store.site(case, args.name or "")
            if found is None:
                raise InvalidValueError(f"case '{printable(case.name)}' has no site '{printable(args.name or '')}':"
                                        " 'fieldkit site list --case CASE' lists them")  # fmt: skip
            latitude, longitude, reference = _site_position(args)
            site = store.records.update_site(found, latitude=latitude, longitude=longitude, mgrs=reference,
                                             description=args.description)  # fmt: skip
            print(f"Site {site.name} of case {case.name}: " + ("changed" if site != found else "nothing to change"))
        else:
            rows = []
            for site in store.sites(case):
                placed = site.latitude is not None and site.longitude is not None
                where = f"{site.latitude:.6f}, {site.longitude:.6f}" if placed else "-"
                rows.append([printable(site.name), where, printable(site.mgrs or "-"), printable(site.description)])
            # Piped: tab-separated, a line per site, for scripts.
            tables.show((Column("SITE"), Column("POSITION"), Column("MGRS"), Column("DESCRIPTION")), rows,
                        piped=("\t".join(row) for row in rows))  # fmt: skip
    return 0


def cmd_item(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        case = store.ensure_case(args.case)
        item = store.ensure_item(case, args.item, args.category or "other")
        changes: dict[str, str | int | None] = {}
        for field in ("description", "category", "notes", "recovered_at"):
            value = getattr(args, field)
            if value is not None:
                changes[field] = value
        if args.site is not None:
            site = store.site(case, args.site)
            if site is None:
                raise InvalidValueError(
                    f"case '{case.name}' has no site '{args.site}': add it with 'fieldkit site add'"
                )
            changes["site_id"] = site.id
        if changes:
            item = store.update_item(item, **changes)
    data = dict(item.__dict__)
    if args.json:
        emit_json(data)
    else:
        for key, value in data.items():
            print(f"{key.replace('_', ' '):<14} {value if value not in (None, '') else '-'}")
    return 0


def cmd_pages(args: argparse.Namespace) -> int:
    """Show or change a capture's page order and rotation: a view only, the original is never touched."""
    chosen = capture_id(args.id)
    with open_store(args) as store:
        capture = store.capture(chosen)
        count = pages.page_count(b"".join(store.read_original(chosen)), capture.media_type)
        view = pages.view_of(store, chosen, count)
        if args.reset:
            view = pages.set_view(store, chosen, pages.build_view(count), count)
        elif args.order is not None or args.rotate:
            rotations: dict[int, int] = {}
            for text in args.rotate or []:
                page, degrees = pages.parse_rotation(text)
                rotations[page] = degrees
            order = pages.parse_order(args.order) if args.order is not None else None
            view = pages.set_view(store, chosen, pages.build_view(count, order, rotations, view), count)
    if args.json:
        emit_json({"capture": chosen, "sha256": capture.sha256, "pages": [p.to_json() for p in view]})
        return 0
    print(f"capture {chosen}  {capture.original_name}  {count} page(s)"
          f"; original unchanged, SHA-256 {capture.sha256}")  # fmt: skip
    for position, shown in enumerate(view, 1):
        turned = f", turned {shown.rotation}° clockwise" if shown.rotation else ""
        print(f"  {position:>4}: original page {shown.source}{turned}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    """Hash photos not hashed yet, then list near-duplicate pairs across items and cases."""
    with open_store(args) as store:
        similar.hash_pending(store)
        pairs = similar.near_duplicates(store, args.distance)
        described: list[dict[str, Any]] = [
            {"distance": p.distance,
             "first": {"id": a.id, "case": a.case_name, "item": a.item_tag, "name": a.original_name},
             "second": {"id": b.id, "case": b.case_name, "item": b.item_tag, "name": b.original_name}}
            for p in pairs for a, b in [(store.capture(p.first), store.capture(p.second))]
        ]  # fmt: skip
    if args.json:
        emit_json(described)
        return 0
    if not described:
        print("No near-duplicate photos.")
    for pair in described:
        a, b = pair["first"], pair["second"]
        print(f"distance {pair['distance']}:  #{a['id']} {a['case']}/{a['item']} {a['name']}"
              f"  ~  #{b['id']} {b['case']}/{b['item']} {b['name']}")  # fmt: skip
    return 0


ID_HELP = "the capture's id (the number 'fieldkit list' shows)"
JSON_HELP = "print JSON instead of text"


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)
    p = command("import", cmd_import, "import files (folders recurse) into an item; creates case/item if new")
    p.add_argument("--case", required=True, help="the case (operation) the item belongs to; created if new")
    p.add_argument("--item", required=True, metavar="TAG", help="the evidence tag of the item; created if new")
    p.add_argument("--kind", choices=CAPTURE_KINDS, help="else from the content (a mismatch is only a warning)")
    p.add_argument("--finger", type=int, metavar="N", help="finger position (ANSI/NIST FGP code 0-15)")
    p.add_argument("--impression", metavar="TYPE", help="impression type (IMP code 0-7 or e.g. live-rolled)")
    p.add_argument(
        "--ppi",
        type=int,
        metavar="N",
        help="a print's pixels per inch (else the file's if plausible; else unknown until set-ppi)",
    )
    p.add_argument("--no-analyse", action="store_true",
                   help="only acquire; describe the files later with 'fieldkit analyse'")  # fmt: skip
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")

    p = command("acquisitions", cmd_acquisitions, "list acquisitions (one per import): source, medium, root, counts")
    p.add_argument("--case", help="only acquisitions into items of this case")
    p.add_argument("--item", metavar="TAG", help="only acquisitions into the item with this tag")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("acquisition", cmd_acquisition, "show one acquisition with every path it met (its manifest)")
    p.add_argument("id", help="the acquisition's number ('fieldkit acquisitions' lists them)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("list", cmd_list, "list captures (their ids are what show, move, delete... take)")
    p.add_argument("--case", help="only captures of this case")
    p.add_argument("--item", metavar="TAG", help="only captures of the item with this tag")
    p.add_argument("--kind", choices=CAPTURE_KINDS, help="only captures of this kind")
    p.add_argument("--sha256", metavar="HEX", help="only captures with this SHA-256")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("show", cmd_show, "show one capture with its metadata and custody events (with their reasons)")
    p.add_argument("id", help=ID_HELP)
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("export-original", cmd_export_original, "write a capture's original bytes, verified bit-exact")
    p.add_argument("id", help=ID_HELP)
    p.add_argument("--out", required=True, metavar="PATH", help="the file to write (or a folder to write it into)")

    p = command("delete", cmd_delete, "delete a capture beyond recovery (the custody log keeps its hash)")
    p.add_argument("id", help=ID_HELP)
    p.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help="why it is deleted (kept in the custody log; needed for a capture already in a bundle)",
    )

    p = command("move", cmd_move, "move a capture to another item (custody-logged with the reason)")
    p.add_argument("id", help=ID_HELP)
    p.add_argument("--to-item", dest="to_item", required=True, metavar="TAG",
                   help="the tag of the item it belongs in (it must exist: 'fieldkit items' lists them)")  # fmt: skip
    p.add_argument("--case", help="that item's case (default: the capture's own case)")
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help="why it belongs to the other item (kept in the custody log: see 'fieldkit show')")  # fmt: skip

    p = command("items", cmd_items, "list the cases and their items, with how many captures each holds")
    p.add_argument("--case", help="only the items of this case")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("flag", cmd_flag, "flag a capture for review with a reason, or clear its flag (custody-logged)")
    p.add_argument("id", help=ID_HELP)
    p.add_argument("--reason", metavar="TEXT", help="what to check or redo; with --clear: what resolved it")
    p.add_argument("--clear", action="store_true", help="clear the capture's flag")

    p = command("flags", cmd_flags, "list the captures flagged for review, with reason, when and who")
    p.add_argument("--case", help="only captures of this case")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("site", cmd_site, "add, edit or list the sites of a case (where material was recovered)")
    p.add_argument(
        "action",
        choices=["add", "edit", "list"],
        help="add a site, correct one (position, MGRS, description), or list the case's sites",
    )
    p.add_argument("name", nargs="?", help="the site's name (with add and edit)")
    p.add_argument("--case", required=True, help="the case the sites belong to")
    p.add_argument("--lat", help="latitude, WGS 84 decimal degrees")
    p.add_argument("--lon", help="longitude, WGS 84 decimal degrees")
    p.add_argument("--mgrs", help="MGRS reference, if that is what the team uses")
    p.add_argument("--description", help="what the place is (a house, a checkpoint...)")

    p = command("item", cmd_item, "show an item, creating it if new, and edit its details (custody-logged)")
    p.add_argument("--case", required=True, help="the item's case; created if new")
    p.add_argument("--item", required=True, metavar="TAG", help="the item's evidence tag; created if new")
    p.add_argument("--category", choices=ITEM_CATEGORIES, help="what kind of item it is")
    p.add_argument("--description", help="what the item is, as seen")
    p.add_argument("--notes", help="anything else to keep with the item")
    p.add_argument("--recovered-at", dest="recovered_at", metavar="TIME", help="e.g. 2026-11-25T14:30:00Z")
    p.add_argument("--site", metavar="NAME", help="a site of the case (see 'fieldkit site')")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("pages", cmd_pages, "show or set a capture's page order and rotation (a view: the original stays)")
    p.add_argument("id", help=ID_HELP)
    p.add_argument("--order", metavar="N,N,...", help="original page numbers in reading order, e.g. 3,1,2")
    p.add_argument("--rotate", action="append", metavar="PAGE=DEG", help="turn an original page clockwise: 2=90")
    p.add_argument("--reset", action="store_true", help="back to the original order, no rotation")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = command("duplicates", cmd_duplicates, "list near-duplicate photos across items and cases")
    p.add_argument("--distance", type=int, default=6, help="most bits two photo hashes may differ in (0-7)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
