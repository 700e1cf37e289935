"""Perceptual hashes of photos (the ``perceptual_hashes`` table); core/similar.py computes and compares them.

Design: one row per photo once it was looked at; a NULL hash means it could not be decoded, so it is not tried again.
"""

from __future__ import annotations

from fieldkit.store.session import Session


class Similarity:
    def __init__(self, session: Session) -> None:
        self._session = session

    def hashed_ids(self) -> set[int]:
        """The captures already looked at (with a hash, or NULL when they could not be decoded)."""
        return {int(row[0]) for row in self._session.conn.execute("SELECT capture_id FROM perceptual_hashes")}

    def put(self, capture_id: int, dhash: int | None) -> None:
        with self._session.write() as conn:
            conn.execute("INSERT INTO perceptual_hashes (capture_id, dhash) VALUES (?, ?)", (capture_id, dhash))

    def hashes(self) -> list[tuple[int, int]]:
        """(capture id, signed 64-bit hash) of every photo that has one."""
        rows = self._session.conn.execute("SELECT capture_id, dhash FROM perceptual_hashes WHERE dhash IS NOT NULL")
        return [(int(capture_id), int(value)) for capture_id, value in rows]
