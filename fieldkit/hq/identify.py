"""Identification at HQ (issue 17): the templates and watchlist hits bundles bring, the same person found across
devices, and the examiners' decisions on each candidate. Nothing is ever merged: a candidate is a pair of subjects
for a person to look at, and a decision is recorded, never acted on.

Tables (HQ's database, component "identify", SQLite or PostgreSQL):

- ``hq_subject_templates``: each template a bundle carried, by (device, capture, algorithm, number), with the
  subject, its reference and the bundle that brought it; the bytes encrypted (ChaCha20-Poly1305) under HQ's
  template key (hq/templatekey.py: HQ's watchlist seals its templates with it too), itself sealed with age to HQ's
  recipients in ``hq_identify_key`` and opened once per process (with
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
same probe when ``Identification`` is given ``watchlist`` (a function of the database, HQ's template key and the
probe's templates returning its candidates); they are listed beside the subject candidates of the search.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from fieldkit.biometrics.codes import FINGER_NAMES
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template
from fieldkit.bundle.manifest import TemplatesRecord
from fieldkit.bundle.verify import Check, Report
from fieldkit.config import IDENTIFICATION_LIMITS, IdentificationLimits
from fieldkit.errors import BundleFormatError, HqMatchNotFoundError, IntegrityError, InvalidValueError
from fieldkit.hq import templatekey
from fieldkit.hq.db import Database, Migration
from fieldkit.hq.templatekey import VECTOR_DTYPE, TemplateKey
from fieldkit.hq.trust import HQ

if TYPE_CHECKING:
    import numpy as np

    from fieldkit.biometrics import matching

COMPONENT = "identify"
DECISIONS = ("same", "different", "undecided")

_V1_SQLITE = """
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
# Version 2: the pre-filter. Each finger template of a subject gets its pre-filter vector (biometrics.prefilter) in
# hq_template_features, sealed under the template key like the template itself, in a narrow table of its own (the
# search reads every vector and no template bytes: ~400 bytes a row rather than ~1.5 KB), clustered by subject
# (SQLite WITHOUT ROWID: the stream reads the table in order). The templates HQ held before get no vector from
# SQL (it cannot decrypt): their ids go to hq_feature_backfill, and their vectors are made by the next search
# (Identification.backfill) or `fieldkit hq reindex`; every template has a vector or waits in that list, never
# neither. Match candidates gain their kind: "subject" (another subject HQ holds) or "watchlist" (an entry of HQ's
# own watchlist: subject_b is its reference, ``watchlist`` its category and instructions as JSON when found).
_V2_SQLITE = """
CREATE TABLE hq_template_features (
    device_id TEXT NOT NULL,
    subject_uuid TEXT NOT NULL,
    template_id INTEGER NOT NULL UNIQUE,
    finger INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (device_id, subject_uuid, template_id)
) WITHOUT ROWID;
CREATE TABLE hq_feature_backfill (
    template_id INTEGER PRIMARY KEY
);
INSERT INTO hq_feature_backfill (template_id) SELECT id FROM hq_subject_templates WHERE modality = 'finger'
    AND algorithm = 'FINGER_ALGORITHM' AND subject_uuid IS NOT NULL;
ALTER TABLE hq_match_candidates ADD COLUMN kind TEXT NOT NULL DEFAULT 'subject';
ALTER TABLE hq_match_candidates ADD COLUMN watchlist TEXT NOT NULL DEFAULT ''
""".replace("FINGER_ALGORITHM", FINGER_ALGORITHM)
_V2_POSTGRESQL = _V2_SQLITE.replace(" WITHOUT ROWID", "").replace("INTEGER", "BIGINT").replace("BLOB", "BYTEA")
MIGRATIONS = [Migration(1, _V1_SQLITE, _V1_POSTGRESQL), Migration(2, _V2_SQLITE, _V2_POSTGRESQL)]
WATCHLIST = "watchlist"  # a candidate's kind when its side b is an entry of HQ's watchlist

# A watchlist search at HQ (the seam, see the module docstring): the database, HQ's template key (the watchlist's
# templates are sealed with it) and the probe's templates -> its candidates, each a JSON-able dict: {"ref",
# "category", "instructions", "score", "fingers": [{"probe_finger", "gallery_finger", "score"}]} (hq/watchlist.py's
# ``search``).
WatchlistSearch = Callable[[Database, TemplateKey, Sequence[Template]], list[dict[str, Any]]]

