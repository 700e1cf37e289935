"""The wire formats (fieldkit.json, capture and item records, receipts, provisioning files) are strict both ways:
what to_json writes, from_json reads back equal; an unknown, missing, mistyped, duplicated or out-of-range key, or
a NaN, is refused with the error and reason code the verifier (or the device) reports for it. The keys added to
version 1 later (a capture's analysis, fieldkit.json's left_out) may be absent, as in bundles made before them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import age, format, sshsig
from fieldkit.bundle.manifest import (
    AmendmentRecord,
    AmendmentTarget,
    BundleInfo,
    CaptureAnalysis,
    CaptureRecord,
    CaseRef,
    Counts,
    CustodyRange,
    ItemRecord,
    LeftOut,
    OcrPage,
    SiteRef,
    read_record,
)
from fieldkit.bundle.provisioning import Provisioning, UploadSettings
from fieldkit.bundle.receipt import Receipt, open_receipt, sign_receipt
from fieldkit.bundle.verify import check_bundle
from fieldkit.config import BUNDLE_LIMITS, Limits
from fieldkit.errors import BundleFormatError, FieldkitError, InvalidValueError, SignatureError
from fieldkit.hq import thumbnails
from fieldkit.hq.trust import HQ
from tests.bundle_kit import sample_payload
from tests.conftest import jpeg_bytes

CORPUS = Path(__file__).resolve().parent.parent / "assets" / "bundles"
HEX = "ab" * 32
RECIPIENT = age.recipient_of(age.parse_identity(age.generate_identity()))
RECEIPT_KEY = Ed25519PrivateKey.generate()


def bundle_info() -> BundleInfo:
    return BundleInfo(
        bundle_id="00000000-0000-4000-8000-000000000003", device_id="d0000000-0000-4000-8000-000000000001",
        device_key=sshsig.public_key_line(RECEIPT_KEY.public_key()), sequence=3, previous_tagmanifest_sha256=HEX,
        abandoned_sequences=(2,), created_at="2026-11-25T10:00:00.000000Z", organisation="Task Force North",
        software="fieldkit 0.1.0", custody=CustodyRange(from_seq=4, to_seq=9, previous_hash=HEX, head_hash="cd" * 32),
        counts=Counts(captures=1, items=1, custody_entries=6, amendments=1),
        payload={"data/captures/c.jpg": 1000, "data/records/captures/c.json": 900},
        left_out=(LeftOut(capture="11111111-1111-4111-8111-111111111111", product="ansi-nist-transaction",
                          reason="the print cannot be decoded: the WSQ stream ends early"),),
    )  # fmt: skip


def capture_record() -> CaptureRecord:
    return CaptureRecord(
        id=7, uuid="11111111-1111-4111-8111-111111111111", item_id=2, case_name="Op Falcon", item_tag="EV-1",
        kind="document", media_type="application/pdf", original_name="ledger.pdf", sha256=HEX, size=5000,
        captured_at=None, imported_at="2026-11-25T09:30:00.000000Z", operator="alice", source="file",
        metadata={"pages": 2, "exif": {"Make": "X"}}, item="22222222-2222-4222-8222-222222222222",
        payload="data/captures/11111111-1111-4111-8111-111111111111.pdf",
        ocr=(OcrPage(page=1, text="first", languages="eng"), OcrPage(page=2, text="دفتر", languages="ara")),
        page_view=((2, 0), (1, 90)),
        # Every key of the analysis, so each is type-checked below (a real one has code only when failed).
        analysis=CaptureAnalysis(status="failed", reason="the decoder crashed (SIGSEGV)", code="crashed",
                                 damaged="the PDF is truncated"),
    )  # fmt: skip


def item_record() -> ItemRecord:
    return ItemRecord(
        uuid="22222222-2222-4222-8222-222222222222", tag="EV-1", category="document", description="ledger",
        notes="", recovered_at="2026-11-25T08:00:00Z", created_at="2026-11-25T08:00:00Z",
        updated_at="2026-11-25T08:05:00Z", case=CaseRef(uuid="c", name="Op Falcon", reference="TF-1"),
        site=SiteRef(uuid="s", name="Compound", latitude=34.5, longitude=-69, mgrs="42S", description=""),
    )  # fmt: skip


def amendment_record() -> AmendmentRecord:
    return AmendmentRecord(
        uuid="44444444-4444-4444-8444-444444444444",
        target=AmendmentTarget(type="capture", uuid="11111111-1111-4111-8111-111111111111"), change="ocr",
        value={"ocr": [OcrPage(page=1, text="first", languages="eng").to_json()]}, custody=(12, 13),
        made_at="2026-11-26T10:00:00.000000Z", order=1,
    )  # fmt: skip


def receipt() -> Receipt:
    return Receipt(
        upload_id="0" * 32, hq="Task Force North", bundle_id="00000000-0000-4000-8000-000000000003",
        device_id="d0000000-0000-4000-8000-000000000001", uploaded_by="d0000000-0000-4000-8000-000000000001",
        sequence=3, sha256=HEX, size=123456, received_at="2026-11-25T12:00:00Z", verdict="ingested", reason=None,
        message="verified and archived",
    )  # fmt: skip


def provisioning(upload: bool = True) -> Provisioning:
    settings = UploadSettings(endpoint="https://hq.example.org:8443", tls_sha256=HEX,
                              receipt_key=sshsig.public_key_line(RECEIPT_KEY.public_key()), device="d1",
                              credential="s3cret-token")  # fmt: skip
    return Provisioning(organisation="Task Force North", recipients=(RECIPIENT,), upload=settings if upload else None)


# Each format: a sample, how to read it, and the error (class, reason) every malformed variant must raise.
FORMATS: dict[str, tuple[Any, Any, type[FieldkitError], str | None]] = {
    "fieldkit.json": (bundle_info(), BundleInfo.from_json, BundleFormatError, "fieldkit-json"),
    "capture record": (capture_record(), CaptureRecord.from_json, BundleFormatError, "record"),
    "item record": (item_record(), ItemRecord.from_json, BundleFormatError, "record"),
    "amendment record": (amendment_record(), AmendmentRecord.from_json, BundleFormatError, "record"),
    "receipt": (receipt(), Receipt.from_json, BundleFormatError, "receipt"),
    "provisioning": (provisioning(), Provisioning.from_json, InvalidValueError, None),
    "provisioning without upload": (provisioning(False), Provisioning.from_json, InvalidValueError, None),
}


# The keys that may be absent (bundles made before they were added to version 1); nothing else may.
OPTIONAL_PATHS: dict[str, set[tuple[str | int, ...]]] = {
    "fieldkit.json": {("left_out",), ("counts", "amendments")},
    "capture record": {("analysis",), ("analysis", "code"), ("analysis", "damaged")},
}


def refused(name: str, unverified: object, reason: str | None = None) -> FieldkitError:
    _, read, error, expected_reason = FORMATS[name]
    with pytest.raises(error) as caught:
        read(unverified)
    if isinstance(caught.value, BundleFormatError):
        assert caught.value.reason == (reason or expected_reason), caught.value.message
    return caught.value


def paths(value: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every key of a JSON value, nested ones too, as a path."""
    found: list[tuple[str | int, ...]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            found.append((*prefix, key))
            found += paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            if isinstance(inner, dict):
                found += paths(inner, (*prefix, index))
    return found


def edited(document: dict[str, Any], path: tuple[str | int, ...], value: object = None, *, drop: bool = False) -> Any:
    copied = copy.deepcopy(document)
    target: Any = copied
    for step in path[:-1]:
        target = target[step]
    if drop:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return copied


def version_reason(name: str, path: tuple[str | int, ...]) -> str | None:
    """fieldkit.json alone reports another version as its own reason (a newer bundle, not a broken one)."""
    return "version" if name == "fieldkit.json" and path == ("version",) else None


def typed_paths(name: str) -> list[tuple[str | int, ...]]:
    """The paths whose values the format types (the free-form metadata and payload maps, and an amendment's value,
    checked by its change in test_an_amendments_value_is_checked_by_its_change, are not walked into)."""
    sample = FORMATS[name][0].to_json()
    return [p for p in paths(sample) if not ({"metadata", "payload", "value"} & set(p[:-1]))]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_round_trip(name: str) -> None:
    sample, read, _, _ = FORMATS[name]
    assert read(sample.to_json()) == sample
    assert read(format.strict_json(format.canonical_json(sample.to_json()), name)) == sample


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_an_unknown_key_is_refused_at_every_level(name: str) -> None:
    document = FORMATS[name][0].to_json()
    objects = {path[:-1] for path in typed_paths(name)}  # the root, and every nested object (ocr[0], site, ...)
    assert len(objects) > 1 or name.startswith(("receipt", "provisioning"))
    for path in objects:
        refused(name, edited(document, (*path, "colour"), "red"))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_missing_key_is_refused_at_every_level(name: str) -> None:
    document = FORMATS[name][0].to_json()
    for path in typed_paths(name):
        if path not in OPTIONAL_PATHS.get(name, set()):
            refused(name, edited(document, path, drop=True), version_reason(name, path))


@pytest.mark.parametrize("name", sorted(OPTIONAL_PATHS))
def test_an_optional_key_may_be_absent_and_reads_back_as_absent(name: str) -> None:
    """An older bundle's fieldkit.json or record, without the keys added since, still reads, and writes back to the
    same bytes (so a record is never silently changed by being read)."""
    sample, read, _, _ = FORMATS[name]
    document = sample.to_json()
    for path in OPTIONAL_PATHS[name]:
        older = edited(document, path, drop=True)
        data = format.canonical_json(older)
        assert format.canonical_json(read(format.strict_json(data, name)).to_json()) == data
    # The oldest: without any optional key (one inside an optional object goes with it).
    outermost = [p for p in OPTIONAL_PATHS[name] if not any(p[:i] in OPTIONAL_PATHS[name] for i in range(1, len(p)))]
    oldest = document
    for path in outermost:
        oldest = edited(oldest, path, drop=True)
    parsed = read(oldest)
    for path in outermost:
        value: Any = parsed
        for step in path:
            value = getattr(value, str(step))
        assert value is None, path


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_wrong_type_is_refused_for_every_key(name: str) -> None:
    """True is the wrong type everywhere: not text, not an object, and not a number (though Python says it is)."""
    document = FORMATS[name][0].to_json()
    for path in typed_paths(name):
        refused(name, edited(document, path, True), version_reason(name, path))
    refused(name, [document])
    refused(name, "not an object")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_duplicate_key_and_nan_are_refused_when_parsed(name: str) -> None:
    data = format.canonical_json(FORMATS[name][0].to_json())
    duplicated = data.replace(b'"format"', b'"format": "x",\n "format"', 1) if b'"format"' in data else b""
    duplicated = duplicated or data.replace(b'"uuid"', b'"uuid": "x",\n "uuid"', 1)
    with pytest.raises(BundleFormatError) as caught:
        format.strict_json(duplicated, name)
    assert caught.value.reason == "json-duplicate-key"
    with pytest.raises(BundleFormatError) as caught:
        format.strict_json(data.replace(b"{", b'{"x": NaN, ', 1), name)
    assert caught.value.reason == "json-invalid"


def test_nan_and_infinity_in_a_number_field_are_refused() -> None:
    document = item_record().to_json()
    for value in (float("nan"), float("inf"), 91.0, -90.5):
        refused("item record", edited(document, ("site", "latitude"), value))
    refused("item record", edited(document, ("site", "longitude"), 180.5))
    site = ItemRecord.from_json(edited(document, ("site", "longitude"), -180)).site
    assert site is not None and site.longitude == -180
    refused("capture record", edited(capture_record().to_json(), ("size",), float("nan")))


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (("sequence",), 0, "fieldkit-json"),
        (("sequence",), 2**63, "fieldkit-json"),
        (("sequence",), 3.0, "fieldkit-json"),
        (("version",), 2, "version"),
        (("version",), 1.0, "version"),
        (("format",), "fieldkit-bundle-2", "fieldkit-json"),
        (("abandoned_sequences",), [3], "fieldkit-json"),
        (("abandoned_sequences",), [0], "fieldkit-json"),
        (("previous_tagmanifest_sha256",), "AB" * 32, "fieldkit-json"),
        (("custody", "from_seq"), 0, "fieldkit-json"),
        (("custody", "to_seq"), 2, "fieldkit-json"),
        (("custody", "head_hash"), "x", "fieldkit-json"),
        (("counts", "items"), -1, "fieldkit-json"),
        (("payload",), {"data/captures/c.jpg": -1}, "oversized-entry"),
        (("payload",), {"data/captures/c.jpg": BUNDLE_LIMITS.max_member_bytes + 1}, "oversized-entry"),
        (("payload",), {"captures/c.jpg": 1}, "unsafe-name"),
        (("payload",), {"data/../c.jpg": 1}, "unsafe-name"),
        (("left_out",), None, "fieldkit-json"),
        (("left_out",), {"capture": "c"}, "fieldkit-json"),
        (("left_out", 0, "reason"), None, "fieldkit-json"),
    ],
)
def test_fieldkit_json_out_of_range(path: tuple[str, ...], value: object, reason: str) -> None:
    refused("fieldkit.json", edited(bundle_info().to_json(), path, value), reason)


