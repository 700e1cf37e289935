"""What a bundle says about itself: ``fieldkit.json`` (BundleInfo) and the JSON records under ``data/records/``.

Each is a frozen dataclass that the device's writer serialises with ``to_json()`` and headquarters' verifier reads
with ``from_json(unverified)``: one definition, so the two sides cannot drift, and docs/bundle-format.md documents
exactly these fields (tests/unit/test_format_docs.py holds the three together).

``from_json`` is strict (no unknown or missing key, every value of its type and range, see ``_fields``) and raises
BundleFormatError with the reason code the verifier reports: ``fieldkit-json`` (or ``version``,
``too-many-entries``, ``unsafe-name``, ``oversized-entry``) for fieldkit.json, ``record`` for a record. A parsed
BundleInfo is still only a claim until the verifier has checked the signature over it.

Keys added to version 1 after bundles without them were made are *optional* (field metadata ``OPTIONAL``): a
reader accepts their absence (an older bundle), the writer always writes them, and ``None`` stands for "absent" so
a record read back serialises to the same bytes. A capture's ``analysis`` and fieldkit.json's ``left_out`` are such
keys: the original of every capture travels whatever its analysis, and what could not be derived from it (an
ANSI/NIST transaction from an undecodable print) is named in ``left_out`` with the reason.

Records are never edited once bundled. Each kind lives in its own folder, one file per record named by its uuid
(RECORD_TYPES). A change made after its target was bundled travels as an AmendmentRecord
(``data/records/amendments/<uuid>.json``) naming the capture, item, subject or site it amends, while the records
HQ already holds stay as they were. Templates (``data/records/templates/``) and watchlist hits
(``data/records/hits/``, issue 17) are records too; a hit decided after it travelled travels again, whole. So
are physical samples and their shipments (``data/records/samples/``, ``data/records/shipments/``, issue 19): a sample
travels when recorded and again, whole, each time its version rose; HQ keeps the latest version.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from itertools import pairwise
from typing import Any, ClassVar, Final, Literal, cast

from fieldkit.bundle import tarstream
from fieldkit.bundle._fields import MAX_INT, JsonObject, is_int
from fieldkit.bundle.format import FORMAT, VERSION
from fieldkit.config import BUNDLE_LIMITS, BundleLimits
from fieldkit.errors import BundleFormatError
from fieldkit.models import CAPTURE_KINDS, SAMPLE_CAPTURE_ROLES, SAMPLE_STATES, SAMPLE_TYPES, Capture, CaptureKind

PAGE_ROTATIONS = (0, 90, 180, 270)  # clockwise degrees of a page view (core/pages.py)
ANALYSIS_STATUSES = ("pending", "ok", "failed")  # store/analyses.py's AnalysisStatus
# Field metadata of a key that may be absent (see the module docstring).
OPTIONAL: Final = {"optional": True}


def _keys(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _optional(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.metadata.get("optional"))


def _info_error(message: str) -> BundleFormatError:
    return BundleFormatError(message, reason="fieldkit-json")


def _record_error(message: str) -> BundleFormatError:
    return BundleFormatError(message, reason="record")


# --- fieldkit.json ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class CustodyRange:
    """Which entries of the device's custody log the bundle carries in data/custody.jsonld (none: to = from - 1)."""

    from_seq: int
    to_seq: int
    previous_hash: str | None
    head_hash: str | None

    def to_json(self) -> dict[str, Any]:
        return {"from_seq": self.from_seq, "to_seq": self.to_seq, "previous_hash": self.previous_hash,
                "head_hash": self.head_hash}  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object) -> CustodyRange:
        obj = JsonObject(unverified, "fieldkit.json's custody", _keys(cls), _info_error)
        from_seq = obj.integer("from_seq", 1)
        return cls(from_seq=from_seq, to_seq=obj.integer("to_seq", from_seq - 1),
                   previous_hash=obj.optional_hex64("previous_hash"),
                   head_hash=obj.optional_hex64("head_hash"))  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Counts:
    captures: int
    items: int
    custody_entries: int
    # Amendment records (None: a bundle made before amendments existed, which carries none).
    amendments: int | None = field(default=None, metadata=OPTIONAL)

    def to_json(self) -> dict[str, Any]:
        data = {"captures": self.captures, "items": self.items, "custody_entries": self.custody_entries}
        if self.amendments is not None:
            data["amendments"] = self.amendments
        return data

    @classmethod
    def from_json(cls, unverified: object) -> Counts:
        obj = JsonObject(unverified, "fieldkit.json's counts", _keys(cls), _info_error, _optional(cls))
        return cls(captures=obj.integer("captures"), items=obj.integer("items"),
                   custody_entries=obj.integer("custody_entries"),
                   amendments=obj.integer("amendments") if obj.has("amendments") else None)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class LeftOut:
    """A product derived from one capture that the bundle does not carry, and why; the capture's original and
    record travel all the same (e.g. the ANSI/NIST transaction of an item whose print cannot be decoded)."""

    capture: str  # the capture's uuid
    product: str  # ansi-nist-transaction, ocr-text, page-view (outgoing/contributors.py)
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"capture": self.capture, "product": self.product, "reason": self.reason}

    @classmethod
    def from_json(cls, unverified: object) -> LeftOut:
        obj = JsonObject(unverified, "fieldkit.json's left_out entry", _keys(cls), _info_error)
        return cls(capture=obj.text("capture"), product=obj.text("product"), reason=obj.text("reason"))


