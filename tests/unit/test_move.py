"""A capture filed under the wrong item moves to the right one, custody-logged with the operator's reason; a capture
already sent in a bundle stays where HQ has it (moved or deleted from the window: refused)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.core.importer import Importer
from fieldkit.errors import CaptureBundledError, InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes


def _import(store: Store, tmp_path: Path, tag: str, seed: int, case: str = "Op Falcon") -> int:
    source = tmp_path / f"IMG_{seed}.jpg"
    source.write_bytes(jpeg_bytes(seed=seed))
    summary = Importer(store).run(case, tag, [source])
    capture_id = summary.outcomes[0].capture_id
    assert capture_id is not None
    return capture_id


def test_move_puts_the_capture_under_the_other_item_and_logs_why(store: Store, tmp_path: Path) -> None:
    capture_id = _import(store, tmp_path, "EV-0043", 1)
    _import(store, tmp_path, "EV-0044", 2)
    case = store.case("Op Falcon")
    assert case is not None
    source, target = store.item(case, "EV-0043"), store.item(case, "EV-0044")
    assert source is not None and target is not None
    moved = store.move_capture(capture_id, target, "  photographed under the wrong tag  ")
    assert (moved.item_id, moved.item_tag) == (target.id, "EV-0044")
    assert [c.id for c in store.captures("Op Falcon", "EV-0043")] == []
    assert capture_id in [c.id for c in store.captures("Op Falcon", "EV-0044")]
    event = store.custody_events(f"capture:{moved.uuid}")[-1]
    assert event.action == "capture.moved"
    assert event.details["from_item"] == source.uuid and event.details["from_tag"] == "EV-0043"
    assert event.details["item"] == target.uuid and event.details["to_tag"] == "EV-0044"
    assert event.details["reason"] == "photographed under the wrong tag"
    assert store.check().ok  # the custody chain and the media still verify
    assert b"".join(store.read_original(capture_id)) == (tmp_path / "IMG_1.jpg").read_bytes()


def test_move_refuses_without_reason_same_item_and_duplicates(store: Store, tmp_path: Path) -> None:
    capture_id = _import(store, tmp_path, "EV-1", 1)
    Importer(store).run("Op Falcon", "EV-2", [tmp_path / "IMG_1.jpg"])  # the same bytes in EV-2
    case = store.case("Op Falcon")
    assert case is not None
    one, two = store.item(case, "EV-1"), store.item(case, "EV-2")
    assert one is not None and two is not None
    before = len(store.custody_events())
    with pytest.raises(InvalidValueError, match="reason"):
        store.move_capture(capture_id, two, "   ")
    with pytest.raises(InvalidValueError, match="already in item"):
        store.move_capture(capture_id, one, "why not")
    with pytest.raises(InvalidValueError, match="already holds the same file"):
        store.move_capture(capture_id, two, "wrong tag")
    assert store.capture(capture_id).item_tag == "EV-1" and len(store.custody_events()) == before


def test_a_bundled_capture_is_not_moved_and_deleted_only_with_a_reason(store: Store, tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    ledger.add_recipient(store, hq.recipients()[0])
    capture_id = _import(store, tmp_path, "EV-1", 1)
    (tmp_path / "out").mkdir()
    compose.create_bundles(store, tmp_path / "out")
    case = store.case("Op Falcon")
    assert case is not None
    other = store.ensure_item(case, "EV-2")
    with pytest.raises(CaptureBundledError, match="bundle 1"):
        store.move_capture(capture_id, other, "wrong tag")
    with pytest.raises(CaptureBundledError):
        store.delete_capture(capture_id, "blurred", refuse_bundled=True)
    with pytest.raises(InvalidValueError, match="reason"):
        store.delete_capture(capture_id)
    assert store.capture(capture_id).item_tag == "EV-1"
    assert CaptureBundledError("x").exit_code == 17
    store.delete_capture(capture_id, "blurred")  # HQ keeps its copy; the next bundle tells it (an amendment)
    assert [a.change for a in store.amendments.pending()] == ["deleted"]


def test_cli_move(closed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes(seed=3))
    assert main(["import", "--case", "Op Falcon", "--item", "EV-7", "--no-analyse", str(tmp_path / "a.jpg")]) == 0
    assert main(["item", "--case", "Op Falcon", "--item", "EV-8"]) == 0
    assert main(["item", "--case", "Op Hawk", "--item", "EV-8"]) == 0
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)

    assert main(["move", str(row["id"]), "--to-item", "EV-8", "--reason", ""]) == 2  # a reason is required
    assert main(["move", str(row["id"]), "--to-item", "EV-9", "--reason", "wrong tag"]) == 16  # no such item
    assert "what to do:" in capsys.readouterr().err

    assert main(["move", str(row["id"]), "--to-item", "EV-8", "--reason", "wrong tag"]) == 0
    out = capsys.readouterr().out
    assert "from Op Falcon / EV-7 to Op Falcon / EV-8" in out
    assert main(["move", str(row["id"]), "--to-item", "EV-8", "--case", "Op Hawk", "--reason", "wrong case"]) == 0
    capsys.readouterr()
    assert main(["show", str(row["id"]), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["case_name"], shown["item_tag"]) == ("Op Hawk", "EV-8")
    assert [e["action"] for e in shown["custody"]].count("capture.moved") == 2
    assert main(["check"]) == 0
