"""HQ's watchlist (issue 17): the people devices alert on, in HQ's database beside the index (SQLite or PostgreSQL,
the same SQL), and the watchlist files exported from it (docs/watchlist-format.md).

Tables (component "watchlist" of hq/db.py's migrations; named ``hq_watchlist*`` so they are never confused with the
device store's own ``watchlist`` tables):

- ``hq_watchlist_entries``: one row per reference (unique): category, instructions code, note, who added it, when.
- ``hq_watchlist_templates``: its finger and face templates (never the images): the template bytes, sealed
  (ChaCha20-Poly1305) under HQ's template key (hq/templatekey.py, the key of every template HQ holds) and bound to
  the entry, the image's SHA-256, the modality, algorithm and finger, so a template copied onto another row does
  not open; the finger position, and the SHA-256 and name of the image it was made from (to say where it came
  from). ``sealed`` says which rows are: 1 for every row written since schema version 2; 0 for a row an HQ of
  version 1 wrote in plaintext, until ``seal_plaintext`` seals it (run by add, export, search and `fieldkit hq
  reindex`, the first that has the key; until then such a row is read as it is, never skipped).
- ``hq_watchlist_plaintext``: one row while the database may still hold watchlist templates in plaintext (rows of
  version 1, or freed pages and journal frames of rows written, overwritten or removed then): ``seal_plaintext``
  seals the rows, then scrubs the files (Database.scrub: VACUUM on SQLite, VACUUM FULL of the table on PostgreSQL)
  and deletes it.
- ``hq_watchlist_exports``: every file exported: its version (the primary key: the counter, monotonic per HQ), the
  device it is for (NULL: every enrolled device), issued/expiry, counts, the file's SHA-256, who made it.
- ``hq_watchlist_removals``: every removed entry, with who removed it, when, why, and what it held (counts): HQ has
  no custody log of its own, so removals are kept here and never deleted.

Adding to a reference that exists adds the new templates to it (a second capture of the same person) and replaces
its category, instructions and note with those given; ``remove`` takes the whole entry out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit._internal import fsutil
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.biometrics.watchlist_file import (
    INSTRUCTIONS,
    Entry,
    WatchlistDocument,
    check_text,
    expiry,
    format_time,
    now_utc,
    seal,
)
from fieldkit.bundle import sshsig
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import ExportError, InputError, InvalidValueError, UsageError, WatchlistImageRepeatedError
from fieldkit.hq import templatekey
from fieldkit.hq.db import Database, Migration
from fieldkit.hq.templatekey import TemplateKey
from fieldkit.hq.trust import HQ

_SQLITE_V1 = """
CREATE TABLE hq_watchlist_entries (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    instructions TEXT NOT NULL,
    note TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE hq_watchlist_templates (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES hq_watchlist_entries (id) ON DELETE CASCADE,
    modality TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    finger INTEGER NOT NULL,
    data BLOB NOT NULL,
    source_name TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX hq_watchlist_templates_entry ON hq_watchlist_templates (entry_id);
CREATE TABLE hq_watchlist_exports (
    version INTEGER PRIMARY KEY,
    device TEXT,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    entries INTEGER NOT NULL,
    templates INTEGER NOT NULL,
    recipients INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    made_by TEXT NOT NULL
);
CREATE TABLE hq_watchlist_removals (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL,
    category TEXT NOT NULL,
    templates INTEGER NOT NULL,
    removed_at TEXT NOT NULL,
    removed_by TEXT NOT NULL,
    reason TEXT NOT NULL
)"""

# Version 2: the templates sealed (see the module docstring). The rows of version 1 are plaintext (sealed 0, found
# by a partial index); a database that held any watchlist row is marked to be scrubbed once they are sealed.
_SQLITE_V2 = """
ALTER TABLE hq_watchlist_templates ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX hq_watchlist_templates_plaintext ON hq_watchlist_templates (id) WHERE sealed = 0;
CREATE TABLE hq_watchlist_plaintext (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);
INSERT INTO hq_watchlist_plaintext (id) SELECT 1 WHERE EXISTS (SELECT 1 FROM hq_watchlist_templates)
    OR EXISTS (SELECT 1 FROM hq_watchlist_entries) OR EXISTS (SELECT 1 FROM hq_watchlist_removals)"""

MIGRATIONS = [
    Migration(
        1,
        sqlite=_SQLITE_V1,
        postgresql=_SQLITE_V1.replace("id INTEGER PRIMARY KEY", "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
        .replace("entry_id INTEGER", "entry_id BIGINT")
        .replace("version INTEGER PRIMARY KEY", "version BIGINT PRIMARY KEY")
        .replace("BLOB", "BYTEA"),
    ),
    Migration(2, sqlite=_SQLITE_V2, postgresql=_SQLITE_V2),
]

_EXPORT_LOCK = "fieldkit-watchlist-export"  # one export at a time: each takes the next version


def migrate(db: Database) -> int:
    """The watchlist's tables (and HQ's template key's: its templates are sealed with it); SQLite enforces the
    templates' ON DELETE CASCADE only with foreign keys on, so removal deletes them itself (both engines alike)."""
    templatekey.migrate(db)
    return db.migrate("watchlist", MIGRATIONS)


@dataclass(frozen=True)
class Sealed:
    sealed: int  # plaintext templates (of schema version 1) sealed now
    scrubbed: bool  # the database's files were scrubbed now
    pending: bool  # a scrub is still owed (it could not finish: the next add, export, search or reindex tries again)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def seal_plaintext(db: Database, key: TemplateKey, *, limits: IdentificationLimits = IDENTIFICATION_LIMITS,
                   scrub: bool = True) -> Sealed:  # fmt: skip
    """Seal every template an HQ of schema version 1 left in plaintext (pages of hq_search_batch rows, each in its
    own transaction), then (``scrub``) scrub the database's files so none of the plaintext stays in freed pages or
    journals (Database.scrub), once. Nothing to do (the usual case) costs two indexed look-ups. The scrub waits for
    a call outside a transaction with ``scrub`` (add, export, `hq reindex`: not the search at ingest, where
    rewriting the whole SQLite index would hold every ingest up)."""
    sealed = 0
    while db.execute("SELECT 1 FROM hq_watchlist_templates WHERE sealed = 0 LIMIT 1").fetchone() is not None:
        with db.transaction(lock=_EXPORT_LOCK):
            rows = db.execute("SELECT id, entry_id, source_sha256, modality, algorithm, finger, data FROM"
                              " hq_watchlist_templates WHERE sealed = 0 ORDER BY id LIMIT ?",
                              (limits.hq_search_batch,)).fetchall()  # fmt: skip
            for row_id, entry_id, digest, modality, algorithm, finger, data in rows:
                closed = key.seal_watchlist(bytes(data), int(entry_id), str(digest), str(modality), str(algorithm),
                                            int(finger))  # fmt: skip
                db.execute("UPDATE hq_watchlist_templates SET data = ?, sealed = 1 WHERE id = ? AND sealed = 0",
                           (closed, row_id))  # fmt: skip
        sealed += len(rows)
    owed = sealed > 0 or db.execute("SELECT 1 FROM hq_watchlist_plaintext").fetchone() is not None
    if not owed:
        return Sealed(0, False, False)
    if sealed and db.execute("SELECT 1 FROM hq_watchlist_plaintext").fetchone() is None:
        with db.transaction(lock=_EXPORT_LOCK):  # plaintext rows came without the mark: the scrub is owed all the same
            db.execute("INSERT INTO hq_watchlist_plaintext (id) VALUES (1) ON CONFLICT (id) DO NOTHING")
    if not scrub or db.in_transaction or not db.scrub("hq_watchlist_templates"):
        return Sealed(sealed, False, True)
    db.execute("DELETE FROM hq_watchlist_plaintext")
    return Sealed(sealed, True, False)


def _template(key: TemplateKey, entry_id: int, digest: str, modality: Any, algorithm: str, finger: int,
              data: bytes, sealed: int) -> Template:  # fmt: skip
    """A stored template, opened (a row of schema version 1 not sealed yet is read as it is: never skipped). The
    modality as stored: Template refuses one it does not know."""
    plain = key.open_watchlist(data, entry_id, digest, str(modality), algorithm, finger) if sealed else data
    return Template(modality, algorithm, plain, finger)


@dataclass(frozen=True)
class Source:
    """A template to add and the image it came from (its name and SHA-256 are kept; the image is not)."""

    template: Template
    name: str
    sha256: str


@dataclass(frozen=True)
class EntrySummary:
    ref: str
    category: str
    instructions: str
    note: str
    fingers: tuple[int, ...]  # finger positions of its finger templates (0: unknown), sorted
    faces: int
    added_at: str
    added_by: str
    changed_at: str

    @property
    def templates(self) -> int:
        return len(self.fingers) + self.faces

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "templates": self.templates, "instructions_words": INSTRUCTIONS[self.instructions]}


