"""Identification at HQ (issue 17): bundles carry the templates of their captures and the watchlist hits with the
operator's decisions (made later: in the next bundle); HQ stores them, searches every subject with new templates
against all other subjects it holds and lists the candidates for an examiner (`hq matches`), who decides; the report
lists the hits and candidates. A bundle whose template bytes do not decode is refused with reason ``record``.

The prints: the one real print that ships in a registry package (the ``wsq`` package's test.wsq, a 500 ppi plain
impression), made into templates by the real extractor (MINDTCT in the sandbox). The same person is that print on
two devices under two references; a different person is its mirror image (a pattern no finger of that person has:
Bozorth3, which matches across rotation and translation, scores it as an impostor, 18 against 499 for the print
itself)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import math
import random
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageOps

from fieldkit.biometrics import capture, subjects, templates
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template, extract_finger
from fieldkit.bundle import format, sshsig
from fieldkit.bundle.manifest import TEMPLATE_ALGORITHMS, CarriedTemplate, HitRecord, TemplatesRecord
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli import app as cli
from fieldkit.config import IDENTIFICATION_LIMITS, TEST_KDF, Limits
from fieldkit.errors import BundleFormatError, IntegrityError
from fieldkit.hq import report as html_report
from fieldkit.hq import watchlist
from fieldkit.hq.identify import Identification, SubjectKey
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.identification import TemplateRow
from fieldkit.store.store import Store
from tests.bundle_kit import Draft, pack, sample_payload, seal
from tests.conftest import PASSPHRASE
from tests.hq_backends import hq_ingest, new_hq, stored

WSQ_PRINT = Path(str(__import__("wsq").__file__)).parent / "tests" / "test.wsq"
RIGHT_INDEX = 2


@dataclass(frozen=True)
class Prints:
    same: Template  # the real print's template
    other: Template  # its mirror image's: another person
    same_png: bytes
    other_png: bytes


@pytest.fixture(scope="module")
def prints() -> Prints:
    """Templates made once per module by the real extractor (the sandbox), with the images they came from."""
    image = Image.open(io.BytesIO(WSQ_PRINT.read_bytes()))
    image.load()
    pngs = []
    for variant in (image, ImageOps.mirror(image)):
        out = io.BytesIO()
        variant.save(out, "PNG", dpi=(500, 500))
        pngs.append(out.getvalue())
    made = [extract_finger(png, ppi=500, finger=RIGHT_INDEX, what=name) for png, name in zip(pngs, "ab", strict=True)]
    assert made[0] is not None and made[1] is not None
    return Prints(made[0], made[1], pngs[0], pngs[1])


class Device:
    """One device (its own store), enrolled at ``hq``, provisioned with its recipient."""

    def __init__(self, tmp_path: Path, name: str, hq: HQ) -> None:
        self.store = Store.init(tmp_path / name, "alice", PASSPHRASE, kdf=TEST_KDF, limits=Limits(import_workers=1))
        hq.enroll(self.store.device_allowed_signers_line())
        ledger.add_recipient(self.store, hq.recipients()[0])
        self.out = tmp_path / f"{name}-out"
        self.out.mkdir()
        self.tmp = tmp_path / f"{name}-files"
        self.tmp.mkdir()

    def capture_print(self, reference: str, png: bytes, template: Template | None) -> tuple[str, int]:
        """A subject with one print of the right index (its templates saved as the device's search saves them);
        (the subject's uuid, the capture's id)."""
        subject = subjects.add_subject(self.store, "Op Falcon", reference)
        path = self.tmp / f"{reference}.png"
        path.write_bytes(png)
        record = capture.add_print_file(self.store, subject.item, path, finger=RIGHT_INDEX, impression=0, ppi=500)
        if template is not None:
            self.save_templates(record.capture.id, template)
        return subject.uuid, record.capture.id

    def save_templates(self, capture_id: int, template: Template) -> None:
        row = TemplateRow(capture_id, "finger", template.algorithm, template.finger, 0, template.data)
        self.store.identification.save_templates(capture_id, [row], status="ok", reason="", version="test")

    def bundle(self) -> list[Path]:
        return [made.path for made in compose.create_bundles(self.store, self.out)]

    def close(self) -> None:
        self.store.close()


def _records(path: Path, hq: HQ) -> tuple[list[TemplatesRecord], list[HitRecord]]:
    report = check_bundle(path, hq.trust())
    assert report.ok, report.message
    return list(report.templates.values()), list(report.hits.values())


# --- the records ----------------------------------------------------------------------------------------------------


def test_the_format_names_the_algorithms_the_codecs_know() -> None:
    assert {name: kind for name, (kind, _, _) in TEMPLATE_ALGORITHMS.items()} == templates.ALGORITHMS


def test_records_round_trip_and_parse_strictly(prints: Prints) -> None:
    carried = CarriedTemplate(modality="finger", algorithm=FINGER_ALGORITHM, finger=2, seq=0, data=prints.same.data)
    record = TemplatesRecord(uuid=str(uuid.uuid4()), capture="c", item="i", subject="s", reference="P-1",
                             algorithm_version="v", templates=(carried,))  # fmt: skip
    assert TemplatesRecord.from_json(json.loads(json.dumps(record.to_json()))) == record
    bad_shapes = [
        {**record.to_json(), "extra": 1},
        {**record.to_json(), "templates": []},
        {**record.to_json(), "templates": [{**carried.to_json(), "modality": "face"}]},
        {**record.to_json(), "templates": [{**carried.to_json(), "finger": 20}]},
        {**record.to_json(), "templates": [{**carried.to_json(), "data": "not base64!"}]},
        {**record.to_json(), "templates": [{**carried.to_json(), "data": base64.b64encode(b"x" * 4000).decode()}]},
        {**record.to_json(), "templates": [carried.to_json(), carried.to_json()]},
    ]
    for shape in bad_shapes:
        with pytest.raises(BundleFormatError) as caught:
            TemplatesRecord.from_json(shape)
        assert caught.value.reason == "record"
    hit = HitRecord(uuid="h", capture="c", item="i", subject=None, reference="EV-1", watchlist_ref="WL-1",
                    category="detain", instructions="", modality="finger", finger=2, score=61.0, watchlist_version=3,
                    found_at="t", decision=None, decided_by=None, decided_at=None, reason="")  # fmt: skip
    assert HitRecord.from_json(hit.to_json()) == hit
    for shape in ({**hit.to_json(), "decision": "maybe"}, {**hit.to_json(), "score": float("nan")},
                  {**hit.to_json(), "decision": "confirmed"}, {**hit.to_json(), "score": True}):  # fmt: skip
        with pytest.raises(BundleFormatError):
            HitRecord.from_json(shape)


# --- two devices, the same person -----------------------------------------------------------------------------------


def test_two_devices_capture_the_same_person_and_an_examiner_decides(
    tmp_path: Path, hq_backend: str, prints: Prints, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = new_hq(tmp_path / "HQ", hq_backend)
    north, south = Device(tmp_path, "north", hq), Device(tmp_path, "south", hq)
    try:
        person_north, _ = north.capture_print("P-1", prints.same_png, prints.same)
        person_south, _ = south.capture_print("X-9", prints.same_png, prints.same)
        stranger, _ = south.capture_print("X-10", prints.other_png, prints.other)
        (first,) = north.bundle()
        (second,) = south.bundle()
        carried, _ = _records(second, hq)
        assert sorted(r.reference for r in carried) == ["X-10", "X-9"]
        assert all(r.templates[0].finger == RIGHT_INDEX and r.subject for r in carried)
        north_id, south_id = north.store.device_id, south.store.device_id
    finally:
        north.close()
        south.close()
    assert hq_ingest(hq, str(first)) == 0
    assert hq_ingest(hq, str(second)) == 0
    capsys.readouterr()

    assert cli.main(["hq", "matches", "--dir", str(hq.folder), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["waiting"] == 0
    (candidate,) = listed["candidates"]  # the stranger (the mirrored print) is nobody's candidate
    sides = {candidate["a"]["subject"]: candidate["a"], candidate["b"]["subject"]: candidate["b"]}
    assert set(sides) == {person_north, person_south} and stranger not in sides
    assert sides[person_north]["device_id"] == north_id and sides[person_north]["reference"] == "P-1"
    assert sides[person_south]["device_id"] == south_id and sides[person_south]["reference"] == "X-9"
    assert sides[person_north]["bundles"] == [1] and sides[person_south]["bundles"] == [1]
    (finger,) = candidate["fingers"]
    assert finger["probe_finger"] == finger["gallery_finger"] == RIGHT_INDEX
    # The fused score counts each finger above the floor (matching.fuse): one finger here.
    assert finger["score"] - IDENTIFICATION_LIMITS.finger_floor == candidate["score"] and finger["score"] >= 40
    assert candidate["decision"] == "open"

    assert cli.main(["hq", "matches", "--dir", str(hq.folder)]) == 0
    text = capsys.readouterr().out
    assert f"#{candidate['id']}" in text and "OPEN" in text and "P-1" in text and "X-9" in text
    assert "2 (right index)" in text

    decide = ["hq", "matches", "--dir", str(hq.folder), "decide", str(candidate["id"])]
    assert cli.main([*decide, "--same", "--examiner", "E. Examiner", "--note", "12 points, same core"]) == 0
    assert "SAME" in capsys.readouterr().out
    assert cli.main([*decide, "--different", "--examiner", "Second Look", "--json"]) == 0
    decided = json.loads(capsys.readouterr().out)
    assert decided["decision"] == "different"
    assert [(d["decision"], d["examiner"], d["note"]) for d in decided["decisions"]] == [
        ("same", "E. Examiner", "12 points, same core"), ("different", "Second Look", "")]  # fmt: skip
    assert cli.main(["hq", "matches", "--dir", str(hq.folder), "decide", "999", "--same", "--examiner", "E"]) == 73
    assert cli.main([*decide, "--examiner", "E"]) == 2  # no decision given: a usage error
    capsys.readouterr()

    # The report of the second bundle names the candidate HQ found for its subject.
    assert cli.main(["verify", "--hq", str(hq.folder), str(_archived(hq, south_id)), "--json"]) == 0
    verified = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in verified["candidates"]] == [candidate["id"]] and verified["templates"] == 2


def _archived(hq: HQ, device: str) -> str:
    """Where HQ archived the device's bundle (its key in HQ's storage)."""
    (key,) = stored(hq, f"archive/{device}/")
    return key


def test_templates_stay_encrypted_in_hqs_database(tmp_path: Path, prints: Prints) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    device = Device(tmp_path, "north", hq)
    try:
        device.capture_print("P-1", prints.same_png, prints.same)
        (made,) = device.bundle()
    finally:
        device.close()
    with Index(hq) as index:
        assert index.ingest(made).outcome == "ingested"
        assert index.identification.template_count() == 1
    raw = (hq.folder / "index.sqlite").read_bytes()
    assert prints.same.data[:64] not in raw and b"FKM1" not in raw


# --- templates made after bundling; hits and decisions ----------------------------------------------------------


def test_templates_made_after_the_capture_left_travel_in_the_next_bundle(tmp_path: Path, prints: Prints) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    device = Device(tmp_path, "north", hq)
    try:
        _, capture_id = device.capture_print("P-1", prints.same_png, None)
        (first,) = device.bundle()
        assert _records(first, hq) == ([], [])
        device.save_templates(capture_id, prints.same)  # the background extraction finished after the bundle
        (second,) = device.bundle()  # a bundle of its own: nothing else waits
        (record,), _ = _records(second, hq)
        assert record.templates[0].data == prints.same.data and record.reference == "P-1"
        assert device.bundle() == []  # carried once
        device.save_templates(capture_id, prints.other)  # made again (a corrected print): travels again
        (third,) = device.bundle()
        (again,), _ = _records(third, hq)
        assert again.capture == record.capture and again.templates[0].data == prints.other.data
    finally:
        device.close()


def test_a_hit_and_the_operators_later_decision_reach_hq(tmp_path: Path, hq_backend: str, prints: Prints,
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    hq = new_hq(tmp_path / "HQ", hq_backend)
    device = Device(tmp_path, "north", hq)
    try:
        subject, capture_id = device.capture_print("P-1", prints.same_png, prints.same)
        identification = device.store.identification
        hit_uuid = str(uuid.uuid4())
        hit_id = identification.add_hit(hit_uuid, capture_id, ref="WL-0042", category="detain",
                                        instructions="do not alert the subject", modality="finger",
                                        finger=RIGHT_INDEX, score=87.0, watchlist_version=3)  # fmt: skip
        assert hit_id is not None
        (first,) = device.bundle()
        _, (open_hit,) = _records(first, hq)
        assert (open_hit.uuid, open_hit.decision, open_hit.subject) == (hit_uuid, None, subject)
        identification.decide(hit_id, "confirmed", "alice", "same scar on the right hand")
        (second,) = device.bundle()
        templates_again, (decided,) = _records(second, hq)
        assert templates_again == []  # the templates travelled already
        assert (decided.decision, decided.decided_by, decided.reason) == (
            "confirmed",
            "alice",
            "same scar on the right hand",
        )
        assert device.bundle() == []
    finally:
        device.close()
    assert hq_ingest(hq, str(first), str(second)) == 0
    capsys.readouterr()
    with Index(hq) as index:
        (held,) = index.identification.hits()
    assert (held["uuid"], held["decision"], held["bundles"], held["watchlist_ref"]) == (hit_uuid, "confirmed", [1, 2],
                                                                                       "WL-0042")  # fmt: skip
    # HQ's analyst lists them: whom (subject, capture), which entry, the score, the decision, the bundles
    assert cli.main(["hq", "hits", "--dir", str(hq.folder)]) == 0
    listed = capsys.readouterr().out
    assert "WL-0042 (detain)  score 87, finger 2 (right index)  CONFIRMED by alice" in listed
    assert f"subject P-1 ({subject}), capture {held['capture']}" in listed and "bundles 1, 2;" in listed
    assert cli.main(["hq", "hits", "--dir", str(hq.folder), "--json"]) == 0
    (said,) = json.loads(capsys.readouterr().out)["hits"]
    assert (said["uuid"], said["subject"], said["reference"], said["score"]) == (hit_uuid, subject, "P-1", 87.0)
    assert cli.main(["hq", "hits", "--dir", str(hq.folder), "--open"]) == 0
    assert "No watchlist hit waits for a decision" in capsys.readouterr().out
    report_file = tmp_path / "report.html"
    assert cli.main(["verify", "--hq", str(hq.folder), str(second), "--report", str(report_file)]) == 0
    out = capsys.readouterr().out
    assert "watchlist hit: P-1 (finger 2 (right index)" in out and "WL-0042 [detain]" in out
    assert "CONFIRMED by alice" in out
    page = report_file.read_text("utf-8")
    assert "<h2>Watchlist hits</h2>" in page and "WL-0042" in page and "same scar on the right hand" in page
    report = check_bundle(first, hq.trust())
    assert "OPEN: no decision" in " ".join(html_report.identification_lines(report, []))


# --- hostile records ------------------------------------------------------------------------------------------------

HOSTILE_DEVICE = "d0000000-0000-4000-8000-0000000000ee"


def _hostile_bundle(tmp_path: Path, hq: HQ, data: bytes, name: str) -> Path:
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{HOSTILE_DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    payload = sample_payload()
    record = {"uuid": "44444444-4444-4444-8444-444444444444", "capture": "11111111-1111-4111-8111-111111111111",
              "item": "22222222-2222-4222-8222-222222222222", "subject": "55555555-5555-4555-8555-555555555555",
              "reference": "EV-1", "algorithm_version": "x",
              "templates": [{"modality": "finger", "algorithm": FINGER_ALGORITHM, "finger": 2, "seq": 0,
                             "data": base64.b64encode(data).decode()}]}  # fmt: skip
    payload[f"{TemplatesRecord.FOLDER}{record['uuid']}.json"] = format.canonical_json(record)
    draft = Draft(device_id=HOSTILE_DEVICE, key=key, payload=payload)
    path = tmp_path / name
    path.write_bytes(seal(pack(draft), hq.recipients()))
    return path


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"FKM2" + bytes(8) + bytes(7 * 12), "not a fieldkit finger template"),
        (b"FKM1" + bytes.fromhex("01f4 01f4 01f4 0002") + bytes.fromhex("ffff 0001 0000 00") * 2, "outside its image"),
        (b"FKM1" + bytes.fromhex("01f4 01f4 01f4 0009") + bytes(7), "does not match its minutiae count"),
    ],
)
def test_bad_template_bytes_refuse_the_bundle(tmp_path: Path, prints: Prints, data: bytes, said: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    hq = new_hq(tmp_path / "HQ", "sqlite")
    path = _hostile_bundle(tmp_path, hq, data, "hostile.fkb")
    assert check_bundle(path, hq.trust()).ok  # the shape holds: the codec is HQ's check
    with Index(hq) as index:
        result = index.ingest(path)
        assert (result.outcome, result.reason) == ("quarantined", "record")
        assert said in result.message and "capture 11111111-1111-4111-8111-111111111111" in result.message
        assert index.identification.template_count() == 0
    assert stored(hq, "archive/") == [] and len(stored(hq, "quarantine/", ".fkb")) == 1
    assert cli.main(["verify", "--hq", str(hq.folder), str(path)]) != 0
    assert said in capsys.readouterr().out


def test_a_templates_record_of_the_wrong_shape_is_refused_by_the_verifier(tmp_path: Path) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    path = _hostile_bundle(tmp_path, hq, b"FKM1" + bytes(3), "short.fkb")  # below the format's smallest template
    report = check_bundle(path, hq.trust())
    assert (report.ok, report.reason) == (False, "record") and "no valid data" in report.message
    with Index(hq) as index:
        assert index.ingest(path).reason == "record"


def test_a_bundle_without_identification_records_still_ingests(tmp_path: Path) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{HOSTILE_DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    path = tmp_path / "old.fkb"
    path.write_bytes(seal(pack(Draft(device_id=HOSTILE_DEVICE, key=key, payload=sample_payload())), hq.recipients()))
    with Index(hq) as index:
        result = index.ingest(path)
        assert result.outcome == "ingested" and result.candidates == [] and result.identification == ""
        assert index.identification.candidates() == [] and index.identification.hits() == []
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.file_sha256 == digest


def test_the_gallery_streams_in_small_pages_and_keeps_subjects_whole(tmp_path: Path, prints: Prints) -> None:
    """Pages of 3 templates: a subject with two fingers is never split, its two finger scores fuse; a subject
    searched is never its own candidate; position 0 (unknown) is compared with every finger."""
    hq = new_hq(tmp_path / "HQ", "sqlite")
    limits = dataclasses.replace(IDENTIFICATION_LIMITS, hq_search_batch=3)

    def record(subject: str, finger: int, template: Template) -> TemplatesRecord:
        carried = CarriedTemplate(modality="finger", algorithm=FINGER_ALGORITHM, finger=finger, seq=0,
                                  data=template.data)  # fmt: skip
        return TemplatesRecord(uuid=str(uuid.uuid4()), capture=str(uuid.uuid4()), item="i", subject=subject,
                               reference=subject[:4], algorithm_version="t", templates=(carried,))  # fmt: skip

    people = {"aaaa-probe": [(2, prints.same), (3, prints.other)], "bbbb-mate": [(2, prints.same), (3, prints.other)],
              "cccc-half": [(2, prints.other), (7, prints.same)], "dddd-unknown": [(0, prints.same)],
              "eeee-none": [(2, prints.other)]}  # fmt: skip
    with Index(hq) as index:
        identification = Identification(hq, index.db, limits=limits)
        with index.db.transaction():
            for subject, fingers in people.items():
                for finger, template in fingers:
                    identification.add_templates("dev", 1, record(subject, finger, template), "now")
        result = identification.search(SubjectKey("dev", "aaaa-probe"))
    found = {c["subject"]: c for c in result.candidates}
    assert set(found) == {"bbbb-mate", "dddd-unknown"}
    assert sorted((f["probe_finger"], f["gallery_finger"]) for f in found["bbbb-mate"]["fingers"]) == [(2, 2), (3, 3)]
    floor = IDENTIFICATION_LIMITS.finger_floor
    assert found["bbbb-mate"]["score"] == sum(f["score"] - floor for f in found["bbbb-mate"]["fingers"])
    assert found["bbbb-mate"]["score"] > found["dddd-unknown"]["score"]
    assert result.compared == 5  # every template but the probe's own two and cccc's finger 7


# --- the pre-filter, templates stored before it, HQ's watchlist ---------------------------------------------------


def _moved(template: Template, seed: int, *, finger: int = RIGHT_INDEX) -> Template:
    """Another impression of the same finger: the minutiae rotated and shifted, a tenth dropped, the rest jittered."""
    rng = random.Random(seed)
    base = templates.decode_finger(template.data)
    angle = rng.uniform(-20, 20)
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cx, cy, dx, dy = base.width / 2, base.height / 2, rng.uniform(-20, 20), rng.uniform(-20, 20)
    kept = []
    for m in base.minutiae:
        x = cx + (m.x - cx) * cos - (m.y - cy) * sin + dx + rng.uniform(-2, 2)
        y = cy + (m.x - cx) * sin + (m.y - cy) * cos + dy + rng.uniform(-2, 2)
        if rng.random() >= 0.1 and 0 <= x < base.width and 0 <= y < base.height:
            kept.append(templates.Minutia(int(x), int(y), (m.direction - angle) % 360, m.bifurcation))
    data = templates.encode_finger(templates.FingerMinutiae(base.width, base.height, base.ppi, tuple(kept)))
    return Template("finger", FINGER_ALGORITHM, data, finger)


def _stranger(template: Template, rng: random.Random, finger: int) -> Template:
    """Another finger: as many minutiae as the real print, anywhere, any direction."""
    base = templates.decode_finger(template.data)
    minutiae = tuple(templates.Minutia(rng.randrange(base.width), rng.randrange(base.height), rng.uniform(0, 360),
                                       rng.random() < 0.5) for _ in base.minutiae)  # fmt: skip
    data = templates.encode_finger(templates.FingerMinutiae(base.width, base.height, base.ppi, minutiae))
    return Template("finger", FINGER_ALGORITHM, data, finger)


def _record(subject: str, template: Template) -> TemplatesRecord:
    carried = CarriedTemplate(modality="finger", algorithm=FINGER_ALGORITHM, finger=template.finger, seq=0,
                              data=template.data)  # fmt: skip
    return TemplatesRecord(uuid=str(uuid.uuid4()), capture=str(uuid.uuid4()), item="i", subject=subject,
                           reference=subject[:8], algorithm_version="t", templates=(carried,))  # fmt: skip


def test_the_prefilter_keeps_the_mate_among_strangers(tmp_path: Path, hq_backend: str, prints: Prints) -> None:
    """120 strangers of two fingers and the mate (two other impressions of the real print); a budget of 6
    comparisons (a subject takes 2): Bozorth3 compares only the pre-filter's best 3 subjects, and the mate is ranked
    first and found."""
    hq = new_hq(tmp_path / "HQ", hq_backend)
    limits = dataclasses.replace(IDENTIFICATION_LIMITS, hq_rerank_comparisons=6, hq_min_shortlist=2,
                                 hq_prefilter_batch=37)  # fmt: skip
    rng = random.Random(5)
    with Index(hq) as index:
        identification = Identification(hq, index.db, limits=limits)
        with index.db.transaction():
            for n in range(120):
                for finger in (RIGHT_INDEX, 3):
                    stranger = _record(f"stranger-{n:03}", _stranger(prints.same, rng, finger))
                    identification.add_templates("dev", 1, stranger, "now")
            for seed, device, subject in ((1, "dev", "mate"), (2, "probe-dev", "probe")):
                identification.add_templates(device, 1, _record(subject, _moved(prints.same, seed)), "now")
                identification.add_templates(device, 1, _record(subject, _moved(prints.same, seed + 10, finger=3)),
                                             "now")  # fmt: skip
        result = identification.search(SubjectKey("probe-dev", "probe"))
        (mate_first,) = index.db.execute("SELECT min(template_id) FROM hq_template_features WHERE subject_uuid ="
                                         " 'mate'").fetchone()  # fmt: skip
    assert result.ranking is not None and result.ranking.vectors == 242  # every vector but the probe's own
    assert result.ranking.rank_of(int(mate_first)) == 1
    assert result.shortlisted == 3 and result.compared == 6  # 3 subjects of 2 fingers: not the 121 subjects
    (found,) = result.candidates
    assert (found["device"], found["subject"]) == ("dev", "mate") and len(found["fingers"]) == 2


def test_templates_stored_before_the_prefilter_are_still_searched(
    tmp_path: Path, hq_backend: str, prints: Prints, capsys: pytest.CaptureFixture[str]
) -> None:
    """Templates HQ held before it kept vectors (as the schema migration finds them: no vector, listed for the
    back-fill) are found by the next search, which makes their vectors; `hq reindex` makes them ahead."""
    hq = new_hq(tmp_path / "HQ", hq_backend)
    with Index(hq) as index:
        identification = index.identification
        with index.db.transaction():
            identification.add_templates("old-dev", 1, _record("old-mate", prints.same), "now")
            identification.add_templates("old-dev", 1, _record("old-other", prints.other), "now")
        # As an HQ of schema 1 left them: no vectors; the migration to 2 lists every finger template to back-fill.
        index.db.execute("DELETE FROM hq_template_features")
        index.db.execute("INSERT INTO hq_feature_backfill (template_id) SELECT id FROM hq_subject_templates")
        assert identification.backfill_waiting() == 2
        with index.db.transaction():
            identification.add_templates("new-dev", 1, _record("new-probe", _moved(prints.same, 3)), "now")
        result = identification.search(SubjectKey("new-dev", "new-probe"))
        assert [c["subject"] for c in result.candidates] == ["old-mate"]
        assert identification.backfill_waiting() == 0 and result.ranking is not None
        assert result.ranking.vectors == 2
        # Listed again, `hq reindex` makes them (and says how many).
        index.db.execute("DELETE FROM hq_template_features WHERE subject_uuid LIKE 'old-%'")
        index.db.execute("INSERT INTO hq_feature_backfill (template_id) SELECT id FROM hq_subject_templates WHERE"
                         " subject_uuid LIKE 'old-%'")  # fmt: skip
    assert cli.main(["hq", "reindex", "--dir", str(hq.folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["vectors"] == 2
    with Index(hq) as index:
        assert index.identification.backfill_waiting() == 0
        vectors = index.db.execute("SELECT count(*) FROM hq_template_features").fetchone()[0]
        assert vectors == 3


def test_a_vector_moved_to_another_template_does_not_open(tmp_path: Path, prints: Prints) -> None:
    hq = new_hq(tmp_path / "HQ", "sqlite")
    with Index(hq) as index:
        identification = index.identification
        with index.db.transaction():
            identification.add_templates("dev", 1, _record("a", prints.same), "now")
            identification.add_templates("dev", 1, _record("b", prints.other), "now")
            identification.add_templates("probe", 1, _record("p", prints.same), "now")
        index.db.execute("UPDATE hq_template_features SET vector = (SELECT vector FROM hq_template_features WHERE"
                         " subject_uuid = 'a') WHERE subject_uuid = 'b'")  # fmt: skip
        with pytest.raises(IntegrityError, match="altered"):
            identification.search(SubjectKey("probe", "p"))


def test_a_subject_ingested_at_hq_is_searched_against_hqs_watchlist(
    tmp_path: Path, hq_backend: str, prints: Prints, capsys: pytest.CaptureFixture[str]
) -> None:
    hq = new_hq(tmp_path / "HQ", hq_backend)
    with Index(hq) as index:
        watchlist.migrate(index.db)
        listed = _moved(prints.same, 7)
        watchlist.add(hq, index.db, "WL-0099", [watchlist.Source(listed, "wl.png", "0" * 64)], by="hq-operator",
                      category="wanted", instructions="detain")  # fmt: skip
        watchlist.add(hq, index.db, "WL-OTHER", [watchlist.Source(prints.other, "o.png", "1" * 64)], by="hq-operator")
    device = Device(tmp_path, "north", hq)
    try:
        person, _ = device.capture_print("P-7", prints.same_png, prints.same)
        (made,) = device.bundle()
        device_id = device.store.device_id
    finally:
        device.close()
    assert hq_ingest(hq, str(made)) == 0
    out = capsys.readouterr().out
    if hq_backend == "sqlite":  # a worker seals its verdict before the search runs: `hq matches` says it there
        assert "WATCHLIST at HQ: subject P-7 (" in out and "WL-0099 [wanted]" in out and "WL-OTHER" not in out

    assert cli.main(["hq", "matches", "--dir", str(hq.folder), "--json"]) == 0
    (candidate,) = json.loads(capsys.readouterr().out)["candidates"]
    assert candidate["kind"] == "watchlist" and candidate["decision"] == "open"
    side_a = candidate["a"]
    assert (side_a["subject"], side_a["device_id"], side_a["reference"]) == (person, device_id, "P-7")
    assert (candidate["b"]["watchlist_ref"], candidate["b"]["category"], candidate["b"]["instructions"]) == (
        "WL-0099", "wanted", "detain")  # fmt: skip
    (finger,) = candidate["fingers"]
    assert finger["probe_finger"] == RIGHT_INDEX and finger["score"] >= IDENTIFICATION_LIMITS.finger_threshold
    assert cli.main(["hq", "matches", "--dir", str(hq.folder)]) == 0
    assert "WATCHLIST entry WL-0099 [wanted] (detain)" in capsys.readouterr().out
    decide = ["hq", "matches", "--dir", str(hq.folder), "decide", str(candidate["id"])]
    assert cli.main([*decide, "--same", "--examiner", "E. Examiner"]) == 0
    capsys.readouterr()

    assert cli.main(["verify", "--hq", str(hq.folder), str(_archived(hq, device_id))]) == 0
    assert f"HQ watchlist candidate {candidate['id']}: P-7 of device {device_id} ~ HQ watchlist entry WL-0099" \
           " [wanted] (detain)" in capsys.readouterr().out  # fmt: skip
