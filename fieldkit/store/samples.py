"""Physical samples taken from items (DNA swabs, hair, blood...): the ``samples``, ``shipments`` and
``sample_captures`` tables (schema: store/db.py, SCHEMA_V13_SAMPLES; docs/samples.md).

Design: the store keeps rows and answers questions about them; core/samples.py holds the rules (which step may follow
which, who must confirm a handover) and appends the custody entries in the same ``write()``. Every change raises the
row's ``version``, which is how a bundle knows a sample travels again.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from fieldkit.errors import NotFoundError
from fieldkit.store.records import Records
from fieldkit.store.session import Session, normalized


@dataclass(frozen=True)
class SampleRow:
    id: int
    uuid: str
    item_id: int
    case_name: str
    item_tag: str
    ref: str
    barcode_format: str
    sample_type: str
    location: str
    spot_capture_id: int | None
    spot_x: float | None
    spot_y: float | None
    collector: str
    collected_at: str
    packaging: str
    seal: str
    storage: str
    notes: str
    state: str
    holder: str
    shipment_id: int | None
    manifest: str | None  # the manifest number of its shipment
    created_at: str
    updated_at: str
    version: int


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    uuid: str
    manifest: str
    laboratory: str
    carrier: str
    shipped_at: str
    shipped_by: str
    version: int


@dataclass(frozen=True)
class SampleCapture:
    sample_id: int
    capture_id: int
    role: str


_SAMPLE_SELECT = (
    "SELECT s.id, s.uuid, s.item_id, s.ref, s.barcode_format, s.sample_type, s.location,"
    " s.spot_capture_id, s.spot_x, s.spot_y, s.collector, s.collected_at, s.packaging, s.seal, s.storage, s.notes,"
    " s.state, s.holder, s.shipment_id, sh.manifest, s.created_at, s.updated_at, s.version"
    " FROM samples s LEFT JOIN shipments sh ON sh.id = s.shipment_id"
)
_SHIPMENT_SELECT = "SELECT id, uuid, manifest, laboratory, carrier, shipped_at, shipped_by, version FROM shipments"

# The columns a change may set (core/samples.py decides which, when).
CHANGEABLE = frozenset({"location", "spot_capture_id", "spot_x", "spot_y", "packaging", "seal", "storage", "notes",
                        "state", "holder", "shipment_id", "barcode_format"})  # fmt: skip


class Samples:
    def __init__(self, session: Session, records: Records) -> None:
        self._session = session
        self._records = records  # the items' case and tag (records.py owns items and cases)

    def _rows(self, query: str, params: Sequence[object]) -> list[SampleRow]:
        rows = self._session.conn.execute(query, params).fetchall()
        labels = self._records.item_labels(int(row[2]) for row in rows)
        return [SampleRow(row[0], row[1], row[2], *labels.get(int(row[2]), ("", "")), *row[3:]) for row in rows]

    # --- samples --------------------------------------------------------------------------------------------

    def add(self, item_id: int, *, ref: str, sample_type: str, collector: str, collected_at: str, state: str,
            holder: str, barcode_format: str = "", location: str = "", packaging: str = "", seal: str = "",
            storage: str = "", notes: str = "") -> SampleRow:  # fmt: skip
        """A new sample row (the caller has checked the values and logs the step in the same ``write()``)."""
        now = self._session.now()
        with self._session.write() as conn:
            cursor = conn.execute(
                "INSERT INTO samples (uuid, item_id, ref, barcode_format, sample_type, location, collector,"
                " collected_at, packaging, seal, storage, notes, state, holder, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), item_id, ref, barcode_format, sample_type, location, collector, collected_at,
                 packaging, seal, storage, notes, state, holder, now, now),
            )  # fmt: skip
            sample_id = int(cursor.lastrowid or 0)
        return self.by_id(sample_id)

    def change(self, sample_id: int, **values: object) -> SampleRow:
        """Set some of CHANGEABLE's columns and raise the version (the caller logs the step)."""
        unknown = set(values) - CHANGEABLE
        if unknown:
            raise ValueError(f"not a changeable sample column: {sorted(unknown)}")  # a bug, not input
        if values:
            columns = sorted(values)
            assignments = ", ".join(f"{column} = ?" for column in columns)
            with self._session.write() as conn:
                conn.execute(
                    f"UPDATE samples SET {assignments}, updated_at = ?, version = version + 1 WHERE id = ?",  # noqa: S608 (columns from CHANGEABLE)
                    (*(values[column] for column in columns), self._session.now(), sample_id),
                )
        return self.by_id(sample_id)

    def by_id(self, sample_id: int) -> SampleRow:
        rows = self._rows(_SAMPLE_SELECT + " WHERE s.id = ?", (sample_id,))
        if not rows:
            raise NotFoundError(f"there is no sample with id {sample_id}")
        return rows[0]

    def by_ref(self, ref: str) -> SampleRow | None:
        rows = self._rows(_SAMPLE_SELECT + " WHERE s.ref = ?", (normalized(ref),))
        return rows[0] if rows else None

    def by_uuid(self, sample_uuid: str) -> SampleRow | None:
        rows = self._rows(_SAMPLE_SELECT + " WHERE s.uuid = ?", (sample_uuid,))
        return rows[0] if rows else None

    def select(self, *, item_ids: Sequence[int] | None = None, shipment_id: int | None = None,
               states: Sequence[str] = ()) -> list[SampleRow]:  # fmt: skip
        """Samples of these items (None: every item), of a shipment, in these states; by case, item tag and number."""
        where: list[str] = []
        params: list[object] = []
        if item_ids is not None:
            where.append("s.item_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(set(item_ids))))
        if shipment_id is not None:
            where.append("s.shipment_id = ?")
            params.append(shipment_id)
        if states:
            where.append(f"s.state IN ({', '.join('?' for _ in states)})")
            params.extend(states)
        query = _SAMPLE_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY s.id"
        return sorted(self._rows(query, params), key=lambda row: (row.case_name, row.item_tag, row.id))

    def count(self) -> int:
        row = self._session.conn.execute("SELECT count(*) FROM samples").fetchone()
        return int(row[0]) if row else 0

    # --- captures that show a sample ------------------------------------------------------------------------

    def link_capture(self, sample_id: int, capture_id: int, role: str) -> None:
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO sample_captures (sample_id, capture_id, role) VALUES (?, ?, ?)"
                " ON CONFLICT(sample_id, capture_id) DO UPDATE SET role = excluded.role",
                (sample_id, capture_id, role),
            )
            conn.execute(
                "UPDATE samples SET updated_at = ?, version = version + 1 WHERE id = ?",
                (self._session.now(), sample_id),
            )

    def captures_of(self, sample_id: int) -> list[SampleCapture]:
        rows = self._session.conn.execute(
            "SELECT sample_id, capture_id, role FROM sample_captures WHERE sample_id = ? ORDER BY capture_id",
            (sample_id,),
        )
        return [SampleCapture(int(a), int(b), str(c)) for a, b, c in rows]

    def samples_of_capture(self, capture_id: int) -> list[int]:
        rows = self._session.conn.execute(
            "SELECT sample_id FROM sample_captures WHERE capture_id = ? ORDER BY sample_id", (capture_id,)
        )
        return [int(row[0]) for row in rows]

    # --- shipments ------------------------------------------------------------------------------------------

    def add_shipment(self, *, manifest: str, laboratory: str, carrier: str, shipped_at: str,
                     shipped_by: str) -> ShipmentRow:  # fmt: skip
        with self._session.write() as conn:
            cursor = conn.execute(
                "INSERT INTO shipments (uuid, manifest, laboratory, carrier, shipped_at, shipped_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), manifest, laboratory, carrier, shipped_at, shipped_by),
            )
            shipment_id = int(cursor.lastrowid or 0)
        return self.shipment_by_id(shipment_id)

    def touch_shipment(self, shipment_id: int) -> None:
        """A sample joined the shipment: its record travels again."""
        with self._session.write() as conn:
            conn.execute("UPDATE shipments SET version = version + 1 WHERE id = ?", (shipment_id,))

    def shipment_by_id(self, shipment_id: int) -> ShipmentRow:
        row = self._session.conn.execute(_SHIPMENT_SELECT + " WHERE id = ?", (shipment_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no shipment with id {shipment_id}")
        return ShipmentRow(*row)

    def shipment(self, manifest: str) -> ShipmentRow | None:
        row = self._session.conn.execute(_SHIPMENT_SELECT + " WHERE manifest = ?", (normalized(manifest),)).fetchone()
        return ShipmentRow(*row) if row else None

    def shipments(self) -> list[ShipmentRow]:
        rows = self._session.conn.execute(_SHIPMENT_SELECT + " ORDER BY shipped_at, id")
        return [ShipmentRow(*row) for row in rows]
