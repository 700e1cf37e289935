"""ANSI/NIST-ITL 1-2011 transactions (traditional tagged encoding) for the AFIS, following Interpol's INT-I profile.

Written by hand: the format is simple and the tests read it back with an independent parser (PyPI nistitl), which
would prove nothing if it had also written it. Layout of a transaction (docs/nist-export.md):

    Type-1  header: VER 0500, CNT (the records that follow), TOT, DAT, DAI, ORI, TCN, NSR/NTR 19.69, DOM INT-I, GMT
    Type-2  minimal descriptive record (IDC 0)
    Type-14 one per plain or rolled print (every one the item has): WSQ at 500 ppi (an original that is a 500 ppi
            WSQ as it is; PNG at 1000 ppi), with IMP, FGP, FCD, SRC, HLL, VLL, SLC, THPS, TVPS, CGA, BPX, AMP, FQM
            (NFIQ 2 where computed), DUI, MMS (the capture device's make, model and serial, never a file name), SOR,
            HAS
    Type-13 one per latent print: lossless PNG at 1000 ppi
    Type-10 face photos of a subject; Type-20 the source each print was cut or calibrated from (card scan, latent
            photo), numbered by SRN and named by the prints' SOR; Type-21 photos of the item the latents came from

Fields are ASCII: anything else coming from a record is replaced, so a hostile value cannot break the framing.
ORI and DAI are agency codes (``agency_code``): from the caller (HQ's settings, --ori/--dai), else what HQ's
provisioning file gave the device, else UNSPECIFIED; never the organisation's name.

TOT follows what the transaction holds (INT-I): plain and rolled prints are a ten-print submission (CPS), latent
prints a mark-to-print search (MPS). An item with both gets two transactions, one of each, since a search of marks
and the submission of a person's prints are different requests to an AFIS.

A print whose resolution is unknown (``fingerprint.ppi`` null) is never put in a transaction: it is left out with
the reason, like a print that cannot be decoded.

Every image record is made in the sandbox (confined.py: decode, resample, WSQ-encode, slap segmentation and
per-finger NFIQ 2) from the stored original. A capture whose image cannot be made is left out of the transaction
with its reason (``transaction_for_item``, what bundles use), so one hostile print never stops the others.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit import media_types
from fieldkit._internal.fsutil import open_new_private
from fieldkit.biometrics import codes, confined, images, prints, slaps
from fieldkit.biometrics.subjects import subject_of_item
from fieldkit.bundle.provisioning import DAI_SETTING, ORI_SETTING, agency_code
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import (
    ExportError,
    ExportFolderMissingError,
    InvalidValueError,
    MediaCorruptError,
    PrintUndecodableError,
)
from fieldkit.models import Capture, Item
from fieldkit.store.store import Store

FS, GS, RS, US = b"\x1c", b"\x1d", b"\x1e", b"\x1f"
VERSION = "0500"
DOMAIN = ("INT-I", "6.00")
# CBEFF owner and algorithm ids of NFIQ 2 as NIST registered them (vendor 0x000F NIST, product 0x0301 NFIQ 2).
NFIQ2_VENDOR, NFIQ2_PRODUCT = "000F", "0301"
TOT_TENPRINT = "CPS"  # criminal ten-print submission
TOT_LATENT = "MPS"  # mark (latent) to print search
# ORI/DAI when nobody configured them: an identifier by the character rule, which says what it is to the AFIS
# operator (who must set the real codes: 'fieldkit hq config --ori X --dai Y').
UNSPECIFIED = "UNSPECIFIED"
UNKNOWN_DEVICE = "UNKNOWN"  # a 14.904 MMS item (make, model or serial) nobody recorded
LATENTS_SUFFIX = "-latents"  # the mark search of an item that also has plain or rolled prints
# The standard's codes for an original's format: a Type-20 source embeds JPEG and PNG as they are (anything else
# becomes PNG), a Type-21 associated context names JPEG, PNG and TIFF (anything else is BIN).
_SOURCE_CODES = {media_types.JPEG: "JPEGB", media_types.PNG: "PNG"}

Value = str | bytes | list[list[str]]
_UNSAFE = re.compile(r"[^\x20-\x7e]")


def ascii_text(value: object, limit: int = 300) -> str:
    """A field value safe for the tagged format: printable ASCII only, no separators, bounded length."""
    return _UNSAFE.sub("?", str(value))[:limit]


@dataclass
class Record:
    type: int
    fields: dict[int, Value] = field(default_factory=dict)


def _value(value: Value) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return ascii_text(value, 10_000).encode("ascii")
    return RS.join(US.join(ascii_text(item).encode("ascii") for item in sub) for sub in value)


def encode_record(record: Record) -> bytes:
    """One tagged record: LEN first (its own digits included), fields in number order, FS at the end."""
    if record.fields.get(999) is not None and max(record.fields) != 999:
        raise ExportError("field 999 must be the last of its record")
    body = b"".join(
        GS + f"{record.type}.{number:03}:".encode() + _value(value)
        for number, value in sorted(record.fields.items())
        if number != 1
    )
    length = 0
    while True:  # the length counts its own digits: settle it
        head = f"{record.type}.001:{length}".encode()
        total = len(head) + len(body) + len(FS)
        if total == length:
            return head + body + FS
        length = total


def encode_transaction(records: list[Record], *, tot: str, ori: str, dai: str, tcn: str, when: datetime,
                       domain: tuple[str, str] | None = DOMAIN, resolution: str = "19.69") -> bytes:  # fmt: skip
    """Type-1 (with CNT listing the records) followed by the records, IDCs as given in their field 2. ``domain``
    None leaves DOM out (a transaction no application profile fieldkit knows covers: DNA); ``resolution`` is NSR and
    NTR ("00.00" for a transaction without images)."""
    content = [["1", str(len(records))]] + [[str(r.type), str(r.fields.get(2, "0"))] for r in records]
    header = Record(1, {
        2: VERSION, 3: content, 4: tot, 5: when.strftime("%Y%m%d"), 7: dai, 8: ori, 9: tcn,
        11: resolution, 12: resolution, 14: when.strftime("%Y%m%d%H%M%SZ"),
    })  # fmt: skip
    if domain is not None:
        header.fields[13] = [list(domain)]
    return b"".join(encode_record(r) for r in [header, *records])


def _date(capture: Capture) -> str:
    text = capture.captured_at or capture.imported_at
    return text[:10].replace("-", "") if re.match(r"^\d{4}-\d{2}-\d{2}", text or "") else "19700101"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest().upper()


@dataclass(frozen=True)
class LeftOut:
    """A capture whose record is not in a transaction (its image could not be made, its resolution is unknown), and
    why."""

    capture_id: int
    capture_uuid: str
    reason: str  # for people: "the decoder crashed (SIGSEGV)"
    code: str  # for machines: crashed, memory, cpu, timeout, too-large, decoder-error, ppi-unknown

    def to_json(self) -> dict[str, Any]:
        return {"capture": self.capture_id, "uuid": self.capture_uuid, "reason": self.reason, "code": self.code}


@dataclass(frozen=True)
class Exported:
    path: Path | None
    size: int
    records: dict[int, int]  # record type -> how many
    tot: str
    left_out: tuple[LeftOut, ...] = ()


@dataclass(frozen=True)
class Transaction:
    """One transaction of an item: ``suffix`` "" for the first, LATENTS_SUFFIX for the mark search of an item that
    also has plain or rolled prints (its file name gains it: S-0007.an2, S-0007-latents.an2)."""

    suffix: str
    data: bytes
    exported: Exported


def stated_ppi(capture: Capture) -> float | None:
    """The print's resolution as its record states it; None: unknown (never guessed, never put in a transaction)."""
    details = capture.metadata.get("fingerprint")
    # Only a plausible one: an older store may hold 1 or 72 ppi, which says nothing about a print.
    return images.plausible_ppi(details.get("ppi") if isinstance(details, dict) else None)


