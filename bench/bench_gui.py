"""GUI benchmarks for docs/benchmarks.md (offscreen Qt):

1. UI-thread stalls while 200 photos are imported through the window (a 5 ms timer watchdog on the UI thread).
2. An item with 5 000 captures: time to show it, and stalls while the grid is scrolled end to end (thumbnails
   load lazily, only for rows that are shown, from what analysis stored: the grid decodes nothing).
3. Background OCR of a 12-page document: UI stalls while it runs, and how long an import of 20 photos queued
   meanwhile takes compared with the same import when nothing runs in the background (OCR yields to imports).
4. Cold start of the packaged program (dist/fieldkit, from scripts/package) through its self-test.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--photos 200] [--captures 5000]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_store import OUT, make_photos  # noqa: E402
from fieldkit.analysis import runner  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.gui.dialogs import FirstRunDialog, UnlockDialog  # noqa: E402
from fieldkit.gui.mainwindow import MainWindow  # noqa: E402
from fieldkit.gui.tasks import StoreExecutor  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

PASS = "benchmark passphrase"


class Watchdog:
    """Records the gaps between ticks of a 5 ms timer: any gap far above 5 ms is the UI thread being blocked."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.gaps.append(self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return {"ticks": len(gaps), "max_ms": round(gaps[-1], 1), "p99_ms": round(gaps[int(len(gaps) * 0.99) - 1], 1),
                "median_ms": round(statistics.median(gaps), 1)}  # fmt: skip


