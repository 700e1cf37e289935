"""The watchlist HQ sent to this device: ``watchlist`` (the one imported file: version, validity, who signed it),
``watchlist_entries`` (reference, category, instructions for the operator) and ``watchlist_templates`` (their
finger and face templates; never images, each finger template with its pre-filter vector since schema v12).

Design: an import replaces the whole watchlist in one transaction (an older or expired file never gets here:
biometrics/watchlist_file.py checks it first). The device's gallery (biometrics/identify.py, ``loaded``) reads the
templates through ``gallery_batches``, a stream in entry order, never the whole list as Python objects; the finger
templates' pre-filter vectors (``prefilter``: what biometrics.matching.Gallery.stored_vector makes) are computed
at import and stored with them, or, for a watchlist imported before schema v12, at the first load and written back
with ``set_prefilters``. The bytes of a vector are the Gallery's to read; this module only keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fieldkit.store.db import one_row
from fieldkit.store.session import Session


@dataclass(frozen=True)
class WatchlistInfo:
    version: int
    issued_at: str
    expires_at: str
    hq_key: str
    device_id: str | None
    sha256: str
    imported_at: str


@dataclass(frozen=True)
class EntryRow:
    ref: str
    category: str
    instructions: str
    note: str
    templates: tuple[tuple[str, str, int, bytes], ...]  # (modality, algorithm, finger, data)
    # Each template's pre-filter vector, in the order of ``templates`` (None: not computed, a face); empty: none.
    prefilters: tuple[bytes | None, ...] = ()


# One template as the gallery loads it (``gallery_batches``): (template id, entry row id, modality, algorithm,
# finger, data, stored pre-filter vector or None). A plain tuple, as the database gives it: a million are read at a
# watchlist's load, and an object each would cost more than reading them.
GalleryRow = tuple[int, int, str, str, int, bytes, bytes | None]


class Watchlist:
    def __init__(self, session: Session) -> None:
        self._session = session

    def info(self) -> WatchlistInfo | None:
        row = self._session.conn.execute(
            "SELECT version, issued_at, expires_at, hq_key, device_id, sha256, imported_at FROM watchlist"
        ).fetchone()
        if row is None:
            return None
        return WatchlistInfo(int(row[0]), str(row[1]), str(row[2]), str(row[3]),
                             None if row[4] is None else str(row[4]), str(row[5]), str(row[6]))  # fmt: skip

    def replace(self, info: WatchlistInfo, entries: Iterable[EntryRow]) -> int:
        """Put this watchlist in place of the one held (one transaction); returns how many entries it holds. The
        caller logs it in the same ``write()``."""
        count = 0
        with self._session.write() as conn:
            conn.execute("DELETE FROM watchlist_templates")
            conn.execute("DELETE FROM watchlist_entries")
            conn.execute("DELETE FROM watchlist")
            conn.execute(
                "INSERT INTO watchlist (id, version, issued_at, expires_at, hq_key, device_id, sha256, imported_at)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (info.version, info.issued_at, info.expires_at, info.hq_key, info.device_id, info.sha256,
                 info.imported_at),
            )  # fmt: skip
            for entry in entries:
                if entry.prefilters and len(entry.prefilters) != len(entry.templates):
                    raise ValueError("an entry's prefilters must match its templates one for one")
                prefilters = entry.prefilters or (None,) * len(entry.templates)
                cursor = conn.execute(
                    "INSERT INTO watchlist_entries (ref, category, instructions, note) VALUES (?, ?, ?, ?)",
                    (entry.ref, entry.category, entry.instructions, entry.note),
                )
                entry_id = cursor.lastrowid
                conn.executemany(
                    "INSERT INTO watchlist_templates (entry_id, modality, algorithm, finger, data, prefilter)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(entry_id, *t, p) for t, p in zip(entry.templates, prefilters, strict=True)],
                )
                count += 1
        return count

    def counts(self) -> tuple[int, int]:
        """(entries, templates) held."""
        conn = self._session.conn
        entries = one_row(conn.execute("SELECT count(*) FROM watchlist_entries"))[0]
        templates = one_row(conn.execute("SELECT count(*) FROM watchlist_templates"))[0]
        return int(entries), int(templates)

    def refs(self) -> set[str]:
        """The references the watchlist held lists (no templates read)."""
        return {str(row[0]) for row in self._session.conn.execute("SELECT ref FROM watchlist_entries")}

    def entry(self, ref: str) -> EntryRow | None:
        """One entry with its templates, or None when the watchlist held does not list ``ref``."""
        conn = self._session.conn
        row = conn.execute(
            "SELECT id, ref, category, instructions, note FROM watchlist_entries WHERE ref = ?", (ref,)
        ).fetchone()
        if row is None:
            return None
        templates = tuple(
            (str(modality), str(algorithm), int(finger), bytes(data))
            for modality, algorithm, finger, data in conn.execute(
                "SELECT modality, algorithm, finger, data FROM watchlist_templates WHERE entry_id = ? ORDER BY id",
                (row[0],),
            )
        )
        return EntryRow(str(row[1]), str(row[2]), str(row[3]), str(row[4]), templates)

    def entries_with_templates(self) -> list[EntryRow]:
        conn = self._session.conn
        templates: dict[int, list[tuple[str, str, int, bytes]]] = {}
        for entry_id, modality, algorithm, finger, data in conn.execute(
            "SELECT entry_id, modality, algorithm, finger, data FROM watchlist_templates ORDER BY id"
        ):
            templates.setdefault(int(entry_id), []).append((str(modality), str(algorithm), int(finger), bytes(data)))
        return [
            EntryRow(str(ref), str(category), str(instructions), str(note), tuple(templates.get(int(entry_id), ())))
            for entry_id, ref, category, instructions, note in conn.execute(
                "SELECT id, ref, category, instructions, note FROM watchlist_entries ORDER BY id"
            )
        ]

    def labels(self) -> list[tuple[int, str, str, str]]:
        """(row id, ref, category, instructions) of every entry, in entry order (no templates read)."""
        return [
            (int(entry_id), str(ref), str(category), str(instructions))
            for entry_id, ref, category, instructions in self._session.conn.execute(
                "SELECT id, ref, category, instructions FROM watchlist_entries ORDER BY id"
            )
        ]

    def gallery_batches(self, size: int) -> Iterator[list[GalleryRow]]:
        """Every template with its stored pre-filter vector (GalleryRow), entry by entry (in entry order, then
        template order), streamed from the database ``size`` rows at a time (an entry may continue in the next
        batch): the caller keeps only what it folds."""
        cursor = self._session.conn.execute(
            "SELECT id, entry_id, modality, algorithm, finger, data, prefilter FROM watchlist_templates"
            " ORDER BY entry_id, id"
        )
        while rows := cursor.fetchmany(size):
            yield rows

    def missing_prefilters(self, current: bytes) -> int:
        """How many finger templates have no stored pre-filter vector (imported before schema v12) or one whose
        bytes do not start with ``current`` (the tag of the vector's definition, which the Gallery owns)."""
        query = ("SELECT count(*) FROM watchlist_templates WHERE modality = 'finger'"
                 " AND (prefilter IS NULL OR substr(prefilter, 1, ?) != ?)")  # fmt: skip
        return int(one_row(self._session.conn.execute(query, (len(current), current)))[0])

    def set_prefilters(self, vectors: Iterable[tuple[int, bytes]]) -> int:
        """Store computed pre-filter vectors, (template id, vector) each, for templates that had none (a watchlist
        imported before schema v12) or one of an older definition; returns how many were given. Derived data: not
        custody-logged."""
        rows = [(vector, template_id) for template_id, vector in vectors]
        with self._session.write() as conn:
            conn.executemany("UPDATE watchlist_templates SET prefilter = ? WHERE id = ?", rows)
        return len(rows)
