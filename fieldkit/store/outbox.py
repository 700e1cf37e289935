"""Bundles waiting to leave for HQ and how far each got: the ``outbox`` table (sync/outbox.py holds the rules).

Design: rows are never deleted; 'acknowledged' carries HQ's signed receipt. Every method is one small change, so
an upload interrupted at any point resumes from what the table says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldkit.store.db import one_row
from fieldkit.store.session import Session


@dataclass(frozen=True)
class OutboxRow:
    sequence: int
    path: str
    sha256: str
    state: str
    upload_path: str | None
    offset: int
    bytes_sent: int
    attempts: int
    last_attempt: str | None
    last_error: str
    next_attempt: float
    reason: str
    acknowledged_at: str | None
    receipt: str | None


_SELECT = (
    "SELECT bundle_seq, path, sha256, state, upload_path, offset, bytes_sent, attempts, last_attempt, last_error,"
    " next_attempt, reason, acknowledged_at, receipt FROM outbox"
)


class Outbox:
    def __init__(self, session: Session) -> None:
        self._session = session

    def rows(self) -> list[OutboxRow]:
        return [OutboxRow(*row) for row in self._session.conn.execute(_SELECT + " ORDER BY bundle_seq")]

    def row(self, sequence: int) -> OutboxRow | None:
        found = self._session.conn.execute(_SELECT + " WHERE bundle_seq = ?", (sequence,)).fetchone()
        return OutboxRow(*found) if found else None

    def sequences(self) -> set[int]:
        return {int(row[0]) for row in self._session.conn.execute("SELECT bundle_seq FROM outbox")}

    def acknowledged(self) -> list[int]:
        """The bundles HQ acknowledged with a receipt, in sequence order."""
        rows = self._session.conn.execute(
            "SELECT bundle_seq FROM outbox WHERE state = 'acknowledged' AND receipt IS NOT NULL ORDER BY bundle_seq"
        )
        return [int(row[0]) for row in rows]

    def next_due(self) -> float | None:
        """When the next bundle still on its way is due for an attempt (seconds since the epoch)."""
        query = "SELECT min(next_attempt) FROM outbox WHERE state NOT IN ('acknowledged', 'rejected')"
        value = one_row(self._session.conn.execute(query))[0]
        return float(value) if value is not None else None

    def enqueue(self, bundles: Iterable[tuple[int, str]]) -> None:
        """Add (sequence, bundle file path) rows, waiting."""
        with self._session.write() as conn:
            conn.executemany("INSERT INTO outbox (bundle_seq, path, state) VALUES (?, ?, 'waiting')", list(bundles))

    def reset(self, sequence: int) -> None:
        """Start a bundle's upload again from nothing; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute("UPDATE outbox SET state = 'waiting', upload_path = NULL, offset = 0, next_attempt = 0,"
                         " reason = '', last_error = '' WHERE bundle_seq = ?", (sequence,))  # fmt: skip

    def remove(self, sequence: int) -> None:
        """Take an abandoned bundle out of the outbox (it is never sent); the caller logs why."""
        with self._session.write() as conn:
            conn.execute("DELETE FROM outbox WHERE bundle_seq = ?", (sequence,))

    def relocate(self, sequence: int, path: str) -> None:
        with self._session.write() as conn:
            conn.execute("UPDATE outbox SET path = ? WHERE bundle_seq = ?", (path, sequence))

    def set_upload_path(self, sequence: int, upload_path: str) -> None:
        with self._session.write() as conn:
            conn.execute("UPDATE outbox SET upload_path = ?, state = 'uploading' WHERE bundle_seq = ?",
                         (upload_path, sequence))  # fmt: skip

    def set_sha256(self, sequence: int, sha256: str) -> None:
        with self._session.write() as conn:
            conn.execute("UPDATE outbox SET sha256 = ? WHERE bundle_seq = ?", (sha256, sequence))

    def record_receipt(self, sequence: int, *, state: str, offset: int, bytes_sent: int, at: str, reason: str,
                       receipt: str) -> None:  # fmt: skip
        """HQ answered with a verified receipt: 'acknowledged' or 'rejected', the receipt kept as JSON."""
        with self._session.write() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, offset = ?, bytes_sent = bytes_sent + ?, attempts = attempts + 1,"
                " last_attempt = ?, last_error = '', reason = ?, receipt = ?, acknowledged_at = ? WHERE bundle_seq = ?",
                (state, offset, bytes_sent, at, reason, receipt, at if state == "acknowledged" else None, sequence),
            )

    def record_attempt(self, sequence: int, *, state: str, upload_path: str | None, offset: int, bytes_sent: int,
                       attempts: int, at: str, error: str, next_attempt: float) -> None:  # fmt: skip
        """An attempt ended without a receipt: where it got, why, and when to try again."""
        with self._session.write() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, upload_path = ?, offset = ?, bytes_sent = bytes_sent + ?,"
                " attempts = ?, last_attempt = ?, last_error = ?, next_attempt = ? WHERE bundle_seq = ?",
                (state, upload_path, offset, bytes_sent, attempts, at, error, next_attempt, sequence),
            )

    def note_error(self, error: str, at: str | None = None) -> None:
        """Every bundle still on its way notes why it could not be sent (e.g. HQ did not answer) and, with ``at``,
        when that was tried."""
        with self._session.write() as conn:
            conn.execute("UPDATE outbox SET last_error = ?, last_attempt = COALESCE(?, last_attempt)"
                         " WHERE state NOT IN ('acknowledged', 'rejected')", (error, at))  # fmt: skip
