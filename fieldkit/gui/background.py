"""Work after imports: analysis of each new capture (in the sandbox: its thumbnail for the grid, or why it failed),
a perceptual hash per photo, then OCR of documents, in small steps that yield to the user.

The store thread only ever does short steps (analyse one capture, hash one photo, read back one document and take a
page's text layer, save one document's text; each decoding bounded by the sandbox's limits); rendering a page,
orientation detection and Tesseract run on a side thread (fieldkit.core.ocr.OcrPage.read), so an import or a click
queued meanwhile never waits for a whole document to be read. Page images and text stay in memory; on lock
everything in flight is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldkit.analysis import runner
from fieldkit.analysis.description import Description
from fieldkit.core.ocr import PageText
from fieldkit.errors import AnalysisFailedError, FieldkitError, OcrUnavailableError
from fieldkit.gui.ops import Job
from fieldkit.gui.ops import ocr as ops
from fieldkit.gui.tasks import StoreExecutor, report_bug
from fieldkit.gui.workers import SideThread


class BackgroundWork(QObject):
    idle = Signal()  # nothing left to do (captures analysed, photos hashed, documents read)
    analysed = Signal(int)  # capture id whose analysis is now recorded (its thumbnail, or why it failed)
    document_read = Signal(int)  # capture id whose text is now searchable
    failed = Signal(object)  # FieldkitError that stops the work (e.g. Tesseract missing)

    def __init__(self, executor: StoreExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.running = False
        self._again = False
        self._ocr = SideThread("fieldkit-ocr", self)  # its generation is the loop's: bumped on stop
        self._texts: list[PageText] = []

    def start(self) -> None:
        if self.running:
            self._again = True  # something new arrived while the loop runs: look once more before going idle
            return
        self.running = True
        self._again = False
        self._analysis_step(self._ocr.generation)

    def stop(self) -> None:
        """On lock: forget pages and text in flight; a page being read finishes and is thrown away."""
        self._ocr.drop()
        self._texts = []
        self.running = False
        self._again = False

    def shutdown(self) -> None:
        self.stop()
        self._ocr.shutdown(wait=True)

    # --- the loop ----------------------------------------------------------------------------------------------

    def _submit(self, generation: int, job: Job, on_done: Callable[[Any], None]) -> None:
        def done(result: object) -> None:
            if self._ocr.current(generation):
                on_done(result)

        def failed(error: FieldkitError) -> None:
            if self._ocr.current(generation):
                self._stop_with(error)

        self.executor.submit(job, done, failed)

    def _analysis_step(self, generation: int) -> None:
        """Read the next capture back on the store thread, describe it in the sandbox from a side thread (a hostile
        file may take the sandbox's whole time limit: the store thread stays free for clicks), record it."""

        def recorded(capture_id: object) -> None:
            if isinstance(capture_id, int):
                self.analysed.emit(capture_id)
            QTimer.singleShot(0, lambda: self._analysis_step(generation))

        def described(step: ops.AnalysisStep, future: Future[Description]) -> None:
            if not self._ocr.current(generation):
                return
            error = future.exception()
            found: Description | AnalysisFailedError
            if isinstance(error, AnalysisFailedError):
                found = error
            elif error is not None:
                report_bug(error)
                found = AnalysisFailedError(f"unexpected error in analysis ({type(error).__name__})")
            else:
                found = future.result()
            self._submit(generation, ops.record_analysis(step.capture_id, found), recorded)

        def prepared(step: object) -> None:
            if not isinstance(step, ops.AnalysisStep):
                self._hash_step(generation)
                return
            if step.prepared is None:
                assert step.problem is not None
                self._submit(generation, ops.record_analysis(step.capture_id, step.problem), recorded)
                return
            data = step.prepared
            self._ocr.run(lambda: runner.describe(data), lambda future: described(step, future))

        self._submit(generation, ops.next_analysis, prepared)

    def _hash_step(self, generation: int) -> None:
        def hashed(more: object) -> None:
            if more:
                QTimer.singleShot(0, lambda: self._hash_step(generation))
            else:
                self._next_page(generation, None, 0)

        self._submit(generation, ops.hash_one_photo, hashed)

    def _next_page(self, generation: int, capture_id: int | None, index: int) -> None:
        if capture_id is None:
            self._texts = []
        self._submit(generation, ops.ocr_page(capture_id, index), lambda page: self._read(generation, page))

    def _read(self, generation: int, page: ops.OcrStep | None) -> None:
        if page is None:  # no document waits for OCR (or Tesseract is missing)
            if self._again:
                self._again = False
                self._analysis_step(generation)
                return
            self.running = False
            self.idle.emit()
            return
        if page.page is None:  # the page could not be rendered: recorded as failed, go on with the next document
            QTimer.singleShot(0, lambda: self._next_page(generation, None, 0))
            return
        to_read, languages = page.page, page.languages  # its text layer, or OCR (after orientation detection)
        self._ocr.run(lambda: to_read.read(languages), lambda done: self._recognised(generation, page, done))

    def _recognised(self, generation: int, step: ops.OcrStep, future: Future[PageText]) -> None:
        if not self._ocr.current(generation):
            return
        assert step.page is not None
        error = future.exception()
        if isinstance(error, OcrUnavailableError):
            self._stop_with(error)
            return
        if isinstance(error, AnalysisFailedError):  # the page does not render: recorded, the next document goes on
            self._submit(generation, ops.ocr_failed(step.capture_id, f"page {step.page.index + 1} could not be "
                                                                     f"rendered: {error.message}"),
                         lambda _: self._next_page(generation, None, 0))  # fmt: skip
            return
        if isinstance(error, FieldkitError):  # e.g. a page that took too long: recorded, the next document goes on
            self._submit(generation, ops.ocr_failed(step.capture_id, error.message),
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

        self._submit(generation, ops.save_ocr(step.capture_id, texts, step.languages, step.rotations), saved)

    def _stop_with(self, error: FieldkitError) -> None:
        self.stop()
        self.failed.emit(error)
