"""Generate fieldkit's shell completion scripts and manual page from its argument parser (issue 18), at build time:
the packaged program ships them (scripts/package), so they always match the commands of the build.

    .venv/bin/python scripts/shell_files.py OUT

writes OUT/bash-completion/completions/fieldkit, OUT/zsh/site-functions/_fieldkit and OUT/man/man1/fieldkit.1,
the layout of a system's share/ folder (docs/cli.md says where to put them). shtab and argparse-manpage are build
tools (the dev extra): the program itself never imports them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shtab
from argparse_manpage.manpage import Manpage

from fieldkit import __version__
from fieldkit.cli.app import build_parser

FILES = {
    "bash": Path("bash-completion/completions/fieldkit"),
    "zsh": Path("zsh/site-functions/_fieldkit"),
}
MANUAL = Path("man/man1/fieldkit.1")


def generate(out: Path) -> list[Path]:
    """Write the files under ``out``; returns their paths."""
    parser = build_parser()
    written = []
    for shell, relative in FILES.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shtab.complete(parser, shell), encoding="utf-8")
        written.append(target)
    page = Manpage(parser, _data={"project_name": "fieldkit", "version": __version__,
                                  "manual_title": "fieldkit manual", "description": parser.description})  # fmt: skip
    target = out / MANUAL
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(str(page), encoding="utf-8")
    written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/shell_files.py OUT (a folder: completion scripts and the manual page go under it)")
    for path in generate(Path(sys.argv[1])):
        print(path)
