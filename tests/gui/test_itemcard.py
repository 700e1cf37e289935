"""The item card driven as a trained operator drives it (clicks and keys on the real widgets, actions counted), and
what it promises: nothing typed is lost to a refresh, an item switch or a refused save; the New item dialog keeps
what was typed until the item exists; the Evidence page's place comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.core.geo import from_mgrs, to_mgrs
from fieldkit.gui.importgrid import ImportDialog
from fieldkit.gui.itemcard import next_tag, parse_position
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import Changes
from tests.gui.steps import add_item, first_run, stored_item
from tests.media_samples import LATITUDE, LONGITUDE, camera_exif, jpeg

MAX_ACTIONS = 8  # the goal for an item with 3 photos, category, description and time


def photo_count(qtbot: QtBot, window: MainWindow, case: str, tag: str) -> int:
    box: list[int] = []
    window.executor.submit(lambda context: len(context.need_store().captures(case, tag, "photo")), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


class Operator:
    """Clicks and keys on the real widgets, counting the actions (typing is counted apart, as the issue does)."""

    def __init__(self) -> None:
        self.actions = 0

    def click(self, widget: QWidget) -> None:
        self.actions += 1
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.actions += 1
        QTest.keyClick(widget, key)

    def type(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)


def test_an_item_with_three_photos_category_description_and_time_in_eight_actions(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    window.resize(1280, 720)
    evidence, card = window.evidence_page, window.evidence_page.card
    card_folder = tmp_path / "media" / "CANON_SD" / "DCIM" / "100CANON"  # a camera card, just put in
    card_folder.mkdir(parents=True)
    evidence.card_roots = [tmp_path / "media"]
    for index in range(3):
        (card_folder / f"IMG_{index}.JPG").write_bytes(jpeg(exif=camera_exif(), seed=index))
    you = Operator()

    # 1-2: New item on the toolbar, type the case and tag, Enter.
    toolbar = window.findChild(QToolBar)
    assert toolbar is not None
    new_button = toolbar.widgetForAction(window.new_item_action)
    you.click(new_button)
    dialog = evidence.new_item_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.category.category() is None  # no category is chosen for the operator
    case_edit = dialog.case.lineEdit()
    assert case_edit is not None
    case_edit.clear()
    you.type(case_edit, "Op Falcon")
    you.type(dialog.tag, "EV-0043")
    you.key(dialog.tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == "EV-0043", timeout=10_000)
    assert not dialog.isVisible()

    # 3: the category, one big button.
    you.click(card.categories.buttons["phone"])
    # 4-6: Photos: the Import dialog lists the camera card just put in; Import; OK on the summary.
    you.click(card.photos_button)
    chooser = evidence.import_dialog
    assert isinstance(chooser, ImportDialog) and chooser.isVisible()
    qtbot.waitUntil(lambda: chooser.model.rowCount() == 3 and chooser.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(evidence.import_finished, timeout=30_000):
        you.click(chooser.import_button)
    assert "3 files added to" in chooser.summary.text() or "3 photos added to" in chooser.summary.text()
    you.click(chooser.ok_button)
    assert not chooser.isVisible()
    # Analysis reads the photos' EXIF in the sandbox, in the background.
    qtbot.waitUntil(lambda: evidence.captures.thumbnails_loaded == 3, timeout=30_000)
    # 7: into the description, and type it.
    you.click(card.description.viewport())
    you.type(card.description, "Nokia 105, cracked screen")
    # 8: the time recovered, from the photos.
    you.click(card.photo_time_button)
    qtbot.waitUntil(lambda: card.markers["recovered_at"].text() == "Saved ✓", timeout=10_000)
    qtbot.waitUntil(lambda: card.markers["description"].text() == "Saved ✓", timeout=10_000)

    print(f"item flow: {you.actions} actions plus typing")
    assert you.actions <= MAX_ACTIONS, you.actions
    item = stored_item(qtbot, window, "Op Falcon", "EV-0043")
    assert item.category == "phone" and item.description == "Nokia 105, cracked screen"
    assert item.recovered_at == "2024-05-01T08:00:00Z"  # 10:00 at +02:00 on the camera's clock
    assert photo_count(qtbot, window, "Op Falcon", "EV-0043") == 3
    assert "UTC" in card.clock_label.text() and "+02:00" in card.clock_label.text()

    # The site from the photos' GPS: a new site at their position, named by its MGRS reference.
    with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
        card.gps_button.click()
    mgrs = to_mgrs(LATITUDE, LONGITUDE)
    assert mgrs is not None and mgrs[:10] in card.site.currentText()
    assert mgrs[:10] in card.site_position.text()
    assert stored_item(qtbot, window, "Op Falcon", "EV-0043").site_id is not None
    # The card and the captures fit a 1280x720 screen together.
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720


def test_a_refresh_during_an_edit_loses_nothing(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-1")
    evidence, card = window.evidence_page, window.evidence_page.card
    card.description.setFocus()
    QTest.keyClicks(card.description, "blue holdall")
    for _ in range(2):  # a change announced by some other page, then the periodic reload
        with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
            window.executor.announce(Changes.ITEMS)
        assert card.description.toPlainText() == "blue holdall"
        with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
            evidence.reload()
        assert card.description.toPlainText() == "blue holdall"
    assert card.markers["description"].text() == "Not saved yet…"
    qtbot.waitUntil(lambda: card.markers["description"].text() == "Saved ✓", timeout=5_000)
    assert stored_item(qtbot, window, "Op", "EV-1").description == "blue holdall"

    # Not focused any more, typed, and a reload read before the save lands while it is being saved.
    evidence.search.setFocus()
    evidence.reload()  # its overview is read before the save below runs
    card.notes.setPlainText("strap torn")
    card.flush()
    with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
        pass
    assert card.notes.toPlainText() == "strap torn"
    qtbot.waitUntil(lambda: stored_item(qtbot, window, "Op", "EV-1").notes == "strap torn", timeout=5_000)
    qtbot.waitUntil(lambda: card.markers["notes"].text() == "Saved ✓", timeout=5_000)
    assert card.notes.toPlainText() == "strap torn"


def test_switching_items_saves_the_edits_to_the_item_they_were_made_in(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-1")
    add_item(qtbot, window, "Op", "EV-2")
    evidence, card = window.evidence_page, window.evidence_page.card
    evidence.step(-1)
    assert evidence.current_item().tag == "EV-1"  # type: ignore[union-attr]
    card.description.setFocus()
    QTest.keyClicks(card.description, "for EV-1 only")
    evidence.step(1)  # before the save delay: the edit goes with EV-1
    assert card.item is not None and card.item.tag == "EV-2" and card.description.toPlainText() == ""
    qtbot.waitUntil(lambda: stored_item(qtbot, window, "Op", "EV-1").description == "for EV-1 only", timeout=5_000)
    assert stored_item(qtbot, window, "Op", "EV-2").description == ""
    assert card.description.toPlainText() == ""

    # A save refused (too long) keeps the text, and says so when the operator comes back to the item.
    too_long = "x" * 20_001
    evidence.step(-1)
    card.description.setPlainText(too_long)
    evidence.step(1)
    qtbot.waitUntil(lambda: not card._saving, timeout=5_000)
    assert card.description.toPlainText() == ""
    evidence.step(-1)
    assert card.description.toPlainText() == too_long
    assert card.markers["description"].text().startswith("Not saved:")
    assert stored_item(qtbot, window, "Op", "EV-1").description == "for EV-1 only"
    with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
        evidence.reload()
    assert card.description.toPlainText() == too_long  # a refresh keeps it too
    card.description.setPlainText("fixed")
    card.flush()
    qtbot.waitUntil(lambda: stored_item(qtbot, window, "Op", "EV-1").description == "fixed", timeout=5_000)
    qtbot.waitUntil(lambda: card.markers["description"].text() == "Saved ✓", timeout=5_000)


def test_new_item_dialog_keeps_what_was_typed_until_the_item_exists(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_item(qtbot, window, "Op Falcon", "EV-0044")
    evidence = window.evidence_page
    evidence.step(-1)  # EV-0043: its next free tag is EV-0045
    dialog = evidence.new_item()
    assert dialog is not None
    assert dialog.case.currentText() == "Op Falcon" and dialog.tag.text() == "EV-0045"
    assert dialog.tag.selectedText() == "EV-0045"  # typing replaces it
    dialog.tag.setText("EV-0044")
    dialog.category.buttons["weapon"].click()
    dialog.accept()
    qtbot.waitUntil(lambda: "already an item" in dialog.tag_message.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.tag.text() == "EV-0044" and dialog.category.category() == "weapon"
    dialog.tag.clear()
    dialog.accept()
    assert dialog.isVisible() and "Type the evidence tag" in dialog.tag_message.text()
    dialog.case.setCurrentText(" ")
    dialog.tag.setText("EV-0050")
    dialog.accept()
    assert dialog.isVisible() and "Type the case" in dialog.case_error.text()
    dialog.case.setCurrentText("Op Falcon")
    dialog.accept()
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == "EV-0050", timeout=10_000)
    assert not dialog.isVisible()
    assert stored_item(qtbot, window, "Op Falcon", "EV-0050").category == "weapon"
    assert evidence.card.categories.category() == "weapon"


def test_next_tag_and_typed_positions() -> None:
    assert next_tag("EV-0043", []) == "EV-0044"
    assert next_tag("EV-0043", ["ev-0044", "EV-0045"]) == "EV-0046"
    assert next_tag("BOX9-A", []) == "BOX10-A"
    assert next_tag("EV-0999", []) == "EV-1000"
    assert next_tag("LAPTOP", ["LAPTOP-2"]) == "LAPTOP-3"
    assert parse_position("34.5553, 69.2075") == (34.5553, 69.2075)
    assert parse_position("-33.9 151.2") == (-33.9, 151.2)
    assert parse_position("91, 10") is None and parse_position("north, east") is None
    here = parse_position("42S WD 12345 67890")
    assert here is not None and to_mgrs(*here) == "42SWD1234567890"
    assert from_mgrs("42SZZ1234567890") is None  # no such square in zone 42
    for latitude, longitude in ((48.8583701, 2.2944813), (-33.8568, 151.2153), (64.1466, -21.9426), (0.01, 0.01),
                                (-54.8, -68.3), (78.22, 15.65), (34.5553, 69.2075)):  # fmt: skip
        reference = to_mgrs(latitude, longitude)
        assert reference is not None
        back = from_mgrs(reference)
        assert back is not None and to_mgrs(*back) == reference
        assert abs(back[0] - latitude) < 2e-5 and abs(back[1] - longitude) < 1e-4


def test_the_evidence_page_comes_back_to_its_place(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-1")
    evidence = window.evidence_page
    for index in range(3):
        (tmp_path / f"P{index}.JPG").write_bytes(jpeg(seed=index))
    with qtbot.waitSignal(evidence.import_finished, timeout=30_000):
        evidence.import_paths([tmp_path / f"P{index}.JPG" for index in range(3)])
    qtbot.waitUntil(lambda: evidence.captures.rowCount() == 3, timeout=10_000)
    ids = [evidence.captures.capture_at(row).id for row in (0, 2)]  # type: ignore[union-attr]
    for row in (0, 2):
        evidence.grid.selectionModel().select(
            evidence.captures.index(row), evidence.grid.selectionModel().SelectionFlag.Select
        )
    evidence.tabs.setCurrentIndex(1)
    place = evidence.place()
    assert place["selected_capture_ids"] == ids and place["inner_tab"] == 1
    add_item(qtbot, window, "Op", "EV-2")  # somewhere else
    evidence.tabs.setCurrentIndex(0)
    evidence.restore(place)
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == "EV-1", timeout=10_000)
    qtbot.waitUntil(lambda: evidence.place()["selected_capture_ids"] == ids, timeout=10_000)
    assert evidence.tabs.currentIndex() == 1


def test_scan_on_the_card_opens_the_scanner_page(qtbot: QtBot, window: MainWindow) -> None:
    from fieldkit.gui.pages.scanner import ScannerPage

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-1")
    window.evidence_page.card.description.setPlainText("typed just before")
    window.evidence_page.card.scan_button.click()
    scanner = window.page(ScannerPage)
    assert scanner is not None and window.pages.currentWidget() is not window.evidence_page
    # What was typed was saved on the way (the action flushes the card).
    qtbot.waitUntil(lambda: stored_item(qtbot, window, "Op", "EV-1").description == "typed just before", timeout=5_000)
