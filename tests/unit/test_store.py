"""Opening, locking, permissions, operators and device identity of a store."""

from __future__ import annotations

import hashlib
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.config import TEST_KDF
from fieldkit.errors import (
    OperatorError,
    StoreExistsError,
    StoreInUseError,
    StoreNotFoundError,
    WrongPassphraseError,
)
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_store_folder_and_files_are_owner_only(store: Store) -> None:
    for path in [store.folder, *store.folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"


def test_init_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "file").write_text("data")
    with pytest.raises(StoreExistsError):
        Store.init(tmp_path / "x", "alice", PASSPHRASE, kdf=TEST_KDF)
    assert (tmp_path / "x" / "file").read_text() == "data"


def test_init_in_an_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    Store.init(tmp_path / "empty", "alice", PASSPHRASE, kdf=TEST_KDF).close()
    assert (tmp_path / "empty" / "fieldkit-store.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_reopen_with_the_passphrase(store_dir: Path, store: Store) -> None:
    device = store.device_id
    store.close()
    with Store.open(store_dir, PASSPHRASE) as again:
        assert again.operator.name == "alice"
        assert again.device_id == device


def test_wrong_passphrase_leaves_every_file_byte_identical(store_dir: Path, store: Store) -> None:
    store.close()
    before = snapshot(store_dir)
    with pytest.raises(WrongPassphraseError):
        Store.open(store_dir, "not the passphrase")
    with pytest.raises(WrongPassphraseError):
        Store.open(store_dir, PASSPHRASE, operator="mallory")
    assert snapshot(store_dir) == before


def test_missing_store_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError):
        Store.open(tmp_path / "nothing", PASSPHRASE)
    (tmp_path / "plain").mkdir()
    with pytest.raises(StoreNotFoundError):
        Store.open(tmp_path / "plain", PASSPHRASE)


def test_a_store_opens_in_one_place_at_a_time(store_dir: Path, store: Store) -> None:
    with pytest.raises(StoreInUseError):
        Store.open(store_dir, PASSPHRASE)


def test_the_store_lock_holds_across_processes_and_goes_with_its_process(tmp_path: Path) -> None:
    """Another process holding the store keeps this one out; when that process dies (killed, not closed), the
    operating system drops its lock and the store opens (portalocker: flock here, LockFileEx on Windows)."""
    folder = tmp_path / "store"
    Store.init(folder, "alice", PASSPHRASE, kdf=TEST_KDF).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from fieldkit.store.store import Store; "
         "s = Store.open(__import__('pathlib').Path(sys.argv[1]), sys.argv[2]); print('open', flush=True); "
         "sys.stdin.read()", str(folder), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreInUseError):
            Store.open(folder, PASSPHRASE)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with Store.open(folder, PASSPHRASE) as reopened:
        assert reopened.folder == folder


def test_operators_each_have_a_slot_and_their_own_passphrase(store_dir: Path, store: Store) -> None:
    store.add_operator("bob", "bob's passphrase", kdf=TEST_KDF)
    with pytest.raises(OperatorError):
        store.add_operator("BOB", "another passphrase", kdf=TEST_KDF)
    assert [o.name for o in store.operators()] == ["alice", "bob"]
    store.close()
    with Store.open(store_dir, "bob's passphrase") as as_bob:
        assert as_bob.operator.name == "bob"
        as_bob.change_passphrase("bob", "bob's new passphrase", kdf=TEST_KDF)
    with pytest.raises(WrongPassphraseError):
        Store.open(store_dir, "bob's passphrase")
    with Store.open(store_dir, "bob's new passphrase", "bob") as as_bob:
        as_bob.remove_operator("alice")
        with pytest.raises(OperatorError):
            as_bob.remove_operator("bob")  # the last one
        actions = [e.action for e in as_bob.custody_events()]
    assert actions.count("operator.added") == 2
    assert "operator.passphrase_changed" in actions and "operator.removed" in actions
    with pytest.raises(WrongPassphraseError):
        Store.open(store_dir, PASSPHRASE)


def test_device_identity_is_an_openssh_allowed_signers_line(store: Store) -> None:
    line = store.device_allowed_signers_line()
    assert re.fullmatch(
        r"[0-9a-f-]{36} namespaces=\"fieldkit-bundle\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/=]+ fieldkit-device",
        line,
    )
    assert store.device_fingerprint().startswith("SHA256:")


