"""Analysis of stored originals in the sandbox, end to end with a real store and real decoders."""

from __future__ import annotations

import io
import zlib
from fractions import Fraction

import pytest
from PIL import Image

from fieldkit.analysis import runner
from fieldkit.config import AnalysisLimits
from fieldkit.models import CaptureKind
from fieldkit.store.store import Store
from tests.conftest import jpeg_bytes, png_bytes, tiff_bytes

GPS = {1: "N", 2: (Fraction(34), Fraction(30), Fraction(1530, 100)), 3: "W",
       4: (Fraction(118), Fraction(15), Fraction(0)), 5: b"\x00", 6: Fraction(1234, 10)}  # fmt: skip
SMALL = AnalysisLimits(workers=2, memory_bytes=384 << 20, cpu_s=5, wall_s=20.0)


def keep(store: Store, data: bytes, name: str, media_type: str, kind: CaptureKind = "photo") -> int:
    item = store.ensure_item(store.ensure_case("Op A"), "EV-1")
    capture_id, _new = store.originals.add_original(
        item,
        data,
        original_name=name,
        kind=kind,
        media_type=media_type,
        source="file",
        metadata={},
    )
    return capture_id


def huge_png(width: int, height: int) -> bytes:
    """A valid PNG of width x height black RGB pixels that compresses to almost nothing (a decompression bomb)."""
    import struct

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    row = b"\x00" + b"\x00" * (width * 3)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_photo_is_described_from_its_stored_bytes(store: Store) -> None:
    capture_id = keep(store, jpeg_bytes(gps=GPS, sub={0x9003: "2024:05:06 07:08:09"}), "a.jpg", "image/jpeg")
    assert store.analyses.get(capture_id).status == "pending"
    [outcome] = runner.analyse(store, [capture_id], limits=SMALL)
    assert outcome.status == "ok"
    analysis = store.analyses.get(capture_id)
    assert analysis.status == "ok" and analysis.facts["width"] == 640
    assert analysis.facts["gps"]["latitude"] == pytest.approx(34.50425)
    capture = store.capture(capture_id)
    assert capture.metadata["exif"]["gps"]["longitude"] == pytest.approx(-118.25)  # the record HQ will get
    assert capture.captured_at == "2024-05-06T07:08:09"
    thumbnail = store.analyses.thumbnail(capture_id)
    assert thumbnail is not None
    with Image.open(io.BytesIO(thumbnail)) as shown:
        assert shown.format == "PNG" and max(shown.size) <= SMALL.thumbnail_side
    assert [e.action for e in store.custody.events()][-1] == "capture.analysed"


