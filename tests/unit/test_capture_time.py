"""Capture times say which clock they are in, and the camera's identity includes the serial numbers its maker note
holds: EXIF written by Pillow (offsets, GPS UTC time, Nikon / Pentax / Olympus maker notes), read in the sandbox by
analysis, stored, shown by `fieldkit show` and carried in the bundle's capture record."""

from __future__ import annotations

import io
import json
import struct
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image

from fieldkit.analysis import runner
from fieldkit.analysis.formats.exif import read_exif, read_exif_bytes
from fieldkit.cli.main import main
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.core.importer import Importer
from fieldkit.models import capture_clock, captured_in_words
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes

TAKEN = "2024:05:01 14:03:07"


def ifd(order: str, entries: list[tuple[int, int, int, bytes]], start: int) -> bytes:
    """A TIFF directory placed at ``start`` of its buffer, its longer values right after it (offsets from 0)."""
    out = struct.pack(order + "H", len(entries))
    values = b""
    data_at = start + 2 + 12 * len(entries) + 4
    for tag, kind, count, payload in entries:
        out += struct.pack(order + "HHI", tag, kind, count)
        if len(payload) <= 4:
            out += payload.ljust(4, b"\0")
        else:
            out += struct.pack(order + "I", data_at + len(values))
            values += payload
    return out + b"\0\0\0\0" + values


def nikon_note(serial: bytes) -> bytes:
    """Nikon type 3: a header, then a TIFF stream of its own (offsets from its own header)."""
    return b"Nikon\0\x02\x10\0\0" + b"MM\0*\0\0\0\x08" + ifd(">", [(0x001D, 2, len(serial) + 1, serial + b"\0")], 8)


def pentax_note(serial: bytes) -> bytes:
    """Pentax 'PENTAX \\0' notes: offsets from the note's start; SerialNumber is tag 0x0229."""
    return b"PENTAX \0MM" + ifd(">", [(0x0229, 2, len(serial) + 1, serial + b"\0")], 10)


def olympus_note(serial: bytes) -> bytes:
    """Olympus since 2004: 'OLYMPUS\\0II\\3\\0', the body's serial in the Equipment IFD (0x2010), tag 0x0101."""
    equipment_at = 12 + 2 + 12 + 4
    main_ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x2010, 13, 1, equipment_at) + b"\0\0\0\0"
    return b"OLYMPUS\0II\x03\0" + main_ifd + ifd("<", [(0x0101, 2, len(serial) + 1, serial + b"\0")], equipment_at)


def photo(make: str = "Apple", *, gps_time: tuple[str, tuple[int, int, int]] | None = None, taken: str | None = TAKEN,
          **sub: object) -> bytes:  # fmt: skip
    tags: dict[int, object] = {0x9003: taken} if taken else {}
    names = {"offset": 0x9011, "digitized": 0x9004, "offset_digitized": 0x9012, "offset_time": 0x9010,
             "body_serial": 0xA431, "lens_serial": 0xA435, "maker_note": 0x927C}  # fmt: skip
    tags.update({names[name]: value for name, value in sub.items()})
    gps = None
    if gps_time is not None:
        gps = {29: gps_time[0], 7: tuple(Fraction(part) for part in gps_time[1])}
    return jpeg_bytes((32, 24), exif={0x010F: make, 0x0110: "Model X"}, sub=tags, gps=gps)


def exif_of(data: bytes) -> tuple[dict[str, object], str | None]:
    with Image.open(io.BytesIO(data)) as image:
        return read_exif(image, DEFAULT_LIMITS)


@pytest.mark.parametrize(
    ("made", "captured", "clock"),
    [
        (photo(offset="+03:00"), "2024-05-01T14:03:07+03:00", "local +03:00"),
        (photo(), "2024-05-01T14:03:07", "local, offset unknown"),
        # Only the digitised time, with its own offset.
        (photo(taken=None, digitized=TAKEN, offset_digitized="-04:30"), "2024-05-01T14:03:07-04:30", "local -04:30"),
        # GPS UTC time 11:03:05 and a wall time 3 h later (less 2 s): the zone +03:00, the shot's own second.
        (photo(gps_time=("2024:05:01", (11, 3, 5))), "2024-05-01T11:03:07Z", "UTC"),
        # A wall time that is no time zone away from the GPS time: the camera's clock is wrong, GPS time is kept.
        (photo(gps_time=("2024:05:01", (11, 40, 0))), "2024-05-01T11:40:00Z", "UTC"),
        (photo(taken=None, gps_time=("2024:05:01", (23, 59, 59))), "2024-05-01T23:59:59Z", "UTC"),
        # A recorded offset wins over GPS time; blank or impossible offsets are no offsets.
        (photo(offset="+02:00", gps_time=("2024:05:01", (11, 3, 5))), "2024-05-01T14:03:07+02:00", "local +02:00"),
        (photo(offset="   :  "), "2024-05-01T14:03:07", "local, offset unknown"),
        (photo(offset="+99:00"), "2024-05-01T14:03:07", "local, offset unknown"),
        (photo(gps_time=("2024:13:45", (11, 3, 5))), "2024-05-01T14:03:07", "local, offset unknown"),
    ],
)
def test_the_capture_time_says_its_clock(made: bytes, captured: str, clock: str) -> None:
    _, found = exif_of(made)
    assert found == captured and capture_clock(found) == clock


