"""Physical samples of an item for the item card's Samples part (core/samples.py; docs/samples.md): read them with
what the dialogs offer (the item's photos, the operators of this device), record each custody step, read a sample's
id from a photo of its tag.

Item-safe: every op names the item it was started for (the card's item when its dialog opened) and refuses a sample
of another item, so that nothing typed for one item lands on another. The sample is read again by its number before
each step, so a step follows the state the store holds, not the one the list showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit._internal import fsutil
from fieldkit.core import manifest as manifests
from fieldkit.core import samples
from fieldkit.core.samples import SampleStep
from fieldkit.core.tags import FoundTag
from fieldkit.errors import (
    ExportError,
    ExportFolderMissingError,
    FieldkitError,
    InvalidValueError,
    OversizedMediaError,
    PartialImportError,
    ShipmentNotFoundError,
    StorageIOError,
)
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.models import Capture, Item
from fieldkit.store.samples import SampleRow, ShipmentRow
from fieldkit.store.store import Store


@dataclass(frozen=True)
class ItemSamples:
    """What the Samples part shows of one item and what its dialogs offer."""

    item_id: int
    samples: list[SampleRow]
    captures: list[Capture]  # the item's captures, newest first (a photo of the tag, a photo to link)
    operators: list[str]  # the operators of this device (a handover's receiver proves it with their passphrase)
    operator: str  # the operator logged in (the collector unless another is named)
    shipments: dict[str, ShipmentRow] = field(default_factory=dict)  # the shipments of its samples, by manifest
    # Sealed samples of the case's other items not shipped yet: a parcel often takes samples of several items.
    case_shippable: list[SampleRow] = field(default_factory=list)


def item_samples(item: Item) -> Job:
    def job(context: JobContext) -> ItemSamples:
        store = context.need_store()
        current = store.item_by_id(item.id)
        captures = sorted(store.captures(current.case_name, current.tag), key=lambda capture: -capture.id)
        rows = store.samples.select(item_ids=[item.id])
        shipments = {row.manifest: found for row in rows if row.manifest
                     and (found := store.samples.shipment(row.manifest)) is not None}  # fmt: skip
        others = [row for row in store.samples.select(item_ids=store.records.item_ids(current.case_name),
                                                      states=SHIPPABLE_STATES)
                  if row.item_id != item.id and row.seal and row.shipment_id is None]  # fmt: skip
        return ItemSamples(item.id, rows, captures, [operator.name for operator in store.operators()],
                           store.operator.name, shipments, others)  # fmt: skip

    return job


SHIPPABLE_STATES = ("sealed", "handed-over")  # with a seal number: what may go into a shipment


def _sample(store: Store, item_id: int, sample_id: int) -> SampleRow:
    sample = store.samples.by_id(sample_id)
    if sample.item_id != item_id:
        raise InvalidValueError(f"sample {sample.ref} belongs to another item than the one this window was opened for")
    return sample


# --- the sample's id from a photo of its tag ----------------------------------------------------------------------


def read_tag_in_file(path: Path) -> Job:
    """The id on a sample's tag from a photo file the operator chose (read in the sandbox)."""

    def job(context: JobContext) -> FoundTag:
        limit = context.need_store().limits.max_tag_photo_bytes
        data = fsutil.read_small_file(
            path, limit,
            unreadable=lambda exc: StorageIOError(f"the photo {path.name} could not be read "
                                                  f"({exc.strerror or 'read error'})"),
            too_large=lambda: OversizedMediaError(f"the photo {path.name} is larger than {limit >> 20} MiB: not a "
                                                  "photo of a tag"),
        )  # fmt: skip
        return samples.read_sample_tag([data])

    return job