@dataclass(frozen=True)
class Added:
    ref: str
    created: bool
    added: int  # templates added now
    total: int  # templates the entry holds


def add(hq: HQ, db: Database, ref: str, sources: Sequence[Source], *, by: str, category: str | None = None,
        instructions: str | None = None, note: str | None = None) -> Added:  # fmt: skip
    """Add an entry with these templates (sealed under HQ's template key), or add them to the entry ``ref`` names
    (``category``/``instructions``/``note`` given replace its own). One transaction; refused beyond
    max_templates_per_entry or max_watchlist_entries."""
    limits = IDENTIFICATION_LIMITS
    check_text(ref, "--ref", limits.max_watchlist_ref_chars, empty=False)
    check_text(category or "", "--category", limits.max_watchlist_ref_chars)
    check_text(note or "", "--note", limits.max_watchlist_note_chars, one_line=False)
    if instructions is not None and instructions not in INSTRUCTIONS:
        raise InvalidValueError(f"unknown instructions {instructions!r}: one of {', '.join(INSTRUCTIONS)}")
    if not sources:
        raise UsageError("give at least one print (--finger N --ppi P IMAGE) or face (--face IMAGE)")
    now = format_time(now_utc())
    key = TemplateKey(hq, db)
    seal_plaintext(db, key)
    with db.transaction(lock=_EXPORT_LOCK):
        row = db.execute("SELECT id FROM hq_watchlist_entries WHERE ref = ?", (ref,)).fetchone()
        if row is None:
            (count,) = db.execute("SELECT count(*) FROM hq_watchlist_entries").fetchone()
            if int(count) >= limits.max_watchlist_entries:
                raise InvalidValueError(f"the watchlist holds {count} entries, the most a device accepts: remove some")
            entry_id = db.execute(
                "INSERT INTO hq_watchlist_entries (ref, category, instructions, note, added_at, added_by, changed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (ref, category or "", instructions or "collect-and-report", note or "", now, by, now),
            ).fetchone()[0]
            held = 0
        else:
            entry_id = row[0]
            (held,) = db.execute("SELECT count(*) FROM hq_watchlist_templates WHERE entry_id = ?",
                                 (entry_id,)).fetchone()  # fmt: skip
            for column, value in (("category", category), ("instructions", instructions), ("note", note)):
                if value is not None:
                    db.execute(f"UPDATE hq_watchlist_entries SET {column} = ? WHERE id = ?",  # noqa: S608
                               (value, entry_id))  # fmt: skip
            db.execute("UPDATE hq_watchlist_entries SET changed_at = ? WHERE id = ?", (now, entry_id))
            kept = dict(db.execute("SELECT source_sha256, source_name FROM hq_watchlist_templates WHERE entry_id = ?",
                                   (entry_id,)).fetchall())  # fmt: skip
            for source in sources:
                if source.sha256 in kept:
                    raise WatchlistImageRepeatedError(
                        f"{source.name}: {ref} already holds a template made from this image (added as"
                        f" {kept[source.sha256]}, SHA-256 {source.sha256[:12]}...): nothing was added"
                    )
        total = int(held) + len(sources)
        if total > limits.max_templates_per_entry:
            raise InvalidValueError(f"{ref} would carry {total} templates, more than a device accepts"
                                    f" ({limits.max_templates_per_entry})")  # fmt: skip
        for source in sources:
            t = source.template
            closed = key.seal_watchlist(t.data, int(entry_id), source.sha256, t.modality, t.algorithm, t.finger)
            db.execute(
                "INSERT INTO hq_watchlist_templates (entry_id, modality, algorithm, finger, data, source_name,"
                " source_sha256, added_at, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (entry_id, t.modality, t.algorithm, t.finger, closed, source.name[:200], source.sha256, now),
            )
    return Added(ref, row is None, len(sources), total)


