"""What a fresh-eyes test of the window found: the wheel over a combo box, the device key's words at 150 %, File >
Quit, the provisioning summary, the file pickers' folders, a theme switch's time, and small texts."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldkit.bundle import sshsig
from fieldkit.cli import app as cli
from fieldkit.errors import StoreInUseError
from fieldkit.gui.devicekey import DeviceKeyDialog
from fieldkit.gui.dialogs import FirstRunDialog, ProvisionedDialog
from fieldkit.gui.folders import last_folder
from fieldkit.gui.itemcard import CategoryButtons
from fieldkit.gui.labels import with_mnemonics
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.theme import COLOURS, apply_theme, palette_for, settings
from fieldkit.gui.wheel import install_wheel_guard
from fieldkit.hq.trust import HQ
from fieldkit.store.store import Store
from tests.gui.steps import PASS, add_item, first_run


def wheel(widget: QWidget, steps: int = -3) -> None:
    """Turn the mouse wheel over the middle of ``widget`` (negative: down)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_not_the_combo_box_under_the_pointer(qtbot: QtBot) -> None:
    install_wheel_guard()
    content = QWidget()
    column = QVBoxLayout(content)
    combo, spin = QComboBox(), QSpinBox()
    combo.addItems(["100 %", "125 %", "150 %"])
    spin.setRange(1, 240)
    spin.setValue(10)
    column.addSpacing(900)
    column.addWidget(combo)
    column.addWidget(spin)
    column.addSpacing(900)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.resize(400, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    scroll.verticalScrollBar().setValue(800)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives it no focus
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus

    wheel(combo)
    wheel(spin)
    assert combo.currentIndex() == 0 and spin.value() == 10  # unchanged
    assert scroll.verticalScrollBar().value() > 800  # the page scrolled instead
    assert not combo.hasFocus()

    combo.setFocus()  # clicked or tabbed into: then the wheel is the operator's choice
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, -1)
    assert combo.currentIndex() == 1


