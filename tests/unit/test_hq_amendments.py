"""Amendments at HQ: a bundle's amendment records are checked with the bundle (a malformed one refuses it, with the
reason), kept in HQ's index with the full history (nothing overwritten), applied when HQ holds what they amend and
kept waiting (listed by `hq status`) until the original arrives; the report, `hq status` and `hq history` show them.

The bundles are made by tests/bundle_kit.py as the device's writer makes them (docs/bundle-format.md): bundle 1 of a
device carries a capture and its item, later ones only amendments and custody."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import custody as chain
from fieldkit.bundle import format, sshsig
from fieldkit.bundle.manifest import AmendmentRecord, CustodyRange
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli import app as cli
from fieldkit.errors import HqRecordNotFoundError
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from fieldkit.models import CustodyEvent
from tests.bundle_kit import Draft, add_amendments, amendment, custody_log, pack, sample_payload, seal
from tests.hq_backends import configure, hq_ingest

DEVICE = "d0000000-0000-4000-8000-0000000000cc"
CAPTURE = "11111111-1111-4111-8111-111111111111"  # sample_payload's capture (IMG_0001.jpg of item EV-1)
ITEM = "22222222-2222-4222-8222-222222222222"
PAGES = {"ocr": [{"page": 1, "text": "invoice 2005", "languages": "eng"},
                 {"page": 2, "text": "total", "languages": "eng"}]}  # fmt: skip


class Device:
    """One enrolled device making a chain of bundles."""

    def __init__(self, hq: HQ, folder: Path) -> None:
        self.hq, self.folder = hq, folder
        self.key = Ed25519PrivateKey.generate()
        hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(self.key.public_key())}')
        self.previous: str | None = None
        self.sequence = 0

    def bundle(self, payload: dict[str, bytes], *amendments: AmendmentRecord) -> Path:
        self.sequence += 1
        draft = Draft(device_id=DEVICE, key=self.key, sequence=self.sequence, previous=self.previous, payload=payload)
        draft.custody = custody_range(payload)
        add_amendments(draft, *amendments)
        tag_files = draft.tag_files()
        self.previous = hashlib.sha256(tag_files[format.TAGMANIFEST]).hexdigest()
        path = self.folder / format.file_name(DEVICE, self.sequence)
        path.write_bytes(seal(pack(draft, tag_files=tag_files), self.hq.recipients()))
        return path


def custody_range(payload: dict[str, bytes]) -> CustodyRange | None:
    """The range fieldkit.json signs for the custody log in ``payload`` (its entries' numbers and hashes)."""
    nodes = [n for n in json.loads(payload.get("data/custody.jsonld", b"{}")).get("@graph", [])
             if "fieldkit:sequence" in n]  # fmt: skip
    if not nodes:
        return None
    first, last = nodes[0], nodes[-1]
    return CustodyRange(from_seq=first["fieldkit:sequence"], to_seq=last["fieldkit:sequence"],
                        previous_hash=first["fieldkit:previousHash"], head_hash=last["fieldkit:entryHash"])  # fmt: skip


def edited_item(**changes: str) -> dict[str, object]:
    """sample_payload's item record with ``changes``: an item amendment carries the whole new record."""
    record = json.loads(sample_payload()[f"data/records/items/{ITEM}.json"])
    assert isinstance(record, dict)
    return {**record, **changes}


def custody_only() -> dict[str, bytes]:
    return {"data/custody.jsonld": json.dumps({"@context": {}, "@graph": []}).encode()}


@pytest.fixture
def hq(tmp_path: Path, hq_backend: str) -> HQ:
    return configure(HQ.init(tmp_path / "HQ", "Task Force North"), hq_backend)


@pytest.fixture
def device(hq: HQ, tmp_path: Path) -> Device:
    return Device(hq, tmp_path)


def test_an_ocr_amendment_after_the_capture_is_applied_and_shown(hq: HQ, device: Device, tmp_path: Path) -> None:
    first = device.bundle(sample_payload())
    second = device.bundle(custody_only(), amendment(CAPTURE, "ocr", PAGES, custody=(7, 8)))
    with Index(hq) as index:
        assert index.ingest(first).outcome == "ingested"
        result = index.ingest(second)
        assert result.outcome == "ingested"
        (amended,) = result.amendments
        assert amended["state"] == "applied" and amended["custody"] == [7, 8]
        assert amended["words"] == f"OCR text of capture {CAPTURE} (IMG_0001.jpg, EV-1) replaced: 2 pages"
        history = index.history(CAPTURE)
        assert index.ingest(second).outcome == "replay"  # a replay changes nothing, as before
        assert index.history(CAPTURE) == history
        status = index.status()["amendments"]
    events = history["events"]
    assert [e["event"] for e in events] == ["received", "amendment"]
    assert events[0]["sequence"] == 1 and events[0]["record"]["ocr"] == []  # the original, as it came
    assert events[1]["sequence"] == 2 and events[1]["value"] == PAGES and events[1]["state"] == "applied"
    assert history["current"]["ocr"] == PAGES["ocr"] and history["current"]["original_name"] == "IMG_0001.jpg"
    assert status == {"applied": 1, "waiting": []}
    # Sealed to HQ's key: the index holds no OCR text, no file name in plaintext.
    index_bytes = b"".join(p.read_bytes() for p in hq.folder.glob("index.sqlite*"))
    assert b"invoice 2005" not in index_bytes and b"IMG_0001" not in index_bytes

    report = check_bundle(second, hq.trust())
    assert report.ok and [c.name for c in report.checks if c.name == "amendments"] == ["amendments"]
    with Index(hq) as index:
        page = html_report.render(report, labels=index.labels([(CAPTURE_KIND, CAPTURE)]))
    assert f"OCR text of capture {CAPTURE} (IMG_0001.jpg, EV-1) replaced: 2 pages" in page
    assert report.to_json()["amendments"][0]["change"] == "ocr"


CAPTURE_KIND = "capture"


def test_an_amendment_to_an_unknown_target_waits_for_its_original(hq: HQ, device: Device) -> None:
    """Bundle 2 (amending) arrives before bundle 1 (the original): it waits, listed, then applies by itself."""
    first = device.bundle(sample_payload())
    edit = amendment(ITEM, "item", edited_item(description="blue ledger"), kind="item", order=2)
    second = device.bundle(custody_only(), amendment(CAPTURE, "deleted", {"reason": "duplicate photo"}), edit)
    with Index(hq) as index:
        result = index.ingest(second)
        assert result.outcome == "ingested" and result.gaps == [(1, 1)]
        assert [a["state"] for a in result.amendments] == ["waiting", "waiting"]
        waiting = index.status()["amendments"]
        assert waiting["applied"] == 0
        assert [(w["target"]["uuid"], w["change"], w["sequence"]) for w in waiting["waiting"]] == [
            (CAPTURE, "deleted", 2), (ITEM, "item", 2)]  # fmt: skip
        later = index.ingest(first)
        assert later.outcome == "ingested"
        assert sorted(r["change"] for r in later.released) == ["deleted", "item"]
        assert index.status()["amendments"] == {"applied": 2, "waiting": []}
        capture = index.history(CAPTURE)
        item = index.history(ITEM)
    assert [e["event"] for e in capture["events"]] == ["received", "amendment"]
    assert capture["current"]["deleted"] == {"reason": "duplicate photo"}
    assert capture["current"]["sha256"] == capture["events"][0]["record"]["sha256"]  # the original stays
    assert item["current"]["description"] == "blue ledger" and item["current"]["tag"] == "EV-1"
    assert item["events"][0]["record"]["description"] == ""
    with Index(hq) as index, pytest.raises(HqRecordNotFoundError):
        index.history("99999999-9999-4999-8999-999999999999")


def test_hq_status_and_history_commands(hq: HQ, device: Device, capsys: pytest.CaptureFixture[str]) -> None:
    second_target = "55555555-5555-4555-8555-555555555555"
    device.bundle(sample_payload())
    bundle_2 = device.bundle(custody_only(), amendment(CAPTURE, "ocr", PAGES),
                             amendment(second_target, "ocr", PAGES, order=2))  # fmt: skip
    folder = str(hq.folder)
    assert hq_ingest(hq, str(device.folder / format.file_name(DEVICE, 1)), str(bundle_2)) == 0
    out = capsys.readouterr().out
    assert f"applied: OCR text of capture {CAPTURE} (IMG_0001.jpg, EV-1) replaced: 2 pages" in out
    assert f"WAITING: OCR text of capture {second_target} replaced: 2 pages" in out

    assert cli.main(["hq", "status", "--dir", folder]) == 0
    out = capsys.readouterr().out
    assert "amendments: 1 applied, 1 waiting for their original" in out
    assert f"waiting amendment from bundle 2 of device {DEVICE}: OCR text of capture {second_target}" in out
    assert cli.main(["hq", "status", "--dir", folder, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["amendments"]["applied"] == 1 and len(status["amendments"]["waiting"]) == 1

    assert cli.main(["hq", "history", "--dir", folder, CAPTURE]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"capture {CAPTURE} (IMG_0001.jpg, EV-1)"
    assert lines[1].startswith(f"  original: bundle 1 of device {DEVICE}")
    assert lines[2].startswith(f"  amendment 1 of bundle 2: OCR text of capture {CAPTURE}") and "applied" in lines[2]
    assert cli.main(["hq", "history", "--dir", folder, CAPTURE, "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [e["event"] for e in history["events"]] == ["received", "amendment"]
    assert cli.main(["hq", "history", "--dir", folder, "99999999-9999-4999-8999-999999999999"]) == 16


@pytest.mark.parametrize(
    ("edit", "reason", "words"),
    [
        (lambda r: {**r, "target": {"type": "case", "uuid": CAPTURE}}, "record", "target"),
        (lambda r: {**r, "custody": ["7"]}, "record", "custody"),
        (lambda r: {**r, "value": {"ocr": "all of it"}}, "record", "ocr"),
        (lambda r: {**r, "uuid": "someone-else"}, "record", "another uuid than its name"),
        (lambda r: {**r, "order": 2}, "amendments", "numbered 1 to n"),
        (lambda r: {**r, "colour": "red"}, "record", "unknown key"),
    ],
)
def test_a_malformed_amendment_refuses_the_bundle(hq: HQ, device: Device, edit: object, reason: str,
                                                  words: str) -> None:  # fmt: skip
    record = amendment(CAPTURE, "ocr", PAGES)
    draft_payload = custody_only()
    assert callable(edit)
    draft_payload[record.path] = format.canonical_json(edit(record.to_json()))
    draft = add_amendments(Draft(device_id=DEVICE, key=device.key, payload=draft_payload))
    bundle = device.folder / "bad.fkb"
    bundle.write_bytes(seal(pack(draft), hq.recipients()))
    report = check_bundle(bundle, hq.trust())
    assert not report.ok and report.reason == reason and words in report.message, report.message
    with Index(hq) as index:
        result = index.ingest(bundle)
        assert result.outcome == "quarantined" and index.status()["amendments"] == {"applied": 0, "waiting": []}


def test_the_count_of_amendments_must_match(hq: HQ, device: Device) -> None:
    draft = add_amendments(Draft(device_id=DEVICE, key=device.key, payload=custody_only()),
                           amendment(CAPTURE, "ocr", PAGES))  # fmt: skip
    draft.info_overrides["counts"]["amendments"] = 2
    bundle = device.folder / "miscounted.fkb"
    bundle.write_bytes(seal(pack(draft), hq.recipients()))
    report = check_bundle(bundle, hq.trust())
    assert not report.ok and report.reason == "amendments" and "counts 2" in report.message
    del draft.info_overrides["counts"]["amendments"]  # an older bundle: no key means none
    bundle.write_bytes(seal(pack(draft), hq.recipients()))
    assert check_bundle(bundle, hq.trust()).reason == "amendments"


def test_reindex_indexes_bundles_archived_before_hq_kept_them(hq: HQ, device: Device,
                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """An HQ that archived bundle 1 before it indexed received records: bundle 2's amendment waits until
    `hq reindex` verifies bundle 1 again from the archive and indexes it; a second run changes nothing."""
    first = device.bundle(sample_payload())
    second = device.bundle(custody_only(), amendment(CAPTURE, "ocr", PAGES, custody=(7,)))
    with Index(hq) as index:
        assert index.ingest(first).outcome == "ingested"
        index.db.execute("DELETE FROM received")  # as an index made before amendments existed
        assert [a["state"] for a in index.ingest(second).amendments] == ["waiting"]

    assert cli.main(["hq", "reindex", "--dir", str(hq.folder)]) == 0
    assert "1 archived bundle(s) not yet indexed: 1 indexed, 0 amendment(s) kept, 1 waiting amendment(s) applied" in (
        capsys.readouterr().out)  # fmt: skip
    with Index(hq) as index:
        assert index.status()["amendments"] == {"applied": 1, "waiting": []}
        assert index.history(CAPTURE)["current"]["ocr"] == PAGES["ocr"]
        assert index.reindex() == {"checked": 0, "indexed": 0, "amendments": 0, "applied": 0, "failed": []}


def test_reindex_lists_an_archived_bundle_that_no_longer_verifies(hq: HQ, device: Device) -> None:
    first = device.bundle(sample_payload())
    with Index(hq) as index:
        assert index.ingest(first).outcome == "ingested"
        index.db.execute("DELETE FROM received")
        (archived,) = [row[0] for row in index.db.execute("SELECT path FROM bundles")]
        with index.storage.open(archived) as reading:  # the archive copy changed in place (folder or bucket)
            data = bytearray(reading.read())
        data[len(data) // 2] ^= 1
        index.storage.delete(archived)
        index.storage.put(archived, io.BytesIO(bytes(data)))
    with Index(hq) as index:
        done = index.reindex()
    assert done["checked"] == 1 and done["indexed"] == 0 and len(done["failed"]) == 1
    assert done["failed"][0]["sequence"] == 1 and done["failed"][0]["reason"]


def fingerprint_payload(finger: int = 2) -> dict[str, bytes]:
    """sample_payload with its capture a print of ``finger`` (live-scan rolled, 500 ppi), as a device records it."""
    payload = sample_payload()
    path = f"data/records/captures/{CAPTURE}.json"
    record = json.loads(payload[path])
    record["metadata"] = {"fingerprint": {"finger_position": finger, "impression_type": 1, "ppi": 500.0,
                                          "ppi_source": "scanner"}}  # fmt: skip
    payload[path] = format.canonical_json(record)
    return payload


def custody_with(sequence: int, action: str, details: dict[str, object]) -> dict[str, bytes]:
    """A custody log carrying one entry (the device's writer's JSON-LD, its hash the store's), after entry 4."""
    at, previous = "2026-11-25T10:00:00.000000Z", "ab" * 32
    text = chain.canonical_json(details)
    digest = chain.entry_hash(sequence, at, "alice", action, f"capture:{CAPTURE}", text, previous)
    event = CustodyEvent(sequence, at, "alice", action, f"capture:{CAPTURE}", details, previous, digest)
    log, _ = custody_log(DEVICE, [event])
    return {"data/custody.jsonld": log}


def test_a_finger_correction_says_the_finger_what_it_was_and_why(hq: HQ, device: Device) -> None:
    """Not "corrected: ppi 500.0": the new finger, impression and resolution by name, the finger HQ held before, and
    the reason the operator gave (in the custody entry the amendment lists)."""
    first = device.bundle(fingerprint_payload(finger=2))
    value = {"metadata": {"fingerprint": {"finger_position": 3, "impression_type": 1, "ppi": 500.0,
                                          "ppi_source": "scanner"}}}  # fmt: skip
    reason = "was the middle finger, mislabelled"
    custody = custody_with(5, "fingerprint.finger_set", {"finger": 3, "impression": 1, "previous_finger": 2,
                                                         "previous_impression": 1, "reason": reason})  # fmt: skip
    second = device.bundle(custody, amendment(CAPTURE, "fingerprint", value, custody=(5,)))
    said_now = "finger 3 (right middle), impression 1 (live-scan rolled), 500 ppi"

    # Before HQ holds the original: the new values in words, and it waits.
    report = check_bundle(second, hq.trust())
    with Index(hq) as index:
        holds = index.holdings(html_report.amendment_targets(report))
    (line,) = html_report.amendment_lines(report, holds=holds)
    assert line.waiting is True and said_now in line.text and f"reason: {reason}" in line.text
    assert "ppi 500.0" not in line.text and "->" not in line.text

    with Index(hq) as index:
        assert index.ingest(first).outcome == "ingested"
        holds = index.holdings(html_report.amendment_targets(report))
        (line,) = html_report.amendment_lines(report, holds=holds)
        assert line.waiting is False
        assert line.text == (f"fingerprint details of capture {CAPTURE} (IMG_0001.jpg, EV-1) corrected: finger 2 -> 3;"
                             f" now {said_now}; reason: {reason}")  # fmt: skip
        (ingested,) = index.ingest(second).amendments
        assert ingested["words"] == line.text
        history = index.history(CAPTURE)
    assert "finger 2 -> 3" in history["events"][1]["words"]
    assert history["current"]["metadata"]["fingerprint"]["finger_position"] == 3
    assert "finger 2 -&gt; 3" in html_report.render(report, holds=holds)  # escaped, as all it shows


def test_an_item_edit_says_which_fields_changed_to_what(hq: HQ, device: Device) -> None:
    first = device.bundle(sample_payload())
    edit = amendment(ITEM, "item", edited_item(description="blue ledger", notes="found under the desk"), kind="item")
    second = device.bundle(custody_only(), edit)
    with Index(hq) as index:
        (waiting,) = index.ingest(second).amendments
        assert waiting["words"].endswith("edited on the device (HQ holds no earlier record to compare)")
        assert [r["words"] for r in index.ingest(first).released] == [
            f'item {ITEM} (EV-1, Op Test) edited on the device: description (none) -> "blue ledger",'
            ' notes (none) -> "found under the desk"']  # fmt: skip


def test_late_originals_apply_amendments_in_hq_order(hq: HQ, device: Device,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """Amendments 1-4 of bundle 2 alternate between the capture and the item: the late original applies them, and
    `hq ingest` lists them, in bundle sequence then order (not grouped by target)."""
    first = device.bundle(sample_payload())
    second = device.bundle(custody_only(),
                           amendment(CAPTURE, "ocr", PAGES, order=1),
                           amendment(ITEM, "item", edited_item(description="a"), kind="item", order=2),
                           amendment(CAPTURE, "page_view", {"page_view": [[1, 90], [2, 0]]}, order=3),
                           amendment(ITEM, "item", edited_item(description="b"), kind="item", order=4))  # fmt: skip
    assert hq_ingest(hq, str(second), str(first)) == 0
    out = capsys.readouterr().out
    applied = [line for line in out.splitlines() if "applied now" in line]
    assert len(applied) == 4
    assert ["OCR text" in applied[0], 'description (none) -> "a"' in applied[1], "page view" in applied[2],
            'description "a" -> "b"' in applied[3]] == [True] * 4  # fmt: skip


def test_hq_history_takes_a_unique_uuid_prefix(hq: HQ, device: Device, capsys: pytest.CaptureFixture[str]) -> None:
    close = "11111111-1111-4111-8111-000000000009"  # starts as CAPTURE does, for 24 characters
    device.bundle(sample_payload())
    bundle_2 = device.bundle(custody_only(), amendment(close, "ocr", PAGES))
    folder = str(hq.folder)
    assert hq_ingest(hq, str(device.folder / format.file_name(DEVICE, 1)), str(bundle_2)) == 0
    capsys.readouterr()
    assert cli.main(["hq", "history", "--dir", folder, "22222222"]) == 0  # the item, by its first 8 digits
    assert capsys.readouterr().out.splitlines()[0] == f"item {ITEM} (EV-1, Op Test)"
    assert cli.main(["hq", "history", "--dir", folder, CAPTURE[:28].upper()]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"capture {CAPTURE} (IMG_0001.jpg, EV-1)"
    assert cli.main(["hq", "history", "--dir", folder, "11111111-1111"]) == 25
    err = capsys.readouterr().err
    assert "starts 2 uuids" in err and CAPTURE in err and close in err
    assert cli.main(["hq", "history", "--dir", folder, "1111"]) == 25
    assert "first 8 or more hex digits" in capsys.readouterr().err
    assert cli.main(["hq", "history", "--dir", folder, "abcdef12"]) == 16
    assert "starting abcdef12" in capsys.readouterr().err
