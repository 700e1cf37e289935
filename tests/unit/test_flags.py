"""A capture flagged for review ("blurred, retake") is a custody event and nothing else: flagged, cleared, listed,
shown; the chain stays intact, an empty reason is refused, and a capture already in a bundle may be flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.core.importer import Importer
from fieldkit.errors import InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes


def _import(store: Store, tmp_path: Path, tag: str, seed: int, case: str = "Op Falcon") -> int:
    source = tmp_path / f"IMG_{seed}.jpg"
    source.write_bytes(jpeg_bytes(seed=seed))
    capture_id = Importer(store).run(case, tag, [source]).outcomes[0].capture_id
    assert capture_id is not None
    return capture_id


def test_flag_and_unflag_are_custody_events_and_flags_lists_the_current_ones(store: Store, tmp_path: Path) -> None:
    one, two, three = (_import(store, tmp_path, "EV-1", seed) for seed in (1, 2, 3))
    assert store.flags() == {} and store.flag_of(one) is None
    store.flag_capture(one, "  blurred, retake  ")
    store.flag_capture(two, "wrong item?")
    store.flag_capture(two, "check the tag")  # flagged again: the newer reason
    store.flag_capture(three, "check the tag")
    store.unflag_capture(three, "tag checked: right item")
    flags = store.flags()
    assert sorted(flags) == [one, two]
    assert flags[one].reason == "blurred, retake" and flags[one].operator == "alice" and flags[one].at
    assert flags[two].reason == "check the tag"
    assert store.flag_of(one) == flags[one] and store.flag_of(three) is None
    events = store.custody_events(f"capture:{store.capture(three).uuid}")
    assert [e.action for e in events][-2:] == ["capture.flagged", "capture.unflagged"]
    assert events[-1].details["reason"] == "tag checked: right item"
    store.flag_capture(three, "still blurred")  # flagged again after a clear
    assert sorted(store.flags()) == [one, two, three]
    assert store.check().ok  # the custody chain still verifies
    store.delete_capture(two, "duplicate")
    assert sorted(store.flags()) == [one, three]  # a deleted capture's flag goes with it


def test_an_empty_reason_is_refused_and_logs_nothing(store: Store, tmp_path: Path) -> None:
    capture_id = _import(store, tmp_path, "EV-1", 1)
    before = len(store.custody_events())
    with pytest.raises(InvalidValueError, match="reason") as refused:
        store.flag_capture(capture_id, "   ")
    assert refused.value.fix  # the error says what to do
    with pytest.raises(InvalidValueError, match="not flagged"):
        store.unflag_capture(capture_id)
    assert len(store.custody_events()) == before and store.flags() == {}


def test_a_bundled_capture_may_be_flagged(store: Store, tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    ledger.add_recipient(store, hq.recipients()[0])
    capture_id = _import(store, tmp_path, "EV-1", 1)
    (tmp_path / "out").mkdir()
    compose.create_bundles(store, tmp_path / "out")
    assert store.originals.bundle_of(capture_id) == 1
    store.flag_capture(capture_id, "blurred: retake at HQ's request")
    assert store.flags()[capture_id].reason == "blurred: retake at HQ's request"
    store.unflag_capture(capture_id)
    assert store.flags() == {} and store.check().ok


def test_cli_flag_clear_flags_and_show(closed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes(seed=3))
    (tmp_path / "b.jpg").write_bytes(jpeg_bytes(seed=4))
    assert main(["import", "--case", "Op Falcon", "--item", "EV-7", "--no-analyse", str(tmp_path / "a.jpg")]) == 0
    assert main(["import", "--case", "Op Hawk", "--item", "EV-1", "--no-analyse", str(tmp_path / "b.jpg")]) == 0
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    a, b = (str(row["id"]) for row in json.loads(capsys.readouterr().out))

    assert main(["flag", a]) == 2  # a reason is required
    assert main(["flag", a, "--reason", "  "]) == 2
    assert main(["flag", a, "--clear"]) == 25  # not flagged
    assert "what to do:" in capsys.readouterr().err
    assert main(["flags"]) == 0
    assert "No flagged captures." in capsys.readouterr().out

    assert main(["flag", a, "--reason", "blurred, retake"]) == 0
    assert "Flagged capture" in capsys.readouterr().out
    assert main(["flag", b, "--reason", "check the tag"]) == 0
    capsys.readouterr()
    assert main(["flags", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["case"], r["item"], r["name"], r["reason"], r["operator"]) for r in listed] == [
        (int(a), "Op Falcon", "EV-7", "a.jpg", "blurred, retake", "alice"),
        (int(b), "Op Hawk", "EV-1", "b.jpg", "check the tag", "alice"),
    ]
    assert all(r["flagged_at"] for r in listed)
    assert main(["flags", "--case", "Op Hawk"]) == 0
    out = capsys.readouterr().out
    assert "check the tag" in out and "blurred" not in out

    assert main(["show", a]) == 0
    assert "flagged        blurred, retake (by alice," in capsys.readouterr().out
    assert main(["show", a, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["flag"]["reason"] == "blurred, retake"
    assert "capture.flagged" in [e["action"] for e in shown["custody"]]

    assert main(["flag", a, "--clear", "--reason", "retaken as IMG_2"]) == 0
    assert "Cleared the flag" in capsys.readouterr().out
    assert main(["show", a, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["flag"] is None
    assert main(["flags", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [int(b)]
    assert main(["check"]) == 0
