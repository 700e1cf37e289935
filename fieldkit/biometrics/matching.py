"""Fingerprint comparison (NIST Bozorth3) and the 1:N gallery a watchlist or HQ's subjects are searched in.

A ``Gallery`` holds entries (a key: a watchlist reference, an HQ subject) with their templates. ``search`` takes a
probe (one to ten fingers of one person, and/or faces) and answers the candidates whose fused score reaches the
thresholds of IdentificationLimits, best first. Nothing here decodes images: the templates were made in the
sandbox and are checked by the strict FKM1 codec when built (Template.__post_init__).

Fusion (docs/identification.md, "Fusion", measured there): each probe finger is compared with the entry's fingers
of the same position (position 0, unknown, compares with every finger); each probe finger and each gallery finger
counts once (the highest-scoring pairs first); the entry's score is the sum of those pair scores. An entry is a
candidate when that sum reaches subject_threshold or one finger alone reaches finger_threshold.

Faces are compared by fieldkit.biometrics.faces (its FaceIndex); face candidates follow the finger candidates,
nearest first, with the face distance as their score.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.biometrics import nbis
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template, decode_finger
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import InvalidValueError


@dataclass(frozen=True)
class FingerScore:
    """One compared pair of a candidate: the probe's finger position, the gallery's, and their Bozorth3 score."""

    probe_finger: int
    gallery_finger: int
    score: int


@dataclass(frozen=True)
class Candidate:
    """One gallery entry found for a probe. ``score``: the fused Bozorth3 score (finger) or the face distance
    (face: smaller is closer). ``fingers``: the finger pairs the score sums, best first (empty for a face)."""

    key: str
    score: float
    modality: str
    fingers: tuple[FingerScore, ...]


def _finger_template(template: Template) -> Any:
    if template.modality != "finger" or template.algorithm != FINGER_ALGORITHM:
        raise InvalidValueError(f"not a finger template ({template.modality}, {template.algorithm[:40]})")
    return nbis.native(decode_finger(template.data))


def compare_fingers(a: Template, b: Template) -> int:
    """The Bozorth3 score of two finger templates (0 when either has fewer than 10 minutiae). Around 10 or less for
    different fingers; docs/identification.md gives the measured distributions and the threshold."""
    return nbis.bozorth3(_finger_template(a), _finger_template(b))


def positions_compare(probe_finger: int, gallery_finger: int) -> bool:
    """Whether two finger positions may be the same finger: equal, or either unknown (0)."""
    return probe_finger == 0 or gallery_finger == 0 or probe_finger == gallery_finger


# One compared pair inside a search: (index of the probe finger, index of the gallery finger, its score).
Pair = tuple[int, int, FingerScore]


def fuse(pairs: Sequence[Pair]) -> tuple[int, tuple[FingerScore, ...]]:
    """The entry's fused score and the pairs it sums: highest-scoring pairs first, each probe finger and each gallery
    finger used once (one finger of the probe cannot be two fingers of the entry, nor two of the probe one)."""
    used_probe: set[int] = set()
    used_gallery: set[int] = set()
    kept = []
    for probe_index, gallery_index, pair in sorted(pairs, key=lambda item: -item[2].score):
        if probe_index in used_probe or gallery_index in used_gallery or pair.score <= 0:
            continue
        used_probe.add(probe_index)
        used_gallery.add(gallery_index)
        kept.append(pair)
    return sum(p.score for p in kept), tuple(kept)


class Gallery:
    """Entries to search: ``add`` them once, ``search`` many times. Not thread-safe for adds during a search."""

    def __init__(self, limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> None:
        self._limits = limits
        self._keys: list[str] = []
        self._fingers: list[list[tuple[int, Any]]] = []  # per entry: (position, packed template)
        self._faces: Any = None  # fieldkit.biometrics.faces.FaceIndex, made at the first face template

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, templates: Sequence[Template]) -> None:
        """Add one entry (its templates checked: InvalidValueError for a malformed one, nothing added then)."""
        if len(templates) > self._limits.max_templates_per_entry:
            raise InvalidValueError(f"entry {key[:60]!r} has {len(templates)} templates; at most "
                                    f"{self._limits.max_templates_per_entry} are taken")  # fmt: skip
        fingers = [(t.finger, _finger_template(t)) for t in templates if t.modality == "finger"]
        faces = [t for t in templates if t.modality == "face"]
        self._keys.append(key)
        self._fingers.append(fingers)
        for face in faces:
            self._face_index().add(key, face)

    def _face_index(self) -> Any:
        if self._faces is None:
            # lazy: faces.py (dlib) is built on its own branch; imported by name so the finger path works without it
            faces = importlib.import_module("fieldkit.biometrics.faces")
            self._faces = faces.FaceIndex()
        return self._faces

    def search(self, probe: Sequence[Template], *, limit: int | None = None) -> list[Candidate]:
        """Candidates for one person's templates, best first: finger candidates by fused score, then face
        candidates by distance; at most ``limit`` (IdentificationLimits.max_candidates) of each."""
        limit = self._limits.max_candidates if limit is None else limit
        fingers = [(t.finger, _finger_template(t)) for t in probe if t.modality == "finger"]
        found = self._search_fingers(fingers, limit) if fingers else []
        for face in (t for t in probe if t.modality == "face"):
            if self._faces is None:
                break
            for key, distance in self._faces.search(face, limit=limit):
                if distance <= self._limits.face_distance:
                    found.append(Candidate(key, float(distance), "face", ()))
        return found

    def _search_fingers(self, probe: list[tuple[int, Any]], limit: int) -> list[Candidate]:
        found = []
        for key, entry in zip(self._keys, self._fingers, strict=True):
            pairs = [(i, j, FingerScore(p_pos, g_pos, nbis.bozorth3(p, g))) for i, (p_pos, p) in enumerate(probe)
                     for j, (g_pos, g) in enumerate(entry) if positions_compare(p_pos, g_pos)]  # fmt: skip
            candidate = self._candidate(key, pairs)
            if candidate is not None:
                found.append(candidate)
        found.sort(key=lambda c: -c.score)
        return found[:limit]

    def _candidate(self, key: str, pairs: Sequence[Pair]) -> Candidate | None:
        total, kept = fuse(pairs)
        best = kept[0].score if kept else 0
        if total >= self._limits.subject_threshold or best >= self._limits.finger_threshold:
            return Candidate(key, float(total), "finger", kept)
        return None
