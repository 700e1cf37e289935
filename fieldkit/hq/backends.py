"""Where HQ keeps its index and its bundles (issue 16): checking a database or storage URL before HQ writes it into
hq.json, and saying where they are without a secret.

A URL is kept in hq.json as given, so it must hold no password: PostgreSQL takes it from PGPASSWORD or ~/.pgpass
(libpq), the object store from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)."""

from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fieldkit.errors import HqDatabaseError, HqObjectStorageError
from fieldkit.hq.db import SQLITE_FILE, describe_url, is_postgres_url, open_database
from fieldkit.hq.storage import LocalStorage, Storage, open_storage

PROBE_FOLDER = "fieldkit-probe"  # a tiny object written and deleted under the prefix by check_storage


def refuse_password(url: str) -> None:
    """HqDatabaseError when the database URL holds a password (it would be kept in hq.json)."""
    parts = urlsplit(url)
    try:
        has_password = parts.password is not None
    except ValueError:
        has_password = True
    if has_password or "password" in {key.lower() for key in parse_qs(parts.query)}:
        raise HqDatabaseError(f"{describe_url(url)}: the database URL holds a password, and hq.json would keep it;"
                              " give the URL without it and the password in PGPASSWORD or ~/.pgpass (chmod 600,"
                              " host:port:database:user:password)",
                              fix="Give the URL without its password; put the password in PGPASSWORD or ~/.pgpass,"
                              " then run it again.")  # fmt: skip


def check_database(folder: Path, url: str) -> str:
    """Connect to the PostgreSQL database at ``url`` and run one query; where it is (no password). Raises
    HqDatabaseError saying what to do."""
    refuse_password(url)
    if not is_postgres_url(url):
        raise HqDatabaseError(f"{describe_url(url)} is not a database URL HQ takes: give postgresql://USER@HOST"
                              "[:PORT]/DBNAME", fix="HQ's database is PostgreSQL (or, without --database, SQLite in"
                              " the HQ folder): give a postgresql:// URL.")  # fmt: skip
    try:
        with open_database(folder, url) as database:
            database.execute("SELECT 1").fetchone()
    except HqDatabaseError as exc:  # said of the URL given on the command line: hq.json is not written yet
        raise HqDatabaseError(exc.message, fix=_connect_fix(exc.message)) from exc
    return describe_url(url)


def _connect_fix(message: str) -> str:
    """What to do when the database given (--database, not yet in hq.json) does not answer."""
    lowered = message.lower()
    if "password" in lowered:
        return ("Put the database user's password in PGPASSWORD or ~/.pgpass (chmod 600, host:port:database:user:"
                "password), then run it again.")  # fmt: skip
    if "does not exist" in lowered:
        return "Create the database and its user first (createdb, createuser), or fix the --database URL."
    return "Check that PostgreSQL runs at the host and port of --database and that the URL is right; run it again."


def check_storage(folder: Path, url: str) -> str:
    """HEAD the bucket, then write and delete a tiny object under the prefix; where it is. Raises
    HqObjectStorageError saying what to do (a bucket with object lock keeps the probe's versions: harmless)."""
    if not url.startswith("s3://"):
        raise HqObjectStorageError(f"{url} is not a storage URL: give s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION")
    storage = open_storage(folder, url)
    check_bucket = getattr(storage, "check_bucket", None)
    if check_bucket is not None:
        check_bucket()
    probe = f"{PROBE_FOLDER}/{secrets.token_hex(8)}"
    storage.put_bytes(probe, b"fieldkit HQ checks that it may write here\n")
    storage.delete(probe)
    return where_storage(storage)


def where_storage(storage: Storage) -> str:
    where = getattr(storage, "where", None)
    if callable(where):
        return str(where())
    if isinstance(storage, LocalStorage):
        return f"the HQ folder {storage.folder}"
    return storage.url


def where_database(folder: Path, url: str | None) -> str:
    return describe_url(url) if url else f"SQLite {folder / SQLITE_FILE}"


def describe(folder: Path, database: str | None, storage: str | None) -> dict[str, str]:
    """Where the database and the storage are, for status and config (no connection made, never a password)."""
    if storage:
        try:
            stored = where_storage(open_storage(folder, storage))
        except HqObjectStorageError:
            stored = f"{storage} (not a valid storage URL)"
    else:
        stored = f"the HQ folder {folder}"
    return {"database": where_database(folder, database), "storage": stored}
