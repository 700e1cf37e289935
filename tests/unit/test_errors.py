"""Every failure has its own class, a one-line fix for the user, and an exit code scripts can rely on."""

from __future__ import annotations

import fieldkit.errors as errors


def all_error_classes() -> list[type[errors.FieldkitError]]:
    found = []
    pending = [errors.FieldkitError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


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
