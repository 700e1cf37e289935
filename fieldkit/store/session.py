"""The open database and what every table owner needs with it: transactions, the custody logger, clock and limits.

Design: one ``Session`` holds the store's only connection. Each part of fieldkit/store/ (operators.py, records.py,
captures.py, ocr_index.py, ...) receives the session and is the only module whose SQL names its tables
(docs/store.md, "Who owns which table"); nothing outside fieldkit/store/ ever sees the connection. A change and
the custody event that records it share one ``write()`` transaction, and nested ``write()`` blocks join the outer
one, so a caller can make several parts' changes atomic (group commit).
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

from fieldkit._internal import fsutil
from fieldkit.config import Limits
from fieldkit.errors import InvalidValueError, StoreError, StoreInUseError
from fieldkit.models import Operator
from fieldkit.store import custody
from fieldkit.store.db import Connection

Clock = Callable[[], datetime]
# Told of every custody entry as it is appended, inside its transaction: (seq, at, action, subject, details).
LogListener = Callable[[int, str, str, str, dict[str, Any]], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def clean_name(value: str, what: str, limits: Limits) -> str:
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise InvalidValueError(f"the {what} must not be empty")
    if len(text) > limits.max_name_chars:
        raise InvalidValueError(f"the {what} is longer than {limits.max_name_chars} characters")
    if any(not ch.isprintable() for ch in text):
        raise InvalidValueError(f"the {what} contains control characters")
    return text


def clean_text(value: str, what: str, limits: Limits) -> str:
    text = unicodedata.normalize("NFC", value)
    if len(text) > limits.max_text_chars:
        raise InvalidValueError(f"the {what} is longer than {limits.max_text_chars} characters")
    if any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise InvalidValueError(f"the {what} contains control characters")
    return text


def normalized(value: str) -> str:
    """A name or tag as the store keeps it (NFC, no surrounding space), for looking it up."""
    return unicodedata.normalize("NFC", value).strip()


class Session:
    """The connection of an unlocked store, used from one thread at a time."""

    def __init__(self, conn: Connection, limits: Limits, clock: Clock, operator: Operator) -> None:
        self._conn: Connection | None = conn
        self.limits = limits
        self.clock = clock
        self.operator = operator
        self._listeners: list[LogListener] = []

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise StoreError("the store is closed")
        return self._conn

    def now(self) -> str:
        return timestamp(self.clock())

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; storage failures come out as DiskFullError / StorageIOError.

        Nested uses join the outer transaction, so callers can commit many changes at once (group commit).
        """
        try:
            with _transaction(self.conn) as conn:
                yield conn
        except sqlite.OperationalError as exc:
            raise _sqlite_error(exc) from exc

    def log(self, action: str, subject: str, details: dict[str, Any], at: str | None = None) -> None:
        """Append a custody event; call inside ``write()`` with the change it records. The listeners (an amendment
        when the change is to something a bundle carried, store/amendments.py) act in the same transaction."""
        at = at or self.now()
        with self.write():
            seq = custody.append(self.conn, at, self.operator.name, action, subject, details)
            for listener in self._listeners:
                listener(seq, at, action, subject, details)

    def on_log(self, listener: LogListener) -> None:
        """Call ``listener`` for every custody entry appended from now on, inside the entry's transaction."""
        self._listeners.append(listener)

    def checkpoint(self) -> None:
        """Move the write-ahead log into the database file and empty it (after a deletion: no trace stays there)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite.Error):
                self.checkpoint()
            self._conn.close()
            self._conn = None


@contextlib.contextmanager
def _transaction(conn: Connection) -> Iterator[Connection]:
    if conn.in_transaction:  # nested in a caller's batch: the outer block commits or rolls back
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlite.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _sqlite_error(exc: sqlite.OperationalError) -> StoreError:
    message = str(exc).lower()
    if "full" in message:
        return fsutil.storage_error(OSError(28, "No space left on device"), "writing the database")
    if "disk i/o" in message or "readonly" in message:
        return fsutil.storage_error(OSError(5, "Input/output error"), "writing the database")
    if "locked" in message or "busy" in message:
        return StoreInUseError("the store's database is busy")
    return StoreError(f"the database refused a change: {exc}")
