"""Run a decoder on outside bytes in a confined child process, and survive whatever it does.

Decision: every decoder of bytes fieldkit did not make (Pillow, pdfium, libheif, FFmpeg, the WSQ and NFIQ 2 code)
runs in a child process (fieldkit.sandbox.child) that confines itself (confine.py), never in fieldkit's own process:
a segfault, an allocation of gigabytes or an endless loop then costs one child, not the import, the bundle or the
window. Children are pooled (starting Python and the decoders costs about 0.2 s; a request to a warm child about
a millisecond), one per core, and replaced when one dies, times out or runs out of memory.

    value = run("fieldkit.analysis.formats.images:describe", data, media_type="image/jpeg")

raises DecoderCrashedError (the child died: a signal or an abnormal exit), AnalysisLimitError (memory, CPU or wall
time, or input/answer too large) or AnalysisFailedError (the decoder refused the bytes), each with ``reason``.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.errors import AnalysisFailedError, AnalysisLimitError, DecoderCrashedError
from fieldkit.sandbox.protocol import ProtocolError, StreamedBlob, read_frame, write_frame

# What a request carries to the child: bytes in memory, or a stream of known size this process never holds whole.
Input = bytes | bytearray | memoryview | StreamedBlob

# The failure codes a child may name; anything else it sends is a decoder-error. Not a limit.
_REASONS = frozenset({"decoder-error", "memory", "cpu", "timeout", "too-large", "crashed", "corrupt", "damaged"})

# The frozen app (PyInstaller) has no "-m": it recognises this first argument and runs the child (launcher.py).
FROZEN_CHILD_FLAG = "--fieldkit-sandbox-child"


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_CHILD_FLAG]
    return [sys.executable, "-m", "fieldkit.sandbox.child"]


def _child_environment(limits: AnalysisLimits) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        FIELDKIT_SANDBOX_LIMITS=json.dumps(asdict(limits)),
        PYTHONDONTWRITEBYTECODE="1",
        # Numeric libraries start a thread pool per core, each reserving address space; one thread is enough.
        OPENBLAS_NUM_THREADS="1",
        OMP_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
    )
    for secret in ("FIELDKIT_PASSPHRASE", "FIELDKIT_NEW_PASSPHRASE", "FIELDKIT_RECEIVER_PASSPHRASE"):
        env.pop(secret, None)  # the child needs no secret; it must not hold one either
    return env


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


class _Child:
    """One confined child process and the thread that reads its answers."""

    def __init__(self, limits: AnalysisLimits) -> None:
        self.limits = limits
        self.process = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL if not os.environ.get("FIELDKIT_SANDBOX_DEBUG") else None,
            env=_child_environment(limits),
            close_fds=True,
        )
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            from fieldkit.sandbox import winjob  # lazy: Windows only

            winjob.confine_process(self.process, limits)
        self.answers: queue.Queue[tuple[dict[str, Any], Any] | BaseException | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read_answers, name="fieldkit-sandbox-reader", daemon=True)
        self._reader.start()
        self.confinement: list[str] = []
        ready = self._next_answer(self.limits.wall_s)
        if not ready[0].get("ready"):
            self.kill()
            raise DecoderCrashedError("the analysis sandbox did not start", reason="crashed")
        self.confinement = list((ready[1] or {}).get("confinement") or [])

    def _read_answers(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        try:
            while True:
                frame = read_frame(stdout, self.limits.max_result_bytes)  # type: ignore[arg-type]
                self.answers.put(frame)
                if frame is None:
                    return
        except (ProtocolError, OSError, ValueError) as exc:
            self.answers.put(exc)

    def _next_answer(self, timeout: float) -> tuple[dict[str, Any], Any]:
        try:
            answer = self.answers.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            raise AnalysisLimitError(
                f"decoding took longer than {timeout:g} s and was stopped", reason="timeout"
            ) from None
        if isinstance(answer, tuple):
            return answer
        raise self._death(answer)

    def _death(self, cause: BaseException | None) -> AnalysisFailedError:
        """The child stopped answering: say why, from how it ended."""
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.process.wait()
        if isinstance(cause, ProtocolError) and "more than" in str(cause):
            return AnalysisLimitError("the decoder's answer was larger than the sandbox allows", reason="too-large")
        if code < 0 and -code == getattr(signal, "SIGXCPU", -1):
            return AnalysisLimitError(
                f"decoding needed more than {self.limits.cpu_s} s of CPU and was stopped", reason="cpu"
            )
        if code < 0 and -code == signal.SIGKILL:
            return AnalysisLimitError("the decoder was killed (out of memory?)", reason="memory")
        what = _signal_name(code) if code < 0 else f"exit code {code}"
        return DecoderCrashedError(f"the decoder crashed ({what})", reason="crashed")

    def request(self, op: str, data: Input, params: dict[str, Any], cpu_s: int) -> Any:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            write_frame(stdin, {"op": op, "params": params, "cpu_s": cpu_s}, data)  # type: ignore[arg-type]
        except (BrokenPipeError, OSError):
            raise self._death_while_sending() from None
        except BaseException:  # a streamed input failed part-way (a corrupt stored file): the frame is unfinished
            self.kill()
            raise
        header, value = self._next_answer(self.limits.wall_s)
        if header.get("ok"):
            return value
        kind = str(header.get("kind") or "decoder-error")
        if kind == "memory":
            raise self._out_of_memory()
        if kind not in _REASONS:
            kind = "decoder-error"
        error_name = str(header.get("error") or "an error")[:80]
        # The decoder's exception name helps a technician, not an operator: it goes in the details.
        detail = (
            str(header.get("message") or "")[:500]
            or "the decoder cannot read it (damaged, or a variant it does not know)"
        )
        raise AnalysisFailedError(detail, reason=kind, details=[error_name])

    def _out_of_memory(self) -> AnalysisLimitError:
        self.kill()  # the child exits after a MemoryError; make sure
        return AnalysisLimitError(
            f"decoding needs more than {self.limits.memory_bytes >> 20} MiB of memory", reason="memory"
        )

    def _death_while_sending(self) -> AnalysisFailedError:
        """The child stopped reading part-way through a request: it may have said why first (an input that does not
        fit in its memory), or it died."""
        with contextlib.suppress(queue.Empty):
            answer = self.answers.get(timeout=5)
            if isinstance(answer, tuple) and answer[0].get("kind") == "memory":
                return self._out_of_memory()
        return self._death(None)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # a process that survives SIGKILL: nothing more to do
            self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass


class Pool:
    """Up to ``limits.workers`` confined children; a request borrows one, a dead one is replaced on next use."""

    def __init__(self, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> None:
        self.limits = limits
        self._idle: queue.LifoQueue[_Child | None] = queue.LifoQueue()
        for _ in range(max(1, limits.workers)):
            self._idle.put(None)  # a slot; the child starts on first use
        self._closed = False
        self._lock = threading.Lock()
        self._children: list[_Child] = []

    @contextmanager
    def _borrow(self) -> Iterator[_Child]:
        if self._closed:
            raise AnalysisFailedError("the analysis sandbox is shut down", reason="shutdown")
        child = self._idle.get()
        try:
            if child is None or not child.alive:
                child = _Child(self.limits)
                with self._lock:
                    self._children.append(child)
            yield child
        finally:
            self._idle.put(child if child is not None and child.alive else None)

    def run(self, op: str, data: Input = b"", *, cpu_s: int | None = None, **params: Any) -> Any:
        """Run ``op`` ("module:function") on ``data`` in a sandbox child; see the module docstring for errors.

        ``data`` may be a StreamedBlob: its chunks are written to the child as they come (a stored original being
        decrypted), so this process never holds the whole file; an error its chunks raise ends that child and
        propagates."""
        if (data.size if isinstance(data, StreamedBlob) else len(data)) > self.limits.max_input_bytes:
            raise AnalysisLimitError(
                f"the file is larger than the {self.limits.max_input_bytes >> 20} MiB a sandbox may decode",
                reason="too-large",
            )
        with self._borrow() as child:
            return child.request(op, data, params, cpu_s or self.limits.cpu_s)

    def confinement(self) -> list[str]:
        """What the children apply to themselves on this machine (starts one if none runs)."""
        with self._borrow() as child:
            return list(child.confinement)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            children, self._children = self._children, []
        try:
            for child in children:
                stdin = child.process.stdin
                try:
                    if stdin is not None:
                        stdin.close()  # a clean end of input: the child exits
                    child.process.wait(timeout=2)
                except (OSError, subprocess.TimeoutExpired):
                    pass
                child.kill()
        except KeyboardInterrupt:  # Ctrl-C while exiting: the children go now, not after their 2 s each
            for child in children:
                child.kill()


_pools: dict[AnalysisLimits, Pool] = {}
_pools_lock = threading.Lock()


def pool(limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Pool:
    """The process-wide pool for these limits (started lazily, closed at exit)."""
    with _pools_lock:
        found = _pools.get(limits)
        if found is None:
            found = _pools[limits] = Pool(limits)
        return found


def run(op: str, data: Input = b"", *, limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS, cpu_s: int | None = None,
        **params: Any) -> Any:  # fmt: skip
    """Run ``op`` on ``data`` in the shared pool for ``limits``."""
    return pool(limits).run(op, data, cpu_s=cpu_s, **params)


@atexit.register
def _close_pools() -> None:
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for each in pools:
        each.close()
