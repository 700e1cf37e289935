"""Bundles made by fieldkit open with stock tools (age, tar, bagit.py, ssh-keygen), and a bundle made by stock tools
alone, following docs/bundle-format.md, verifies in fieldkit. Plus the device-side flow: split, sequence, chain,
crash mid-export, provisioning; and a store of good, damaged, empty, odd and undecodable files that all travel."""

from __future__ import annotations

import dataclasses
import hashlib
import html
import io
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit import media_types
from fieldkit.analysis import runner
from fieldkit.biometrics import capture as print_capture
from fieldkit.biometrics import images, synthetic
from fieldkit.bundle import format
from fieldkit.bundle.verify import check_bundle
from fieldkit.config import BUNDLE_LIMITS, TEST_KDF
from fieldkit.core.importer import Importer
from fieldkit.errors import NotProvisionedError
from fieldkit.hq import report as html_report
from fieldkit.hq import thumbnails
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, copy, ledger
from fieldkit.outgoing.contributors import TRANSACTION
from fieldkit.store.store import Store
from tests.bundle_kit import info_of
from tests.conftest import PASSPHRASE, ROOT, jpeg_bytes, pdf_bytes
from tests.hq_backends import configure, worker_beside

BIN = Path(sys.executable).parent
needs_tools = pytest.mark.skipif(
    not (shutil.which("age") and shutil.which("ssh-keygen") and (BIN / "bagit.py").exists()),
    reason="age, openssh-client and bagit.py are needed",
)


@pytest.fixture
def field(tmp_path: Path) -> Iterator[tuple[Store, HQ, Path]]:
    """A provisioned device with five captures, and its HQ."""
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    store = Store.init(tmp_path / "store", "alice", PASSPHRASE, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    for recipient in hq.recipients():
        ledger.add_recipient(store, recipient)
    ledger.set_organisation(store, hq.organisation)
    src = tmp_path / "src"
    src.mkdir()
    for i in range(4):
        (src / f"IMG_{i}.jpg").write_bytes(jpeg_bytes(size=(640, 480), seed=i))
    (src / "ledger.pdf").write_bytes(pdf_bytes(pages=3))
    Importer(store).run("Op Falcon", "EV-1", [src])
    out = tmp_path / "out"
    out.mkdir()
    yield store, hq, out
    store.close()


DOCUMENTED_CHECK = re.search(r"## Checking a bundle without fieldkit.*?```sh\n(.*?)```",
                             (ROOT / "docs" / "hq.md").read_text("utf-8"), re.S)  # fmt: skip


def stock_check(bundle: Path, hq: HQ, work: Path) -> subprocess.CompletedProcess[str]:
    """docs/hq.md's "Checking a bundle without fieldkit", run as written (only the bundle's name set), in a folder
    holding the HQ folder as HQ/ and the bundle."""
    assert DOCUMENTED_CHECK is not None
    script = re.sub(r"^BUNDLE=.*$", f"BUNDLE={bundle.stem}", DOCUMENTED_CHECK.group(1), count=1, flags=re.M)
    work.mkdir()
    (work / "HQ").symlink_to(hq.folder)
    shutil.copyfile(bundle, work / f"{bundle.stem}.fkb")
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=120)


@needs_tools
def test_every_bundle_opens_with_stock_tools(field: tuple[Store, HQ, Path], tmp_path: Path) -> None:
    store, hq, out = field
    made = compose.create_bundles(store, out, max_size=1 << 20)
    assert len(made) >= 2  # the size cap split the captures
    for index, info in enumerate(made):
        checked = stock_check(info.path, hq, tmp_path / f"x{index}")
        assert checked.returncode == 0 and checked.stdout.endswith("bundle checked\n"), checked.stderr
        assert check_bundle(info.path, hq.trust()).ok
        extracted = [p for p in (tmp_path / f"x{index}" / "x").rglob("*") if p.is_file()]
        assert extracted and all(p.stat().st_mode & 0o7000 == 0 for p in extracted)
    # Data after the age stream: tar, bagit.py and ssh-keygen are all content, only age's exit status says no.
    trailing = tmp_path / "trailing" / made[0].path.name
    trailing.parent.mkdir()
    trailing.write_bytes(made[0].path.read_bytes() + b"\0extra")
    refused = stock_check(trailing, hq, tmp_path / "x-trailing")
    assert refused.returncode != 0 and "bundle checked" not in refused.stdout
    assert check_bundle(trailing, hq.trust()).reason == "payload-auth"
    hq.revoke(store.device_id)
    revoked = stock_check(made[0].path, hq, tmp_path / "revoked")
    assert revoked.returncode != 0 and "bundle checked" not in revoked.stdout
    report = check_bundle(made[0].path, hq.trust())
    assert report.reason == "revoked-signer"


