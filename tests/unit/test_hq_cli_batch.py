"""What a person at HQ sees from `hq ingest`, `verify`, `hq status` and `hq quarantine` (issue 15, fresh-eyes review):
a batch goes on past a folder or a missing path, the same bad file delivered again is held and alarmed once, every
quarantine row has its file's SHA-256 and source, each refusal says what to do (one table of advice in the core,
used by the command line, the HTML report and the window), a batch's exit code is defined, and status says the truth
about forked numbers and summarises quarantine. Real HQ folders, the real corpus, the real command line."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from fieldkit.bundle.verify import check_bundle
from fieldkit.errors import BundleError, HqAlarmError
from fieldkit.hq import advice
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from tests.corpus_kit import CORPUS, DEVICE, EXPECTED, corpus_hq, ingest, run
from tests.hq_backends import configure, stored


@pytest.fixture
def hq(tmp_path: Path, hq_backend: str) -> HQ:
    return configure(corpus_hq(tmp_path), hq_backend)


def rows(hq: HQ, sql: str) -> list[tuple[Any, ...]]:
    with hq.database() as db:
        return db.execute(sql).fetchall()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- 1. a batch goes on past a folder or a missing path ---------------------------------------------------------------


def test_a_batch_says_a_missing_path_or_empty_folder_and_goes_on(
    hq: HQ, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "adir"
    empty.mkdir()
    code, out, err = ingest(capsys, hq, CORPUS / "seq1.fkb", empty, tmp_path / "gone.fkb", CORPUS / "seq2.fkb")
    assert "Traceback" not in err
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    assert lines[0].startswith("ingested") and "seq1.fkb" in lines[0]
    assert lines[1] == f"skipped      {empty}: a folder with no .fkb file in it"
    assert lines[2] == f"skipped      {tmp_path / 'gone.fkb'}: no such file"
    assert lines[3].startswith("ingested") and "seq2.fkb" in lines[3]  # the batch went on
    assert code == BundleError.exit_code  # something named was not ingested
    with Index(hq) as index:
        assert index.status()["devices"][DEVICE]["bundles"] == 2


def test_a_folder_means_every_fkb_file_in_it(hq: HQ, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for name in ("seq1.fkb", "seq2.fkb"):
        shutil.copy(CORPUS / name, usb / name)
    (usb / "notes.txt").write_text("not a bundle")
    (usb / "sub").mkdir()
    shutil.copy(CORPUS / "seq4.fkb", usb / "sub" / "seq4.fkb")  # not recursed into
    code, out, _ = ingest(capsys, hq, usb)
    assert code == 0, out
    assert [line.split()[:2] for line in out.splitlines() if not line.startswith(" ")] == [
        ["ingested", f"{usb / 'seq1.fkb'}:"], ["ingested", f"{usb / 'seq2.fkb'}:"]]  # fmt: skip


def test_verify_on_a_folder_says_so_and_what_to_do(hq: HQ, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code, _, err = run(capsys, "verify", str(tmp_path), "--hq", str(hq.folder))
    assert "Traceback" not in err and code != 0
    assert "is a folder" in err and "what to do:" in err


# --- 2. the same bad file again: held once, alarmed once --------------------------------------------------------------


def test_the_same_bad_file_delivered_again_is_held_and_alarmed_once(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    fork, fifo = CORPUS / "seq2-fork.fkb", CORPUS / "tar-fifo.fkb"
    ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq2.fkb")
    first = ingest(capsys, hq, fork, fork, fifo)[1]
    again = ingest(capsys, hq, fork, fifo)[1]
    assert first.count("ALARM fork") == 1, first
    assert "already quarantined on " in first.split(str(fork))[2]  # the second delivery in the same batch
    assert again.count("already quarantined on ") == 2 and "as fork" in again and "as special-entry" in again
    quarantined = rows(hq, "SELECT file_sha256, reason FROM quarantine ORDER BY id")
    assert quarantined == [(sha(fork), "fork"), (sha(fifo), "special-entry")]
    assert len(stored(hq, "quarantine/", ".fkb")) == 2  # one copy each, whatever the deliveries
    alarms = rows(hq, "SELECT kind, sequence, files FROM alarms")
    assert len(alarms) == 1 and alarms[0][:2] == ("fork", 2)
    assert sorted(json.loads(alarms[0][2])) == sorted([sha(CORPUS / "seq2.fkb"), sha(fork)])
    status = run(capsys, "hq", "status", "--dir", str(hq.folder))[1]
    alarm_lines = [line for line in status.splitlines() if "ALARM" in line]
    assert (
        len(alarm_lines) == 1 and sha(fork)[:12] in alarm_lines[0] and sha(CORPUS / "seq2.fkb")[:12] in alarm_lines[0]
    )


def test_a_file_quarantined_before_is_verified_again_when_hq_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Held once is not refused for ever: a bundle refused as unknown-signer verifies once its device is enrolled."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # lazy: this test only

    from fieldkit.bundle import format, sshsig
    from tests.bundle_kit import Draft, pack, sample_payload, seal

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    key = Ed25519PrivateKey.generate()
    bundle = tmp_path / "b.fkb"
    bundle.write_bytes(seal(pack(Draft(device_id=DEVICE, key=key, payload=sample_payload())), hq.recipients()))
    assert ingest(capsys, hq, bundle)[0] == 30
    hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    code, out, _ = ingest(capsys, hq, bundle)
    assert code == 0 and out.startswith("ingested")


# --- 3. every quarantine row has its SHA-256; the listing names the file; uploads name their sender -------------------


def test_every_quarantine_row_has_its_sha256_and_the_listing_names_the_file(
    hq: HQ, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["tar-fifo.fkb", "empty-file.fkb", "not-an-age-file.fkb", "age-wrong-recipient.fkb", "unknown-signer.fkb"]
    ingest(capsys, hq, *(CORPUS / n for n in names))
    assert [r[0] for r in rows(hq, "SELECT file_sha256 FROM quarantine ORDER BY id")] == [
        sha(CORPUS / n) for n in names
    ]
    code, out, _ = run(capsys, "hq", "quarantine", "--dir", str(hq.folder))
    listed = [line for line in out.splitlines() if "sha256" in line]
    assert code == 0 and len(listed) == len(names)
    for line, name in zip(listed, names, strict=True):
        assert sha(CORPUS / name)[:16] in line and f"from {CORPUS / name}" in line


def test_an_upload_records_the_device_whose_credential_sent_it(hq: HQ) -> None:
    with Index(hq) as index:
        result = index.ingest(CORPUS / "not-an-age-file.fkb", uploaded_by="d0000000-0000-4000-8000-0000000000aa")
        assert result.reason == "not-age"
        held = index.quarantine()
    assert [(r["device_id"], r["uploaded_by"]) for r in held] == [(None, "d0000000-0000-4000-8000-0000000000aa")]


@pytest.mark.parametrize("name", ["not-an-age-file.fkb", "unknown-signer.fkb"])
def test_a_refused_upload_names_the_device_whose_credential_sent_it(hq: HQ, name: str) -> None:
    """The upload server (its verification worker, restarted on a finished upload as after a crash) passes the
    credential's device to ingest: a refusal whose own device_id is unknown still says who sent it."""
    from fieldkit.hq.server import Uploads  # lazy: the server stack, for this test only

    sender = "d0000000-0000-4000-8000-0000000000aa"
    data = (CORPUS / name).read_bytes()
    uploads = Uploads(hq, 1 << 30)
    upload_id = uploads.create(sender, len(data), {"bundle_id": "b-1"})
    uploads.part(upload_id).write_bytes(data)
    uploads.stop()
    restarted = Uploads(hq, 1 << 30)  # a finished upload with no receipt is verified at start
    restarted.pending.join()
    restarted.stop()
    receipt = json.loads(restarted.receipt_path(upload_id).read_text())["receipt"]
    assert receipt["verdict"] == "rejected" and receipt["uploaded_by"] == sender
    with Index(hq) as index:
        (row,) = index.quarantine()
    assert (row["uploaded_by"], row["file_sha256"]) == (sender, hashlib.sha256(data).hexdigest())