def is_wsq_at_500(capture: Capture) -> bool:
    """An original that is a WSQ at 500 ppi (within the 1 % a 500 ppi scanner may be off): it goes into Type-14 as
    it is, never decoded and encoded again."""
    ppi = stated_ppi(capture)
    tolerance = FINGERPRINT_LIMITS.wsq_passthrough_ppi_tolerance
    return (capture.media_type == media_types.WSQ and ppi is not None
            and abs(ppi - codes.TENPRINT_PPI) <= codes.TENPRINT_PPI * tolerance)  # fmt: skip


def ppi_unknown_reason(capture_id: int) -> str:
    return prints.resolution_unknown(capture_id)


def device_agencies(store: Store) -> tuple[str, str]:
    """ORI and DAI on the device: what HQ's provisioning file gave it, else UNSPECIFIED (never the organisation's
    name, which is free text)."""
    return (store.settings.get(ORI_SETTING) or UNSPECIFIED, store.settings.get(DAI_SETTING) or UNSPECIFIED)


def agencies(store: Store, ori: str | None = None, dai: str | None = None) -> tuple[str, str]:
    """ORI and DAI for a transaction made on the device: the ones given (checked: InvalidValueError names the
    option), else the device's (device_agencies)."""
    kept_ori, kept_dai = device_agencies(store)
    return (agency_code(ori, "--ori") if ori is not None else kept_ori,
            agency_code(dai, "--dai") if dai is not None else kept_dai)  # fmt: skip


