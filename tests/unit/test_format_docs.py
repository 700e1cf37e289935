"""The docs document exactly the wire formats' fields: every key of each dataclass is in its table in
docs/bundle-format.md or docs/hq.md, and every key a table lists is a field. A table is found by its first header
cell, e.g. "capture record key"; nested objects are documented as `parent.key`, objects in a list as `list[].key`."""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from pathlib import Path

import pytest

from fieldkit.bundle.manifest import (
    AmendmentRecord,
    BundleInfo,
    CaptureRecord,
    HitRecord,
    ItemRecord,
    SampleRecord,
    ShipmentRecord,
    TemplatesRecord,
)
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.bundle.receipt import Receipt

DOCS = Path(__file__).resolve().parents[2] / "docs"
TABLES = {
    "fieldkit.json key": ("bundle-format.md", BundleInfo),
    "capture record key": ("bundle-format.md", CaptureRecord),
    "item record key": ("bundle-format.md", ItemRecord),
    "amendment record key": ("bundle-format.md", AmendmentRecord),
    "templates record key": ("bundle-format.md", TemplatesRecord),
    "hit record key": ("bundle-format.md", HitRecord),
    "sample record key": ("bundle-format.md", SampleRecord),
    "shipment record key": ("bundle-format.md", ShipmentRecord),
    "receipt key": ("hq.md", Receipt),
    "provisioning file key": ("hq.md", Provisioning),
}


def documented_keys(doc: str, header: str) -> list[str]:
    """The backticked names in the first column of the table whose first header cell is ``header``."""
    lines = (DOCS / doc).read_text("utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(f"| {header} |")]
    assert len(starts) == 1, f"{doc} should have one table headed '{header}'"
    keys: list[str] = []
    for line in lines[starts[0] + 2 :]:
        if not line.startswith("|"):
            break
        first_cell = line.split("|")[1]
        names = re.findall(r"`([^`]+)`", first_cell)
        assert names, f"a row of the '{header}' table names no key: {line}"
        keys += names
    return keys


def _nested_dataclass(hint: object) -> tuple[type, bool] | None:
    """The dataclass a field holds (directly, or optional), or holds a tuple of; and whether it is a tuple."""
    args = typing.get_args(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return hint, False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        for arg in args:
            if (found := _nested_dataclass(arg)) is not None:
                return found
    if typing.get_origin(hint) is tuple and args and dataclasses.is_dataclass(args[0]):
        return typing.cast(type, args[0]), True
    return None


def wire_keys(cls: type, prefix: str = "") -> list[str]:
    """The keys ``cls`` has on the wire, nested ones as `parent.key` / `list[].key`."""
    hints = typing.get_type_hints(cls)
    keys: list[str] = []
    for field in dataclasses.fields(cls):
        nested = _nested_dataclass(hints[field.name])
        if field.metadata.get("json") == "inline":
            assert nested is not None
            keys += wire_keys(nested[0], prefix)
            continue
        keys.append(prefix + field.name)
        if nested is not None:
            inner, in_list = nested
            keys += wire_keys(inner, f"{prefix}{field.name}{'[]' if in_list else ''}.")
    return keys


@pytest.mark.parametrize("header", sorted(TABLES))
def test_each_format_is_documented_field_for_field(header: str) -> None:
    doc, cls = TABLES[header]
    documented = documented_keys(doc, header)
    assert len(documented) == len(set(documented)), f"a key is documented twice in '{header}'"
    fields = wire_keys(cls)
    assert not set(fields) - set(documented), f"{cls.__name__} fields missing from {doc}"
    assert not set(documented) - set(fields), f"{doc} documents keys {cls.__name__} does not have"


def test_the_receipt_example_has_the_receipts_keys() -> None:
    text = (DOCS / "hq.md").read_text("utf-8")
    example = re.search(r"```json\n(\{\"format\": \"fieldkit-receipt\".*?)```", text, re.DOTALL)
    assert example is not None
    assert set(json.loads(example.group(1))) == set(wire_keys(Receipt))


def test_the_walk_over_fields_sees_nesting() -> None:
    """The doc test above is only as good as wire_keys: it must see nested, listed and inline objects."""
    assert {"custody.from_seq", "counts.items", "payload"} <= set(wire_keys(BundleInfo))
    assert {"ocr[].page", "page_view", "analysis.status"} <= set(wire_keys(CaptureRecord))
    assert {"left_out[].capture", "left_out[].reason"} <= set(wire_keys(BundleInfo))
    assert {"site.latitude", "case.reference"} <= set(wire_keys(ItemRecord))
    assert {"credential", "endpoint"} <= set(wire_keys(Provisioning)) and "upload" not in wire_keys(Provisioning)