def test_store_records_its_creation_in_custody(store: Store) -> None:
    events = store.custody_events()
    assert [e.action for e in events] == ["store.created", "operator.added"]
    assert events[0].details["device_fingerprint"] == store.device_fingerprint()


def test_wipe_destroys_every_slot_fast_and_nobody_can_open(store_dir: Path, store: Store) -> None:
    store.add_operator("bob", "bob's passphrase", kdf=TEST_KDF)
    store.close()
    report = Store.wipe(store_dir, remove_rest=False)
    assert report.slots_destroyed == 2 and report.seconds < 1.0
    from fieldkit.errors import StoreFormatError

    with pytest.raises(StoreFormatError):
        Store.open(store_dir, PASSPHRASE)
    Store.wipe(store_dir)
    assert not store_dir.exists()


def test_item_edits_are_validated_and_logged(store: Store) -> None:
    from fieldkit.errors import InvalidValueError

    case = store.ensure_case("Op North", reference="R-1")
    item = store.ensure_item(case, "EV-001", "phone")
    edited = store.update_item(item, description="Nokia, cracked screen", recovered_at="2026-11-24T10:00:00Z")
    assert edited.description == "Nokia, cracked screen"
    with pytest.raises(InvalidValueError):
        store.update_item(item, category="spaceship")
    with pytest.raises(InvalidValueError):
        store.update_item(item, recovered_at="yesterday")
    with pytest.raises(InvalidValueError):
        store.ensure_item(case, "   ")
    assert store.custody_events()[-1].action == "item.edited"


def test_init_leaves_the_parent_folders_mode_alone(tmp_path: Path) -> None:
    parent = tmp_path / "shared"
    parent.mkdir(mode=0o755)
    parent.chmod(0o755)
    Store.init(parent / "store", "alice", PASSPHRASE, kdf=TEST_KDF).close()
    assert stat.S_IMODE(parent.stat().st_mode) == 0o755
    assert stat.S_IMODE((parent / "store").stat().st_mode) == 0o700


def test_a_store_from_a_newer_fieldkit_is_refused(store_dir: Path, store: Store) -> None:
    from fieldkit.errors import StoreFormatError
    from fieldkit.store import db
    from fieldkit.store.store import DB_NAME, _subkey

    master = store.keyholders._master
    store.close()
    conn = db.connect(store_dir / DB_NAME, _subkey(master, "fieldkit sqlcipher v1"))
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreFormatError, match="newer"):
        Store.open(store_dir, PASSPHRASE)


def test_migrations_build_the_schema_from_nothing(tmp_path: Path) -> None:
    from fieldkit.store import db

    conn = db.connect(tmp_path / "x.db", bytes(32))
    assert db.migrate(conn) == 0
    assert db.one_row(conn.execute("PRAGMA user_version"))[0] == db.SCHEMA_VERSION
    assert db.migrate(conn) == db.SCHEMA_VERSION  # idempotent
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"operators", "cases", "sites", "items", "captures", "custody_log", "device", "settings"} <= tables
    assert db.one_row(conn.execute("PRAGMA journal_mode"))[0] == "wal"
    assert db.one_row(conn.execute("PRAGMA secure_delete"))[0] == 1
    assert db.one_row(conn.execute("PRAGMA temp_store"))[0] == 2  # MEMORY
    assert db.one_row(conn.execute("PRAGMA synchronous"))[0] == 2  # FULL
    conn.close()


