"""Issue 15 benchmark (store): what one unlock costs when someone with write access to the store folder has planted
key slots (security review finding 12), for docs/benchmarks.md.

Each case copies one store made with the **default** key-derivation cost (one operator), plants slot files as an
attacker can (no passphrase needed: a slot's parameters are read before anything proves them), then runs
``python -m fieldkit list`` in a child process and records its wall time, exit status and peak resident size
(``os.wait4``'s ru_maxrss for that child alone). The review's own cases are run again beside the worst slot the new
bounds let through: 512 MiB x 2 passes x 1 lane (Limits.max_kdf_memory_kib, max_kdf_work_kib_passes; one lane is
the slowest way to spend that work). "Ahead" means the planted files are older than the operator's slot (the
operator changed their passphrase after the planting), so they are tried first; otherwise the operator's own slot
is tried first and the planted ones cost only a wrong passphrase.

Usage: python -m bench.bench_keyslots [--work DIR] [--many 64] [--quick] [--out results.json]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_store import machine  # noqa: E402
from fieldkit.config import DEFAULT_LIMITS, PASSPHRASE_ENV, STORE_ENV, TEST_KDF, KdfParams  # noqa: E402
from fieldkit.store.keyslots import _derive  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

PASSPHRASE = "correct horse battery"
LIMITS = DEFAULT_LIMITS
WORST = KdfParams(LIMITS.max_kdf_memory_kib, LIMITS.max_kdf_work_kib_passes // LIMITS.max_kdf_memory_kib, 1)


def plant(store: Path, name: str, memory_kib: int, iterations: int, lanes: int) -> Path:
    """A slot file as the review's keyslot_lib.py plants it: valid JSON, random salt, nonce and wrapped key."""
    document = {"format": "fieldkit-keyslot", "version": 1, "slot": name, "cipher": "AES-256-GCM",
                "kdf": {"name": "argon2id", "memory_kib": memory_kib, "iterations": iterations, "lanes": lanes,
                        "salt": base64.b64encode(os.urandom(16)).decode()},
                "nonce": base64.b64encode(os.urandom(12)).decode(),
                "wrapped": base64.b64encode(os.urandom(96)).decode()}  # fmt: skip
    path = store / "keys" / f"{name}.slot"
    path.write_text(json.dumps(document))
    return path


def refresh_slots(store: Path, names: list[str]) -> None:
    """The operator's own slot becomes the newest file (as after 'fieldkit operator passwd'): planted ones go first."""
    for name in names:
        path = store / "keys" / name
        started = path.stat().st_ctime_ns
        while path.stat().st_ctime_ns <= started:  # the file system clock is coarse
            os.utime(path)


def unlock(store: Path, passphrase: str = PASSPHRASE) -> dict[str, object]:
    env = dict(os.environ, **{STORE_ENV: str(store), PASSPHRASE_ENV: passphrase})
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "fieldkit", "list"], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    assert child.stderr is not None
    err = child.stderr.read().decode(errors="replace")
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    warnings = [line for line in err.splitlines() if "warning: key slot file" in line]
    errors = [line for line in err.splitlines() if "error" in line]
    return {"exit": child.returncode, "seconds": round(seconds, 2), "peak_rss_mib": round(usage.ru_maxrss / 1024),
            "slot_warnings": len(warnings), "error": errors[0][:160] if errors else ""}  # fmt: skip


def kdf_seconds(params: KdfParams, rounds: int = 3) -> float:
    """The best of a few Argon2id runs alone, in this process (no interpreter start, no store)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        _derive(b"not the passphrase", os.urandom(16), params)
        best = min(best, time.perf_counter() - started)
    return round(best, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--many", type=int, default=LIMITS.max_slot_files + 5,
                        help="worst-cost slots planted ahead of the operator's (the last case)")  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="test KDF for the store, tiny 'worst' slots (smoke)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-keyslots-"))
    work.mkdir(parents=True, exist_ok=True)
    base = work / "store"
    shutil.rmtree(base, ignore_errors=True)
    Store.init(base, "bench", PASSPHRASE, kdf=TEST_KDF if args.quick else KdfParams()).close()
    operator_slots = sorted(p.name for p in (base / "keys").iterdir())
    worst = TEST_KDF if args.quick else WORST
    default = TEST_KDF if args.quick else KdfParams()

    def case(name: str, *slots: tuple[int, int, int], ahead: bool = False, wrong: bool = False) -> dict[str, object]:
        store = work / name
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base, store)
        for index, (memory_kib, iterations, lanes) in enumerate(slots):
            plant(store, f"{index:032x}", memory_kib, iterations, lanes)
        if ahead:
            refresh_slots(store, operator_slots)
        load = os.getloadavg()[0]
        result = unlock(store, "not the passphrase at all" if wrong else PASSPHRASE)
        shutil.rmtree(store, ignore_errors=True)
        print(f"{name:<40} {json.dumps(result)}", file=sys.stderr, flush=True)
        return {"case": name, "planted": len(slots), "ahead": ahead, "wrong_passphrase": wrong, **result,
                "load_average_1min": round(load, 2)}  # fmt: skip

    w = (worst.memory_kib, worst.iterations, worst.lanes)
    d = (default.memory_kib, default.iterations, default.lanes)
    cases = [
        case("legit store, 1 slot"),
        case("+1 worst plantable slot", w),
        case("+1 worst plantable slot, ahead", w, ahead=True),
        case("+1 worst plantable slot, wrong passphrase", w, wrong=True),
        case("+20 default-cost slots", *[d] * 20),
        case("+20 default-cost slots, ahead", *[d] * 20, ahead=True),
        case("+1 slot 4 GiB x 64 (review's bound)", (4 << 20, 64, 4)),
        case("+1 slot 1 GiB x 64 (review)", (1 << 20, 64, 4)),
        case("+1 slot memory_kib=4 (review)", (4, 1, 1)),
        case(f"+{args.many} worst slots, ahead", *[w] * args.many, ahead=True),
    ]
    results = {"machine": machine(), "argon2id_alone_s": {"default": kdf_seconds(default), "worst": kdf_seconds(worst)},
               "worst_slot": worst.to_json(),
               "default_slot": default.to_json(), "max_slot_files": LIMITS.max_slot_files, "cases": cases}  # fmt: skip
    text = json.dumps(results, indent=2)
    if args.out:
        args.out.write_text(text)
    print(text)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