class _Builder:
    def __init__(self, store: Store, ori: str) -> None:
        self.store = store
        self.ori = ori
        self.records: list[Record] = [Record(2, {2: "0"})]
        self.source_numbers: dict[str, int | None] = {}  # capture uuid -> SRN of its Type-20 (None: left out)
        self.left_out: list[LeftOut] = []

    def _next_idc(self) -> str:
        return str(len(self.records))

    def _original(self, capture: Capture) -> bytes:
        """The stored bytes to decode in the sandbox; a capture whose analysis already failed is not tried again
        (a print that ran into the sandbox's wall clock would cost that much at every bundle)."""
        problem = _analysis_problem(self.store, capture)
        if problem is not None:
            raise problem
        try:
            return b"".join(self.store.read_original(capture.id))
        except MediaCorruptError as exc:  # the stored copy fails its check: that capture only is left out
            raise PrintUndecodableError(exc.message, reason="corrupt", capture_id=capture.id,
                                        cause=exc.message) from None  # fmt: skip

    def leave_out(self, capture: Capture, error: PrintUndecodableError) -> None:
        self.left_out.append(LeftOut(capture.id, capture.uuid, error.cause, error.reason))

    def source(self, capture: Capture) -> int | None:
        """A Type-20 for a card scan or latent photo (once), returning its source representation number; None when
        the source cannot be decoded (left out: the prints cut from it go without their SOR)."""
        if capture.uuid in self.source_numbers:
            return self.source_numbers[capture.uuid]
        keep = capture.media_type in _SOURCE_CODES
        try:
            data = self._original(capture)
            made = confined.source_record(data, keep_original=keep, capture_id=capture.id)
        except PrintUndecodableError as exc:
            self.leave_out(capture, exc)
            self.source_numbers[capture.uuid] = None
            return None
        if keep and made.payload is not None:  # the original's image data without its metadata
            payload, cga = made.payload, _SOURCE_CODES[capture.media_type]
        elif made.payload is not None:  # TIFF, BMP, WSQ: the same pixels, losslessly, in a format the record names
            payload, cga = made.payload, "PNG"
        else:
            self.leave_out(capture, PrintUndecodableError("no image", capture_id=capture.id,
                                                          cause="the decoder gave no image"))  # fmt: skip
            self.source_numbers[capture.uuid] = None
            return None
        srn = sum(1 for n in self.source_numbers.values() if n is not None) + 1
        stated = stated_ppi(capture)
        # SLC 1 with the pixels per inch; a source whose scale nobody knows says so (SLC 0: no scale, THPS/TVPS
        # are then the pixel aspect ratio).
        slc, ppi = ("1", round(stated)) if stated is not None else ("0", 1)
        self.records.append(Record(20, {
            2: self._next_idc(), 3: "S", 4: self.ori, 6: str(made.width), 7: str(made.height), 8: slc,
            9: str(ppi), 10: str(ppi), 11: cga, 12: "8", 15: [[cga]], 21: str(srn), 996: _sha(payload),
            999: payload,
        }))  # fmt: skip
        self.source_numbers[capture.uuid] = srn
        return srn

    def _source_of(self, record: prints.PrintRecord) -> Capture | None:
        if record.derived_from is None:
            return None
        for capture in self.store.captures(record.capture.case_name, record.capture.item_tag, "fingerprint"):
            if capture.uuid == record.derived_from:
                return capture
        return None

    def _sor(self, record: prints.PrintRecord) -> int | None:
        source = self._source_of(record)
        return None if source is None else self.source(source)

    def device(self, record: prints.PrintRecord) -> list[str]:
        """14.904 MMS: the capture device's make, model and serial as recorded with the print (a live-scan device,
        --device-name), else as its file's EXIF says (Make, Model, BodySerialNumber), else as the card scan's or
        latent photo's it was cut from; UNKNOWN for each item nobody recorded. Never a file name or a note."""
        stated = [part.strip() for part in (record.device or "").split("|")[:3]]
        found = [*stated, "", ""][:3]
        for capture in (record.capture, self._source_of(record)):
            if all(found) or capture is None:
                break
            exif = self.store.analyses.get(capture.id).facts.get("exif")
            if isinstance(exif, dict):
                read = [exif.get("make"), exif.get("model"), exif.get("body_serial_number")]
                found = [have or (new.strip() if isinstance(new, str) else "")
                         for have, new in zip(found, read, strict=True)]  # fmt: skip
        return [ascii_text(value, 50).strip() or UNKNOWN_DEVICE for value in found]

    def tenprint(self, record: prints.PrintRecord, conditions: dict[int, str], device_id: str) -> None:
        """A Type-14 (raises PrintUndecodableError before adding anything when the print cannot be decoded)."""
        ppi = stated_ppi(record.capture)
        assert ppi is not None  # _build leaves out the prints whose resolution is unknown
        data = self._original(record.capture)
        keep = is_wsq_at_500(record.capture)
        made = confined.tenprint_record(data, ppi=ppi, finger=record.finger_position, missing=conditions,
                                        capture_id=record.capture.id, keep_wsq=keep)  # fmt: skip
        payload = data if keep and made.payload is None and made.cga == "WSQ20" else made.payload
        if payload is None:
            raise PrintUndecodableError(f"{confined.of_capture(record.capture.id)} gave no image",
                                        capture_id=record.capture.id, cause="the decoder gave no image")  # fmt: skip
        srn = self._sor(record)  # before this record takes its IDC: the Type-20 comes first
        fields: dict[int, Value] = {
            2: self._next_idc(), 3: str(record.impression_type), 4: self.ori, 5: _date(record.capture),
            6: str(made.width), 7: str(made.height), 8: "1", 9: str(made.ppi), 10: str(made.ppi), 11: made.cga,
            12: "8", 13: [[str(record.finger_position)]],
            903: "P" + ascii_text(device_id, 15),
            904: [self.device(record)],
            996: _sha(payload), 999: payload,
        }  # fmt: skip
        covered = codes.FINGERS_IN.get(record.finger_position, (record.finger_position,))
        marked = [[str(f), codes.CONDITIONS[conditions[f]]] for f in covered if f in conditions]
        if marked:
            fields[18] = marked
        if record.finger_position in slaps.ORDER and made.cga == "WSQ20":
            # SEG (each finger's box in the exported image's pixels) and FQM per finger, where they were found.
            if made.segments:
                fields[21] = [[str(value) for value in segment] for segment in made.segments]
                if made.scores:
                    fields[24] = [[str(finger), str(score), NFIQ2_VENDOR, NFIQ2_PRODUCT]
                                  for finger, score in made.scores]  # fmt: skip
        elif record.nfiq2 is not None:
            fields[24] = [[str(record.finger_position), str(record.nfiq2), NFIQ2_VENDOR, NFIQ2_PRODUCT]]
        if srn is not None:
            fields[997] = [[str(srn)]]
        self.records.append(Record(14, fields))

    def latent(self, record: prints.PrintRecord) -> None:
        """A Type-13 (raises PrintUndecodableError before adding anything when the print cannot be decoded)."""
        ppi = stated_ppi(record.capture)
        assert ppi is not None  # _build leaves out the prints whose resolution is unknown
        made = confined.latent_record(self._original(record.capture), ppi=ppi, capture_id=record.capture.id)
        if made.payload is None:
            raise PrintUndecodableError(f"{confined.of_capture(record.capture.id)} gave no image",
                                        capture_id=record.capture.id, cause="the decoder gave no image")  # fmt: skip
        srn = self._sor(record)
        fields: dict[int, Value] = {
            2: self._next_idc(), 3: str(record.impression_type), 4: self.ori, 5: _date(record.capture),
            6: str(made.width), 7: str(made.height), 8: "1", 9: str(codes.LATENT_PPI),
            10: str(codes.LATENT_PPI), 11: "PNG", 12: "8", 13: [[str(record.finger_position)]],
            996: _sha(made.payload), 999: made.payload,
        }  # fmt: skip
        if srn is not None:
            fields[997] = [[str(srn)]]
        self.records.append(Record(13, fields))

    def face(self, capture: Capture) -> None:
        data = self._original(capture)
        made, is_jpeg = confined.face_record(data, capture_id=capture.id)
        if made.payload is None:
            raise PrintUndecodableError(f"the face photo of capture #{capture.id} gave no image",
                                        capture_id=capture.id, cause="the decoder gave no image")  # fmt: skip
        payload = made.payload  # a JPEG's own image data without its metadata, or a PNG: no EXIF, GPS, comments
        self.records.append(Record(10, {
            2: self._next_idc(), 3: "FACE", 4: self.ori, 5: _date(capture), 6: str(made.width), 7: str(made.height),
            8: "0", 9: "1", 10: "1", 11: "JPEGB" if is_jpeg else "PNG", 12: "YCC" if is_jpeg else "SRGB",
            13: "1", 996: _sha(payload), 999: payload,
        }))  # fmt: skip

    def context(self, capture: Capture, number: int) -> None:
        """A Type-21 photo of the item the marks came from: a JPEG's own image data without its metadata, anything
        else as a PNG (made in the sandbox, as a face is): no EXIF, GPS, maker notes or comments leave in it."""
        made, is_jpeg = confined.face_record(self._original(capture), capture_id=capture.id)
        if made.payload is None:
            raise PrintUndecodableError(f"the photo of capture #{capture.id} gave no image",
                                        capture_id=capture.id, cause="the decoder gave no image")  # fmt: skip
        data = made.payload
        kind = "JPEG" if is_jpeg else "PNG"
        self.records.append(Record(21, {
            2: self._next_idc(), 4: self.ori, 5: _date(capture), 15: [[kind]], 21: str(number),
            996: _sha(data), 999: data,
        }))  # fmt: skip


