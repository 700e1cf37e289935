"""Store benchmarks for docs/benchmarks.md (issue: the encrypted evidence store).

1. Import of 200 realistic ~8 MB JPEG photos with EXIF until committed, against `openssl dgst -sha256` over the
   same files in the same run (warm cache for both).
2. Peak memory importing and exporting one large file (default 2 GiB), in a child process.
3. A store with 100 000 captures: list filtered to one item, and a lookup by SHA-256.

Usage: .venv/bin/python bench/bench_store.py [--photos 200] [--big-gib 2] [--captures 100000] [--only NAME]
Work files go to bench/out/ (ignored by git); they are plaintext test data, never evidence.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from fieldkit.config import TEST_KDF, Limits  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

OUT = ROOT / "bench" / "out"
PASSPHRASE = "benchmark passphrase"


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1), "python": platform.python_version(),
            "kernel": platform.release()}  # fmt: skip


def make_photos(folder: Path, count: int) -> list[Path]:
    """~8 MB JPEGs with EXIF (camera, time, GPS); 8 distinct encodings made unique by a comment segment."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("IMG_*.JPG"))
    if len(existing) >= count:
        return existing[:count]
    bases = []
    for seed in range(8):
        image = Image.effect_noise((4096, 3072), 30 + seed).convert("RGB")
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Canon", "EOS R6"
        exif[0x8769] = {0x9003: f"2026:11:2{seed} 10:00:00", 0xA431: f"0{seed}2031000123"}
        exif[0x8825] = {1: "N", 2: (34.0, 30.0, 15.0 + seed), 3: "E", 4: (69.0, 10.0, 2.0)}
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=93, exif=exif.tobytes())
        bases.append(buffer.getvalue())
    return write_variants(folder, bases, count)


def write_variants(folder: Path, bases: list[bytes], count: int) -> list[Path]:
    """``count`` distinct JPEGs from a few base photos: each gets its own comment segment (a different SHA-256)."""
    paths = []
    for index in range(count):
        base = bases[index % len(bases)]
        comment = f"fieldkit benchmark photo {index}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        path = folder / f"IMG_{index:04}.JPG"
        path.write_bytes(base[:2] + segment + base[2:])
        paths.append(path)
    return paths


def warm(paths: list[Path]) -> None:
    for path in paths:
        with open(path, "rb") as fh:
            while fh.read(1 << 24):
                pass


def bench_import(count: int) -> dict[str, object]:
    photos = make_photos(OUT / "photos", count)
    total = sum(p.stat().st_size for p in photos)
    warm(photos)
    started = time.perf_counter()
    subprocess.run(["openssl", "dgst", "-sha256", *map(str, photos)], check=True, stdout=subprocess.DEVNULL)
    openssl_s = time.perf_counter() - started
    store_dir = OUT / "store-import"
    shutil.rmtree(store_dir, ignore_errors=True)
    with Store.init(store_dir, "bench", PASSPHRASE, kdf=TEST_KDF, limits=Limits()) as store:
        warm(photos)
        started = time.perf_counter()
        summary = Importer(store).run("Bench", "EV-1", photos)
        import_s = time.perf_counter() - started
        assert summary.stored == count, summary.outcomes[:3]
    started = time.perf_counter()
    subprocess.run(["openssl", "dgst", "-sha256", *map(str, photos)], check=True, stdout=subprocess.DEVNULL)
    openssl_after_s = time.perf_counter() - started
    # The disk's own ceiling for durable writes of the same amount of data, measured in the same run.
    scratch = OUT / "dd.tmp"
    started = time.perf_counter()
    subprocess.run(["dd", "if=/dev/zero", f"of={scratch}", "bs=1M", f"count={total >> 20}", "conv=fsync"],
                   check=True, capture_output=True)  # fmt: skip
    dd_s = time.perf_counter() - started
    scratch.unlink()
    copy_s = durable_copy(photos)
    shutil.rmtree(store_dir, ignore_errors=True)
    ram_s = import_on_tmpfs(photos, total)
    mib = total / 2**20
    openssl_best = min(openssl_s, openssl_after_s)
    return {
        "photos": count,
        "mib": round(mib, 1),
        "openssl_sha256_s": round(openssl_best, 3),
        "openssl_mib_s": round(mib / openssl_best, 1),
        "fieldkit_import_s": round(import_s, 3),
        "fieldkit_mib_s": round(mib / import_s, 1),
        "ratio_to_openssl": round(openssl_best / import_s, 2),
        "fieldkit_import_store_on_tmpfs_s": round(ram_s, 3) if ram_s else None,
        "fieldkit_tmpfs_ratio_to_openssl": round(openssl_best / ram_s, 2) if ram_s else None,
        "plain_copy_fsync_4_threads_s": round(copy_s, 3),
        "plain_copy_mib_s": round(mib / copy_s, 1),
        "ratio_to_plain_copy": round(copy_s / import_s, 2),
        "dd_fsync_write_s": round(dd_s, 3),
        "dd_fsync_mib_s": round(mib / dd_s, 1),
    }


