"""OCR text of document captures and its full-text index: the ``ocr_pages``, ``ocr_status`` and ``ocr_index`` tables.

Design: the text is kept in the encrypted database, one row per page of the original, with an FTS5 index over a
normalised copy (core/textsearch.py folds case, diacritics and Arabic letter variants; this part only stores what
it is given). ``ocr_status`` says which documents were read (or failed), so background OCR picks the rest; other
owners ask ``mark_stale`` to have a document read again. Each page says where its text came from (``source``):
'ocr', the PDF's own 'text layer', or the text analysis 'extracted' (text, office and e-mail files).
"""

from __future__ import annotations

from collections.abc import Callable

from fieldkit.store.session import Session

SOURCES = ("ocr", "text layer", "extracted")  # where a page's text came from (the column's CHECK in db.py)


class OcrIndex:
    def __init__(self, session: Session) -> None:
        self._session = session

    def read_ids(self) -> set[int]:
        """The captures whose OCR is done or failed (those not in it wait for OCR)."""
        return {int(row[0]) for row in self._session.conn.execute("SELECT capture_id FROM ocr_status")}

    def save(self, capture_id: int, pages: list[tuple[str, str, str]], languages: str) -> None:
        """Replace a capture's text with ``pages`` ((text, normalised text, source) per page, in the original's
        order; source one of SOURCES) and mark it done; the caller logs it in the same ``write()``."""
        now = self._session.now()
        with self._session.write() as conn:
            conn.execute("DELETE FROM ocr_pages WHERE capture_id = ?", (capture_id,))
            for page, (text, normalized, source) in enumerate(pages, 1):
                cursor = conn.execute(
                    "INSERT INTO ocr_pages (capture_id, page, text, languages, source, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (capture_id, page, text, languages, source, now),
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

    def page_texts(self, capture_id: int) -> list[tuple[int, str, str, str]]:
        """(page, text, languages, source) of each page read, in the original's page order."""
        rows = self._session.conn.execute(
            "SELECT page, text, languages, source FROM ocr_pages WHERE capture_id = ? ORDER BY page", (capture_id,)
        )
        return [(int(page), str(text), str(languages), str(source)) for page, text, languages, source in rows]

    def reindex(self, normalise: Callable[[str], str]) -> int:
        """Index every page's text again with ``normalise`` (after the normaliser changed: a store migration says
        when); returns the pages re-indexed."""
        with self._session.write() as conn:
            rows = conn.execute("SELECT id, text FROM ocr_pages").fetchall()
            conn.execute("DELETE FROM ocr_index")
            conn.executemany("INSERT INTO ocr_index (rowid, normalized) VALUES (?, ?)",
                             [(row_id, normalise(str(text))) for row_id, text in rows])  # fmt: skip
        return len(rows)

    def search(self, match: str, limit: int) -> list[tuple[int, int, str]]:
        """(capture id, page, snippet) of the pages matching an FTS5 query, best first."""
        rows = self._session.conn.execute(
            "SELECT p.capture_id, p.page, snippet(ocr_index, 0, '[', ']', '…', 12)"
            " FROM ocr_index JOIN ocr_pages p ON p.id = ocr_index.rowid"
            " WHERE ocr_index MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [(int(capture_id), int(page), str(snippet)) for capture_id, page, snippet in rows]
