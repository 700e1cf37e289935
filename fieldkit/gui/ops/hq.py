"""Verifying and ingesting bundles at headquarters (the HQ folder, not the device's store)."""

from __future__ import annotations

from pathlib import Path

from fieldkit.bundle.verify import Report, check_bundle
from fieldkit.gui.ops import Job, JobContext
from fieldkit.hq import HQ, render_thumbnail
from fieldkit.hq.ingest import Index, IngestResult


def verify(bundle: Path, hq_folder: Path) -> Job:
    def job(context: JobContext) -> Report:
        return check_bundle(bundle, HQ(hq_folder).trust(), thumbnail=render_thumbnail)

    return job


def ingest(bundle: Path, hq_folder: Path) -> Job:
    def job(context: JobContext) -> IngestResult:
        with Index(HQ(hq_folder)) as index:
            return index.ingest(bundle)

    return job
