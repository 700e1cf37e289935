"""Physical samples (issue 19; docs/samples.md): sample add, list, show, seal, handover, ship, receive, manifest.

The rules and the custody entries are fieldkit.core.samples'; this module reads the options, imports the photos
through the ordinary import path first (preserve first: bit-exact, hashed, encrypted, in an acquisition), and says
what was recorded. A handover's receiver who is an operator of this device types their own passphrase: at a prompt
without echo, else from ``--receiver-passphrase-file F`` (``-``: standard input) or $FIELDKIT_RECEIVER_PASSPHRASE,
never on the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from fieldkit._internal import fsutil
from fieldkit.analysis import runner
from fieldkit.cli import tables
from fieldkit.cli._common import (
    Subparsers,
    add_command,
    did_you_mean,
    emit_json,
    open_store,
    outcome_line,
    printable,
    read_secret_file,
    summary_line,
)
from fieldkit.cli.cmd_analysis import analysis_line
from fieldkit.cli.tables import Column
from fieldkit.config import RECEIVER_PASSPHRASE_ENV
from fieldkit.core import manifest as manifests
from fieldkit.core import samples
from fieldkit.core.custody_text import short_time
from fieldkit.core.samples import SamplePhoto
from fieldkit.errors import (
    ExportError,
    ExportFolderMissingError,
    FieldkitError,
    HandoverUnconfirmedError,
    InvalidValueError,
    ItemNotFoundError,
    ManifestEmptyError,
    PartialImportError,
    PassphraseError,
    SampleRefTakenError,
    ShipmentNotFoundError,
    UsageError,
)
from fieldkit.models import SAMPLE_STATES, SAMPLE_TYPES, Item
from fieldkit.store.samples import SampleRow, ShipmentRow
from fieldkit.store.store import Store, clean_name, timestamp

JSON_HELP = 'print JSON instead of text (keys: docs/samples.md, "Commands")'
ID_HELP = "the sample: its number (#12 or 12) or the id on its tag"
STDIN = "-"


# --- what the commands print ---------------------------------------------------------------------------------


def sample_json(row: SampleRow) -> dict[str, Any]:
    """A sample for --json (stable keys, docs/samples.md)."""
    return {
        "id": row.id, "uuid": row.uuid, "ref": row.ref, "barcode_format": row.barcode_format, "case": row.case_name,
        "item": row.item_tag, "type": row.sample_type, "location": row.location, "collector": row.collector,
        "collected_at": row.collected_at, "packaging": row.packaging, "seal": row.seal, "storage": row.storage,
        "notes": row.notes, "state": row.state, "holder": row.holder, "manifest": row.manifest,
        "spot": {"capture": row.spot_capture_id, "x": row.spot_x, "y": row.spot_y}
        if row.spot_capture_id is not None else None,
        "created_at": row.created_at, "updated_at": row.updated_at, "version": row.version,
    }  # fmt: skip


# Piped: these columns under their headers, each value cut or padded to its width in cells (docs/cli.md).
SAMPLE_COLUMNS = (Column("#", 5, "right"), Column("SAMPLE ID", 20, gap=2), Column("CASE", 14), Column("ITEM", 12),
                  Column("TYPE", 7, crop=False), Column("STATE", 12, crop=False), Column("HOLDER", 16),
                  Column("SEAL", 12), Column("MANIFEST"))  # fmt: skip


def _row(row: SampleRow) -> list[str]:
    return [str(row.id), printable(row.ref), printable(row.case_name), printable(row.item_tag),
            printable(row.sample_type), printable(row.state), printable(row.holder), printable(row.seal or "-"),
            printable(row.manifest or "-")]  # fmt: skip


def _said(row: SampleRow) -> str:
    """'DNA-2026-0042 (#3)'."""
    return f"{printable(row.ref)} (#{row.id})"


# --- sample add ----------------------------------------------------------------------------------------------


def _spot(text: str | None) -> tuple[float, float] | None:
    if text is None:
        return None
    try:
        x_text, y_text = text.split(",")
        spot = (float(x_text), float(y_text))
    except ValueError:
        raise InvalidValueError(f"--spot '{text[:40]}' is not X,Y: give the spot's place on the photo as fractions of "
                                "its width and height, e.g. 0.42,0.61") from None  # fmt: skip
    if not all(0.0 <= value <= 1.0 for value in spot):
        raise InvalidValueError("--spot must be two fractions from 0 to 1 (0,0 is the photo's top left corner)")
    return spot


def _collected_at(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidValueError(f"--collected-at '{text[:40]}' is not a time: use ISO 8601, e.g. "
                                "2026-11-25T14:30:00Z or 2026-11-25T17:30:00+03:00") from None  # fmt: skip
    if moment.tzinfo is None:
        raise InvalidValueError("--collected-at needs its time zone: e.g. 2026-11-25T14:30:00Z (UTC) or "
                                "2026-11-25T17:30:00+03:00")  # fmt: skip
    return timestamp(moment)


def _photos(args: argparse.Namespace) -> list[SamplePhoto]:
    named = [(path, "sample") for path in args.photo or []]
    named += [(path, "packaging") for path in args.packaging_photo or []]
    named += [(path, "tag") for path in args.tag_photo or []]
    named += [(args.spot_photo, "spot")] if args.spot_photo else []
    photos = []
    for text, role in named:
        path = Path(text)
        if not path.is_file():  # before anything is stored: a folder would be walked, a typo lost
            what = "a folder" if path.is_dir() else "not a file that can be read"
            raise InvalidValueError(f"the photo {printable(text)} is {what}: name each photo file")
        photos.append(SamplePhoto(path, role))
    return photos


def _item(store: Store, case_name: str, tag: str) -> tuple[Item | None, bool]:
    """The item the sample is taken from, or (None, True) when it is new: created as 'fieldkit import' creates it.
    A tag or case close to one that exists (another case, one digit off) is refused: a sample cannot be moved."""
    case = store.case(case_name)
    item = store.item(case, tag) if case is not None else None
    if item is not None:
        return item, False
    close = (did_you_mean(case_name, (c.name for c in store.cases())) if case is None
             else did_you_mean(tag, (i.tag for i in store.items(case))))  # fmt: skip
    if close:
        where = f"there is no case '{printable(case_name)}'" if case is None else (
            f"case '{printable(case_name)}' has no item '{printable(tag)}'")  # fmt: skip
        raise ItemNotFoundError(f"{where}{close}: give the exact name, or create the item first with 'fieldkit item "
                                "--case CASE --item TAG'")  # fmt: skip
    return None, True


def _import_photos(store: Store, args: argparse.Namespace, photos: list[SamplePhoto]) -> dict[str, int]:
    """Preserve first: the photos become captures of the item through the ordinary import (one acquisition,
    core.samples.import_photos), then are analysed as any import's (a photo that cannot be decoded is kept and
    flagged as damaged)."""
    progress = None if args.json else (lambda outcome: print(outcome_line(outcome), flush=True))
    imported = samples.import_photos(store, args.case, args.item, photos, progress=progress)
    summary = imported.summary
    if not args.json:
        print(summary_line(summary), flush=True)
    stored = [o.capture_id for o in summary.outcomes if o.status == "stored" and o.capture_id is not None]
    if stored and not args.no_analyse:
        runner.analyse(store, stored, progress=None if args.json else _print_analysis_problem)
    if summary.failed or imported.missing:
        kept = imported.kept()
        also = f" (the photos stored are kept: captures {kept})" if kept else ""
        raise PartialImportError(f"{len(imported.missing) or summary.failed} photo(s) could not be stored: the sample "
                                 f"is not recorded{also}")  # fmt: skip
    return imported.captures


def _print_analysis_problem(outcome: runner.AnalysisOutcome) -> None:
    if outcome.status == "failed" or outcome.damaged:
        print(analysis_line(outcome), flush=True)


def _read_tag(store: Store, photos: list[SamplePhoto], captures: dict[str, int]) -> tuple[str, str]:
    """The id on the sample's tag from its barcode: the tag photos' (else the sample photos'), read from the stored
    copies in the sandbox."""
    chosen = [p for p in photos if p.role == "tag"] or [p for p in photos if p.role == "sample"]
    ids = list(dict.fromkeys(captures[str(photo.path)] for photo in chosen))
    found = samples.read_sample_tag(b"".join(store.read_original(capture)) for capture in ids)
    return found.text, found.format


def cmd_add(args: argparse.Namespace) -> int:
    photos = _photos(args)
    spot = _spot(args.spot)
    if spot is not None and not args.spot_photo:
        raise UsageError("--spot X,Y goes with --spot-photo FILE: the photo of the item the spot is marked on")
    if not args.barcode and not any(p.role in ("tag", "sample") for p in photos):
        raise UsageError("sample add needs the id on the sample's tag: type it with --barcode ID, or give a photo "
                         "of the tag with --tag-photo FILE (or of the sample with --photo FILE) to read its "
                         "barcode")  # fmt: skip
    collected_at = _collected_at(args.collected_at)
    with open_store(args) as store:
        limits = store.limits
        if args.barcode is not None:
            ref = clean_name(args.barcode, "sample id", limits)
            if store.samples.by_ref(ref) is not None:
                raise SampleRefTakenError(f"a sample with the id '{printable(ref)}' is already recorded")
        item, new_item = _item(store, args.case, args.item)
        captures = _import_photos(store, args, photos) if photos else {}
        kept = ", ".join(f"#{c}" for c in sorted(set(captures.values())))
        barcode_format = ""
        if args.barcode is None:
            try:
                ref, barcode_format = _read_tag(store, photos, captures)
            except FieldkitError as exc:
                if kept:
                    exc.details.append(
                        f"the photos are kept as captures {kept} of the item: give them again with "
                        "--barcode ID, they are linked without being stored twice"
                    )
                raise
            if not args.json:
                print(f"Read the sample id {printable(ref)} from the barcode ({barcode_format})", flush=True)
        with store.write():  # the sample and its photos' links: all recorded, or none
            if item is None:
                item = store.ensure_item(store.ensure_case(args.case), args.item)
            row = samples.add(store, item, ref=ref, sample_type=args.type, barcode_format=barcode_format,
                              location=args.location or "", collector=args.collector or "",
                              collected_at=collected_at, packaging=args.packaging or "", seal=args.seal or "",
                              storage=args.storage or "", notes=args.notes or "",
                              photos=[(captures[str(photo.path)], photo.role) for photo in photos],
                              spot=spot)  # fmt: skip
        links = store.samples.captures_of(row.id)
    if args.json:
        emit_json({**sample_json(row), "new_item": new_item,
                   "photos": [{"capture": link.capture_id, "role": link.role} for link in links]})  # fmt: skip
        return 0
    if new_item:
        print(f"New item {printable(row.item_tag)} in case {printable(row.case_name)} (created, as import does)")
    print(f"Recorded sample {_said(row)}: {row.sample_type} from {printable(row.case_name)} / "
          f"{printable(row.item_tag)}, {printable(samples.state_words(row))}"
          + (f", seal {printable(row.seal)}" if row.seal else ""))  # fmt: skip
    for link in links:
        print(f"  photo #{link.capture_id} ({link.role})")
    if not row.seal:
        print(f"  not sealed yet: 'fieldkit sample seal {printable(row.ref)} --seal NUMBER' when it is")
    return 0


# --- list, show ----------------------------------------------------------------------------------------------


def _shipment(store: Store, manifest: str) -> ShipmentRow:
    found = store.samples.shipment(manifest.strip())
    if found is None:
        hint = did_you_mean(manifest.strip(), (s.manifest for s in store.samples.shipments()))
        raise ShipmentNotFoundError(f"no shipment has the manifest number '{printable(manifest.strip())}'{hint}")
    return found


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        item_ids = store.records.item_ids(args.case, args.item) if args.case or args.item else None
        shipment_id = _shipment(store, args.manifest).id if args.manifest is not None else None
        rows = store.samples.select(item_ids=item_ids, shipment_id=shipment_id,
                                    states=[args.state] if args.state else [])  # fmt: skip
    if args.json:
        emit_json([sample_json(row) for row in rows])
        return 0
    if not rows:
        print("No samples.")
        return 0
    tables.show(SAMPLE_COLUMNS, [_row(row) for row in rows])
    return 0


def _step_json(step: samples.SampleStep) -> dict[str, Any]:
    source, target = manifests.step_parties(step.action, step.details)
    return {"seq": step.seq, "at": step.at, "operator": step.operator, "action": step.action, "state": step.state,
            "text": manifests.step_words(step.action, step.details), "from": source, "to": target,
            "details": step.details}  # fmt: skip


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        row = samples.find(store, args.id)
        links = store.samples.captures_of(row.id)
        photos = [(link, store.capture(link.capture_id)) for link in links]
        steps = samples.steps(store, row)
    data = {
        **sample_json(row),
        "photos": [{"capture": link.capture_id, "role": link.role, "name": capture.original_name,
                    "sha256": capture.sha256, "kind": capture.kind} for link, capture in photos],
        "custody": [_step_json(step) for step in steps],
    }  # fmt: skip
    if args.json:
        emit_json(data)
        return 0
    shown = {"id": f"#{row.id}", "sample id": row.ref, "barcode": row.barcode_format or "typed", "uuid": row.uuid,
             "case": row.case_name, "item": row.item_tag, "type": row.sample_type, "location": row.location,
             "collector": row.collector, "collected at": short_time(row.collected_at), "packaging": row.packaging,
             "seal": row.seal or "not sealed", "storage": row.storage, "notes": row.notes,
             "state": samples.state_words(row), "manifest": row.manifest or ""}  # fmt: skip
    for key, value in shown.items():
        print(f"{key:<14} {printable(value) if value else '-'}")
    if row.spot_capture_id is not None:
        place = f" at {row.spot_x:.2f},{row.spot_y:.2f}" if row.spot_x is not None and row.spot_y is not None else ""
        print(f"{'spot':<14} marked on photo #{row.spot_capture_id}{place}")
    for link, capture in photos:
        name = printable(capture.original_name)
        print(f"{'photo':<14} #{link.capture_id} {link.role:<9} {capture.sha256[:16]}  {name}")
    for step in steps:
        source, target = manifests.step_parties(step.action, step.details)
        moved = f"  [{printable(source)} -> {printable(target)}]" if source and target else ""
        print(f"{'custody':<14} #{step.seq} {short_time(step.at)} {step.action} by {printable(step.operator)}")
        print(f"{'':<14} {printable(manifests.step_words(step.action, step.details))}{moved}")
    return 0


# --- the custody steps ---------------------------------------------------------------------------------------


def cmd_seal(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        before = samples.find(store, args.id)
        row = samples.seal(store, before, seal_number=args.seal, packaging=args.packaging or "",
                           storage=args.storage or "")  # fmt: skip
    replaced = f" (replaces seal {printable(before.seal)})" if before.seal and before.seal != row.seal else ""
    state = printable(samples.state_words(row))
    print(f"Sealed sample {_said(row)} with seal {printable(row.seal)}{replaced}; {state}")
    return 0


def receiver_passphrase(args: argparse.Namespace, name: str) -> str:
    """The receiver's own passphrase: --receiver-passphrase-file (``-``: one line of standard input), else
    $FIELDKIT_RECEIVER_PASSPHRASE, else typed at a prompt without echo. Never an option's value."""
    path = getattr(args, "receiver_passphrase_file", None)
    if path is not None and str(path) == STDIN:
        line = sys.stdin.readline()
        value = line[:-2] if line.endswith("\r\n") else line[:-1] if line.endswith("\n") else line
        if not value:
            raise PassphraseError("--receiver-passphrase-file -: standard input gave no passphrase")
        return value
    if path is not None:
        return read_secret_file(Path(path))
    env = os.environ.get(RECEIVER_PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise HandoverUnconfirmedError(
            f"{printable(name)} is an operator of this device: the handover needs their own passphrase, and there is "
            f"no terminal to type it in (set {RECEIVER_PASSPHRASE_ENV} or use --receiver-passphrase-file F, '-' for "
            "standard input)"
        )
    return getpass.getpass(f"{name}, type your own passphrase to confirm you receive the sample: ")


def cmd_handover(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        row = samples.find(store, args.id)
        operator = next((o for o in store.operators() if o.name.casefold() == args.to.strip().casefold()), None)
        if operator is not None:
            secret = receiver_passphrase(args, operator.name)
            row = samples.hand_over(store, row, to=operator.name, passphrase=secret, rank=args.rank or "",
                                    note=args.note or "")  # fmt: skip
            how = f"confirmed by {printable(operator.name)}'s own passphrase"
        else:
            if not (args.rank or "").strip():
                raise HandoverUnconfirmedError(
                    f"'{printable(args.to.strip())}' is not an operator of this device: give their rank with --rank "
                    "RANK (recorded with the name), or hand over to an operator who types their passphrase"
                )
            row = samples.hand_over(store, row, to=args.to, rank=args.rank, note=args.note or "")
            how = f"{printable(args.rank.strip())}, name and rank typed"
    print(f"Handed over sample {_said(row)} to {printable(row.holder)} ({how}); "
          f"{printable(samples.state_words(row))}")  # fmt: skip
    return 0


def cmd_ship(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = [samples.find(store, ident) for ident in args.ids]
        shipment = samples.ship(store, rows, manifest=args.manifest, laboratory=args.laboratory or "",
                                carrier=args.carrier or "")  # fmt: skip
        shipped = store.samples.select(shipment_id=shipment.id)
    print(f"Shipped {len(shipped)} sample(s) under manifest {printable(shipment.manifest)}"
          + (f" to {printable(shipment.laboratory)}" if shipment.laboratory else "")
          + (f" by {printable(shipment.carrier)}" if shipment.carrier else "") + ":")  # fmt: skip
    for row in shipped:
        print(f"  {_said(row)} seal {printable(row.seal)}")
    print(f"Print its manifest: fieldkit sample manifest --manifest {printable(shipment.manifest)} --out FILE.html")
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        row = samples.receive(store, samples.find(store, args.id), by=args.by, laboratory_ref=args.lab_ref or "",
                              seal_intact=not args.seal_broken, note=args.note or "")  # fmt: skip
    seal = f"seal {printable(row.seal)} " + ("BROKEN on arrival" if args.seal_broken else "intact")
    reference = f", laboratory reference {printable(args.lab_ref.strip())}" if (args.lab_ref or "").strip() else ""
    print(f"Sample {_said(row)} received by {printable(row.holder)} ({seal}{reference})")
    return 0


# --- the manifest --------------------------------------------------------------------------------------------


def _write_new(target: Path, data: bytes, force: bool) -> bool:
    """Write ``data`` to a new private file (0600); an existing file only with ``force`` (replaced whole). True when
    a file was replaced."""
    if not target.parent.is_dir():
        raise ExportFolderMissingError(f"the folder {target.parent} does not exist")
    try:
        return fsutil.write_private_file(target, data, replace=force)
    except FileExistsError:
        raise ExportError(f"{target} already exists: give another --out, or --force to replace it") from None
    except IsADirectoryError:
        raise ExportError(f"{target} is not a regular file: it is not replaced") from None
    except OSError as exc:
        raise fsutil.storage_error(exc, f"writing {target}") from exc


def cmd_manifest(args: argparse.Namespace) -> int:
    if args.list:
        return _list_shipments(args)
    if args.out is None:
        raise UsageError("sample manifest needs --out FILE.html (or --list to see the manifest numbers)")
    target = Path(args.out)
    others = (".pdf", ".htm", ".txt", ".png")  # not media types: what a manifest is mistaken to be written as
    if target.suffix.lower() != ".html" and target.suffix.lower() in others:
        raise UsageError(f"the manifest is written as an HTML page (FILE.html), not {target.suffix}: open it in a "
                         "browser and print it on A4 (to paper, or to PDF)")  # fmt: skip
    if args.draft and args.manifest is not None:
        raise UsageError("--draft is the samples not shipped yet; --manifest N a shipment: give one of them")
    with open_store(args) as store:
        shipment: ShipmentRow | None
        if args.manifest is not None:
            shipment = _shipment(store, args.manifest)
        elif args.draft:
            shipment = None
        else:
            made = store.samples.shipments()
            if not made:
                raise ManifestEmptyError("no shipment has been made on this device yet: ship sealed samples with "
                                         "'fieldkit sample ship --manifest N ID...', or print the DRAFT of those "
                                         "waiting with --draft")  # fmt: skip
            shipment = made[-1]
        listed = manifests.manifest_samples(store, shipment)
        if shipment is None and not listed:
            raise ManifestEmptyError("no sealed sample is waiting to be shipped: the DRAFT would be empty")
        page = manifests.render_manifest(store, shipment)
    replaced = _write_new(target, page, args.force)
    what = f"manifest {printable(shipment.manifest)}" if shipment is not None else "DRAFT manifest (not shipped)"
    was = ", replacing the file that was there" if replaced else ""
    print(f"Wrote the {what} of {len(listed)} sample(s) to {target} ({len(page)} bytes{was}): open it in a browser "
          "and print it on A4")  # fmt: skip
    return 0


def _list_shipments(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        made = [(s, len(store.samples.select(shipment_id=s.id))) for s in store.samples.shipments()]
    if args.json:
        emit_json([{"manifest": s.manifest, "uuid": s.uuid, "laboratory": s.laboratory, "carrier": s.carrier,
                    "shipped_at": s.shipped_at, "shipped_by": s.shipped_by, "samples": count}
                   for s, count in made])  # fmt: skip
        return 0
    if not made:
        print("No shipments.")
        return 0
    columns = (Column("MANIFEST", 20), Column("SHIPPED", 24, crop=False), Column("BY", 14),
               Column("SAMPLES", 7, "right", crop=False), Column("LABORATORY / CARRIER", gap=2))  # fmt: skip
    tables.show(columns, [
        [printable(s.manifest), printable(short_time(s.shipped_at)), printable(s.shipped_by), str(count),
         f"{printable(s.laboratory or '-')} / {printable(s.carrier or '-')}"]
        for s, count in made
    ])  # fmt: skip
    return 0


def _no_action(args: argparse.Namespace) -> int:
    raise UsageError("sample needs an action: add, list, show, seal, handover, ship, receive or manifest")


def register(subparsers: Subparsers) -> None:
    sample = add_command(subparsers, "sample", _no_action,
                         "physical samples (DNA swabs...) taken from items: record, seal, hand over, ship")  # fmt: skip
    actions = sample.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(sample))
    action = partial(add_command, actions)

    p = action("add", cmd_add, "record a sample taken from an item (its photos are imported first)")
    p.add_argument("--case", required=True, help="the item's case (created if new, as import does)")
    p.add_argument("--item", required=True, metavar="TAG", help="the item's evidence tag (created if new)")
    p.add_argument("--type", required=True, choices=SAMPLE_TYPES, help="what the sample is")
    p.add_argument("--barcode", metavar="ID", help="the id on the sample's tag (else read from --tag-photo/--photo)")
    p.add_argument("--location", metavar="TEXT", help="where on the item it was taken, e.g. 'pistol grip, left side'")
    p.add_argument("--seal", metavar="N", help="the seal number of its packaging (seals it at once)")
    p.add_argument("--packaging", metavar="TEXT", help="e.g. 'paper envelope, tamper-evident bag'")
    p.add_argument("--storage", metavar="TEXT", help="storage conditions, e.g. 'cooled 4 °C'")
    p.add_argument("--notes", metavar="TEXT", help="anything else to keep with the sample")
    p.add_argument("--collector", metavar="NAME", help="who took it (default: the operator)")
    p.add_argument("--collected-at", dest="collected_at", metavar="ISO", help="when, e.g. 2026-11-25T14:30:00Z "
                   "(default: now)")  # fmt: skip
    p.add_argument("--photo", nargs="+", metavar="FILE", help="photos of the sample (imported into the item first)")
    p.add_argument("--packaging-photo", dest="packaging_photo", nargs="+", metavar="FILE",
                   help="photos of its sealed packaging")  # fmt: skip
    p.add_argument("--tag-photo", dest="tag_photo", nargs="+", metavar="FILE",
                   help="photos of its tag (the barcode is read from these first)")  # fmt: skip
    p.add_argument("--spot-photo", dest="spot_photo", metavar="FILE", help="a photo of the item with the spot marked")
    p.add_argument("--spot", metavar="X,Y", help="the spot's place on --spot-photo, as fractions (0.42,0.61)")
    p.add_argument("--no-analyse", action="store_true", help="import the photos without describing them now")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = action("list", cmd_list, "list samples: id, tag id, case/item, type, state, holder, seal, manifest")
    p.add_argument("--case", help="only samples of this case")
    p.add_argument("--item", metavar="TAG", help="only samples of the item with this tag")
    p.add_argument("--state", choices=SAMPLE_STATES, help="only samples in this state")
    p.add_argument("--manifest", metavar="N", help="only samples of this shipment")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = action("show", cmd_show, "show a sample: every field, its photos and its custody steps")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = action("seal", cmd_seal, "seal a sample's packaging (a new seal number replaces the old one, logged)")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--seal", required=True, metavar="N", help="the seal's number")
    p.add_argument("--packaging", metavar="TEXT", help="what it is packed in")
    p.add_argument("--storage", metavar="TEXT", help="storage conditions")

    p = action("handover", cmd_handover, "hand a sample over: to an operator (their passphrase) or a person (--rank)")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--to", required=True, metavar="NAME", help="who receives it")
    p.add_argument("--rank", metavar="RANK", help="the receiver's rank or role (needed when NAME is not an operator)")
    p.add_argument("--note", metavar="TEXT", help="kept with the handover")
    p.add_argument("--receiver-passphrase-file", dest="receiver_passphrase_file", metavar="F",
                   help=f"an operator receiver's passphrase from F ('-': standard input; else "
                   f"${RECEIVER_PASSPHRASE_ENV}, else a prompt)")  # fmt: skip

    p = action("ship", cmd_ship, "ship sealed samples under one manifest number")
    p.add_argument("--manifest", required=True, metavar="N", help="the manifest number written on the parcel")
    p.add_argument("ids", nargs="+", metavar="ID", help="the samples in the parcel")
    p.add_argument("--laboratory", metavar="TEXT", help="the laboratory it goes to")
    p.add_argument("--carrier", metavar="TEXT", help="who carries it")

    p = action("receive", cmd_receive, "record the laboratory's receipt of a shipped sample, as it reported it")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--by", required=True, metavar="NAME", help="who received it at the laboratory")
    p.add_argument("--lab-ref", dest="lab_ref", metavar="R", help="the laboratory's reference for it")
    p.add_argument("--seal-broken", dest="seal_broken", action="store_true", help="the seal arrived broken")
    p.add_argument("--note", metavar="TEXT", help="kept with the receipt")

    p = action("manifest", cmd_manifest, "write the printable shipping manifest (HTML, A4) of a shipment")
    p.add_argument("--out", metavar="FILE", help="the HTML file to write (never overwritten without --force)")
    p.add_argument("--manifest", metavar="N", help="the shipment (default: the latest)")
    p.add_argument("--draft", action="store_true", help="a DRAFT of the sealed samples not shipped yet")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--list", action="store_true", help="list the shipments and their manifest numbers")
    p.add_argument("--json", action="store_true", help="with --list: JSON")
