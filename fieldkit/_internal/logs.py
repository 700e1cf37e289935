"""Operator logs with the standard library's logging: what a service did (an upload verified, a connection dropped)
goes to its log, not to a command's output.

Every logger is a child of ``fieldkit``; this module owns the handlers on it. A message is said with ``event()``:
a short event name, the words, and a few named fields. Only the fields in ``FIELDS`` ever leave: in words they are
already in the message, and the JSON formatter (one object per line, for journald) writes them as keys. Nothing
else a caller attaches is written, so a log line cannot carry evidence content or a secret by accident; the callers
pass ids, digests, verdicts and reason codes only.

The command line installs its handlers for one run (``configure``) and takes them away at the end (``reset``); a
library user (a test starting ``IngestServer``) gets words on stderr from ``ensure_default``."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

ROOT = "fieldkit"
# The keys a log record may carry besides time, level, event and message (docs/cli.md, "Logs").
FIELDS = ("device", "upload_id", "sha256", "verdict", "reason", "sequence", "alarms", "status", "method", "count",
          "kind", "client", "command", "exit_code", "seconds", "error", "bytes", "offset")  # fmt: skip
_TAG = "_fieldkit_handler"


def event(logger: logging.Logger, level: int, name: str, message: str, **fields: Any) -> None:
    """Log ``message`` as event ``name`` with ``fields`` (only those named in FIELDS are kept)."""
    if logger.isEnabledFor(level):
        kept = {key: value for key, value in fields.items() if key in FIELDS and value is not None}
        logger.log(level, message, extra={"fk_event": name, "fk_fields": kept})


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes (a redirect, a test's capture)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


class TextFormatter(logging.Formatter):
    """``<prefix>: <message>``, e.g. ``fieldkit hq serve: upload 1a2b3c4d: bundle 3 of device ... ingested``."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def format(self, record: logging.LogRecord) -> str:
        return f"{self.prefix}: {record.getMessage()}"


class FileFormatter(logging.Formatter):
    """A line of the device's log file: UTC time, level, event, message."""

    def format(self, record: logging.LogRecord) -> str:
        name = getattr(record, "fk_event", "message")
        return f"{_time(record)} {record.levelname.lower():<7} {name}: {record.getMessage()}"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, event, message and the record's FIELDS (journald, jq)."""

    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, Any] = {
            "time": _time(record),
            "level": record.levelname.lower(),
            "event": getattr(record, "fk_event", "message"),
            "message": record.getMessage(),
        }
        fields = getattr(record, "fk_fields", {})
        document.update({key: fields[key] for key in FIELDS if key in fields})
        return json.dumps(document, ensure_ascii=True, sort_keys=False)


def _time(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _ours() -> Iterator[logging.Handler]:
    yield from [handler for handler in logging.getLogger(ROOT).handlers if getattr(handler, _TAG, False)]


def _add(handler: logging.Handler, formatter: logging.Formatter, level: int) -> None:
    handler.setFormatter(formatter)
    handler.setLevel(level)
    setattr(handler, _TAG, True)
    logging.getLogger(ROOT).addHandler(handler)


LOG_FORMATS = ("text", "json")  # not media types: the log's two formats (hq serve --log-format, log_format in hq.toml)


def configure(level: int, prefix: str, *, json_lines: bool = False, file: Path | None = None,
              file_level: int = logging.INFO) -> None:  # fmt: skip
    """The handlers of one command's run: stderr from ``level`` (words after ``prefix``, or JSON lines), and the
    device's log file from ``file_level`` when ``file`` is given (created owner-only, appended to)."""
    reset()
    _add(_Stderr(), JsonFormatter() if json_lines else TextFormatter(prefix), level)
    lowest = level
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        file.touch(mode=0o600, exist_ok=True)
        _add(logging.FileHandler(file, encoding="utf-8"), FileFormatter(), file_level)
        lowest = min(level, file_level)
    logging.getLogger(ROOT).setLevel(lowest)


def stderr_setup() -> tuple[int, bool] | None:
    """The level of this process's stderr handler and whether it writes JSON lines (None: none installed): what a
    service hands to the processes it spawns (``hq worker``'s), which ``configure`` the same way."""
    for handler in _ours():
        if isinstance(handler, _Stderr):
            return handler.level, isinstance(handler.formatter, JsonFormatter)
    return None


def ensure_default(prefix: str) -> None:
    """Words on stderr from INFO, unless the command line (or an earlier call) installed handlers already."""
    if next(_ours(), None) is None:
        _add(_Stderr(), TextFormatter(prefix), logging.INFO)
        logging.getLogger(ROOT).setLevel(logging.INFO)


def reset() -> None:
    """Take away (and close) the handlers this module installed."""
    logger = logging.getLogger(ROOT)
    for handler in list(_ours()):
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.NOTSET)
