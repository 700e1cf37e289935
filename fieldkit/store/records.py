"""Cases, evidence items and the sites where material was recovered: the ``cases``, ``items`` and ``sites`` tables.

Design: these three always travel together (an item names its case and, optionally, a site of that case), so one
part owns them and answers every question that joins them; the captures part asks it for item labels instead of
joining these tables itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime

from fieldkit.errors import InvalidValueError, NotFoundError
from fieldkit.models import ITEM_CATEGORIES, Case, Item, Site
from fieldkit.store.session import Session, clean_name, clean_text, normalized

_ITEM_SELECT = (
    "SELECT i.id, i.uuid, i.case_id, c.name, i.tag, i.category, i.description, i.site_id, i.recovered_at,"
    " i.notes, i.created_at, i.updated_at FROM items i JOIN cases c ON c.id = i.case_id"
)
_SITE_SELECT = "SELECT id, uuid, case_id, name, latitude, longitude, mgrs, description FROM sites"


class Records:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- cases ---------------------------------------------------------------------------------------------

    def case(self, name: str) -> Case | None:
        row = self._session.conn.execute(
            "SELECT id, uuid, name, reference, created_at FROM cases WHERE name = ?", (normalized(name),)
        ).fetchone()
        return Case(*row) if row else None

    def case_by_id(self, case_id: int) -> Case:
        row = self._session.conn.execute(
            "SELECT id, uuid, name, reference, created_at FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no case with id {case_id}")
        return Case(*row)

    def cases(self) -> list[Case]:
        rows = self._session.conn.execute("SELECT id, uuid, name, reference, created_at FROM cases ORDER BY name")
        return [Case(*row) for row in rows]

    def ensure_case(self, name: str, reference: str = "") -> Case:
        limits = self._session.limits
        name = clean_name(name, "case name", limits)
        existing = self.case(name)
        if existing:
            return existing
        case_uuid = str(uuid.uuid4())
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO cases (uuid, name, reference, created_at) VALUES (?, ?, ?, ?)",
                (case_uuid, name, clean_text(reference, "case reference", limits), self._session.now()),
            )
            self._session.log("case.created", f"case:{case_uuid}", {"name": name, "reference": reference})
        created = self.case(name)
        assert created is not None
        return created

    # --- items ---------------------------------------------------------------------------------------------

    def item(self, case: Case, tag: str) -> Item | None:
        row = self._session.conn.execute(
            _ITEM_SELECT + " WHERE i.case_id = ? AND i.tag = ?", (case.id, normalized(tag))
        ).fetchone()
        return Item(*row) if row else None

    def item_by_id(self, item_id: int) -> Item:
        row = self._session.conn.execute(_ITEM_SELECT + " WHERE i.id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no item with id {item_id}")
        return Item(*row)

    def items(self, case: Case | None = None) -> list[Item]:
        if case is None:
            rows = self._session.conn.execute(_ITEM_SELECT + " ORDER BY c.name, i.tag")
        else:
            rows = self._session.conn.execute(_ITEM_SELECT + " WHERE i.case_id = ? ORDER BY i.tag", (case.id,))
        return [Item(*row) for row in rows]

    def item_ids(self, case_name: str | None = None, tag: str | None = None) -> list[int]:
        """The ids of the items with this case name and/or tag (both: at most one)."""
        clauses, params = [], []
        if case_name is not None:
            clauses.append("c.name = ?")
            params.append(normalized(case_name))
        if tag is not None:
            clauses.append("i.tag = ?")
            params.append(normalized(tag))
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        query = "SELECT i.id FROM items i JOIN cases c ON c.id = i.case_id" + where  # noqa: S608 - fixed clauses
        rows = self._session.conn.execute(query, params)
        return [int(row[0]) for row in rows]

    def item_labels(self, item_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """(case name, item tag) of each item, by id."""
        wanted = sorted(set(item_ids))
        if not wanted:
            return {}
        rows = self._session.conn.execute(
            "SELECT i.id, c.name, i.tag FROM items i JOIN cases c ON c.id = i.case_id"
            " WHERE i.id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),),
        )
        return {int(item_id): (str(case_name), str(tag)) for item_id, case_name, tag in rows}

    def item_with_context(self, item_id: int) -> tuple[Item, Case, Site | None]:
        """An item with its case and its site (if it has one), e.g. for the item's record in a bundle."""
        item = self.item_by_id(item_id)
        site = self.site_by_id(item.site_id) if item.site_id is not None else None
        return item, self.case_by_id(item.case_id), site

    def ensure_item(self, case: Case, tag: str, category: str = "other") -> Item:
        tag = clean_name(tag, "evidence tag", self._session.limits)
        existing = self.item(case, tag)
        if existing:
            return existing
        if category not in ITEM_CATEGORIES:
            raise InvalidValueError(f"the category must be one of: {', '.join(ITEM_CATEGORIES)}")
        item_uuid = str(uuid.uuid4())
        now = self._session.now()
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO items (uuid, case_id, tag, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (item_uuid, case.id, tag, category, now, now),
            )
            self._session.log("item.created", f"item:{item_uuid}", {"case": case.uuid, "tag": tag,
                                                                    "category": category})  # fmt: skip
        created = self.item(case, tag)
        assert created is not None
        return created

    def update_item(self, item: Item, **changes: str | int | None) -> Item:
        """Edit an item's description, category, notes, time recovered or site; the change is custody-logged."""
        allowed = {"description", "category", "notes", "recovered_at", "site_id"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidValueError(f"items have no field {', '.join(sorted(unknown))}")
        values: dict[str, str | int | None] = {}
        for key, value in changes.items():
            if key == "site_id":
                if value is not None and not self._site_in_case(value, item.case_id):
                    raise InvalidValueError("that site does not belong to the item's case")
                values[key] = value
            elif not isinstance(value, str | None):
                raise InvalidValueError(f"the {key} must be text")
            elif key == "category":
                if value not in ITEM_CATEGORIES:
                    raise InvalidValueError(f"the category must be one of: {', '.join(ITEM_CATEGORIES)}")
                values[key] = value
            elif key == "recovered_at":
                values[key] = _check_time(value)
            else:
                values[key] = clean_text(value or "", key, self._session.limits)
        if not values:
            return item
        now = self._session.now()
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self._session.write() as conn:
            conn.execute(
                f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608 - keys are whitelisted
                (*values.values(), now, item.id),
            )
            self._session.log("item.edited", f"item:{item.uuid}", {"changed": values})
        return self.item_by_id(item.id)

    # --- sites ---------------------------------------------------------------------------------------------

    def sites(self, case: Case) -> list[Site]:
        rows = self._session.conn.execute(_SITE_SELECT + " WHERE case_id = ? ORDER BY name", (case.id,))
        return [Site(*row) for row in rows]

    def site(self, case: Case, name: str) -> Site | None:
        wanted = normalized(name)
        return next((s for s in self.sites(case) if s.name == wanted), None)

    def site_by_id(self, site_id: int) -> Site:
        row = self._session.conn.execute(_SITE_SELECT + " WHERE id = ?", (site_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no site with id {site_id}")
        return Site(*row)

    def _site_in_case(self, site_id: int | str, case_id: int) -> bool:
        row = self._session.conn.execute("SELECT 1 FROM sites WHERE id = ? AND case_id = ?", (site_id, case_id))
        return row.fetchone() is not None

    def add_site(
        self,
        case: Case,
        name: str,
        latitude: float | None = None,
        longitude: float | None = None,
        mgrs: str = "",
        description: str = "",
    ) -> Site:
        """A place where material was recovered, within a case. Coordinates are WGS 84 decimal degrees."""
        limits = self._session.limits
        name = clean_name(name, "site name", limits)
        if self.site(case, name):
            raise InvalidValueError(f"case '{case.name}' already has a site named '{name}'")
        if (latitude is None) != (longitude is None):
            raise InvalidValueError("give both latitude and longitude, or neither")
        if latitude is not None and longitude is not None and not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise InvalidValueError("latitude must be within ±90 and longitude within ±180 degrees")
        mgrs = clean_name(mgrs, "MGRS reference", limits) if mgrs.strip() else ""
        site_uuid = str(uuid.uuid4())
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO sites (uuid, case_id, name, latitude, longitude, mgrs, description, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (site_uuid, case.id, name, latitude, longitude, mgrs,
                 clean_text(description, "site description", limits), self._session.now()),
            )  # fmt: skip
            details = {"case": case.uuid, "name": name, "latitude": latitude, "longitude": longitude, "mgrs": mgrs}
            self._session.log("site.created", f"site:{site_uuid}", details)
        created = self.site(case, name)
        assert created is not None
        return created

    def update_site(self, site: Site, *, latitude: float | None = None, longitude: float | None = None,
                    mgrs: str | None = None, description: str | None = None) -> Site:  # fmt: skip
        """Correct a site's position (both coordinates), MGRS reference or description; None leaves a field as it is.
        The name stays (items name the site by it). Custody-logged as ``site.edited`` with the new values (an
        amendment when a bundle carried the site, store/amendments.py)."""
        limits = self._session.limits
        values: dict[str, str | float | None] = {}
        if latitude is not None or longitude is not None:
            if latitude is None or longitude is None:
                raise InvalidValueError("give both latitude and longitude")
            if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
                raise InvalidValueError("latitude must be within ±90 and longitude within ±180 degrees")
            values.update(latitude=latitude, longitude=longitude)
        if mgrs is not None:
            values["mgrs"] = clean_name(mgrs, "MGRS reference", limits) if mgrs.strip() else ""
        if description is not None:
            values["description"] = clean_text(description, "site description", limits)
        values = {key: value for key, value in values.items() if value != getattr(site, key)}
        if not values:
            return site
        assignments = ", ".join(f"{key} = ?" for key in values)
        details = {"case": self.case_by_id(site.case_id).uuid, "name": site.name, "changed": values}
        with self._session.write() as conn:
            conn.execute(f"UPDATE sites SET {assignments} WHERE id = ?",  # noqa: S608 - keys are fixed above
                         (*values.values(), site.id))  # fmt: skip
            self._session.log("site.edited", f"site:{site.uuid}", details)
        return self.site_by_id(site.id)


def _check_time(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidValueError(f"'{value}' is not a date and time like 2026-11-25T14:30:00Z") from exc
    return value
