"""What the reviewer of issue 13's window found, asserted: fields of dates, coordinates, tags and paths stay
left-to-right in Arabic; the item list cuts its two lines to its width (tooltip in full) and never scrolls sideways;
a checked button is unmistakable in every theme; secondary text reads on every theme and follows a theme change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from fieldkit.gui.itemcard import CategoryButtons, ItemCard
from fieldkit.gui.labels import plural
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import ItemRowDelegate, ItemsModel
from fieldkit.gui.theme import THEMES, apply_theme, colour
from fieldkit.models import Item

LONG = "Nokia 105, cracked screen, found under the driver's seat with two SIM cards taped inside the battery cover"


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def item(description: str) -> Item:
    return Item(id=1, uuid="u", case_id=1, case_name="Op Falcon", tag="EV-0042", category="phone",
                description=description, site_id=None, recovered_at=None, notes="", created_at="2026-03-12T09:00:00Z",
                updated_at="2026-03-12T09:00:00Z")  # fmt: skip


def test_dates_coordinates_tags_and_paths_stay_left_to_right_in_arabic(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    app_state.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    card = window.evidence_page.card
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert card.description.layoutDirection() == Qt.LayoutDirection.RightToLeft  # prose follows the window
    for field in (card.recovered, card.coordinates, window.bundles_page.folder, window.verify_page.hq):
        assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight, field
    arabic = ItemCard(window.executor)  # made in a right-to-left window, as after a switch to Arabic
    qtbot.addWidget(arabic)
    arabic.recovered.setDateTime(QDateTime(QDate(2026, 3, 12), QTime(4, 44, 5)))
    assert arabic.recovered.lineEdit().text() == "2026-03-12 04:44:05"  # not "05:44:04 12-03-2026"


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_item_rows_are_two_cut_lines_with_the_whole_in_the_tooltip(
    qtbot: QtBot, app_state: QApplication, direction: Qt.LayoutDirection
) -> None:
    app_state.setLayoutDirection(direction)
    model = ItemsModel()
    model.set_items([item(LONG), item("")])
    view = QListView()
    qtbot.addWidget(view)
    delegate = ItemRowDelegate(view)
    view.setItemDelegate(delegate)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setModel(model)
    view.resize(220, 300)
    view.show()
    qtbot.waitExposed(view)
    first = model.index(0)
    rect = view.visualRect(first)
    assert rect.height() >= 40 and rect.width() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect  # type: ignore[attr-defined]
    option.font = view.font()  # type: ignore[attr-defined]
    title, detail = delegate.lines(option, first)
    assert "EV-0042" in title and "Phone" in title
    assert detail.startswith("Nokia 105") and detail.endswith("…") and len(detail) < len(LONG)
    tooltip = str(model.data(first, Qt.ItemDataRole.ToolTipRole))
    assert "Op Falcon" in tooltip and "battery cover" in tooltip
    assert delegate.lines(option, model.index(1))[1] == ""  # no description: no second line


def test_a_checked_button_is_unmistakable_in_every_theme(qtbot: QtBot, app_state: QApplication) -> None:
    buttons = CategoryButtons()
    qtbot.addWidget(buttons)
    buttons.resize(600, 120)
    buttons.show()
    qtbot.waitExposed(buttons)
    for name in THEMES:
        apply_theme(app_state, name)
        buttons.set_category("phone")
        checked, other = buttons.buttons["phone"], buttons.buttons["weapon"]
        assert checked.isChecked() and not other.isChecked()
        highlight = app_state.palette().color(QPalette.ColorRole.Highlight)
        inside = (checked.width() - 8, checked.height() // 2)  # past the frame, beside the text
        on = checked.grab().toImage().pixelColor(*inside)
        off = other.grab().toImage().pixelColor(other.width() - 8, other.height() // 2)
        assert on.name() == highlight.name(), name
        assert on.name() != off.name(), name
        # A thick frame in the text's colour round the checked one only (the night palette's highlight is dim).
        frame = app_state.palette().color(QPalette.ColorRole.WindowText).name()
        assert checked.grab().toImage().pixelColor(1, checked.height() // 2).name() == frame, name
        assert other.grab().toImage().pixelColor(1, other.height() // 2).name() != frame, name
        assert checked.font().bold() or "font-weight: bold" in app_state.styleSheet()


def test_secondary_text_reads_on_every_theme_and_follows_a_change(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    clock = window.evidence_page.card.clock_label
    for name in THEMES:
        apply_theme(app_state, name)  # no page made again: the label itself follows
        assert colour("muted") in clock.styleSheet(), name
        window_colour = app_state.palette().color(QPalette.ColorRole.Window)
        for meaning in ("muted", "error", "ok"):
            assert contrast(QColor(colour(meaning)), window_colour) >= 4.5, (name, meaning)


def test_counts_read_right_in_english_singular_and_plural(qtbot: QtBot, window: MainWindow) -> None:
    page = window.bundles_page
    assert plural(page.tr("%n capture(s) not yet bundled", "", 1), 1) == "1 capture not yet bundled"
    assert plural(page.tr("%n capture(s) not yet bundled", "", 2), 2) == "2 captures not yet bundled"
    assert plural(page.tr("%n capture(s) not yet bundled", "", 0), 0) == "0 captures not yet bundled"