@dataclass(frozen=True, kw_only=True)
class BundleInfo:
    """fieldkit.json: who made the bundle, its place in the device's sequence, and every payload entry's size."""

    bundle_id: str
    device_id: str
    device_key: str
    sequence: int
    previous_tagmanifest_sha256: str | None
    abandoned_sequences: tuple[int, ...]
    created_at: str
    organisation: str
    software: str
    custody: CustodyRange
    counts: Counts
    payload: dict[str, int]
    # What the bundle does not carry of its captures' derived products (None: a bundle made before the key existed).
    left_out: tuple[LeftOut, ...] | None = field(default=None, metadata=OPTIONAL)
    format: Literal["fieldkit-bundle"] = FORMAT
    version: Literal[1] = VERSION

    def to_json(self) -> dict[str, Any]:
        data = {
            "format": self.format, "version": self.version, "bundle_id": self.bundle_id,
            "device_id": self.device_id, "device_key": self.device_key, "sequence": self.sequence,
            "previous_tagmanifest_sha256": self.previous_tagmanifest_sha256,
            "abandoned_sequences": list(self.abandoned_sequences), "created_at": self.created_at,
            "organisation": self.organisation, "software": self.software, "custody": self.custody.to_json(),
            "counts": self.counts.to_json(), "payload": dict(self.payload),
        }  # fmt: skip
        if self.left_out is not None:
            data["left_out"] = [entry.to_json() for entry in self.left_out]
        return data

    @classmethod
    def from_json(cls, unverified: object, limits: BundleLimits = BUNDLE_LIMITS) -> BundleInfo:
        """The shape of fieldkit.json (types and bounds); what it claims is trusted only after the signature."""
        if not isinstance(unverified, dict) or unverified.get("format") != FORMAT:
            raise _info_error("fieldkit.json is not a fieldkit bundle description")
        version = unverified.get("version")
        if not is_int(version) or version != VERSION:
            raise BundleFormatError(f"bundle format version {repr(version)[:20]} is not supported", reason="version")
        obj = JsonObject(unverified, "fieldkit.json", _keys(cls), _info_error, _optional(cls))
        # The checks run in the order the reason codes were always given in (tests/assets/bundles/expected.json).
        bundle_id, device_id, device_key = obj.text("bundle_id"), obj.text("device_id"), obj.text("device_key")
        sequence, created_at = obj.integer("sequence", 1), obj.text("created_at")
        payload, abandoned = obj.mapping("payload"), obj.array("abandoned_sequences")
        obj.mapping("custody")  # their types before any bound, as always; their contents last
        obj.mapping("counts")
        if not all(is_int(s) and 1 <= s < sequence for s in abandoned):  # a format rule, not a bound: fieldkit-json
            raise _info_error(f"fieldkit.json names an abandoned number that is not a whole number from 1 to below"
                              f" the bundle's own ({sequence})")  # fmt: skip
        previous = obj.optional_hex64("previous_tagmanifest_sha256")
        if len(payload) > limits.max_members:
            raise BundleFormatError("the bundle declares more entries than fieldkit accepts", reason="too-many-entries")
        for name, size in payload.items():
            tarstream.check_name(name)  # JSON object keys are always text
            if not name.startswith("data/"):
                raise BundleFormatError(f"payload entry outside data/: {name}", reason="unsafe-name")
            if not is_int(size) or not 0 <= size <= limits.max_member_bytes:
                raise BundleFormatError(f"{name} declares an impossible size", reason="oversized-entry")
        _check_sequence_bounds(sequence, abandoned, limits)
        return cls(bundle_id=bundle_id, device_id=device_id, device_key=device_key, sequence=sequence,
                   previous_tagmanifest_sha256=previous, abandoned_sequences=tuple(abandoned), created_at=created_at,
                   organisation=obj.text("organisation"), software=obj.text("software"),
                   custody=CustodyRange.from_json(obj.raw("custody")), counts=Counts.from_json(obj.raw("counts")),
                   payload=dict(payload), left_out=_left_out(obj))  # fmt: skip