def entries(db: Database) -> list[EntrySummary]:
    fingers: dict[int, list[int]] = {}
    faces: dict[int, int] = {}
    for entry_id, modality, finger in db.execute(
        "SELECT entry_id, modality, finger FROM hq_watchlist_templates ORDER BY id"
    ):
        if modality == "face":
            faces[int(entry_id)] = faces.get(int(entry_id), 0) + 1
        else:
            fingers.setdefault(int(entry_id), []).append(int(finger))
    rows = db.execute("SELECT id, ref, category, instructions, note, added_at, added_by, changed_at"
                      " FROM hq_watchlist_entries ORDER BY ref").fetchall()  # fmt: skip
    return [
        EntrySummary(
            str(ref),
            str(category),
            str(instructions),
            str(note),
            tuple(sorted(fingers.get(int(i), ()))),
            faces.get(int(i), 0),
            str(added_at),
            str(added_by),
            str(changed_at),
        )
        for i, ref, category, instructions, note, added_at, added_by, changed_at in rows
    ]


def remove(db: Database, ref: str, *, by: str, reason: str = "") -> EntrySummary:
    """Take the entry out (its templates with it), recording who, when, why and what it held."""
    check_text(reason, "--reason", IDENTIFICATION_LIMITS.max_watchlist_note_chars)
    with db.transaction(lock=_EXPORT_LOCK):
        found = next((e for e in entries(db) if e.ref == ref), None)
        if found is None:
            known = [e.ref for e in entries(db)]
            raise InvalidValueError(f"no watchlist entry {ref!r}" + (f" (entries: {', '.join(known[:5])}"
                                                                  f"{', ...' if len(known) > 5 else ''})" if known
                                                                  else " (the watchlist is empty)"))  # fmt: skip
        (entry_id,) = db.execute("SELECT id FROM hq_watchlist_entries WHERE ref = ?", (ref,)).fetchone()
        db.execute("DELETE FROM hq_watchlist_templates WHERE entry_id = ?", (entry_id,))
        db.execute("DELETE FROM hq_watchlist_entries WHERE id = ?", (entry_id,))
        db.execute(
            "INSERT INTO hq_watchlist_removals (ref, category, templates, removed_at, removed_by, reason)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (ref, found.category, found.templates, format_time(now_utc()), by, reason),
        )
    return found


