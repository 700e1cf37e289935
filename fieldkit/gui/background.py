"""Work after imports: a perceptual hash per photo, then OCR of documents, in small steps that yield to the user.

The store thread only ever does short steps (hash one photo, render one page, save one document's text); Tesseract
runs on a thread of its own, so an import or a click queued meanwhile waits at most for one page to render, never
for a whole document to be read. Page images and text stay in memory; on lock everything in flight is dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from fieldkit.core.ocr import OcrUnavailableError, recognise
from fieldkit.errors import FieldkitError
from fieldkit.gui import jobs
from fieldkit.gui.tasks import Job, StoreExecutor, report_bug


class BackgroundWork(QObject):
    idle = Signal()  # nothing left to do (photos hashed, documents read)
    document_read = Signal(int)  # capture id whose text is now searchable
    failed = Signal(object)  # FieldkitError that stops the work (e.g. Tesseract missing)
    _relay = Signal(object, object)  # (callback, future) from the OCR thread to the UI thread

    def __init__(self, executor: StoreExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.running = False
        self._again = False
        self._generation = 0  # bumped on stop: results of an older generation are dropped
        self._ocr_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldkit-ocr")
        self._texts: list[str] = []
        self._relay.connect(self._deliver)

    def start(self) -> None:
        if self.running:
            self._again = True  # something new arrived while the loop runs: look once more before going idle
            return
        self.running = True
        self._again = False
        self._hash_step(self._generation)

    def stop(self) -> None:
        """On lock: forget pages and text in flight; a page being read finishes and is thrown away."""
        self._generation += 1
        self._texts = []
        self.running = False
        self._again = False

    def shutdown(self) -> None:
        self.stop()
        self._ocr_thread.shutdown(wait=True, cancel_futures=True)

    # --- the loop ----------------------------------------------------------------------------------------------

    def _submit(self, generation: int, job: Job, on_done: Callable[[Any], None]) -> None:
        def done(result: object) -> None:
            if generation == self._generation:
                on_done(result)

        def failed(error: FieldkitError) -> None:
            if generation == self._generation:
                self._stop_with(error)

        self.executor.submit(job, done, failed)

    def _hash_step(self, generation: int) -> None:
        def hashed(more: object) -> None:
            if more:
                QTimer.singleShot(0, lambda: self._hash_step(generation))
            else:
                self._next_page(generation, None, 0)

        self._submit(generation, jobs.hash_one_photo, hashed)

    def _next_page(self, generation: int, capture_id: int | None, index: int) -> None:
        if capture_id is None:
            self._texts = []
        self._submit(generation, jobs.ocr_page(capture_id, index), lambda page: self._read(generation, page))

    def _read(self, generation: int, page: jobs.OcrStep | None) -> None:
        if page is None:  # no document waits for OCR (or Tesseract is missing)
            if self._again:
                self._again = False
                self._hash_step(generation)
                return
            self.running = False
            self.idle.emit()
            return
        if page.page is None:  # the page could not be rendered: recorded as failed, go on with the next document
            QTimer.singleShot(0, lambda: self._next_page(generation, None, 0))
            return
        future = self._ocr_thread.submit(recognise, page.page.image, page.languages)
        future.add_done_callback(lambda f: self._hand_back(lambda done: self._recognised(generation, page, done), f))

    def _hand_back(self, callback: Callable[[Future[Any]], None], future: Future[Any]) -> None:
        """Runs on the OCR thread: queue the result to the UI thread (unless the window is already gone)."""
        with contextlib.suppress(RuntimeError):  # the window closed while a page was being read: nothing to tell
            self._relay.emit(callback, future)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[object], None], future: Future[Any]) -> None:
        callback(future)

    def _recognised(self, generation: int, step: jobs.OcrStep, future: Future[Any]) -> None:
        if generation != self._generation:
            return
        assert step.page is not None
        error = future.exception()
        if isinstance(error, OcrUnavailableError):
            self._stop_with(error)
            return
        if isinstance(error, FieldkitError):  # e.g. a page that took too long: recorded, the next document goes on
            self._submit(generation, jobs.ocr_failed(step.capture_id, error.message),
                         lambda _: self._next_page(generation, None, 0))  # fmt: skip
            return
        if error is not None:
            report_bug(error)
            self._stop_with(FieldkitError(f"unexpected error during OCR: {type(error).__name__}"))
            return
        self._texts.append(future.result())
        if step.page.index + 1 < step.page.count:
            self._next_page(generation, step.capture_id, step.page.index + 1)
            return
        texts, self._texts = self._texts, []

        def saved(kept: object) -> None:
            if kept:
                self.document_read.emit(step.capture_id)
            self._next_page(generation, None, 0)  # not kept: its pages were turned meanwhile, it is read again

        self._submit(generation, jobs.save_ocr(step.capture_id, texts, step.languages, step.rotations), saved)

    def _stop_with(self, error: FieldkitError) -> None:
        self.stop()
        self.failed.emit(error)
