"""The watchlist HQ sent to this device: ``watchlist`` (the one imported file: version, validity, who signed it),
``watchlist_entries`` (reference, category, instructions for the operator) and ``watchlist_templates`` (their
finger and face templates; never images).

Design: an import replaces the whole watchlist in one transaction (an older or expired file never gets here:
biometrics/watchlist_file.py checks it first); searches read the templates through ``entries_with_templates``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldkit.store.db import one_row
from fieldkit.store.session import Session


@dataclass(frozen=True)
class WatchlistInfo:
    version: int
    issued_at: str
    expires_at: str
    hq_key: str
    device_id: str | None
    sha256: str
    imported_at: str


@dataclass(frozen=True)
class EntryRow:
    ref: str
    category: str
    instructions: str
    note: str
    templates: tuple[tuple[str, str, int, bytes], ...]  # (modality, algorithm, finger, data)


class Watchlist:
    def __init__(self, session: Session) -> None:
        self._session = session

    def info(self) -> WatchlistInfo | None:
        row = self._session.conn.execute(
            "SELECT version, issued_at, expires_at, hq_key, device_id, sha256, imported_at FROM watchlist"
        ).fetchone()
        if row is None:
            return None
        return WatchlistInfo(int(row[0]), str(row[1]), str(row[2]), str(row[3]),
                             None if row[4] is None else str(row[4]), str(row[5]), str(row[6]))  # fmt: skip

    def replace(self, info: WatchlistInfo, entries: Iterable[EntryRow]) -> int:
        """Put this watchlist in place of the one held (one transaction); returns how many entries it holds. The
        caller logs it in the same ``write()``."""
        count = 0
        with self._session.write() as conn:
            conn.execute("DELETE FROM watchlist_templates")
            conn.execute("DELETE FROM watchlist_entries")
            conn.execute("DELETE FROM watchlist")
            conn.execute(
                "INSERT INTO watchlist (id, version, issued_at, expires_at, hq_key, device_id, sha256, imported_at)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (info.version, info.issued_at, info.expires_at, info.hq_key, info.device_id, info.sha256,
                 info.imported_at),
            )  # fmt: skip
            for entry in entries:
                cursor = conn.execute(
                    "INSERT INTO watchlist_entries (ref, category, instructions, note) VALUES (?, ?, ?, ?)",
                    (entry.ref, entry.category, entry.instructions, entry.note),
                )
                entry_id = cursor.lastrowid
                conn.executemany(
                    "INSERT INTO watchlist_templates (entry_id, modality, algorithm, finger, data)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(entry_id, *t) for t in entry.templates],
                )
                count += 1
        return count

    def counts(self) -> tuple[int, int]:
        """(entries, templates) held."""
        conn = self._session.conn
        entries = one_row(conn.execute("SELECT count(*) FROM watchlist_entries"))[0]
        templates = one_row(conn.execute("SELECT count(*) FROM watchlist_templates"))[0]
        return int(entries), int(templates)

    def refs(self) -> set[str]:
        """The references the watchlist held lists (no templates read)."""
        return {str(row[0]) for row in self._session.conn.execute("SELECT ref FROM watchlist_entries")}

    def entry(self, ref: str) -> EntryRow | None:
        """One entry with its templates, or None when the watchlist held does not list ``ref``."""
        conn = self._session.conn
        row = conn.execute(
            "SELECT id, ref, category, instructions, note FROM watchlist_entries WHERE ref = ?", (ref,)
        ).fetchone()
        if row is None:
            return None
        templates = tuple(
            (str(modality), str(algorithm), int(finger), bytes(data))
            for modality, algorithm, finger, data in conn.execute(
                "SELECT modality, algorithm, finger, data FROM watchlist_templates WHERE entry_id = ? ORDER BY id",
                (row[0],),
            )
        )
        return EntryRow(str(row[1]), str(row[2]), str(row[3]), str(row[4]), templates)

    def entries_with_templates(self) -> list[EntryRow]:
        conn = self._session.conn
        templates: dict[int, list[tuple[str, str, int, bytes]]] = {}
        for entry_id, modality, algorithm, finger, data in conn.execute(
            "SELECT entry_id, modality, algorithm, finger, data FROM watchlist_templates ORDER BY id"
        ):
            templates.setdefault(int(entry_id), []).append((str(modality), str(algorithm), int(finger), bytes(data)))
        return [
            EntryRow(str(ref), str(category), str(instructions), str(note), tuple(templates.get(int(entry_id), ())))
            for entry_id, ref, category, instructions, note in conn.execute(
                "SELECT id, ref, category, instructions, note FROM watchlist_entries ORDER BY id"
            )
        ]
