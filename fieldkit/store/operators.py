"""Operators and their key slots: the ``operators`` table, kept in step with the slot files in keys/.

Design: every operator holds a slot that wraps the store's master key under their passphrase (keyslots.py); this
part is the only code that names the ``operators`` table, so a row and its slot file are made and removed together.
The master key is held here while the store is unlocked, only to wrap it into new slots, and dropped on close.
"""

from __future__ import annotations

import uuid

from fieldkit.config import KdfParams
from fieldkit.errors import OperatorError, WrongPassphraseError
from fieldkit.models import Operator
from fieldkit.store.db import Connection
from fieldkit.store.keyslots import KeySlots, SlotPayload
from fieldkit.store.session import Session, clean_name, normalized, timestamp


def load_operator(conn: Connection, operator_id: str) -> Operator | None:
    """The operator a key slot names, if it exists and was not removed (read before the session opens)."""
    row = conn.execute("SELECT id, name, created_at, removed_at FROM operators WHERE id = ?", (operator_id,)).fetchone()
    if row is None or row[3] is not None:
        return None
    return Operator(*row)


class Operators:
    def __init__(self, session: Session, slots: KeySlots, master_key: bytes) -> None:
        self._session = session
        self.slots = slots
        self._master = master_key

    def forget_master_key(self) -> None:
        self._master = b""

    def active(self) -> list[Operator]:
        rows = self._session.conn.execute(
            "SELECT id, name, created_at, removed_at FROM operators WHERE removed_at IS NULL ORDER BY name"
        )
        return [Operator(*row) for row in rows]

    def names(self) -> dict[str, str]:
        """Every operator's name by id, removed ones included (their captures and custody entries stay)."""
        return {str(row[0]): str(row[1]) for row in self._session.conn.execute("SELECT id, name FROM operators")}

    def slot_owners(self) -> list[tuple[str, str | None]]:
        """(name, slot id) of every active operator, for the store check."""
        rows = self._session.conn.execute("SELECT name, slot_id FROM operators WHERE removed_at IS NULL")
        return [(str(name), slot_id) for name, slot_id in rows]

    def _find(self, name: str) -> tuple[Operator, str]:
        row = self._session.conn.execute(
            "SELECT id, name, created_at, removed_at, slot_id FROM operators"
            " WHERE name = ? COLLATE NOCASE AND removed_at IS NULL",
            (normalized(name),),
        ).fetchone()
        if row is None:
            raise OperatorError(f"there is no operator named '{name}'")
        return Operator(*row[:4]), str(row[4])

    def confirm(self, name: str, passphrase: str) -> Operator:
        """The active operator ``name``, proven by their own passphrase opening their own key slot (a second person's
        signature on a handover). Raises OperatorError for no such operator, WrongPassphraseError for a wrong one."""
        operator, slot_id = self._find(name)
        opened, payload = self.slots.unlock(passphrase, operator.name)
        if opened != slot_id or payload.operator_id != operator.id:
            raise WrongPassphraseError(f"wrong passphrase for operator '{operator.name}'")
        return operator

    def insert(self, operator: Operator, slot_id: str) -> None:
        """The row of an operator whose slot was just made; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO operators (id, name, slot_id, created_at) VALUES (?, ?, ?, ?)",
                (operator.id, operator.name, slot_id, operator.created_at),
            )

    def add(self, name: str, passphrase: str, kdf: KdfParams) -> Operator:
        limits = self._session.limits
        name = clean_name(name, "operator name", limits)
        if len(self.active()) >= limits.max_operators:
            raise OperatorError(f"the store already has {limits.max_operators} operators")
        if any(o.name.casefold() == name.casefold() for o in self.active()):
            raise OperatorError(f"an operator named '{name}' already exists")
        operator = Operator(str(uuid.uuid4()), name, timestamp(self._session.clock()))
        slot_id = self.slots.new_slot_id()
        self.slots.create(slot_id, SlotPayload(operator.id, name, self._master), passphrase, kdf)
        try:
            with self._session.write():
                self.insert(operator, slot_id)
                self._session.log("operator.added", f"operator:{operator.id}", {"name": name})
        except BaseException:
            self.slots.destroy(slot_id)
            raise
        return operator

    def change_passphrase(self, name: str, passphrase: str, kdf: KdfParams) -> None:
        operator, slot_id = self._find(name)
        self.slots.replace(slot_id, SlotPayload(operator.id, operator.name, self._master), passphrase, kdf)
        with self._session.write():
            self._session.log("operator.passphrase_changed", f"operator:{operator.id}", {"name": operator.name})

    def remove(self, name: str) -> None:
        operator, slot_id = self._find(name)
        if len(self.active()) <= 1:
            raise OperatorError("the last operator cannot be removed: add another operator first")
        with self._session.write() as conn:
            conn.execute(
                "UPDATE operators SET removed_at = ?, slot_id = NULL WHERE id = ?",
                (self._session.now(), operator.id),
            )
            self._session.log("operator.removed", f"operator:{operator.id}", {"name": operator.name})
        self.slots.destroy(slot_id)
