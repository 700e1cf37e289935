"""Clean AFIS transactions (issue 14): no file name or free text in them, ORI/DAI the agency codes HQ configured,
a 500 ppi WSQ embedded byte for byte, every print exported (or left out with why), TOT by what they hold. Each
transaction is read back by PyPI nistitl and each WSQ decoded by `wsq` at its declared size."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import nistitl
import pytest
import wsq  # noqa: F401 - the WSQ decoder, registered with Pillow
from PIL import Image

from fieldkit import media_types
from fieldkit.analysis.runner import analyse
from fieldkit.biometrics import capture, nist, prints, subjects, synthetic
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.bundle.verify import Report, check_bundle
from fieldkit.cli.main import main
from fieldkit.errors import InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.models import Item
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from fieldkit.sync.outbox import apply_provisioning
from tests.bundle_kit import info_of
from tests.conftest import PASSPHRASE
from tests.hostile_prints import good_wsq
from tests.interop.test_nist import check_mandatory, fields_of, items

PERSON = "Abu_Omar_Khalil"  # a print file named after the person it belongs to


def parsed(data: bytes) -> nistitl.Message:
    message = nistitl.Message()
    message.parse(data)
    check_mandatory(message)
    for record in message.iter(14):
        field = fields_of(record)
        if field[11] == "WSQ20":
            with Image.open(io.BytesIO(field[999])) as decoded:
                assert decoded.format == "WSQ" and decoded.size == (int(field[6]), int(field[7]))
    return message


def keep(store: Store, item: Item, data: bytes, finger: int, *, ppi: float | None = 500, impression: int = 2,
         name: str = "print.wsq", media_type: str = media_types.WSQ) -> int:  # fmt: skip
    """A print stored as 'fieldkit import --kind fingerprint' stores it (bit-exact, nothing decoded); ``ppi`` None
    is the COMMON.md contract's 'resolution unknown'."""
    capture_id, _ = store.originals.add_original(
        item, data, original_name=name, kind="fingerprint", media_type=media_type, source=f"file:{name}",
        metadata={"fingerprint": {"finger_position": finger, "impression_type": impression, "ppi": ppi}},
    )  # fmt: skip
    return capture_id


def bundled_at_hq(store: Store, tmp_path: Path, organisation: str) -> Report:
    """Bundle everything for a new HQ folder and verify it there, transactions read."""
    hq = HQ.init(tmp_path / "HQ", organisation)
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (made,) = compose.create_bundles(store, tmp_path)
    report = check_bundle(made.path, hq.trust(), biometrics=True)
    assert report.ok
    return report


def use_cli(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)


