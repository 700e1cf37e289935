"""Expanding an archive capture: every member stored bit-exact as a capture of the same item, with its path inside
the archive, as one acquisition; decompressed only in the sandbox and never written to disk in plaintext; bombs and
unreadable members stop it with the reason, keeping what came before. Real ZIP, tar and gzip files made here (and
by the stock zip tool, for an encrypted member); the real sandbox."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from fieldkit import media_types as mt
from fieldkit.cli.main import main
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, TEST_KDF, AnalysisLimits
from fieldkit.core.expand import ExpansionSummary, MemberOutcome, expand_archive, raise_if_stopped
from fieldkit.core.importer import Importer
from fieldkit.errors import ArchiveExpansionStoppedError, DiskFullError, InvalidValueError
from fieldkit.models import AcquisitionEntry
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes, pdf_bytes
from tests.unit.test_disk_full import FailingLayer

ZIP_TIME = (2021, 3, 4, 5, 6, 8)  # DOS times have two-second steps
TAR_TIME = 1714550400  # 2024-05-01T08:00:00Z


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_TIME), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def tar_of(members: dict[str, bytes], *, gzipped: bool = False, links: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz" if gzipped else "w") as archive:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(content), TAR_TIME
            archive.addfile(info, io.BytesIO(content))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type, info.linkname, info.mtime = tarfile.SYMTYPE, target, TAR_TIME
            archive.addfile(info)
        fifo = tarfile.TarInfo("dev/pipe")
        fifo.type = tarfile.FIFOTYPE
        archive.addfile(fifo)
    return out.getvalue()


def archived(store: Store, tmp_path: Path, name: str, data: bytes) -> int:
    """Import an archive as an operator would (without analysing it) and return its capture id."""
    folder = tmp_path / "medium"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    summary = Importer(store).run("Op Falcon", "EV-1", [folder / name])
    (outcome,) = summary.outcomes
    assert outcome.capture_id is not None
    return outcome.capture_id


def stored_bytes(store: Store, capture_id: int) -> bytes:
    return b"".join(store.read_original(capture_id))


def entries_by_path(store: Store, summary: ExpansionSummary) -> dict[str, AcquisitionEntry]:
    return {entry.path: entry for entry in store.acquisitions.entries(summary.acquisition_id)}


def outcome(summary: ExpansionSummary, path: str) -> MemberOutcome:
    (found,) = [o for o in summary.outcomes if o.path == path]
    return found


def limits_for_this_test(**changes: object) -> AnalysisLimits:
    """Limits of their own, so the sandbox pool for them starts now, in this test's environment."""
    return replace(DEFAULT_ANALYSIS_LIMITS, thumbnail_side=255, **changes)  # type: ignore[arg-type]


# --- good archives ------------------------------------------------------------------------------------------------