def durable_copy(photos: list[Path]) -> float:
    """The disk's ceiling for this job: copy the same files (no hashing, no encryption) with 4 threads, each file
    fsynced, into a folder on the same disk as the store."""
    from concurrent.futures import ThreadPoolExecutor

    target = OUT / "copy"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()

    def copy(path: Path) -> None:
        with open(path, "rb") as src, open(target / path.name, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())

    warm(photos)
    started = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(copy, photos))
    elapsed = time.perf_counter() - started
    shutil.rmtree(target)
    return elapsed


def import_on_tmpfs(photos: list[Path], total: int) -> float | None:
    """The same import into a store on a RAM file system: the pipeline's own speed, without the disk's."""
    mount = OUT / "tmpfs"
    mount.mkdir(exist_ok=True)
    size_mib = total * 11 // 10 // 2**20 + 64
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mib}m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:  # fmt: skip
        return None
    try:
        with Store.init(mount / "store", "bench", PASSPHRASE, kdf=TEST_KDF) as store:
            warm(photos)
            started = time.perf_counter()
            assert Importer(store).run("Bench", "EV-1", photos).stored == len(photos)
            return time.perf_counter() - started
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def make_big_jpeg(path: Path, gib: float) -> str:
    """A JPEG-shaped file of the given size (valid header, stuffed scan data, end marker) without holding it."""
    header = io.BytesIO()
    Image.new("L", (64, 64)).save(header, "JPEG")
    data = header.getvalue()
    sos = data.index(b"\xff\xda")
    scan_start = sos + int.from_bytes(data[sos + 2 : sos + 4], "big") + 2
    digest = hashlib.sha256()
    target = int(gib * 2**30)
    with open(path, "wb") as out:
        head = data[:scan_start]
        out.write(head)
        digest.update(head)
        written = len(head)
        block = secrets.token_bytes(1 << 22).replace(b"\xff", b"\xfe")
        while written < target - 2:
            piece = block[: min(len(block), target - 2 - written)]
            out.write(piece)
            digest.update(piece)
            written += len(piece)
        out.write(b"\xff\xd9")
        digest.update(b"\xff\xd9")
    return digest.hexdigest()


def child_peak(action: str, store_dir: Path, path: Path) -> tuple[float, float]:
    code = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from fieldkit.store.store import Store
