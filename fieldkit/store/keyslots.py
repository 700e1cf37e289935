"""Key slots: the master key wrapped once per operator under an Argon2id key (format: docs/store.md, "Key slots").

A slot file reveals only that a slot exists and its KDF parameters: the operator's name and id are inside the
encrypted payload, so a copied disk does not tell who the operators are.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
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

    def path_of(self, slot_id: str) -> Path:
        if not (len(slot_id) == 32 and all(c in "0123456789abcdef" for c in slot_id)):
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
        """Overwrite, flush and delete every slot: afterwards nobody can open the store. Returns how many."""
        count = 0
        for path in self.slot_files():
            fsutil.overwrite_and_unlink(path)
            count += 1
        if self.folder.is_dir():
            for leftover in self.folder.iterdir():
                if leftover.is_file():
                    fsutil.overwrite_and_unlink(leftover)
            fsutil.fsync_dir(self.folder)
        return count

    def _read(self, path: Path) -> dict[str, object] | None:
        try:
            if path.stat().st_size > self.limits.max_slot_file_bytes:
                return None
            document = json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, ValueError):
            return None
        if (
            not isinstance(document, dict)
            or document.get("format") != SLOT_FORMAT
            or document.get("version") != SLOT_VERSION
        ):
            return None
        return document

    def unlock(self, passphrase: str, operator_name: str | None = None) -> tuple[str, SlotPayload]:
        """Find the slot this passphrase opens (for ``operator_name`` if given); return its id and payload.

        Raises WrongPassphraseError without writing anything when no slot opens.
        """
        secret = normalise_passphrase(passphrase, self.limits)
        documents = [(p, d) for p in self.slot_files() if (d := self._read(p)) is not None]
        if not documents:
            raise StoreFormatError("the store has no readable key slot (was it wiped?)")
        wanted = unicodedata.normalize("NFC", operator_name).casefold() if operator_name else None
        for path, document in documents:
            params = KdfParams.from_json(document.get("kdf"), self.limits)
            kdf_doc = document["kdf"]
            assert isinstance(kdf_doc, dict)
            salt = _unb64(kdf_doc.get("salt"))
            nonce = _unb64(document.get("nonce"))
            wrapped = _unb64(document.get("wrapped"))
            if len(salt) < 16 or len(nonce) != 12:
                continue
            header = {k: v for k, v in document.items() if k not in ("nonce", "wrapped")}
            try:
                plain = AESGCM(_derive(secret, salt, params)).decrypt(nonce, wrapped, _aad(header))
            except InvalidTag:
                continue
            payload = SlotPayload.from_bytes(plain)
            if wanted is not None and unicodedata.normalize("NFC", payload.operator_name).casefold() != wanted:
                continue
            slot_id = str(document.get("slot", ""))
            self.path_of(slot_id)
            if path.name.endswith(_PENDING_SUFFIX):
                self._promote(path, slot_id)
            return slot_id, payload
        raise WrongPassphraseError("wrong passphrase" + (f" for operator '{operator_name}'" if operator_name else ""))

    def _promote(self, pending: Path, slot_id: str) -> None:
        # Only reached after the pending slot proved itself by opening with the passphrase just typed.
        final = self.path_of(slot_id)
        with fsutil.storage_errors("finishing an interrupted passphrase change"):
            fsutil.overwrite_and_unlink(final)
            os.replace(pending, final)
            fsutil.fsync_dir(self.folder)
