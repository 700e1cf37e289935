"""How far a long command has got, on stderr: one module every command uses (docs/cli.md, "Progress and output").

The core reports numbers through callbacks (bytes written, files checked); this module draws them:

- stderr a terminal (and ``TERM`` not ``dumb``): a rich bar per task with the amount (bytes in KiB/MiB/GiB, or
  files), the percentage, the speed and the time left. rich reads ``NO_COLOR`` itself (set and not empty: no
  colour). While the bar shows, lines the command prints on stdout (when stdout is the same terminal) and log lines
  on stderr are printed above it. The bar is taken down on the way out, also on Ctrl-C (the cursor shown again).
- stderr not a terminal (a pipe, CI, journald) or ``TERM=dumb``: plain lines, no escape sequence, no carriage
  return, at most one per task every ``ProgressLimits.line_interval_s`` seconds (``$FIELDKIT_PROGRESS_INTERVAL``),
  and a last line with the total and the time when a task said anything; a task that ends sooner says nothing.
- ``-q``: nothing.

stdout is never touched: what a command prints there (its lines, ``--json``) stays exactly what it was."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal, TextIO

from rich import filesize
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.progress import Task as RichTask
from rich.table import Column as RichColumn
from rich.text import Text

from fieldkit.config import PROGRESS_INTERVAL_ENV, PROGRESS_LIMITS

Unit = Literal["bytes", "files"]
Mode = Literal["bar", "lines", "off"]


def mode_for(args: argparse.Namespace | None, stream: TextIO | None = None) -> Mode:
    """``off`` with -q, ``bar`` when ``stream`` (stderr) is a terminal that is not dumb, else ``lines``."""
    if args is not None and (getattr(args, "quiet", 0) or 0) > 0:
        return "off"
    stream = stream or sys.stderr
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):  # closed, or a stream with no isatty
        terminal = False
    if terminal and os.environ.get("TERM", "").strip().lower() not in ("dumb", "unknown"):
        return "bar"
    return "lines"


def line_interval() -> float:
    """Seconds between plain lines: $FIELDKIT_PROGRESS_INTERVAL when it is a number >= 0, else the limit."""
    text = os.environ.get(PROGRESS_INTERVAL_ENV, "").strip()
    try:
        value = float(text)
    except ValueError:
        return PROGRESS_LIMITS.line_interval_s
    return value if value >= 0 else PROGRESS_LIMITS.line_interval_s


def amount(value: float, unit: Unit) -> str:
    """12.0 MiB (1024-based, as the bar says it) or 12 files."""
    if unit == "bytes":
        return _bytes(value)
    count = int(value)
    return f"{count} file{'' if count == 1 else 's'}"


def _bytes(value: float) -> str:
    number, suffix = filesize.pick_unit_and_suffix(int(value), ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"], 1024)
    if number == 1:
        return f"{int(value)} byte{'' if int(value) == 1 else 's'}"
    return f"{value / number:.1f} {suffix}"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class _Speed(ProgressColumn):
    """The speed in the task's own unit: 12.3 MiB/s, or 4.0 files/s."""

    def render(self, task: RichTask) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text("?", style="progress.data.speed")
        unit: Unit = task.fields.get("unit", "bytes")
        said = f"{_bytes(speed)}/s" if unit == "bytes" else f"{speed:.1f} files/s"
        return Text(said, style="progress.data.speed")


class _Amount(ProgressColumn):
    """Bytes done of the total (DownloadColumn, 1024-based), or files done of the total."""

    def __init__(self) -> None:
        super().__init__()
        self._bytes = DownloadColumn(binary_units=True)
        self._files = MofNCompleteColumn()

    def render(self, task: RichTask) -> Text:
        if task.fields.get("unit", "bytes") == "bytes":
            return self._bytes.render(task)
        text = self._files.render(task)
        return text.append(" files") if task.total is not None else Text(f"{int(task.completed)} files")


