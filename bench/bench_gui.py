"""GUI benchmarks for docs/benchmarks.md (offscreen Qt):

1. UI-thread stalls while 200 photos are imported through the window (a 5 ms timer watchdog on the UI thread):
   through the Import dialog (listing, hashing for duplicate badges, sandboxed previews of the tiles shown, import),
   and straight through ``EvidencePage.import_paths`` (no dialog) as measured before issue 13.
2. An item with 5 000 captures: time to show it, and stalls while the grid is scrolled end to end (thumbnails
   load lazily, only for rows that are shown, from what analysis stored: the grid decodes nothing), with the item
   card (autosaving form) beside the grid.
3. Background OCR of a 12-page document: UI stalls while it runs, and how long an import of 20 photos queued
   meanwhile takes compared with the same import when nothing runs in the background (OCR yields to imports).
4. Cold start of the packaged program (dist/fieldkit, from scripts/package) through its self-test.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--photos 200] [--captures 5000]
       [--only dialog,import,grid,ocr,cold] [--profile] [--stacks]
(--profile: cProfile of the UI thread; --stacks: the UI thread's stack during each gap over 30 ms, on stderr)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_store import OUT, make_photos  # noqa: E402
from fieldkit.analysis import runner  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.gui.dialogs import FirstRunDialog  # noqa: E402
from fieldkit.gui.lockscreen import LockScreen  # noqa: E402
from fieldkit.gui.mainwindow import MainWindow  # noqa: E402
from fieldkit.gui.pages.evidence import EvidencePage  # noqa: E402
from fieldkit.gui.tasks import StoreExecutor  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

PASS = "benchmark passphrase"


class Watchdog:
    """Records the gaps between ticks of a 5 ms timer: any gap far above 5 ms is the UI thread being blocked. Gaps
    over ``LONG_MS`` are kept with when they ended (seconds since start) and the phase the benchmark was in."""

    LONG_MS = 30.0
    stacks = False  # --stacks: a thread samples the UI thread's Python stack while it has not ticked for 25 ms

    def __init__(self) -> None:
        self.samples: list[tuple[float, list[str]]] = []
        self._last = time.perf_counter()
        self._ui_thread = threading.get_ident()
        self._sampling = False
        self.clock = QElapsedTimer()
        self.since = QElapsedTimer()
        self.gaps: list[float] = []
        self.long: list[tuple[float, float, str, str]] = []
        self.phase = ""
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.long.clear()
        self.samples.clear()
        self.clock.start()
        self.since.start()
        self._begun = self._last = time.perf_counter()
        self._sched_then = self._sched()
        self.timer.start()
        if self.stacks:
            self._sampling = True
            threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while self._sampling:
            time.sleep(0.005)
            now = time.perf_counter()
            if now - self._last > 0.025:
                frame = sys._current_frames().get(self._ui_thread)
                if frame is not None:
                    stack = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)]
                    self.samples.append((now - self._begun, stack[-12:]))

    @staticmethod
    def _sched() -> tuple[float, float]:
        """This thread's time on a CPU and waiting in the run queue for one, ms (Linux schedstat; else zeros)."""
        try:
            on_cpu, waiting, _slices = Path("/proc/thread-self/schedstat").read_text().split()
        except (OSError, ValueError):
            return 0.0, 0.0
        return int(on_cpu) / 1e6, int(waiting) / 1e6

    def _tick(self) -> None:
        self._last = time.perf_counter()
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        self.gaps.append(gap)
        sched = self._sched()
        if gap > self.LONG_MS:  # how much of the gap the UI thread ran, waited for a CPU, or was blocked (GIL, I/O)
            ran, queued = sched[0] - self._sched_then[0], sched[1] - self._sched_then[1]
            where = f"ran {ran:.0f}, waited for a CPU {queued:.0f}, blocked {gap - ran - queued:.0f}"
            self.long.append((round(self.since.elapsed() / 1000, 2), round(gap, 1), self.phase, where))
        self._sched_then = sched

    def stop(self) -> dict[str, object]:
        self.timer.stop()
        self._sampling = False
        for end, gap, phase, where in self.long:  # what the UI thread was doing during each long gap
            seen = [stack for t, stack in self.samples if end - gap / 1000 - 0.01 <= t <= end + 0.01]
            print(f"gap {gap} ms ending at {end} s ({phase}; {where}): {len(seen)} samples", file=sys.stderr)
            for stack in {tuple(stack): stack for stack in seen}.values():
                print("    " + " > ".join(stack[-7:]), file=sys.stderr)
        gaps = sorted(self.gaps) or [0.0]
        return {"ticks": len(gaps), "max_ms": round(gaps[-1], 1), "p99_ms": round(gaps[int(len(gaps) * 0.99) - 1], 1),
                "median_ms": round(statistics.median(gaps), 1), "over_50_ms": sum(1 for g in gaps if g > 50),
                f"over_{self.LONG_MS:.0f}_ms_at_s": self.long[:20]}  # fmt: skip


