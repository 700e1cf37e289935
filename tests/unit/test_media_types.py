"""One media-type table (fieldkit/media_types.py): its rows are consistent, the bundle format's payload suffixes
follow from it, and no other module writes media types or suffix lists out again."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from fieldkit import media_types
from fieldkit.core import probe
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
    return sorted(_retyped(ast.parse(path.read_text("utf-8"), str(path))))


def _retyped(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in MEDIA_TYPES:
            yield node.lineno, str(node.value)
        elif isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
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
        'JSON = "application/json"\n'
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


def test_every_sniffed_type_is_in_the_table() -> None:
    heads = [b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"%PDF-1.7", b"BM", b"GIF89a",
             b"RIFF\0\0\0\0WEBP", b"\xff\xa0\xff\xa8", b"\0\0\0\x0cjP  \r\n\x87\n"]  # fmt: skip
    sniffed = {probe.sniff(head + bytes(32)) for head in heads}
    assert sniffed == MEDIA_TYPES


def test_bundle_payload_suffixes_are_the_documented_ones() -> None:
    text = (ROOT / "docs" / "bundle-format.md").read_text("utf-8")
    documented = re.search(r"`ext` from its media type: ([a-z0-9,\s]+), else bin", text)
    assert documented is not None
    listed = [word.strip() for word in documented.group(1).split(",")]
    assert listed == [media_types.written_suffix(row.media_type) for row in media_types.TABLE]
    assert media_types.written_suffix("video/mp4") == "bin"
