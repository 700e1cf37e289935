"""Face templates (issue 17): real face photos through the analysis sandbox, distances, the 1:N face index, and the
models loaded from the installed package with no network. The photos are in tests/assets/faces (README.md there
says where they come from)."""

from __future__ import annotations

import io
import socket
import zlib
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from fieldkit.biometrics import face_ops, faces
from fieldkit.biometrics.templates import FACE_ALGORITHM, Template, encode_finger
from fieldkit.biometrics.templates import FingerMinutiae as Minutiae
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import FaceModelUnavailableError, InvalidValueError, PrintUndecodableError
from tests.conftest import ROOT

ASSETS = ROOT / "tests" / "assets" / "faces"
THRESHOLD = IDENTIFICATION_LIMITS.face_distance


def photo(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


def only_template(name: str) -> Template:
    templates = faces.extract_faces(photo(name), what=name)
    assert len(templates) == 1, f"{name}: {len(templates)} faces"
    return templates[0]


def synthetic_face(seed: int, near: Template | None = None, by: float = 0.0) -> Template:
    rng = np.random.default_rng(seed)
    vector = rng.normal(0, 0.09, 128).astype("<f4")
    if near is not None:
        base = np.frombuffer(near.data, dtype="<f4")
        vector = (base + by * vector / np.linalg.norm(vector)).astype("<f4")
    return Template("face", FACE_ALGORITHM, vector.tobytes())


def test_a_face_photo_gives_one_template_with_its_box() -> None:
    found = faces.find_faces(photo("obama-1.jpg"), what="obama-1.jpg")
    assert (found.width, found.height) == Image.open(ASSETS / "obama-1.jpg").size
    assert len(found.faces) == 1
    face = found.faces[0]
    assert face.template.modality == "face" and face.template.algorithm == FACE_ALGORITHM
    assert len(face.template.data) == 128 * 4
    x, y, w, h = face.box  # the face is in the upper middle of the portrait, about a quarter of its width
    assert 0.2 * found.width < x + w / 2 < 0.8 * found.width and y + h / 2 < 0.5 * found.height
    assert 0.15 * found.width < w < 0.5 * found.width and face.score > 0
    assert faces.face_distance(face.template, only_template("obama-1.jpg")) < 1e-6  # the same photo: the same face


def test_two_photos_of_one_person_are_within_the_threshold_and_two_people_are_not() -> None:
    first, second, other = only_template("obama-1.jpg"), only_template("obama-2.jpg"), only_template("biden.jpg")
    assert faces.face_distance(first, second) < THRESHOLD
    assert faces.face_distance(first, other) > THRESHOLD
    assert faces.face_distance(second, other) > THRESHOLD
    index = faces.FaceIndex([("obama", first), ("biden", other)])
    assert [key for key, _ in index.search(second, limit=2)] == ["obama", "biden"]
    assert [key for key, _ in index.search(second, limit=2, max_distance=THRESHOLD)] == ["obama"]


def test_a_photo_turned_by_its_exif_orientation_is_read_upright() -> None:
    """A phone stores the pixels sideways and says so in EXIF: the HOG detector only finds upright faces."""
    sideways = Image.open(ASSETS / "obama-1.jpg").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to show
    out = io.BytesIO()
    sideways.save(out, "JPEG", quality=90, exif=exif.tobytes())
    found = faces.find_faces(out.getvalue(), what="sideways.jpg")
    assert (found.width, found.height) == Image.open(ASSETS / "obama-1.jpg").size
    assert len(found.faces) == 1
    assert faces.face_distance(found.faces[0].template, only_template("obama-1.jpg")) < THRESHOLD


def test_a_photo_without_a_face_gives_no_template() -> None:
    rng = np.random.default_rng(3)
    sky = np.linspace(90, 220, 480, dtype=np.float32)[:, None, None] * np.ones((480, 640, 3), dtype=np.float32)
    landscape = np.clip(sky + rng.normal(0, 6, sky.shape), 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(landscape).save(out, "PNG")
    assert faces.extract_faces(out.getvalue(), what="landscape.png") == []


def hostile_files() -> dict[str, bytes]:
    face = photo("obama-1.jpg")
    bomb = io.BytesIO()
    Image.new("1", (1, 1)).save(bomb, "PNG")
    header = bytearray(bomb.getvalue())
    header[16:24] = (200_000).to_bytes(4, "big") * 2  # IHDR: 200,000 x 200,000 pixels claimed, with a right CRC
    header[29:33] = zlib.crc32(bytes(header[12:29])).to_bytes(4, "big")
    return {
        "random bytes": bytes(np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8)),
        "a JPEG cut in half": face[: len(face) // 2],
        "a JPEG header and nothing else": face[:20],
        "a PNG that claims 40 gigapixels": bytes(header),
        "a text file": b"not a photo at all\n" * 50,
        "nothing": b"",
    }


@pytest.mark.parametrize("name", list(hostile_files()))
def test_a_damaged_or_hostile_file_is_refused_by_the_sandbox_never_a_crash(name: str) -> None:
    with pytest.raises(PrintUndecodableError, match=f"{name} could not be decoded") as raised:
        faces.extract_faces(hostile_files()[name], what=name, capture_id=7)
    assert raised.value.capture_id == 7 and raised.value.reason in {"decoder-error", "too-large", "memory"}
    assert len(faces.extract_faces(photo("biden.jpg"), what="after")) == 1  # the sandbox still answers


def test_face_distance_is_euclidean_and_refuses_a_finger_template() -> None:
    a, b = synthetic_face(1), synthetic_face(2)
    expected = np.linalg.norm(np.frombuffer(a.data, "<f4").astype(float) - np.frombuffer(b.data, "<f4").astype(float))
    assert faces.face_distance(a, b) == pytest.approx(expected) == pytest.approx(faces.face_distance(b, a))
    assert faces.face_distance(a, a) == 0
    finger = Template("finger", "nbis-mindtct", encode_finger(Minutiae(100, 100, 500, ())))
    with pytest.raises(InvalidValueError, match="not a face descriptor"):
        faces.face_distance(a, finger)


def test_the_face_index_lists_keys_nearest_first_each_once() -> None:
    probe = synthetic_face(0)
    index = faces.FaceIndex()
    assert index.search(probe, limit=5) == []
    for number in range(3000):  # strangers
        index.add(f"stranger-{number}", synthetic_face(100 + number))
    index.add("near", synthetic_face(1, near=probe, by=0.3))
    index.add("nearest", synthetic_face(2, near=probe, by=0.1))
    index.add("nearest", synthetic_face(3, near=probe, by=0.5))  # a second, farther view of the same entry
    index.add("middle", synthetic_face(4, near=probe, by=0.45))
    assert len(index) == 3004 and index.keys == 3003
    found = index.search(probe, limit=3)
    assert [key for key, _ in found] == ["nearest", "near", "middle"]
    assert [distance for _, distance in found] == pytest.approx([0.1, 0.3, 0.45], abs=1e-5)
    assert [key for key, _ in index.search(probe, limit=10, max_distance=0.4)] == ["nearest", "near"]
    everything = index.search(probe)
    assert len(everything) == 3003 and [d for _, d in everything] == sorted(d for _, d in everything)
    with pytest.raises(InvalidValueError):
        index.search(probe, limit=0)


def test_the_models_load_from_the_installed_package_and_never_touch_the_network(monkeypatch: Any) -> None:
    """In this process (the sandbox child also has no network at all): any socket would fail the test."""
    opened: list[object] = []

    def no_socket(*args: object, **kwargs: object) -> None:
        opened.append(args)
        raise AssertionError("a socket was opened while loading the face models")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    monkeypatch.setattr(face_ops, "_loaded", None)
    folder = face_ops.models_folder()
    assert folder is not None and folder.parent.name == face_ops.MODELS_PACKAGE
    assert "site-packages" in folder.parts or "dist-packages" in folder.parts
    answer = face_ops.extract(photo("obama-2.jpg"), identification=asdict(IDENTIFICATION_LIMITS))
    assert len(answer["faces"]) == 1 and opened == []
    parent = only_template("obama-2.jpg")  # the child's template is the same as this process's
    here = Template("face", FACE_ALGORITHM, answer["faces"][0]["descriptor"])
    assert faces.face_distance(parent, here) < 1e-5


def test_a_model_that_is_not_fieldkits_or_missing_is_refused_with_the_fix(monkeypatch: Any, tmp_path: Path) -> None:
    for name in face_ops.MODEL_SHA256:
        (tmp_path / name).write_bytes(b"another model")
    monkeypatch.setattr(face_ops, "models_folder", lambda: tmp_path)
    monkeypatch.setattr(face_ops, "_loaded", None)
    with pytest.raises(FaceModelUnavailableError, match="not the one"):
        face_ops.models()
    assert face_ops.extract(photo("obama-1.jpg"), identification=asdict(IDENTIFICATION_LIMITS)) == {
        "unavailable": f"the model file {face_ops.LANDMARKS_MODEL} is not the one fieldkit's face templates use "
        "(another version of face-recognition-models?)"
    }
    with pytest.raises(FaceModelUnavailableError, match="from face-recognition-models"):
        faces._found({"unavailable": "the model file x is not the one (from face-recognition-models)"})
    (tmp_path / face_ops.DESCRIPTOR_MODEL).unlink()
    assert not faces.available()
    with pytest.raises(FaceModelUnavailableError, match="is missing") as raised:
        faces.extract_faces(photo("obama-1.jpg"), what="obama-1.jpg")
    assert raised.value.exit_code == 70 and "dlib-bin" in raised.value.fix


def test_a_malformed_answer_from_a_child_is_refused() -> None:
    nan = np.full(128, np.nan, dtype="<f4").tobytes()
    with pytest.raises(ValueError, match="not a number"):
        faces._found({"width": 1, "height": 1, "faces": [{"box": [0, 0, 1, 1], "score": 1.0, "descriptor": nan}]})
    with pytest.raises(TypeError):
        faces._found({"width": 1, "height": 1, "faces": [{"box": [0, 0, 1, 1], "score": 1, "descriptor": "x"}]})
