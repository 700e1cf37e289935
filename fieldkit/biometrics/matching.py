"""Fingerprint comparison (NIST Bozorth3) and the 1:N gallery a watchlist or HQ's subjects are searched in.

A ``Gallery`` holds entries (a key: a watchlist reference, an HQ subject) with their templates. ``search`` takes a
probe (one to ten fingers of one person, and/or faces) and answers the candidates whose fused score reaches the
thresholds of IdentificationLimits, best first. Nothing here decodes images: the templates were made in the
sandbox and were checked by the strict FKM1 codec when built (Template.__post_init__).

Fusion (docs/identification.md, "Fusion", measured there): each probe finger is compared with the entry's fingers
of the same position (position 0, unknown, compares with every finger); each probe finger and each gallery finger
counts once (the highest-scoring pairs first); the entry's score is the sum of those pair scores above
finger_floor (the score most different fingers stay below), so that ten fingers of chance agreement do not add up.
An entry is a candidate when that sum reaches subject_threshold or one finger alone reaches finger_threshold.

Decision, the pre-filter: Bozorth3 costs about 0.3-1 ms a comparison, so a ten-print probe against 100 000
ten-print entries (a million comparisons) would take minutes. Each template also gets a small rotation- and
translation-invariant vector (the histogram of its minutia pairs: distance, and each minutia's direction against
the line joining them), and a search first ranks all entries by the summed, standardised similarity of these
vectors over the probe's fingers (a few matrix products), then compares with Bozorth3 only the best-ranked
entries, at most IdentificationLimits.rerank_comparisons comparisons (the vector and the scoring:
fieldkit.biometrics.prefilter, shared with HQ's search). A gallery small enough for that budget is
compared in full (exact). The pre-filter can miss a mate that Bozorth3 would have found; docs/identification.md
gives how often on the measured prints (it is strong for ten-print probes, weak for a single finger).

Faces are compared by fieldkit.biometrics.faces (its FaceIndex); face candidates follow the finger candidates,
nearest first, with the face distance as their score.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from fieldkit._internal import heap
from fieldkit.biometrics import nbis, prefilter
from fieldkit.biometrics.prefilter import FEATURE_SIZE, pair_feature
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import InvalidValueError

_FKM1_RECORD = np.dtype([("x", ">u2"), ("y", ">u2"), ("direction", ">u2"), ("kind", "u1")])
_FKM1_HEADER = 12


@dataclass(frozen=True)
class FingerScore:
    """One compared pair of a candidate: the probe's finger position, the gallery's, and their Bozorth3 score."""

    probe_finger: int
    gallery_finger: int
    score: int


@dataclass(frozen=True)
class Candidate:
    """One gallery entry found for a probe. ``score``: the fused finger score (the sum of the fingers' Bozorth3
    scores above IdentificationLimits.finger_floor) or the face distance (face: smaller is closer). ``fingers``: the
    finger pairs the score sums, best first, with their own Bozorth3 scores (empty for a face)."""

    key: str
    score: float
    modality: str
    fingers: tuple[FingerScore, ...]


def _finger_rows(template: Template) -> tuple[np.ndarray, int, int]:
    """A finger template's minutiae as (N, 4) int32 rows for nbis.pack (x, y, LFS direction, NBIS type), with
    the FKM1 directions in degrees, and the image's width and height. The template was checked when made; the
    bytes are read again with numpy (fast), the same bounds checked once more."""
    if template.modality != "finger" or template.algorithm != FINGER_ALGORITHM:
        raise InvalidValueError(f"not a finger template ({template.modality}, {template.algorithm[:40]})")
    data = template.data
    width, height = int.from_bytes(data[4:6], "big"), int.from_bytes(data[6:8], "big")
    records = np.frombuffer(data, dtype=_FKM1_RECORD, offset=_FKM1_HEADER)
    if ((records["x"] >= width) | (records["y"] >= height) | (records["direction"] >= 36000)).any():
        raise InvalidValueError("the finger template has a minutia outside its image or with a bad value")
    rows = np.empty((len(records), 4), dtype=np.int32)
    rows[:, 0], rows[:, 1] = records["x"], records["y"]
    rows[:, 2] = nbis.lfs_directions(records["direction"] / 100.0)
    rows[:, 3] = 1 - records["kind"]  # FKM1 kind 1 is a bifurcation, NBIS type 0
    return rows, width, height


def template_feature(template: Template) -> np.ndarray:
    """The pre-filter vector of a finger template (fieldkit.biometrics.prefilter), its bytes read as for a search."""
    return pair_feature(_finger_rows(template)[0])


def compare_fingers(a: Template, b: Template) -> int:
    """The Bozorth3 score of two finger templates (0 when either has fewer than 10 minutiae). Different fingers
    score about 5 (rarely above 25); docs/identification.md gives the measured distributions and the threshold."""
    rows_a, width_a, height_a = _finger_rows(a)
    rows_b, width_b, height_b = _finger_rows(b)
    packed = nbis.pack([rows_a, rows_b], [(width_a, height_a), (width_b, height_b)])
    return nbis.bozorth3(packed.pointer(0), packed.pointer(1))


def compare_entries(probe: Sequence[Template], entries: Sequence[Sequence[Template]],
                    limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> list[tuple[int, Candidate]]:  # fmt: skip
    """Bozorth3 on every comparable pair of the probe's finger templates and each entry's, no pre-filter (for a
    caller whose shortlist is its pre-filter: HQ's search): (index of the entry, its candidate) for each entry that
    reaches the thresholds, fused and decided as Gallery.search does, best first."""
    fingers = [(t.finger, *_finger_rows(t)) for t in probe if t.modality == "finger"]
    held = [[(t.finger, *_finger_rows(t)) for t in entry if t.modality == "finger"] for entry in entries]
    flat = [finger for entry in held for finger in entry]
    if not fingers or not flat:
        return []
    packed_probe = nbis.pack([rows for _, rows, _, _ in fingers], [(w, h) for _, _, w, h in fingers])
    packed = nbis.pack([rows for _, rows, _, _ in flat], [(w, h) for _, _, w, h in flat])
    work: list[Work] = []
    at = 0
    for entry, members in enumerate(held):
        for i, (position, *_) in enumerate(fingers):
            for j, (gallery_position, *_) in enumerate(members):
                if positions_compare(position, gallery_position):
                    work.append((entry, i, j, at + j, position, gallery_position))
        at += len(members)
    found = []
    for entry, pairs in _scored(packed_probe, packed, work).items():
        candidate = _candidate(str(entry), pairs, limits)
        if candidate is not None:
            found.append((entry, candidate))
    found.sort(key=lambda item: -item[1].score)
    return found


# One comparison of a search: (entry, probe finger's index, gallery finger's index within the entry, the gallery
# template's index in its Packed, probe finger position, gallery finger position).
Work = tuple[int, int, int, int, int, int]


def _scored(packed_probe: nbis.Packed, packed: nbis.Packed, work: Sequence[Work]) -> dict[int, list[Pair]]:
    """Bozorth3 on every comparison of ``work`` (on two threads), the scored pairs grouped by entry."""
    scores = nbis.bozorth3_many([(packed_probe.pointer(w[1]), packed.pointer(w[3])) for w in work])
    pairs_of: dict[int, list[Pair]] = {}
    for (entry, i, j, _, position, gallery_position), score in zip(work, scores, strict=True):
        pairs_of.setdefault(entry, []).append((i, j, FingerScore(position, gallery_position, score)))
    return pairs_of


def _candidate(key: str, pairs: Sequence[Pair], limits: IdentificationLimits) -> Candidate | None:
    """The entry's candidate (its pairs fused) if it reaches the thresholds (``decide``), else None."""
    total, kept = fuse(pairs, limits.finger_floor)
    return Candidate(key, float(total), "finger", kept) if decide(total, kept, limits) else None


def decide(total: int, kept: Sequence[FingerScore], limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> bool:
    """Whether an entry is a candidate: its fused score reaches subject_threshold, or one finger finger_threshold."""
    best = kept[0].score if kept else 0
    return total >= limits.subject_threshold or best >= limits.finger_threshold


def positions_compare(probe_finger: int, gallery_finger: int) -> bool:
    """Whether two finger positions may be the same finger: equal, or either unknown (0)."""
    return probe_finger == 0 or gallery_finger == 0 or probe_finger == gallery_finger


# One compared pair inside a search: (index of the probe finger, index of the gallery finger, its score).
Pair = tuple[int, int, FingerScore]


def fuse(pairs: Sequence[Pair], floor: int = IDENTIFICATION_LIMITS.finger_floor) -> tuple[int, tuple[FingerScore, ...]]:
    """The entry's fused score and the pairs it sums: highest-scoring pairs first, each probe finger and each gallery
    finger used once (one finger of the probe cannot be two fingers of the entry, nor two of the probe one); the
    fused score is the sum of each kept pair's score above ``floor`` (pairs at or below it are left out)."""
    used_probe: set[int] = set()
    used_gallery: set[int] = set()
    kept = []
    for probe_index, gallery_index, pair in sorted(pairs, key=lambda item: -item[2].score):
        if probe_index in used_probe or gallery_index in used_gallery or pair.score <= floor:
            continue
        used_probe.add(probe_index)
        used_gallery.add(gallery_index)
        kept.append(pair)
    return sum(p.score - floor for p in kept), tuple(kept)


# The stored form of a pre-filter vector (Gallery.stored_vector): a tag naming the vector's definition, then the
# minutia-pair counts before the square root as little-endian uint16 (an FKM1 template holds at most 255 minutiae:
# at most 255 * 254 ordered pairs in a bin). CHANGE THE TAG WHENEVER pair_feature CHANGES: a stored vector with
# another tag is computed again at the next load and written back (test_gallery_load pins pair_feature's output).
STORED_VECTOR_TAG = b"PF1:"
_STORED_VECTOR = np.dtype("<u2")
STORED_VECTOR_BYTES = len(STORED_VECTOR_TAG) + FEATURE_SIZE * _STORED_VECTOR.itemsize  # not a limit: its length
# sqrt of every count, as pair_feature makes it (float64 square root, then float32): the same vectors bit for bit.
_SQRT_COUNTS = np.sqrt(np.arange(1 << 16, dtype=np.int64)).astype(np.float32)
# Every FKM1 direction (hundredths of a degree) as its LFS direction, as _finger_rows converts it, for the bulk parse.
_LFS_OF_FKM1 = nbis.lfs_directions(np.arange(36000) / 100.0)


@dataclass
class _Part:
    """Finger templates added and not yet folded into the gallery's arrays, in entry order: either their pre-filter
    vectors (``raw``, from ``add``) or the stored pair counts (``pair_counts``, from ``add_many``)."""

    entry: np.ndarray  # int32: each template's entry
    position: np.ndarray  # int16
    minutiae: np.ndarray  # uint16 (m, 4): nbis rows of all templates, one after the other
    counts: np.ndarray  # int64: minutiae of each template
    sizes: np.ndarray  # int32 (k, 2): width, height
    raw: np.ndarray | None = None  # float32 (k, FEATURE_SIZE)
    pair_counts: np.ndarray | None = None  # uint16 (k, FEATURE_SIZE)

    def vectors(self, where: np.ndarray) -> np.ndarray:
        if self.raw is not None:
            chosen: np.ndarray = self.raw[where]
            return chosen
        assert self.pair_counts is not None
        vectors: np.ndarray = _SQRT_COUNTS[self.pair_counts[where]]
        return vectors


_EMPTY = np.zeros(0, dtype=np.uint16)


def _empty_rows() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros((0, 4), dtype=np.uint16), np.zeros(0, dtype=np.int64), np.zeros((0, 2), dtype=np.int32)


def _parse_fkm1(data: bytes, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Many FKM1 templates, one after the other in ``data``, ``lengths`` bytes each, parsed at once with numpy:
    (minutiae as uint16 nbis rows, minutiae per template, (width, height) per template). The checks of the strict
    codec (fkm1.decode_finger) are made on all of them; InvalidValueError when one fails."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    lengths = np.asarray(lengths, dtype=np.int64)
    if int(lengths.sum()) != len(buffer) or (lengths < _FKM1_HEADER).any():
        raise InvalidValueError("a finger template is truncated")
    starts = np.cumsum(lengths) - lengths
    header = buffer[starts[:, None] + np.arange(_FKM1_HEADER)]
    fields = header[:, 4:].astype(np.int64)
    width, height, ppi, count = (fields[:, i] * 256 + fields[:, i + 1] for i in range(0, 8, 2))
    if not (header[:, :4] == np.frombuffer(b"FKM1", dtype=np.uint8)).all():
        raise InvalidValueError("not a fieldkit finger template (FKM1)")
    if (count > 255).any() or (lengths != _FKM1_HEADER + count * _FKM1_RECORD.itemsize).any():
        raise InvalidValueError("a finger template's length does not match its minutiae count")
    if not ((width > 0) & (height > 0) & (ppi > 0)).all():
        raise InvalidValueError("a finger template has no image size or resolution")
    keep = np.ones(len(buffer), dtype=bool)
    keep[(starts[:, None] + np.arange(_FKM1_HEADER)).ravel()] = False
    records = buffer[keep].view(_FKM1_RECORD)
    bad = (records["x"] >= np.repeat(width, count)) | (records["y"] >= np.repeat(height, count))
    if (bad | (records["direction"] >= 36000) | (records["kind"] > 1)).any():
        raise InvalidValueError("a finger template has a minutia outside its image or with a bad value")
    rows = np.empty((len(records), 4), dtype=np.uint16)
    rows[:, 0], rows[:, 1] = records["x"], records["y"]
    rows[:, 2] = _LFS_OF_FKM1[records["direction"]]
    rows[:, 3] = 1 - records["kind"]  # FKM1 kind 1 is a bifurcation, NBIS type 0
    return rows, count, np.stack([width, height], axis=1).astype(np.int32)


@dataclass
class _Block:
    """The gallery's finger templates of one position, in entry order: what a probe finger is ranked against."""

    entries: np.ndarray  # int32: the entry of each template
    templates: np.ndarray  # int64: the template's index in the gallery
    raw: np.ndarray  # float32 (n, FEATURE_SIZE): the pre-filter vectors as made
    norms: np.ndarray  # float32: each vector's norm once centred on the gallery's mean
    starts: np.ndarray  # where each entry's run of templates starts (for the per-entry best)


class Gallery:
    """Entries to search: ``add`` them, then ``search`` many times. Not safe for adds during a search.

    Finger templates are kept as numpy arrays (minutiae as uint16 rows, one pre-filter vector each); the arrays are
    rebuilt at the first search after adds, so add many entries, then search. ``add_many`` adds entries in bulk
    from stored bytes (FKM1 templates and the vectors ``stored_vector`` made when they were stored), with no
    Python object per template and no pre-filter vector to compute: what the device's watchlist load uses."""

    def __init__(self, limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> None:
        self._limits = limits
        self._keys: list[str] = []
        self._entry_start: list[int] = []  # each entry's first finger template
        # Finger templates added since the last rebuild: entry, position, pre-filter vector, minutiae, image size.
        self._pending: list[tuple[int, int, np.ndarray, np.ndarray, tuple[int, int]]] = []
        self._parts: list[_Part] = []  # templates added before the last rebuild, in order (``_pending`` after them)
        # Finger templates after a rebuild, in entry order.
        self._entry = np.zeros(0, dtype=np.int32)
        self._position = np.zeros(0, dtype=np.int16)
        self._minutiae = np.zeros((0, 4), dtype=np.uint16)
        self._offsets = np.zeros(1, dtype=np.int64)
        self._sizes = np.zeros((0, 2), dtype=np.int32)
        self._blocks: dict[int, _Block] = {}
        self._mean = np.zeros(FEATURE_SIZE, dtype=np.float32)
        self._faces: Any = None  # fieldkit.biometrics.faces.FaceIndex, made at the first face template

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def finger_templates(self) -> int:
        return len(self._entry) + sum(len(p.entry) for p in self._parts) + len(self._pending)

    def memory_bytes(self) -> int:
        """The bytes the loaded finger templates take in arrays (minutiae, pre-filter vectors, indexes)."""
        self._rebuild()
        arrays: list[np.ndarray] = [self._entry, self._position, self._minutiae, self._offsets, self._sizes]
        arrays += [a for b in self._blocks.values() for a in (b.entries, b.templates, b.raw, b.norms, b.starts)]
        return sum(a.nbytes for a in arrays)

    def add(self, key: str, templates: Sequence[Template]) -> None:
        """Add one entry (its templates checked: InvalidValueError for a malformed one, nothing added then)."""
        if len(templates) > self._limits.max_templates_per_entry:
            raise InvalidValueError(f"entry {key[:60]!r} has {len(templates)} templates; at most "
                                    f"{self._limits.max_templates_per_entry} are taken")  # fmt: skip
        fingers = [(t.finger, *_finger_rows(t)) for t in templates if t.modality == "finger"]
        faces = [t for t in templates if t.modality == "face"]
        entry = len(self._keys)
        self._keys.append(key)
        self._entry_start.append(self.finger_templates)
        for position, rows, width, height in fingers:
            self._pending.append((entry, position, pair_feature(rows), rows.astype(np.uint16), (width, height)))
        index = self._face_index() if faces else None
        if index is not None:
            for face in faces:
                index.add(key, face)

    @staticmethod
    def stored_vector(template: Template) -> bytes:
        """A finger template's pre-filter vector as it is stored with it (STORED_VECTOR_BYTES: the minutia-pair
        counts, which ``add_many`` turns back into exactly the vector ``add`` computes). InvalidValueError for a
        template that is not a well-formed finger template."""
        rows, _, _ = _finger_rows(template)
        counts = np.rint(pair_feature(rows).astype(np.float64) ** 2)
        return STORED_VECTOR_TAG + counts.astype(_STORED_VECTOR).tobytes()

    def add_many(self, keys: Sequence[str], *, entry: np.ndarray, position: np.ndarray, data: bytes,
                 lengths: np.ndarray, vectors: bytes, faces: Sequence[tuple[int, Template]] = ()) -> None:  # fmt: skip
        """Add entries in bulk (the same gallery as ``add`` of each, in this order). ``keys``: the new entries;
        their finger templates, in entry order: ``entry`` (the index of each one's entry in ``keys``),
        ``position`` (finger position), ``data`` (the FKM1 templates one after the other, ``lengths`` bytes each)
        and ``vectors`` (``stored_vector`` of each, one after the other); ``faces``: (index in keys, template).
        Checked as ``add`` checks (InvalidValueError, nothing added then)."""
        entry = np.asarray(entry, dtype=np.int64)
        count = len(entry)
        if len(position) != count or len(lengths) != count or len(vectors) != count * STORED_VECTOR_BYTES:
            raise InvalidValueError("the bulk entries' arrays do not have one row per finger template")
        if count and ((np.diff(entry) < 0).any() or entry[0] < 0 or entry[-1] >= len(keys)):
            raise InvalidValueError("the bulk entries' finger templates are not in entry order")
        per_entry = np.bincount(entry, minlength=len(keys)) if count else np.zeros(len(keys), dtype=np.int64)
        per_entry += np.bincount([i for i, _ in faces], minlength=len(keys))[: len(keys)] if faces else 0
        if len(per_entry) and int(per_entry.max()) > self._limits.max_templates_per_entry:
            raise InvalidValueError(f"an entry has more than {self._limits.max_templates_per_entry} templates")
        if count and (np.min(position) < 0 or np.max(position) > 19):
            raise InvalidValueError("a bulk finger template's position is not an ANSI/NIST finger code (0-19)")
        if any(face.modality != "face" or not 0 <= i < len(keys) for i, face in faces):
            raise InvalidValueError("a bulk face template is not a face of one of the entries")
        minutiae, counts, sizes = _parse_fkm1(data, lengths) if count else _empty_rows()
        stored = np.frombuffer(vectors, dtype=np.uint8).reshape(count, STORED_VECTOR_BYTES)
        tag = len(STORED_VECTOR_TAG)
        if count and not (stored[:, :tag] == np.frombuffer(STORED_VECTOR_TAG, dtype=np.uint8)).all():
            raise InvalidValueError("a stored pre-filter vector is of another definition (computed again at load)")
        pair_counts = np.ascontiguousarray(stored[:, tag:]).view(_STORED_VECTOR)
        self._flush_pending()
        first = len(self._keys)
        starts = self.finger_templates + np.searchsorted(entry, np.arange(len(keys)))
        self._keys.extend(keys)
        self._entry_start.extend(starts.tolist())
        if count:
            self._parts.append(_Part((entry + first).astype(np.int32), np.asarray(position, dtype=np.int16),
                                     minutiae, counts, sizes, pair_counts=pair_counts))  # fmt: skip
        index = self._face_index() if faces else None
        if index is not None:
            for i, face in faces:
                index.add(keys[i], face)

    def _face_index(self) -> Any:
        """The face index, or None while fieldkit.biometrics.faces is not part of this build (it comes with the
        face recogniser, issue 17's face part): face templates are then skipped, fingers still searched."""
        if self._faces is None:
            try:
                # lazy: faces.py (dlib) is its own part; imported by name so the finger path works without it
                faces = importlib.import_module("fieldkit.biometrics.faces")
            except ModuleNotFoundError:
                return None
            self._faces = faces.FaceIndex()
        return self._faces

    def search(self, probe: Sequence[Template], *, limit: int | None = None) -> list[Candidate]:
        """Candidates for one person's templates, best first: finger candidates by fused score, then face
        candidates by distance; at most ``limit`` (IdentificationLimits.max_candidates) of each."""
        limit = self._limits.max_candidates if limit is None else limit
        fingers = [(t.finger, *_finger_rows(t)) for t in probe if t.modality == "finger"]
        self._rebuild()
        found = self._search_fingers(fingers, limit) if fingers and len(self._entry) else []
        for face in (t for t in probe if t.modality == "face"):
            if self._faces is None:  # no entry has a face
                break
            for key, distance in self._faces.search(face, limit=limit):
                if distance <= self._limits.face_distance:
                    found.append(Candidate(key, float(distance), "face", ()))
        return found

    # --- fingers --------------------------------------------------------------------------------------------------

    def _flush_pending(self) -> None:
        """The templates ``add`` queued, as one part (before a bulk part is queued after them)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        self._parts.append(_Part(
            np.array([p[0] for p in pending], dtype=np.int32), np.array([p[1] for p in pending], dtype=np.int16),
            np.vstack([p[3] for p in pending]), np.array([len(p[3]) for p in pending], dtype=np.int64),
            np.array([p[4] for p in pending], dtype=np.int32).reshape(-1, 2),
            raw=np.array([p[2] for p in pending], dtype=np.float32).reshape(-1, FEATURE_SIZE),
        ))  # fmt: skip

    def _rebuild(self) -> None:
        """Fold the templates added since the last search into the arrays and blocks. Each position's block is
        made from the old block and the new parts' rows of that position (no copy of the whole gallery's vectors
        beside them)."""
        self._flush_pending()
        if not self._parts:
            return
        parts, self._parts = self._parts, []
        self._entry = np.concatenate([self._entry, *(p.entry for p in parts)])
        self._position = np.concatenate([self._position, *(p.position for p in parts)])
        counts = np.concatenate([p.counts for p in parts])
        self._offsets = np.concatenate([self._offsets, self._offsets[-1] + np.cumsum(counts)])
        self._minutiae = np.concatenate([self._minutiae, *(p.minutiae for p in parts)])
        self._sizes = np.vstack([self._sizes, *(p.sizes for p in parts)])
        for part in parts:  # copied: freed before the vectors' blocks are made (the load's peak of memory)
            part.minutiae = part.sizes = part.counts = _EMPTY
        heap.trim()  # and given back to the system, not kept in the C heap beside the blocks' new arrays
        raws: dict[int, np.ndarray] = {}
        for value in np.unique(self._position).tolist():
            old = self._blocks.get(value)
            pieces = [old.raw] if old is not None else []
            pieces += [p.vectors(np.flatnonzero(p.position == value)) for p in parts]
            raws[value] = np.ascontiguousarray(np.vstack(pieces), dtype=np.float32)
        del parts
        self._blocks = {}
        total = sum((raw.sum(axis=0, dtype=np.float64) for raw in raws.values()), np.zeros(FEATURE_SIZE))
        self._mean = (total / max(len(self._entry), 1)).astype(np.float32)
        for value, raw in raws.items():
            where = np.flatnonzero(self._position == value)
            entries = self._entry[where]
            starts = np.flatnonzero(np.r_[True, entries[1:] != entries[:-1]])
            self._blocks[value] = _Block(entries, where, raw, prefilter.centred_norms(raw, self._mean), starts)

    def _shortlist(self, probe: list[tuple[int, np.ndarray, int, int]]) -> np.ndarray:
        """The entries to compare with Bozorth3: all of them when the budget allows, else the best-ranked by the
        pre-filter, as many as the budget of comparisons pays for (at least min_shortlist)."""
        entries = len(self._keys)
        pairs = sum(len(block.entries) for position, *_ in probe for gallery_position, block in self._blocks.items()
                    if positions_compare(position, gallery_position))  # fmt: skip
        budget = self._limits.rerank_comparisons
        if pairs <= budget:
            return np.arange(entries)
        keep = int(min(entries, max(self._limits.min_shortlist, budget * entries // pairs)))
        return np.argpartition(-self._prefilter_scores(probe), keep - 1)[:keep]

    def _prefilter_scores(self, probe: list[tuple[int, np.ndarray, int, int]]) -> np.ndarray:
        """Each entry's pre-filter score: per probe finger, the best cosine similarity among the entry's comparable
        fingers, standardised over the entries, summed over the probe's fingers (an entry with no comparable
        finger adds 0, the average)."""
        entries = len(self._keys)
        total = np.zeros(entries, dtype=np.float32)
        for position, rows, *_ in probe:
            vector = prefilter.probe_unit(pair_feature(rows), self._mean)
            best = np.full(entries, -np.inf, dtype=np.float32)
            for gallery_position, block in self._blocks.items():
                if not positions_compare(position, gallery_position):
                    continue
                similarity = prefilter.cosine(block.raw, block.norms, vector, self._mean)
                per_entry = np.maximum.reduceat(similarity, block.starts)
                index = block.entries[block.starts]
                best[index] = np.maximum(best[index], per_entry)
            total += prefilter.standardised(best)
        return total

    def _templates_of(self, entry: int) -> range:
        end = self._entry_start[entry + 1] if entry + 1 < len(self._entry_start) else len(self._entry)
        return range(self._entry_start[entry], end)

    def _search_fingers(self, probe: list[tuple[int, np.ndarray, int, int]], limit: int) -> list[Candidate]:
        shortlist = self._shortlist(probe)
        packed_probe = nbis.pack([rows for _, rows, _, _ in probe], [(w, h) for _, _, w, h in probe])
        chosen = [t for entry in np.sort(shortlist).tolist() for t in self._templates_of(entry)]
        packed = nbis.pack([self._minutiae[self._offsets[t] : self._offsets[t + 1]].astype(np.int32) for t in chosen],
                           [(int(w), int(h)) for w, h in self._sizes[chosen]])  # fmt: skip
        by_entry: dict[int, list[tuple[int, int]]] = {}
        for index, template in enumerate(chosen):
            by_entry.setdefault(int(self._entry[template]), []).append((index, int(self._position[template])))
        work = [(entry, i, j, index, position, gallery_position)
                for entry, members in by_entry.items()
                for i, (position, *_) in enumerate(probe)
                for j, (index, gallery_position) in enumerate(members)
                if positions_compare(position, gallery_position)]  # fmt: skip
        found = []
        for entry, pairs in _scored(packed_probe, packed, work).items():
            candidate = _candidate(self._keys[entry], pairs, self._limits)
            if candidate is not None:
                found.append(candidate)
        found.sort(key=lambda c: -c.score)
        return found[:limit]
