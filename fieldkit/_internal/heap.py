"""Give the C heap's free memory back to the system after a large, short-lived build (glibc's ``malloc_trim``).

A build that allocates and frees many large arrays in turn (the device's watchlist gallery: batches of templates
folded into arrays of a gigabyte) leaves glibc's heap holding the freed memory: glibc raises its mmap threshold
after freeing mmapped blocks, so later large arrays come from the heap, which does not shrink by itself. Measured
on the 100 000-entry watchlist: 2.2 GB resident after the load for 1.2 GB of arrays (docs/benchmarks.md). Elsewhere
than glibc (musl, macOS) this does nothing.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        function = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    return function


def trim() -> None:
    """Return the heap's free pages to the system (a few milliseconds; nothing else changes)."""
    function = _malloc_trim()
    if function is not None:
        function(0)
