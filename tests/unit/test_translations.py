"""French and Arabic are complete: every text the window shows (found by Qt's own lupdate over fieldkit/gui, the
advice table fieldkit/hq/advice.py and the HTML report's words fieldkit/hq/reportwords.py, as scripts/translations
does) has a finished translation, the compiled .qm files
are current, and no translation drops or invents a placeholder (a missing "{}" would hide a tag or a count from the
operator)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def tool(name: str) -> Path:
    found = Path(sys.executable).parent / name
    if not found.exists():
        pytest.skip(f"{name} is not installed next to this Python")
    return found


def refreshed(tmp_path: Path) -> dict[str, Path]:
    """The .ts files as lupdate leaves them after reading the code now (copies: the real ones stay as they are)."""
    copies = {}
    for language in LANGUAGES:
        copy = tmp_path / f"fieldkit_{language}.ts"
        shutil.copy(TRANSLATIONS / f"fieldkit_{language}.ts", copy)
        copies[language] = copy
    sources = sorted(str(path) for path in (ROOT / "fieldkit" / "gui").rglob("*.py"))
    sources.append(str(ROOT / "fieldkit" / "hq" / "advice.py"))  # the refusal advice the window translates
    sources.append(str(ROOT / "fieldkit" / "hq" / "reportwords.py"))  # the HTML report's words (scripts/translations)
    subprocess.run([str(tool("pyside6-lupdate")), "-no-obsolete", *sources, "-ts", *map(str, copies.values())],
                   check=True, capture_output=True, cwd=ROOT)  # fmt: skip
    return copies


def messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    tree = ElementTree.parse(ts)  # our own translation files
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_every_text_of_the_window_is_translated(tmp_path: Path) -> None:
    for language, ts in refreshed(tmp_path).items():
        missing = [f"{context}: {source!r}" for context, source, message in messages(ts)
                   if (translation := message.find("translation")) is None
                   or translation.get("type") in ("unfinished", "vanished", "obsolete")]  # fmt: skip
        assert not missing, f"{language}: {len(missing)} texts not translated (run scripts/translations, then " \
                            f"translate them): {missing[:10]}"  # fmt: skip


def test_translations_keep_their_placeholders() -> None:
    for language in LANGUAGES:
        for context, source, message in messages(TRANSLATIONS / f"fieldkit_{language}.ts"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            wanted = sorted(PLACEHOLDER.findall(source))
            for form in forms:
                found = sorted(PLACEHOLDER.findall(form))
                if message.get("numerus") == "yes":
                    # A plural form may spell the number out ("un", "واحد") instead of %n.
                    wanted, found = [p for p in wanted if p != "%n"], [p for p in found if p != "%n"]
                assert found == wanted, f"{language} {context}: {source!r} -> {form!r}"


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    for language in LANGUAGES:
        ts, qm = TRANSLATIONS / f"fieldkit_{language}.ts", TRANSLATIONS / f"fieldkit_{language}.qm"
        assert qm.exists() and qm.stat().st_size > 0, f"{qm.name} missing: run scripts/translations"
        finished = sum(1 for _, _, message in messages(ts)
                       if (t := message.find("translation")) is not None and not t.get("type"))  # fmt: skip
        assert finished > 0
        # git checkouts do not keep modification times: compare content, by compiling again.
        fresh = tmp_path / qm.name
        subprocess.run([str(tool("pyside6-lrelease")), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run scripts/translations"
