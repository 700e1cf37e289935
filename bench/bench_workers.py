"""Issue 16 figure for docs/benchmarks.md ("Issue 16: HQ past one machine"): verification throughput of
`fieldkit hq worker --jobs N` (N = 1, 2, 4; real processes) over the same set of large bundles, beside
`openssl dgst -sha256` over the same bundle files in the same run (1 process, and 2 processes each hashing half).

Each bundle is a valid signed bundle of its own enrolled device (sequence 1; one large capture of --mib MiB), so the
verdicts are independent (per-device decisions never wait on each other). Two HQs: the single box (SQLite index, the
HQ folder) and the scaled one (PostgreSQL + S3 on moto's server, both started by tests/services.py on this machine).
For each run the bundles are put into storage under incoming/ and the workers are started and warmed up (one small
bundle each) before the clock starts; the figure is from the enqueue of all bundles to the last verdict committed
(the jobs table's `finished`), in MiB/s of bundle files and bundles/s. The file set stays in the page cache.

Usage: .venv/bin/python bench/bench_workers.py [--bundles 12] [--mib 128] [--workers 1,2,4] [--backends sqlite,s3]
       [--out FILE]
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import platform
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from fieldkit.bundle import format, sshsig  # noqa: E402
from fieldkit.hq import jobs  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from tests import services  # noqa: E402
from tests.bundle_kit import Draft, pack, sample_payload, seal  # noqa: E402
from tests.hq_backends import write_urls  # noqa: E402

MOTO: list[int] = []  # moto's S3 server's pid (the S3 case)


def start_moto() -> subprocess.Popen[bytes]:
    """moto's S3 server on a free port (stopped at exit), named to tests/services.py by FIELDKIT_TEST_S3."""
    port = services.free_port()
    env = {**os.environ, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
    command = [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)]
    moto = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    atexit.register(moto.terminate)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            break
        time.sleep(0.2)
    os.environ["FIELDKIT_TEST_S3"] = f"http://127.0.0.1:{port}"
    return moto


def device(n: int) -> str:
    return f"d0000000-0000-4000-8000-{n:012d}"