def _check_sequence_bounds(sequence: int, abandoned: list[int], limits: BundleLimits) -> None:
    """The sequence and the abandoned numbers (already each an integer below the sequence) within fieldkit's bound,
    and not too many of them: HQ's index and its gap list stay small whatever a compromised key signs."""
    if sequence > limits.max_sequence:
        raise BundleFormatError(f"the bundle number is beyond {limits.max_sequence}", reason="sequence-range")
    if len(abandoned) > limits.max_abandoned_sequences:
        raise BundleFormatError(f"the bundle names more than {limits.max_abandoned_sequences} abandoned numbers",
                                reason="sequence-range")  # fmt: skip


def _left_out(obj: JsonObject) -> tuple[LeftOut, ...] | None:
    if not obj.has("left_out"):
        return None
    return tuple(LeftOut.from_json(entry) for entry in obj.array("left_out"))


OCR_SOURCES = ("ocr", "text layer", "extracted")  # where a page's text came from (fieldkit/store/ocr_index.py)


# --- records ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class OcrPage:
    """The text read from one page of the original (pages numbered as in the original). ``source``: where it came
    from, "ocr", "text layer" (the PDF's own) or "extracted" (a text, office or e-mail file's); absent in bundles
    made before fieldkit recorded it (then: "ocr", or "extracted" when ``languages`` is "extracted")."""

    page: int
    text: str
    languages: str
    source: str | None = field(default=None, metadata=OPTIONAL)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"page": self.page, "text": self.text, "languages": self.languages}
        if self.source is not None:
            data["source"] = self.source
        return data

    @classmethod
    def from_json(cls, unverified: object) -> OcrPage:
        obj = JsonObject(unverified, "a capture record's ocr page", _keys(cls), _record_error, _optional(cls))
        return cls(page=obj.integer("page", 1), text=obj.text("text"), languages=obj.text("languages"),
                   source=obj.choice("source", OCR_SOURCES) if obj.has("source") else None)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class CaptureAnalysis:
    """A capture's analysis when it was bundled (fieldkit/analysis): ok, failed with the reason, or still pending.

    ``code`` (failed only) is the short reason for machines: crashed, memory, cpu, timeout, too-large,
    decoder-error, ...; ``damaged`` (ok only) says how a file that could still be described is damaged."""

    status: Literal["pending", "ok", "failed"]
    reason: str
    code: str | None = field(default=None, metadata=OPTIONAL)
    damaged: str | None = field(default=None, metadata=OPTIONAL)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"status": self.status, "reason": self.reason}
        if self.code is not None:
            data["code"] = self.code
        if self.damaged is not None:
            data["damaged"] = self.damaged
        return data

    @classmethod
    def from_json(cls, unverified: object) -> CaptureAnalysis:
        obj = JsonObject(unverified, "a capture record's analysis", _keys(cls), _record_error, _optional(cls))
        status = cast(Literal["pending", "ok", "failed"], obj.choice("status", ANALYSIS_STATUSES))
        return cls(status=status, reason=obj.text("reason"), code=obj.text("code") if obj.has("code") else None,
                   damaged=obj.text("damaged") if obj.has("damaged") else None)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class CaptureRecord:
    """data/records/captures/<uuid>.json: one capture as the device recorded it, with its item, original and text."""

    FOLDER: ClassVar[str] = "data/records/captures/"

    id: int
    uuid: str
    item_id: int
    case_name: str
    item_tag: str
    kind: CaptureKind
    media_type: str
    original_name: str
    sha256: str
    size: int
    captured_at: str | None
    imported_at: str
    operator: str
    source: str
    metadata: dict[str, Any]
    item: str
    payload: str
    ocr: tuple[OcrPage, ...]
    # The reading order as (original page, clockwise degrees); None when it is the original order, unturned.
    page_view: tuple[tuple[int, int], ...] | None
    # None: a record made before analysis existed (the device always writes it now).
    analysis: CaptureAnalysis | None = field(default=None, metadata=OPTIONAL)

    @classmethod
    def of(cls, capture: Capture, *, item: str, payload: str, ocr: tuple[OcrPage, ...],
           page_view: tuple[tuple[int, int], ...] | None, analysis: CaptureAnalysis) -> CaptureRecord:  # fmt: skip
        """The record of a stored capture; a new field of Capture must be added here (and to the format) on purpose."""
        return cls(**asdict(capture), item=item, payload=payload, ocr=ocr, page_view=page_view, analysis=analysis)

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["ocr"] = [page.to_json() for page in self.ocr]
        data["page_view"] = None if self.page_view is None else [list(turn) for turn in self.page_view]
        if self.analysis is None:
            del data["analysis"]
        else:
            data["analysis"] = self.analysis.to_json()
        return data

    @classmethod
    def from_json(cls, unverified: object) -> CaptureRecord:
        obj = JsonObject(unverified, "a capture record", _keys(cls), _record_error, _optional(cls))
        payload = obj.text("payload")
        if not payload.startswith("data/captures/"):
            raise obj.invalid("payload")
        return cls(
            id=obj.integer("id", 1), uuid=obj.text("uuid"), item_id=obj.integer("item_id", 1),
            case_name=obj.text("case_name"), item_tag=obj.text("item_tag"),
            kind=_capture_kind(obj), media_type=obj.text("media_type"), original_name=obj.text("original_name"),
            sha256=obj.hex64("sha256"), size=obj.integer("size"), captured_at=obj.optional_text("captured_at"),
            imported_at=obj.text("imported_at"), operator=obj.text("operator"), source=obj.text("source"),
            metadata=obj.mapping("metadata"), item=obj.text("item"), payload=payload,
            ocr=tuple(OcrPage.from_json(page) for page in obj.array("ocr")), page_view=_page_view(obj),
            analysis=CaptureAnalysis.from_json(obj.raw("analysis")) if obj.has("analysis") else None,
        )  # fmt: skip


