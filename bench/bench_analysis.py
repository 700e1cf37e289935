"""Issue 12 benchmarks (preserve first, analyse in a sandbox), for docs/benchmarks.md.

1. import: acquisition alone (``Importer.run``, no analysis) of camera-like JPEGs until committed, against
   ``openssl dgst -sha256`` over the same files, alternating in the same run, several rounds.
2. analysis: EXIF + thumbnail of the same photos through ``runner.analyse`` (decrypt, sandbox, record), against
   ``exiftool -json`` + ``vipsthumbnail --size 256`` doing the same work on the same files in the same run, per file
   (two at a time, as fieldkit runs two sandboxes) and in batch; and the sandbox's own cost per file (a request that
   does nothing, and DESCRIBE in a child against the same function in this process, on the same bytes).
3. memory: ``python -m fieldkit import`` (analysis on) of the photos, of a folder of hostile files and of one large
   file (600 MiB), in a child process whose tree is sampled from /proc every 50 ms: the fieldkit process's peak, each
   sandbox's peak, the whole tree's peak resident size.

Decision: the photos are noise in three colour bands with EXIF and GPS (so they neither compress away nor decode
faster than a real photo of the same size), made once into a temporary folder and reused; they are plaintext test
data, never evidence. Figures are medians over rounds that alternate fieldkit and the comparison tools, because the
two cores are shared with other jobs: the load average is recorded with every round.

Usage: python -m bench.bench_analysis [--photos 200] [--size 4096x3072] [--rounds 3] [--only import,analysis,memory]
                                      [--work DIR] [--quick] [--out results.json]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from bench.bench_store import warm, write_variants  # noqa: E402
from fieldkit import media_types  # noqa: E402
from fieldkit.analysis import ops, runner  # noqa: E402
from fieldkit.analysis.ops import DESCRIBE  # noqa: E402
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, PASSPHRASE_ENV, TEST_KDF, KdfParams  # noqa: E402
from fieldkit.core.importer import Importer, forget_cached_pages  # noqa: E402
from fieldkit.sandbox.pool import Pool  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

PASSPHRASE = "benchmark passphrase"
WORK = Path(tempfile.gettempdir()) / "fieldkit-bench-analysis"
# A request that does nothing with the bytes it is sent: what the sandbox itself costs (pipe both ways, framing).
EMPTY_OP = "builtins:len"
SAMPLE_EVERY_S = 0.05
# The analysis limits with one sandbox child, for what is timed one photo at a time.
ONE_CHILD = replace(DEFAULT_ANALYSIS_LIMITS, workers=1)
EXIFTOOL = shutil.which("exiftool") or "/usr/bin/exiftool"
VIPSTHUMBNAIL = shutil.which("vipsthumbnail") or "/usr/bin/vipsthumbnail"
# vipsthumbnail writes PNG at zlib level 3, as fieldkit's thumbnails are (fieldkit.analysis.formats._common).
VIPS_OUTPUT = "%s.png[compression=3]"


def log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


# --- the machine -------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    disk = subprocess.run(["df", "-hT", str(WORK.parent)], capture_output=True, text=True).stdout.splitlines()[-1:]
    versions = {}
    for package in ("pillow", "cryptography", "sqlcipher3", "pypdfium2", "pillow-heif"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)
    tools = {
        "openssl": _first_line(["openssl", "version"]),
        "exiftool": _first_line([EXIFTOOL, "-ver"]),
        "vipsthumbnail": _first_line([VIPSTHUMBNAIL, "--vips-version"]),
    }
    return {"cpu": cpu, "nproc": os.cpu_count(), "memory_gib": round(memory, 1), "disk": " ".join(disk),
            "kernel": platform.release(), "python": platform.python_version(), "packages": versions,
            "tools": tools, "load_at_start": os.getloadavg()}  # fmt: skip


def _first_line(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "missing"


def load() -> float:
    return round(os.getloadavg()[0], 2)


# --- test data ---------------------------------------------------------------------------------------------------


def make_photos(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    """``count`` camera-like JPEGs (quality 93, EXIF with camera, time, serial and GPS; ~8 MB at 4096x3072): eight
    distinct noise pictures, each file made unique by a comment segment. Kept in ``folder`` for the next run."""
    folder = folder / f"photos-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("IMG_*.JPG"))
    if len(existing) >= count:
        return existing[:count]
    bases = []
    for seed in range(min(8, count)):
        bands = [Image.effect_noise(size, sigma) for sigma in (28 + seed, 22, 25)]
        picture = Image.merge("RGB", bands)
        exif = Image.Exif()
        exif[0x010F], exif[0x0110], exif[0x0112] = "Canon", "EOS R6", 1
        exif[0x8769] = {0x9003: f"2026:11:2{seed} 10:00:00", 0xA431: f"0{seed}2031000123"}
        exif[0x8825] = {1: "N", 2: (34.0, 30.0, 15.0 + seed), 3: "E", 4: (69.0, 10.0, 2.0)}
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=93, exif=exif.tobytes())
        bases.append(buffer.getvalue())
    return write_variants(folder, bases, count)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def bomb_png(width: int, height: int) -> bytes:
    """A valid PNG of black RGB pixels that compresses to almost nothing (a decompression bomb)."""
    row = b"\x00" * (width * 3 + 1)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")


def tall_png() -> bytes:
    """45 bytes: a PNG header declaring 40 x 16 777 246 pixels and no pixel data (fuzzing found its 54-byte cousin
    costing 1 GiB when analysis read the EXIF a PNG may keep after its pixels)."""
    header = struct.pack(">IIBBBBB", 40, 16_777_246, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IEND", b"")


def huge_canvas_webp() -> bytes:
    """38 bytes: a lossless WebP declaring 16 384 x 16 384 pixels (issue 12: 2.6 GB to import in-process)."""
    side = 16_384 - 1
    bits = side | side << 14  # 14-bit width-1 and height-1, no alpha, version 0
    payload = b"\x2f" + bits.to_bytes(4, "little") + b"\x00" * 13
    chunk = b"VP8L" + len(payload).to_bytes(4, "little") + payload
    data = b"RIFF" + (4 + len(chunk)).to_bytes(4, "little") + b"WEBP" + chunk
    assert len(data) == 38
    return data


def zip_bomb(path: Path, expanded: int) -> None:
    """A zip whose one member is ``expanded`` bytes of zeros (about a thousandth of that on disk)."""
    block = bytes(1 << 20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("zeros.bin", "w", force_zip64=True) as member,
    ):
        written = 0
        while written < expanded:
            piece = block[: min(len(block), expanded - written)]
            member.write(piece)
            written += len(piece)


def make_hostile(folder: Path, quick: bool) -> list[Path]:
    """The hostile files of issue 12, made here: two decompression bombs (analysed side by side), a header-only giant
    PNG, a huge canvas, a huge page, a zip bomb, a fake and a crashing WSQ."""
    from tests import hostile_prints, samples  # lazy: test data builders (pytest, wsq) only this part needs

    folder.mkdir(parents=True, exist_ok=True)
    side = 3_000 if quick else 12_000  # 12 000^2: 432 MB of pixels from about 420 kB, under the pixel limit
    files: dict[str, bytes | Callable[[Path], None]] = {
        "bomb.png": bomb_png(side, side),
        "bomb-2.png": bomb_png(side - 10, side),  # analysed beside the first: two sandboxes at their worst at once
        "tall.png": tall_png(),
        "canvas.webp": huge_canvas_webp(),
        "huge-page.pdf": samples.huge_page_pdf(),
        "bomb.zip": lambda path: zip_bomb(path, (30 << 20) if quick else (1 << 30)),
        "fake.wsq": hostile_prints.FAKE_WSQ,
        "crashing.wsq": hostile_prints.HOSTILE["crashing"],  # made when the module loads (crashing_wsq())
    }
    paths = []
    for name, content in files.items():
        path = folder / name
        if not path.exists():
            if callable(content):
                content(path)
            else:
                path.write_bytes(content)
        paths.append(path)
    return paths


def new_store(folder: Path, kdf: KdfParams | None = TEST_KDF) -> Store:
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    return Store.init(folder, "bench", PASSPHRASE, kdf=kdf)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


# --- 1. acquisition against openssl --------------------------------------------------------------------------------


def timed(action: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    started = time.perf_counter()
    action(*args, **kwargs)
    return time.perf_counter() - started


def openssl_sha256(paths: list[Path]) -> None:
    subprocess.run(["openssl", "dgst", "-sha256", *map(str, paths)], check=True, stdout=subprocess.DEVNULL)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def import_once(photos: list[Path], store_dir: Path) -> tuple[float, float]:
    """Seconds for ``Importer.run`` alone (no analysis) of ``photos`` into a new store until committed, and the CPU
    seconds this process spent on it (every thread, user and system)."""
    with new_store(store_dir) as store:
        warm(photos)
        cpu_before = cpu_seconds(resource.RUSAGE_SELF)
        started = time.perf_counter()
        summary = Importer(store).run("Bench", "EV-1", photos)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu_before
        assert summary.stored == len(photos), summary.outcomes[:3]
    shutil.rmtree(store_dir, ignore_errors=True)
    return seconds, cpu


def durable_copy(photos: list[Path], target: Path, threads: int = 4) -> float:
    """The disk's ceiling for this job in this round: the same files copied (no hash, no encryption) by ``threads``
    threads into a folder beside the store, each file fsynced, its pages then dropped as the importer does."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)

    def copy(path: Path) -> None:
        with open(path, "rb") as source, open(target / path.name, "wb") as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
            sink.flush()
            os.fsync(sink.fileno())
        forget_cached_pages(target / path.name)

    warm(photos)
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(copy, photos))
    seconds = time.perf_counter() - started
    shutil.rmtree(target)
    return seconds


