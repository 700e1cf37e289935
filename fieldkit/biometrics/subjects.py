"""Subjects: persons encountered, whose ten-print sets and face photos are captured. Each subject stands on an item
of category 'person' (tag = reference) that holds their captures; the personal details live in `subjects`,
encrypted with the rest of the store, and every change is custody-logged."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldkit.errors import InvalidValueError, NotFoundError
from fieldkit.models import Item
from fieldkit.store.store import Store, clean_name, clean_text

PERSON = "person"  # the item category a subject stands on (models.ITEM_CATEGORIES)
_NATIONALITY = re.compile(r"^[A-Z]{3}$")  # ISO 3166-1 alpha-3, as ANSI/NIST and travel documents use


@dataclass(frozen=True)
class Subject:
    id: int
    uuid: str
    item: Item
    claimed_name: str
    date_of_birth: str | None
    nationality: str
    notes: str
    created_at: str
    updated_at: str

    @property
    def reference(self) -> str:
        return self.item.tag


def _check(claimed_name: str | None, date_of_birth: str | None, nationality: str | None, notes: str | None,
           store: Store) -> dict[str, str | None]:  # fmt: skip
    values: dict[str, str | None] = {}
    if claimed_name is not None:
        values["claimed_name"] = clean_text(claimed_name.strip(), "claimed name", store.limits)[:200]
    if date_of_birth is not None:
        text = date_of_birth.strip()
        if text:
            try:
                born = date.fromisoformat(text)
            except ValueError:
                raise InvalidValueError("the date of birth must be written YYYY-MM-DD") from None
            if not date(1900, 1, 1) <= born <= date.today():
                raise InvalidValueError("the date of birth must be between 1900-01-01 and today")
        values["date_of_birth"] = text or None
    if nationality is not None:
        code = nationality.strip().upper()
        if code and not _NATIONALITY.match(code):
            raise InvalidValueError("the nationality must be an ISO 3166 three-letter code, e.g. SYR, IRQ, FRA")
        values["nationality"] = code
    if notes is not None:
        values["notes"] = clean_text(notes, "notes", store.limits)
    return values


def add_subject(store: Store, case_name: str, reference: str, *, claimed_name: str = "", date_of_birth: str = "",
                nationality: str = "", notes: str = "") -> Subject:  # fmt: skip
    values = _check(claimed_name, date_of_birth, nationality, notes, store)
    case = store.ensure_case(case_name)
    reference = clean_name(reference, "subject reference", store.limits)
    existing = store.item(case, reference)
    if existing is not None:
        if subject_of_item(store, existing) is not None:
            raise InvalidValueError(f"case '{case.name}' already has a subject {reference}")
        if existing.category != PERSON:
            raise InvalidValueError(
                f"'{reference}' is already an evidence item of case '{case.name}': choose another reference"
            )
        return _create(store, existing, values)  # a person item: its subject record, not a second person
    return _create(store, store.ensure_item(case, reference, PERSON), values)


def _create(store: Store, item: Item, values: dict[str, str | None], *, implicit: bool = False) -> Subject:
    subject_uuid = str(uuid.uuid4())
    details: dict[str, object] = {"item": item.uuid, "reference": item.tag}
    if implicit:
        details["implicit"] = True  # made for a person item when its prints or photos needed one
    with store.write():
        store.biometrics.add_subject(subject_uuid, item.id, values)
        store.log("subject.created", f"subject:{subject_uuid}", details)
    found = subject_of_item(store, item)
    assert found is not None
    return found


def is_person(store: Store, item: Item) -> bool:
    """Whether an item stands for a person: of category 'person', or a subject's (its prints and face photos are
    searched against the watchlist whether or not a subject record was made for it)."""
    return item.category == PERSON or subject_of_item(store, item) is not None


def ensure_subject(store: Store, item: Item) -> Subject:
    """The subject a person item stands for: its record, made (empty, custody-logged 'subject.created' with
    'implicit') when the item has none yet, so one person keeps one item and one record. An item of another
    category is refused: it is evidence, not a person."""
    found = subject_of_item(store, item)
    if found is not None:
        return found
    if item.category != PERSON:
        raise InvalidValueError(
            f"'{item.tag}' is not a person (its category is '{item.category or 'not set'}'): set its category to "
            "Person first, or create a new subject"
        )
    return _create(store, item, _check("", "", "", "", store), implicit=True)


def _subject(store: Store, row: tuple[Any, ...]) -> Subject:
    sid, suuid, item_id, name, born, nationality, notes, created, updated = row
    return Subject(int(sid), str(suuid), store.item_by_id(int(item_id)), str(name), str(born) if born else None,
                   str(nationality), str(notes), str(created), str(updated))  # fmt: skip


def subject_of_item(store: Store, item: Item) -> Subject | None:
    row = store.biometrics.subject_row(item.id)
    return _subject(store, row) if row else None


def subjects(store: Store, case_name: str | None = None) -> list[Subject]:
    found = [_subject(store, row) for row in store.biometrics.subject_rows()]
    return [s for s in found if case_name is None or s.item.case_name == case_name]


def find_subject(store: Store, key: str, case_name: str | None = None) -> Subject:
    """A subject by its uuid, or by its reference (with the case when the reference is used in several)."""
    matches = [s for s in subjects(store, case_name) if key in (s.uuid, s.reference)]
    if not matches:
        where = f" in case '{case_name}'" if case_name else ""
        raise NotFoundError(f"there is no subject '{key}'{where}: 'fieldkit subject list' shows them")
    if len(matches) > 1:
        raise InvalidValueError(f"subject '{key}' exists in several cases: add --case")
    return matches[0]


def update_subject(store: Store, subject: Subject, *, claimed_name: str | None = None,
                   date_of_birth: str | None = None, nationality: str | None = None,
                   notes: str | None = None) -> Subject:  # fmt: skip
    values = _check(claimed_name, date_of_birth, nationality, notes, store)
    values = {k: v for k, v in values.items() if v != getattr(subject, k)}
    if not values:
        return subject
    with store.write():
        store.biometrics.update_subject(subject.id, values)
        store.log("subject.edited", f"subject:{subject.uuid}", {"changed": sorted(values)})  # names only: no PII
    return find_subject(store, subject.uuid)
