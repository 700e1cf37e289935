"""HQ's index past one machine (issue 16): decisions about one device are serialised by its lock whatever process
makes them (on PostgreSQL, real concurrent connections), the partial unique index keeps one archived bundle per
number, an index.sqlite made by an older fieldkit migrates to versioned migrations and storage keys, and
ingest_stored decides with the caller's own writes in the same transaction."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from fieldkit.hq import ingest
from fieldkit.hq.db import Database
from fieldkit.hq.ingest import Index, IngestResult
from fieldkit.hq.trust import HQ
from tests.hq_backends import configure
from tests.unit.test_hq_ingest_hostile import DEVICE, Device


def _race(hq: HQ, files: list[Path]) -> list[str]:
    """Ingest ``files`` at the same moment, each from its own thread and its own database connection, with their
    (long) verifications done before a barrier so that the decisions really collide."""
    barrier = threading.Barrier(len(files))
    real = ingest.Index._decide
    outcomes: list[str] = [""] * len(files)

    def decide(self: Index, *args: object, **kwargs: object) -> IngestResult:
        barrier.wait(timeout=30)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    def one(i: int) -> None:
        with Index(hq) as index:
            outcomes[i] = index.ingest(files[i]).outcome

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ingest.Index, "_decide", decide)
        threads = [threading.Thread(target=one, args=(i,)) for i in range(len(files))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    return outcomes


def _archived_rows(hq: HQ) -> list[tuple[object, ...]]:
    with hq.database() as db:
        return db.execute("SELECT sequence, path FROM bundles WHERE state = 'archived' ORDER BY sequence").fetchall()


def test_a_fork_pair_and_a_bundle_twice_at_once_on_postgresql(tmp_path: Path) -> None:
    device = Device(tmp_path, "postgresql")
    with device.index() as index:
        assert index.db.dialect == "postgresql"
    one = device.bundle(1)
    forks = [
        device.bundle(2, "b2.fkb"),
        device.bundle(2, "b2-other.fkb", info_overrides={"created_at": "2026-11-26T10:00:00.000000Z"}),
    ]
    assert sorted(_race(device.hq, [one, one])) == ["ingested", "replay"]
    assert sorted(_race(device.hq, forks)) == ["fork", "ingested"]
    archived = _archived_rows(device.hq)
    assert [row[0] for row in archived] == [1]  # 2 forked: neither copy archived; never two archived rows
    with device.index() as index:
        assert index.status()["devices"][DEVICE]["forked"] == [2]
        assert len(index.status()["devices"][DEVICE]["forked_copies"]["2"]) == 2


def test_the_partial_unique_index_refuses_a_second_archived_row(tmp_path: Path, hq_backend: str) -> None:
    device = Device(tmp_path, hq_backend)
    with device.index() as index:
        index.ingest(device.bundle(1))
        row = ("x", "", "", "archive/x", "2026-01-01T00:00:00Z")
        index.db.execute("INSERT INTO bundles (device_id, sequence, tagmanifest_sha256, file_sha256, bundle_id, path,"
                         " state, ingested_at) VALUES (?, 1, ?, ?, ?, ?, 'forked', ?)", (DEVICE, *row))  # fmt: skip
        with pytest.raises(Exception, match=r"(?i)unique"):
            index.db.execute("UPDATE bundles SET state = 'archived' WHERE tagmanifest_sha256 = 'x'")


def test_also_runs_inside_the_decision_and_its_failure_undoes_it(tmp_path: Path, hq_backend: str) -> None:
    device = Device(tmp_path, hq_backend)
    seen: list[tuple[str, bool]] = []

    def also(db: Database, result: IngestResult) -> None:
        seen.append((result.outcome, db.in_transaction))

    with device.index() as index:
        key, digest, _ = index._hold(device.bundle(1))
        result = index.ingest_stored(key, source="upload 1a2b by test", also=also)
        assert result.outcome == "ingested" and seen == [("ingested", True)]
        assert result.key is not None and result.key.startswith("archive/") and index.storage.exists(result.key)
        assert result.file_sha256 == digest and not index.storage.exists(key)

        def failing(db: Database, result: IngestResult) -> None:
            if result.outcome == "ingested":
                raise RuntimeError("the worker's own write failed")

        key, _, _ = index._hold(device.bundle(2))
        # The caller's failure (a worker that lost its job's lease) is raised as is, and nothing was decided: no
        # row, the object back where it was, for whoever holds the job now (never refused for the caller's fault).
        with pytest.raises(RuntimeError, match="the worker's own write failed"):
            index.ingest_stored(key, source="upload", also=failing)
        assert [row[0] for row in _archived_rows(device.hq)] == [1]
        assert index.storage.exists(key) and index.quarantine() == []


def test_an_index_made_by_older_fieldkit_migrates_to_keys(tmp_path: Path) -> None:
    """An unversioned index.sqlite as fieldkit made it before issue 16 (no schema_versions, absolute paths, no
    expiry columns): opened now, it is migrated (version 2), its paths below the folder become keys, a path
    elsewhere is still read, and the quarantine and fork listings work."""
    device = Device(tmp_path)
    hq = device.hq
    with device.index() as index:
        assert index.ingest(device.bundle(1)).outcome == "ingested"
        assert index.ingest(device.bundle(3)).outcome == "ingested"
    outside = tmp_path / "elsewhere.fkb"
    outside.write_bytes(b"kept by an operator elsewhere")
    with sqlite3.connect(hq.folder / "index.sqlite") as conn:  # back to the old shape
        for (path,) in conn.execute("SELECT path FROM bundles").fetchall():
            conn.execute("UPDATE bundles SET path = ? WHERE path = ?", (str(hq.folder / path), path))
        conn.execute("DROP TABLE schema_versions")
        # Components that older fieldkit did not have (identification, watchlist) had no tables either.
        newer = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'hq!_%' ESCAPE '!'"
        for (table,) in conn.execute(newer).fetchall():
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP INDEX bundles_one_archived")
        conn.execute("DROP INDEX quarantine_file")
        conn.execute("DROP INDEX alarms_device")
        conn.execute("ALTER TABLE quarantine DROP COLUMN resolution")
        conn.execute("ALTER TABLE quarantine DROP COLUMN resolved_at")
        conn.execute("ALTER TABLE alarms DROP COLUMN files")
        conn.execute("INSERT INTO quarantine (path, source, file_sha256, reason, message, at) VALUES"
                     " (?, 'x', '', 'invalid', 'old', '2020-01-01T00:00:00Z')", (str(outside),))  # fmt: skip
    with Index(hq) as index:
        assert index.db.execute("SELECT version FROM schema_versions WHERE component = 'index'").fetchone()[0] == 2
        paths = [row[0] for row in index.db.execute("SELECT path FROM bundles ORDER BY sequence")]
        assert all(p.startswith("archive/") for p in paths) and all(index.storage.exists(p) for p in paths)
        (row,) = index.quarantine()
        assert row["path"] == str(outside) and row["held"] and row["size"] == outside.stat().st_size
        assert index.gaps(DEVICE) == [(2, 2)]
        assert index.reindex()["failed"] == []
    configure(hq, "sqlite")
    with Index(hq) as index:  # opened again: nothing to migrate
        assert index.ingest(device.bundle(2)).outcome == "ingested"


_KILLED_IN_DECISION = """
import os, sys
from pathlib import Path
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ

