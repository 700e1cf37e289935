"""Importing originals: every regular file is kept bit-exact whatever its content (preserve first, issue 12);
duplicates; what is not a regular file is reported. Metadata (EXIF, page counts) comes later, from analysis."""

from __future__ import annotations

import hashlib
import io
import os
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO, cast

import pytest
from PIL import Image

from fieldkit.analysis import runner
from fieldkit.core.importer import FingerprintDetails, Importer, ImportSummary
from fieldkit.errors import InvalidValueError
from fieldkit.store.store import Store
from tests.conftest import jpeg_bytes, pdf_bytes, png_bytes, tiff_bytes


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def run(store: Store, *paths: Path, fingerprint: FingerprintDetails | None = None) -> ImportSummary:
    return Importer(store, fingerprint=fingerprint).run("Case A", "EV-1", list(paths))


def stored_bytes(store: Store, capture_id: int) -> bytes:
    return b"".join(store.read_original(capture_id))


def test_photo_exif_is_read_by_analysis_into_metadata(store: Store, tmp_path: Path) -> None:
    gps = {1: "N", 2: (Fraction(34), Fraction(30), Fraction(1530, 100)), 3: "W",
           4: (Fraction(118), Fraction(15), Fraction(0)), 5: 0, 6: Fraction(1234, 10)}  # fmt: skip
    data = jpeg_bytes(
        exif={0x010F: "Canon", 0x0110: "EOS R5", 0x0112: 6},
        sub={0x9003: "2026:11:20 08:15:30", 0x9011: "+03:00", 0xA431: "SN-0042"},
        gps=gps,
    )
    path = write(tmp_path / "in", "photo.jpg", data)
    summary = run(store, path)
    assert summary.stored == 1
    assert store.captures()[0].captured_at is None  # acquisition decodes nothing
    runner.analyse_pending(store)
    capture = store.captures()[0]
    assert capture.kind == "photo" and capture.media_type == "image/jpeg"
    assert capture.sha256 == hashlib.sha256(data).hexdigest() and capture.size == len(data)
    assert capture.captured_at == "2026-11-20T08:15:30+03:00"
    exif = capture.metadata["exif"]
    assert exif["make"] == "Canon" and exif["model"] == "EOS R5" and exif["orientation"] == 6
    assert exif["body_serial_number"] == "SN-0042"
    assert exif["gps"]["latitude"] == pytest.approx(34.50425)
    assert exif["gps"]["longitude"] == pytest.approx(-118.25)
    assert exif["gps"]["altitude_m"] == pytest.approx(123.4)


def test_hostile_gps_values_are_dropped_not_fatal(store: Store, tmp_path: Path) -> None:
    gps = {1: "N", 2: (Fraction(1000), Fraction(0), Fraction(0)), 3: "E", 4: (1, 2, 3)}
    path = write(tmp_path / "in", "odd.jpg", jpeg_bytes(gps=gps))
    assert run(store, path).stored == 1
    assert [o.status for o in runner.analyse_pending(store)] == ["ok"]
    assert "gps" not in store.captures()[0].metadata.get("exif", {})


def test_same_file_twice_in_an_item_is_a_duplicate(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "in", "a.jpg", jpeg_bytes())
    copy = write(tmp_path / "in2", "copy-of-a.jpg", path.read_bytes())
    first = run(store, path)
    second = run(store, copy)
    assert first.stored == 1 and second.duplicates == 1
    assert second.outcomes[0].duplicate_of == store.captures()[0].id
    assert store.capture_count() == 1
    assert len(list(store.media.stored_ids())) == 1  # the second copy's media file was discarded
    other_item = Importer(store).run("Case A", "EV-2", [copy])
    assert other_item.stored == 1  # the same bytes in another item are a capture of that item


