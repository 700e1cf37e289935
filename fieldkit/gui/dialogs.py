"""First run (create the store); unlocking is on the lock screen (lockscreen.py). The key derivation runs on the
store thread behind a busy bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import KdfParams
from fieldkit.errors import FieldkitError
from fieldkit.gui.folders import choose_open_file
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import ltr, plural
from fieldkit.gui.lockscreen import LockScreen
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import session as session_ops
from fieldkit.gui.ops import settings as settings_ops
from fieldkit.gui.pages.base import red
from fieldkit.gui.tasks import StoreExecutor, Unlocked
from fieldkit.gui.theme import colour


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough score 0-4 with a word for it: length dominates, mixed character classes help."""
    classes = sum(bool(any(test(c) for c in text)) for test in (str.islower, str.isupper, str.isdigit,
                                                                lambda c: not c.isalnum()))  # fmt: skip
    score = 0 if len(text) < 8 else 1 + (len(text) >= 12) + (len(text) >= 16) + (classes >= 3)
    return min(score, 4), STRENGTH_WORDS[min(score, 4)]


STRENGTH_WORDS = ("too short", "weak", "fair", "good", "strong")


class ProvisionedDialog(QDialog):
    """What HQ's provisioning file set, to compare with HQ before trusting it (docs/hq.md): the organisation, each
    recipient bundles are encrypted to, HQ's signing key, and for an upload file where bundles go and the
    certificate pinned. Values sit in read-only fields: long keys scroll inside them and copy whole."""

    def __init__(self, done: settings_ops.Provisioned, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Provisioning file imported"))
        title = QLabel(plural(self.tr("Provisioned: %n new recipient(s)", "", done.added), done.added))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(self.tr(
            "Compare these with what HQ tells you (in person or over the phone) before sending anything: a file "
            "swapped on the way would send the evidence to someone else's key."))  # fmt: skip
        explain.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, str] = {}
        rows: list[tuple[str, str | None]] = [(self.tr("Organisation"), done.organisation or self.tr("(none)"))]
        rows += [(self.tr("HQ recipient"), recipient) for recipient in done.recipients]
        rows += [
            (self.tr("HQ signing key"), done.signing_key),
            (self.tr("Sends to"), done.endpoint),
            (self.tr("Server certificate (SHA-256)"), done.certificate),
            (
                self.tr("AFIS agency codes (ORI, DAI)"),
                ", ".join(code or "—" for code in (done.ori, done.dai)) if done.ori or done.dai else None,
            ),
        ]
        for label, value in rows:
            if value is None:
                continue
            # Whole and wrapped, in groups of eight to read aloud and compare: a field that scrolls hid the ends of
            # keys (fresh eyes at 1366x768); the tooltip holds the value as it is.
            shown = QLabel(" ".join(value[i : i + 8] for i in range(0, len(value), 8)) if " " not in value else value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            shown.setToolTip(value)
            shown.setMinimumWidth(360)
            form.addRow(label, shown)
            self.fields[label] = (self.fields[label] + "\n" + value) if label in self.fields else value
        ok = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(ok)
        self.setMinimumWidth(560)


def import_provisioning(parent: QWidget, executor: StoreExecutor, path: Path | None,
                        on_done: Callable[[int], None], on_error: Callable[[FieldkitError], None]) -> None:  # fmt: skip
    """Apply HQ's provisioning file on the store thread (asking which file, unless ``path`` is given), then show
    what it set in a dialog the operator acknowledges (or why it was refused); ``on_done`` gets how many recipients
    were new."""
    if path is None:
        title = QCoreApplication.translate("Provisioning", "Provisioning file")
        name = choose_open_file(parent, "provisioning", title, QCoreApplication.translate(
            "Provisioning", "Provisioning file from HQ (*.json);;All files (*)"))  # fmt: skip
        if not name:
            return
        path = Path(name)

    def done(result: settings_ops.Provisioned) -> None:
        dialog = ProvisionedDialog(result, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("provisionedDialog")
        dialog.show()  # not modal: it stays until OK, and blocks nothing meanwhile
        on_done(result.added)

    def failed(error: FieldkitError) -> None:
        message, fix = plain(error)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Provisioning", "Provisioning file"),
                          QCoreApplication.translate("Provisioning", "The provisioning file was not imported: {}")
                          .format(message), QMessageBox.StandardButton.Ok, parent)  # fmt: skip
        box.setInformativeText(fix)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("provisioningRefused")
        box.show()
        on_error(error)

    executor.submit(settings_ops.import_provisioning(path), done, failed)


class _BusyDialog(QDialog):
    def __init__(self, executor: StoreExecutor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.unlocked_as: Unlocked | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(red())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def failed(self, error: FieldkitError) -> None:
        self.set_busy(False)
        message, fix = plain(error)
        self.error.setText(message + (f"\n{fix}" if fix else ""))


# Unlocking happens on the window's lock screen now (no dialog that Esc could close into a dead end); the old name
# stays for callers that drive it (it has the same ``passphrase``, ``operator``, ``error`` and ``submit()``).
UnlockDialog = LockScreen


class FirstRunDialog(_BusyDialog):
    """Create the store: operator, passphrase twice. Once created, the form goes and a plain success state stays: a
    big "Store created", the device key's fingerprint to note for headquarters, the optional provisioning import,
    and one "Start capturing" button; Esc or closing the window there continues too (the store exists)."""

    created = Signal(object)

    def __init__(
        self, executor: StoreExecutor, folder: Path, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(executor, parent)
        self.folder = folder
        self.kdf = kdf
        self.setWindowTitle(self.tr("Create the fieldkit store"))
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Create the store"))  # not a plain OK: what it does
        create.setIcon(icon("plus-box"))
        self.operator = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.operator, self.passphrase, self.again):
            field.setMinimumHeight(36)
        self.strength = QLabel()
        self.passphrase.textChanged.connect(self._strength)
        self.form_box = QWidget()  # what is asked before the store exists: hidden once it is created
        form_layout = QVBoxLayout(self.form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("A new encrypted store will be created in {}.").format(ltr(folder)))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Operator name"), self.operator)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Passphrase again"), self.again)
        form_layout.addWidget(intro)
        form_layout.addLayout(form)

        self.success_title = QLabel()  # "Store created ✓", big, once created
        font = self.success_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.success_title.setFont(font)
        self.success_title.setVisible(False)
        self.result_label = QLabel()  # the device key's fingerprint, to note for headquarters
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provision_button = QPushButton(self.tr("Import provisioning file from headquarters… (optional)"))
        self.provision_button.setIcon(icon("file-import"))
        self.provision_button.setMinimumHeight(40)
        self.provision_button.setVisible(False)
        self.provision_button.clicked.connect(lambda: self.import_provisioning())
        self.start_button = QPushButton(self.tr("Start capturing"))
        self.start_button.setIcon(icon("camera"))
        self.start_button.setMinimumHeight(48)
        self.start_button.setVisible(False)
        self.start_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.success_title)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.provision_button)
        layout.addWidget(self.buttons)
        layout.addWidget(self.start_button)
        self._strength("")

    def _strength(self, text: str) -> None:
        if not text:  # nothing typed yet: no verdict (a red "too short" on an empty field reads as an error)
            self.strength.clear()
            return
        score, _word = passphrase_strength(text)
        colours = [colour(meaning) for meaning in ("error", "warning", "warning", "ok", "ok")]
        words = (self.tr("too short"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong"))
        self.strength.setText(self.tr("Strength: {}").format(words[score]))
        self.strength.setStyleSheet(f"color: {colours[score]};")

    @property
    def is_created(self) -> bool:
        return self.unlocked_as is not None

    def submit(self) -> None:
        if self.is_created:  # "Start capturing" (or OK again) after the store was created
            self.accept()
            return
        if not self.operator.text().strip():
            self.error.setText(self.tr("Type the operator's name."))
            self.operator.setFocus()
            return
        if self.passphrase.text() != self.again.text():
            self.error.setText(self.tr("The two passphrases differ: type the same passphrase in both fields."))
            self.again.selectAll()
            self.again.setFocus()
            return
        self.set_busy(True)
        self.error.clear()
        job = session_ops.create_store(self.folder, self.operator.text().strip(), self.passphrase.text(), self.kdf)
        self.executor.submit(job, self._done, self.failed)

    def reject(self) -> None:
        """Esc, the window's close button or Cancel: before the store exists, give up; after, just continue."""
        if self.is_created:
            self.accept()
            return
        super().reject()

    def _done(self, store: object) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.again.clear()
        self.unlocked_as = store if isinstance(store, Unlocked) else None
        self.form_box.setVisible(False)
        self.buttons.setVisible(False)
        self.error.clear()
        self.success_title.setText(self.tr("Store created ✓"))
        self.success_title.setStyleSheet(f"color: {colour('ok')};")
        self.success_title.setVisible(True)
        self.result_label.setText(self.tr("Reading the device key…"))
        self.executor.submit(session_ops.device_fingerprint, self._show_fingerprint)
        self.provision_button.setVisible(True)
        self.start_button.setVisible(True)
        self.start_button.setDefault(True)
        self.start_button.setFocus()
        self.adjustSize()
        self.created.emit(store)

    def _show_fingerprint(self, fingerprint: object) -> None:
        self.result_label.setText(
            self.tr(
                "Note this device key fingerprint: headquarters compares it when they enrol the device"
                " (Settings > Show device key for HQ… gives them the key):\n{}"
            ).format(ltr(str(fingerprint)))
        )
        self.adjustSize()

    def import_provisioning(self, path: Path | None = None) -> None:
        def done(added: int) -> None:
            self.error.clear()
            self.provision_button.setText(plural(self.tr("Provisioned: %n new recipient(s)", "", added), added))
            self.provision_button.setEnabled(False)

        import_provisioning(self, self.executor, path, done, self.failed)
