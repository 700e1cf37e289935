"""Finger templates and matching (issue 17): real prints' templates (tests/assets/identification, README there),
the FKM1 codec under hostile bytes, extraction in the sandbox, and the 1:N gallery with its pre-filter."""

from __future__ import annotations

import dataclasses
import io
import itertools
import random
import struct
from pathlib import Path

import pytest
from PIL import Image

from fieldkit.biometrics import matching, nbis, templates
from fieldkit.biometrics.fkm1 import FingerMinutiae, Minutia, decode_finger, encode_finger
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import InvalidValueError, PrintUndecodableError, TemplatesUnavailableError
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not nbis.available(), reason="the NBIS library is not built (scripts/bootstrap.sh)")

ASSETS = ROOT / "tests" / "assets" / "identification"
MATES = [("p1_1", "p1_2"), ("101_1", "101_2"), ("102_1", "102_2")]
FINGER_OF = {"p1_1": "p1", "p1_2": "p1", "p2_1": "p2", "101_1": "101", "101_2": "101", "102_1": "102",
             "102_2": "102"}  # fmt: skip


def real(name: str, finger: int = 0) -> Template:
    return Template("finger", FINGER_ALGORITHM, (ASSETS / f"{name}.fkm1").read_bytes(), finger)


def synthetic(seed: int, finger: int = 0, count: int = 50) -> Template:
    """Random minutiae (not a print): an entry no real print mates with."""
    rng = random.Random(seed)
    minutiae = tuple(Minutia(rng.randrange(20, 380), rng.randrange(20, 480), rng.uniform(0, 360), rng.random() < 0.5)
                     for _ in range(count))  # fmt: skip
    return Template("finger", FINGER_ALGORITHM, encode_finger(FingerMinutiae(400, 500, 500, minutiae)), finger)


# --- real prints ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), MATES)
def test_two_real_impressions_of_one_finger_score_above_the_threshold(first: str, second: str) -> None:
    assert matching.compare_fingers(real(first), real(second)) >= IDENTIFICATION_LIMITS.finger_threshold


def test_real_prints_of_different_fingers_score_below_the_threshold() -> None:
    names = list(FINGER_OF)
    for a, b in itertools.combinations(names, 2):
        if FINGER_OF[a] != FINGER_OF[b]:
            assert matching.compare_fingers(real(a), real(b)) < IDENTIFICATION_LIMITS.finger_threshold, (a, b)


def test_the_score_does_not_depend_on_the_order() -> None:
    a, b = real("p1_1"), real("p1_2")
    assert matching.compare_fingers(a, b) == matching.compare_fingers(b, a)


def test_a_face_template_is_not_compared_as_a_finger() -> None:
    face = Template("face", templates.FACE_ALGORITHM, struct.pack("<128f", *([0.1] * 128)))
    with pytest.raises(InvalidValueError):
        matching.compare_fingers(face, real("p1_1"))


# --- FKM1 under hostile bytes --------------------------------------------------------------------------------------


def header(width: int = 400, height: int = 500, ppi: int = 500, count: int = 1) -> bytes:
    return struct.pack(">4sHHHH", b"FKM1", width, height, ppi, count)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"FKM1",
        header()[:-1],
        header(count=1),  # no record
        header(count=2) + struct.pack(">HHHB", 1, 1, 0, 0),  # one record short
        header(count=0) + b"\x00",  # a byte after the last record
        b"FKM2" + header()[4:] + struct.pack(">HHHB", 1, 1, 0, 0),
        header(width=0) + struct.pack(">HHHB", 0, 1, 0, 0),
        header(ppi=0) + struct.pack(">HHHB", 1, 1, 0, 0),
        header() + struct.pack(">HHHB", 400, 1, 0, 0),  # x outside the image
        header() + struct.pack(">HHHB", 1, 500, 0, 0),  # y outside the image
        header() + struct.pack(">HHHB", 1, 1, 36000, 0),  # direction of 360 degrees
        header() + struct.pack(">HHHB", 1, 1, 0, 2),  # neither ending nor bifurcation
        header(count=256) + struct.pack(">HHHB", 1, 1, 0, 0) * 256,  # more than FKM1 holds
    ],
)
def test_malformed_fkm1_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidValueError):
        decode_finger(data)
    with pytest.raises(InvalidValueError):
        Template("finger", FINGER_ALGORITHM, data)