def test_no_file_name_or_free_text_and_the_device_named_by_make_model_serial(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-0101")
    png = tmp_path / f"{PERSON}.png"
    synthetic.ridges(seed=4).save(png, dpi=(500, 500))
    capture.add_print_file(store, subject.item, png, finger=1, impression=2)  # no device recorded
    named = tmp_path / f"{PERSON}_right_index.png"
    synthetic.ridges(seed=5).save(named, dpi=(500, 500))
    capture.add_print_file(store, subject.item, named, finger=2, impression=2, device="CrossMatch|Guardian|GU-77")
    # A photographed print whose EXIF names the camera: its make, model and body serial (analysis read them).
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "EOS 90D"
    exif.get_ifd(0x8769)[0xA431] = "0123456789"
    photographed = tmp_path / f"{PERSON}_thumb.jpg"
    synthetic.ridges(seed=6).save(photographed, dpi=(500, 500), exif=exif, quality=95)
    shot = capture.add_print_file(store, subject.item, photographed, finger=6, impression=2)
    analyse(store, [shot.capture.id])
    assert store.analyses.get(shot.capture.id).facts["exif"]["model"] == "EOS 90D"
    ledger.set_organisation(store, "Task Force North")

    data, left_out = nist.transaction_for_item(store, subject.item)
    assert data is not None and left_out == []
    for leak in (PERSON.encode(), b"Khalil", b".png", b".jpg", b"Task Force", b"file:"):
        assert leak not in data
    devices = {int(fields_of(r)[13]): items(fields_of(r)[904])[0] for r in parsed(data).iter(14)}
    assert devices == {1: ["UNKNOWN", "UNKNOWN", "UNKNOWN"], 2: ["CrossMatch", "Guardian", "GU-77"],
                       6: ["Canon", "EOS 90D", "0123456789"]}  # fmt: skip

    # The same in a bundle, whose organisation is "Task Force North": its transaction carries no name either.
    report = bundled_at_hq(store, tmp_path, "Task Force North")
    (carried,) = report.biometrics.values()
    header = fields_of(parsed(carried)[0])
    assert header[8] == nist.UNSPECIFIED and header[7] == nist.UNSPECIFIED  # not the organisation's name
    assert PERSON.encode() not in carried and b"Task Force" not in carried

    use_cli(store, monkeypatch)
    out = tmp_path / "S-0101.an2"
    assert main(["export-nist", "--subject", "S-0101", "--out", str(out)]) == 0
    assert PERSON.encode() not in out.read_bytes()
    assert "ORI UNSPECIFIED" in capsys.readouterr().out
    with Store.open(store.folder, PASSPHRASE) as again:  # plaintext prints left the store: the custody log says so
        (logged,) = [e for e in again.custody_events() if e.action == "fingerprint.exported"]
    assert logged.subject == f"item:{subject.item.uuid}" and logged.details["tot"] == "CPS"
    assert logged.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert str(out) not in json.dumps(logged.details) and PERSON not in json.dumps(logged.details)


def test_ori_and_dai_come_from_hq_and_are_checked(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hq_dir = tmp_path / "HQ"
    assert main(["hq", "init", "--dir", str(hq_dir), "--organisation", "Task Force North", "--ori", "Task Force",
                 "--dai", "ICPO"]) == 25  # fmt: skip
    assert "is not an agency identifier" in capsys.readouterr().err and not hq_dir.exists()  # nothing made
    assert main(["hq", "init", "--dir", str(hq_dir), "--organisation", "Task Force North", "--ori", "SYR0001"]) == 0
    capsys.readouterr()
    assert main(["hq", "config", "--dir", str(hq_dir), "--dai", "ICPO1"]) == 0
    assert "ori:          SYR0001" in capsys.readouterr().out
    assert main(["hq", "config", "--dir", str(hq_dir), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {key: shown[key] for key in ("organisation", "ori", "dai")} == {
        "organisation": "Task Force North", "ori": "SYR0001", "dai": "ICPO1"}  # fmt: skip
    assert shown["unwrap"] is None and shown["database"].startswith("SQLite ")
    for bad in ("Task Force North", "SYR-0001", "ÉTAT01", "", "X" * 36):
        assert main(["hq", "config", "--dir", str(hq_dir), "--ori", bad]) == 25
        assert "ASCII letters (A-Z, a-z: kept as typed) and digits" in capsys.readouterr().err
    assert main(["hq", "config", "--dir", str(hq_dir), "--ori", "\u00c4BC1"]) == 25
    assert (
        "--ori '\u00c4BC1' is not an agency identifier (\u00c4 is not allowed)" in capsys.readouterr().err
    )  # as typed
    assert HQ(hq_dir).ori == "SYR0001"  # a refused value changes nothing

    # The device takes the codes from HQ's provisioning file; its bundle's transaction carries them.
    hq = HQ(hq_dir)
    document = Provisioning.from_bytes(json.dumps(hq.provisioning().to_json()).encode())
    assert (document.ori, document.dai) == ("SYR0001", "ICPO1")
    with pytest.raises(InvalidValueError, match="agency identifier"):
        Provisioning.from_json({**hq.provisioning().to_json(), "ori": "Task Force North"})
    apply_provisioning(store, document)
    hq.enroll(store.device_allowed_signers_line())
    subject = subjects.add_subject(store, "Op Falcon", "S-0102")
    keep(store, subject.item, good_wsq(3), 1)
    (made,) = compose.create_bundles(store, tmp_path)
    report = check_bundle(made.path, hq.trust(), biometrics=True)
    (carried,) = report.biometrics.values()
    message = parsed(carried)
    assert (fields_of(message[0])[8], fields_of(message[0])[7]) == ("SYR0001", "ICPO1")
    assert all(fields_of(r)[4] == "SYR0001" for r in message.iter(14))  # SRC is the ORI

    # At HQ: its own codes, or --ori/--dai for this export; a bad one is refused before anything is written.
    hq.configure(ori="SYR0002")
    afis = tmp_path / "afis"
    afis.mkdir()
    assert main(["hq", "export-nist", "--dir", str(hq_dir), "--out", str(afis), str(made.path)]) == 0
    (written,) = afis.iterdir()
    assert written.stat().st_mode & 0o777 == 0o600  # plaintext prints: HQ's operator only, as on the device
    message = parsed(written.read_bytes())
    assert (fields_of(message[0])[8], fields_of(message[0])[7]) == ("SYR0002", "ICPO1")
    assert all(fields_of(r)[4] == "SYR0002" for r in message.iter(14))
    assert fields_of(message[0])[9] == fields_of(nistitl_header(carried))[9]  # the TCN is the device's
    assert [fields_of(r)[999] for r in message.iter(14)] == [good_wsq(3)]  # images untouched
    written.unlink()
    assert main(["hq", "export-nist", "--dir", str(hq_dir), "--out", str(afis), "--ori", "IQ0009", "--dai",
                 "INTERPOL", str(made.path)]) == 0  # fmt: skip
    (written,) = afis.iterdir()
    header = fields_of(parsed(written.read_bytes())[0])
    assert (header[8], header[7]) == ("IQ0009", "INTERPOL") and "ORI IQ0009" in capsys.readouterr().out
    written.unlink()
    assert main(["hq", "export-nist", "--dir", str(hq_dir), "--out", str(afis), "--dai", "IC PO", str(made.path)]) == 25
    assert list(afis.iterdir()) == []
    missing = str(tmp_path / "nowhere")
    capsys.readouterr()
    assert main(["hq", "export-nist", "--dir", str(hq_dir), "--out", missing, "--ori", "S 1", str(made.path)]) == 25
    assert "--ori 'S 1' is not an agency identifier" in capsys.readouterr().err  # the code first, then the folder
    assert main(["hq", "export-nist", "--dir", str(hq_dir), "--out", missing, str(made.path)]) == 26
    told = capsys.readouterr().err
    assert "does not exist" in told and "Create the folder first, or choose a folder that exists" in told
    assert "does not exist yet" not in told
    html = tmp_path / "r.html"
    assert main(["verify", str(made.path), "--hq", str(hq_dir), "--report", str(html)]) == 0
    assert html.stat().st_mode & 0o777 == 0o600 and b"<html" in html.read_bytes().lower()

    # On the device: what provisioning gave, else --ori/--dai; a name is refused.
    use_cli(store, monkeypatch)
    out = tmp_path / "S-0102.an2"
    assert main(["export-nist", "--subject", "S-0102", "--out", str(out)]) == 0
    assert fields_of(parsed(out.read_bytes())[0])[8] == "SYR0001" and out.stat().st_mode & 0o777 == 0o600
    out.unlink()
    assert main(["export-nist", "--subject", "S-0102", "--out", str(out), "--ori", "Task Force North"]) == 25
    assert "is not an agency identifier" in capsys.readouterr().err and not out.exists()
    assert main(["export-nist", "--subject", "S-0102", "--out", str(out), "--ori", "TFN01", "--dai", "X1"]) == 0
    header = fields_of(parsed(out.read_bytes())[0])
    assert (header[8], header[7]) == ("TFN01", "X1")


def nistitl_header(data: bytes) -> nistitl.AsciiRecord:
    message = nistitl.Message()
    message.parse(data)
    return message[0]


def test_a_500_ppi_wsq_goes_in_byte_for_byte_and_every_print_gets_its_own_record(store: Store) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-0103")
    originals = {keep(store, subject.item, good_wsq(seed), 2): good_wsq(seed) for seed in (11, 12, 13, 14, 15)}
    resampled = keep(store, subject.item, good_wsq(16), 3, ppi=600)  # not 500 ppi: resampled, a new WSQ
    unknown = keep(store, subject.item, good_wsq(17), 4, ppi=None)  # resolution unknown: never in a transaction

    made, left_out = nist.transactions_for_item(store, subject.item, ori="SYR0001", dai="ICPO1")
    (only,) = made
    assert only.exported.tot == "CPS" and only.exported.records == {2: 1, 14: 6}
    message = parsed(only.data)
    records = [fields_of(r) for r in message.iter(14)]
    assert len({r[2] for r in records}) == 6  # each its own IDC
    cnt = items(fields_of(message[0])[3])[1:]
    assert sorted(int(idc) for kind, idc in cnt if kind == "14") == sorted(int(r[2]) for r in records)
    finger_2 = [r[999] for r in records if r[13] == "2"]
    assert sorted(finger_2) == sorted(originals.values())  # the five, byte for byte: never decoded and re-encoded
    for record in records:
        assert record[996] == hashlib.sha256(record[999]).hexdigest().upper()
    (at_600,) = [r for r in records if r[13] == "3"]
    assert at_600[999] != good_wsq(16) and at_600[9] == "500"
    with Image.open(io.BytesIO(good_wsq(16))) as source, Image.open(io.BytesIO(at_600[999])) as exported:
        assert exported.width == round(source.width * 500 / 600)

    (gone,) = left_out
    assert gone.capture_id == unknown and gone.code == "ppi-unknown"
    assert gone.reason == f"resolution unknown: set it with fieldkit fingerprint set-ppi {unknown} --ppi N"
    assert resampled not in {g.capture_id for g in left_out}


def test_a_print_of_unknown_resolution_is_left_out_with_its_reason(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-0104")
    keep(store, subject.item, good_wsq(21), 1)
    unknown = keep(store, subject.item, good_wsq(22), 2, ppi=None)
    report = bundled_at_hq(store, tmp_path, "")
    (carried,) = report.biometrics.values()
    assert [fields_of(r)[13] for r in parsed(carried).iter(14)] == ["1"]
    (entry,) = info_of(report).left_out or ()
    assert entry.capture == store.capture(unknown).uuid and "resolution unknown" in entry.reason

    only_unknown = subjects.add_subject(store, "Op Falcon", "S-0105")
    keep(store, only_unknown.item, good_wsq(23), 1, ppi=None)
    use_cli(store, monkeypatch)
    assert main(["export-nist", "--subject", "S-0104", "--out", str(tmp_path / "a.an2"), "--json"]) == 0
    (gone,) = json.loads(capsys.readouterr().out)["left_out"]
    assert gone["capture"] == unknown and gone["code"] == "ppi-unknown"
    assert main(["export-nist", "--subject", "S-0104", "--out", str(tmp_path / "b.an2")]) == 0
    assert f"left out capture #{unknown}: resolution unknown: set it with fieldkit fingerprint set-ppi" in (
        capsys.readouterr().out
    )
    assert main(["export-nist", "--subject", "S-0105", "--out", str(tmp_path / "c.an2")]) == 25
    assert "has a known resolution" in capsys.readouterr().err and not (tmp_path / "c.an2").exists()


def test_tot_follows_what_the_transaction_holds(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lifted = synthetic.ridges(400, 500, seed=31)
    out = io.BytesIO()
    lifted.save(out, "PNG", dpi=(1000, 1000))
    latent_png = out.getvalue()
    tenprint = subjects.add_subject(store, "Op Falcon", "S-0106")
    keep(store, tenprint.item, good_wsq(32), 1)
    latents_only = subjects.add_subject(store, "Op Falcon", "S-0107")  # a person's item with latents only
    keep(store, latents_only.item, latent_png, 0, ppi=1000, impression=4, media_type=media_types.PNG)
    mixed = store.ensure_item(store.ensure_case("Op Falcon"), "EV-108")  # elimination prints beside marks
    keep(store, mixed, good_wsq(33), 2)
    keep(store, mixed, latent_png, 0, ppi=1000, impression=7, media_type=media_types.PNG)

    def tots(item: Item) -> list[tuple[str, str, dict[int, int]]]:
        made, left_out = nist.transactions_for_item(store, item)
        assert left_out == []
        for part in made:
            tot = fields_of(parsed(part.data)[0])[4]
            assert tot == part.exported.tot
        return [(p.suffix, p.exported.tot, p.exported.records) for p in made]

    assert tots(tenprint.item) == [("", "CPS", {2: 1, 14: 1})]
    assert tots(latents_only.item) == [("", "MPS", {2: 1, 13: 1})]
    assert tots(mixed) == [("", "CPS", {2: 1, 14: 1}), ("-latents", "MPS", {2: 1, 13: 1})]

    hq = HQ.init(tmp_path / "HQ", "")
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (made,) = compose.create_bundles(store, tmp_path)
    report = check_bundle(made.path, hq.trust(), biometrics=True)
    assert f"data/biometrics/{mixed.uuid}-latents.an2" in report.biometrics
    assert f"data/biometrics/{mixed.uuid}.an2" in report.biometrics

    use_cli(store, monkeypatch)
    target = tmp_path / "EV-108.an2"
    assert main(["export-nist", "--item", "EV-108", "--out", str(target), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)["transactions"]
    assert [(Path(w["path"]).name, w["tot"]) for w in written] == [("EV-108.an2", "CPS"), ("EV-108-latents.an2", "MPS")]
    assert main(["export-nist", "--item", "EV-108", "--out", str(tmp_path / "EV-108.an2")]) == 26  # never overwrites


def test_a_correction_or_deletion_after_bundling_sends_a_fresh_transaction(store: Store, tmp_path: Path) -> None:
    """set-finger on one print and the deletion of the other after bundle 1: bundle 2 carries the amendments and a
    new transaction (a new TCN) made from the prints as they are now, so HQ's AFIS export follows the correction."""
    hq = HQ.init(tmp_path / "HQ", "")
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    subject = subjects.add_subject(store, "Op Falcon", "S-0109")
    kept = keep(store, subject.item, good_wsq(41), 2)
    dropped = keep(store, subject.item, good_wsq(42), 3)
    name = f"data/biometrics/{subject.item.uuid}.an2"

    def transaction(path: Path, amendments: int) -> nistitl.Message:
        report = check_bundle(path, hq.trust(), biometrics=True)
        assert report.ok, report.message
        assert info_of(report).counts.amendments == amendments
        return parsed(report.biometrics[name])

    (first,) = compose.create_bundles(store, tmp_path)
    before = transaction(first.path, 0)
    assert sorted(int(items(fields_of(r)[13])[0][0]) for r in before.iter(14)) == [2, 3]
    prints.set_finger(store, kept, 7, reason="the card was read upside down")
    store.originals.delete(dropped, "a duplicate of the left index")
    (second,) = compose.create_bundles(store, tmp_path)
    after = transaction(second.path, 2)
    (only,) = after.iter(14)
    assert int(items(fields_of(only)[13])[0][0]) == 7 and fields_of(only)[999] == good_wsq(41)
    assert fields_of(after[0])[9] != fields_of(before[0])[9]  # a new TCN
    assert compose.create_bundles(store, tmp_path) == []  # carried once: nothing left to send


def test_restamp_changes_the_agency_codes_only() -> None:
    from datetime import datetime

    image = good_wsq(41)
    records = [nist.Record(2, {2: "0"}),
               nist.Record(14, {2: "1", 3: "2", 4: "OLD1", 5: "20260101", 6: "10", 7: "10", 8: "1", 9: "500",
                                10: "500", 11: "WSQ20", 12: "8", 13: [["1"]], 903: "P1234567890123",
                                904: [["A", "B", "C"]], 996: hashlib.sha256(image).hexdigest().upper(),
                                999: image})]  # fmt: skip
    data = nist.encode_transaction(records, tot="CPS", ori="OLD1", dai="UNSPECIFIED", tcn="T1",
                                   when=datetime(2026, 1, 2))  # fmt: skip
    changed = nist.restamp(data, ori="NEW22", dai="ICPO1")
    assert nist.agencies_of(changed) == ("NEW22", "ICPO1")
    before, after = nistitl.Message(), nistitl.Message()
    before.parse(data)
    after.parse(changed)
    assert fields_of(after[2])[4] == "NEW22" and fields_of(after[2])[999] == image
    for number in (2, 3, 4, 5, 9, 14):
        assert fields_of(after[0])[number] == fields_of(before[0])[number]
    assert nist.restamp(changed, ori="OLD1", dai="UNSPECIFIED") == data  # nothing else moved
    assert nist.restamp(data) == data
    for broken in (data[:-1], data[:50], b"2.001:5\x1c", data + b"1.001:"):
        with pytest.raises(Exception, match=r"malformed|Type-1"):
            nist.restamp(broken, ori="X1")