_IN_CHUNK = 500  # not a limit: ids per "IN (...)" of a look-up, well below SQLite's and PostgreSQL's parameter caps


def migrate(db: Database) -> int:
    templatekey.migrate(db)  # hq_identify_key: the key the templates are sealed with (first: version 1 needs it)
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


# --- the search's answer -------------------------------------------------------------------------------------------


@dataclass
class SubjectKey:
    device: str
    subject: str

    def pair(self) -> tuple[str, str]:
        return (self.device, self.subject)


@dataclass
class Ranking:
    """The pre-filter's answer for one probe: every other subject HQ holds with a comparable finger, by the first
    id of its templates (``first_ids``), its pre-filter score (biometrics.prefilter.fused) and how many Bozorth3
    comparisons comparing it would take (``pairs``: its comparable templates times the probe fingers they face)."""

    first_ids: np.ndarray  # int64
    scores: np.ndarray  # float32
    pairs: np.ndarray  # int64
    vectors: int  # vectors read

    def order(self) -> np.ndarray:
        """Indexes of the subjects, best pre-filter score first (ties: the earlier stored first)."""
        import numpy as np  # lazy: numpy loads with a search, not with every hq command

        return np.lexsort((self.first_ids, -self.scores))

    def rank_of(self, first_id: int) -> int | None:
        """1 for the best-ranked subject; None when the subject with this first template id was not ranked."""
        import numpy as np  # lazy: numpy loads with a search, not with every hq command

        where = np.flatnonzero(self.first_ids == first_id)
        if not len(where):
            return None
        return int(np.flatnonzero(self.order() == where[0])[0]) + 1

    def shortlist(self, budget: int, least: int) -> np.ndarray:
        """The subjects Bozorth3 compares: the best-ranked, as many as ``budget`` comparisons pay for, at least
        ``least`` of them (all when the gallery needs no more than the budget)."""
        import numpy as np  # lazy: numpy loads with a search, not with every hq command

        order = self.order()
        spent = np.cumsum(self.pairs[order])
        keep = max(int(np.searchsorted(spent, budget, side="right")), min(least, len(order)))
        return order[:keep]


@dataclass
class SearchResult:
    subject: SubjectKey
    compared: int
    seconds: float
    candidates: list[dict[str, Any]]
    watchlist: list[dict[str, Any]] = field(default_factory=list)
    ranking: Ranking | None = None  # the pre-filter's ranking (None: the subject has no finger template)
    shortlisted: int = 0  # subjects compared with Bozorth3


