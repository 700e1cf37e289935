"""Page order and rotation shown for a capture (the ``page_views`` table); see core/pages.py for what a view is.

Design: a view is stored as JSON [[original page, clockwise degrees], ...]; no row means the original's order
without rotation, so ``clear`` is how a view returns to the original.
"""

from __future__ import annotations

import json

from fieldkit.store.session import Session


class PageViews:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, capture_id: int) -> list[tuple[int, int]] | None:
        """(original page, clockwise degrees) in reading order, or None when the capture has no view of its own."""
        row = self._session.conn.execute("SELECT pages FROM page_views WHERE capture_id = ?", (capture_id,)).fetchone()
        if row is None:
            return None
        return [(int(source), int(rotation)) for source, rotation in json.loads(row[0])]

    def put(self, capture_id: int, pages: list[tuple[int, int]]) -> None:
        """Keep a view; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO page_views (capture_id, pages, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(capture_id) DO UPDATE SET pages = excluded.pages, updated_at = excluded.updated_at",
                (capture_id, json.dumps([list(page) for page in pages]), self._session.now()),
            )

    def clear(self, capture_id: int) -> None:
        with self._session.write() as conn:
            conn.execute("DELETE FROM page_views WHERE capture_id = ?", (capture_id,))
