"""Mutated files of every format family through the real analysis sandbox (a brief run of bench/fuzz_decoders.py):
whatever the decoders do with them, fieldkit's side never fails, and every outcome is one the store records."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from bench.fuzz_decoders import (
    BY_NAME,
    FAMILIES,
    KNOWN_OUTCOMES,
    MUTATIONS,
    answer_problem,
    describe_once,
    fuzz_family,
    mutate,
    registered,
)
from fieldkit.config import AnalysisLimits
from fieldkit.errors import AnalysisFailedError
from fieldkit.sandbox.pool import Pool

INPUTS_PER_FAMILY = 100
# Tighter than the defaults so that one input a decoder spins on costs seconds, not the minute the app allows.
LIMITS = AnalysisLimits(workers=1, cpu_s=5, wall_s=10.0)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Pool]:
    pool = Pool(LIMITS)
    try:
        yield pool
    finally:
        pool.close()


def _registered_or_skip(name: str) -> None:
    if not registered(BY_NAME[name]):
        pytest.skip(f"no describer registered for {BY_NAME[name].media_type} yet")


@pytest.mark.slow
@pytest.mark.parametrize("name", [family.name for family in FAMILIES])
def test_mutated_files_never_fail_fieldkit(sandbox: Pool, name: str, tmp_path: Path) -> None:
    _registered_or_skip(name)
    report = fuzz_family(sandbox, BY_NAME[name], INPUTS_PER_FAMILY, seed=12, findings=tmp_path)
    assert report.inputs == INPUTS_PER_FAMILY
    assert report.parent_failures == 0, report.saved  # the saved inputs say which, and why
    assert report.unknown_outcomes == 0, report.saved
    assert report.outcomes <= KNOWN_OUTCOMES
    assert report.ok + report.ok_damaged > 0  # the mutations reach the decoders, not only the refusals


@pytest.mark.parametrize("name", [family.name for family in FAMILIES])
def test_every_seed_file_is_described_whole(sandbox: Pool, name: str) -> None:
    """The seeds are valid files of their family (else the fuzzing would only test refusals)."""
    _registered_or_skip(name)
    family = BY_NAME[name]
    for number, data in enumerate(family.seeds()):
        result = describe_once(sandbox, family, data, number)
        assert result.outcome == "ok", (number, result.detail)


def test_the_jpeg_seed_carries_exif_gps_and_an_embedded_thumbnail(sandbox: Pool) -> None:
    family = BY_NAME["jpeg"]
    answer = sandbox.run(
        "fieldkit.analysis.ops:describe", family.seeds()[0], media_type=family.media_type, limits=asdict(LIMITS)
    )
    gps = answer["facts"]["gps"]
    assert math.isclose(gps["latitude"], 52 + 22 / 60 + 12.34 / 3600, abs_tol=1e-6)
    assert math.isclose(gps["longitude"], 4 + 53 / 60 + 56.78 / 3600, abs_tol=1e-6)
    assert answer["captured_at"].startswith("2026-03-14T15:09:26")
    assert answer["thumbnail"].startswith(b"\x89PNG")


def test_the_seed_files_repeat_from_one_run_to_the_next() -> None:
    """No clock inside a seed (ICC profiles, PDF dates and zip members carry one): a finding can be made again."""
    first = [family.seeds() for family in FAMILIES]
    time.sleep(1.1)  # the clocks in those formats count seconds
    assert first == [family.seeds() for family in FAMILIES]


def test_mutations_repeat_for_a_seed_and_differ_between_inputs() -> None:
    family = BY_NAME["png"]
    seeds = family.seeds()
    first = [mutate(seeds, family, 7, index) for index in range(200)]
    assert first == [mutate(seeds, family, 7, index) for index in range(200)]
    assert len({data for data, _ in first}) > 190
    assert first != [mutate(seeds, family, 8, index) for index in range(200)]


def test_every_mutation_is_used() -> None:
    family = BY_NAME["pdf"]
    seeds = family.seeds()
    used = " | ".join(step for index in range(500) for step in mutate(seeds, family, 0, index)[1])
    for words in ("flip", "set ", "truncate", "duplicate", "delete", "splice", "-bit field", "number", "insert"):
        assert words in used, words
    assert len(MUTATIONS) == 9


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ({"media_type": "image/png", "facts": {"width": 3}, "thumbnail": b"\x89PNG\r\n\x1a\nrest"}, None),
        ({"facts": {}}, "not a description"),
        ({"media_type": "image/png", "facts": {"maker_note": b"\x00\x01"}}, "bytes where the store keeps JSON"),
        ({"media_type": "image/png", "facts": {"make": "Can\udcffon"}}, "not UTF-8"),
        ({"media_type": "image/png", "facts": {"ppi": math.nan}}, "not finite"),
        ({"media_type": "image/png", "thumbnail": b"GIF89a"}, "not a PNG"),
    ],
)
def test_the_judge_refuses_answers_the_store_could_not_keep(answer: dict[str, object], problem: str | None) -> None:
    found = answer_problem(answer, LIMITS)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_a_decoder_exception_with_its_own_reason_attribute_is_a_decoder_error(sandbox: Pool) -> None:
    """UnicodeDecodeError has a ``reason`` ("ordinal not in range(128)"): it is no reason code for the store."""
    with pytest.raises(AnalysisFailedError) as caught:
        sandbox.run("codecs:decode", b"ab\xffcd", encoding="ascii")  # any module:function the child can import
    assert caught.value.reason == "decoder-error"
    assert caught.value.details == ["UnicodeDecodeError"]  # for a technician; the message is for people
