"""Issue 16 benchmark for docs/benchmarks.md ("Issue 16: one verifier"): how fast one verifier checks one large
bundle, side by side with `openssl dgst -sha256` over the same file (the issue's goal: >= 0.8x of it).

Verifying hashes the ciphertext (the file's SHA-256), decrypts it (ChaCha20-Poly1305) and hashes the payload (the
signed manifest's SHA-256s): three passes where openssl makes one. The figures are MiB/s of the bundle file, medians
of --rounds, the file in the page cache (read once before):
- openssl dgst -sha256 FILE (a child process);
- check_bundle(FILE) in a fresh child process (--before FOLDER also runs the fieldkit in FOLDER, e.g. /work/main);
- check_stream of the same bundle read from S3 (moto's server on this machine, tests/services.py): what the worker
  does with a bundle in object storage (moto, a Python server, is the slow side here, not the verifier).

Usage: .venv/bin/python bench/bench_verify.py [--mib 512] [--rounds 3] [--before FOLDER] [--no-s3] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from fieldkit.bundle import format, sshsig  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from tests.bundle_kit import Draft, pack, sample_payload, seal  # noqa: E402

DEVICE = "d0000000-0000-4000-8000-0000000000be"
CHILD = """
import json, sys, time
from pathlib import Path
from fieldkit.bundle.verify import check_bundle
from fieldkit.hq.trust import HQ
trust = HQ(Path(sys.argv[2])).trust()
t, cpu = time.perf_counter(), time.process_time()
report = check_bundle(Path(sys.argv[1]), trust)
print(json.dumps({"ok": report.ok, "reason": report.reason, "s": time.perf_counter() - t,
                  "cpu_s": time.process_time() - cpu,
                  "peak_rss_mib": [int(line.split()[1]) / 1024 for line in open("/proc/self/status")
                                   if line.startswith("VmHWM")][0]}))
"""


def make_bundle(work: Path, mib: int) -> tuple[HQ, Path]:
    hq = HQ.init(work / "HQ", "Bench")
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    payload = {**sample_payload(), "data/captures/big.bin": os.urandom(mib << 20)}
    path = work / "big.fkb"
    path.write_bytes(seal(pack(Draft(DEVICE, key, payload=payload)), hq.recipients()))
    return hq, path


def _median(runs: list[float]) -> float:
    return statistics.median(runs)


def openssl(path: Path, rounds: int) -> tuple[float, dict[str, object]]:
    runs, cpu = [], []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(["openssl", "dgst", "-sha256", str(path)], check=True, capture_output=True)
        runs.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return _median(runs), {"cpu_s": round(_median(cpu), 3)}


def check_file(path: Path, hq: HQ, rounds: int, code: Path) -> tuple[float, dict[str, object]]:
    runs = []
    for _ in range(rounds):
        env = {**os.environ, "PYTHONPATH": str(code)}
        out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(hq.folder)], capture_output=True, text=True,
                             check=True, cwd=code, env=env)  # fmt: skip
        runs.append(json.loads(out.stdout))
    assert all(run["ok"] for run in runs), runs[0]
    return _median([run["s"] for run in runs]), {
        "peak_rss_mib": round(max(r["peak_rss_mib"] for r in runs), 1),
        "cpu_s": round(_median([run["cpu_s"] for run in runs]), 3),
    }


def check_s3(path: Path, hq: HQ, rounds: int) -> float:
    from fieldkit.bundle.verify import check_stream
    from fieldkit.hq.s3storage import S3Storage
    from tests import services

    storage = S3Storage(services.new_bucket("bench"))
    with open(path, "rb") as source:
        storage.put("incoming/big.fkb", source)
    trust = hq.trust()
    runs = []
    for _ in range(rounds):
        started = time.perf_counter()
        with storage.open("incoming/big.fkb") as stream:
            report = check_stream(stream, trust, name=storage.describe("incoming/big.fkb"))
        runs.append(time.perf_counter() - started)
        assert report.ok, report.message
    return _median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=512)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--no-s3", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        hq, path = make_bundle(Path(folder), args.mib)
        mib = path.stat().st_size / 2**20
        path.read_bytes()  # into the page cache
        extra: dict[str, object] = {}
        seconds, extra["openssl dgst -sha256"] = openssl(path, args.rounds)
        rate = {"openssl dgst -sha256": mib / seconds}
        for label, code in [
            ("check_bundle (file)", ROOT),
            *([("check_bundle before", args.before)] * bool(args.before)),
        ]:
            seconds, extra[label] = check_file(path, hq, args.rounds, code)
            rate[label] = mib / seconds
        if not args.no_s3:
            rate["check_stream (S3 GET from moto)"] = mib / check_s3(path, hq, args.rounds)
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
        "file_mib": round(mib, 1),
        "mib_per_s": {label: round(value, 1) for label, value in rate.items()},
        "vs_openssl": {label: round(value / rate["openssl dgst -sha256"], 2) for label, value in rate.items()},
        "cpu_and_memory": extra,
    }  # fmt: skip
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