def _capture_kind(obj: JsonObject) -> CaptureKind:
    return cast(CaptureKind, obj.choice("kind", CAPTURE_KINDS))


def _page_view(obj: JsonObject) -> tuple[tuple[int, int], ...] | None:
    if obj.raw("page_view") is None:
        return None
    turns = []
    for turn in obj.array("page_view"):
        if not (isinstance(turn, list) and len(turn) == 2 and is_int(turn[0]) and 1 <= turn[0] <= MAX_INT
                and is_int(turn[1]) and turn[1] in PAGE_ROTATIONS):  # fmt: skip
            raise obj.invalid("page_view")
        turns.append((int(turn[0]), int(turn[1])))
    return tuple(turns)


@dataclass(frozen=True, kw_only=True)
class CaseRef:
    uuid: str
    name: str
    reference: str

    def to_json(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "name": self.name, "reference": self.reference}

    @classmethod
    def from_json(cls, unverified: object) -> CaseRef:
        obj = JsonObject(unverified, "an item record's case", _keys(cls), _record_error)
        return cls(uuid=obj.text("uuid"), name=obj.text("name"), reference=obj.text("reference"))


@dataclass(frozen=True, kw_only=True)
class SiteRef:
    uuid: str
    name: str
    latitude: float | None
    longitude: float | None
    mgrs: str
    description: str

    def to_json(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "name": self.name, "latitude": self.latitude, "longitude": self.longitude,
                "mgrs": self.mgrs, "description": self.description}  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object) -> SiteRef:
        obj = JsonObject(unverified, "an item record's site", _keys(cls), _record_error)
        return cls(uuid=obj.text("uuid"), name=obj.text("name"), latitude=obj.optional_number("latitude", -90, 90),
                   longitude=obj.optional_number("longitude", -180, 180), mgrs=obj.text("mgrs"),
                   description=obj.text("description"))  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class ItemRecord:
    """data/records/items/<uuid>.json: the item its captures belong to, with its case and site."""

    FOLDER: ClassVar[str] = "data/records/items/"

    uuid: str
    tag: str
    category: str
    description: str
    notes: str
    recovered_at: str | None
    created_at: str
    updated_at: str
    case: CaseRef
    site: SiteRef | None

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid, "tag": self.tag, "category": self.category, "description": self.description,
            "notes": self.notes, "recovered_at": self.recovered_at, "created_at": self.created_at,
            "updated_at": self.updated_at, "case": self.case.to_json(),
            "site": self.site.to_json() if self.site is not None else None,
        }  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object) -> ItemRecord:
        obj = JsonObject(unverified, "an item record", _keys(cls), _record_error)
        site = obj.raw("site")
        return cls(uuid=obj.text("uuid"), tag=obj.text("tag"), category=obj.text("category"),
                   description=obj.text("description"), notes=obj.text("notes"),
                   recovered_at=obj.optional_text("recovered_at"), created_at=obj.text("created_at"),
                   updated_at=obj.text("updated_at"), case=CaseRef.from_json(obj.raw("case")),
                   site=SiteRef.from_json(site) if site is not None else None)  # fmt: skip


