"""One worker thread owns the open store; the UI thread only sends it jobs and receives results through signals.

All database, crypto, image and file work runs there (as Anki serialises collection access on one thread), so the
window never freezes and SQLite's one-connection-per-thread rule holds. A job is a plain function of the Store;
its result or its FieldkitError comes back to the UI thread on a queued signal. A job that changed the store says
what it changed (``ops.Changed``); the executor passes that on in its ``changed`` signal, after the caller's own
callback, and the window tells every page.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from fieldkit.errors import FieldkitError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.store.store import Store


def report_bug(exc: BaseException) -> None:
    """Print where a bug happened, never the exception's message: messages can quote evidence bytes."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    print(f"fieldkit: internal error {type(exc).__name__}\n{frames}", file=sys.stderr)


@dataclass(frozen=True)
class Unlocked:
    """What the UI learns when a job opened the store: who, and the key slot files the unlock skipped (planted or
    damaged: docs/store.md), named so the operator can tell the technician."""

    operator: str
    skipped_slots: tuple[str, ...] = ()


def below_the_window() -> None:
    """Give the calling thread a lower scheduling priority than the UI thread (Linux: threads have their own nice
    value), so that on a two-core laptop a long import or hashing never keeps the window waiting for a core. Where
    the platform cannot, nothing changes."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 5)


class _Worker(QObject):
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, FieldkitError (or a wrapped unexpected error)
    progressed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None

    @Slot(int, object, object)
    def run(self, job_id: int, job: Job, cancel: threading.Event) -> None:
        context = JobContext(self.store, cancel, lambda value: self.progressed.emit(job_id, value))
        try:
            result = job(context)
        except FieldkitError as exc:
            self.failed.emit(job_id, exc)
            return
        except Exception as exc:  # a bug must reach the user as an error, not kill the worker thread
            report_bug(exc)
            self.failed.emit(job_id, FieldkitError(f"unexpected error: {type(exc).__name__}"))
            return
        if isinstance(result, Store):  # an unlock: this thread owns the store from now on
            if self.store is not None and self.store is not result:
                self.store.close()
            self.store = result
            result = Unlocked(result.operator.name, tuple(s.name for s in result.unlock_warnings))  # never the store
        self.finished.emit(job_id, result)

    @Slot()
    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[FieldkitError], None] | None
    on_progress: Callable[[object], None] | None
    cancel: threading.Event
    owner: QObject | None = None

    def delivered(self) -> bool:
        """Whether its callbacks may still run: a dialog closed while its job ran is gone, and so are its labels."""
        return self.owner is None or shiboken6.isValid(self.owner)


class MainThreadGarbageCollector(QObject):
    """Python's cycle collector may run in whatever thread happens to allocate, and a Qt object it frees from the
    store thread crashes the process. So automatic collection is off while the window lives, and this timer
    collects on the UI thread instead (the approach pyqtgraph and other PySide apps use)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._gc = gc
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    @Slot()
    def check(self) -> None:
        thresholds = self._gc.get_threshold()
        counts = self._gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                self._gc.collect(generation)
                break

    def stop(self) -> None:
        self._timer.stop()
        self._gc.collect()
        if self._was_enabled:
            self._gc.enable()


class StoreExecutor(QObject):
    """Runs jobs one at a time on the store's own thread."""

    _submit = Signal(int, object, object)
    _close = Signal()
    busy_changed = Signal(bool)
    changed = Signal(object)  # Changes: what a job changed in the store

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("fieldkit-store")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._close.connect(self._worker.close_store)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._collector = MainThreadGarbageCollector(self)
        self._unlocked = False
        self._thread.started.connect(below_the_window, Qt.ConnectionType.DirectConnection)  # runs on the new thread
        self._thread.start()

    def submit(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[FieldkitError], None] | None = None,
        on_progress: Callable[[object], None] | None = None,
        owner: QObject | None = None,
    ) -> threading.Event:
        """Queue ``job``; returns its cancel flag. Callbacks run on the UI thread, and not at all once ``owner``
        (the widget they update) has been deleted."""
        job_id = next(self._ids)
        cancel = threading.Event()
        self._pending[job_id] = _Pending(on_done, on_error, on_progress, cancel, owner)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, job, cancel)
        return cancel

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def unlocked(self) -> bool:
        """A job opened the store and it has not been locked since."""
        return self._unlocked

    def announce(self, changes: Changes) -> None:
        """Pass on changes a job made before it failed (an import stopped half-way)."""
        self.changed.emit(changes)

    def lock(self) -> None:
        """Close the store on its thread (after the jobs already queued) and cancel what is running."""
        self._unlocked = False
        for pending in self._pending.values():
            pending.cancel.set()
        self._close.emit()

    def shutdown(self) -> None:
        self.lock()
        self._thread.quit()
        self._thread.wait()
        self._pending.clear()  # the window is going away: results still on their way are not delivered
        self._collector.stop()

    def _finish(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return pending

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        pending = self._finish(job_id)
        if isinstance(result, Unlocked):
            self._unlocked = True
        changes = Changes.NONE
        if isinstance(result, Changed):
            changes = result.changes
            result = result.result
        if pending and pending.on_done and pending.delivered():
            pending.on_done(result)
        if changes:
            self.changed.emit(changes)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: object) -> None:
        pending = self._finish(job_id)
        if pending and pending.on_error and pending.delivered() and isinstance(error, FieldkitError):
            pending.on_error(error)

    @Slot(int, object)
    def _on_progress(self, job_id: int, value: object) -> None:
        pending = self._pending.get(job_id)
        if pending and pending.on_progress and pending.delivered():
            pending.on_progress(value)
