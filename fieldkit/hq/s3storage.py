"""Bundles in an S3-compatible object store (issue 16): being written (helper B replaces this placeholder)."""

from __future__ import annotations

from fieldkit.errors import HqObjectStorageError
from fieldkit.hq.storage import Storage


class S3Storage(Storage):
    def __init__(self, url: str) -> None:
        raise HqObjectStorageError(f"{url}: S3 storage is not written yet")
