"""Store operations for the window: plain functions of the core API that the store thread runs, one module per
domain (as Anki's ``aqt/operations``). No Qt here and no SQL: an op can be read, and tested, without a window.

An op is a ``Job``: a function of a ``JobContext`` (the open store, a cancel flag, a progress callback). An op that
changes the store returns ``Changed(result, Changes.X)``: the executor hands ``result`` to the caller, then tells
every page what changed, and each page decides for itself whether to read again (Anki's ``OpChanges``). So no page
needs to know which other pages show the data it has just changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Flag, auto
from typing import Any, Generic, TypeVar

from fieldkit.errors import StoreError
from fieldkit.store.store import Store

T = TypeVar("T")


@dataclass
class JobContext:
    """What a job gets: the store (None before unlock), a cancel flag, and a way to report progress."""

    store: Store | None
    cancel: threading.Event
    progress: Callable[[object], None]

    def need_store(self) -> Store:
        if self.store is None:
            raise StoreError("the store is locked")
        return self.store


Job = Callable[[JobContext], Any]


class Changes(Flag):
    """What an op changed in the store; a page reads again only what it shows."""

    NONE = 0
    ITEMS = auto()  # cases, items (subjects are items too) and sites
    CAPTURES = auto()  # captures added or removed, and so the count not yet bundled
    BUNDLES = auto()  # bundles made, copied or acknowledged
    OUTBOX = auto()  # the upload state of bundles
    OPERATORS = auto()  # operators and their key slots
    PROVISIONING = auto()  # HQ's recipients and upload endpoint
    HITS = auto()  # watchlist hits found or decided
    WATCHLIST = auto()  # the watchlist HQ sent (imported, replaced)
    SAMPLES = auto()  # physical samples of items: added, sealed, handed over, shipped, received, photos linked


@dataclass(frozen=True)
class Changed(Generic[T]):
    """An op's result together with what it changed in the store."""

    result: T
    changes: Changes
