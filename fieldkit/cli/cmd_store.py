"""The store itself: init, operator, check, wipe, device, custody."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldkit.cli import tables
from fieldkit.cli._common import (
    Subparsers,
    add_command,
    custody_line,
    emit_json,
    new_passphrase,
    open_store,
    printable,
    store_dir,
)
from fieldkit.cli.progress import progress
from fieldkit.cli.tables import Column
from fieldkit.config import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV
from fieldkit.core import custody_text
from fieldkit.errors import IntegrityError, UsageError
from fieldkit.store.store import Store


def cmd_init(args: argparse.Namespace) -> int:
    if not args.operator:
        raise UsageError("init needs --operator NAME: the first operator of the new store")
    folder = store_dir(args)
    passphrase = new_passphrase(args, file_attr="passphrase_file", env_name=PASSPHRASE_ENV, who=args.operator)
    with Store.init(folder, args.operator, passphrase) as store:
        print(f"Created a fieldkit store in {store.folder}")
        print(f"Operator: {store.operator.name}")
        print(f"Device id: {store.device_id}")
        print(f"Device key fingerprint: {store.device_fingerprint()}")
    return 0


def cmd_operator(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "list":
            rows = [[printable(o.name), printable(o.created_at)] for o in store.operators()]
            # Piped: "NAME<TAB>since TIME", a line per operator, for scripts.
            tables.show((Column("OPERATOR"), Column("SINCE")), rows,
                        piped=(f"{name}\tsince {since}" for name, since in rows))  # fmt: skip
            return 0
        if not args.name:
            raise UsageError(f"operator {args.action} needs the operator's NAME")
        if args.action == "add":
            new = new_passphrase(args, file_attr="new_passphrase_file", env_name=NEW_PASSPHRASE_ENV, who=args.name)
            added = store.add_operator(args.name, new)
            print(f"Added operator {added.name}")
        elif args.action == "passwd":
            new = new_passphrase(args, file_attr="new_passphrase_file", env_name=NEW_PASSPHRASE_ENV, who=args.name)
            store.change_passphrase(args.name, new)
            print(f"Changed the passphrase of {args.name}")
        else:
            store.remove_operator(args.name)
            print(f"Removed operator {args.name}; their key slot is destroyed")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store, progress(args, "fieldkit check") as shown:
        media = shown.task("media files", unit="files")
        report = store.check(lambda _stage, done, total: media.update(done, total))
        media.end()
    if args.json:
        emit_json({"ok": report.ok, "checks": [r.__dict__ for r in report.results]})
    else:
        for result in report.results:
            print(f"{'OK  ' if result.ok else 'FAIL'}  {result.name:<10} {result.summary}")
            for problem in result.problems:
                print(f"        - {problem}")
        print("The store is intact." if report.ok else "The store FAILED its check.")
    if not report.ok:
        raise IntegrityError("the store failed its integrity check (details above)")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("wipe destroys the store for good: add --yes to confirm")
    report = Store.wipe(store_dir(args))
    print(f"Destroyed {report.slots_destroyed} key slots in {report.seconds * 1000:.0f} ms:"
          " the store can no longer be opened by anyone.")  # fmt: skip
    if report.removed_rest:
        print("The store's remaining (encrypted) files were removed.")
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "pubkey":
            print(store.device_allowed_signers_line())
        else:
            print(store.device_fingerprint())
    return 0


# Piped, an event is two lines: "#SEQ  AT  OPERATOR  ACTION  SUBJECT", then its words indented (docs/cli.md);
# the operator and action padded in cells, never cut.
CUSTODY_COLUMNS = (Column("#", 6, crop=False), Column("AT"), Column("OPERATOR", 16, gap=2, crop=False),
                   Column("ACTION", 28, crop=False), Column("SUBJECT"), Column("WHAT"))  # fmt: skip


def cmd_custody(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        events = store.custody_events()
    if args.json:
        emit_json([{**e.__dict__, "text": custody_text.describe(e), "reason": custody_text.reason(e)} for e in events])
        return 0
    rows = [[f"#{e.seq}", printable(e.at), printable(e.operator), printable(e.action), printable(e.subject),
             custody_line(e)] for e in events]  # fmt: skip
    tables.show(CUSTODY_COLUMNS, rows, piped=(
        line for row in rows
        for line in (tables.plain_line(CUSTODY_COLUMNS[:5], row[:5]), f"       {row[5]}")
    ))  # fmt: skip
    return 0


def register(subparsers: Subparsers) -> None:
    add_command(subparsers, "init", cmd_init, "create a new store; prints the device key fingerprint")

    p = add_command(subparsers, "operator", cmd_operator, "add, remove or list operators, or change a passphrase")
    p.add_argument("action", choices=["add", "passwd", "remove", "list"])
    p.add_argument("name", nargs="?")
    p.add_argument("--new-passphrase-file", type=Path, metavar="F",
                   help=f"the new passphrase (else ${NEW_PASSPHRASE_ENV}, else a prompt)")  # fmt: skip

    p = add_command(subparsers, "check", cmd_check, "check database, cipher pages, custody chain and every media file")
    p.add_argument("--json", action="store_true")

    p = add_command(subparsers, "wipe", cmd_wipe, "destroy every key slot so nobody can open the store, then remove it")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    p = add_command(subparsers, "device", cmd_device, "this device's signing identity")
    p.add_argument("action", choices=["pubkey", "fingerprint"])

    p = add_command(subparsers, "custody", cmd_custody, "print the custody log")
    p.add_argument("--json", action="store_true")
