"""Face templates: made from a photo in the analysis sandbox, compared by distance, searched 1:N (issue 17).

Decision: dlib's face recogniser, as registry packages ship it (dlib-bin's prebuilt wheels, Boost licence; the
models in face-recognition-models, CC0): HOG frontal face detector, 5-point landmarks, and the ResNet that maps an
aligned face to 128 numbers whose Euclidean distance is small for the same person (dlib: 99.38 % on LFW at 0.6).
It runs on a laptop's CPU at about a second a photo, loads from the installed package and never from a hub, and
its templates are 512 bytes. docs/faces.md says why this one, the format and the measured figures.

    templates = extract_faces(photo_bytes, what="the face photo of capture #12", capture_id=12)
    index = FaceIndex()
    index.add("WL-0042", watchlist_template)
    index.search(templates[0], limit=10)  # [("WL-0042", 0.31), ...], nearest first
    face_distance(a, b) < IDENTIFICATION_LIMITS.face_distance  # a candidate

A photo that cannot be decoded raises PrintUndecodableError (confined.run names it after ``what``; the original is
kept), missing dlib or models FaceModelUnavailableError. Nothing in this process decodes the photo or loads dlib.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from fieldkit.biometrics import confined, face_ops
from fieldkit.biometrics.templates import FACE_ALGORITHM, FACE_DIMENSIONS, Template
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import FaceModelUnavailableError, InvalidValueError


@dataclass(frozen=True)
class Face:
    """One face found in a photo: where, how sure the detector is, and its template."""

    box: tuple[int, int, int, int]  # x, y, width, height in the upright photo's pixels (may reach past its edge)
    score: float  # the detector's; higher is surer, from 0
    template: Template


@dataclass(frozen=True)
class FacesFound:
    width: int  # of the upright photo (its EXIF orientation applied)
    height: int
    faces: tuple[Face, ...]  # surest first


def available() -> bool:
    """Whether face templates can be made here (dlib and its model files installed; nothing is loaded)."""
    return face_ops.missing() is None


def _found(answer: Any) -> FacesFound:
    if isinstance(answer, dict) and "unavailable" in answer:
        raise FaceModelUnavailableError(str(answer["unavailable"])[:300])
    faces = []
    for each in answer["faces"]:
        data = each["descriptor"]
        if not isinstance(data, bytes):
            raise TypeError("a descriptor must be bytes")
        box = each["box"]
        try:
            template = Template("face", FACE_ALGORITHM, data)
        except InvalidValueError as exc:  # a child that sent a bad descriptor: the same as any malformed answer
            raise ValueError(exc.message) from None
        faces.append(Face((int(box[0]), int(box[1]), int(box[2]), int(box[3])), float(each["score"]), template))
    return FacesFound(int(answer["width"]), int(answer["height"]), tuple(faces))


def find_faces(data: bytes, *, what: str, capture_id: int | None = None,
               limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> FacesFound:  # fmt: skip
    """The faces in a photo (JPEG, PNG, HEIC, ...), each with its box and template, surest first; none: empty."""
    problem = face_ops.missing()
    if problem is not None:
        raise FaceModelUnavailableError(f"face templates cannot be made: {problem}")
    return confined.run(face_ops.EXTRACT, data, _found, what=what, capture_id=capture_id, identification=asdict(limits))


def extract_faces(data: bytes, *, what: str, capture_id: int | None = None) -> list[Template]:
    """One template per face in the photo, surest face first; [] when it shows no face the detector finds."""
    return [face.template for face in find_faces(data, what=what, capture_id=capture_id).faces]


def _vector(template: Template) -> npt.NDArray[np.float32]:
    if template.modality != "face" or template.algorithm != FACE_ALGORITHM:
        raise InvalidValueError(f"a {template.modality} template ({template.algorithm}) is not a face descriptor")
    return np.frombuffer(template.data, dtype="<f4").astype(np.float32)  # checked by Template: 128 finite values


def face_distance(a: Template, b: Template) -> float:
    """The Euclidean distance between two face descriptors: below IDENTIFICATION_LIMITS.face_distance, a candidate
    for the same person; 0 for the same template."""
    return float(np.linalg.norm(_vector(a).astype(np.float64) - _vector(b).astype(np.float64)))


class FaceIndex:
    """Face templates in one float32 matrix, searched 1:N by exact Euclidean distance (no approximation: 100,000
    templates are 51 MB and a search takes a few milliseconds, docs/benchmarks.md).

    A key (a watchlist entry, a subject) may be added with several templates; a search lists each key once, at its
    nearest template."""

    def __init__(self, templates: Iterable[tuple[str, Template]] = ()) -> None:
        self._keys: list[str] = []  # by key number
        self._numbers: dict[str, int] = {}
        self._matrix = np.empty((0, FACE_DIMENSIONS), dtype=np.float32)
        self._owners = np.empty(0, dtype=np.int64)  # key number of each row
        self._norms = np.empty(0, dtype=np.float32)  # |row|^2
        self._size = 0
        for key, template in templates:
            self.add(key, template)

    def __len__(self) -> int:
        """Templates held (a key with three faces counts three)."""
        return self._size

    @property
    def keys(self) -> int:
        return len(self._keys)

    def add(self, key: str, template: Template) -> None:
        vector = _vector(template)
        if self._size == len(self._matrix):  # grow by doubling: adding n templates costs O(n) copies in all
            capacity = max(1024, 2 * len(self._matrix))
            matrix = np.empty((capacity, FACE_DIMENSIONS), dtype=np.float32)
            matrix[: self._size] = self._matrix[: self._size]
            owners = np.empty(capacity, dtype=np.int64)
            owners[: self._size] = self._owners[: self._size]
            norms = np.empty(capacity, dtype=np.float32)
            norms[: self._size] = self._norms[: self._size]
            self._matrix, self._owners, self._norms = matrix, owners, norms
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self._keys)
            self._keys.append(key)
        self._matrix[self._size] = vector
        self._owners[self._size] = number
        self._norms[self._size] = np.dot(vector, vector)
        self._size += 1

    def search(self, probe: Template, *, limit: int | None = None,
               max_distance: float | None = None) -> list[tuple[str, float]]:  # fmt: skip
        """The ``limit`` keys nearest the probe (None: every key), nearest first, as (key, distance); with
        ``max_distance``, only those nearer than it (IDENTIFICATION_LIMITS.face_distance: the candidates)."""
        if limit is not None and limit < 1:
            raise InvalidValueError("a face search lists at least one candidate")
        if self._size == 0:
            return []
        wanted = len(self._keys) if limit is None else min(limit, len(self._keys))
        matrix, owners = self._matrix[: self._size], self._owners[: self._size]
        vector = _vector(probe)
        # |a - b|^2 = |a|^2 + |b|^2 - 2 a.b: one matrix-vector product, in float32 for the ranking; the distances
        # listed are computed again exactly for the few rows kept.
        squared = self._norms[: self._size] + np.dot(vector, vector) - 2 * (matrix @ vector)
        rows = self._nearest_rows(squared, owners, wanted)
        listed: list[tuple[str, float]] = []
        seen: set[int] = set()
        for row in rows:
            owner = int(owners[row])
            if owner in seen:
                continue
            seen.add(owner)
            distance = float(np.linalg.norm(matrix[row].astype(np.float64) - vector.astype(np.float64)))
            if max_distance is not None and distance >= max_distance:
                break
            listed.append((self._keys[owner], distance))
            if len(listed) == wanted:
                break
        return sorted(listed, key=lambda pair: pair[1])

    @staticmethod
    def _nearest_rows(squared: npt.NDArray[np.float32], owners: npt.NDArray[np.int64], wanted: int) -> list[int]:
        """Row numbers, nearest first, enough to hold ``wanted`` different keys (partial sort: O(n))."""
        size = len(squared)
        taken = min(size, wanted)
        while True:
            rows = np.argpartition(squared, taken - 1)[:taken] if taken < size else np.arange(size)
            rows = rows[np.argsort(squared[rows], kind="stable")]
            if taken == size or len(np.unique(owners[rows])) >= wanted:
                return [int(row) for row in rows]
            taken = min(size, taken * 4)
