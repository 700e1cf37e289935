"""The standing corpus of hostile bundles (tests/assets/bundles) and the command line run over it, for the tests of
what HQ says about them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from fieldkit.cli import app as cli
from fieldkit.hq import access
from fieldkit.hq.trust import HQ
from tests.hq_backends import hq_ingest

CORPUS = Path(__file__).resolve().parent / "assets" / "bundles"
EXPECTED: dict[str, Any] = json.loads((CORPUS / "expected.json").read_text())
DEVICE = "d0000000-0000-4000-8000-000000000001"  # the corpus's enrolled device


def corpus_hq(tmp_path: Path) -> HQ:
    """A copy of the corpus's HQ folder (its identity opens every corpus bundle), with nothing ingested."""
    shutil.copytree(CORPUS / "hq", tmp_path / "hq")
    made = HQ(tmp_path / "hq")
    access.receipt_key(made)  # as 'hq init' makes it now (the corpus folder predates it)
    return made


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command line as a user runs it: exit code, stdout, stderr."""
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def ingest(capsys: pytest.CaptureFixture[str], hq: HQ, *files: str | Path) -> tuple[int, str, str]:
    """`hq ingest` of ``files``; with a database, beside a worker, waiting for each verdict (tests/hq_backends.py)."""
    code = hq_ingest(hq, *map(str, files))
    out = capsys.readouterr()
    return code, out.out, out.err
