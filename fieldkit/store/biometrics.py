"""Biometric records beside the captures: the ``subjects``, ``fingerprint_quality`` and ``finger_conditions`` tables.

Design: a subject's prints and photos are ordinary captures of the item that stands for them; these tables hold
only what a capture row cannot: the subject's personal details (encrypted with the store; custody entries name
the fields changed, never their values), the NFIQ 2 score of each print, and fingers that cannot be printed.
biometrics/subjects.py and biometrics/prints.py hold the rules; this part only stores.
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldkit.store.db import Row
from fieldkit.store.session import Session

_SUBJECT_SELECT = (
    "SELECT id, uuid, item_id, claimed_name, date_of_birth, nationality, notes, created_at, updated_at FROM subjects"
)
SUBJECT_FIELDS = ("claimed_name", "date_of_birth", "nationality", "notes")


class Biometrics:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- subjects -------------------------------------------------------------------------------------------

    def add_subject(self, subject_uuid: str, item_id: int, values: Mapping[str, str | None]) -> None:
        """A subject on an item; the caller logs it in the same ``write()``."""
        now = self._session.now()
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO subjects (uuid, item_id, claimed_name, date_of_birth, nationality, notes, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (subject_uuid, item_id, *(values[key] for key in SUBJECT_FIELDS), now, now),
            )

    def subject_row(self, item_id: int) -> Row | None:
        """(id, uuid, item id, claimed name, date of birth, nationality, notes, created, updated) of an item's
        subject, if the item stands for one."""
        return self._session.conn.execute(_SUBJECT_SELECT + " WHERE item_id = ?", (item_id,)).fetchone()

    def subject_rows(self) -> list[Row]:
        return self._session.conn.execute(_SUBJECT_SELECT + " ORDER BY id").fetchall()

    def update_subject(self, subject_id: int, values: Mapping[str, str | None]) -> None:
        """Change some of a subject's details; the caller logs it in the same ``write()``."""
        unknown = set(values) - set(SUBJECT_FIELDS)
        if unknown:
            raise ValueError(f"subjects have no field {', '.join(sorted(unknown))}")
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self._session.write() as conn:
            conn.execute(
                f"UPDATE subjects SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608 - fixed keys
                (*values.values(), self._session.now(), subject_id),
            )

    # --- fingerprint quality --------------------------------------------------------------------------------

    def quality(self, capture_id: int) -> tuple[int | None, str] | None:
        """(NFIQ 2 score or None, note) of a print, or None when it was never scored."""
        row = self._session.conn.execute(
            "SELECT nfiq2, note FROM fingerprint_quality WHERE capture_id = ?", (capture_id,)
        ).fetchone()
        return (int(row[0]) if row[0] is not None else None, str(row[1])) if row else None

    def scored_ids(self) -> set[int]:
        return {int(row[0]) for row in self._session.conn.execute("SELECT capture_id FROM fingerprint_quality")}

    def set_quality(self, capture_id: int, nfiq2: int | None, note: str) -> None:
        """Keep a print's score; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO fingerprint_quality (capture_id, nfiq2, note, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(capture_id) DO UPDATE SET nfiq2 = excluded.nfiq2, note = excluded.note, at = excluded.at",
                (capture_id, nfiq2, note, self._session.now()),
            )

    # --- finger conditions ----------------------------------------------------------------------------------

    def conditions(self, item_id: int) -> dict[int, str]:
        rows = self._session.conn.execute(
            "SELECT finger_position, condition FROM finger_conditions WHERE item_id = ?", (item_id,)
        )
        return {int(finger): str(condition) for finger, condition in rows}

    def set_condition(self, item_id: int, finger: int, condition: str | None) -> None:
        """Mark a finger amputated or bandaged, or clear it (None); the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            if condition is None:
                conn.execute(
                    "DELETE FROM finger_conditions WHERE item_id = ? AND finger_position = ?", (item_id, finger)
                )
            else:
                conn.execute(
                    "INSERT INTO finger_conditions (item_id, finger_position, condition, at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(item_id, finger_position) DO UPDATE SET condition = excluded.condition,"
                    " at = excluded.at",
                    (item_id, finger, condition, self._session.now()),
                )
