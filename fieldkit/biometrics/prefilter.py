"""The fingerprint pre-filter (issue 17): a small vector per finger template, and the scoring that ranks gallery
entries by it before Bozorth3 compares only the best-ranked. One implementation for the device's watchlist gallery
(biometrics.matching.Gallery, every vector in memory) and HQ's 1:N search (hq/identify.py, the vectors streamed
from its database a page at a time): both rank with the functions below.

The vector (``pair_feature``): the histogram of a template's minutia pairs 20-175 px apart (at 500 ppi) in 5
distance bins, each minutia's direction relative to the line joining the pair in 6 bins of 60 degrees: 5 x 6 x 6
counts, square-rooted. Distances and relative directions do not change when the finger is rotated or moved, so two
impressions of one finger give close vectors wherever they lie on the glass.

The score of an entry for a probe (docs/identification.md, "Pre-filter"): per probe finger, the cosine similarity of
the centred vectors (each minus the gallery's mean vector) with each of the entry's comparable fingers (same position,
or either unknown), the best of them; standardised over the entries (minus the mean, over the standard deviation of
those bests: so a finger whose vectors separate well counts as much as one that does not), summed over the probe's
fingers; an entry with no comparable finger adds 0, the average.

Pure functions of numpy arrays: nothing here reads a template's bytes (matching does, after the strict codec) or a
database (HQ does).
"""

from __future__ import annotations

import numpy as np

_PAIR_DISTANCES = np.array([20.0, 45.0, 70.0, 100.0, 135.0, 175.0])
_ANGLE_BINS = 6
FEATURE_SIZE = (len(_PAIR_DISTANCES) - 1) * _ANGLE_BINS * _ANGLE_BINS  # not a limit: the vector's length
_EPSILON = 1e-6  # not a limit: the smallest norm divided by (an empty template's vector is the mean's opposite)


def _radians(rows: np.ndarray) -> np.ndarray:
    """Directions of nbis rows (LFS units, 11.25 degrees clockwise from +y) in radians counter-clockwise from +x."""
    return np.radians(90.0 - rows[:, 2] * 11.25)


def pair_feature(rows: np.ndarray) -> np.ndarray:
    """The pre-filter vector of one template (before centring) from its nbis rows (x, y, LFS direction, type):
    invariant to rotation and translation. float32, FEATURE_SIZE long."""
    xs, ys, theta = rows[:, 0].astype(np.float64), rows[:, 1].astype(np.float64), _radians(rows)
    dx, dy = xs[None, :] - xs[:, None], ys[None, :] - ys[:, None]
    distance = np.hypot(dx, dy)
    near = (distance >= _PAIR_DISTANCES[0]) & (distance < _PAIR_DISTANCES[-1])
    line = np.arctan2(dy, dx)
    turn = 2 * np.pi
    first = (((theta[:, None] - line) % turn) / turn * _ANGLE_BINS).astype(np.int64) % _ANGLE_BINS
    second = (((theta[None, :] - line) % turn) / turn * _ANGLE_BINS).astype(np.int64) % _ANGLE_BINS
    ring = np.searchsorted(_PAIR_DISTANCES, distance, side="right") - 1
    index = (ring * _ANGLE_BINS + first) * _ANGLE_BINS + second
    counts = np.bincount(index[near], minlength=FEATURE_SIZE)
    return np.sqrt(counts).astype(np.float32)


def centred_norms(raw: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """The norm of each gallery vector (rows of ``raw``) once centred on ``mean`` (never below a tiny epsilon)."""
    return np.asarray(np.maximum(np.linalg.norm(raw - mean, axis=1), _EPSILON), dtype=np.float32)


def probe_unit(vector: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """A probe finger's vector centred on ``mean`` and of norm 1."""
    centred = (vector - mean).astype(np.float32)
    return np.asarray(centred / max(float(np.linalg.norm(centred)), _EPSILON), dtype=np.float32)


def cosine(raw: np.ndarray, norms: np.ndarray, unit: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """The cosine similarity of each centred gallery vector with the centred probe vector ``unit`` (probe_unit):
    ``raw`` (n, FEATURE_SIZE) as made, ``norms`` their centred_norms. ``unit`` may be (FEATURE_SIZE,) -> (n,), or
    (FEATURE_SIZE, P) for P probe fingers at once -> (n, P)."""
    offset = mean @ unit  # (raw - mean) @ unit without making raw - mean
    # einsum, not BLAS's matrix product: one thread, no wake-up of BLAS's thread pool for each block (measured 10-15x
    # slower on a busy 2-core machine for a 10,000-row block; docs/benchmarks.md)
    similarity = np.einsum("ij,j->i" if unit.ndim == 1 else "ij,jk->ik", raw, unit) - offset
    return np.asarray(similarity / (norms if similarity.ndim == 1 else norms[:, None]), dtype=np.float32)


def comparable(probe_positions: np.ndarray, gallery_positions: np.ndarray) -> np.ndarray:
    """(n, P) booleans: may gallery finger i be probe finger j (equal positions, or either unknown, 0)."""
    probe = np.asarray(probe_positions)[None, :]
    gallery = np.asarray(gallery_positions)[:, None]
    return np.asarray((probe == 0) | (gallery == 0) | (probe == gallery), dtype=bool)


def standardised(best: np.ndarray) -> np.ndarray:
    """Each entry's best similarity for one probe finger (-inf: the entry has no comparable finger) standardised
    over the entries that have one: (best - mean) / standard deviation; 0 (the average) for those without."""
    seen = np.isfinite(best)
    out = np.zeros(best.shape, dtype=np.float32)
    if seen.any():
        spread = float(best[seen].std()) or 1.0
        out[seen] = (best[seen] - float(best[seen].mean())) / spread
    return out


def fused(best: np.ndarray) -> np.ndarray:
    """The pre-filter score of each entry from its (entries, P) best similarities per probe finger (-inf where it
    has no comparable finger): standardised per probe finger, summed."""
    total = np.zeros(best.shape[0], dtype=np.float32)
    for column in range(best.shape[1]):
        total += standardised(best[:, column])
    return total
