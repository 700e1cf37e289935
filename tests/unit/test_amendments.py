"""Amendments (issue 14): a change to what HQ already holds (OCR read after bundling, a page turned, an item edited,
a capture deleted) is noticed from the custody log alone, waits as a pending amendment, and travels in the next
bundle (one of its own when no capture waits) as data/records/amendments/<uuid>.json with the target's value at
bundle time and the custody entries that record it; `fieldkit verify` accepts it. Carried once, never again; a
bundle that fails carries nothing, so the amendment waits for the next one."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest

from fieldkit.biometrics import capture, subjects
from fieldkit.bundle.manifest import AmendmentRecord, AmendmentTarget, ItemRecord
from fieldkit.bundle.verify import Report, check_bundle
from fieldkit.cli.main import main
from fieldkit.core import ocr, pages
from fieldkit.core.importer import Importer
from fieldkit.errors import BundleFormatError, CancelledError, InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from tests.bundle_kit import info_of
from tests.conftest import PASSPHRASE, jpeg_bytes
from tests.hostile_prints import good_wsq
from tests.samples import DEJAVU, needs_tesseract, page, three_page_tiff


@pytest.fixture
def hq(store: Store, tmp_path: Path) -> HQ:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (tmp_path / "out").mkdir()
    return hq


def _import(store: Store, tmp_path: Path, name: str, data: bytes, item: str = "EV-1") -> int:
    (tmp_path / name).write_bytes(data)
    assert Importer(store).run("Op Falcon", item, [tmp_path / name]).stored == 1
    return next(c.id for c in store.captures() if c.original_name == name)


def _amendments(report: Report) -> list[AmendmentRecord]:
    """The amendment records of a verified bundle, typed, in their order."""
    assert report.ok, report.message
    found = [AmendmentRecord.from_json(v) for k, v in report.records.items() if k.startswith(AmendmentRecord.FOLDER)]
    return sorted(found, key=lambda record: record.order)


def _seqs(store: Store, action: str) -> list[int]:
    return [event.seq for event in store.custody.of_actions([action])]


@needs_tesseract
def test_ocr_after_bundling_reaches_the_next_bundle(store: Store, hq: HQ, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    text = page(["Weapons cache inventory", "Ammunition ledger"], DEJAVU, 54)
    pdf = io.BytesIO()
    text.save(pdf, "PDF", resolution=150)
    capture_id = _import(store, tmp_path, "ledger.pdf", pdf.getvalue())
    (first,) = compose.create_bundles(store, tmp_path / "out")
    assert store.amendments.count_pending() == 0 and first.amendment_count == 0

    assert ocr.ocr_capture(store, capture_id).error is None  # real Tesseract, after the capture left
    (pending,) = store.amendments.pending()
    assert (pending.target_type, pending.change, pending.custody) == (
        "capture",
        "ocr",
        tuple(_seqs(store, "capture.ocr")),
    )

    (second,) = compose.create_bundles(store, tmp_path / "out")
    report = check_bundle(second.path, hq.trust())
    (amendment,) = _amendments(report)
    capture = store.capture(capture_id)
    assert second.capture_count == 0 and report.captures == {} and second.amendment_count == 1
    assert info_of(report).counts.amendments == 1
    assert amendment.target.uuid == capture.uuid and amendment.change == "ocr" and amendment.order == 1
    assert "ammunition" in amendment.value["ocr"][0]["text"].lower()
    assert amendment.custody == pending.custody and amendment.uuid == pending.uuid
    custody = report.records["data/custody.jsonld"]
    assert info_of(report).custody.from_seq <= amendment.custody[0] <= info_of(report).custody.to_seq, custody
    assert store.amendments.count_pending() == 0

    assert main(["verify", "--hq", str(tmp_path / "HQ"), str(second.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert compose.create_bundles(store, tmp_path / "out") == []  # carried once, never again


def test_a_turned_page_travels_and_two_turns_are_one_amendment(store: Store, hq: HQ, tmp_path: Path) -> None:
    capture_id = _import(store, tmp_path, "ledger.tif", three_page_tiff())
    pages.set_view(store, capture_id, pages.build_view(3, None, {2: 90}))  # before bundling: in the record
    compose.create_bundles(store, tmp_path / "out")
    assert store.amendments.pending() == []
    pages.set_view(store, capture_id, pages.build_view(3, None, {2: 180}))
    pages.set_view(store, capture_id, pages.build_view(3, [3, 1, 2], {2: 270}))
    (pending,) = store.amendments.pending()
    assert pending.custody == tuple(_seqs(store, "capture.pages")[1:])  # the two turns after bundling

    (made,) = compose.create_bundles(store, tmp_path / "out")
    (amendment,) = _amendments(check_bundle(made.path, hq.trust()))
    assert amendment.change == "page_view" and amendment.value == {"page_view": [[3, 0], [1, 0], [2, 270]]}
    assert amendment.custody == pending.custody


def test_an_item_edit_after_bundling_carries_the_whole_new_item(store: Store, hq: HQ, tmp_path: Path) -> None:
    _import(store, tmp_path, "IMG_1.jpg", jpeg_bytes(seed=1))
    case = store.case("Op Falcon")
    assert case is not None
    site = store.add_site(case, "Depot 4", 33.3, 44.4)
    untouched = store.ensure_item(case, "EV-9")
    store.update_item(untouched, description="never bundled")  # HQ never had it: nothing to amend
    compose.create_bundles(store, tmp_path / "out")
    item = store.item(case, "EV-1")
    assert item is not None
    store.update_item(item, description="AK-47, serial filed off", site_id=site.id)
    store.update_item(untouched, description="still never bundled")

    (made,) = compose.create_bundles(store, tmp_path / "out")
    (amendment,) = _amendments(check_bundle(made.path, hq.trust()))
    record = ItemRecord.from_json(amendment.value)
    assert amendment.target.type == "item" and amendment.target.uuid == item.uuid and record.uuid == item.uuid
    assert record.description == "AK-47, serial filed off" and record.site is not None
    assert record.site.name == "Depot 4"
    assert store.amendments.carried_in("site", site.uuid) == made.sequence  # its site now travelled too
    assert store.amendments.carried_in("item", untouched.uuid) is None


def test_a_bundled_capture_is_deleted_only_with_a_reason_and_hq_is_told(store: Store, hq: HQ,
                                                                         tmp_path: Path) -> None:  # fmt: skip
    capture_id = _import(store, tmp_path, "ledger.tif", three_page_tiff())
    compose.create_bundles(store, tmp_path / "out")
    capture = store.capture(capture_id)
    pages.set_view(store, capture_id, pages.build_view(3, None, {1: 90}))  # pending, then moot
    with pytest.raises(InvalidValueError, match="reason"):
        store.delete_capture(capture_id)
    store.delete_capture(capture_id, "a duplicate of EV-2's scan")
    (pending,) = store.amendments.pending()  # the deletion took the turn's entries with it
    assert pending.change == "deleted" and pending.custody == (*_seqs(store, "capture.pages"),
                                                               *_seqs(store, "capture.deleted"))  # fmt: skip

    (made,) = compose.create_bundles(store, tmp_path / "out")
    (amendment,) = _amendments(check_bundle(made.path, hq.trust()))
    assert amendment.target.uuid == capture.uuid and amendment.value == {"reason": "a duplicate of EV-2's scan"}
    assert store.captures() == [] and store.check().ok


def test_nothing_changed_is_still_nothing_to_bundle(closed_store: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    with Store.open(closed_store, PASSPHRASE) as store:
        hq = HQ.init(tmp_path / "HQ", "Task Force North")
        ledger.add_recipient(store, hq.recipients()[0])
        capture_id = _import(store, tmp_path, "ledger.tif", three_page_tiff())
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "out").mkdir()
    assert main(["bundle", "create", "--out", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    assert main(["bundle", "create", "--out", str(tmp_path / "out")]) == 0
    assert "Nothing to bundle" in capsys.readouterr().out
    assert main(["pages", str(capture_id), "--rotate", "1=90"]) == 0
    assert main(["bundle", "list"]) == 0
    assert "1 amendment waiting" in capsys.readouterr().out
    assert main(["bundle", "create", "--out", str(tmp_path / "out"), "--json"]) == 0
    (made,) = json.loads(capsys.readouterr().out)["bundles"]
    assert made["captures"] == 0 and made["amendments"] == 1 and made["sequence"] == 2
    assert main(["bundle", "create", "--out", str(tmp_path / "out")]) == 0
    assert "Nothing to bundle" in capsys.readouterr().out


def test_a_pending_amendment_survives_a_cancelled_bundle(store: Store, hq: HQ, tmp_path: Path) -> None:
    capture_id = _import(store, tmp_path, "ledger.tif", three_page_tiff())
    compose.create_bundles(store, tmp_path / "out")
    pages.set_view(store, capture_id, pages.build_view(3, None, {3: 90}))
    _import(store, tmp_path, "IMG_2.jpg", jpeg_bytes(seed=2))  # an original to stream, so the cancel lands mid-write
    cancel = threading.Event()
    with pytest.raises(CancelledError):
        compose.create_bundles(store, tmp_path / "out", progress=lambda done, total: cancel.set(), cancel=cancel)
    (pending,) = store.amendments.pending()
    assert pending.bundle_seq is None

    (made,) = compose.create_bundles(store, tmp_path / "out")
    (amendment,) = _amendments(check_bundle(made.path, hq.trust()))
    assert made.sequence == 2 and made.capture_count == 1 and amendment.uuid == pending.uuid
    assert store.amendments.of_target("capture", store.capture(capture_id).uuid)[0].bundle_seq == 2


def test_a_print_correction_and_a_subject_edit_travel(store: Store, hq: HQ, tmp_path: Path) -> None:
    """fingerprint.ppi_set / finger_set come from the fingerprint commands: whatever logs them, the capture's
    fingerprint metadata as it is then travels; a subject's edit carries the subject's details."""
    subject = subjects.add_subject(store, "Op Falcon", "S-1", claimed_name="Omar")
    (tmp_path / "print.wsq").write_bytes(good_wsq(3))
    record = capture.add_print_file(store, subject.item, tmp_path / "print.wsq", finger=1, impression=2, ppi=500)
    compose.create_bundles(store, tmp_path / "out")
    assert store.amendments.carried_in("subject", subject.uuid) == 1
    with store.write():  # as set-ppi logs it, in the transaction of its change
        store.log("fingerprint.ppi_set", f"capture:{record.capture.uuid}", {"ppi": 500, "previous": None,
                                                                             "reason": "stated"})  # fmt: skip
    subjects.update_subject(store, subject, claimed_name="Omar K.", nationality="IRQ")

    (made,) = compose.create_bundles(store, tmp_path / "out")
    fingerprint, person = _amendments(check_bundle(made.path, hq.trust()))
    assert fingerprint.change == "fingerprint" and fingerprint.target.uuid == record.capture.uuid
    assert fingerprint.value == {"metadata": {"fingerprint": store.capture(record.capture.id).metadata["fingerprint"]}}
    assert fingerprint.value["metadata"]["fingerprint"]["finger_position"] == 1
    assert person.target == AmendmentTarget(type="subject", uuid=subject.uuid) and person.order == 2
    assert person.value["claimed_name"] == "Omar K." and person.value["nationality"] == "IRQ"


def test_a_site_edit_after_bundling_travels(store: Store, hq: HQ, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    case = store.ensure_case("Op Falcon")
    site = store.add_site(case, "Depot 4", 33.3, 44.4)
    item = store.ensure_item(case, "EV-1")
    store.update_item(item, site_id=site.id)
    _import(store, tmp_path, "IMG_1.jpg", jpeg_bytes(seed=1))
    compose.create_bundles(store, tmp_path / "out")
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["site", "edit", "Depot 4", "--case", "Op Falcon", "--lat", "33.31", "--lon", "44.42"]) == 0
    with Store.open(store.folder, PASSPHRASE) as reopened:
        (made,) = compose.create_bundles(reopened, tmp_path / "out")
    (amendment,) = _amendments(check_bundle(made.path, hq.trust()))
    assert amendment.target == AmendmentTarget(type="site", uuid=site.uuid) and amendment.change == "site"
    assert amendment.value["latitude"] == 33.31 and amendment.value["name"] == "Depot 4"


@pytest.mark.parametrize("change, value", [
    ("ocr", {"ocr": [{"page": 0, "text": "", "languages": "eng"}]}),
    ("page_view", {"page_view": [[1, 45]]}),
    ("deleted", {"reason": "x", "more": 1}),
    ("item", {"uuid": "c"}),
    ("ocr", None),
])  # fmt: skip
def test_the_verifier_checks_an_amendments_shape(change: str, value: object) -> None:
    good = {"uuid": "a", "target": {"type": "capture", "uuid": "c"}, "change": "deleted", "value": {"reason": "x"},
            "custody": [3], "made_at": "2026-01-01T00:00:00.000000Z", "order": 1}  # fmt: skip
    assert AmendmentRecord.from_json(good).to_json() == good
    with pytest.raises(BundleFormatError) as raised:
        AmendmentRecord.from_json({**good, "change": change, "value": value})
    assert raised.value.reason == "record"
    with pytest.raises(BundleFormatError):
        AmendmentRecord.from_json({**good, "custody": []})


def test_the_upgrade_knows_what_earlier_bundles_carried(store: Store, hq: HQ, tmp_path: Path) -> None:
    """A store from before amendments (schema 7): its bundled captures, their items and sites are known as carried,
    so the first change after the upgrade is an amendment."""
    case = store.ensure_case("Op Falcon")
    site = store.add_site(case, "Depot 4")
    store.update_item(store.ensure_item(case, "EV-1"), site_id=site.id)
    capture_id = _import(store, tmp_path, "ledger.tif", three_page_tiff())
    compose.create_bundles(store, tmp_path / "out")
    store._conn.executescript(
        "DROP TABLE sample_captures; DROP TABLE samples; DROP TABLE shipments;"  # schema 13 (issue 19)
        " DROP TABLE amendments; DROP TABLE carried_records; DROP TABLE watchlist_hits; DROP TABLE watchlist_templates;"
        " DROP TABLE watchlist_entries; DROP TABLE watchlist; DROP TABLE template_runs; DROP TABLE templates;"
        " ALTER TABLE ocr_pages DROP COLUMN source; PRAGMA user_version = 7;"
    )  # as schema 7 was
    folder = store.folder
    store.close()
    with Store.open(folder, PASSPHRASE) as upgraded:
        capture = upgraded.capture(capture_id)
        assert upgraded.amendments.carried_in("capture", capture.uuid) == 1
        item = upgraded.item(case, "EV-1")
        assert item is not None and upgraded.amendments.carried_in("item", item.uuid) == 1
        assert upgraded.amendments.carried_in("site", site.uuid) == 1
        pages.set_view(upgraded, capture_id, pages.build_view(3, None, {1: 180}))
        assert [a.change for a in upgraded.amendments.pending()] == ["page_view"]