def bench_import(photos: list[Path], rounds: int, work: Path) -> dict[str, Any]:
    mib = sum(p.stat().st_size for p in photos) / 2**20
    per_round: list[dict[str, Any]] = []
    for index in range(rounds):
        load_before = load()
        row: dict[str, Any] = {}
        sides = ["openssl", "fieldkit", "copy"]
        for side in sides if index % 2 == 0 else reversed(sides):
            if side == "openssl":
                warm(photos)
                cpu_before = cpu_seconds(resource.RUSAGE_CHILDREN)
                row["openssl_s"] = round(timed(openssl_sha256, photos), 3)
                row["openssl_cpu_s"] = round(cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_before, 2)
            elif side == "fieldkit":
                seconds, cpu = import_once(photos, work / "store-import")
                row["fieldkit_s"], row["fieldkit_cpu_s"] = round(seconds, 3), round(cpu, 2)
            else:
                row["durable_copy_4_threads_s"] = round(durable_copy(photos, work / "copy"), 3)
        row["ratio"] = round(row["openssl_s"] / row["fieldkit_s"], 2)
        row["load"] = [load_before, load()]
        per_round.append(row)
        log(f"import round {index + 1}: {json.dumps(row)}")

    def middle(key: str) -> float:
        return median([float(r[key]) for r in per_round])

    return {
        "photos": len(photos),
        "mib": round(mib, 1),
        "rounds": per_round,
        "median_fieldkit_s": round(middle("fieldkit_s"), 3),
        "median_fieldkit_mib_s": round(mib / middle("fieldkit_s"), 1),
        "median_fieldkit_cpu_s": round(middle("fieldkit_cpu_s"), 2),
        "median_openssl_s": round(middle("openssl_s"), 3),
        "median_openssl_mib_s": round(mib / middle("openssl_s"), 1),
        "median_openssl_cpu_s": round(middle("openssl_cpu_s"), 2),
        "median_durable_copy_mib_s": round(mib / middle("durable_copy_4_threads_s"), 1),
        "median_ratio": round(middle("ratio"), 2),
        "best_ratio": max(float(r["ratio"]) for r in per_round),
    }


