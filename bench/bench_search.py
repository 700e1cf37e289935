"""Search benchmarks for docs/benchmarks.md (issue 14), pinned to one core (Tesseract with OMP_THREAD_LIMIT=1):

1. Pages per minute of `fieldkit ocr` (fieldkit.core.ocr.ocr_capture) on 5 dense A4 pages (bench_sources.py's
   ledger, 40 lines, 300 dpi): a scan without text layer read as before (OCR only, orientation detection off), the
   same with orientation detection (OSD) on upright pages, on pages turned a quarter (OSD turns them, then OCR),
   and the same text as a PDF with a text layer (made by pango-view; skipped if it is missing).
2. Search recall on the Arabic test documents (tests/assets/arabic: a PDF with a text layer and Eastern digits, a
   scan of it, and that scan photographed a quarter turn off): every word and every number of the source text
   searched alone, numbers asked as written (Eastern) and in ASCII; letters and digits counted separately.

Usage: .venv/bin/python bench/bench_search.py [--languages ara+eng+fra] [--read-numbers-once] [--recall-only]
(--read-numbers-once: no second reading of Arabic pages' numbers by the Arabic script model, as before issue 14's
digits work; --recall-only: skip the pages-per-minute part)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402
from PIL import Image  # noqa: E402

from bench.bench_sources import TEXT, a4_page  # noqa: E402
from fieldkit import media_types  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core import ocr, pages  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

ARABIC = ROOT / "tests" / "assets" / "arabic"
PAGES = 5


def pdf_of(images: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return out.getvalue()


def text_layer_pdf(work: Path) -> bytes | None:
    """The ledger's 5 pages as A4 PDF pages with a text layer (pango-view, one page each, merged by pdfium)."""
    if shutil.which("pango-view") is None:
        return None
    merged = pypdfium2.PdfDocument.new()
    words = TEXT.split()
    for seed in range(PAGES):
        source = work / f"ledger-{seed}.txt"
        source.write_text("\n".join(" ".join(words[(line + seed) % 5 :][:14]) for line in range(40)) + "\n")
        out = work / f"ledger-{seed}.pdf"
        subprocess.run(["pango-view", "--font", "DejaVu Sans 10", "--width", "523", "--margin", "36", "-q",
                        "-o", str(out), str(source)], check=True)  # fmt: skip
        merged.import_pages(pypdfium2.PdfDocument(out.read_bytes()))
    buffer = io.BytesIO()
    merged.save(buffer)
    return buffer.getvalue()


def keep(store: Store, name: str, data: bytes, media_type: str = media_types.PDF) -> int:
    item = store.ensure_item(store.ensure_case("Bench"), "EV-14")
    capture_id, _new = store.originals.add_original(item, data, original_name=name, kind="document",
                                                    media_type=media_type, source="bench", metadata={})  # fmt: skip
    return capture_id


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (each tesseract run); the sandbox's renders run in
    long-lived children and are not counted (the same for every case here, about 0.3 s a page)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_ocr(store: Store, capture_id: int, languages: str, orient: bool) -> dict[str, object]:
    if not orient:  # as before issue 14: a page view (even the identity) means fieldkit never turns the pages
        store.page_views.put(capture_id, [(n, 0) for n in range(1, PAGES + 1)])
    started, cpu = time.perf_counter(), cpu_seconds()
    result = ocr.ocr_capture(store, capture_id, languages)
    elapsed, used = time.perf_counter() - started, cpu_seconds() - cpu
    assert result.error is None, result.error
    return {"pages": result.pages, "wall_s": round(elapsed, 2), "cpu_s": round(used, 2),
            "pages_per_minute_wall": round(result.pages / elapsed * 60, 1),
            "pages_per_minute_cpu": round(result.pages / used * 60, 1),
            "text_layer_pages": result.text_layer_pages, "turned": len(result.turned)}  # fmt: skip