def test_the_database_file_is_encrypted(store_dir: Path, store: Store) -> None:
    store.ensure_case("Operation Plaintext Check")
    store.close()
    raw = (store_dir / "records.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Operation Plaintext Check" not in raw


@pytest.mark.parametrize("marker", ["missing", "corrupted", "newer"])
def test_wipe_needs_nothing_but_the_folder(
    store_dir: Path, store: Store, marker: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Security review finding 13: without a readable marker, wipe refused and left every key slot in place."""
    from fieldkit.cli.main import main
    from fieldkit.store.store import MARKER_NAME

    store.add_operator("bob", "bob's passphrase", kdf=TEST_KDF)
    store.close()
    if marker == "missing":
        (store_dir / MARKER_NAME).unlink()
    elif marker == "corrupted":
        (store_dir / MARKER_NAME).write_bytes(b"\x00\xff{not json")
    else:
        (store_dir / MARKER_NAME).write_text('{"format": "fieldkit-store", "version": 99}')
    monkeypatch.setenv("FIELDKIT_STORE", str(store_dir))
    assert main(["wipe"]) != 0  # the usual confirmation is still asked for
    assert len(list((store_dir / "keys").glob("*.slot"))) == 2
    assert main(["wipe", "--yes"]) == 0
    assert "Destroyed 2 key slots" in capsys.readouterr().out
    assert not store_dir.exists()


def test_wipe_without_a_marker_keeps_slots_out_of_reach_and_leaves_foreign_files(store_dir: Path, store: Store) -> None:
    """With no marker, only what fieldkit puts in a store is removed: a file fieldkit did not make stays."""
    from fieldkit.errors import StoreFormatError
    from fieldkit.store.store import MARKER_NAME

    store.close()
    marker = (store_dir / MARKER_NAME).read_bytes()
    (store_dir / MARKER_NAME).unlink()
    (store_dir / "notes.txt").write_text("not fieldkit's")
    report = Store.wipe(store_dir)
    assert report.slots_destroyed == 1 and not report.removed_rest
    assert sorted(p.name for p in store_dir.iterdir()) == ["notes.txt"]
    (store_dir / MARKER_NAME).write_bytes(marker)
    with pytest.raises((StoreFormatError, StoreNotFoundError)):
        Store.open(store_dir, PASSPHRASE)


def test_wipe_refuses_a_folder_that_holds_no_store(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    (folder / "keys").mkdir(parents=True)
    (folder / "keys" / "house.txt").write_text("front door")
    (folder / "report.odt").write_text("draft")
    with pytest.raises(StoreNotFoundError):
        Store.wipe(folder)
    assert (folder / "keys" / "house.txt").exists() and (folder / "report.odt").exists()


def test_a_huge_file_planted_among_the_slots_does_not_delay_the_wipe(store_dir: Path, store: Store) -> None:
    store.close()
    planted = store_dir / "keys" / ("0" * 32 + ".slot")
    with planted.open("wb") as fh:
        fh.truncate(8 << 30)  # sparse: 8 GiB to overwrite if wipe took it for a slot
    report = Store.wipe(store_dir)
    assert report.seconds < 1.0 and report.slots_destroyed == 2 and not store_dir.exists()


def test_a_planted_slot_is_reported_by_open_and_check_but_blocks_nobody(
    closed_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's '+1 slot with memory_kib=4' made 'fieldkit list' exit 14 for every operator."""
    import base64
    import json
    import os

    from fieldkit.cli.main import main

    def plant(name: str, memory_kib: int) -> None:
        document = {"format": "fieldkit-keyslot", "version": 1, "slot": name, "cipher": "AES-256-GCM",
                    "kdf": {"name": "argon2id", "memory_kib": memory_kib, "iterations": 1, "lanes": 1,
                            "salt": base64.b64encode(os.urandom(16)).decode()},
                    "nonce": base64.b64encode(os.urandom(12)).decode(),
                    "wrapped": base64.b64encode(os.urandom(96)).decode()}  # fmt: skip
        (closed_store / "keys" / f"{name}.slot").write_text(json.dumps(document))

    plant("0" * 32, 4)  # below the bounds: cannot be used
    plant("1" * 32, 64)  # well-formed, but no operator's
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["list"]) == 0
    err = capsys.readouterr().err
    assert f"warning: key slot file {'0' * 32}.slot: asks for an unreasonable amount of memory" in err
    assert main(["check", "--json"]) != 0
    [slots] = [c for c in json.loads(capsys.readouterr().out)["checks"] if c["name"] == "key slots"]
    assert not slots["ok"] and len(slots["problems"]) == 2
    assert f"{'0' * 32}.slot" in slots["problems"][0] and f"{'1' * 32}.slot" in slots["problems"][1]
    for name in ("0" * 32, "1" * 32):
        (closed_store / "keys" / f"{name}.slot").unlink()
    assert main(["check"]) == 0
