"""What an HQ admin deploying workers and front ends from docs/hq.md runs into (issue 16, phase 3): each command
checks at its start that it can do its work and names what is missing; dead jobs can be queued again. Through the
real command line, against the test services (tests/services.py)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import sshsig
from fieldkit.cli.cmd_hq import HQ_ACTIONS
from fieldkit.hq import access, gateway, jobs
from fieldkit.hq.trust import HQ
from tests import services
from tests.conftest import ROOT
from tests.corpus_kit import CORPUS, corpus_hq, run


def no_aws_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


def with_backends(hq: HQ, database: str | None = None, storage: str | None = None) -> HQ:
    info = json.loads((hq.folder / "hq.json").read_text())
    info.update({k: v for k, v in (("database", database), ("storage", storage)) if v})
    (hq.folder / "hq.json").write_text(json.dumps(info))
    return hq


def test_a_worker_refuses_to_start_without_what_it_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = corpus_hq(tmp_path / "a")
    (hq.folder / "hq-receipt.key").unlink()
    code, _, err = run(capsys, "hq", "worker", "--dir", str(hq.folder))
    assert code == 20 and "no hq-receipt.key in" in err and "copy hq-receipt.key from HQ's main folder" in err
    assert not (hq.folder / "hq-receipt.key").exists()  # never a new one: devices pin HQ's

    hq = corpus_hq(tmp_path / "b")
    (hq.folder / "hq-identity.txt").unlink()
    code, _, err = run(capsys, "hq", "worker", "--dir", str(hq.folder))
    assert code == 20 and "no hq-identity.txt in" in err and "unwrap service" in err

    hq = with_backends(corpus_hq(tmp_path / "c"), f"postgresql://fieldkit@127.0.0.1:{services.free_port()}/none")
    code, _, err = run(capsys, "hq", "worker", "--dir", str(hq.folder))
    assert code == 61 and "cannot connect to HQ's database" in err

    hq = with_backends(corpus_hq(tmp_path / "d"), services.new_database(), services.new_bucket("hq"))
    no_aws_credentials(monkeypatch, tmp_path)
    code, _, err = run(capsys, "hq", "worker", "--dir", str(hq.folder))
    assert code == 62 and "credentials" in err and "Traceback" not in err


def start_worker(hq: HQ, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "fieldkit", "hq", "worker", "--dir", str(hq.folder), *extra],
                            stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip


def test_sigterm_at_once_exits_0_with_one_stopping_line(tmp_path: Path) -> None:
    hq = corpus_hq(tmp_path)
    process = start_worker(hq, "--jobs", "2")
    assert process.stderr is not None
    assert "worker processes" in process.stderr.readline()  # started: its children are being spawned
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert err.count("stopping") == 1 and "Traceback" not in err


def test_a_child_sent_sigterm_stops_them_all(tmp_path: Path) -> None:
    hq = corpus_hq(tmp_path)
    process = start_worker(hq, "--jobs", "2")
    try:
        with hq.database() as db:
            jobs.migrate(db)
            deadline = time.monotonic() + 60
            while len(jobs.workers(db)["live"]) < 2:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
            child = int(jobs.workers(db)["live"][0]["name"].rpartition(":")[2])
        os.kill(child, signal.SIGTERM)  # a service manager signalling every process of the service
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "starting another" not in err and f"worker process {child} stopped" in err


def test_status_lists_workers_and_retry_queues_dead_jobs_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = with_backends(corpus_hq(tmp_path), services.new_database())
    code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert code == 0 and "workers: none seen yet" in out
    with hq.database() as db:
        jobs.migrate(db)
        key = "incoming/seq1.fkb"
        with open(CORPUS / "seq1.fkb", "rb") as reading:
            hq.storage().put(key, reading)
        job_id = jobs.enqueue(db, key, source="seq1.fkb")
        gone = jobs.enqueue(db, "incoming/gone.fkb", source="gone.fkb")
        for n in (job_id, gone):  # both dead without a verdict (HQ's side, say)
            claimed = jobs.claim(db, "w")
            assert claimed is not None and claimed.id == n
            jobs.fail(db, claimed, "the object store failed", dead=True)
    code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert f"dead: job {job_id} after 1 attempt" in out and "fieldkit hq retry --dir" in out
    code, out, _ = run(capsys, "hq", "retry", "--dir", str(hq.folder), "--dead")
    assert code == 2
    assert f"job {job_id}: queued again" in out and f"job {gone}: not queued: its bundle is gone from storage" in out
    worker = start_worker(hq)
    try:
        with hq.database() as db:
            deadline = time.monotonic() + 60
            while (jobs.job_state(db, job_id) or {})["state"] != "done" or not jobs.workers(db)["live"]:
                assert time.monotonic() < deadline and worker.poll() is None
                time.sleep(0.1)
        code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
        assert "job done" in out and "worker " in out
        code, out, _ = run(
            capsys, "hq", "ingest", "--dir", str(hq.folder), "--wait", "--json", str(CORPUS / "seq1.fkb")
        )
        (replay,) = json.loads(out)
        assert code == 0 and replay["outcome"] == "replay"
        assert replay["file_sha256"] == hashlib.sha256((CORPUS / "seq1.fkb").read_bytes()).hexdigest()
        assert replay["path"].startswith(str(hq.folder / "archive")) and Path(replay["path"]).is_file()
    finally:
        worker.send_signal(signal.SIGTERM)
        _, worker_err = worker.communicate(timeout=60)
    assert worker.returncode == 0
    code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert "workers: none seen for" in out, out + worker_err


def front_end_folder(tmp_path: Path, *keep: str) -> HQ:
    """HQ's main folder with a device's credential and the TLS pair; then all but hq.json and ``keep`` removed."""
    hq = HQ.init(tmp_path / "HQ", "T")
    key = Ed25519PrivateKey.generate().public_key()
    hq.enroll(f'd1 namespaces="fieldkit-bundle" {sshsig.public_key_line(key)} test')
    access.issue_credential(hq, "d1")
    access.ensure_tls(hq)
    for path in hq.folder.iterdir():
        if path.name not in ("hq.json", *keep):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return hq


def test_a_front_end_refuses_to_start_without_what_it_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = front_end_folder(tmp_path / "a")
    port = services.free_port()
    code, _, err = run(capsys, "hq", "gateway", "--dir", str(hq.folder), "--listen", f"127.0.0.1:{port}")
    assert code == 20 and "has no hq-tls.key, hq-tls.crt, credentials.json, allowed_signers, revoked_keys" in err
    assert "copy hq-tls.key, hq-tls.crt, credentials.json, allowed_signers, revoked_keys from HQ's main" in err
    assert sorted(p.name for p in hq.folder.iterdir()) == ["hq.json"]  # no TLS key of its own
    code, _, err = run(capsys, "hq", "gateway", "--dir", str(hq.folder), "--listen", "0.0.0.0:8443", "--print-config")
    assert code == 20 and sorted(p.name for p in hq.folder.iterdir()) == ["hq.json"]

    files = ("hq.json", "hq-tls.key", "hq-tls.crt", "credentials.json", "allowed_signers", "revoked_keys")
    hq = front_end_folder(tmp_path / "b", *files)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        code, _, err = run(capsys, "hq", "gateway", "--dir", str(hq.folder), "--listen", f"127.0.0.1:{busy}")
    assert code == 2 and f"cannot listen on 127.0.0.1:{busy}" in err and "choose another --listen" in err
    assert "install" not in err

    hq = with_backends(front_end_folder(tmp_path / "c", *files), services.new_database(), services.new_bucket("fe"))
    no_aws_credentials(monkeypatch, tmp_path)
    code, _, err = run(capsys, "hq", "gateway", "--dir", str(hq.folder), "--listen", f"127.0.0.1:{port}")
    assert code == 62 and "credentials" in err and "listening" not in err


def test_refused_credentials_are_counted_in_the_log_never_shown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fieldkit")
    hq = HQ.init(tmp_path / "HQ", "T")
    hooks = gateway.Hooks(hq, 1 << 20)
    try:
        for _ in range(5):
            answer = hooks.authorize({"method": "POST", "authorization": "Bearer d1:s3cr3t-token", "upload_id": None})
            assert answer["status"] == 401
    finally:
        hooks.pool.close()
    # A warning (shown without -v), counted, never the token.
    refused = [r for r in caplog.records if "refused a request" in r.getMessage()]
    assert all(r.levelno == logging.WARNING for r in refused)
    lines = [r.getMessage() for r in refused]
    assert [re.search(r"\((\d+) so far\)", line)[1] for line in lines] == ["1", "2", "4"]  # type: ignore[index]
    assert "credentials.json" in lines[0] and "s3cr3t" not in caplog.text


def test_the_help_names_every_hq_action_and_s3_init_makes_no_local_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "hq", "--help")
    out = capsys.readouterr().out
    listed = re.findall(r"^    ([a-z-]+) ", out.split("positional arguments:")[1], re.MULTILINE)
    assert sorted(listed) == sorted(HQ_ACTIONS)
    assert "headquarters: " + ", ".join(HQ_ACTIONS) in " ".join(out.split())
    assert not (HQ.init(tmp_path / "S3HQ", "T", storage=services.new_bucket("x")).folder / "archive").exists()


def test_init_database_errors_give_the_fix_that_fits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "HQ")
    fixes = {}
    for name, url in [("password", "postgresql://fieldkit:hunter2@127.0.0.1:5432/hq"),
                      ("mysql", "mysql://fieldkit@127.0.0.1/hq"),
                      ("down", f"postgresql://fieldkit@127.0.0.1:{services.free_port()}/hq")]:  # fmt: skip
        code, _, err = run(capsys, "hq", "init", "--dir", target, "--database", url)
        assert code == 61 and "hunter2" not in err
        fixes[name] = err.split("what to do:")[1].strip()
    assert all("hq.json" not in fix for fix in fixes.values())  # there is none yet
    assert "PGPASSWORD" in fixes["password"] and "without its password" in fixes["password"]
    assert "postgresql://" in fixes["mysql"] and "PostgreSQL runs at the host and port" in fixes["down"]


def test_a_dead_job_whose_file_a_later_job_archived_is_resolved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = corpus_hq(tmp_path)
    with hq.database() as db:
        jobs.migrate(db)
        first = jobs.enqueue(db, "incoming/a.fkb", source="/field/a.fkb")
        claimed = jobs.claim(db, "w")
        assert claimed is not None
        jobs.fail(db, claimed, "the object store failed", dead=True)
        later = jobs.enqueue(db, "incoming/b.fkb", source="/field/a.fkb")
        claimed = jobs.claim(db, "w")
        assert claimed is not None and claimed.id == later
        jobs.complete(db, claimed, {"outcome": "ingested"}, None)
        assert jobs.queue_status(db)["dead"][0]["resolved_by"] == later
    _, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert f"dead, resolved: job {first} (/field/a.fkb): job {later} took the same file since" in out
    assert "hq retry" not in out
