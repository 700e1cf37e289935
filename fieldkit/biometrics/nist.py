"""ANSI/NIST-ITL 1-2011 transactions (traditional tagged encoding) for the AFIS, following Interpol's INT-I profile.

Written by hand: the format is simple and the tests read it back with an independent parser (PyPI nistitl), which
would prove nothing if it had also written it. Layout of a transaction (docs/nist-export.md):

    Type-1  header: VER 0500, CNT (the records that follow), TOT, DAT, DAI, ORI, TCN, NSR/NTR 19.69, DOM INT-I, GMT
    Type-2  minimal descriptive record (IDC 0)
    Type-14 one per ten-print finger, plain thumb and slap: WSQ at 500 ppi (PNG at 1000 ppi), with IMP, FGP, FCD,
            SRC, HLL, VLL, SLC, THPS, TVPS, CGA, BPX, AMP, FQM (NFIQ 2 where computed), DUI, MMS, SOR, HAS
    Type-13 one per latent print: lossless PNG at 1000 ppi
    Type-10 face photos of a subject; Type-20 the source each print was cut or calibrated from (card scan, latent
            photo), numbered by SRN and named by the prints' SOR; Type-21 photos of the item the latents came from

Fields are ASCII: anything else coming from a record is replaced, so a hostile value cannot break the framing.

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
from fieldkit.biometrics import codes, confined, prints, slaps
from fieldkit.biometrics.subjects import subject_of_item
from fieldkit.errors import ExportError, InvalidValueError, MediaCorruptError, PrintUndecodableError
from fieldkit.models import Capture, Item
from fieldkit.store.store import Store

FS, GS, RS, US = b"\x1c", b"\x1d", b"\x1e", b"\x1f"
VERSION = "0500"
DOMAIN = ("INT-I", "6.00")
# CBEFF owner and algorithm ids of NFIQ 2 as NIST registered them (vendor 0x000F NIST, product 0x0301 NFIQ 2).
NFIQ2_VENDOR, NFIQ2_PRODUCT = "000F", "0301"
TOT_TENPRINT = "CPS"  # criminal ten-print submission
TOT_LATENT = "MPS"  # mark (latent) to print search
# The standard's codes for an original's format: a Type-20 source embeds JPEG and PNG as they are (anything else
# becomes PNG), a Type-21 associated context names JPEG, PNG and TIFF (anything else is BIN).
_SOURCE_CODES = {media_types.JPEG: "JPEGB", media_types.PNG: "PNG"}
_CONTEXT_CODES = {media_types.JPEG: "JPEG", media_types.PNG: "PNG", media_types.TIFF: "TIFF"}

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


def encode_transaction(records: list[Record], *, tot: str, ori: str, dai: str, tcn: str, when: datetime) -> bytes:
    """Type-1 (with CNT listing the records) followed by the records, IDCs as given in their field 2."""
    content = [["1", str(len(records))]] + [[str(r.type), str(r.fields.get(2, "0"))] for r in records]
    header = Record(1, {
        2: VERSION, 3: content, 4: tot, 5: when.strftime("%Y%m%d"), 7: dai, 8: ori, 9: tcn,
        11: "19.69", 12: "19.69", 13: [list(DOMAIN)], 14: when.strftime("%Y%m%d%H%M%SZ"),
    })  # fmt: skip
    return b"".join(encode_record(r) for r in [header, *records])


def _date(capture: Capture) -> str:
    text = capture.captured_at or capture.imported_at
    return text[:10].replace("-", "") if re.match(r"^\d{4}-\d{2}-\d{2}", text or "") else "19700101"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest().upper()


@dataclass(frozen=True)
class LeftOut:
    """A capture whose record is not in a transaction because its image could not be made, and why."""

    capture_id: int
    capture_uuid: str
    reason: str  # for people: "the decoder crashed (SIGSEGV)"
    code: str  # for machines: crashed, memory, cpu, timeout, too-large, decoder-error

    def to_json(self) -> dict[str, Any]:
        return {"capture": self.capture_id, "uuid": self.capture_uuid, "reason": self.reason, "code": self.code}


@dataclass(frozen=True)
class Exported:
    path: Path | None
    size: int
    records: dict[int, int]  # record type -> how many
    tot: str
    left_out: tuple[LeftOut, ...] = ()


def _unknown_resolution(record: prints.PrintRecord) -> PrintUndecodableError:
    """A print whose resolution is unknown is left out, never resampled at a guessed one (issue 14)."""
    reason = prints.resolution_unknown(record.capture.id)
    return PrintUndecodableError(f"{confined.of_capture(record.capture.id)} is left out: {reason}",
                                 reason="ppi-unknown", capture_id=record.capture.id, cause=reason)  # fmt: skip


class _Builder:
    def __init__(self, store: Store, ori: str) -> None:
        self.store = store
        self.ori = ascii_text(ori, 35)
        self.records: list[Record] = [Record(2, {2: "0"})]
        self.source_numbers: dict[str, int | None] = {}  # capture uuid -> SRN of its Type-20 (None: left out)
        self.left_out: list[LeftOut] = []

    def _next_idc(self) -> str:
        return str(len(self.records))

    def _original(self, capture: Capture) -> bytes:
        """The stored bytes to decode in the sandbox; a capture whose analysis already failed is not tried again
        (a print that ran into the sandbox's wall clock would cost that much at every bundle)."""
        analysis = self.store.analyses.get(capture.id)
        if analysis.status == "failed":
            reason = analysis.reason or "its analysis failed"
            raise PrintUndecodableError(f"{confined.of_capture(capture.id)} could not be decoded: {reason}",
                                        reason=analysis.code or "decoder-error", capture_id=capture.id,
                                        cause=reason)  # fmt: skip
        if analysis.damaged:  # what a damaged file still shows is not a print to send to an AFIS as if whole
            reason = f"the file is damaged: {analysis.damaged}"
            raise PrintUndecodableError(f"{confined.of_capture(capture.id)} is not used: {reason}",
                                        reason="damaged", capture_id=capture.id, cause=reason)  # fmt: skip
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
        if keep:
            payload, cga = data, _SOURCE_CODES[capture.media_type]
        elif made.payload is not None:  # TIFF, BMP, WSQ: the same pixels, losslessly, in a format the record names
            payload, cga = made.payload, "PNG"
        else:
            self.leave_out(capture, PrintUndecodableError("no image", capture_id=capture.id,
                                                          cause="the decoder gave no image"))  # fmt: skip
            self.source_numbers[capture.uuid] = None
            return None
        srn = sum(1 for n in self.source_numbers.values() if n is not None) + 1
        ppi = round(float(capture.metadata.get("fingerprint", {}).get("ppi") or 500))
        self.records.append(Record(20, {
            2: self._next_idc(), 3: "S", 4: self.ori, 6: str(made.width), 7: str(made.height), 8: "1",
            9: str(ppi), 10: str(ppi), 11: cga, 12: "8", 15: [[cga]], 21: str(srn), 996: _sha(payload),
            999: payload,
        }))  # fmt: skip
        self.source_numbers[capture.uuid] = srn
        return srn

    def _sor(self, record: prints.PrintRecord) -> int | None:
        if record.derived_from is None:
            return None
        for capture in self.store.captures(record.capture.case_name, record.capture.item_tag, "fingerprint"):
            if capture.uuid == record.derived_from:
                return self.source(capture)
        return None

    def tenprint(self, record: prints.PrintRecord, conditions: dict[int, str], device_id: str) -> None:
        """A Type-14 (raises PrintUndecodableError before adding anything when the print cannot be decoded)."""
        original = self._original(record.capture)  # a failed or damaged print says so first
        if record.ppi is None:
            raise _unknown_resolution(record)
        made = confined.tenprint_record(original, ppi=record.ppi,
                                        finger=record.finger_position, missing=conditions,
                                        capture_id=record.capture.id)  # fmt: skip
        if made.payload is None:
            raise PrintUndecodableError(f"{confined.of_capture(record.capture.id)} gave no image",
                                        capture_id=record.capture.id, cause="the decoder gave no image")  # fmt: skip
        srn = self._sor(record)  # before this record takes its IDC: the Type-20 comes first
        make, _, rest = (record.device or "").partition("|")
        model, _, serial = rest.partition("|")
        fields: dict[int, Value] = {
            2: self._next_idc(), 3: str(record.impression_type), 4: self.ori, 5: _date(record.capture),
            6: str(made.width), 7: str(made.height), 8: "1", 9: str(made.ppi), 10: str(made.ppi), 11: made.cga,
            12: "8", 13: [[str(record.finger_position)]],
            903: "P" + ascii_text(device_id, 15),
            904: [[make or "UNKNOWN", model or record.capture.source[:50] or "UNKNOWN", serial or "UNKNOWN"]],
            996: _sha(made.payload), 999: made.payload,
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
        original = self._original(record.capture)  # a failed or damaged print says so first
        if record.ppi is None:
            raise _unknown_resolution(record)
        made = confined.latent_record(original, ppi=record.ppi, capture_id=record.capture.id)
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
        payload = data if is_jpeg or made.payload is None else made.payload
        self.records.append(Record(10, {
            2: self._next_idc(), 3: "FACE", 4: self.ori, 5: _date(capture), 6: str(made.width), 7: str(made.height),
            8: "0", 9: "1", 10: "1", 11: "JPEGB" if is_jpeg else "PNG", 12: "YCC" if is_jpeg else "SRGB",
            13: "1", 996: _sha(payload), 999: payload,
        }))  # fmt: skip

    def context(self, capture: Capture, number: int) -> None:
        data = b"".join(self.store.read_original(capture.id))  # embedded as it is: nothing decoded
        kind = _CONTEXT_CODES.get(capture.media_type, "BIN")
        self.records.append(Record(21, {
            2: self._next_idc(), 4: self.ori, 5: _date(capture), 15: [[kind]], 21: str(number),
            996: _sha(data), 999: data,
        }))  # fmt: skip


def _build(store: Store, item: Item, *, ori: str, dai: str, when: datetime | None) -> tuple[bytes | None, Exported]:
    """The transaction with every record that could be made; the others in Exported.left_out. None: no print
    record could be made at all (a transaction of faces alone is no use to an AFIS)."""
    when = when or datetime.now(UTC)
    builder = _Builder(store, ori)
    records = prints.prints_of(store, item)
    conditions = prints.conditions(store, item)
    device = store.device_id
    subject = subject_of_item(store, item)
    latents = [r for r in records if codes.is_latent(r.impression_type)]
    # One print per finger position and impression type: the latest (a recapture replaces a poor print in the
    # transaction; the earlier capture stays in the store as evidence).
    latest = {(r.finger_position, r.impression_type): r for r in records if not codes.is_latent(r.impression_type)}
    tenprints = list(latest.values())
    if not records:
        raise InvalidValueError(f"{item.case_name} / {item.tag} has no fingerprints to export")
    # Rolled before plain, then by finger, as AFIS operators read a ten-print set.
    for record in sorted(tenprints, key=lambda r: (r.impression_type not in (1, 3), r.finger_position)):
        try:
            builder.tenprint(record, conditions, device)
        except PrintUndecodableError as exc:
            builder.leave_out(record.capture, exc)
    for record in latents:
        try:
            builder.latent(record)
        except PrintUndecodableError as exc:
            builder.leave_out(record.capture, exc)
    if not any(r.type in (13, 14) for r in builder.records):
        return None, Exported(None, 0, {}, "", tuple(builder.left_out))
    photos = store.captures(item.case_name, item.tag, "photo")
    if subject is not None:
        for capture in photos:
            try:
                builder.face(capture)
            except PrintUndecodableError as exc:
                builder.leave_out(capture, exc)
    else:
        for number, capture in enumerate(photos, 1):
            builder.context(capture, number)
    tot = TOT_TENPRINT if subject is not None or not latents else TOT_LATENT
    tcn = ascii_text(f"{device[:8]}-{when.strftime('%Y%m%d%H%M%S')}-{item.uuid[:8]}", 40)
    data = encode_transaction(builder.records, tot=tot, ori=builder.ori, dai=ascii_text(dai, 35), tcn=tcn, when=when)
    counts: dict[int, int] = {}
    for written in builder.records:
        counts[written.type] = counts.get(written.type, 0) + 1
    return data, Exported(None, len(data), counts, tot, tuple(builder.left_out))


def transaction_for_item(store: Store, item: Item, *, ori: str = "UNSPECIFIED", dai: str = "UNSPECIFIED",
                         when: datetime | None = None) -> tuple[bytes | None, list[LeftOut]]:  # fmt: skip
    """The transaction for an item with the records that could be made, and the captures left out with why
    (what a bundle carries: one print that cannot be decoded never stops the others). None when no print record
    could be made. Never raises for a capture's content."""
    data, exported = _build(store, item, ori=ori, dai=dai, when=when)
    return data, list(exported.left_out)


def _none_decodable(item: Item, left_out: Iterable[LeftOut]) -> PrintUndecodableError:
    reasons = "; ".join(f"#{gone.capture_id}: {gone.reason}" for gone in left_out)
    first = next(iter(left_out), None)
    return PrintUndecodableError(
        f"no print of {item.case_name} / {item.tag} could be decoded ({reasons})",
        reason=first.code if first else "decoder-error", capture_id=first.capture_id if first else None,
    )  # fmt: skip


def transaction(store: Store, item: Item, *, ori: str = "UNSPECIFIED", dai: str = "UNSPECIFIED",
                when: datetime | None = None) -> tuple[bytes, Exported]:  # fmt: skip
    """The transaction for a subject's item (ten-prints, faces) or a recovered item (latents, context photos),
    complete: PrintUndecodableError (naming the capture) if any record could not be made."""
    data, exported = _build(store, item, ori=ori, dai=dai, when=when)
    if exported.left_out:
        gone = exported.left_out[0]
        raise PrintUndecodableError(f"the image of capture #{gone.capture_id} could not be made: {gone.reason}",
                                    reason=gone.code, capture_id=gone.capture_id, cause=gone.reason)  # fmt: skip
    assert data is not None  # nothing left out, and the item has prints
    return data, exported


def export(store: Store, item: Item, out: Path, *, ori: str = "UNSPECIFIED", dai: str = "UNSPECIFIED") -> Exported:
    """Write the transaction to ``out`` (never over an existing file): hidden temp name, fsync, rename. Prints that
    cannot be decoded are left out (Exported.left_out); PrintUndecodableError when none can be."""
    if out.exists():
        raise ExportError(f"{out} already exists: choose another name")
    if not out.parent.is_dir():
        raise ExportError(f"the folder {out.parent} does not exist")
    data, exported = _build(store, item, ori=ori, dai=dai, when=None)
    if data is None:
        raise _none_decodable(item, exported.left_out)
    temp = out.with_name(f".{out.name}.partial")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {exc.strerror}") from None
    return Exported(out, exported.size, exported.records, exported.tot, exported.left_out)


def items_with_prints(store: Store, item_ids: Iterable[int]) -> list[Item]:
    """Of these items, those a bundle should carry a transaction for: subjects' items and items with latents."""
    found = []
    for item_id in sorted(set(item_ids)):
        item = store.item_by_id(item_id)
        if prints.prints_of(store, item):
            found.append(item)
    return found
