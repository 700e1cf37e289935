"""The store check: database pages and their HMACs, the custody chain, key slots, and every original against its hash.

Design: ``check`` never raises for what it finds; it returns a ``CheckReport`` with one result per area, so the CLI
and the GUI can show everything that is wrong at once (python-tuf's result-with-details habit). It only reads, and
only through the parts that own the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlcipher3 import dbapi2 as sqlite

from fieldkit.errors import FieldkitError
from fieldkit.store import custody
from fieldkit.store.captures import Captures
from fieldkit.store.operators import Operators
from fieldkit.store.session import Session

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    summary: str
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckReport:
    results: list[CheckResult]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def check_store(
    session: Session, operators: Operators, captures: Captures, progress: Progress | None = None
) -> CheckReport:
    """Check everything: database pages, cipher HMACs, custody chain, every media file against its hash."""
    return CheckReport([
        _check_database(session),
        _check_custody(session),
        _check_slots(operators),
        _check_media(captures, progress),
    ])  # fmt: skip


def _check_database(session: Session) -> CheckResult:
    problems: list[str] = []
    conn = session.conn
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(str(r) for r in rows[:20])
        cipher_rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems.extend(cipher_rows[:20])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} records refer to records that do not exist")
    except sqlite.DatabaseError as exc:
        problems.append(f"the database cannot be read: {exc}")
    summary = "database pages and their HMACs are intact" if not problems else "database damaged"
    return CheckResult("database", not problems, summary, problems)


def _check_custody(session: Session) -> CheckResult:
    count, problems = custody.verify_chain(session.conn)
    summary = f"{count} custody entries, chain intact" if not problems else "custody chain broken"
    return CheckResult("custody", not problems, summary, problems)


def _check_slots(operators: Operators) -> CheckResult:
    """Every operator has a usable slot, and every slot file belongs to an operator: a slot file nobody owns was
    planted or left behind (it still costs each unlock an Argon2id run), one that cannot be used is skipped."""
    problems = []
    owners = dict((slot_id, name) for name, slot_id in operators.slot_owners() if slot_id)
    usable, skipped = operators.slots.survey()
    usable_ids = {candidate.slot_id for candidate in usable}
    for name, slot_id in operators.slot_owners():
        if not slot_id or not operators.slots.path_of(slot_id).is_file():
            problems.append(f"operator '{name}' has no key slot")
        elif slot_id not in usable_ids:
            problems.append(f"operator '{name}' has a key slot that cannot be used")
    problems.extend(f"{s}: skipped by every unlock; remove it unless an operator needs it" for s in skipped)
    for candidate in usable:
        if candidate.slot_id not in owners:
            problems.append(f"key slot file {candidate.path.name} belongs to no operator: planted or left behind,"
                            " and every unlock tries it; remove it (fieldkit never makes one)")  # fmt: skip
    summary = f"{operators.slots.count()} key slots" if not problems else "key slots missing, unusable or unknown"
    return CheckResult("key slots", not problems, summary, problems)


def _check_media(captures: Captures, progress: Progress | None) -> CheckResult:
    problems: list[str] = []
    rows = captures.media_files()
    referenced = set()
    for index, (capture_id, media_id) in enumerate(rows, 1):
        referenced.add(media_id)
        try:
            for _chunk in captures.read(capture_id):
                pass
        except FieldkitError as exc:  # MediaCorruptError, or a file that is missing or unreadable
            problems.append(f"capture {capture_id}: {exc}")
        if progress:
            progress("media", index, len(rows))
    orphans = [m for m in captures.media.stored_ids() if m not in referenced]
    if orphans:
        problems.append(f"{len(orphans)} media files belong to no capture")
    summary = f"{len(rows)} media files decrypt to their acquisition SHA-256" if not problems else "media damaged"
    return CheckResult("media", not problems, summary, problems)