def make_bundles(work: Path, count: int, mib: int) -> tuple[Path, list[Path], list[Path]]:
    """An HQ folder (template) with count + 4 enrolled devices; count large bundles and 4 small warm-up ones."""
    template = HQ.init(work / "template", "Bench")
    recipients = template.recipients()
    big = os.urandom(mib << 20)
    large: list[Path] = []
    small: list[Path] = []
    for n in range(count + 4):
        key = Ed25519PrivateKey.generate()
        template.enroll(f'{device(n)} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
        payload = {**sample_payload(n), **({"data/captures/big.bin": big} if n < count else {})}
        path = work / f"bundle-{n:02d}.fkb"
        path.write_bytes(seal(pack(Draft(device(n), key, payload=payload)), recipients))
        (large if n < count else small).append(path)
    return template.folder, large, small


def cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds the processes ``pids`` have used so far (/proc/PID/stat)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{parent}/task"):
                with contextlib.suppress(OSError):
                    for child in Path(f"/proc/{parent}/task/{task}/children").read_text().split():
                        found.append(int(child))
                        todo.append(int(child))
    return found


def openssl(files: list[Path], processes: int) -> tuple[float, float]:
    """Seconds and CPU seconds for `processes` openssl dgst -sha256 children, each over its share of the files,
    all at once."""
    shares = [files[n::processes] for n in range(processes)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    children = [subprocess.Popen(["openssl", "dgst", "-sha256", *map(str, share)], stdout=subprocess.DEVNULL)
                for share in shares]  # fmt: skip
    for child in children:
        assert child.wait() == 0
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def wait_done(db: Any, count: int, timeout: float = 1800) -> None:
    deadline = time.monotonic() + timeout
    while True:
        counts = jobs.queue_status(db)["counts"]
        if counts.get("done", 0) + counts.get("dead", 0) >= count:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"jobs not done: {counts}")
        time.sleep(0.02)


def run_workers(template: Path, backend: str, large: list[Path], small: list[Path], processes: int,
                work: Path) -> dict[str, Any]:  # fmt: skip
    folder = work / f"hq-{backend}-{processes}"
    shutil.copytree(template, folder)
    if backend == "s3":
        write_urls(folder, database=services.new_database(), storage=services.new_bucket("hq"))
    hq = HQ(folder)
    storage = hq.storage()
    for path in small + large:
        with open(path, "rb") as reading:
            storage.put(f"incoming/{path.name}", reading)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with hq.database() as db:
        jobs.migrate(db)
        worker = subprocess.Popen([sys.executable, "-m", "fieldkit", "hq", "worker", "--dir", str(folder),
                                   "--jobs", str(processes)], stderr=subprocess.DEVNULL, env=env)  # fmt: skip
        try:
            for path in small[:processes]:  # warm-up: every worker process is up, imported and polling
                jobs.enqueue(db, f"incoming/{path.name}", source=path.name)
            wait_done(db, min(processes, len(small)))
            time.sleep(0.6)  # every worker back to its idle poll, as a worker waiting for uploads is
            pids = descendants(worker.pid)
            used = cpu_s(pids), cpu_s(MOTO)
            started = time.time()
            for path in large:
                jobs.enqueue(db, f"incoming/{path.name}", source=path.name)
            wait_done(db, min(processes, len(small)) + len(large))
            last = float(db.execute("SELECT max(finished) FROM jobs").fetchone()[0])
            used = cpu_s(pids) - used[0], cpu_s(MOTO) - used[1]
            outcomes = [row[0] for row in db.execute("SELECT verdict FROM jobs").fetchall()]
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(120)
    verdicts = [json.loads(v)["outcome"] if isinstance(v, str) else v["outcome"] for v in outcomes]
    assert verdicts.count("ingested") == len(verdicts), verdicts
    seconds = last - started
    mib = sum(path.stat().st_size for path in large) / 2**20
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "s": round(seconds, 2),
        "mib_per_s": round(mib / seconds, 1),
        "bundles_per_s": round(len(large) / seconds, 2),
        "workers_cpu_s_per_gib": round(used[0] / mib * 1024, 2),
        **({"moto_cpu_s_per_gib": round(used[1] / mib * 1024, 2)} if backend == "s3" else {}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=12)
    parser.add_argument("--mib", type=int, default=128)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--backends", default="sqlite,s3")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))  # atexit stops the test servers
    counts = [int(n) for n in args.workers.split(",")]
    if "s3" in args.backends:  # our own moto server, to read its CPU time
        MOTO.append(start_moto().pid)
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, nproc {os.cpu_count()}, "
        f"RAM {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB",
        "load_before": round(os.getloadavg()[0], 2),
    }
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ROOT / "bench" / "out") as folder:
        work = Path(folder)
        template, large, small = make_bundles(work, args.bundles, args.mib)
        mib = sum(path.stat().st_size for path in large) / 2**20
        results["bundles"] = f"{len(large)} x {mib / len(large):.1f} MiB = {mib:.0f} MiB"
        for path in large:
            path.read_bytes()  # into the page cache
        for _ in range(args.rounds):
            for processes in (1, 2):
                seconds, cpu = openssl(large, processes)
                results.setdefault(f"openssl dgst -sha256 x{processes}", []).append(
                    {"s": round(seconds, 2), "mib_per_s": round(mib / seconds, 1),
                     "bundles_per_s": round(len(large) / seconds, 2),
                     "cpu_s_per_gib": round(cpu / mib * 1024, 2)})  # fmt: skip
            for backend in args.backends.split(","):
                for processes in counts:
                    figure = run_workers(template, backend, large, small, processes, work)
                    results.setdefault(f"{backend} workers {processes}", []).append(figure)
                    print(backend, processes, figure, file=sys.stderr, flush=True)
        results["load_after"] = round(os.getloadavg()[0], 2)
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