def die(db, result):  # the worker process killed after its decision moved the bundle, before the commit
    os._exit(9)

with Index(HQ(Path(sys.argv[1]))) as index:
    index.ingest_stored(sys.argv[2], source="upload killed mid-decision", also=die)
"""


def test_a_process_killed_between_placing_the_bundle_and_the_commit_loses_nothing(
    tmp_path: Path, hq_backend: str
) -> None:
    """Placing the bundle in archive/ is a copy (a hard link in a folder); the original goes only after the commit,
    so the job retried after a SIGKILL still finds its object, and the archive ends with one copy, indexed."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    device = Device(tmp_path, hq_backend)
    with device.index() as index:
        key, _digest, _ = index._hold(device.bundle(1))
    killed = subprocess.run([sys.executable, "-c", _KILLED_IN_DECISION, str(device.hq.folder), key],
                            env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, check=False)  # fmt: skip
    assert killed.returncode == 9
    assert _archived_rows(device.hq) == []
    with device.index() as index:
        assert index.storage.exists(key)  # the retry finds it
        result = index.ingest_stored(key, source="the job, retried")
        assert result.outcome == "ingested" and not index.storage.exists(key)
        assert list(index.storage.keys("archive/")) == [result.key]
    assert [row[0] for row in _archived_rows(device.hq)] == [1]