def test_a_zip_with_folders_becomes_captures_of_its_item_bit_exact(store: Store, tmp_path: Path) -> None:
    photo, document = jpeg_bytes(seed=7), pdf_bytes("inside the zip")
    members = {"DCIM/100/IMG_1.jpg": photo, "docs/deep/er/report.pdf": document, "notes.txt": b"meet at 6\n"}
    archive_id = archived(store, tmp_path, "phone-dump.zip", zip_of(members))
    archive = store.capture(archive_id)

    summary = expand_archive(store, archive_id)

    assert (summary.stored, summary.duplicates, summary.not_stored, summary.stopped) == (3, 0, 0, None)
    entries = entries_by_path(store, summary)
    assert set(entries) == set(members)
    for path, content in members.items():
        entry = entries[path]
        assert (entry.entry_type, entry.status, entry.size) == ("file", "stored", len(content))
        assert entry.sha256 == hashlib.sha256(content).hexdigest()
        assert entry.modified == "2021-03-04T05:06:08"  # the member's own time (a ZIP's has no zone)
        assert entry.capture_id is not None
        assert stored_bytes(store, entry.capture_id) == content
        capture = store.capture(entry.capture_id)
        assert (capture.item_id, capture.source, capture.original_name) == (archive.item_id, "archive",
                                                                            path.rsplit("/", 1)[-1])  # fmt: skip
        assert capture.metadata["archive"] == archive.uuid and capture.metadata["path_in_archive"] == path
        assert "name_in_archive" not in capture.metadata
    kinds = {o.path: (o.kind, o.media_type) for o in summary.outcomes}
    assert kinds["DCIM/100/IMG_1.jpg"] == ("photo", mt.JPEG)
    assert kinds["docs/deep/er/report.pdf"] == ("document", mt.PDF)
    acquisition = store.acquisitions.get(summary.acquisition_id)
    assert (acquisition.source, acquisition.parent_capture_id, acquisition.root) == ("archive", archive_id,
                                                                                     "phone-dump.zip")  # fmt: skip
    assert acquisition.finished_at is not None and (acquisition.entries, acquisition.stored) == (3, 3)
    # Then analysed like any import, in the sandbox: the photo's size comes from its own bytes.
    assert [a.status for a in summary.analysed] == ["ok", "ok", "ok"]
    assert store.capture(entries["DCIM/100/IMG_1.jpg"].capture_id or 0).metadata["width"] == 640
    # Custody: the acquisition's start and end, each member's import, and the expansion on the archive itself.
    actions = [e.action for e in store.custody_events(f"acquisition:{acquisition.uuid}")]
    assert actions == ["acquisition.started", "acquisition.finished"]
    (expanded,) = store.custody_events(f"capture:{archive.uuid}")[-1:]
    assert expanded.action == "capture.expanded"
    assert expanded.details == {"acquisition": acquisition.uuid, "stored": 3, "duplicates": 0, "not_stored": 0}
    assert store.check().ok


@pytest.mark.parametrize("gzipped", [False, True], ids=["tar", "tar.gz"])
def test_a_tar_keeps_member_times_and_records_links_and_special_entries(store: Store, tmp_path: Path,
                                                                       gzipped: bool) -> None:  # fmt: skip
    members = {"home/user/chat.db": b"SQLite format 3\x00" + bytes(200), "home/user/a/b/c.txt": b"deep\n"}
    archive_id = archived(store, tmp_path, "home.tar.gz" if gzipped else "home.tar",
                          tar_of(members, gzipped=gzipped, links={"home/user/passwd": "/etc/passwd"}))  # fmt: skip
    assert store.capture(archive_id).media_type == (mt.GZIP if gzipped else mt.TAR)

    summary = expand_archive(store, archive_id, analyse=False)

    entries = entries_by_path(store, summary)
    for path, content in members.items():
        assert entries[path].status == "stored" and entries[path].modified == "2024-05-01T08:00:00Z"
        assert stored_bytes(store, entries[path].capture_id or 0) == content
    link = entries["home/user/passwd"]
    assert (link.entry_type, link.status, link.link_target, link.capture_id) == ("symlink", "not-stored",
                                                                                 "/etc/passwd", None)  # fmt: skip
    assert "link" in link.reason
    pipe = entries["dev/pipe"]
    assert (pipe.entry_type, pipe.status) == ("other", "not-stored") and "not a regular file" in pipe.reason
    assert (summary.stored, summary.not_stored, summary.stopped) == (2, 2, None)
    assert store.acquisitions.get(summary.acquisition_id).finished_at is not None


def test_a_gzip_file_is_one_member_named_by_its_header(store: Store, tmp_path: Path) -> None:
    content = b"line of a log\n" * 500
    out = io.BytesIO()
    with gzip.GzipFile(filename="server.log", mode="wb", fileobj=out, mtime=TAR_TIME) as compressed:
        compressed.write(content)
    archive_id = archived(store, tmp_path, "server.log.gz", out.getvalue())

    summary = expand_archive(store, archive_id, analyse=False)

    (member,) = summary.outcomes
    assert (member.path, member.status, member.modified) == ("server.log", "stored", "2024-05-01T08:00:00Z")
    assert stored_bytes(store, member.capture_id or 0) == content