def test_fieldkit_json_with_too_many_entries() -> None:
    document = edited(bundle_info().to_json(), ("payload",), {f"data/{n}": 1 for n in range(11)})
    with pytest.raises(BundleFormatError) as caught:
        BundleInfo.from_json(document, limits=BUNDLE_LIMITS.__class__(max_members=10))
    assert caught.value.reason == "too-many-entries"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("id",), 0),
        (("size",), -1),
        (("sha256",), "abc"),
        (("kind",), "video"),
        (("payload",), "data/records/x.json"),
        (("ocr", 0, "page"), 0),
        (("page_view",), [[1, 45]]),
        (("page_view",), [[0, 90]]),
        (("page_view",), [[1, 90, 0]]),
        (("page_view",), [[1, True]]),
        (("metadata",), []),
        (("kind",), "audio"),
        (("analysis",), None),
        (("analysis", "status"), "done"),
        (("analysis", "code"), None),
        (("analysis", "damaged"), None),
    ],
)
def test_capture_record_out_of_range(path: tuple[str | int, ...], value: object) -> None:
    refused("capture record", edited(capture_record().to_json(), path, value))


@pytest.mark.parametrize("kind", ["photo", "document", "fingerprint", "media", "file"])
def test_a_capture_record_of_every_kind_and_any_media_type_reads(kind: str) -> None:
    document = {**capture_record().to_json(), "kind": kind, "media_type": "application/octet-stream",
                "payload": "data/captures/11111111-1111-4111-8111-111111111111.bin"}  # fmt: skip
    assert CaptureRecord.from_json(document).kind == kind


