"""Key slots: one per operator, Argon2id-wrapped, names hidden, crash-safe passphrase change."""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Callable
from dataclasses import replace
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


# --- Issue 15, security review finding 12: planted and malformed slots ------------------------------------------------


def plant(slots: KeySlots, name: str, **kdf: object) -> Path:
    """A slot file as someone with write access to the store folder can make it (no passphrase needed)."""
    document = {"format": "fieldkit-keyslot", "version": 1, "slot": name, "cipher": "AES-256-GCM",
                "kdf": {"name": "argon2id", "memory_kib": 64, "iterations": 1, "lanes": 1,
                        "salt": base64.b64encode(os.urandom(16)).decode(), **kdf},
                "nonce": base64.b64encode(os.urandom(12)).decode(),
                "wrapped": base64.b64encode(os.urandom(96)).decode()}  # fmt: skip
    path = slots.folder / f"{name}.slot"
    path.write_text(json.dumps(document))
    return path


def after_the_legit_slot(path: Path, legit: Path) -> None:
    """Make sure a planted file's change time is later than the legit slot's (the file system clock is coarse)."""
    while path.stat().st_ctime_ns <= legit.stat().st_ctime_ns:
        os.utime(path)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_text('{"format": "fieldkit-keyslot", "version": 1, '), id="bad-json"),
        pytest.param(lambda p: p.write_bytes(b"\xff\xfe" * 50), id="not-utf8"),
        pytest.param(lambda p: rewrite(p, kdf={"memory_kib": 4}), id="memory-below-bound"),
        pytest.param(lambda p: rewrite(p, kdf={"memory_kib": 4 << 20, "iterations": 64}), id="memory-4GiB"),
        pytest.param(lambda p: rewrite(p, kdf={"lanes": 64, "memory_kib": 1024}), id="lanes-64"),
        pytest.param(lambda p: rewrite(p, kdf={"iterations": 64}), id="iterations-64"),
        pytest.param(lambda p: rewrite(p, kdf={"memory_kib": "x"}), id="memory-not-a-number"),
        pytest.param(lambda p: rewrite(p, kdf={"name": "scrypt"}), id="unknown-kdf"),
        pytest.param(lambda p: rewrite(p, kdf={"salt": "%%%"}), id="salt-not-base64"),
        pytest.param(lambda p: rewrite(p, nonce="AAAA"), id="short-nonce"),
        pytest.param(lambda p: rewrite(p, wrapped=7), id="wrapped-not-text"),
        pytest.param(lambda p: rewrite(p, slot="f" * 32), id="slot-id-not-the-file-name"),
        pytest.param(lambda p: rewrite(p, version=2), id="unknown-version"),
    ],
)
def test_a_malformed_slot_is_skipped_and_reported_not_fatal(slots: KeySlots, damage: Callable[[Path], object]) -> None:
    """One bad slot file (memory_kib=4 in the review) made the store unopenable for every operator."""
    add(slots, "alice", "alice passphrase")
    bad = plant(slots, "0" * 32)
    damage(bad)
    started = time.monotonic()
    _slot_id, payload = slots.unlock("alice passphrase")
    assert time.monotonic() - started < 2
    assert payload.operator_name == "alice"
    assert [skipped.name for skipped in slots.skipped] == [bad.name]
    assert str(slots.skipped[0]).startswith(f"key slot file {bad.name}: ")


def rewrite(path: Path, kdf: dict[str, object] | None = None, **fields: object) -> None:
    document = json.loads(path.read_text())
    document["kdf"].update(kdf or {})
    document.update(fields)
    path.write_text(json.dumps(document))


def test_the_bounds_hold_every_slot_fieldkit_has_written_and_little_more() -> None:
    limits = DEFAULT_LIMITS
    for written in (KdfParams(), KdfParams(262_144, 3, 4), TEST_KDF):  # today's default, the first default, tests
        assert KdfParams.from_json(written.to_json(), limits) == written
    worst = KdfParams(limits.max_kdf_memory_kib, limits.max_kdf_work_kib_passes // limits.max_kdf_memory_kib, 1)
    assert KdfParams.from_json(worst.to_json(), limits) == worst
    assert worst.memory_kib <= 512 << 10 and worst.memory_kib * worst.iterations <= 1 << 20
    for beyond in (KdfParams(limits.max_kdf_memory_kib + 1024, 1, 1), KdfParams(1024, limits.max_kdf_iterations + 1, 1),
                   KdfParams(1024, 1, limits.max_kdf_lanes + 1), KdfParams(256 << 10, 5, 4)):  # fmt: skip
        with pytest.raises(StoreFormatError):
            KdfParams.from_json(beyond.to_json(), limits)


def count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """The parameters of every Argon2id run from now on (the real run still happens)."""
    from fieldkit.store import keyslots

    derived: list[KdfParams] = []
    real = keyslots._derive

    def counted(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
        derived.append(params)
        return real(passphrase, salt, params)

    monkeypatch.setattr(keyslots, "_derive", counted)
    return derived


def test_planted_slots_are_tried_after_the_operators_own(slots: KeySlots, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty planted default-cost slots made every unlock 10x slower: the oldest slot files are tried first."""
    legit = slots.path_of(add(slots, "alice", "alice passphrase"))
    for index in range(20):
        after_the_legit_slot(plant(slots, f"{index:032x}"), legit)  # names that sort before the legit one
    derived = count_derivations(monkeypatch)
    assert slots.unlock("alice passphrase")[1].operator_name == "alice"
    assert len(derived) == 1
    assert slots.skipped == []


def test_at_most_max_slot_files_are_tried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "keys"
    folder.mkdir()
    slots = KeySlots(folder, replace(DEFAULT_LIMITS, max_slot_files=3))
    legit = slots.path_of(add(slots, "alice", "alice passphrase"))
    for index in range(5):
        after_the_legit_slot(plant(slots, f"{index:032x}"), legit)
    derived = count_derivations(monkeypatch)
    with pytest.raises(WrongPassphraseError, match="3 key slot files were not tried"):
        slots.unlock("not alice's passphrase")
    assert len(derived) == 3 and len(slots.skipped) == 3
    derived.clear()
    assert slots.unlock("alice passphrase")[1].operator_name == "alice" and len(derived) == 1