def _analysis_problem(store: Store, capture: Capture) -> PrintUndecodableError | None:
    """Why analysis already found the print unusable (its decoding failed, or the file is damaged), else None."""
    analysis = store.analyses.get(capture.id)
    if analysis.status == "failed":
        reason = analysis.reason or "its analysis failed"
        return PrintUndecodableError(f"{confined.of_capture(capture.id)} could not be decoded: {reason}",
                                     reason=analysis.code or "decoder-error", capture_id=capture.id,
                                     cause=reason)  # fmt: skip
    if analysis.damaged:  # what a damaged file still shows is not a print to send to an AFIS as if whole
        reason = f"the file is damaged: {analysis.damaged}"
        return PrintUndecodableError(f"{confined.of_capture(capture.id)} is not used: {reason}",
                                     reason="damaged", capture_id=capture.id, cause=reason)  # fmt: skip
    return None


def _unknown_resolution(store: Store, record: prints.PrintRecord) -> LeftOut:
    """Why a print without a known resolution is left out: a damaged or undecodable one says that first (setting
    its resolution would not make it usable), any other that its resolution is unknown."""
    capture = record.capture
    problem = _analysis_problem(store, capture)
    if problem is not None:
        return LeftOut(capture.id, capture.uuid, problem.cause, problem.reason)
    return LeftOut(capture.id, capture.uuid, ppi_unknown_reason(capture.id), "ppi-unknown")