# --- 2. analysis against exiftool + vipsthumbnail ----------------------------------------------------------------


def tools_per_file(photos: list[Path], out: Path, workers: int) -> None:
    """``exiftool -json`` then ``vipsthumbnail --size 256`` for each photo, ``workers`` photos at a time."""

    def pair(path: Path) -> None:
        subprocess.run([EXIFTOOL, "-json", str(path)], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([VIPSTHUMBNAIL, "--size", "256", "-o", str(out / VIPS_OUTPUT), str(path)], check=True)

    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(pair, photos))


def tools_batch(photos: list[Path], out: Path, *, together: bool) -> None:
    """One ``exiftool -json`` over all the photos and one ``vipsthumbnail`` over all of them; both at once, or one
    after the other."""
    names = [str(p) for p in photos]
    commands = [[EXIFTOOL, "-json", *names], [VIPSTHUMBNAIL, "--size", "256", "-o", str(out / VIPS_OUTPUT), *names]]
    if together:
        running = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in commands]
        codes = [p.wait() for p in running]
        assert codes == [0, 0], codes
    else:
        for command in commands:
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def analyse_all(store: Store, ids: list[int]) -> dict[str, float]:
    """``runner.analyse`` of ``ids`` (decrypt, describe in the sandbox pool, record); asserts every photo was
    described with its GPS and a thumbnail."""
    started = time.perf_counter()
    outcomes = runner.analyse(store, ids)
    seconds = time.perf_counter() - started
    assert [o.status for o in outcomes] == ["ok"] * len(ids), outcomes[:3]
    analysis = store.analyses.get(ids[-1])
    assert analysis.facts.get("gps") and store.analyses.thumbnail(ids[-1]), analysis
    return {"seconds": seconds}


