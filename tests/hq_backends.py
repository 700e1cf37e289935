"""HQ's index and bundle storage on each backend (issue 16): "sqlite" is the HQ folder alone (index.sqlite, files in
the folder); "postgresql" is a new PostgreSQL database (tests/services.py) with the storage storage_url() names.
A test takes the ``hq_backend`` fixture (tests/conftest.py imports it) and calls ``configure(hq, hq_backend)`` on the HQ
folder it made, or uses ``new_hq``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit._internal import fsutil
from fieldkit.hq.trust import HQ, HQ_JSON
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


@pytest.fixture(params=BACKENDS)
def hq_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
