"""One media-type table (fieldkit/media_types.py): its rows are consistent, every row is sniffed from a real sample
of its format, sniffing is safe on any head, the bundle format's payload suffixes follow from the table, and no
other module writes media types or suffix lists out again."""

from __future__ import annotations

import ast
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit import media_types
from tests import media_samples
from tests.conftest import ROOT

PACKAGE = ROOT / "fieldkit"
TABLE_MODULE = PACKAGE / "media_types.py"
MEDIA_TYPES = {row.media_type for row in media_types.TABLE}
SUFFIXES = {suffix for row in media_types.TABLE for suffix in row.suffixes} | {
    suffix[1:] for row in media_types.TABLE for suffix in row.suffixes
}

# The window's own table, which its owner switches to media_types.PICTURES; delete the entry then
# (test_awaiting_entries_are_still_needed says when).
AWAITING: set[str] = set()


def strings(node: ast.expr) -> list[str]:
    return [leaf.value for leaf in ast.walk(node) if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str)]


def retyped_media_types(path: Path) -> list[tuple[int, str]]:
    """Media types written as strings, and collections of two or more file suffixes (a suffix table)."""
    source = path.read_text("utf-8")
    return sorted(_retyped(ast.parse(source, str(path)), source.splitlines()))


# A line may say its strings are words that happen to be suffixes ("text", "json" as log formats), not a table.
NOT_MEDIA = "# not media types:"


def _retyped(tree: ast.Module, lines: list[str]) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in MEDIA_TYPES:
            yield node.lineno, str(node.value)
        elif isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict) and NOT_MEDIA not in lines[node.lineno - 1]:
            found = [text for text in strings(node) if text in SUFFIXES]
            if len(found) >= 2:
                yield node.lineno, ", ".join(found)


def test_no_module_writes_out_media_types_again() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != TABLE_MODULE and path.relative_to(ROOT).as_posix() not in AWAITING
        for line, text in retyped_media_types(path)
    ]
    assert offenders == [], "use fieldkit.media_types"


def test_awaiting_entries_are_still_needed() -> None:
    for relative in AWAITING:
        assert retyped_media_types(ROOT / relative), f"{relative} is fixed: remove it from AWAITING"


def test_the_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'if kind == "application/pdf": pass\n'
        'THUMBS = (".jpg", ".png")\n'
        'EXT = {"image": "jpg", "other": "tif"}\n'
        'NAME = "photo.jpg"\n'
        'OTHER = "application/x-not-in-the-table"\n'
    )
    assert retyped_media_types(sample) == [(1, "application/pdf"), (2, ".jpg, .png"), (3, "jpg, tif")]


def test_the_rows_are_consistent() -> None:
    assert len(MEDIA_TYPES) == len(media_types.TABLE)
    suffixes = [suffix for row in media_types.TABLE for suffix in row.suffixes]
    assert len(suffixes) == len(set(suffixes))  # a suffix announces one type only
    for row in media_types.TABLE:
        assert all(re.fullmatch(r"\.[a-z0-9]+", suffix) for suffix in row.suffixes), row
        assert row.default_kind in row.accepted_as, row
        if row.picture or row.print_image:
            assert row.pillow_format, row  # decoded with Pillow
    assert media_types.PDF not in media_types.PICTURES and media_types.WSQ in media_types.PRINT_IMAGES


@pytest.mark.parametrize("media_type", sorted(media_types.BY_TYPE))
def test_every_row_is_sniffed_from_a_real_sample(media_type: str) -> None:
    data = media_samples.SAMPLES[media_type]()
    assert media_types.sniff(data[: media_types.SNIFF_BYTES]).media_type == media_type
    assert media_types.BY_TYPE[media_type].magic  # what it is recognised by, for docs/formats-analysed.md


def test_every_row_has_a_sample() -> None:
    assert set(media_samples.SAMPLES) == MEDIA_TYPES


