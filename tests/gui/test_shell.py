"""The window shell: the lock screen (and no dead end on Esc), auto-lock with a dialog open, the message bar and
success toast, themes, a language switch without restart, the size at 1280x720, and the progress helper."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QToolButton
from pytestqt.qtbot import QtBot

from fieldkit import errors
from fieldkit.errors import CancelledError, DiskFullError, FieldkitError, UsageError
from fieldkit.gui.dialogs import FirstRunDialog
from fieldkit.gui.importgrid import ImportDialog
from fieldkit.gui.lockscreen import LockScreen
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.messages import COMMAND_WORDS, plain
from fieldkit.gui.ops import JobContext
from fieldkit.gui.pages.base import run_with_progress
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.outbox import OutboxPage
from tests.conftest import jpeg_bytes
from tests.gui.steps import PASS, add_item, first_run, unlock


def captures_in_store(qtbot: QtBot, window: MainWindow) -> int:
    """How many captures the store holds, asked after every job queued before (an import would come first)."""
    box: list[int] = []
    window.executor.submit(lambda context: len(context.need_store().captures()), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def test_lock_screen_esc_is_no_dead_end_and_ctrl_l_locks(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    assert window.stack.currentWidget() is window.pages and window.toolbar.isVisible()
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.isVisible() and b.defaultAction() is not None]
    assert len(buttons) >= 6
    for button in buttons:  # icons with text, big enough for gloved hands
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        assert button.height() >= 40 and not button.icon().isNull() and button.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        QTest.keyClick(window.pages, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = window.lock_screen
    assert window.stack.currentWidget() is screen and not window.toolbar.isVisible()
    assert not window.lock_action.isEnabled() and not window.import_action.isEnabled()
    assert "Sgt Haddad" in screen.last_operator.text()
    screen.passphrase.setText("half typed")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Escape)  # Esc clears what was typed, and the way in stays
    assert screen.passphrase.text() == "" and screen.passphrase.isVisible() and screen.unlock_button.isVisible()
    assert window.stack.currentWidget() is screen
    QTest.keyClicks(screen.passphrase, "wrong passphrase!")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in screen.error.text(), timeout=10_000)
    screen.passphrase.setText(PASS)
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
        QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.is_unlocked and window.stack.currentWidget() is window.pages and window.toolbar.isVisible()
    assert window.lock_action.isEnabled()
    # The step the other tests use drives the lock screen too.
    shown = window.lock()
    assert isinstance(shown, LockScreen)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        unlock(qtbot, window, shown, PASS)


def test_esc_on_first_run_leaves_a_way_to_create_the_store(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.start()
    assert isinstance(dialog, FirstRunDialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    screen = window.lock_screen
    assert window.stack.currentWidget() is screen and screen.create_button.isVisible()
    QTest.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    again = next(d for d in window.findChildren(FirstRunDialog) if d.isVisible())
    assert again is not dialog


def test_auto_lock_cancels_an_import_dialog_and_restores_the_place(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    placed: list[dict[str, object]] = []
    restored: list[dict[str, object]] = []

    def place(page: EvidencePage) -> dict[str, object]:
        item = page.current_item()
        placed.append({"item": item.id if item else None})
        return placed[-1]

    monkeypatch.setattr(EvidencePage, "place", place)
    monkeypatch.setattr(EvidencePage, "restore", lambda page, where: restored.append(where))
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0042")
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(seed=4))
    evidence = window.evidence_page
    dialog = evidence.choose_import()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        dialog.add_paths([photo])
    selected: list[object] = []
    dialog.imported.connect(selected.append)
    dialog.accepted.connect(lambda: selected.append("accepted"))

    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.auto_lock.timeout.emit()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []
    dialog.start_import()  # a stale dialog asked to import after the lock applies nothing
    dialog.accept()
    assert selected == []

    with qtbot.waitSignal(window.restored, timeout=10_000):
        unlock(qtbot, window, window.lock_screen, PASS)
    assert captures_in_store(qtbot, window) == 0  # nothing imported anywhere
    assert restored == placed[-1:] and placed[-1]["item"] is not None
    assert window.pages.currentWidget() is evidence and evidence.captures.rowCount() == 0


def test_the_tab_is_restored_after_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    window.show_page(OutboxPage)
    tab = window.pages.currentIndex()
    assert tab != 0
    window.lock()
    window.pages.setCurrentIndex(0)  # whatever happened while locked
    with qtbot.waitSignal(window.restored, timeout=10_000):
        unlock(qtbot, window, window.lock_screen, PASS)
    assert window.pages.currentIndex() == tab


def test_errors_wait_for_acknowledgement_in_window_words(qtbot: QtBot, window: MainWindow) -> None:
    for name in errors.__all__:
        kind = getattr(errors, name)
        message, fix = plain(kind("something went wrong"))
        assert message == "something went wrong" and not COMMAND_WORDS.search(fix), name
        assert fix or kind is FieldkitError, name  # a bare FieldkitError's message is its own instruction
    first_run(qtbot, window)
    bar = window.message_bar
    assert not bar.isVisible()
    page = window.bundles_page
    page.show_error(DiskFullError("the disk is full"))
    assert bar.isVisible() and "the disk is full" in bar.text.text() and "Free space" in bar.text.text()
    assert "--" not in bar.text.text() and "command" not in bar.text.text()
    assert "the disk is full" in window.statusBar().currentMessage()
    page.show_error(UsageError("no such choice"))
    page.show_error(UsageError("no such choice"))
    assert "no such choice" in bar.text.text() and "--help" not in bar.text.text()
    assert "×2" in bar.count.text() and "1 more" in bar.count.text()
    QTest.mouseClick(bar.ok, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and "the disk is full" in bar.text.text()  # the earlier one still waits
    QTest.mouseClick(bar.ok, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_success_shows_a_toast_that_fades(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    window.toast.SHOWN_MS = 100
    window.bundles_page.notify("3 photos added to EV-0043")
    assert window.toast.isVisible() and window.toast.text.text() == "3 photos added to EV-0043"
    assert window.toast.geometry().bottom() < window.height()
    assert window.statusBar().currentMessage() == "3 photos added to EV-0043"
    qtbot.waitUntil(lambda: not window.toast.isVisible(), timeout=3_000)


def test_night_and_high_contrast_themes(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    app = app_state
    first_run(qtbot, window)
    window.set_appearance("light", 100)
    light = app.palette().color(QPalette.ColorRole.Window)
    size = app.font().pointSizeF()
    lock_icon = window.lock_action.icon().cacheKey()
    window.night_action.trigger()  # the toolbar toggle
    night = app.palette().color(QPalette.ColorRole.Window)
    text = app.palette().color(QPalette.ColorRole.WindowText)
    assert night != light and night.lightness() < 40 and text.red() > text.blue() and text.red() > text.green()
    assert window.settings_page.theme.currentData() == "night" and window.night_action.isChecked()
    assert window.lock_action.icon().cacheKey() != lock_icon  # icons redrawn in the night colour
    assert QSettings("fieldkit", "fieldkit").value("theme") == "night"

    window.settings_page.theme.setCurrentIndex(window.settings_page.theme.findData("contrast"))
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert not window.night_action.isChecked()

    window.settings_page.font_scale.setCurrentIndex(window.settings_page.font_scale.findData(150))
    assert app.font().pointSizeF() == pytest.approx(size * 1.5)
    assert QSettings("fieldkit", "fieldkit").value("font_scale") in (150, "150")
    window.night_action.trigger()
    window.night_action.trigger()  # night off: back to the day theme chosen before
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"


def test_arabic_applies_without_restart(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-7")
    old_evidence = window.evidence_page
    window.show_page(type(window.settings_page))
    settings_tab = window.pages.currentIndex()
    language = window.settings_page.language
    with qtbot.waitSignal(window.restored, timeout=10_000):
        language.setCurrentIndex(language.findData("ar"))
    arabic = QCoreApplication.translate("MainWindow", "Evidence")
    assert arabic != "Evidence"
    assert window.pages.tabText(0) == arabic
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.evidence_page is not old_evidence and window.is_unlocked
    assert window.pages.currentIndex() == settings_tab
    assert window.settings_page.language.currentData() == "ar"
    item = window.evidence_page.current_item()
    assert item is not None and item.tag == "EV-7"
    assert window.lock_action.text() == QCoreApplication.translate("MainWindow", "Lock")


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_lock_screen_fits_a_field_laptop(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.start()
    assert window.stack.currentWidget() is window.lock_screen
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    assert window.minimumSize().width() <= 1280 and window.minimumSize().height() <= 720
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=5_000)
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() <= window.height()
    free = window.screen().availableGeometry()
    assert window.default_size().width() <= free.width() and window.default_size().height() <= free.height()


def test_run_with_progress_reports_steps_and_cancels(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    page = window.bundles_page

    def counted(context: JobContext) -> str:
        for done in range(1, 4):
            context.progress((done, 3))
        return "finished"

    results: list[object] = []
    progress = run_with_progress(page, "Counting", counted, results.append)
    qtbot.waitUntil(lambda: results == ["finished"], timeout=5_000)
    assert progress.maximum() == 3 and not progress.isVisible()  # determinate: (done, total) came through

    started = threading.Event()

    def waiting(context: JobContext) -> None:
        started.set()
        if not context.cancel.wait(10):
            raise FieldkitError("never cancelled")
        raise CancelledError("cancelled")

    shown: list[FieldkitError] = []
    page.error_raised.connect(shown.append)
    progress = run_with_progress(page, "Waiting", waiting, results.append)
    qtbot.waitUntil(started.is_set, timeout=5_000)
    with qtbot.waitSignal(page.status_message, timeout=5_000):
        progress.canceled.emit()  # what its Cancel button does
    assert shown == [] and results == ["finished"]


def test_a_skipped_key_slot_is_told_after_the_unlock(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A slot file planted or damaged in the store folder blocks nobody (docs/store.md), but the operator must hear
    that someone may have written into the folder."""
    first_run(qtbot, window)
    unlocker = window.lock()
    planted = tmp_path / "store" / "keys" / f"{'0' * 32}.slot"
    planted.write_text('{"format": "not a slot"}')
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock(qtbot, window, unlocker, PASS)
    bar = window.message_bar
    assert bar.isVisible()
    text = bar.text.text().replace("\u2066", "").replace("\u2069", "")  # without ltr()'s isolates
    assert "skipped 1 key slot file " in text and planted.name in text and "technician" in text
