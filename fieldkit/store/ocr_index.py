"""OCR text of document captures and its full-text index: the ``ocr_pages``, ``ocr_status`` and ``ocr_index`` tables.

Design: the text is kept in the encrypted database, one row per page of the original, with an FTS5 index over a
normalised copy (core/textsearch.py folds case, diacritics and Arabic letter variants; this part only stores what
it is given). ``ocr_status`` says which documents were read (or failed), so background OCR picks the rest; other
owners ask ``mark_stale`` to have a document read again.
"""

from __future__ import annotations

from fieldkit.store.session import Session


class OcrIndex:
    def __init__(self, session: Session) -> None:
        self._session = session

    def read_ids(self) -> set[int]:
        """The captures whose OCR is done or failed (those not in it wait for OCR)."""
        return {int(row[0]) for row in self._session.conn.execute("SELECT capture_id FROM ocr_status")}

    def save(self, capture_id: int, pages: list[tuple[str, str]], languages: str) -> None:
        """Replace a capture's text with ``pages`` ((text, normalised text) per page, in the original's order) and
        mark it done; the caller logs it in the same ``write()``."""
        now = self._session.now()
        with self._session.write() as conn:
            conn.execute("DELETE FROM ocr_pages WHERE capture_id = ?", (capture_id,))
            for page, (text, normalized) in enumerate(pages, 1):
                cursor = conn.execute(
                    "INSERT INTO ocr_pages (capture_id, page, text, languages, created_at) VALUES (?, ?, ?, ?, ?)",
                    (capture_id, page, text, languages, now),
                )
                conn.execute("INSERT INTO ocr_index (rowid, normalized) VALUES (?, ?)", (cursor.lastrowid, normalized))
            conn.execute(
                "INSERT INTO ocr_status (capture_id, state, detail, at) VALUES (?, 'done', '', ?)"
                " ON CONFLICT(capture_id) DO UPDATE SET state = 'done', detail = '', at = excluded.at",
                (capture_id, now),
            )

    def mark_failed(self, capture_id: int, reason: str) -> None:
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO ocr_status (capture_id, state, detail, at) VALUES (?, 'failed', ?, ?)"
                " ON CONFLICT(capture_id) DO UPDATE SET state = 'failed', detail = excluded.detail, at = excluded.at",
                (capture_id, reason, self._session.now()),
            )

    def mark_stale(self, capture_id: int) -> None:
        """Have the document read again (its pages were turned); its text stays until the new one replaces it."""
        with self._session.write() as conn:
            conn.execute("DELETE FROM ocr_status WHERE capture_id = ?", (capture_id,))

    def page_texts(self, capture_id: int) -> list[tuple[int, str, str]]:
        """(page, text, languages) of each page read, in the original's page order."""
        rows = self._session.conn.execute(
            "SELECT page, text, languages FROM ocr_pages WHERE capture_id = ? ORDER BY page", (capture_id,)
        )
        return [(int(page), str(text), str(languages)) for page, text, languages in rows]

    def search(self, match: str, limit: int) -> list[tuple[int, int, str]]:
        """(capture id, page, snippet) of the pages matching an FTS5 query, best first."""
        rows = self._session.conn.execute(
            "SELECT p.capture_id, p.page, snippet(ocr_index, 0, '[', ']', '…', 12)"
            " FROM ocr_index JOIN ocr_pages p ON p.id = ocr_index.rowid"
            " WHERE ocr_index MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [(int(capture_id), int(page), str(snippet)) for capture_id, page, snippet in rows]
