"""Identification on the device (issue 17): a print or a subject's face photo is templated right after it is stored
and searched against the watchlist; a mated print is a hit with the right reference (the capture commands' lines and
their --json), a non-mated one is none; an expired watchlist is not searched and says so; the operator's decisions
are custody-logged; a failure keeps the capture; a subject's prints are searched together (ten-print fusion).

The watchlist is put in the store directly (the import of a signed file is the watch helper's, tested there), with
templates made by the real extractor from real prints (tests/prints_kit.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from fieldkit.biometrics import identify, matching, prints, subjects
from fieldkit.biometrics.templates import Template, extract_finger
from fieldkit.cli.main import main
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import HitNotFoundError, NoWatchlistError, ReasonRequiredError
from fieldkit.store.store import Store, timestamp
from fieldkit.store.watchlist import EntryRow, WatchlistInfo
from tests import prints_kit
from tests.conftest import PASSPHRASE

DETAIN = "detain; do not alert the subject"


def template(data: bytes, finger: int, ppi: float = 500) -> Template:
    made = extract_finger(data, ppi=ppi, finger=finger, what="a watchlist print")
    assert made is not None
    return made


def entry(ref: str, templates: Sequence[Template], category: str = "wanted", instructions: str = DETAIN) -> EntryRow:
    return EntryRow(ref, category, instructions, "", tuple((t.modality, t.algorithm, t.finger, t.data) for t in templates))


def hold_watchlist(store: Store, entries: Sequence[EntryRow], *, version: int = 3,
                   valid_for: timedelta = timedelta(days=30)) -> None:  # fmt: skip
    now = store.clock()
    info = WatchlistInfo(version, timestamp(now - timedelta(days=1)), timestamp(now + valid_for), "SHA256:hq-test-key",
                         store.device_id, f"{version:064x}", timestamp(now))  # fmt: skip
    with store.write():
        store.watchlist.replace(info, entries)


@pytest.fixture
def cli(store: Store, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store closed for the command line (FIELDKIT_STORE, FIELDKIT_PASSPHRASE set)."""
    folder = store.folder
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return folder


def reopen(folder: Path) -> Store:
    return Store.open(folder, PASSPHRASE)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_a_mated_print_captured_is_a_hit_with_the_right_reference(store: Store, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    finger = prints_kit.FINGERS[0]
    subjects.add_subject(store, "Op Falcon", "S-1")
    hold_watchlist(store, [entry("WL-0007", [template(finger.impressions[0], 2)]),
                           entry("WL-0100", [template(prints_kit.FINGERS[1].impressions[0], 2)], "informant",
                                 "collect and report")])  # fmt: skip
    folder = store.folder
    store.close()
    env = {"FIELDKIT_STORE": str(folder), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        add = ["fingerprint", "add", "--subject", "S-1", "--finger", "2", "--ppi", "500"]
        assert main([*add, write(tmp_path, "mate.png", finger.impressions[1])]) == 0
        out = capsys.readouterr().out
        (alert,) = [line for line in out.splitlines() if "WATCHLIST HIT" in line]
        assert "WL-0007 (wanted)" in alert and DETAIN in alert and "finger 2" in alert and "WL-0100" not in out
        hit_id = int(alert.split("#", 1)[1].split(":", 1)[0])
        assert f"fieldkit hits confirm {hit_id} / fieldkit hits reject {hit_id} --reason" in alert

        assert main([*add, "--json", write(tmp_path, "mate2.png", finger.impressions[2])]) == 0
        (record,) = json.loads(capsys.readouterr().out)
        (hit,) = record["watchlist_hits"]
        assert hit["ref"] == "WL-0007" and hit["finger"] == 2 and hit["score"] >= IDENTIFICATION_LIMITS.finger_threshold
        assert hit["capture"] == record["capture"] and hit["decision"] is None and hit["watchlist_version"] == 3
    with reopen(folder) as store:
        events = [e for e in store.custody_events() if e.action == "watchlist.hit"]
        assert len(events) >= 2 and {e.details["ref"] for e in events} == {"WL-0007"}
        made = [e for e in store.custody_events() if e.action == "capture.templates"]
        assert all("data" not in e.details and e.details["count"] == 1 for e in made)  # counts, never template bytes


def test_a_non_mated_print_is_no_hit(store: Store, tmp_path: Path, cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ...
