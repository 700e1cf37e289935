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

UNDECIDED = ("open", "undecided")  # a candidate's state (Identification.candidates) that waits for an examiner


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
    # The match candidates HQ found for the bundle's subjects (Identification.candidates; none before ingest).
    candidates: list[dict[str, Any]] = field(default_factory=list)


def subjects_of(report: Report) -> list[tuple[str, str]]:
    """The bundle's subjects as HQ keys them (device, subject uuid): those its templates and hits name."""
    device = report.device_id
    found = {(device, record.subject) for record in report.templates.values() if record.subject}
    found |= {(device, hit.subject) for hit in report.hits.values() if hit.subject}
    return sorted(found)


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
                candidates = index.identification.candidates(subjects=subjects_of(report))
                return Checked(report, ingested_at=standing["ingested_at"], labels=index.labels(targets),
                               holds=index.holdings(targets), standing=standing, candidates=candidates)  # fmt: skip
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


def candidates(report: Report, hq_folder: Path) -> Job:
    """The match candidates HQ holds now for the bundle's subjects (read again after its ingest and a decision)."""

    def job(context: JobContext) -> list[dict[str, Any]]:
        with Index(HQ(hq_folder)) as index:
            return index.identification.candidates(subjects=subjects_of(report))

    return job


def decide(hq_folder: Path, candidate_id: int, decision: str, examiner: str, note: str) -> Job:
    """An examiner's decision on a candidate, recorded as `fieldkit hq matches decide` records it
    (Identification.decide: kept beside the earlier ones, nothing merged); the candidate as it is now."""

    def job(context: JobContext) -> dict[str, Any]:
        with Index(HQ(hq_folder)) as index:
            return index.identification.decide(candidate_id, decision, examiner, note)

    return job


@dataclass(frozen=True)
class HqStatus:
    """What the HQ window's status page shows, read from the index in one job: per device (Index.status, with
    ``last_ingested``, when HQ last archived one of its bundles), every quarantine row (Index.quarantine: reason,
    when, size, source, whether the copy is still kept), and how many amendments wait for their original."""

    devices: dict[str, dict[str, Any]]
    quarantine: list[dict[str, Any]]
    waiting_amendments: int
    open_hits: int = 0  # watchlist hits devices sent that no operator has decided
    undecided_candidates: int = 0  # match candidates with no examiner's decision, or "undecided" the latest


def status(hq_folder: Path) -> Job:
    def job(context: JobContext) -> HqStatus:
        with Index(HQ(hq_folder)) as index:
            found = index.status()
            last = index.last_ingested()
            devices = {device: {**entry, "last_ingested": last.get(device)} for device, entry in
                       found["devices"].items()}  # fmt: skip
            identification = index.identification
            open_hits = sum(1 for hit in identification.hits() if hit["decision"] is None)
            undecided = sum(1 for candidate in identification.candidates()
                            if candidate["decision"] in UNDECIDED)  # fmt: skip
            return HqStatus(devices, index.quarantine(), len(found["amendments"]["waiting"]), open_hits, undecided)

    return job
