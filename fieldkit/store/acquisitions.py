"""Acquisitions: where each original came from (the ``acquisitions`` and ``acquisition_entries`` tables).

Design: one acquisition per import (files, a folder, a card, a seized medium, a capture source's output), with one
entry per path it met, stored or not: a FIFO, an unreadable file or a symbolic link is part of what the medium held,
so the manifest lists it with the reason it was not stored. Entries are written by the importer inside the same
``write()`` as the captures they name (group commit), so an entry says 'stored' only if its capture committed. The
start and the end of an acquisition are custody-logged; its entries are not (they are rows of this table, and each
stored file already has its own ``capture.imported`` event), and nothing of a file's content is ever logged.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from fieldkit.errors import InvalidValueError, NotFoundError
from fieldkit.models import Acquisition, AcquisitionEntry, Item
from fieldkit.store.db import Row
from fieldkit.store.operators import Operators
from fieldkit.store.records import Records
from fieldkit.store.session import Session

_SELECT = (
    "SELECT a.id, a.uuid, a.item_id, a.source, a.root, a.medium_label, a.volume_id, a.filesystem,"
    " a.parent_capture_id, a.operator_id, a.started_at, a.finished_at,"
    " (SELECT count(*) FROM acquisition_entries e WHERE e.acquisition_id = a.id),"
    " (SELECT count(*) FROM acquisition_entries e WHERE e.acquisition_id = a.id AND e.status = 'stored'),"
    " (SELECT count(*) FROM acquisition_entries e WHERE e.acquisition_id = a.id AND e.status = 'duplicate'),"
    " (SELECT count(*) FROM acquisition_entries e WHERE e.acquisition_id = a.id AND e.status = 'not-stored')"
    " FROM acquisitions a"
)
_ENTRY_SELECT = (
    "SELECT acquisition_id, seq, path, entry_type, status, size, sha256, capture_id, modified, changed, born,"
    " link_target, reason FROM acquisition_entries"
)
_ENTRY_TYPES = ("file", "symlink", "other")
_STATUSES = ("stored", "duplicate", "not-stored")


class Acquisitions:
    def __init__(self, session: Session, records: Records, operators: Operators) -> None:
        self._session = session
        self._records = records
        self._operators = operators

    # --- recording ------------------------------------------------------------------------------------------

    def start(
        self,
        item: Item,
        *,
        source: str,
        root: str = "",
        medium_label: str = "",
        volume_id: str = "",
        filesystem: str = "",
        parent_capture_id: int | None = None,
    ) -> Acquisition:
        """Open an acquisition into ``item``; custody-logged as ``acquisition.started``."""
        acquisition_uuid = str(uuid.uuid4())
        now = self._session.now()
        with self._session.write() as conn:
            cursor = conn.execute(
                "INSERT INTO acquisitions (uuid, item_id, source, root, medium_label, volume_id, filesystem,"
                " parent_capture_id, operator_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (acquisition_uuid, item.id, source, root, medium_label, volume_id, filesystem, parent_capture_id,
                 self._session.operator.id, now),
            )  # fmt: skip
            self._session.log(
                "acquisition.started", f"acquisition:{acquisition_uuid}",
                {"item": item.uuid, "source": source, "root": root, "medium_label": medium_label,
                 "volume_id": volume_id, "filesystem": filesystem},
                at=now,
            )  # fmt: skip
            assert cursor.lastrowid is not None
            acquisition_id = cursor.lastrowid
        return self.get(acquisition_id)

    def add_entries(self, entries: Sequence[AcquisitionEntry]) -> None:
        """Record entries; call inside the ``write()`` that records the captures they name."""
        for entry in entries:
            if entry.entry_type not in _ENTRY_TYPES or entry.status not in _STATUSES:
                raise InvalidValueError(f"an acquisition entry cannot be a {entry.entry_type} {entry.status}")
        with self._session.write() as conn:
            conn.executemany(
                "INSERT INTO acquisition_entries (acquisition_id, seq, path, entry_type, status, size, sha256,"
                " capture_id, modified, changed, born, link_target, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(e.acquisition_id, e.seq, e.path, e.entry_type, e.status, e.size, e.sha256, e.capture_id,
                  e.modified, e.changed, e.born, e.link_target, e.reason) for e in entries],
            )  # fmt: skip

    def finish(self, acquisition_id: int) -> Acquisition:
        """Mark the acquisition complete (every path was met); custody-logged with its counts."""
        acquisition = self.get(acquisition_id)
        now = self._session.now()
        with self._session.write() as conn:
            conn.execute("UPDATE acquisitions SET finished_at = ? WHERE id = ?", (now, acquisition_id))
            self._session.log("acquisition.finished", f"acquisition:{acquisition.uuid}", _counts(acquisition), at=now)
        return self.get(acquisition_id)

    def stop(self, acquisition_id: int, reason: str) -> None:
        """Record why an acquisition ended before meeting every path (it stays unfinished)."""
        acquisition = self.get(acquisition_id)
        with self._session.write():
            self._session.log("acquisition.stopped", f"acquisition:{acquisition.uuid}",
                              {**_counts(acquisition), "reason": reason})  # fmt: skip

    # --- reading ----------------------------------------------------------------------------------------------

    def _build(self, rows: Sequence[Row]) -> builtins.list[Acquisition]:
        labels = self._records.item_labels(int(row[2]) for row in rows)
        names = self._operators.names() if rows else {}
        found = []
        for row in rows:
            (aid, auuid, item_id, source, root, label, volume, filesystem, parent, operator, started, finished,
             entries, stored, duplicates, not_stored) = row  # fmt: skip
            case_name, tag = labels[int(item_id)]
            found.append(Acquisition(int(aid), auuid, int(item_id), case_name, tag, source, root, label, volume,
                                     filesystem, parent, names.get(operator, ""), started, finished, int(entries),
                                     int(stored), int(duplicates), int(not_stored)))  # fmt: skip
        return found

    def get(self, acquisition_id: int) -> Acquisition:
        rows = self._session.conn.execute(_SELECT + " WHERE a.id = ?", (acquisition_id,)).fetchall()
        if not rows:
            raise NotFoundError(f"there is no acquisition with id {acquisition_id}")
        return self._build(rows)[0]

    def entries(self, acquisition_id: int) -> builtins.list[AcquisitionEntry]:
        """Every path the acquisition met, in the order it met them."""
        self.get(acquisition_id)  # NotFoundError for an unknown id rather than an empty list
        rows = self._session.conn.execute(_ENTRY_SELECT + " WHERE acquisition_id = ? ORDER BY seq", (acquisition_id,))
        return [AcquisitionEntry(*row) for row in rows]

    def of_capture(self, capture_id: int) -> builtins.list[AcquisitionEntry]:
        """Where a capture came from: every entry that stored it or found it again (duplicates), oldest first."""
        rows = self._session.conn.execute(
            _ENTRY_SELECT + " WHERE capture_id = ? ORDER BY acquisition_id, seq", (capture_id,)
        )
        return [AcquisitionEntry(*row) for row in rows]

    def manifest(self, acquisition_id: int) -> dict[str, Any]:
        """The acquisition with every entry, as JSON-able data (``fieldkit acquisition ID --json``)."""
        return {
            "acquisition": self.get(acquisition_id).to_json(),
            "entries": [entry.to_json() for entry in self.entries(acquisition_id)],
        }

    def list(self, item: Item | None = None, *, item_ids: Iterable[int] | None = None) -> builtins.list[Acquisition]:
        """The acquisitions of an item (or of the given items; neither: all), oldest first."""
        if item is not None:
            item_ids = [item.id]
        if item_ids is None:
            rows = self._session.conn.execute(_SELECT + " ORDER BY a.id").fetchall()
        else:
            rows = self._session.conn.execute(
                _SELECT + " WHERE a.item_id IN (SELECT value FROM json_each(?)) ORDER BY a.id",  # noqa: S608 - constant
                (json.dumps(sorted(set(item_ids))),),
            ).fetchall()
        return self._build(rows)


def _counts(acquisition: Acquisition) -> dict[str, int]:
    return {"entries": acquisition.entries, "stored": acquisition.stored, "duplicates": acquisition.duplicates,
            "not_stored": acquisition.not_stored}  # fmt: skip