AMENDMENT_TARGETS = ("capture", "item", "subject", "site")
# What an amendment changes: (the kind of target, the one key its value holds, keyed like the original record;
# None: the value is the whole new record of the target).
AMENDMENT_CHANGES: Final[dict[str, tuple[str, str | None]]] = {
    "ocr": ("capture", "ocr"), "page_view": ("capture", "page_view"), "fingerprint": ("capture", "metadata"),
    "deleted": ("capture", "reason"), "item": ("item", None), "subject": ("subject", None), "site": ("site", None),
}  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class AmendmentTarget:
    """What an amendment changes: a capture, item, subject or site that an earlier bundle carried, by uuid."""

    type: Literal["capture", "item", "subject", "site"]
    uuid: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "uuid": self.uuid}

    @classmethod
    def from_json(cls, unverified: object) -> AmendmentTarget:
        obj = JsonObject(unverified, "an amendment's target", _keys(cls), _record_error)
        kind = cast(Literal["capture", "item", "subject", "site"], obj.choice("type", AMENDMENT_TARGETS))
        return cls(type=kind, uuid=obj.text("uuid"))


@dataclass(frozen=True, kw_only=True)
class AmendmentRecord:
    """data/records/amendments/<uuid>.json: a change, made after its target was bundled, to what HQ holds of it.

    ``value`` is the target's new value when this bundle was made, keyed like the original record ({"ocr": [...]},
    {"page_view": ...}, {"metadata": {"fingerprint": {...}}}, the whole item, subject or site; {"reason": ...} for a
    deletion). HQ applies amendments in bundle sequence, then ``order``, and keeps what it had (docs/bundle-format.md).
    """

    FOLDER: ClassVar[str] = "data/records/amendments/"

    uuid: str
    target: AmendmentTarget
    change: str
    value: dict[str, Any]
    custody: tuple[int, ...]
    made_at: str
    order: int

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "target": self.target.to_json(), "change": self.change, "value": self.value,
                "custody": list(self.custody), "made_at": self.made_at, "order": self.order}  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object) -> AmendmentRecord:
        obj = JsonObject(unverified, "an amendment record", _keys(cls), _record_error)
        target = AmendmentTarget.from_json(obj.raw("target"))
        change = obj.choice("change", AMENDMENT_CHANGES)
        target_type, key = AMENDMENT_CHANGES[change]
        if target.type != target_type:
            raise obj.invalid("change")
        value = obj.mapping("value")
        _check_amended_value(change, key, target.uuid, value, obj)
        custody = obj.array("custody")
        if not custody or not all(is_int(seq) and 1 <= seq <= MAX_INT for seq in custody):
            raise obj.invalid("custody")
        return cls(uuid=obj.text("uuid"), target=target, change=change, value=value,
                   custody=tuple(int(seq) for seq in custody), made_at=obj.text("made_at"),
                   order=obj.integer("order", 1))  # fmt: skip


def _check_amended_value(change: str, key: str | None, target: str, value: dict[str, Any], obj: JsonObject) -> None:
    """The value has the shape of what it replaces: the field of a capture record, or a whole item, site or subject."""
    inner = JsonObject(value, f"an amendment's {change} value", (key,) if key else tuple(value), _record_error)
    if change == "ocr":
        tuple(OcrPage.from_json(page) for page in inner.array("ocr"))
    elif change == "page_view":
        _page_view(inner)
    elif change == "fingerprint":
        fingerprint = JsonObject(inner.raw("metadata"), "an amendment's metadata", ("fingerprint",), _record_error)
        fingerprint.mapping("fingerprint")
    elif change == "deleted":
        inner.text("reason")
    else:  # the whole new record of the target: an item, a site (both checked like the originals) or a subject
        uuid = ItemRecord.from_json(value).uuid if change == "item" else value.get("uuid")
        if change == "site":
            uuid = SiteRef.from_json(value).uuid
        if uuid != target:
            raise obj.invalid("value")


# --- identification (issue 17): templates and watchlist hits -------------------------------------------------

# Template algorithms a bundle may carry, with their modality and the size bounds of their bytes (the codecs are
# fieldkit/biometrics/templates.py, a layer above: HQ decodes every template before it archives the bundle, and a
# template that does not decode refuses the bundle with the reason code ``record``). tests/unit/test_hq_identify.py
# holds this table to biometrics.templates.ALGORITHMS.
TEMPLATE_ALGORITHMS: Final[dict[str, tuple[str, int, int]]] = {
    "nbis-mindtct": ("finger", 12, 12 + 255 * 7),  # FKM1: 12-byte header, at most 255 minutiae of 7 bytes
    "dlib-resnet-v1": ("face", 512, 512),  # 128 float32
}
HIT_DECISIONS = ("confirmed", "rejected")  # the operator's decision on a watchlist hit (store/identification.py)
MAX_FINGER_POSITION = 19  # not a limit: ANSI/NIST finger positions are 0-19 (0 unknown)