def _plan(store: Store, item: Item) -> tuple[list[prints.PrintRecord], list[prints.PrintRecord], list[LeftOut]]:
    """The item's plain/rolled prints and latents that can go in a transaction, and those left out with why."""
    records = prints.prints_of(store, item)
    if not records:
        raise InvalidValueError(f"{item.case_name} / {item.tag} has no fingerprints to export")
    unknown = [r for r in records if stated_ppi(r.capture) is None]
    left_out = [_unknown_resolution(store, r) for r in unknown]
    usable = [r for r in records if stated_ppi(r.capture) is not None]
    # Every print, each in its own record (a recapture does not hide the earlier one: the AFIS examiner sees both);
    # rolled before plain, then by finger, then in capture order, as AFIS operators read a ten-print set.
    tenprints = sorted((r for r in usable if not codes.is_latent(r.impression_type)),
                       key=lambda r: (r.impression_type not in (1, 3), r.finger_position, r.capture.id))  # fmt: skip
    latents = [r for r in usable if codes.is_latent(r.impression_type)]
    return tenprints, latents, left_out


def _build_one(store: Store, item: Item, chosen: list[prints.PrintRecord], *, latent: bool, ori: str, dai: str,
               when: datetime, suffix: str) -> Transaction:  # fmt: skip
    """One transaction of the chosen prints (all latents, or all plain/rolled); its data is empty when no print
    record could be made (its Exported still lists what was left out and why)."""
    builder = _Builder(store, ori)
    device = store.device_id
    conditions = prints.conditions(store, item)
    for record in chosen:
        try:
            if latent:
                builder.latent(record)
            else:
                builder.tenprint(record, conditions, device)
        except PrintUndecodableError as exc:
            builder.leave_out(record.capture, exc)
    if not any(r.type in (13, 14) for r in builder.records):
        return Transaction(suffix, b"", Exported(None, 0, {}, "", tuple(builder.left_out)))
    subject = subject_of_item(store, item)
    photos = store.captures(item.case_name, item.tag, "photo")
    if subject is not None and not latent:  # the person's face goes with their prints
        for capture in photos:
            try:
                builder.face(capture)
            except PrintUndecodableError as exc:
                builder.leave_out(capture, exc)
    elif subject is None and latent:  # the item the marks were lifted from goes with the marks
        for number, capture in enumerate(photos, 1):
            try:
                builder.context(capture, number)
            except PrintUndecodableError as exc:  # a photo that cannot be decoded stays out, said with the reason
                builder.leave_out(capture, exc)
    tot = TOT_LATENT if latent else TOT_TENPRINT
    mark = "L" if suffix else ""
    # Device, second, item, and the first hex digits of the records' digest: a transaction made again after a
    # correction (the next bundle, maybe within the same second) never reuses the TCN of the one it replaces.
    digest = hashlib.sha256(b"".join(encode_record(r) for r in builder.records)).hexdigest()[:6].upper()
    tcn = ascii_text(f"{device[:8]}-{when.strftime('%Y%m%d%H%M%S')}-{item.uuid[:8]}{mark}-{digest}", 40)
    data = encode_transaction(builder.records, tot=tot, ori=ori, dai=dai, tcn=tcn, when=when)
    counts: dict[int, int] = {}
    for written in builder.records:
        counts[written.type] = counts.get(written.type, 0) + 1
    return Transaction(suffix, data, Exported(None, len(data), counts, tot, tuple(builder.left_out)))


