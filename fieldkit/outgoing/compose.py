"""Making bundles on the device: every capture not yet bundled, split into sequential bundles under a size cap, and
the amendments waiting (changes to what HQ already holds, in the first of them or in a bundle of their own).

Design: this module keeps the device's side of a bundle (which captures, which number, what the ledger says) and
nothing of its content or its encoding: the contributors (contributors.py) fill a draft from the store, and
bundle/writer.py encodes it. First the captures never analysed are analysed (in the sandbox, fieldkit/analysis),
so their records carry what analysis found or why it failed. Per bundle: let every contributor add its content,
reserve the bundle's number in the ledger just before a byte is written, write the file, then in one store
transaction mark the bundle complete, let the contributors record what it carried (the captures are marked
bundled) and log it in the custody log.

Nothing a capture holds stops a bundle: its original always travels, a product that cannot be derived from it is
left out with the reason (contributors.py), and an analysis that fails is recorded as failed. A number is taken
only for a bundle that is composed and about to be written, and is given back if writing fails before the file is
complete (a full disk, a cancel, an error): no file ever had it. Only a crash while writing leaves it reserved: the
next run marks it abandoned, never reuses it, and the next bundle names it, so headquarters can tell a number that
was never delivered from a lost bundle (a crash cannot tell whether the file was finished and copied away).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldkit.analysis import runner
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.bundle import format, writer
from fieldkit.bundle.manifest import LeftOut, SampleRecord, ShipmentRecord
from fieldkit.bundle.writer import BundleContents
from fieldkit.config import BUNDLE_LIMITS, BundleLimits
from fieldkit.errors import (
    CancelledError,
    ExportError,
    ExportFolderMissingError,
    InvalidValueError,
    NotProvisionedError,
    StoreError,
)
from fieldkit.models import Capture
from fieldkit.outgoing import contributors as registry
from fieldkit.outgoing import ledger
from fieldkit.outgoing.contributors import BundleDraft, Contributor
from fieldkit.outgoing.ledger import BundleRecord
from fieldkit.store.store import Store, timestamp

TAG_FILES_ALLOWANCE = 64 << 10  # bagit.txt, bag-info.txt, fieldkit.json, the manifests and the signature


@dataclass(frozen=True)
class MadeBundle:
    sequence: int
    path: Path
    size: int
    capture_count: int
    payload_bytes: int
    tagmanifest_sha256: str
    left_out: tuple[LeftOut, ...] = ()  # the captures' derived products this bundle does not carry, and why
    amendment_count: int = 0  # changes to what HQ already holds (data/records/amendments/)
    sample_count: int = 0  # physical samples' records (data/records/samples/), new or changed
    shipment_count: int = 0  # shipments with their manifests (data/records/shipments/)


def _analyse_waiting(store: Store, captures: list[Capture], analysed: Callable[[AnalysisOutcome], None] | None,
                     cancel: threading.Event | None) -> None:  # fmt: skip
    """Analyse the captures about to be bundled that never were, so their records carry what was found.

    Each capture's failure is an answer the runner records ('failed', with the reason). Should the run itself fail
    (an answer the runner cannot read), each capture is tried alone: one that still fails stays 'pending' and
    travels as such. A store failure is the store's, not a capture's: it stops the bundle."""
    settled = store.analyses.settled()
    waiting = [capture.id for capture in captures if capture.id not in settled]
    if not waiting:
        return
    try:
        runner.analyse(store, waiting, progress=analysed, cancel=cancel)
    except StoreError:
        raise
    except Exception:  # see the docstring: retried one by one below
        settled = store.analyses.settled()
        for capture_id in (c for c in waiting if c not in settled):
            try:
                runner.analyse(store, [capture_id], progress=analysed, cancel=cancel)
            except StoreError:
                raise
            except Exception:  # noqa: S112 - this capture stays 'pending'; its original travels anyway
                continue


@dataclass(frozen=True)
class _Budget:
    """What one bundle may hold: bytes (``max_size``, encrypted) and payload files (``max_files``); ``reserve_*``
    is what every bundle holds whatever its captures, ``cost``/``files`` what one capture adds (upper bounds; the
    writer checks the exact figures)."""

    max_size: int
    max_files: int
    reserve: int
    reserve_files: int
    cost: Callable[[Capture], int]
    files: Callable[[Capture], int]


def _split(pending: list[Capture], budget: _Budget) -> tuple[list[list[Capture]], list[tuple[Capture, int]]]:
    """Group captures in order so each bundle stays within ``budget`` (a phone's hundred thousand small files split
    by count as a long video splits by size). A capture that cannot fit in any bundle of that size is set aside with
    the size its own bundle would need: it waits, the others go (one long video must not keep every photo from
    HQ)."""
    groups: list[list[Capture]] = []
    too_large: list[tuple[Capture, int]] = []
    current: list[Capture] = []
    used, files = budget.reserve, budget.reserve_files
    for capture in pending:
        capture_cost, capture_files = budget.cost(capture), budget.files(capture)
        alone = writer.encrypted_size(budget.reserve + capture_cost)
        if alone > budget.max_size:
            too_large.append((capture, alone))
            continue
        if current and (writer.encrypted_size(used + capture_cost) > budget.max_size
                        or files + capture_files > budget.max_files):  # fmt: skip
            groups.append(current)
            current, used, files = [], budget.reserve, budget.reserve_files
        current.append(capture)
        used += capture_cost
        files += capture_files
    if current:
        groups.append(current)
    return groups, too_large


def create_bundles(
    store: Store,
    out_dir: Path,
    max_size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    contributors: Sequence[Contributor] | None = None,
    limits: BundleLimits = BUNDLE_LIMITS,
    analysed: Callable[[AnalysisOutcome], None] | None = None,
    too_large: Callable[[Capture, int], None] | None = None,
) -> list[MadeBundle]:
    """Bundle every capture not yet bundled into ``out_dir``. Returns the bundles made (none if nothing waits).

    Captures never analysed are analysed first (``analysed(outcome)`` follows them). ``progress(bytes_done,
    bytes_total)`` follows the originals; setting ``cancel`` stops at the next piece: the bundle being written is
    removed (its number given back), bundles already finished stay. ``contributors`` defaults to
    contributors.CONTRIBUTORS. A capture too large for ``max_size`` waits (``too_large(capture, bytes its bundle
    would need)`` says which) and the others are bundled; without ``too_large`` that is an error, after them."""
    contributors = registry.CONTRIBUTORS if contributors is None else tuple(contributors)
    recipients = ledger.recipients(store)
    if not recipients:
        raise NotProvisionedError("no headquarters recipient is set, so nothing can be encrypted for it")
    max_size = max_size or limits.default_max_bundle_bytes
    out_dir = out_dir.expanduser()
    if not out_dir.is_dir():
        raise ExportFolderMissingError(f"the folder {out_dir} does not exist")
    writer.sweep_partials(out_dir)
    store.ledger.abandon_unfinished()  # numbers left 'writing' by a crash
    ledger.set_setting(store, ledger.BUNDLE_FOLDER, str(out_dir.absolute()))
    _analyse_waiting(store, store.originals.pending_for_bundle(), analysed, cancel)
    if cancel is not None and cancel.is_set():
        raise CancelledError("bundle creation was cancelled")
    previous = ledger.last_complete(store)
    reserve = TAG_FILES_ALLOWANCE + sum(c.bytes_per_bundle(store, previous) for c in contributors)
    budget = _Budget(
        max_size=max_size, max_files=limits.max_members, reserve=reserve,
        reserve_files=sum(c.files_per_bundle(store) for c in contributors),
        cost=lambda capture: sum(c.bytes_per_capture(capture) for c in contributors),
        files=lambda capture: sum(c.files_per_capture(capture) for c in contributors),
    )  # fmt: skip
    groups, waiting = _split(store.originals.pending_for_bundle(), budget)
    if not groups and any(c.waiting(store) for c in contributors):
        groups = [[]]  # content of a contributor's own (an amendment) travels without a new capture
    total = sum(capture.size for group in groups for capture in group)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)
        if cancel is not None and cancel.is_set():
            raise CancelledError("bundle creation was cancelled")

    made = [_make_bundle(store, out_dir, group, recipients, contributors, max_size, limits, advance)
            for group in groups]  # fmt: skip
    for capture, needed in waiting:
        if too_large is None:
            raise InvalidValueError(
                f"capture {capture.id} ({capture.size} bytes) does not fit in a bundle of at most {max_size} bytes"
                f" (it needs {needed}): {len(made)} bundle(s) were made without it; choose a larger --max-size"
            )
        too_large(capture, needed)
    return made


def _make_bundle(store: Store, out_dir: Path, group: list[Capture], recipients: list[str],
                 contributors: Sequence[Contributor], max_size: int, limits: BundleLimits,
                 advance: Callable[[int], None]) -> MadeBundle:  # fmt: skip
    now = store.clock()
    previous = ledger.last_complete(store)
    sequence = store.ledger.next_sequence()
    draft = BundleDraft(store, sequence, group, previous, ledger.organisation(store))
    for contributor in contributors:
        contributor.contribute(draft)
    abandoned = store.ledger.abandoned_after(previous.sequence if previous else 0)
    bundle_id = str(uuid.uuid4())
    contents = BundleContents(
        bundle_id=bundle_id,
        device_id=store.device_id,
        sequence=sequence,
        created=now,
        organisation=draft.organisation,
        previous_tagmanifest_sha256=previous.tagmanifest_sha256 if previous else None,
        abandoned_sequences=tuple(abandoned),
        custody=draft.custody,
        entries=draft.entries(),
        left_out=tuple(draft.left_out),
    )
    target = out_dir / format.file_name(store.device_id, sequence)
    if target.exists():
        raise ExportError(f"{target} already exists: move it away and create the bundle again")
    store.ledger.reserve(sequence, bundle_id, timestamp(now))  # composed: only writing it is left
    try:
        written = writer.write_bundle(out_dir, contents, store.device_signing_key(), recipients, limits=limits,
                                      max_size=max_size, progress=advance)  # fmt: skip
    except BaseException:
        if not target.exists():  # no file ever had this number: it was never a bundle
            store.ledger.release(sequence)
        raise
    assert written.path is not None  # written to a folder
    with store.write():
        store.ledger.complete(BundleRecord(
            sequence, bundle_id, "complete", timestamp(now), written.path.name, written.size,
            written.tagmanifest_sha256, previous.tagmanifest_sha256 if previous else "", len(group),
            written.payload_bytes, draft.custody.to_seq,
        ))  # fmt: skip
        for contributor in contributors:
            contributor.written(draft)
        details = {"sequence": sequence, "file": written.path.name, "tagmanifest_sha256": written.tagmanifest_sha256,
                   "file_sha256": written.file_sha256, "captures": [c.uuid for c in group]}  # fmt: skip
        if written.info.counts.amendments:
            details["amendments"] = written.info.counts.amendments
        if draft.left_out:
            details["left_out"] = [entry.to_json() for entry in draft.left_out]
        store.log("bundle.created", f"bundle:{bundle_id}", details)
    carried = draft.records()
    return MadeBundle(sequence, written.path, written.size, len(group), written.payload_bytes,
                      written.tagmanifest_sha256, contents.left_out, written.info.counts.amendments or 0,
                      sum(isinstance(r, SampleRecord) for r in carried),
                      sum(isinstance(r, ShipmentRecord) for r in carried))  # fmt: skip


@dataclass(frozen=True)
class Remade:
    sequence: int
    captures: int  # waiting for the next bundle again
    amendments: int


def remake(store: Store, sequence: int, reason: str) -> Remade:
    """Give up bundle ``sequence`` when no intact copy of it is left and HQ never received it: it is marked
    abandoned (custody ``bundle.abandoned`` with the reason, the captures and how many amendments), its captures and
    amendments wait again, and it leaves the outbox. The next 'bundle create' carries them, declares the number in
    ``abandoned_sequences``, chains to the bundle before it (``previous_tagmanifest_sha256``) and starts its custody
    range where that one ended, so the entries the lost bundle carried travel again.

    Refused for a bundle HQ acknowledged or may hold (fully sent, receipt not in yet), and for any bundle but the
    newest complete one: a later bundle already chains to this one and HQ would see that chain broken."""
    reason = reason.strip()
    if not reason:
        raise InvalidValueError("say why the bundle is given up: --reason TEXT (e.g. 'file damaged, no intact copy')")
    store.ledger.abandon_unfinished()
    record = next((b for b in ledger.bundles(store) if b.sequence == sequence), None)
    if record is None or record.state != "complete":
        state = "does not exist" if record is None else f"is {record.state}"
        raise InvalidValueError(f"bundle {sequence} {state}: only a complete bundle can be remade ('fieldkit bundle "
                                "list' shows them)")  # fmt: skip
    latest = ledger.last_complete(store)
    if latest is not None and latest.sequence != sequence:
        raise InvalidValueError(
            f"bundle {sequence} is not the newest bundle: bundle {latest.sequence} already chains to it, so HQ would "
            f"see that chain broken. Only the newest complete bundle can be remade; for bundle {sequence}, find an "
            "intact copy ('fieldkit outbox relocate', 'retry') or tell HQ it was lost"
        )
    sent = store.outbox.row(sequence)
    if sent is not None and sent.state == "acknowledged":
        raise InvalidValueError(f"bundle {sequence} is acknowledged by HQ: HQ holds it, there is nothing to remake")
    if sent is not None and sent.state == "verifying":
        raise InvalidValueError(f"bundle {sequence} was sent whole and HQ may hold it: run 'fieldkit sync --once' "
                                "for HQ's receipt first")  # fmt: skip
    with store.write():
        store.ledger.abandon(sequence)
        captures = store.originals.unbundle(sequence)
        amendments = store.amendments.uncarry(sequence)
        store.outbox.remove(sequence)
        store.log("bundle.abandoned", f"bundle:{record.uuid}",
                  {"sequence": sequence, "reason": reason, "remade": True, "captures": captures,
                   "amendments": amendments})  # fmt: skip
    return Remade(sequence, len(captures), amendments)
