"""Verifying and ingesting bundles at headquarters (the HQ folder, not the device's store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.bundle.verify import Report, check_bundle
from fieldkit.errors import FieldkitError
from fieldkit.gui.ops import Job, JobContext
from fieldkit.hq import HQ, render_thumbnail
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import Held, Index, IngestResult


@dataclass(frozen=True)
class Step:
    """Where a verification or an ingest is: ``name`` is "checking" (decrypting, the signature, every file's
    hash) or "previews" (``done`` photos previewed so far, in the sandbox)."""

    name: str
    done: int = 0


@dataclass(frozen=True)
class Checked:
    """A verification's outcome at HQ: the verifier's report; for a refused bundle, its copy kept in quarantine
    (``held``) or why none could be kept (``not_held``); for a verified one, when HQ already ingested it."""

    report: Report
    held: Held | None = None
    not_held: str = ""
    ingested_at: str | None = None
    labels: dict[str, str] = field(default_factory=dict)  # what the amendments amend, named from HQ's index
    # What HQ holds now of the targets of the amendments (uuid -> current view); a target not here is waited for.
    holds: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    # For a verified bundle, what HQ already holds that bears on it (Index.standing): its device's standing alarms,
    # and what ingesting it would raise ("fork", "chain-broken", "custody-chain-broken", "sequence-jump").
    standing: dict[str, Any] = field(default_factory=dict)


def verify(bundle: Path, hq_folder: Path) -> Job:
    """Check the bundle, with previews of its photos; a bundle that fails keeps none (nothing of it is shown) and
    is kept in HQ's quarantine as ingest keeps a refused one; a verified one says whether HQ already has it."""

    def job(context: JobContext) -> Checked:
        context.progress(Step("checking"))
        made = 0

        def preview(data: bytes) -> bytes | None:
            nonlocal made
            made += 1
            context.progress(Step("previews", made))
            return render_thumbnail(data)

        hq = HQ(hq_folder)
        report = check_bundle(bundle, hq.trust(), thumbnail=preview)
        with Index(hq) as index:
            if report.ok:
                targets = html_report.amendment_targets(report)
                standing = index.standing(report)
                return Checked(report, ingested_at=standing["ingested_at"], labels=index.labels(targets),
                               holds=index.holdings(targets), standing=standing)  # fmt: skip
            report.thumbnails.clear()
            try:
                return Checked(report, held=index.refuse(bundle, report))
            except FieldkitError as error:  # unreadable, or quarantine/ cannot be written: said in the panel
                return Checked(report, not_held=error.message)

    return job


def ingest(bundle: Path, hq_folder: Path) -> Job:
    def job(context: JobContext) -> IngestResult:
        context.progress(Step("checking"))
        with Index(HQ(hq_folder)) as index:
            return index.ingest(bundle)

    return job


@dataclass(frozen=True)
class HqStatus:
    """What the HQ window's status page shows, read from the index in one job: per device (Index.status, with
    ``last_ingested``, when HQ last archived one of its bundles), every quarantine row (Index.quarantine: reason,
    when, size, source, whether the copy is still kept), and how many amendments wait for their original."""

    devices: dict[str, dict[str, Any]]
    quarantine: list[dict[str, Any]]
    waiting_amendments: int


def status(hq_folder: Path) -> Job:
    def job(context: JobContext) -> HqStatus:
        with Index(HQ(hq_folder)) as index:
            found = index.status()
            last = index.last_ingested()
            devices = {device: {**entry, "last_ingested": last.get(device)} for device, entry in
                       found["devices"].items()}  # fmt: skip
            return HqStatus(devices, index.quarantine(), len(found["amendments"]["waiting"]))

    return job
