"""HQ's verification queue and its workers (issue 16, HQ past one machine): jobs in HQ's database (SQLite on one box,
PostgreSQL past it), claimed by one worker at a time, a lease that outlives a killed worker, a dead state with a
signed rejected receipt, SIGTERM that finishes or gives back, and `hq ingest --wait` beside `hq worker --jobs 2` as
real processes saying what a synchronous ingest says. Real PostgreSQL (tests/services.py), the real corpus."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.bundle.receipt import open_receipt
from fieldkit.config import WORKER_LIMITS
from fieldkit.errors import HqDatabaseError, HqObjectStorageError, HqUnwrapError
from fieldkit.hq import access, jobs
from fieldkit.hq.db import Database
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from fieldkit.hq.worker import Worker, unseal
from tests import services
from tests.conftest import ROOT
from tests.corpus_kit import CORPUS, DEVICE, EXPECTED, corpus_hq, run

FAST = dataclasses.replace(WORKER_LIMITS, idle_poll_s=0.05, heartbeat_s=0.05, backoff_base_s=0.0, backoff_cap_s=0.0)
REJECTED = sorted(EXPECTED["reject"])[:4]


def use_database(hq: HQ, url: str) -> None:
    """What `hq init --database` writes (helper B's option): the database's URL in hq.json."""
    info = json.loads((hq.folder / "hq.json").read_text())
    info["database"] = url
    (hq.folder / "hq.json").write_text(json.dumps(info))


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> HQ:
    made = corpus_hq(tmp_path)
    if request.param == "postgresql":
        use_database(made, services.new_database())
    return made


@pytest.fixture
def db(hq: HQ) -> Iterator[Database]:
    with hq.database() as opened:
        jobs.migrate(opened)
        yield opened


def stored(hq: HQ, name: str) -> str:
    """The corpus bundle ``name`` put into HQ's storage as `hq ingest` puts it; its key."""
    key = f"incoming/{name}"
    with open(CORPUS / name, "rb") as reading:
        hq.storage().put(key, reading)
    return key


def quiet_worker(hq: HQ, **kwargs: object) -> tuple[Worker, list[str]]:
    lines: list[str] = []
    worker = Worker(hq, "test-worker", limits=kwargs.pop("limits", FAST), log=lines.append, **kwargs)  # type: ignore[arg-type]
    return worker, lines


def archived(hq: HQ) -> int:
    with Index(hq) as index:
        return int(index.status()["devices"][DEVICE]["bundles"])


def test_enqueue_claim_complete(db: Database) -> None:
    first = jobs.enqueue(db, "incoming/a.fkb", source="upload 1a2b by D", uploaded_by=DEVICE, upload_id="u1")
    assert jobs.enqueue(db, "incoming/a.fkb", source="again", uploaded_by=DEVICE, upload_id="u1") == first
    other = jobs.enqueue(db, "incoming/b.fkb", source="/tmp/b.fkb", accept_jump=True)
    assert jobs.state_of_upload(db, "u1") == "queued" and jobs.state_of_upload(db, "nope") is None
    job = jobs.claim(db, "w1", 30)
    assert job is not None and (job.id, job.upload_id, job.attempts, job.worker) == (first, "u1", 1, "w1")
    assert jobs.state_of_upload(db, "u1") == "running" and jobs.receipt(db, "u1") is None
    second = jobs.claim(db, "w2", 30)
    assert second is not None and second.id == other and second.accept_jump
    assert jobs.claim(db, "w3", 30) is None
    assert jobs.heartbeat(db, job, 30)
    with db.transaction():
        jobs.complete(db, job, {"outcome": "ingested"}, {"receipt": {"upload_id": "u1"}, "signature": "x"})
    assert jobs.state_of_upload(db, "u1") == "done"
    assert jobs.receipt(db, "u1") == {"receipt": {"upload_id": "u1"}, "signature": "x"}
    assert not jobs.heartbeat(db, job, 30)  # done: no longer anyone's
    with pytest.raises(jobs.LeaseLost), db.transaction():
        jobs.complete(db, job, {}, None)
    assert jobs.release(db, second) and jobs.job_state(db, other)["attempts"] == 0  # type: ignore[index]
    status = jobs.queue_status(db)
    assert status["counts"] == {"queued": 1, "running": 0, "done": 1, "dead": 0}
    assert status["oldest_queued_s"] is not None and not status["idle"]


def test_two_workers_never_claim_the_same_job(hq: HQ, db: Database) -> None:
    for n in range(300):
        jobs.enqueue(db, f"incoming/{n}.fkb", source=str(n))
    claimed: list[list[int]] = [[] for _ in range(6)]
    ready = threading.Barrier(6)

    def hammer(slot: int) -> None:
        with hq.database() as mine:
            ready.wait()
            while (job := jobs.claim(mine, f"w{slot}", 60)) is not None:
                claimed[slot].append(job.id)
                time.sleep(0.002)  # a worker works between claims: the others get their turn even on a busy machine

    threads = [threading.Thread(target=hammer, args=(slot,)) for slot in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [job for slot in claimed for job in slot]
    assert len(every) == 300 and len(set(every)) == 300
    assert sum(1 for slot in claimed if slot) >= 2  # they really ran side by side


_CLAIM_AND_HANG = """
import sys, time
from pathlib import Path
from fieldkit.hq import jobs
from fieldkit.hq.trust import HQ
with HQ(Path(sys.argv[1])).database() as db:
    job = jobs.claim(db, "doomed", float(sys.argv[2]))
    print(job.id, flush=True)
    time.sleep(600)
"""


def test_a_killed_workers_job_is_done_once_by_another(hq: HQ, db: Database) -> None:
    job_id = jobs.enqueue(db, stored(hq, "seq1.fkb"), source="seq1.fkb")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    doomed = subprocess.Popen([sys.executable, "-c", _CLAIM_AND_HANG, str(hq.folder), "1.0"], stdout=subprocess.PIPE,
                              text=True, env=env)  # fmt: skip
    assert doomed.stdout is not None and int(doomed.stdout.readline()) == job_id
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    worker, lines = quiet_worker(hq)
    try:
        assert not worker.run_once()  # its lease has not run out yet
        deadline = time.monotonic() + 10
        while not worker.run_once():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert not worker.run_once()  # done once: nothing left
    finally:
        worker.close()
    state = jobs.job_state(db, job_id)
    assert state is not None and state["state"] == "done" and state["attempts"] == 2
    assert state["verdict"]["outcome"] == "ingested" and archived(hq) == 1
    assert lines == [f"job {job_id}: bundle 1 of device {DEVICE[:8]} ingested"]
    assert not hq.storage().exists("incoming/seq1.fkb")


def test_a_job_that_never_finishes_ends_dead_with_a_signed_rejected_receipt(hq: HQ, db: Database) -> None:
    job_id = jobs.enqueue(db, stored(hq, "seq1.fkb"), source=f"upload 1a2b3c4d by {DEVICE}", uploaded_by=DEVICE,
                          upload_id="1a2b3c4d" * 4)  # fmt: skip
    for _ in range(WORKER_LIMITS.max_attempts):  # each worker died in it: its lease ran out at once
        assert jobs.claim(db, "doomed", 0.0) is not None
        time.sleep(0.01)
    worker, lines = quiet_worker(hq)
    try:
        assert worker.run_once()
    finally:
        worker.close()
    attempts = WORKER_LIMITS.max_attempts
    status = jobs.queue_status(db)
    assert status["counts"]["dead"] == 1
    assert status["dead"][0]["reason"] == f"verification never finished: a worker died in it {attempts} times"
    assert jobs.state_of_upload(db, "1a2b3c4d" * 4) == "dead"
    document = jobs.receipt(db, "1a2b3c4d" * 4)
    receipt = open_receipt(document, access.receipt_key(hq).public_key())
    assert (receipt.verdict, receipt.reason, receipt.uploaded_by) == ("rejected", "unreadable", DEVICE)
    assert receipt.sha256 == (jobs.job_state(db, job_id) or {})["verdict"]["file_sha256"]
    assert receipt.size == (CORPUS / "seq1.fkb").stat().st_size
    with Index(hq) as index:
        held = index.quarantine()
    assert [row["reason"] for row in held] == ["unreadable"] and held[0]["held"]
    assert lines[0].startswith(f"job {job_id}: a bundle rejected (unreadable) [dead: verification never finished")


def test_a_job_whose_bundle_is_gone_ends_dead_at_once(hq: HQ, db: Database) -> None:
    job_id = jobs.enqueue(db, "incoming/never-stored.fkb", source="gone.fkb")
    worker, lines = quiet_worker(hq)
    try:
        while worker.run_once() is not None:
            pass
    finally:
        worker.close()
    state = jobs.job_state(db, job_id)
    assert state is not None and state["state"] == "dead" and state["attempts"] == 1
    assert state["reason"] == "the bundle is gone from storage (incoming/never-stored.fkb)"
    assert lines == [f"job {job_id}: dead: the bundle is gone from storage (incoming/never-stored.fkb)"]
    assert jobs.backoff(1) == WORKER_LIMITS.backoff_base_s and jobs.backoff(99) == WORKER_LIMITS.backoff_cap_s


def test_hq_side_failures_never_count_against_a_bundle(hq: HQ, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Storage, database or unwrap service failing (or HQ's own disk): the job goes back to the queue, uncounted,
    as many times as it happens, with one line each; once HQ's side works, the bundle is archived."""
    job_id = jobs.enqueue(db, stored(hq, "seq1.fkb"), source="seq1.fkb")
    real = Index.ingest_stored
    failures = [
        HqObjectStorageError("no credentials for the object store"),
        HqDatabaseError("it went away"),
        HqUnwrapError("the unwrap service is unreachable"),
        OSError(28, "No space left on device"),
    ] * 2

    def failing(self: Index, *args: object, **kwargs: object) -> object:
        if failures:
            raise failures.pop(0)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Index, "ingest_stored", failing)
    worker, lines = quiet_worker(hq)
    try:
        while failures:
            assert worker.run_once() is False
            state = jobs.job_state(db, job_id)
            assert state is not None and (state["state"], state["attempts"]) == ("queued", 0)
        assert worker.run_once() is True
    finally:
        worker.close()
    state = jobs.job_state(db, job_id)
    assert state is not None and state["state"] == "done" and state["verdict"]["outcome"] == "ingested"
    assert "HQ's side failed (HqObjectStorageError: no credentials for the object store): back in the queue" in lines[0]
    assert all("Traceback" not in line and "\n" not in line for line in lines)


def test_a_stopping_worker_gives_back_a_job_past_its_grace(
    hq: HQ, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = jobs.enqueue(db, stored(hq, "seq1.fkb"), source="seq1.fkb")
    verifying, go_on, abandoned = threading.Event(), threading.Event(), threading.Event()
    slow_ingest = Index.ingest_stored

    def slow(self: Index, *args: object, **kwargs: object) -> object:
        verifying.set()
        go_on.wait(10)
        return slow_ingest(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Index, "ingest_stored", slow)
    worker, lines = quiet_worker(hq, limits=dataclasses.replace(FAST, stop_grace_s=0.2), abandon=abandoned.set)
    running = threading.Thread(target=worker.run)
    running.start()
    try:
        assert verifying.wait(10)
        worker.stop()
        assert abandoned.wait(10)
        state = jobs.job_state(db, job_id)
        assert state is not None and (state["state"], state["attempts"]) == ("queued", 0)  # not counted
    finally:
        go_on.set()
        running.join(10)
        worker.close()
    assert "given back to the queue unfinished" in lines[0]


# --- the command line: real `hq worker` processes -------------------------------------------------------------------


def start_workers(hq: HQ, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "fieldkit", "hq", "worker", "--dir", str(hq.folder), "--jobs",
                             str(count)], stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip


def stop_workers(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    return err


def without_paths(text: str) -> list[str]:
    """The lines a batch prints, with file paths and held-copy names cut (they differ between two HQ folders)."""
    return [re.sub(r"\S*/|\(\S+\.fkb\)|\S+\.fkb", "", line) for line in text.splitlines()]


def test_ingest_wait_beside_two_workers_says_what_a_synchronous_ingest_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # seq1 first, on its own: the jump's words name the last number archived, which two workers deciding seq1 and
    # the jump side by side would make a race (the synchronous ingest decides them in order).
    first = [str(CORPUS / "seq1.fkb")]
    files = [str(CORPUS / name) for name in ["seq-jump.fkb", *REJECTED]]
    plain = corpus_hq(tmp_path / "plain")
    code_1, out_1, _ = run(capsys, "hq", "ingest", "--dir", str(plain.folder), *first)
    code, out, _ = run(capsys, "hq", "ingest", "--dir", str(plain.folder), *files)
    _, out_json, _ = run(capsys, "hq", "ingest", "--dir", str(corpus_hq(tmp_path / "plain2").folder), "--json",
                         *first, *files)  # fmt: skip

    queued = corpus_hq(tmp_path / "queued")
    use_database(queued, services.new_database())
    workers = start_workers(queued, 2)
    try:
        code_q1, out_q1, _ = run(capsys, "hq", "ingest", "--dir", str(queued.folder), "--wait", *first)
        code_q, out_q, _ = run(capsys, "hq", "ingest", "--dir", str(queued.folder), "--wait", *files)
        files_again = [str(CORPUS / name) for name in REJECTED]  # refused again: order-free, the same verdicts
        code_j, out_j, _ = run(capsys, "hq", "ingest", "--dir", str(queued.folder), "--wait", "--json", *files_again)
    finally:
        err = stop_workers(workers)
    assert (code_q1, without_paths(out_q1)) == (code_1, without_paths(out_1))
    assert (code_q, without_paths(out_q)) == (code, without_paths(out))
    said = [(entry["outcome"], entry["reason"]) for entry in json.loads(out_j)]
    assert said == [(e["outcome"], e["reason"]) for e in json.loads(out_json)[2:]] and code_j == code != 0
    logged = [line for line in err.splitlines() if re.match(r"fieldkit hq worker: job \d+: ", line)]
    assert len(logged) == len(first) + len(files) + len(files_again)
    assert all(".fkb" not in line and "/" not in line for line in logged)  # ids and reason codes, no names


def test_ingest_without_wait_queues_and_status_shows_the_queue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = corpus_hq(tmp_path)
    use_database(hq, services.new_database())
    code, out, _ = run(capsys, "hq", "ingest", "--dir", str(hq.folder), str(CORPUS / "seq1.fkb"),
                       str(CORPUS / REJECTED[0]))  # fmt: skip
    assert code == 0
    assert re.match(r"queued +\S+seq1\.fkb: job \d+$", out.splitlines()[0])
    assert "2 bundles queued: HQ's workers verify them ('fieldkit hq worker --dir" in out
    assert list(hq.storage().keys("incoming/"))  # the files went to storage
    code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert "queue: 2 queued, 0 running, 0 done, 0 dead; oldest waiting" in out
    code, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder), "--json")
    assert json.loads(out)["queue"]["counts"]["queued"] == 2
    workers = start_workers(hq, 1)
    try:
        with hq.database() as db:
            deadline = time.monotonic() + 60
            while jobs.queue_status(db)["counts"]["done"] < 2:
                assert time.monotonic() < deadline and workers.poll() is None
                time.sleep(0.1)
    finally:
        stop_workers(workers)
    assert archived(hq) == 1 and not list(hq.storage().keys("incoming/"))


def test_workers_share_the_sqlite_index_on_one_box(tmp_path: Path) -> None:
    hq = corpus_hq(tmp_path)  # no database configured: the index.sqlite in the folder
    with hq.database() as db:
        jobs.migrate(db)
        ids = [jobs.enqueue(db, stored(hq, name), source=name) for name in ["seq1.fkb", *REJECTED]]
        workers = start_workers(hq, 2)
        try:
            deadline = time.monotonic() + 60
            while jobs.queue_status(db)["counts"]["done"] < len(ids):
                assert time.monotonic() < deadline and workers.poll() is None
                time.sleep(0.1)
        finally:
            stop_workers(workers)
        verdicts = [(jobs.job_state(db, n) or {})["verdict"] for n in ids]
    assert [v["outcome"] for v in verdicts] == ["ingested"] + ["quarantined"] * len(REJECTED)
    assert [v["reason"] for v in verdicts[1:]] == [EXPECTED["reject"][name] for name in REJECTED]
    assert unseal(hq, verdicts[0]["sealed"])["result"]["outcome"] == "ingested"