class Identification:
    """HQ's identification tables on ``db`` (migrated by the index), for ``hq``'s key. Not shared between threads."""

    def __init__(self, hq: HQ, db: Database, *, limits: IdentificationLimits = IDENTIFICATION_LIMITS,
                 watchlist: WatchlistSearch | None = None) -> None:  # fmt: skip
        self.hq = hq
        self.db = db
        self.limits = limits
        self.watchlist = watchlist
        self.key = TemplateKey(hq, db)

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
            for table, column in (("hq_template_features", "template_id"), ("hq_feature_backfill", "template_id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM hq_subject_templates"  # noqa: S608 - our own names
                                " WHERE device_id = ? AND capture_uuid = ?)", (device, record.capture))  # fmt: skip
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
        """Insert one capture's templates, each sealed under HQ's template key, with the pre-filter vector of each
        finger template of a subject (sealed likewise), inside the caller's transaction."""
        from fieldkit.biometrics import matching  # lazy: as numpy

        for template in record.templates:
            (template_id,) = self.db.execute(
                "INSERT INTO hq_subject_templates (device_id, sequence, subject_uuid, reference, item_uuid,"
                " capture_uuid, modality, algorithm, finger, seq, data, received_at) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (device, sequence, record.subject, record.reference, record.item, record.capture, template.modality,
                 template.algorithm, template.finger, template.seq,
                 self.key.seal(template.data, device, record.capture, template.algorithm, template.seq), now),
            ).fetchone()  # fmt: skip
            if record.subject is not None and template.modality == "finger" and template.algorithm == FINGER_ALGORITHM:
                vector = matching.template_feature(Template("finger", FINGER_ALGORITHM, template.data, template.finger))
                self._add_vector(int(template_id), device, record.subject, template.finger, vector)

    def _add_vector(self, template_id: int, device: str, subject: str, finger: int, vector: np.ndarray) -> None:
        self.db.execute(
            "INSERT INTO hq_template_features (device_id, subject_uuid, template_id, finger, vector) VALUES"
            " (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (device, subject, template_id, finger, self.key.seal_vector(vector, template_id, device, subject, finger)),
        )  # fmt: skip

    def backfill(self) -> int:
        """Make the pre-filter vectors of the templates HQ held before it kept them (hq_feature_backfill: see
        MIGRATIONS); how many were made. Run by every search before it ranks (so no template is left out of a
        search) and by `fieldkit hq reindex` (to make them ahead of the first search: ~1-2 ms a template). Each page
        is decrypted and made outside a transaction, then written in a short one; two processes at once make some
        twice, store them once."""
        from fieldkit.biometrics import matching  # lazy: as numpy

        made = 0
        after = 0
        while True:
            rows = self.db.execute(
                "SELECT b.template_id, t.device_id, t.subject_uuid, t.capture_uuid, t.modality, t.algorithm, t.seq,"
                " t.finger, t.data FROM hq_feature_backfill b LEFT JOIN hq_subject_templates t ON t.id = b.template_id"
                " WHERE b.template_id > ? ORDER BY b.template_id LIMIT ?", (after, self.limits.hq_search_batch),
            ).fetchall()  # fmt: skip
            if not rows:
                return made
            after = int(rows[-1][0])
            vectors = []
            for template_id, device, subject, capture, modality, algorithm, seq, finger, data in rows:
                if device is None or subject is None or modality != "finger" or algorithm != FINGER_ALGORITHM:
                    continue  # deleted since (a capture's set made again), or never searched
                plain = self.key.open(bytes(data), str(device), str(capture), str(algorithm), int(seq))
                vector = matching.template_feature(Template("finger", FINGER_ALGORITHM, plain, int(finger)))
                vectors.append((int(template_id), str(device), str(subject), int(finger), vector))
            with self.db.transaction():
                for template_id, device, subject, finger, vector in vectors:
                    self._add_vector(template_id, device, subject, finger, vector)
                ids = [int(row[0]) for row in rows]
                for first in range(0, len(ids), _IN_CHUNK):
                    chunk = ids[first : first + _IN_CHUNK]
                    self.db.execute(f"DELETE FROM hq_feature_backfill WHERE template_id IN"  # noqa: S608 - placeholders
                                    f" ({', '.join('?' for _ in chunk)})", chunk)  # fmt: skip
            made += len(vectors)

    def backfill_waiting(self) -> int:
        """How many templates wait for their pre-filter vector."""
        return int(self.db.execute("SELECT count(*) FROM hq_feature_backfill").fetchone()[0])

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
        # Ordered here, not by SQL: ORDER BY finger would lead SQLite to the gallery index (every finger template).
        rows = sorted(
            self.db.execute(
                "SELECT finger, id, capture_uuid, algorithm, seq, data FROM hq_subject_templates WHERE"
                " device_id = ? AND subject_uuid = ? AND modality = 'finger' AND algorithm = ?",
                (key.device, key.subject, FINGER_ALGORITHM),
            ).fetchall(),
            key=lambda row: (int(row[0]), int(row[1])),
        )
        rows = [(capture, algorithm, seq, finger, data) for finger, _id, capture, algorithm, seq, data in rows]
        return [(Template("finger", FINGER_ALGORITHM, self.key.open(bytes(data), key.device, str(capture),
                                                                     str(algorithm), int(seq)), int(finger)),
                 str(capture)) for capture, algorithm, seq, finger, data in rows]  # fmt: skip

    def _mean(self) -> np.ndarray:
        """The vector the pre-filter centres on: the mean of up to hq_prefilter_batch vectors spread evenly over
        the template ids HQ holds (every vector while there are fewer: then it is the gallery's mean, as on the
        device; beyond, a sample whose error, a 1/100 of the vectors' spread, moves no rank that matters)."""
        import numpy as np  # lazy: numpy loads with a search, not with every hq command

        from fieldkit.biometrics import prefilter  # lazy: as numpy

        top = self.db.execute("SELECT max(template_id) FROM hq_template_features").fetchone()[0]
        if top is None:
            return np.zeros(prefilter.FEATURE_SIZE, dtype=np.float32)
        batch = self.limits.hq_prefilter_batch
        step = max(1, -(-int(top) // batch))
        ids = list(range(step, int(top) + 1, step))
        opener = self.key.vector_opener()
        plains: list[bytes] = []
        for first in range(0, len(ids), _IN_CHUNK):
            chunk = ids[first : first + _IN_CHUNK]
            rows = self.db.execute("SELECT template_id, device_id, subject_uuid, finger, vector FROM"  # noqa: S608 - placeholders
                                   f" hq_template_features WHERE template_id IN ({', '.join('?' for _ in chunk)})",
                                   chunk).fetchall()  # fmt: skip
            plains += [opener(bytes(sealed), int(i), str(d), str(u), int(f)) for i, d, u, f, sealed in rows]
        if not plains:  # ids far apart (faces, deleted sets): the first vectors stored
            rows = self.db.execute("SELECT template_id, device_id, subject_uuid, finger, vector FROM"
                                   " hq_template_features ORDER BY template_id LIMIT ?", (batch,)
                                   ).fetchall()  # fmt: skip
            plains = [opener(bytes(sealed), int(i), str(d), str(u), int(f)) for i, d, u, f, sealed in rows]
        return np.asarray(self._vectors(plains).mean(axis=0), dtype=np.float32)

    @staticmethod
    def _vectors(plains: list[bytes]) -> np.ndarray:
        import numpy as np  # lazy: numpy loads with a search, not with every hq command

        from fieldkit.biometrics import prefilter  # lazy: as numpy

        raw = np.frombuffer(b"".join(plains), dtype=VECTOR_DTYPE).reshape(-1, prefilter.FEATURE_SIZE).astype(np.float32)
        if not np.isfinite(raw).all():
            raise IntegrityError("a pre-filter vector in HQ's database holds a value that is not a number")
        return raw

    def rank(self, key: SubjectKey, probe: Sequence[Template]) -> Ranking:
        """Rank every other subject HQ holds for ``probe`` (the subject's finger templates) by the pre-filter
        (biometrics.prefilter, as the device's Gallery ranks its entries): the vectors stream from
        hq_template_features in keyset pages of hq_prefilter_batch, in subject order, so each subject's best
        similarity per probe finger is folded as its rows pass; what is kept is three numbers a subject."""
        import numpy as np  # lazy: numpy loads with a search, not with every hq command

        from fieldkit.biometrics import matching, prefilter  # lazy: as numpy

        mean = self._mean()
        positions = np.array([t.finger for t in probe], dtype=np.int64)
        units = np.stack([prefilter.probe_unit(matching.template_feature(t), mean) for t in probe], axis=1)
        where, wanted = "", []
        if 0 not in positions:  # a probe of known positions: only those positions and the unknown ones
            wanted = [*sorted({int(p) for p in positions}), 0]
            where = f" AND finger IN ({', '.join('?' for _ in wanted)})"
        sql = ("SELECT device_id, subject_uuid, template_id, finger, vector FROM hq_template_features"  # noqa: S608 - placeholders
               f" WHERE (device_id, subject_uuid, template_id) > (?, ?, ?){where}"
               " ORDER BY device_id, subject_uuid, template_id LIMIT ?")  # fmt: skip
        batch = self.limits.hq_prefilter_batch
        opener = self.key.vector_opener()
        mine = key.pair()
        firsts: list[np.ndarray] = []
        bests: list[np.ndarray] = []
        pairs: list[np.ndarray] = []
        after: tuple[str, str, int] = ("", "", 0)
        last: tuple[str, str] | None = None
        read = 0
        while True:
            rows = self.db.execute(sql, (*after, *wanted, batch)).fetchall()
            if rows:
                after = (str(rows[-1][0]), str(rows[-1][1]), int(rows[-1][2]))
            plains: list[bytes] = []
            fingers: list[int] = []
            starts: list[int] = []
            ids: list[int] = []
            continues = False
            for device, subject, template_id, finger, sealed in rows:
                pair = (str(device), str(subject))
                if pair == mine:
                    continue
                if not plains:
                    starts.append(0)
                    ids.append(int(template_id))
                    continues = pair == last  # the subject the last page ended with goes on
                elif pair != last:
                    starts.append(len(plains))
                    ids.append(int(template_id))
                last = pair
                plains.append(opener(bytes(sealed), int(template_id), pair[0], pair[1], int(finger)))
                fingers.append(int(finger))
            if plains:
                read += len(plains)
                raw = self._vectors(plains)
                similarity = prefilter.cosine(raw, prefilter.centred_norms(raw, mean), units, mean)
                faces = prefilter.comparable(positions, np.array(fingers))
                similarity = np.where(faces, similarity, -np.inf).astype(np.float32)
                at = np.array(starts)
                best = np.maximum.reduceat(similarity, at, axis=0)
                count = np.add.reduceat(faces.sum(axis=1), at).astype(np.int64)
                first_ids = np.array(ids, dtype=np.int64)
                if continues and bests:
                    bests[-1][-1] = np.maximum(bests[-1][-1], best[0])
                    pairs[-1][-1] += count[0]
                    best, count, first_ids = best[1:], count[1:], first_ids[1:]
                if len(first_ids):
                    firsts.append(first_ids)
                    bests.append(best)
                    pairs.append(count)
            if len(rows) < batch:
                break
        if not firsts:
            return Ranking(np.zeros(0, np.int64), np.zeros(0, np.float32), np.zeros(0, np.int64), read)
        every = np.concatenate(pairs)
        keep = every > 0  # a subject with no comparable finger cannot be found
        return Ranking(np.concatenate(firsts)[keep], prefilter.fused(np.concatenate(bests))[keep], every[keep], read)

    def _subjects_of(self, first_ids: Sequence[int]) -> list[SubjectKey]:
        """The subjects of these template ids, in their order."""
        found: dict[int, SubjectKey] = {}
        ids = [int(i) for i in first_ids]
        for first in range(0, len(ids), _IN_CHUNK):
            chunk = ids[first : first + _IN_CHUNK]
            for template_id, device, subject in self.db.execute(
                "SELECT template_id, device_id, subject_uuid FROM hq_template_features WHERE template_id IN"  # noqa: S608 - placeholders
                f" ({', '.join('?' for _ in chunk)})", chunk):  # fmt: skip
                found[int(template_id)] = SubjectKey(str(device), str(subject))
        return [found[i] for i in ids if i in found]

    def search(self, key: SubjectKey) -> SearchResult:
        """Search one subject 1:N against every other subject HQ holds (see the module docstring): the pre-filter
        ranks them all (``rank``, the vectors streamed page by page), the best-ranked (as many as
        hq_rerank_comparisons Bozorth3 comparisons pay for) are read and compared in full (a matching.Gallery of
        them), their candidates fused as the device's watchlist search fuses them (matching.fuse); then HQ's own
        watchlist, when wired (``watchlist``)."""
        from fieldkit.biometrics import matching  # lazy: as numpy

        started = time.perf_counter()
        self.backfill()  # templates stored before HQ kept vectors: never left out of a search
        probes = self._probe(key)
        probe = [template for template, _ in probes]
        candidates: list[dict[str, Any]] = []
        compared = 0
        ranking = None
        shortlisted: list[tuple[SubjectKey, list[tuple[Template, str]]]] = []
        if probe:
            ranking = self.rank(key, probe)
            chosen = ranking.shortlist(self.limits.hq_rerank_comparisons, self.limits.hq_min_shortlist)
            for other in self._subjects_of(ranking.first_ids[chosen].tolist()):
                found = [(template, capture) for template, capture in self._probe(other)
                         if any(matching.positions_compare(p.finger, template.finger) for p in probe)]  # fmt: skip
                kept = found[: self.limits.max_templates_per_entry]  # the Gallery's bound per entry
                shortlisted.append((other, kept))
                compared += len(kept)
        # The shortlist is this search's pre-filter: every one of them is compared in full.
        entries = [[template for template, _ in kept] for _, kept in shortlisted]
        for index, candidate in matching.compare_entries(probe, entries, self.limits):
            other, found = shortlisted[index]
            candidates.append({"device": other.device, "subject": other.subject, "score": candidate.score,
                               "fingers": _fingers(candidate.fingers, probes, found)})  # fmt: skip
        candidates.sort(key=lambda c: -c["score"])
        watchlist = self.watchlist(self.db, self.key, probe) if self.watchlist is not None and probe else []
        for hit in watchlist:  # the subject's captures named where known, as for subject candidates
            scored = [matching.FingerScore(int(f["probe_finger"]), int(f["gallery_finger"]), int(f["score"]))
                      for f in hit["fingers"]]  # fmt: skip
            hit["fingers"] = _fingers(scored, probes, [])
        return SearchResult(key, compared, time.perf_counter() - started, candidates, watchlist, ranking,
                            len(shortlisted))  # fmt: skip

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
            for hit in result.watchlist:  # side b: the watchlist entry, by its reference
                about = json.dumps({"ref": hit["ref"], "category": hit["category"],
                                    "instructions": hit["instructions"]})  # fmt: skip
                self.db.execute(
                    "INSERT INTO hq_match_candidates (device_a, subject_a, device_b, subject_b, score, fingers,"
                    " found_at, updated_at, kind, watchlist) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                    " (device_a, subject_a, device_b, subject_b) DO UPDATE SET score = excluded.score, fingers ="
                    " excluded.fingers, updated_at = excluded.updated_at, watchlist = excluded.watchlist",
                    (result.subject.device, result.subject.subject, hit["ref"], hit["score"],
                     json.dumps(hit["fingers"]), now, now, WATCHLIST, about),
                )  # fmt: skip
            self.db.execute("UPDATE hq_subject_searches SET done = ?, searched_at = ? WHERE device_id = ? AND"
                            " subject_uuid = ? AND done < ?",
                            (wanted, time.time(), result.subject.device, result.subject.subject, wanted))  # fmt: skip

    # --- for examiners ----------------------------------------------------------------------------------------------

    def side(self, device: str, subject: str) -> dict[str, Any]:
        """One subject of a candidate: device, uuid, reference, the bundles that brought its templates."""
        rows = self.db.execute("SELECT DISTINCT sequence, reference FROM hq_subject_templates WHERE device_id = ?"
                               " AND subject_uuid = ? ORDER BY sequence", (device, subject)).fetchall()  # fmt: skip
        return {"device_id": device, "subject": subject, "reference": str(rows[-1][1]) if rows else "",
                "bundles": sorted({int(r[0]) for r in rows})}  # fmt: skip

    def candidates(self, *, subjects: Sequence[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
        """Every candidate (or those with one of ``subjects`` (device, uuid)), best score first, with both subjects,
        the fingers that scored and the examiners' decisions (the latest is its state: "open" when none)."""
        rows = self.db.execute("SELECT id, device_a, subject_a, device_b, subject_b, score, fingers, found_at,"
                               " updated_at, kind, watchlist FROM hq_match_candidates ORDER BY score DESC, id"
                               ).fetchall()  # fmt: skip
        wanted = set(subjects) if subjects is not None else None
        found = []
        for cid, device_a, subject_a, device_b, subject_b, score, fingers, found_at, updated_at, kind, about in rows:
            if wanted is not None and not ({(device_a, subject_a), (device_b, subject_b)} & wanted):
                continue
            decisions = self.decisions(int(cid))
            if kind == WATCHLIST:  # side b: the watchlist entry as it was when found (it may have changed since)
                entry = json.loads(about)
                side_b = {"device_id": "", "subject": "", "reference": entry["ref"], "bundles": [],
                          "watchlist_ref": entry["ref"], "category": entry["category"],
                          "instructions": entry["instructions"]}  # fmt: skip
            else:
                side_b = self.side(device_b, subject_b)
            found.append({
                "id": int(cid), "kind": kind, "score": float(score), "a": self.side(device_a, subject_a),
                "b": side_b, "fingers": json.loads(fingers), "found_at": found_at,
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
