"""Key slots: one per operator, Argon2id-wrapped, names hidden, crash-safe passphrase change."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from fieldkit.config import DEFAULT_LIMITS, TEST_KDF, KdfParams
from fieldkit.errors import PassphraseError, StoreFormatError, WrongPassphraseError
from fieldkit.store.keyslots import KeySlots, SlotPayload

MASTER = bytes(range(32))


@pytest.fixture
def slots(tmp_path: Path) -> KeySlots:
    folder = tmp_path / "keys"
    folder.mkdir()
    return KeySlots(folder, DEFAULT_LIMITS)


def add(slots: KeySlots, name: str, passphrase: str) -> str:
    slot_id = slots.new_slot_id()
    slots.create(slot_id, SlotPayload(f"id-{name}", name, MASTER), passphrase, TEST_KDF)
    return slot_id


def test_unlock_returns_the_operator_and_master_key(slots: KeySlots) -> None:
    slot_id = add(slots, "alice", "alice passphrase")
    add(slots, "bob", "bob passphrase")
    found_id, payload = slots.unlock("bob passphrase")
    assert payload.operator_name == "bob" and payload.master_key == MASTER
    found_id, payload = slots.unlock("alice passphrase", "ALICE")
    assert found_id == slot_id and payload.operator_name == "alice"


def test_wrong_passphrase_or_wrong_operator_is_refused(slots: KeySlots) -> None:
    add(slots, "alice", "alice passphrase")
    add(slots, "bob", "bob passphrase")
    with pytest.raises(WrongPassphraseError):
        slots.unlock("nope nope nope")
    with pytest.raises(WrongPassphraseError):
        slots.unlock("bob passphrase", "alice")


def test_slot_files_reveal_no_operator_name(slots: KeySlots) -> None:
    add(slots, "Sergeant Ahmad", "a long passphrase")
    for path in slots.slot_files():
        assert b"Ahmad" not in path.read_bytes()
        assert "Ahmad" not in path.name


def test_passphrase_is_unicode_normalised(slots: KeySlots) -> None:
    add(slots, "alice", "caf\u00e9 au lait")  # composed é
    _, payload = slots.unlock("cafe\u0301 au lait")  # decomposed é
    assert payload.operator_name == "alice"


def test_short_passphrase_is_refused(slots: KeySlots) -> None:
    with pytest.raises(PassphraseError):
        add(slots, "alice", "short")


def test_replace_changes_the_passphrase_and_destroys_the_old_slot_bytes(slots: KeySlots) -> None:
    slot_id = add(slots, "alice", "old passphrase")
    old_bytes = slots.path_of(slot_id).read_bytes()
    slots.replace(slot_id, SlotPayload("id-alice", "alice", MASTER), "new passphrase", TEST_KDF)
    assert slots.path_of(slot_id).read_bytes() != old_bytes
    with pytest.raises(WrongPassphraseError):
        slots.unlock("old passphrase")
    assert slots.unlock("new passphrase")[1].master_key == MASTER


def test_an_interrupted_passphrase_change_leaves_the_new_passphrase_working(slots: KeySlots) -> None:
    slot_id = add(slots, "alice", "old passphrase")
    # Simulate a crash after the new slot was written and the old one overwritten, before the rename.
    other = KeySlots(slots.folder.parent / "scratch", DEFAULT_LIMITS)
    other.folder.mkdir()
    other.create(slot_id, SlotPayload("id-alice", "alice", MASTER), "new passphrase", TEST_KDF)
    pending = slots.folder / f"{slot_id}.slot.new"
    pending.write_bytes(other.path_of(slot_id).read_bytes())
    slots.path_of(slot_id).unlink()
    found, payload = slots.unlock("new passphrase")
    assert found == slot_id and payload.master_key == MASTER
    assert slots.path_of(slot_id).exists() and not pending.exists()


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "argon2id", "memory_kib": 1 << 40, "iterations": 1, "lanes": 1},
        {"name": "argon2id", "memory_kib": 64, "iterations": 10**9, "lanes": 1},
        {"name": "scrypt", "memory_kib": 64, "iterations": 1, "lanes": 1},
        {"name": "argon2id", "memory_kib": "x", "iterations": 1, "lanes": 1},
    ],
)
def test_hostile_kdf_parameters_are_refused_before_deriving(slots: KeySlots, kdf: dict[str, object]) -> None:
    slot_id = add(slots, "alice", "alice passphrase")
    path = slots.path_of(slot_id)
    document = json.loads(path.read_text())
    document["kdf"].update(kdf)
    path.write_text(json.dumps(document))
    started = time.monotonic()
    with pytest.raises(StoreFormatError):
        slots.unlock("alice passphrase")
    assert time.monotonic() - started < 2


def test_tampered_slot_header_does_not_open(slots: KeySlots) -> None:
    slot_id = add(slots, "alice", "alice passphrase")
    path = slots.path_of(slot_id)
    document = json.loads(path.read_text())
    document["kdf"]["iterations"] = 2  # a valid value, but not what was sealed
    path.write_text(json.dumps(document))
    with pytest.raises(WrongPassphraseError):
        slots.unlock("alice passphrase")


def test_destroy_all_leaves_nothing_to_open(slots: KeySlots) -> None:
    add(slots, "alice", "alice passphrase")
    add(slots, "bob", "bob passphrase")
    assert slots.destroy_all() == 2
    assert list(slots.folder.iterdir()) == []
    with pytest.raises(StoreFormatError):
        slots.unlock("alice passphrase")


def test_default_kdf_costs_at_least_0_3_seconds() -> None:
    from fieldkit.store.keyslots import _derive

    params = KdfParams()
    started = time.perf_counter()
    _derive(b"passphrase", b"0123456789abcdef", params)
    assert time.perf_counter() - started >= 0.3
    assert params.memory_kib >= 64 * 1024
