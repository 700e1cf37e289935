"""Text at 150 % (Settings > Text size): every control grows with its text, nothing is cut (the tester saw "New: ne…",
"Wea…", "Capture finger (choose a su" at 1366x768), buttons get taller rather than shorter, the item list's rows
grow; and the ≈ of a near-duplicate is explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.core.similar import Match
from fieldkit.gui.itemcard import ItemCard
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.theme import current_theme
from fieldkit.models import Capture
from tests.gui.steps import add_item, first_run


def cut_buttons(page: QWidget) -> list[str]:
    """The visible buttons of ``page`` whose text does not fit: narrower or lower than they ask to be, or cut
    sideways by what holds them (a scroll area's edge)."""
    cut = []
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton) or not button.isVisibleTo(page) or not button.text():
            continue
        seen = button.visibleRegion().boundingRect()
        if seen.isEmpty():
            continue  # scrolled out of sight, up or down: reachable by scrolling
        hint = button.sizeHint()
        text_height = button.fontMetrics().height()
        if (hint.width() > button.width() or seen.width() < button.width() or button.height() < text_height + 8
                or hint.height() > button.height()):  # fmt: skip
            cut.append(f"{button.text()!r} {button.size().toTuple()} hint {hint.toTuple()} seen {seen.width()}")
    return cut


def test_at_150_percent_no_button_is_cut(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    window.resize(1280, 720)
    window.set_appearance(current_theme(), 100)  # from 100 %, whatever an earlier test in this process left
    qtbot.wait(50)

    def card() -> ItemCard:  # read each time: a rebuild of the pages replaces it
        return window.evidence_page.card

    small = {"next": card().next_button.height(), "category": card().categories.buttons["weapon"].height()}
    row_small = window.evidence_page.item_list.sizeHintForRow(0)
    font_small = card().tag_label.font().pointSizeF()
    # The theme as it is: a theme change rebuilds the pages; only the size changes here.
    window.set_appearance(current_theme(), 150)
    # A relative font follows (the new size reaches every widget through the event loop: wait for it).
    qtbot.waitUntil(lambda: card().tag_label.font().pointSizeF() == pytest.approx(font_small * 1.5), timeout=10_000)
    assert window.evidence_page.item_list.sizeHintForRow(0) > row_small  # the item list's rows grow with the text
    qtbot.waitUntil(  # the buttons grow once the layouts have run again
        lambda: (
            card().next_button.height() >= small["next"]
            and card().categories.buttons["weapon"].height() >= small["category"]
        ),
        timeout=10_000,
    )
    assert card().horizontalScrollBar().maximum() == 0  # the card never scrolls sideways: its buttons take more rows
    for kind in (FingerprintsPage, EvidencePage):
        shown: QWidget = window.show_page(kind)

        def settled(page: QWidget = shown) -> bool:  # once its layout has run at the new size
            return cut_buttons(page) == []

        qtbot.waitUntil(settled, timeout=10_000)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720


def test_the_near_duplicate_mark_is_explained(qtbot: QtBot, window: MainWindow) -> None:
    evidence = window.evidence_page
    legend = evidence.similar_legend
    photo = Capture(7, "u7", 1, "Op Falcon", "EV-0043", "photo", "image/jpeg", "IMG_1001.JPG", "0" * 64, 10, None,
                    "now", "op", "file")  # fmt: skip
    evidence.captures.set_captures([photo])
    assert legend.isHidden()
    evidence.captures.set_similar({7: [Match(8, "Op Falcon", "EV-0042", "IMG_0999.JPG", 3)]})
    index = evidence.captures.index(0)
    assert evidence.captures.data(index, Qt.ItemDataRole.DisplayRole) == "≈ IMG_1001.JPG"
    tooltip = str(evidence.captures.data(index, Qt.ItemDataRole.ToolTipRole))
    assert "near-duplicate" in tooltip and "open it to compare" in tooltip and "EV-0042: IMG_0999.JPG" in tooltip
    assert not legend.isHidden() and "near-duplicate" in legend.text()
    evidence.captures.set_captures([photo])  # another item shown: no mark, no legend
    assert legend.isHidden()
