"""Hostile bytes in fieldkit's own process: the acquisition's magic-number guess never fails, and key slots fail only
with fieldkit's own errors. (Decoders run in the sandbox: tests/unit/test_fuzz_decoders.py.)"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from fieldkit import media_types
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import FieldkitError, StoreFormatError, WrongPassphraseError
from fieldkit.store.keyslots import KeySlots
from tests.conftest import jpeg_bytes, pdf_bytes, png_bytes, tiff_bytes


def _bmp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 20, 30)).save(out, "BMP")
    return out.getvalue()


SAMPLES = {
    "a.jpg": jpeg_bytes(size=(96, 64), exif={0x010F: "Canon"}, sub={0x9003: "2026:01:01 00:00:00"}),
    "a.png": png_bytes(size=(40, 30)),
    "a.tif": tiff_bytes(pages=2, size=(40, 30)),
    "a.pdf": pdf_bytes(pages=1),
    "a.bmp": _bmp(),
    "a.wsq": b"\xff\xa0\xff\xa8" + os.urandom(64) + b"\xff\xa1",
}

mutation = st.tuples(
    st.sampled_from(sorted(SAMPLES)),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8),
    st.one_of(st.none(), st.integers(min_value=0)),
)


@settings(max_examples=300, deadline=None)
@given(case=mutation)
def test_the_guess_of_a_mutated_file_never_fails(case: tuple[str, list[tuple[int, int]], int | None]) -> None:
    """Acquisition keeps every file: the only look it takes at the bytes is a magic-number guess, which always
    answers with a row of the table (octet-stream at worst), whatever the bytes."""
    name, flips, cut = case
    data = bytearray(SAMPLES[name])
    for position, value in flips:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    assert media_types.sniff(bytes(data)) in media_types.TABLE


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_unmutated_samples_are_guessed_as_their_type(name: str) -> None:
    assert media_types.sniff(SAMPLES[name]) is media_types.BY_SUFFIX["." + name.rsplit(".", 1)[1]]


slot_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    document=st.fixed_dictionaries(
        {"format": st.just("fieldkit-keyslot"), "version": st.just(1)},
        optional={
            "slot": slot_values,
            "kdf": slot_values,
            "nonce": slot_values,
            "wrapped": slot_values,
            "cipher": slot_values,
        },
    ),
    raw=st.binary(max_size=200),
)
def test_hostile_slot_files_fail_cleanly(tmp_path: Path, document: dict[str, object], raw: bytes) -> None:
    folder = tmp_path / "keys"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / ("ab" * 16 + ".slot")).write_text(json.dumps(document))
    (folder / ("cd" * 16 + ".slot")).write_bytes(raw)
    with pytest.raises(FieldkitError) as caught:
        KeySlots(folder, DEFAULT_LIMITS).unlock("some passphrase")
    assert isinstance(caught.value, StoreFormatError | WrongPassphraseError)