def test_offset_time_counts_only_when_datetime_is_the_taken_time() -> None:
    same = jpeg_bytes((16, 16), exif={0x0132: TAKEN}, sub={0x9003: TAKEN, 0x9010: "+05:30"})
    assert exif_of(same)[1] == "2024-05-01T14:03:07+05:30"
    edited_later = jpeg_bytes((16, 16), exif={0x0132: "2024:06:01 09:00:00"}, sub={0x9003: TAKEN, 0x9010: "+05:30"})
    assert exif_of(edited_later)[1] == "2024-05-01T14:03:07"


def test_gps_time_and_the_zone_it_gives_are_kept_and_said_in_words() -> None:
    facts, found = exif_of(photo(gps_time=("2024:05:01", (11, 3, 5))))
    assert facts["gps_time_utc"] == "2024-05-01T11:03:05Z" and facts["offset_from_gps"] == "+03:00"
    metadata = {"exif": facts, "captured_at_clock": "UTC"}
    assert captured_in_words(found, metadata) == "2024-05-01 11:03:07 UTC (camera clock 14:03:07, +03:00 from GPS time)"
    assert captured_in_words("2024-05-01T14:03:07", {}) == "2024-05-01 14:03:07 local, offset unknown"
    assert captured_in_words("2024-05-01T14:03:07+03:00", {}) == "2024-05-01 14:03:07 local +03:00"
    assert captured_in_words(None, {}) == "-"


@pytest.mark.parametrize(
    ("make", "note", "serial"),
    [
        ("NIKON CORPORATION", nikon_note(b"3012345"), "3012345"),  # read by exifread
        ("PENTAX", pentax_note(b"4567890"), "4567890"),
        ("OLYMPUS IMAGING CORP.", olympus_note(b"BHX201234"), "BHX201234"),
    ],
)
def test_maker_note_serial_numbers_are_read(make: str, note: bytes, serial: str) -> None:
    facts, _ = exif_of(photo(make, maker_note=note, lens_serial="LN-77"))
    assert facts["maker_note_serial_number"] == serial and facts["camera_serial"] == serial
    assert facts["lens_serial_number"] == "LN-77"


def test_the_body_serial_tag_is_the_camera_serial_and_a_hostile_maker_note_costs_nothing_else() -> None:
    facts, _ = exif_of(photo("Canon", body_serial="SN-0042"))
    assert facts["camera_serial"] == "SN-0042"
    hostile = [
        b"PENTAX \0MM\xff\xff" + b"\0\x02" * 40,  # 65535 entries claimed, each pointing anywhere
        b"OLYMPUS\0II\x03\0\x01\0\x10\x20\x0d\0\x01\0\0\0\xff\xff\xff\x7f",  # an Equipment IFD past the end
        b"Nikon\0\x02\x10\0\0MM\0*\xff\xff\xff\xff",  # a TIFF header pointing nowhere
        pentax_note(b"\x1b[2J\x07" + b"A" * 40),  # control characters: stripped
        pentax_note(b"0000000"),  # a placeholder, not a serial
    ]
    for note in hostile:
        facts, found = exif_of(photo("PENTAX", maker_note=note))
        assert found == "2024-05-01T14:03:07" and facts["make"] == "PENTAX"
        assert "\x1b" not in str(facts.get("camera_serial", "")) and facts.get("camera_serial") in (
            None,
            "[2J" + "A" * 40,
        )
    raw = Image.open(io.BytesIO(photo("NIKON", maker_note=nikon_note(b"77")))).info["exif"]
    assert read_exif_bytes(raw, DEFAULT_LIMITS)[0]["camera_serial"] == "77"  # HEIF hands over the block alone


def test_stored_and_shown_with_its_clock(store: Store, store_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    folder = tmp_path / "card"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(photo("PENTAX", maker_note=pentax_note(b"4567890")))
    (folder / "b.jpg").write_bytes(photo(gps_time=("2024:05:01", (11, 3, 5))))
    Importer(store).run("Op Falcon", "EV-1", [folder])
    runner.analyse_pending(store)
    by_name = {c.original_name: c for c in store.captures()}
    wall, gps = by_name["a.jpg"], by_name["b.jpg"]
    assert (wall.captured_at, wall.metadata["captured_at_clock"]) == ("2024-05-01T14:03:07", "local, offset unknown")
    assert (gps.captured_at, gps.metadata["captured_at_clock"]) == ("2024-05-01T11:03:07Z", "UTC")
    assert wall.metadata["exif"]["camera_serial"] == "4567890"
    store.close()

    monkeypatch.setenv("FIELDKIT_STORE", str(store_dir))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["show", str(wall.id)]) == 0
    out = capsys.readouterr().out
    assert "captured at    2024-05-01 14:03:07 local, offset unknown" in out
    assert "camera serial  4567890" in out
    assert main(["show", str(gps.id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["captured_at_clock"] == "UTC" and shown["metadata"]["exif"]["gps_time_utc"] == "2024-05-01T11:03:05Z"
    assert main(["show", str(gps.id)]) == 0
    assert "2024-05-01 11:03:07 UTC (camera clock 14:03:07, +03:00 from GPS time)" in capsys.readouterr().out