def test_scrolling_settings_leaves_the_text_size_alone(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    first_run(qtbot, window)
    settings = window.settings_page
    window.show_page(type(settings))
    before = settings.font_scale.currentIndex()
    wheel(settings.font_scale)
    wheel(settings.theme)
    wheel(settings.auto_lock)
    assert settings.font_scale.currentIndex() == before
    assert settings.auto_lock.value() == 10


def test_the_words_to_read_to_hq_wrap_at_150_percent(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    first_run(qtbot, window)
    apply_theme(app_state, "light", 150)
    dialog = DeviceKeyDialog(window.executor, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open()
    dialog.resize(620, 640)
    qtbot.waitExposed(dialog)
    assert dialog.key is not None
    label = dialog.words_label
    # Big words, bigger with the text size, wrapped as the dialog's width asks: the label is as tall as its text.
    assert label.font().pointSizeF() >= 1.5 * QApplication.font().pointSizeF() and label.wordWrap()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5_000)
    assert dialog.words_label.text().split() == list(dialog.key.words)
    viewport = dialog.body_scroll.viewport().width()
    # Nothing wider than the dialog: every word is on screen (wrapped), nothing scrolled out of view sideways.
    assert dialog.body_scroll.widget().minimumSizeHint().width() <= viewport
    assert dialog.words_label.width() <= viewport
    assert dialog.key_line.text() == dialog.key.line  # the key whole, copyable, in a field that scrolls inside


def test_file_quit_closes_the_window_and_releases_the_store(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    with pytest.raises(StoreInUseError) as held:  # what the command line hears while the window holds the store
        Store.open(window.folder, PASS)
    assert "File > Quit" in held.value.fix and "window" in held.value.message
    action = window.quit_action
    assert action in window.file_menu.actions() and action.isEnabled()
    assert QKeySequence("Ctrl+Q") in action.shortcuts()
    assert "Quit" in action.text()

    action.trigger()
    assert not window.isVisible() and not window.is_unlocked
    opened: list[Store] = []

    def reopen() -> bool:
        try:
            opened.append(Store.open(window.folder, PASS))
        except StoreInUseError:
            return False
        return True

    qtbot.waitUntil(reopen, timeout=10_000)  # the store thread closed it: the command line can open it now
    opened[0].close()


def test_the_provisioning_file_shows_what_to_compare_with_hq(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_run(qtbot, window)
    hq = HQ.init(tmp_path / "HQ", "Field HQ North")
    document = hq.provisioning()
    path = tmp_path / "provision.json"
    path.write_text(json.dumps(document.to_json()))
    key = sshsig.fingerprint(hq.signing_key().public_key())
    assert document.signing_key_fingerprint == key
    capsys.readouterr()
    assert cli.main(["hq", "provision", "--dir", str(hq.folder), "--out", str(tmp_path / "again.json")]) == 0
    assert f"HQ signing key: {key}" in capsys.readouterr().out  # what HQ reads out, the window shows below

    window.settings_page.import_provisioning(path)
    qtbot.waitUntil(lambda: window.findChild(ProvisionedDialog) is not None, timeout=10_000)
    dialog = window.findChild(ProvisionedDialog)
    assert isinstance(dialog, ProvisionedDialog) and dialog.isVisible()
    shown = dialog.fields
    assert shown["Organisation"] == "Field HQ North"
    assert shown["HQ recipient"] == "\n".join(hq.recipients())
    assert shown["HQ signing key"] == key
    assert "Provisioned: 1 new recipient" in window.settings_page.status.text()
    dialog.accept()  # the operator acknowledges it

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something else"}')
    window.settings_page.import_provisioning(broken)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "provisioningRefused") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "provisioningRefused")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "not imported" in box.text() and "fieldkit provision" not in box.informativeText()


def test_file_choosers_start_in_the_folder_used_last(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, app_state: QApplication
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0001")
    assert last_folder("import-files") == str(Path.home())  # nothing chosen yet: home
    photos = tmp_path / "card" / "DCIM"
    photos.mkdir(parents=True)
    (photos / "IMG_0001.jpg").write_bytes(b"\xff\xd8 not really")

    dialog = window.evidence_page.choose_files()  # the item card's Files…: a chooser of files, any kind first
    assert dialog is not None
    qtbot.addWidget(dialog)
    picker = dialog.files_picker
    assert picker is not None and picker.fileMode() == QFileDialog.FileMode.ExistingFiles
    assert picker.selectedNameFilter() == "All files (*)"
    picker.filesSelected.emit([str(photos / "IMG_0001.jpg")])  # as choosing the file does
    picker.reject()
    dialog.reject()
    assert last_folder("import-files") == str(photos)  # the folder, never the file's name
    stored = [str(settings().value(key)) for key in settings().allKeys()]
    assert not any("IMG_0001" in value for value in stored)

    again = window.evidence_page.choose_files()
    assert again is not None and again.files_picker is not None
    qtbot.addWidget(again)
    assert Path(again.files_picker.directory().absolutePath()) == photos
    again.files_picker.reject()
    again.reject()

    shutil.rmtree(photos)  # a folder gone (a card taken out): home again
    assert last_folder("import-files") == str(Path.home())


ACTIVE, BASE = QPalette.ColorGroup.Active, QPalette.ColorRole.Base


def test_a_theme_switch_recolours_in_place_without_making_the_pages_again(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    first_run(qtbot, window)
    settings_page, evidence = window.settings_page, window.evidence_page
    settings_page._done("Saved")  # a state colour set while the page showed it (light theme)
    assert COLOURS["light"]["ok"] in settings_page.status.styleSheet()
    search = evidence.findChild(QLineEdit)
    assert search is not None
    rebuilt: list[bool] = []
    window.rebuilt.connect(lambda: rebuilt.append(True))

    window.set_appearance("night", 100)
    QApplication.processEvents()
    assert not rebuilt and window.evidence_page is evidence and window.settings_page is settings_page  # in place
    assert COLOURS["night"]["ok"] in settings_page.status.styleSheet()  # recoloured for the same meaning
    night = palette_for("night")
    assert search.palette().color(ACTIVE, BASE) == night.color(ACTIVE, BASE)
    button = QPushButton("Document", evidence)
    button.setCheckable(True)
    button.setChecked(True)
    button.show()
    image = button.grab().toImage()
    assert image.pixelColor(6, image.height() // 2) == night.color(QPalette.ColorRole.Highlight)  # CHECKED, night

    window.set_appearance("light", 100)
    QApplication.processEvents()
    assert search.palette().color(ACTIVE, BASE) == palette_for("light").color(ACTIVE, BASE)
    image = button.grab().toImage()
    assert image.pixelColor(6, image.height() // 2) == palette_for("light").color(QPalette.ColorRole.Highlight)
    assert QApplication.overrideCursor() is None  # the busy cursor went with the switch


def test_small_texts_first_run_title_and_a_checked_category_in_full(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.start()  # a folder with no store
    assert window.lock_screen.title.text() == "New fieldkit store"  # not "fieldkit is locked"
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Create the store"
    first_run(qtbot, window)
    assert window.lock_screen.title.text() == "fieldkit is locked"  # ready for the next lock

    new = window.evidence_page.new_item()
    assert new is not None
    qtbot.addWidget(new)
    qtbot.waitExposed(new)
    button = new.category.buttons["document"]
    button.setChecked(True)  # bold, thicker frame (theme.CHECKED)
    QApplication.processEvents()
    bold = QFont(button.font())
    bold.setBold(True)
    text = button.text().replace("&", "")
    room = button.width() - button.iconSize().width() - 12
    assert QFontMetrics(bold).horizontalAdvance(text) <= room  # "Document", not "Doc…ent"
    new.reject()


def test_arabic_categories_have_no_underlined_letter_and_answer_alt_digits(qtbot: QtBot) -> None:
    buttons = CategoryButtons()
    qtbot.addWidget(buttons)
    buttons.show()
    qtbot.waitExposed(buttons)
    assert with_mnemonics(["بطاقة هوية", "Phone"]) == ["بطاقة هوية", "&Phone"]
    chosen: list[str] = []
    buttons.chosen.connect(chosen.append)
    shortcuts = {s.key().toString(): s for s in buttons.findChildren(QShortcut)}
    assert sorted(shortcuts) == [f"Alt+{n}" for n in range(1, len(buttons.buttons) + 1)]
    shortcuts["Alt+3"].activated.emit()
    assert chosen == [list(buttons.buttons)[2]]


def test_a_result_for_a_widget_closed_while_its_job_ran_is_dropped(qtbot: QtBot) -> None:
    """A hit-review dialog closed while its picture loaded got the result into deleted labels (CI's teardown
    error): the executor now skips the callbacks of a job whose owner is gone, and still finishes the job."""
    from PySide6.QtWidgets import QLabel

    from fieldkit.gui.tasks import StoreExecutor

    executor = StoreExecutor()
    release = threading.Event()
    delivered: list[object] = []
    label = QLabel()
    executor.submit(lambda _context: release.wait(10) and "done", delivered.append, owner=label)
    kept: list[object] = []
    executor.submit(lambda _context: "kept", kept.append)
    shiboken6.delete(label)  # as a dialog closed with WA_DeleteOnClose
    release.set()
    qtbot.waitUntil(lambda: not executor.busy)
    assert delivered == [] and kept == ["kept"]
    executor.shutdown()