def runner_breakdown(store: Store, ids: list[int]) -> dict[str, float]:
    """Where ``runner.analyse``'s time goes per photo, one photo at a time: reading the original back alone (decrypt
    and hash check), describing it (streamed from the store to a child as it is decrypted, described there), and
    recording the answer (one transaction each)."""
    version = runner.analyser_version()
    limits = ONE_CHILD
    read_s, describe_s, record_s = [], [], []
    for capture_id in ids:
        read_s.append(timed(lambda chunks: b"".join(chunks), store.read_original(capture_id)))
        started = time.perf_counter()
        found = runner.describe(runner.prepare(store, capture_id), limits)
        describe_s.append(time.perf_counter() - started)
        record_s.append(timed(runner.record, store, capture_id, found, version))
    return {"read_back_ms": round(median(read_s) * 1000, 2), "record_ms": round(median(record_s) * 1000, 2),
            "describe_streamed_ms": round(median(describe_s) * 1000, 2)}  # fmt: skip


def sandbox_overhead(photos: list[Path], sample: int) -> dict[str, Any]:
    """The same bytes, one at a time: a request that does nothing, DESCRIBE in a child, DESCRIBE in this process."""
    sandbox = Pool(ONE_CHILD)
    limits = asdict(DEFAULT_ANALYSIS_LIMITS)
    try:
        started = time.perf_counter()
        sandbox.run(EMPTY_OP, b"")
        start_s = time.perf_counter() - started  # a child's start: Python, confinement, first answer
        sandbox.run(DESCRIBE, photos[0].read_bytes(), media_type=media_types.JPEG, limits=limits)  # its imports
        ops.describe(photos[0].read_bytes(), media_type=media_types.JPEG, limits=limits)
        empty, in_child, in_process = [], [], []
        for path in photos[:sample]:
            data = path.read_bytes()
            empty.append(timed(sandbox.run, EMPTY_OP, data))
            in_child.append(timed(sandbox.run, DESCRIBE, data, media_type=media_types.JPEG, limits=limits))
            in_process.append(timed(ops.describe, data, media_type=media_types.JPEG, limits=limits))
        tiny = [timed(sandbox.run, EMPTY_OP, b"x") for _ in range(50)]
    finally:
        sandbox.close()
    return {
        "sample": min(sample, len(photos)),
        "child_start_ms": round(start_s * 1000, 1),
        "empty_request_1_byte_ms": round(median(tiny) * 1000, 3),
        "empty_request_with_the_photo_ms": round(median(empty) * 1000, 2),
        "describe_in_child_ms": round(median(in_child) * 1000, 2),
        "describe_in_process_ms": round(median(in_process) * 1000, 2),
        "overhead_ms": round((median(in_child) - median(in_process)) * 1000, 2),
    }


