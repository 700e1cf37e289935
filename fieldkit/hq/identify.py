"""Identification at HQ (issue 17): the templates and watchlist hits bundles bring, the same person found across
devices, and the examiners' decisions on each candidate. Nothing is ever merged: a candidate is a pair of subjects
for a person to look at, and a decision is recorded, never acted on.

Tables (HQ's database, component "identify", SQLite or PostgreSQL):

- ``hq_subject_templates``: each template a bundle carried, by (device, capture, algorithm, number), with the
  subject, its reference and the bundle that brought it; the bytes encrypted (ChaCha20-Poly1305) under HQ's
  template key, itself sealed with age to HQ's recipients in ``hq_identify_key`` and opened once per process (with
  an unwrap service: one request), so the index never holds a template in plaintext and a search decrypts each
  in a microsecond. A capture's set made again replaces the set a bundle of an earlier number brought.
- ``hq_device_hits``: each watchlist hit as each bundle carried it (found; decided later): every copy is kept, the
  one of the highest bundle number is the hit's state now.
- ``hq_subject_searches``: per subject, how many times new templates came (``wanted``) and which of those its
  last finished search covered (``done``): a subject is waiting while wanted > done.
- ``hq_match_candidates``: a pair of subjects (ordered, so a pair is one row whichever of them was searched) whose
  fused score reached IdentificationLimits.subject_threshold, with the fingers that scored.
- ``hq_examiner_decisions``: every examiner's decision on a candidate (same, different, undecided), with a note:
  all kept, the latest is the candidate's state.

The search: a subject with new templates is searched 1:N, right after the transaction that archived its bundle
commits (in the process that ingested it: with PostgreSQL, the worker), against the templates of every other
subject HQ holds, on this device or any other. The gallery streams from the database one finger position at a time,
IdentificationLimits.hq_search_batch templates per query (keyset pages by id), so no process ever holds it whole;
each page is decrypted, decoded and compared (biometrics.matching), and only each subject's best score per finger
is kept. A search that dies with its process leaves its subject waiting; the next ingest searches it again once
it has waited IdentificationLimits.hq_search_stale_s. Two subjects ingested at once by two workers: the later of
the two commits searches after the earlier committed, so it finds the pair.

The watchlist seam: HQ's own watchlist (fieldkit/hq/watchlist.py, another part of issue 17) is searched with the
same probe when ``Identification`` is given ``watchlist`` (a function of the database and the probe's templates
returning its candidates); they are listed beside the subject candidates of the search.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from fieldkit.biometrics.codes import FINGER_NAMES
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.bundle import age
from fieldkit.bundle.manifest import TemplatesRecord
from fieldkit.bundle.verify import Check, Report
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import BundleFormatError, HqMatchNotFoundError, IntegrityError, InvalidValueError
from fieldkit.hq.db import Database, Migration
from fieldkit.hq.trust import HQ

if TYPE_CHECKING:
    from fieldkit.biometrics import matching

COMPONENT = "identify"
DECISIONS = ("same", "different", "undecided")

_V1_SQLITE = """
CREATE TABLE hq_identify_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL,
    made_at TEXT NOT NULL
);
CREATE TABLE hq_subject_templates (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    subject_uuid TEXT,
    reference TEXT NOT NULL,
    item_uuid TEXT NOT NULL,
    capture_uuid TEXT NOT NULL,
    modality TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    finger INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (device_id, capture_uuid, algorithm, seq)
);
CREATE INDEX hq_subject_templates_gallery ON hq_subject_templates (modality, finger, id);
CREATE INDEX hq_subject_templates_subject ON hq_subject_templates (device_id, subject_uuid, id);
CREATE TABLE hq_device_hits (
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    hit_uuid TEXT NOT NULL,
    capture_uuid TEXT NOT NULL,
    subject_uuid TEXT,
    reference TEXT NOT NULL,
    watchlist_ref TEXT NOT NULL,
    category TEXT NOT NULL,
    instructions TEXT NOT NULL,
    modality TEXT NOT NULL,
    finger INTEGER NOT NULL,
    score REAL NOT NULL,
    watchlist_version INTEGER NOT NULL,
    found_at TEXT NOT NULL,
    decision TEXT,
    decided_by TEXT,
    decided_at TEXT,
    reason TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, hit_uuid, sequence)
);
CREATE INDEX hq_device_hits_subject ON hq_device_hits (device_id, subject_uuid);
CREATE TABLE hq_subject_searches (
    device_id TEXT NOT NULL,
    subject_uuid TEXT NOT NULL,
    wanted INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    queued_at REAL NOT NULL,
    searched_at REAL,
    PRIMARY KEY (device_id, subject_uuid)
);
CREATE TABLE hq_match_candidates (
    id INTEGER PRIMARY KEY,
    device_a TEXT NOT NULL,
    subject_a TEXT NOT NULL,
    device_b TEXT NOT NULL,
    subject_b TEXT NOT NULL,
    score REAL NOT NULL,
    fingers TEXT NOT NULL,
    found_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (device_a, subject_a, device_b, subject_b)
);
CREATE TABLE hq_examiner_decisions (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES hq_match_candidates (id),
    decision TEXT NOT NULL CHECK (decision IN ('same', 'different', 'undecided')),
    examiner TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hq_examiner_decisions_candidate ON hq_examiner_decisions (candidate_id, id)
"""
_V1_POSTGRESQL = (
    _V1_SQLITE.replace("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
    .replace("INTEGER", "BIGINT")
    .replace("BLOB", "BYTEA")
    .replace("REAL", "DOUBLE PRECISION")
)
MIGRATIONS = [Migration(1, _V1_SQLITE, _V1_POSTGRESQL)]

# A watchlist search at HQ (the seam, see the module docstring): the database and the probe's templates -> its
# candidates (each a JSON-able dict naming the entry by reference, with its score).
WatchlistSearch = Callable[[Database, Sequence[Template]], list[dict[str, Any]]]

_NONCE_BYTES = 12  # not a limit: ChaCha20-Poly1305's nonce


def migrate(db: Database) -> int:
    return db.migrate(COMPONENT, MIGRATIONS)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fingers(pairs: Sequence[matching.FingerScore], probe: list[tuple[Template, str]],
             found: list[tuple[Template, str]]) -> list[dict[str, Any]]:  # fmt: skip
    """The finger pairs a candidate's score sums, as JSON, each with the captures it compared where they are known
    (the capture of a position when the subject has one print of it)."""

    def capture_of(templates: list[tuple[Template, str]], finger: int) -> str | None:
        captures = {capture for template, capture in templates if template.finger == finger}
        return captures.pop() if len(captures) == 1 else None

    return [{"probe_finger": pair.probe_finger, "gallery_finger": pair.gallery_finger, "score": pair.score,
             "capture_a": capture_of(probe, pair.probe_finger), "capture_b": capture_of(found, pair.gallery_finger)}
            for pair in pairs]  # fmt: skip


def finger_words(code: int) -> str:
    """ "2 (right index)"; "0 (unknown finger)"."""
    name = FINGER_NAMES.get(code)
    return f"{code} ({name})" if name else str(code)


# --- the bundle's templates are real templates ---------------------------------------------------------------------


def refuse_bad_templates(report: Report) -> Report:
    """The report, refused (reason ``record``) when one of its templates does not decode for its algorithm: the
    verifier (bundle layer) checked each template's shape and size, only this layer knows the codecs. Run on every
    verified report before HQ acts on it (ingest, `fieldkit verify --hq`)."""
    if not report.ok:
        return report
    for name, record in report.templates.items():
        for template in record.templates:
            try:
                Template(template.modality, template.algorithm, template.data, template.finger)
            except InvalidValueError as exc:
                message = (f"{name}: the {template.algorithm} template of capture {record.capture} (finger"
                           f" {template.finger}, number {template.seq}) is not valid: {exc.message}")  # fmt: skip
                report.ok = False
                report.reason = "record"
                report.message = message
                report.error = BundleFormatError(message, reason="record")
                report.checks.append(Check("record", False, message))
                report.biometrics.clear()
                report.thumbnails.clear()
                return report
    return report


# --- HQ's template key -----------------------------------------------------------------------------------------------


class _TemplateKey:
    """HQ's key for template bytes in its database: made once (sealed with age to HQ's recipients), opened once per
    process."""

    def __init__(self, hq: HQ, db: Database) -> None:
        self._hq = hq
        self._db = db
        self._aead: ChaCha20Poly1305 | None = None

    def _cipher(self) -> ChaCha20Poly1305:
        if self._aead is None:
            row = self._db.execute("SELECT sealed FROM hq_identify_key WHERE id = 1").fetchone()
            if row is None:
                sink = io.BytesIO()
                writer = age.AgeWriter(sink, self._hq.recipients())
                writer.write(ChaCha20Poly1305.generate_key())
                writer.close()
                with self._db.transaction():  # two processes at once: the first key stays
                    self._db.execute("INSERT INTO hq_identify_key (id, sealed, made_at) VALUES (1, ?, ?)"
                                     " ON CONFLICT (id) DO NOTHING", (sink.getvalue(), _now()))  # fmt: skip
                row = self._db.execute("SELECT sealed FROM hq_identify_key WHERE id = 1").fetchone()
            reader = age.AgeReader(io.BytesIO(bytes(row[0])), self._hq.identities())
            key = reader.read()
            reader.finish()
            self._aead = ChaCha20Poly1305(key)
        return self._aead

    @staticmethod
    def _bound(device: str, capture: str, algorithm: str, seq: int) -> bytes:
        return f"{device}\0{capture}\0{algorithm}\0{seq}".encode()

    def seal(self, data: bytes, device: str, capture: str, algorithm: str, seq: int) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._cipher().encrypt(nonce, data, self._bound(device, capture, algorithm, seq))

    def open(self, sealed: bytes, device: str, capture: str, algorithm: str, seq: int) -> bytes:
        try:
            return self._cipher().decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:],
                                          self._bound(device, capture, algorithm, seq))  # fmt: skip
        except InvalidTag:
            raise IntegrityError(f"a template of capture {capture} in HQ's database was altered (it does not"
                                 " authenticate with HQ's template key)") from None  # fmt: skip


# --- the search's answer -------------------------------------------------------------------------------------------


@dataclass
class SubjectKey:
    device: str
    subject: str

    def pair(self) -> tuple[str, str]:
        return (self.device, self.subject)


@dataclass
class SearchResult:
    subject: SubjectKey
    compared: int
    seconds: float
    candidates: list[dict[str, Any]]
    watchlist: list[dict[str, Any]] = field(default_factory=list)


class Identification:
    """HQ's identification tables on ``db`` (migrated by the index), for ``hq``'s key. Not shared between threads."""

    def __init__(self, hq: HQ, db: Database, *, limits: IdentificationLimits = IDENTIFICATION_LIMITS,
                 watchlist: WatchlistSearch | None = None) -> None:  # fmt: skip
        self.hq = hq
        self.db = db
        self.limits = limits
        self.watchlist = watchlist
        self._key = _TemplateKey(hq, db)

    # --- at ingest, inside the decision's transaction ------------------------------------------------------------

    def store(self, report: Report) -> list[SubjectKey]:
        """Keep the templates and hits of a verified bundle (inside the transaction that archives it); the subjects
        that got new templates (each now waiting for its search)."""
        device, sequence, now = report.device_id, report.sequence, _now()
        waiting: dict[tuple[str, str], SubjectKey] = {}
        for record in report.templates.values():
            newest = self.db.execute("SELECT max(sequence) FROM hq_subject_templates WHERE device_id = ? AND"
                                     " capture_uuid = ?", (device, record.capture)).fetchone()[0]  # fmt: skip
            if newest is not None and int(newest) > sequence:
                continue  # a later bundle of the device brought this capture's set made again: it stays
            self.db.execute("DELETE FROM hq_subject_templates WHERE device_id = ? AND capture_uuid = ?",
                            (device, record.capture))  # fmt: skip
            self.add_templates(device, sequence, record, now)
            if record.subject is not None:
                waiting[(device, record.subject)] = SubjectKey(device, record.subject)
        for key in waiting.values():
            self.db.execute(
                "INSERT INTO hq_subject_searches (device_id, subject_uuid, wanted, done, queued_at) VALUES"
                " (?, ?, 1, 0, ?) ON CONFLICT (device_id, subject_uuid) DO UPDATE SET"
                " wanted = hq_subject_searches.wanted + 1, queued_at = excluded.queued_at",
                (key.device, key.subject, time.time()))  # fmt: skip
        for hit in report.hits.values():
            self.db.execute(
                "INSERT INTO hq_device_hits (device_id, sequence, hit_uuid, capture_uuid, subject_uuid, reference,"
                " watchlist_ref, category, instructions, modality, finger, score, watchlist_version, found_at,"
                " decision, decided_by, decided_at, reason, received_at) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (device, sequence, hit.uuid, hit.capture, hit.subject, hit.reference, hit.watchlist_ref,
                 hit.category, hit.instructions, hit.modality, hit.finger, hit.score, hit.watchlist_version,
                 hit.found_at, hit.decision, hit.decided_by, hit.decided_at, hit.reason, now),
            )  # fmt: skip
        return list(waiting.values())

    def add_templates(self, device: str, sequence: int, record: TemplatesRecord, now: str) -> None:
        """Insert one capture's templates, each sealed under HQ's template key (inside the caller's transaction)."""
        for template in record.templates:
            self.db.execute(
                "INSERT INTO hq_subject_templates (device_id, sequence, subject_uuid, reference, item_uuid,"
                " capture_uuid, modality, algorithm, finger, seq, data, received_at) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (device, sequence, record.subject, record.reference, record.item, record.capture, template.modality,
                 template.algorithm, template.finger, template.seq,
                 self._key.seal(template.data, device, record.capture, template.algorithm, template.seq), now),
            )  # fmt: skip

    # --- the search, after it committed --------------------------------------------------------------------------

    def search_waiting(self, subjects: Sequence[SubjectKey] = ()) -> list[SearchResult]:
        """Search ``subjects`` when they still wait (their templates changed since their last search), then any
        other subject left waiting longer than hq_search_stale_s (its searching process died)."""
        stale = time.time() - self.limits.hq_search_stale_s
        others = [SubjectKey(str(r[0]), str(r[1])) for r in self.db.execute(
            "SELECT device_id, subject_uuid FROM hq_subject_searches WHERE wanted > done AND queued_at < ?"
            " ORDER BY queued_at", (stale,))]  # fmt: skip
        done: list[SearchResult] = []
        seen: set[tuple[str, str]] = set()
        for key in [*subjects, *others]:
            if key.pair() in seen:
                continue
            seen.add(key.pair())
            row = self.db.execute("SELECT wanted, done FROM hq_subject_searches WHERE device_id = ? AND"
                                  " subject_uuid = ?", (key.device, key.subject)).fetchone()  # fmt: skip
            if row is None or int(row[0]) <= int(row[1]):
                continue
            result = self.search(key)
            self._record(result, int(row[0]))
            done.append(result)
        return done

    def _probe(self, key: SubjectKey) -> list[tuple[Template, str]]:
        """The subject's finger templates, each with the capture it was made from."""
        rows = self.db.execute(
            "SELECT capture_uuid, algorithm, seq, finger, data FROM hq_subject_templates WHERE device_id = ? AND"
            " subject_uuid = ? AND modality = 'finger' AND algorithm = ? ORDER BY finger, id",
            (key.device, key.subject, FINGER_ALGORITHM)).fetchall()  # fmt: skip
        return [(Template("finger", FINGER_ALGORITHM, self._key.open(bytes(data), key.device, str(capture),
                                                                     str(algorithm), int(seq)), int(finger)),
                 str(capture)) for capture, algorithm, seq, finger, data in rows]  # fmt: skip

    def _pages(
        self, key: SubjectKey, positions: set[int]
    ) -> Iterator[list[tuple[SubjectKey, list[tuple[Template, str]]]]]:
        """The other subjects' finger templates a probe of ``positions`` can match (the same positions and 0,
        unknown; every position when the probe has an unknown one), in pages of about hq_search_batch templates,
        each page whole subjects: (subject, [(template, capture)]). Keyset pages on (device, subject, id)."""
        where = "modality = 'finger' AND algorithm = ? AND subject_uuid IS NOT NULL"
        params: list[Any] = [FINGER_ALGORITHM]
        if 0 not in positions:
            where += f" AND finger IN ({', '.join('?' for _ in range(len(positions) + 1))})"
            params += [*sorted(positions), 0]
        sql = ("SELECT device_id, subject_uuid, id, capture_uuid, seq, finger, data FROM hq_subject_templates"  # noqa: S608 - our own columns and placeholders
               f" WHERE {where} AND (device_id, subject_uuid, id) > (?, ?, ?) ORDER BY device_id, subject_uuid, id"
               " LIMIT ?")  # fmt: skip
        batch = self.limits.hq_search_batch
        after: tuple[str, str, int] = ("", "", 0)
        held: list[tuple[Any, ...]] = []  # the last subject of a full page: it may go on in the next one
        while True:
            rows = self.db.execute(sql, (*params, *after, batch)).fetchall()
            full = len(rows) == batch
            if rows:
                after = (str(rows[-1][0]), str(rows[-1][1]), int(rows[-1][2]))
            rows = held + rows
            held = []
            if full:  # hold the last subject back: the next page may hold more of its templates
                last = (rows[-1][0], rows[-1][1])
                cut = len(rows)
                while cut > 0 and (rows[cut - 1][0], rows[cut - 1][1]) == last:
                    cut -= 1
                if cut > 0:
                    rows, held = rows[:cut], rows[cut:]
            page: dict[tuple[str, str], list[tuple[Template, str]]] = {}
            for device, subject, _id, capture, seq, finger, data in rows:
                if (device, subject) == key.pair():
                    continue
                plain = self._key.open(bytes(data), str(device), str(capture), FINGER_ALGORITHM, int(seq))
                page.setdefault((str(device), str(subject)), []).append(
                    (Template("finger", FINGER_ALGORITHM, plain, int(finger)), str(capture)))  # fmt: skip
            if page:
                yield [(SubjectKey(device, subject), found) for (device, subject), found in page.items()]
            if not full and not held:
                return

    def search(self, key: SubjectKey) -> SearchResult:
        """Search one subject 1:N against every other subject HQ holds, streamed page by page (see the module
        docstring): each page is a matching.Gallery of whole subjects, searched with the subject's fingers, its
        candidates fused as the device's watchlist search fuses them (matching.fuse)."""
        from fieldkit.biometrics import matching  # lazy: numpy, loaded by a search, not by every hq command

        started = time.perf_counter()
        probes = self._probe(key)
        probe = [template for template, _ in probes]
        candidates: list[dict[str, Any]] = []
        compared = 0
        for page in self._pages(key, {template.finger for template in probe}) if probe else ():
            gallery = matching.Gallery(self.limits)
            for index, (_other, found) in enumerate(page):
                kept = found[: self.limits.max_templates_per_entry]  # the Gallery's bound per entry
                gallery.add(str(index), [template for template, _ in kept])
                compared += len(kept)
            for candidate in gallery.search(probe, limit=len(page)):
                other, found = page[int(candidate.key)]
                candidates.append({"device": other.device, "subject": other.subject, "score": candidate.score,
                                   "fingers": _fingers(candidate.fingers, probes, found)})  # fmt: skip
        candidates.sort(key=lambda c: -c["score"])
        watchlist = self.watchlist(self.db, probe) if self.watchlist is not None and probe else []
        return SearchResult(key, compared, time.perf_counter() - started, candidates, watchlist)

    def _record(self, result: SearchResult, wanted: int) -> None:
        """Keep the candidates (one row per pair of subjects, the latest score) and mark the search done."""
        now = _now()
        with self.db.transaction():
            for candidate in result.candidates:
                other = (candidate["device"], candidate["subject"])
                mine = result.subject.pair()
                a, b = sorted([mine, other])
                fingers = (
                    candidate["fingers"]
                    if a == mine
                    else [
                        {
                            **f,
                            "probe_finger": f["gallery_finger"],
                            "gallery_finger": f["probe_finger"],
                            "capture_a": f["capture_b"],
                            "capture_b": f["capture_a"],
                        }
                        for f in candidate["fingers"]
                    ]
                )
                self.db.execute(
                    "INSERT INTO hq_match_candidates (device_a, subject_a, device_b, subject_b, score, fingers,"
                    " found_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_a, subject_a,"
                    " device_b, subject_b) DO UPDATE SET score = excluded.score, fingers = excluded.fingers,"
                    " updated_at = excluded.updated_at",
                    (a[0], a[1], b[0], b[1], candidate["score"], json.dumps(fingers), now, now),
                )  # fmt: skip
            self.db.execute("UPDATE hq_subject_searches SET done = ?, searched_at = ? WHERE device_id = ? AND"
                            " subject_uuid = ? AND done < ?",
                            (wanted, time.time(), result.subject.device, result.subject.subject, wanted))  # fmt: skip

    # --- for examiners ----------------------------------------------------------------------------------------------

    def _side(self, device: str, subject: str) -> dict[str, Any]:
        """One subject of a candidate: device, uuid, reference, the bundles that brought its templates."""
        rows = self.db.execute("SELECT DISTINCT sequence, reference FROM hq_subject_templates WHERE device_id = ?"
                               " AND subject_uuid = ? ORDER BY sequence", (device, subject)).fetchall()  # fmt: skip
        return {"device_id": device, "subject": subject, "reference": str(rows[-1][1]) if rows else "",
                "bundles": sorted({int(r[0]) for r in rows})}  # fmt: skip

    def candidates(self, *, subjects: Sequence[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
        """Every candidate (or those with one of ``subjects`` (device, uuid)), best score first, with both subjects,
        the fingers that scored and the examiners' decisions (the latest is its state: "open" when none)."""
        rows = self.db.execute("SELECT id, device_a, subject_a, device_b, subject_b, score, fingers, found_at,"
                               " updated_at FROM hq_match_candidates ORDER BY score DESC, id").fetchall()  # fmt: skip
        wanted = set(subjects) if subjects is not None else None
        found = []
        for cid, device_a, subject_a, device_b, subject_b, score, fingers, found_at, updated_at in rows:
            if wanted is not None and not ({(device_a, subject_a), (device_b, subject_b)} & wanted):
                continue
            decisions = self.decisions(int(cid))
            found.append({
                "id": int(cid), "score": float(score), "a": self._side(device_a, subject_a),
                "b": self._side(device_b, subject_b), "fingers": json.loads(fingers), "found_at": found_at,
                "updated_at": updated_at, "decision": decisions[-1]["decision"] if decisions else "open",
                "decisions": decisions,
            })  # fmt: skip
        return found

    def decisions(self, candidate_id: int) -> list[dict[str, Any]]:
        return [{"decision": r[0], "examiner": r[1], "at": r[2], "note": r[3]} for r in self.db.execute(
            "SELECT decision, examiner, at, note FROM hq_examiner_decisions WHERE candidate_id = ? ORDER BY id",
            (candidate_id,))]  # fmt: skip

    def decide(self, candidate_id: int, decision: str, examiner: str, note: str = "") -> dict[str, Any]:
        """Record an examiner's decision on a candidate (kept beside the earlier ones); the candidate now."""
        if decision not in DECISIONS:
            raise InvalidValueError(f"a decision is one of {', '.join(DECISIONS)}, not {decision!r}")
        examiner = examiner.strip()
        if not examiner or len(examiner) > 200 or not examiner.isprintable():
            raise InvalidValueError("--examiner needs the examiner's name (printable, at most 200 characters)")
        if len(note) > self.limits.max_examiner_note_chars:
            raise InvalidValueError(f"the note is longer than {self.limits.max_examiner_note_chars} characters")
        with self.db.transaction():
            if self.db.execute("SELECT 1 FROM hq_match_candidates WHERE id = ?", (candidate_id,)).fetchone() is None:
                raise HqMatchNotFoundError(f"HQ has no match candidate {candidate_id}")
            self.db.execute("INSERT INTO hq_examiner_decisions (candidate_id, decision, examiner, at, note) VALUES"
                            " (?, ?, ?, ?, ?)", (candidate_id, decision, examiner, _now(), note))  # fmt: skip
        return next(c for c in self.candidates() if c["id"] == candidate_id)

    def hits(self, *, device: str | None = None) -> list[dict[str, Any]]:
        """The watchlist hits devices sent, each as its latest copy says (highest bundle number), with the bundles
        that carried it."""
        sql = ("SELECT device_id, sequence, hit_uuid, capture_uuid, subject_uuid, reference, watchlist_ref, category,"
               " instructions, modality, finger, score, watchlist_version, found_at, decision, decided_by,"
               " decided_at, reason FROM hq_device_hits")  # fmt: skip
        params: tuple[Any, ...] = ()
        if device is not None:
            sql, params = sql + " WHERE device_id = ?", (device,)
        latest: dict[tuple[str, str], dict[str, Any]] = {}
        keys = ("device_id", "sequence", "uuid", "capture", "subject", "reference", "watchlist_ref", "category",
                "instructions", "modality", "finger", "score", "watchlist_version", "found_at", "decision",
                "decided_by", "decided_at", "reason")  # fmt: skip
        for row in self.db.execute(sql + " ORDER BY device_id, hit_uuid, sequence", params):
            hit = dict(zip(keys, row, strict=True))
            held = latest.get((hit["device_id"], hit["uuid"]))
            hit["bundles"] = [*(held["bundles"] if held else []), int(hit["sequence"])]
            latest[(hit["device_id"], hit["uuid"])] = hit
        return sorted(latest.values(), key=lambda h: (h["device_id"], h["found_at"], h["uuid"]))

    def waiting(self) -> int:
        """How many subjects wait for their search."""
        return int(self.db.execute("SELECT count(*) FROM hq_subject_searches WHERE wanted > done").fetchone()[0])

    def template_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM hq_subject_templates").fetchone()[0])