@pytest.mark.parametrize(
    ("path", "value"),
    [(("sequence",), 0), (("size",), -1), (("sha256",), "x"), (("verdict",), "maybe"), (("version",), 2)],
)
def test_receipt_out_of_range(path: tuple[str, ...], value: object) -> None:
    refused("receipt", edited(receipt().to_json(), path, value))


def test_records_are_read_by_their_folder_and_named_by_their_uuid() -> None:
    record = capture_record()
    assert read_record(record.path, record.to_json()) == record
    assert read_record(item_record().path, item_record().to_json()) == item_record()
    assert read_record("data/custody.jsonld", {"@graph": []}) is None  # not a typed record
    with pytest.raises(BundleFormatError) as caught:
        read_record("data/records/captures/someone-else.json", record.to_json())
    assert caught.value.reason == "record"
    with pytest.raises(BundleFormatError):
        read_record(record.path, item_record().to_json())  # an item record in the captures folder


def test_the_test_bundles_records_are_what_the_format_says() -> None:
    for name, data in sample_payload().items():
        if name.startswith("data/records/"):
            assert read_record(name, format.strict_json(data, name)) is not None


def test_a_signed_receipt_opens_only_with_hqs_key_and_unaltered() -> None:
    signed = sign_receipt(receipt(), RECEIPT_KEY)
    assert open_receipt(json.loads(json.dumps(signed)), RECEIPT_KEY.public_key()) == receipt()
    with pytest.raises(SignatureError) as caught:
        open_receipt(signed, Ed25519PrivateKey.generate().public_key())
    assert caught.value.reason == "wrong-signer"
    altered = edited(signed, ("receipt", "verdict"), "duplicate")
    with pytest.raises(SignatureError):
        open_receipt(altered, RECEIPT_KEY.public_key())
    with pytest.raises(BundleFormatError) as format_error:
        open_receipt({**signed, "extra": 1}, RECEIPT_KEY.public_key())
    assert format_error.value.reason == "receipt"
    # Signed by HQ's key but not a receipt of this format: refused after the signature, before anything is used.
    body = {**receipt().to_json(), "verdict": "ingested?"}
    signature = sshsig.sign(RECEIPT_KEY, format.RECEIPT_NAMESPACE, format.canonical_json(body))
    odd = {"receipt": body, "signature": signature}
    with pytest.raises(BundleFormatError):
        open_receipt(odd, RECEIPT_KEY.public_key())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something-else"}, "not a fieldkit provisioning file"),
        ({"version": 2}, "newer fieldkit HQ"),
        ({"recipients": []}, "lists no recipients"),
        ({"recipients": ["age1notarecipient"]}, "not an age recipient"),
        ({"organisation": 5}, "organisation is not text"),
        ({"endpoint": "http://hq.example.org"}, "not an https:// address"),
        ({"tls_sha256": "AB" * 32}, "certificate fingerprint is malformed"),
        ({"credential": ""}, "upload settings are incomplete"),
        ({"device": None}, "upload settings are incomplete"),
    ],
)
def test_provisioning_files_keep_their_messages(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        Provisioning.from_json({**provisioning().to_json(), **change})


def test_provisioning_upload_settings_come_all_or_none_and_hide_the_credential() -> None:
    document = provisioning().to_json()
    del document["credential"]
    with pytest.raises(InvalidValueError, match="incomplete"):
        Provisioning.from_json(document)
    assert "s3cret-token" not in repr(provisioning())
    assert list(provisioning().to_json()) == ["format", "version", "organisation", "recipients", "endpoint",
                                              "tls_sha256", "receipt_key", "device", "credential"]  # fmt: skip
    with pytest.raises(BundleFormatError) as caught:
        Provisioning.from_bytes(b'{"format": "fieldkit-provision", "format": "fieldkit-provision"}')
    assert caught.value.reason == "json-duplicate-key"


def test_the_writer_and_the_verifier_agree_on_bytes() -> None:
    """canonical_json of to_json is what the writer signs; parsing it back and writing again changes no byte."""
    for sample, _, _, _ in FORMATS.values():
        data = format.canonical_json(sample.to_json())
        assert format.canonical_json(type(sample).from_json(format.strict_json(data, "x")).to_json()) == data


# --- the verifier's steps and its thumbnail hook ---------------------------------------------------------------


@pytest.fixture
def hq(tmp_path: Path) -> HQ:
    import shutil

    shutil.copytree(CORPUS / "hq", tmp_path / "hq")
    return HQ(tmp_path / "hq")


def test_the_verifier_runs_its_steps_in_the_security_order(hq: HQ) -> None:
    report = check_bundle(CORPUS / "valid.fkb", hq.trust())
    assert report.ok
    assert [c.name for c in report.checks] == ["decrypt", "signer", "tag files", "signature", "tag manifest",
                                               "fieldkit.json", "bag-info", "payload", "end"]  # fmt: skip
    assert report.info is not None and report.info.sequence == 1
    (capture,) = report.captures.values()
    (item,) = report.items.values()
    assert capture.item == item.uuid and capture.payload in report.info.payload
    assert set(report.records) == {capture.path, item.path, "data/custody.jsonld"}


def test_a_refused_bundle_stops_at_its_step(hq: HQ) -> None:
    report = check_bundle(CORPUS / "unknown-signer.fkb", hq.trust())
    assert [c.name for c in report.checks] == ["decrypt", "unknown-signer"]  # before the large tag files are read
    assert report.device_id == "d0000000-0000-4000-8000-000000000002"  # what it claims, for the quarantine note


def test_the_verifier_hands_pictures_to_the_thumbnail_renderer(hq: HQ) -> None:
    seen: list[bytes] = []

    def renderer(data: bytes) -> bytes | None:
        seen.append(data)
        return b"small"

    report = check_bundle(CORPUS / "valid.fkb", hq.trust(), thumbnail=renderer)
    photo_name, photo = next((n, d) for n, d in sample_payload().items() if n.endswith(".jpg"))
    assert (
        report.ok and len(seen) == 1 and len(seen[0]) == len(photo) <= BUNDLE_LIMITS.max_report_thumbnail_source_bytes
    )
    assert report.thumbnails == {photo_name: b"small"}
    assert check_bundle(CORPUS / "valid.fkb", hq.trust()).thumbnails == {}  # none unless asked for


def test_thumbnails_are_small_jpegs_within_the_pixel_cap() -> None:
    photo = jpeg_bytes(size=(1200, 900), seed=3)
    small = thumbnails.render(photo)
    assert small is not None and small.startswith(b"\xff\xd8")
    from io import BytesIO

    from PIL import Image

    with Image.open(BytesIO(small)) as image:
        assert max(image.size) <= thumbnails.SIZE
    assert thumbnails.render(photo, Limits(max_image_pixels=1200 * 900 - 1)) is None
    assert thumbnails.render(b"not an image") is None


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("ocr", {"ocr": [{"page": 0, "text": "x", "languages": "eng"}]}),
        ("ocr", {"ocr": "text"}),
        ("ocr", {"pages": []}),
        ("page_view", {"page_view": [[1, 45]]}),
        ("deleted", {"reason": 3}),
        ("deleted", {}),
        ("item", ["not", "an", "object"]),
    ],
)
def test_an_amendments_value_is_checked_by_its_change(change: str, value: object) -> None:
    document = amendment_record().to_json()
    refused("amendment record", {**document, "change": change, "value": value})


def test_an_amendment_names_an_allowed_target_and_change_and_custody_numbers() -> None:
    document = amendment_record().to_json()
    for path, value in [(("target", "type"), "case"), (("change",), ""), (("change",), "OCR text"),
                        (("custody",), [0]), (("custody",), [1.0]), (("custody",), ["12"]),
                        (("order",), 0), (("value",), None), (("change",), "item")]:  # fmt: skip
        refused("amendment record", edited(document, path, value))  # an item change needs an item target
    for change, value in [("deleted", {"reason": "duplicate photo"}), ("page_view", {"page_view": None}),
                          ("fingerprint", {"metadata": {"fingerprint": {"ppi": 500}}})]:  # fmt: skip
        record = AmendmentRecord.from_json({**document, "change": change, "value": value})
        assert record.value == value and read_record(record.path, record.to_json()) == record
