"""The program's entry point hands the command line its window: the CLI never imports the GUI, yet `fieldkit` with
no command, `fieldkit gui` and `--self-test` reach the window through the launcher it is given."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from fieldkit.cli import app
from fieldkit.errors import UsageError
from tests.conftest import ROOT


class FakeWindow:
    def __init__(self, display: bool = True) -> None:
        self.display = display
        self.runs: list[tuple[Path, str | None, Path | None, bool]] = []
        self.self_tests = 0

    def display_available(self) -> bool:
        return self.display

    def run(self, store_dir: Path, language: str | None, hq_folder: Path | None, *, hq: bool = False) -> int:
        self.runs.append((store_dir, language, hq_folder, hq))
        return 7

    def self_test(self) -> int:
        self.self_tests += 1
        return 0


def test_gui_and_no_command_open_the_window_they_are_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDKIT_STORE", str(tmp_path / "store"))
    window = FakeWindow()
    assert app.main(["gui", "--language", "ar", "--hq", str(tmp_path / "hq")], window=window) == 7
    assert app.main(["--store", str(tmp_path / "other")], window=window) == 7
    assert app.main(["gui", "--hq"], window=window) == 7  # the HQ window on the folder used last, or it asks
    assert window.runs == [(tmp_path / "store", "ar", tmp_path / "hq", False), (tmp_path / "other", None, None, False),
                           (tmp_path / "store", None, None, True)]  # fmt: skip
    assert app.main(["--self-test"], window=window) == 0 and window.self_tests == 1


def test_without_a_display_the_commands_are_shown(capsys: pytest.CaptureFixture[str]) -> None:
    window = FakeWindow(display=False)
    assert app.main([], window=window) == 0
    out, err = capsys.readouterr()
    assert "usage: fieldkit" in out and "sources" in out and "no display here" in err
    assert app.main(["gui"], window=window) == UsageError.exit_code
    assert window.runs == []


def test_the_cli_alone_has_no_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["gui"]) == UsageError.exit_code
    assert "has no window" in capsys.readouterr().err
    assert app.main(["--self-test"]) == UsageError.exit_code
    assert "python -m fieldkit" in capsys.readouterr().err


def test_every_entry_point_is_the_launcher() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"fieldkit": "fieldkit.launcher:main"}
    for path in (ROOT / "fieldkit" / "__main__.py", ROOT / "packaging" / "entry.py"):
        assert "from fieldkit.launcher import main" in path.read_text("utf-8"), path
    code = (
        "import sys, fieldkit.launcher;"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'fieldkit.gui'))], 'the GUI was imported';"
        "sys.exit(fieldkit.launcher.main(['--version']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("fieldkit "), result.stderr
