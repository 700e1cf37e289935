"""The SQLCipher database of records: connection settings, schema and migrations.

The connection is typed by the small ``Connection`` protocol below (what fieldkit uses of DB-API), since sqlcipher3
ships no types; only the modules of fieldkit/store/ hold one (session.py), and each table is named in SQL by one
owner module only (docs/store.md, "Who owns which table"). The migrations here are the one exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlcipher3 import dbapi2 as sqlite

from fieldkit.errors import IntegrityError, StoreFormatError, WrongPassphraseError

Row = tuple[Any, ...]


class Cursor(Protocol):
    """What fieldkit uses of a DB-API cursor (sqlcipher3 ships no type information)."""

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...

    def fetchmany(self, size: int, /) -> list[Row]: ...

    def __iter__(self) -> Iterator[Row]: ...


class Connection(Protocol):
    """What fieldkit uses of a DB-API connection; only the modules of fieldkit/store/ ever hold one."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...

    def executescript(self, script: str, /) -> Cursor: ...

    def close(self) -> None: ...


def one_row(cursor: Cursor) -> Row:
    """The row of a query that always returns one (an aggregate, a pragma)."""
    row = cursor.fetchone()
    if row is None:
        raise IntegrityError("the database answered a query that always returns a row with none")
    return row


SCHEMA_V1 = """
CREATE TABLE operators (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    slot_id TEXT,
    created_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE UNIQUE INDEX operators_active_name ON operators(name COLLATE NOCASE) WHERE removed_at IS NULL;

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    mgrs TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (case_id, name)
);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    tag TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    site_id INTEGER REFERENCES sites(id),
    recovered_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (case_id, tag)
);

CREATE TABLE captures (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'fingerprint')),
    media_type TEXT NOT NULL,
    original_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    captured_at TEXT,
    imported_at TEXT NOT NULL,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    source TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    media_id TEXT NOT NULL UNIQUE,
    media_salt BLOB NOT NULL,
    encrypted_size INTEGER NOT NULL,
    UNIQUE (item_id, sha256)
);
CREATE INDEX captures_sha256 ON captures(sha256);

CREATE TABLE custody_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL
);
-- Guards against our own bugs, not against someone holding the key: 'check' is what detects tampering.
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;

CREATE TABLE custody_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    entry_hash TEXT NOT NULL
);

CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

SCHEMA_V2_BUNDLES = """
CREATE TABLE recipients (
    recipient TEXT PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);

CREATE TABLE bundles (
    seq INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('writing', 'complete', 'abandoned')),
    created_at TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    tagmanifest_sha256 TEXT NOT NULL DEFAULT '',
    previous_tagmanifest_sha256 TEXT NOT NULL DEFAULT '',
    capture_count INTEGER NOT NULL DEFAULT 0,
    payload_bytes INTEGER NOT NULL DEFAULT 0,
    custody_to INTEGER NOT NULL DEFAULT 0
);

