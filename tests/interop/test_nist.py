"""The ANSI/NIST-ITL export read back by an independent parser (PyPI nistitl) and checked against the mandatory
fields of each record type (ANSI/NIST-ITL 1-2011 with Interpol's INT-I profile); the WSQ inside decodes with the
`wsq` decoder to the declared size; FGP and IMP are the ones captured; each image's HAS is its SHA-256."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import nistitl
import pytest
import wsq  # noqa: F401 - the WSQ decoder, registered with Pillow
from PIL import Image

from fieldkit.biometrics import capture, codes, latent, nist, prints, subjects, synthetic
from fieldkit.biometrics.livescan import SimulatedScanner
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli.main import main
from fieldkit.core.importer import Importer
from fieldkit.errors import PrintUndecodableError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from tests.bundle_kit import info_of
from tests.conftest import PASSPHRASE, jpeg_bytes
from tests.hostile_prints import FAKE_WSQ, HOSTILE, keep_print, truncated_wsq

# Mandatory fields per record type, from ANSI/NIST-ITL 1-2011 (tables of each record type) and the INT-I profile's
# additions (DOM, DUI/MMS and HAS on image records, FQM where a quality was computed).
MANDATORY = {
    1: {1: "LEN", 2: "VER", 3: "CNT", 4: "TOT", 5: "DAT", 7: "DAI", 8: "ORI", 9: "TCN", 11: "NSR", 12: "NTR",
        13: "DOM", 14: "GMT"},
    2: {1: "LEN", 2: "IDC"},
    14: {1: "LEN", 2: "IDC", 3: "IMP", 4: "SRC", 5: "FCD", 6: "HLL", 7: "VLL", 8: "SLC", 9: "THPS", 10: "TVPS",
         11: "CGA", 12: "BPX", 13: "FGP", 903: "DUI", 904: "MMS", 996: "HAS", 999: "DATA"},
    13: {1: "LEN", 2: "IDC", 3: "IMP", 4: "SRC", 5: "LCD", 6: "HLL", 7: "VLL", 8: "SLC", 9: "THPS", 10: "TVPS",
         11: "CGA", 12: "BPX", 13: "FGP", 996: "HAS", 999: "DATA"},
    10: {1: "LEN", 2: "IDC", 3: "IMT", 4: "SRC", 5: "PHD", 6: "HLL", 7: "VLL", 8: "SLC", 9: "THPS", 10: "TVPS",
         11: "CGA", 12: "CSP", 13: "SAP", 996: "HAS", 999: "DATA"},
    20: {1: "LEN", 2: "IDC", 3: "CAR", 4: "SRC", 21: "SRN", 996: "HAS", 999: "DATA"},
    21: {1: "LEN", 2: "IDC", 4: "SRC", 5: "ACD", 21: "ACN", 996: "HAS", 999: "DATA"},
}  # fmt: skip


def fields_of(record: nistitl.AsciiRecord) -> dict[int, Any]:
    """nistitl is untyped: a value is a str, a list of subfields, or the bytes of a .999 image, by tag."""
    return {f.tag: f.value for f in record._fields}


def items(value: object) -> list[list[str]]:
    """A field's subfields and items as nistitl returns them (a str, a list, or a list of lists)."""
    if isinstance(value, str):
        return [[value]]
    assert isinstance(value, list)
    return [[str(v) for v in sub] if isinstance(sub, list) else [str(sub)] for sub in value]


def check_mandatory(message: nistitl.Message) -> dict[int, int]:
    counts: dict[int, int] = {}
    for record in message:
        present = fields_of(record)
        missing = [f"{record.type}.{n:03} {name}" for n, name in MANDATORY[record.type].items() if n not in present]
        assert not missing, missing
        counts[record.type] = counts.get(record.type, 0) + 1
        if 999 in present:
            data = present[999]
            assert isinstance(data, bytes)
            assert str(present[996]).upper() == hashlib.sha256(data).hexdigest().upper()
    cnt = items(fields_of(message[0])[3])
    assert cnt[0] == ["1", str(len(message) - 1)]
    assert [int(t) for t, _ in cnt[1:]] == [r.type for r in list(message)[1:]]
    return counts


