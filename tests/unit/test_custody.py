"""Custody tampering by someone holding the key (edit, delete, reorder) is detected by check."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.store import custody, db
from fieldkit.store.store import DB_NAME, Store, _subkey
from tests.conftest import PASSPHRASE


def tamper(store_dir: Path, master: bytes, change: Callable[[db.Connection], object]) -> None:
    conn = db.connect(store_dir / DB_NAME, _subkey(master, "fieldkit sqlcipher v1"))
    try:
        conn.execute("DROP TRIGGER custody_log_no_update")
        conn.execute("DROP TRIGGER custody_log_no_delete")
        conn.execute("BEGIN")
        change(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.fixture
def logged(store_dir: Path, store: Store) -> bytes:
    case = store.ensure_case("Case")
    for n in range(4):
        item = store.ensure_item(case, f"EV-{n}")
        store.update_item(item, description=f"item {n}")
    master = store.keyholders._master
    assert store.check().ok
    store.close()
    return master


def check_problems(store_dir: Path) -> list[str]:
    with Store.open(store_dir, PASSPHRASE) as store:
        report = store.check()
    return [p for r in report.results if r.name == "custody" for p in r.problems]


def test_the_log_is_append_only_for_ordinary_sql(store: Store) -> None:
    from sqlcipher3 import dbapi2

    with pytest.raises(dbapi2.IntegrityError):
        store._conn.execute("UPDATE custody_log SET action = 'x' WHERE seq = 1")
    with pytest.raises(dbapi2.IntegrityError):
        store._conn.execute("DELETE FROM custody_log WHERE seq = 1")


def test_edited_entry_is_detected(store_dir: Path, logged: bytes) -> None:
    tamper(store_dir, logged, lambda c: c.execute(
        "UPDATE custody_log SET details = ? WHERE seq = 5", (json.dumps({"description": "forged"}),)))  # fmt: skip
    assert any("entry 5 was altered" in p for p in check_problems(store_dir))


def test_edited_entry_with_its_own_hash_recomputed_is_detected(store_dir: Path, logged: bytes) -> None:
    def forge(conn: db.Connection) -> None:
        seq, at, op, action, subject, _details, prev, _hash = db.one_row(conn.execute(
            "SELECT * FROM custody_log WHERE seq = 4"))  # fmt: skip
        details = custody.canonical_json({"forged": True})
        new_hash = custody.entry_hash(seq, at, op, action, subject, details, prev)
        conn.execute("UPDATE custody_log SET details = ?, entry_hash = ? WHERE seq = 4", (details, new_hash))

    tamper(store_dir, logged, forge)
    assert any("entry 5 does not follow" in p for p in check_problems(store_dir))


def test_deleted_entry_is_detected(store_dir: Path, logged: bytes) -> None:
    tamper(store_dir, logged, lambda c: c.execute("DELETE FROM custody_log WHERE seq = 3"))
    assert any("entry 3 is missing" in p for p in check_problems(store_dir))


def test_deleted_last_entry_is_detected(store_dir: Path, logged: bytes) -> None:
    last = "DELETE FROM custody_log WHERE seq = (SELECT max(seq) FROM custody_log)"
    tamper(store_dir, logged, lambda c: c.execute(last))
    assert any("head says" in p for p in check_problems(store_dir))


def test_reordered_entries_are_detected(store_dir: Path, logged: bytes) -> None:
    def swap(conn: db.Connection) -> None:
        conn.execute("UPDATE custody_log SET seq = -1 WHERE seq = 4")
        conn.execute("UPDATE custody_log SET seq = 4 WHERE seq = 5")
        conn.execute("UPDATE custody_log SET seq = 5 WHERE seq = -1")

    tamper(store_dir, logged, swap)
    problems = check_problems(store_dir)
    assert problems and any("entry 4" in p or "entry 5" in p for p in problems)