def test_unsafe_names_are_stored_under_safe_paths_keeping_the_archive_s_name(store: Store, tmp_path: Path) -> None:
    members = {"../../etc/cron.d/x": b"climb", "/abs/olute.txt": b"absolute", "C:\\Windows\\w.ini": b"drive",
               "ok/../../../up.txt": b"up"}  # fmt: skip
    archive_id = archived(store, tmp_path, "hostile.zip", zip_of(members))

    summary = expand_archive(store, archive_id, analyse=False)

    assert summary.stored == 4 and summary.stopped is None
    by_name = {o.name_in_archive: o for o in summary.outcomes}
    assert set(by_name) == set(members)
    for name, content in members.items():
        member = by_name[name]
        assert not member.path.startswith("/") and ".." not in member.path.split("/") and ":" not in member.path
        assert stored_bytes(store, member.capture_id or 0) == content
        assert f"named '{name}' in the archive" in (member.reason or "")
        assert store.capture(member.capture_id or 0).metadata["name_in_archive"] == name
    assert by_name["../../etc/cron.d/x"].path == "__/__/etc/cron.d/x"
    assert by_name["/abs/olute.txt"].path == "abs/olute.txt"
    # The entry keeps the safe path and says what the archive called it.
    entry = entries_by_path(store, summary)["abs/olute.txt"]
    assert "'/abs/olute.txt'" in entry.reason


@pytest.mark.skipif(shutil.which("zip") is None, reason="the zip tool (Info-ZIP) is not installed")
def test_an_encrypted_member_is_listed_not_stored_and_the_others_are(store: Store, tmp_path: Path) -> None:
    work = tmp_path / "zipwork"
    work.mkdir()
    (work / "open.txt").write_bytes(b"anyone may read this\n" * 10)
    (work / "secret.txt").write_bytes(b"the password protects this\n" * 10)
    subprocess.run(["zip", "-q", "-X", "mixed.zip", "open.txt"], cwd=work, check=True)
    subprocess.run(["zip", "-q", "-X", "-P", "hunter2", "mixed.zip", "secret.txt"], cwd=work, check=True)
    archive_id = archived(store, tmp_path, "mixed.zip", (work / "mixed.zip").read_bytes())

    summary = expand_archive(store, archive_id, analyse=False)

    entries = entries_by_path(store, summary)
    assert entries["open.txt"].status == "stored"
    assert stored_bytes(store, entries["open.txt"].capture_id or 0) == (work / "open.txt").read_bytes()
    secret = entries["secret.txt"]
    assert (secret.status, secret.sha256, secret.capture_id) == ("not-stored", None, None)
    assert secret.size == 270 and "encrypted" in secret.reason
    assert summary.stopped is None and store.acquisitions.get(summary.acquisition_id).finished_at is not None


def test_members_larger_than_a_sandbox_answer_come_in_pieces_and_stay_bit_exact(store: Store, tmp_path: Path) -> None:
    small_answers = limits_for_this_test(max_result_bytes=64 << 10)
    members = {f"part-{n}.bin": os.urandom(150_000 + n) for n in range(3)}
    members |= {f"tiny/{n}.txt": f"{n}\n".encode() for n in range(40)}
    archive_id = archived(store, tmp_path, "parts.tar", tar_of(members))

    summary = expand_archive(store, archive_id, limits=small_answers, analyse=False)

    assert summary.stored == len(members) and summary.stopped is None
    for path, content in members.items():
        assert stored_bytes(store, outcome(summary, path).capture_id or 0) == content


