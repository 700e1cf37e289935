"""The issue 12 benchmark (bench/bench_analysis.py) run on three small photos and small hostile files, so that it
cannot rot between the runs whose figures docs/benchmarks.md records. Not a timed test: it checks that every part
runs to the end and that its answers are the ones the benchmark exists to watch (every photo stored and described,
every hostile file stored, the memory bounds of issue 12)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench import bench_analysis

pytestmark = pytest.mark.skipif(
    shutil.which("exiftool") is None or shutil.which("vipsthumbnail") is None,
    reason="the comparison tools (libimage-exiftool-perl, libvips-tools) are not installed",
)


def test_bench_analysis_runs_on_three_small_photos(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    argv = ["--photos", "3", "--size", "320x240", "--rounds", "1", "--sample", "2", "--quick", "--work",
            str(tmp_path / "work"), "--out", str(out)]  # fmt: skip
    assert bench_analysis.main(argv) == 0
    results = json.loads(out.read_text())
    assert json.loads(capsys.readouterr().out) == results
    assert results["photos"]["count"] == 3

    imported = results["import"]
    assert imported["rounds"][0]["fieldkit_s"] > 0 and imported["rounds"][0]["openssl_s"] > 0
    assert imported["median_ratio"] > 0

    analysis = results["analysis"]
    assert set(analysis["photos_per_s"]) == {
        "fieldkit", "tools_per_file_2_at_a_time", "tools_batch_together", "tools_batch_one_after_the_other"
    }  # fmt: skip
    assert all(rate > 0 for rate in analysis["photos_per_s"].values())
    assert analysis["sandbox"]["describe_in_child_ms"] > 0 and analysis["sandbox"]["child_start_ms"] > 0

    memory = results["memory"]
    assert memory["photos"]["stored"] == 3 and memory["photos"]["analysis"] == {"ok": 3}
    hostile = memory["hostile"]
    assert hostile["stored"] == hostile["files"] == len(memory["hostile_files"])  # every hostile file is kept
    assert sum(hostile["analysis"].values()) == hostile["files"]
    assert "failed:crashed" in hostile["analysis"]  # the crashing WSQ did crash its sandbox, not fieldkit
    for run in (memory["photos"], memory["hostile"], memory["large"]):
        assert 0 < run["fieldkit_peak_mib"] < 250
        assert 0 < run["tree_peak_rss_mib"] < 1300
        assert run["largest_sandbox_peak_mib"] < memory["sandbox_cap_mib"]
    # The 48 MiB file streams to its sandbox: fieldkit's process (about 60 MiB with the cheap unlock) never holds it.
    assert memory["large"]["analysis"] == {"ok": 1}
    assert memory["large"]["fieldkit_peak_mib"] < memory["photos"]["fieldkit_peak_mib"] + memory["large_file_mib"] / 2