def test_a_truncated_jpeg_is_kept_damaged_with_its_exif_and_thumbnail(store: Store) -> None:
    whole = jpeg_bytes(gps=GPS)
    capture_id = keep(store, whole[: len(whole) // 2], "cut.jpg", "image/jpeg")
    [outcome] = runner.analyse(store, [capture_id], limits=SMALL)
    assert outcome.status == "ok" and outcome.damaged and "truncated" in outcome.damaged
    analysis = store.analyses.get(capture_id)
    assert analysis.facts["gps"]["latitude"] == pytest.approx(34.50425)
    assert store.analyses.thumbnail(capture_id) is not None


def test_tiff_pages_and_png_are_described(store: Store) -> None:
    tiff = keep(store, tiff_bytes(pages=3), "p.tif", "image/tiff", "document")
    png = keep(store, png_bytes(), "p.png", "image/png")
    outcomes = runner.analyse(store, [tiff, png], limits=SMALL)
    assert [o.status for o in outcomes] == ["ok", "ok"]
    assert store.analyses.get(tiff).facts["page_count"] == 3
    assert store.analyses.get(png).facts["mode"] == "L"


def test_a_decompression_bomb_fails_on_memory_and_the_next_capture_is_analysed(store: Store) -> None:
    bomb = keep(store, huge_png(12_000, 12_000), "bomb.png", "image/png")  # 432 MB of pixels from ~420 kB
    good = keep(store, jpeg_bytes(seed=3), "good.jpg", "image/jpeg")
    outcomes = runner.analyse(store, [bomb, good], limits=SMALL)
    assert outcomes[0].status == "failed" and outcomes[0].code == "memory"
    assert "384 MiB" in outcomes[0].reason
    assert outcomes[1].status == "ok"
    assert store.analyses.get(bomb).status == "failed"
    assert store.analyses.failed() == [bomb]
    assert store.capture(bomb).size == len(huge_png(12_000, 12_000))  # the original is untouched


@pytest.mark.parametrize(
    ("op", "code"),
    [("describe_by_crashing", "crashed"), ("describe_by_hoarding", "memory"), ("describe_by_spinning", "cpu")],
)
def test_a_misbehaving_decoder_marks_the_capture_failed_with_the_reason(store: Store, op: str, code: str) -> None:
    capture_id = keep(store, b"\xff\xd8\xff junk", "x.jpg", "image/jpeg")
    [outcome] = runner.analyse(store, [capture_id], limits=SMALL, op=f"tests.sandbox_ops:{op}")
    # A spinning decoder meets the CPU limit, or the wall clock first when other processes share the CPUs.
    codes = (code, "timeout") if code == "cpu" else (code,)
    assert outcome.status == "failed" and outcome.code in codes
    analysis = store.analyses.get(capture_id)
    assert analysis.status == "failed" and analysis.code in codes and analysis.reason
    assert analysis.to_json()["status"] == "failed"
    # Again with the real decoder: it is kept damaged, not failed.
    [again] = runner.analyse(store, [capture_id], limits=SMALL)
    assert again.status == "ok" and again.damaged
    assert store.analyses.get(capture_id).attempts == 2


def test_an_original_damaged_on_disk_fails_as_corrupt_and_the_next_capture_is_analysed(store: Store) -> None:
    """The original streams to the sandbox as it is decrypted: a chunk that fails authentication half-way ends that
    request and its child; the capture is marked failed ("corrupt"), not described from the bytes before it."""
    damaged = keep(store, bytes(range(256)) * (12 << 10), "big.bin", "application/octet-stream", "file")  # 3 MiB
    good = keep(store, jpeg_bytes(seed=4), "good.jpg", "image/jpeg")
    media = max((store.media.path_of(m) for m in store.media.stored_ids()), key=lambda p: p.stat().st_size)
    raw = bytearray(media.read_bytes())
    raw[(2 << 20) + 100] ^= 0x01  # inside the third 1 MiB chunk
    media.write_bytes(bytes(raw))
    outcomes = runner.analyse(store, [damaged, good], limits=SMALL)
    assert outcomes[0].status == "failed" and outcomes[0].code == "corrupt"
    assert outcomes[1].status == "ok"
    assert store.analyses.get(damaged).status == "failed"


def test_empty_and_unknown_files_are_analysed_as_far_as_they_go(store: Store) -> None:
    empty = keep(store, b"", "empty.bin", "application/octet-stream", "file")
    unknown = keep(store, b"\x00\x01 random", "x.bin", "application/octet-stream", "file")
    outcomes = runner.analyse(store, [empty, unknown], limits=SMALL)
    assert [o.status for o in outcomes] == ["ok", "ok"]
    assert store.analyses.get(empty).damaged == "the file is empty"
    assert store.analyses.get(unknown).media_type == "application/octet-stream"
    assert "entropy_bits_per_byte" in store.analyses.get(unknown).facts


def test_pending_lists_what_is_not_analysed(store: Store) -> None:
    first = keep(store, png_bytes(seed=1), "1.png", "image/png")
    second = keep(store, png_bytes(seed=2), "2.png", "image/png")
    assert runner.waiting(store) == [first, second]
    runner.analyse(store, [first], limits=SMALL)
    assert runner.waiting(store) == [second]


def test_text_office_and_email_files_are_found_by_search(store: Store) -> None:
    from fieldkit import media_types as mt
    from fieldkit.core import ocr
    from tests import media_samples

    notes = keep(
        store, "اجتماع في المستودع يوم الخميس\nmeeting at the warehouse".encode(), "notes.txt", mt.TEXT, "document"
    )
    docx = keep(store, media_samples.ooxml(mt.DOCX), "plan.docx", mt.DOCX, "document")
    mail = keep(store, media_samples.email_message(), "m.eml", mt.EMAIL, "document")
    assert [o.status for o in runner.analyse(store, [notes, docx, mail], limits=SMALL)] == ["ok", "ok", "ok"]
    assert {hit.capture_id for hit in ocr.search(store, "المستودع")} == {notes}
    assert {hit.capture_id for hit in ocr.search(store, "warehouse")} == {notes}
    assert {hit.capture_id for hit in ocr.search(store, "harbour")} == {docx}
    assert {hit.capture_id for hit in ocr.search(store, "papers")} == {mail}
    assert ocr.pending_documents(store) == []  # nothing for OCR to read in them