from fieldkit.core.importer import Importer
start = time.perf_counter()
with Store.open(Path({str(store_dir)!r}), {PASSPHRASE!r}) as store:
    if {action!r} == "import":
        assert Importer(store).run("Big", "EV-1", [Path({str(path)!r})]).stored == 1
    else:
        store.export_original(store.captures()[0].id, Path({str(path)!r}))
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1]
print(time.perf_counter() - start, hwm)
"""
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, peak_kib = result.stdout.split()
    return float(seconds), int(peak_kib) / 1024


def bench_memory(gib: float) -> dict[str, object]:
    big = OUT / "big.jpg"
    sha = make_big_jpeg(big, gib)
    store_dir = OUT / "store-big"
    shutil.rmtree(store_dir, ignore_errors=True)
    # The default (production) key-derivation cost: its memory is part of a real command's peak.
    Store.init(store_dir, "bench", PASSPHRASE).close()
    # Peak RSS from /proc (VmHWM): ru_maxrss would include the parent's peak, inherited across fork and exec.
    baseline_code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); import fieldkit.core.importer, fieldkit.store.store;"
        "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1])"
    )
    baseline = int(subprocess.run([sys.executable, "-c", baseline_code], capture_output=True, text=True,
                                  check=True).stdout) / 1024  # fmt: skip
    import_s, import_peak = child_peak("import", store_dir, big)
    exported = OUT / "big-exported.jpg"
    exported.unlink(missing_ok=True)
    export_s, export_peak = child_peak("export", store_dir, exported)
    with open(exported, "rb") as fh:
        assert hashlib.file_digest(fh, "sha256").hexdigest() == sha
    size_mib = big.stat().st_size / 2**20
    big.unlink()
    exported.unlink()
    shutil.rmtree(store_dir, ignore_errors=True)
    return {
        "file_mib": round(size_mib),
        "python_with_fieldkit_loaded_mib": round(baseline, 1),
        "import_peak_rss_mib": round(import_peak, 1),
        "import_mib_s": round(size_mib / import_s, 1),
        "export_peak_rss_mib": round(export_peak, 1),
        "export_mib_s": round(size_mib / export_s, 1),
    }


def bench_many(count: int) -> dict[str, object]:
    store_dir = OUT / "store-many"
    shutil.rmtree(store_dir, ignore_errors=True)
    items = max(1, count // 100)
    with Store.init(store_dir, "bench", PASSPHRASE, kdf=TEST_KDF) as store:
        case = store.ensure_case("Many")
        item_ids = [store.ensure_item(case, f"EV-{i:05}").id for i in range(items)]
        started = time.perf_counter()
        rows = []
        shas = []
        for n in range(count):
            sha = hashlib.sha256(n.to_bytes(8, "big")).hexdigest()
            shas.append(sha)
            metadata = json.dumps({"width": 6000, "height": 4000, "exif": {"make": "Canon", "model": "EOS R6"}})
            rows.append((f"u{n}", item_ids[n % items], "photo", "image/jpeg", f"IMG_{n}.JPG", sha, 8_000_000,
                         None, "2026-11-25T00:00:00Z", store.operator.id, "file", metadata, f"{n:032x}",
                         b"\0" * 32, 8_000_000))  # fmt: skip
        with store.write():  # straight into the table: the benchmark measures reading, not importing
            store._conn.executemany(
                "INSERT INTO captures (uuid, item_id, kind, media_type, original_name, sha256, size, captured_at,"
                " imported_at, operator_id, source, metadata, media_id, media_salt, encrypted_size)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        fill_s = time.perf_counter() - started

        def best_ms(fn: Callable[[], object], runs: int = 20) -> float:
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            times.sort()
            return round(times[len(times) // 2] * 1000, 2)

        target_item = f"EV-{items // 2:05}"
        list_ms = best_ms(lambda: store.captures(case="Many", item=target_item))
        listed = len(store.captures(case="Many", item=target_item))
        sha_ms = best_ms(lambda: store.captures_by_sha256(shas[count // 3]))
        all_ms = best_ms(lambda: store.captures(), runs=3)
    shutil.rmtree(store_dir, ignore_errors=True)
    return {
        "captures": count,
        "items": items,
        "fill_s": round(fill_s, 1),
        "list_one_item_median_ms": list_ms,
        "rows_in_that_item": listed,
        "lookup_by_sha256_median_ms": sha_ms,
        "list_all_median_ms": all_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--big-gib", type=float, default=2.0)
    parser.add_argument("--captures", type=int, default=100_000)
    parser.add_argument("--only", choices=["import", "memory", "many"])
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"machine": machine()}
    if args.only in (None, "import"):
        results["import"] = bench_import(args.photos)
        print(json.dumps(results["import"]), flush=True)
    if args.only in (None, "memory"):
        results["memory"] = bench_memory(args.big_gib)
        print(json.dumps(results["memory"]), flush=True)
    if args.only in (None, "many"):
        results["many"] = bench_many(args.captures)
        print(json.dumps(results["many"]), flush=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
