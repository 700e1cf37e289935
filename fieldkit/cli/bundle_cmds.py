"""Command-line commands for bundles (device side) and headquarters."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.bundle import ledger, writer
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.bundle.verify import check_bundle
from fieldkit.errors import BundleError, InvalidValueError, UsageError
from fieldkit.hq import report as html_report
from fieldkit.hq import thumbnails
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ

Handler = Callable[[argparse.Namespace], int]
Command = Callable[[str, Handler, str], argparse.ArgumentParser]


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")


def _open_store(args: argparse.Namespace) -> Any:
    from fieldkit.cli.main import _open

    return _open(args)


# --- device side ----------------------------------------------------------------------------------------------


def cmd_recipients(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
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
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise InvalidValueError(f"cannot read {args.file}: {exc.strerror}") from exc
    from fieldkit.sync.outbox import apply_provisioning

    document = Provisioning.from_bytes(data)
    with _open_store(args) as store:
        added = apply_provisioning(store, document)
    upload = f"; uploads go to {document.upload.endpoint}" if document.upload else ""
    print(f"Provisioned for {document.organisation or 'headquarters'}: {added} new recipient(s){upload}.")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        if args.action == "create":
            if not args.out:
                raise UsageError("bundle create needs --out DIR")
            max_size = ledger.parse_size(args.max_size) if args.max_size else None
            made = writer.create_bundles(store, Path(args.out), max_size)
            if not made:
                print("Nothing to bundle: every capture is already in a bundle.")
            for info in made:
                print(f"bundle {info.sequence:>4}  {info.capture_count} captures  {info.size} bytes  {info.path}")
            return 0
        records = ledger.bundles(store)
        pending = ledger.unbundled_count(store)
    if args.json:
        _emit({"bundles": [r.__dict__ for r in records], "unbundled_captures": pending})
        return 0
    for r in records:
        print(f"{r.sequence:>5}  {r.state:<9} {r.created_at:<28} {r.capture_count:>6} captures {r.size:>12} bytes"
              f"  {r.file_name}")  # fmt: skip
    print(f"{pending} captures not yet bundled")
    return 0


# --- headquarters ----------------------------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    hq = HQ(Path(args.hq))
    result = check_bundle(Path(args.bundle), hq.trust(), thumbnail=thumbnails.render if args.report else None)
    if args.report:
        Path(args.report).write_text(html_report.render(result), encoding="utf-8")
    if args.json:
        _emit(result.to_json())
    else:
        print(("VALID  " if result.ok else "REJECTED  ") + result.message)
        for check in result.checks:
            print(f"  {'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if not result.ok:
        error = result.error or BundleError(result.message, reason=result.reason)
        if not args.json:
            print(f"fieldkit: reason code: {result.reason}", file=sys.stderr)
        return error.exit_code
    return 0


def cmd_hq(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if args.action == "init":
        hq = HQ.init(folder, args.organisation or "")
        print(f"Created an HQ folder in {hq.folder}")
        print(f"Recipient (give it to devices): {hq.recipients()[0]}")
        return 0
    hq = HQ(folder)
    if args.action == "recipient":
        for recipient in hq.recipients():
            print(recipient)
    elif args.action == "enroll":
        if not args.args:
            raise UsageError('hq enroll needs the device\'s line from "fieldkit device pubkey"')
        signer = hq.enroll(" ".join(args.args))
        print(f"Enrolled device {signer.principal}")
    elif args.action == "revoke":
        if not args.args:
            raise UsageError("hq revoke needs the DEVICE id")
        from fieldkit.hq.access import withdraw_credential

        signer = hq.revoke(args.args[0])
        withdraw_credential(hq, signer.principal)
        print(f"Revoked device {signer.principal}: its bundles and uploads are refused from now on")
    elif args.action == "provision":
        from fieldkit._internal import fsutil
        from fieldkit.hq.access import provisioning_for

        if not args.out:
            raise UsageError("hq provision needs --out FILE")
        if bool(args.device) != bool(args.endpoint):
            raise UsageError("give both --device and --endpoint for a device's upload credential, or neither")
        document = provisioning_for(hq, args.device, args.endpoint) if args.device else hq.provisioning()
        out = Path(args.out)
        if out.exists():
            raise UsageError(f"{out} already exists: choose another name")
        fsutil.write_file_durably(out, (json.dumps(document.to_json(), indent=1) + "\n").encode())  # owner-only
        print(f"Wrote {out}: import it with 'fieldkit provision import {out}'"
              + (f" on device {args.device} only, then delete it (it holds its upload credential)" if args.device
                 else " on each device"))  # fmt: skip
    elif args.action == "serve":
        return _hq_serve(hq, args)
    elif args.action == "ingest":
        if not args.args:
            raise UsageError("hq ingest needs one or more BUNDLE files")
        worst = 0
        results = []
        with Index(hq) as index:
            for name in args.args:
                result = index.ingest(Path(name))
                results.append(result)
                if not result.accepted:
                    error = result.report.error if result.report and result.report.error else None
                    worst = worst or (error.exit_code if error else BundleError.exit_code)
                if not args.json:
                    gaps = f"; missing from this device: {result.gaps}" if result.gaps else ""
                    print(f"{result.outcome:<12} {name}: {result.message}{gaps}")
        if args.json:
            _emit([r.to_json() for r in results])
        return worst
    elif args.action == "export-nist":
        return _hq_export_nist(hq, [Path(name) for name in args.args], Path(args.out))
    elif args.action == "status":
        with Index(hq) as index:
            status = index.status()
        if args.json:
            _emit(status)
            return 0
        for device, entry in status["devices"].items():
            flags = " REVOKED" if entry["revoked"] else ""
            print(f"{device}{flags}: last bundle {entry['last_sequence']}, {entry['bundles']} archived,"
                  f" missing {entry['gaps'] or 'none'}, abandoned {entry['abandoned'] or 'none'}")  # fmt: skip
            for alarm in entry["alarms"]:
                print(f"  ALARM {alarm['kind']} at bundle {alarm['sequence']}: {alarm['message']}")
        for item in status["quarantined"]:
            print(f"quarantined {item['path']}: {item['reason']}: {item['message']}")
    return 0


def _hq_serve(hq: HQ, args: argparse.Namespace) -> int:
    from fieldkit.hq.server import IngestServer

    host, _, port_text = args.listen.rpartition(":")
    host = host.strip("[]") or "0.0.0.0"  # noqa: S104 - HQ's server listens where the operator says
    if not port_text.isdigit():
        raise UsageError("--listen takes HOST:PORT, e.g. 0.0.0.0:8443")
    max_size = ledger.parse_size(args.max_size) if args.max_size else None
    server = IngestServer(hq, host, int(port_text), tls=not args.no_tls, max_size=max_size)
    scheme = "http" if args.no_tls else "https"
    print(f"fieldkit HQ ingest server on {scheme}://{args.listen} (tus 1.0); uploads in {hq.folder / 'uploads'}",
          flush=True)  # fmt: skip
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _hq_export_nist(hq: HQ, bundles: list[Path], out: Path) -> int:
    """Write the ANSI/NIST-ITL transactions carried by verified bundles, for the AFIS. A bundle that does not verify
    gives nothing; a file that exists is never overwritten."""
    from fieldkit.errors import ExportError

    if not out.is_dir():
        raise ExportError(f"the folder {out} does not exist")
    worst = 0
    for bundle in bundles:
        report = check_bundle(bundle, hq.trust(), biometrics=True)
        if not report.ok:
            print(f"refused      {bundle}: {report.message} ({report.reason}); nothing written", file=sys.stderr)
            worst = worst or (report.error.exit_code if report.error else BundleError.exit_code)
            continue
        if not report.biometrics:
            print(f"no prints    {bundle}")
        for name, data in sorted(report.biometrics.items()):
            target = out / f"{report.device_id[:12]}-{report.sequence:06}-{Path(name).name}"
            try:
                with open(target, "xb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except FileExistsError:
                print(f"exists       {target}: left as it is")
                continue
            print(f"wrote        {target} ({len(data)} bytes)")
    return worst


def register(command: Command) -> None:
    p = command("recipients", cmd_recipients, "the headquarters age recipients bundles are encrypted to")
    p.add_argument("action", choices=["add", "list"])
    p.add_argument("recipient", nargs="?")
    p.add_argument("--label")

    p = command("provision", cmd_provision, "import a provisioning file from headquarters")
    p.add_argument("action", choices=["import"])
    p.add_argument("file", metavar="FILE")

    p = command("bundle", cmd_bundle, "create signed, encrypted bundles of every capture not yet bundled; list them")
    p.add_argument("action", choices=["create", "list"])
    p.add_argument("--out", metavar="DIR")
    p.add_argument("--max-size", metavar="SIZE", help="split into bundles below SIZE (default: below 4 GiB)")
    p.add_argument("--json", action="store_true")

    p = command("verify", cmd_verify, "verify a bundle against an HQ folder (who signed it, nothing changed)")
    p.add_argument("bundle", metavar="BUNDLE")
    p.add_argument("--hq", required=True, metavar="HQ")
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", metavar="FILE.html")

    p = command("hq", cmd_hq, "headquarters: init, recipient, enroll, revoke, provision, ingest, status")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    specs: list[tuple[str, str, str | None, str]] = [
        ("init", "create an HQ folder (age identity, allowed_signers, revoked_keys, index)", None, ""),
        ("recipient", "print the age recipient devices encrypt to", None, ""),
        ("enroll", "trust a device: its line from 'fieldkit device pubkey'", "LINE", "+"),
        ("revoke", "stop trusting a device's key", "DEVICE", "1"),
        ("provision", "write the provisioning file devices import", None, ""),
        ("ingest", "verify bundles in quarantine, then archive them", "BUNDLE", "+"),
        ("status", "per device: last bundle, gaps, alarms; quarantined bundles", None, ""),
        ("export-nist", "write the ANSI/NIST-ITL transactions of verified bundles for the AFIS", "BUNDLE", "+"),
        ("serve", "run the ingest server: tus uploads over TLS, verify, ingest, signed receipts", None, ""),
    ]
    for name, help_text, metavar, nargs in specs:
        sp = actions.add_parser(name, help=help_text, description=help_text)
        sp.add_argument("--dir", required=True, metavar="HQ")
        if metavar:
            sp.add_argument("args", nargs="+" if nargs == "+" else 1, metavar=metavar)
        else:
            sp.set_defaults(args=[])
        if name == "init":
            sp.add_argument("--organisation")
        if name == "provision":
            sp.add_argument("--out", required=True, metavar="FILE")
            sp.add_argument("--device", metavar="DEVICE", help="issue this enrolled device's upload credential")
            sp.add_argument("--endpoint", metavar="URL", help="where devices upload, e.g. https://hq.example:8443")
        if name == "serve":
            sp.add_argument("--listen", required=True, metavar="HOST:PORT")
            sp.add_argument("--no-tls", action="store_true", help="plain HTTP, allowed on loopback only (tests)")
            sp.add_argument("--max-size", metavar="SIZE", help="largest upload accepted (default: 4 GiB)")
        if name == "export-nist":
            sp.add_argument("--out", required=True, metavar="DIR")
        if name in ("ingest", "status"):
            sp.add_argument("--json", action="store_true")
