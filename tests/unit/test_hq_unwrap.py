"""HQ's unwrap service (issue 16, keys kept where they belong): `fieldkit hq unwrap` holds hq-identity.txt, a
worker's folder without it verifies and ingests through the service (real process, real TLS on 127.0.0.1, shared
PostgreSQL and S3 bucket), a wrong or revoked credential is refused, and nothing comes back for a header that is not
an age header made for HQ's recipient. The real corpus."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from fieldkit.bundle import age
from fieldkit.bundle.verify import check_stream
from fieldkit.errors import BundleDecryptError, HqUnwrapError
from fieldkit.hq import jobs, unwrap
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from fieldkit.hq.unwrap_client import CREDENTIAL, RemoteUnwrapper, load_credential
from fieldkit.hq.worker import Worker, unseal
from tests import services
from tests.conftest import ROOT
from tests.corpus_kit import CORPUS, DEVICE, EXPECTED, corpus_hq, run
from tests.unit.test_hq_jobs import FAST

AGE_REJECTS = sorted(name for name in EXPECTED["reject"] if name.startswith("age-"))


def header_of(path: Path) -> age.AgeHeader:
    with open(path, "rb") as reading:
        return age.read_header(reading)


class Service:
    """`fieldkit hq unwrap --listen` as a process; ``log()`` is what it said on stderr once stopped."""

    def __init__(self, key: HQ) -> None:
        self.port = services.free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "fieldkit", "hq", "unwrap", "--dir", str(key.folder), "--listen",
             f"127.0.0.1:{self.port}"],
            cwd=ROOT, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        assert "listening on" in line, line
        self.said = line

    def log(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            _out, err = self.process.communicate(timeout=10)
            self.said += err
        return self.said


@pytest.fixture
def key(tmp_path: Path) -> HQ:
    """The machine that holds hq-identity.txt: the corpus's HQ, on a shared PostgreSQL database and S3 bucket."""
    made = corpus_hq(tmp_path / "key")
    info = json.loads((made.folder / "hq.json").read_text())
    info.update(database=services.new_database(), storage=services.new_bucket("hq"))
    (made.folder / "hq.json").write_text(json.dumps(info))
    return made


@pytest.fixture
def service(key: HQ) -> Iterator[Service]:
    running = Service(key)
    yield running
    running.log()


def worker_folder(key: HQ, tmp_path: Path, credential: Path, capsys: pytest.CaptureFixture[str]) -> HQ:
    """A worker machine's HQ folder: the key machine's without hq-identity.txt, the credential installed."""
    folder = tmp_path / "worker"
    shutil.copytree(key.folder, folder, ignore=shutil.ignore_patterns("hq-identity.txt", "unwrap-*"))
    code, out, err = run(capsys, "hq", "config", "--dir", str(folder), "--unwrap", str(credential))
    assert code == 0, err
    assert "unwrap:       https://127.0.0.1:" in out
    assert not (folder / "hq-identity.txt").exists() and (folder / CREDENTIAL).stat().st_mode & 0o077 == 0
    return HQ(folder)


