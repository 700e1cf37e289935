"""What analysis learned of each capture (the ``analyses`` table): status, reason, facts, text and thumbnail.

Design: analysis is derived data about an original, never part of it. A capture without a row, or with a
'pending' row, has not been analysed yet; 'failed' keeps the reason a person reads ("the decoder crashed
(SIGSEGV)") and a short code for machines. The thumbnail lives here, inside the encrypted database, so the window
shows a preview without decoding hostile bytes in its own process and without a plaintext file anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from fieldkit.store.session import Session

AnalysisStatus = Literal["pending", "ok", "failed"]


@dataclass(frozen=True)
class Analysis:
    capture_id: int
    status: AnalysisStatus
    reason: str = ""  # failed: what people read; ok: empty
    code: str = ""  # failed: crashed, memory, cpu, timeout, too-large, decoder-error
    media_type: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    damaged: str | None = None
    notes: tuple[str, ...] = ()
    analyser: str = ""
    analysed_at: str | None = None
    attempts: int = 0

    def to_json(self) -> dict[str, Any]:
        """The form of ``fieldkit show --json``: {status, reason} and, once analysed, what was found."""
        out: dict[str, Any] = {"status": self.status, "reason": self.reason}
        if self.status == "failed":
            out["code"] = self.code
        if self.damaged:
            out["damaged"] = self.damaged
        if self.notes:
            out["notes"] = list(self.notes)
        if self.media_type:
            out["media_type"] = self.media_type
        if self.analysed_at:
            out["analysed_at"] = self.analysed_at
            out["analyser"] = self.analyser
        return out


_COLUMNS = "capture_id, status, reason, media_type, facts, damaged, notes, analyser, analysed_at, attempts"


def _build(row: tuple[Any, ...]) -> Analysis:
    capture_id, status, reason, media_type, facts, damaged, notes, analyser, analysed_at, attempts = row
    code, _, text = str(reason).partition("|") if status == "failed" else ("", "", str(reason))
    return Analysis(
        int(capture_id), status, text, code, media_type, json.loads(facts), damaged, tuple(json.loads(notes)),
        analyser, analysed_at, int(attempts),
    )  # fmt: skip


class Analyses:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, capture_id: int) -> Analysis:
        row = self._session.conn.execute(
            f"SELECT {_COLUMNS} FROM analyses WHERE capture_id = ?",  # noqa: S608 - constant SQL
            (capture_id,),
        ).fetchone()
        return _build(row) if row else Analysis(capture_id, "pending")

    def of(self, capture_ids: Iterable[int]) -> dict[int, Analysis]:
        wanted = sorted(set(capture_ids))
        rows = self._session.conn.execute(
            f"SELECT {_COLUMNS} FROM analyses WHERE capture_id IN (SELECT value FROM json_each(?))",  # noqa: S608
            (json.dumps(wanted),),
        ).fetchall()
        found = {int(row[0]): _build(row) for row in rows}
        return {cid: found.get(cid, Analysis(cid, "pending")) for cid in wanted}

    def settled(self) -> set[int]:
        """Captures whose analysis has run (ok or failed); every other capture is waiting for it."""
        rows = self._session.conn.execute("SELECT capture_id FROM analyses WHERE status != 'pending'")
        return {int(row[0]) for row in rows}

    def failed(self) -> list[int]:
        rows = self._session.conn.execute("SELECT capture_id FROM analyses WHERE status = 'failed' ORDER BY 1")
        return [int(row[0]) for row in rows]

    def thumbnail(self, capture_id: int) -> bytes | None:
        row = self._session.conn.execute(
            "SELECT thumbnail FROM analyses WHERE capture_id = ?", (capture_id,)
        ).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def text(self, capture_id: int) -> str | None:
        row = self._session.conn.execute("SELECT text FROM analyses WHERE capture_id = ?", (capture_id,)).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def record_ok(
        self,
        capture_id: int,
        *,
        media_type: str,
        facts: dict[str, Any],
        damaged: str | None,
        notes: list[str],
        text: str | None,
        thumbnail: bytes | None,
        analyser: str,
    ) -> None:
        """Keep a finished analysis; the caller logs it in the same ``write()``."""
        self._put(capture_id, "ok", "", media_type, facts, damaged, notes, text, thumbnail, analyser)

    def record_failed(self, capture_id: int, *, code: str, reason: str, analyser: str) -> None:
        self._put(capture_id, "failed", f"{code}|{reason}", None, {}, None, [], None, None, analyser)

    def _put(self, capture_id: int, status: AnalysisStatus, reason: str, media_type: str | None,
             facts: dict[str, Any], damaged: str | None, notes: list[str], text: str | None,
             thumbnail: bytes | None, analyser: str) -> None:  # fmt: skip
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO analyses (capture_id, status, reason, media_type, facts, damaged, notes, text,"
                " thumbnail, analyser, analysed_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT(capture_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,"
                " media_type = excluded.media_type, facts = excluded.facts, damaged = excluded.damaged,"
                " notes = excluded.notes, text = excluded.text, thumbnail = excluded.thumbnail,"
                " analyser = excluded.analyser, analysed_at = excluded.analysed_at,"
                " attempts = analyses.attempts + 1",
                (capture_id, status, reason, media_type, json.dumps(facts, sort_keys=True), damaged,
                 json.dumps(notes), text, thumbnail, analyser, self._session.now()),
            )  # fmt: skip