def spin(until: Callable[[], object], timeout_s: float) -> bool:
    """Run the event loop, as the program does, until ``until()`` holds (checked every 10 ms) or the time is up.
    (The UI thread idles in the loop between events: a busy polling loop here would take the GIL and a core from
    the threads and sandbox children the benchmark measures, and count their waiting as UI stalls.)"""
    if until():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    check = QTimer()
    check.setInterval(10)
    check.timeout.connect(lambda: loop.quit() if until() or time.monotonic() > deadline else None)
    check.start()
    loop.exec()
    check.stop()
    return bool(until())


def open_window(store_dir: Path) -> tuple[MainWindow, StoreExecutor]:
    executor = StoreExecutor()
    window = MainWindow(executor, store_dir, kdf=TEST_KDF)
    window.resize(1366, 768)
    window.show()
    dialog = window.start()  # the first-run dialog on an empty folder, else the window's full lock screen
    if isinstance(dialog, FirstRunDialog):
        dialog.operator.setText("bench")
        dialog.passphrase.setText(PASS)
        dialog.again.setText(PASS)
        dialog.submit()
        spin(lambda: window.is_unlocked and dialog.unlocked_as is not None, 30)
        dialog.submit()  # OK again, once the device key's fingerprint is shown
    elif isinstance(dialog, LockScreen):
        dialog.passphrase.setText(PASS)
        dialog.submit()
    assert spin(lambda: window.is_unlocked, 30), "the window did not unlock"
    return window, executor


def new_item(window: MainWindow, tag: str) -> None:
    window.executor.submit(lambda c: c.need_store().ensure_item(c.need_store().ensure_case("Bench"), tag),
                           lambda item: window.evidence_page.reload(item.id))  # fmt: skip
    assert spin(lambda: (item := window.evidence_page.current_item()) is not None and item.tag == tag, 10)


AFTER_IMPORT_S = 30.0  # watched after the import: background analysis (sandboxed thumbnails) goes on meanwhile


def wait_for_thumbnails(page: EvidencePage, count: int) -> int:
    """Keep watching while analysis makes the first thumbnails in the sandbox (for at most AFTER_IMPORT_S: analysing
    200 photos of 12 Mpx takes minutes on two cores); how many the grid had loaded by then."""
    spin(lambda: page.captures.thumbnails_loaded >= min(count, 12), AFTER_IMPORT_S)
    return int(page.captures.thumbnails_loaded)


def bench_import_dialog(count: int) -> dict[str, object]:
    """200 photos through the Import dialog, as an operator would: add the folder, wait for the list, Import; the
    dialog hashes every file (duplicate badges) and previews the tiles shown in the sandbox meanwhile."""
    photos = make_photos(OUT / "photos", count)
    base = OUT / "gui-import-dialog"
    shutil.rmtree(base, ignore_errors=True)
    folder = base / "card" / "DCIM"
    folder.mkdir(parents=True)
    for photo in photos:  # a folder holding exactly these photos (hard links: no copying of 1.6 GB)
        os.link(photo, folder / photo.name)
    window, executor = open_window(base / "store")
    new_item(window, "EV-1")
    page = window.evidence_page
    watchdog = Watchdog()
    finished: list[object] = []
    page.import_finished.connect(finished.append)
    marks: dict[str, float] = {}
    started = time.perf_counter()
    watchdog.start()
    watchdog.phase = "open+list"
    dialog = page.choose_import()
    assert dialog is not None
    listed: list[bool] = []
    dialog.listed.connect(lambda: listed.append(True))
    dialog.add_paths([folder])
    assert spin(lambda: bool(listed), 120), "the dialog did not list the folder"
    marks["listed_s"] = time.perf_counter() - started
    assert dialog.model.rowCount() == count
    hashed = dialog._threads.scan.submit(lambda: None)  # one scan thread: this runs once the hashing is done

    def previews_done() -> bool:
        rows = dialog.model.rows()
        return any(row.requested for row in rows) and all(row.preview is not None for row in rows if row.requested)

    # The Import button waits until every file was looked up in the store (duplicates are left out by default).
    watchdog.phase = "checking (hashing, duplicates, previews)"
    assert spin(dialog.import_button.isEnabled, 900), "the Import button never became ready"
    marks["ready_s"] = time.perf_counter() - started
    watchdog.phase = "import (previews)"
    dialog.start_import()
    assert dialog.importing, "the Import button did not start the import"

    def note() -> bool:  # when hashing and the previews of the tiles shown ended, while the import runs
        if hashed.done():
            marks.setdefault("hashed_s", time.perf_counter() - started)
        if previews_done():
            marks.setdefault("previews_s", time.perf_counter() - started)
        return bool(finished)

    assert spin(note, 900), "the import did not finish"
    marks["imported_s"] = time.perf_counter() - started
    watchdog.phase = "after import (hashing, previews, refresh, thumbnails)"
    spin(lambda: note() and hashed.done() and previews_done(), 300)
    outcome = dialog.outcome
    stored = outcome.total.stored if outcome is not None else 0
    previews = sum(1 for row in dialog.model.rows() if row.preview is not None)
    dialog.accept()
    spin(lambda: page.captures.rowCount() == count, 60)
    marks["grid_listed_s"] = time.perf_counter() - started
    thumbnails = wait_for_thumbnails(page, count)
    seconds = time.perf_counter() - started
    stalls = watchdog.stop()
    executor.shutdown()
    window.close()
    shutil.rmtree(base, ignore_errors=True)
    return {"photos": count, "stored": stored, "tiles_previewed_in_sandbox": previews,
            **{key: round(value, 2) for key, value in marks.items()}, "seconds_watched": round(seconds, 2),
            "grid_thumbnails_by_then": thumbnails, "ui_stalls": stalls}  # fmt: skip