def test_members_are_never_written_to_disk_in_plaintext(store: Store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))  # for the sandbox children this test's limits start
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    plaintext = b"the informant's address is 12 Harbour Road. " * 400  # compresses: not in the ZIP as it is
    archive_id = archived(store, tmp_path, "tip.zip", zip_of({"tip.txt": plaintext}))
    before = {path for path in tmp_path.rglob("*") if path.is_file()}

    summary = expand_archive(store, archive_id, limits=limits_for_this_test())

    assert summary.stored == 1 and stored_bytes(store, summary.outcomes[0].capture_id or 0) == plaintext
    assert list(temporary.iterdir()) == []
    assert list((store.folder / "staging").iterdir()) == []
    new = {path for path in tmp_path.rglob("*") if path.is_file()} - before
    assert new and all(path.is_relative_to(store.folder) for path in new)  # the encrypted copy, the database
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert plaintext[:200] not in path.read_bytes(), path


# --- what is not expanded ----------------------------------------------------------------------------------------


def test_nested_archives_are_stored_whole_and_expanded_one_by_one(store: Store, tmp_path: Path) -> None:
    inner = zip_of({"inner.txt": b"inside the inside\n"})
    archive_id = archived(store, tmp_path, "outer.zip", zip_of({"outer.txt": b"outside\n", "nested/inner.zip": inner}))

    summary = expand_archive(store, archive_id, analyse=False)

    assert summary.stored == 2
    nested = outcome(summary, "nested/inner.zip")
    assert nested.media_type == mt.ZIP and stored_bytes(store, nested.capture_id or 0) == inner
    assert all(o.path != "inner.txt" for o in summary.outcomes)
    again = expand_archive(store, nested.capture_id or 0, analyse=False)
    assert [(o.path, o.status) for o in again.outcomes] == [("inner.txt", "stored")]
    assert store.acquisitions.get(again.acquisition_id).parent_capture_id == nested.capture_id


def test_expanding_again_finds_duplicates(store: Store, tmp_path: Path) -> None:
    archive_id = archived(store, tmp_path, "a.zip", zip_of({"x.txt": b"x", "y.txt": b"y"}))
    first = expand_archive(store, archive_id, analyse=False)
    second = expand_archive(store, archive_id, analyse=False)
    assert (second.stored, second.duplicates) == (0, 2)
    assert {o.duplicate_of for o in second.outcomes} == {o.capture_id for o in first.outcomes}
    assert {e.status for e in store.acquisitions.entries(second.acquisition_id)} == {"duplicate"}


def test_only_archives_are_expanded(store: Store, tmp_path: Path) -> None:
    photo_id = archived(store, tmp_path, "photo.jpg", jpeg_bytes(seed=2))
    with pytest.raises(InvalidValueError, match="not an archive fieldkit expands"):
        expand_archive(store, photo_id)
    assert [a.source for a in store.acquisitions.list()] == ["files"]


# --- bombs --------------------------------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_with_the_reason_and_nothing_stored(store: Store, tmp_path: Path) -> None:
    bomb = zip_of({"zeros.bin": bytes(60 << 20)})  # about 60 KB expanding to 60 MiB: past the ratio of 200
    assert len(bomb) * DEFAULT_ANALYSIS_LIMITS.max_expansion_ratio < 60 << 20
    archive_id = archived(store, tmp_path, "bomb.zip", bomb)
    captures_before = store.capture_count()

    summary = expand_archive(store, archive_id)

    assert (summary.stored, summary.outcomes, store.capture_count()) == (0, [], captures_before)
    assert summary.stopped is not None and "200 times its size" in summary.stopped
    acquisition = store.acquisitions.get(summary.acquisition_id)
    assert acquisition.finished_at is None and acquisition.entries == 0
    events = store.custody_events(f"acquisition:{acquisition.uuid}")
    (stopped,) = [e for e in events if e.action == "acquisition.stopped"]
    assert stopped.details["reason"].startswith("stopped after 0 members: the archive expands more than 200 times")
    with pytest.raises(ArchiveExpansionStoppedError, match="decompression bomb"):
        raise_if_stopped(summary)
    assert stored_bytes(store, archive_id) == bomb  # the archive itself is kept as acquired


