"""`fieldkit hq init/config/status` with a PostgreSQL database and an object store (issue 16), through the real
command line against the test services (tests/services.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.hq.trust import HQ
from tests import services
from tests.corpus_kit import run


def test_init_keeps_a_checked_database_and_storage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database, storage = services.new_database(), services.new_bucket("hq")
    code, out, err = run(capsys, "hq", "init", "--dir", str(tmp_path / "HQ"), "--database", database, "--storage",
                         storage)  # fmt: skip
    assert code == 0, err
    hq = HQ(tmp_path / "HQ")
    assert (hq.database_url, hq.storage_url) == (database, storage)
    bucket = storage[5:].split("/")[0]
    assert f"Database: {database}" in out and f"Bundles:  s3://{bucket}/hq at http://127.0.0.1:" in out
    assert list(hq.storage().keys("")) == []  # the probe was deleted
    code, out, err = run(capsys, "hq", "status", "--dir", str(hq.folder), "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["database"] == database and status["storage"].startswith(f"s3://{bucket}/hq at http")
    code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert out.startswith(f"database: {database}; bundles: s3://{bucket}/hq")


def test_init_checks_before_it_writes_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "HQ"
    unreachable = f"postgresql://fieldkit@127.0.0.1:{services.free_port()}/nothing"
    code, _, err = run(capsys, "hq", "init", "--dir", str(target), "--database", unreachable)
    assert code == 61 and "cannot connect to HQ's database" in err and not target.exists()
    secret = services.postgres_server().replace("fieldkit@", "fieldkit:hunter2@")
    code, _, err = run(capsys, "hq", "init", "--dir", str(target), "--database", secret)
    assert code == 61 and "PGPASSWORD" in err and "~/.pgpass" in err and "hunter2" not in err
    assert not target.exists()
    endpoint = services.s3_endpoint()
    code, _, err = run(capsys, "hq", "init", "--dir", str(target), "--storage",
                       f"s3://no-such-bucket/hq?endpoint={endpoint}&region=us-east-1")  # fmt: skip
    assert code == 62 and "bucket no-such-bucket does not exist" in err and not target.exists()
    code, _, err = run(capsys, "hq", "init", "--dir", str(target), "--storage", "ftp://somewhere")
    assert code == 62 and "s3://BUCKET" in err and not target.exists()


def test_config_sets_and_shows_where_things_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "HQ")
    assert run(capsys, "hq", "init", "--dir", folder)[0] == 0
    code, out, _ = run(capsys, "hq", "config", "--dir", folder, "--json")
    shown = json.loads(out)
    assert shown["database"] == f"SQLite {tmp_path / 'HQ' / 'index.sqlite'}"
    assert shown["storage"] == f"the HQ folder {tmp_path / 'HQ'}"
    storage = services.new_bucket()
    code, out, err = run(capsys, "hq", "config", "--dir", folder, "--storage", storage)
    assert code == 0, err
    assert "storage:      s3://" in out and HQ(Path(folder)).storage_url == storage
    code, _, err = run(capsys, "hq", "config", "--dir", folder, "--storage", "s3://b?color=red")
    assert code == 62 and HQ(Path(folder)).storage_url == storage  # refused: unchanged
    assert run(capsys, "hq", "config", "--dir", folder, "--storage", "")[0] == 0
    assert HQ(Path(folder)).storage_url is None
