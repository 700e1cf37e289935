"""Key slots: the master key wrapped once per operator under an Argon2id key (format: docs/store.md, "Key slots").

A slot file reveals only that a slot exists and its KDF parameters: the operator's name and id are inside the
encrypted payload, so a copied disk does not tell who the operators are.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldkit._internal import fsutil
from fieldkit.config import KdfParams, Limits
from fieldkit.errors import PassphraseError, StoreFormatError, WrongPassphraseError

SLOT_FORMAT = "fieldkit-keyslot"
SLOT_VERSION = 1
SLOT_SUFFIX = ".slot"
_PENDING_SUFFIX = ".slot.new"
MASTER_KEY_LEN = 32


@dataclass(frozen=True)
class SlotPayload:
    operator_id: str
    operator_name: str
    master_key: bytes

    def to_bytes(self) -> bytes:
        meta = json.dumps({"operator_id": self.operator_id, "operator": self.operator_name}, sort_keys=True)
        return self.master_key + meta.encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotPayload:
        try:
            meta = json.loads(data[MASTER_KEY_LEN:].decode("utf-8"))
            return cls(str(meta["operator_id"]), str(meta["operator"]), bytes(data[:MASTER_KEY_LEN]))
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreFormatError("key slot payload is malformed") from exc


@dataclass(frozen=True)
class SkippedSlot:
    """A slot file an unlock did not try, and why: a warning for the operators, never a reason to refuse them all."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"key slot file {self.name}: {self.reason}"


@dataclass(frozen=True)
class _Candidate:
    """A slot file that parsed and whose parameters are within the bounds (not yet proven by a passphrase)."""

    path: Path
    slot_id: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    aad: bytes


class _NotASlot(Exception):
    """A file in keys/ that cannot be a slot (not a regular file, too large); its message says why."""


def _read_small_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; a link, FIFO or device planted there is not opened for
    reading in a way that could block, and a larger file is not read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _NotASlot("is not a regular file")
        if info.st_size > max_bytes:
            raise _NotASlot(f"is larger than {max_bytes} bytes")
        data = os.read(fd, max_bytes + 1)
        if len(data) > max_bytes:
            raise _NotASlot(f"is larger than {max_bytes} bytes")
        return data
    finally:
        os.close(fd)