def read_tag_in_capture(item_id: int, capture_id: int) -> Job:
    """The id on a sample's tag from a photo already captured for the item."""

    def job(context: JobContext) -> FoundTag:
        store = context.need_store()
        capture = store.capture(capture_id)
        if capture.item_id != item_id:
            raise InvalidValueError(f"{capture.original_name} belongs to another item")
        limit = store.limits.max_tag_photo_bytes
        if capture.size > limit:
            raise OversizedMediaError(f"{capture.original_name} is larger than {limit >> 20} MiB: not a photo of a tag")
        data = b"".join(store.read_original(capture_id))
        return samples.read_sample_tag([data])

    return job


# --- custody steps --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewSample:
    """What the Add sample dialog sends."""

    ref: str
    sample_type: str
    barcode_format: str = ""
    location: str = ""
    seal: str = ""
    packaging: str = ""
    storage: str = ""
    notes: str = ""
    collector: str = ""
    tag_files: tuple[Path, ...] = ()  # photo files of its tag the operator chose: imported, then linked as "tag"
    tag_captures: tuple[int, ...] = ()  # captures of the item its tag was read from: linked as "tag"


@dataclass(frozen=True)
class SampleRefused:
    """The sample was not recorded, but the photos of its tag were stored first (preserve first): they stay
    captures of the item, ``kept``."""

    error: FieldkitError
    kept: tuple[int, ...]


def add_sample(item: Item, new: NewSample) -> Job:
    """Record a sample of ``item``. The photo files chosen for it are imported into the item first, through the
    ordinary import (one acquisition: bit-exact, hashed, encrypted; analysed in the sandbox in the background as
    every import is), then linked to the sample as its tag, in the transaction that records the sample. A photo
    that cannot be stored refuses the sample (PartialImportError); a sample refused after its photos were stored
    answers ``SampleRefused`` with the captures kept."""

    def job(context: JobContext) -> Changed[SampleRow] | Changed[SampleRefused]:
        store = context.need_store()
        current = store.item_by_id(item.id)  # its case and tag as they are now (the custody entry names them)
        links = [(capture, "tag") for capture in new.tag_captures]
        changes = Changes.SAMPLES
        kept: tuple[int, ...] = ()
        if new.tag_files:
            photos = [samples.SamplePhoto(path, "tag") for path in dict.fromkeys(new.tag_files)]
            imported = samples.import_photos(store, current.case_name, current.tag, photos,
                                             progress=context.progress, cancel=context.cancel)  # fmt: skip
            changes |= Changes.CAPTURES
            if imported.missing or imported.summary.failed:
                what = ", ".join(photo.path.name for photo in imported.missing) or "a photo of the tag"
                error = PartialImportError(f"{what} could not be stored: the sample is not recorded")
                if imported.captures:
                    return Changed(SampleRefused(error, tuple(sorted(set(imported.captures.values())))), changes)
                raise error
            kept = tuple(sorted(set(imported.captures.values())))
            links += [(capture, "tag") for capture in kept]
        links = list(dict.fromkeys(links))
        try:
            row = samples.add(store, current, ref=new.ref, sample_type=new.sample_type,
                              barcode_format=new.barcode_format, location=new.location, collector=new.collector,
                              packaging=new.packaging, seal=new.seal, storage=new.storage, notes=new.notes,
                              photos=links)  # fmt: skip
        except FieldkitError as exc:
            if kept:
                return Changed(SampleRefused(exc, kept), changes)
            raise
        return Changed(row, changes)

    return job


def seal_sample(item_id: int, sample_id: int, seal_number: str, packaging: str, storage: str) -> Job:
    def job(context: JobContext) -> Changed[SampleRow]:
        store = context.need_store()
        row = samples.seal(store, _sample(store, item_id, sample_id), seal_number=seal_number, packaging=packaging,
                           storage=storage)  # fmt: skip
        return Changed(row, Changes.SAMPLES)

    return job


