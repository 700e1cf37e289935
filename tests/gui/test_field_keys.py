"""Keys and dialogs a tester new to the window stumbled on: Lock from any window, the Move dialog's keyboard route,
the Delete dialog growing with its error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.gui.capture_actions import DeleteDialog, MoveDialog
from fieldkit.gui.importgrid import ImportDialog
from fieldkit.gui.lockscreen import LockScreen
from fieldkit.gui.mainwindow import MainWindow
from tests.gui.steps import add_item, first_run, items_with_photos


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5_000)


def test_ctrl_l_locks_from_the_import_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.lock_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    dialog = window.evidence_page.choose_import()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    _activate(qtbot, dialog)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected  # cancelled: nothing it held is applied
    assert window.stack.currentWidget() is window.lock_screen and isinstance(window.lock_screen, LockScreen)
    QTest.keyClick(window.lock_screen.passphrase, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked  # locked already: the key does nothing more


def test_ctrl_l_locks_from_a_window_modal_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    items_with_photos(qtbot, window, tmp_path, 1)
    evidence = window.evidence_page
    evidence.grid.setCurrentIndex(evidence.captures.index(0))
    dialog = evidence.move_selected()
    assert isinstance(dialog, MoveDialog) and dialog.isVisible()
    _activate(qtbot, dialog)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        QTest.keyClick(dialog.reason, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.reason.text() == "" and not window.is_unlocked


def test_move_dialog_keyboard_route(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The tester's own route: type in the search, Down, Tab, type the reason; and the route by Enter."""
    items_with_photos(qtbot, window, tmp_path, 1, "EV-0045")
    evidence = window.evidence_page
    evidence.grid.setCurrentIndex(evidence.captures.index(0))
    dialog = evidence.move_selected()
    assert isinstance(dialog, MoveDialog)
    qtbot.waitUntil(lambda: dialog.picker.count() == 2, timeout=10_000)
    _activate(qtbot, dialog)
    assert dialog.focusWidget() is dialog.search
    QTest.keyClicks(dialog.search, "EV-004")
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.search  # the selection moved, the cursor stayed
    chosen = dialog.chosen()
    assert chosen is not None and chosen.tag == "EV-0045"
    QTest.keyClick(dialog.search, Qt.Key.Key_Up)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.tag == "EV-0044"
    # Tab: search -> list -> reason -> the Move button.
    QTest.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.picker
    QTest.keyClicks(dialog.picker, "wrong tag")  # typed on the list: it goes into the reason, the item stays
    assert dialog.reason.text() == "wrong tag" and dialog.focusWidget() is dialog.reason
    chosen = dialog.chosen()
    assert chosen is not None and chosen.tag == "EV-0044"
    QTest.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ok
    # Enter in the search goes on to the reason (it does not press Move with the reason empty).
    dialog.reason.clear()
    dialog.search.setFocus()
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.reason and not dialog.reason_error.isVisible()
    QTest.keyClicks(dialog.reason, "photographed under the wrong tag")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000) as told:
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "moved to" in told.args[0] and "EV-0044" in told.args[0] and not dialog.isVisible()


def test_delete_dialog_grows_with_its_error(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    items_with_photos(qtbot, window, tmp_path, 2)
    evidence = window.evidence_page
    evidence.grid.selectAll()
    dialog = evidence.delete_selected()
    assert isinstance(dialog, DeleteDialog) and dialog.isVisible()
    dialog.accept()  # no reason: the error shows
    assert dialog.reason_error.isVisible()
    QApplication.processEvents()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()  # nothing clipped
    assert dialog.height() >= dialog.layout_.totalHeightForWidth(dialog.width())