@dataclass(frozen=True, kw_only=True)
class CarriedTemplate:
    """One finger's minutiae or one face's descriptor (never an image): ``data`` as the algorithm encodes it
    (docs/identification.md), base64 in the record."""

    modality: Literal["finger", "face"]
    algorithm: str
    finger: int  # ANSI/NIST finger position (0 unknown; 0 for faces)
    seq: int  # the n-th face of a photo (0 for prints)
    data: bytes

    def to_json(self) -> dict[str, Any]:
        return {"modality": self.modality, "algorithm": self.algorithm, "finger": self.finger, "seq": self.seq,
                "data": base64.b64encode(self.data).decode("ascii")}  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object) -> CarriedTemplate:
        obj = JsonObject(unverified, "a template", _keys(cls), _record_error)
        algorithm = obj.choice("algorithm", TEMPLATE_ALGORITHMS)
        modality, smallest, largest = TEMPLATE_ALGORITHMS[algorithm]
        if obj.text("modality") != modality:
            raise obj.invalid("modality")
        finger = obj.integer("finger", 0, MAX_FINGER_POSITION if modality == "finger" else 0)
        encoded = obj.text("data")
        if len(encoded) > (largest + 2) // 3 * 4:  # checked before decoding: a huge string costs nothing
            raise obj.invalid("data")
        try:
            data = base64.b64decode(encoded, validate=True)
        except ValueError:
            raise obj.invalid("data") from None
        if not smallest <= len(data) <= largest:
            raise obj.invalid("data")
        return cls(modality=cast(Literal["finger", "face"], modality), algorithm=algorithm, finger=finger,
                   seq=obj.integer("seq", 0, MAX_INT), data=data)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class TemplatesRecord:
    """data/records/templates/<uuid>.json: the templates made from one capture (a print, a face photo), for HQ to
    find the same person across devices. It travels with its capture, or in the first bundle after the templates
    were made (or made again); HQ keeps the latest set of each capture (bundle sequence)."""

    FOLDER: ClassVar[str] = "data/records/templates/"

    uuid: str
    capture: str  # the capture's uuid
    item: str  # its item's uuid
    subject: str | None  # the subject's uuid when the item stands for a person, else None
    reference: str  # the item's tag (a subject's reference)
    algorithm_version: str  # the extractor's version the device made them with
    templates: tuple[CarriedTemplate, ...]

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "capture": self.capture, "item": self.item, "subject": self.subject,
                "reference": self.reference, "algorithm_version": self.algorithm_version,
                "templates": [template.to_json() for template in self.templates]}  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object, limits: BundleLimits = BUNDLE_LIMITS) -> TemplatesRecord:
        obj = JsonObject(unverified, "a templates record", _keys(cls), _record_error)
        listed = obj.array("templates")
        if not listed or len(listed) > limits.max_templates_per_record:
            raise obj.invalid("templates")
        templates = tuple(CarriedTemplate.from_json(template) for template in listed)
        if len({(t.algorithm, t.seq) for t in templates}) != len(templates):
            raise _record_error("a templates record holds two templates of the same algorithm and number")
        return cls(uuid=obj.text("uuid"), capture=obj.text("capture"), item=obj.text("item"),
                   subject=obj.optional_text("subject"), reference=obj.text("reference"),
                   algorithm_version=obj.text("algorithm_version"),
                   templates=templates)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class HitRecord:
    """data/records/hits/<uuid>.json: a watchlist hit found on the device (the capture searched, the watchlist
    entry by reference, the score) with the operator's decision as it stood when the bundle was made. A hit travels
    when it is found and again once its decision is made or changed: HQ keeps every copy and shows the latest."""

    FOLDER: ClassVar[str] = "data/records/hits/"

    uuid: str
    capture: str
    item: str
    subject: str | None
    reference: str  # the item's tag (a subject's reference)
    watchlist_ref: str
    category: str
    instructions: str
    modality: Literal["finger", "face"]
    finger: int
    score: float
    watchlist_version: int
    found_at: str
    decision: Literal["confirmed", "rejected"] | None
    decided_by: str | None
    decided_at: str | None
    reason: str

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, unverified: object) -> HitRecord:
        obj = JsonObject(unverified, "a hit record", _keys(cls), _record_error)
        modality = cast(Literal["finger", "face"], obj.choice("modality", ("finger", "face")))
        score = obj.optional_number("score", 0, float(MAX_INT))
        if score is None:
            raise obj.invalid("score")
        decision = None if obj.raw("decision") is None else obj.choice("decision", HIT_DECISIONS)
        decided_by, decided_at = obj.optional_text("decided_by"), obj.optional_text("decided_at")
        if (decision is None) != (decided_at is None):
            raise obj.invalid("decided_at")
        return cls(uuid=obj.text("uuid"), capture=obj.text("capture"), item=obj.text("item"),
                   subject=obj.optional_text("subject"), reference=obj.text("reference"),
                   watchlist_ref=obj.text("watchlist_ref"), category=obj.text("category"),
                   instructions=obj.text("instructions"), modality=modality,
                   finger=obj.integer("finger", 0, MAX_FINGER_POSITION), score=float(score),
                   watchlist_version=obj.integer("watchlist_version"), found_at=obj.text("found_at"),
                   decision=cast(Literal["confirmed", "rejected"] | None, decision), decided_by=decided_by,
                   decided_at=decided_at, reason=obj.text("reason"))  # fmt: skip