def _build(store: Store, item: Item, *, ori: str, dai: str,
           when: datetime | None) -> tuple[list[Transaction], list[LeftOut]]:  # fmt: skip
    """The item's transactions with every record that could be made (a ten-print submission, a mark search, or
    both), and every print left out with why. A transaction none of whose prints could be made is not there."""
    when = when or datetime.now(UTC)
    ori, dai = agency_code(ori, "ORI"), agency_code(dai, "DAI")
    tenprints, latents, left_out = _plan(store, item)
    parts = []
    if tenprints:
        parts.append(_build_one(store, item, tenprints, latent=False, ori=ori, dai=dai, when=when, suffix=""))
    if latents:
        suffix = LATENTS_SUFFIX if tenprints else ""
        parts.append(_build_one(store, item, latents, latent=True, ori=ori, dai=dai, when=when, suffix=suffix))
    made = [part for part in parts if part.data]
    for part in parts:
        left_out.extend(part.exported.left_out)
    return made, left_out


def transactions_for_item(store: Store, item: Item, *, ori: str = UNSPECIFIED, dai: str = UNSPECIFIED,
                          when: datetime | None = None) -> tuple[list[Transaction], list[LeftOut]]:  # fmt: skip
    """The item's transactions with the records that could be made, and the captures left out with why (what a
    bundle carries: one print that cannot be decoded never stops the others). Never raises for a capture's
    content."""
    return _build(store, item, ori=ori, dai=dai, when=when)


