"""Capture-source benchmarks for docs/benchmarks.md: scan-to-stored latency per page (SANE test backend, 300 dpi
grey, feeder of 10 pages) and OCR pages per minute on one core (Tesseract, OMP_THREAD_LIMIT=1, A4 at 300 dpi).

Usage: .venv/bin/python bench/bench_sources.py
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core import ocr  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.sources import ScanSettings  # noqa: E402
from fieldkit.sources.sane import pages_to_tiff, scan  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

TEXT = ("Ammunition ledger, northern district. Received twelve crates on the fourth day; "
        "three crates moved to the depot near the river crossing. Signed by the quartermaster.")  # fmt: skip


def a4_page(seed: int) -> Image.Image:
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 42)
    words = TEXT.split()
    y = 200
    for line in range(40):
        draw.text((180, y), " ".join(words[(line + seed) % 5 :][:14]), font=font, fill=0)
        y += 75
    return image


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="fieldkit-bench-sources-"))
    results: dict[str, object] = {}
    try:
        conf = work / "sane.d"
        conf.mkdir()
        (conf / "dll.conf").write_text("test\n")
        shutil.copy("/etc/sane.d/test.conf", conf / "test.conf")
        os.environ["SANE_CONFIG_DIR"] = str(conf)
        with Store.init(work / "store", "bench", "benchmark passphrase", kdf=TEST_KDF) as store:
            started = time.perf_counter()
            pages = scan("test:0", ScanSettings(300, "gray", "feeder"))
            scanned = time.perf_counter()
            data, digests = pages_to_tiff(pages)
            item = store.ensure_item(store.ensure_case("Bench"), "EV-1")
            store.originals.add_original(item, data, original_name="scan.tif", kind="document",
                                         media_type="image/tiff", source="scanner:test:0",
                                         metadata={"page_count": len(pages), "page_pixel_sha256": digests})  # fmt: skip
            stored = time.perf_counter()
            results["scan"] = {
                "pages": len(pages), "page_size": list(pages[0].size), "scan_s": round(scanned - started, 3),
                "tiff_and_store_s": round(stored - scanned, 3),
                "per_page_ms": round((stored - started) / len(pages) * 1000, 1),
            }  # fmt: skip
            pdf = io.BytesIO()
            sheets = [a4_page(i) for i in range(5)]
            sheets[0].save(pdf, "PDF", resolution=300, save_all=True, append_images=sheets[1:])
            (work / "ledger.pdf").write_bytes(pdf.getvalue())
            Importer(store).run("Bench", "EV-2", [work / "ledger.pdf"])
            for languages in ("eng", "ara+eng+fra"):
                for capture_id in store.ocr_index.read_ids():  # read every document again
                    store.ocr_index.mark_stale(capture_id)
                started = time.perf_counter()
                done = ocr.ocr_pending(store, languages)
                elapsed = time.perf_counter() - started
                page_count = sum(r.pages for r in done if r.pages > 1)
                results[f"ocr_{languages}"] = {"pages": page_count, "seconds": round(elapsed, 2),
                                               "pages_per_minute": round(page_count / elapsed * 60, 1)}  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
