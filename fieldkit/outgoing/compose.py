"""Making bundles on the device: every capture not yet bundled, split into sequential bundles under a size cap.

Design: this module keeps the device's side of a bundle (which captures, which number, what the ledger says) and
nothing of its content or its encoding: the contributors (contributors.py) fill a draft from the store, and
bundle/writer.py encodes it. Per bundle: reserve its number in the ledger before a byte is written, let every
contributor add its content, write the file, then in one store transaction mark the bundle complete, let the
contributors record what it carried (the captures are marked bundled) and log it in the custody log.

A bundle that fails half-way (a crash, a full disk, a cancel) keeps its reserved number: the next run marks it
abandoned, never reuses it, and the next bundle names it, so headquarters can tell a number that was never
delivered from a lost bundle.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldkit.bundle import writer
from fieldkit.bundle.writer import BundleContents
from fieldkit.config import BUNDLE_LIMITS, BundleLimits
from fieldkit.errors import CancelledError, ExportError, InvalidValueError, NotProvisionedError
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


def _split(pending: list[Capture], max_size: int, reserve: int,
          cost: Callable[[Capture], int]) -> list[list[Capture]]:  # fmt: skip
    """Group captures in order so each bundle stays under ``max_size``; ``reserve`` covers what every bundle holds
    whatever its captures, ``cost`` what one capture adds (upper bounds; the writer checks the exact size)."""
    groups: list[list[Capture]] = []
    current: list[Capture] = []
    used = reserve
    for capture in pending:
        capture_cost = cost(capture)
        if writer.encrypted_size(reserve + capture_cost) > max_size:
            raise InvalidValueError(
                f"capture {capture.id} ({capture.size} bytes) does not fit in a bundle of at most"
                f" {max_size} bytes: choose a larger --max-size"
            )
        if current and writer.encrypted_size(used + capture_cost) > max_size:
            groups.append(current)
            current, used = [], reserve
        current.append(capture)
        used += capture_cost
    if current:
        groups.append(current)
    return groups


def create_bundles(
    store: Store,
    out_dir: Path,
    max_size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    contributors: Sequence[Contributor] | None = None,
    limits: BundleLimits = BUNDLE_LIMITS,
) -> list[MadeBundle]:
    """Bundle every capture not yet bundled into ``out_dir``. Returns the bundles made (none if nothing waits).

    ``progress(bytes_done, bytes_total)`` follows the originals; setting ``cancel`` stops at the next piece: the
    bundle being written is removed (its number is abandoned), bundles already finished stay. ``contributors``
    defaults to contributors.CONTRIBUTORS."""
    contributors = registry.CONTRIBUTORS if contributors is None else tuple(contributors)
    recipients = ledger.recipients(store)
    if not recipients:
        raise NotProvisionedError("no headquarters recipient is set, so nothing can be encrypted for it")
    max_size = max_size or limits.default_max_bundle_bytes
    out_dir = out_dir.expanduser()
    if not out_dir.is_dir():
        raise ExportError(f"the folder {out_dir} does not exist")
    writer.sweep_partials(out_dir)
    store.ledger.abandon_unfinished()  # numbers left 'writing' by a crash or a cancel
    ledger.set_setting(store, ledger.BUNDLE_FOLDER, str(out_dir.absolute()))
    previous = ledger.last_complete(store)
    reserve = TAG_FILES_ALLOWANCE + sum(c.bytes_per_bundle(store, previous) for c in contributors)
    groups = _split(store.originals.pending_for_bundle(), max_size, reserve,
                   lambda capture: sum(c.bytes_per_capture(capture) for c in contributors))  # fmt: skip
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

    return [_make_bundle(store, out_dir, group, recipients, contributors, max_size, limits, advance)
            for group in groups]  # fmt: skip


def _make_bundle(store: Store, out_dir: Path, group: list[Capture], recipients: list[str],
                 contributors: Sequence[Contributor], max_size: int, limits: BundleLimits,
                 advance: Callable[[int], None]) -> MadeBundle:  # fmt: skip
    now = store.clock()
    previous = ledger.last_complete(store)
    sequence = store.ledger.next_sequence()
    abandoned = store.ledger.abandoned_after(previous.sequence if previous else 0)
    bundle_id = str(uuid.uuid4())
    store.ledger.reserve(sequence, bundle_id, timestamp(now))  # before any byte is written
    draft = BundleDraft(store, sequence, group, previous, ledger.organisation(store))
    for contributor in contributors:
        contributor.contribute(draft)
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
    )
    written = writer.write_bundle(out_dir, contents, store.device_signing_key(), recipients, limits=limits,
                                  max_size=max_size, progress=advance)  # fmt: skip
    assert written.path is not None  # written to a folder
    with store.write():
        store.ledger.complete(BundleRecord(
            sequence, bundle_id, "complete", timestamp(now), written.path.name, written.size,
            written.tagmanifest_sha256, previous.tagmanifest_sha256 if previous else "", len(group),
            written.payload_bytes, draft.custody.to_seq,
        ))  # fmt: skip
        for contributor in contributors:
            contributor.written(draft)
        store.log(
            "bundle.created",
            f"bundle:{bundle_id}",
            {"sequence": sequence, "file": written.path.name, "tagmanifest_sha256": written.tagmanifest_sha256,
             "captures": [c.uuid for c in group]},
        )  # fmt: skip
    return MadeBundle(sequence, written.path, written.size, len(group), written.payload_bytes,
                      written.tagmanifest_sha256)  # fmt: skip