def hand_over(item_id: int, sample_id: int, to: str, *, passphrase: str | None = None, rank: str = "",
              note: str = "") -> Job:  # fmt: skip
    """Hand the sample to an operator of this device (their passphrase) or a person named with their rank."""

    def job(context: JobContext) -> Changed[SampleRow]:
        store = context.need_store()
        row = samples.hand_over(store, _sample(store, item_id, sample_id), to=to, passphrase=passphrase or None,
                                rank=rank, note=note)  # fmt: skip
        return Changed(row, Changes.SAMPLES)

    return job


def ship(item_id: int, sample_ids: Sequence[int], manifest: str, laboratory: str, carrier: str) -> Job:
    """Ship samples of the item's case (the item's own and its other items') under one manifest number; a sample of
    another case is refused."""

    def job(context: JobContext) -> Changed[ShipmentRow]:
        store = context.need_store()
        current = store.item_by_id(item_id)
        rows = []
        for sample_id in sample_ids:
            row = store.samples.by_id(sample_id)
            if row.case_name != current.case_name:
                raise InvalidValueError(f"sample {row.ref} belongs to another case than {current.case_name}, the case "
                                        "this window was opened for")  # fmt: skip
            rows.append(row)
        return Changed(samples.ship(store, rows, manifest=manifest, laboratory=laboratory, carrier=carrier),
                       Changes.SAMPLES)  # fmt: skip

    return job


def receive(item_id: int, sample_id: int, by: str, laboratory_ref: str, seal_intact: bool, note: str) -> Job:
    def job(context: JobContext) -> Changed[SampleRow]:
        store = context.need_store()
        row = samples.receive(store, _sample(store, item_id, sample_id), by=by, laboratory_ref=laboratory_ref,
                              seal_intact=seal_intact, note=note)  # fmt: skip
        return Changed(row, Changes.SAMPLES)

    return job


def link_photo(item_id: int, sample_id: int, capture_id: int, role: str) -> Job:
    def job(context: JobContext) -> Changed[SampleRow]:
        store = context.need_store()
        row = samples.link_capture(store, _sample(store, item_id, sample_id), capture_id, role)
        return Changed(row, Changes.SAMPLES)

    return job


@dataclass(frozen=True)
class ManifestSaved:
    path: Path
    manifest: str
    samples: int
    replaced: bool


def save_manifest(manifest: str, target: Path, replace: bool) -> Job:
    """Write the printable manifest of the shipment ``manifest`` (core.manifest.render_manifest: HTML for A4) to a
    new private file (0600). A file already at ``target`` is replaced only with ``replace`` (the file chooser asked
    the operator and they confirmed); else refused, nothing written."""

    def job(context: JobContext) -> ManifestSaved:
        store = context.need_store()
        shipment = store.samples.shipment(manifest)
        if shipment is None:
            raise ShipmentNotFoundError(f"no shipment has the manifest number '{manifest}'")
        page = manifests.render_manifest(store, shipment)
        count = len(manifests.manifest_samples(store, shipment))
        if not target.parent.is_dir():
            raise ExportFolderMissingError(f"the folder {target.parent} does not exist")
        try:
            replaced = fsutil.write_private_file(target, page, replace=replace)
        except FileExistsError:
            raise ExportError(f"{target.name} already exists: nothing was written") from None
        except IsADirectoryError:
            raise ExportError(f"{target} is not a regular file: it is not replaced") from None
        except OSError as exc:
            raise fsutil.storage_error(exc, f"writing {target.name}") from exc
        return ManifestSaved(target, shipment.manifest, count, replaced)

    return job


@dataclass(frozen=True)
class SampleHistory:
    sample: SampleRow
    steps: list[SampleStep]
    photos: list[tuple[str, str]]  # (the capture's name, its role)


def history(item_id: int, sample_id: int) -> Job:
    def job(context: JobContext) -> SampleHistory:
        store = context.need_store()
        sample = _sample(store, item_id, sample_id)
        photos = [(store.capture(link.capture_id).original_name, link.role)
                  for link in store.samples.captures_of(sample.id)]  # fmt: skip
        return SampleHistory(sample, samples.steps(store, sample), photos)

    return job
