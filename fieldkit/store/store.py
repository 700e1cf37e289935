"""The store facade: one folder holding an encrypted evidence store (design: docs/store.md)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import shutil
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlite

from fieldkit._internal import fsutil
from fieldkit.config import DEFAULT_LIMITS, KdfParams, Limits
from fieldkit.errors import (
    ExportError,
    FieldkitError,
    IntegrityError,
    InvalidValueError,
    MediaCorruptError,
    NotFoundError,
    OperatorError,
    StoreError,
    StoreExistsError,
    StoreFormatError,
    StoreInUseError,
    StoreNotFoundError,
)
from fieldkit.models import CAPTURE_KINDS, ITEM_CATEGORIES, Capture, Case, CustodyEvent, Item, Operator, Site
from fieldkit.store import custody, db
from fieldkit.store.keyslots import MASTER_KEY_LEN, KeySlots, SlotPayload
from fieldkit.store.media import FileLayer, MediaStore, StagedMedia

STORE_FORMAT = "fieldkit-store"
STORE_VERSION = 1
MARKER_NAME = "fieldkit-store.json"
LOCK_NAME = "store.lock"
DB_NAME = "records.db"
SSH_NAMESPACE = "fieldkit-bundle"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _subkey(master: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(master)


def clean_name(value: str, what: str, limits: Limits) -> str:
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise InvalidValueError(f"the {what} must not be empty")
    if len(text) > limits.max_name_chars:
        raise InvalidValueError(f"the {what} is longer than {limits.max_name_chars} characters")
    if any(not ch.isprintable() for ch in text):
        raise InvalidValueError(f"the {what} contains control characters")
    return text


def clean_text(value: str, what: str, limits: Limits) -> str:
    text = unicodedata.normalize("NFC", value)
    if len(text) > limits.max_text_chars:
        raise InvalidValueError(f"the {what} is longer than {limits.max_text_chars} characters")
    if any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise InvalidValueError(f"the {what} contains control characters")
    return text


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


@dataclass(frozen=True)
class WipeReport:
    slots_destroyed: int
    seconds: float
    removed_rest: bool


class _StoreLock:
    """An exclusive advisory lock on ``store.lock``: one fieldkit process per store at a time."""

    def __init__(self, path: Path) -> None:
        self._fd: int | None = None
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            raise StoreNotFoundError(f"no fieldkit store at {path.parent}") from None
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - Windows: the database's own locking is the only guard
            pass
        except OSError:
            os.close(fd)
            raise StoreInUseError("the store is open in another fieldkit window or command") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def check_store_folder(folder: Path) -> None:
    """Raise StoreNotFoundError or StoreFormatError unless FOLDER holds a store this version opens (asks no secret)."""
    marker = folder / MARKER_NAME
    try:
        data = json.loads(marker.read_text("utf-8"))
    except FileNotFoundError:
        raise StoreNotFoundError(f"no fieldkit store at {folder}") from None
    except (OSError, ValueError) as exc:
        raise StoreFormatError(f"the store marker in {folder} is unreadable") from exc
    if not isinstance(data, dict) or data.get("format") != STORE_FORMAT:
        raise StoreFormatError(f"{folder} is not a fieldkit store")
    if data.get("version") != STORE_VERSION:
        raise StoreFormatError(f"the store in {folder} has format version {data.get('version')}")


class Store:
    """An unlocked store. Use it from one thread at a time (the GUI serialises access through one worker)."""

    def __init__(
        self,
        folder: Path,
        lock: _StoreLock,
        conn: db.Connection,
        master_key: bytes,
        operator: Operator,
        limits: Limits,
        clock: Clock,
        file_layer: FileLayer,
    ) -> None:
        self.folder = folder
        self._lock = lock
        self._conn: db.Connection | None = conn
        self.limits = limits
        self.clock = clock
        self.operator = operator
        # Kept while unlocked only to wrap it into new operators' slots; dropped by close().
        self._master = master_key
        self.slots = KeySlots(folder / "keys", limits)
        self.media = MediaStore(folder, _subkey(master_key, "fieldkit media root v1"), limits, file_layer)

    # --- opening and closing ------------------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        folder: Path,
        operator_name: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        limits: Limits = DEFAULT_LIMITS,
        clock: Clock = utc_now,
        file_layer: FileLayer | None = None,
    ) -> Store:
        """Create a new store in ``folder`` (absent or empty) and return it unlocked for its first operator."""
        os.umask(0o077)
        folder = folder.expanduser().absolute()
        operator_name = clean_name(operator_name, "operator name", limits)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise StoreExistsError(f"{folder} already exists and is not empty")
        # Built beside its destination and renamed into place, so a crash never leaves half a store.
        folder.parent.mkdir(parents=True, exist_ok=True)  # the parent is the user's: leave its mode alone
        building = folder.parent / f".{folder.name}.init-{secrets.token_hex(4)}"
        fsutil.make_private_dir(building)
        try:
            master_key = secrets.token_bytes(MASTER_KEY_LEN)
            operator = Operator(str(uuid.uuid4()), operator_name, timestamp(clock()))
            slots = KeySlots(building / "keys", limits)
            fsutil.make_private_dir(slots.folder)
            slot_id = slots.new_slot_id()
            slots.create(slot_id, SlotPayload(operator.id, operator.name, master_key), passphrase, kdf or KdfParams())
            conn = db.connect(building / DB_NAME, _subkey(master_key, "fieldkit sqlcipher v1"))
            try:
                db.migrate(conn)
                private = Ed25519PrivateKey.generate()
                device_id = str(uuid.uuid4())
                now = timestamp(clock())
                with _transaction(conn):
                    conn.execute(
                        "INSERT INTO operators (id, name, slot_id, created_at) VALUES (?, ?, ?, ?)",
                        (operator.id, operator.name, slot_id, operator.created_at),
                    )
                    conn.execute(
                        "INSERT INTO device (id, device_id, private_key, public_key, created_at)"
                        " VALUES (1, ?, ?, ?, ?)",
                        (
                            device_id,
                            private.private_bytes_raw(),
                            private.public_key().public_bytes_raw(),
                            now,
                        ),
                    )
                    custody.append(
                        conn, now, operator.name, "store.created", f"device:{device_id}",
                        {"schema_version": db.SCHEMA_VERSION, "device_fingerprint": _fingerprint(private)},
                    )  # fmt: skip
                    custody.append(conn, now, operator.name, "operator.added", f"operator:{operator.id}",
                                   {"name": operator.name})  # fmt: skip
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            media = MediaStore(building, b"\0" * 32, limits, FileLayer())
            media.create_folders()
            marker = {"format": STORE_FORMAT, "version": STORE_VERSION}
            fsutil.write_file_durably(building / MARKER_NAME, json.dumps(marker).encode() + b"\n")
            with fsutil.open_new_private(building / LOCK_NAME):
                pass
            fsutil.fsync_dir(building)
            if folder.exists():
                folder.rmdir()
            os.replace(building, folder)
            fsutil.fsync_dir(folder.parent)
        except OSError as exc:
            shutil.rmtree(building, ignore_errors=True)
            raise fsutil.storage_error(exc, "creating the store") from exc
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        # Open with the key in hand: deriving it again from the passphrase would cost another KDF run.
        return cls._open_with(folder, SlotPayload(operator.id, operator.name, master_key), limits, clock, file_layer)

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str,
        operator: str | None = None,
        *,
        limits: Limits = DEFAULT_LIMITS,
        clock: Clock = utc_now,
        file_layer: FileLayer | None = None,
    ) -> Store:
        """Unlock the store. A wrong passphrase raises WrongPassphraseError and changes no file of the store."""
        os.umask(0o077)
        folder = folder.expanduser().absolute()
        if not folder.is_dir():
            raise StoreNotFoundError(f"no fieldkit store at {folder}")
        check_store_folder(folder)
        lock = _StoreLock(folder / LOCK_NAME)
        try:
            _slot_id, payload = KeySlots(folder / "keys", limits).unlock(passphrase, operator)
        except BaseException:
            lock.release()
            raise
        return cls._open_with(folder, payload, limits, clock, file_layer, lock)

    @classmethod
    def _open_with(
        cls,
        folder: Path,
        payload: SlotPayload,
        limits: Limits,
        clock: Clock,
        file_layer: FileLayer | None,
        lock: _StoreLock | None = None,
    ) -> Store:
        lock = lock or _StoreLock(folder / LOCK_NAME)
        try:
            conn = db.connect(folder / DB_NAME, _subkey(payload.master_key, "fieldkit sqlcipher v1"))
            try:
                db.migrate(conn)
                row = conn.execute(
                    "SELECT id, name, created_at, removed_at FROM operators WHERE id = ?",
                    (payload.operator_id,),
                ).fetchone()
                if row is None or row[3] is not None:
                    raise OperatorError("this operator has been removed from the store")
                store = cls(
                    folder,
                    lock,
                    conn,
                    payload.master_key,
                    Operator(*row),
                    limits,
                    clock,
                    file_layer or FileLayer(),
                )
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        store._sweep()
        return store

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
        self._master = b""
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> db.Connection:
        if self._conn is None:
            raise StoreError("the store is closed")
        return self._conn

    def _sweep(self) -> None:
        known = [row[0] for row in self.conn.execute("SELECT media_id FROM captures")]
        self.media.sweep(known)

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        """A write transaction; storage failures come out as DiskFullError / StorageIOError.

        Nested uses join the outer transaction, so callers can commit many changes at once (group commit).
        """
        try:
            with _transaction(self.conn) as conn:
                yield conn
        except sqlite.OperationalError as exc:
            raise _sqlite_error(exc) from exc

    def log(self, action: str, subject: str, details: dict[str, Any], at: str | None = None) -> None:
        """Append a custody event; call inside ``write()`` with the change it records."""
        custody.append(self.conn, at or timestamp(self.clock()), self.operator.name, action, subject, details)

    # --- operators ----------------------------------------------------------------------------------------

    def operators(self) -> list[Operator]:
        rows = self.conn.execute(
            "SELECT id, name, created_at, removed_at FROM operators WHERE removed_at IS NULL ORDER BY name"
        )
        return [Operator(*row) for row in rows]

    def _find_operator(self, name: str) -> tuple[Operator, str]:
        row = self.conn.execute(
            "SELECT id, name, created_at, removed_at, slot_id FROM operators"
            " WHERE name = ? COLLATE NOCASE AND removed_at IS NULL",
            (unicodedata.normalize("NFC", name).strip(),),
        ).fetchone()
        if row is None:
            raise OperatorError(f"there is no operator named '{name}'")
        return Operator(*row[:4]), row[4]

    def add_operator(self, name: str, passphrase: str, kdf: KdfParams | None = None) -> Operator:
        name = clean_name(name, "operator name", self.limits)
        if len(self.operators()) >= self.limits.max_operators:
            raise OperatorError(f"the store already has {self.limits.max_operators} operators")
        if any(o.name.casefold() == name.casefold() for o in self.operators()):
            raise OperatorError(f"an operator named '{name}' already exists")
        operator = Operator(str(uuid.uuid4()), name, timestamp(self.clock()))
        slot_id = self.slots.new_slot_id()
        self.slots.create(slot_id, SlotPayload(operator.id, name, self._master), passphrase, kdf or KdfParams())
        try:
            with self.write() as conn:
                conn.execute(
                    "INSERT INTO operators (id, name, slot_id, created_at) VALUES (?, ?, ?, ?)",
                    (operator.id, name, slot_id, operator.created_at),
                )
                self.log("operator.added", f"operator:{operator.id}", {"name": name})
        except BaseException:
            self.slots.destroy(slot_id)
            raise
        return operator

    def change_passphrase(self, name: str, passphrase: str, kdf: KdfParams | None = None) -> None:
        operator, slot_id = self._find_operator(name)
        self.slots.replace(
            slot_id, SlotPayload(operator.id, operator.name, self._master), passphrase, kdf or KdfParams()
        )
        with self.write():
            self.log("operator.passphrase_changed", f"operator:{operator.id}", {"name": operator.name})

    def remove_operator(self, name: str) -> None:
        operator, slot_id = self._find_operator(name)
        if len(self.operators()) <= 1:
            raise OperatorError("the last operator cannot be removed: add another operator first")
        with self.write() as conn:
            conn.execute(
                "UPDATE operators SET removed_at = ?, slot_id = NULL WHERE id = ?",
                (timestamp(self.clock()), operator.id),
            )
            self.log("operator.removed", f"operator:{operator.id}", {"name": operator.name})
        self.slots.destroy(slot_id)

    # --- device identity ------------------------------------------------------------------------------------

    def _device(self) -> tuple[str, Ed25519PrivateKey]:
        row = self.conn.execute("SELECT device_id, private_key FROM device WHERE id = 1").fetchone()
        if row is None:
            raise IntegrityError("the store has no device identity")
        return row[0], Ed25519PrivateKey.from_private_bytes(bytes(row[1]))

    @property
    def device_id(self) -> str:
        return self._device()[0]

    def device_fingerprint(self) -> str:
        return _fingerprint(self._device()[1])

    def device_public_key_openssh(self) -> str:
        public = self._device()[1].public_key()
        return public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()

    def device_allowed_signers_line(self) -> str:
        """This device as a line of an OpenSSH allowed_signers file (for 'ssh-keygen -Y verify')."""
        return f'{self.device_id} namespaces="{SSH_NAMESPACE}" {self.device_public_key_openssh()} fieldkit-device'

    def device_signing_key(self) -> Ed25519PrivateKey:
        return self._device()[1]

    # --- cases and items ------------------------------------------------------------------------------------

    def case(self, name: str) -> Case | None:
        row = self.conn.execute(
            "SELECT id, uuid, name, reference, created_at FROM cases WHERE name = ?",
            (unicodedata.normalize("NFC", name).strip(),),
        ).fetchone()
        return Case(*row) if row else None

    def cases(self) -> list[Case]:
        rows = self.conn.execute("SELECT id, uuid, name, reference, created_at FROM cases ORDER BY name")
        return [Case(*row) for row in rows]

    def ensure_case(self, name: str, reference: str = "") -> Case:
        name = clean_name(name, "case name", self.limits)
        existing = self.case(name)
        if existing:
            return existing
        case_uuid = str(uuid.uuid4())
        with self.write() as conn:
            conn.execute(
                "INSERT INTO cases (uuid, name, reference, created_at) VALUES (?, ?, ?, ?)",
                (
                    case_uuid,
                    name,
                    clean_text(reference, "case reference", self.limits),
                    timestamp(self.clock()),
                ),
            )
            self.log("case.created", f"case:{case_uuid}", {"name": name, "reference": reference})
        created = self.case(name)
        assert created is not None
        return created

    _ITEM_SELECT = (
        "SELECT i.id, i.uuid, i.case_id, c.name, i.tag, i.category, i.description, i.site_id, i.recovered_at,"
        " i.notes, i.created_at, i.updated_at FROM items i JOIN cases c ON c.id = i.case_id"
    )

    def item(self, case: Case, tag: str) -> Item | None:
        row = self.conn.execute(
            self._ITEM_SELECT + " WHERE i.case_id = ? AND i.tag = ?",
            (case.id, unicodedata.normalize("NFC", tag).strip()),
        ).fetchone()
        return Item(*row) if row else None

    def item_by_id(self, item_id: int) -> Item:
        row = self.conn.execute(self._ITEM_SELECT + " WHERE i.id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no item with id {item_id}")
        return Item(*row)

    def items(self, case: Case | None = None) -> list[Item]:
        if case is None:
            rows = self.conn.execute(self._ITEM_SELECT + " ORDER BY c.name, i.tag")
        else:
            rows = self.conn.execute(self._ITEM_SELECT + " WHERE i.case_id = ? ORDER BY i.tag", (case.id,))
        return [Item(*row) for row in rows]

    def ensure_item(self, case: Case, tag: str, category: str = "other") -> Item:
        tag = clean_name(tag, "evidence tag", self.limits)
        existing = self.item(case, tag)
        if existing:
            return existing
        if category not in ITEM_CATEGORIES:
            raise InvalidValueError(f"the category must be one of: {', '.join(ITEM_CATEGORIES)}")
        item_uuid = str(uuid.uuid4())
        now = timestamp(self.clock())
        with self.write() as conn:
            conn.execute(
                "INSERT INTO items (uuid, case_id, tag, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (item_uuid, case.id, tag, category, now, now),
            )
            self.log("item.created", f"item:{item_uuid}", {"case": case.uuid, "tag": tag, "category": category})
        created = self.item(case, tag)
        assert created is not None
        return created

    # --- sites ---------------------------------------------------------------------------------------------

    def sites(self, case: Case) -> list[Site]:
        rows = self.conn.execute(
            "SELECT id, uuid, case_id, name, latitude, longitude, mgrs, description FROM sites"
            " WHERE case_id = ? ORDER BY name",
            (case.id,),
        )
        return [Site(*row) for row in rows]

    def site(self, case: Case, name: str) -> Site | None:
        wanted = unicodedata.normalize("NFC", name).strip()
        return next((s for s in self.sites(case) if s.name == wanted), None)

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
        name = clean_name(name, "site name", self.limits)
        if self.site(case, name):
            raise InvalidValueError(f"case '{case.name}' already has a site named '{name}'")
        if (latitude is None) != (longitude is None):
            raise InvalidValueError("give both latitude and longitude, or neither")
        if latitude is not None and longitude is not None and not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise InvalidValueError("latitude must be within ±90 and longitude within ±180 degrees")
        mgrs = clean_name(mgrs, "MGRS reference", self.limits) if mgrs.strip() else ""
        site_uuid = str(uuid.uuid4())
        with self.write() as conn:
            conn.execute(
                "INSERT INTO sites (uuid, case_id, name, latitude, longitude, mgrs, description, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (site_uuid, case.id, name, latitude, longitude, mgrs,
                 clean_text(description, "site description", self.limits), timestamp(self.clock())),
            )  # fmt: skip
            details = {"case": case.uuid, "name": name, "latitude": latitude, "longitude": longitude, "mgrs": mgrs}
            self.log("site.created", f"site:{site_uuid}", details)
        created = self.site(case, name)
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
                if (
                    value is not None
                    and not self.conn.execute(
                        "SELECT 1 FROM sites WHERE id = ? AND case_id = ?", (value, item.case_id)
                    ).fetchone()
                ):
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
                values[key] = clean_text(value or "", key, self.limits)
        if not values:
            return item
        now = timestamp(self.clock())
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self.write() as conn:
            conn.execute(
                f"UPDATE items SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608 - keys are whitelisted
                (*values.values(), now, item.id),
            )
            self.log("item.edited", f"item:{item.uuid}", {"changed": values})
        return self.item_by_id(item.id)

    # --- captures ---------------------------------------------------------------------------------------------

    _CAPTURE_SELECT = (
        "SELECT cp.id, cp.uuid, cp.item_id, c.name, i.tag, cp.kind, cp.media_type, cp.original_name, cp.sha256,"
        " cp.size, cp.captured_at, cp.imported_at, o.name, cp.source, cp.metadata"
        " FROM captures cp JOIN items i ON i.id = cp.item_id JOIN cases c ON c.id = i.case_id"
        " JOIN operators o ON o.id = cp.operator_id"
    )

    @staticmethod
    def _capture(row: tuple[Any, ...]) -> Capture:
        (
            cid,
            cuuid,
            item_id,
            case_name,
            tag,
            kind,
            media_type,
            name,
            sha,
            size,
            captured,
            imported,
            operator,
            source,
            metadata,
        ) = row
        return Capture(cid, cuuid, item_id, case_name, tag, kind, media_type, name, sha, size, captured, imported,
                       operator, source, json.loads(metadata))  # fmt: skip

    def captures(self, case: str | None = None, item: str | None = None, kind: str | None = None) -> list[Capture]:
        clauses, params = [], []
        if case is not None:
            clauses.append("c.name = ?")
            params.append(unicodedata.normalize("NFC", case).strip())
        if item is not None:
            clauses.append("i.tag = ?")
            params.append(unicodedata.normalize("NFC", item).strip())
        if kind is not None:
            clauses.append("cp.kind = ?")
            params.append(kind)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(self._CAPTURE_SELECT + where + " ORDER BY cp.id", params)
        return [self._capture(row) for row in rows]

    def capture(self, capture_id: int) -> Capture:
        row = self.conn.execute(self._CAPTURE_SELECT + " WHERE cp.id = ?", (capture_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no capture with id {capture_id}")
        return self._capture(row)

    def captures_by_sha256(self, sha256: str) -> list[Capture]:
        rows = self.conn.execute(self._CAPTURE_SELECT + " WHERE cp.sha256 = ? ORDER BY cp.id", (sha256.lower(),))
        return [self._capture(row) for row in rows]

    def capture_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM captures").fetchone()[0])

    def duplicate_of(self, item: Item, sha256: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM captures WHERE item_id = ? AND sha256 = ?", (item.id, sha256)
        ).fetchone()
        return int(row[0]) if row else None

    def record_capture(
        self,
        item: Item,
        staged: StagedMedia,
        *,
        kind: str,
        media_type: str,
        original_name: str,
        captured_at: str | None,
        source: str,
        metadata: dict[str, Any],
    ) -> int:
        """Make a published media file a capture: one transaction with its custody event."""
        if kind not in CAPTURE_KINDS:
            raise InvalidValueError(f"the kind must be one of: {', '.join(CAPTURE_KINDS)}")
        capture_uuid = str(uuid.uuid4())
        now = timestamp(self.clock())
        with self.write() as conn:
            cursor = conn.execute(
                "INSERT INTO captures (uuid, item_id, kind, media_type, original_name, sha256, size, captured_at,"
                " imported_at, operator_id, source, metadata, media_id, media_salt, encrypted_size)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    capture_uuid, item.id, kind, media_type, original_name, staged.sha256, staged.size,
                    captured_at, now, self.operator.id, source, custody.canonical_json(metadata),
                    staged.media_id, staged.salt, staged.encrypted_size,
                ),
            )  # fmt: skip
            self.log(
                "capture.imported",
                f"capture:{capture_uuid}",
                {"item": item.uuid, "kind": kind, "sha256": staged.sha256, "size": staged.size,
                 "original_name": original_name, "source": source},
                at=now,
            )  # fmt: skip
            return int(cursor.lastrowid)

    def _media_ref(self, capture_id: int) -> tuple[str, bytes, str, int]:
        row = self.conn.execute(
            "SELECT media_id, media_salt, sha256, size FROM captures WHERE id = ?", (capture_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no capture with id {capture_id}")
        return row[0], bytes(row[1]), row[2], int(row[3])

    def read_original(self, capture_id: int) -> Iterator[bytes]:
        """Yield the original's bytes; raise MediaCorruptError at the end if they do not match the recorded hash.

        Anything consumed before the generator finishes is unverified.
        """
        media_id, salt, expected_sha, expected_size = self._media_ref(capture_id)
        digest = hashlib.sha256()
        size = 0
        for chunk in self.media.read(media_id, salt):
            digest.update(chunk)
            size += len(chunk)
            if size > expected_size:
                raise MediaCorruptError(f"capture {capture_id} is longer than recorded")
            yield chunk
        if size != expected_size or digest.hexdigest() != expected_sha:
            raise MediaCorruptError(f"capture {capture_id} does not match its acquisition SHA-256")

    def export_original(self, capture_id: int, out: Path) -> Path:
        """Write the original bit-exact to ``out`` (or into it, if a folder); refuses when the hash differs.

        The bytes go to a hidden temporary name beside the target and are renamed only once verified, so a
        failed export never leaves a file that looks complete.
        """
        capture = self.capture(capture_id)
        target = out.expanduser()
        if target.is_dir():
            target = target / _safe_file_name(capture.original_name, capture.id)
        if target.exists() or target.is_symlink():
            raise ExportError(f"{target} already exists: fieldkit never overwrites a file on export")
        partial = target.with_name(f".{target.name}.fieldkit-partial-{secrets.token_hex(4)}")
        try:
            with fsutil.open_new_private(partial) as sink:
                for chunk in self.read_original(capture_id):
                    sink.write(chunk)
                os.fsync(sink.fileno())
            os.link(partial, target)  # fails rather than replaces if the target appeared meanwhile
        except FileExistsError:
            raise ExportError(f"{target} already exists: fieldkit never overwrites a file on export") from None
        except (FileNotFoundError, NotADirectoryError):
            raise ExportError(f"the folder {target.parent} does not exist") from None
        except PermissionError:
            raise ExportError(f"fieldkit may not write into {target.parent}") from None
        except OSError as exc:
            raise fsutil.storage_error(exc, "exporting an original") from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        with contextlib.suppress(OSError):
            fsutil.fsync_dir(target.parent)
        with self.write():
            self.log("capture.exported", f"capture:{capture.uuid}", {"sha256": capture.sha256, "to": str(target)})
        return target

    def delete_capture(self, capture_id: int, reason: str = "") -> Capture:
        """Delete a capture so nothing of it can be recovered from the store; custody keeps that it existed."""
        capture = self.capture(capture_id)
        media_id, _salt, _sha, _size = self._media_ref(capture_id)
        with self.write() as conn:
            conn.execute("DELETE FROM captures WHERE id = ?", (capture_id,))
            self.log(
                "capture.deleted",
                f"capture:{capture.uuid}",
                {"sha256": capture.sha256, "size": capture.size, "original_name": capture.original_name,
                 "item": capture.item_tag, "reason": reason},
            )  # fmt: skip
        # The row (with the file's key salt) is gone; push it out of the WAL too, then remove the file.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.media.delete(media_id)
        return capture

    # --- custody and checks -----------------------------------------------------------------------------------

    def custody_events(self, subject: str | None = None) -> list[CustodyEvent]:
        return list(custody.events(self.conn, subject))

    def check(self, progress: Callable[[str, int, int], None] | None = None) -> CheckReport:
        """Check everything: database pages, cipher HMACs, custody chain, every media file against its hash."""
        results = [
            self._check_database(),
            self._check_custody(),
            self._check_slots(),
            self._check_media(progress),
        ]
        return CheckReport(results)

    def _check_database(self) -> CheckResult:
        problems: list[str] = []
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(str(r) for r in rows[:20])
            cipher_rows = [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            problems.extend(cipher_rows[:20])
            fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{len(fk)} records refer to records that do not exist")
        except sqlite.DatabaseError as exc:
            problems.append(f"the database cannot be read: {exc}")
        summary = "database pages and their HMACs are intact" if not problems else "database damaged"
        return CheckResult("database", not problems, summary, problems)

    def _check_custody(self) -> CheckResult:
        count, problems = custody.verify_chain(self.conn)
        summary = f"{count} custody entries, chain intact" if not problems else "custody chain broken"
        return CheckResult("custody", not problems, summary, problems)

    def _check_slots(self) -> CheckResult:
        problems = []
        for name, slot_id in self.conn.execute(
            "SELECT name, slot_id FROM operators WHERE removed_at IS NULL"
        ).fetchall():
            if not slot_id or not self.slots.path_of(slot_id).is_file():
                problems.append(f"operator '{name}' has no key slot")
        summary = f"{self.slots.count()} key slots" if not problems else "key slots missing"
        return CheckResult("key slots", not problems, summary, problems)

    def _check_media(self, progress: Callable[[str, int, int], None] | None) -> CheckResult:
        problems: list[str] = []
        rows = self.conn.execute("SELECT id, media_id FROM captures ORDER BY id").fetchall()
        referenced = set()
        for index, (capture_id, media_id) in enumerate(rows, 1):
            referenced.add(media_id)
            try:
                for _chunk in self.read_original(capture_id):
                    pass
            except MediaCorruptError as exc:
                problems.append(f"capture {capture_id}: {exc}")
            except FieldkitError as exc:
                problems.append(f"capture {capture_id}: {exc}")
            if progress:
                progress("media", index, len(rows))
        orphans = [m for m in self.media.stored_ids() if m not in referenced]
        if orphans:
            problems.append(f"{len(orphans)} media files belong to no capture")
        summary = f"{len(rows)} media files decrypt to their acquisition SHA-256" if not problems else "media damaged"
        return CheckResult("media", not problems, summary, problems)

    # --- wiping ------------------------------------------------------------------------------------------------

    @staticmethod
    def wipe(folder: Path, *, remove_rest: bool = True) -> WipeReport:
        """Destroy every key slot (overwrite, flush, delete) so nobody can open the store, then remove the rest.

        Needs no passphrase and ignores the store lock on purpose: it is the emergency action.
        """
        folder = folder.expanduser().absolute()
        check_store_folder(folder)
        started = time.monotonic()
        destroyed = KeySlots(folder / "keys", DEFAULT_LIMITS).destroy_all()
        seconds = time.monotonic() - started
        removed = False
        if remove_rest:
            shutil.rmtree(folder, ignore_errors=True)
            removed = not folder.exists()
        return WipeReport(destroyed, seconds, removed)


def _fingerprint(private: Ed25519PrivateKey) -> str:
    blob = private.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    wire = base64.b64decode(blob.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(wire).digest()).decode().rstrip("=")


def _check_time(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidValueError(f"'{value}' is not a date and time like 2026-11-25T14:30:00Z") from exc
    return value


def _safe_file_name(name: str, capture_id: int) -> str:
    base = Path(name.replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '/\\:*?"<>|').strip(" .")
    return base or f"capture-{capture_id}"


@contextlib.contextmanager
def _transaction(conn: db.Connection) -> Iterator[db.Connection]:
    if conn.in_transaction:  # nested in a caller's batch: the outer block commits or rolls back
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlite.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _sqlite_error(exc: sqlite.OperationalError) -> StoreError:
    message = str(exc).lower()
    if "full" in message:
        return fsutil.storage_error(OSError(28, "No space left on device"), "writing the database")
    if "disk i/o" in message or "readonly" in message:
        return fsutil.storage_error(OSError(5, "Input/output error"), "writing the database")
    if "locked" in message or "busy" in message:
        return StoreInUseError("the store's database is busy")
    return StoreError(f"the database refused a change: {exc}")
