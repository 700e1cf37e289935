"""The GUI's own layout holds: its modules import one another without a cycle, the store ops stay free of Qt (plain
functions the store thread runs), and the window reaches pages only through the Page interface."""

from __future__ import annotations

import itertools

import grimp

from tests.conftest import ROOT

GRAPH = grimp.build_graph("fieldkit", include_external_packages=True)
GUI = sorted(module for module in GRAPH.modules if module.startswith("fieldkit.gui"))


def test_no_import_cycles_in_the_gui() -> None:
    cycles = [
        (a, b)
        for a, b in itertools.combinations(GUI, 2)
        if GRAPH.chain_exists(importer=a, imported=b) and GRAPH.chain_exists(importer=b, imported=a)
    ]
    assert cycles == []


def test_store_ops_import_no_qt() -> None:
    ops = [module for module in GUI if module.startswith("fieldkit.gui.ops")]
    assert len(ops) >= 10
    assert [module for module in ops if GRAPH.chain_exists(importer=module, imported="PySide6")] == []


def test_pages_do_not_import_the_window_or_one_another() -> None:
    """A page talks to the window and to other pages only through what the window hands it (Page, callables)."""

    def feature(module: str) -> str:  # fieldkit.gui.pages.fingerprints.latent -> fingerprints
        return module.split(".")[3]

    pages = [m for m in GUI if m.startswith("fieldkit.gui.pages.") and m != "fieldkit.gui.pages.base"]
    assert "fieldkit.gui.pages.evidence" in pages and "fieldkit.gui.pages.fingerprints.tenprint" in pages
    for page in pages:
        imported = GRAPH.find_modules_directly_imported_by(page)
        assert "fieldkit.gui.mainwindow" not in imported, page
        other_pages = {m for m in imported if m in pages and feature(m) != feature(page)}
        assert other_pages == set(), page


def test_the_window_finds_capture_sources_only_through_the_registry() -> None:
    """The capture tabs enumerate fieldkit.sources.registry, so a plug-in's scanner or live-scan device appears
    without a change here; naming a built-in source would leave every plug-in out again."""
    built_in = {"fieldkit.sources.sane", "fieldkit.sources.simulated_livescan", "fieldkit.biometrics.livescan"}
    for module in GUI:
        assert GRAPH.find_modules_directly_imported_by(module) & built_in == set(), module
    for path in (ROOT / "fieldkit" / "gui").rglob("*.py"):
        text = path.read_text("utf-8")
        for name in ("SaneSource", "SimulatedScanner", "SimulatedLiveScanSource", "sources.scanner"):
            assert name not in text, f"{path.name} names {name}: enumerate fieldkit.sources.registry instead"
    assert "fieldkit.sources.registry" in GRAPH.find_modules_directly_imported_by("fieldkit.gui.ops.capture")