def issue(capsys: pytest.CaptureFixture[str], key: HQ, service: Service, name: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{name}.unwrap.json"
    code, said, err = run(capsys, "hq", "unwrap", "--dir", str(key.folder), "--issue", name, "--url", service.url,
                          "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert f"for worker {name}" in said and out.stat().st_mode & 0o077 == 0
    assert load_credential(out).token not in said
    return out


def test_a_worker_without_the_identity_verifies_and_ingests_through_the_service(
    key: HQ, service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    credential = issue(capsys, key, service, "w1", tmp_path)
    worker_hq = worker_folder(key, tmp_path, credential, capsys)
    assert worker_hq.recipients() == key.recipients()
    with worker_hq.database() as db:
        jobs.migrate(db)
        for name in ("seq1.fkb", "seq2.fkb", "age-wrong-recipient.fkb"):
            with open(CORPUS / name, "rb") as reading:
                worker_hq.storage().put(f"incoming/{name}", reading)
            jobs.enqueue(db, f"incoming/{name}", source=name, uploaded_by=DEVICE, upload_id=name[:-4])
    lines: list[str] = []
    worker = Worker(worker_hq, "test-worker", limits=FAST, log=lines.append)
    while worker.run_once():
        pass
    assert [line.split(": ", 1)[1] for line in lines] == [
        f"bundle 1 of device {DEVICE[:8]} ingested", f"bundle 2 of device {DEVICE[:8]} ingested",
        "a bundle rejected (no-identity)",
    ], lines  # fmt: skip
    with worker_hq.database() as db:
        verdict = jobs.job_state(db, 1)["verdict"]  # type: ignore[index]
        receipt = jobs.receipt(db, "seq1")
    assert receipt is not None and receipt["receipt"]["verdict"] == "ingested"
    # The index's sealed records are opened through the service too (status, the verdict `hq ingest --wait` says).
    assert unseal(worker_hq, verdict["sealed"])["result"]["outcome"] == "ingested"
    with Index(worker_hq) as index:
        assert index.status()["devices"][DEVICE]["bundles"] == 2
    log = service.log()
    token = load_credential(credential).token
    for name in ("seq1.fkb", "seq2.fkb"):
        digest = hashlib.sha256(header_of(CORPUS / name).raw).hexdigest()
        assert f"worker w1 (127.0.0.1): header {digest} unwrapped" in log
    wrong = hashlib.sha256(header_of(CORPUS / "age-wrong-recipient.fkb").raw).hexdigest()
    assert f"header {wrong} refused (no-identity)" in log
    assert token not in log and "AGE-SECRET-KEY" not in log


def test_a_wrong_or_revoked_credential_is_refused(
    key: HQ, service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    credential = load_credential(issue(capsys, key, service, "w2", tmp_path))
    header = header_of(CORPUS / "seq1.fkb")
    assert RemoteUnwrapper(credential).check() == "w2"
    for wrong in (replace(credential, token=credential.token[:-2] + "xx"), replace(credential, worker="w3")):
        with pytest.raises(HqUnwrapError, match="refused worker"):
            RemoteUnwrapper(wrong).unwrap(header)
    # Another certificate than the pinned one: nothing is sent (the service sees no request).
    with pytest.raises(HqUnwrapError, match="nothing was sent"):
        RemoteUnwrapper(replace(credential, tls_sha256="0" * 64)).unwrap(header)
    code, _out, err = run(capsys, "hq", "unwrap", "--dir", str(key.folder), "--revoke", "w2")
    assert code == 0, err
    with pytest.raises(HqUnwrapError, match="refused worker w2"):
        RemoteUnwrapper(credential).unwrap(header)
    # A refused unwrap is HQ's own failure, never a verdict: the bundle is not quarantined, nothing is decided.
    shutil.copytree(
        key.folder, tmp_path / "worker-revoked", ignore=shutil.ignore_patterns("hq-identity.txt", "unwrap-*")
    )
    worker_hq = HQ(tmp_path / "worker-revoked")
    info = json.loads((worker_hq.folder / "hq.json").read_text())
    (worker_hq.folder / CREDENTIAL).write_text(json.dumps(credential.to_json()))
    (worker_hq.folder / "hq.json").write_text(json.dumps({**info, "unwrap": credential.url}))
    with Index(worker_hq) as index, pytest.raises(HqUnwrapError):
        index.ingest(CORPUS / "seq1.fkb")
    with Index(worker_hq) as index:
        assert index.db.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
        assert index.status()["devices"][DEVICE]["bundles"] == 0
    # `hq config --unwrap` checks the credential first, and keeps nothing when it is refused.
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps(credential.to_json()))
    other = corpus_hq(tmp_path / "other")
    code, _out, err = run(capsys, "hq", "config", "--dir", str(other.folder), "--unwrap", str(stale))
    assert code == 64 and "refused worker w2" in err and not (other.folder / CREDENTIAL).exists()
    log = service.log()
    assert (
        log.count("refused a request with no valid worker credential from 127.0.0.1") == 5
    )  # 2 wrong, revoked, ingest, config
    assert credential.token not in log


def test_nothing_comes_back_for_a_header_not_made_for_hq(
    key: HQ, service: Service, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    credential = load_credential(issue(capsys, key, service, "w4", tmp_path))
    remote = RemoteUnwrapper(credential)
    # What the service answers to raw bodies: never a key.
    stranger = io.BytesIO()
    writer = age.AgeWriter(stranger, [age.recipient_of(age.parse_identity(age.generate_identity()))])
    writer.write(b"x")
    writer.close()
    seq1 = (CORPUS / "seq1.fkb").read_bytes()
    raw = header_of(CORPUS / "seq1.fkb").raw
    bodies = {
        "another recipient": stranger.getvalue()[: len(header_of_bytes(stranger.getvalue()).raw)],
        "HQ's header, MAC altered": raw[:-3] + (b"A" if raw[-3:-2] != b"A" else b"B") + raw[-2:],
        "HQ's header and its payload": seq1[: len(raw) + 100],
        "not age": b"hello\n",
        "empty": b"",
    }
    for what, body in bodies.items():
        status, answer = remote._request("POST", "/unwrap", body)
        assert status == 422 and "file_key" not in answer, (what, status, answer)
    try:  # over the header cap: 413, and the connection closed while the rest is still being sent
        status, answer = remote._request("POST", "/unwrap", raw + b"x" * (64 << 10))
        assert status == 413 and "file_key" not in answer
    except HqUnwrapError:
        pass
    # The corpus's age attacks, verified from a worker's folder through the service: the verifier's reasons, as
    # with the identity file.
    worker_hq = worker_folder(key, tmp_path, tmp_path / "w4.unwrap.json", capsys)
    trust = worker_hq.trust()
    for name in AGE_REJECTS:
        with open(CORPUS / name, "rb") as reading:
            report = check_stream(reading, trust, name=name)
        assert not report.ok and report.reason == EXPECTED["reject"][name], name
    with pytest.raises(BundleDecryptError, match="altered"):
        remote.unwrap(header_of(CORPUS / "age-mac-altered.fkb"))
    assert remote.unwrap(header_of(CORPUS / "age-low-order-share.fkb")) is None
    log = service.log()
    # Only the headers made for HQ whose payload the corpus damaged got their key; nothing else did.
    assert log.count(" unwrapped") == sum(1 for n in AGE_REJECTS if EXPECTED["reject"][n] == "payload-auth")


def header_of_bytes(data: bytes) -> age.AgeHeader:
    return age.read_header(io.BytesIO(data))


def test_the_service_refuses_to_run_without_the_identity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hq = corpus_hq(tmp_path)
    (hq.folder / "hq-identity.txt").unlink()
    started = time.monotonic()
    code, _out, err = run(capsys, "hq", "unwrap", "--dir", str(hq.folder), "--listen", "127.0.0.1:0")
    assert code != 0 and "holds no hq-identity.txt" in err and time.monotonic() - started < 5
    with pytest.raises(Exception, match=r"holds no hq-identity\.txt"):
        unwrap.issue(hq, "w", "https://127.0.0.1:9")
