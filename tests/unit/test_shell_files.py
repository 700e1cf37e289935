"""Shell completion and the manual page (issue 18) are generated from the real parser at build time: bash completes
commands, nested actions and options; the manual page names every command and renders."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from fieldkit.cli.app import build_parser

# The build script itself, loaded from scripts/ as the packaging step runs it.
_SPEC = importlib.util.spec_from_file_location("shell_files", Path(__file__).parents[2] / "scripts/shell_files.py")
assert _SPEC is not None and _SPEC.loader is not None
shell_files = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shell_files)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("share")
    written = shell_files.generate(out)
    assert sorted(p.relative_to(out).as_posix() for p in written) == [
        "bash-completion/completions/fieldkit", "man/man1/fieldkit.1", "zsh/site-functions/_fieldkit"]  # fmt: skip
    return out


def _complete(script: Path, *words: str) -> list[str]:
    """What bash offers after ``fieldkit WORDS...`` (the last word being completed), from the generated script."""
    quoted = " ".join(f"'{w}'" for w in ("fieldkit", *words))
    program = (f"source '{script}'; COMP_WORDS=({quoted}); COMP_CWORD={len(words)}; "
               'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; _shtab_fieldkit; '
               'printf "%s\\n" "${COMPREPLY[@]}"')  # fmt: skip
    done = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True, timeout=60, check=True)
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completes_commands_actions_and_options(generated: Path) -> None:
    script = generated / "bash-completion/completions/fieldkit"
    assert _complete(script, "wat") == ["watchlist"]
    assert set(_complete(script, "hq", "watchlist", "")) >= {"add", "list", "remove", "export"}
    assert "--to-item" in _complete(script, "move", "--")
    assert "--json" in _complete(script, "hits", "--j")


def test_zsh_script_declares_itself(generated: Path) -> None:
    assert (generated / "zsh/site-functions/_fieldkit").read_text().startswith("#compdef fieldkit")


def test_the_manual_page_names_every_command_and_renders(generated: Path) -> None:
    page = (generated / "man/man1/fieldkit.1").read_text()
    assert page.startswith('.TH FIELDKIT "1"') and "fieldkit manual" in page.splitlines()[0]
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    assert isinstance(commands, dict)
    escaped = [name.replace("-", "\\-") for name in commands]  # roff escapes a hyphen
    assert escaped and all(f"\\fI\\,{name}\\/\\fR" in page for name in escaped)
    if shutil.which("groff"):
        shown = subprocess.run(["groff", "-man", "-Tutf8", str(generated / "man/man1/fieldkit.1")],
                               capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
        text = re.sub(".\b", "", shown.stdout)  # grotty's overstrike (bold, underline)
        assert "SYNOPSIS" in text and "fieldkit watchlist" in text