def test_documents_are_stored_with_their_kind_from_the_content(store: Store, tmp_path: Path) -> None:
    pdf = write(tmp_path / "in", "ledger.pdf", pdf_bytes(pages=3))
    tif = write(tmp_path / "in", "scan.tiff", tiff_bytes(pages=4))
    summary = run(store, pdf, tif)
    assert summary.stored == 2, summary.outcomes
    by_name = {c.original_name: c for c in store.captures()}
    assert by_name["ledger.pdf"].kind == "document" and by_name["ledger.pdf"].media_type == "application/pdf"
    assert by_name["scan.tiff"].kind == "document" and by_name["scan.tiff"].media_type == "image/tiff"
    assert all(c.captured_at is None for c in by_name.values())  # analysis fills it, from the stored bytes
    # analysis: the lead's part (page counts: 3 and 4)


def test_fingerprint_details_are_recorded(store: Store, tmp_path: Path) -> None:
    image = Image.new("L", (400, 400), 200)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(500, 500))
    path = write(tmp_path / "in", "r-thumb.png", out.getvalue())
    summary = run(store, path, fingerprint=FingerprintDetails(1, 1, None))
    assert summary.stored == 1 and summary.outcomes[0].warning is None
    capture = store.captures()[0]
    assert capture.kind == "fingerprint"
    # No --ppi: the resolution is unknown at acquisition; analysis takes the file's when it is plausible.
    assert capture.metadata["fingerprint"] == {"finger_position": 1, "impression_type": 1, "ppi": None,
                                               "ppi_source": None}  # fmt: skip
    other = write(tmp_path / "in", "l-thumb.png", png_bytes(size=(300, 300), seed=4))
    assert run(store, other, fingerprint=FingerprintDetails(6, 0, 1000)).stored == 1
    assert store.captures()[1].metadata["fingerprint"] == {"finger_position": 6, "impression_type": 0, "ppi": 1000,
                                                          "ppi_source": "stated"}  # fmt: skip
    with pytest.raises(InvalidValueError):
        Importer(store, fingerprint=FingerprintDetails(finger_position=42))
    with pytest.raises(InvalidValueError):
        Importer(store, kind="photo", fingerprint=FingerprintDetails(finger_position=1))


