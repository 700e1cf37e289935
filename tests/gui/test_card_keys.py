"""The item card and the New item dialog driven from the keyboard and with field defaults: Alt+letter chooses a
category, one Tab goes from the tag to the categories, the next item keeps the previous one's site, a category nobody
chose shows as not chosen yet, Photos with no camera card opens the file picker; and no theme keeps a bright surface
or an orange name on black."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.gui.importgrid import ImportDialog
from fieldkit.gui.labels import with_mnemonics
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import dimmed
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.settings import SettingsPage
from fieldkit.gui.theme import COLOURS
from tests.gui.steps import add_item, first_run, stored_item

HARD_CODED = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|QColor\(\"[a-z]+\"\)|:\s*(?:salmon|white|black)\b")
GUI = Path(__file__).resolve().parents[2] / "fieldkit" / "gui"


def test_categories_have_unique_mnemonics_in_every_language() -> None:
    english = with_mnemonics(["Document", "Phone", "ID card", "Weapon", "Media", "Person", "Other"])
    assert english == ["&Document", "&Phone", "&ID card", "&Weapon", "&Media", "P&erson", "&Other"]
    french = with_mnemonics(["Document", "Téléphone", "Pièce d'identité", "Arme", "Support", "Personne", "Autre"])
    letters = [text[text.index("&") + 1].casefold() for text in french]
    assert len(set(letters)) == len(letters)
    assert with_mnemonics(["R&D"]) == ["&R&&D"]  # an "&" of the words stays a letter


def test_alt_letter_chooses_a_category_in_the_card_and_in_the_new_item_dialog(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    evidence, card = window.evidence_page, window.evidence_page.card
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    card.description.setFocus()
    QTest.keyClick(card.description, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: card.categories.category() == "weapon")  # a mnemonic presses the button, animated
    qtbot.waitUntil(lambda: card.markers["category"].text() == "Saved ✓", timeout=10_000)
    assert stored_item(qtbot, window, "Op Falcon", "EV-0043").category == "weapon"

    dialog = evidence.new_item()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.activeWindow() is dialog)
    dialog.tag.setFocus()
    QTest.keyClick(dialog.tag, Qt.Key.Key_Tab)  # one Tab from the tag: the first category button
    assert dialog.focusWidget() is dialog.category.buttons["document"]
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.category.category() == "phone")
    dialog.accept()
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == "EV-0044", timeout=10_000)
    assert stored_item(qtbot, window, "Op Falcon", "EV-0044").category == "phone"


def test_next_item_keeps_the_site_and_an_unchosen_category_says_so(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    evidence, card = window.evidence_page, window.evidence_page.card
    card.coordinates.setText("34.5553, 69.2075")
    with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
        card.use_coordinates()
    site_id = stored_item(qtbot, window, "Op Falcon", "EV-0043").site_id
    assert site_id is not None

    dialog = evidence.new_item()  # New: next tag
    assert dialog is not None and dialog.tag.text() == "EV-0044"
    assert dialog.same_site.isChecked() and not dialog.same_site.isHidden()
    dialog.accept()  # no category chosen
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == "EV-0044", timeout=10_000)
    made = stored_item(qtbot, window, "Op Falcon", "EV-0044")
    assert made.site_id == site_id  # same place, next item
    assert made.category == "other"  # the store needs one...
    assert card.categories.category() is None  # ...the card says nobody chose it
    assert "Not chosen yet" in card.markers["category"].text()
    assert "not chosen yet" in str(evidence.item_list.currentIndex().data(Qt.ItemDataRole.UserRole + 6))
    card.categories.buttons["other"].click()  # chosen now, even if it is "Other"
    qtbot.waitUntil(lambda: card.markers["category"].text() == "Saved ✓", timeout=10_000)
    assert card.categories.category() == "other"

    dialog = evidence.new_item()
    assert dialog is not None
    dialog.same_site.setChecked(False)  # another place: unticked
    dialog.accept()
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == "EV-0045", timeout=10_000)
    assert stored_item(qtbot, window, "Op Falcon", "EV-0045").site_id is None


def test_photos_with_no_camera_card_opens_the_file_picker(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    evidence = window.evidence_page
    (tmp_path / "media").mkdir()
    evidence.card_roots = [tmp_path / "media"]  # nothing mounted
    evidence.card.photos_button.click()
    chooser = evidence.import_dialog
    assert isinstance(chooser, ImportDialog) and chooser.isVisible()
    qtbot.waitUntil(lambda: chooser.files_picker is not None and chooser.files_picker.isVisible(), timeout=10_000)
    picker = chooser.files_picker
    assert picker is not None and "EV-0043" in picker.windowTitle()  # named for the item it adds to
    picker.reject()
    chooser.reject()


def backgrounds(widget: QWidget) -> list[QColor]:
    return [QColor(found) for found in re.findall(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})", widget.styleSheet())]


def test_night_has_no_bright_surface_and_contrast_no_orange_names(
    qtbot: QtBot,
    window: MainWindow,
    app_state: QApplication,
) -> None:
    first_run(qtbot, window)
    window.set_appearance("night", 100)
    qtbot.wait(10)  # the pages are made again in the new theme
    bright = []
    for kind in (type(window.evidence_page), FingerprintsPage, SettingsPage):
        page = window.show_page(kind)
        for widget in [page, *page.findChildren(QWidget)]:
            bright += [f"{type(widget).__name__} {c.name()}" for c in backgrounds(widget) if c.lightness() > 100]
    assert bright == []  # the wipe button, the banners and the quality bars are dim too
    lines = ("error", "ok", "warning", "info", "muted", "similar", "selected-frame", "focus", "marker", "edge-warning")
    assert all(QColor(value).lightness() <= 100 for key, value in COLOURS["night"].items()
               if not key.startswith("on-") and key not in lines)  # fmt: skip
    white = QPixmap(4, 4)
    white.fill(QColor("white"))
    shown = dimmed(white, QColor(COLOURS["night"]["tile"]))  # photos in the grid at night: dimmed
    assert shown.toImage().pixelColor(0, 0).lightness() < 170
    hue = QColor(COLOURS["contrast"]["similar"]).hue()
    assert not 15 <= hue <= 45  # not orange on black in high contrast


def test_no_colour_is_hard_coded_outside_the_theme() -> None:
    """Every colour of the window comes from theme.COLOURS (or the palette), so each theme has its own."""
    found = []
    for path in GUI.rglob("*.py"):
        if path.name in {"theme.py", "icons.py"}:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HARD_CODED.search(line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_mnemonics_never_split_a_joined_arabic_word() -> None:
    arabic = with_mnemonics(["وثيقة", "هاتف", "بطاقة هوية", "سلاح", "وسائط تخزين", "شخص", "أخرى"])
    # No underlined letter at all: Qt draws it apart, which breaks the joining even at a word's start (بـطاقة).
    assert arabic == ["وثيقة", "هاتف", "بطاقة هوية", "سلاح", "وسائط تخزين", "شخص", "أخرى"]
    assert with_mnemonics(["Document", "Phone", "Person"]) == ["&Document", "&Phone", "P&erson"]
