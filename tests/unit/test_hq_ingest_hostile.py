"""HQ's ingest holds against a hostile or compromised device (issue 15, findings 3, 7, 8 and 16): an unexpected error
in one bundle is a quarantine entry and the batch goes on; the custody chain is checked inside each bundle and
across bundles; sequence numbers are bounded and gaps come from the rows; everything HQ writes is owner-only."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import custody as chain
from fieldkit.bundle import format, sshsig
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli import app as cli
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from fieldkit.store import custody as store_custody
from tests.bundle_kit import Draft, custody_events, custody_log, pack, sample_payload, seal
from tests.hq_backends import configure, hq_ingest, stored

DEVICE = "d0000000-0000-4000-8000-0000000000dd"


class Device:
    """An enrolled device at a fresh HQ, making bundles with chosen numbers and custody logs."""

    def __init__(self, tmp_path: Path, backend: str = "sqlite") -> None:
        self.tmp = tmp_path
        self.hq = configure(HQ.init(tmp_path / "HQ", "Task Force North"), backend)
        self.key = Ed25519PrivateKey.generate()
        self.hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(self.key.public_key())}')
        self.tagmanifests: dict[int, str] = {}

    def bundle(self, sequence: int, name: str | None = None, *, events: list[Any] | None = None,
               first: int = 1, **draft: Any) -> Path:  # fmt: skip
        payload = sample_payload(sequence)
        draft.setdefault("previous", self.tagmanifests.get(sequence - 1))  # as the device chains them
        d = Draft(device_id=DEVICE, key=self.key, sequence=sequence, payload=payload, **draft)
        if events is not None:
            payload["data/custody.jsonld"], d.custody = custody_log(DEVICE, events, first)
        self.tagmanifests[sequence] = hashlib.sha256(d.tag_files()[format.TAGMANIFEST]).hexdigest()
        path = self.tmp / (name or f"b{sequence}.fkb")
        path.write_bytes(seal(pack(d), self.hq.recipients()))
        return path

    def index(self) -> Index:
        return Index(self.hq)


@pytest.fixture
def device(tmp_path: Path, hq_backend: str) -> Device:
    return Device(tmp_path, hq_backend)


def _rows(hq: HQ, table: str) -> list[tuple[Any, ...]]:
    with hq.database() as db:
        return db.execute(f"SELECT * FROM {table}").fetchall()


def _archived(hq: HQ) -> list[str]:
    return stored(hq, "archive/", ".fkb")


# --- finding 3: one bundle's unexpected error is a quarantine entry, and the batch goes on ------------------------


@pytest.fixture
def verifier_bug(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The first signature check raises a ValueError, as the low-order age share once did in a library: a bug a
    hostile bundle reaches, which no check of the verifier foresaw."""
    calls = {"n": 0}
    real = sshsig.verify

    def buggy(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise ValueError("Error computing shared key.")
        return real(*args, **kwargs)

    monkeypatch.setattr(sshsig, "verify", buggy)
    yield


def test_an_unexpected_error_while_verifying_is_unreadable(device: Device, verifier_bug: None) -> None:
    report = check_bundle(device.bundle(1), device.hq.trust())
    assert not report.ok and report.reason == "unreadable"
    assert "ValueError" in report.message and "shared key" not in report.message  # its type, never its content
    assert report.error is not None and report.error.reason == "unreadable"


def test_a_batch_ingest_goes_on_after_an_unexpected_error(device: Device, verifier_bug: None,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    bad, good = device.bundle(1, "a-bad.fkb"), device.bundle(2, "b-good.fkb", previous=None)
    code = hq_ingest(device.hq, str(bad), str(good))
    out = capsys.readouterr()
    assert code != 0 and "Traceback" not in out.err
    with device.index() as index:
        status = index.status()
    assert [(q["reason"], q["source"]) for q in status["quarantined"]] == [("unreadable", str(bad))]
    held = status["quarantined"][0]["key"]
    assert status["quarantined"][0]["path"] == device.hq.storage().describe(held)
    with device.hq.storage().open(held.removesuffix(".fkb") + ".json") as note:
        assert json.loads(note.read())["reason"] == "unreadable"  # its note is kept
    assert status["devices"][DEVICE]["bundles"] == 1  # the good one after it was archived


def test_an_error_while_indexing_leaves_no_file_in_the_archive(device: Device,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """An error after the bundle verified (here: while indexing its records) used to leave the file in archive/
    with no index row when it came after the move (abandoned = [2**64] did); now the index rolls back and the file
    goes back to quarantine/ with its reason."""

    def broken(*args: Any) -> Any:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    bundle = device.bundle(1)
    with device.index() as index:
        monkeypatch.setattr(Index, "_index_amendments", broken)
        result = index.ingest(bundle)
        assert (result.outcome, result.reason) == ("quarantined", "unreadable")
        assert _archived(device.hq) == [] and _rows(device.hq, "bundles") == []
        assert _rows(device.hq, "custody_heads") == [] and len(_rows(device.hq, "quarantine")) == 1
        monkeypatch.undo()
        assert index.ingest(bundle).outcome == "ingested"  # nothing of the failed attempt was left behind
    assert len(_archived(device.hq)) == 1


# --- finding 8: sequence numbers are bounded, jumps are reviewed, gaps come from the rows --------------------------


@pytest.mark.parametrize(
    ("sequence", "abandoned"), [(10**12, []), (2**63 - 1, []), (BUNDLE_LIMITS.max_sequence + 1, [])]
)
def test_a_sequence_beyond_the_bound_is_refused(device: Device, sequence: int, abandoned: list[int]) -> None:
    report = check_bundle(device.bundle(sequence, abandoned=abandoned), device.hq.trust())
    assert (report.ok, report.reason) == (False, "sequence-range")
    with device.index() as index:
        result = index.ingest(device.tmp / f"b{sequence}.fkb")
    assert result.reason == "sequence-range" and _archived(device.hq) == []


def test_abandoned_numbers_are_bounded(device: Device) -> None:
    many = list(range(1, BUNDLE_LIMITS.max_abandoned_sequences + 2))
    for abandoned, reason in (([2**64], "fieldkit-json"), ([5], "fieldkit-json"), (many, "sequence-range")):
        sequence = max(abandoned) + 1 if reason == "sequence-range" else 5
        report = check_bundle(device.bundle(sequence, abandoned=abandoned), device.hq.trust())
        assert report.reason == reason
    with device.index() as index:
        assert index.ingest(device.tmp / "b5.fkb").reason == "fieldkit-json"
    assert _archived(device.hq) == [] and _rows(device.hq, "abandoned") == []


def test_a_jump_far_ahead_is_kept_for_review_and_taken_deliberately(device: Device) -> None:
    jump = BUNDLE_LIMITS.max_sequence_jump
    one, near, far = device.bundle(1), device.bundle(1 + jump), device.bundle(2 + jump)
    with device.index() as index:
        assert index.ingest(one).outcome == "ingested"
        result = index.ingest(far)
        assert (result.outcome, result.reason) == ("quarantined", "sequence-jump")
        assert "--accept-jump" in result.message
        assert index.ingest(near).outcome == "ingested"  # within the bound: no review
    code = hq_ingest(device.hq, "--accept-jump", str(far))
    assert code == 0
    with device.index() as index:
        assert index.last_sequence(DEVICE) == 2 + jump
        assert index.gaps(DEVICE) == [(2, jump)]


def test_status_stays_fast_with_bundles_one_and_a_billion(device: Device) -> None:
    """Before, the gap list was built with range() over the span: 10^12 hung every ingest and `hq status`."""
    top = BUNDLE_LIMITS.max_sequence
    with device.index() as index:
        index.ingest(device.bundle(1))
        started = time.perf_counter()
        assert index.ingest(device.bundle(top, abandoned=[7, top - 1]), accept_jump=True).outcome == "ingested"
        status = index.status()
        assert time.perf_counter() - started < 2
    assert status["devices"][DEVICE]["gaps"] == [(2, 6), (8, top - 2)]


def test_gaps_are_ranges_around_abandoned_and_missing_numbers(device: Device) -> None:
    with device.index() as index:
        for sequence in (1, 3, 9):
            index.ingest(device.bundle(sequence, abandoned=[5, 6] if sequence == 9 else []))
        assert index.gaps(DEVICE) == [(2, 2), (4, 4), (7, 8)]
        assert index.gaps("another-device") == []


# --- finding 7: the custody chain, inside each bundle and across bundles -------------------------------------------


def test_store_and_bundle_hash_custody_entries_with_one_function() -> None:
    assert store_custody.entry_hash is chain.entry_hash and store_custody.GENESIS_HASH == chain.GENESIS_HASH


def test_every_custody_entry_is_recomputed(device: Device) -> None:
    events = custody_events(DEVICE, 1, 12)  # every form of subject the device logs
    assert check_bundle(device.bundle(1, events=events), device.hq.trust()).ok
    altered = [*events[:4], type(events[4])(**{**events[4].__dict__, "details": {"n": 5, "original_name": "x"}}),
               *events[5:]]  # fmt: skip
    report = check_bundle(device.bundle(1, "altered.fkb", events=altered), device.hq.trust())
    assert (report.reason, "custody entry 5 does not match its hash" in report.message) == ("custody-chain", True)


def test_a_custody_log_must_run_from_the_signed_previous_hash_to_the_signed_head(device: Device) -> None:
    events = custody_events(DEVICE, 1, 3)
    path = device.bundle(1, events=events)
    assert check_bundle(path, device.hq.trust()).ok
    d = Draft(device_id=DEVICE, key=device.key, sequence=1, payload=sample_payload(1))
    d.payload["data/custody.jsonld"], signed = custody_log(DEVICE, events)
    for wrong in ({"head_hash": events[1].entry_hash}, {"to_seq": 2}, {"previous_hash": "ab" * 32},
                  {"from_seq": 2, "to_seq": 4}):  # fmt: skip
        d.custody = type(signed)(**{**signed.__dict__, **wrong})
        (device.tmp / "wrong.fkb").write_bytes(seal(pack(d), device.hq.recipients()))
        assert check_bundle(device.tmp / "wrong.fkb", device.hq.trust()).reason == "custody-chain", wrong


def _rewrite(seq: int, details: dict[str, Any]) -> dict[str, Any]:
    return {**details, "original_name": "innocuous.jpg"} if seq == 2 else details


def test_a_rewritten_custody_entry_is_caught_at_the_next_bundle(device: Device) -> None:
    """The insider's rewrite (poc_custody_rewrite.py): entry 2, already at HQ, rewritten on the device with the
    chain recomputed; bundle 2 then verifies alone, and before this HQ archived it with no alarm."""
    first = custody_events(DEVICE, 1, 3)
    rewritten = custody_events(DEVICE, 1, 3, edit=_rewrite)
    later = custody_events(DEVICE, 4, 2, previous=rewritten[-1].entry_hash)
    one, two = device.bundle(1, events=first), device.bundle(2, events=later, first=4)
    with device.index() as index:
        assert index.ingest(one).alarms == []
        result = index.ingest(two)
        status = index.status()
    assert result.outcome == "ingested" and "ALARM custody-chain-broken" in result.message
    assert [(a["kind"], a["sequence"]) for a in status["devices"][DEVICE]["alarms"]] == [("custody-chain-broken", 2)]
    assert len(_archived(device.hq)) == 2  # still archived, flagged by the alarm


def test_the_chain_is_checked_when_the_earlier_bundle_arrives_last(device: Device) -> None:
    first = custody_events(DEVICE, 1, 3)
    later = custody_events(DEVICE, 4, 2, previous=custody_events(DEVICE, 1, 3, edit=_rewrite)[-1].entry_hash)
    three = custody_events(DEVICE, 6, 1, previous=later[-1].entry_hash)
    one, two = device.bundle(1, events=first), device.bundle(2, events=later, first=4)
    with device.index() as index:
        assert index.ingest(device.bundle(3, events=three, first=6)).alarms == []
        assert index.ingest(two).alarms == []  # 3 follows 2; 1 is not here yet
        result = index.ingest(one)
    assert [(a["kind"], a["sequence"]) for a in result.alarms] == [("custody-chain-broken", 2)]


def test_an_intact_chain_across_bundles_and_abandoned_numbers_raises_nothing(device: Device) -> None:
    first = custody_events(DEVICE, 1, 3)
    later = custody_events(DEVICE, 4, 2, previous=first[-1].entry_hash)
    cut = custody_events(DEVICE, 7, 1, previous=later[-1].entry_hash)  # entry 6 is missing between 3 and 4
    one = device.bundle(1, events=first)
    three = device.bundle(3, events=later, first=4, abandoned=[2], previous=device.tagmanifests[1])
    with device.index() as index:
        assert index.ingest(three).alarms == []
        assert index.ingest(one).alarms == []  # 3 follows 1 (2 was abandoned)
        assert index.ingest(device.bundle(4, events=cut, first=7)).alarms[0]["sequence"] == 4
        assert [a["kind"] for a in index.status()["devices"][DEVICE]["alarms"]] == ["custody-chain-broken"]


# --- finding 16: owner-only files whatever the caller's umask --------------------------------------------------------


def test_hq_commands_write_owner_only_files_under_umask_022(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        folder = tmp_path / "HQ"
        assert cli.main(["hq", "init", "--dir", str(folder)]) == 0
        hq = HQ(folder)
        key = Ed25519PrivateKey.generate()
        hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
        good = tmp_path / "good.fkb"
        good.write_bytes(seal(pack(Draft(device_id=DEVICE, key=key, payload=sample_payload())), hq.recipients()))
        bad = tmp_path / "bad.fkb"
        bad.write_bytes(b"not a bundle")
        os.umask(0o022)  # the command sets its own; a caller's is back for the next one
        assert cli.main(["hq", "ingest", "--dir", str(folder), str(good), str(bad)]) != 0
    finally:
        os.umask(previous)
    made = [p for p in folder.rglob("*") if p.name != ".keep"]
    assert any(p.suffix == ".fkb" and "archive" in p.parts for p in made)
    assert any(p.suffix == ".json" and "quarantine" in p.parts for p in made)
    assert (folder / "index.sqlite") in made
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.relative_to(folder)} is {oct(mode)}"


def test_many_openers_of_a_new_index_at_once_all_succeed(tmp_path: Path) -> None:
    """The server, the window and a command may open a new index.sqlite together: the schema update is one
    transaction (before, two could both add the same column and one died with 'duplicate column name')."""
    for round_ in range(5):
        hq = HQ.init(tmp_path / f"HQ{round_}", "Task Force North")
        start = threading.Barrier(8)
        failures: list[BaseException] = []

        def open_index() -> None:
            start.wait()
            try:
                with Index(hq) as index:
                    index.status()
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=open_index) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
