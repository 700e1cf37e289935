# placeholder: helper D's module replaces this file at merge
"""HQ's verification jobs and receipts (issue 16): the API in COMMON.md only, so the gateway's tests run. Owns the
tables ``jobs`` and ``receipts``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fieldkit.hq.db import Database, Migration

MIGRATIONS = [
    Migration(
        1,
        sqlite="CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, source TEXT"
        " NOT NULL, uploaded_by TEXT, upload_id TEXT, accept_jump INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL"
        " DEFAULT 'queued', created_at TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS receipts (upload_id TEXT PRIMARY KEY, document TEXT NOT NULL)",
        postgresql="CREATE TABLE IF NOT EXISTS jobs (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, key TEXT"
        " NOT NULL, source TEXT NOT NULL, uploaded_by TEXT, upload_id TEXT, accept_jump INTEGER NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL DEFAULT 'queued', created_at TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS receipts (upload_id TEXT PRIMARY KEY, document TEXT NOT NULL)",
    )
]


def migrate(db: Database) -> None:
    db.migrate("jobs", MIGRATIONS)


def enqueue(db: Database, key: str, *, source: str, uploaded_by: str | None = None, upload_id: str | None = None,
            accept_jump: bool = False) -> int:  # fmt: skip
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    row = db.execute(
        "INSERT INTO jobs (key, source, uploaded_by, upload_id, accept_jump, created_at) VALUES (?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        (key, source, uploaded_by, upload_id, int(accept_jump), created),
    ).fetchone()
    return int(row[0])


def receipt(db: Database, upload_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT document FROM receipts WHERE upload_id = ?", (upload_id,)).fetchone()
    if row is None:
        return None
    document = json.loads(row[0])
    return document if isinstance(document, dict) else None


def state_of_upload(db: Database, upload_id: str) -> str | None:
    row = db.execute("SELECT state FROM jobs WHERE upload_id = ? ORDER BY id DESC LIMIT 1", (upload_id,)).fetchone()
    return str(row[0]) if row else None
