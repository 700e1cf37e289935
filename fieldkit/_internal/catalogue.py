"""The window's translations without Qt: Qt Linguist catalogues (resources/translations/fieldkit_<language>.ts, the
files scripts/translations refreshes) read with the standard library's XML parser behind defusedxml, for what the
headless side writes in a language (the HTML verification report, fieldkit/hq/report.py).

A text is found by its context and English source, as Qt finds it. A text with no finished translation (missing,
``unfinished``, ``vanished``, ``obsolete``, empty, or whose ``{placeholders}`` differ from the source's) is said
in English. Plural (numerus) entries are the window's only and are skipped. A catalogue that is not one (not XML, a
DTD with entities, another root, a context without a name, a message without a source, too large) raises
CatalogueError naming the file: these are fieldkit's own files, so one that does not read is a broken install."""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree
from defusedxml import DefusedXmlException

from fieldkit._internal import fsutil
from fieldkit.errors import CatalogueError

ENGLISH = "en"  # the source language: no catalogue
LANGUAGES = (ENGLISH, "fr", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
# In a PyInstaller build the resources sit beside the program (sys._MEIPASS); in a checkout, at the top level (as the
# window finds them: fieldkit/gui/i18n.py).
FOLDER = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources" / "translations"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_UNFINISHED = frozenset({"unfinished", "vanished", "obsolete"})


@dataclass(frozen=True)
class Catalogue:
    """The finished translations of one language: (context, English source) -> translation."""

    language: str
    entries: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def text(self, context: str, source: str) -> str:
        """``source`` in this language, or as it is when it has no finished translation."""
        return self.entries.get((context, source), source)


def language_of(code: str | None) -> str | None:
    """The language of a code such as ``fr``, ``fr_FR.UTF-8`` or ``ar-EG`` when fieldkit has it, else None."""
    if not code:
        return None
    base = re.split(r"[_.@-]", code.strip(), maxsplit=1)[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the process's locale (the first of LC_ALL, LC_MESSAGES, LANG that is set) when fieldkit has
    it, else None (``C``, ``POSIX``, one without a catalogue)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return language_of(environ[name])
    return None


def _finished(message: Element, where: str) -> str | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in _UNFINISHED or message.get("numerus") == "yes":
        return None
    if translation.get("type") is not None:
        raise CatalogueError(f"{where}: a translation of unknown type {translation.get('type')!r}")
    return translation.text or None


def parse(data: bytes, where: str, language: str) -> Catalogue:
    """The catalogue in ``data`` (the bytes of a .ts file named ``where`` in messages)."""
    try:
        root = defusedxml.ElementTree.fromstring(data)
    except ParseError as exc:
        raise CatalogueError(f"the translation catalogue {where} is not well-formed XML: {exc}") from None
    except DefusedXmlException as exc:
        raise CatalogueError(
            f"the translation catalogue {where} declares entities, which ours never do: {exc}"
        ) from None
    if root.tag != "TS":
        raise CatalogueError(f"{where} is not a Qt Linguist catalogue: its root element is <{root.tag}>, not <TS>")
    entries: dict[tuple[str, str], str] = {}
    for number, context in enumerate(root, 1):
        if context.tag != "context":
            continue  # <dependencies> and the like: nothing to translate
        name = context.find("name")
        if name is None:
            raise CatalogueError(f"{where}: context {number} has no <name>")
        for message in context.iter("message"):
            source = message.findtext("source")
            if not source:
                raise CatalogueError(f"{where}: a message of context {name.text or '(none)'!r} has no <source>")
            translated = _finished(message, where)
            if translated and sorted(_PLACEHOLDER.findall(translated)) == sorted(_PLACEHOLDER.findall(source)):
                entries[(name.text or "", source)] = translated
    return Catalogue(language, entries)


def read(path: Path, language: str, *, limit: int) -> Catalogue:
    """The catalogue at ``path`` (CatalogueError when it cannot be read, is larger than ``limit`` bytes or is not
    one; the caller passes Limits.max_catalogue_bytes: this layer sits below fieldkit.config)."""
    data = fsutil.read_small_file(
        path, limit,
        unreadable=lambda exc: CatalogueError(f"cannot read the translation catalogue {path}: {exc.strerror or exc}"),
        too_large=lambda: CatalogueError(f"the translation catalogue {path} is larger than {limit >> 20} MiB: it is "
                                         "not ours"),
    )  # fmt: skip
    return parse(data, str(path), language)


_loaded: dict[tuple[str, Path], Catalogue] = {}
_lock = threading.Lock()


def load(language: str, *, limit: int, folder: Path = FOLDER) -> Catalogue:
    """The catalogue of ``language`` (one of LANGUAGES; English has none), read once per process (``limit``: as
    ``read``)."""
    if language == ENGLISH:
        return Catalogue(ENGLISH)
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for {language!r}")
    with _lock:
        found = _loaded.get((language, folder))
        if found is None:
            found = _loaded[(language, folder)] = read(folder / f"fieldkit_{language}.ts", language, limit=limit)
        return found