# --- 4. each refusal says what happened in words and what to do -------------------------------------------------------


def test_verify_says_an_empty_file_is_empty_and_what_to_do(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "verify", str(CORPUS / "empty-file.fkb"), "--hq", str(hq.folder))
    assert code != 0
    assert out.splitlines()[0] == "REJECTED  the file is empty (0 bytes)"
    assert "what to do: " in out
    code, out, _ = run(capsys, "verify", str(CORPUS / "empty-file.fkb"), "--hq", str(hq.folder), "--json")
    said = json.loads(out)
    assert code != 0 and said["reason"] == "age-header" and said["what_to_do"] == advice.advice("age-header").what


@pytest.mark.parametrize(("name", "words"), [
    ("tar-fifo.fkb", "a FIFO entry (tar type 6) is refused"),
    ("tar-device.fkb", "device entry (tar type"),
    ("tar-pax-header.fkb", "entry (tar type"),
    ("bag-info-over-cap.fkb", "bag-info.txt is 16604 bytes, more than the 16384 bytes fieldkit allows"),
    ("sequence-abandoned-huge.fkb", "abandoned number"),
])  # fmt: skip
def test_refusal_messages_speak_without_python_internals(hq: HQ, name: str, words: str) -> None:
    report = check_bundle(CORPUS / name, hq.trust())
    assert words in report.message
    assert "b'" not in report.message and "invalid sequence" not in report.message