@pytest.fixture
def enrolled(store: Store, tmp_path: Path) -> tuple[Store, subjects.Subject, Path]:
    subject = subjects.add_subject(store, "Op Falcon", "S-0007", claimed_name="Abu Omar", nationality="SYR")
    scan, _ = synthetic.tenprint_card()
    scan.save(tmp_path / "card.png", dpi=(500, 500))
    result = capture.import_card(store, subject.item, tmp_path / "card.png")
    assert len(result.prints) == 14 and result.empty == []
    capture.live_scan(store, subject.item, SimulatedScanner(), finger=2, impression=1)
    prints.set_condition(store, subject.item, 5, "amputated")
    (tmp_path / "face.jpg").write_bytes(jpeg_bytes(size=(480, 640), seed=5))
    Importer(store).run("Op Falcon", "S-0007", [tmp_path / "face.jpg"])
    return store, subject, tmp_path


Enrolled = tuple[Store, subjects.Subject, Path]


def test_tenprint_transaction_reads_back_with_every_mandatory_field(
    enrolled: Enrolled, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store, subject, tmp_path = enrolled
    captured = {(r.finger_position, r.impression_type): r for r in prints.prints_of(store, subject.item)}
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "S-0007.an2"
    assert main(["export-nist", "--subject", "S-0007", "--out", str(out), "--ori", "TFN00001", "--dai", "ICPO",
                 "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["records"] == {"2": 1, "10": 1, "14": 15, "20": 1}

    message = nistitl.Message()
    message.parse(out.read_bytes())
    assert check_mandatory(message) == {1: 1, 2: 1, 10: 1, 14: 15, 20: 1}
    header = fields_of(message[0])
    assert header[2] == "0500" and header[4] == "CPS" and header[8] == "TFN00001" and header[7] == "ICPO"
    assert items(header[13]) == [["INT-I", "6.00"]]

    seen = set()
    for record in message.iter(14):
        field = fields_of(record)
        fgp, imp = int(items(field[13])[0][0]), int(field[3])
        seen.add((fgp, imp))
        assert (fgp, imp) in captured  # the codes are the ones captured
        assert field[11] == "WSQ20" and field[9] == field[10] == "500" and field[8] == "1" and field[12] == "8"
        with Image.open(io.BytesIO(field[999])) as decoded:
            assert decoded.format == "WSQ" and decoded.size == (int(field[6]), int(field[7]))
        nfiq2 = captured[(fgp, imp)].nfiq2
        if fgp == 14:  # the left slap is cut into its fingers: SEG boxes inside the image, FQM per finger
            segments = items(field[21])
            assert [int(s[0]) for s in segments] == [10, 9, 8, 7]
            for _finger, left, right, top, bottom in segments:
                assert 0 <= int(left) < int(right) <= int(field[6]) and 0 <= int(top) < int(bottom) <= int(field[7])
            assert [int(q[0]) for q in items(field[24])] == [10, 9, 8, 7]
        elif fgp == 13:  # four fingers on the slap but the little finger is marked amputated: no guessing
            assert 21 not in field
        elif nfiq2 is not None:
            assert items(field[24]) == [[str(fgp), str(nfiq2), nist.NFIQ2_VENDOR, nist.NFIQ2_PRODUCT]]
        if fgp == 5 or fgp == 13:  # the amputated right little finger, alone and in the right slap
            assert ["5", "XX"] in items(field[18])
        mms = items(field[904])[0]
        if imp == 1:  # the live-scan print names its device
            assert mms == ["fieldkit", "simulated", "SIM-good"]
        else:  # cut from the card: names the Type-20 it came from
            assert items(field[997]) == [["1"]]
    assert seen == set(captured)
    (source,) = message.iter(20)
    assert fields_of(source)[21] == "1" and fields_of(source)[999] == (tmp_path / "card.png").read_bytes()
    (face,) = message.iter(10)
    assert fields_of(face)[3] == "FACE" and same_pixels(fields_of(face)[999], (tmp_path / "face.jpg").read_bytes())

    assert main(["export-nist", "--subject", "S-0007", "--out", str(out)]) == 26  # never overwrites
    assert "already exists" in capsys.readouterr().err


def test_latent_transaction_and_bundle(store: Store, tmp_path: Path) -> None:
    photo = Image.new("L", (1500, 1200), 235)
    photo.paste(synthetic.ridges(500, 620, seed=9), (500, 300))
    photo.save(tmp_path / "lift.png")
    pistol = jpeg_bytes(size=(640, 480), seed=8, exif={0x010E: "found on Ahmed Al-Masri"},
                        gps={1: "N", 2: (33.0, 30.0, 12.5), 3: "E", 4: (36.0, 17.0, 5.0)})  # fmt: skip
    (tmp_path / "pistol.jpg").write_bytes(pistol)
    Importer(store).run("Op Falcon", "EV-12", [tmp_path / "pistol.jpg"])
    item = store.items()[0]
    calibration = latent.Calibration((100, 1100), (1400, 1100), 50.0)  # 1300 px = 50 mm: 660.4 ppi
    record = capture.add_latent(store, item, tmp_path / "lift.png", calibration, impression=7)
    assert record.nfiq2 is None and record.ppi == 1000  # no NFIQ 2 for latents
    data, exported = nist.transaction(store, item, ori="TFN00001")
    assert exported.tot == "MPS" and exported.records == {2: 1, 13: 1, 20: 1, 21: 1}
    message = nistitl.Message()
    message.parse(data)
    check_mandatory(message)
    (context,) = message.iter(21)  # the photo of the pistol goes with the mark, without its EXIF and GPS
    photo_bytes = fields_of(context)[999]
    assert b"Al-Masri" not in data and b"Exif\x00\x00" not in photo_bytes and same_pixels(photo_bytes, pistol)
    assert fields_of(context)[996] == hashlib.sha256(photo_bytes).hexdigest().upper()
    (mark,) = message.iter(13)
    field = fields_of(mark)
    assert field[3] == "7" and field[11] == "PNG" and field[9] == "1000" and items(field[997]) == [["1"]]
    with Image.open(io.BytesIO(field[999])) as decoded:
        assert decoded.size == (int(field[6]), int(field[7]))
        assert decoded.width == round(1500 * 1000 / calibration.ppi)

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (made,) = compose.create_bundles(store, tmp_path)
    report = check_bundle(made.path, hq.trust())
    assert report.ok
    assert f"data/biometrics/{item.uuid}.an2" in info_of(report).payload

    # At HQ: the transactions of verified bundles are written out for the AFIS; a tampered bundle gives nothing.
    afis = tmp_path / "afis"
    afis.mkdir()
    assert main(["hq", "export-nist", "--dir", str(hq.folder), "--out", str(afis), str(made.path)]) == 0
    (written,) = list(afis.iterdir())
    assert written.name.endswith(f"{item.uuid}.an2")
    message = nistitl.Message()
    message.parse(written.read_bytes())
    assert fields_of(message[0])[4] == "MPS" and len(list(message.iter(13))) == 1
    tampered = tmp_path / "tampered.fkb"
    flipped = bytearray(made.path.read_bytes())
    flipped[len(flipped) // 2] ^= 1
    tampered.write_bytes(bytes(flipped))
    (afis / written.name).unlink()
    assert main(["hq", "export-nist", "--dir", str(hq.folder), "--out", str(afis), str(tampered)]) != 0
    assert list(afis.iterdir()) == []


def same_pixels(first: bytes, second: bytes) -> bool:
    with Image.open(io.BytesIO(first)) as one, Image.open(io.BytesIO(second)) as other:
        return one.format == other.format and one.tobytes() == other.tobytes()


def test_a_face_photo_goes_in_without_its_metadata(store: Store, tmp_path: Path) -> None:
    """EXIF (a name and place in ImageDescription, the Artist, the GPS position), a comment, an ICC profile and
    bytes after the end of the image stay out of the Type-10; the JPEG's image data is not re-encoded."""
    subject = subjects.add_subject(store, "Op Falcon", "S-0008")
    capture.live_scan(store, subject.item, SimulatedScanner(), finger=2, impression=1)
    secret = "Ahmed Al-Masri, detained at checkpoint 4"
    photo = jpeg_bytes(size=(320, 400), seed=9, exif={0x010E: secret, 0x013B: "Sgt. K. Haddad"},
                       gps={1: "N", 2: (33.0, 30.0, 12.5), 3: "E", 4: (36.0, 17.0, 5.0)})  # fmt: skip
    # a comment segment and a trailer after EOI as well
    photo = photo[:2] + b"\xff\xfe\x00\x13interrogation #17" + photo[2:] + b"TRAILER-notes"
    (tmp_path / "face.jpg").write_bytes(photo)
    Importer(store).run("Op Falcon", "S-0008", [tmp_path / "face.jpg"])
    data, _ = nist.transaction(store, subject.item, ori="TFN00001", dai="ICPO")
    for leaked in (secret.encode(), b"Haddad", b"interrogation", b"TRAILER", b"Exif\x00\x00"):
        assert leaked not in data
    message = nistitl.Message()
    message.parse(data)
    (face,) = message.iter(10)
    embedded = fields_of(face)[999]
    assert fields_of(face)[996] == hashlib.sha256(embedded).hexdigest().upper()
    assert embedded.startswith(b"\xff\xd8") and embedded.endswith(b"\xff\xd9")
    assert same_pixels(embedded, photo)
    with Image.open(io.BytesIO(embedded)) as decoded:
        assert decoded.getexif() == {} and "comment" not in decoded.info


def test_field_values_cannot_break_the_framing() -> None:
    record = nist.Record(2, {2: "0", 3: "evil\x1d2.004:injected\x1c", 4: [["a\x1fb", "c"]]})
    encoded = nist.encode_record(record)
    assert encoded.count(nist.FS) == 1 and encoded.count(nist.GS) == 3
    message = nistitl.Message()
    message.parse(nist.encode_transaction([record], tot="CPS", ori="X", dai="Y", tcn="T",
                                          when=__import__("datetime").datetime(2026, 1, 2)))  # fmt: skip
    assert fields_of(message[1])[3] == "evil?2.004:injected?"
    assert codes.FINGER_NAMES[13].startswith("right four")


def test_a_print_that_cannot_be_decoded_is_left_out_with_its_reason(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-0009")
    for finger in (1, 2):
        capture.live_scan(store, subject.item, SimulatedScanner(), finger=finger)
    fresh = keep_print(store, subject.item, FAKE_WSQ, 3, "fake.wsq")  # as imported: never decoded until now
    (tmp_path / "cut.wsq").write_bytes(truncated_wsq())
    known = capture.add_print_file(store, subject.item, tmp_path / "cut.wsq", finger=4, impression=2, ppi=500)
    assert known.undecodable  # its analysis failed when it was added: not decoded again for a transaction
    crashing = keep_print(store, subject.item, HOSTILE["crashing"], 6, "crashing.wsq")
    not_a_face = b"\xff\xd8\xff\xe0" + b"\x00" * 40  # a JPEG's first bytes, then nothing
    face, _ = store.originals.add_original(subject.item, not_a_face, original_name="face.jpg", kind="photo",
                                           media_type="image/jpeg", source="file", metadata={})  # fmt: skip

    data, left_out = nist.transaction_for_item(store, subject.item, ori="TFN00001")
    assert data is not None
    gone = {g.capture_id: g for g in left_out}
    assert sorted(gone) == sorted([fresh, known.capture.id, crashing, face])  # a face photo too: Type-10
    assert "cannot be decoded" in gone[fresh].reason and gone[fresh].code == "decoder-error"
    assert gone[known.capture.id].reason == store.analyses.get(known.capture.id).reason
    assert gone[crashing].code == "crashed" and "SIGSEGV" in gone[crashing].reason  # the child's, not ours
    assert gone[fresh].to_json()["uuid"] == store.capture(fresh).uuid
    message = nistitl.Message()
    message.parse(data)
    assert check_mandatory(message) == {1: 1, 2: 1, 14: 2}  # the good prints beside them, complete
    assert sorted(int(items(fields_of(r)[13])[0][0]) for r in message.iter(14)) == [1, 2]
    with pytest.raises(PrintUndecodableError) as caught:  # the complete transaction cannot be made: says which
        nist.transaction(store, subject.item)
    assert caught.value.capture_id in gone and f"capture #{caught.value.capture_id}" in caught.value.message

    only_bad = store.ensure_item(store.ensure_case("Op Falcon"), "EV-70")
    lonely = keep_print(store, only_bad, FAKE_WSQ, 7, "fake.wsq")
    assert nist.transaction_for_item(store, only_bad)[0] is None  # no print record at all: no transaction
    assert [g.capture_id for g in nist.transaction_for_item(store, only_bad)[1]] == [lonely]

    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "S-0009.an2"
    assert main(["export-nist", "--subject", "S-0009", "--out", str(out), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["records"] == {"2": 1, "14": 2} and len(exported["left_out"]) == 4
    assert main(["export-nist", "--item", "EV-70", "--out", str(tmp_path / "EV-70.an2")]) == 46
    assert "no print of Op Falcon / EV-70 could be decoded" in capsys.readouterr().err
    assert not (tmp_path / "EV-70.an2").exists()
