"""Every limit fieldkit enforces lives in fieldkit/config.py, with its reason beside it.

A module-level (or class-level) numeric constant named like a limit (MAX_*, MIN_*, *_LIMIT, *_CAP, *_TIMEOUT...)
anywhere else fails, unless its line says "# not a limit: <why>" (a file format's fixed value, an algorithm's
parameter). A distinctive limit value (such as Limits.max_image_pixels) typed out again as a literal fails too.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

from fieldkit import config
from tests.conftest import ROOT

PACKAGE = ROOT / "fieldkit"
CONFIG = PACKAGE / "config.py"
LIMIT_WORDS = {"MAX", "MIN", "LIMIT", "LIMITS", "CAP", "TIMEOUT", "MARGIN", "BUDGET", "CEILING"}
NOT_A_LIMIT = re.compile(r"#\s*not a limit:\s*\S")

# Files this helper may not edit, each to be fixed by the area's owner; delete an entry once it is fixed
# (test_awaiting_entries_are_still_needed says when).
AWAITING: dict[str, set[str]] = {}


def numeric_value(node: ast.expr) -> float | None:
    """The value of a constant numeric expression (``64 << 10``, ``(4 << 30) - 1``), or None."""
    for leaf in ast.walk(node):
        if isinstance(leaf, ast.Constant) and isinstance(leaf.value, bool | str | bytes):
            return None
        if not isinstance(leaf, ast.Constant | ast.BinOp | ast.UnaryOp | ast.operator | ast.unaryop):
            return None
    # Only numbers and operators reach eval (checked above).
    value = eval(compile(ast.Expression(node), "<constant>", "eval"), {"__builtins__": {}})
    return value if isinstance(value, int | float) else None


def is_numeric(node: ast.expr) -> bool:
    if isinstance(node, ast.Tuple):
        return bool(node.elts) and all(numeric_value(element) is not None for element in node.elts)
    return numeric_value(node) is not None


def named_like_a_limit(name: str) -> bool:
    return name.lstrip("_").isupper() and bool(LIMIT_WORDS & set(name.strip("_").split("_")))


def limit_constants(path: Path) -> Iterator[tuple[int, str]]:
    """(line, name) of each module- or class-level numeric constant named like a limit and not marked otherwise."""
    source = path.read_text("utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, str(path))
    bodies = [tree.body] + [node.body for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    for body in bodies:
        for statement in body:
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            else:
                continue
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                limit = named_like_a_limit(target.id) and is_numeric(value)
                if limit and not NOT_A_LIMIT.search(lines[statement.lineno - 1]):
                    yield statement.lineno, target.id


def distinctive_limit_values() -> set[float]:
    """Values of config's limits that no other number in the code should equal by chance (large, not 2**n)."""
    values: set[float] = set()
    for defaults in (config.DEFAULT_LIMITS, config.FINGERPRINT_LIMITS, config.BUNDLE_LIMITS,
                     config.SERVER_LIMITS, config.SYNC_LIMITS):  # fmt: skip
        for limit in dataclasses.fields(defaults):
            value = getattr(defaults, limit.name)
            if isinstance(value, int) and value >= 1_000_000 and not round_number(value):
                values.add(value)
    return values


def round_number(value: int) -> bool:
    """2**n, 2**n - 1 or 10**n: values that turn up in code for other reasons (buffers, masks, 'MB')."""
    return not value & (value - 1) or not (value + 1) & value or str(value).rstrip("0") == "1"


def retyped_limits(path: Path, values: set[float]) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant | ast.BinOp) and (value := numeric_value(node)) in values:
            yield node.lineno, str(value)


def python_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path != CONFIG)


def test_every_limit_lives_in_config() -> None:
    offenders = []
    for path in python_files():
        relative = path.relative_to(ROOT).as_posix()
        for line, name in limit_constants(path):
            if name not in AWAITING.get(relative, set()):
                offenders.append(f"{relative}:{line} {name}")
    assert offenders == [], "move these limits into fieldkit/config.py (or mark them '# not a limit: why')"


def test_no_limit_value_is_typed_out_again() -> None:
    values = distinctive_limit_values()
    assert config.DEFAULT_LIMITS.max_image_pixels in values and config.FINGERPRINT_LIMITS.max_print_pixels in values
    offenders = []
    for path in python_files():
        relative = path.relative_to(ROOT).as_posix()
        for line, value in retyped_limits(path, values):
            if value not in AWAITING.get(relative, set()):
                offenders.append(f"{relative}:{line} {value}")
    assert offenders == [], "use the limit from fieldkit/config.py instead of its value"


def test_awaiting_entries_are_still_needed() -> None:
    values = distinctive_limit_values()
    for relative, names in AWAITING.items():
        path = ROOT / relative
        found = {name for _, name in limit_constants(path)} | {value for _, value in retyped_limits(path, values)}
        assert names <= found, f"{relative} is fixed: remove {sorted(names - found)} from AWAITING"


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "MAX_PAGES = 2000\n"
        "_UPLOAD_TIMEOUT_S = 20.0\n"
        "RANGE_CAP = (1, 2)\n"
        "CHUNK_LIMIT = 64 << 10  # not a limit: the format's chunk\n"
        "MAX_NAME = 'x'\n"
        "MAXIMUM = 3\n"
        "class Reader:\n"
        "    _MIN_GAP = 1 << 10\n"
        "def f(image):\n"
        "    MAX_LOCAL = 5\n"
        "    return image.width * image.height > 180_000_000\n"
    )
    assert list(limit_constants(sample)) == [(1, "MAX_PAGES"), (2, "_UPLOAD_TIMEOUT_S"), (3, "RANGE_CAP"),
                                             (8, "_MIN_GAP")]  # fmt: skip
    assert list(retyped_limits(sample, distinctive_limit_values())) == [(11, "180000000")]


def test_the_store_docs_name_the_limit_classes() -> None:
    text = (ROOT / "docs" / "store.md").read_text("utf-8")
    for cls in (config.Limits, config.FingerprintLimits, config.BundleLimits, config.ServerLimits, config.SyncLimits,
                config.WorkerLimits):  # fmt: skip
        assert cls.__name__ in text
