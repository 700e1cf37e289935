"""The ``fieldkit`` command line. Every FieldkitError becomes one message, one line saying what to do, and an
exit code of its own (see fieldkit.errors); nothing printed here ever includes a passphrase or evidence bytes."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from fieldkit import __version__
from fieldkit.config import DEFAULT_LIMITS, NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, default_store_dir
from fieldkit.core.importer import FingerprintDetails, Importer, ImportOutcome, parse_impression
from fieldkit.errors import (
    FieldkitError,
    InvalidValueError,
    PartialImportError,
    PassphraseError,
    UsageError,
)
from fieldkit.models import CAPTURE_KINDS, ITEM_CATEGORIES
from fieldkit.store.keyslots import check_new_passphrase
from fieldkit.store.store import Store, check_store_folder

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own errors: same shape and exit code as ours
        raise UsageError(f"{self.prog}: {message}")


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--store",
        type=Path,
        default=default,
        metavar="DIR",
        help=f"the store folder (default: ${{{'FIELDKIT_STORE'}}} or the user data folder)",
    )
    parser.add_argument("--operator", default=default, metavar="NAME", help="the operator who is acting")
    parser.add_argument("--passphrase-file", type=Path, default=default, metavar="F",
                        help=f"read the passphrase from F (else ${PASSPHRASE_ENV}, else a prompt)")  # fmt: skip


# --- passphrases ---------------------------------------------------------------------------------------------


def _read_secret_file(path: Path) -> str:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise PassphraseError(f"cannot read the passphrase file {path}: {os.strerror(exc.errno or 0)}") from exc
    except UnicodeDecodeError as exc:
        raise PassphraseError(f"the passphrase file {path} is not UTF-8 text") from exc
    # One trailing line break is an artefact of how the file was written, not part of the passphrase.
    return text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise PassphraseError(f"no passphrase given: set {PASSPHRASE_ENV}, use --passphrase-file, or run in a terminal")
    return getpass.getpass(prompt)


def _new_passphrase(args: argparse.Namespace, *, file_attr: str, env_name: str, who: str) -> str:
    path = getattr(args, file_attr, None)
    if path:
        value = _read_secret_file(path)
    elif (env := os.environ.get(env_name)) is not None:
        value = env
    elif sys.stdin.isatty():
        value = getpass.getpass(f"New passphrase for {who}: ")
        if getpass.getpass("Type it again: ") != value:
            raise PassphraseError("the two passphrases differ")
    else:
        raise PassphraseError(f"no new passphrase given: set {env_name}, use --{file_attr.replace('_', '-')},"
                              " or run in a terminal")  # fmt: skip
    check_new_passphrase(value, DEFAULT_LIMITS)
    return value


def _store_dir(args: argparse.Namespace) -> Path:
    return args.store if getattr(args, "store", None) else default_store_dir()


def _open(args: argparse.Namespace) -> Store:
    folder = _store_dir(args)
    check_store_folder(folder.expanduser().absolute())  # say "no store" before asking for a passphrase
    return Store.open(folder, _passphrase(args), getattr(args, "operator", None))


def _emit_json(data: Any, out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    json.dump(data, stream, indent=2, ensure_ascii=False, sort_keys=True)
    stream.write("\n")


# --- commands ----------------------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    if not args.operator:
        raise UsageError("init needs --operator NAME: the first operator of the new store")
    folder = _store_dir(args)
    passphrase = _new_passphrase(args, file_attr="passphrase_file", env_name=PASSPHRASE_ENV, who=args.operator)
    with Store.init(folder, args.operator, passphrase) as store:
        print(f"Created a fieldkit store in {store.folder}")
        print(f"Operator: {store.operator.name}")
        print(f"Device id: {store.device_id}")
        print(f"Device key fingerprint: {store.device_fingerprint()}")
    return 0


def cmd_operator(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.action == "list":
            for operator in store.operators():
                print(f"{operator.name}\tsince {operator.created_at}")
            return 0
        if not args.name:
            raise UsageError(f"operator {args.action} needs the operator's NAME")
        if args.action == "add":
            new = _new_passphrase(args, file_attr="new_passphrase_file", env_name=NEW_PASSPHRASE_ENV, who=args.name)
            added = store.add_operator(args.name, new)
            print(f"Added operator {added.name}")
        elif args.action == "passwd":
            new = _new_passphrase(args, file_attr="new_passphrase_file", env_name=NEW_PASSPHRASE_ENV, who=args.name)
            store.change_passphrase(args.name, new)
            print(f"Changed the passphrase of {args.name}")
        else:
            store.remove_operator(args.name)
            print(f"Removed operator {args.name}; their key slot is destroyed")
    return 0


def _outcome_line(outcome: ImportOutcome) -> str:
    if outcome.status == "stored":
        return f"stored     #{outcome.capture_id:<6} {outcome.kind:<11} {outcome.sha256}  {outcome.path}"
    if outcome.status == "duplicate":
        return f"duplicate  of #{outcome.duplicate_of:<3} {outcome.kind:<11} {outcome.sha256}  {outcome.path}"
    return f"failed     {outcome.path}: {outcome.reason}. {outcome.fix or ''}".rstrip()


def cmd_import(args: argparse.Namespace) -> int:
    fingerprint = None
    if args.finger is not None or args.impression is not None or args.ppi is not None:
        fingerprint = FingerprintDetails(
            args.finger, parse_impression(args.impression) if args.impression is not None else None, args.ppi
        )
        if args.kind not in (None, "fingerprint"):
            raise UsageError("--finger, --impression and --ppi go with --kind fingerprint")
    with _open(args) as store:
        progress = None if args.json else (lambda o: print(_outcome_line(o), flush=True))
        importer = Importer(store, kind=args.kind, fingerprint=fingerprint, progress=progress)
        summary = importer.run(args.case, args.item, [Path(p) for p in args.paths])
        if args.json:
            _emit_json({
                "outcomes": [o.to_json() for o in summary.outcomes],
                "stored": summary.stored, "duplicates": summary.duplicates, "failed": summary.failed,
            })  # fmt: skip
        else:
            print(f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.failed} failed")
    if summary.failed:
        raise PartialImportError(f"{summary.failed} of {len(summary.outcomes)} files were not imported")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
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
    if args.json:
        _emit_json([
            {"id": c.id, "kind": c.kind, "case": c.case_name, "item": c.item_tag, "sha256": c.sha256,
             "size": c.size, "name": c.original_name, "captured": c.captured_at, "imported": c.imported_at}
            for c in captures
        ])  # fmt: skip
        return 0
    if not captures:
        print("No captures.")
        return 0
    print(f"{'ID':>6}  {'KIND':<11} {'CASE':<16} {'ITEM':<14} {'SHA-256':<16} {'SIZE':>12}  {'CAPTURED':<20} NAME")
    for c in captures:
        print(f"{c.id:>6}  {c.kind:<11} {c.case_name[:16]:<16} {c.item_tag[:14]:<14} {c.sha256[:16]:<16}"
              f" {c.size:>12}  {(c.captured_at or '-')[:20]:<20} {c.original_name}")  # fmt: skip
    return 0


def _capture_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InvalidValueError(f"'{text}' is not a capture id: use the number 'fieldkit list' shows") from None
    if value <= 0:
        raise InvalidValueError(f"'{text}' is not a capture id: use the number 'fieldkit list' shows")
    return value


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        capture = store.capture(_capture_id(args.id))
        events = store.custody_events(f"capture:{capture.uuid}")
    data = capture.to_json()
    data["custody"] = [{"seq": e.seq, "at": e.at, "operator": e.operator, "action": e.action} for e in events]
    if args.json:
        _emit_json(data)
        return 0
    for key in ("id", "uuid", "kind", "case_name", "item_tag", "original_name", "media_type", "sha256", "size",
                "captured_at", "imported_at", "operator", "source"):  # fmt: skip
        print(f"{key.replace('_', ' '):<14} {data[key] if data[key] is not None else '-'}")
    print("metadata       " + json.dumps(capture.metadata, ensure_ascii=False, sort_keys=True))
    for event in data["custody"]:
        print(f"custody        #{event['seq']} {event['at']} {event['action']} by {event['operator']}")
    return 0


def cmd_export_original(args: argparse.Namespace) -> int:
    with _open(args) as store:
        target = store.export_original(_capture_id(args.id), Path(args.out))
        capture = store.capture(_capture_id(args.id))
    print(f"Exported capture {capture.id} to {target} (SHA-256 {capture.sha256} verified)")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _open(args) as store:
        capture = store.delete_capture(_capture_id(args.id), reason=args.reason or "")
    print(f"Deleted capture {capture.id} ({capture.original_name}); the custody log keeps its SHA-256")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as store:
        report = store.check()
    if args.json:
        _emit_json({"ok": report.ok, "checks": [r.__dict__ for r in report.results]})
    else:
        for result in report.results:
            print(f"{'OK  ' if result.ok else 'FAIL'}  {result.name:<10} {result.summary}")
            for problem in result.problems:
                print(f"        - {problem}")
        print("The store is intact." if report.ok else "The store FAILED its check.")
    if not report.ok:
        from fieldkit.errors import IntegrityError

        raise IntegrityError("the store failed its integrity check (details above)")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("wipe destroys the store for good: add --yes to confirm")
    report = Store.wipe(_store_dir(args))
    print(f"Destroyed {report.slots_destroyed} key slots in {report.seconds * 1000:.0f} ms:"
          " the store can no longer be opened by anyone.")  # fmt: skip
    if report.removed_rest:
        print("The store's remaining (encrypted) files were removed.")
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.action == "pubkey":
            print(store.device_allowed_signers_line())
        else:
            print(store.device_fingerprint())
    return 0


def _float(text: str | None, what: str) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise InvalidValueError(f"{what} must be a number in decimal degrees, like 34.5123") from None


def cmd_site(args: argparse.Namespace) -> int:
    with _open(args) as store:
        case = store.ensure_case(args.case)
        if args.action == "add":
            if not args.name:
                raise UsageError("site add needs the site's NAME")
            site = store.add_site(case, args.name, _float(args.lat, "--lat"), _float(args.lon, "--lon"),
                                  args.mgrs or "", args.description or "")  # fmt: skip
            print(f"Added site {site.name} to case {case.name}")
        else:
            for site in store.sites(case):
                where = f"{site.latitude}, {site.longitude}" if site.latitude is not None else "-"
                print(f"{site.name}\t{where}\t{site.mgrs or '-'}\t{site.description}")
    return 0


def cmd_item(args: argparse.Namespace) -> int:
    with _open(args) as store:
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
        _emit_json(data)
    else:
        for key, value in data.items():
            print(f"{key.replace('_', ' '):<14} {value if value not in (None, '') else '-'}")
    return 0


def cmd_ocr(args: argparse.Namespace) -> int:
    from fieldkit.core import ocr

    if not ocr.tesseract_available(args.languages):
        raise ocr.OcrUnavailableError(f"tesseract with the languages {args.languages} is not installed")
    with _open(args) as store:
        results = ocr.ocr_pending(store, args.languages,
                                  progress=None if args.json else lambda r: print(
                                      f"capture {r.capture_id}: " + (f"{r.pages} pages, {r.characters} characters"
                                                                     if r.error is None else f"failed: {r.error}"),
                                      flush=True))  # fmt: skip
    if args.json:
        _emit_json([r.__dict__ for r in results])
    elif not results:
        print("Every document already has its text.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from fieldkit.core import ocr

    with _open(args) as store:
        hits = ocr.search(store, " ".join(args.text))
    if args.json:
        _emit_json([hit.__dict__ for hit in hits])
        return 0
    if not hits:
        print("No document text matches.")
        return 0
    for hit in hits:
        print(f"capture {hit.capture_id} page {hit.page}  {hit.case_name} / {hit.item_tag}  {hit.original_name}")
        print(f"    {hit.snippet}")
    return 0


def cmd_read_tag(args: argparse.Namespace) -> int:
    """Print the evidence tag(s) found in a photo of a barcode or QR code; no store needed."""
    from fieldkit.core.tags import read_tags

    try:
        data = Path(args.image).read_bytes()
    except OSError as exc:
        raise InvalidValueError(f"cannot read {args.image}: {exc.strerror}") from exc
    found = read_tags(data)
    if args.json:
        _emit_json([t.__dict__ for t in found])
        return 0
    if not found:
        raise InvalidValueError("no barcode or QR code was found in the photo: photograph the tag closer, flat, lit")
    for tag in found:
        print(tag.text)
    return 0


def cmd_pages(args: argparse.Namespace) -> int:
    """Show or change a capture's page order and rotation: a view only, the original is never touched."""
    from fieldkit.core import pages

    capture_id = _capture_id(args.id)
    with _open(args) as store:
        capture = store.capture(capture_id)
        count = pages.page_count(b"".join(store.read_original(capture_id)), capture.media_type)
        view = pages.view_of(store, capture_id, count)
        if args.reset:
            view = pages.set_view(store, capture_id, pages.build_view(count), count)
        elif args.order is not None or args.rotate:
            rotations: dict[int, int] = {}
            for text in args.rotate or []:
                page, degrees = pages.parse_rotation(text)
                rotations[page] = degrees
            order = pages.parse_order(args.order) if args.order is not None else None
            view = pages.set_view(store, capture_id, pages.build_view(count, order, rotations, view), count)
    if args.json:
        _emit_json({"capture": capture_id, "sha256": capture.sha256, "pages": [p.to_json() for p in view]})
        return 0
    print(f"capture {capture_id}  {capture.original_name}  {count} page(s)"
          f"; original unchanged, SHA-256 {capture.sha256}")  # fmt: skip
    for position, shown in enumerate(view, 1):
        turned = f", turned {shown.rotation}° clockwise" if shown.rotation else ""
        print(f"  {position:>4}: original page {shown.source}{turned}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    """Hash photos not hashed yet, then list near-duplicate pairs across items and cases."""
    from fieldkit.core import similar

    with _open(args) as store:
        similar.hash_pending(store)
        pairs = similar.near_duplicates(store, args.distance)
        described: list[dict[str, Any]] = [
            {"distance": p.distance,
             "first": {"id": a.id, "case": a.case_name, "item": a.item_tag, "name": a.original_name},
             "second": {"id": b.id, "case": b.case_name, "item": b.item_tag, "name": b.original_name}}
            for p in pairs for a, b in [(store.capture(p.first), store.capture(p.second))]
        ]  # fmt: skip
    if args.json:
        _emit_json(described)
        return 0
    if not described:
        print("No near-duplicate photos.")
    for pair in described:
        a, b = pair["first"], pair["second"]
        print(f"distance {pair['distance']}:  #{a['id']} {a['case']}/{a['item']} {a['name']}"
              f"  ~  #{b['id']} {b['case']}/{b['item']} {b['name']}")  # fmt: skip
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    """Scan one page or a feeder batch into one multi-page document capture."""
    from fieldkit.sources.scanner import SaneSource, ScanSettings, scan_into_item

    if args.list:
        for device in SaneSource().devices():
            print(f"{device.id}\t{device.label}")
        return 0
    if not (args.device and args.case and args.item):
        raise UsageError("scan needs --device DEV --case CASE --item TAG (or --list)")
    settings = ScanSettings(args.resolution, args.mode, args.source)
    settings.validate()
    with _open(args) as store:
        capture_id, new, pages = scan_into_item(store, args.case, args.item, args.device, settings,
                                                progress=lambda n: print(f"page {n}", flush=True))  # fmt: skip
    print(f"{'stored' if new else 'duplicate of'} #{capture_id}: {pages} page(s) from {args.device}")
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    """List camera cards (volumes with DCIM) and what is new on them; with --case/--item import what is new."""
    from fieldkit.sources.cards import DEFAULT_MOUNT_ROOTS, find_cards, new_files

    roots = [Path(r) for r in args.root] if args.root else list(DEFAULT_MOUNT_ROOTS)
    cards = find_cards(roots)
    if not cards:
        print("No mounted card or folder with a DCIM folder was found.")
        return 0
    with _open(args) as store:
        for card in cards:
            fresh, known = new_files(store, card.dcim)
            print(f"{card.root}: {len(fresh)} new, {known} already in the store")
            if args.case and args.item and fresh:
                summary = Importer(store, progress=lambda o: print(_outcome_line(o), flush=True)).run(
                    args.case, args.item, fresh
                )
                print(f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.failed} failed")
    return 0


def cmd_custody(args: argparse.Namespace) -> int:
    with _open(args) as store:
        events = store.custody_events()
    if args.json:
        _emit_json([e.__dict__ for e in events])
        return 0
    for e in events:
        print(f"#{e.seq:<5} {e.at}  {e.operator:<16} {e.action:<28} {e.subject}")
    return 0


def cmd_gui(args: argparse.Namespace, parser: argparse.ArgumentParser | None = None) -> int:
    """The desktop window (the default with no command), or help where there is no display."""
    from fieldkit.gui.app import display_available

    if not display_available():
        if parser is not None:
            parser.print_help()
        print("\nfieldkit: no display here, so the window cannot open; use the commands above.", file=sys.stderr)
        return 0 if parser is not None else UsageError.exit_code
    from fieldkit.gui.app import run

    hq = getattr(args, "hq", None)
    return run(_store_dir(args), getattr(args, "language", None), Path(hq) if hq else None)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fieldkit", description="Capture, store and transfer evidence recovered in the field.")
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument("--self-test", action="store_true", help="open a throwaway store in the window, then exit")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(handler=handler)
        return p

    command("init", cmd_init, "create a new store; prints the device key fingerprint")

    p = command("gui", lambda args: cmd_gui(args), "open the desktop window (also: fieldkit with no command)")
    p.add_argument("--language", metavar="CODE", help="e.g. en, fr, ar (default: the system's)")
    p.add_argument("--hq", metavar="DIR", help="open on the Verify page with this HQ folder")

    p = command("operator", cmd_operator, "add, remove or list operators, or change a passphrase")
    p.add_argument("action", choices=["add", "passwd", "remove", "list"])
    p.add_argument("name", nargs="?")
    p.add_argument("--new-passphrase-file", type=Path, metavar="F",
                   help=f"the new passphrase (else ${NEW_PASSPHRASE_ENV}, else a prompt)")  # fmt: skip

    p = command("import", cmd_import, "import files (folders recurse) into an item; creates case/item if new")
    p.add_argument("--case", required=True)
    p.add_argument("--item", required=True, metavar="TAG")
    p.add_argument("--kind", choices=CAPTURE_KINDS)
    p.add_argument("--finger", type=int, metavar="N", help="finger position (ANSI/NIST FGP code 0-15)")
    p.add_argument("--impression", metavar="TYPE", help="impression type (IMP code 0-7 or e.g. live-rolled)")
    p.add_argument("--ppi", type=int, metavar="N", help="resolution in pixels per inch, if the file lacks it")
    p.add_argument("--json", action="store_true")
    p.add_argument("paths", nargs="+", metavar="PATH")

    p = command("list", cmd_list, "list captures")
    p.add_argument("--case")
    p.add_argument("--item", metavar="TAG")
    p.add_argument("--kind", choices=CAPTURE_KINDS)
    p.add_argument("--sha256", metavar="HEX", help="only captures with this SHA-256")
    p.add_argument("--json", action="store_true")

    p = command("show", cmd_show, "show one capture with its metadata and custody events")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = command("export-original", cmd_export_original, "write a capture's original bytes, verified bit-exact")
    p.add_argument("id")
    p.add_argument("--out", required=True, metavar="PATH")

    p = command("delete", cmd_delete, "delete a capture beyond recovery (the custody log keeps its hash)")
    p.add_argument("id")
    p.add_argument("--reason", default="")

    p = command("check", cmd_check, "check database, cipher pages, custody chain and every media file")
    p.add_argument("--json", action="store_true")

    p = command("wipe", cmd_wipe, "destroy every key slot so nobody can open the store, then remove it")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    p = command("device", cmd_device, "this device's signing identity")
    p.add_argument("action", choices=["pubkey", "fingerprint"])

    p = command("site", cmd_site, "add or list the sites of a case (where material was recovered)")
    p.add_argument("action", choices=["add", "list"])
    p.add_argument("name", nargs="?")
    p.add_argument("--case", required=True)
    p.add_argument("--lat", help="latitude, WGS 84 decimal degrees")
    p.add_argument("--lon", help="longitude, WGS 84 decimal degrees")
    p.add_argument("--mgrs", help="MGRS reference, if that is what the team uses")
    p.add_argument("--description")

    p = command("item", cmd_item, "show an item, creating it if new, and edit its details (custody-logged)")
    p.add_argument("--case", required=True)
    p.add_argument("--item", required=True, metavar="TAG")
    p.add_argument("--category", choices=ITEM_CATEGORIES)
    p.add_argument("--description")
    p.add_argument("--notes")
    p.add_argument("--recovered-at", dest="recovered_at", metavar="TIME", help="e.g. 2026-11-25T14:30:00Z")
    p.add_argument("--site", metavar="NAME", help="a site of the case (see 'fieldkit site')")
    p.add_argument("--json", action="store_true")

    p = command("ocr", cmd_ocr, "read the text of every document capture not read yet (offline Tesseract)")
    p.add_argument("--languages", default="ara+eng+fra", help="Tesseract languages (default: ara+eng+fra)")
    p.add_argument("--json", action="store_true")

    p = command("search", cmd_search, "find captures by their document text (Arabic diacritics and variants ignored)")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    p = command("read-tag", cmd_read_tag, "print the evidence tag read from a photo of its barcode or QR code")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("--json", action="store_true")

    p = command("pages", cmd_pages, "show or set a capture's page order and rotation (a view: the original stays)")
    p.add_argument("id")
    p.add_argument("--order", metavar="N,N,...", help="original page numbers in reading order, e.g. 3,1,2")
    p.add_argument("--rotate", action="append", metavar="PAGE=DEG", help="turn an original page clockwise: 2=90")
    p.add_argument("--reset", action="store_true", help="back to the original order, no rotation")
    p.add_argument("--json", action="store_true")

    p = command("duplicates", cmd_duplicates, "list near-duplicate photos across items and cases")
    p.add_argument("--distance", type=int, default=6, help="most bits two photo hashes may differ in (0-7)")
    p.add_argument("--json", action="store_true")

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

    p = command("custody", cmd_custody, "print the custody log")
    p.add_argument("--json", action="store_true")

    from fieldkit.cli import biometric_cmds, bundle_cmds, sync_cmds

    bundle_cmds.register(command)
    biometric_cmds.register(command)
    sync_cmds.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "self_test", False):
            from fieldkit.gui.app import self_test

            return self_test()
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            return cmd_gui(args, parser)
        return handler(args)
    except FieldkitError as exc:
        print(f"fieldkit: error: {exc.message}", file=sys.stderr)
        for detail in exc.details:
            print(f"  - {detail}", file=sys.stderr)
        if exc.fix:
            print(f"  what to do: {exc.fix}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("fieldkit: interrupted; everything already reported as stored is safe", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
