"""The hash-chained custody log (format: docs/store.md, "Custody log").

Each entry holds the SHA-256 of the previous one, so editing, deleting or reordering entries breaks the chain;
``custody_head`` records the newest entry so cutting entries off the end is caught too. Someone who holds the
master key can rewrite the whole chain consistently: that is caught at headquarters, which holds the chain heads
that earlier bundles carried (docs/store.md, "Threat model").

This module is the only one whose SQL names ``custody_log`` and ``custody_head``. Entries are appended through
``Session.log`` (session.py), inside the transaction of the change they record; ``CustodyLog`` reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from fieldkit.bundle.custody import GENESIS_HASH as GENESIS_HASH
from fieldkit.bundle.custody import canonical_json as canonical_json
from fieldkit.bundle.custody import entry_hash as entry_hash
from fieldkit.models import CustodyEvent
from fieldkit.store.db import Connection

# The chain's hash and its canonical JSON are defined once, in the bundle layer below: HQ recomputes the entries a
# bundle carries with the very same code (fieldkit/bundle/custody.py).


class _Connected(Protocol):
    """What ``CustodyLog`` needs of the store's Session (session.py imports this module, so not the class itself)."""

    @property
    def conn(self) -> Connection: ...


class CustodyLog:
    """The custody entries of an open store, to read and to verify."""

    def __init__(self, session: _Connected) -> None:
        self._session = session

    def events(self, subject: str | None = None) -> list[CustodyEvent]:
        return list(events(self._session.conn, subject))

    def of_actions(self, actions: Iterable[str]) -> list[CustodyEvent]:
        """The entries with one of ``actions``, oldest first (one query: the whole log is not read into Python)."""
        return list(events_of_actions(self._session.conn, actions))

    def verify_chain(self) -> tuple[int, list[str]]:
        """The number of entries and the problems found walking the chain (none when it is intact)."""
        return verify_chain(self._session.conn)


def append(conn: Connection, at: str, operator: str, action: str, subject: str, details: dict[str, Any]) -> int:
    """Append one entry; the caller holds the write transaction that also makes the change being logged."""
    head = conn.execute("SELECT seq, entry_hash FROM custody_head WHERE id = 1").fetchone()
    seq, prev = (int(head[0]) + 1, str(head[1])) if head else (1, GENESIS_HASH)
    details_text = canonical_json(details)
    digest = entry_hash(seq, at, operator, action, subject, details_text, prev)
    conn.execute(
        "INSERT INTO custody_log (seq, at, operator, action, subject, details, prev_hash, entry_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, operator, action, subject, details_text, prev, digest),
    )
    conn.execute(
        "INSERT INTO custody_head (id, seq, entry_hash) VALUES (1, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, entry_hash = excluded.entry_hash",
        (seq, digest),
    )
    return seq


def events(conn: Connection, subject: str | None = None) -> Iterator[CustodyEvent]:
    query = "SELECT seq, at, operator, action, subject, details, prev_hash, entry_hash FROM custody_log"
    params: tuple[Any, ...] = ()
    if subject is not None:
        query += " WHERE subject = ?"
        params = (subject,)
    for row in conn.execute(query + " ORDER BY seq", params):
        yield CustodyEvent.from_row(row)


def events_of_actions(conn: Connection, actions: Iterable[str]) -> Iterator[CustodyEvent]:
    query = (
        "SELECT seq, at, operator, action, subject, details, prev_hash, entry_hash FROM custody_log"
        " WHERE action IN (SELECT value FROM json_each(?)) ORDER BY seq"
    )
    for row in conn.execute(query, (json.dumps(sorted(set(actions))),)):
        yield CustodyEvent.from_row(row)


def verify_chain(conn: Connection) -> tuple[int, list[str]]:
    """Walk the whole chain; return the number of entries and a list of problems (empty when intact)."""
    problems: list[str] = []
    expected_seq = 1
    prev = GENESIS_HASH
    count = 0
    rows = conn.execute(
        "SELECT seq, at, operator, action, subject, details, prev_hash, entry_hash FROM custody_log ORDER BY seq"
    )
    for seq, at, operator, action, subject, details, prev_hash, stored_hash in rows:
        count += 1
        if seq != expected_seq:
            problems.append(f"custody entry {expected_seq} is missing (next entry is {seq})")
        if prev_hash != prev:
            problems.append(f"custody entry {seq} does not follow the entry before it")
        if entry_hash(seq, at, operator, action, subject, details, prev_hash) != stored_hash:
            problems.append(f"custody entry {seq} was altered after it was written")
        expected_seq = seq + 1
        prev = stored_hash
    head = conn.execute("SELECT seq, entry_hash FROM custody_head WHERE id = 1").fetchone()
    if head is None:
        if count:
            problems.append("the custody log has lost its head record")
    elif int(head[0]) != expected_seq - 1 or head[1] != prev:
        problems.append(f"the custody log ends at entry {expected_seq - 1} but its head says entry {head[0]}")
    if count == 0:
        problems.append("the custody log is empty")
    return count, problems
