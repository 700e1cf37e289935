"""One table, one owner: each table of the store's database is named in SQL by exactly one module of fieldkit/store/,
and nothing outside fieldkit/store/ touches the database connection (docs/store.md, "Who owns which table").

The checker reads the source (AST), not the running code: every string constant that looks like SQL, with the
constant parts of f-strings joined, is searched for table names. The tables come from the migrations in
store/db.py, so a new table without an owner fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from fieldkit.store import db
from tests.conftest import ROOT

PACKAGE = ROOT / "fieldkit"
STORE = PACKAGE / "store"

OWNERS = {
    "operators": "fieldkit/store/operators.py",
    "device": "fieldkit/store/device.py",
    "cases": "fieldkit/store/records.py",
    "items": "fieldkit/store/records.py",
    "sites": "fieldkit/store/records.py",
    "captures": "fieldkit/store/captures.py",
    "custody_log": "fieldkit/store/custody.py",
    "custody_head": "fieldkit/store/custody.py",
    "settings": "fieldkit/store/settings.py",
    "recipients": "fieldkit/store/ledger.py",
    "bundles": "fieldkit/store/ledger.py",
    "ocr_pages": "fieldkit/store/ocr_index.py",
    "ocr_status": "fieldkit/store/ocr_index.py",
    "ocr_index": "fieldkit/store/ocr_index.py",
    "page_views": "fieldkit/store/page_views.py",
    "perceptual_hashes": "fieldkit/store/similarity.py",
    "subjects": "fieldkit/store/biometrics.py",
    "fingerprint_quality": "fieldkit/store/biometrics.py",
    "finger_conditions": "fieldkit/store/biometrics.py",
    "outbox": "fieldkit/store/outbox.py",
    "analyses": "fieldkit/store/analyses.py",
    "acquisitions": "fieldkit/store/acquisitions.py",
    "acquisition_entries": "fieldkit/store/acquisitions.py",
    "amendments": "fieldkit/store/amendments.py",
    "carried_records": "fieldkit/store/amendments.py",
    "templates": "fieldkit/store/identification.py",
    "template_runs": "fieldkit/store/identification.py",
    "watchlist_hits": "fieldkit/store/identification.py",
    "watchlist": "fieldkit/store/watchlist.py",
    "watchlist_entries": "fieldkit/store/watchlist.py",
    "watchlist_templates": "fieldkit/store/watchlist.py",
    "samples": "fieldkit/store/samples.py",
    "shipments": "fieldkit/store/samples.py",
    "sample_captures": "fieldkit/store/samples.py",
}

# Modules the rule does not cover, and why.
EXEMPT = {
    "fieldkit/store/db.py": "the schema and its migrations name every table",
    "fieldkit/hq/ingest.py": "HQ's own index database (index.sqlite or PostgreSQL), not the device's store",
    "fieldkit/hq/db.py": "HQ's database connection (SQLite or PostgreSQL) and schema_versions, not the device's store",
    "fieldkit/hq/gateway.py": "HQ's database (owns gateway_uploads), not the device's store",
    "fieldkit/hq/jobs.py": "HQ's database (owns jobs, receipts, workers), not the device's store",
    "fieldkit/hq/watchlist.py": "HQ's database (owns the hq_watchlist_* tables), not the device's store",
    "fieldkit/hq/identify.py": "HQ's database (owns the hq_ identification tables), not the device's store",
}

_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|PRAGMA)\b"
    r"|\b(FROM|JOIN|INTO|WHERE|VALUES|ORDER BY|ON CONFLICT|MATCH|TABLE)\b",
    re.MULTILINE,
)
_CREATE_TABLE = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE)


_RENAMED_AWAY = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\b", re.IGNORECASE)


def migration_tables() -> set[str]:
    """The tables the migrations leave (a table rebuilt under a new name and renamed back counts once)."""
    created = {name for script in db.MIGRATIONS for name in _CREATE_TABLE.findall(script)}
    return created - {name for script in db.MIGRATIONS for name in _RENAMED_AWAY.findall(script)}


def sql_strings(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string constant that looks like SQL; an f-string's constant parts are joined, with
    '{}' where a value goes. Docstrings and other bare string statements are not code, so they are skipped."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant | ast.JoinedStr):
            skip.add(id(node.value))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                p.value if isinstance(p, ast.Constant) and isinstance(p.value, str) else "{}" for p in node.values
            )
        else:
            continue
        if _SQL.search(text):
            found.append((node.lineno, text))
    return found


def table_uses(path: Path, tables: set[str]) -> list[tuple[int, str]]:
    """(line, table) for each table named in the SQL of one source file."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    return sorted(
        (line, table)
        for line, text in sql_strings(tree)
        for table in sorted(tables)
        if re.search(rf"\b{re.escape(table)}\b", text)
    )


