"""Physical samples (DNA swabs, touch DNA, saliva, blood, hair, tissue) taken from an item, and their physical custody
until a laboratory receives them (docs/samples.md).

The sample itself travels apart from the laptop (sealed, often cooled); what fieldkit records is the chain from "this
swab, from this spot on this rifle" to "this parcel, received by this laboratory". Each step is a custody-log entry
whose subject is ``sample:<uuid>`` (``shipment:<uuid>`` for a shipment), written in the same transaction as the row it
changes, so a step is never recorded without its entry nor the other way round. The steps, in order::

    collected -> sealed -> handed-over (any number of times) -> shipped -> received

A sample collected with its seal number is sealed at once. It must be sealed before it leaves the collector's
hands for a laboratory (``ship``); a handover before the seal is allowed (the collector may pass an open sample to
the technician who packs it) and says so in its entry. A handover names the receiver: an operator of this device,
proven by their own passphrase, or a person typed with their rank (someone without an account: a police officer,
a courier); the entry says which.

The rules live here; store/samples.py keeps the rows. Every text is checked with the store's limits; the sample's id
(its tag) is what its barcode says or what was typed, cleaned like an item's tag.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.core.importer import Importer, ImportOutcome, ImportSummary, as_text
from fieldkit.core.tags import FoundTag, read_tags
from fieldkit.errors import (
    AnalysisFailedError,
    HandoverUnconfirmedError,
    InvalidValueError,
    ManifestTakenError,
    NotFoundError,
    ReceiverPassphraseError,
    SampleNotFoundError,
    SampleRefTakenError,
    SampleStateError,
    SampleTagNotFoundError,
    WrongPassphraseError,
)
from fieldkit.models import SAMPLE_CAPTURE_ROLES, SAMPLE_TYPES, Item
from fieldkit.store.samples import SampleRow, ShipmentRow
from fieldkit.store.store import Store, clean_name, clean_text, timestamp

# Custody actions (docs/samples.md, "Custody"); the state each one leaves the sample in.
COLLECTED = "sample.collected"
SEALED = "sample.sealed"
HANDED_OVER = "sample.handed_over"
SHIPPED = "sample.shipped"
RECEIVED = "sample.received"
PHOTO_LINKED = "sample.photo_linked"
SHIPMENT_MADE = "shipment.made"
STEP_STATES = {COLLECTED: "collected", SEALED: "sealed", HANDED_OVER: "handed-over", SHIPPED: "shipped",
               RECEIVED: "received"}  # fmt: skip
SAMPLE_ACTIONS = (*STEP_STATES, PHOTO_LINKED)

# How the receiver of a handover was confirmed.
BY_PASSPHRASE = "passphrase"  # noqa: S105 (a word, not a secret): an operator of this device typed their own passphrase
TYPED = "typed"  # a name and rank typed by the operator who hands over


def subject_of(sample: SampleRow) -> str:
    return f"sample:{sample.uuid}"


@dataclass(frozen=True)
class SampleStep:
    """One custody entry of a sample, as people read it."""

    seq: int  # the custody log's entry number
    at: str
    operator: str  # who recorded it (the operator logged in)
    action: str
    state: str | None  # the state it left the sample in (None: a photo linked)
    details: dict[str, Any]


def find(store: Store, ident: str) -> SampleRow:
    """The sample named on the command line or in the window: its number (``#12`` or ``12``) or the id on its tag."""
    text = ident.strip()
    row = store.samples.by_ref(text)
    if row is not None:
        return row
    number = text[1:] if text.startswith("#") else text
    if number.isdigit() and len(number) < 19:
        with contextlib.suppress(NotFoundError):  # said below as the samples' own error
            return store.samples.by_id(int(number))
    raise SampleNotFoundError(f"no sample has the number or tag id '{text[:80]}'")


def read_sample_tag(photos: Iterable[bytes]) -> FoundTag:
    """The one id the photos' barcodes or QR codes give (read in the sandbox). Several photos of the same tag agree;
    two different codes, or none, is an error that asks for the id to be typed."""
    found: dict[str, FoundTag] = {}
    failures = 0
    for data in photos:
        try:
            tags = read_tags(data)
        except AnalysisFailedError:
            failures += 1
            continue
        for tag in tags:
            found.setdefault(tag.text, tag)
    if len(found) == 1:
        return next(iter(found.values()))
    if not found:
        unread = f" ({failures} could not be read as pictures)" if failures else ""
        raise SampleTagNotFoundError(f"no barcode or QR code was found on the sample's photos{unread}")
    shown = ", ".join(sorted(found)[:4])
    raise SampleTagNotFoundError(f"the photos show {len(found)} different codes ({shown}): which one is the sample's "
                                 "is not certain")  # fmt: skip


def _choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise InvalidValueError(f"the {what} must be one of {', '.join(allowed)} (not '{value[:40]}')")
    return value


@dataclass(frozen=True)
class SamplePhoto:
    """A photo file the operator gave for a sample, and what it shows of it (models.SAMPLE_CAPTURE_ROLES)."""

    path: Path
    role: str


@dataclass(frozen=True)
class ImportedPhotos:
    """What ``import_photos`` did: the import's summary and the capture each photo became."""

    summary: ImportSummary
    captures: dict[str, int]  # by str(photo.path): stored now, or already a capture of the item (not stored twice)
    missing: list[SamplePhoto]  # photos that could not be stored (the import's outcomes say why)

    def kept(self) -> str:
        """'#4, #7': the captures the photos became, for a message."""
        return ", ".join(f"#{capture}" for capture in sorted(set(self.captures.values())))


def import_photos(store: Store, case_name: str, tag: str, photos: Sequence[SamplePhoto], *,
                  progress: Callable[[ImportOutcome], None] | None = None,
                  cancel: threading.Event | None = None) -> ImportedPhotos:  # fmt: skip
    """Preserve first: a sample's photos become ordinary captures of its item through the ordinary import (one
    acquisition: bit-exact, hashed, encrypted), before the sample is recorded, so that a refused sample never loses
    a photo. The caller has them analysed as any import's (the CLI at once, the window in the background)."""
    summary = Importer(store, cancel=cancel, progress=progress).run(case_name, tag, [photo.path for photo in photos])
    by_path: dict[str, int] = {}
    for outcome in summary.outcomes:
        kept = outcome.capture_id if outcome.status == "stored" else outcome.duplicate_of
        if kept is not None:
            by_path.setdefault(outcome.path, kept)
    captures: dict[str, int] = {}
    missing = []
    for photo in photos:
        shown = Path(os.path.abspath(photo.path))
        with contextlib.suppress(OSError, RuntimeError):
            shown = shown.resolve(strict=True) if shown.is_symlink() else shown
        capture = by_path.get(as_text(shown))
        if capture is not None:
            captures[str(photo.path)] = capture
        else:
            missing.append(photo)
    return ImportedPhotos(summary, captures, missing)


def add(store: Store, item: Item, *, ref: str, sample_type: str, barcode_format: str = "", location: str = "",
        collector: str = "", collected_at: str | None = None, packaging: str = "", seal: str = "",
        storage: str = "", notes: str = "", photos: Sequence[tuple[int, str]] = (),
        spot: tuple[float, float] | None = None) -> SampleRow:  # fmt: skip
    """Record a sample taken from ``item``: collected (and sealed when its seal number is given), held by its
    collector (the operator logged in unless named); ``photos``, captures of the item as (capture id, role), are
    linked to it in the same transaction (``spot``: the place marked on the one whose role is "spot"). Refused
    (its id taken, a value wrong): nothing is recorded, and the photos stay captures of the item, as the message
    says."""
    limits = store.limits
    ref = clean_name(ref, "sample id", limits)
    sample_type = _choice(sample_type, SAMPLE_TYPES, "sample type")
    collector = clean_name(collector or store.operator.name, "collector", limits)
    seal = clean_text(seal, "seal number", limits).strip()
    if len(seal) > limits.max_name_chars:
        raise InvalidValueError(f"the seal number is longer than {limits.max_name_chars} characters")
    texts = {key: clean_text(value, key, limits).strip() for key, value in
             (("location", location), ("packaging", packaging), ("storage", storage), ("notes", notes))}  # fmt: skip
    when = collected_at or timestamp(store.clock())
    kept = ", ".join(f"#{capture}" for capture in sorted({capture for capture, _ in photos}))
    if store.samples.by_ref(ref) is not None:
        also = f" (the photos are kept as captures {kept} of the item)" if kept else ""
        raise SampleRefTakenError(f"a sample with the id '{ref}' is already recorded{also}")
    state = "sealed" if seal else "collected"
    with store.write():
        row = store.samples.add(item.id, ref=ref, sample_type=sample_type, collector=collector, collected_at=when,
                                state=state, holder=collector, barcode_format=barcode_format[:40], seal=seal,
                                **texts)  # fmt: skip
        store.log(COLLECTED, subject_of(row), {
            "sample": row.ref, "item": item.uuid, "case": item.case_name, "tag": item.tag, "type": sample_type,
            "collector": collector, "collected_at": when, "location": texts["location"],
            "barcode_format": row.barcode_format, "state": "collected", "holder": collector,
        })  # fmt: skip
        if seal:
            store.log(SEALED, subject_of(row), {"sample": row.ref, "seal": seal, "packaging": texts["packaging"],
                                                "state": "sealed", "holder": collector})  # fmt: skip
        for capture_id, role in photos:
            row = link_capture(store, row, capture_id, role, spot=spot if role == "spot" else None)
    return store.samples.by_id(row.id)


def seal(store: Store, sample: SampleRow, *, seal_number: str, packaging: str = "", storage: str = "") -> SampleRow:
    """Seal the sample's packaging; the seal number goes on the manifest and is checked by the laboratory."""
    limits = store.limits
    seal_number = clean_name(seal_number, "seal number", limits)
    if sample.state not in ("collected", "sealed", "handed-over"):
        raise SampleStateError(f"sample {sample.ref} is {sample.state}: it can no longer be sealed on this device")
    changes: dict[str, object] = {"seal": seal_number, "state": "sealed" if sample.state == "collected" else
                                  sample.state}  # fmt: skip
    if packaging.strip():
        changes["packaging"] = clean_text(packaging, "packaging", limits).strip()
    if storage.strip():
        changes["storage"] = clean_text(storage, "storage", limits).strip()
    resealed = bool(sample.seal)
    with store.write():
        row = store.samples.change(sample.id, **changes)
        store.log(SEALED, subject_of(row), {
            "sample": row.ref, "seal": seal_number, "packaging": row.packaging, "storage": row.storage,
            "previous_seal": sample.seal if resealed else "", "state": row.state, "holder": row.holder,
        })  # fmt: skip
    return row


def hand_over(store: Store, sample: SampleRow, *, to: str, passphrase: str | None = None, rank: str = "",
              note: str = "") -> SampleRow:  # fmt: skip
    """Pass the sample from its holder to ``to``: an operator of this device confirmed by their own passphrase, or
    a person named with their rank."""
    limits = store.limits
    if sample.state in ("shipped", "received"):
        raise SampleStateError(f"sample {sample.ref} is {sample.state}: the laboratory's receipt follows, not a "
                               "handover on this device")  # fmt: skip
    to = clean_name(to, "receiver's name", limits)
    rank = clean_text(rank, "rank", limits).strip()
    if passphrase:
        try:
            to = store.keyholders.confirm(to, passphrase).name
        except WrongPassphraseError:
            raise ReceiverPassphraseError(f"that is not {to}'s passphrase: sample {sample.ref} stays with "
                                          f"{sample.holder}") from None  # fmt: skip
        confirmed = BY_PASSPHRASE
    elif rank:
        confirmed = TYPED
    else:
        raise HandoverUnconfirmedError(f"the handover of sample {sample.ref} to {to} is not confirmed: their "
                                       "passphrase or their rank is needed")  # fmt: skip
    if to.casefold() == sample.holder.casefold():
        raise InvalidValueError(f"sample {sample.ref} is already held by {sample.holder}")
    with store.write():
        row = store.samples.change(sample.id, state="handed-over", holder=to)
        store.log(HANDED_OVER, subject_of(row), {
            "sample": row.ref, "from": sample.holder, "to": to, "rank": rank, "confirmed": confirmed,
            "sealed": bool(sample.seal), "seal": sample.seal, "note": clean_text(note, "note", limits).strip(),
            "state": "handed-over", "holder": to,
        })  # fmt: skip
    return row


def ship(store: Store, samples: Sequence[SampleRow], *, manifest: str, laboratory: str = "",
         carrier: str = "") -> ShipmentRow:  # fmt: skip
    """Put sealed samples in one shipment under the manifest number written on the parcel and its paper."""
    limits = store.limits
    manifest = clean_name(manifest, "manifest number", limits)
    laboratory = clean_text(laboratory, "laboratory", limits).strip()
    carrier = clean_text(carrier, "carrier", limits).strip()
    if not samples:
        raise InvalidValueError("name at least one sample to ship")
    if len({s.id for s in samples}) != len(samples):
        raise InvalidValueError("a sample is named twice")
    for sample in samples:
        if sample.state in ("shipped", "received"):
            raise SampleStateError(f"sample {sample.ref} is already {sample.state} (manifest {sample.manifest})")
        if not sample.seal:
            raise SampleStateError(f"sample {sample.ref} is not sealed: seal it first with 'fieldkit sample seal "
                                   f"{sample.ref} --seal NUMBER'")  # fmt: skip
    if store.samples.shipment(manifest) is not None:
        raise ManifestTakenError(f"the manifest number '{manifest}' is already used by another shipment")
    holder = carrier or laboratory or "in transit"
    with store.write():
        shipment = store.samples.add_shipment(manifest=manifest, laboratory=laboratory, carrier=carrier,
                                              shipped_at=timestamp(store.clock()),
                                              shipped_by=store.operator.name)  # fmt: skip
        store.log(SHIPMENT_MADE, f"shipment:{shipment.uuid}", {
            "manifest": manifest, "laboratory": laboratory, "carrier": carrier,
            "samples": [sample.ref for sample in samples],
        })  # fmt: skip
        for sample in samples:
            row = store.samples.change(sample.id, state="shipped", holder=holder, shipment_id=shipment.id)
            store.log(SHIPPED, subject_of(row), {
                "sample": row.ref, "from": sample.holder, "manifest": manifest, "shipment": shipment.uuid,
                "laboratory": laboratory, "carrier": carrier, "seal": row.seal, "state": "shipped", "holder": holder,
            })  # fmt: skip
    return store.samples.shipment_by_id(shipment.id)


def receive(store: Store, sample: SampleRow, *, by: str, laboratory_ref: str = "", seal_intact: bool = True,
            note: str = "") -> SampleRow:  # fmt: skip
    """The laboratory's receipt of a shipped sample (as it reported it back), with whether the seal arrived intact."""
    limits = store.limits
    if sample.state != "shipped":
        raise SampleStateError(f"sample {sample.ref} is {sample.state}: only a shipped sample can be received "
                               f"(ship it with 'fieldkit sample ship --manifest N {sample.ref}')")  # fmt: skip
    by = clean_name(by, "receiver's name", limits)
    with store.write():
        row = store.samples.change(sample.id, state="received", holder=by)
        store.log(RECEIVED, subject_of(row), {
            "sample": row.ref, "by": by, "manifest": sample.manifest or "",
            "laboratory_ref": clean_text(laboratory_ref, "laboratory reference", limits).strip(),
            "seal_intact": seal_intact, "seal": row.seal, "note": clean_text(note, "note", limits).strip(),
            "state": "received", "holder": by,
        })  # fmt: skip
    return row


def link_capture(store: Store, sample: SampleRow, capture_id: int, role: str, *, spot: tuple[float, float] | None =
                 None) -> SampleRow:  # fmt: skip
    """Say what a capture of the sample's item shows: the sample, its sealed packaging, its tag, or the spot it was
    taken from (with the spot's place on the photo, as fractions of its width and height)."""
    role = _choice(role, SAMPLE_CAPTURE_ROLES, "photo's role")
    capture = store.capture(capture_id)
    if capture.item_id != sample.item_id:
        raise InvalidValueError(f"capture {capture_id} belongs to another item than sample {sample.ref}")
    if spot is not None and not all(0.0 <= value <= 1.0 for value in spot):
        raise InvalidValueError("the spot's place must be fractions of the photo from 0 to 1")
    with store.write():
        store.samples.link_capture(sample.id, capture_id, role)
        if role == "spot":
            store.samples.change(sample.id, spot_capture_id=capture_id, spot_x=spot[0] if spot else None,
                                 spot_y=spot[1] if spot else None)  # fmt: skip
        row = store.samples.by_id(sample.id)
        store.log(PHOTO_LINKED, subject_of(row), {
            "sample": row.ref, "capture": capture.uuid, "role": role,
            "spot": [round(spot[0], 4), round(spot[1], 4)] if spot else None,
        })  # fmt: skip
    return row


def steps(store: Store, sample: SampleRow) -> list[SampleStep]:
    """The sample's custody entries, oldest first."""
    found = []
    for event in store.custody_events(subject_of(sample)):
        found.append(SampleStep(event.seq, event.at, event.operator, event.action, STEP_STATES.get(event.action),
                                event.details))  # fmt: skip
    return found


def state_words(sample: SampleRow) -> str:
    """What the sample's state means, for a list: 'sealed, held by Cpl Ahmed'."""
    if sample.state == "shipped":
        return f"shipped (manifest {sample.manifest}), with {sample.holder}"
    if sample.state == "received":
        return f"received by {sample.holder}"
    return f"{sample.state}, held by {sample.holder}"
