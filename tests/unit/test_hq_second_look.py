"""A second fresh look at what HQ says (issue 15): advice that fits each reason (one or two short sentences, no alarm
words without an alarm, a device problem once an enrolled key's signature holds, another copy when the file may be
damaged on the way), quarantine rows settled when their very file is archived later, where forked copies really
are, the hash of a refused file in verify --json, what provision import shows to compare, counts in good English,
absolute sources, columns that fit, a report said to be replaced, and the server's line per upload. Real HQ folders,
the real corpus, the command line through fieldkit.cli.app.main."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from fieldkit._internal.plurals import plural
from fieldkit.hq import advice
from fieldkit.hq.ingest import Index
from fieldkit.hq.server import upload_line
from fieldkit.hq.trust import HQ
from tests.conftest import PASSPHRASE
from tests.corpus_kit import CORPUS, DEVICE, EXPECTED, corpus_hq, ingest, run
from tests.hq_backends import configure, stored

ALARMS = ("fork", "chain-broken", "custody-chain-broken")
# Refused once the signature of an enrolled device holds: the device made what is wrong.
SIGNED = ("custody-chain", "sequence-range", "payload-hash", "missing-entry", "extra-entry", "size-mismatch",
          "fieldkit-json", "record", "json-duplicate-key", "sample-custody", "shipment-manifest")  # fmt: skip
# Refused before anything inside was read: the copy may be damaged on the way.
UNOPENED = ("age-header", "payload-auth", "truncated", "trailing-data", "age-header-mac", "not-age", "no-identity")


@pytest.fixture
def hq(tmp_path: Path, hq_backend: str) -> HQ:
    return configure(corpus_hq(tmp_path), hq_backend)


# --- 1. advice that fits its reason ---


def test_each_reason_gets_short_advice_that_fits_it() -> None:
    reasons = set(EXPECTED["reject"].values()) | set(ALARMS) | {"unreadable", "sequence-jump", "not-a-file"}
    for reason in reasons:
        entry = advice.advice(reason)
        what = entry.what
        assert len(what) <= 135 and len(re.findall(r"[.!?](\s|$)", what)) <= 2, (reason, what)
        assert ("alarm" in what) == (reason in ALARMS), (reason, what)
        assert "send the bundle again" not in what, (reason, what)
    for reason in SIGNED:  # a refusal signed by an enrolled key is a device problem, like an alarm
        what = advice.advice(reason).what
        assert "revoke" in what and "copy" not in what, (reason, what)
    for reason in UNOPENED:  # may be transport damage: another copy
        assert "another copy" in advice.advice(reason).what, reason
    unknown = advice.advice("unknown-signer").what
    assert "enrol" in unknown and "again" in unknown and "operator" not in unknown
    assert "again" not in advice.advice("revoked-signer").what  # the key is withdrawn: nothing to send again
    mac = advice.advice("age-header-mac")
    assert "altered" in mac.why and "provision" not in mac.what and "set up" not in mac.what
    assert "1000000000" in advice.advice("sequence-range").why
    assert len({advice.advice(r).what for r in reasons}) >= 10  # not the same three sentences everywhere


def test_the_command_line_says_the_new_advice(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = ingest(capsys, hq, CORPUS / "custody-entry-altered.fkb", CORPUS / "sequence-huge.fkb")
    said = [line.strip() for line in out.splitlines() if "what to do:" in line]
    assert len(said) == 2 and all("revoke" in line and "alarm" not in line for line in said), said


# --- 2. a quarantine row is settled when its very file is archived later ---


def test_a_jump_archived_later_is_no_longer_listed_as_waiting_for_review(
    hq: HQ, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "--accept-jump" in ingest(capsys, hq, CORPUS / "seq-jump.fkb")[1]  # HQ held nothing: a jump then
    _, out, _ = ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq2.fkb", CORPUS / "seq-jump.fkb")
    assert out.splitlines()[-1].startswith("ingested")  # now within reach: archived
    with Index(hq) as index:
        (row,) = index.quarantine()
    assert row["reason"] == "sequence-jump" and row["resolved_at"] and "archived later" in row["resolution"]
    _, status, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert "1 resolved since" in status and "resolved: archived later" in status and "--accept-jump" not in status
    _, listing, _ = run(capsys, "hq", "quarantine", "--dir", str(hq.folder))
    assert "resolved: archived later as bundle 10002" in listing


# --- 3. where forked copies really are ---


def test_status_says_where_each_forked_copy_is(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    ingest(capsys, hq, CORPUS / "seq1.fkb", CORPUS / "seq2.fkb", CORPUS / "seq1-custody.fkb", CORPUS / "seq2-fork.fkb")
    first = next(key for key in stored(hq, "quarantine/", ".fkb.forked") if "-000001-" in key)
    hq.storage().delete(first)  # someone moved it away: status must not claim it is held
    _, out, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    line = next(line for line in out.splitlines() if line.startswith(DEVICE))
    assert "both copies" not in line
    assert f"forked 1 (copies: {first} (gone), quarantine/" in line
    assert re.search(r"forked 2 \(copies: quarantine/[\w-]+-000002-\w+\.fkb\.forked, quarantine/[^ ]+\.fkb\)", line)
    status = json.loads(run(capsys, "hq", "status", "--dir", str(hq.folder), "--json")[1])
    copies = status["devices"][DEVICE]["forked_copies"]["2"]
    storage = hq.storage()
    assert len(copies) == 2 and all(c["held"] and storage.exists(c["key"]) for c in copies)
    assert [c["path"] for c in copies] == [storage.describe(c["key"]) for c in copies]  # where people find it


# --- 4. verify --json names a refused file by its hash ---


def test_verify_json_gives_the_sha256_of_a_refused_file(hq: HQ, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = CORPUS / "tar-fifo.fkb"
    said = json.loads(run(capsys, "verify", str(bundle), "--hq", str(hq.folder), "--json")[1])
    assert said["ok"] is False and said["file_sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()


# --- 5. provision import shows what to compare with HQ ---


def test_provision_import_prints_the_recipient_to_compare(
    hq: HQ, tmp_path: Path, closed_store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    out_file = tmp_path / "provision.json"
    assert run(capsys, "hq", "provision", "--dir", str(hq.folder), "--out", str(out_file))[0] == 0
    code, out, err = run(capsys, "provision", "import", str(out_file))
    assert code == 0, err
    assert f"recipient:    {hq.recipients()[0]}" in out and "organisation:" in out
    assert "1 new recipient." in out and "recipient(s)" not in out


# --- 6. counts, sources, columns, a replaced report ---


def test_counts_sources_columns_and_a_replaced_report(
    hq: HQ, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (plural(1, "file"), plural(2, "copy", "copies"), plural(0, "byte")) == ("1 file", "2 copies", "0 bytes")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("payload-file-removed.fkb", "wrong-namespace.fkb"):
        shutil.copy(CORPUS / name, corpus / name)
    monkeypatch.chdir(tmp_path)
    _, out, _ = ingest(capsys, hq, "corpus/payload-file-removed.fkb", "corpus/wrong-namespace.fkb")
    assert "1 file of the manifest is missing" in out and "1 files" not in out
    _, listing, _ = run(capsys, "hq", "quarantine", "--dir", str(hq.folder))
    rows = listing.splitlines()[:2]
    assert all(f"(from {corpus}/" in row for row in rows), rows  # absolute, whatever folder ingest ran in
    assert rows[0].index(" kept") == rows[1].index(" kept")  # the reason column fits signature-namespace
    assert "signature-namespace  " in rows[1]
    assert "2 copies kept" in listing and "1 copies" not in listing
    _, status, _ = run(capsys, "hq", "status", "--dir", str(hq.folder))
    assert "2 bundles in quarantine (2 copies kept)" in status
    report = tmp_path / "r.html"
    report.write_text("old")
    run(capsys, "verify", str(CORPUS / "valid.fkb"), "--hq", str(hq.folder), "--report", str(report))
    _, _, err = run(capsys, "verify", str(CORPUS / "seq1.fkb"), "--hq", str(hq.folder), "--report", str(report))
    assert f"replaced {report}" in err and report.read_text() != "old"


# --- 7. the server's line per upload ---


def test_the_server_says_what_became_of_an_upload_without_its_content(hq: HQ) -> None:
    with Index(hq) as index:
        refused = index.ingest(CORPUS / "payload-byte-flipped.fkb", uploaded_by=DEVICE)
        archived = index.ingest(CORPUS / "seq1.fkb", uploaded_by=DEVICE)
        again = index.ingest(CORPUS / "seq1.fkb", uploaded_by=DEVICE)
    upload = "3c9f" + "0" * 28
    assert upload_line(upload, DEVICE, refused) == (
        "upload 3c9f0000: bundle 1 of device d0000000 rejected (payload-hash), held in quarantine"
    )
    assert upload_line(upload, DEVICE, archived).endswith("bundle 1 of device d0000000 ingested, archived")
    assert "duplicate" in upload_line(upload, DEVICE, again)
    assert refused.message not in upload_line(upload, DEVICE, refused)
