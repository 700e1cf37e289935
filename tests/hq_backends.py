"""HQ's index and bundle storage on each backend (issue 16): "sqlite" is the HQ folder alone (index.sqlite, files in
the folder); "postgresql" is a new PostgreSQL database (tests/services.py) with the storage storage_url() names.
A test takes the ``hq_backend`` fixture (tests/conftest.py imports it) and calls ``configure(hq, hq_backend)`` on the HQ
folder it made, or uses ``new_hq``."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit._internal import fsutil
from fieldkit.cli import app as cli
from fieldkit.config import WORKER_LIMITS
from fieldkit.hq.trust import HQ, HQ_JSON
from fieldkit.hq.worker import Worker
from tests import services

BACKENDS = ["sqlite", "postgresql"]


def storage_url() -> str | None:
    """The bundle storage of the "postgresql" case: a new bucket on the S3 test server, under a prefix."""
    return services.new_bucket("hq")


def write_urls(folder: Path, *, database: str | None, storage: str | None) -> None:
    """Set hq.json's "database" and "storage" (None: the key goes, the folder's own index or files serve)."""
    info = json.loads((folder / HQ_JSON).read_text("utf-8"))
    for key, value in (("database", database), ("storage", storage)):
        if value:
            info[key] = value
        else:
            info.pop(key, None)
    fsutil.write_file_durably(folder / HQ_JSON, json.dumps(info, indent=1).encode() + b"\n")


def configure(hq: HQ, backend: str) -> HQ:
    """Point ``hq`` (a new HQ folder) at ``backend``'s database and storage; the same HQ."""
    if backend == "postgresql":
        write_urls(hq.folder, database=services.new_database(), storage=storage_url())
    return hq


def new_hq(folder: Path, backend: str, organisation: str = "Task Force North") -> HQ:
    return configure(HQ.init(folder, organisation), backend)


def stored(hq: HQ, prefix: str, suffix: str = "") -> list[str]:
    """The keys HQ's storage holds under ``prefix`` ("quarantine/", "archive/") ending in ``suffix``, sorted: what a
    test once globbed in the HQ folder, on either backend."""
    return [key for key in hq.storage().keys(prefix) if key.endswith(suffix)]


FAST_WORKER = dataclasses.replace(WORKER_LIMITS, idle_poll_s=0.02, heartbeat_s=0.05, backoff_base_s=0.0,
                                  backoff_cap_s=0.0)  # fmt: skip


@contextlib.contextmanager
def worker_beside(hq: HQ) -> Iterator[None]:
    """With a database `hq ingest` queues (issue 16): one verifier worker (a thread of this process, so a test's
    monkeypatch reaches it) decides the jobs while the block runs. On the HQ folder alone: nothing to run."""
    if not hq.database_url:
        yield
        return
    worker = Worker(hq, "test-worker", limits=FAST_WORKER, log=lambda _line: None)
    thread = threading.Thread(target=worker.run, name="test-worker", daemon=True)
    thread.start()
    try:
        yield
    finally:
        worker.stop()
        thread.join()
        worker.close()


def hq_ingest(hq: HQ, *args: str) -> int:
    """`fieldkit hq ingest --dir HQ ARGS` saying each verdict as on the HQ folder: with a database, with --wait
    beside a worker (the same lines: tests/unit/test_hq_jobs.py checks that)."""
    wait = ["--wait"] if hq.database_url else []
    with worker_beside(hq):
        return cli.main(["hq", "ingest", "--dir", str(hq.folder), *wait, *args])


@pytest.fixture(params=BACKENDS)
def hq_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
