"""The store: one folder holding an encrypted evidence store (design: docs/store.md).

Design: ``Store`` does the lifecycle only (create, unlock, close, the one-process lock, wipe) and composes the
parts that own the tables, one module each over one ``Session`` (Anki's Collection with its managers): operators
and key slots (``store.keyholders``), the device identity (``store.device``), cases, items and sites
(``store.records``), captures and their media (``store.originals``), settings, custody, OCR text, page views,
perceptual hashes, biometric records, the outbox, the bundle ledger and the amendments (``store.amendments``). Only
fieldkit/store/ holds the database connection. The methods below that only forward to a part keep older callers
working.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import secrets
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import portalocker
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit._internal import fsutil
from fieldkit._internal.textsearch import index_text
from fieldkit.config import DEFAULT_LIMITS, KdfParams, Limits
from fieldkit.errors import OperatorError, StoreExistsError, StoreFormatError, StoreInUseError, StoreNotFoundError
from fieldkit.models import Capture, Case, CustodyEvent, Flag, Item, Operator, Site
from fieldkit.store import db
from fieldkit.store.acquisitions import Acquisitions
from fieldkit.store.amendments import Amendments
from fieldkit.store.analyses import Analyses
from fieldkit.store.biometrics import Biometrics
from fieldkit.store.captures import Captures
from fieldkit.store.check import CheckReport as CheckReport
from fieldkit.store.check import CheckResult as CheckResult
from fieldkit.store.check import check_store
from fieldkit.store.custody import CustodyLog
from fieldkit.store.device import Device, fingerprint_of
from fieldkit.store.identification import Identification
from fieldkit.store.keyslots import MASTER_KEY_LEN, KeySlots, SkippedSlot, SlotPayload, is_slot_file_name
from fieldkit.store.ledger import Ledger
from fieldkit.store.media import FileLayer, MediaStore, StagedMedia
from fieldkit.store.ocr_index import OcrIndex
from fieldkit.store.operators import Operators, load_operator
from fieldkit.store.outbox import Outbox
from fieldkit.store.page_views import PageViews
from fieldkit.store.records import Records
from fieldkit.store.samples import Samples
from fieldkit.store.session import Clock as Clock
from fieldkit.store.session import Session
from fieldkit.store.session import clean_name as clean_name
from fieldkit.store.session import clean_text as clean_text
from fieldkit.store.session import timestamp as timestamp
from fieldkit.store.session import utc_now as utc_now
from fieldkit.store.settings import Settings
from fieldkit.store.similarity import Similarity
from fieldkit.store.watchlist import Watchlist

STORE_FORMAT = "fieldkit-store"
STORE_VERSION = 1
MARKER_NAME = "fieldkit-store.json"
LOCK_NAME = "store.lock"
DB_NAME = "records.db"


def _subkey(master: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(master)


@dataclass(frozen=True)
class WipeReport:
    slots_destroyed: int
    seconds: float
    removed_rest: bool


class _StoreLock:
    """An exclusive lock on ``store.lock`` held while a store is open: one fieldkit process per store at a time.
    portalocker takes it with flock on Linux and macOS and LockFileEx/msvcrt on Windows (before it, Windows had no
    guard but SQLite's own); the operating system drops it when the process ends, however it ends."""

    def __init__(self, path: Path) -> None:
        self._file: io.FileIO | None = None
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise StoreNotFoundError(f"no fieldkit store at {path.parent}") from None
        handle = os.fdopen(fd, "r+b", buffering=0)
        try:
            portalocker.lock(handle, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            handle.close()
            raise StoreInUseError("the store is open in the fieldkit window or in another fieldkit command") from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the lock
            self._file = None


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
        self, folder: Path, lock: _StoreLock, session: Session, master_key: bytes, file_layer: FileLayer
    ) -> None:
        self.folder = folder
        # Slot files the unlock skipped (damaged, planted, beyond the bounds or too many): shown, never fatal.
        self.unlock_warnings: list[SkippedSlot] = []
        self._lock = lock
        self._session = session
        limits = session.limits
        self.slots = KeySlots(folder / "keys", limits)
        self.media = MediaStore(folder, _subkey(master_key, "fieldkit media root v1"), limits, file_layer)
        # The parts, each the only owner of its tables (docs/store.md, "Who owns which table").
        self.keyholders = Operators(session, self.slots, master_key)
        self.device = Device(session)
        self.records = Records(session)
        self.originals = Captures(session, self.media, self.records, self.keyholders)
        self.acquisitions = Acquisitions(session, self.records, self.keyholders)
        self.settings = Settings(session)
        self.custody = CustodyLog(session)
        self.ocr_index = OcrIndex(session)
        self.page_views = PageViews(session)
        self.analyses = Analyses(session)
        self.similarity = Similarity(session)
        self.biometrics = Biometrics(session)
        self.identification = Identification(session)
        self.samples = Samples(session, self.records)
        self.watchlist = Watchlist(session)
        self.outbox = Outbox(session)
        self.ledger = Ledger(session)
        self.amendments = Amendments(session)  # listens to the custody log: a change to what HQ holds

    @property
    def limits(self) -> Limits:
        return self._session.limits

    @property
    def clock(self) -> Clock:
        return self._session.clock

    @property
    def operator(self) -> Operator:
        return self._session.operator

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
            session = Session(db.connect(building / DB_NAME, _subkey(master_key, "fieldkit sqlcipher v1")), limits,
                              clock, operator)  # fmt: skip
            try:
                db.migrate(session.conn)
                private = Ed25519PrivateKey.generate()
                device_id = str(uuid.uuid4())
                now = timestamp(clock())
                with session.write():
                    Operators(session, slots, master_key).insert(operator, slot_id)
                    Device(session).create(device_id, private, now)
                    session.log("store.created", f"device:{device_id}",
                                {"schema_version": db.SCHEMA_VERSION, "device_fingerprint": fingerprint_of(private)},
                                at=now)  # fmt: skip
                    session.log("operator.added", f"operator:{operator.id}", {"name": operator.name}, at=now)
                session.checkpoint()
            finally:
                session.close()
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
        slots = KeySlots(folder / "keys", limits)
        try:
            _slot_id, payload = slots.unlock(passphrase, operator)
        except BaseException:
            lock.release()
            raise
        store = cls._open_with(folder, payload, limits, clock, file_layer, lock)
        store.unlock_warnings = slots.skipped
        return store

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
                found = db.migrate(conn)
                operator = load_operator(conn, payload.operator_id)
                if operator is None:
                    raise OperatorError("this operator has been removed from the store")
                store = cls(folder, lock, Session(conn, limits, clock, operator), payload.master_key,
                            file_layer or FileLayer())  # fmt: skip
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        store.media.sweep(store.originals.media_ids())
        if found < db.REINDEX_SEARCH:  # the search normaliser changed since this store was last opened
            store.ocr_index.reindex(index_text)
        return store

    def close(self) -> None:
        self._session.close()
        self.keyholders.forget_master_key()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _conn(self) -> db.Connection:
        """The database connection, for the parts of fieldkit/store/ (and tests that tamper with the database)."""
        return self._session.conn

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One transaction around several changes, of any parts (group commit); storage failures come out as
        DiskFullError / StorageIOError. Nested uses join the outer transaction."""
        with self._session.write():
            yield

    def log(self, action: str, subject: str, details: dict[str, Any], at: str | None = None) -> None:
        """Append a custody event; call inside ``write()`` with the change it records."""
        self._session.log(action, subject, details, at)

    def check(self, progress: Callable[[str, int, int], None] | None = None) -> CheckReport:
        """Check everything: database pages, cipher HMACs, custody chain, every media file against its hash."""
        return check_store(self._session, self.keyholders, self.originals, progress)

    # --- forwarding to the parts (kept for the callers written before the parts existed) ----------------------

    def operators(self) -> list[Operator]:
        return self.keyholders.active()

    def add_operator(self, name: str, passphrase: str, kdf: KdfParams | None = None) -> Operator:
        return self.keyholders.add(name, passphrase, kdf or KdfParams())

    def change_passphrase(self, name: str, passphrase: str, kdf: KdfParams | None = None) -> None:
        self.keyholders.change_passphrase(name, passphrase, kdf or KdfParams())

    def remove_operator(self, name: str) -> None:
        self.keyholders.remove(name)

    @property
    def device_id(self) -> str:
        return self.device.id

    def device_fingerprint(self) -> str:
        return self.device.fingerprint()

    def device_public_key_openssh(self) -> str:
        return self.device.public_key_openssh()

    def device_allowed_signers_line(self) -> str:
        return self.device.allowed_signers_line()

    def device_signing_key(self) -> Ed25519PrivateKey:
        return self.device.signing_key()

    def case(self, name: str) -> Case | None:
        return self.records.case(name)

    def cases(self) -> list[Case]:
        return self.records.cases()

    def ensure_case(self, name: str, reference: str = "") -> Case:
        return self.records.ensure_case(name, reference)

    def item(self, case: Case, tag: str) -> Item | None:
        return self.records.item(case, tag)

    def item_by_id(self, item_id: int) -> Item:
        return self.records.item_by_id(item_id)

    def items(self, case: Case | None = None) -> list[Item]:
        return self.records.items(case)

    def ensure_item(self, case: Case, tag: str, category: str = "other") -> Item:
        return self.records.ensure_item(case, tag, category)

    def update_item(self, item: Item, **changes: str | int | None) -> Item:
        return self.records.update_item(item, **changes)

    def sites(self, case: Case) -> list[Site]:
        return self.records.sites(case)

    def site(self, case: Case, name: str) -> Site | None:
        return self.records.site(case, name)

    def add_site(self, case: Case, name: str, latitude: float | None = None, longitude: float | None = None,
                 mgrs: str = "", description: str = "") -> Site:  # fmt: skip
        return self.records.add_site(case, name, latitude, longitude, mgrs, description)

    def captures(self, case: str | None = None, item: str | None = None, kind: str | None = None) -> list[Capture]:
        return self.originals.find(case, item, kind)

    def capture(self, capture_id: int) -> Capture:
        return self.originals.get(capture_id)

    def captures_by_sha256(self, sha256: str) -> list[Capture]:
        return self.originals.by_sha256(sha256)

    def capture_count(self) -> int:
        return self.originals.count()

    def duplicate_of(self, item: Item, sha256: str) -> int | None:
        return self.originals.duplicate_of(item, sha256)

    def record_capture(self, item: Item, staged: StagedMedia, *, kind: str, media_type: str, original_name: str,
                       captured_at: str | None, source: str, metadata: dict[str, Any]) -> int:  # fmt: skip
        return self.originals.record(item, staged, kind=kind, media_type=media_type, original_name=original_name,
                                     captured_at=captured_at, source=source, metadata=metadata)  # fmt: skip

    def read_original(self, capture_id: int) -> Iterator[bytes]:
        return self.originals.read(capture_id)

    def export_original(self, capture_id: int, out: Path) -> Path:
        return self.originals.export(capture_id, out)

    def delete_capture(self, capture_id: int, reason: str = "", *, refuse_bundled: bool = False) -> Capture:
        return self.originals.delete(capture_id, reason, refuse_bundled=refuse_bundled)

    def move_capture(self, capture_id: int, item: Item, reason: str) -> Capture:
        return self.originals.move(capture_id, item.id, reason)

    def flag_capture(self, capture_id: int, reason: str) -> Capture:
        """Mark a capture for review (custody event ``capture.flagged``); an empty reason is refused."""
        return self.originals.flag(capture_id, reason)

    def unflag_capture(self, capture_id: int, resolution: str = "") -> Capture:
        """Clear a capture's flag (custody event ``capture.unflagged``); refused for a capture not flagged."""
        return self.originals.unflag(capture_id, resolution)

    def flag_of(self, capture_id: int) -> Flag | None:
        return self.originals.flag_of(capture_id)

    def flags(self) -> dict[int, Flag]:
        """The captures flagged now, by capture id."""
        return self.originals.flags()

    def custody_events(self, subject: str | None = None) -> list[CustodyEvent]:
        return self.custody.events(subject)

    # --- wiping ------------------------------------------------------------------------------------------------

    @staticmethod
    def wipe(folder: Path, *, remove_rest: bool = True) -> WipeReport:
        """Destroy every key slot (overwrite, flush, delete) so nobody can open the store, then remove the rest.

        Needs no passphrase and ignores the store lock on purpose: it is the emergency action. Needs nothing but the
        folder either: a missing, damaged or newer marker does not stop it when ``keys/`` holds slot files. Without a
        marker this fieldkit reads, only what fieldkit puts in a store is removed (the folder goes if that empties it),
        so a wrong folder never loses a file fieldkit did not make.
        """
        folder = folder.expanduser().absolute()
        try:
            check_store_folder(folder)
            marked = True
        except (StoreNotFoundError, StoreFormatError):
            if not (folder / MARKER_NAME).is_file() and not _holds_slot_files(folder / "keys"):
                raise
            marked = False
        started = time.monotonic()
        destroyed = KeySlots(folder / "keys", DEFAULT_LIMITS).destroy_all()
        seconds = time.monotonic() - started
        removed = False
        if remove_rest:
            if marked:
                shutil.rmtree(folder, ignore_errors=True)
            else:
                _remove_store_entries(folder)
            removed = not folder.exists()
        return WipeReport(destroyed, seconds, removed)


# What fieldkit puts in a store folder (docs/store.md, "Folder layout"): all that a wipe removes without a marker.
_STORE_ENTRIES = (MARKER_NAME, LOCK_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "keys", "media", "staging")


def _holds_slot_files(keys: Path) -> bool:
    try:
        return keys.is_dir() and any(is_slot_file_name(p.name) for p in keys.iterdir())
    except OSError:
        return False


def _remove_store_entries(folder: Path) -> None:
    for name in _STORE_ENTRIES:
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
                path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when nothing else is left
