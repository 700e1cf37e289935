"""Amendments: changes to what headquarters already holds (the ``amendments`` and ``carried_records`` tables).

Design: a record is never edited once it is in a bundle (docs/bundle-format.md), so a change made afterwards (OCR
text read later, a page turned, a print's resolution corrected, an item edited, a capture deleted) travels as an
amendment record in a later bundle. This part notices such changes itself: it listens to the custody log
(``Session.on_log``), and an entry with one of ``AMENDING_ACTIONS`` on a target whose record a completed bundle
carried adds a pending amendment, or extends the pending one of the same target and change with the entry's
number, in the transaction of the change. Nobody who makes a change calls anything here: logging it is enough.

Only the kind of change and the custody entries are kept; the value travels as it is when the bundle is made
(outgoing/contributors.py, ``Amendments``), which marks the amendments it carried in the transaction that completes
the bundle. A bundle that fails marks nothing, so its amendments wait for the next one. ``carried_records`` says
which targets a completed bundle carried a record of (the contributor adds them as bundles complete).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final, Literal

from fieldkit.store.db import Connection, Row, one_row
from fieldkit.store.session import Session

TargetType = Literal["capture", "item", "subject", "site"]
TARGET_TYPES: Final = ("capture", "item", "subject", "site")

# Custody action -> (the kind of target its subject names, the change it makes); docs/bundle-format.md.
AMENDING_ACTIONS: Final[dict[str, tuple[TargetType, str]]] = {
    "capture.ocr": ("capture", "ocr"),
    "capture.pages": ("capture", "page_view"),
    "fingerprint.ppi_set": ("capture", "fingerprint"),
    "fingerprint.finger_set": ("capture", "fingerprint"),
    "capture.deleted": ("capture", "deleted"),
    "item.edited": ("item", "item"),
    "subject.edited": ("subject", "subject"),
    "site.edited": ("site", "site"),
}
DELETED: Final = "deleted"

_SELECT = (
    "SELECT id, uuid, target_type, target_uuid, change, custody, created_at, updated_at, bundle_seq FROM amendments"
)


def _pending_of(conn: Connection, target_type: str, target_uuid: str,
                change: str) -> tuple[int, list[int]] | None:  # fmt: skip
    """The pending amendment of this target and change (at most one: later ones merge into it), with its custody
    entries."""
    row = conn.execute(
        "SELECT id, custody FROM amendments WHERE target_type = ? AND target_uuid = ? AND change = ?"
        " AND bundle_seq IS NULL",
        (target_type, target_uuid, change),
    ).fetchone()
    return None if row is None else (int(row[0]), [int(s) for s in json.loads(row[1])])


@dataclass(frozen=True)
class Amendment:
    """A change to a target HQ holds: pending (``bundle_seq`` None) or carried by that bundle."""

    id: int
    uuid: str
    target_type: TargetType
    target_uuid: str
    change: str
    custody: tuple[int, ...]  # the custody entries that record the change, oldest first
    created_at: str
    updated_at: str  # when the last of them was made
    bundle_seq: int | None

    @classmethod
    def from_row(cls, row: Row) -> Amendment:
        aid, auuid, target_type, target_uuid, change, seqs, created, updated, sequence = row
        return cls(int(aid), str(auuid), target_type, str(target_uuid), str(change),
                   tuple(int(s) for s in json.loads(seqs)), str(created), str(updated),
                   None if sequence is None else int(sequence))  # fmt: skip


class Amendments:
    def __init__(self, session: Session) -> None:
        self._session = session
        session.on_log(self._logged)

    # --- noticing changes -------------------------------------------------------------------------------------

    def _logged(self, seq: int, at: str, action: str, subject: str, details: dict[str, Any]) -> None:
        """A custody entry was appended (inside its transaction): amend when it changes a carried target."""
        found = AMENDING_ACTIONS.get(action)
        if found is None:
            return
        target_type, change = found
        prefix, _, target_uuid = subject.partition(":")
        if prefix != target_type or not target_uuid or self.carried_in(target_type, target_uuid) is None:
            return
        conn = self._session.conn
        seqs = [seq]
        if change == DELETED:
            # The target is gone: its other pending changes cannot travel as values any more, and need not (HQ
            # keeps what it has and records the deletion). Their custody entries go with the deletion.
            rows = conn.execute(
                "SELECT id, custody FROM amendments WHERE target_type = ? AND target_uuid = ? AND bundle_seq IS NULL",
                (target_type, target_uuid),
            ).fetchall()
            seqs = sorted({*seqs, *(int(s) for _id, text in rows for s in json.loads(text))})
            conn.executemany("DELETE FROM amendments WHERE id = ?", [(int(row[0]),) for row in rows])
        pending = _pending_of(conn, target_type, target_uuid, change)
        if pending is None:
            conn.execute(
                "INSERT INTO amendments (uuid, target_type, target_uuid, change, custody, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), target_type, target_uuid, change, json.dumps(seqs), at, at),
            )
        else:
            pending_id, pending_seqs = pending
            conn.execute("UPDATE amendments SET custody = ?, updated_at = ? WHERE id = ?",
                         (json.dumps(sorted({*pending_seqs, *seqs})), at, pending_id))  # fmt: skip

    # --- what bundles carried -----------------------------------------------------------------------------------

    def carried_in(self, target_type: str, target_uuid: str) -> int | None:
        """The first completed bundle that carried the target's record; None: HQ has never received it."""
        row = self._session.conn.execute(
            "SELECT bundle_seq FROM carried_records WHERE target_type = ? AND target_uuid = ?",
            (target_type, target_uuid),
        ).fetchone()
        return None if row is None else int(row[0])

    def mark_records_carried(self, sequence: int, targets: Iterable[tuple[str, str]]) -> None:
        """Record that bundle ``sequence`` carried these (type, uuid) records (the first bundle that did is kept);
        call inside the ``write()`` that completes it."""
        with self._session.write() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO carried_records (target_type, target_uuid, bundle_seq) VALUES (?, ?, ?)",
                [(target_type, target_uuid, sequence) for target_type, target_uuid in targets],
            )

    def uncarry(self, sequence: int) -> int:
        """Bundle ``sequence`` is abandoned (HQ never had it): the records it was first to carry count as never
        received, and the amendments it carried are pending again (merged into a pending one of the same target and
        change, if any). Returns how many amendments wait again; call inside the ``write()`` that abandons it."""
        with self._session.write() as conn:
            conn.execute("DELETE FROM carried_records WHERE bundle_seq = ?", (sequence,))
            rows = conn.execute(
                "SELECT id, target_type, target_uuid, change, custody FROM amendments WHERE bundle_seq = ? ORDER BY id",
                (sequence,),
            ).fetchall()
            for aid, target_type, target_uuid, change, custody in rows:
                pending = _pending_of(conn, target_type, target_uuid, change)
                if pending is None:
                    conn.execute("UPDATE amendments SET bundle_seq = NULL WHERE id = ?", (int(aid),))
                    continue
                pending_id, pending_seqs = pending
                merged = sorted({*pending_seqs, *(int(s) for s in json.loads(custody))})
                conn.execute("UPDATE amendments SET custody = ? WHERE id = ?", (json.dumps(merged), pending_id))
                conn.execute("DELETE FROM amendments WHERE id = ?", (int(aid),))
        return len(rows)

    # --- pending and carried amendments -------------------------------------------------------------------------

    def pending(self) -> list[Amendment]:
        """The amendments no bundle carried yet, in the order they were first made."""
        rows = self._session.conn.execute(_SELECT + " WHERE bundle_seq IS NULL ORDER BY id").fetchall()
        return [Amendment.from_row(row) for row in rows]

    def count_pending(self) -> int:
        return int(one_row(self._session.conn.execute("SELECT count(*) FROM amendments WHERE bundle_seq IS NULL"))[0])

    def of_target(self, target_type: str, target_uuid: str) -> list[Amendment]:
        """Every amendment of one target, pending or carried, oldest first."""
        rows = self._session.conn.execute(
            _SELECT + " WHERE target_type = ? AND target_uuid = ? ORDER BY id", (target_type, target_uuid)
        ).fetchall()
        return [Amendment.from_row(row) for row in rows]

    def mark_carried(self, sequence: int, amendment_uuids: Iterable[str]) -> None:
        """Record that bundle ``sequence`` carried these amendments; call inside the ``write()`` that completes it."""
        with self._session.write() as conn:
            conn.executemany(
                "UPDATE amendments SET bundle_seq = ? WHERE uuid = ? AND bundle_seq IS NULL",
                [(sequence, amendment_uuid) for amendment_uuid in amendment_uuids],
            )
