"""Acquisition (issue 12, preserve first): every regular file of a mixed, odd and hostile folder is stored bit-exact,
everything else is reported with its reason, and one acquisition per import records every path met, relative to the
root, with the times read from the same descriptor as the bytes. Real files, a real SQLCipher store."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from fieldkit._internal.fsutil import file_time
from fieldkit.cli._common import outcome_line
from fieldkit.cli.main import main
from fieldkit.config import TEST_KDF
from fieldkit.core.importer import Entry, Importer
from fieldkit.core.medium import Medium, medium_of
from fieldkit.errors import DiskFullError, NotFoundError, PartialImportError
from fieldkit.media_types import BY_TYPE
from fieldkit.sources.base import Acquired
from fieldkit.sources.cards import find_cards, import_card, new_files
from fieldkit.sources.sink import store_acquired
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes, png_bytes
from tests.unit.test_disk_full import FailingLayer

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux file-system features")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_bytes(store: Store, capture_id: int) -> bytes:
    return b"".join(store.read_original(capture_id))


def mixed_folder(folder: Path) -> dict[str, bytes]:
    """Good, damaged, odd and hostile files, links and a FIFO; returns the regular files by relative path."""
    whole = jpeg_bytes(seed=5)
    files = {
        "DCIM/IMG_0001.JPG": jpeg_bytes(seed=1),
        "DCIM/IMG_0002.JPG": jpeg_bytes(seed=2, size=(1200, 900)),
        "DCIM/TRUNC.JPG": whole[: len(whole) // 3],
        "empty.dat": b"",
        "random.bin": os.urandom(70_000),
        "mislabelled.jpg": png_bytes(seed=3),
        "notes.txt": b"Ledger of the northern depot, week 47\n",
        "sub/deeper/large.raw": os.urandom((5 << 20) + 12_345),  # several 1 MiB chunks and a partial one
        "sub/huge-declared.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x7f\xff\xff\xff\x7f\xff\xff\xff\x08\x02",
    }
    for relative, data in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    os.symlink(folder / "DCIM" / "IMG_0001.JPG", folder / "link-to-photo.jpg")
    os.symlink("loop", folder / "loop")  # points at itself
    os.mkfifo(folder / "sub" / "pipe")
    return files


@linux_only
def test_a_mixed_folder_is_preserved_and_every_path_is_in_the_acquisition(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "seized"
    files = mixed_folder(folder)
    summary = Importer(store).run("Op Falcon", "EV-1", [folder])
    assert summary.failed == 0 and summary.stored == len(files) and summary.skipped == 3, summary.outcomes

    by_path = {o.relative_path: o for o in summary.outcomes}
    for relative, data in files.items():
        outcome = by_path[relative]
        assert outcome.status == "stored" and outcome.sha256 == sha256(data) and outcome.size == len(data)
        assert sha256(stored_bytes(store, outcome.capture_id or 0)) == sha256(data)  # bit-exact, decrypted back
    assert by_path["mislabelled.jpg"].media_type == "image/png" and by_path["mislabelled.jpg"].warning
    assert by_path["random.bin"].kind == "file" and by_path["random.bin"].media_type == "application/octet-stream"
    assert by_path["sub/huge-declared.png"].kind == "photo"  # its header is never decoded at acquisition

    acquisition = store.acquisitions.get(summary.acquisition_id or 0)
    assert acquisition.root == str(folder) and acquisition.source == "files" and acquisition.finished_at
    assert (acquisition.stored, acquisition.duplicates, acquisition.not_stored) == (len(files), 0, 3)
    assert acquisition.filesystem  # from /proc/self/mountinfo
    entries = {entry.path: entry for entry in store.acquisitions.entries(acquisition.id)}
    assert set(entries) == set(files) | {"link-to-photo.jpg", "loop", "sub/pipe"}
    for relative, data in files.items():
        entry, info = entries[relative], os.stat(folder / relative)
        assert entry.entry_type == "file" and entry.status == "stored" and entry.size == len(data)
        assert entry.sha256 == sha256(data) and entry.capture_id == by_path[relative].capture_id
        assert entry.modified == file_time(info.st_mtime_ns) and entry.changed == file_time(info.st_ctime_ns)
        assert entry.born is None  # Linux: os.stat gives no birth time
        capture = store.capture(entry.capture_id or 0)
        assert capture.metadata["relative_path"] == relative and capture.captured_at is None
        assert capture.metadata["file_times"] == {"modified": entry.modified, "changed": entry.changed, "born": None}
        assert capture.metadata["source_path"] == str(folder / relative)
    link, loop, pipe = entries["link-to-photo.jpg"], entries["loop"], entries["sub/pipe"]
    assert link.entry_type == "symlink" and link.link_target == os.readlink(folder / "link-to-photo.jpg")
    assert loop.entry_type == "symlink" and loop.link_target == "loop" and loop.status == "not-stored"
    assert link.modified == file_time(os.lstat(folder / "link-to-photo.jpg").st_mtime_ns)
    assert pipe.entry_type == "other" and "FIFO" in pipe.reason and pipe.capture_id is None
    assert [e.seq for e in store.acquisitions.entries(acquisition.id)] == list(range(1, len(entries) + 1))

    events = store.custody_events(f"acquisition:{acquisition.uuid}")
    assert [e.action for e in events] == ["acquisition.started", "acquisition.finished"]
    assert events[1].details == {"entries": len(entries), "stored": len(files), "duplicates": 0, "not_stored": 3}
    assert store.acquisitions.list(store.item_by_id(acquisition.item_id)) == [acquisition]
    assert store.check().ok
    assert list(store.media.staging_dir.iterdir()) == []

    again = Importer(store).run("Op Falcon", "EV-1", [folder])  # duplicates are preserved too
    assert again.duplicates == len(files) and again.failed == 0
    second = store.acquisitions.entries(again.acquisition_id or 0)
    assert {e.path: e.capture_id for e in second if e.status == "duplicate"} == {
        relative: by_path[relative].capture_id for relative in files
    }


@linux_only
def test_the_command_line_imports_a_mixed_folder_and_lists_the_acquisition(
    closed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "seized"
    files = mixed_folder(folder)
    assert main(["import", "--case", "Op Falcon", "--item", "EV-2", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("stored ") for line in lines) == len(files)
    assert sum(line.startswith("not stored ") for line in lines) == 3
    assert any("loop -> loop: symbolic link" in line for line in lines)
    assert any("warning: named as JPEG but its content is PNG" in line for line in lines)
    summary = next(i for i, line in enumerate(lines) if line.startswith("acquisition 1:"))
    assert not any(line.startswith(("stored ", "not stored ", "duplicate ")) for line in lines[summary:])
    # After the acquisition is committed, analysis describes the stored copies and says what it found damaged.
    assert lines[-1] == "Analysed 9 file(s): 3 damaged, 0 could not be analysed"
    assert sum("(damaged: " in line for line in lines[summary:]) == 3

    assert main(["acquisitions", "--case", "Op Falcon", "--item", "EV-2", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == 1 and listed["entries"] == len(files) + 3 and listed["root"] == str(folder)
    assert main(["acquisitions", "--case", "Another"]) == 0
    assert "No acquisitions." in capsys.readouterr().out
    assert main(["acquisition", "1", "--json"]) == 0
    manifest = json.loads(capsys.readouterr().out)
    assert manifest["acquisition"]["id"] == 1 and len(manifest["entries"]) == len(files) + 3
    assert {e["path"] for e in manifest["entries"]} >= set(files)
    assert main(["acquisition", "1"]) == 0
    shown = capsys.readouterr().out
    assert "sub/deeper/large.raw" in shown and sha256(files["notes.txt"]) in shown and "FIFO" in shown
    assert main(["show", "1", "--json"]) == 0
    capture = json.loads(capsys.readouterr().out)
    assert capture["acquired"][0]["acquisition_id"] == 1 and capture["acquired"][0]["status"] == "stored"
    assert main(["acquisition", "99"]) == NotFoundError.exit_code
    capsys.readouterr()
    assert main(["check"]) == 0


def test_a_kind_that_does_not_match_the_content_is_a_warning(
    closed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    photo = Image.effect_noise((320, 240), 40).convert("RGB")
    photo.save(tmp_path / "holiday.png")
    photo.save(tmp_path / "holiday.gif")
    (tmp_path / "statement.txt").write_bytes(b"I was not there.\n")
    names = ["holiday.png", "holiday.gif", "statement.txt"]
    code = main(["import", "--case", "C", "--item", "T", "--kind", "fingerprint", "--json",
                 *(str(tmp_path / name) for name in names)])  # fmt: skip
    assert code == 0
    png, gif, text = json.loads(capsys.readouterr().out)["outcomes"]
    assert [o["status"] for o in (png, gif, text)] == ["stored"] * 3
    assert [o["kind"] for o in (png, gif, text)] == ["fingerprint"] * 3  # as asked, whatever the content
    # Whether a PNG may be a print is the media-type table's word (prints are often PNG): warned only if it says no.
    png_may_be_a_print = "fingerprint" in BY_TYPE["image/png"].accepted_as
    assert ("warning" in png) != png_may_be_a_print
    assert gif["warning"] == "kept as fingerprint as asked, but its content is GIF"
    assert text["warning"] == "kept as fingerprint as asked, but its content is plain text"
    code = main(["import", "--case", "C", "--item", "T2", "--kind", "media", str(tmp_path / "holiday.png")])
    out = capsys.readouterr().out
    assert code == 0 and "stored " in out and "(warning: kept as media as asked, but its content is PNG)" in out
    assert main(["show", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "fingerprint"


def test_the_source_replaced_after_acquisition_changes_nothing_stored(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "in" / "IMG_7.JPG"
    source.parent.mkdir()
    original = jpeg_bytes(seed=7)
    source.write_bytes(original)
    summary = Importer(store).run("Op", "EV-1", [source])
    source.write_bytes(b"17 bytes of junk!")  # swapped on the medium after acquisition
    capture = store.capture(summary.outcomes[0].capture_id or 0)
    assert stored_bytes(store, capture.id) == original and capture.sha256 == sha256(original)
    assert capture.size == len(original) and store.check().ok


def test_an_empty_file_is_stored_and_read_back(store: Store, tmp_path: Path) -> None:
    staged = store.media.stage(io.BytesIO(b""))
    assert staged.size == 0 and staged.sha256 == sha256(b"")
    store.media.discard(staged)
    empty = tmp_path / "zero"
    empty.write_bytes(b"")
    summary = Importer(store).run("Op", "EV-1", [empty])
    assert summary.stored == 1 and summary.outcomes[0].warning == "the file is empty"
    capture = store.capture(summary.outcomes[0].capture_id or 0)
    assert stored_bytes(store, capture.id) == b"" and capture.kind == "file" and store.check().ok
    (entry,) = store.acquisitions.entries(summary.acquisition_id or 0)
    assert entry.path == "zero" and entry.size == 0 and entry.reason == "the file is empty"  # named alone: its name


@linux_only
def test_a_file_that_cannot_be_read_fails_only_itself(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(jpeg_bytes(seed=3))
    # /proc/self/mem is a regular file whose first bytes (address 0) answer every read with EIO: a failing card.
    summary = Importer(store).run("Op", "EV-1", [good, Path("/proc/self/mem")])
    assert summary.stored == 1 and summary.failed == 1
    lost = summary.outcomes[1]
    assert lost.status == "not-stored" and lost.entry_type == "file" and lost.lost
    assert "reading it failed: Input/output error" in (lost.reason or "") and lost.fix
    assert store.acquisitions.get(summary.acquisition_id or 0).root == "/"  # what holds both named paths
    entry = store.acquisitions.entries(summary.acquisition_id or 0)[1]
    assert entry.path == "proc/self/mem" and entry.status == "not-stored" and "Input/output" in entry.reason
    assert store.check().ok and list(store.media.staging_dir.iterdir()) == []


def test_a_named_path_that_does_not_exist_fails_the_import(
    closed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes())
    code = main(["import", "--case", "C", "--item", "T", str(tmp_path / "a.jpg"), str(tmp_path / "typo.jpg")])
    out, err = capsys.readouterr()
    assert code == PartialImportError.exit_code and "1 stored" in out and "typo.jpg" in out and "what to do" in err


@linux_only
def test_a_fifo_put_in_a_files_place_is_reported_without_blocking(store: Store, tmp_path: Path) -> None:
    fifo = tmp_path / "was-a-file"
    os.mkfifo(fifo)
    importer = Importer(store)
    done: Future[object] = Future()
    with ThreadPoolExecutor(max_workers=1) as syncer:
        worker = threading.Thread(target=importer._prepare, args=(Entry(fifo, "was-a-file", "file"), done, syncer))
        worker.start()
        replaced = done.result(timeout=10)  # a blocking open would wait for a writer forever
        worker.join()
    assert isinstance(replaced, Entry) and replaced.entry_type == "other" and "FIFO" in (replaced.reason or "")


@linux_only
def test_hostile_names_and_deep_nesting_are_acquired(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "medium"
    deep = folder.joinpath(*["d"] * 600)  # deeper than Python's recursion limit allows a recursive walk
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_bytes(b"at the bottom")
    odd_name = os.fsdecode(b"caf\xe9 \x1b[31mred.jpg")  # Latin-1 byte (not UTF-8) and an escape sequence
    (folder / odd_name).write_bytes(jpeg_bytes(seed=8))
    os.symlink(os.fsdecode(b"\xff-target"), folder / "odd-link")
    summary = Importer(store).run("Op", "EV-1", [folder])
    assert summary.stored == 2 and summary.failed == 0 and summary.skipped == 1
    paths = {e.path: e for e in store.acquisitions.entries(summary.acquisition_id or 0)}
    assert "/".join(["d"] * 600) + "/bottom.txt" in paths
    assert paths["caf\\xe9 \x1b[31mred.jpg"].status == "stored"  # the byte that is not UTF-8 shown as \xe9
    assert paths["odd-link"].link_target == "\\xff-target"
    capture = store.capture(paths["caf\\xe9 \x1b[31mred.jpg"].capture_id or 0)
    assert capture.original_name == "caf\\xe9 \x1b[31mred.jpg" and store.check().ok
    line = outcome_line(next(o for o in summary.outcomes if o.capture_id == capture.id))
    assert "\x1b" not in line and "caf\\xe9 \\x1b[31mred.jpg" in line  # the name cannot drive the terminal


def test_paths_are_recorded_relative_to_the_folder_holding_what_was_named(store: Store, tmp_path: Path) -> None:
    for name in ("a/x.jpg", "b/c/y.jpg"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_bytes(jpeg_bytes(seed=len(name)))
    summary = Importer(store).run("Op", "EV-1", [tmp_path / "in" / "a" / "x.jpg", tmp_path / "in" / "b"])
    acquisition = store.acquisitions.get(summary.acquisition_id or 0)
    assert acquisition.root == str(tmp_path / "in")
    assert [e.path for e in store.acquisitions.entries(acquisition.id)] == ["a/x.jpg", "b/c/y.jpg"]


def test_a_full_disk_leaves_entries_only_for_what_committed(store_dir: Path, tmp_path: Path) -> None:
    Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF).close()
    sources = []
    for i in range(12):
        sources.append(tmp_path / "src" / f"IMG_{i:02}.JPG")
        sources[-1].parent.mkdir(exist_ok=True)
        sources[-1].write_bytes(jpeg_bytes(size=(900, 700), seed=i))
    with Store.open(store_dir, PASSPHRASE, file_layer=FailingLayer(11, errno.ENOSPC)) as store:
        with pytest.raises(DiskFullError):
            Importer(store).run("Case", "EV-1", sources)
        (acquisition,) = store.acquisitions.list()
        assert acquisition.finished_at is None  # stopped, not finished
        entries = store.acquisitions.entries(acquisition.id)
        stored = [e for e in entries if e.status == "stored"]
        assert {e.capture_id for e in stored} == {c.id for c in store.captures()}  # they committed together
        actions = [e.action for e in store.custody_events(f"acquisition:{acquisition.uuid}")]
        assert actions == ["acquisition.started", "acquisition.stopped"]
        assert store.check().ok


def test_a_cancelled_import_is_an_unfinished_acquisition(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes())
    cancel = threading.Event()
    cancel.set()
    summary = Importer(store, cancel=cancel).run("Op", "EV-1", [tmp_path / "a.jpg"])
    acquisition = store.acquisitions.get(summary.acquisition_id or 0)
    assert acquisition.finished_at is None and acquisition.entries == 0
    stopped = store.custody_events(f"acquisition:{acquisition.uuid}")[-1]
    assert stopped.action == "acquisition.stopped" and stopped.details["reason"] == "cancelled by the operator"


def test_a_card_import_is_one_acquisition_of_the_card(store: Store, tmp_path: Path) -> None:
    card_root = tmp_path / "media" / "op" / "CANON_SD"
    (card_root / "DCIM" / "100CANON").mkdir(parents=True)
    for i in range(2):
        (card_root / "DCIM" / "100CANON" / f"IMG_{i}.JPG").write_bytes(jpeg_bytes(seed=i))
    card = find_cards([tmp_path / "media"])[0]
    fresh, _known = new_files(store, card.dcim)
    summary = import_card(store, card, fresh, "Op", "EV-1")
    acquisition = store.acquisitions.get(summary.acquisition_id or 0)
    assert acquisition.source == "card" and acquisition.root == str(card_root)
    paths = [e.path for e in store.acquisitions.entries(acquisition.id)]
    assert paths == ["DCIM/100CANON/IMG_0.JPG", "DCIM/100CANON/IMG_1.JPG"]
    assert {c.source for c in store.captures()} == {"card"}


def test_an_original_from_a_capture_source_has_an_acquisition(store: Store) -> None:
    data = png_bytes(size=(200, 100), seed=9)
    acquired = Acquired(data, "photo", "image/png", "frame-0001.png", "camera:test-cam")
    capture_id, new = store_acquired(store, "Op", "EV-3", acquired)
    again, new_again = store_acquired(store, "Op", "EV-3", acquired)
    assert new and not new_again and again == capture_id
    first, second = store.acquisitions.list()
    assert first.source == "camera:test-cam" and first.root == "" and first.finished_at
    (entry,) = store.acquisitions.entries(first.id)
    assert (entry.path, entry.status, entry.capture_id, entry.sha256) == ("frame-0001.png", "stored", capture_id,
                                                                          sha256(data))  # fmt: skip
    assert store.acquisitions.entries(second.id)[0].status == "duplicate"
    assert [e.acquisition_id for e in store.acquisitions.of_capture(capture_id)] == [first.id, second.id]


def test_file_times_keep_nanoseconds_and_survive_hostile_values() -> None:
    assert file_time(1_700_000_000_123_456_789) == "2023-11-14T22:13:20.123456789Z"
    assert file_time(-1) == "1969-12-31T23:59:59.999999999Z"
    assert file_time(10**30) is None
    assert file_time(None) is None


@linux_only
def test_the_medium_is_read_from_mountinfo_and_the_disk_links(tmp_path: Path) -> None:
    device = os.stat(tmp_path).st_dev
    source = tmp_path / "sdz1"  # stands for the block device the mount names
    source.write_bytes(b"")
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "22 27 0:21 / /proc rw,relatime - proc proc rw\n"
        "garbage line\n"
        f"36 25 {os.major(device)}:{os.minor(device)} / /media/op/OPS\\040CARD rw shared:1 - vfat {source} rw\n"
    )
    links = tmp_path / "disk"
    (links / "by-label").mkdir(parents=True)
    (links / "by-uuid").mkdir()
    os.symlink(source, links / "by-label" / "OPS\\x20CARD")
    os.symlink(source, links / "by-uuid" / "1234-ABCD")
    os.symlink(tmp_path / "elsewhere", links / "by-uuid" / "0000-0000")
    found = medium_of([tmp_path, tmp_path / "missing"], mountinfo=mountinfo, disk_links=links)
    assert found == Medium("OPS CARD", "1234-ABCD", "vfat")
    assert medium_of([tmp_path, Path("/proc")], mountinfo=mountinfo, disk_links=links) == Medium()
    assert medium_of([tmp_path], mountinfo=tmp_path / "absent", disk_links=links) == Medium()
    if shutil.which("findmnt"):
        expected = subprocess.run(["findmnt", "-no", "FSTYPE", "-T", str(tmp_path)], capture_output=True, text=True)
        assert medium_of([tmp_path]).filesystem == expected.stdout.strip()
