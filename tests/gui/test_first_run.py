"""The first run ends in a plain success state (no form, no red "too short" beside "Store created"), and the lock
screen's padlock shows whole, not covered by the first-run dialog."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldkit.gui.dialogs import FirstRunDialog
from fieldkit.gui.lockscreen import PADLOCK
from fieldkit.gui.mainwindow import MainWindow
from tests.gui.steps import PASS


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_first_run_shows_a_success_state_and_continues(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.start()
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.strength.text() == ""  # nothing typed: no red verdict yet
    picture = window.lock_screen.picture
    qtbot.waitUntil(lambda: dialog.isVisible() and picture.isVisible(), timeout=5_000)
    assert picture.height() >= PADLOCK and picture.pixmap().height() >= PADLOCK  # the padlock whole
    assert not _global(picture).intersects(dialog.frameGeometry())  # and not under the dialog
    assert not _global(window.lock_screen.title).intersects(dialog.frameGeometry())

    dialog.operator.setText("Sgt Haddad")
    dialog.passphrase.setText(PASS)
    dialog.again.setText(PASS + "x")
    dialog.submit()
    assert "differ" in dialog.error.text() and dialog.form_box.isVisible()  # refused, what was typed kept
    assert dialog.passphrase.text() == PASS
    dialog.again.setText(PASS)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: "SHA256:" in dialog.result_label.text(), timeout=10_000)
    assert dialog.isVisible()
    assert not dialog.form_box.isVisible() and not dialog.strength.isVisible()  # the form has gone
    assert not dialog.passphrase.isVisible() and not dialog.buttons.isVisible()
    assert dialog.success_title.isVisible() and "Store created" in dialog.success_title.text()
    assert "headquarters" in dialog.result_label.text()
    assert dialog.start_button.isVisible() and dialog.start_button.isDefault()
    assert dialog.start_button.height() >= 40
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc there just continues
    assert not dialog.isVisible() and dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert window.is_unlocked and window.operator == "Sgt Haddad"


def test_start_capturing_closes_the_first_run(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.start()
    assert isinstance(dialog, FirstRunDialog)
    dialog.operator.setText("Sgt Haddad")
    dialog.passphrase.setText(PASS)
    dialog.again.setText(PASS)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "SHA256:" in dialog.result_label.text(), timeout=10_000)
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.is_unlocked
    assert window.stack.currentWidget() is window.pages
