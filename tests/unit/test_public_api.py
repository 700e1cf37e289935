"""docs/api.md lists the public surface; every name in it exists, and each public package's __all__ is exactly it."""

from __future__ import annotations

import importlib
import inspect
import re

import fieldkit.errors
from tests.conftest import ROOT

API_DOC = ROOT / "docs" / "api.md"


def documented_names() -> list[str]:
    """Dotted names in the first column of the doc's tables, e.g. `fieldkit.bundle.check_bundle`."""
    return re.findall(r"^\| `(fieldkit(?:\.\w+)+)` \|", API_DOC.read_text("utf-8"), flags=re.M)


def test_every_documented_name_exists() -> None:
    names = documented_names()
    assert len(names) >= 19
    for dotted in names:
        module_name, _, attribute = dotted.rpartition(".")
        module = importlib.import_module(module_name)
        assert hasattr(module, attribute), f"docs/api.md lists {dotted}, which does not exist"


def test_each_public_package_exports_what_the_doc_lists() -> None:
    by_module: dict[str, set[str]] = {}
    for dotted in documented_names():
        module_name, _, attribute = dotted.rpartition(".")
        by_module.setdefault(module_name, set()).add(attribute)
    for module_name in ("fieldkit.bundle", "fieldkit.sources", "fieldkit.hq"):
        module = importlib.import_module(module_name)
        documented = by_module[module_name]
        exported = set(module.__all__)
        # The helper dataclasses named beside a format (CustodyRange, OcrPage, ...) are exported too.
        helpers = {"Counts", "CustodyRange", "OcrPage", "CaseRef", "SiteRef", "UploadSettings"}
        assert documented <= exported, f"{module_name} does not export {documented - exported}"
        assert exported - documented <= helpers, f"{module_name} exports undocumented {exported - documented - helpers}"
        for helper in exported & helpers:
            assert helper in API_DOC.read_text("utf-8"), f"{helper} is exported but not mentioned in docs/api.md"


def test_errors_export_every_error_class() -> None:
    classes = {
        name
        for name, value in vars(fieldkit.errors).items()
        if inspect.isclass(value) and issubclass(value, fieldkit.errors.FieldkitError)
    }
    assert set(fieldkit.errors.__all__) == classes