def test_a_kind_for_every_family() -> None:
    kinds = {row.media_type: row.default_kind for row in media_types.TABLE}
    assert kinds[media_types.HEIC] == kinds[media_types.NEF] == kinds[media_types.JPEG] == "photo"
    assert kinds[media_types.MP4] == kinds[media_types.MP3] == kinds[media_types.AMR] == "media"
    assert kinds[media_types.DOCX] == kinds[media_types.EMAIL] == kinds[media_types.PDF] == "document"
    assert kinds[media_types.ANSI_NIST] == kinds[media_types.ZIP] == kinds[media_types.SQLITE] == "file"
    assert kinds[media_types.OCTET_STREAM] == "file"
    assert all("file" in row.accepted_as for row in media_types.TABLE)  # anything may be kept as a plain file


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"", media_types.OCTET_STREAM),
        (bytes(100), media_types.OCTET_STREAM),
        (bytes(range(256)), media_types.OCTET_STREAM),
        ("Ligne d\u2019arriv\u00e9e\n".encode(), media_types.TEXT),
        ("caf\u00e9 cr\u00e8me\n".encode("cp1252"), media_types.TEXT),  # a legacy 8-bit encoding
        ("\ufeffnotes\n".encode("utf-16"), media_types.TEXT),  # with its byte-order mark
        ("notes for the file\n".encode("utf-16-le"), media_types.TEXT),  # without one
        ("\u0645\u0644\u0627\u062d\u0638\u0627\u062a".encode() * 10 + "\u0645".encode()[:1], media_types.TEXT),
        (b"  <?xml version='1.0'?><a/>", media_types.XML),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", media_types.XML),
        (b"<?xml version='1.0'?><!DOCTYPE html><html><body/></html>", media_types.HTML),
        (b"<HTML><BODY>old page</BODY></HTML>", media_types.HTML),
        (b'[{"a": 1}]', media_types.JSON),
        (b"[see the notes]\nnot JSON at all\n", media_types.TEXT),
        (b"Received: from x\n by y\nFrom: a@b\nSubject: s\n\nbody", media_types.EMAIL),
        (b"Note: one header-like line\nthen prose\n", media_types.TEXT),
        (b"a;b;c\n1;2;3\n4;5;6\n", media_types.CSV),
        (b"one, two\nthree four\n", media_types.TEXT),
        (b"BM" + bytes(40), media_types.OCTET_STREAM),  # 'BM' alone is not a bitmap
        (b"BMP files are bitmaps, said the note\n", media_types.TEXT),
        (b"\xff\xfb\x90\x00" + bytes(100), media_types.MP3),  # an MPEG audio frame header, the head too short to
        (b"\xff\xfb" + bytes(2000), media_types.OCTET_STREAM),  # see the next; the second is no valid header
    ],
)
def test_sniff_tells_text_and_binary_apart(head: bytes, expected: str) -> None:
    assert media_types.sniff(head).media_type == expected


def test_sniff_looks_only_at_its_head_and_never_raises_on_hostile_bytes() -> None:
    samples = [factory() for factory in media_samples.SAMPLES.values()]
    for data in samples:
        for cut in (1, 2, 3, 4, 7, 8, 12, 16, 30, 100, 257, 512, 1024):
            assert media_types.sniff(data[:cut]) in media_types.TABLE
    # A ZIP head listing 100,000 tiny members, a TIFF with a 65,535-entry directory, an ID3 tag claiming 256 MB.
    members = b"".join(b"PK\x03\x04" + bytes(22) + b"\x01\x00\x00\x00" + b"a" for _ in range(100_000))
    tiff = b"II*\x00\x08\x00\x00\x00\xff\xff" + bytes(70_000)
    id3 = b"ID3\x04\x00\x00\x7f\x7f\x7f\x7f" + bytes(100)
    assert media_types.sniff(members).media_type == media_types.ZIP
    assert media_types.sniff(tiff).media_type == media_types.TIFF
    assert media_types.sniff(id3).media_type == media_types.MP3


def test_bundle_payload_suffixes_are_the_documented_ones() -> None:
    text = (ROOT / "docs" / "bundle-format.md").read_text("utf-8")
    documented = re.search(r"`ext` from its media type: ([a-z0-9,\s]+), else bin", text)
    assert documented is not None
    listed = [word.strip() for word in documented.group(1).split(",")]
    rows = [row for row in media_types.TABLE if row.media_type != media_types.OCTET_STREAM]  # the "else bin"
    assert listed == [media_types.written_suffix(row.media_type) for row in rows]
    assert media_types.written_suffix("video/x-not-a-type") == media_types.written_suffix(media_types.OCTET_STREAM)
    assert media_types.written_suffix("video/x-not-a-type") == "bin"


def test_sniff_survives_mutated_heads() -> None:
    """Random bytes overwritten in every sample's head: sniff always answers a row, never raises."""
    rng = random.Random(12)
    samples = [factory()[:4096] for factory in media_samples.SAMPLES.values()]
    for _ in range(3000):
        head = bytearray(rng.choice(samples))
        for _ in range(rng.randint(1, 8)):
            if head:
                head[rng.randrange(len(head))] = rng.randrange(256)
        assert media_types.sniff(bytes(head[: rng.randint(0, len(head))])) in media_types.TABLE
