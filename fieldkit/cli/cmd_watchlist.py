"""The watchlist on the device (issue 17): ``watchlist import FILE`` (HQ's signed, encrypted file) and
``watchlist status``."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from fieldkit._internal.plurals import plural
from fieldkit.biometrics import identify, watchlist_file
from fieldkit.bundle import sshsig
from fieldkit.cli._common import Subparsers, add_command, add_store_options, emit_json, open_store, printable
from fieldkit.cli.cmd_identify import concerning, hit_line, hits_json
from fieldkit.errors import NotProvisionedError, UsageError


def _left(seconds: int) -> str:
    if seconds >= 86400:
        return plural(seconds // 86400, "day")
    if seconds >= 3600:
        return plural(seconds // 3600, "hour")
    return plural(max(seconds // 60, 0), "minute")


def cmd_watchlist(args: argparse.Namespace) -> int:
    if args.action == "import":
        return _import(args)
    return _status(args)


def _import(args: argparse.Namespace) -> int:
    if not args.file:
        raise UsageError("watchlist import needs the FILE HQ exported ('fieldkit hq watchlist export')")
    with open_store(args) as store:
        done = watchlist_file.import_file(store, Path(args.file))
        current = watchlist_file.status(store)
        # What was captured before this list arrived is searched against it now (never fails the import); the
        # candidates said are the ones this list brought (those already open were said before: 'fieldkit hits').
        known = {hit.id for hit in store.identification.hits()}
        screening = identify.catch_up(store)
        withdrawn = identify.withdrawn_refs(store)
        still_open = [h for h in store.identification.hits(open_only=True) if h.ref in withdrawn]
        hits = [h for h in screening.hits if h.decision is None and h.id not in known]
        whom = concerning(store, hits)
    if args.json:
        emit_json({**done.__dict__, "status": current.to_json() if current else None,
                   "watchlist_hits": hits_json(hits, whom)})  # fmt: skip
        return 0
    print(f"Imported watchlist version {done.version}: {plural(done.entries, 'entry', 'entries')},"
          f" {plural(done.templates, 'template')}")  # fmt: skip
    print(f"  issued {done.issued_at}, expires {done.expires_at}")
    print(f"  signed by HQ key {done.hq_key}")
    print(f"  for {'this device' if done.device else 'every device of HQ'}; SHA-256 {done.sha256}")
    if screening.watchlist == "searched":
        print(f"Searched the prints and face photos already held against it: {plural(len(hits), 'new hit')}")
    elif screening.message:
        print(f"The prints already held were not searched: {screening.message}", file=sys.stderr)
    for hit in hits:
        print(hit_line(hit, whom=whom.get(hit.capture_id)))
    if still_open:
        refs = ", ".join(sorted({printable(h.ref) for h in still_open}))
        print(f"{len(still_open)} open hit(s) name references this list no longer holds ({refs}): HQ took them off;"
              " 'fieldkit hits --open' marks them; check with HQ before acting on them")  # fmt: skip
    if current is not None and current.expiring_soon:
        print(f"WARNING: it expires in {_left(current.seconds_left)}: ask HQ for a newer one", file=sys.stderr)
    return 0


def _status(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        current = watchlist_file.status(store)
        try:
            pinned: str | None = sshsig.fingerprint(watchlist_file.pinned_hq_key(store))
        except NotProvisionedError:
            pinned = None
    if args.json:
        emit_json({"watchlist": current.to_json() if current else None, "pinned_hq_key": pinned,
                   "checked_at": watchlist_file.format_time(datetime.now(UTC))})  # fmt: skip
        return 0
    if current is None:
        print("No watchlist on this device: import the file HQ exported ('fieldkit watchlist import FILE').")
        print(f"  HQ key pinned: {pinned or 'none (import a provisioning file from HQ first)'}")
        return 0
    if current.expired:
        state = "EXPIRED: searches skip it; ask HQ for a new export"
    elif current.expiring_soon:
        state = f"EXPIRES SOON (in {_left(current.seconds_left)}): ask HQ for a new export"
    else:
        state = f"valid ({_left(current.seconds_left)} left)"
    print(f"Watchlist version {current.version}: {state}")
    print(f"  issued:    {current.issued_at}")
    print(f"  expires:   {current.expires_at}")
    print(f"  imported:  {current.imported_at}")
    print(f"  entries:   {current.entries}")
    print(f"  templates: {current.templates}")
    print(f"  HQ key:    {current.hq_key}" + ("" if pinned in (None, current.hq_key) else f" (pinned now: {pinned})"))
    print(f"  for:       {'this device' if current.device else 'every device of HQ'}")
    if current.expired or current.expiring_soon:
        print(f"WARNING: the watchlist {'expired' if current.expired else 'expires within a day'}", file=sys.stderr)
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)
    p = command("watchlist", cmd_watchlist, "the watchlist HQ sends: import its file (signed by HQ, encrypted to"
                " this device); status (version, validity, entries)")  # fmt: skip
    # Each action its own parser: options may come before or after the file ('import --json FILE' too), and a
    # file given to 'status' is refused rather than ignored.
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, words in (("import", "import the watchlist file HQ exported (checked, then it replaces the one held)"),
                        ("status", "the watchlist held: version, validity, entries, HQ's key")):  # fmt: skip
        action = actions.add_parser(name, help=words, description=words)
        add_store_options(action, suppress=True)
        if name == "import":
            action.add_argument("file", metavar="FILE", help="the watchlist file HQ exported")
        action.add_argument("--json", action="store_true")
