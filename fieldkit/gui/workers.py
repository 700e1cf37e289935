"""A thread beside the store thread, for slow work that needs no store: OCR with Tesseract, uploads to HQ.

The store thread stays free for short jobs, so the window never waits for a page being read or a bundle being
sent. What the side thread finds comes back to the UI thread on a queued signal. Every round of work belongs to a
generation; ``drop()`` (on lock) starts a new one, and whatever an older round hands back later is thrown away, so
nothing decrypted outlives the lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from fieldkit.gui.tasks import below_the_window

T = TypeVar("T")


class SideThread(QObject):
    _relay = Signal(object, object)  # (callback, value) from the side thread to the UI thread

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name, initializer=below_the_window)
        self.generation = 0
        self._relay.connect(self._deliver)

    def run(self, work: Callable[[], T], then: Callable[[Future[T]], None] | None = None) -> None:
        """Run ``work`` on the side thread; ``then(future)`` on the UI thread, unless dropped meanwhile."""
        generation = self.generation
        future = self._pool.submit(work)
        if then is not None:
            future.add_done_callback(lambda done: self.post(generation, then, done))

    def post(self, generation: int, callback: Callable[[Any], None], value: object) -> None:
        """From the side thread: ``callback(value)`` on the UI thread, unless ``generation`` was dropped by then."""
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
            self._relay.emit(lambda v: callback(v) if generation == self.generation else None, value)

    def current(self, generation: int) -> bool:
        return generation == self.generation

    def drop(self) -> None:
        """Forget every round in flight: what it hands back from now on is thrown away."""
        self.generation += 1

    def shutdown(self, wait: bool) -> None:
        self.drop()
        self._pool.shutdown(wait=wait, cancel_futures=True)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[object], None], value: object) -> None:
        callback(value)
