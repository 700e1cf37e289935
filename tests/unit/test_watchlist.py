"""The watchlist (issue 17): made at HQ (SQLite or PostgreSQL), exported as a signed file encrypted to devices,
imported on a real provisioned device (SQLCipher store); tampered, unsigned, wrongly signed, expired, replayed and
other-device files refused, each with its own exit code."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.biometrics import watchlist_file
from fieldkit.biometrics.templates import FINGER_ALGORITHM, Template, decode_finger
from fieldkit.bundle import age, sshsig, tarstream
from fieldkit.bundle.provisioning import HQ_KEY_SETTING, Provisioning
from fieldkit.cli.main import main
from fieldkit.config import IDENTIFICATION_LIMITS, TEST_KDF
from fieldkit.errors import (
    BundleFormatError,
    ExportError,
    InputError,
    IntegrityError,
    InvalidValueError,
    NotProvisionedError,
    UsageError,
    WatchlistExpiredError,
    WatchlistImageRepeatedError,
    WatchlistNotForDeviceError,
    WatchlistReplayError,
    WatchlistSignatureError,
)
from fieldkit.hq import watchlist
from fieldkit.hq.db import Database
from fieldkit.hq.templatekey import TemplateKey
from fieldkit.hq.trust import HQ
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, ROOT
from tests.hq_backends import new_hq
from tests.watchlist_kit import export, face, finger, populate, provision, sources


@pytest.fixture
def hq(tmp_path: Path, store: Store) -> HQ:
    made = HQ.init(tmp_path / "HQ", "Task Force North")
    provision(made, store)
    populate(made)
    return made


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.init(tmp_path / "store2", "bob", PASSPHRASE, kdf=TEST_KDF)
    yield opened
    opened.close()


# --- made at HQ, imported on the device ---------------------------------------------------------------------


def test_made_at_hq_exported_and_imported_on_the_device(tmp_path: Path, hq_backend: str, store: Store) -> None:
    hq = new_hq(tmp_path / "HQ", hq_backend)
    provision(hq, store)
    populate(hq)
    done = export(hq, tmp_path / "wl.age", store.device_id)
    assert (done.version, done.entries, done.templates, done.recipients) == (1, 2, 4, (store.device_id,))
    assert (tmp_path / "wl.age").stat().st_mode & 0o077 == 0

    imported = watchlist_file.import_file(store, tmp_path / "wl.age")
    assert (imported.version, imported.entries, imported.templates) == (1, 2, 4)
    rows = store.watchlist.entries_with_templates()
    assert [(r.ref, r.category, r.instructions, r.note) for r in rows] == [
        ("WL-0001", "wanted", "detain", "armed\nsecond line"), ("WL-0002", "", "collect-and-report", "")]  # fmt: skip
    assert rows[0].templates == tuple((t.modality, t.algorithm, t.finger, t.data)
                                      for t in (finger(1, 2), finger(2, 7), face(3)))  # fmt: skip
    (event,) = store.custody.of_actions(["watchlist.imported"])
    assert event.details["version"] == 1 and event.details["templates"] == 4
    assert event.details["sha256"] == done.sha256 == imported.sha256
    assert "data" not in json.dumps(event.details)  # counts and hashes, never a template
    state = watchlist_file.status(store)
    assert state is not None and (state.entries, state.templates, state.expired) == (2, 4, False)
    assert state.hq_key == sshsig.fingerprint(hq.signing_key().public_key())
    assert watchlist_file.watchlist_usable(store) is True

    # the next export has the next version, whatever changed; the device takes it in place of the first
    with hq.database() as db:
        removed = watchlist.remove(db, "WL-0002", by="supervisor", reason="arrested")
        assert removed.templates == 1
        assert watchlist.removals(db)[0] | {"removed_at": ""} == {"ref": "WL-0002", "category": "", "templates": 1,
                                                                   "removed_at": "", "removed_by": "supervisor",
                                                                   "reason": "arrested"}  # fmt: skip
    second = export(hq, tmp_path / "wl2.age", store.device_id)
    assert second.version == 2 and second.entries == 1
    watchlist_file.import_file(store, tmp_path / "wl2.age")
    assert [r.ref for r in store.watchlist.entries_with_templates()] == ["WL-0001"]
    with hq.database() as db:
        assert [e["version"] for e in watchlist.exports(db)] == [1, 2]


def test_adding_to_a_reference_adds_templates_and_limits_hold(tmp_path: Path, hq_backend: str) -> None:
    hq = new_hq(tmp_path / "HQ", hq_backend)
    with hq.database() as db:
        watchlist.migrate(db)
        first = watchlist.add(hq, db, "WL-7", sources(finger(1, 1)), by="a", category="wanted")
        again = watchlist.add(hq, db, "WL-7", sources(face(2)), by="b", instructions="do-not-alert")
        assert (first.created, again.created, again.total) == (True, False, 2)
        (entry,) = watchlist.entries(db)
        assert (entry.category, entry.instructions, entry.fingers, entry.faces) == ("wanted", "do-not-alert", (1,), 1)
        too_many = sources(*[finger(100 + i, 3) for i in range(IDENTIFICATION_LIMITS.max_templates_per_entry - 1)])
        with pytest.raises(InvalidValueError, match="more than a device accepts"):
            watchlist.add(hq, db, "WL-7", too_many, by="a")
        assert watchlist.entries(db)[0].templates == 2  # one transaction: nothing of the refused add stays
        with pytest.raises(InvalidValueError, match="unknown instructions"):
            watchlist.add(hq, db, "WL-8", sources(finger(1, 1)), by="a", instructions="shoot")
        with pytest.raises(InvalidValueError, match="control character"):
            watchlist.add(hq, db, "WL-\x1b[2J", sources(finger(1, 1)), by="a")
        with pytest.raises(InvalidValueError, match="no watchlist entry 'WL-9'"):
            watchlist.remove(db, "WL-9", by="a")


# --- sealed in HQ's database ----------------------------------------------------------------------------------


def _needles(*templates: Template) -> list[bytes]:
    """Pieces of the templates' bytes past their header, as the canary tests look for them."""
    return [piece for t in templates for piece in (t.data[8:40], t.data[-32:])]


