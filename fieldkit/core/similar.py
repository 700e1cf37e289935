"""Near-duplicate photos across items and cases: a 64-bit difference hash (dHash) per photo, compared by Hamming
distance. Candidate pairs come from 8 one-byte buckets (two hashes within distance 7 share at least one byte),
so a large store is not compared pair by pair. The hash is computed in the analysis sandbox
(fieldkit.analysis.render): fieldkit's own process decodes no photo."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from fieldkit import media_types
from fieldkit.analysis import render as ops
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, DEFAULT_LIMITS, AnalysisLimits
from fieldkit.errors import AnalysisFailedError, InvalidValueError
from fieldkit.sandbox import pool
from fieldkit.store.store import Store

MAX_DISTANCE = 7  # not a limit: 8 one-byte buckets find every pair within 7 bits, no more (pigeonhole)
_SIGNED_64 = range(-(1 << 63), 1 << 63)  # not a limit: what SQLite's INTEGER holds


def dhash(data: bytes, media_type: str | None = None,
          limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> int | None:  # fmt: skip
    """Difference hash of an image (9x8 greyscale, one bit per horizontal gradient), computed in the sandbox, as a
    signed 64-bit integer. None if it cannot be decoded within the limits: that photo only loses its hash."""
    try:
        value = pool.run(ops.DHASH, data, limits=limits, media_type=media_type,
                         max_pixels=DEFAULT_LIMITS.max_image_pixels)  # fmt: skip
    except AnalysisFailedError:
        return None
    return value if isinstance(value, int) and value in _SIGNED_64 else None


def _unhashed(store: Store, limit: int | None = None) -> list[tuple[int, str]]:
    """(id, media type) of the photos not looked at yet, in capture order."""
    hashed = store.similarity.hashed_ids()
    waiting = [(capture_id, media_type) for capture_id, media_type in store.originals.of_kind("photo")
               if capture_id not in hashed]  # fmt: skip
    return waiting if limit is None else waiting[:limit]


def _hash_one(store: Store, capture_id: int, media_type: str) -> None:
    value = None
    if media_type in media_types.PICTURES:
        value = dhash(b"".join(store.read_original(capture_id)), media_type)
    store.similarity.put(capture_id, value)


def hash_pending(store: Store) -> int:
    """Compute the hash of every photo that has none yet; returns how many were hashed."""
    rows = _unhashed(store)
    for capture_id, media_type in rows:
        _hash_one(store, capture_id, media_type)
    return len(rows)


def hash_pending_one(store: Store) -> bool:
    """Hash one photo that has no hash yet; False when none is left (for background work in small steps)."""
    rows = _unhashed(store, 1)
    if rows:
        _hash_one(store, *rows[0])
    return bool(rows)


def _hashes_and_buckets(store: Store) -> tuple[dict[int, int], dict[tuple[int, int], list[int]]]:
    hashes = {capture_id: value & ((1 << 64) - 1) for capture_id, value in store.similarity.hashes()}
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for capture_id, value in hashes.items():
        for byte in range(8):
            buckets[(byte, (value >> (8 * byte)) & 0xFF)].append(capture_id)
    return hashes, buckets


@dataclass(frozen=True)
class NearDuplicate:
    first: int
    second: int
    distance: int


def near_duplicates(store: Store, max_distance: int = 6) -> list[NearDuplicate]:
    """Pairs of different photos whose hashes differ in at most ``max_distance`` bits (0 = same picture)."""
    if not 0 <= max_distance <= MAX_DISTANCE:
        raise InvalidValueError(f"the distance must be between 0 and {MAX_DISTANCE}")
    hashes, buckets = _hashes_and_buckets(store)
    pairs: dict[tuple[int, int], int] = {}
    for members in buckets.values():
        for a, b in combinations(sorted(members), 2):
            if (a, b) in pairs:
                continue
            distance = (hashes[a] ^ hashes[b]).bit_count()
            if distance <= max_distance:
                pairs[(a, b)] = distance
    return sorted((NearDuplicate(a, b, d) for (a, b), d in pairs.items()), key=lambda n: (n.distance, n.first))


@dataclass(frozen=True)
class Match:
    capture_id: int
    case_name: str
    item_tag: str
    original_name: str
    distance: int


def matches_for(store: Store, capture_ids: list[int], max_distance: int = 6) -> dict[int, list[Match]]:
    """For each of ``capture_ids`` (photos already hashed), the other photos anywhere in the store that look alike."""
    hashes, buckets = _hashes_and_buckets(store)
    found: dict[int, list[Match]] = {}
    for capture_id in capture_ids:
        value = hashes.get(capture_id)
        if value is None:
            continue
        candidates = {other for byte in range(8) for other in buckets[(byte, (value >> (8 * byte)) & 0xFF)]}
        close = sorted(((hashes[o] ^ value).bit_count(), o) for o in candidates - {capture_id})
        matches = []
        for distance, other in close:
            if distance > max_distance:
                break
            capture = store.capture(other)
            matches.append(Match(other, capture.case_name, capture.item_tag, capture.original_name, distance))
        if matches:
            found[capture_id] = matches
    return found
