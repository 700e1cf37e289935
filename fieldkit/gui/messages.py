"""What the window tells the operator: errors in plain words with what to do (``plain``), shown in a message bar
that stays until acknowledged (``MessageBar``), and successes in a green note that fades by itself (``Toast``).

The command line's fixes (the error classes' docstrings) name commands and options; the window never shows those.
Each error class has its fix in window words here, translated; a class added later without one falls back to its
docstring if that has no command-line wording, else to a general fix.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldkit import errors
from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon
from fieldkit.gui.theme import colour

# A fix that names a command, an option or a script is for the command line, not for the window.
COMMAND_WORDS = re.compile(
    r"--\w|'fieldkit |\(fieldkit |\b[Rr]un (?:the|'|fieldkit)|\bcommand\b|scripts/|\bpip install"
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _window_fixes() -> dict[type[FieldkitError], str]:
    """Each error class's fix in window words, in the window's language (read at the moment an error is shown)."""
    return {
        errors.UsageError: _t("Check what you typed or chose, then try again."),
        errors.StoreError: _t(
            "Lock fieldkit, unlock it again and retry; if it happens again, report it to your supervisor."
        ),
        errors.StoreNotFoundError: _t(
            "No store was found in this folder: create one, or open the folder that holds the store."
        ),
        errors.HQNotFoundError: _t("Choose the headquarters folder (the one with hq-identity.txt)."),
        errors.StoreExistsError: _t("Choose an empty folder, or unlock the store that is already there."),
        errors.StoreInUseError: _t(
            "Close the other fieldkit window or program that has this store open, then try again."
        ),
        errors.StoreFormatError: _t(
            "This store was written by a newer fieldkit or is damaged: update fieldkit, or "
            "restore the store from a copy."
        ),
        errors.WrongPassphraseError: _t("Check the passphrase and the operator name; nothing was changed."),
        errors.PassphraseError: _t("Choose a passphrase of at least 8 characters and type it the same way twice."),
        errors.OperatorError: _t("Choose one of the operators listed in Settings."),
        errors.NotFoundError: _t("It may have been removed: choose it again from the list."),
        errors.IntegrityError: _t(
            "Stop using this copy: keep it as it is for investigation and restore the store from a bundle or backup."
        ),
        errors.MediaCorruptError: _t(
            "The stored file was changed or cut short: keep the store as it is and restore from a bundle or backup."
        ),
        errors.DiskFullError: _t("Free space on the store's disk, then do the same again."),
        errors.StorageIOError: _t("Check the disk (it may be failing or was removed), then do the same again."),
        errors.InputError: _t("Check the file or value named in the message."),
        errors.UnsupportedMediaError: _t(
            "Import a supported file type (JPEG, PNG, TIFF, BMP, GIF, WebP, JPEG 2000, "
            "PDF, WSQ), or import it as a plain file."
        ),
        errors.DamagedMediaError: _t(
            "The file is truncated or malformed: copy it again from the original medium and import the new copy."
        ),
        errors.OversizedMediaError: _t(
            "The file is larger than fieldkit safely handles: check it is a genuine capture."
        ),
        errors.InvalidValueError: _t("Correct the value named in the message and try again."),
        errors.ReasonRequiredError: _t("Say why in the Reason field: the custody log keeps it."),
        errors.ArchiveExpansionStoppedError: _t(
            "The archive and the files stored before the stop are kept: examine the rest with other tools."
        ),
        errors.BundleError: _t(
            "The bundle was not accepted: keep it as it is and ask the device that made it for a new copy."
        ),
        errors.BundleDecryptError: _t("Check that the bundle is meant for this headquarters and was copied whole."),
        errors.BundleFormatError: _t(
            "The bundle's contents break the format: keep it for investigation and ask the device for a new copy."
        ),
        errors.SignatureError: _t(
            "The bundle's signature does not match its contents: treat it as tampered and keep it for investigation."
        ),
        errors.UnknownSignerError: _t("Enrol the device on the Verify page if it is yours, then verify again."),
        errors.RevokedSignerError: _t(
            "The device's key was revoked: treat the bundle as untrusted and keep it for investigation."
        ),
        errors.Bech32Error: _t("The key text is malformed: copy the whole key line again."),
        errors.NotProvisionedError: _t("Import the provisioning file from headquarters in Settings."),
        errors.SyncError: _t(
            "Headquarters could not be reached or refused: the bundles stay in the Outbox and go when it answers."
        ),
        errors.CredentialError: _t("Import this device's provisioning file from headquarters again, in Settings."),
        errors.PinError: _t(
            "The server is not the headquarters this device was provisioned for: check the address; "
            "import a new provisioning file if headquarters changed."
        ),
        errors.ExportError: _t("Choose a file name that does not exist yet, on a disk with enough space."),
        errors.CancelledError: _t("Nothing half-done was kept; start again when you are ready."),
        errors.PartialImportError: _t(
            "Some files could not be read or stored: see the lines marked 'not stored' for what to do with each."
        ),
        errors.OcrUnavailableError: _t(
            "Text recognition is not installed on this computer: ask your technician to "
            "install it with its Arabic, English and French data."
        ),
        errors.ScannerError: _t("Check that the scanner is connected and switched on, then look for scanners again."),
        errors.QualityUnavailableError: _t(
            "Fingerprint quality scoring is not installed on this computer: ask your technician to install it."
        ),
        errors.SegmentationError: _t(
            "Scan the whole ten-print card at 500 ppi, straight, with its printed boxes "
            "visible; or cut the boxes by hand."
        ),
        errors.LiveScanError: _t("Check the scanner's cable and that the finger is on the glass, then capture again."),
        errors.CaptureSourceError: _t(
            "This capture device or its plug-in does not work: reconnect it, or ask your "
            "technician to reinstall or remove the plug-in."
        ),
        errors.AnalysisFailedError: _t("The original is kept unchanged: examine it with other tools."),
        errors.DecoderCrashedError: _t(
            "The original is kept unchanged; reading it crashed (a damaged or hostile file): examine it elsewhere."
        ),
        errors.AnalysisLimitError: _t(
            "The original is kept unchanged; reading it needs more than fieldkit safely "
            "allows: examine it with other tools."
        ),
        errors.PrintUndecodableError: _t(
            "The print is kept unchanged; take it again, or examine the original with other tools."
        ),
        errors.SampleNotFoundError: _t("Choose the sample again in the item's Samples list."),
        errors.SampleStateError: _t("Do the step the message names first: the Samples list shows each sample's state."),
        errors.SampleRefTakenError: _t("Each sample has its own id: read the sample's own tag again, or type its id."),
        errors.HandoverUnconfirmedError: _t(
            "Have the receiver type their own passphrase, or type the receiver's name and rank."
        ),
        errors.ManifestTakenError: _t("Give this parcel a manifest number of its own."),
        errors.ReceiverPassphraseError: _t(
            "Have the receiver type their own passphrase again; nothing was handed over."
        ),
        errors.SampleTagNotFoundError: _t("Photograph the tag closer and square on, or type the id printed on it."),
    }


def general_fix() -> str:
    return _t("Check what the message names, then try again.")


def plain(error: BaseException) -> tuple[str, str]:
    """The error's message and what to do about it, in the window's words (never a command or an option)."""
    message = error.message if isinstance(error, FieldkitError) else str(error)
    fix = _window_fixes().get(type(error)) if isinstance(error, FieldkitError) else None
    if fix is None:
        fix = error.fix if isinstance(error, FieldkitError) and type(error) is not FieldkitError else ""
        if COMMAND_WORDS.search(fix):
            fix = general_fix()
    return message, fix


class MessageBar(QFrame):
    """Errors at the top of the window: icon, message, what to do, and OK. An error stays until OK is pressed;
    several stack (the newest shows, with how many more wait), and the same error again only counts up."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors: list[tuple[str, str, int]] = []  # message, fix, how many times; the newest last
        self.notices: set[str] = set()  # messages among them that are news, not errors (e.g. what a lock closed)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()
        self.ok = QPushButton(self.tr("OK"))
        self.ok.setIcon(icon("check"))
        self.ok.setMinimumSize(88, 40)
        self.ok.clicked.connect(self.acknowledge)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.ok)
        self.hide()

    def show_error(self, message: str, fix: str) -> None:
        if self.errors and self.errors[-1][:2] == (message, fix):
            message, fix, times = self.errors.pop()
            self.errors.append((message, fix, times + 1))
        else:
            self.errors.append((message, fix, 1))
        self._show()

    def show_notice(self, message: str) -> None:
        """Something the operator must know though nothing failed (what a lock closed): kept until OK like an
        error, drawn in the theme's information colour instead of the error's."""
        self.notices.add(message)
        self.show_error(message, "")

    def acknowledge(self) -> None:
        """The operator read the newest error: show the one before it, or hide when none is left."""
        if self.errors:
            self.errors.pop()
        self._show()
        self.acknowledged.emit()

    def _show(self) -> None:
        if not self.errors:
            self.hide()
            return
        message, fix, times = self.errors[-1]
        self.text.setText(message + (f"\n{fix}" if fix else ""))
        waiting = len(self.errors) - 1
        counts = [self.tr("×{}").format(times)] if times > 1 else []
        if waiting:
            counts.append(self.tr("{} more").format(waiting))
        self.count.setText("  ".join(counts))
        notice = message in self.notices
        self.icon.setPixmap(icon("information" if notice else "alert").pixmap(32, 32))
        self.setStyleSheet(f"#messageBar {{ border: 2px solid {colour('info' if notice else 'error')}; }}")
        self.show()
        self.raise_()


class Toast(QFrame):
    """A success the operator sees without reading the status bar: a green note over the bottom of the window, not
    modal, that fades after a few seconds."""

    SHOWN_MS = 4000

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self._opacity = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(600)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fade.start)
        self.hide()

    def show_text(self, text: str) -> None:
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.text.setText(text)
        back, fore = colour("toast"), colour("on-toast")
        self.icon.setPixmap(icon("check-circle", fore).pixmap(28, 28))
        self.setStyleSheet(f"#toast {{ background: {back}; border-radius: 8px; }} #toast QLabel {{ color: {fore}; }}")
        self.place()
        self.show()
        self.raise_()
        self._timer.start(self.SHOWN_MS)

    def place(self) -> None:
        """Centre over the bottom of the parent window, above its status bar."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(560, max(240, parent.width() - 40))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, parent.height() - self.height() - 48)
