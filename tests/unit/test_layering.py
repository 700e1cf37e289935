"""Only fieldkit/gui may import PySide6: the core, the CLI and the store run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "fieldkit"


def qt_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    lines = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        else:
            continue
        if any(name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") for name in names):
            lines.append(node.lineno)
    return lines


def test_no_qt_outside_the_gui_package() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts[:1]
        for line in qt_imports(path)
    ]
    assert offenders == []


def test_the_cli_runs_without_loading_qt() -> None:
    code = (
        "import sys, fieldkit.cli.main, fieldkit.core.importer, fieldkit.store.store;"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_checker_finds_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n")
    assert qt_imports(sample) == [2]