def transaction_for_item(store: Store, item: Item, *, ori: str = UNSPECIFIED, dai: str = UNSPECIFIED,
                         when: datetime | None = None) -> tuple[bytes | None, list[LeftOut]]:  # fmt: skip
    """The first of transactions_for_item (the only one unless the item has both kinds of prints); None when no
    print record could be made."""
    made, left_out = _build(store, item, ori=ori, dai=dai, when=when)
    return (made[0].data if made else None), left_out


def _none_exportable(item: Item, left_out: list[LeftOut]) -> InvalidValueError | PrintUndecodableError:
    reasons = "; ".join(f"#{gone.capture_id}: {gone.reason}" for gone in left_out)
    undecodable = [gone for gone in left_out if gone.code != "ppi-unknown"]
    if not undecodable:
        return InvalidValueError(f"no print of {item.case_name} / {item.tag} has a known resolution ({reasons})")
    first = undecodable[0]
    return PrintUndecodableError(f"no print of {item.case_name} / {item.tag} could be decoded ({reasons})",
                                 reason=first.code, capture_id=first.capture_id)  # fmt: skip


def transaction(store: Store, item: Item, *, ori: str = UNSPECIFIED, dai: str = UNSPECIFIED,
                when: datetime | None = None) -> tuple[bytes, Exported]:  # fmt: skip
    """The (first) transaction for a subject's item (ten-prints, faces) or a recovered item (latents, context
    photos), complete: PrintUndecodableError (naming the capture) if any print was left out."""
    made, left_out = _build(store, item, ori=ori, dai=dai, when=when)
    if left_out:
        gone = left_out[0]
        raise PrintUndecodableError(f"the image of capture #{gone.capture_id} could not be made: {gone.reason}",
                                    reason=gone.code, capture_id=gone.capture_id, cause=gone.reason)  # fmt: skip
    return made[0].data, made[0].exported


def path_of(out: Path, suffix: str) -> Path:
    return out.with_name(f"{out.stem}{suffix}{out.suffix}") if suffix else out


