"""The packaged program (PyInstaller one-folder build) starts, prints its version, and passes its self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, jpeg_bytes


@pytest.mark.slow
def test_packaged_build_smoke(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    if not pyinstaller.exists():
        pytest.skip("pyinstaller is not installed")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "build"), str(ROOT / "packaging" / "fieldkit.spec")],
                   check=True, cwd=ROOT, capture_output=True, timeout=600)  # fmt: skip
    program = tmp_path / "dist" / "fieldkit" / "fieldkit"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=True, timeout=60)
    assert version.stdout.startswith("fieldkit ")
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


def capture_ids(program: Path, env: dict[str, str]) -> list[str]:
    listed = subprocess.run([str(program), "list", "--json"], capture_output=True, text=True, env=env,
                            check=True, timeout=120)  # fmt: skip
    return [str(capture["id"]) for capture in json.loads(listed.stdout) if capture["name"] == "photo.jpg"]