def test_mutated_templates_parse_or_are_refused_never_crash() -> None:
    rng = random.Random(17)
    original = real("p1_1").data
    for _ in range(2000):
        mutated = bytearray(original)
        for _ in range(rng.randint(1, 6)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        if rng.random() < 0.3:
            del mutated[rng.randrange(len(mutated)) :]
        try:
            template = Template("finger", FINGER_ALGORITHM, bytes(mutated))
        except InvalidValueError:
            continue
        found = decode_finger(template.data)
        assert all(m.x < found.width and m.y < found.height and 0 <= m.direction < 360 for m in found.minutiae)
        assert matching.compare_fingers(template, real("p1_2")) >= 0  # a template that parses can be compared


def test_a_template_from_json_with_hostile_data_is_refused() -> None:
    value = real("p1_1").to_json()
    assert Template.from_json(value) == real("p1_1")
    for data in ("not base64!", "RktNMQ==", ""):
        with pytest.raises(InvalidValueError):
            Template.from_json({**value, "data": data})
    with pytest.raises(InvalidValueError):
        Template.from_json({**value, "finger": 20})


def test_fkm1_round_trips_what_mindtct_gives() -> None:
    found = decode_finger(real("102_1").data)
    assert decode_finger(encode_finger(found)) == found
    assert found.ppi == 500 and len(found.minutiae) >= IDENTIFICATION_LIMITS.min_minutiae


# --- extraction in the sandbox ------------------------------------------------------------------------------------


def png(image: Image.Image, dpi: float | None = None) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return out.getvalue()


def test_extract_finger_of_a_garbage_file_is_print_undecodable() -> None:
    for data in (b"", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"\xff\xa0\xff" + bytes(range(256)) * 4, b"hello"):
        with pytest.raises(PrintUndecodableError):
            templates.extract_finger(data, ppi=500, finger=1, what="garbage.png")


def test_extract_finger_needs_a_resolution() -> None:
    image = Image.new("L", (300, 300), 255)
    with pytest.raises(InvalidValueError, match="resolution"):
        templates.extract_finger(png(image), ppi=None, finger=1, what="print.png")


def test_extract_finger_of_a_blank_image_is_none() -> None:
    assert templates.extract_finger(png(Image.new("L", (300, 300), 255)), ppi=500, finger=1, what="blank") is None


def wsq_test_print() -> bytes:
    import wsq  # lazy: the installed package's own test print

    path = Path(wsq.__file__).parent / "tests" / "test.wsq"
    if not path.is_file():
        pytest.skip("the wsq package's test print is not installed")
    return path.read_bytes()


def test_extract_finger_of_a_real_wsq_print() -> None:
    template = templates.extract_finger(wsq_test_print(), ppi=500, finger=7, what="test.wsq")
    assert template is not None and template.finger == 7 and template.algorithm == FINGER_ALGORITHM
    found = decode_finger(template.data)
    assert found.ppi == 500 and len(found.minutiae) >= IDENTIFICATION_LIMITS.min_minutiae
    assert matching.compare_fingers(template, template) > IDENTIFICATION_LIMITS.finger_threshold


def test_extract_finger_resamples_to_500_ppi() -> None:
    data = wsq_test_print()
    from fieldkit.biometrics import images  # lazy: decoding a trusted test file here, to make a 1000 ppi copy

    image, _ = images.decode_with_ppi(data)
    doubled = image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    at_1000 = templates.extract_finger(png(doubled, 1000), ppi=None, finger=0, what="doubled.png")
    at_500 = templates.extract_finger(data, ppi=500, finger=0, what="test.wsq")
    assert at_1000 is not None and at_500 is not None
    found = decode_finger(at_1000.data)
    assert (found.width, found.height) == (image.width, image.height)  # the file's 1000 ppi was used
    # A Lanczos round trip moves some of the 150 kept minutiae: the score stays far above any other finger's.
    mated = matching.compare_fingers(at_1000, at_500)
    assert mated > 25 and mated > 2 * max(matching.compare_fingers(at_1000, real(name)) for name in FINGER_OF)


def test_without_the_native_library_templates_are_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.biometrics import nbis  # lazy: where the library is looked for

    monkeypatch.setattr(nbis, "_library_path", lambda: None)
    monkeypatch.setattr(nbis, "_LOADED", [])
    with pytest.raises(TemplatesUnavailableError) as raised:
        matching.compare_fingers(real("p1_1"), real("p1_2"))
    assert raised.value.exit_code == 69 and "bootstrap.sh" in raised.value.fix


# --- the gallery ------------------------------------------------------------------------------------------------


def small_gallery(limits: object = IDENTIFICATION_LIMITS) -> matching.Gallery:
    gallery = matching.Gallery(limits)  # type: ignore[arg-type]
    gallery.add("P1", [real("p1_1", 2)])
    gallery.add("P2", [real("p2_1", 2)])
    gallery.add("F101", [real("101_1", 3), synthetic(1, 4)])
    gallery.add("F102", [real("102_1", 4)])
    for n in range(20):
        gallery.add(f"S{n}", [synthetic(100 + n, p) for p in (2, 3, 4)])
    return gallery


def test_a_gallery_search_finds_the_mate_first() -> None:
    gallery = small_gallery()
    assert len(gallery) == 24
    for probe, key, position in (("p1_2", "P1", 2), ("101_2", "F101", 3), ("102_2", "F102", 4)):
        found = gallery.search([real(probe, position)])
        assert found and found[0].key == key and found[0].modality == "finger"
        floor = IDENTIFICATION_LIMITS.finger_floor
        assert found[0].fingers[0] == matching.FingerScore(position, position, int(found[0].score) + floor)
        assert all(c.fingers[0].score >= IDENTIFICATION_LIMITS.finger_threshold for c in found)


def test_a_non_mated_print_finds_no_candidate() -> None:
    assert small_gallery().search([real("p2_1", 3)]) == []


def test_finger_positions_filter_what_is_compared() -> None:
    gallery = small_gallery()
    assert [c.key for c in gallery.search([real("p1_2", 2)])] == ["P1"]
    assert gallery.search([real("p1_2", 7)]) == []  # P1's print is finger 2: a finger 7 is another finger
    assert [c.key for c in gallery.search([real("p1_2", 0)])][:1] == ["P1"]  # unknown position: compared with all
    unknown = matching.Gallery()
    unknown.add("U", [real("p1_1", 0)])
    assert [c.key for c in unknown.search([real("p1_2", 9)])] == ["U"]


def test_fingers_of_a_probe_are_fused_each_finger_once() -> None:
    gallery = matching.Gallery()
    gallery.add("TWO", [real("p1_1", 2), real("101_1", 3)])
    gallery.add("ONE", [real("p1_1", 2), synthetic(5, 3)])
    found = gallery.search([real("p1_2", 2), real("101_2", 3)])
    assert [c.key for c in found][:2] == ["TWO", "ONE"]
    two = found[0]
    assert {(f.probe_finger, f.gallery_finger) for f in two.fingers} == {(2, 2), (3, 3)}
    assert two.score == sum(f.score - IDENTIFICATION_LIMITS.finger_floor for f in two.fingers)
    # Unknown positions: one probe finger cannot stand for two of the entry's fingers.
    same = matching.Gallery()
    same.add("X", [real("p1_1", 0), real("p1_1", 0)])
    (candidate,) = same.search([real("p1_2", 0)])
    assert len(candidate.fingers) == 1


def test_the_pre_filter_shortlist_still_finds_a_ten_print_mate() -> None:
    tight = dataclasses.replace(IDENTIFICATION_LIMITS, rerank_comparisons=6, min_shortlist=2)
    gallery = matching.Gallery(tight)
    for n in range(60):
        gallery.add(f"S{n}", [synthetic(1000 + 3 * n + p, p) for p in (1, 2, 3)])
    gallery.add("MATE", [real("p1_1", 1), real("101_1", 2), real("102_1", 3)])
    found = gallery.search([real("p1_2", 1), real("101_2", 2), real("102_2", 3)])
    assert found[0].key == "MATE" and len(found[0].fingers) == 3


def test_ten_fingers_of_chance_agreement_are_no_candidate() -> None:
    scores = [matching.FingerScore(p, p, 12) for p in range(1, 11)]  # each at the impostors' 90th percentile
    total, kept = matching.fuse([(i, i, s) for i, s in enumerate(scores)])
    assert (total, kept) == (0, ())
    mate = [(0, 0, matching.FingerScore(1, 1, 30)), (1, 1, matching.FingerScore(2, 2, 35))]
    assert matching.fuse(mate)[0] == 30 + 35 - 2 * IDENTIFICATION_LIMITS.finger_floor >= 40


def test_limit_and_empty_gallery() -> None:
    assert matching.Gallery().search([real("p1_1")]) == []
    gallery = matching.Gallery()
    for n in range(4):
        gallery.add(f"P{n}", [real("p1_1")])
    assert len(gallery.search([real("p1_2")], limit=2)) == 2
    assert len(gallery.search([real("p1_2")])) == 4


def test_an_entry_with_too_many_templates_is_refused() -> None:
    with pytest.raises(InvalidValueError):
        matching.Gallery().add("X", [real("p1_1")] * (IDENTIFICATION_LIMITS.max_templates_per_entry + 1))