def export(store: Store, item: Item, out: Path, *, ori: str = UNSPECIFIED,
           dai: str = UNSPECIFIED) -> tuple[list[Exported], list[LeftOut]]:  # fmt: skip
    """Write the item's transactions: ``out``, and for an item with both plain/rolled prints and latents the mark
    search beside it (``<stem>-latents<suffix>``); never over an existing file, each under a hidden temp name,
    fsynced, renamed. Returns what was written and every print left out with why; PrintUndecodableError when no
    print could be exported."""
    if not out.parent.is_dir():
        raise ExportFolderMissingError(f"the folder {out.parent} does not exist")
    made, left_out = _build(store, item, ori=ori, dai=dai, when=None)
    if not made:
        raise _none_exportable(item, left_out)
    for part in made:
        if path_of(out, part.suffix).exists():
            raise ExportError(f"{path_of(out, part.suffix)} already exists: choose another name")
    written = []
    for part in made:
        target = path_of(out, part.suffix)
        temp = target.with_name(f".{target.name}.partial")
        try:
            with open_new_private(temp) as handle:  # plaintext prints and faces: owner-only (0600)
                handle.write(part.data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise ExportError(f"cannot write {target}: {exc.strerror}") from None
        done = part.exported
        written.append(Exported(target, done.size, done.records, done.tot, done.left_out))
        with store.write():  # plaintext prints and faces left the store: the custody log says so (not the path)
            store.log("fingerprint.exported", f"item:{item.uuid}", {
                "sha256": hashlib.sha256(part.data).hexdigest(), "size": done.size, "tot": done.tot,
                "records": {str(kind): count for kind, count in sorted(done.records.items())},
                "left_out": [gone.capture_id for gone in done.left_out]})  # fmt: skip
    return written, left_out


def items_with_prints(store: Store, item_ids: Iterable[int]) -> list[Item]:
    """Of these items, those a bundle should carry a transaction for: subjects' items and items with latents."""
    found = []
    for item_id in sorted(set(item_ids)):
        item = store.item_by_id(item_id)
        if prints.prints_of(store, item):
            found.append(item)
    return found


# Records whose field 4 is SRC, the agency that made it (the transaction's ORI).
_SRC_RECORDS = frozenset({10, 13, 14, 20, 21})
_TAG = re.compile(rb"(\d{1,2})\.(\d{3}):")


def _records(unverified: bytes) -> list[tuple[int, dict[int, bytes]]]:
    """The records of a tagged transaction as (type, {field: raw value}); ExportError if its framing is not the
    one fieldkit writes (LEN first, fields in GS, FS at the end, 999 last). Slices bytes only: no image is read."""
    found: list[tuple[int, dict[int, bytes]]] = []
    position = 0
    while position < len(unverified):
        head = _TAG.match(unverified, position)
        end = unverified.find(GS, position, position + 40)
        if head is None or int(head.group(2)) != 1 or end < 0 or not unverified[head.end() : end].isdigit():
            raise ExportError(f"the transaction is malformed at byte {position}")
        kind, length = int(head.group(1)), int(unverified[head.end() : end])
        record = unverified[position : position + length]
        if length <= end - position or len(record) != length or not record.endswith(FS):
            raise ExportError(f"the transaction is malformed at byte {position}")
        fields: dict[int, bytes] = {}
        cursor = end - position + 1
        while cursor < length - 1:
            tag = _TAG.match(record, cursor)
            if tag is None or int(tag.group(1)) != kind:
                raise ExportError(f"the transaction is malformed at byte {position + cursor}")
            number = int(tag.group(2))
            if number == 999:  # the image: the rest of the record
                fields[number], cursor = record[tag.end() : -1], length - 1
                break
            stop = record.find(GS, tag.end())
            stop = length - 1 if stop < 0 else stop
            fields[number], cursor = record[tag.end() : stop], stop + 1
        found.append((kind, fields))
        position += length
    if not found or found[0][0] != 1:
        raise ExportError("the transaction does not start with its Type-1 header")
    return found


def restamp(unverified: bytes, *, ori: str | None = None, dai: str | None = None) -> bytes:
    """The same transaction with another ORI (1.008, and SRC, field 4, of every image record) and DAI (1.007):
    what HQ does with the agency codes it holds (a device may not have had them). Images, hashes, TCN and every
    other field are kept byte for byte. ExportError if the bytes are not a transaction fieldkit wrote."""
    ori = agency_code(ori, "--ori") if ori is not None else None
    dai = agency_code(dai, "--dai") if dai is not None else None
    out = []
    for kind, fields in _records(unverified):
        changed: dict[int, Value] = dict(fields)
        if kind == 1:
            if ori is not None:
                changed[8] = ori
            if dai is not None:
                changed[7] = dai
        elif kind in _SRC_RECORDS and ori is not None and 4 in fields:
            changed[4] = ori
        out.append(encode_record(Record(kind, changed)))
    return b"".join(out)


def agencies_of(unverified: bytes) -> tuple[str, str]:
    """ORI and DAI as a transaction's Type-1 header says them (ExportError if it is not a transaction)."""
    header = _records(unverified)[0][1]
    return (ascii_text(header.get(8, b"").decode("ascii", "replace"), 40),
            ascii_text(header.get(7, b"").decode("ascii", "replace"), 40))  # fmt: skip