def bench_import(count: int) -> dict[str, object]:
    photos = make_photos(OUT / "photos", count)
    base = OUT / "gui-import"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    window, executor = open_window(base / "store")
    new_item(window, "EV-1")
    watchdog = Watchdog()
    finished: list[object] = []
    window.evidence_page.import_finished.connect(finished.append)
    started = time.perf_counter()
    watchdog.start()
    window.evidence_page.import_paths(photos)
    spin(lambda: bool(finished), 600)
    imported = time.perf_counter() - started
    spin(lambda: window.evidence_page.captures.rowCount() == count, 30)
    listed = time.perf_counter() - started
    thumbnails = wait_for_thumbnails(window.evidence_page, count)
    seconds = time.perf_counter() - started
    stalls = watchdog.stop()
    executor.shutdown()
    window.close()
    shutil.rmtree(base, ignore_errors=True)
    return {"photos": count, "imported_s": round(imported, 2), "grid_listed_s": round(listed, 2),
            "seconds_watched": round(seconds, 2), "grid_thumbnails_by_then": thumbnails,
            "ui_stalls": stalls}  # fmt: skip


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
    started = time.perf_counter()
    window, executor = open_window(base / "store")
    unlocked = time.perf_counter()
    spin(lambda: window.evidence_page.captures.rowCount() == count, 60)
    shown = time.perf_counter() - unlocked
    spin(lambda: window.evidence_page.captures.thumbnails_loaded > 0, 30)
    card = window.evidence_page.card
    card_shown = card.isVisible() and window.evidence_page.grid.isVisible()
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
    return {"captures": count, "unlock_s": round(unlocked - started, 2), "show_item_s": round(shown, 2),
            "item_card_beside_grid": card_shown, "scroll_ui_stalls": stalls, "thumbnails_decoded": loaded}  # fmt: skip


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
    parser.add_argument("--only", default="dialog,import,grid,ocr,cold")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--stacks", action="store_true")
    args = parser.parse_args()
    Watchdog.stacks = args.stacks
    app = QApplication.instance() or QApplication([])
    benches: dict[str, Callable[[], dict[str, object]]] = {
        "dialog": lambda: bench_import_dialog(args.photos), "import": lambda: bench_import(args.photos),
        "grid": lambda: bench_grid(args.captures), "ocr": bench_ocr_yields, "cold": bench_cold_start}  # fmt: skip
    results = {}
    for name in args.only.split(","):
        profile = cProfile.Profile() if args.profile else None  # the UI thread only: the workers are not traced
        if profile is not None:
            profile.enable()
        results[name] = benches[name]()
        if profile is not None:
            profile.disable()
            print(f"--- {name}: UI thread, by cumulative time")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
        print(name, json.dumps(results[name]), flush=True)
    print(json.dumps(results, indent=1))
    (OUT / "gui-results.json").write_text(json.dumps(results, indent=1))
    del app


if __name__ == "__main__":
    main()
