"""The device's watchlist gallery loaded from the store (issue 17): the templates streamed a batch of entries at a
time and added in bulk with the pre-filter vectors stored at import (docs/identification.md, "The device's gallery").
Its own module so that numpy loads when a watchlist is searched, not when a command starts (identify.loaded)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np

from fieldkit.biometrics.matching import STORED_VECTOR_BYTES, STORED_VECTOR_TAG, Gallery
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.errors import InvalidValueError
from fieldkit.store.watchlist import GalleryRow


def _current(vector: bytes | None) -> bool:
    """Whether a stored pre-filter vector is of this fieldkit's definition (else it is computed again)."""
    return isinstance(vector, bytes) and len(vector) == STORED_VECTOR_BYTES and vector.startswith(STORED_VECTOR_TAG)


class Loader:
    """Folds the stored templates (``Watchlist.gallery_batches``, entry by entry) into a Gallery, a batch of about
    IdentificationLimits.gallery_load_batch templates at a time. An entry's key is its number among the watchlist's
    entries (in entry order); an entry none of whose templates this fieldkit can use is left out.

    A batch of finger templates with their stored vectors (what an import stores) goes to Gallery.add_many as it
    comes from the database; any other batch (a face, a vector to compute, an unknown algorithm) is sorted out
    entry by entry first, and one the bulk checks refuse is added template by template (Gallery.add)."""

    def __init__(self, labels: list[tuple[int, str, str, str]]) -> None:
        self.gallery = Gallery()
        self.entries: dict[str, tuple[str, str, str]] = {}
        self.count = self.size = self.skipped = 0
        self.computed: list[tuple[int, bytes]] = []  # (template id, vector) computed for want of a stored one
        self._number = {entry_id: number for number, (entry_id, *_) in enumerate(labels)}
        self._label = {entry_id: (ref, category, instructions) for entry_id, ref, category, instructions in labels}

    def load(self, batches: Iterable[list[GalleryRow]]) -> None:
        carry: list[GalleryRow] = []
        for batch in batches:
            rows = carry + batch if carry else batch
            cut = len(rows)
            while cut and rows[cut - 1][1] == rows[-1][1]:  # the last entry may go on in the next batch
                cut -= 1
            if cut:
                self._fold(rows[:cut])
            carry = rows[cut:]
        if carry:
            self._fold(carry)

    def _fold(self, rows: list[GalleryRow]) -> None:
        if all(r[2] == "finger" and r[3] == FINGER_ALGORITHM and _current(r[6]) for r in rows):
            ids = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))
            unique, entry = np.unique(ids, return_inverse=True)
            data = [r[5] for r in rows]
            lengths = np.fromiter(map(len, data), dtype=np.int64, count=len(data))
            keys = [str(self._number[e]) for e in unique.tolist()]
            try:
                self.gallery.add_many(keys, entry=entry, position=np.fromiter((r[4] for r in rows), dtype=np.int64),
                                      data=b"".join(data), lengths=lengths,
                                      vectors=b"".join([r[6] or b"" for r in rows]))  # fmt: skip
            except InvalidValueError:
                self._fold_one_by_one(rows)
                return
            self.entries.update((key, self._label[e]) for key, e in zip(keys, unique.tolist(), strict=True))
            self.count += len(rows)
            self.size += int(lengths.sum())
        else:
            self._fold_mixed(rows)

    def _fold_mixed(self, rows: list[GalleryRow]) -> None:
        """A batch with faces, templates without a stored vector or of an unknown algorithm: entry by entry."""
        keys: list[str] = []
        labels: list[tuple[str, str, str]] = []
        entry: list[int] = []
        position: list[int] = []
        data: list[bytes] = []
        vectors: list[bytes] = []
        faces: list[tuple[int, Template]] = []
        computed: list[tuple[int, bytes]] = []
        count = size = skipped = 0
        for entry_id, group in itertools.groupby(rows, key=lambda r: r[1]):
            index = len(keys)
            usable = 0
            for template_id, _, modality, algorithm, finger, blob, vector in group:
                if modality == "finger" and algorithm == FINGER_ALGORITHM:
                    if not _current(vector):
                        try:
                            vector = Gallery.stored_vector(Template("finger", algorithm, blob, finger))
                        except InvalidValueError:
                            skipped += 1
                            continue
                        computed.append((template_id, vector))
                    assert vector is not None
                    entry.append(index)
                    position.append(finger)
                    data.append(blob)
                    vectors.append(vector)
                else:
                    try:
                        template = Template(modality, algorithm, blob, finger)  # type: ignore[arg-type]
                    except InvalidValueError:  # of an algorithm this fieldkit does not know (a newer one)
                        skipped += 1
                        continue
                    faces.append((index, template))  # a face (the finger algorithm known is the one above)
                usable += 1
                size += len(blob)
            if usable:
                keys.append(str(self._number[entry_id]))
                labels.append(self._label[entry_id])
                count += usable
        try:
            self.gallery.add_many(keys, entry=np.array(entry, dtype=np.int64), position=np.array(position),
                                  data=b"".join(data), lengths=np.array([len(d) for d in data], dtype=np.int64),
                                  vectors=b"".join(vectors), faces=faces)  # fmt: skip
        except InvalidValueError:
            self._fold_one_by_one(rows)
            return
        self.entries.update(zip(keys, labels, strict=True))
        self.count += count
        self.size += size
        self.skipped += skipped
        self.computed += computed

    def _fold_one_by_one(self, rows: list[GalleryRow]) -> None:
        """The checked path (Gallery.add, entry by entry): a template that fails its checks is skipped alone."""
        for entry_id, group in itertools.groupby(rows, key=lambda r: r[1]):
            found = []
            for _, _, modality, algorithm, finger, blob, _ in group:
                try:
                    found.append(Template(modality, algorithm, blob, finger))  # type: ignore[arg-type]
                except InvalidValueError:
                    self.skipped += 1
            if not found:
                continue
            key = str(self._number[entry_id])
            try:
                self.gallery.add(key, found)
            except InvalidValueError:
                self.skipped += len(found)
                continue
            self.entries[key] = self._label[entry_id]
            self.count += len(found)
            self.size += sum(len(t.data) for t in found)
