"""The identification commands as an operator types them (issue 17, fresh-eyes findings): 'hits' names whom each
candidate concerns (the subject or item of its capture) in its lines and --json, gives the same rounded score in
both, and 'hits confirm|reject' take their ID and options in any order.

The hits are put in the store directly (finding them is tests/unit/test_identify.py's); the prints are real files
stored as 'fingerprint add' stores them."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from fieldkit.biometrics import capture, subjects
from fieldkit.cli.main import main
from fieldkit.errors import InvalidValueError, UsageError
from fieldkit.store.store import Store
from tests import prints_kit
from tests.conftest import PASSPHRASE

MATE, OTHER = prints_kit.fingers()


def _hit(store: Store, capture_id: int, ref: str, score: float, finger: int = 2) -> int:
    made = store.identification.add_hit(str(uuid.uuid4()), capture_id, ref=ref, category="wanted",
                                        instructions="detain", modality="finger", finger=finger, score=score,
                                        watchlist_version=3)  # fmt: skip
    assert made is not None
    return made


@pytest.fixture
def held(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Two hits on subject S-1's print and one on a latent print lifted from item EV-0044 (no subject); the store
    closed, ready for the CLI."""
    subject = subjects.add_subject(store, "Op Falcon", "S-1")
    (tmp_path / "s1.png").write_bytes(MATE.impressions[0])
    (tmp_path / "ev.png").write_bytes(OTHER.impressions[0])
    on_subject = capture.add_print_file(store, subject.item, tmp_path / "s1.png", finger=2, impression=0, ppi=500)
    document = store.ensure_item(store.ensure_case("Op Falcon"), "EV-0044", "document")
    on_item = capture.add_print_file(store, document, tmp_path / "ev.png", finger=0, impression=0, ppi=500)
    ids = {
        "first": _hit(store, on_subject.capture.id, "WL-0007", 41.236),
        "second": _hit(store, on_subject.capture.id, "WL-0100", 37.5, finger=7),
        "latent": _hit(store, on_item.capture.id, "WL-0200", 0.6049),
    }
    folder = store.folder
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return {**ids, "subject_uuid": subject.uuid, "capture": on_subject.capture.id, "folder": folder}


def test_hits_name_the_subject_or_item_and_round_scores_alike(held: dict[str, object],
                                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert main(["hits"]) == 0
    lines = {line.split(":", 1)[0]: line for line in capsys.readouterr().out.splitlines()}
    first, latent = lines[f"WATCHLIST HIT #{held['first']}"], lines[f"WATCHLIST HIT #{held['latent']}"]
    assert f"capture #{held['capture']} of subject S-1 (case Op Falcon)" in first and "score 41.24," in first
    assert "of item EV-0044 (case Op Falcon)" in latent and "score 0.6," in latent
    assert "score 37.5," in lines[f"WATCHLIST HIT #{held['second']}"]

    assert main(["hits", "--json"]) == 0
    listed = {hit["id"]: hit for hit in json.loads(capsys.readouterr().out)}
    on_subject, on_item = listed[held["first"]], listed[held["latent"]]
    assert (on_subject["subject"], on_subject["subject_uuid"], on_subject["item"], on_subject["case"]) == (
        "S-1", held["subject_uuid"], "S-1", "Op Falcon")  # fmt: skip
    assert (on_item["subject"], on_item["subject_uuid"], on_item["item"]) == (None, None, "EV-0044")
    # the text and --json give the same value: 2 decimals, the text without trailing zeros
    assert (on_subject["score"], on_item["score"], listed[held["second"]]["score"]) == (41.24, 0.6, 37.5)


def test_confirm_and_reject_take_the_id_and_options_in_any_order(
    held: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["hits", "reject", "--reason", "different scar", str(held["first"])]) == 0
    said = capsys.readouterr().out
    assert f"candidate #{held['first']} (WL-0007, capture #{held['capture']} of subject S-1" in said
    assert "rejected by alice" in said
    assert main(["hits", "reject", str(held["second"]), "--reason", "another finger", "--json"]) == 0
    decided = json.loads(capsys.readouterr().out)
    assert (decided["decision"], decided["reason"], decided["subject"]) == ("rejected", "another finger", "S-1")
    assert main(["hits", "--json", "confirm", str(held["latent"])]) == 0  # --json before the action word too
    assert json.loads(capsys.readouterr().out)["decision"] == "confirmed"
    assert main(["hits", "confirm", "--json", str(held["latent"])]) == 0
    assert json.loads(capsys.readouterr().out)["item"] == "EV-0044"

    assert main(["hits", "reject", str(held["first"])]) == UsageError.exit_code
    assert "--reason TEXT" in capsys.readouterr().err
    assert main(["hits", "reject", "--reason", "x"]) == UsageError.exit_code  # no ID
    assert "ID" in capsys.readouterr().err
    assert main(["hits", "confirm", "three"]) == InvalidValueError.exit_code
    assert "'three' is not a candidate's number" in capsys.readouterr().err
    assert main(["hits", "--open", "confirm", str(held["first"])]) == UsageError.exit_code
    assert main(["hits", "--open", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with Store.open(held["folder"], PASSPHRASE) as reopened:  # type: ignore[arg-type]
        decided_events = [e for e in reopened.custody_events() if e.action == "watchlist.hit_decided"]
        assert [(e.details["decision"], e.details["reason"]) for e in decided_events] == [
            ("rejected", "different scar"),
            ("rejected", "another finger"),
            ("confirmed", ""),
            ("confirmed", ""),
        ]