def bench_analysis(photos: list[Path], rounds: int, work: Path, sample: int) -> dict[str, Any]:
    out = work / "thumbnails"
    store_dir = work / "store-analysis"
    per_round = []
    with new_store(store_dir) as store:
        summary = Importer(store).run("Bench", "EV-1", photos)
        ids = [o.capture_id for o in summary.outcomes if o.capture_id is not None]
        assert len(ids) == len(photos)
        sides: dict[str, Callable[[], object]] = {
            "fieldkit": lambda: analyse_all(store, ids),
            "tools_per_file_2_at_a_time": lambda: tools_per_file(photos, out, 2),
            "tools_batch_together": lambda: tools_batch(photos, out, together=True),
            "tools_batch_one_after_the_other": lambda: tools_batch(photos, out, together=False),
        }
        for index in range(rounds):
            load_before = load()
            names = list(sides) if index % 2 == 0 else list(reversed(sides))
            row: dict[str, Any] = {}
            for name in names:
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir(parents=True)
                warm(photos)
                row[name + "_s"] = round(timed(sides[name]), 3)
                if name != "fieldkit":
                    assert len(list(out.glob("*.png"))) == len(photos), name  # the tools made every thumbnail
            row["load"] = [load_before, load()]
            per_round.append(row)
            log(f"analysis round {index + 1}: {json.dumps(row)}")
        breakdown = runner_breakdown(store, ids[:sample])
    shutil.rmtree(store_dir, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    medians = {name: median([r[name + "_s"] for r in per_round]) for name in sides}
    fieldkit_s = medians["fieldkit"]
    return {
        "photos": len(photos),
        "workers": DEFAULT_ANALYSIS_LIMITS.workers,
        "rounds": per_round,
        "median_s": {name: round(s, 3) for name, s in medians.items()},
        "photos_per_s": {name: round(len(photos) / s, 1) for name, s in medians.items()},
        "fieldkit_speed_vs": {name: round(s / fieldkit_s, 2) for name, s in medians.items() if name != "fieldkit"},
        "one_at_a_time_per_photo": breakdown,
        "sandbox": sandbox_overhead(photos, sample),
    }


# --- 3. memory of `fieldkit import` and its sandboxes -----------------------------------------------------------


@dataclass
class TreePeaks:
    """What a /proc sampler saw of one process tree."""

    samples: int = 0
    tree_rss_kib: int = 0
    children_hwm_kib: dict[int, int] = field(default_factory=dict)

    def take(self, root: int) -> None:
        total = 0
        for pid in _tree(root):
            status = _status(pid)
            total += status.get("VmRSS", 0)
            if pid != root and "VmHWM" in status:
                self.children_hwm_kib[pid] = max(self.children_hwm_kib.get(pid, 0), status["VmHWM"])
        self.tree_rss_kib = max(self.tree_rss_kib, total)
        self.samples += 1


def _tree(root: int) -> Iterator[int]:
    stack = [root]
    while stack:
        pid = stack.pop()
        yield pid
        for children in Path(f"/proc/{pid}/task").glob("*/children"):
            with contextlib.suppress(OSError, ValueError):
                stack.extend(int(child) for child in children.read_text().split())


def _status(pid: int) -> dict[str, int]:
    found = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    return found


# Runs fieldkit's own entry point and, once it has ended (sandboxes closed), writes its peak from /proc: ru_maxrss
# of the process would also hold the peaks of the sandboxes it waited for (Linux's wait4 merges them).
_WRAPPER = """
import atexit, os, runpy, sys
def _peak():
    with open('/proc/self/status') as status, open(os.environ['BENCH_PEAK_FILE'], 'w') as out:
        out.write(next(line for line in status if line.startswith('VmHWM:')).split()[1])
atexit.register(_peak)
sys.argv = ['fieldkit', *sys.argv[1:]]
runpy.run_module('fieldkit', run_name='__main__', alter_sys=True)
"""


def import_with_peaks(folder: Path, store_dir: Path, kdf: KdfParams | None) -> dict[str, Any]:
    """``python -m fieldkit import --json`` of ``folder`` (analysis on) into a new store, its tree sampled."""
    new_store(store_dir, kdf).close()
    peak_file = store_dir.parent / "peak.txt"
    peak_file.unlink(missing_ok=True)
    env = {**os.environ, PASSPHRASE_ENV: PASSPHRASE, "BENCH_PEAK_FILE": str(peak_file), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _WRAPPER, "--store", str(store_dir), "import", "--case", "Bench", "--item",
               "EV-1", "--json", str(folder)]  # fmt: skip
    peaks = TreePeaks()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stopped = threading.Event()

    def sample() -> None:
        while not stopped.is_set():
            peaks.take(process.pid)
            stopped.wait(SAMPLE_EVERY_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    stopped.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"fieldkit import exited {process.returncode}: {stderr.decode()[-2000:]}")
    result = json.loads(stdout)
    statuses: dict[str, int] = {}
    for outcome in result["analysis"]:
        key = outcome["status"] + (":" + outcome["code"] if outcome.get("code") else "")
        statuses[key] = statuses.get(key, 0) + 1
    children = sorted(peaks.children_hwm_kib.values(), reverse=True)
    return {
        "files": len(result["outcomes"]),
        "stored": result["stored"],
        "analysis": statuses,
        "reasons": sorted({o["reason"] for o in result["analysis"] if o.get("reason")}),
        "seconds": round(seconds, 2),
        "fieldkit_peak_mib": round(int(peak_file.read_text()) / 1024, 1),
        "child_processes_seen": len(children),
        "largest_sandbox_peak_mib": round(children[0] / 1024, 1) if children else None,
        "tree_peak_rss_mib": round(peaks.tree_rss_kib / 1024, 1),
        "samples": peaks.samples,
    }


def make_large(folder: Path, size: int) -> Path:
    """One large file no decoder recognises (a disk image, say): analysis must not hold it in fieldkit's process."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "disk.img"
    if not path.exists() or path.stat().st_size != size:
        with open(path, "wb") as out:
            for offset in range(0, size, 1 << 20):
                out.write(os.urandom(min(1 << 20, size - offset)))
    return path


def bench_memory(photos: list[Path], work: Path, quick: bool) -> dict[str, Any]:
    hostile = make_hostile(work / ("hostile-quick" if quick else "hostile"), quick)
    large = make_large(work / ("large-quick" if quick else "large"), (48 << 20) if quick else (600 << 20))
    kdf = TEST_KDF if quick else None  # the real unlock (128 MiB of Argon2id) is part of a real command's peak
    results: dict[str, Any] = {
        "sandbox_cap_mib": DEFAULT_ANALYSIS_LIMITS.memory_bytes >> 20,
        "hostile_files": {p.name: p.stat().st_size for p in hostile},
        "large_file_mib": large.stat().st_size >> 20,
        "kdf": "test (cheap)" if kdf else "default",
    }
    photo_folder = photos[0].parent
    extra = sorted(set(photo_folder.glob("IMG_*.JPG")) - set(photos))
    if extra:  # the folder holds more photos than asked: import only those asked, through a folder of links
        photo_folder = work / "photos-linked"
        shutil.rmtree(photo_folder, ignore_errors=True)
        photo_folder.mkdir(parents=True)
        for photo in photos:
            os.link(photo, photo_folder / photo.name)
    for name, folder in (("photos", photo_folder), ("hostile", hostile[0].parent), ("large", large.parent)):
        load_before = load()
        results[name] = import_with_peaks(folder, work / f"store-memory-{name}", kdf)
        results[name]["load"] = [load_before, load()]
        log(f"memory {name}: {json.dumps(results[name])}")
        shutil.rmtree(work / f"store-memory-{name}", ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_analysis", description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--size", default="4096x3072", help="photo size in pixels (4096x3072: ~8 MB each)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sample", type=int, default=40, help="photos timed one by one for the sandbox's cost")
    parser.add_argument("--only", default="import,analysis,memory")
    parser.add_argument("--work", type=Path, default=WORK, help="test data and stores (plaintext test data only)")
    parser.add_argument("--quick", action="store_true", help="small hostile files and a cheap unlock (smoke test)")
    parser.add_argument("--out", type=Path, help="write the results here as JSON")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    parts = {part.strip() for part in args.only.split(",") if part.strip()}
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine(), "command": " ".join(["python -m bench.bench_analysis",
                                                                          *(argv or sys.argv[1:])])}  # fmt: skip
    photos = make_photos(args.work, args.photos, (width, height))
    if not args.quick:
        os.sync()  # photos just made must not be written back while the first round is timed
    results["photos"] = {"count": len(photos), "mib": round(sum(p.stat().st_size for p in photos) / 2**20, 1),
                         "size": [width, height]}  # fmt: skip

    def save() -> None:
        if args.out:
            args.out.write_text(json.dumps(results, indent=1))

    if "import" in parts:
        results["import"] = bench_import(photos, args.rounds, args.work)
        save()
    if "analysis" in parts:
        results["analysis"] = bench_analysis(photos, args.rounds, args.work, args.sample)
        save()
    if "memory" in parts:
        results["memory"] = bench_memory(photos, args.work, args.quick)
        save()
    results["machine"]["load_at_end"] = os.getloadavg()
    save()
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