ALTER TABLE captures ADD COLUMN bundle_seq INTEGER REFERENCES bundles(seq);
CREATE INDEX captures_bundle ON captures(bundle_seq);
"""

SCHEMA_V3_OCR = """
CREATE TABLE ocr_pages (
    id INTEGER PRIMARY KEY,
    capture_id INTEGER NOT NULL REFERENCES captures(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    languages TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (capture_id, page)
);
CREATE TABLE ocr_status (
    capture_id INTEGER PRIMARY KEY REFERENCES captures(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('done', 'failed')),
    detail TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
-- Normalised text (case, Arabic diacritics and letter variants folded) for search; rowid = ocr_pages.id.
CREATE VIRTUAL TABLE ocr_index USING fts5(normalized, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER ocr_pages_deleted AFTER DELETE ON ocr_pages
BEGIN DELETE FROM ocr_index WHERE rowid = old.id; END;

-- 64-bit difference hash of each photo, for near-duplicates across items and cases (NULL: not an image).
CREATE TABLE perceptual_hashes (
    capture_id INTEGER PRIMARY KEY REFERENCES captures(id) ON DELETE CASCADE,
    dhash INTEGER
);
"""

SCHEMA_V4_PAGE_VIEWS = """
-- Page order and rotation shown for a capture: JSON [[original page, clockwise degrees], ...] in reading order.
-- A view only: the original's bytes and hash never change. No row: original order, no rotation.
CREATE TABLE page_views (
    capture_id INTEGER PRIMARY KEY REFERENCES captures(id) ON DELETE CASCADE,
    pages TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

SCHEMA_V5_FINGERPRINTS = """
-- A person encountered. Their ten-prints and face photos are captures of the item that stands for them
-- (category 'person', tag = the subject's reference), so listing, bundling and custody work as for any item.
CREATE TABLE subjects (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL UNIQUE REFERENCES items(id),
    claimed_name TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    nationality TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- NFIQ 2 computed right after capture (NULL: latent, or quality not available when it was taken).
CREATE TABLE fingerprint_quality (
    capture_id INTEGER PRIMARY KEY REFERENCES captures(id) ON DELETE CASCADE,
    nfiq2 INTEGER CHECK (nfiq2 BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

-- Fingers that cannot be printed: amputated (AMP XX) or bandaged (AMP UP).
CREATE TABLE finger_conditions (
    item_id INTEGER NOT NULL REFERENCES items(id),
    finger_position INTEGER NOT NULL CHECK (finger_position BETWEEN 1 AND 10),
    condition TEXT NOT NULL CHECK (condition IN ('amputated', 'bandaged')),
    at TEXT NOT NULL,
    PRIMARY KEY (item_id, finger_position)
);
"""

SCHEMA_V6_OUTBOX = """
-- Bundles waiting to leave for HQ, and how far each got. Rows are never deleted: 'acknowledged' carries HQ's
-- signed receipt; captures are only ever removed by an operator, and only once their bundle is acknowledged.
CREATE TABLE outbox (
    bundle_seq INTEGER PRIMARY KEY REFERENCES bundles(seq),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('waiting', 'uploading', 'verifying', 'acknowledged', 'rejected')),
    upload_path TEXT,
    offset INTEGER NOT NULL DEFAULT 0,
    bytes_sent INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt REAL NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    receipt TEXT
);
"""

SCHEMA_V7_PRESERVE_FIRST = """
-- Preserve first (issue 12): every recovered file is kept, so captures take two more kinds ('media': audio and video;
-- 'file': anything else). SQLite cannot change a CHECK in place: the table is rebuilt (foreign keys are off for this
-- step, see REBUILDS, so the rows that reference captures keep their references and nothing cascades).
CREATE TABLE captures_v7 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'fingerprint', 'media', 'file')),
    media_type TEXT NOT NULL,
    original_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    captured_at TEXT,
    imported_at TEXT NOT NULL,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    source TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    media_id TEXT NOT NULL UNIQUE,
    media_salt BLOB NOT NULL,
    encrypted_size INTEGER NOT NULL,
    bundle_seq INTEGER REFERENCES bundles(seq),
    UNIQUE (item_id, sha256)
);
INSERT INTO captures_v7 (id, uuid, item_id, kind, media_type, original_name, sha256, size, captured_at, imported_at,
                         operator_id, source, metadata, media_id, media_salt, encrypted_size, bundle_seq)
    SELECT id, uuid, item_id, kind, media_type, original_name, sha256, size, captured_at, imported_at,
           operator_id, source, metadata, media_id, media_salt, encrypted_size, bundle_seq FROM captures;
DROP TABLE captures;
ALTER TABLE captures_v7 RENAME TO captures;
CREATE INDEX captures_sha256 ON captures(sha256);
CREATE INDEX captures_bundle ON captures(bundle_seq);

-- What analysis (the sandboxed decoders) learned of each capture's stored bytes. 'pending' until it has run;
-- 'failed' carries the reason (decoder crashed, needed more than the memory limit, ...). Captures from before this
-- version were probed at import: they start 'pending' and are analysed again on demand.
CREATE TABLE analyses (
    capture_id INTEGER PRIMARY KEY REFERENCES captures(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'ok', 'failed')),
    reason TEXT NOT NULL DEFAULT '',
    media_type TEXT,
    facts TEXT NOT NULL DEFAULT '{}',
    damaged TEXT,
    notes TEXT NOT NULL DEFAULT '[]',
    text TEXT,
    thumbnail BLOB,
    analyser TEXT NOT NULL DEFAULT '',
    analysed_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
INSERT INTO analyses (capture_id, status) SELECT id, 'pending' FROM captures;
CREATE INDEX analyses_status ON analyses(status);

-- One acquisition per import of files, a folder, a card or a seized medium (and per expanded archive): where each
-- file came from, as read before anything decoded it. Entries that were not stored (a FIFO, an unreadable file) and
-- symbolic links (recorded with their target, never followed) are listed too.
CREATE TABLE acquisitions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    source TEXT NOT NULL,
    root TEXT NOT NULL DEFAULT '',
    medium_label TEXT NOT NULL DEFAULT '',
    volume_id TEXT NOT NULL DEFAULT '',
    filesystem TEXT NOT NULL DEFAULT '',
    parent_capture_id INTEGER REFERENCES captures(id) ON DELETE SET NULL,
    operator_id TEXT NOT NULL REFERENCES operators(id),
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE acquisition_entries (
    acquisition_id INTEGER NOT NULL REFERENCES acquisitions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    path TEXT NOT NULL,
    entry_type TEXT NOT NULL CHECK (entry_type IN ('file', 'symlink', 'other')),
    status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'not-stored')),
    size INTEGER,
    sha256 TEXT,
    capture_id INTEGER REFERENCES captures(id) ON DELETE SET NULL,
    modified TEXT,
    changed TEXT,
    born TEXT,
    link_target TEXT,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (acquisition_id, seq)
);
CREATE INDEX acquisition_entries_capture ON acquisition_entries(capture_id);
"""

SCHEMA_V8_AMENDMENTS = """
-- Amendments (issue 14): a change to what HQ already holds. A custody entry that changes a capture, item, subject or
-- site that a completed bundle carried makes (or extends) a pending amendment (bundle_seq NULL); the next bundle
-- carries it with the target's value at that time and records its number here. custody: JSON list of the custody
-- entries (seq) that record the change. store/amendments.py owns both tables.
CREATE TABLE amendments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    target_type TEXT NOT NULL CHECK (target_type IN ('capture', 'item', 'subject', 'site')),
    target_uuid TEXT NOT NULL,
    change TEXT NOT NULL,
    custody TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    bundle_seq INTEGER REFERENCES bundles(seq)
);
CREATE UNIQUE INDEX amendments_pending ON amendments(target_type, target_uuid, change) WHERE bundle_seq IS NULL;
CREATE INDEX amendments_bundle ON amendments(bundle_seq);

-- Whose record a completed bundle carried (a capture, an item, the site in an item record, the subject of a person
-- item), with the first bundle that did: a change to one of these is an amendment. Filled from what earlier
-- bundles carried (the items, sites and subjects of the captures they hold).
CREATE TABLE carried_records (
    target_type TEXT NOT NULL CHECK (target_type IN ('capture', 'item', 'subject', 'site')),
    target_uuid TEXT NOT NULL,
    bundle_seq INTEGER NOT NULL REFERENCES bundles(seq),
    PRIMARY KEY (target_type, target_uuid)
);
INSERT OR IGNORE INTO carried_records (target_type, target_uuid, bundle_seq)
    SELECT 'capture', uuid, bundle_seq FROM captures WHERE bundle_seq IS NOT NULL;
INSERT OR IGNORE INTO carried_records (target_type, target_uuid, bundle_seq)
    SELECT 'item', i.uuid, min(c.bundle_seq) FROM captures c JOIN items i ON i.id = c.item_id
    WHERE c.bundle_seq IS NOT NULL GROUP BY i.uuid;
INSERT OR IGNORE INTO carried_records (target_type, target_uuid, bundle_seq)
    SELECT 'site', s.uuid, min(c.bundle_seq) FROM captures c JOIN items i ON i.id = c.item_id
    JOIN sites s ON s.id = i.site_id WHERE c.bundle_seq IS NOT NULL GROUP BY s.uuid;
INSERT OR IGNORE INTO carried_records (target_type, target_uuid, bundle_seq)
    SELECT 'subject', su.uuid, min(c.bundle_seq) FROM captures c JOIN subjects su ON su.item_id = c.item_id
    WHERE c.bundle_seq IS NOT NULL GROUP BY su.uuid;
"""

# Issue 14, search finds what is on the page: where each page's text came from ('ocr', the PDF's own 'text layer',
# or the text analysis 'extracted' from a text, office or e-mail file), and the index's Arabic-Indic and Extended
# Arabic-Indic digits folded to ASCII as the normaliser now does (fieldkit/_internal/textsearch.py); the store then
# re-indexes every page in Python on open (REINDEX_SEARCH), for what SQL cannot redo (a number against a word).
SCHEMA_V9_SEARCH = """
ALTER TABLE ocr_pages ADD COLUMN source TEXT NOT NULL DEFAULT 'ocr'
    CHECK (source IN ('ocr', 'text layer', 'extracted'));
UPDATE ocr_pages SET source = 'extracted' WHERE languages = 'extracted';
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1632), '0'), char(1776), '0');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1633), '1'), char(1777), '1');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1634), '2'), char(1778), '2');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1635), '3'), char(1779), '3');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1636), '4'), char(1780), '4');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1637), '5'), char(1781), '5');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1638), '6'), char(1782), '6');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1639), '7'), char(1783), '7');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1640), '8'), char(1784), '8');
UPDATE ocr_index SET normalized = replace(replace(normalized, char(1641), '9'), char(1785), '9');
"""

# Issue 15 (security review finding 9), deleted text leaves the search index: a plain FTS5 delete only records a
# delete marker and keeps the words in ocr_index_data until a merge. FTS5's 'secure-delete' option (SQLite >= 3.42,
# kept in ocr_index_config) removes a deleted row's entries from the segments themselves; the rebuild then writes the
# index afresh from the pages that still exist, so the residue of deletions made before this version goes too (the
# freed pages are zeroed: secure_delete=ON). ocr_index is the store's only FTS5 table.
SCHEMA_V10_FTS_SECURE_DELETE = """
INSERT INTO ocr_index (ocr_index, rank) VALUES ('secure-delete', 1);
INSERT INTO ocr_index (ocr_index) VALUES ('rebuild');
"""

# Issue 17, identification: templates made from the store's prints and face photos (store/identification.py), the
# watchlist HQ sent (store/watchlist.py: one imported file at a time, its entries and their templates, never
# images), and the hits a search found with the operator's decision on each (store/identification.py).
SCHEMA_V11_IDENTIFICATION = """
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    capture_id INTEGER NOT NULL REFERENCES captures(id) ON DELETE CASCADE,
    modality TEXT NOT NULL CHECK (modality IN ('finger', 'face')),
    algorithm TEXT NOT NULL,
    finger INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL DEFAULT 0,  -- the n-th face of a photo (0 for prints)
    data BLOB NOT NULL,
    made_at TEXT NOT NULL,
    UNIQUE (capture_id, algorithm, seq)
);
-- A capture analysed for templates, with what came of it: 'ok' (templates made), 'none' (no finger or face found),
-- or 'failed' with the reason (the image could not be decoded): searched once, not again at every open.
CREATE TABLE template_runs (
    capture_id INTEGER PRIMARY KEY REFERENCES captures(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('ok', 'none', 'failed')),
    reason TEXT NOT NULL DEFAULT '',
    algorithm_version TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE watchlist (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    hq_key TEXT NOT NULL,
    device_id TEXT,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE watchlist_entries (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE watchlist_templates (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES watchlist_entries(id) ON DELETE CASCADE,
    modality TEXT NOT NULL CHECK (modality IN ('finger', 'face')),
    algorithm TEXT NOT NULL,
    finger INTEGER NOT NULL DEFAULT 0,
    data BLOB NOT NULL
);
CREATE INDEX watchlist_templates_entry ON watchlist_templates(entry_id);
-- A candidate a search found: the capture searched, the watchlist entry by reference (the entry may go with the next
-- watchlist; the hit stays), the score, the finger, and the operator's decision.
CREATE TABLE watchlist_hits (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    capture_id INTEGER NOT NULL REFERENCES captures(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    modality TEXT NOT NULL CHECK (modality IN ('finger', 'face')),
    finger INTEGER NOT NULL DEFAULT 0,
    score REAL NOT NULL,
    watchlist_version INTEGER NOT NULL,
    found_at TEXT NOT NULL,
    decision TEXT CHECK (decision IN ('confirmed', 'rejected')),
    decided_by TEXT,
    decided_at TEXT,
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (capture_id, ref, modality, finger)
);
CREATE INDEX watchlist_hits_open ON watchlist_hits(decision);
"""

# Issue 17, the device's watchlist load: each finger template's pre-filter vector (fieldkit.biometrics.matching,
# Gallery.stored_vector: 180 little-endian uint16 minutia-pair counts, 360 bytes) is computed once when the watchlist
# is imported and kept beside the template, so that loading the gallery reads it instead of computing it (the
# O(n^2) part of the load). NULL for a face template and for a watchlist imported before this version (computed at
# the first load then and written back: store/watchlist.py, Watchlist.set_prefilters).
SCHEMA_V12_WATCHLIST_PREFILTER = """
ALTER TABLE watchlist_templates ADD COLUMN prefilter BLOB;
"""

# Issue 19, physical samples (DNA): a sample taken from an item (its id on the tag, type, the spot on the item, who
# collected it, packaging, seal, storage), its physical custody state and current holder, the shipments (manifests)
# it leaves in, and the captures that show it (the sample, its sealed packaging, the spot, its tag). The steps of its
# custody are custody-log entries whose subject is the sample's uuid (core/samples.py: the rules and the entries);
# ``version`` rises at every change, so a bundle carries a sample again when it changed (outgoing/contributors.py).
# store/samples.py owns the three tables. docs/samples.md.
SCHEMA_V13_SAMPLES = """
CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    manifest TEXT NOT NULL UNIQUE,
    laboratory TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    shipped_at TEXT NOT NULL,
    shipped_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    ref TEXT NOT NULL UNIQUE,
    barcode_format TEXT NOT NULL DEFAULT '',
    sample_type TEXT NOT NULL CHECK (sample_type IN ('swab', 'touch', 'saliva', 'blood', 'hair', 'tissue', 'other')),
    location TEXT NOT NULL DEFAULT '',
    spot_capture_id INTEGER REFERENCES captures(id) ON DELETE SET NULL,
    spot_x REAL CHECK (spot_x IS NULL OR (spot_x >= 0 AND spot_x <= 1)),
    spot_y REAL CHECK (spot_y IS NULL OR (spot_y >= 0 AND spot_y <= 1)),
    collector TEXT NOT NULL,
    collected_at TEXT NOT NULL,
    packaging TEXT NOT NULL DEFAULT '',
    seal TEXT NOT NULL DEFAULT '',
    storage TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('collected', 'sealed', 'handed-over', 'shipped', 'received')),
    holder TEXT NOT NULL,
    shipment_id INTEGER REFERENCES shipments(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX samples_item ON samples(item_id);
CREATE INDEX samples_shipment ON samples(shipment_id);
CREATE TABLE sample_captures (
    sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
    capture_id INTEGER NOT NULL REFERENCES captures(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('sample', 'packaging', 'spot', 'tag')),
    PRIMARY KEY (sample_id, capture_id)
);
"""

# Migrations: index i upgrades the schema from version i to i + 1. Never edit one that has shipped.
MIGRATIONS: list[str] = [
    SCHEMA_V1,
    SCHEMA_V2_BUNDLES,
    SCHEMA_V3_OCR,
    SCHEMA_V4_PAGE_VIEWS,
    SCHEMA_V5_FINGERPRINTS,
    SCHEMA_V6_OUTBOX,
    SCHEMA_V7_PRESERVE_FIRST,
    SCHEMA_V8_AMENDMENTS,
    SCHEMA_V9_SEARCH,
    SCHEMA_V10_FTS_SECURE_DELETE,
    SCHEMA_V11_IDENTIFICATION,
    SCHEMA_V12_WATCHLIST_PREFILTER,
    SCHEMA_V13_SAMPLES,
]
# Migrations that rebuild a table others reference: run with foreign keys off (a DROP would cascade), checked
# with PRAGMA foreign_key_check before they commit.
REBUILDS = frozenset({6})
SCHEMA_VERSION = len(MIGRATIONS)
# A store found below this version has its search index rebuilt from its text on open (store.py, OcrIndex.reindex):
# the normaliser changed then.
REINDEX_SEARCH = 9


def connect(path: Path, raw_key: bytes) -> Connection:
    """Open (or create) the database with a raw 256-bit key and fieldkit's safety settings.

    ``PRAGMA key`` always succeeds; a wrong key shows at the first read, which we force here so the error is
    raised before anything is written.
    """
    if len(raw_key) != 32:
        raise ValueError("database key must be 32 bytes")
    conn: Connection = sqlite.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.DatabaseError as exc:
            raise WrongPassphraseError("the store's database does not open with this key") from exc
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = one_row(conn.execute("PRAGMA journal_mode = WAL"))[0]
        if str(mode).lower() != "wal":
            raise StoreFormatError("the database could not be switched to WAL mode")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: Connection) -> int:
    """Bring the schema to SCHEMA_VERSION, one transaction per step. Returns the version found."""
    found = int(one_row(conn.execute("PRAGMA user_version"))[0])
    if found > SCHEMA_VERSION:
        raise StoreFormatError(f"the store's schema version {found} is newer than this fieldkit ({SCHEMA_VERSION})")
    for version in range(found, SCHEMA_VERSION):
        rebuild = version in REBUILDS
        if rebuild:
            conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before BEGIN
        # One script with its own BEGIN/COMMIT: executescript() would otherwise commit half a migration.
        script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};\n"
        try:
            conn.executescript(script)
            if rebuild and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise StoreFormatError(f"upgrading the store to version {version + 1} broke a reference")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            if rebuild:
                conn.execute("PRAGMA foreign_keys = ON")
    return found