def search(db: Database, key: TemplateKey, probe: Sequence[Template], *,
           limits: IdentificationLimits = IDENTIFICATION_LIMITS) -> list[dict[str, Any]]:  # fmt: skip
    """HQ's watchlist searched with one subject's finger templates (hq/identify.py calls it for every subject an
    ingest brought: Identification's ``watchlist``): the entries whose fused score reaches the thresholds, best
    first, each {"ref", "category", "instructions", "score", "fingers": [{"probe_finger", "gallery_finger",
    "score"}]}. The list as it is now (an entry added later is not searched against subjects HQ already holds).
    The entries stream in pages of whole entries (about hq_search_batch templates), each page a matching.Gallery
    searched as the device searches its copy of the list (its pre-filter and Bozorth3 budget per page: at least as
    thorough as the device's search over the whole list). Faces are not searched here (HQ's subject search is by
    fingers). The templates are opened with ``key`` (HQ's template key); rows left in plaintext by an HQ of schema
    version 1 are sealed first (``seal_plaintext``, without the scrub: the next add, export or reindex does it), and
    read as they are if that could not run."""
    from fieldkit.biometrics.matching import Gallery  # lazy: numpy loads with a search, not with every hq command

    fingers = [t for t in probe if t.modality == "finger" and t.algorithm == FINGER_ALGORITHM]
    if not fingers:
        return []
    seal_plaintext(db, key, limits=limits, scrub=False)
    per_page = max(1, limits.hq_search_batch // limits.max_templates_per_entry)
    found: list[dict[str, Any]] = []
    after = 0
    while True:
        entries = db.execute("SELECT id, ref, category, instructions FROM hq_watchlist_entries WHERE id > ?"
                             " ORDER BY id LIMIT ?", (after, per_page)).fetchall()  # fmt: skip
        if not entries:
            return sorted(found, key=lambda c: (-c["score"], c["ref"]))
        after = int(entries[-1][0])
        held: dict[int, list[Template]] = {}
        for entry_id, finger, digest, data, sealed in db.execute(
            "SELECT entry_id, finger, source_sha256, data, sealed FROM hq_watchlist_templates WHERE entry_id >= ? AND"
            " entry_id <= ? AND modality = 'finger' AND algorithm = ? ORDER BY entry_id, id",
            (int(entries[0][0]), after, FINGER_ALGORITHM),
        ):
            held.setdefault(int(entry_id), []).append(_template(key, int(entry_id), str(digest), "finger",
                                                                FINGER_ALGORITHM, int(finger), bytes(data),
                                                                int(sealed)))  # fmt: skip
        gallery = Gallery(limits)
        about = {int(i): (str(ref), str(category), str(instructions)) for i, ref, category, instructions in entries}
        for entry_id, templates in held.items():
            gallery.add(str(entry_id), templates[: limits.max_templates_per_entry])
        for candidate in gallery.search(fingers, limit=len(held)) if held else ():
            ref, category, instructions = about[int(candidate.key)]
            found.append({"ref": ref, "category": category, "instructions": instructions, "score": candidate.score,
                          "fingers": [{"probe_finger": f.probe_finger, "gallery_finger": f.gallery_finger,
                                       "score": f.score} for f in candidate.fingers]})  # fmt: skip


def removals(db: Database) -> list[dict[str, Any]]:
    keys = ("ref", "category", "templates", "removed_at", "removed_by", "reason")
    rows = db.execute(f"SELECT {', '.join(keys)} FROM hq_watchlist_removals ORDER BY id").fetchall()  # noqa: S608
    return [dict(zip(keys, row, strict=True)) for row in rows]


@dataclass(frozen=True)
class Exported:
    version: int
    device: str | None
    recipients: tuple[str, ...]  # the device ids it is encrypted to
    issued_at: str
    expires_at: str
    entries: int
    templates: int
    sha256: str
    path: str

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "recipients": list(self.recipients)}


