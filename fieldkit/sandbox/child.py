"""A sandbox child: confines itself, then answers requests one at a time until its input pipe closes.

Run as ``python -m fieldkit.sandbox.child`` (or the frozen app with ``--fieldkit-sandbox-child``) by pool.py, never
by people. Each request names an operation as "module:function"; the function gets the input bytes and the
request's parameters and returns a JSON-able value (bytes allowed anywhere in it). A Python exception becomes an
error answer; a MemoryError also ends the process (a native library that ran out of memory may be left in a bad
state), and the pool starts a fresh child.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import warnings
from collections.abc import Callable
from typing import Any

from fieldkit.config import AnalysisLimits
from fieldkit.errors import AnalysisFailedError
from fieldkit.sandbox import confine
from fieldkit.sandbox.protocol import ProtocolError, read_frame, write_frame

_operations: dict[str, Callable[..., Any]] = {}


def _operation(name: str) -> Callable[..., Any]:
    found = _operations.get(name)
    if found is None:
        module_name, _, function_name = name.partition(":")
        found = getattr(importlib.import_module(module_name), function_name)
        if not callable(found):
            raise TypeError(f"{name} is not a function")
        _operations[name] = found
    return found


def _limit_cpu_for_next_request(seconds: int) -> None:
    if os.name != "posix":
        return
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (used + seconds, hard))


def main() -> int:
    limits = AnalysisLimits(**json.loads(os.environ.get("FIELDKIT_SANDBOX_LIMITS", "{}")))
    requests, responses = confine.take_protocol_pipes()
    applied = confine.confine(limits)
    warnings.simplefilter("ignore")  # decoder warnings may quote the file's bytes; nobody reads them here anyway
    write_frame(responses, {"ok": True, "ready": True}, {"confinement": applied, "pid": os.getpid()})
    while True:
        try:
            frame = read_frame(requests, limits.max_input_bytes)
        except ProtocolError:
            return 2
        except MemoryError:  # the input alone does not fit under the memory cap: say so rather than die unexplained
            write_frame(responses, {"ok": False, "kind": "memory", "error": "MemoryError", "message": ""})
            return 3
        if frame is None:
            return 0
        header, data = frame
        _limit_cpu_for_next_request(int(header.get("cpu_s") or limits.cpu_s))
        params = header.get("params") or {}
        try:
            value = _operation(str(header.get("op")))(data if isinstance(data, bytes) else b"", **params)
        except MemoryError:
            write_frame(responses, {"ok": False, "kind": "memory", "error": "MemoryError", "message": ""})
            return 3
        except RecursionError:
            write_frame(responses, {"ok": False, "kind": "memory", "error": "RecursionError", "message": ""})
            return 3
        except Exception as exc:  # the decoder's answer to hostile bytes: reported, and the child goes on
            message = str(getattr(exc, "message", "")) if hasattr(exc, "message") else ""
            # Only fieldkit's own errors name a reason code; others may carry an unrelated ``reason`` attribute
            # (UnicodeDecodeError's is "ordinal not in range(128)"), which is no code.
            reason = exc.reason if isinstance(exc, AnalysisFailedError) else "decoder-error"
            write_frame(
                responses,
                {"ok": False, "kind": reason, "error": type(exc).__name__, "message": message[:500]},
            )
            continue
        write_frame(responses, {"ok": True}, value)


if __name__ == "__main__":
    sys.exit(main())
