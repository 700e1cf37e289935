"""Originals are sacred: export is bit-exact or refused; delete leaves nothing recoverable; check finds damage."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldkit.core.importer import Importer
from fieldkit.errors import ExportError, MediaCorruptError, NotFoundError
from fieldkit.store.store import Store
from tests.conftest import jpeg_bytes


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> tuple[Store, Path, int]:
    source = tmp_path / "in" / "IMG_0001.JPG"
    source.parent.mkdir()
    source.write_bytes(jpeg_bytes(size=(1200, 900), seed=5))
    Importer(store).run("Case", "EV-1", [source])
    return store, source, store.captures()[0].id


def test_export_is_bit_exact(imported: tuple[Store, Path, int], tmp_path: Path) -> None:
    store, source, capture_id = imported
    out = store.export_original(capture_id, tmp_path / "out.jpg")
    assert out.read_bytes() == source.read_bytes()
    (tmp_path / "folder").mkdir()
    into = store.export_original(capture_id, tmp_path / "folder")
    assert into.name == "IMG_0001.JPG" and into.read_bytes() == source.read_bytes()
    assert store.custody_events()[-1].action == "capture.exported"


@pytest.mark.parametrize(
    ("recovered_as", "exported_as"),
    [
        ("NUL.jpg", "_NUL.jpg"),  # the null device on Windows, whatever the extension
        ("com1", "_com1"),
        ("CONSOLE.jpg", "CONSOLE.jpg"),
        ("what: is? this*.jpg", "what is this.jpg"),
        ("trailing dots. . .", "trailing dots"),
        ("..\\..\\Windows\\evil.exe", "evil.exe"),
        ("ب" * 120 + ".jpeg", "ب" * 97 + ".jpeg"),  # 245 bytes -> 199: room for the partial-file prefix
        (". .", "capture-{id}"),
    ],
)
def test_export_into_a_folder_uses_a_name_every_platform_takes(
    store: Store, tmp_path: Path, recovered_as: str, exported_as: str
) -> None:
    """Recovered files carry names Windows refuses or misreads (issue 18); an export into a folder never fails or
    writes somewhere else because of one."""
    (tmp_path / "card").mkdir()
    source = tmp_path / "card" / recovered_as  # Linux takes every one of these names
    source.write_bytes(jpeg_bytes(seed=9))
    Importer(store).run("Case", "EV-1", [source])
    capture = store.captures()[-1]
    assert capture.original_name == recovered_as
    (tmp_path / "out").mkdir()
    into = store.export_original(capture.id, tmp_path / "out")
    assert into.parent == tmp_path / "out" and into.name == exported_as.format(id=capture.id)
    assert into.read_bytes() == source.read_bytes()


def test_export_never_overwrites(imported: tuple[Store, Path, int], tmp_path: Path) -> None:
    store, _source, capture_id = imported
    target = tmp_path / "exists.jpg"
    target.write_bytes(b"keep me")
    with pytest.raises(ExportError):
        store.export_original(capture_id, target)
    assert target.read_bytes() == b"keep me"


def test_export_refuses_a_tampered_media_file_and_leaves_no_output(
    imported: tuple[Store, Path, int], tmp_path: Path
) -> None:
    store, _source, capture_id = imported
    media_file = store.media.path_of(next(store.media.stored_ids()))
    blob = bytearray(media_file.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    media_file.write_bytes(bytes(blob))
    with pytest.raises(MediaCorruptError):
        store.export_original(capture_id, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()
    assert [p for p in tmp_path.iterdir() if "partial" in p.name] == []
    report = store.check()
    assert not report.ok
    assert any("capture" in p for r in report.results for p in r.problems)


def test_swapped_media_files_are_detected(store: Store, tmp_path: Path) -> None:
    sources = []
    for i in range(2):
        path = tmp_path / f"{i}.jpg"
        path.write_bytes(jpeg_bytes(seed=i))
        sources.append(path)
    Importer(store).run("Case", "EV-1", sources)
    a, b = (store.media.path_of(m) for m in store.media.stored_ids())
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    assert not store.check().ok


def test_delete_removes_media_and_record_but_custody_remembers(
    imported: tuple[Store, Path, int], store_dir: Path
) -> None:
    store, source, capture_id = imported
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    media_id = next(store.media.stored_ids())
    store.delete_capture(capture_id, reason="wrong item")
    assert list(store.media.stored_ids()) == []
    assert not store.media.path_of(media_id).exists()
    with pytest.raises(NotFoundError):
        store.capture(capture_id)
    deleted = [e for e in store.custody_events() if e.action == "capture.deleted"]
    assert deleted and deleted[0].details["sha256"] == sha and deleted[0].details["reason"] == "wrong item"
    assert store.check().ok
    # The WAL was checkpointed and truncated: no page image of the deleted row is left in it.
    wal = store_dir / "records.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_orphans_from_an_interrupted_import_are_swept_on_open(store_dir: Path, store: Store) -> None:
    from tests.conftest import PASSPHRASE

    (store.media.staging_dir / ("ab" * 16)).write_bytes(b"half written")
    orphan = store.media.path_of("cd" * 16)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"published but never recorded")
    assert not store.check().ok  # an orphan is reported
    store.close()
    with Store.open(store_dir, PASSPHRASE) as again:
        assert list(again.media.staging_dir.iterdir()) == []
        assert not orphan.exists()
        assert again.check().ok


def test_export_into_a_missing_folder_says_so(imported: tuple[Store, Path, int], tmp_path: Path) -> None:
    store, _source, capture_id = imported
    with pytest.raises(ExportError, match="does not exist"):
        store.export_original(capture_id, tmp_path / "no" / "such" / "folder" / "x.jpg")


def _keep_document(store: Store, name: str, text: str) -> int:
    from fieldkit.core import ocr

    item = store.ensure_item(store.ensure_case("Case"), "EV-9")
    capture_id, _new = store.originals.add_original(item, name.encode() + b" %PDF-1.4", original_name=name,
                                                    kind="document", media_type="application/pdf", source="test",
                                                    metadata={})  # fmt: skip
    ocr.save_texts(store, capture_id, [text])
    return capture_id


def _search_segments(store: Store) -> bytes:
    """Every byte the FTS5 index keeps in its tables: what someone who later opens the store can read."""
    conn = store._conn
    virtual = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
    tables = [str(row[0]) for row in conn.execute(virtual)]
    assert tables, "no FTS5 table found"
    blobs: list[bytes] = []
    for table in tables:
        for shadow in ("data", "content", "docsize", "idx"):
            for row in conn.execute(f"SELECT * FROM {table}_{shadow}"):  # names from sqlite_master
                blobs.extend(bytes(v) if isinstance(v, bytes) else str(v).encode() for v in row if v is not None)
    return b"\n".join(blobs)


def test_deleted_ocr_text_leaves_no_word_in_the_search_index(store: Store, store_dir: Path) -> None:
    """Security review finding 9: an FTS5 delete only records a delete marker; the words stayed in ocr_index_data."""
    from fieldkit.core import ocr
    from tests.conftest import PASSPHRASE

    kept = _keep_document(store, "kept.pdf", "routine delivery note for the warehouse")
    secret = _keep_document(store, "ledger.pdf", "payment to informant zebraquartz at safehouse kilomike")
    assert [hit.capture_id for hit in ocr.search(store, "zebraquartz")] == [secret]
    assert b"zebraquartz" in _search_segments(store)
    store.delete_capture(secret, reason="operator error")
    assert ocr.search(store, "zebraquartz") == []
    store.close()

    with Store.open(store_dir, PASSPHRASE) as again:  # later, someone holding a passphrase
        segments = _search_segments(again)
        for word in (b"zebraquartz", b"safehouse", b"kilomike", b"informant"):
            assert word not in segments, word
        assert [hit.capture_id for hit in ocr.search(again, "warehouse")] == [kept]  # the index still works
    wal = store_dir / "records.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_opening_an_older_store_clears_the_residue_of_earlier_deletions(store: Store, store_dir: Path) -> None:
    """Schema 10: a store whose index kept deleted words (made before secure-delete) is rebuilt once, on open."""
    from fieldkit.core import ocr
    from fieldkit.store import db
    from tests.conftest import PASSPHRASE

    store._conn.execute("INSERT INTO ocr_index (ocr_index, rank) VALUES ('secure-delete', 0)")  # as before version 10
    kept = _keep_document(store, "kept.pdf", "routine delivery note for the warehouse")
    secret = _keep_document(store, "ledger.pdf", "payment to informant zebraquartz at safehouse kilomike")
    store.delete_capture(secret, reason="operator error")
    assert b"zebraquartz" in _search_segments(store)  # the residue finding 9 is about
    store._conn.executescript(  # the v11 and v13 tables did not exist then either
        "DROP TABLE sample_captures; DROP TABLE samples; DROP TABLE shipments;"
        " DROP TABLE watchlist_hits; DROP TABLE watchlist_templates; DROP TABLE watchlist_entries;"
        " DROP TABLE watchlist; DROP TABLE template_runs; DROP TABLE templates;"
    )
    store._conn.execute("PRAGMA user_version = 9")
    store.close()

    with Store.open(store_dir, PASSPHRASE) as again:
        assert db.one_row(again._conn.execute("PRAGMA user_version"))[0] == db.SCHEMA_VERSION
        assert b"zebraquartz" not in _search_segments(again)
        assert [hit.capture_id for hit in ocr.search(again, "warehouse")] == [kept]
        options: dict[str, object] = dict(again._conn.execute("SELECT k, v FROM ocr_index_config").fetchall())
        assert options.get("secure-delete") == 1