def connection_uses(path: Path) -> list[int]:
    """Lines that reach for a database connection (``x.conn`` or ``x._conn``)."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    return sorted(
        node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in ("conn", "_conn")
    )


def misplaced_sql(path: Path, name: str, tables: set[str]) -> list[str]:
    """The tables that ``path`` (known as ``name``, e.g. 'fieldkit/core/ocr.py') names without owning them."""
    return [
        f"{name}:{line}: {table} (owner: {OWNERS.get(table, 'none')})"
        for line, table in table_uses(path, tables)
        if OWNERS.get(table) != name
    ]


def misplaced_connections(path: Path, name: str) -> list[str]:
    if name.startswith("fieldkit/store/"):
        return []
    return [f"{name}:{line}" for line in connection_uses(path)]


def _modules() -> list[tuple[Path, str]]:
    modules = [(path, path.relative_to(ROOT).as_posix()) for path in sorted(PACKAGE.rglob("*.py"))]
    return [(path, name) for path, name in modules if name not in EXEMPT]


def test_every_table_has_one_owner_in_the_store() -> None:
    tables = migration_tables()
    assert {"captures", "outbox", "ocr_index"} <= tables  # the migrations were read
    assert set(OWNERS) == tables, "give each new table an owner in OWNERS (and docs/store.md)"
    for owner in set(OWNERS.values()):
        assert owner.startswith("fieldkit/store/") and (ROOT / owner).is_file(), owner


def test_only_the_owner_names_a_table_in_sql() -> None:
    tables = migration_tables()
    offenders = [problem for path, name in _modules() for problem in misplaced_sql(path, name, tables)]
    assert offenders == []


def test_every_owner_uses_its_tables() -> None:
    tables = migration_tables()
    named = {table for path, name in _modules() for _line, table in table_uses(path, tables)}
    assert named == tables  # an owner that never names its table is stale


def test_no_connection_outside_the_store() -> None:
    offenders = [problem for path, name in _modules() for problem in misplaced_connections(path, name)]
    assert offenders == []


def test_the_checker_catches_a_planted_violation(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        '"""SELECT docstrings FROM captures are prose, not SQL."""\n'
        "def sneak(store, column):\n"
        '    store.conn.execute("SELECT id FROM captures WHERE kind = ?", ("photo",))\n'
        '    store._conn.execute(f"UPDATE ocr_status SET {column} = ? WHERE capture_id = ?", (1, 2))\n'
        '    return {"captures": 1, "outbox": "the word alone is not SQL"}\n',
        "utf-8",
    )
    tables = migration_tables()
    assert misplaced_sql(planted, "fieldkit/core/planted.py", tables) == [
        "fieldkit/core/planted.py:3: captures (owner: fieldkit/store/captures.py)",
        "fieldkit/core/planted.py:4: ocr_status (owner: fieldkit/store/ocr_index.py)",
    ]
    assert misplaced_connections(planted, "fieldkit/core/planted.py") == [
        "fieldkit/core/planted.py:3",
        "fieldkit/core/planted.py:4",
    ]
    # The owner itself may name its table; a store module may hold the connection.
    assert misplaced_sql(planted, "fieldkit/store/captures.py", tables) == [
        "fieldkit/store/captures.py:4: ocr_status (owner: fieldkit/store/ocr_index.py)"
    ]
    assert misplaced_connections(planted, "fieldkit/store/captures.py") == []


# HQ's database (fieldkit/hq/db.py: SQLite on one box, PostgreSQL past one machine): each table's owner module.
HQ_OWNERS = {
    "jobs": "fieldkit/hq/jobs.py",
    "receipts": "fieldkit/hq/jobs.py",
    "workers": "fieldkit/hq/jobs.py",
    "gateway_uploads": "fieldkit/hq/gateway.py",
    "hq_watchlist_entries": "fieldkit/hq/watchlist.py",
    "hq_watchlist_templates": "fieldkit/hq/watchlist.py",
    "hq_watchlist_exports": "fieldkit/hq/watchlist.py",
    "hq_watchlist_removals": "fieldkit/hq/watchlist.py",
    "hq_identify_key": "fieldkit/hq/templatekey.py",
    "hq_watchlist_plaintext": "fieldkit/hq/watchlist.py",
    "hq_subject_templates": "fieldkit/hq/identify.py",
    "hq_device_hits": "fieldkit/hq/identify.py",
    "hq_subject_searches": "fieldkit/hq/identify.py",
    "hq_match_candidates": "fieldkit/hq/identify.py",
    "hq_examiner_decisions": "fieldkit/hq/identify.py",
    "hq_template_features": "fieldkit/hq/identify.py",
    "hq_feature_backfill": "fieldkit/hq/identify.py",
    "hq_samples": "fieldkit/hq/samples.py",
    "hq_sample_steps": "fieldkit/hq/samples.py",
    "hq_shipments": "fieldkit/hq/samples.py",
    "hq_sample_lab": "fieldkit/hq/samples.py",
}


def test_hq_tables_are_named_only_by_their_owner() -> None:
    tables = set(HQ_OWNERS)
    # Every module but HQ's connection (db.py); the owners are exempt from the device store's rule, not from this one.
    modules = [(path, path.relative_to(ROOT).as_posix()) for path in sorted(PACKAGE.rglob("*.py"))]
    modules = [(path, name) for path, name in modules if name != "fieldkit/hq/db.py"]
    offenders = [f"{name}:{line}: {table}" for path, name in modules for line, table in table_uses(path, tables)
                 if HQ_OWNERS[table] != name]  # fmt: skip
    assert offenders == []
    named = {table for path, name in modules if name in HQ_OWNERS.values() for _l, table in table_uses(path, tables)}
    assert named == tables