def _overwrite_head_and_unlink(path: Path, max_bytes: int) -> None:
    """Overwrite a slot file with random bytes (at most ``max_bytes``: no real slot is larger), flush, delete."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode):
                os.write(fd, os.urandom(min(info.st_size, max_bytes)))
                os.fsync(fd)
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _is_slot_id(text: str) -> bool:
    return len(text) == 32 and all(c in "0123456789abcdef" for c in text)


def is_slot_file_name(name: str) -> bool:
    """Whether a file name is one fieldkit gives a key slot (or its pending replacement)."""
    return _is_slot_id(name.removesuffix(_PENDING_SUFFIX).removesuffix(SLOT_SUFFIX)) and name.endswith(
        (SLOT_SUFFIX, _PENDING_SUFFIX)
    )


def _size_or_zero(path: Path) -> int:
    try:
        return path.lstat().st_size
    except OSError:
        return 0


def _age_order(path: Path) -> tuple[int, str]:
    try:
        return path.lstat().st_ctime_ns, path.name
    except OSError:
        return 0, path.name


def _skipped_note(skipped: list[SkippedSlot]) -> str:
    if not skipped:
        return ""
    untried = sum(1 for s in skipped if s.reason.startswith("not tried"))
    unusable = len(skipped) - untried
    parts = ([f"{unusable} key slot files could not be used"] if unusable else []) + (
        [f"{untried} key slot files were not tried"] if untried else [])  # fmt: skip
    return f" ({' and '.join(parts)}: {'; '.join(str(s) for s in skipped[:3])}{'; ...' if len(skipped) > 3 else ''})"


def normalise_passphrase(passphrase: str, limits: Limits) -> bytes:
    """NFC-normalise so the same typed passphrase opens the slot on any keyboard or OS."""
    if len(passphrase) > limits.max_passphrase_chars:
        raise PassphraseError(f"the passphrase is longer than {limits.max_passphrase_chars} characters")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str, limits: Limits) -> None:
    if len(passphrase.strip()) < limits.min_passphrase_chars:
        raise PassphraseError(f"the passphrase must have at least {limits.min_passphrase_chars} characters")
    normalise_passphrase(passphrase, limits)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise StoreFormatError("key slot field is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError as exc:
        raise StoreFormatError("key slot field is not valid base64") from exc


def _aad(header: dict[str, object]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _derive(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase)


class KeySlots:
    """The ``keys/`` folder of a store."""

    def __init__(self, folder: Path, limits: Limits) -> None:
        self.folder = folder
        self.limits = limits
        # The slot files the last unlock could not use or did not try (planted, damaged, or too many).
        self.skipped: list[SkippedSlot] = []

    def path_of(self, slot_id: str) -> Path:
        if not _is_slot_id(slot_id):
            raise StoreFormatError("malformed key slot id")
        return self.folder / f"{slot_id}{SLOT_SUFFIX}"

    def slot_files(self) -> list[Path]:
        """Every slot file, including a replacement left behind by an interrupted passphrase change."""
        if not self.folder.is_dir():
            return []
        return sorted(
            p for p in self.folder.iterdir() if p.name.endswith((SLOT_SUFFIX, _PENDING_SUFFIX)) and p.is_file()
        )

    def count(self) -> int:
        return sum(1 for p in self.slot_files() if p.name.endswith(SLOT_SUFFIX))

    @staticmethod
    def new_slot_id() -> str:
        return secrets.token_hex(16)

    def _seal(self, slot_id: str, payload: SlotPayload, passphrase: str, params: KdfParams) -> bytes:
        check_new_passphrase(passphrase, self.limits)
        salt = os.urandom(16)
        header: dict[str, object] = {
            "format": SLOT_FORMAT,
            "version": SLOT_VERSION,
            "slot": slot_id,
            "kdf": {**params.to_json(), "salt": _b64(salt)},
            "cipher": "AES-256-GCM",
        }
        nonce = os.urandom(12)
        wrapping_key = _derive(normalise_passphrase(passphrase, self.limits), salt, params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, payload.to_bytes(), _aad(header))
        document = {**header, "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("utf-8")

    def create(self, slot_id: str, payload: SlotPayload, passphrase: str, params: KdfParams) -> None:
        data = self._seal(slot_id, payload, passphrase, params)
        path = self.path_of(slot_id)
        if path.exists():
            raise StoreFormatError("a key slot with this id already exists")
        with fsutil.storage_errors("writing a key slot"):
            fsutil.write_file_durably(path, data)

    def replace(self, slot_id: str, payload: SlotPayload, passphrase: str, params: KdfParams) -> None:
        """Rewrite one slot under a new passphrase; the old slot's bytes are overwritten before it goes.

        A crash at any point leaves either the old slot or the new one usable: the new one is written in full
        beside the old one first, and ``unlock`` also tries such a pending replacement.
        """
        data = self._seal(slot_id, payload, passphrase, params)
        path = self.path_of(slot_id)
        pending = path.with_name(path.name[: -len(SLOT_SUFFIX)] + _PENDING_SUFFIX)
        with fsutil.storage_errors("changing a key slot"):
            if pending.exists():
                pending.unlink()
            with fsutil.open_new_private(pending) as fh:
                fh.write(data)
                os.fsync(fh.fileno())
            fsutil.fsync_dir(self.folder)
            fsutil.overwrite_and_unlink(path)
            os.replace(pending, path)
            fsutil.fsync_dir(self.folder)

    def destroy(self, slot_id: str) -> None:
        path = self.path_of(slot_id)
        with fsutil.storage_errors("destroying a key slot"):
            fsutil.overwrite_and_unlink(path)
            fsutil.overwrite_and_unlink(path.with_name(path.name[: -len(SLOT_SUFFIX)] + _PENDING_SUFFIX))
            fsutil.fsync_dir(self.folder)

    def destroy_all(self) -> int:
        """Overwrite, flush and delete every slot: afterwards nobody can open the store. Returns how many.

        The smallest files go first, and only a slot's worth of each is overwritten: a real slot is a few hundred
        bytes, so a huge file planted among them cannot hold up the emergency wipe (it is only deleted)."""
        if not self.folder.is_dir() or self.folder.is_symlink():  # fieldkit never makes keys/ a link: not followed
            return 0
        slots = self.slot_files()
        others = [p for p in self.folder.iterdir() if p not in slots and p.is_file()]
        for path in sorted(slots, key=_size_or_zero) + others:
            _overwrite_head_and_unlink(path, self.limits.max_slot_file_bytes)
        fsutil.fsync_dir(self.folder)
        return len(slots)

    def _read(self, path: Path) -> tuple[_Candidate | None, str]:
        """One slot file, parsed and checked without a passphrase, or None and why it cannot be used."""
        try:
            data = _read_small_regular_file(path, self.limits.max_slot_file_bytes)
        except _NotASlot as why:
            return None, str(why)
        except OSError as exc:
            return None, f"cannot be read ({exc.strerror or exc})"
        try:
            document = json.loads(data.decode("utf-8"))
        except ValueError:
            return None, "is not UTF-8 JSON"
        if not isinstance(document, dict) or document.get("format") != SLOT_FORMAT:
            return None, "is not a fieldkit key slot"
        if document.get("version") != SLOT_VERSION:
            return None, f"has key slot version {document.get('version')!r}, this fieldkit reads {SLOT_VERSION}"
        slot_id = document.get("slot")
        stem = path.name.removesuffix(_PENDING_SUFFIX).removesuffix(SLOT_SUFFIX)
        if slot_id != stem or not _is_slot_id(stem):
            return None, "names another slot than its file name"
        try:
            params = KdfParams.from_json(document.get("kdf"), self.limits)
            kdf_doc = document["kdf"]
            assert isinstance(kdf_doc, dict)  # from_json checked it
            salt = _unb64(kdf_doc.get("salt"))
            nonce = _unb64(document.get("nonce"))
            wrapped = _unb64(document.get("wrapped"))
        except StoreFormatError as exc:
            return None, str(exc).removeprefix("key slot ")
        if len(salt) < 16 or len(nonce) != 12 or len(wrapped) < MASTER_KEY_LEN + 16:
            return None, "has a salt, nonce or wrapped key of the wrong length"
        header = {k: v for k, v in document.items() if k not in ("nonce", "wrapped")}
        return _Candidate(path, slot_id, params, salt, nonce, wrapped, _aad(header)), ""

    def survey(self) -> tuple[list[_Candidate], list[SkippedSlot]]:
        """Every slot file read and checked without a passphrase: those an unlock tries, in the order it tries
        them, and those it skips, with why (malformed, beyond the bounds, or beyond ``max_slot_files``).

        The oldest files (by change time, which nobody but root can set back) come first: a file planted later
        than the operators' own slots is tried after them, and is the first left out when there are too many."""
        usable: list[_Candidate] = []
        skipped: list[SkippedSlot] = []
        for path in sorted(self.slot_files(), key=_age_order):
            candidate, why = self._read(path)
            if candidate is None:
                skipped.append(SkippedSlot(path.name, why))
            elif len(usable) >= self.limits.max_slot_files:
                skipped.append(SkippedSlot(path.name, f"not tried: more than {self.limits.max_slot_files} slot files"))
            else:
                usable.append(candidate)
        return usable, skipped

    def unlock(self, passphrase: str, operator_name: str | None = None) -> tuple[str, SlotPayload]:
        """Find the slot this passphrase opens (for ``operator_name`` if given); return its id and payload.

        Raises WrongPassphraseError without writing anything when no slot opens. Slot files that cannot be used are
        skipped, never fatal; ``skipped`` lists them afterwards (the CLI prints them, ``fieldkit check`` too).
        """
        secret = normalise_passphrase(passphrase, self.limits)
        candidates, self.skipped = self.survey()
        if not candidates:
            raise StoreFormatError("the store has no readable key slot (was it wiped?)" + _skipped_note(self.skipped))
        wanted = unicodedata.normalize("NFC", operator_name).casefold() if operator_name else None
        for candidate in candidates:
            try:
                key = _derive(secret, candidate.salt, candidate.params)
                plain = AESGCM(key).decrypt(candidate.nonce, candidate.wrapped, candidate.aad)
            except InvalidTag:
                continue
            payload = SlotPayload.from_bytes(plain)
            if wanted is not None and unicodedata.normalize("NFC", payload.operator_name).casefold() != wanted:
                continue
            if candidate.path.name.endswith(_PENDING_SUFFIX):
                self._promote(candidate.path, candidate.slot_id)
            return candidate.slot_id, payload
        # Which of the two is not said (the slots cannot tell without the passphrase, and must not be an oracle).
        named = f" for operator '{operator_name}', or no operator has that name" if operator_name else ""
        raise WrongPassphraseError("wrong passphrase" + named + _skipped_note(self.skipped))

    def _promote(self, pending: Path, slot_id: str) -> None:
        # Only reached after the pending slot proved itself by opening with the passphrase just typed.
        final = self.path_of(slot_id)
        with fsutil.storage_errors("finishing an interrupted passphrase change"):
            fsutil.overwrite_and_unlink(final)
            os.replace(pending, final)
            fsutil.fsync_dir(self.folder)