# --- physical samples (issue 19): a sample taken from an item, and the shipment it left in ---------------------

# The custody actions a sample record's steps may name (core/samples.py logs them; tests/unit/test_sample_bundles.py
# holds this tuple to core.samples.SAMPLE_ACTIONS).
SAMPLE_STEP_ACTIONS = ("sample.collected", "sample.sealed", "sample.handed_over", "sample.shipped", "sample.received",
                       "sample.photo_linked")  # fmt: skip
MANIFEST_FOLDER = "data/manifests/"  # a shipment's printable manifest (HTML), named by the shipment's uuid


def _sample_text(obj: JsonObject, key: str, limits: BundleLimits) -> str:
    value = obj.text(key)
    if len(value) > limits.max_sample_text_chars:
        raise obj.invalid(key)
    return value


@dataclass(frozen=True, kw_only=True)
class SampleSpot:
    """Where on a photo of the item the sample was taken: the photo (a capture of the item) and the spot's place on
    it as fractions of its width and height (null when the photo marks no point)."""

    capture: str
    x: float | None
    y: float | None

    def to_json(self) -> dict[str, Any]:
        return {"capture": self.capture, "x": self.x, "y": self.y}

    @classmethod
    def from_json(cls, unverified: object) -> SampleSpot:
        obj = JsonObject(unverified, "a sample record's spot", _keys(cls), _record_error)
        x, y = obj.optional_number("x", 0, 1), obj.optional_number("y", 0, 1)
        if (x is None) != (y is None):
            raise obj.invalid("y")
        return cls(capture=obj.text("capture"), x=x, y=y)


@dataclass(frozen=True, kw_only=True)
class SamplePhoto:
    """A capture of the sample's item that shows the sample, its sealed packaging, the spot or its tag."""

    capture: str
    role: str

    def to_json(self) -> dict[str, Any]:
        return {"capture": self.capture, "role": self.role}

    @classmethod
    def from_json(cls, unverified: object) -> SamplePhoto:
        obj = JsonObject(unverified, "a sample record's photo", _keys(cls), _record_error)
        return cls(capture=obj.text("capture"), role=obj.choice("role", SAMPLE_CAPTURE_ROLES))


