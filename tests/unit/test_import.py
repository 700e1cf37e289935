"""Importing originals: formats, EXIF, duplicates, and every kind of bad file refused with a clear reason."""

from __future__ import annotations

import hashlib
import io
import os
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO, cast

import pytest
from PIL import Image

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


def test_photo_exif_is_parsed_into_metadata(store: Store, tmp_path: Path) -> None:
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


def test_documents_and_page_counts(store: Store, tmp_path: Path) -> None:
    pdf = write(tmp_path / "in", "ledger.pdf", pdf_bytes(pages=3))
    tif = write(tmp_path / "in", "scan.tiff", tiff_bytes(pages=4))
    summary = run(store, pdf, tif)
    assert summary.stored == 2, summary.outcomes
    by_name = {c.original_name: c for c in store.captures()}
    assert by_name["ledger.pdf"].kind == "document" and by_name["ledger.pdf"].metadata["page_count"] == 3
    assert by_name["scan.tiff"].kind == "document" and by_name["scan.tiff"].metadata["page_count"] == 4


def test_fingerprint_details_are_recorded(store: Store, tmp_path: Path) -> None:
    image = Image.new("L", (400, 400), 200)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(500, 500))
    path = write(tmp_path / "in", "r-thumb.png", out.getvalue())
    summary = run(store, path, fingerprint=FingerprintDetails(1, 1, None))
    assert summary.stored == 1
    capture = store.captures()[0]
    assert capture.kind == "fingerprint"
    assert capture.metadata["fingerprint"] == {"finger_position": 1, "impression_type": 1, "ppi": 500.0}
    with pytest.raises(InvalidValueError):
        Importer(store, fingerprint=FingerprintDetails(finger_position=42))
    with pytest.raises(InvalidValueError):
        Importer(store, kind="photo", fingerprint=FingerprintDetails(finger_position=1))


def test_folders_recurse_and_bad_files_do_not_stop_the_rest(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "card" / "DCIM"
    good = [write(src / "100CANON", f"IMG_{i}.JPG", jpeg_bytes(seed=i)) for i in range(3)]
    whole = jpeg_bytes(seed=99)
    write(src / "100CANON", "TRUNC.JPG", whole[: len(whole) // 2])
    write(src, "renamed.jpg", png_bytes())
    write(src, "notes.txt", b"just some text")
    write(src, "empty.jpg", b"")
    write(src, "cut.pdf", pdf_bytes()[:-40])
    tiff = tiff_bytes(pages=2, size=(400, 400))
    write(src, "cut.tif", tiff[: len(tiff) // 2])
    png = png_bytes(size=(300, 300))
    write(src, "cut.png", png[: len(png) - 30])
    os.symlink(good[0], src / "link.jpg")
    summary = run(store, tmp_path / "card")
    reasons = {Path(o.path).name: (o.status, o.reason or "") for o in summary.outcomes}
    assert summary.stored == 3, reasons
    assert reasons["TRUNC.JPG"][0] == "failed" and "truncated" in reasons["TRUNC.JPG"][1]
    assert reasons["renamed.jpg"][0] == "failed" and "named as JPEG but its content is PNG" in reasons["renamed.jpg"][1]
    assert reasons["notes.txt"][0] == "failed" and "not a format" in reasons["notes.txt"][1]
    assert reasons["empty.jpg"][0] == "failed" and "empty" in reasons["empty.jpg"][1]
    assert reasons["cut.pdf"][0] == "failed" and "truncated" in reasons["cut.pdf"][1]
    assert reasons["cut.tif"][0] == "failed" and "truncated" in reasons["cut.tif"][1]
    assert reasons["cut.png"][0] == "failed"
    assert reasons["link.jpg"][0] == "failed" and "symbolic link" in reasons["link.jpg"][1]
    assert all(o.fix for o in summary.outcomes if o.status == "failed")
    assert store.check().ok
    assert list(store.media.staging_dir.iterdir()) == []


def test_decompression_bombs_are_refused(store: Store, tmp_path: Path) -> None:
    bomb = Image.new("1", (20_000, 10_000))  # 200 megapixels, a few kilobytes as PNG
    out = io.BytesIO()
    bomb.save(out, "PNG")
    path = write(tmp_path / "in", "bomb.png", out.getvalue())
    summary = run(store, path)
    assert summary.failed == 1
    assert "pixels" in (summary.outcomes[0].reason or "")
    assert store.capture_count() == 0


def test_encrypted_pdf_is_refused_with_a_clear_reason(store: Store, tmp_path: Path) -> None:
    pypdfium2 = pytest.importorskip("pypdfium2")
    del pypdfium2
    # A minimal PDF whose trailer declares an /Encrypt dictionary (standard security handler, user password).
    plain = pdf_bytes()
    enc = plain.replace(
        b"trailer\n<< /Size",
        b"trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 "
        b"/O <" + b"00" * 32 + b"> /U <" + b"00" * 32 + b"> >> /ID [<01> <01>] /Size",
    )
    path = write(tmp_path / "in", "locked.pdf", enc)
    summary = run(store, path)
    assert summary.failed == 1
    assert "encrypted with a password" in (summary.outcomes[0].reason or "")


def test_nothing_is_left_behind_when_a_file_fails_mid_stream(store: Store, tmp_path: Path) -> None:
    whole = jpeg_bytes(size=(1500, 1500), seed=3)
    path = write(tmp_path / "in", "half.jpg", whole[: len(whole) - 5000])
    assert run(store, path).failed == 1
    assert list(store.media.stored_ids()) == []
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
    # Some phones append data after the image; the end marker is then far from the end of the file.
    trailer = os.urandom(3 << 20).replace(b"\xff\xd9", b"\xff\x00")
    whole = jpeg_bytes(size=(800, 600), seed=11)
    path = write(tmp_path / "in", "phone.jpg", whole + trailer)
    cut = write(tmp_path / "in", "cut.jpg", whole[: len(whole) // 2] + trailer)
    summary = run(store, path, cut)
    assert [o.status for o in summary.outcomes] == ["stored", "failed"], summary.outcomes
    assert "truncated" in (summary.outcomes[1].reason or "")


def test_a_symlink_named_explicitly_imports_its_target(store: Store, tmp_path: Path) -> None:
    target = write(tmp_path / "in", "real.jpg", jpeg_bytes(seed=21))
    link = tmp_path / "link.jpg"
    os.symlink(target, link)
    summary = run(store, link)
    assert summary.stored == 1
    assert store.captures()[0].original_name == "real.jpg"
