"""Near-duplicate photos are flagged across items and cases; different photos are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.core import similar
from fieldkit.core.importer import Importer
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE
from tests.samples import picture


def test_near_duplicates_across_cases(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    (tmp_path / "a.jpg").write_bytes(picture(1))
    (tmp_path / "a-small.jpg").write_bytes(picture(1, size=(600, 450), quality=60))  # same scene, re-saved
    (tmp_path / "b.jpg").write_bytes(picture(4))
    Importer(store).run("Op North", "EV-1", [tmp_path / "a.jpg", tmp_path / "b.jpg"])
    Importer(store).run("Op South", "EV-9", [tmp_path / "a-small.jpg"])
    assert similar.hash_pending(store) == 3 and similar.hash_pending(store) == 0
    pairs = similar.near_duplicates(store)
    names = {(store.capture(p.first).original_name, store.capture(p.second).original_name) for p in pairs}
    assert names == {("a.jpg", "a-small.jpg")}
    ids = {c.original_name: c.id for c in store.captures()}
    flags = similar.matches_for(store, list(ids.values()))
    assert set(flags) == {ids["a.jpg"], ids["a-small.jpg"]}  # b.jpg looks like nothing else
    (match,) = flags[ids["a.jpg"]]
    expected = (ids["a-small.jpg"], "Op South", "EV-9", "a-small.jpg")
    assert (match.capture_id, match.case_name, match.item_tag, match.original_name) == expected
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["duplicates", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 1 and {listed[0]["first"]["case"], listed[0]["second"]["case"]} == {"Op North", "Op South"}


def test_dhash_of_garbage_is_none() -> None:
    assert similar.dhash(b"not an image") is None
