"""The command line's tables (list, items, flags, custody, site list, sample list, hq matches, ...: docs/cli.md,
"Progress and output" lists them): measured in terminal cells, so that Arabic case names, CJK item tags and emoji
keep the columns aligned.

stdout a terminal: a rich table (columns as wide as their longest value, wrapped to the terminal's width).
stdout not a terminal (a pipe, a file, a script): what the command always printed (plain columns under headers,
tab-separated lines, or its own lines: ``show(piped=...)``), the same bytes for ASCII text, each value cropped or
padded to its column's width in cells (wcwidth semantics: a CJK character or
an emoji is two cells, an Arabic letter one, a combining mark none), never in code points.

A value is one run of text: no character is reordered here (the terminal lays right-to-left text out itself), and
no markup is read from it (a case named ``[bold]`` prints as typed)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TextIO

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

Align = Literal["left", "right"]


@dataclass(frozen=True)
class Column:
    """One column: its header, its width in cells in the plain form (None: as long as its value), how it is
    aligned, how many spaces come before it in the plain form, and whether a longer value is cut to the width
    (``crop=False``: it is kept whole and pushes the rest of its line on, as an f-string's padding did)."""

    header: str
    width: int | None = None
    align: Align = "left"
    gap: int = 1
    crop: bool = True


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes (a CJK character or an emoji two, a combining mark none)."""
    return cell_len(text)


def fit(text: str, width: int, align: Align = "left", crop: bool = True) -> str:
    """``text`` cropped or padded to exactly ``width`` terminal cells (a wide character that would straddle the
    edge is dropped and the cell padded); with ``crop=False`` a longer text is returned whole."""
    if cell_len(text) >= width:
        return set_cell_size(text, width) if crop else text
    padding = " " * (width - cell_len(text))
    return padding + text if align == "right" else text + padding


def plain_line(columns: Sequence[Column], values: Sequence[str]) -> str:
    """One row in the plain form: each value fitted to its column, the columns' gaps between them."""
    parts: list[str] = []
    for index, (column, value) in enumerate(zip(columns, values, strict=True)):
        gap = " " * column.gap if index else ""
        parts.append(gap + (value if column.width is None else fit(value, column.width, column.align, column.crop)))
    return "".join(parts)


def stdout_is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return terminal and os.environ.get("TERM", "").strip().lower() not in ("dumb", "unknown")


def show(columns: Sequence[Column], rows: Iterable[Sequence[str]], out: TextIO | None = None, *,
         piped: Iterable[str] | None = None) -> None:  # fmt: skip
    """Print the table on ``out`` (stdout): a rich table on a terminal, else the plain columns under their
    headers, or the lines ``piped`` when the command's piped form is another one (tab-separated for scripts, no
    header, a record over several lines: docs/cli.md). A value may hold line breaks: one cell, several lines."""
    stream = out or sys.stdout
    if stdout_is_terminal(stream):
        stream.write(render(columns, rows, width=None, stream=stream))
    elif piped is not None:
        for line in piped:
            stream.write(line + "\n")
    else:
        stream.write(plain_line(columns, [c.header for c in columns]) + "\n")
        for row in rows:
            stream.write(plain_line(columns, row) + "\n")
    stream.flush()


def render(columns: Sequence[Column], rows: Iterable[Sequence[str]], *, width: int | None,
           stream: TextIO | None = None) -> str:  # fmt: skip
    """The rich table as text: for ``stream`` (a terminal: its width and styles; rich reads NO_COLOR), or without
    one as plain text ``width`` cells wide (what a test compares)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for column in columns:
        # Never wrapped: a tag or a hash broken over two lines reads as two values. A terminal too narrow cuts a
        # value with an ellipsis (visibly cut); piped output and --json keep every value whole.
        table.add_column(column.header, justify=column.align, no_wrap=True, overflow="ellipsis",
                         min_width=min(12, cell_len(column.header)))  # fmt: skip
    for row in rows:
        table.add_row(*(Text(value) for value in row))
    console = Console(file=stream or io.StringIO(), width=width, highlight=False, emoji=False, markup=False)
    with console.capture() as captured:
        console.print(table)
    return captured.get()
