"""The device key for enrolment (Settings): a QR code that decodes to the device's allowed_signers line, the words
HQ's enrolment prints for the same key, and the key written to a folder or a USB drive."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit.cli import app as cli
from fieldkit.gui.devicekey import DeviceKeyDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops.devicekey import DeviceKey
from fieldkit.hq.trust import HQ
from tests.gui.steps import first_run, window_device_line


def pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]  # QIODevice overload missing in the stubs
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def open_dialog(qtbot: QtBot, window: MainWindow, **kwargs: object) -> DeviceKeyDialog:
    dialog = DeviceKeyDialog(window.executor, window, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open()
    return dialog


def test_the_qr_code_is_the_key_and_the_words_are_hqs(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    first_run(qtbot, window)
    line = window_device_line(qtbot, window)
    dialog = open_dialog(qtbot, window)
    assert isinstance(dialog.key, DeviceKey) and dialog.key.line == line
    assert dialog.qr is not None
    decoded = zxingcpp.read_barcodes(pil(dialog.qr))
    assert [code.text for code in decoded] == [line]

    hq = HQ.init(tmp_path / "HQ", "HQ")
    capsys.readouterr()
    assert cli.main(["hq", "enroll", "--dir", str(hq.folder), line]) == 0
    printed = capsys.readouterr().out
    words = printed.split("words to compare with the device:")[1].split()
    assert len(words) == 8 and words == list(dialog.key.words)
    assert dialog.words_label.text().split() == words
    assert dialog.key.fingerprint in printed and dialog.fingerprint_field.text() == dialog.key.fingerprint
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720


def test_export_to_a_folder_and_to_a_usb_drive(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    media = tmp_path / "media"
    (media / "haddad" / "USB1").mkdir(parents=True)
    (media / "haddad" / "not-mounted").mkdir()
    dialog = open_dialog(qtbot, window, drive_roots=[media], is_mount=lambda path: path.name == "USB1")
    assert dialog.key is not None
    expected = (dialog.key.line + "\n").encode()

    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        dialog.export_to_folder(out)
    assert exported.args[0] == out / dialog.key.file_name
    assert (out / dialog.key.file_name).read_bytes() == expected
    assert "Saved the device key" in dialog.message.text()

    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        dialog.export_to_usb()
    assert exported.args[0] == media / "haddad" / "USB1" / dialog.key.file_name
    assert exported.args[0].read_bytes() == expected
    assert not list((media / "haddad" / "not-mounted").iterdir())

    empty = open_dialog(qtbot, window, drive_roots=[tmp_path / "nothing"])
    empty.export_to_usb()
    qtbot.waitUntil(lambda: "No USB drive found" in empty.message.text(), timeout=10_000)


def test_settings_opens_the_device_key(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    settings = window.settings_page
    show = next(b for b in settings.findChildren(QPushButton) if b.text() == "Show device key for HQ…")
    assert show.minimumHeight() >= 40
    show.click()
    dialogs = settings.findChildren(DeviceKeyDialog)
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].key is not None, timeout=10_000)
    assert dialogs[0].isVisible()
    dialogs[0].reject()


def test_export_to_file_asks_with_a_save_dialog_named_for_the_key(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    dialog = open_dialog(qtbot, window)
    assert dialog.key is not None
    expected = (dialog.key.line + "\n").encode()
    assert dialog.file_button.isEnabled()
    dialog.file_button.click()  # what the operator presses: a save dialog opens (not a folder picker)
    picker = dialog.file_dialog
    assert isinstance(picker, QFileDialog) and picker.isVisible()
    assert picker.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert picker.fileMode() != QFileDialog.FileMode.Directory
    assert Path(picker.selectedFiles()[0]).name == dialog.key.file_name  # the usual name, filled in
    picker.reject()  # cancelled: nothing written, no message
    assert dialog.message.text() == ""

    # The operator keeps the name in a folder of their choice...
    picker = dialog.export_to_file(tmp_path)
    assert picker is not None
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        picker.accept()
    assert exported.args[0] == tmp_path / dialog.key.file_name
    assert exported.args[0].read_bytes() == expected and "Saved the device key" in dialog.message.text()

    # ... or types a file name of their own, which is what is written.
    picker = dialog.export_to_file(tmp_path)
    assert picker is not None
    picker.selectFile(str(tmp_path / "for-hq.allowed_signers"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        picker.accept()
    assert exported.args[0] == tmp_path / "for-hq.allowed_signers"
    assert (tmp_path / "for-hq.allowed_signers").read_bytes() == expected
