"""Camera cards: volumes with a DCIM folder are found, and only what is not in the store yet is offered."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

from fieldkit.cli.main import main
from fieldkit.core.importer import Importer
from fieldkit.sources import cards
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


def test_cards_are_looked_for_on_every_mounted_volume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no /media: its cards are drive letters, which psutil lists (issue 18). The partition list is
    the one stand-in here (no Windows machine runs the tests); the volumes are real folders."""
    from types import SimpleNamespace  # lazy: one test's stand-in for psutil's partition records

    card = tmp_path / "E"
    (card / "DCIM" / "100NIKON").mkdir(parents=True)
    (tmp_path / "C" / "Windows").mkdir(parents=True)
    system = tmp_path / "C"
    monkeypatch.setenv("SYSTEMDRIVE", str(system))
    partitions = [SimpleNamespace(mountpoint=str(system)), SimpleNamespace(mountpoint=str(card)),
                  SimpleNamespace(mountpoint="/"), SimpleNamespace(mountpoint="/boot/efi")]  # fmt: skip
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=False: partitions)
    assert cards.other_volumes() == [card]  # not the system drive, not / nor /boot/efi
    assert [found.root for found in find_cards()] == [card]  # DCIM at the root of the volume
    # A data disk with a DCIM folder deep inside is not a card.
    (card / "DCIM").rename(card / "backup")
    (card / "backup" / "2019" / "DCIM").mkdir(parents=True)
    assert find_cards() == []
    (card / "backup").rename(card / "DCIM")
    # Reached from two roots, a card is listed once.
    assert [found.root for found in find_cards([tmp_path, card])] == [card]


def test_other_volumes_on_this_machine_leave_the_system_out() -> None:
    volumes = cards.other_volumes()
    assert Path("/") not in volumes and not any(v.is_relative_to(Path("/boot")) for v in volumes)
