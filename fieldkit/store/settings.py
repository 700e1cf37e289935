"""The device's settings: a key-value table (``settings``) for the organisation, the bundle folder, the HQ endpoint.

Design: a change is custody-logged with its value, except through ``put_unlogged``, whose caller logs the change
itself in the same ``write()`` (the HQ credential is a secret that the custody log must never hold).
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldkit.store.session import Session


class Settings:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, default: str = "") -> str:
        row = self._session.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        with self._session.write():
            self.put_unlogged({key: value})
            self._session.log("setting.changed", f"setting:{key}", {"value": value})

    def put_unlogged(self, values: Mapping[str, str]) -> None:
        """Set several values without a custody entry of their own: call inside a ``write()`` that logs the change."""
        with self._session.write() as conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )
