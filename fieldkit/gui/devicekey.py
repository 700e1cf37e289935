"""The device key for enrolment at HQ (Settings): the key as a QR code and as words to read aloud, and written to a
folder or a USB drive. HQ enrols the key; the words, which HQ's enrolment prints too, confirm over the phone that
HQ has the key this device holds. Everything here is public: the private key never leaves the store."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import segno
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.folders import start_in
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import ltr
from fieldkit.gui.ops import devicekey as ops
from fieldkit.gui.pages.base import big_button, green, red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import relative_font

QR_SCALE = 5  # pixels per module: about 300 px for a key line, readable by a phone held at arm's length


def qr_image(text: str, scale: int = QR_SCALE) -> QImage:
    """``text`` as a QR code, drawn in memory (segno writes a PNG into a buffer; no file is made)."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    image = QImage()
    image.loadFromData(buffer.getvalue())
    return image


class DeviceKeyDialog(QDialog):
    """Shows the device key as a QR code, words and fingerprint; exports it to a folder or a USB drive."""

    loaded = Signal(object)  # ops.DeviceKey
    exported = Signal(object)  # the Path written

    def __init__(
        self,
        executor: StoreExecutor,
        parent: QWidget | None = None,
        *,
        drive_roots: Sequence[Path] | None = None,
        is_mount: Callable[[Path], bool] = os.path.ismount,
    ) -> None:
        """``drive_roots``/``is_mount``: where USB drives are looked for (None: where the platform mounts them)."""
        super().__init__(parent)
        self.executor = executor
        self.drive_roots = drive_roots
        self.is_mount = is_mount
        self.key: ops.DeviceKey | None = None
        self.file_dialog: QFileDialog | None = None  # the save dialog of Export to file, while it is open
        self.qr: QImage | None = None
        self.setWindowTitle(self.tr("Device key for enrolment at HQ"))
        explain = QLabel(self.tr(
            "HQ enrols this device so that it can tell the bundles it sends from forgeries. Give HQ this key: let "
            "HQ scan the code, or export the key to a file or a USB drive. Then read the words below to HQ, for "
            "example over the phone: HQ must see the same words when it enrols the key. The key is public: it is "
            "not evidence and opens nothing."))  # fmt: skip
        explain.setWordWrap(True)
        self.qr_label = QLabel(self.tr("Reading the key…"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_label = QLabel()
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_label.setWordWrap(True)  # at 150 % text the eight big words need more than two lines
        relative_font(self.words_label, 1.6, bold=True)  # big, and bigger again with the window's text size
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The fingerprint and the key line are each one long word: fields of their own (scrolled inside, copied
        # whole), not part of the wrapped text, where they would make the dialog as wide as they are.
        self.fingerprint_field, self.key_line = QLineEdit(), QLineEdit()
        for field in (self.fingerprint_field, self.key_line):
            field.setReadOnly(True)
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_fields = QWidget()
        fields = QFormLayout(self.key_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.tr("Fingerprint:"), self.fingerprint_field)
        fields.addRow(self.tr("Key:"), self.key_line)
        self.key_fields.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.file_button = big_button(self.tr("Export to file…"))
        self.file_button.setIcon(icon("content-save"))
        self.file_button.clicked.connect(lambda: self.export_to_file())
        self.usb_button = big_button(self.tr("Export to USB drive…"))
        self.usb_button.setIcon(icon("usb-flash-drive"))
        self.usb_button.clicked.connect(lambda: self.export_to_usb())
        close = big_button(self.tr("Close"))
        close.setIcon(icon("close"))
        close.clicked.connect(self.accept)
        for button in (self.file_button, self.usb_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.usb_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(explain)
        inner.addWidget(self.qr_label)
        inner.addWidget(QLabel(self.tr("Words to read to HQ:")))
        inner.addWidget(self.words_label)
        inner.addWidget(self.details)
        inner.addWidget(self.key_fields)
        inner.addStretch(1)
        scroll = self.body_scroll = QScrollArea()  # a tall dialog still fits a 720-line screen
        scroll.setWidgetResizable(True)
        # Everything in it wraps: never wider than the dialog, at any text size (nothing cut off at the side).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(640, 640)
        executor.submit(ops.device_key, self._show, self._error)

    def _show(self, key: ops.DeviceKey) -> None:
        self.key = key
        self.qr = qr_image(key.line)
        self.qr_label.setPixmap(QPixmap.fromImage(self.qr))
        half = len(key.words) // 2
        self.words_label.setText(" ".join(key.words[:half]) + "\n" + " ".join(key.words[half:]))
        self.details.setText(self.tr("Device: {}").format(ltr(key.device_id)))
        for field, text in ((self.fingerprint_field, key.fingerprint), (self.key_line, key.line)):
            field.setText(text)
            field.setCursorPosition(0)
        self.key_fields.setVisible(True)
        for button in (self.file_button, self.usb_button):
            button.setEnabled(True)
        self.loaded.emit(key)

    def export_to_file(self, folder: Path | None = None) -> QFileDialog | None:
        """Ask where to save the key: a save dialog with the file's usual name filled in (in ``folder``, else the
        folder used last), which the operator may keep, change, or point at another folder. Returned for tests."""
        if self.key is None:
            return None
        dialog = QFileDialog(self, self.tr("Save the device key for HQ"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([self.tr("Device key for HQ (*.allowed_signers)"), self.tr("All files (*)")])
        dialog.setDefaultSuffix("allowed_signers")
        if folder is not None:
            dialog.setDirectory(str(folder))
        else:
            start_in(dialog, "device-key")  # where the key was saved last (a USB drive's folder, often)
        dialog.selectFile(self.key.file_name)
        key = self.key
        dialog.fileSelected.connect(
            lambda name: self.executor.submit(ops.export_key_file(key, Path(name)), self._exported, self._error)
        )
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def export_to_folder(self, folder: Path) -> None:
        """Write the key into ``folder`` under its usual name (a USB drive's top folder)."""
        if self.key is None:
            return
        self.executor.submit(ops.export_key(self.key, folder), self._exported, self._error)

    def export_to_usb(self, choose: Callable[[list[Path]], Path | None] | None = None) -> None:
        """Write the key to a mounted USB drive: the only one, or the one the operator picks (``choose`` stands in
        for the picker in tests)."""
        if self.key is None:
            return

        def found(drives: list[Path]) -> None:
            if not drives:
                self._say(self.tr("No USB drive found. Plug one in and try again, or use Export to file."), red())
                return
            drive: Path | None = drives[0]
            if len(drives) > 1:
                drive = choose(drives) if choose is not None else self._pick(drives)
            if drive is not None:
                self.export_to_folder(drive)

        self.executor.submit(ops.removable_drives(self.drive_roots, self.is_mount), found, self._error)

    def _pick(self, drives: list[Path]) -> Path | None:
        names = [str(drive) for drive in drives]
        name, ok = QInputDialog.getItem(self, self.tr("Export to USB drive"), self.tr("Which drive?"), names, 0,
                                        False)  # fmt: skip
        return Path(name) if ok and name else None

    def _exported(self, path: Path) -> None:
        self._say(self.tr("Saved the device key in {}").format(ltr(path)), green())
        self.exported.emit(path)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _error(self, error: FieldkitError) -> None:
        self._say(error.message, red())


def device_key_button(parent: QWidget, executor: StoreExecutor) -> QPushButton:
    """The Settings button that opens the device key dialog."""
    button = big_button(QCoreApplication.translate("DeviceKey", "Show device key for HQ…"))
    button.setIcon(icon("qrcode"))

    def open_dialog() -> None:
        dialog = DeviceKeyDialog(executor, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    button.clicked.connect(open_dialog)
    return button
