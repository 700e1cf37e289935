"""SQLite databases (chat histories, browser and phone app data): the header's facts, and the tables listed with
their columns and row counts.

Decision: the standard library's sqlite3, the database deserialised into memory (never a file), read-only, with
trusted_schema off (a hostile schema's functions, triggers and views are never run) and a progress handler that
stops after AnalysisLimits.max_database_steps virtual-machine steps. Only tables are counted, never views (a view's
query is the file's own code). A database too large to copy into the sandbox's memory is described from its
100-byte header alone; one SQLite refuses is damaged, with the header's facts kept. Row contents are not extracted:
the original keeps them for examination with the tools made for each app's schema.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import clean, problem
from fieldkit.config import AnalysisLimits

_LISTED = 200  # not a limit: tables listed (the count says how many there are)
_COLUMNS = 50  # not a limit: columns named per table
_NAME_CHARS = 200  # not a limit: longest table or column name kept
_ENCODINGS = {1: "utf-8", 2: "utf-16le", 3: "utf-16be"}


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Header facts and tables of one SQLite database."""
    description = Description(media_type=media_type, facts={"size": len(data), **_header(data)})
    # deserialize copies the bytes into SQLite's memory: the original and its copy must fit beside Python.
    if len(data) < 512:  # the smallest page SQLite writes
        description.damaged = "the database is truncated: shorter than one page"
        return description
    # The header's page count is trusted only when its "valid for" number matches the change counter (SQLite's rule).
    valid = data[92:96] == data[24:28]
    declared = description.facts.get("page_count", 0) * description.facts.get("page_size", 0) if valid else 0
    if declared > len(data):
        description.damaged = f"the database is truncated: its header declares {declared:,} bytes"
    if len(data) > limits.memory_bytes // 3:
        description.notes.append("too large to open within the sandbox's memory: described from its header only")
        return description
    connection = sqlite3.connect(":memory:")
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")  # names are the file's own bytes
    try:
        connection.deserialize(data)
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA trusted_schema = OFF")
        every = max(1, min(1000, limits.max_database_steps))
        budget = [limits.max_database_steps // every]
        connection.set_progress_handler(lambda: _spend(budget), every)
        description.facts.update(_tables(connection, description))
    except sqlite3.Error as exc:
        if "interrupted" in str(exc):
            description.notes.append("listing stopped: it needed more work than the limit allows")
        else:
            description.damaged = description.damaged or (
                f"the database cannot be read ({problem(exc)}: {clean(str(exc), 120)})"
            )
    except UnicodeDecodeError:  # SQLite quoted the file's own bytes in its error message
        description.damaged = "the database cannot be read (its schema is malformed)"
    finally:
        connection.close()
    return description


def _spend(budget: list[int]) -> int:
    budget[0] -= 1
    return 1 if budget[0] < 0 else 0  # non-zero interrupts the statement


def _header(data: bytes) -> dict[str, Any]:
    if len(data) < 100:
        return {}
    page_size = int.from_bytes(data[16:18], "big")
    return {
        "page_size": 65536 if page_size == 1 else page_size,
        "page_count": int.from_bytes(data[28:32], "big"),
        "text_encoding": _ENCODINGS.get(int.from_bytes(data[56:60], "big")),
        "user_version": int.from_bytes(data[60:64], "big"),
        "sqlite_version": int.from_bytes(data[96:100], "big"),
    }


def _tables(connection: sqlite3.Connection, description: Description) -> dict[str, Any]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    )]  # fmt: skip
    tables = []
    for name in names[:_LISTED]:
        quoted = '"' + str(name).replace('"', '""') + '"'
        try:
            columns = [str(row[1]) for row in connection.execute(f"PRAGMA table_info({quoted})")]
            (rows,) = connection.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()  # noqa: S608 - quoted name
        except sqlite3.DatabaseError as exc:
            if "interrupted" in str(exc):
                raise
            description.damaged = description.damaged or f"table {clean(name, _NAME_CHARS)} cannot be read"
            continue
        tables.append({"name": clean(name, _NAME_CHARS), "rows": rows,
                       "columns": [clean(column, _NAME_CHARS) for column in columns[:_COLUMNS]]})  # fmt: skip
    return {"table_count": len(names), "tables": tables}