@dataclass(frozen=True, kw_only=True)
class CarriedStep:
    """One custody entry of the sample as the device's log holds it (subject ``sample:<uuid>``). A verifier checks
    each step whose ``seq`` lies in the bundle's custody range against the entry data/custody.jsonld carries."""

    seq: int
    at: str
    operator: str
    action: str
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "operator": self.operator, "action": self.action,
                "details": self.details}  # fmt: skip

    @classmethod
    def from_json(cls, unverified: object) -> CarriedStep:
        obj = JsonObject(unverified, "a sample record's step", _keys(cls), _record_error)
        return cls(seq=obj.integer("seq", 1), at=obj.text("at"), operator=obj.text("operator"),
                   action=obj.choice("action", SAMPLE_STEP_ACTIONS), details=obj.mapping("details"))  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class SampleRecord:
    """data/records/samples/<uuid>.json: a physical sample (a DNA swab, hair, blood...) taken from an item, as it
    stood when the bundle was made, with the custody steps of its life so far. It travels when recorded and again,
    whole, each time it changed (``version`` rose); HQ keeps the latest version of each sample."""

    FOLDER: ClassVar[str] = "data/records/samples/"

    uuid: str
    ref: str  # the id on its tag (its barcode, or typed)
    barcode_format: str
    sample_type: str
    item: str  # the item's uuid
    case_name: str
    item_tag: str
    item_category: str  # the item's category ("person": the item stands for a subject, its tag the reference)
    location: str
    spot: SampleSpot | None
    collector: str
    collected_at: str
    packaging: str
    seal: str
    storage: str
    notes: str
    state: str
    holder: str
    shipment: str | None  # the shipment's uuid
    manifest: str | None  # its manifest number
    photos: tuple[SamplePhoto, ...]
    created_at: str
    updated_at: str
    version: int
    steps: tuple[CarriedStep, ...]

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["spot"] = self.spot.to_json() if self.spot is not None else None
        data["photos"] = [photo.to_json() for photo in self.photos]
        data["steps"] = [step.to_json() for step in self.steps]
        return data

    @classmethod
    def from_json(cls, unverified: object, limits: BundleLimits = BUNDLE_LIMITS) -> SampleRecord:
        obj = JsonObject(unverified, "a sample record", _keys(cls), _record_error)
        photos, steps = obj.array("photos"), obj.array("steps")
        if len(photos) > limits.max_sample_photos_per_record:
            raise obj.invalid("photos")
        if not steps or len(steps) > limits.max_sample_steps_per_record:
            raise obj.invalid("steps")
        carried = tuple(CarriedStep.from_json(step) for step in steps)
        if any(a.seq >= b.seq for a, b in pairwise(carried)):
            raise _record_error("a sample record's steps are not in the order of the custody log, each once")
        spot, shipment = obj.raw("spot"), obj.optional_text("shipment")
        manifest = obj.optional_text("manifest")
        if (shipment is None) != (manifest is None):
            raise obj.invalid("manifest")
        text = partial(_sample_text, obj, limits=limits)
        return cls(
            uuid=obj.text("uuid"), ref=text("ref"), barcode_format=text("barcode_format"),
            sample_type=obj.choice("sample_type", SAMPLE_TYPES), item=obj.text("item"), case_name=text("case_name"),
            item_tag=text("item_tag"), item_category=text("item_category"), location=text("location"),
            spot=SampleSpot.from_json(spot) if spot is not None else None, collector=text("collector"),
            collected_at=obj.text("collected_at"), packaging=text("packaging"), seal=text("seal"),
            storage=text("storage"), notes=text("notes"), state=obj.choice("state", SAMPLE_STATES),
            holder=text("holder"), shipment=shipment, manifest=manifest,
            photos=tuple(SamplePhoto.from_json(photo) for photo in photos), created_at=obj.text("created_at"),
            updated_at=obj.text("updated_at"), version=obj.integer("version", 1), steps=carried,
        )  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class ShipmentRecord:
    """data/records/shipments/<uuid>.json: a parcel of sealed samples sent to a laboratory under a manifest number,
    with the printable manifest that travels beside it (``document``, whose SHA-256 the record names: a verifier
    refuses a bundle whose document is missing or differs). It travels again, whole, when its version rose."""

    FOLDER: ClassVar[str] = "data/records/shipments/"

    uuid: str
    manifest: str  # the manifest number
    laboratory: str
    carrier: str
    shipped_at: str
    shipped_by: str
    samples: tuple[str, ...]  # the samples' uuids
    document: str  # data/manifests/<uuid>.html
    document_sha256: str
    version: int

    @property
    def path(self) -> str:
        return f"{self.FOLDER}{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["samples"] = list(self.samples)
        return data

    @classmethod
    def from_json(cls, unverified: object, limits: BundleLimits = BUNDLE_LIMITS) -> ShipmentRecord:
        obj = JsonObject(unverified, "a shipment record", _keys(cls), _record_error)
        samples = obj.texts("samples")
        if not samples or len(samples) > limits.max_samples_per_bundle or len(set(samples)) != len(samples):
            raise obj.invalid("samples")
        uuid = obj.text("uuid")
        document = obj.text("document")
        if document != f"{MANIFEST_FOLDER}{uuid}.html":
            raise obj.invalid("document")
        text = partial(_sample_text, obj, limits=limits)
        return cls(uuid=uuid, manifest=text("manifest"), laboratory=text("laboratory"), carrier=text("carrier"),
                   shipped_at=obj.text("shipped_at"), shipped_by=text("shipped_by"), samples=samples,
                   document=document, document_sha256=obj.hex64("document_sha256"),
                   version=obj.integer("version", 1))  # fmt: skip


Record = CaptureRecord | ItemRecord | AmendmentRecord | TemplatesRecord | HitRecord | SampleRecord | ShipmentRecord
RECORD_TYPES: Final[dict[str, type[Record]]] = {
    CaptureRecord.FOLDER: CaptureRecord,
    ItemRecord.FOLDER: ItemRecord,
    AmendmentRecord.FOLDER: AmendmentRecord,
    TemplatesRecord.FOLDER: TemplatesRecord,
    HitRecord.FOLDER: HitRecord,
    SampleRecord.FOLDER: SampleRecord,
    ShipmentRecord.FOLDER: ShipmentRecord,
}


def read_record(name: str, unverified: object) -> Record | None:
    """The typed record stored as ``name`` in the bag, or None when ``name`` is not in a record folder."""
    for folder, kind in RECORD_TYPES.items():
        if name.startswith(folder):
            record = kind.from_json(unverified)
            if record.path != name:
                raise _record_error(f"the record {name} holds another uuid than its name")
            return record
    return None
