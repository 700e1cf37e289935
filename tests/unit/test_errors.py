"""Every failure has its own class in fieldkit/errors.py, a one-line fix for the user, and an exit code scripts can
rely on, documented in docs/cli.md."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re

import fieldkit
import fieldkit.errors as errors
from tests.conftest import ROOT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def import_every_module() -> list[str]:
    """Import the whole package, so a class defined anywhere shows up among the subclasses."""
    names = []
    for module in pkgutil.walk_packages(fieldkit.__path__, "fieldkit."):
        if module.name.endswith(".__main__"):  # runs the command line when imported
            continue
        importlib.import_module(module.name)
        names.append(module.name)
    return names


def all_error_classes() -> list[type[errors.FieldkitError]]:
    import_every_module()
    found = []
    pending = [errors.FieldkitError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def test_the_walk_reaches_every_package() -> None:
    imported = import_every_module()
    for name in ("fieldkit.gui.mainwindow", "fieldkit.cli.main", "fieldkit.hq.server", "fieldkit.sources.sane",
                 "fieldkit.biometrics.livescan", "fieldkit.bundle.bech32", "fieldkit.sync.tus"):  # fmt: skip
        assert name in imported


def test_every_error_class_lives_in_errors_py() -> None:
    elsewhere = [
        f"{cls.__module__}.{cls.__qualname__}" for cls in all_error_classes() if cls.__module__ != errors.__name__
    ]
    assert elsewhere == []


def test_every_error_says_what_to_do() -> None:
    for cls in all_error_classes():
        fix = cls("x").fix
        assert fix and fix[0].isupper() and fix.endswith("."), cls
        assert len(fix) <= 120, cls


def test_exit_codes_are_distinct_except_for_refinements() -> None:
    by_code: dict[int, list[type[errors.FieldkitError]]] = {}
    for cls in all_error_classes():
        assert 1 <= cls.exit_code <= 130  # 130: interrupted or cancelled, as for Ctrl+C
        by_code.setdefault(cls.exit_code, []).append(cls)
    for code, classes in by_code.items():
        # Classes may share a code only when one refines the other (e.g. a media file that fails its check).
        roots = [c for c in classes if not any(issubclass(c, other) and c is not other for other in classes)]
        assert len(roots) == 1, (code, classes)


def documented_exit_codes() -> dict[int, set[str]]:
    """The table under '## Exit codes' in docs/cli.md: code -> the class names its row gives."""
    text = (ROOT / "docs" / "cli.md").read_text("utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    table: dict[int, set[str]] = {}
    for row in re.findall(r"^\| *(\d+) *\|([^|]*)\|", section, re.MULTILINE):
        code, names = int(row[0]), set(re.findall(r"`(\w+)`", row[1]))
        assert code not in table, f"exit code {code} has two rows in docs/cli.md"
        table[code] = names
    return table


def test_the_exit_code_table_in_the_docs_matches_the_classes() -> None:
    from_classes: dict[int, set[str]] = {0: set()}  # 0: done, no error
    for cls in all_error_classes():
        from_classes.setdefault(cls.exit_code, set()).add(cls.__name__)
    assert documented_exit_codes() == from_classes


def test_the_table_reader_sees_every_row() -> None:
    table = documented_exit_codes()
    assert table[0] == set() and table[130] == {"CancelledError"}
    assert table[6] == {"IntegrityError", "MediaCorruptError"}
