"""A print's resolution is never assumed (issue 14): a TIFF without a resolution tag, one whose tag says 1 or
119.99 ppi, a PNG without pHYs are kept as evidence with ``fingerprint.ppi`` null, listed by 'fingerprint list
--needs-ppi', never scored, resampled or put in a transaction (export-nist and bundle create go on without them),
until 'fingerprint set-ppi' gives them one. 'set-finger' corrects a finger; a duplicate with other values says so;
'fingerprint score' counts what it scored, could not decode and skipped."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin

from fieldkit.biometrics import capture, images, nist, prints, subjects, synthetic
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli.main import main
from fieldkit.errors import DuplicatePrintError, InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.outgoing.contributors import TRANSACTION
from fieldkit.store.store import Store
from tests.bundle_kit import info_of
from tests.conftest import PASSPHRASE, jpeg_bytes
from tests.hostile_prints import FAKE_WSQ

CASE = "Op Falcon"


def tiff_without_resolution(image: Image.Image) -> bytes:
    """A baseline greyscale TIFF with no XResolution, YResolution or ResolutionUnit tag (Pillow always writes them)."""
    width, height = image.size
    pixels = image.convert("L").tobytes()
    tags = [(256, 3, width), (257, 3, height), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 0), (277, 3, 1),
            (278, 3, height), (279, 4, len(pixels))]  # fmt: skip
    data_at = 8 + 2 + 12 * len(tags) + 4
    ifd = struct.pack("<H", len(tags)) + b"".join(
        struct.pack("<HHII", tag, kind, 1, data_at if tag == 273 else value) for tag, kind, value in tags
    )
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + pixels


def saved(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


@pytest.fixture
def cli(closed_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return closed_store


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_sample_files_say_what_the_tests_claim() -> None:
    ridges = synthetic.ridges(seed=1)
    with Image.open(io.BytesIO(tiff_without_resolution(ridges))) as image:
        assert isinstance(image, TiffImagePlugin.TiffImageFile)
        assert not {282, 283, 296} & set(image.tag_v2) and image.size == ridges.size  # no resolution tags ...
        assert image.info.get("dpi") in (None, (1, 1))  # ... which Pillow reports as 1 ppi: the old guess
    with Image.open(io.BytesIO(saved(ridges, "PNG"))) as image:
        assert "dpi" not in image.info  # no pHYs chunk
    assert images.plausible_ppi(1) is None and images.plausible_ppi(72) is None and images.plausible_ppi(96) is None
    assert images.plausible_ppi(119.99) is None and images.plausible_ppi(None) is None
    assert images.plausible_ppi(500) == 500 and images.plausible_ppi(1000) == 1000


def test_imported_prints_without_a_plausible_resolution_are_kept_unknown_and_fixed_by_set_ppi(
    cli: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "no-tag.tif": tiff_without_resolution(synthetic.ridges(seed=1)),
        "wrong-tag.tif": saved(synthetic.ridges(seed=2), "TIFF", dpi=(119.99, 119.99)),
        "one-ppi.tif": saved(synthetic.ridges(seed=3), "TIFF"),  # Pillow's default: 1 x 1
        "good.tif": saved(synthetic.ridges(seed=4), "TIFF", dpi=(500, 500)),
    }
    for finger, (name, data) in enumerate(files.items(), start=1):
        (tmp_path / name).write_bytes(data)
        assert main(["import", str(tmp_path / name), "--case", CASE, "--item", "EV-70", "--kind", "fingerprint",
                     "--finger", str(finger)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "kept with their resolution unknown" in out and "Traceback" not in out
    listed = run_json(capsys, "fingerprint", "list", "--item", "EV-70")
    assert isinstance(listed, list)
    by_name = {p["capture"]: p for p in listed}
    ids = {name: capture_id for capture_id, name in zip(sorted(by_name), files, strict=True)}
    for name in ("no-tag.tif", "wrong-tag.tif", "one-ppi.tif"):
        shown = by_name[ids[name]]
        assert shown["ppi"] is None and shown["ppi_source"] is None and shown["needs_ppi"] is True
    assert by_name[ids["good.tif"]]["ppi"] == 500 and by_name[ids["good.tif"]]["ppi_source"] == "file"
    needing = run_json(capsys, "fingerprint", "list", "--needs-ppi")  # the whole store, no item named
    assert isinstance(needing, list)
    assert sorted(p["capture"] for p in needing) == sorted(
        ids[n] for n in ("no-tag.tif", "wrong-tag.tif", "one-ppi.tif")
    )
    assert all(p["item"] == "EV-70" and p["case"] == CASE for p in needing)

    # Scoring skips them (never at a guessed resolution), and says so; the good one is scored.
    scored = run_json(capsys, "fingerprint", "score")
    assert isinstance(scored, dict)
    assert scored["counts"] == {"scored": 1, "failed": 0, "skipped": 3}
    assert {s["capture"] for s in scored["skipped"]} == {p["capture"] for p in needing}
    assert all("resolution is unknown" in s["reason"] for s in scored["skipped"])
    assert main(["fingerprint", "score"]) == 0
    text = capsys.readouterr().out
    assert "0 print(s) scored, 0 could not be decoded, 3 skipped." in text and "set-ppi" in text

    # export-nist leaves them out with the reason; nothing is resampled from 1 ppi.
    assert main(["export-nist", "--item", "EV-70", "--out", str(tmp_path / "EV-70.an2")]) == 0
    text = capsys.readouterr().out
    for name in ("no-tag.tif", "wrong-tag.tif", "one-ppi.tif"):
        assert f"left out capture #{ids[name]}: resolution unknown: set it with fieldkit fingerprint set-ppi " \
               f"{ids[name]} --ppi N" in text  # fmt: skip
    assert "Type-14" in text

    # set-ppi gives one its resolution: custody-logged, scored, listed no more, exported.
    fixed = run_json(capsys, "fingerprint", "set-ppi", str(ids["no-tag.tif"]), "--ppi", "500", "--reason",
                     "the sensor is 500 ppi")  # fmt: skip
    assert isinstance(fixed, dict)
    assert fixed["ppi"] == 500 and fixed["ppi_source"] == "stated" and fixed["changed"] is True
    assert fixed["nfiq2"] is not None and fixed["needs_ppi"] is False
    assert main(["fingerprint", "set-ppi", str(ids["no-tag.tif"]), "--ppi", "500"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    still = run_json(capsys, "fingerprint", "list", "--needs-ppi")
    assert isinstance(still, list) and ids["no-tag.tif"] not in {p["capture"] for p in still}
    with Store.open(cli, PASSPHRASE) as store:
        kept = store.capture(ids["no-tag.tif"])
        assert b"".join(store.read_original(kept.id)) == files["no-tag.tif"]  # the original is untouched
        (event,) = [e for e in store.custody_events() if e.action == "fingerprint.ppi_set"]
        assert event.subject == f"capture:{kept.uuid}"
        assert event.details == {"ppi": 500.0, "previous": None, "reason": "the sensor is 500 ppi"}
        assert len(store.captures(kind="fingerprint")) == 4  # nothing deleted
    assert main(["export-nist", "--item", "EV-70", "--out", str(tmp_path / "EV-70-2.an2")]) == 0
    assert "2 x Type-14" in capsys.readouterr().out


def test_added_prints_png_without_phys_duplicates_and_refusals(cli: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = ["--item", "EV-71", "--case", CASE]
    (tmp_path / "plain.png").write_bytes(saved(synthetic.ridges(seed=5), "PNG"))
    (tmp_path / "stated.png").write_bytes(saved(synthetic.ridges(seed=6), "PNG"))
    assert main(["fingerprint", "add", str(tmp_path / "plain.png"), *target, "--finger", "2"]) == 0
    out, err = capsys.readouterr()
    assert "RESOLUTION UNKNOWN" in out and "does not say it" in err and "set-ppi" in err
    added = run_json(capsys, "fingerprint", "add", str(tmp_path / "stated.png"), *target, "--finger", "3", "--ppi",
                     "500")  # fmt: skip
    assert isinstance(added, list)
    assert added[0]["ppi"] == 500 and added[0]["ppi_source"] == "stated" and added[0]["nfiq2"] is not None
    plain = run_json(capsys, "fingerprint", "list", *target)
    assert isinstance(plain, list)
    unknown = plain[0]["capture"]
    assert plain[0]["ppi"] is None and plain[0]["nfiq2"] is None

    # The same bytes again with a --ppi: said, with the capture and the command that corrects it; no new capture.
    assert main(["fingerprint", "add", str(tmp_path / "plain.png"), *target, "--finger", "2", "--ppi", "500"]) == 28
    err = capsys.readouterr().err
    assert f"already kept as capture #{unknown}" in err and f"fieldkit fingerprint set-ppi {unknown} --ppi 500" in err
    assert "Traceback" not in err
    assert main(["fingerprint", "add", str(tmp_path / "plain.png"), *target, "--finger", "7"]) == 28
    assert f"fieldkit fingerprint set-finger {unknown} --finger 7 --impression 2" in capsys.readouterr().err
    assert main(["fingerprint", "add", str(tmp_path / "plain.png"), *target, "--finger", "2"]) == 0
    assert "already kept" in capsys.readouterr().out  # the same values: it was already there
    assert len(run_json(capsys, "fingerprint", "list", *target)) == 2  # type: ignore[arg-type]

    # set-finger corrects the finger and impression, custody-logged with the previous values.
    moved = run_json(capsys, "fingerprint", "set-finger", str(unknown), "--finger", "7", "--impression",
                     "live-rolled", "--reason", "scanned the left index")  # fmt: skip
    assert isinstance(moved, dict)
    assert moved["finger_position"] == 7 and moved["impression_type"] == 1 and moved["changed"] is True
    with Store.open(cli, PASSPHRASE) as store:
        (event,) = [e for e in store.custody_events() if e.action == "fingerprint.finger_set"]
        assert event.details == {"finger": 7, "impression": 1, "previous_finger": 2, "previous_impression": 2,
                                 "reason": "scanned the left index"}  # fmt: skip

    # Refused, clearly: a stated resolution no print has, a finger out of range, a capture that is no print.
    assert main(["fingerprint", "add", str(tmp_path / "plain.png"), *target, "--finger", "2", "--ppi", "72"]) == 25
    assert "72 ppi is not plausible" in capsys.readouterr().err
    assert main(["fingerprint", "set-ppi", str(unknown), "--ppi", "96"]) == 25
    assert "not plausible for a fingerprint (250-2000" in capsys.readouterr().err
    assert main(["fingerprint", "set-finger", str(unknown), "--finger", "42"]) == 25
    assert "FGP code from 0 to 15" in capsys.readouterr().err
    (tmp_path / "scene.jpg").write_bytes(jpeg_bytes(size=(64, 48)))
    assert main(["import", str(tmp_path / "scene.jpg"), "--case", CASE, "--item", "EV-71"]) == 0
    with Store.open(cli, PASSPHRASE) as store:
        (photo,) = [c.id for c in store.captures(kind="photo")]
    assert main(["fingerprint", "set-ppi", str(photo), "--ppi", "500"]) == 25
    assert "not a fingerprint capture" in capsys.readouterr().err
    assert main(["fingerprint", "set-ppi", "nine", "--ppi", "500"]) == 2


def test_import_of_a_duplicate_print_with_other_values_says_how_to_correct_it(store: Store, tmp_path: Path) -> None:
    from fieldkit.cli._common import outcome_line  # lazy: only this test reads the CLI's line
    from fieldkit.core.importer import FingerprintDetails, Importer  # lazy: only this test imports through it

    path = tmp_path / "print.png"
    path.write_bytes(saved(synthetic.ridges(seed=7), "PNG"))
    Importer(store, kind="fingerprint", fingerprint=FingerprintDetails(2, 2, None)).run(CASE, "EV-72", [path])
    again = Importer(store, kind="fingerprint", fingerprint=FingerprintDetails(2, 2, 1000)).run(CASE, "EV-72", [path])
    (outcome,) = again.outcomes
    (kept,) = store.captures(kind="fingerprint")
    assert outcome.status == "duplicate" and outcome.duplicate_of == kept.id
    assert outcome.reason and f"'fieldkit fingerprint set-ppi {kept.id} --ppi 1000'" in outcome.reason
    assert kept.metadata["fingerprint"]["ppi"] is None  # kept as it was
    line = outcome_line(outcome)  # what `fieldkit import` prints: the correcting command, not only "duplicate"
    assert line.startswith(f"duplicate  of #{kept.id}") and f"fingerprint set-ppi {kept.id} --ppi 1000" in line


def test_score_counts_scored_failed_and_skipped(store: Store, tmp_path: Path) -> None:
    item = store.ensure_item(store.ensure_case(CASE), "EV-73")
    for name, data, ppi in (("good.png", saved(synthetic.ridges(seed=8), "PNG"), 500),
                            ("unknown.png", saved(synthetic.ridges(seed=9), "PNG"), None),
                            ("fake.wsq", FAKE_WSQ, 500)):  # fmt: skip
        store.originals.add_original(item, data, original_name=name, kind="fingerprint",
                                     media_type="image/x-wsq" if name.endswith("wsq") else "image/png", source="file",
                                     metadata={"fingerprint": {"finger_position": 1, "impression_type": 2,
                                                               "ppi": ppi}})  # fmt: skip
    results = {c: prints.score(store, c) for c in prints.unscored(store)}
    assert sorted((q.score is not None, q.failed is not None) for q in results.values()) == [
        (False, False), (False, True), (True, False)]  # fmt: skip
    (unknown,) = prints.needs_ppi(store)
    assert results[unknown.capture.id].note == prints.UNKNOWN_RESOLUTION_NOTE
    assert prints.unscored(store) == []  # the unknown one is not retried at every pass of the background work


def test_nothing_resamples_an_unknown_or_implausible_resolution(store: Store, tmp_path: Path) -> None:
    """The old store's 1 ppi, a bundle, export and the sandbox's own operations: refused or left out, with the
    reason, never gigapixels."""
    subject = subjects.add_subject(store, CASE, "S-74")
    old = store.originals.add_original(
        subject.item, saved(synthetic.ridges(seed=10), "TIFF"), original_name="old.tif", kind="fingerprint",
        media_type="image/tiff", source="file",
        metadata={"fingerprint": {"finger_position": 1, "impression_type": 2, "ppi": 1.0}},  # an older fieldkit's
    )[0]  # fmt: skip
    (tmp_path / "good.png").write_bytes(saved(synthetic.ridges(seed=11), "PNG"))
    good = capture.add_print_file(store, subject.item, tmp_path / "good.png", finger=2, impression=2, ppi=500)
    record = prints.print_record(store, store.capture(old))
    assert record.ppi is None and record.needs_ppi
    data, left_out = nist.transaction_for_item(store, subject.item, ori="TFN00001")
    assert data is not None
    ((gone_id, gone_reason),) = [(g.capture_id, g.reason) for g in left_out]
    assert gone_id == old and "resolution" in gone_reason  # left out, never resampled from 1 ppi
    with pytest.raises(InvalidValueError, match="no print's resolution"):
        images.resample(synthetic.ridges(seed=1), 1, 500)
    with pytest.raises(DuplicatePrintError):
        capture.add_print_file(store, subject.item, tmp_path / "good.png", finger=2, impression=2, ppi=1000)

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (made,) = compose.create_bundles(store, tmp_path)
    report = check_bundle(made.path, hq.trust())
    assert report.ok, report.message
    info = info_of(report)
    uuid = store.capture(old).uuid
    gone = [(e.capture, e.product, e.reason) for e in info.left_out or ()]
    assert [(c, p) for c, p, _ in gone] == [(uuid, TRANSACTION)] and "resolution" in gone[0][2]
    assert f"data/biometrics/{subject.item.uuid}.an2" in info.payload  # the good print travels
    assert good.capture.uuid in {c.uuid for c in report.captures.values()}
    assert uuid in {c.uuid for c in report.captures.values()}  # the print itself is kept and sent as evidence
