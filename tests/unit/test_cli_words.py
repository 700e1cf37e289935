"""The command line says what happened and what to do in words: custody events with their reasons (`show`,
`custody`), one "fieldkit:" per error, close names for a mistyped case or item, and `move` refusing a bundled
capture before anything about the target."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

import fieldkit
from fieldkit.cli._common import did_you_mean
from fieldkit.cli.app import build_parser
from fieldkit.cli.main import main
from fieldkit.core import custody_text, samples
from fieldkit.hq.trust import HQ
from fieldkit.models import CustodyEvent
from fieldkit.outgoing import compose, ledger
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes


@pytest.fixture
def env(closed_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return closed_store


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_capture(capsys: pytest.CaptureFixture[str], tmp_path: Path, tag: str = "EV-0043") -> int:
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes(seed=5))
    assert main(["import", "--case", "Op Falcon", "--item", tag, "--no-analyse", str(tmp_path / "a.jpg")]) == 0
    assert main(["item", "--case", "Op Falcon", "--item", "EV-0044"]) == 0
    capsys.readouterr()
    _, out, _ = cli(capsys, "list", "--json")
    return int(json.loads(out)[0]["id"])


def test_show_and_custody_print_the_move_in_words_with_its_reason(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = _one_capture(capsys, tmp_path)
    code, out, _ = cli(capsys, "move", str(capture), "--to-item", "EV-0044", "--reason", "wrong bag")
    assert code == 0 and "reason: wrong bag" in out

    code, out, _ = cli(capsys, "show", str(capture))
    assert code == 0
    assert "capture.moved" in out  # the code stays, beside the words
    assert "Moved to Op Falcon / EV-0044 from EV-0043; reason: wrong bag" in out
    assert "Imported a.jpg" in out

    code, out, _ = cli(capsys, "show", str(capture), "--json")
    moved = [e for e in json.loads(out)["custody"] if e["action"] == "capture.moved"]
    assert len(moved) == 1
    assert moved[0]["reason"] == "wrong bag" and moved[0]["details"]["reason"] == "wrong bag"
    assert moved[0]["details"]["from_tag"] == "EV-0043" and moved[0]["details"]["to_tag"] == "EV-0044"
    assert moved[0]["text"] == "Moved to Op Falcon / EV-0044 from EV-0043"

    code, out, _ = cli(capsys, "custody")
    assert "capture.moved" in out and "Moved to Op Falcon / EV-0044 from EV-0043; reason: wrong bag" in out
    assert "Details changed" not in out and "Item created: EV-0044" in out
    code, out, _ = cli(capsys, "custody", "--json")
    events = json.loads(out)
    assert {"seq", "at", "operator", "action", "subject", "details", "entry_hash", "text", "reason"} <= set(events[0])
    assert [e["reason"] for e in events if e["action"] == "capture.moved"] == ["wrong bag"]

    assert main(["delete", str(capture), "--reason", "blurred"]) == 0
    code, out, _ = cli(capsys, "custody")
    assert "Deleted a.jpg; reason: blurred" in out


def test_every_logged_action_has_words_and_unknown_ones_keep_their_code() -> None:
    def event(action: str, **details: object) -> CustodyEvent:
        return CustodyEvent(1, "2026-12-01T11:55:03.023655Z", "Sgt Haddad", action, "x", dict(details), "", "")

    assert custody_text.describe(event("item.edited", changed={"description": "x", "recovered_at": "y"})) == (
        "Details changed: description, time recovered"
    )
    assert custody_text.describe(event("capture.flagged", reason="check the tag")) == "Flagged for review"
    assert custody_text.reason(event("capture.flagged", reason=" check the tag ")) == "check the tag"
    moved = event("capture.moved", from_case="Op Hawk", from_tag="EV-1", to_case="Op Falcon", to_tag="EV-2")
    assert custody_text.describe(moved) == "Moved to Op Falcon / EV-2 from Op Hawk / EV-1"
    assert custody_text.describe(event("capture.imported")) == "capture.imported"  # a detail missing: the code
    assert custody_text.describe(event("something.new")) == "something.new"
    assert custody_text.short_time("2026-12-01T11:55:03.023655Z") == "2026-12-01 11:55:03 UTC"


def logged_actions() -> set[str]:
    """Every custody action code the source logs: the first argument of each ``.log("...", ...)`` call."""
    found: set[str] = set()
    for path in Path(fieldkit.__file__).parent.rglob("*.py"):
        found |= set(re.findall(r'\.log\(\s*"([a-z_]+\.[a-z_]+)"', path.read_text("utf-8")))
    # The sample steps are logged through their constants (core/samples.py), which the pattern cannot read.
    return found | set(samples.SAMPLE_ACTIONS) | {samples.SHIPMENT_MADE}


def test_every_action_the_code_logs_has_words() -> None:
    found = logged_actions()
    assert {"capture.templates", "watchlist.hit", "watchlist.hit_decided", "capture.imported"} <= found  # it reads
    assert sorted(found - set(custody_text.WORDS)) == []
    # Every variant's action is logged, and its details name the variant (an unknown value: the action's words).
    assert {key.split(":")[0] for key in custody_text.WORDS if ":" in key} <= set(custody_text.VARIANTS) <= found


@pytest.mark.parametrize(
    ("action", "details", "said"),
    [
        ("capture.templates", {"modality": "finger", "status": "ok", "count": 1, "reason": "", "algorithm": "v"},
         "Templates made for identification (fingerprint): 1"),
        ("capture.templates", {"modality": "face", "status": "none", "count": 0, "reason": "no face", "algorithm": "v"},
         "No template could be made for identification (face)"),
        ("capture.templates", {"modality": "finger", "status": "failed", "count": 0, "reason": "x", "algorithm": "v"},
         "Templates for identification could not be made (fingerprint)"),
        ("watchlist.hit", {"hit": "u", "ref": "WL-0042", "score": 87.456, "finger": 2, "modality": "finger",
                           "watchlist_version": 3}, "WATCHLIST HIT: entry WL-0042 (fingerprint), score 87.46"),
        ("watchlist.hit_decided", {"hit": "u", "ref": "WL-0042", "decision": "confirmed", "reason": "scar",
                                   "previous": None}, "Watchlist hit on entry WL-0042 confirmed by the operator"),
        ("watchlist.hit_decided", {"hit": "u", "ref": "WL-0042", "decision": "rejected", "reason": "no",
                                   "previous": "confirmed"}, "Watchlist hit on entry WL-0042 rejected by the operator"),
        ("watchlist.searched", {"version": 3, "captures": 2, "hits": 1},
         "Searched against watchlist version 3: captures 2, hits 1"),
        ("watchlist.search_failed", {"reason": "expired"}, "Watchlist search could not run"),
        ("bundle.rejected", {"sequence": 4, "verdict": "refused", "reason": "x"}, "Bundle 4 refused by HQ"),
        ("site.edited", {"case": "c", "name": "Depot", "changed": {"name": "Depot"}}, "Site changed: name"),
    ],
)  # fmt: skip
def test_identification_entries_read_in_words(action: str, details: dict[str, object], said: str) -> None:
    event = CustodyEvent(1, "2026-12-01T11:55:03.023655Z", "Sgt Haddad", action, "x", details, "", "")
    assert custody_text.describe(event) == said
    node = {"@type": "case-investigation:InvestigativeAction", "uco-core:name": action, "fieldkit:sequence": 7,
            "fieldkit:details": json.dumps(details), "uco-action:startTime": {"@value": "2026-12-01"}}  # fmt: skip
    assert custody_text.describe(custody_text.from_node(node)) == said  # a bundle's entry: the same words
    # Details that do not parse: no details (words that need none, else the code), never an exception.
    broken = custody_text.describe(custody_text.from_node({**node, "fieldkit:details": "not json"}))
    assert broken in (action, custody_text.WORDS[action])


def test_errors_say_fieldkit_once_and_name_close_names(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = _one_capture(capsys, tmp_path)
    code, _, err = cli(capsys, "no-such-command")
    assert code == 2 and err.startswith("fieldkit: error: argument COMMAND") and "fieldkit: fieldkit" not in err
    code, _, err = cli(capsys, "move")
    assert code == 2 and err.startswith("fieldkit: error: move: the following arguments are required")

    code, _, err = cli(capsys, "move", str(capture), "--to-item", "ev-0044", "--reason", "wrong bag")
    assert code == 16
    assert "no item 'ev-0044' (did you mean 'EV-0044'?)" in err
    assert "'fieldkit items'" in err and "fieldkit list" not in err
    code, _, err = cli(capsys, "move", str(capture), "--to-item", "EV-0044", "--case", "Op Falcn", "--reason", "x")
    assert code == 16 and "no case 'Op Falcn' (did you mean 'Op Falcon'?)" in err
    code, _, err = cli(capsys, "move", str(capture), "--to-item", "ZZ-9", "--reason", "x")
    assert code == 16 and "did you mean" not in err

    code, out, err = cli(capsys, "list", "--item", "EV-0034")
    assert code == 0 and "no item 'EV-0034' (did you mean" in err and "'EV-0043'" in err

    code, out, _ = cli(capsys, "items")
    assert code == 0 and "EV-0043" in out and "EV-0044" in out
    code, out, _ = cli(capsys, "items", "--json")
    assert {(r["item"], r["captures"]) for r in json.loads(out)} == {("EV-0043", 1), ("EV-0044", 0)}


def test_did_you_mean() -> None:
    assert did_you_mean("ev-0043", ["EV-0043", "EV-0044"]) == " (did you mean 'EV-0043'?)"
    assert "'EV-0043'" in did_you_mean("EV-0034", ["EV-0043", "Z"])
    assert did_you_mean("Weapons cache", ["EV-1"]) == ""


def test_move_refuses_a_bundled_capture_before_looking_at_the_target(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = _one_capture(capsys, tmp_path)
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    with Store.open(env, PASSPHRASE) as store:
        ledger.add_recipient(store, hq.recipients()[0])
        (tmp_path / "out").mkdir()
        compose.create_bundles(store, tmp_path / "out")
    code, _, err = cli(capsys, "move", str(capture), "--to-item", "EV-9999", "--reason", "wrong bag")
    assert code == 17 and "bundle 1" in err and "EV-9999" not in err


def test_every_option_of_the_evidence_commands_has_a_description(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    names = ("import", "acquisitions", "acquisition", "list", "show", "export-original", "delete", "move", "items",
             "flag", "flags", "site", "item", "pages", "duplicates")  # fmt: skip
    for name in names:
        undescribed = [a.dest for a in commands.choices[name]._actions if not a.help]
        assert undescribed == [], name
    with pytest.raises(SystemExit):
        main(["move", "--help"])
    out = capsys.readouterr().out
    assert "the tag of the item it belongs in" in out and "why it belongs to the other item" in out
