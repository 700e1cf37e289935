"""Hypothesis mutations of a valid bundle, both of its encrypted bytes and of the tar inside (re-encrypted, so the
parsers behind the decryption are reached): the verifier only ever reports fieldkit's own bundle errors, never
raises anything else, and ingest never writes outside quarantine unless the bundle is valid."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.bundle import age
from fieldkit.bundle.verify import check_bundle
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from tests.bundle_kit import seal

CORPUS = Path(__file__).resolve().parent.parent / "assets" / "bundles"


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> HQ:
    folder = tmp_path_factory.mktemp("fuzz") / "hq"
    shutil.copytree(CORPUS / "hq", folder)
    return HQ(folder)


@pytest.fixture(scope="module")
def valid(hq: HQ) -> tuple[bytes, bytes]:
    sealed = (CORPUS / "valid.fkb").read_bytes()
    reader = age.AgeReader(io.BytesIO(sealed), hq.identities())
    plain = reader.read()
    reader.finish()
    return sealed, plain


edits = st.lists(
    st.tuples(st.integers(min_value=0), st.sampled_from(["flip", "set", "insert", "delete"]), st.binary(max_size=8)),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, changes: list[tuple[int, str, bytes]]) -> bytes:
    out = bytearray(data)
    for position, kind, value in changes:
        at = position % (len(out) + 1)
        if kind == "flip" and at < len(out):
            out[at] ^= 1 << (position % 8)
        elif kind == "set":
            out[at : at + len(value)] = value
        elif kind == "insert":
            out[at:at] = value or b"\0"
        else:
            del out[at : at + 1 + position % 600]
    return bytes(out)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(changes=edits, inside=st.booleans())
def test_mutated_bundles_fail_cleanly(hq: HQ, valid: tuple[bytes, bytes], tmp_path_factory: pytest.TempPathFactory,
                                      changes: list[tuple[int, str, bytes]], inside: bool) -> None:  # fmt: skip
    sealed, plain = valid
    data = seal(mutate(plain, changes), hq.recipients()) if inside else mutate(sealed, changes)
    path = tmp_path_factory.mktemp("case") / "mutant.fkb"
    path.write_bytes(data)
    report = check_bundle(path, hq.trust())  # must not raise
    if not report.ok:
        assert isinstance(report.reason, str) and report.reason and report.message
        assert report.error is not None


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(changes=edits)
def test_ingest_of_mutants_writes_only_to_quarantine(hq: HQ, valid: tuple[bytes, bytes],
                                                      tmp_path_factory: pytest.TempPathFactory,
                                                      changes: list[tuple[int, str, bytes]]) -> None:  # fmt: skip
    _, plain = valid
    path = tmp_path_factory.mktemp("case") / "mutant.fkb"
    path.write_bytes(seal(mutate(plain, changes), hq.recipients()))
    before = {p for p in hq.folder.rglob("*") if "quarantine" not in p.parts}
    with Index(hq) as index:
        result = index.ingest(path)
    after = {p for p in hq.folder.rglob("*") if "quarantine" not in p.parts}
    new = {p for p in after - before if not p.name.startswith("index.sqlite")}
    if not result.accepted:
        assert new == set()
