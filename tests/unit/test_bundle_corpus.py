"""The must-fail corpus (tests/assets/bundles, made by make_corpus.py): each bundle is rejected with its own reason
and nothing of it is ingested; and the ingest sequences: replay, gap, fork, broken chain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldkit.bundle.verify import check_bundle
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from tests.hq_backends import configure, stored

CORPUS = Path(__file__).resolve().parent.parent / "assets" / "bundles"
EXPECTED = json.loads((CORPUS / "expected.json").read_text())


@pytest.fixture
def hq(tmp_path: Path) -> HQ:
    shutil.copytree(CORPUS / "hq", tmp_path / "hq")
    return HQ(tmp_path / "hq")


def test_the_corpus_is_large_enough() -> None:
    assert len(EXPECTED["reject"]) >= 40
    assert len(set(EXPECTED["reject"].values())) >= 25  # many distinct reasons, not one reason forty times


def test_the_valid_sample_verifies(hq: HQ) -> None:
    report = check_bundle(CORPUS / "valid.fkb", hq.trust())
    assert report.ok, report.message


@pytest.mark.parametrize(("name", "reason"), sorted(EXPECTED["reject"].items()))
def test_each_bad_bundle_is_rejected_with_its_reason(hq: HQ, name: str, reason: str) -> None:
    report = check_bundle(CORPUS / name, hq.trust())
    assert not report.ok
    assert report.reason == reason, report.message
    assert report.message
    with Index(hq) as index:
        result = index.ingest(CORPUS / name)
        assert not result.accepted and result.reason == reason
        assert index.status()["devices"]["d0000000-0000-4000-8000-000000000001"]["bundles"] == 0
    assert not stored(hq, "archive/", ".fkb")
    assert len(stored(hq, "quarantine/", ".fkb")) == 1


@pytest.mark.parametrize("case", sorted(EXPECTED["ingest"]))
def test_ingest_sequences(hq: HQ, case: str, hq_backend: str) -> None:
    configure(hq, hq_backend)
    spec = EXPECTED["ingest"][case]
    with Index(hq) as index:
        results = [index.ingest(CORPUS / name) for name in spec["files"]]
        status = index.status()
    assert [r.outcome for r in results] == spec["outcomes"]
    device = status["devices"]["d0000000-0000-4000-8000-000000000001"]
    if "reasons" in spec:
        assert [r.reason for r in results] == spec["reasons"]
    if "alarms" in spec:  # raised on a bundle that stays archived (custody-chain-broken)
        assert [a["kind"] for a in device["alarms"]] == spec["alarms"]
    if "gaps" in spec:
        assert [list(gap) for gap in device["gaps"]] == spec["gaps"]
    if case == "replay":
        assert device["bundles"] == 1 and not status["quarantined"]
    if case == "fork":
        assert [a["kind"] for a in device["alarms"]] == ["fork"]
        assert device["last_sequence"] == 1  # the forked number is no longer archived
        assert len(stored(hq, "quarantine/", ".forked")) == 1
    if case == "chain":
        assert [a["kind"] for a in device["alarms"]] == ["chain-broken"]
