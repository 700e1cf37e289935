"""HQ's database: one SQLite file in the HQ folder (one box, air-gapped: the default) or PostgreSQL (past one machine:
several verifier workers and upload front ends share it). One small interface over both, so the index's replay, gap,
fork and custody-chain decisions are the same SQL and the same code whichever runs them.

SQL is written once, in the subset both engines take: ``?`` placeholders (turned into psycopg's ``%s`` here),
``INSERT ... ON CONFLICT``, ``IS NOT DISTINCT FROM``, window functions, ``RETURNING``. What differs (column types,
identity columns, partial indexes are the same) lives in each owner module's migrations, one script per dialect.

Decisions about one device are serialised: ``transaction(lock=device_id)`` takes SQLite's write lock (BEGIN
IMMEDIATE: one writer at a time, whatever the device) or a PostgreSQL transaction-scoped advisory lock on the device
id, so different devices are decided in parallel and two workers never decide the same device at once.

Migrations are versioned per owner (``schema_versions``: one row per component, e.g. "index", "jobs"), applied in
order under a lock so that several processes starting at once migrate once; a database newer than this fieldkit is
refused with the words to upgrade."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, cast

from fieldkit.errors import HqDatabaseError

Dialect = Literal["sqlite", "postgresql"]
SQLITE_FILE = "index.sqlite"


class Rows(Protocol):
    """What ``execute`` returns: a cursor of tuples."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


@dataclass(frozen=True)
class Migration:
    """One step of a component's schema, as one script per dialect (statements separated by ';', no trigger
    bodies). ``version`` counts from 1."""

    version: int
    sqlite: str
    postgresql: str


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


class Database:
    """A connection to HQ's database. Not shared between threads: each thread or process opens its own."""

    dialect: Dialect
    url: str  # for display: never holds a password (see describe_url)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        raise NotImplementedError

    def transaction(self, lock: str | None = None) -> contextlib.AbstractContextManager[None]:
        """A transaction; ``lock`` (a device id) serialises it against every other transaction with the same lock
        (SQLite: against every writer)."""
        raise NotImplementedError

    @property
    def in_transaction(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def scrub(self, table: str) -> bool:
        """Leave nothing of what ``table``'s deleted or overwritten rows held in the database's files (outside a
        transaction; it takes a while on a large database: run once, after plaintext was replaced). SQLite: VACUUM
        (the file rebuilt from its live rows: freed pages go) and the WAL checkpointed and truncated (its old page
        copies go); PostgreSQL: VACUUM FULL of the table (rewritten into new files, the old ones unlinked). False
        when it could not finish (another connection busy: run it again later)."""
        raise NotImplementedError

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self, component: str, migrations: Sequence[Migration]) -> int:
        """Bring ``component``'s tables up to the last of ``migrations``; its version now. Several processes may
        call it at once: one applies each step."""
        latest = len(migrations)
        with self.transaction(lock="fieldkit-schema"):
            self.execute("CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER"
                         " NOT NULL)")  # fmt: skip
            row = self.execute("SELECT version FROM schema_versions WHERE component = ?", (component,)).fetchone()
            found = int(row[0]) if row else 0
            if found > latest:
                raise HqDatabaseError(
                    f"HQ's database holds {component} schema version {found}; this fieldkit knows up to {latest}:"
                    " upgrade fieldkit on this machine (every HQ machine runs the same version)"
                )
            for step in migrations[found:]:
                for statement in _statements(step.sqlite if self.dialect == "sqlite" else step.postgresql):
                    self.execute(statement)
            self.execute(
                "INSERT INTO schema_versions (component, version) VALUES (?, ?)"
                " ON CONFLICT (component) DO UPDATE SET version = excluded.version", (component, latest))  # fmt: skip
        return latest


class SQLiteDatabase(Database):
    dialect: Dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.url = str(path)
        try:
            # The busy timeout from the first statement on: switching a new file to WAL takes the write lock too.
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise HqDatabaseError(f"cannot open HQ's index {path}: {exc}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        return cast(Rows, self.conn.execute(sql, tuple(params)))

    @contextlib.contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[None]:
        if self.conn.in_transaction:  # nested: part of the one already open
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")  # the write lock now, not at the first write (no upgrade deadlock)
        try:
            yield
        except BaseException:
            if self.in_transaction:  # sqlite3 may have rolled back already (a failed COMMIT, an interrupted write)
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def scrub(self, table: str) -> bool:
        if self.in_transaction:
            return False
        try:
            self.conn.execute("VACUUM")
            busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False  # the write lock not had within the busy timeout: said by the caller, run again later
        return int(busy) == 0

    def close(self) -> None:
        self.conn.close()


_PLACEHOLDER = re.compile(r"%|\?")


class PostgresDatabase(Database):
    dialect: Dialect = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise HqDatabaseError(
                "a PostgreSQL database needs psycopg: install fieldkit with its 'hq' extra (pip install 'fieldkit[hq]')"
            ) from exc
        self.url = describe_url(url)
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=15, application_name="fieldkit-hq")
        except psycopg.Error as exc:
            raise HqDatabaseError(f"cannot connect to HQ's database {self.url}: {_first_line(exc)}") from exc
        self._depth = 0
        self._guard = threading.Lock()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        # '?' -> '%s', and a literal '%' (LIKE patterns come as parameters, so only in rare SQL text) doubled.
        text = _PLACEHOLDER.sub(lambda m: "%s" if m.group() == "?" else "%%", sql)
        try:
            return cast(Rows, self.conn.execute(text, tuple(params)))
        except self._psycopg.OperationalError as exc:
            raise HqDatabaseError(f"HQ's database {self.url} failed: {_first_line(exc)}") from exc

    @contextlib.contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[None]:
        try:
            with self.conn.transaction():
                self._depth += 1
                try:
                    if lock is not None:
                        # Held until this transaction ends; a different device's lock is another key.
                        self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (lock,))
                    yield
                finally:
                    self._depth -= 1
        except self._psycopg.OperationalError as exc:  # BEGIN or COMMIT on a connection the server dropped
            raise HqDatabaseError(f"HQ's database {self.url} failed: {_first_line(exc)}") from exc

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def scrub(self, table: str) -> bool:
        if self.in_transaction or not re.fullmatch(r"[a-z_]+", table):
            return False
        try:
            self.conn.execute("SET lock_timeout = '30s'")  # as SQLite's busy timeout: never wait on a long reader
            try:
                self.conn.execute(f"VACUUM FULL {table}")  # our own table name, checked above
            finally:
                self.conn.execute("RESET lock_timeout")
        except self._psycopg.Error:
            return False  # the table's lock not had in time: said by the caller, run again later
        return True

    def close(self) -> None:
        self.conn.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def describe_url(url: str) -> str:
    """``url`` without a password, for messages and status (postgresql://user:SECRET@host/db -> user@host/db)."""
    return re.sub(r"^(\w+://[^:/@]*):[^@]*@", r"\1@", url)


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_database(folder: Path, url: str | None = None) -> Database:
    """HQ's database: PostgreSQL at ``url`` (postgresql://...), else the SQLite index in ``folder``."""
    if not url:
        return SQLiteDatabase(folder / SQLITE_FILE)
    if not is_postgres_url(url):
        raise HqDatabaseError(f"{describe_url(url)} is not a database URL: give postgresql://USER@HOST[:PORT]/DBNAME")
    return PostgresDatabase(url)