def throughput(store: Store, work: Path, languages: str) -> dict[str, object]:
    sheets = [a4_page(seed) for seed in range(PAGES)]
    results: dict[str, object] = {}
    results["scan, OCR only (as before)"] = timed_ocr(store, keep(store, "scan.pdf", pdf_of(sheets)), languages, False)
    results["scan, OSD + OCR (upright)"] = timed_ocr(store, keep(store, "scan2.pdf", pdf_of(sheets)), languages, True)
    turned = [sheet.rotate(-90, expand=True) for sheet in sheets]
    results["scan turned 90, OSD + OCR"] = timed_ocr(store, keep(store, "turned.pdf", pdf_of(turned)), languages, True)
    layered = text_layer_pdf(work)
    if layered is not None:
        results["text layer"] = timed_ocr(store, keep(store, "layer.pdf", layered), languages, True)
    return results


def recall(store: Store, capture_id: int, terms: list[str]) -> dict[str, object]:
    found = [term for term in terms if any(hit.capture_id == capture_id for hit in ocr.search(store, term))]
    return {"found": len(found), "of": len(terms), "recall": round(len(found) / len(terms), 3)}


def search_recall(store: Store, languages: str) -> dict[str, object]:
    text = (ARABIC / "constitution.txt").read_text(encoding="utf-8")
    words = sorted({w for w in re.findall(r"\w+", text) if not any(char.isdigit() for char in w)})
    numbers = sorted({w for w in re.findall(r"\w+", text) if w.isdigit()})
    ascii_numbers = ["".join(str(int(char)) for char in number) for number in numbers]
    pdf = (ARABIC / "constitution.pdf").read_bytes()
    scan = pypdfium2.PdfDocument(pdf)[0].render(scale=300 / 72, grayscale=True).to_pil()
    photo = io.BytesIO()
    scan.convert("RGB").rotate(-90, expand=True).save(photo, "JPEG", quality=90)
    documents = {"PDF with text layer": keep(store, "constitution.pdf", pdf),
                 "scan (no text layer)": keep(store, "constitution-scan.pdf", pdf_of([scan])),
                 "photo of the scan, turned 90": keep(store, "photo.jpg", photo.getvalue(),
                                                      media_types.JPEG)}  # fmt: skip
    results: dict[str, object] = {"words": len(words), "numbers": len(numbers)}
    for name, capture_id in documents.items():
        cpu = cpu_seconds()
        done = ocr.ocr_capture(store, capture_id, languages)
        used = cpu_seconds() - cpu
        results[name] = {"source": [page["source"] for page in ocr.page_texts(store, capture_id)],
                         "cpu_s": round(used, 2), "pages_per_minute_cpu": round(done.pages / used * 60, 1),
                         "turned": [list(turn) for turn in done.turned],
                         "letters (words)": recall(store, capture_id, words),
                         "digits, asked in Eastern digits": recall(store, capture_id, numbers),
                         "digits, asked in ASCII": recall(store, capture_id, ascii_numbers)}  # fmt: skip
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", default=ocr.DEFAULT_LANGUAGES)
    parser.add_argument("--read-numbers-once", action="store_true")
    parser.add_argument("--recall-only", action="store_true")
    args = parser.parse_args()
    if args.read_numbers_once:
        ocr.numbers_reading_available = lambda: False  # type: ignore[assignment]
    os.sched_setaffinity(0, {0})  # one core, for this process, its sandbox children and tesseract
    assert pages.paged(media_types.PDF)
    work = Path(tempfile.mkdtemp(prefix="fieldkit-bench-search-"))
    try:
        with Store.init(work / "store", "bench", "benchmark passphrase", kdf=TEST_KDF) as store:
            results = {"languages": args.languages, "numbers read again": not args.read_numbers_once,
                       "ocr": {} if args.recall_only else throughput(store, work, args.languages),
                       "recall": search_recall(store, args.languages)}  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
