"""Verifying and ingesting bundles at headquarters (the HQ folder, not the device's store)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.bundle.verify import Report, check_bundle
from fieldkit.gui.ops import Job, JobContext
from fieldkit.hq import HQ, render_thumbnail
from fieldkit.hq.ingest import Index, IngestResult


@dataclass(frozen=True)
class Step:
    """Where a verification or an ingest is: ``name`` is "checking" (decrypting, the signature, every file's
    hash) or "previews" (``done`` photos previewed so far, in the sandbox)."""

    name: str
    done: int = 0


def verify(bundle: Path, hq_folder: Path) -> Job:
    """Check the bundle, with previews of its photos; a bundle that fails keeps none (nothing of it is shown)."""

    def job(context: JobContext) -> Report:
        context.progress(Step("checking"))
        made = 0

        def preview(data: bytes) -> bytes | None:
            nonlocal made
            made += 1
            context.progress(Step("previews", made))
            return render_thumbnail(data)

        report = check_bundle(bundle, HQ(hq_folder).trust(), thumbnail=preview)
        if not report.ok:
            report.thumbnails.clear()
        return report

    return job


def ingest(bundle: Path, hq_folder: Path) -> Job:
    def job(context: JobContext) -> IngestResult:
        context.progress(Step("checking"))
        with Index(HQ(hq_folder)) as index:
            return index.ingest(bundle)

    return job