def _recipients(hq: HQ, device: str | None) -> dict[str, sshsig.AllowedSigner]:
    signers = hq.signers()
    revoked = {key.public_bytes_raw() for key in hq.revoked()}
    live = {name: s for name, s in signers.items() if s.key.public_bytes_raw() not in revoked}
    if device is not None:
        if device not in signers:
            raise InvalidValueError(f"no enrolled device {device!r}: 'fieldkit hq enroll' it first")
        if device not in live:
            raise InvalidValueError(f"device {device} is revoked: no watchlist is sent to it")
        return {device: live[device]}
    if not live:
        raise InvalidValueError("no enrolled device to export the watchlist to: 'fieldkit hq enroll' devices first")
    return live


def export(hq: HQ, db: Database, out: Path, *, by: str, device: str | None = None, valid_days: int | None = None,
           now: datetime | None = None) -> Exported:  # fmt: skip
    """Write the watchlist file for ``device`` (None: every enrolled, non-revoked device, one stanza each) with the
    next version; the export is recorded in the same transaction that takes the version."""
    limits = IDENTIFICATION_LIMITS
    if out.exists():  # as every export: a file that exists is never overwritten (ExportError, exit 26)
        raise ExportError(f"{out} already exists: choose another --out, or move the old file away")
    issued = now or now_utc()
    expires = expiry(issued, limits.watchlist_valid_days if valid_days is None else valid_days)
    targets = _recipients(hq, device)
    key = hq.signing_key()
    templates = TemplateKey(hq, db)
    seal_plaintext(db, templates)
    try:
        return _export(db, hq, out, by=by, device=device, issued=issued, expires=expires, targets=targets, key=key,
                       templates=templates)  # fmt: skip
    except BaseException:
        out.unlink(missing_ok=True)  # written, but its version was not recorded: a device must never hold it
        raise


def _export(db: Database, hq: HQ, out: Path, *, by: str, device: str | None, issued: datetime, expires: datetime,
            targets: dict[str, sshsig.AllowedSigner], key: Ed25519PrivateKey,
            templates: TemplateKey) -> Exported:  # fmt: skip
    with db.transaction(lock=_EXPORT_LOCK):
        (last,) = db.execute("SELECT COALESCE(MAX(version), 0) FROM hq_watchlist_exports").fetchone()
        version = int(last) + 1
        held: dict[int, list[Template]] = {}
        for entry_id, modality, algorithm, finger, digest, data, sealed in db.execute(
            "SELECT entry_id, modality, algorithm, finger, source_sha256, data, sealed FROM hq_watchlist_templates"
            " ORDER BY id"
        ):
            held.setdefault(int(entry_id), []).append(_template(templates, int(entry_id), str(digest), modality,
                                                                str(algorithm), int(finger), bytes(data),
                                                                int(sealed)))  # fmt: skip
        listed = tuple(
            Entry(str(ref), str(category), str(instructions), str(note), tuple(held.get(int(i), ())))
            for i, ref, category, instructions, note in db.execute(
                "SELECT id, ref, category, instructions, note FROM hq_watchlist_entries ORDER BY ref"
            )
        )
        document = WatchlistDocument(version, format_time(issued), format_time(expires), hq.organisation, device,
                                     tuple(e for e in listed if e.templates))  # fmt: skip
        sealed = seal(document, key, [s.key for s in targets.values()])
        digest = hashlib.sha256(sealed).hexdigest()
        db.execute(
            "INSERT INTO hq_watchlist_exports (version, device, issued_at, expires_at, entries, templates, recipients,"
            " sha256, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (version, device, document.issued_at, document.expires_at, len(document.entries),
             document.template_count, len(targets), digest, by),
        )  # fmt: skip
        try:
            fsutil.write_file_durably(out, sealed)  # owner-only; encrypted: no plaintext reaches the disk
        except OSError as exc:
            raise InvalidValueError(f"cannot write {out}: {exc.strerror}") from exc
    return Exported(version, device, tuple(sorted(targets)), document.issued_at, document.expires_at,
                    len(document.entries), document.template_count, digest, str(out))  # fmt: skip


