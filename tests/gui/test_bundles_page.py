"""The Bundles page offers a folder (a USB drive, else one next to the store), says every error in plain words
with what to do, and lists what is worth a look before creating (no time, no site, the same file in two items)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldkit.errors import FieldkitError
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import Changed, Changes, JobContext
from fieldkit.gui.ops import bundles as ops
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.hq.trust import HQ
from tests.conftest import jpeg_bytes
from tests.gui.steps import add_item, first_run, run_job

VAGUE = "Something went wrong"


def _no_drives(window: MainWindow, tmp_path: Path) -> None:
    window.bundles_page.drive_roots = [tmp_path / "no-media"]


def _provisioned(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A first run without USB drives, then HQ's provisioning file imported in Settings: bundles can be made."""
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    provisioning = tmp_path / "provision.json"
    provisioning.write_text(json.dumps(hq.provisioning().to_json()))
    _no_drives(window, tmp_path)
    first_run(qtbot, window)
    window.settings_page.import_provisioning(provisioning)
    qtbot.waitUntil(lambda: "Provisioned" in window.settings_page.status.text(), timeout=10_000)


def test_the_default_folder_is_the_usb_drive(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "sgt" / "STICK"
    stick.mkdir(parents=True)
    page = window.bundles_page
    page.drive_roots = [tmp_path / "media"]
    page.is_mount = lambda folder: folder.name == "STICK"
    first_run(qtbot, window)
    qtbot.waitUntil(lambda: page.folder.text() == str(stick), timeout=10_000)
    assert str(stick) in page.destination.text() and "USB" in page.destination.text()
    assert page.destination.font().pointSize() > page.folder.font().pointSize()  # shown big


def test_without_a_drive_bundles_go_next_to_the_store(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _no_drives(window, tmp_path)
    first_run(qtbot, window)
    page = window.bundles_page
    beside = window.folder.absolute().parent / "bundles"
    qtbot.waitUntil(lambda: page.folder.text() == str(beside), timeout=10_000)
    assert "next to the store" in page.destination.text()


def test_no_folder_says_what_to_do_in_plain_words(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert plain(FieldkitError("Choose a folder."))[1] == ""  # a bare error's message is its own instruction
    _no_drives(window, tmp_path)
    first_run(qtbot, window)
    page = window.bundles_page
    qtbot.waitUntil(lambda: bool(page.folder.text()), timeout=10_000)
    page.folder.clear()
    assert "No folder chosen" in page.destination.text()
    page.create_button.setEnabled(True)
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    text = page.message.text()
    assert "Choose…" in text and VAGUE not in text and not page.concerns.isVisible()
    page._error(FieldkitError("the folder is read-only: choose another folder"))
    assert VAGUE not in page.message.text()


def test_concerns_listed_before_creating_then_create_anyway(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _provisioned(qtbot, window, tmp_path)
    photo = tmp_path / "IMG_1.jpg"
    photo.write_bytes(jpeg_bytes(size=(320, 240), seed=7))
    evidence = window.evidence_page
    for tag in ("EV-1", "EV-2"):  # the same photo in two items
        add_item(qtbot, window, "Op Falcon", tag)
        with qtbot.waitSignal(evidence.import_finished, timeout=20_000):
            evidence.import_paths([photo])
    page = window.bundles_page
    window.show_page(type(page))
    qtbot.waitUntil(lambda: page.create_button.isEnabled() and bool(page.folder.text()), timeout=10_000)

    with qtbot.waitSignal(page.concerns_shown, timeout=10_000) as shown:
        QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    concerns = shown.args[0]
    assert {(c.item.tag, c.what) for c in concerns} >= {("EV-1", "time"), ("EV-1", "site"), ("EV-2", "time"),
                                                        ("EV-2", "site")}  # fmt: skip
    assert any(c.what == "duplicate" and c.name == "IMG_1.jpg" for c in concerns)
    assert page.concerns.isVisible() and page.concern_list.count() == len(concerns)
    rows = [page.concern_list.item(row).text() for row in range(page.concern_list.count())]
    assert any("no time recovered" in row for row in rows) and any("no site" in row for row in rows)
    assert any("is also in" in row and "IMG_1.jpg" in row for row in rows)
    assert not list((window.folder.parent / "bundles").glob("*.fkb"))  # nothing made yet

    page.concern_list.setCurrentRow(0)
    wanted = concerns[0].item
    with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
        QTest.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page(EvidencePage)
    current = evidence.current_item()
    assert current is not None and current.id == wanted.id

    window.show_page(type(page))
    with qtbot.waitSignal(page.bundles_created, timeout=30_000) as made:
        QTest.mouseClick(page.create_anyway, Qt.MouseButton.LeftButton)
    assert isinstance(made.args[0], list) and len(made.args[0]) == 1
    assert len(list((window.folder.parent / "bundles").glob("*.fkb"))) == 1  # the folder next to the store, made
    assert not page.concerns.isVisible()


def test_default_folder_rules(tmp_path: Path) -> None:
    store = tmp_path / "store"
    last = tmp_path / "last"
    last.mkdir()
    drive = tmp_path / "STICK"
    assert ops.default_folder(store, str(last), [drive]) == (str(last), "last")
    assert ops.default_folder(store, str(tmp_path / "gone"), [drive]) == (str(drive), "drive")
    assert ops.default_folder(store, "", []) == (str(tmp_path / "bundles"), "beside")


def test_a_correction_alone_can_be_sent_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """After everything was bundled, an item edit is a change HQ must get: the page counts it and Create makes a
    bundle of it, although no capture waits."""
    _provisioned(qtbot, window, tmp_path)
    add_item(qtbot, window, "Op Falcon", "EV-1")
    photo = tmp_path / "IMG_1.jpg"
    photo.write_bytes(jpeg_bytes(size=(320, 240), seed=7))
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=20_000):
        window.evidence_page.import_paths([photo])
    page = window.bundles_page
    window.show_page(type(page))
    qtbot.waitUntil(lambda: page.create_button.isEnabled() and bool(page.folder.text()), timeout=10_000)
    with qtbot.waitSignal(page.bundles_created, timeout=30_000):
        page.create_bundle()
    qtbot.waitUntil(lambda: not page.create_button.isEnabled(), timeout=10_000)  # nothing waits

    def edit(context: JobContext) -> Changed[None]:
        store = context.need_store()
        case = store.case("Op Falcon")
        assert case is not None
        item = store.item(case, "EV-1")
        assert item is not None
        store.update_item(item, description="blue ledger, torn cover")
        return Changed(None, Changes.ITEMS)  # as the item card's save says

    run_job(qtbot, window, edit)
    qtbot.waitUntil(lambda: page.create_button.isEnabled(), timeout=10_000)
    assert "1 change to send to HQ" in page.summary.text()
    with qtbot.waitSignal(page.bundles_created, timeout=30_000) as made:
        page.create_bundle()
    assert len(made.args[0]) == 1 and made.args[0][0].amendment_count == 1
    assert "With it: 1 change to what HQ already holds." in page.message.text()