def test_hq_ingest_prints_what_to_do_under_each_refused_file(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq2.fkb")
    _, out, _ = ingest(capsys, hq, CORPUS / "tar-fifo.fkb", CORPUS / "seq2-fork.fkb", CORPUS / "unknown-signer.fkb")
    lines = out.splitlines()
    heads = [i for i, line in enumerate(lines) if not line.startswith(" ")]
    assert len(heads) == 3
    for i in heads:
        assert lines[i + 1].strip().startswith("what to do: "), lines
    fork_advice = lines[heads[1] + 1]
    assert "revoke" in fork_advice and "send the bundle again" not in fork_advice
    assert "enrol" in lines[heads[2] + 1]


def test_one_table_of_advice_serves_the_command_line_the_report_and_the_window(hq: HQ) -> None:
    reasons = set(EXPECTED["reject"].values()) | {"fork", "chain-broken", "custody-chain-broken", "unreadable",
                                                  "sequence-jump"}  # fmt: skip
    for reason in reasons:
        entry = advice.advice(reason)
        assert entry.why and entry.what, reason
        assert html_report.plain_reason(reason) == (entry.why, entry.what)
    for alarm in ("fork", "chain-broken", "custody-chain-broken"):
        what = advice.advice(alarm).what
        assert "revoke" in what and "send the bundle again" not in what
    assert "--accept-jump" in advice.advice("sequence-jump").what
    # The window takes its words from the same table (translated), not a copy of its own.
    window = (Path(__file__).resolve().parents[2] / "fieldkit" / "gui" / "pages" / "verify.py").read_text()
    assert "advice.advice(" in window and "ask the device's operator" not in window


# --- 5. a batch's exit code -------------------------------------------------------------------------------------------


def test_a_batch_exit_code_is_defined(hq: HQ, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq1.fkb")[0] == 0  # ingested, then a replay
    mixed = [CORPUS / n for n in ("age-truncated-half.fkb", "not-an-age-file.fkb", "tar-fifo.fkb", "seq4.fkb")]
    assert ingest(capsys, hq, *mixed)[0] == BundleError.exit_code == 30
    assert ingest(capsys, hq, *reversed(mixed))[0] == 30  # whatever the order
    assert ingest(capsys, hq, CORPUS / "seq2.fkb", CORPUS / "tar-fifo.fkb", CORPUS / "seq2-fork.fkb")[0] \
        == HqAlarmError.exit_code  # fmt: skip
    assert HqAlarmError.exit_code not in (0, 30)
    # Alone too: the reason code is on the file's line (and in --json); verify gives the refusal's own code.
    assert ingest(capsys, hq, CORPUS / "age-truncated-half.fkb")[0] == 30


# --- 6. status tells the truth about forked numbers, and summarises quarantine ----------------------------------------


def test_status_names_forked_numbers_and_summarises_quarantine(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq2.fkb", CORPUS / "seq2-fork.fkb", CORPUS / "seq4.fkb")
    bad = [n for n, _ in sorted(EXPECTED["reject"].items())][:12]
    ingest(capsys, hq, *(CORPUS / n for n in bad))
    _, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    line = next(line for line in out.splitlines() if line.startswith(DEVICE))
    assert "missing 3" in line and re.search(
        r"forked 2 \(copies: quarantine/[\w-]+-000002-\w+\.fkb\.forked, quarantine/", line
    )
    assert not re.search(r"missing [^,]*2", line)
    assert sum(1 for line in out.splitlines() if line.startswith("quarantined ")) == 0  # no longer one per row
    assert "13 bundles in quarantine" in out and "fork 1" in out
    assert "fieldkit hq quarantine --dir" in out
    newest = [line for line in out.splitlines() if line.startswith("  newest: ")]
    assert 0 < len(newest) <= 5
    forked = stored(hq, "quarantine/", ".forked")
    assert len(forked) == 1 and not stored(hq, "archive/", ".forked")
    status = json.loads(run(capsys, "hq", "status", "--dir", str(hq.folder), "--json")[1])
    assert status["devices"][DEVICE]["forked"] == [2]
    assert len(status["quarantined"]) == 13  # --json keeps the whole list


def test_both_copies_of_a_fork_outlive_the_quarantine_expiry(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq2.fkb", CORPUS / "seq2-fork.fkb", CORPUS / "tar-fifo.fkb")
    with Index(hq) as index:
        expired = index.expire_quarantine("9999-12-31T00:00:00Z")  # everything is older than that
    assert [row["reason"] for row in expired] == ["special-entry"]
    assert len(stored(hq, "quarantine/", ".forked")) == 1
    assert stored(hq, "quarantine/", ".fkb") == [rows(hq, "SELECT path FROM quarantine WHERE reason = 'fork'")[0][0]]


def test_verify_takes_an_archived_bundle_by_its_key_or_location(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    """On the folder or a bucket alike: what HQ archived is verified as it streams from storage, named as HQ names
    it (its key, or where `hq status` and `hq quarantine` say it is)."""
    ingest(capsys, hq, CORPUS / "seq1.fkb")
    (key,) = stored(hq, "archive/", ".fkb")
    for name in (key, hq.storage().describe(key)):
        code, out, _ = run(capsys, "verify", name, "--hq", str(hq.folder))
        assert code == 0 and out.startswith("VALID"), out
    code, _, err = run(capsys, "verify", "archive/nothing-here.fkb", "--hq", str(hq.folder))
    assert code == 20 and "does not exist" in err