class Task:
    """One thing being done (a bundle written, a file checked...): ``update(done, total)`` or ``advance(n)``."""

    def __init__(self, owner: Progress, what: str, total: float | None, unit: Unit) -> None:
        self.owner = owner
        self.what = what
        self.total = total
        self.unit: Unit = unit
        self.done = 0.0
        self.started = time.monotonic()
        self._said = 0.0  # when the last plain line was written (0: none yet)
        self._ended = False
        self._id = owner._bar.add_task(what, total=total, unit=unit) if owner._bar is not None else None

    def update(self, done: float, total: float | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if self.total is not None and done > self.total:  # an estimate fell short (a folder grew): never past 100%
            self.total = done
        self.owner._show(self)

    def advance(self, n: float = 1) -> None:
        self.update(self.done + n)

    def end(self) -> None:
        """The task is over: the bar stays full; a plain line with the total and the time if any line was said."""
        if self._ended:
            return
        self._ended = True
        if self.owner._bar is not None and self._id is not None:
            if self.total is None:
                self.owner._bar.update(self._id, total=self.done, completed=self.done)
            self.owner._bar.stop_task(self._id)
        elif self.owner.mode == "lines" and self._said:
            seconds = time.monotonic() - self.started
            rate = f", {amount(self.done / seconds, self.unit)}/s" if seconds > 0 and self.unit == "bytes" else ""
            self.owner._line(f"{self.what}: {amount(self.done, self.unit)} in {_duration(seconds)}{rate}, done")

    def line(self) -> str:
        """The plain line of where this task is: 'writing bundles: 12.0 MiB of 40.0 MiB (30%), 8.0 MiB/s, 4 s left'."""
        seconds = time.monotonic() - self.started
        words = amount(self.done, self.unit)
        if self.total:
            words += f" of {amount(self.total, self.unit)} ({min(100, int(100 * self.done / self.total))}%)"
        if seconds > 0 and self.done > 0:
            rate = self.done / seconds
            if self.unit == "bytes":
                words += f", {_bytes(rate)}/s"
            if self.total and self.total > self.done:
                words += f", about {_duration((self.total - self.done) / rate)} left"
        return f"{self.what}: {words}"


class Progress:
    """The progress of one command run (a context manager): its tasks, drawn as ``mode`` says."""

    def __init__(self, label: str, mode: Mode, stream: TextIO | None = None) -> None:
        self.label = label  # "fieldkit bundle create": the plain lines start with it
        self.mode: Mode = mode
        self.stream = stream
        self.interval = line_interval()
        self._bar: RichProgress | None = None
        self._tasks: list[Task] = []
        if mode == "bar":
            console = Console(file=stream or sys.stderr, stderr=stream is None, highlight=False, emoji=False)
            stdout_terminal = _isatty(sys.stdout)
            self._bar = RichProgress(
                # On an 80-column terminal the numbers come first: a long name (a bundle's file) is cut with an
                # ellipsis and the bar is narrow, so nothing wraps.
                TextColumn(
                    "{task.description}",
                    markup=False,
                    table_column=RichColumn(max_width=28, no_wrap=True, overflow="ellipsis"),
                ),
                BarColumn(bar_width=20),
                TaskProgressColumn(),
                _Amount(),
                _Speed(),
                TimeRemainingColumn(),
                console=console,
                refresh_per_second=PROGRESS_LIMITS.bar_refresh_per_second,
                transient=True,  # taken down when the command ends: its own lines say what was done
                # Lines printed while the bar shows go above it: stdout's only when it is this terminal too (a
                # redirected stdout keeps its bytes), stderr's (the log) always.
                redirect_stdout=stdout_terminal,
                redirect_stderr=True,
            )

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Take the bar down (its last state stays on screen), the cursor shown again: also on Ctrl-C."""
        if self._bar is not None:
            self._bar.stop()

    def task(self, what: str, total: float | None = None, unit: Unit = "bytes") -> Task:
        """A new task: ``what`` is said before its bar or in its lines ('writing bundles', 'uploading bundle 3')."""
        task = Task(self, what, total, unit)
        self._tasks.append(task)
        return task

    def end_all(self) -> None:
        """Every task started so far is over (Task.end)."""
        for task in self._tasks:
            task.end()

    def _show(self, task: Task) -> None:
        if self._bar is not None and task._id is not None:
            self._bar.update(task._id, completed=task.done, total=task.total)
        elif self.mode == "lines":
            now = time.monotonic()
            if now - (task._said or task.started) >= self.interval:
                task._said = now
                self._line(task.line())

    def _line(self, words: str) -> None:
        stream = self.stream or sys.stderr
        stream.write(f"{self.label}: {words}\n")
        stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress(args: argparse.Namespace | None, label: str) -> Iterator[Progress]:
    """The progress of a command: ``with progress(args, "fieldkit bundle create") as shown: task = shown.task(...)``."""
    shown = Progress(label, mode_for(args))
    with shown:
        yield shown
