"""Bundle benchmarks for docs/benchmarks.md: fieldkit's export and verify against the stock pipeline
(../shared/bench/stock_pipeline.sh: bagit.py + ssh-keygen -Y sign + tar | age, then age -d | tar x + bagit.py
--validate + ssh-keygen -Y verify) on the same photos, in the same run; and peak memory for a 2 GiB bundle.

Usage: .venv/bin/python bench/bench_bundle.py [--photos 200] [--big-gib 2] [--only speed|memory]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_store import OUT, make_big_jpeg, make_photos, warm  # noqa: E402
from fieldkit.bundle.verify import check_bundle  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from fieldkit.outgoing import compose, ledger  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

PASSPHRASE = "benchmark passphrase"
STOCK = ROOT.parent / "shared" / "bench" / "stock_pipeline.sh"


def setup(photos: list[Path], name: str) -> tuple[Path, HQ]:
    base = OUT / name
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    hq = HQ.init(base / "HQ", "Bench")
    with Store.init(base / "store", "bench", PASSPHRASE, kdf=TEST_KDF) as store:
        Importer(store).run("Bench", "EV-1", photos)
        hq.enroll(store.device_allowed_signers_line())
        ledger.add_recipient(store, hq.recipients()[0])
    return base, hq


def bench_speed(count: int) -> dict[str, object]:
    photos = make_photos(OUT / "photos", count)
    mib = sum(p.stat().st_size for p in photos) / 2**20
    base, hq = setup(photos, "bundle-speed")
    data_dir = base / "plain"
    data_dir.mkdir()
    for photo in photos:  # the stock pipeline bags this folder: the same bytes fieldkit bundles
        os.link(photo, data_dir / photo.name)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    warm(photos)
    stock = subprocess.run(["bash", str(STOCK), str(data_dir), str(base / "stock")], env=env, check=True,
                           capture_output=True, text=True).stdout  # fmt: skip
    numbers = dict(re.findall(r"^(stock export|stock verify|openssl sha256)[^:]*: ([\d.]+) s", stock, re.M))
    out = base / "out"
    out.mkdir()
    with Store.open(base / "store", PASSPHRASE) as store:
        started = time.perf_counter()
        (made,) = compose.create_bundles(store, out)
        export_s = time.perf_counter() - started
    started = time.perf_counter()
    report = check_bundle(made.path, hq.trust())
    verify_s = time.perf_counter() - started
    assert report.ok, report.message
    shutil.rmtree(base, ignore_errors=True)
    stock_export, stock_verify = float(numbers["stock export"]), float(numbers["stock verify"])
    return {
        "photos": count, "mib": round(mib, 1), "bundle_bytes": made.size,
        "openssl_sha256_s": float(numbers["openssl sha256"]),
        "stock_export_s": stock_export, "stock_export_mib_s": round(mib / stock_export, 1),
        "fieldkit_export_s": round(export_s, 3), "fieldkit_export_mib_s": round(mib / export_s, 1),
        "export_ratio": round(stock_export / export_s, 2),
        "stock_verify_s": stock_verify, "stock_verify_mib_s": round(mib / stock_verify, 1),
        "fieldkit_verify_s": round(verify_s, 3), "fieldkit_verify_mib_s": round(mib / verify_s, 1),
        "verify_ratio": round(stock_verify / verify_s, 2),
        "stock_output": stock.strip().splitlines(),
    }  # fmt: skip


def bench_memory(gib: float) -> dict[str, object]:
    base = OUT / "bundle-memory"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    big = base / "big.jpg"
    make_big_jpeg(big, gib)
    hq = HQ.init(base / "HQ", "Bench")
    with Store.init(base / "store", "bench", PASSPHRASE) as store:  # default (production) KDF
        Importer(store).run("Big", "EV-1", [big])
        hq.enroll(store.device_allowed_signers_line())
        ledger.add_recipient(store, hq.recipients()[0])
    big.unlink()
    (base / "out").mkdir()
    hwm = "next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1]"
    create = (
        f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path;"
        "from fieldkit.store.store import Store; from fieldkit.outgoing import compose; t = time.perf_counter();"
        f"s = Store.open(Path({str(base / 'store')!r}), {PASSPHRASE!r});"
        f"compose.create_bundles(s, Path({str(base / 'out')!r})); s.close(); print(time.perf_counter() - t, {hwm})"
    )
    created = subprocess.run([sys.executable, "-c", create], capture_output=True, text=True, check=True).stdout.split()
    bundle = next((base / "out").glob("*.fkb"))
    verify = (
        f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path;"
        "from fieldkit.hq.trust import HQ; from fieldkit.bundle.verify import check_bundle; t = time.perf_counter();"
        f"r = check_bundle(Path({str(bundle)!r}), HQ(Path({str(base / 'HQ')!r})).trust()); assert r.ok, r.message;"
        f"print(time.perf_counter() - t, {hwm})"
    )
    verified = subprocess.run([sys.executable, "-c", verify], capture_output=True, text=True, check=True).stdout.split()
    size = bundle.stat().st_size
    shutil.rmtree(base, ignore_errors=True)
    return {
        "bundle_mib": round(size / 2**20), "create_s": round(float(created[0]), 2),
        "create_peak_rss_mib": round(int(created[1]) / 1024, 1), "verify_s": round(float(verified[0]), 2),
        "verify_peak_rss_mib": round(int(verified[1]) / 1024, 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--big-gib", type=float, default=2.0)
    parser.add_argument("--only", choices=["speed", "memory"])
    args = parser.parse_args()
    results: dict[str, object] = {}
    if args.only in (None, "speed"):
        results["speed"] = bench_speed(args.photos)
        print(json.dumps(results["speed"], indent=1), flush=True)
    if args.only in (None, "memory"):
        results["memory"] = bench_memory(args.big_gib)
        print(json.dumps(results["memory"], indent=1), flush=True)
    (OUT / "bundle-results.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
