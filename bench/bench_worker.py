"""Issue 16 benchmarks (HQ past one machine: the verification queue), for docs/benchmarks.md.

1. queue: the queue's own cost, without verification: enqueue J jobs, then T threads (each its own connection)
   claim and complete them until none is left, on SQLite (the HQ folder's index) and PostgreSQL (tests/services.py
   starts a throwaway cluster, or FIELDKIT_TEST_PG names one): jobs per second, and that no job was taken twice.
2. workers: `fieldkit hq worker --jobs N` as a real process on the corpus's seq1 bundle and refused bundles enqueued
   K times (refusals are order-free), N = 1 and 2: seconds from the first claim to the last done.

Usage: python -m bench.bench_worker [--jobs 2000] [--threads 4] [--bundles 40] [--out results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from fieldkit.hq import jobs
from fieldkit.hq.trust import HQ
from tests import services
from tests.corpus_kit import CORPUS, EXPECTED

ROOT = Path(__file__).resolve().parent.parent


def corpus_hq(folder: Path, database: str | None) -> HQ:
    shutil.copytree(CORPUS / "hq", folder)
    if database:
        info = json.loads((folder / "hq.json").read_text())
        info["database"] = database
        (folder / "hq.json").write_text(json.dumps(info))
    return HQ(folder)


def queue(hq: HQ, count: int, threads: int) -> dict[str, Any]:
    with hq.database() as db:
        jobs.migrate(db)
        started = time.perf_counter()
        for n in range(count):
            jobs.enqueue(db, f"incoming/{n}.fkb", source=str(n))
        enqueued = time.perf_counter() - started
    taken: list[int] = []
    guard = threading.Lock()

    def work(slot: int) -> None:
        with hq.database() as mine:
            while (job := jobs.claim(mine, f"w{slot}", 60)) is not None:
                with mine.transaction():
                    jobs.complete(mine, job, {"outcome": "bench"}, None)
                with guard:
                    taken.append(job.id)

    started = time.perf_counter()
    pool = [threading.Thread(target=work, args=(slot,)) for slot in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    drained = time.perf_counter() - started
    assert len(taken) == len(set(taken)) == count
    return {"enqueue_per_s": round(count / enqueued), "claim_complete_per_s": round(count / drained)}


def workers(hq: HQ, bundles: int, processes: int) -> float:
    names = sorted(EXPECTED["reject"])
    with hq.database() as db:
        jobs.migrate(db)
        for n in range(bundles):
            name = "seq1.fkb" if n == 0 else names[n % len(names)]
            key = f"incoming/{n}-{name}"
            with open(CORPUS / name, "rb") as reading:
                hq.storage().put(key, reading)
            jobs.enqueue(db, key, source=name)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen([sys.executable, "-m", "fieldkit", "hq", "worker", "--dir", str(hq.folder),
                                    "--jobs", str(processes)], stderr=subprocess.DEVNULL, env=env)  # fmt: skip
        while jobs.queue_status(db)["counts"]["done"] < bundles:
            time.sleep(0.05)
        first, last = db.execute("SELECT min(claimed), max(finished) FROM jobs").fetchone()
        process.send_signal(signal.SIGTERM)
        process.wait(60)
    return round(float(last) - float(first), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--bundles", type=int, default=40)
    parser.add_argument("--out")
    args = parser.parse_args()
    results: dict[str, Any] = {"load": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as work:
        for engine in ("sqlite", "postgresql"):
            url = services.new_database() if engine == "postgresql" else None
            results[f"queue_{engine}"] = queue(corpus_hq(Path(work) / f"q-{engine}", url), args.jobs, args.threads)
            for n in (1, 2):
                url = services.new_database() if engine == "postgresql" else None
                hq = corpus_hq(Path(work) / f"w-{engine}-{n}", url)
                results[f"workers_{engine}_{n}_s"] = workers(hq, args.bundles, n)
    print(json.dumps(results, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