def test_a_count_bomb_keeps_the_members_before_the_limit_and_says_where_it_stopped(store: Store,
                                                                                  tmp_path: Path) -> None:  # fmt: skip
    few_members = limits_for_this_test(max_archive_members=20)
    members = {f"m/{n:03}.txt": f"member {n}\n".encode() for n in range(50)}
    archive_id = archived(store, tmp_path, "many.tar", tar_of(members))

    summary = expand_archive(store, archive_id, limits=few_members, analyse=False)

    # A tar is read as a stream: the first 20 members are stored, the 21st passes the count.
    assert summary.stored == 20 and [o.path for o in summary.outcomes] == list(members)[:20]
    for member in summary.outcomes:
        assert stored_bytes(store, member.capture_id or 0) == members[member.path]
    assert summary.stopped is not None and "more than the 20" in summary.stopped
    acquisition = store.acquisitions.get(summary.acquisition_id)
    assert acquisition.finished_at is None and acquisition.stored == 20
    reasons = [e.details.get("reason", "") for e in store.custody_events(f"acquisition:{acquisition.uuid}")]
    assert any(reason.startswith("stopped after 20 members: the archive has 21 members") for reason in reasons)
    # A ZIP says its count up front: refused before anything is read.
    zipped = expand_archive(store, archived(store, tmp_path, "many.zip", zip_of(members)), limits=few_members)
    assert zipped.stored == 0 and "50 members" in (zipped.stopped or "")


def test_a_full_disk_stops_the_expansion_keeping_what_was_complete(store_dir: Path, tmp_path: Path) -> None:
    members = {f"{n}.txt": f"member {n}\n".encode() * 50 for n in range(12)}
    Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF).close()
    with Store.open(store_dir, PASSPHRASE) as store:
        archive_id = archived(store, tmp_path, "twelve.zip", zip_of(members))
    with Store.open(store_dir, PASSPHRASE, file_layer=FailingLayer(fail_at=15)) as store:
        with pytest.raises(DiskFullError):
            expand_archive(store, archive_id, analyse=False)
        (acquisition,) = [a for a in store.acquisitions.list() if a.source == "archive"]
        assert acquisition.finished_at is None and 0 < acquisition.stored < 12
        for entry in store.acquisitions.entries(acquisition.id):
            assert stored_bytes(store, entry.capture_id or 0) == members[entry.path]
        stopped = store.custody_events(f"acquisition:{acquisition.uuid}")[-1]
        assert stopped.action == "acquisition.stopped" and "disk is full" in stopped.details["reason"]
        assert list(store.media.staging_dir.iterdir()) == [] and store.check().ok
    with Store.open(store_dir, PASSPHRASE) as store:
        again = expand_archive(store, archive_id, analyse=False)
        assert (again.stored, again.duplicates) == (12 - acquisition.stored, acquisition.stored)


# --- the command line ---------------------------------------------------------------------------------------------


def test_fieldkit_expand_on_the_command_line(closed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.zip").write_bytes(zip_of({"a/b.txt": b"hello\n", "../c.txt": b"up\n"}))
    (tmp_path / "in" / "bomb.zip").write_bytes(zip_of({"zeros": bytes(40 << 20)}))
    assert main(["import", "--case", "C", "--item", "I", "--no-analyse", str(tmp_path / "in")]) == 0
    capsys.readouterr()

    assert main(["expand", "1", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["archive"], answer["stored"], answer["stopped"]) == (1, 2, None)
    assert {m["path"]: m.get("name_in_archive") for m in answer["members"]} == {"a/b.txt": None, "__/c.txt": "../c.txt"}
    assert main(["acquisition", str(answer["acquisition"]), "--json"]) == 0
    manifest = json.loads(capsys.readouterr().out)
    assert manifest["acquisition"]["source"] == "archive" and len(manifest["entries"]) == 2

    assert main(["expand", "2"]) == ArchiveExpansionStoppedError.exit_code
    out, err = capsys.readouterr()
    assert "0 stored" in out and "decompression bomb" in err and "what to do:" in err
    assert main(["expand", "999"]) != 0