def test_folders_recurse_and_odd_files_are_kept_as_they_are(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "card" / "DCIM"
    good = [write(src / "100CANON", f"IMG_{i}.JPG", jpeg_bytes(seed=i)) for i in range(3)]
    whole = jpeg_bytes(seed=99)
    odd = {
        "100CANON/TRUNC.JPG": whole[: len(whole) // 2],
        "renamed.jpg": png_bytes(),
        "notes.txt": b"just some text",
        "empty.jpg": b"",
        "cut.pdf": pdf_bytes()[:-40],
        "cut.tif": tiff_bytes(pages=2, size=(400, 400))[:3000],
        "cut.png": png_bytes(size=(300, 300))[:-30],
    }
    for name, data in odd.items():
        write(src / Path(name).parent, Path(name).name, data)
    os.symlink(good[0], src / "link.jpg")
    summary = run(store, tmp_path / "card")
    by_path = {o.relative_path: o for o in summary.outcomes}
    assert summary.stored == 3 + len(odd) and summary.failed == 0 and summary.skipped == 1, by_path
    for name, data in odd.items():
        outcome = by_path[f"DCIM/{name}"]
        assert outcome.status == "stored" and outcome.capture_id is not None
        assert stored_bytes(store, outcome.capture_id) == data  # bit-exact, damaged or not
    assert "named as JPEG but its content is PNG" in (by_path["DCIM/renamed.jpg"].warning or "")
    assert by_path["DCIM/empty.jpg"].warning == "the file is empty"
    assert by_path["DCIM/notes.txt"].kind == "document" and by_path["DCIM/notes.txt"].warning is None
    assert by_path["DCIM/100CANON/TRUNC.JPG"].kind == "photo"  # the magic numbers say JPEG; analysis finds it cut
    link = by_path["DCIM/link.jpg"]
    assert link.status == "not-stored" and link.entry_type == "symlink" and "symbolic link" in (link.reason or "")
    assert link.link_target == str(good[0]) and not link.lost
    assert store.check().ok
    assert list(store.media.staging_dir.iterdir()) == []


def test_a_decompression_bomb_is_stored_not_decoded(store: Store, tmp_path: Path) -> None:
    bomb = Image.new("1", (20_000, 10_000))  # 200 megapixels, a few kilobytes as PNG
    out = io.BytesIO()
    bomb.save(out, "PNG")
    path = write(tmp_path / "in", "bomb.png", out.getvalue())
    summary = run(store, path)
    assert summary.stored == 1 and summary.outcomes[0].kind == "photo"
    assert stored_bytes(store, store.captures()[0].id) == out.getvalue()
    # analysis: the lead's part (it refuses to decode more pixels than the limit, in the sandbox)


def test_an_encrypted_pdf_is_stored(store: Store, tmp_path: Path) -> None:
    # A minimal PDF whose trailer declares an /Encrypt dictionary (standard security handler, user password).
    plain = pdf_bytes()
    enc = plain.replace(
        b"trailer\n<< /Size",
        b"trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 "
        b"/O <" + b"00" * 32 + b"> /U <" + b"00" * 32 + b"> >> /ID [<01> <01>] /Size",
    )
    path = write(tmp_path / "in", "locked.pdf", enc)
    summary = run(store, path)
    assert summary.stored == 1 and store.captures()[0].kind == "document"
    assert stored_bytes(store, store.captures()[0].id) == enc
    # analysis: the lead's part (it says the PDF is encrypted with a password)


def test_a_truncated_file_is_stored_as_it_is_and_nothing_else_stays(store: Store, tmp_path: Path) -> None:
    whole = jpeg_bytes(size=(1500, 1500), seed=3)
    cut = whole[: len(whole) - 5000]
    path = write(tmp_path / "in", "half.jpg", cut)
    summary = run(store, path)
    assert summary.stored == 1
    assert hashlib.sha256(stored_bytes(store, summary.outcomes[0].capture_id or 0)).hexdigest() == (
        hashlib.sha256(cut).hexdigest()
    )
    assert len(list(store.media.stored_ids())) == 1
    assert list(store.media.staging_dir.iterdir()) == []


def test_a_read_error_on_the_source_is_that_files_failure_not_the_stores(store: Store) -> None:
    from fieldkit.core.importer import _SourceReader
    from fieldkit.errors import InputError

    class FailingCard(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            self.calls += 1
            if self.calls > 2:
                raise OSError(5, "Input/output error")
            buffer[:10] = b"x" * 10
            return 10

    with pytest.raises(InputError, match="reading it failed"):
        store.media.stage(_SourceReader(cast(BinaryIO, FailingCard())))
    assert list(store.media.staging_dir.iterdir()) == []


def test_jpeg_with_a_large_trailer_after_its_end_marker_is_whole(store: Store, tmp_path: Path) -> None:
    # Some phones append data after the image (a gain map, a second picture): all of it is the original.
    trailer = os.urandom(3 << 20).replace(b"\xff\xd9", b"\xff\x00")
    whole = jpeg_bytes(size=(800, 600), seed=11)
    path = write(tmp_path / "in", "phone.jpg", whole + trailer)
    cut = write(tmp_path / "in", "cut.jpg", whole[: len(whole) // 2] + trailer)
    summary = run(store, path, cut)
    assert [o.status for o in summary.outcomes] == ["stored", "stored"], summary.outcomes
    assert stored_bytes(store, summary.outcomes[0].capture_id or 0) == whole + trailer


def test_a_symlink_named_explicitly_is_recorded_and_its_target_imported(store: Store, tmp_path: Path) -> None:
    target = write(tmp_path / "in", "real.jpg", jpeg_bytes(seed=21))
    link = tmp_path / "link.jpg"
    os.symlink(target, link)
    summary = run(store, link)
    assert summary.stored == 1 and summary.skipped == 1
    recorded, imported = summary.outcomes
    assert recorded.entry_type == "symlink" and recorded.link_target == str(target)
    assert imported.status == "stored" and imported.relative_path == "link.jpg"  # the path as the operator named it
    assert store.captures()[0].original_name == "real.jpg"
    assert store.captures()[0].metadata["source_path"] == str(target)