def _on_disk(hq: HQ, needles: list[bytes]) -> list[str]:
    """The needles found in the HQ folder's files (index.sqlite, its WAL and shared memory, the rest)."""
    return [f"{path.name}: {needle!r}" for path in sorted(hq.folder.rglob("*")) if path.is_file()
            for needle in needles if needle in path.read_bytes()]  # fmt: skip


def _in_rows(db: Database, needles: list[bytes]) -> list[bytes]:
    return [n for (data,) in db.execute("SELECT data FROM hq_watchlist_templates") for n in needles
            if n in bytes(data)]  # fmt: skip


def test_templates_are_sealed_in_hqs_database(tmp_path: Path, hq_backend: str) -> None:
    """Issue 17: HQ's index holds no watchlist template in plaintext (SQLite file and WAL, PostgreSQL rows): each is
    sealed under HQ's template key, bound to its row: copied onto another entry's row it does not open."""
    hq = new_hq(tmp_path / "HQ", hq_backend)
    held = [finger(11, 2), finger(12, 7), face(13)]
    other = finger(14, 2)
    needles = _needles(*held, other)
    with hq.database() as db:
        watchlist.migrate(db)
        watchlist.add(hq, db, "WL-A", sources(*held), by="examiner")
        watchlist.add(hq, db, "WL-B", sources(other), by="examiner")
        assert _in_rows(db, needles) == []
        assert db.execute("SELECT count(*) FROM hq_watchlist_templates WHERE sealed = 1").fetchone()[0] == 4
        assert db.execute("SELECT count(*) FROM hq_watchlist_plaintext").fetchone()[0] == 0  # a new HQ: no scrub
        if hq_backend == "sqlite":
            assert _on_disk(hq, needles) == []
        key = TemplateKey(hq, db)
        assert [c["ref"] for c in watchlist.search(db, key, [other])] == ["WL-B"]
        # WL-A's right index copied onto WL-B's: it does not open there (bound to its entry and image).
        db.execute("UPDATE hq_watchlist_templates SET data = (SELECT data FROM hq_watchlist_templates WHERE finger = 2"
                   " AND entry_id = (SELECT id FROM hq_watchlist_entries WHERE ref = 'WL-A')) WHERE entry_id ="
                   " (SELECT id FROM hq_watchlist_entries WHERE ref = 'WL-B')")  # fmt: skip
        with pytest.raises(IntegrityError, match="altered or moved"):
            watchlist.search(db, key, [other])
    if hq_backend == "sqlite":
        assert _on_disk(hq, needles) == []


def _schema_1(hq: HQ, db: Database, templates: dict[str, list[Template]]) -> None:
    """HQ's watchlist as fieldkit wrote it before its templates were sealed (schema version 1, the old INSERTs):
    the template bytes in plaintext; and an entry removed then (its plaintext rows deleted, not scrubbed)."""
    db.migrate("watchlist", watchlist.MIGRATIONS[:1])
    for ref, held in {**templates, "WL-GONE": [finger(99, 3)]}.items():
        (entry_id,) = db.execute("INSERT INTO hq_watchlist_entries (ref, category, instructions, note, added_at,"
                                 " added_by, changed_at) VALUES (?, 'wanted', 'detain', '', 'then', 'old', 'then')"
                                 " RETURNING id", (ref,)).fetchone()  # fmt: skip
        for source in sources(*held):
            t = source.template
            db.execute("INSERT INTO hq_watchlist_templates (entry_id, modality, algorithm, finger, data, source_name,"
                       " source_sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'then')",
                       (entry_id, t.modality, t.algorithm, t.finger, t.data, source.name, source.sha256))  # fmt: skip
    db.execute("DELETE FROM hq_watchlist_templates WHERE entry_id = (SELECT id FROM hq_watchlist_entries WHERE"
               " ref = 'WL-GONE')")  # fmt: skip
    db.execute("DELETE FROM hq_watchlist_entries WHERE ref = 'WL-GONE'")
    db.execute("INSERT INTO hq_watchlist_removals (ref, category, templates, removed_at, removed_by, reason) VALUES"
               " ('WL-GONE', 'wanted', 1, 'then', 'old', '')")  # fmt: skip


