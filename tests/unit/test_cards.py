"""Camera cards: volumes with a DCIM folder are found, and only what is not in the store yet is offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.core.importer import Importer
from fieldkit.sources.cards import find_cards, new_files
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, jpeg_bytes


def test_cards_and_new_files(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    media = tmp_path / "media"
    card = media / "operator" / "CANON_SD"
    (card / "DCIM" / "100CANON").mkdir(parents=True)
    (media / "operator" / "USB_STICK" / "docs").mkdir(parents=True)
    for i in range(3):
        (card / "DCIM" / "100CANON" / f"IMG_{i}.JPG").write_bytes(jpeg_bytes(seed=i))
    found = find_cards([media])
    assert [c.root.name for c in found] == ["CANON_SD"]
    Importer(store).run("Op", "EV-1", [card / "DCIM" / "100CANON" / "IMG_0.JPG"])
    fresh, known = new_files(store, found[0].dcim)
    assert known == 1 and sorted(p.name for p in fresh) == ["IMG_1.JPG", "IMG_2.JPG"]
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["cards", "--root", str(media), "--case", "Op", "--item", "EV-2"]) == 0
    out = capsys.readouterr().out
    assert "2 new, 1 already in the store" in out and "2 stored" in out
    assert main(["cards", "--root", str(media)]) == 0
    assert "0 new, 3 already in the store" in capsys.readouterr().out
