"""The packaged program (PyInstaller one-folder build) starts, prints its version, and passes its self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from fieldkit.biometrics import face_ops
from fieldkit.config import IDENTIFICATION_LIMITS, AnalysisLimits
from fieldkit.sandbox import pool
from tests.conftest import ROOT, jpeg_bytes


@pytest.mark.slow
def test_packaged_build_smoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    if not pyinstaller.exists():
        pytest.skip("pyinstaller is not installed")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "build"), str(ROOT / "packaging" / "fieldkit.spec")],
                   check=True, cwd=ROOT, capture_output=True, timeout=600)  # fmt: skip
    program = tmp_path / "dist" / "fieldkit" / "fieldkit"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=True, timeout=60)
    assert version.stdout.startswith("fieldkit ")
    # Shell completion and the manual page ship inside the folder (issue 18).
    share = next((tmp_path / "dist" / "fieldkit").glob("**/share/man/man1/fieldkit.1")).parents[2]
    assert (share / "bash-completion/completions/fieldkit").read_text().count("_shtab_fieldkit") > 1
    assert (share / "zsh/site-functions/_fieldkit").is_file()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    test = subprocess.run([str(program), "--self-test"], capture_output=True, text=True, timeout=120, env=env)
    assert test.returncode == 0, test.stderr[-2000:]
    assert "self-test: ok" in test.stdout
    # Fingerprints in the packaged program: WSQ codec, NFIQ 2 with its model weights, the ANSI/NIST export.
    env.update(FIELDKIT_STORE=str(tmp_path / "store"), FIELDKIT_PASSPHRASE="packaged test passphrase")
    for command in (["init", "--operator", "tester"], ["subject", "add", "S-1", "--case", "C"]):
        subprocess.run([str(program), *command], check=True, capture_output=True, env=env, timeout=120)
    scan = subprocess.run([str(program), "fingerprint", "livescan", "--device", "simulated", "--subject", "S-1",
                           "--finger", "2"], capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert scan.returncode == 0 and "NFIQ2" in scan.stdout and "GOOD" in scan.stdout, scan.stderr[-2000:]
    export = subprocess.run([str(program), "export-nist", "--subject", "S-1", "--out", str(tmp_path / "s.an2")],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert export.returncode == 0 and (tmp_path / "s.an2").stat().st_size > 1000, export.stderr[-2000:]
    # The analysis sandbox in the packaged program: the program is its own confined child.
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes())
    subprocess.run([str(program), "import", str(photo), "--case", "C", "--item", "EV-1"], check=True,
                   capture_output=True, env=env, timeout=120)  # fmt: skip
    analysed = subprocess.run([str(program), "analyse", "--json", *capture_ids(program, env)], capture_output=True,
                              text=True, env=env, timeout=120)  # fmt: skip
    assert analysed.returncode == 0, analysed.stderr[-2000:]
    answer = json.loads(analysed.stdout)
    assert [entry["status"] for entry in answer["analysed"]] == ["ok"]
    assert any("seccomp" in measure for measure in answer["sandbox"])
    # Face templates in the packaged program: dlib and the two model files it ships, run by the program as its own
    # confined child (the same request capture makes), with no network and nothing but the bundle to load from.
    monkeypatch.setattr(pool, "child_command", lambda: [str(program), pool.FROZEN_CHILD_FLAG])
    packaged = pool.Pool(AnalysisLimits(workers=1))
    try:
        found = packaged.run(face_ops.EXTRACT, (ROOT / "tests" / "assets" / "faces" / "obama-1.jpg").read_bytes(),
                             identification=asdict(IDENTIFICATION_LIMITS))  # fmt: skip
    finally:
        packaged.close()
    assert len(found["faces"]) == 1 and len(found["faces"][0]["descriptor"]) == 512
    shipped = {p.name for p in (tmp_path / "dist" / "fieldkit").rglob("*.dat")}
    assert shipped == {face_ops.LANDMARKS_MODEL, face_ops.DESCRIPTOR_MODEL}  # not the unused 99 MB predictor


def capture_ids(program: Path, env: dict[str, str]) -> list[str]:
    listed = subprocess.run([str(program), "list", "--json"], capture_output=True, text=True, env=env,
                            check=True, timeout=120)  # fmt: skip
    return [str(capture["id"]) for capture in json.loads(listed.stdout) if capture["name"] == "photo.jpg"]
