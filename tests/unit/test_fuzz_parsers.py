"""Hostile bytes: every parser of outside input (format probe, key slots) fails only with fieldkit's own errors."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from fieldkit.config import DEFAULT_LIMITS
from fieldkit.core import probe
from fieldkit.errors import FieldkitError, InputError, StoreFormatError, WrongPassphraseError
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


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(case=mutation)
def test_probe_of_mutated_files_raises_only_input_errors(
    tmp_path: Path, case: tuple[str, list[tuple[int, int]], int | None]
) -> None:
    name, flips, cut = case
    data = bytearray(SAMPLES[name])
    for position, value in flips:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = tmp_path / name
    path.write_bytes(bytes(data))
    try:
        found = probe.probe(path, None, DEFAULT_LIMITS, path.stat())
    except InputError:
        return
    # Whatever passed the probe must also pass the streaming check or fail it cleanly.
    if found.stream_check is not None:
        buffer = bytearray(data)
        found.stream_check(buffer, len(buffer))
        with contextlib.suppress(InputError):
            found.stream_check.verdict()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_unmutated_samples_pass(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(SAMPLES[name])
    probe.probe(path, None, DEFAULT_LIMITS, path.stat())


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
