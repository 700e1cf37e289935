"""The Settings page: operators and their passphrases, auto-lock, language, theme and text size, where the store is,
the device key's fingerprint (read to HQ), HQ's provisioning file, and the emergency wipe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.config import KdfParams
from fieldkit.errors import FieldkitError
from fieldkit.gui.devicekey import device_key_button
from fieldkit.gui.dialogs import import_provisioning
from fieldkit.gui.labels import plural
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import session as session_ops
from fieldkit.gui.ops import settings as ops
from fieldkit.gui.pages.base import Page, green, red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import FONT_SCALES, current_theme, settings, themed


class SettingsPage(Page):
    """Operators, auto-lock, language, store location, device key, provisioning, emergency wipe."""

    auto_lock_changed = Signal(int)
    language_changed = Signal(str)
    appearance_changed = Signal(str, int)  # theme (light, night, contrast), text size in percent
    wipe_requested = Signal()

    def __init__(self, executor: StoreExecutor, store_folder: Path, kdf: KdfParams | None = None) -> None:
        super().__init__(executor)
        self.kdf = kdf
        self.operators = QListWidget()
        add = QPushButton(self.tr("Add operator…"))
        add.clicked.connect(lambda: self.add_operator())
        remove = QPushButton(self.tr("Remove operator"))
        remove.clicked.connect(lambda: self.remove_operator())
        passwd = QPushButton(self.tr("Change passphrase…"))
        passwd.clicked.connect(lambda: self.change_passphrase())
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(10)
        self.auto_lock.valueChanged.connect(self.auto_lock_changed.emit)
        self.language = QComboBox()
        for code, name in (("en", "English"), ("fr", "Français"), ("ar", "العربية")):
            self.language.addItem(name, code)
        saved = str(settings().value("language") or QLocale().name()[:2])
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.currentIndexChanged.connect(lambda _: self.language_changed.emit(self.language.currentData()))
        self.theme = QComboBox()
        for code, name in (("light", self.tr("Light")), ("night", self.tr("Night (dim, red)")),
                           ("contrast", self.tr("High contrast"))):  # fmt: skip
            self.theme.addItem(name, code)
        self.font_scale = QComboBox()
        for scale in FONT_SCALES:
            self.font_scale.addItem(self.tr("{} %").format(scale), scale)
        app = QApplication.instance()
        app_scale = app.property("fieldkit-font-scale") if app is not None else None
        self.show_appearance(current_theme(), int(app_scale) if app_scale else 100)
        for combo in (self.theme, self.font_scale):
            combo.currentIndexChanged.connect(
                lambda _: self.appearance_changed.emit(self.theme.currentData(), self.font_scale.currentData())
            )
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        provision = QPushButton(self.tr("Import provisioning file…"))
        provision.clicked.connect(lambda: self.import_provisioning())
        wipe = QPushButton(self.tr("Emergency wipe…"))
        themed(wipe, "background: {danger}; color: {on-danger}; font-weight: bold; padding: 8px;")
        wipe.clicked.connect(lambda: self.confirm_wipe())
        self.status = QLabel()
        self.status.setWordWrap(True)
        operator_buttons = QHBoxLayout()
        for button in (add, remove, passwd):
            operator_buttons.addWidget(button)
        # A scroll area: the form must fit a 1280x720 window whatever is added to it.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        form = self.form = QFormLayout(content)
        form.addRow(self.tr("Operators"), self.operators)
        form.addRow("", operator_buttons)
        form.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.font_scale)
        form.addRow(self.tr("Store location"), QLabel(str(store_folder)))
        form.addRow(self.tr("Device key fingerprint"), self.fingerprint)
        form.addRow(self.tr("Enrolment at HQ"), device_key_button(self, executor))
        form.addRow(self.tr("Headquarters"), provision)
        form.addRow(self.tr("Emergency"), wipe)
        form.addRow(self.status)

    def show_appearance(self, theme: str, font_scale: int) -> None:
        """Show the theme and text size in use (without asking for them again)."""
        for combo, value in ((self.theme, theme), (self.font_scale, font_scale)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def start(self) -> None:
        self.executor.submit(session_ops.device_fingerprint, self.fingerprint.setText, self._error)
        self.reload_operators()

    def refresh(self, changes: Changes) -> None:
        if changes & Changes.OPERATORS:
            self.reload_operators()

    def clear(self) -> None:
        self.operators.clear()

    def reload_operators(self) -> None:
        self.executor.submit(ops.operators, self._show_operators, self._error)

    def _show_operators(self, names: list[str]) -> None:
        self.operators.clear()
        self.operators.addItems(names)

    def _ask(self, title: str, label: str, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(self, title, label, mode)
        return text if ok else None

    def _new_passphrase(self, who: str) -> str | None:
        first = self._ask(self.tr("Passphrase"), self.tr("New passphrase for {}:").format(who), secret=True)
        if first is None:
            return None
        if self._ask(self.tr("Passphrase"), self.tr("Type it again:"), secret=True) != first:
            self._error(FieldkitError(self.tr("The two passphrases differ.")))
            return None
        return first

    def add_operator(self, name: str | None = None, passphrase: str | None = None) -> None:
        name = name or self._ask(self.tr("Add operator"), self.tr("Operator name:"))
        if not name:
            return
        passphrase = passphrase or self._new_passphrase(name)
        if passphrase is None:
            return
        message = self.tr("Added operator {}")
        self.executor.submit(ops.add_operator(name, passphrase, self.kdf),
                             lambda added: self._done(message.format(added)), self._error)  # fmt: skip

    def remove_operator(self, name: str | None = None) -> None:
        current: QListWidgetItem | None = self.operators.currentItem()  # None when nothing is selected
        name = name or (current.text() if current is not None else None)
        if not name:
            return
        message = self.tr("Removed operator {}").format(name)
        self.executor.submit(ops.remove_operator(name), lambda _: self._done(message), self._error)

    def change_passphrase(self, name: str | None = None, passphrase: str | None = None) -> None:
        current: QListWidgetItem | None = self.operators.currentItem()  # None when nothing is selected
        name = name or (current.text() if current is not None else None)
        if not name:
            return
        passphrase = passphrase or self._new_passphrase(name)
        if passphrase is None:
            return
        self.executor.submit(ops.change_passphrase(name, passphrase, self.kdf),
                             lambda _: self._done(self.tr("Changed the passphrase of {}").format(name)),
                             self._error)  # fmt: skip

    def import_provisioning(self, path: Path | None = None) -> None:
        import_provisioning(
            self,
            self.executor,
            path,
            lambda added: self._done(plural(self.tr("Provisioned: %n new recipient(s)", "", added), added)),
            self._error,
        )

    def confirm_wipe(self, typed: str | None = None) -> bool:
        """Wipe only after the operator types WIPE: there is no undo."""
        if typed is None:
            answer = self._ask(self.tr("Emergency wipe"), self.tr(
                "This destroys every key: nobody will ever open this store again.\nType WIPE to confirm:"))  # fmt: skip
            typed = answer or ""
        if typed.strip() != "WIPE":
            self._done(self.tr("Wipe cancelled."))
            return False
        self.wipe_requested.emit()
        return True

    def _done(self, text: str) -> None:
        self.status.setStyleSheet(green())
        self.status.setText(text)

    def _error(self, error: FieldkitError) -> None:
        self.status.setStyleSheet(red())
        message, fix = plain(error)  # the window's words: never the command line's, never a vague fallback
        self.status.setText(message + (f"\n{fix}" if fix else ""))