def test_plaintext_templates_of_an_older_hq_are_sealed_searched_and_exported(
    tmp_path: Path, hq_backend: str, store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An HQ database of watchlist schema 1 holds its templates in plaintext: the migration marks them, the first
    search (or add, export, `hq reindex`) seals them, the first add, export or reindex scrubs the files (SQLite:
    nothing of them left in the file or its WAL, nor of the entry removed back then); until sealed they are read as
    they are, never skipped; the device imports the same templates."""
    hq = new_hq(tmp_path / "HQ", hq_backend)
    provision(hq, store)
    held = {"WL-A": [finger(21, 2), face(22)], "WL-B": [finger(23, 7)]}
    gone = finger(99, 3)
    needles = _needles(*held["WL-A"], *held["WL-B"], gone)
    with hq.database() as db:
        if hq_backend == "sqlite":  # as SQLite builds with secure_delete off by default (Debian's has it on)
            db.execute("PRAGMA secure_delete = 0")
        _schema_1(hq, db, held)
        if hq_backend == "sqlite":  # the test can fail: the file does hold them
            assert len(_on_disk(hq, needles)) == len(needles)
        watchlist.migrate(db)
        assert db.execute("SELECT count(*) FROM hq_watchlist_templates WHERE sealed = 0").fetchone()[0] == 3
        assert db.execute("SELECT count(*) FROM hq_watchlist_plaintext").fetchone()[0] == 1
        key = TemplateKey(hq, db)
        # The search at ingest seals them (inside a transaction too) and searches them; the scrub is left to the
        # next add, export or reindex (rewriting the whole index would hold every ingest up).
        with db.transaction():
            assert [c["ref"] for c in watchlist.search(db, key, [held["WL-B"][0]])] == ["WL-B"]
        assert db.execute("SELECT count(*) FROM hq_watchlist_templates WHERE sealed = 0").fetchone()[0] == 0
        assert _in_rows(db, needles) == []
        assert [c["ref"] for c in watchlist.search(db, key, [held["WL-A"][0]])] == ["WL-A"]
        assert db.execute("SELECT count(*) FROM hq_watchlist_plaintext").fetchone()[0] == 1
        done = watchlist.export(hq, db, tmp_path / "wl.age", by="examiner", device=store.device_id)
        assert db.execute("SELECT count(*) FROM hq_watchlist_plaintext").fetchone()[0] == 0  # scrubbed: done
        if hq_backend == "sqlite":  # the connection open: its WAL file too (truncated by the scrub)
            assert _on_disk(hq, needles) == []
        assert watchlist.seal_plaintext(db, key) == watchlist.Sealed(0, False, False)  # twice changes nothing
    if hq_backend == "sqlite":
        assert _on_disk(hq, needles) == []

    assert (done.entries, done.templates) == (2, 3)
    watchlist_file.import_file(store, tmp_path / "wl.age")
    assert {r.ref: r.templates for r in store.watchlist.entries_with_templates()} == {
        ref: tuple((t.modality, t.algorithm, t.finger, t.data) for t in templates) for ref, templates in held.items()
    }

    # A plaintext row left (an older HQ's, not sealed yet): `hq reindex` seals it, scrubs, and says so.
    late = finger(24, 1)
    with hq.database() as db:
        (entry_id,) = db.execute("SELECT id FROM hq_watchlist_entries WHERE ref = 'WL-B'").fetchone()
        (source,) = sources(late)
        db.execute("INSERT INTO hq_watchlist_templates (entry_id, modality, algorithm, finger, data, source_name,"
                   " source_sha256, added_at) VALUES (?, 'finger', ?, 1, ?, 'late.png', ?, 'then')",
                   (entry_id, FINGER_ALGORITHM, late.data, source.sha256))  # fmt: skip
        with monkeypatch.context() as patch:  # not sealed yet (the sealing could not run): read as it is, not skipped
            patch.setattr(watchlist, "seal_plaintext", lambda *_a, **_k: watchlist.Sealed(0, False, True))
            assert [c["ref"] for c in watchlist.search(db, TemplateKey(hq, db), [late])] == ["WL-B"]
        assert db.execute("SELECT count(*) FROM hq_watchlist_templates WHERE sealed = 0").fetchone()[0] == 1
    assert main(["hq", "reindex", "--dir", str(hq.folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["watchlist"] == {"sealed": 1, "scrubbed": True, "pending": False}
    assert main(["hq", "reindex", "--dir", str(hq.folder)]) == 0
    assert "watchlist" not in capsys.readouterr().out  # nothing left to seal: nothing said
    with hq.database() as db:
        assert _in_rows(db, _needles(late)) == []
        assert [c["ref"] for c in watchlist.search(db, TemplateKey(hq, db), [late])] == ["WL-B"]
    if hq_backend == "sqlite":
        assert _on_disk(hq, _needles(late)) == []


def test_export_needs_enrolled_unrevoked_devices(tmp_path: Path, store: Store, other_store: Store) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    populate(hq)
    with pytest.raises(InvalidValueError, match="no enrolled device"):
        export(hq, tmp_path / "a.age")
    provision(hq, store)
    provision(hq, other_store)
    hq.revoke(other_store.device_id)
    with pytest.raises(InvalidValueError, match="is revoked"):
        export(hq, tmp_path / "b.age", other_store.device_id)
    done = export(hq, tmp_path / "c.age")  # every device: the revoked one is left out
    assert done.recipients == (store.device_id,)
    with pytest.raises(WatchlistNotForDeviceError):
        watchlist_file.import_file(other_store, tmp_path / "c.age")
    with pytest.raises(ExportError, match="already exists"):
        export(hq, tmp_path / "c.age")
    assert not (tmp_path / "a.age").exists() and not (tmp_path / "b.age").exists()


def test_a_file_for_all_devices_is_imported_by_each(hq: HQ, store: Store, other_store: Store, tmp_path: Path) -> None:
    provision(hq, other_store)
    done = export(hq, tmp_path / "all.age")
    assert done.device is None and set(done.recipients) == {store.device_id, other_store.device_id}
    for device in (store, other_store):
        assert watchlist_file.import_file(device, tmp_path / "all.age").entries == 2
        assert device.watchlist.counts() == (2, 4)


# --- refused ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["header", "stanza", "mac", "payload", "last", "truncated", "appended"])
def test_a_tampered_file_is_refused(hq: HQ, store: Store, tmp_path: Path, where: str) -> None:
    export(hq, tmp_path / "wl.age", store.device_id)
    blob = bytearray((tmp_path / "wl.age").read_bytes())
    end = blob.index(b"\n---") + 1
    if where == "header":
        blob[5] ^= 1
    elif where == "stanza":
        at = blob.index(b"ssh-ed25519") + 25  # a character of the ephemeral share: another valid base64 one
        blob[at] = ord("A") if blob[at] != ord("A") else ord("B")
    elif where == "mac":
        blob[end + 8] ^= 1
    elif where == "payload":
        blob[end + 100] ^= 0x40
    elif where == "last":
        blob[-1] ^= 1
    elif where == "truncated":
        del blob[-300:]
    else:
        blob += b"\0"
    (tmp_path / "bad.age").write_bytes(bytes(blob))
    with pytest.raises((WatchlistSignatureError, WatchlistNotForDeviceError)) as caught:
        watchlist_file.import_file(store, tmp_path / "bad.age")
    # a flipped stanza byte makes the stanza another device's: not for this one; any other change is tampering
    assert isinstance(caught.value, WatchlistNotForDeviceError) == (where == "stanza")
    assert store.watchlist.info() is None and store.custody.of_actions(["watchlist.imported"]) == []


def _sealed(plain: bytes, *recipients: object) -> bytes:
    out = io.BytesIO()
    writer = age.AgeWriter(out, list(recipients))  # type: ignore[arg-type]
    writer.write(plain)
    writer.close()
    return out.getvalue()


def _tar(*members: tuple[str, bytes]) -> bytes:
    parts = [tarstream.member_header(name, len(data), 0) + data + tarstream.padding(len(data))
             for name, data in members]  # fmt: skip
    return b"".join(parts) + tarstream.end_of_archive()


def _document(hq: HQ, version: int = 5, device: str | None = None, days: int = 10) -> watchlist_file.WatchlistDocument:
    now = watchlist_file.now_utc()
    entry = watchlist_file.Entry("WL-X", "", "detain", "", (finger(9, 3),))
    return watchlist_file.WatchlistDocument(version, watchlist_file.format_time(now),
                                            watchlist_file.format_time(now + timedelta(days=days)),
                                            hq.organisation, device, (entry,))  # fmt: skip


def test_unsigned_or_wrongly_signed_files_are_refused(hq: HQ, store: Store, tmp_path: Path) -> None:
    device = store.device_signing_key().public_key()
    body = _document(hq).encode()
    cases = {
        "unsigned": _sealed(_tar(("watchlist.json", body)), device),
        "another key": _sealed(_tar(("watchlist.json", body), ("watchlist.json.sig", sshsig.sign(
            Ed25519PrivateKey.generate(), watchlist_file.NAMESPACE, body).encode())), device),
        "another namespace": _sealed(_tar(("watchlist.json", body), ("watchlist.json.sig", sshsig.sign(
            hq.signing_key(), "fieldkit-receipt", body).encode())), device),
        "signature of other bytes": _sealed(_tar(("watchlist.json", body), ("watchlist.json.sig", sshsig.sign(
            hq.signing_key(), watchlist_file.NAMESPACE, body + b" ").encode())), device),
        "extra member": _sealed(_tar(("watchlist.json", body), ("watchlist.json.sig", sshsig.sign(
            hq.signing_key(), watchlist_file.NAMESPACE, body).encode()), ("more", b"x")), device),
        "not a tar": _sealed(body, device),
        "not age": body,
    }  # fmt: skip
    for name, blob in cases.items():
        (tmp_path / "f.age").write_bytes(blob)
        with pytest.raises(WatchlistSignatureError):
            watchlist_file.import_file(store, tmp_path / "f.age")
        assert store.watchlist.info() is None, name
    # the same document, signed by HQ's key: taken
    good = _tar(("watchlist.json", body), ("watchlist.json.sig",
                sshsig.sign(hq.signing_key(), watchlist_file.NAMESPACE, body).encode()))  # fmt: skip
    (tmp_path / "f.age").write_bytes(_sealed(good, device))
    assert watchlist_file.import_file(store, tmp_path / "f.age").version == 5


def test_a_file_signed_by_another_hq_is_refused(hq: HQ, store: Store, tmp_path: Path) -> None:
    other = HQ.init(tmp_path / "HQ2", "Someone Else")
    other.enroll(store.device_allowed_signers_line())
    populate(other)
    export(other, tmp_path / "other.age")
    with pytest.raises(WatchlistSignatureError, match="not by the HQ key this device pinned"):
        watchlist_file.import_file(store, tmp_path / "other.age")


def test_hostile_documents_signed_by_hq_are_refused_by_their_shape(hq: HQ, store: Store, tmp_path: Path) -> None:
    good = _document(hq).to_json()
    template = good["entries"][0]["templates"][0]
    variants = [
        {**good, "format": "other"},
        {**good, "format_version": 2},
        {**good, "unknown": 1},
        {**good, "version": 0},
        {**good, "version": True},
        {**good, "expires_at": good["issued_at"]},
        {**good, "issued_at": "yesterday"},
        {**good, "entries": [good["entries"][0], good["entries"][0]]},
        {**good, "entries": [{**good["entries"][0], "templates": []}]},
        {**good, "entries": [{**good["entries"][0], "instructions": "shoot"}]},
        {**good, "entries": [{**good["entries"][0], "ref": ""}]},
        {**good, "entries": [{**good["entries"][0], "ref": "x" * 101}]},
        {**good, "entries": [{**good["entries"][0], "templates": [{**template, "data": "AAAA"}]}]},
        {**good, "entries": [{**good["entries"][0], "templates": [{**template, "finger": 99}]}]},
        {**good, "entries": [{**good["entries"][0], "templates": [{**template, "algorithm": "x"}]}]},
        {**good, "entries": [{**good["entries"][0], "templates": [template] * 41}]},
    ]
    device = store.device_signing_key().public_key()
    for variant in variants:
        body = json.dumps(variant).encode()
        signature = sshsig.sign(hq.signing_key(), watchlist_file.NAMESPACE, body).encode()
        (tmp_path / "h.age").write_bytes(_sealed(_tar(("watchlist.json", body), ("watchlist.json.sig", signature)),
                                                 device))  # fmt: skip
        with pytest.raises(WatchlistSignatureError, match="signed by HQ but malformed"):
            watchlist_file.import_file(store, tmp_path / "h.age")
    # duplicate keys and NaN are not JSON fieldkit reads
    for body in (b'{"format": "fieldkit-watchlist", "format": "x"}', b"NaN"):
        signature = sshsig.sign(hq.signing_key(), watchlist_file.NAMESPACE, body).encode()
        (tmp_path / "h.age").write_bytes(_sealed(_tar(("watchlist.json", body), ("watchlist.json.sig", signature)),
                                                 device))  # fmt: skip
        with pytest.raises(WatchlistSignatureError):
            watchlist_file.import_file(store, tmp_path / "h.age")
    # more entries than the limits allow
    few = dataclasses.replace(IDENTIFICATION_LIMITS, max_watchlist_entries=1)
    export(hq, tmp_path / "two.age", store.device_id)
    with pytest.raises(WatchlistSignatureError, match="more than 1 entries"):
        watchlist_file.import_file(store, tmp_path / "two.age", limits=few)
    small = dataclasses.replace(IDENTIFICATION_LIMITS, max_watchlist_bytes=1000)
    with pytest.raises(WatchlistSignatureError, match="more than a watchlist may be"):
        watchlist_file.import_file(store, tmp_path / "two.age", limits=small)
    assert store.watchlist.info() is None


def test_another_devices_file_is_refused(hq: HQ, store: Store, other_store: Store, tmp_path: Path) -> None:
    provision(hq, other_store)
    export(hq, tmp_path / "theirs.age", other_store.device_id)
    with pytest.raises(WatchlistNotForDeviceError, match="not encrypted to this device"):
        watchlist_file.import_file(store, tmp_path / "theirs.age")
    # signed for the other device, yet encrypted to this one (whoever re-encrypted it): refused by its device field
    sealed = watchlist_file.seal(_document(hq, device=other_store.device_id), hq.signing_key(),
                                 [store.device_signing_key().public_key()])  # fmt: skip
    (tmp_path / "named.age").write_bytes(sealed)
    with pytest.raises(WatchlistNotForDeviceError, match="is the watchlist of device"):
        watchlist_file.import_file(store, tmp_path / "named.age")
    assert store.watchlist.info() is None


def test_older_or_the_same_version_is_a_replay(hq: HQ, store: Store, tmp_path: Path) -> None:
    export(hq, tmp_path / "v1.age", store.device_id)
    export(hq, tmp_path / "v2.age")
    watchlist_file.import_file(store, tmp_path / "v2.age")
    for name in ("v1.age", "v2.age"):
        with pytest.raises(WatchlistReplayError, match="already holds version 2"):
            watchlist_file.import_file(store, tmp_path / name)
    info = store.watchlist.info()
    assert info is not None and info.version == 2


def test_expired_files_are_refused_and_a_held_one_expires(hq: HQ, store: Store, tmp_path: Path) -> None:
    past = watchlist_file.now_utc() - timedelta(days=3)
    export(hq, tmp_path / "old.age", store.device_id, valid_days=2, now=past)
    with pytest.raises(WatchlistExpiredError, match="expired at"):
        watchlist_file.import_file(store, tmp_path / "old.age")
    assert store.watchlist.info() is None

    export(hq, tmp_path / "short.age", store.device_id, valid_days=1)
    watchlist_file.import_file(store, tmp_path / "short.age")
    soon = watchlist_file.status(store)
    assert soon is not None and soon.expiring_soon and not soon.expired
    later = datetime.now(UTC) + timedelta(days=2)
    state = watchlist_file.status(store, later)
    assert state is not None and state.expired and not state.expiring_soon
    why = watchlist_file.watchlist_usable(store, later)
    assert isinstance(why, str) and "expired" in why
    with pytest.raises(InvalidValueError, match="--valid-days"):
        export(hq, tmp_path / "never.age", valid_days=IDENTIFICATION_LIMITS.max_watchlist_valid_days + 1)


def test_a_device_without_hq_key_cannot_import(tmp_path: Path, store: Store) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    hq.enroll(store.device_allowed_signers_line())
    populate(hq)
    export(hq, tmp_path / "wl.age")
    assert watchlist_file.watchlist_usable(store) == "no watchlist has been imported on this device"
    with pytest.raises(NotProvisionedError):
        watchlist_file.import_file(store, tmp_path / "wl.age")
    provision(hq, store)
    assert store.settings.get(HQ_KEY_SETTING) == sshsig.public_key_line(hq.signing_key().public_key())
    assert watchlist_file.import_file(store, tmp_path / "wl.age").version == 1


def test_provisioning_files_check_the_hq_key() -> None:
    base = {"format": "fieldkit-provision", "version": 1, "organisation": "x",
            "recipients": [age.recipient_of(age.parse_identity(age.generate_identity()))]}  # fmt: skip
    assert Provisioning.from_json(base).hq_key is None
    with pytest.raises(InvalidValueError):
        Provisioning.from_json({**base, "hq_key": "ssh-rsa AAAA"})
    line = sshsig.public_key_line(Ed25519PrivateKey.generate().public_key())
    assert Provisioning.from_json({**base, "hq_key": line}).to_json()["hq_key"] == line


# --- the age ssh-ed25519 recipient --------------------------------------------------------------------------


def test_ssh_ed25519_recipients_round_trip_and_refuse_other_keys() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    data = os.urandom(age.CHUNK * 2 + 5)
    blob = _sealed(data, key.public_key(), other.public_key())
    assert age.AgeReader(io.BytesIO(blob), [other]).read() == data
    with pytest.raises(Exception, match="not encrypted"):
        age.AgeReader(io.BytesIO(_sealed(data, other.public_key())), [key])
    assert age.ed25519_to_x25519_public(key.public_key()) == age.ed25519_to_x25519_private(key).public_key(
    ).public_bytes_raw()  # fmt: skip
    text = blob.decode("latin-1")
    line = next(line for line in text.splitlines() if line.startswith("-> ssh-ed25519"))
    for broken in (line + " extra", line.replace("-> ssh-ed25519 ", "-> ssh-ed25519 AAAA")):
        with pytest.raises(BundleFormatError):
            age.read_header(io.BytesIO(blob.replace(line.encode("latin-1"), broken.encode("latin-1"))))


# --- the command line ---------------------------------------------------------------------------------------


def test_the_commands(tmp_path: Path, closed_store: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    with Store.open(closed_store, PASSPHRASE) as opened:
        provision(hq, opened)
        device = opened.device_id
    populate(hq)
    folder, device_args = str(hq.folder), ["--store", str(closed_store)]
    assert main([*device_args, "watchlist", "status"]) == 0
    assert "No watchlist on this device" in capsys.readouterr().out
    assert main(["hq", "watchlist", "list", "--dir", folder, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["ref"] for e in listed["entries"]] == ["WL-0001", "WL-0002"] and listed["exports"] == []
    assert listed["entries"][0]["instructions_words"].startswith("Detain")
    assert main(["hq", "watchlist", "export", "--dir", folder, "--out", str(tmp_path / "wl.age"),
                 "--device", device, "--valid-days", "5"]) == 0  # fmt: skip
    assert "watchlist version 1" in capsys.readouterr().out
    before = (tmp_path / "wl.age").read_bytes()
    assert (
        main(["hq", "watchlist", "export", "--dir", folder, "--out", str(tmp_path / "wl.age")]) == ExportError.exit_code
    )
    assert "already exists: choose another --out" in capsys.readouterr().err  # as every export (ExportError)
    assert (tmp_path / "wl.age").read_bytes() == before
    with hq.database() as db:
        assert [e["version"] for e in watchlist.exports(db)] == [1]  # the refused export took no version
    assert main([*device_args, "watchlist", "import", str(tmp_path / "wl.age")]) == 0
    assert "Imported watchlist version 1: 2 entries, 4 templates" in capsys.readouterr().out
    assert main([*device_args, "watchlist", "import", str(tmp_path / "wl.age")]) == WatchlistReplayError.exit_code
    assert "already holds version 1" in capsys.readouterr().err
    assert main([*device_args, "watchlist", "status", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["watchlist"]["version"] == 1 and state["watchlist"]["templates"] == 4
    assert state["pinned_hq_key"] == state["watchlist"]["hq_key"]
    assert main([*device_args, "watchlist", "status"]) == 0
    assert "valid (4 days left)" in capsys.readouterr().out
    assert main(["hq", "watchlist", "remove", "--dir", folder, "--ref", "WL-0001", "--reason", "caught"]) == 0
    assert main(["hq", "watchlist", "remove", "--dir", folder, "--ref", "WL-0001"]) == InvalidValueError.exit_code
    blob = bytearray((tmp_path / "wl.age").read_bytes())
    blob[-20] ^= 1
    (tmp_path / "bad.age").write_bytes(bytes(blob))
    assert main([*device_args, "watchlist", "import", str(tmp_path / "bad.age")]) == 65
    capsys.readouterr()
    assert main(["hq", "watchlist", "export", "--dir", folder, "--out", str(tmp_path / "x.age"), "--device",
                 "nobody"]) == InvalidValueError.exit_code  # fmt: skip
    assert (WatchlistSignatureError.exit_code, WatchlistNotForDeviceError.exit_code, WatchlistReplayError.exit_code,
            WatchlistExpiredError.exit_code) == (65, 66, 67, 68)  # fmt: skip


def test_prints_pair_up_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fieldkit.cli.app import build_parser

    parser = build_parser()
    args = parser.parse_args(
        [
            "hq",
            "watchlist",
            "add",
            "--dir",
            "HQ",
            "--ref",
            "R",
            "--finger",
            "2",
            "--ppi",
            "500",
            "r_index.png",
            "--finger",
            "7",
            "--ppi",
            "1000",
            "l_index.png",
            "--face",
            "f.jpg",
        ]
    )
    assert args.prints == [{"finger": 2, "ppi": 500.0, "path": Path("r_index.png")},
                           {"finger": 7, "ppi": 1000.0, "path": Path("l_index.png")}]  # fmt: skip
    assert args.face == ["f.jpg"]
    # the options of a print in another order, the image after either: the same print when it is unambiguous
    for order in (["--ppi", "500", "--finger", "2", "a.png"], ["--finger", "2", "a.png", "--ppi", "500"],
                  ["--ppi", "500", "a.png", "--finger", "2"]):  # fmt: skip
        args = parser.parse_args(["hq", "watchlist", "add", "--dir", "HQ", "--ref", "R", *order])
        assert args.prints == [{"finger": 2, "ppi": 500.0, "path": Path("a.png")}], order
    example = "(e.g. --finger 2 --ppi 500 r_index.png)"
    for wrong, said in (
        (["--finger", "2", "--finger", "3"], "the print of --finger 2 has no --ppi P and IMAGE"),
        (
            ["--finger", "2", "a.png", "--finger", "3", "--ppi", "500", "b.png"],
            "the print a.png (finger 2) has no --ppi P",
        ),
        (["--finger", "2", "--ppi", "500", "a.png", "b.png"], "--ppi 500 is followed by 2 images (a.png, b.png)"),
        (["--finger", "11"], "not 11"),
        (["--finger", "2", "--ppi", "5", "a.png"], "--ppi 5 is not a print resolution"),
        (["--finger", "two", "--ppi", "500", "a.png"], "not 'two'"),
        (["--instructions", "shoot"], "invalid choice"),
    ):
        with pytest.raises(UsageError) as refused:
            parser.parse_args(["hq", "watchlist", "add", "--dir", "HQ", "--ref", "R", *wrong])
        assert said in str(refused.value) and "\n" not in str(refused.value), wrong
        assert example in str(refused.value) or "invalid choice" in said, wrong
    HQ.init(tmp_path / "HQ", "x")
    folder = ["hq", "watchlist", "add", "--dir", str(tmp_path / "HQ"), "--ref", "R"]
    # what is missing, for which print or image, in one line, with the right form; nothing is read or added
    for wrong, said in (
        (
            ["--finger", "2"],
            f"the print of --finger 2 has no --ppi P and IMAGE: give each print as --finger N --ppi P IMAGE {example}",
        ),
        (["--finger", "2", "--ppi", "500"], "the print of --finger 2 has no IMAGE"),
        (["--ppi", "500", "a.png"], "the print a.png has no --finger N: give each print"),
        (["--finger", "2", "a.png"], "the print a.png (finger 2) has no --ppi P"),
        (
            ["a.png"],
            f"the image a.png has no --finger N and --ppi P: give each print as --finger N --ppi P IMAGE"
            f" {example}, each face photo as --face IMAGE",
        ),
        (["--face", "f.jpg", "g.jpg"], "the image g.jpg has no --finger N and --ppi P"),
    ):
        assert main([*folder, *wrong]) == UsageError.exit_code, wrong
        err = capsys.readouterr().err
        assert said in err and len(err.strip().splitlines()) == 2, err  # the message and what to do


def _print_png(path: Path, blots: int = 60) -> Path:
    """A synthetic loop with ink blots and gaps (ridge endings MINDTCT finds: about 40); blots=0: smooth ridges."""
    from PIL import ImageDraw, ImageFilter

    from fieldkit.biometrics import synthetic

    image = synthetic.ridges(seed=3, period=10)
    draw, rng = ImageDraw.Draw(image), random.Random(1)
    for _ in range(blots):
        x, y = rng.randrange(80, 320), rng.randrange(60, 440)
        draw.ellipse((x - 8, y - 8, x + 8, y + 8), fill=rng.choice((20, 235)))
    image.filter(ImageFilter.GaussianBlur(1)).save(path, "PNG")
    return path


def test_add_makes_templates_from_images_and_refuses_unusable_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The images become templates in the sandbox (MINDTCT, dlib); only the templates and the images' names and
    SHA-256 are kept. A print with no usable minutiae, or a photo with no face, is refused by name: nothing added."""
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    good, smooth = _print_png(tmp_path / "r_index.png"), _print_png(tmp_path / "smooth.png", blots=0)
    folder = ["--dir", str(hq.folder)]
    assert main(["hq", "watchlist", "add", *folder, "--ref", "WL-1", "--finger", "2", "--ppi", "500", str(good),
                 "--finger", "7", "--ppi", "500", str(smooth)]) == InvalidValueError.exit_code  # fmt: skip
    assert f"{smooth}: no usable minutiae" in capsys.readouterr().err
    assert main(["hq", "watchlist", "add", *folder, "--ref", "WL-1", "--face", str(good)]) == 25
    assert f"{good}: no face was found" in capsys.readouterr().err
    portrait = ROOT / "tests" / "assets" / "faces" / "biden.jpg"  # MINDTCT finds "minutiae" in it; NFIQ 2 scores 0
    assert main(["hq", "watchlist", "add", *folder, "--ref", "WL-1", "--finger", "2", "--ppi", "500",
                 str(portrait)]) == InvalidValueError.exit_code  # fmt: skip
    assert "this is not a fingerprint, or too poor a one" in capsys.readouterr().err
    assert main(["hq", "watchlist", "add", *folder, "--ref", "WL-1", "--finger", "2", "--ppi", "500",
                 str(tmp_path / "missing.png")]) == InputError.exit_code  # fmt: skip
    with hq.database() as db:
        watchlist.migrate(db)
        assert watchlist.entries(db) == []
    assert main(["hq", "watchlist", "add", *folder, "--ref", "WL-1", "--category", "wanted", "--instructions",
                 "do-not-alert", "--finger", "2", "--ppi", "500", str(good), "--json"]) == 0  # fmt: skip
    said = json.loads(capsys.readouterr().out)
    assert said["created"] and said["entry"]["fingers"] == [2] and said["entry"]["instructions"] == "do-not-alert"
    with hq.database() as db:
        (name, digest, entry_id, sealed, data) = db.execute("SELECT source_name, source_sha256, entry_id, sealed, data"
                                                            " FROM hq_watchlist_templates").fetchone()  # fmt: skip
        plain = TemplateKey(hq, db).open_watchlist(bytes(data), entry_id, digest, "finger", FINGER_ALGORITHM, 2)
    assert (name, digest) == ("r_index.png", hashlib.sha256(good.read_bytes()).hexdigest())
    assert sealed == 1 and b"FKM1" not in bytes(data)  # kept sealed under HQ's template key
    assert plain.startswith(b"FKM1") and len(decode_finger(plain).minutiae) >= 12

    # the same image twice: in one addition (same file, or the same bytes under another name, for another finger or
    # as a face) refused before any image is templated; again to the entry that holds its template, refused too
    copy = tmp_path / "copy.png"
    copy.write_bytes(good.read_bytes())
    for twice in (["--finger", "2", "--ppi", "500", str(good), "--finger", "2", "--ppi", "500", str(good)],
                  ["--finger", "2", "--ppi", "500", str(good), "--ppi", "1000", "--finger", "7", str(copy)],
                  ["--finger", "2", "--ppi", "500", str(good), "--face", str(copy)]):  # fmt: skip
        assert (
            main(["hq", "watchlist", "add", *folder, "--ref", "WL-2", *twice]) == WatchlistImageRepeatedError.exit_code
        )
        assert f"is the same image as {good} (finger 2)" in capsys.readouterr().err
    assert main(["hq", "watchlist", "add", *folder, "--ref", "WL-1", "--finger", "3", "--ppi", "500",
                 str(copy)]) == WatchlistImageRepeatedError.exit_code  # fmt: skip
    assert "copy.png: WL-1 already holds a template made from this image (added as r_index.png" in (
        capsys.readouterr().err)  # fmt: skip
    with hq.database() as db:
        assert [(e.ref, e.fingers) for e in watchlist.entries(db)] == [("WL-1", (2,))]
    assert WatchlistImageRepeatedError.exit_code == 77