def exports(db: Database) -> list[dict[str, Any]]:
    keys = ("version", "device", "issued_at", "expires_at", "entries", "templates", "recipients", "sha256", "made_by")
    rows = db.execute(f"SELECT {', '.join(keys)} FROM hq_watchlist_exports ORDER BY version").fetchall()  # noqa: S608
    return [dict(zip(keys, row, strict=True)) for row in rows]


@dataclass(frozen=True)
class PrintImage:
    finger: int  # ANSI/NIST finger position (1-10; 0 unknown)
    ppi: float
    path: Path


def refuse_repeated_images(prints: Sequence[PrintImage], faces: Sequence[Path]) -> None:
    """The same image named twice in one addition (the same bytes under two names, for two fingers, or as a print
    and a face) is a slip: refused by name before any image is templated (each file is hashed, streaming)."""
    seen: dict[str, str] = {}
    for path, what in [*((p.path, f"finger {p.finger}") for p in prints), *((f, "a face") for f in faces)]:
        digest = _sha256(path)
        if digest in seen:
            raise WatchlistImageRepeatedError(f"{path} ({what}) is the same image as {seen[digest]}: give each"
                                              " print or photo once; nothing was added")  # fmt: skip
        seen[digest] = f"{path} ({what})"


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc


def templates_from_images(prints: Sequence[PrintImage], faces: Sequence[Path]) -> list[Source]:
    """The templates of the images an operator named (made in the analysis sandbox; the images are read once and
    kept nowhere). An image with no usable minutiae, or no face (or more than one), is refused by name."""
    from fieldkit.biometrics import confined  # lazy: as below
    from fieldkit.biometrics.faces import extract_faces  # lazy: loads the face model only when a face is given
    from fieldkit.biometrics.templates import extract_finger  # lazy: with the faces above, at the command's use

    found: list[Source] = []
    least = IDENTIFICATION_LIMITS.min_watchlist_nfiq2
    for item in prints:
        data = _read(item.path)
        # MINDTCT finds "minutiae" in any picture (a face photo gives dozens): a reference every device searches
        # against must be a print, and a good one. NFIQ 2 tells (a face photo scores 0, the real prints we hold 56-60).
        quality = confined.examine(data, what=item.path.name, ppi=item.ppi, finger=item.finger).quality
        if quality is None or quality.score is None or quality.score < least:
            said = "could not be scored" if quality is None or quality.score is None else f"scores {quality.score}"
            raise InvalidValueError(
                f"{item.path}: this is not a fingerprint, or too poor a one to search on (NFIQ 2"
                f" {said}; a watchlist print needs {least} or more): give a better impression"
            )
        template = extract_finger(data, ppi=item.ppi, finger=item.finger, what=item.path.name)
        if template is None:
            raise InvalidValueError(f"{item.path}: no usable minutiae were found in this print (finger"
                                    f" {item.finger}, {item.ppi:g} ppi): check the resolution, or use a better"
                                    " impression")  # fmt: skip
        found.append(Source(template, item.path.name, hashlib.sha256(data).hexdigest()))
    for path in faces:
        data = _read(path)
        templates = extract_faces(data, what=path.name)
        if len(templates) != 1:
            raise InvalidValueError(f"{path}: {'no face was' if not templates else f'{len(templates)} faces were'}"
                                    " found in this photo: give a photo of the one person's face")  # fmt: skip
        found.append(Source(templates[0], path.name, hashlib.sha256(data).hexdigest()))
    return found


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
