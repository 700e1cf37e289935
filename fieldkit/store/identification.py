"""Identification records beside the captures: the ``templates`` made from prints and face photos, the
``template_runs`` that say a capture was looked at (and what came of it), and the ``watchlist_hits`` a search found
with the operator's decision on each.

Design: the store only keeps rows; biometrics/identify.py holds the rules (what is searched, the threshold, the
custody entries). Template bytes are opaque here (biometrics/templates.py parses them); the store is SQLCipher, so
they are encrypted at rest like every other record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldkit.store.session import Session


@dataclass(frozen=True)
class TemplateRow:
    capture_id: int
    modality: str
    algorithm: str
    finger: int
    seq: int
    data: bytes


@dataclass(frozen=True)
class HitRow:
    id: int
    uuid: str
    capture_id: int
    ref: str
    category: str
    instructions: str
    modality: str
    finger: int
    score: float
    watchlist_version: int
    found_at: str
    decision: str | None
    decided_by: str | None
    decided_at: str | None
    reason: str


_HIT_SELECT = (
    "SELECT id, uuid, capture_id, ref, category, instructions, modality, finger, score, watchlist_version, found_at,"
    " decision, decided_by, decided_at, reason FROM watchlist_hits"
)


def _hit(row: Sequence[object]) -> HitRow:
    return HitRow(int(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]), str(row[5]), str(row[6]),  # type: ignore[call-overload]
                  int(row[7]), float(row[8]), int(row[9]), str(row[10]),  # type: ignore[call-overload, arg-type]
                  None if row[11] is None else str(row[11]), None if row[12] is None else str(row[12]),
                  None if row[13] is None else str(row[13]), str(row[14]))  # fmt: skip


class Identification:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- templates ------------------------------------------------------------------------------------------

    def save_templates(self, capture_id: int, templates: Iterable[TemplateRow], *, status: str, reason: str,
                       version: str) -> None:  # fmt: skip
        """Replace a capture's templates and say how the run went ('ok', 'none', 'failed'); the caller logs it in
        the same ``write()``."""
        now = self._session.now()
        with self._session.write() as conn:
            conn.execute("DELETE FROM templates WHERE capture_id = ?", (capture_id,))
            for t in templates:
                conn.execute(
                    "INSERT INTO templates (capture_id, modality, algorithm, finger, seq, data, made_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (capture_id, t.modality, t.algorithm, t.finger, t.seq, t.data, now),
                )
            conn.execute(
                "INSERT INTO template_runs (capture_id, status, reason, algorithm_version, at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(capture_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,"
                " algorithm_version = excluded.algorithm_version, at = excluded.at",
                (capture_id, status, reason, version, now),
            )

    def templates_of(self, capture_id: int) -> list[TemplateRow]:
        rows = self._session.conn.execute(
            "SELECT capture_id, modality, algorithm, finger, seq, data FROM templates WHERE capture_id = ?"
            " ORDER BY seq, id", (capture_id,)).fetchall()  # fmt: skip
        return [TemplateRow(int(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4]), bytes(r[5])) for r in rows]

    def run_of(self, capture_id: int) -> tuple[str, str, str] | None:
        """(status, reason, algorithm version) of a capture's template run, or None when it was never run."""
        row = self._session.conn.execute(
            "SELECT status, reason, algorithm_version FROM template_runs WHERE capture_id = ?", (capture_id,)
        ).fetchone()
        return (str(row[0]), str(row[1]), str(row[2])) if row else None

    def ran_ids(self) -> set[int]:
        return {int(r[0]) for r in self._session.conn.execute("SELECT capture_id FROM template_runs")}

    # --- hits -----------------------------------------------------------------------------------------------

    def add_hit(self, hit_uuid: str, capture_id: int, *, ref: str, category: str, instructions: str, modality: str,
                finger: int, score: float, watchlist_version: int) -> int | None:  # fmt: skip
        """Record a candidate (once per capture, reference, modality and finger: a better score updates it, a
        decision already taken stays); returns its id. The caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO watchlist_hits (uuid, capture_id, ref, category, instructions, modality, finger, score,"
                " watchlist_version, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(capture_id, ref, modality, finger) DO UPDATE SET score = max(score, excluded.score)",
                (hit_uuid, capture_id, ref, category, instructions, modality, finger, score, watchlist_version,
                 self._session.now()),
            )  # fmt: skip
            row = conn.execute(
                "SELECT id FROM watchlist_hits WHERE capture_id = ? AND ref = ? AND modality = ? AND finger = ?",
                (capture_id, ref, modality, finger),
            ).fetchone()
        return int(row[0]) if row else None

    def hit(self, hit_id: int) -> HitRow | None:
        row = self._session.conn.execute(_HIT_SELECT + " WHERE id = ?", (hit_id,)).fetchone()
        return _hit(row) if row else None

    def hits(self, *, capture_ids: Iterable[int] | None = None, open_only: bool = False) -> list[HitRow]:
        rows = [_hit(r) for r in self._session.conn.execute(_HIT_SELECT + " ORDER BY id")]
        if capture_ids is not None:
            wanted = set(capture_ids)
            rows = [r for r in rows if r.capture_id in wanted]
        return [r for r in rows if r.decision is None] if open_only else rows

    def decide(self, hit_id: int, decision: str, operator: str, reason: str) -> None:
        """The operator's decision on a candidate; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "UPDATE watchlist_hits SET decision = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ?",
                (decision, operator, self._session.now(), reason, hit_id),
            )
