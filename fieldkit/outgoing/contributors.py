"""What goes into a bundle: each feature contributes its own content through one interface, in a fixed order.

Design: compose.py reserves a bundle's number, opens a ``BundleDraft`` (the store, the captures this bundle
carries, the bundle before it) and hands it to every contributor of ``CONTRIBUTORS`` in turn; the writer then
encodes whatever the draft holds. A new kind of content is a new ``Contributor`` added to that tuple, never an edit
of compose.py or bundle/writer.py. The order is fixed because later contributors build on earlier ones (the capture
records exist before the OCR text and the page view fill in their fields) and because the custody log goes last, so
it carries every entry made while the others read the store.

The interface (subclass ``Contributor``; only ``contribute`` is required):

- ``contribute(draft)`` adds to the draft: ``add_record(record)`` (a typed record of bundle/manifest.py, anything
  with ``path`` and ``to_json()``), ``replace_record(record)`` (a changed copy of a record added before, e.g. with
  ``dataclasses.replace``; ``capture_record(capture_id)`` finds a capture's), ``add_file(name, bytes)``,
  ``add_json(name, value)``, ``add_original(name, size, sha256, open)`` (streamed: ``open()`` yields the bytes), and
  ``draft.custody`` (the custody range that fieldkit.json declares).
- ``draft.deriving(product, *captures)``: a ``with`` block around one capture's step of a product derived from it
  (its OCR text, its page view, its item's ANSI/NIST transaction). A failure inside (a FieldkitError, or any other
  exception: a decoder or a bug) leaves that product out for those captures, recorded in fieldkit.json's
  ``left_out`` with the reason, and the bundle goes on: one capture's content never stops a bundle. Its original
  and record travel all the same (the ``Captures`` contributor is never guarded: a capture is never left out).
- ``written(draft)`` runs inside the store transaction that marks the bundle complete: record there what the bundle
  now carries (the captures contributor marks its captures bundled). It never runs for a bundle that failed, so
  that content goes into the next one.
- ``waiting(store)``: True when the contributor has content of its own to send although no capture waits; compose
  then makes a bundle for it alone.
- ``bytes_per_capture(capture)`` and ``bytes_per_bundle(store, previous)``: upper bounds of what the contributor adds,
  so compose can split captures into bundles below the size cap (the writer checks the exact size again);
  ``files_per_capture(capture)`` and ``files_per_bundle(store)`` likewise bound the payload files it adds, so no
  bundle holds more than a verifier accepts (``BundleLimits.max_members``).

The amendments (a change made after its target was bundled: OCR done later, a page turned, a corrected print
resolution, an edited item, a deletion) are such a contributor: ``Amendments``, before ``Custody``, reads the
pending amendments from their store part (store/amendments.py), adds an ``AmendmentRecord`` for each, marks them
carried in ``written`` and answers ``waiting`` when any is pending. Capture records stay as they were bundled.

Physical samples (issue 19) are such a contributor too: ``Samples``, before ``Custody``, adds the record of every
sample and shipment whose version no complete bundle carried (``samples.carried.<sequence>`` in the settings, read
back for complete bundles only, like identification's), with each shipment's printable manifest beside it.

Contributors are listed here, not loaded from entry points: the device signs everything in a bundle as its evidence,
so only code shipped in fieldkit itself may add to one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any, Protocol

from fieldkit import media_types
from fieldkit.biometrics import nist
from fieldkit.biometrics.subjects import find_subject
from fieldkit.bundle.manifest import (
    MANIFEST_FOLDER,
    AmendmentRecord,
    AmendmentTarget,
    CaptureAnalysis,
    CaptureRecord,
    CarriedStep,
    CarriedTemplate,
    CaseRef,
    CustodyRange,
    HitRecord,
    ItemRecord,
    LeftOut,
    OcrPage,
    SamplePhoto,
    SampleRecord,
    SampleSpot,
    ShipmentRecord,
    SiteRef,
    TemplatesRecord,
)
from fieldkit.bundle.writer import Entry, member_size
from fieldkit.config import BUNDLE_LIMITS, IDENTIFICATION_LIMITS
from fieldkit.core import manifest
from fieldkit.core import samples as sample_rules
from fieldkit.core.ocr import page_texts
from fieldkit.core.pages import stored_views
from fieldkit.errors import CancelledError, FieldkitError, InvalidValueError, NotFoundError
from fieldkit.models import Acquisition, AcquisitionEntry, Capture
from fieldkit.outgoing import caseuco, ledger
from fieldkit.outgoing.ledger import BundleRecord
from fieldkit.store.amendments import Amendment
from fieldkit.store.identification import HitRow, TemplateRow
from fieldkit.store.samples import SampleRow, ShipmentRow
from fieldkit.store.store import Store

RECORD_ALLOWANCE = 32 << 10  # a capture's JSON record (EXIF and OCR text included) and its manifest lines
CUSTODY_ENTRY_ALLOWANCE = 2048  # one custody entry as JSON-LD
ACQUISITION_ENTRY_ALLOWANCE = 8 << 10  # one acquisition entry as JSON-LD, with its capture's node and its paths

# The derived products a bundle may leave out for a capture (fieldkit.json's left_out[].product).
TRANSACTION = "ansi-nist-transaction"
OCR_TEXT = "ocr-text"
PAGE_VIEW = "page-view"
AMENDMENT = "amendment"
TEMPLATES = "templates"
WATCHLIST_HIT = "watchlist-hit"

# Identification records (issue 17): a print's templates record (one FKM1 template, base64, and its keys), one face
# template's share of a photo's, one watchlist hit's record.
PRINT_TEMPLATES_ALLOWANCE = 4 << 10
FACE_TEMPLATE_ALLOWANCE = 1 << 10
HIT_RECORD_ALLOWANCE = 4 << 10
# The setting that says what bundle N carried of templates and hits (read back for the bundles still complete).
CARRIED_SETTING = "identification.carried."
# Physical samples (issue 19): a sample record (its texts, photos and custody steps), a shipment record with its
# printable manifest; and the setting that says which version of each bundle N carried.
SAMPLE_RECORD_ALLOWANCE = 64 << 10
SHIPMENT_ALLOWANCE = 256 << 10
SAMPLES_CARRIED_SETTING = "samples.carried."


def failure_reason(error: Exception) -> str:
    """What people read about a failure: fieldkit's own message, or only the type of anything else (a message from
    a decoder may quote the hostile bytes it choked on)."""
    return error.message if isinstance(error, FieldkitError) else f"unexpected error ({type(error).__name__})"


def bounded(text: str) -> str:
    """A reason as a bundle carries it: at most BundleLimits.max_reason_chars (a sandbox's answer may be long)."""
    limit = BUNDLE_LIMITS.max_reason_chars
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Record(Protocol):
    """A JSON record of the bundle (bundle/manifest.py): where it goes in the bag, and its content."""

    @property
    def path(self) -> str: ...

    def to_json(self) -> dict[str, Any]: ...


class BundleDraft:
    """The bundle being composed: what contributors read (the store, the captures, the previous bundle) and fill."""

    def __init__(self, store: Store, sequence: int, captures: Iterable[Capture], previous: BundleRecord | None,
                 organisation: str) -> None:  # fmt: skip
        self.store = store
        self.sequence = sequence
        self.captures = tuple(captures)
        self.previous = previous
        self.organisation = organisation
        after = previous.custody_to if previous else 0
        self.custody = CustodyRange(from_seq=after + 1, to_seq=after, previous_hash=None, head_hash=None)
        self._records: dict[str, Record] = {}  # by path, in the order added
        self._capture_paths: dict[int, str] = {}
        self._files: list[Entry] = []
        self._originals: list[Entry] = []
        self._names: set[str] = set()
        self.left_out: list[LeftOut] = []

    def _claim(self, name: str) -> None:
        if name in self._names:
            raise InvalidValueError(f"two contributions to bundle {self.sequence} are both named {name}")
        self._names.add(name)

    def add_record(self, record: Record) -> None:
        self._claim(record.path)
        self._records[record.path] = record
        if isinstance(record, CaptureRecord):
            self._capture_paths[record.id] = record.path

    def replace_record(self, record: Record) -> None:
        """Put a changed copy in place of the record at the same path (it keeps its place in the bag)."""
        if record.path not in self._records:
            raise InvalidValueError(f"bundle {self.sequence} has no record {record.path} to replace")
        self._records[record.path] = record

    def records(self) -> tuple[Record, ...]:
        """The records added so far, in the order added."""
        return tuple(self._records.values())

    def capture_record(self, capture_id: int) -> CaptureRecord:
        record = self._records[self._capture_paths[capture_id]]
        assert isinstance(record, CaptureRecord)  # only capture records are indexed by capture id
        return record

    def add_file(self, name: str, data: bytes) -> None:
        self._claim(name)
        self._files.append(Entry.of_bytes(name, data))

    def add_json(self, name: str, value: Any) -> None:
        self._claim(name)
        self._files.append(Entry.of_json(name, value))

    def add_original(self, name: str, size: int, sha256: str, open: Callable[[], Iterable[bytes]]) -> None:
        self._claim(name)
        self._originals.append(Entry.streamed(name, size, sha256, open))

    def leave_out(self, capture_uuid: str, product: str, reason: str) -> None:
        """Record that this bundle does not carry ``product`` for the capture ``capture_uuid``, and why."""
        self.left_out.append(LeftOut(capture=capture_uuid, product=product, reason=bounded(reason)))

    @contextlib.contextmanager
    def deriving(self, product: str, *captures: Capture) -> Iterator[None]:
        """Run one step of a product derived from ``captures``; if it fails, leave the product out for each of them
        with the reason, and go on (see the module docstring). A cancel still stops the bundle."""
        try:
            yield
        except CancelledError:
            raise
        except Exception as error:  # any failure of one capture's content must not stop a bundle
            reason = failure_reason(error)
            for capture in captures:
                self.leave_out(capture.uuid, product, reason)

    def entries(self) -> tuple[Entry, ...]:
        """Records first, then the other small files, then the originals: a reader meets every record before the
        long stream of payload."""
        records = [Entry.of_json(path, record.to_json()) for path, record in self._records.items()]
        return (*records, *self._files, *self._originals)


class Contributor:
    """One kind of bundle content; see the module docstring for the contract of each method."""

    def contribute(self, draft: BundleDraft) -> None:
        raise NotImplementedError

    def written(self, draft: BundleDraft) -> None:
        """The bundle is complete (called inside the store transaction that records it)."""

    def waiting(self, store: Store) -> bool:
        return False

    def bytes_per_capture(self, capture: Capture) -> int:
        return 0

    def bytes_per_bundle(self, store: Store, previous: BundleRecord | None) -> int:
        return 0

    def files_per_capture(self, capture: Capture) -> int:
        return 0

    def files_per_bundle(self, store: Store) -> int:
        return 0


# --- the built-in contributors, in their order ------------------------------------------------------------------


def payload_name(capture: Capture) -> str:
    return f"data/captures/{capture.uuid}.{media_types.written_suffix(capture.media_type)}"


def item_record(store: Store, item_id: int) -> ItemRecord:
    item, case, place = store.records.item_with_context(item_id)
    site = None
    if place is not None:
        site = SiteRef(uuid=place.uuid, name=place.name, latitude=place.latitude, longitude=place.longitude,
                       mgrs=place.mgrs, description=place.description)  # fmt: skip
    return ItemRecord(
        uuid=item.uuid, tag=item.tag, category=item.category, description=item.description, notes=item.notes,
        recovered_at=item.recovered_at, created_at=item.created_at, updated_at=item.updated_at,
        case=CaseRef(uuid=case.uuid, name=case.name, reference=case.reference), site=site,
    )  # fmt: skip


class Captures(Contributor):
    """Each capture's record (after its item's record, once per item) with its analysis as it stands, and its
    original, streamed from the store: every capture, whatever its kind and whether or not it could be analysed."""

    def contribute(self, draft: BundleDraft) -> None:
        store = draft.store
        item_uuids: dict[int, str] = {}
        analyses = store.analyses.of(c.id for c in draft.captures)
        for capture in draft.captures:
            if capture.item_id not in item_uuids:
                item = item_record(store, capture.item_id)
                item_uuids[capture.item_id] = item.uuid
                draft.add_record(item)
            analysis = analyses[capture.id]
            failed = analysis.status == "failed"
            state = CaptureAnalysis(status=analysis.status, reason=bounded(analysis.reason),
                                    code=bounded(analysis.code or "decoder-error") if failed else None,
                                    damaged=bounded(analysis.damaged) if analysis.damaged else None)  # fmt: skip
            draft.add_record(CaptureRecord.of(capture, item=item_uuids[capture.item_id], payload=payload_name(capture),
                                              ocr=(), page_view=None, analysis=state))  # fmt: skip
            # Not hashed again: the media file's AES-GCM tags authenticate every byte against the import hash.
            draft.add_original(payload_name(capture), capture.size, capture.sha256,
                               _reader(store, capture.id))  # fmt: skip

    def written(self, draft: BundleDraft) -> None:
        draft.store.originals.mark_bundled(draft.sequence, [c.id for c in draft.captures])

    def bytes_per_capture(self, capture: Capture) -> int:
        return member_size(capture.size) + RECORD_ALLOWANCE

    def files_per_capture(self, capture: Capture) -> int:
        return 3  # its record, its original, and at most one item record


def _reader(store: Store, capture_id: int) -> Callable[[], Iterable[bytes]]:
    return lambda: store.originals.read_authenticated(capture_id)


class OcrText(Contributor):
    """The text read from a capture's pages: the ``ocr`` field of its record (core/ocr.py)."""

    def contribute(self, draft: BundleDraft) -> None:
        for capture in draft.captures:
            with draft.deriving(OCR_TEXT, capture):
                pages = tuple(OcrPage.from_json(page) for page in page_texts(draft.store, capture.id))
                if pages:
                    draft.replace_record(replace(draft.capture_record(capture.id), ocr=pages))


class PageViews(Contributor):
    """A document's reading order and turns: the ``page_view`` field of its record (core/pages.py)."""

    def contribute(self, draft: BundleDraft) -> None:
        for capture in draft.captures:
            with draft.deriving(PAGE_VIEW, capture):
                view = stored_views(draft.store, capture.id)
                if view is not None:
                    turns = tuple((page, rotation) for page, rotation in view)
                    draft.replace_record(replace(draft.capture_record(capture.id), page_view=turns))


class BiometricTransactions(Contributor):
    """One ANSI/NIST-ITL transaction per subject and per item with latents, with all its prints so far
    (data/biometrics/<item uuid>.an2, biometrics/nist.py), for every item that gained a fingerprint or whose prints
    were corrected or deleted since its last transaction (made again from its prints as they are now); an item with
    both plain/rolled prints and latents also gets its mark search, data/biometrics/<item uuid>-latents.an2. ORI and
    DAI are the agency codes HQ's provisioning file gave the device (else UNSPECIFIED, which HQ's 'hq export-nist'
    replaces with its own): never the organisation's name.

    Prints are decoded in the sandbox. A print that cannot be decoded, or that analysis found damaged, is left out
    of the transaction (named in ``left_out`` with its reason); the item's other prints still travel in it. Any other
    failure on the way leaves that item's transaction out, with the reason."""

    def contribute(self, draft: BundleDraft) -> None:
        new_prints: dict[int, list[Capture]] = {}
        for capture in draft.captures:
            if capture.kind == "fingerprint":
                new_prints.setdefault(capture.item_id, []).append(capture)
        corrected = self._corrected(draft.store) - new_prints.keys()
        if corrected:  # their current prints, named if the transaction cannot be made
            current = draft.store.captures(kind="fingerprint")
            for item_id in corrected:
                new_prints[item_id] = [capture for capture in current if capture.item_id == item_id]
        for item_id, gained in sorted(new_prints.items()):
            with draft.deriving(TRANSACTION, *gained):
                self._transaction(draft, item_id)

    @staticmethod
    def _corrected(store: Store) -> set[int]:
        """The items a capture of which was corrected (finger, impression, resolution) or deleted since it was
        bundled: the pending amendments of change 'fingerprint' or 'deleted' say which. Their AFIS transaction is
        made again from the prints they hold now, so HQ's AFIS export does not keep a wrong code or a deleted print
        (a deleted face photo too: the subject's Type-10 goes)."""
        pending = [a for a in store.amendments.pending()
                   if a.target_type == "capture" and a.change in ("fingerprint", "deleted")]  # fmt: skip
        if not pending:
            return set()
        items = {item.uuid: item.id for item in store.items()}
        by_capture = {capture.uuid: capture.item_id for capture in store.captures()}
        found: set[int] = set()
        for amendment in pending:
            item_id = by_capture.get(amendment.target_uuid)
            if item_id is None:  # deleted: the item its last import or move put it in, by the custody log
                for event in store.custody_events(f"capture:{amendment.target_uuid}"):
                    named = event.details.get("item")
                    if isinstance(named, str) and named in items:
                        item_id = items[named]
            if item_id is not None:
                found.add(item_id)
        return found

    @staticmethod
    def _transaction(draft: BundleDraft, item_id: int) -> None:
        store = draft.store
        ori, dai = nist.device_agencies(store)
        for item in nist.items_with_prints(store, [item_id]):
            made, gone = nist.transactions_for_item(store, item, ori=ori, dai=dai)
            for left in gone:
                draft.leave_out(left.capture_uuid, TRANSACTION, left.reason)
            for part in made:
                draft.add_file(f"data/biometrics/{item.uuid}{part.suffix}.an2", part.data)

    def bytes_per_capture(self, capture: Capture) -> int:
        return member_size(capture.size) if capture.kind == "fingerprint" else 0  # the print again, in its item's

    def files_per_capture(self, capture: Capture) -> int:
        return 1 if capture.kind == "fingerprint" else 0  # an item's transactions: never more parts than prints


class Acquisitions(Contributor):
    """Where the captures came from: data/acquisitions.jsonld, CASE/UCO (caseuco.py, docs/bundle-format.md).

    Every acquisition entry travels once: an entry that stored a capture, in the bundle that carries the capture;
    every other entry (a duplicate, a link, what could not be stored), in the bundle whose custody range holds the
    start of its acquisition, which is the first bundle made after it. Each bundle describes the acquisitions whose
    entries it carries."""

    def contribute(self, draft: BundleDraft) -> None:
        store = draft.store
        carried: dict[int, list[AcquisitionEntry]] = {}
        for capture in draft.captures:
            for entry in store.acquisitions.of_capture(capture.id):
                if entry.status == "stored":
                    carried.setdefault(entry.acquisition_id, []).append(entry)
        for acquisition in _started_since(store, draft.custody.from_seq):
            others = [
                e for e in store.acquisitions.entries(acquisition.id) if e.status != "stored" or e.capture_id is None
            ]
            if others:
                carried.setdefault(acquisition.id, []).extend(others)
        by_id = {a.id: a for a in store.acquisitions.list()} if carried else {}
        wanted = [e.capture_id for entries in carried.values() for e in entries]
        wanted += [by_id[acquisition_id].parent_capture_id for acquisition_id in carried]
        captures = store.originals.by_ids(c for c in wanted if c is not None)
        acquisitions = []
        for acquisition_id, entries in sorted(carried.items()):
            acquisition = by_id[acquisition_id]
            stopped = [e for e in store.custody_events(f"acquisition:{acquisition.uuid}")
                       if e.action == "acquisition.stopped"]  # fmt: skip
            acquisitions.append(caseuco.CarriedAcquisition(
                acquisition=acquisition, item_uuid=store.item_by_id(acquisition.item_id).uuid,
                entries=tuple(sorted(entries, key=lambda e: e.seq)),
                archive=captures.get(acquisition.parent_capture_id) if acquisition.parent_capture_id else None,
                stop_reason=str(stopped[-1].details.get("reason", "")) if stopped else None,
            ))  # fmt: skip
        payloads = {capture_id: payload_name(capture) for capture_id, capture in captures.items()}
        draft.add_json("data/acquisitions.jsonld",
                       caseuco.acquisitions_jsonld(store.device_id, acquisitions, captures, payloads))  # fmt: skip

    def waiting(self, store: Store) -> bool:
        """An acquisition that stored nothing new (only links, duplicates, what could not be read) still travels."""
        previous = ledger.last_complete(store)
        return any(a.entries > a.stored for a in _started_since(store, (previous.custody_to if previous else 0) + 1))

    def bytes_per_capture(self, capture: Capture) -> int:
        return ACQUISITION_ENTRY_ALLOWANCE

    def bytes_per_bundle(self, store: Store, previous: BundleRecord | None) -> int:
        new = _started_since(store, (previous.custody_to if previous else 0) + 1)
        return sum(1 + a.entries - a.stored for a in new) * ACQUISITION_ENTRY_ALLOWANCE

    def files_per_bundle(self, store: Store) -> int:
        return 1


def _started_since(store: Store, from_seq: int) -> list[Acquisition]:
    """The acquisitions whose start the custody log records at ``from_seq`` or later."""
    started = {e.subject.partition(":")[2] for e in store.custody_events()
               if e.seq >= from_seq and e.action == "acquisition.started"}  # fmt: skip
    return [a for a in store.acquisitions.list() if a.uuid in started] if started else []


class Amendments(Contributor):
    """data/records/amendments/<uuid>.json: what changed after its target was bundled (store/amendments.py).

    Every pending amendment travels with its target's value as it is now, keyed like the record HQ holds; it is
    marked carried once the bundle is complete (a failed bundle leaves it pending). A value that cannot be made
    leaves that amendment pending for the next bundle (named in ``left_out`` when its target is a capture). Here
    too every bundle records whose records it carried (captures, items, their sites, the subjects of person items):
    a later change to one of them is an amendment."""

    def contribute(self, draft: BundleDraft) -> None:
        pending = draft.store.amendments.pending()
        if not pending:
            return
        values = _AmendedValues(draft.store)
        order = 0
        for amendment in pending:
            try:
                value = values.of(amendment)
            except CancelledError:
                raise
            except Exception as error:  # one amendment's value must not stop a bundle: it waits for the next
                if amendment.target_type == "capture":
                    draft.leave_out(amendment.target_uuid, AMENDMENT, failure_reason(error))
                continue
            order += 1
            draft.add_record(AmendmentRecord(
                uuid=amendment.uuid, target=AmendmentTarget(type=amendment.target_type, uuid=amendment.target_uuid),
                change=amendment.change, value=value, custody=amendment.custody, made_at=amendment.updated_at,
                order=order,
            ))  # fmt: skip

    def written(self, draft: BundleDraft) -> None:
        store = draft.store
        carried: list[tuple[str, str]] = []
        amendments: list[str] = []
        for record in draft.records():
            if isinstance(record, CaptureRecord):
                carried.append(("capture", record.uuid))
            elif isinstance(record, ItemRecord):
                carried.append(("item", record.uuid))
                if record.site is not None:
                    carried.append(("site", record.site.uuid))
            elif isinstance(record, AmendmentRecord):
                amendments.append(record.uuid)
                site = record.value.get("site") if record.change == "item" else None
                if isinstance(site, dict) and isinstance(site.get("uuid"), str):
                    carried.append(("site", site["uuid"]))  # an item moved to another site carries that site
        for item_id in sorted({capture.item_id for capture in draft.captures}):
            row = store.biometrics.subject_row(item_id)
            if row is not None:
                carried.append(("subject", str(row[1])))
        store.amendments.mark_records_carried(draft.sequence, carried)
        store.amendments.mark_carried(draft.sequence, amendments)

    def waiting(self, store: Store) -> bool:
        return store.amendments.count_pending() > 0

    def bytes_per_bundle(self, store: Store, previous: BundleRecord | None) -> int:
        return store.amendments.count_pending() * RECORD_ALLOWANCE

    def files_per_bundle(self, store: Store) -> int:
        return store.amendments.count_pending()


class _AmendedValues:
    """The value each amendment carries: its target's as it is now, keyed like the record HQ holds of it."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._captures: dict[str, Capture] | None = None

    def _capture(self, capture_uuid: str) -> Capture:
        if self._captures is None:
            self._captures = {capture.uuid: capture for capture in self._store.captures()}
        found = self._captures.get(capture_uuid)
        if found is None:
            raise NotFoundError(f"capture {capture_uuid} is no longer in the store")
        return found

    def of(self, amendment: Amendment) -> dict[str, Any]:
        store, change, target = self._store, amendment.change, amendment.target_uuid
        if change == "ocr":
            return {"ocr": page_texts(store, self._capture(target).id)}
        if change == "page_view":
            return {"page_view": stored_views(store, self._capture(target).id)}
        if change == "fingerprint":
            return {"metadata": {"fingerprint": self._capture(target).metadata.get("fingerprint") or {}}}
        if change == "deleted":
            deletions = [e for e in store.custody_events(f"capture:{target}") if e.action == "capture.deleted"]
            return {"reason": str(deletions[-1].details.get("reason", "")) if deletions else ""}
        if change == "item":
            item = next((i for i in store.items() if i.uuid == target), None)
            if item is None:
                raise NotFoundError(f"item {target} is no longer in the store")
            return item_record(store, item.id).to_json()
        if change == "subject":
            subject = find_subject(store, target)
            return {"uuid": subject.uuid, "item": subject.item.uuid, "reference": subject.reference,
                    "claimed_name": subject.claimed_name, "date_of_birth": subject.date_of_birth,
                    "nationality": subject.nationality, "notes": subject.notes, "created_at": subject.created_at,
                    "updated_at": subject.updated_at}  # fmt: skip
        if change == "site":
            for case in store.cases():
                for place in store.sites(case):
                    if place.uuid == target:
                        return SiteRef(uuid=place.uuid, name=place.name, latitude=place.latitude,
                                       longitude=place.longitude, mgrs=place.mgrs,
                                       description=place.description).to_json()  # fmt: skip
            raise NotFoundError(f"site {target} is no longer in the store")
        raise InvalidValueError(f"fieldkit does not know how to send a change '{change}'")


class Identification(Contributor):
    """data/records/templates/<uuid>.json and data/records/hits/<uuid>.json (issue 17): the templates made from
    the captures HQ holds or this bundle carries, and the watchlist hits found on them, with the operator's decision.

    Templates are made in the background after a capture is stored, often after its bundle left: a capture's set
    travels with the capture when it is made by then, else in the first bundle after (``waiting`` makes one), and
    again when it is made again (a corrected print). A hit travels when it is found and again when its decision is
    made: what each bundle carried (a digest of each set, each hit's decision) is kept in the settings as
    ``identification.carried.<sequence>`` in the transaction that completes it, and read back only for bundles
    still complete, so the content of a bundle given up (``bundle remake``) travels again. Templates or hits of a
    capture no bundle carries yet wait for it."""

    def contribute(self, draft: BundleDraft) -> None:
        pending = _IdentificationPending.of(draft.store, draft.captures)
        for capture, rows in pending.templates:
            with draft.deriving(TEMPLATES, capture):
                draft.add_record(pending.templates_record(capture, rows))
        for capture, hit in pending.hits:
            with draft.deriving(WATCHLIST_HIT, capture):
                draft.add_record(pending.hit_record(capture, hit))

    def written(self, draft: BundleDraft) -> None:
        templates: dict[str, str] = {}
        hits: dict[str, str] = {}
        for record in draft.records():
            if isinstance(record, TemplatesRecord):
                templates[record.capture] = _digest([(t.algorithm, t.seq, t.finger, t.data) for t in record.templates])
            elif isinstance(record, HitRecord):
                hits[record.uuid] = _hit_state(record.decision, record.decided_at)
        if templates or hits:
            draft.store.settings.put_unlogged({CARRIED_SETTING + str(draft.sequence): json.dumps(
                {"templates": templates, "hits": hits}, sort_keys=True)})  # fmt: skip  # bundle.created logs it

    def waiting(self, store: Store) -> bool:
        pending = _IdentificationPending.of(store, ())
        return bool(pending.templates or pending.hits)

    def bytes_per_capture(self, capture: Capture) -> int:
        hits = IDENTIFICATION_LIMITS.max_candidates * HIT_RECORD_ALLOWANCE
        if capture.kind == "fingerprint":
            return PRINT_TEMPLATES_ALLOWANCE + hits
        if capture.kind == "photo":
            return BUNDLE_LIMITS.max_templates_per_record * FACE_TEMPLATE_ALLOWANCE + hits
        return 0

    def bytes_per_bundle(self, store: Store, previous: BundleRecord | None) -> int:
        pending = _IdentificationPending.of(store, ())
        faces = sum(len(rows) for _, rows in pending.templates)
        return (len(pending.templates) * PRINT_TEMPLATES_ALLOWANCE + faces * FACE_TEMPLATE_ALLOWANCE
                + len(pending.hits) * HIT_RECORD_ALLOWANCE)  # fmt: skip

    def files_per_capture(self, capture: Capture) -> int:
        return 1 + IDENTIFICATION_LIMITS.max_candidates if capture.kind in ("fingerprint", "photo") else 0

    def files_per_bundle(self, store: Store) -> int:
        pending = _IdentificationPending.of(store, ())
        return len(pending.templates) + len(pending.hits)


def _digest(templates: list[tuple[str, int, int, bytes]]) -> str:
    """What a capture's set of templates was when it travelled (made again the same: not sent again)."""
    digest = hashlib.sha256()
    for algorithm, seq, finger, data in sorted(templates):
        digest.update(f"{algorithm}\0{seq}\0{finger}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()[:32]


def _hit_state(decision: str | None, decided_at: str | None) -> str:
    return f"{decision or 'open'}@{decided_at or ''}"


class _IdentificationPending:
    """The template sets and hits that no complete bundle carried as they are now, of the captures a bundle carried
    or this one carries (``draft_captures``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.templates: list[tuple[Capture, list[TemplateRow]]] = []
        self.hits: list[tuple[Capture, HitRow]] = []
        self._subjects: dict[int, str | None] = {}
        self._items: dict[int, str] = {}

    @classmethod
    def of(cls, store: Store, draft_captures: Iterable[Capture]) -> _IdentificationPending:
        found = cls(store)
        ran = store.identification.ran_ids()
        hits = store.identification.hits()
        if not ran and not hits:
            return found
        carried_templates, carried_hits = _carried(store)
        waiting = {c.id for c in store.originals.pending_for_bundle()} - {c.id for c in draft_captures}
        wanted = (ran | {hit.capture_id for hit in hits}) - waiting
        captures = store.originals.by_ids(wanted)
        for capture_id in sorted(ran & captures.keys()):
            rows = store.identification.templates_of(capture_id)
            capture = captures[capture_id]
            digest = _digest([(r.algorithm, r.seq, r.finger, r.data) for r in rows])
            if rows and carried_templates.get(capture.uuid) != digest:
                found.templates.append((capture, rows))
        for hit in hits:
            hit_capture = captures.get(hit.capture_id)
            if hit_capture is not None and carried_hits.get(hit.uuid) != _hit_state(hit.decision, hit.decided_at):
                found.hits.append((hit_capture, hit))
        return found

    def _subject(self, capture: Capture) -> tuple[str, str | None]:
        """(item uuid, subject uuid or None) of the capture's item."""
        if capture.item_id not in self._items:
            self._items[capture.item_id] = self.store.item_by_id(capture.item_id).uuid
            row = self.store.biometrics.subject_row(capture.item_id)
            self._subjects[capture.item_id] = str(row[1]) if row is not None else None
        return self._items[capture.item_id], self._subjects[capture.item_id]

    def templates_record(self, capture: Capture, rows: list[TemplateRow]) -> TemplatesRecord:
        item, subject = self._subject(capture)
        run = self.store.identification.run_of(capture.id)
        return TemplatesRecord(
            uuid=str(uuid.uuid4()), capture=capture.uuid, item=item, subject=subject, reference=capture.item_tag,
            algorithm_version=run[2] if run else "",
            templates=tuple(CarriedTemplate(modality="finger" if r.modality == "finger" else "face",
                                            algorithm=r.algorithm, finger=r.finger, seq=r.seq, data=r.data)
                            for r in rows[: BUNDLE_LIMITS.max_templates_per_record]),
        )  # fmt: skip

    def hit_record(self, capture: Capture, hit: HitRow) -> HitRecord:
        item, subject = self._subject(capture)
        decision = hit.decision if hit.decision in ("confirmed", "rejected") else None
        return HitRecord(
            uuid=hit.uuid, capture=capture.uuid, item=item, subject=subject, reference=capture.item_tag,
            watchlist_ref=hit.ref, category=hit.category, instructions=hit.instructions,
            modality="finger" if hit.modality == "finger" else "face", finger=hit.finger, score=float(hit.score),
            watchlist_version=hit.watchlist_version, found_at=hit.found_at, decision=decision,  # type: ignore[arg-type]
            decided_by=hit.decided_by if decision else None, decided_at=hit.decided_at if decision else None,
            reason=bounded(hit.reason),
        )  # fmt: skip


def _carried(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """What the complete bundles carried, in their order (the later wins): capture uuid -> digest of its set, hit
    uuid -> its decision state."""
    templates: dict[str, str] = {}
    hits: dict[str, str] = {}
    for bundle in ledger.bundles(store):
        text = store.settings.get(CARRIED_SETTING + str(bundle.sequence)) if bundle.state == "complete" else ""
        if text:
            carried = json.loads(text)
            templates.update(carried.get("templates", {}))
            hits.update(carried.get("hits", {}))
    return templates, hits


class Samples(Contributor):
    """data/records/samples/<uuid>.json and data/records/shipments/<uuid>.json (issue 19), with each shipment's
    printable manifest, data/manifests/<shipment uuid>.html, whose SHA-256 its record names.

    A sample or shipment travels when it is recorded and again, whole, in the first bundle after its ``version``
    rose (a seal, a handover, a shipment, a photo linked): what each complete bundle carried (uuid -> version) is kept
    in the settings as ``samples.carried.<sequence>`` in the transaction that completes it, and read back only for
    bundles still complete, so what a bundle given up carried travels again. At most
    BundleLimits.max_samples_per_bundle samples travel in one bundle (the rest in the next one). A record carries
    the sample's custody steps (its newest BundleLimits.max_sample_steps_per_record); the verifier checks those in
    the bundle's custody range against data/custody.jsonld, which the Custody contributor, after this one, writes
    with every entry logged until then."""

    def contribute(self, draft: BundleDraft) -> None:
        store = draft.store
        samples, shipments = _samples_pending(store)
        photos = _photos_of(store, samples)
        for sample in samples:
            draft.add_record(_sample_record(store, sample, photos))
        for shipment in shipments:
            document = manifest_document(store, shipment)
            name = f"{MANIFEST_FOLDER}{shipment.uuid}.html"
            draft.add_file(name, document)
            members = store.samples.select(shipment_id=shipment.id)
            draft.add_record(ShipmentRecord(
                uuid=shipment.uuid, manifest=shipment.manifest, laboratory=shipment.laboratory,
                carrier=shipment.carrier, shipped_at=shipment.shipped_at, shipped_by=shipment.shipped_by,
                samples=tuple(member.uuid for member in members), document=name,
                document_sha256=hashlib.sha256(document).hexdigest(), version=shipment.version,
            ))  # fmt: skip

    def written(self, draft: BundleDraft) -> None:
        samples: dict[str, int] = {}
        shipments: dict[str, int] = {}
        for record in draft.records():
            if isinstance(record, SampleRecord):
                samples[record.uuid] = record.version
            elif isinstance(record, ShipmentRecord):
                shipments[record.uuid] = record.version
        if samples or shipments:
            draft.store.settings.put_unlogged({SAMPLES_CARRIED_SETTING + str(draft.sequence): json.dumps(
                {"samples": samples, "shipments": shipments}, sort_keys=True)})  # fmt: skip  # bundle.created logs it

    def waiting(self, store: Store) -> bool:
        samples, shipments = _samples_pending(store)
        return bool(samples or shipments)

    def bytes_per_bundle(self, store: Store, previous: BundleRecord | None) -> int:
        samples, shipments = _samples_pending(store)
        return len(samples) * SAMPLE_RECORD_ALLOWANCE + len(shipments) * SHIPMENT_ALLOWANCE

    def files_per_bundle(self, store: Store) -> int:
        samples, shipments = _samples_pending(store)
        return len(samples) + 2 * len(shipments)


def _samples_pending(store: Store) -> tuple[list[SampleRow], list[ShipmentRow]]:
    """The samples (at most BundleLimits.max_samples_per_bundle) and shipments whose current version no complete
    bundle carried."""
    if store.samples.count() == 0:
        return [], []
    carried_samples: dict[str, int] = {}
    carried_shipments: dict[str, int] = {}
    for bundle in ledger.bundles(store):
        text = store.settings.get(SAMPLES_CARRIED_SETTING + str(bundle.sequence)) if bundle.state == "complete" else ""
        if text:
            carried = json.loads(text)
            carried_samples.update(carried.get("samples", {}))
            carried_shipments.update(carried.get("shipments", {}))
    samples = [s for s in store.samples.select() if carried_samples.get(s.uuid) != s.version]
    shipments = [s for s in store.samples.shipments() if carried_shipments.get(s.uuid) != s.version]
    return sorted(samples, key=lambda s: s.id)[: BUNDLE_LIMITS.max_samples_per_bundle], shipments


def _photos_of(store: Store, samples: list[SampleRow]) -> dict[int, Capture]:
    wanted = {link.capture_id for s in samples for link in store.samples.captures_of(s.id)}
    wanted |= {s.spot_capture_id for s in samples if s.spot_capture_id is not None}
    return store.originals.by_ids(wanted) if wanted else {}


def _sample_record(store: Store, sample: SampleRow, captures: dict[int, Capture]) -> SampleRecord:
    item = store.item_by_id(sample.item_id)
    shipment = store.samples.shipment_by_id(sample.shipment_id) if sample.shipment_id is not None else None
    spot_capture = captures.get(sample.spot_capture_id) if sample.spot_capture_id is not None else None
    spot = None
    if spot_capture is not None:
        spot = SampleSpot(capture=spot_capture.uuid, x=sample.spot_x, y=sample.spot_y)
    photos = tuple(SamplePhoto(capture=captures[link.capture_id].uuid, role=link.role)
                   for link in store.samples.captures_of(sample.id) if link.capture_id in captures)  # fmt: skip
    newest = sample_rules.steps(store, sample)[-BUNDLE_LIMITS.max_sample_steps_per_record :]
    steps = tuple(CarriedStep(seq=step.seq, at=step.at, operator=step.operator, action=step.action,
                              details=step.details) for step in newest)  # fmt: skip
    return SampleRecord(
        uuid=sample.uuid, ref=sample.ref, barcode_format=sample.barcode_format, sample_type=sample.sample_type,
        item=item.uuid, case_name=sample.case_name, item_tag=sample.item_tag, item_category=item.category,
        location=sample.location, spot=spot,
        collector=sample.collector, collected_at=sample.collected_at, packaging=sample.packaging, seal=sample.seal,
        storage=sample.storage, notes=sample.notes, state=sample.state, holder=sample.holder,
        shipment=shipment.uuid if shipment else None, manifest=shipment.manifest if shipment else None,
        photos=photos[: BUNDLE_LIMITS.max_sample_photos_per_record], created_at=sample.created_at,
        updated_at=sample.updated_at, version=sample.version, steps=steps,
    )  # fmt: skip


def manifest_document(store: Store, shipment: ShipmentRow) -> bytes:
    """The shipment's printable manifest as it travels in the bundle: exactly the document ``fieldkit sample
    manifest`` prints (core/manifest.py: deterministic, the same shipment gives the same bytes)."""
    return manifest.render_manifest(store, shipment)


class Custody(Contributor):
    """The custody log since the previous bundle, as CASE/UCO JSON-LD (data/custody.jsonld), and its range."""

    def contribute(self, draft: BundleDraft) -> None:
        start = draft.custody.from_seq
        events = [e for e in draft.store.custody_events() if e.seq >= start]
        draft.custody = CustodyRange(
            from_seq=start,
            to_seq=events[-1].seq if events else start - 1,
            previous_hash=events[0].prev_hash if events else None,
            head_hash=events[-1].entry_hash if events else None,
        )
        draft.add_json("data/custody.jsonld", caseuco.custody_jsonld(events, draft.store.device_id))

    def bytes_per_bundle(self, store: Store, previous: BundleRecord | None) -> int:
        waiting = len(store.custody_events()) - (previous.custody_to if previous else 0)
        return max(0, waiting + 64) * CUSTODY_ENTRY_ALLOWANCE  # and the few entries bundling itself logs

    def files_per_bundle(self, store: Store) -> int:
        return 1


# The registry: every kind of content a bundle carries, in the order it is composed (see the module docstring).
CONTRIBUTORS: tuple[Contributor, ...] = (
    Captures(), OcrText(), PageViews(), BiometricTransactions(), Acquisitions(), Identification(), Amendments(),
    Samples(), Custody(),
)  # fmt: skip
