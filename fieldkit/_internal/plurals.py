"""A count and its noun in the command line's English: ``plural(1, "file")`` is "1 file", ``plural(3, "file")`` is
"3 files" (``many`` for a noun whose plural is not the noun + "s"). The window says counts through Qt's %n forms."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (many or noun + 's')}"
