"""Issue 15, device side: a damaged copy is caught before it is sent (sync --once says so and exits non-zero), every
--json refusal is JSON, and a bundle with no intact copy left is given up ('bundle remake N') so its captures reach
HQ in the next bundle, with no gap, no alarm and the custody chain whole. Real store, real bundles, real HQ index."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.hq.ingest import Index
from fieldkit.outgoing import compose
from fieldkit.store.store import Store
from fieldkit.sync import outbox
from tests.conftest import PASSPHRASE
from tests.interop.test_sync import Field, archived, make_bundles, provision, url_of

pytest_plugins = ["tests.interop.test_sync"]  # its fixtures: field, server


def damage(path: Path) -> bytes:
    intact = path.read_bytes()
    data = bytearray(intact)
    data[len(data) // 2] ^= 0x40  # one byte flipped on the drive
    path.write_bytes(bytes(data))
    return intact


def use_cli(field: Field, monkeypatch: pytest.MonkeyPatch) -> None:
    field.store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(field.store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)


def test_sync_refuses_a_damaged_copy_before_sending_and_exits_54(
    field: Field, server: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    provision(field, url_of(server))  # type: ignore[arg-type]
    paths = make_bundles(field, 3)
    intact = damage(paths[2])
    use_cli(field, monkeypatch)
    assert main(["sync", "--once", "--json"]) == 54  # before the fix: sent, quarantined at HQ, exit 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["damaged"] == [3] and result["error"] == "DamagedBundleCopyError" and result["exit_code"] == 54
    assert "'fieldkit outbox relocate 3 --path FILE'" in result["what_to_do"]
    states = {e["sequence"]: e["state"] for e in result["outbox"]}
    assert states == {1: "acknowledged", 2: "acknowledged", 3: "rejected"}  # the others went on
    three = next(e for e in result["outbox"] if e["sequence"] == 3)
    assert three["reason"].startswith("damaged copy: ") and "bundle remake 3" in three["hint"]
    assert not (field.hq.folder / "quarantine").exists() or not any((field.hq.folder / "quarantine").iterdir())
    assert archived(field.hq) == 2 and "DamagedBundleCopy" not in captured.err and "relocate 3" in captured.err

    # outbox retry --json: the refusal is JSON too, and names bundle 3 in what to do.
    assert main(["outbox", "retry", "3", "--json"]) == 54
    refusal = json.loads(capsys.readouterr().out)
    assert refusal["error"] == "DamagedBundleCopyError" and hashlib.sha256(intact).hexdigest() in refusal["message"]
    assert "relocate 3 --path FILE" in refusal["what_to_do"] and " N " not in refusal["what_to_do"]

    paths[2].write_bytes(intact)  # the intact copy back: retry, then it goes
    assert main(["outbox", "retry", "3", "--json"]) == 0
    capsys.readouterr()
    assert main(["sync", "--once"]) == 0 and archived(field.hq) == 3
    field.store = Store.open(field.store.folder, PASSPHRASE)  # the fixture closes it


def test_a_bundle_hq_rejects_makes_sync_once_exit_50(
    field: Field, server: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bundle the device's check cannot catch (no hash recorded: made before it was) and HQ quarantines."""
    provision(field, url_of(server))  # type: ignore[arg-type]
    (path,) = make_bundles(field, 1)
    damage(path)
    monkeypatch.setattr(outbox, "_recorded_hashes", lambda store: {})  # as for a bundle made before they were kept
    use_cli(field, monkeypatch)
    assert main(["sync", "--once"]) == 50  # before the fix: 0
    captured = capsys.readouterr()
    assert "HQ refused 1 bundle(s) (bundle 1: payload-auth" in captured.err
    field.store = Store.open(field.store.folder, PASSPHRASE)


def test_remake_sends_a_lost_bundle_again_with_no_gap_and_an_intact_chain(
    field: Field, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = make_bundles(field, 3)
    store = field.store
    lost = {uuid for event in store.custody.of_actions(["bundle.created"]) if event.details["sequence"] == 3
            for uuid in event.details["captures"]}  # fmt: skip
    assert lost
    damage(paths[2])
    with pytest.raises(Exception, match="not the newest"):
        compose.remake(store, 2, "lost")
    use_cli(field, monkeypatch)
    assert main(["bundle", "remake", "3", "--reason", "file damaged, no intact copy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"abandoned": 3, "captures": 1, "amendments": 0}
    assert main(["bundle", "remake", "3", "--reason", "again", "--json"]) == 25  # no longer complete
    assert json.loads(capsys.readouterr().out)["exit_code"] == 25
    assert main(["outbox", "retry", "3"]) == 25
    assert "abandoned on this device" in capsys.readouterr().err
    store = field.store = Store.open(field.store.folder, PASSPHRASE)
    (made,) = compose.create_bundles(store, field.out)
    assert made.sequence == 4 and made.capture_count == 1
    records = {b.sequence: b for b in store.ledger.bundles()}
    assert records[3].state == "abandoned" and records[4].previous_tagmanifest_sha256 == records[2].tagmanifest_sha256
    event = next(e for e in store.custody.of_actions(["bundle.abandoned"]))
    assert event.details["reason"] == "file damaged, no intact copy" and set(event.details["captures"]) == lost
    assert all(b.state in ("acknowledged", "waiting") for b in outbox.entries(store)) and 3 not in {
        e.sequence for e in outbox.entries(store)
    }

    with Index(field.hq) as index:
        results = [index.ingest(path) for path in (paths[0], paths[1], made.path)]
        assert [r.outcome for r in results] == ["ingested"] * 3
        assert [r.alarms for r in results] == [[], [], []] and results[-1].gaps == []
        held = {row[0] for row in index.db.execute("SELECT uuid FROM received WHERE kind = 'capture'")}
        assert lost <= held
        assert index.db.execute("SELECT count(*) FROM alarms").fetchone()[0] == 0
        assert [r[0] for r in index.db.execute("SELECT sequence FROM abandoned")] == [3]


def test_remake_refuses_a_bundle_hq_acknowledged(field: Field, server: object) -> None:
    provision(field, url_of(server))  # type: ignore[arg-type]
    make_bundles(field, 1)
    outbox.sync_once(field.store)
    with pytest.raises(Exception, match="acknowledged by HQ"):
        compose.remake(field.store, 1, "lost")
    with pytest.raises(Exception, match="--reason"):
        compose.remake(field.store, 1, "  ")