def spin(until: Callable[[], object], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if until():
            return True
    return False


def open_window(store_dir: Path) -> tuple[MainWindow, StoreExecutor]:
    executor = StoreExecutor()
    window = MainWindow(executor, store_dir, kdf=TEST_KDF)
    window.resize(1366, 768)
    window.show()
    dialog = window.start()
    if isinstance(dialog, FirstRunDialog):
        dialog.operator.setText("bench")
        dialog.passphrase.setText(PASS)
        dialog.again.setText(PASS)
        dialog.submit()
        spin(lambda: window.is_unlocked, 30)
        dialog.submit()
    elif isinstance(dialog, UnlockDialog):
        dialog.passphrase.setText(PASS)
        dialog.submit()
    spin(lambda: window.is_unlocked, 30)
    return window, executor


def bench_import(count: int) -> dict[str, object]:
    photos = make_photos(OUT / "photos", count)
    base = OUT / "gui-import"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    window, executor = open_window(base / "store")
    window.executor.submit(lambda c: c.need_store().ensure_item(c.need_store().ensure_case("Bench"), "EV-1"),
                           lambda item: window.evidence_page.reload(item.id))  # fmt: skip
    spin(lambda: window.evidence_page.current_item() is not None, 10)
    watchdog = Watchdog()
    finished: list[object] = []
    window.evidence_page.import_finished.connect(finished.append)
    started = time.perf_counter()
    watchdog.start()
    window.evidence_page.import_paths(photos)
    spin(lambda: bool(finished), 600)
    spin(lambda: window.evidence_page.captures.rowCount() == count, 30)
    spin(lambda: window.evidence_page.captures.thumbnails_loaded >= min(count, 12), 60)
    seconds = time.perf_counter() - started
    stalls = watchdog.stop()
    executor.shutdown()
    window.close()
    shutil.rmtree(base, ignore_errors=True)
    return {"photos": count, "seconds": round(seconds, 2), "ui_stalls": stalls}


def bench_grid(count: int) -> dict[str, object]:
    base = OUT / "gui-grid"
    shutil.rmtree(base, ignore_errors=True)
    (base / "src").mkdir(parents=True)
    for i in range(count):
        image = Image.new("RGB", (160, 120), ((i * 37) % 256, (i * 91) % 256, (i * 53) % 256))
        image.paste((i % 256, (i // 256) % 256, 255), (0, 0, 16, 16))  # every file distinct
        out = io.BytesIO()
        image.save(out, "PNG")
        (base / "src" / f"IMG_{i:05}.png").write_bytes(out.getvalue())
    with Store.init(base / "store", "bench", PASS, kdf=TEST_KDF) as store:
        summary = Importer(store).run("Bench", "EV-BIG", [base / "src"])
        assert summary.stored == count
        analysed = runner.analyse_pending(store)  # the grid shows the thumbnails analysis stored; it decodes nothing
        assert all(outcome.status == "ok" for outcome in analysed)
    window, executor = open_window(base / "store")
    started = time.perf_counter()
    spin(lambda: window.evidence_page.captures.rowCount() == count, 60)
    shown = time.perf_counter() - started
    spin(lambda: window.evidence_page.captures.thumbnails_loaded > 0, 30)
    watchdog = Watchdog()
    watchdog.start()
    bar = window.evidence_page.grid.verticalScrollBar()
    steps = 60
    for step in range(steps + 1):
        bar.setValue(int(bar.maximum() * step / steps))
        spin(lambda: False, 0.03)
    spin(lambda: False, 1.0)
    stalls = watchdog.stop()
    loaded = window.evidence_page.captures.thumbnails_loaded
    executor.shutdown()
    window.close()
    shutil.rmtree(base, ignore_errors=True)
    return {"captures": count, "show_item_s": round(shown, 2), "scroll_ui_stalls": stalls,
            "thumbnails_decoded": loaded}  # fmt: skip


def bench_ocr_yields(pages: int = 12) -> dict[str, object]:
    from bench.bench_sources import a4_page
    from fieldkit.core import ocr

    if not ocr.tesseract_available():
        return {"skipped": "tesseract with ara+eng+fra is not installed"}
    base = OUT / "gui-ocr"
    shutil.rmtree(base, ignore_errors=True)
    (base / "src").mkdir(parents=True)
    sheets = [a4_page(seed) for seed in range(pages)]
    sheets[0].save(base / "src" / "ledger.pdf", "PDF", resolution=300, save_all=True, append_images=sheets[1:])
    photos = make_photos(OUT / "photos", 20)
    with Store.init(base / "store", "bench", PASS, kdf=TEST_KDF) as store:
        Importer(store).run("Bench", "EV-DOC", [base / "src" / "ledger.pdf"])
    window, executor = open_window(base / "store")  # unlocking starts the background work
    spin(lambda: window.evidence_page.current_item() is not None, 10)
    read: list[int] = []
    window.evidence_page.background.document_read.connect(read.append)
    watchdog = Watchdog()
    watchdog.start()
    started = time.perf_counter()
    spin(lambda: bool(window.evidence_page.background._texts), 60)

    def timed_import(paths: list[Path]) -> float:
        finished: list[object] = []
        window.evidence_page.import_finished.connect(finished.append)
        begun = time.perf_counter()
        window.evidence_page.import_paths(paths)
        spin(lambda: bool(finished), 300)
        window.evidence_page.import_finished.disconnect(finished.append)
        return time.perf_counter() - begun

    during = timed_import(photos[:10])
    still_reading = not read
    spin(lambda: bool(read), 600)
    ocr_seconds = time.perf_counter() - started
    stalls = watchdog.stop()
    spin(lambda: not window.evidence_page.background.running, 120)
    idle = timed_import(photos[10:20])
    executor.shutdown()
    window.close()
    shutil.rmtree(base, ignore_errors=True)
    return {"pages": pages, "ocr_seconds": round(ocr_seconds, 1),
            "pages_per_minute": round(pages / ocr_seconds * 60, 1), "ui_stalls_during_ocr": stalls,
            "import_10_photos_during_ocr_s": round(during, 2), "ocr_still_running_after_that_import": still_reading,
            "import_10_photos_idle_s": round(idle, 2)}  # fmt: skip


def bench_cold_start() -> dict[str, object]:
    program = ROOT / "dist" / "fieldkit" / "fieldkit"
    if not program.exists():
        return {"skipped": "run scripts/package first"}
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([str(program), "--self-test"], check=True, capture_output=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        times.append(time.perf_counter() - started)
    return {"self_test_s_runs": [round(t, 2) for t in times], "median_s": round(statistics.median(times), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--captures", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    results = {"import": bench_import(args.photos), "grid": bench_grid(args.captures), "ocr": bench_ocr_yields(),
               "cold_start": bench_cold_start()}  # fmt: skip
    print(json.dumps(results, indent=1))
    (OUT / "gui-results.json").write_text(json.dumps(results, indent=1))
    del app


if __name__ == "__main__":
    main()