@needs_tools
def test_the_documented_check_does_not_make_a_set_uid_file(tmp_path: Path) -> None:
    """A decrypted bag re-wrapped with a set-uid payload owned by someone else (fieldkit verify refuses it:
    tar-mode): the documented stock procedure, run as root, extracts it without the bits or the owner."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fieldkit.bundle import sshsig
    from tests.bundle_kit import Draft, pack_entries, sample_payload, seal

    hq = HQ.init(tmp_path / "HQ", "Stock")
    key = Ed25519PrivateKey.generate()
    device = "d1234567-0000-4000-8000-00000000abcd"
    hq.enroll(f'{device} namespaces="fieldkit-bundle" {sshsig.public_key_line(key.public_key())}')
    draft = Draft(device, key, payload=sample_payload())
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w:", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in pack_entries(draft):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            if name.endswith(".jpg"):
                info.mode, info.uid, info.gid, info.uname, info.gname = 0o6755, 1234, 1234, "nobody", "nogroup"
            tar.addfile(info, io.BytesIO(data))
    bundle = tmp_path / f"{draft.bag}.fkb"
    bundle.write_bytes(seal(plain.getvalue(), hq.recipients()))
    assert check_bundle(bundle, hq.trust()).reason == "tar-mode"
    checked = stock_check(bundle, hq, tmp_path / "x")
    assert checked.returncode == 0, checked.stderr  # the stock tools see nothing wrong: the bytes are signed
    (photo,) = (tmp_path / "x" / "x").rglob("*.jpg")
    assert photo.stat().st_mode & 0o7000 == 0 and photo.stat().st_uid == os.getuid()


def test_sequence_chain_split_and_originals(field: tuple[Store, HQ, Path], tmp_path: Path, hq_backend: str) -> None:
    store, hq, out = field
    configure(hq, hq_backend)
    first = compose.create_bundles(store, out, max_size=1 << 20)
    assert [b.sequence for b in first] == list(range(1, len(first) + 1))
    assert compose.create_bundles(store, out) == []  # nothing left to bundle
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "late.jpg").write_bytes(jpeg_bytes(seed=77))
    Importer(store).run("Op Falcon", "EV-2", [tmp_path / "more"])
    later = compose.create_bundles(store, out)
    assert [b.sequence for b in later] == [len(first) + 1]
    reports = [check_bundle(b.path, hq.trust()) for b in [*first, *later]]
    assert all(r.ok for r in reports)
    for previous, current in itertools.pairwise(reports):
        assert info_of(current).previous_tagmanifest_sha256 == previous.tagmanifest_sha256
    assert info_of(reports[0]).previous_tagmanifest_sha256 is None
    # The custody log travels in consecutive pieces: each bundle starts where the one before ended.
    for previous, current in itertools.pairwise(reports):
        assert info_of(current).custody.from_seq == info_of(previous).custody.to_seq + 1
    records = {k: v for r in reports for k, v in r.records.items() if k.startswith("data/records/captures/")}
    assert {c["sha256"] for c in records.values()} == {c.sha256 for c in store.captures()}
    with Index(hq) as index:
        outcomes = [index.ingest(b.path).outcome for b in [*first, *later]]
        assert outcomes == ["ingested"] * len(outcomes)
        assert index.status()["devices"][store.device_id]["gaps"] == []
        assert index.status()["devices"][store.device_id]["alarms"] == []  # the custody chain continues


def test_many_small_captures_split_by_file_count(field: tuple[Store, HQ, Path]) -> None:
    """A phone's hundred thousand small files must split into bundles a verifier accepts (max_members), as a long
    video splits by size: before, one bundle of them all failed to write."""
    store, hq, out = field
    limits = dataclasses.replace(BUNDLE_LIMITS, max_members=8)
    made = compose.create_bundles(store, out, limits=limits)
    assert len(made) >= 3  # five captures at up to 3 files each, beside the custody log and the acquisitions
    reports = [check_bundle(b.path, hq.trust()) for b in made]
    assert all(r.ok for r in reports)
    assert all(len(info_of(r).payload) <= 8 for r in reports)
    carried = {k for r in reports for k in r.records if k.startswith("data/records/captures/")}
    assert len(carried) == len(store.captures())


def test_a_failure_mid_export_gives_its_number_back_and_hq_sees_no_gap(
    field: tuple[Store, HQ, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hq_backend: str
) -> None:
    """An error while writing (here: the first original cannot be read) removes the partial file and gives the
    number back; a crash, which cannot, is test_sigkill_during_bundle_create below."""
    store, hq, out = field
    configure(hq, hq_backend)

    def dying(capture_id: int) -> Iterator[bytes]:
        yield from ()
        raise OSError(5, "simulated I/O error")

    monkeypatch.setattr(store.originals, "read_authenticated", dying)  # reading the first original fails
    with pytest.raises(Exception):
        compose.create_bundles(store, out)
    assert list(out.iterdir()) == []  # no partial bundle that looks complete
    assert ledger.bundles(store) == []
    monkeypatch.undo()
    (made,) = compose.create_bundles(store, out)
    assert made.sequence == 1
    report = check_bundle(made.path, hq.trust())
    assert report.ok and info_of(report).abandoned_sequences == ()
    with Index(hq) as index:
        assert index.ingest(made.path).gaps == []


def test_no_recipient_is_a_clear_error(tmp_path: Path) -> None:
    with Store.init(tmp_path / "s", "alice", PASSPHRASE, kdf=TEST_KDF) as store, pytest.raises(NotProvisionedError):
        compose.create_bundles(store, tmp_path)


def test_cli_flow_verify_report_and_ingest(field: tuple[Store, HQ, Path], tmp_path: Path, hq_backend: str) -> None:
    store, hq, out = field
    configure(hq, hq_backend)
    folder = store.folder
    store.close()
    env = {**os.environ, "FIELDKIT_STORE": str(folder), "FIELDKIT_PASSPHRASE": PASSPHRASE}

    def fieldkit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldkit", *args], env=env, capture_output=True, text=True,
                              timeout=120)  # fmt: skip

    assert fieldkit("bundle", "create", "--out", str(out)).returncode == 0
    listed = json.loads(fieldkit("bundle", "list", "--json").stdout)
    assert listed["unbundled_captures"] == 0 and listed["bundles"][0]["state"] == "complete"
    bundle = next(out.glob("*.fkb"))
    result = fieldkit("verify", str(bundle), "--hq", str(hq.folder), "--json", "--report", str(tmp_path / "r.html"))
    assert result.returncode == 0 and json.loads(result.stdout)["ok"]
    page = (tmp_path / "r.html").read_text()
    assert "VALID" in page and "data:image/jpeg;base64," in page and "Custody timeline" in page
    tampered = tmp_path / "tampered.fkb"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    bad = fieldkit("verify", str(tampered), "--hq", str(hq.folder), "--json")
    assert bad.returncode == 31 and json.loads(bad.stdout)["reason"] == "payload-auth"
    wait = ["--wait"] if hq.database_url else []  # with a database it queues: a worker decides, it waits for each
    with worker_beside(hq):
        ingest = fieldkit("hq", "ingest", "--dir", str(hq.folder), *wait, str(bundle), str(bundle), str(tampered))
    assert ingest.returncode == 30  # a batch with a refused file (docs/cli.md: 0, 30 or 38)
    outcomes = [line.split()[0] for line in ingest.stdout.splitlines() if not line.startswith(" ")]
    assert outcomes == ["ingested", "replay", "quarantined"]
    status = json.loads(fieldkit("hq", "status", "--dir", str(hq.folder), "--json").stdout)
    assert status["devices"][json.loads(result.stdout)["device_id"]]["last_sequence"] == 1
    assert status["quarantined"][0]["reason"] == "payload-auth"


@needs_tools
def test_a_bundle_made_by_stock_tools_alone_verifies_in_fieldkit(tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Stock")
    key = tmp_path / "device_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    public = key.with_suffix(".pub").read_text().split()
    device = "d1234567-0000-4000-8000-00000000abcd"
    hq.enroll(f'{device} namespaces="fieldkit-bundle" {public[0]} {public[1]}')
    bag = tmp_path / f"fieldkit-{device[:8]}-000001"
    (bag / "data" / "captures").mkdir(parents=True)
    (bag / "signatures").mkdir()
    photo = jpeg_bytes(seed=5)
    (bag / "data" / "captures" / "photo.jpg").write_bytes(photo)
    (bag / "data" / "custody.jsonld").write_text('{"@context": {}, "@graph": []}\n')
    payload = {
        p.relative_to(bag).as_posix(): p.stat().st_size for p in sorted((bag / "data").rglob("*")) if p.is_file()
    }
    info = {"format": "fieldkit-bundle", "version": 1, "bundle_id": "b0000000-0000-4000-8000-000000000001",
            "device_id": device, "device_key": f"{public[0]} {public[1]}", "sequence": 1,
            "previous_tagmanifest_sha256": None, "abandoned_sequences": [], "created_at": "2026-11-25T00:00:00Z",
            "organisation": "Stock", "software": "coreutils",
            "custody": {"from_seq": 1, "to_seq": 0, "previous_hash": None, "head_hash": None},
            "counts": {"captures": 0, "items": 0, "custody_entries": 0},
            "payload": payload}  # fmt: skip
    (bag / "fieldkit.json").write_text(json.dumps(info))
    (bag / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    (bag / "bag-info.txt").write_text(
        f"Source-Organization: Stock\nExternal-Identifier: {info['bundle_id']}\nBagging-Date: 2026-11-25\n"
        f"Payload-Oxum: {sum(payload.values())}.{len(payload)}\nFieldkit-Device-Id: {device}\nFieldkit-Sequence: 1\n"
    )
    files = " ".join(sorted(payload))
    subprocess.run(f"sha256sum {files} > manifest-sha256.txt", shell=True, cwd=bag, check=True)
    subprocess.run("sha256sum bagit.txt bag-info.txt manifest-sha256.txt fieldkit.json > tagmanifest-sha256.txt",
                   shell=True, cwd=bag, check=True)  # fmt: skip
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-f", str(key), "-n", "fieldkit-bundle",
                    str(bag / "tagmanifest-sha256.txt")], check=True)  # fmt: skip
    (bag / "tagmanifest-sha256.txt.sig").rename(bag / "signatures" / "tagmanifest-sha256.txt.sig")
    order = [f"{bag.name}/{n}" for n in format.TAG_ORDER] + [f"{bag.name}/{n}" for n in sorted(payload)]
    recipient = hq.recipients()[0]
    bundle = tmp_path / "stock.fkb"
    tar = "tar --format=ustar --owner=0 --group=0 --numeric-owner --mode=0644 --no-recursion -cf -"
    subprocess.run(f"{tar} {' '.join(order)} | age -r {recipient} > {bundle}", shell=True, cwd=tmp_path,
                   check=True)  # fmt: skip
    report = check_bundle(bundle, hq.trust())
    assert report.ok, (report.reason, report.message)
    assert hashlib.sha256(photo).hexdigest() in (bag / "manifest-sha256.txt").read_text()


def test_sigkill_during_bundle_create(tmp_path: Path) -> None:
    """A real kill -9 while a bundle is written: no file that looks like a bundle is left, the number is never
    reused, and the next bundle announces it as abandoned."""
    import signal
    import time

    hq = HQ.init(tmp_path / "HQ", "Kill")
    with Store.init(tmp_path / "store", "alice", PASSPHRASE, kdf=TEST_KDF) as store:
        hq.enroll(store.device_allowed_signers_line())
        ledger.add_recipient(store, hq.recipients()[0])
        src = tmp_path / "src"
        src.mkdir()
        big = jpeg_bytes(size=(2000, 1500), seed=9)
        for i in range(40):
            (src / f"IMG_{i}.jpg").write_bytes(big + f"-{i}".encode())
        Importer(store).run("Op", "EV-1", [src])
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "FIELDKIT_STORE": str(tmp_path / "store"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    process = subprocess.Popen([sys.executable, "-m", "fieldkit", "bundle", "create", "--out", str(out)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        partial = [p for p in out.glob(".*.partial-*") if p.stat().st_size > 4 << 20]
        if partial:
            process.send_signal(signal.SIGKILL)  # mid-write: several MiB in, before the rename
            break
        time.sleep(0.002)
    process.wait(timeout=30)
    if process.returncode != -signal.SIGKILL:
        pytest.skip("the export finished before it could be killed on this machine")
    assert not list(out.glob("*.fkb"))  # only a hidden .partial file may be left
    with Store.open(tmp_path / "store", PASSPHRASE) as store:
        made = compose.create_bundles(store, out)
        assert not list(out.glob(".*partial*"))  # swept
    report = check_bundle(made[0].path, hq.trust())
    assert report.ok
    assert report.sequence >= 2 and info_of(report).abandoned_sequences == tuple(range(1, report.sequence))


def test_cancel_and_verified_copy_to_a_drive(field: tuple[Store, HQ, Path], tmp_path: Path) -> None:
    import threading

    from fieldkit.errors import CancelledError, ExportError

    store, hq, out = field
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        compose.create_bundles(store, out, cancel=cancel)
    assert list(out.iterdir()) == [] and ledger.unbundled_count(store) == 5
    seen: list[tuple[int, int]] = []
    (made,) = compose.create_bundles(store, out, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert made.sequence == 1 and info_of(check_bundle(made.path, hq.trust())).abandoned_sequences == ()  # given back
    record = ledger.bundles(store)[-1]
    source = ledger.bundle_path(store, record)
    assert source == made.path.absolute()
    drive = tmp_path / "usb"
    drive.mkdir()
    copied = copy.copy_verified(source, drive)
    assert copied.read_bytes() == made.path.read_bytes()
    assert [p.name for p in drive.iterdir()] == [made.path.name]
    with pytest.raises(ExportError):
        copy.copy_verified(source, drive)  # never overwrites
    with pytest.raises(ExportError):
        copy.copy_verified(source, tmp_path / "not-mounted")


# A 17-byte "WSQ": the WSQ start-of-image and a table marker, then nothing a decoder can use (issue 12).
FAKE_WSQ = b"\xff\xa0\xff\xa8" + bytes(range(1, 14))


@needs_tools
def test_every_file_travels_whatever_its_kind_or_analysis(tmp_path: Path) -> None:
    """Good, truncated, empty, text, random and undecodable files, analysed, then 'bundle create': one bundle
    holding every capture bit-exact with its analysis, the undecodable print's ANSI/NIST transaction left out with
    the reason (and the item's good print with it), another item's transaction made; it verifies in fieldkit and
    with bagit.py, HQ ingests it and the report shows the analysis states; the next bundle is number 2."""
    assert len(FAKE_WSQ) == 17
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    store = Store.init(tmp_path / "store", "alice", PASSPHRASE, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    case = store.ensure_case("Op Falcon")
    seized, marked, subject = (store.ensure_item(case, tag) for tag in ("EV-1", "EV-2", "EV-3"))
    photo = jpeg_bytes(size=(640, 480), seed=1)
    truncated = jpeg_bytes(size=(640, 480), seed=2)
    files = {  # name: (bytes, kind, media type)
        "DCIM_0001.JPG": (photo, "photo", media_types.JPEG),
        "DCIM_0002.JPG": (truncated[: len(truncated) // 2], "photo", media_types.JPEG),
        "empty.dat": (b"", "file", "application/octet-stream"),
        "notes.txt": (b"Depot 4, shelf 2\n", "file", "text/plain"),
        "voice.m4a": (os.urandom(8192), "media", "audio/mp4"),
    }
    stored: dict[str, bytes] = {}
    for name, (data, kind, media_type) in files.items():
        capture_id, _ = store.originals.add_original(seized, data, original_name=name, kind=kind,  # type: ignore[arg-type]
                                                     media_type=media_type, source="file", metadata={})  # fmt: skip
        stored[store.capture(capture_id).uuid] = data
    fake_id, _ = store.originals.add_original(marked, FAKE_WSQ, original_name="L_THUMB.wsq", kind="fingerprint",
                                              media_type=media_types.WSQ, source="file", metadata={})  # fmt: skip
    fake = store.capture(fake_id)
    stored[fake.uuid] = FAKE_WSQ
    for item, finger, seed in ((marked, 2, 3), (subject, 7, 4)):
        wsq = tmp_path / f"print-{finger}.wsq"
        wsq.write_bytes(images.encode_wsq(synthetic.ridges(seed=seed)))
        recorded = print_capture.add_print_file(store, item, wsq, finger=finger, impression=0, ppi=500)
        stored[recorded.capture.uuid] = wsq.read_bytes()
    good_print = next(c for c in store.captures(kind="fingerprint") if c.item_id == marked.id and c.id != fake_id)

    outcomes = {o.capture_id: o for o in runner.analyse_pending(store)}
    assert len(outcomes) == len(stored)
    assert outcomes[fake_id].status == "failed" or outcomes[fake_id].damaged  # kept, and said to be undecodable
    # A decoder that crashes on the random "voice note" (made by the test: a real one may crash on hostile bytes).
    voice = next(c for c in store.captures() if c.original_name == "voice.m4a")
    (crashed,) = runner.analyse(store, [voice.id], op="tests.sandbox_ops:describe_by_crashing")
    assert crashed.status == "failed" and crashed.code == "crashed"
    store.close()

    env = {**os.environ, "FIELDKIT_STORE": str(tmp_path / "store"), "FIELDKIT_PASSPHRASE": PASSPHRASE}

    def fieldkit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldkit", *args], env=env, capture_output=True, text=True,
                              timeout=300)  # fmt: skip

    out = tmp_path / "out"
    out.mkdir()
    created = fieldkit("bundle", "create", "--out", str(out))
    assert created.returncode == 0, created.stderr
    (bundle,) = out.glob("*.fkb")
    assert bundle.name.endswith("-000001.fkb")
    assert (
        f"  left out: {TRANSACTION} of capture #{fake_id} (L_THUMB.wsq, {fake.uuid}): the file is damaged"
        in created.stdout
    )
    assert good_print.uuid not in created.stdout  # its item's good print travels in the transaction without it

    report = check_bundle(bundle, hq.trust(), thumbnail=thumbnails.render)
    assert report.ok, report.message
    info = info_of(report)
    assert {c.uuid for c in report.captures.values()} == set(stored) and info.counts.captures == len(stored)
    for record in report.captures.values():
        assert record.payload.endswith("." + media_types.written_suffix(record.media_type))
        assert record.analysis is not None and record.analysis.status in ("ok", "failed")
    by_uuid = {c.uuid: c for c in report.captures.values()}
    fake_analysis, voice_analysis = by_uuid[fake.uuid].analysis, by_uuid[voice.uuid].analysis
    assert fake_analysis is not None and (fake_analysis.status == "failed" or fake_analysis.damaged)
    assert voice_analysis is not None and voice_analysis.status == "failed" and voice_analysis.code == "crashed"
    assert voice_analysis.reason == crashed.reason
    truncated_record = next(c for c in report.captures.values() if c.original_name == "DCIM_0002.JPG")
    assert truncated_record.analysis is not None and truncated_record.analysis.damaged
    assert {(e.capture, e.product) for e in info.left_out or ()} == {(fake.uuid, TRANSACTION)}
    assert f"data/biometrics/{subject.uuid}.an2" in info.payload  # the other item's transaction travels
    assert f"data/biometrics/{marked.uuid}.an2" in info.payload  # and this item's, with its good print only

    # Stock tools: age, tar, bagit.py and ssh-keygen; every original is in the bag bit-exact.
    with Store.open(tmp_path / "store", PASSPHRASE) as reopened:
        device = reopened.device_id
    checked = stock_check(bundle, hq, tmp_path / "stock")
    assert checked.returncode == 0, checked.stderr
    bag = tmp_path / "stock" / "x" / bundle.stem
    for record in report.captures.values():
        assert (bag / record.payload).read_bytes() == stored[record.uuid]

    verified = fieldkit("verify", str(bundle), "--hq", str(hq.folder), "--report", str(tmp_path / "r.html"))
    assert verified.returncode == 0, verified.stderr
    assert f"analysis failed: capture {voice.uuid} (voice.m4a): {crashed.reason}" in verified.stdout
    assert f"capture {fake.uuid} (L_THUMB.wsq): " in verified.stdout  # failed or damaged, with how
    assert f"left out: {TRANSACTION} of capture {fake.uuid}" in verified.stdout
    page = (tmp_path / "r.html").read_text()
    assert "VALID" in page and "Left out" in page and TRANSACTION in page and "audio/mp4" in page
    assert "<span class='failed'>failed (crashed)</span>: " + html.escape(crashed.reason) in page
    assert "damaged</span>" in page
    assert html_report.render(report) == page  # what the CLI wrote is the report of these records

    with Index(hq) as index:
        ingested = index.ingest(bundle)
        assert ingested.outcome == "ingested"
        summary = ingested.to_json()
        assert summary["analysis"]["failed"] >= 1 and summary["analysis"]["pending"] == 0
        assert sum(summary["analysis"].values()) == len(stored)
        assert {e["capture"] for e in summary["left_out"]} == {fake.uuid}

    # A later print of the same item: its transaction travels again without the undecodable print of bundle 1.
    with Store.open(tmp_path / "store", PASSPHRASE) as reopened:
        assert reopened.originals.unbundled_count() == 0
        wsq = tmp_path / "print-3.wsq"
        wsq.write_bytes(images.encode_wsq(synthetic.ridges(seed=5)))
        late = print_capture.add_print_file(reopened, marked, wsq, finger=3, impression=0, ppi=500).capture
    created = fieldkit("bundle", "create", "--out", str(out), "--json")
    assert created.returncode == 0, created.stderr
    answer = json.loads(created.stdout)
    assert [o["capture_id"] for o in answer["analysed"]] == [late.id]  # analysed first, in the sandbox
    (later,) = answer["bundles"]
    assert later["sequence"] == 2 and later["captures"] == 1  # consecutive: nothing took or burnt a number
    assert {(e["capture"], e["product"]) for e in later["left_out"]} == {(fake.uuid, TRANSACTION)}
    second = check_bundle(Path(later["path"]), hq.trust())
    assert second.ok and info_of(second).previous_tagmanifest_sha256 == report.tagmanifest_sha256
    with Index(hq) as index:
        assert index.ingest(Path(later["path"])).outcome == "ingested" and index.gaps(device) == []


def test_every_kind_is_imported_analysed_bundled_and_verified_with_its_metadata(tmp_path: Path) -> None:
    """One file of every media type fieldkit knows, from a folder: each kept, described in the sandbox, carried
    with what analysis found, and verified at HQ; the source swapped after acquisition changes nothing."""
    from tests import media_samples

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    store = Store.init(tmp_path / "store", "alice", PASSPHRASE, kdf=TEST_KDF)
    try:
        hq.enroll(store.device_allowed_signers_line())
        for recipient in hq.recipients():
            ledger.add_recipient(store, recipient)
        src = tmp_path / "dump"
        src.mkdir()
        made = {media_type: maker() for media_type, maker in media_samples.SAMPLES.items()}
        for number, (media_type, data) in enumerate(made.items()):
            (src / f"f{number:02}.{media_types.written_suffix(media_type)}").write_bytes(data)
        summary = Importer(store).run("Op Falcon", "EV-7", [src])
        assert summary.stored == len(set(made.values())) and summary.failed == 0
        for path in src.iterdir():  # swapped at the source after acquisition: analysis reads what was kept
            path.write_bytes(b"\x00" * 16)
        outcomes = runner.analyse_pending(store)
        assert all(o.status == "ok" for o in outcomes), [o for o in outcomes if o.status != "ok"]
        bundle = compose.create_bundles(store, tmp_path)[0].path
    finally:
        store.close()
    report = check_bundle(bundle, hq.trust())
    assert report.ok, report.message
    by_type = {record.media_type: record for record in report.captures.values()}
    assert set(by_type) == set(made)  # every kind travelled, under the type its bytes announce
    for media_type, record in by_type.items():
        assert record.analysis is not None and record.analysis.status == "ok", media_type
        assert record.sha256 == hashlib.sha256(made[media_type]).hexdigest()
    assert by_type[media_types.HEIC].metadata["gps"]["latitude"] == pytest.approx(
        by_type[media_types.JPEG].metadata["gps"]["latitude"]
    )  # both carry the sample camera's position
    assert by_type[media_types.MP4].metadata["duration_s"] > 1
    assert str(by_type[media_types.MP4].captured_at).startswith("2024")  # the container's creation time
    assert by_type[media_types.PDF].metadata["page_count"] == 2
    assert by_type[media_types.JPEG].metadata["width"] == 320
