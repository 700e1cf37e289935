"""The full-window lock screen: what a locked window shows instead of its pages.

It carries the passphrase field itself (no dialog that Esc could close into a dead end), a big Unlock button, the
store's folder and the last operator of this session (operators' names are not written anywhere unencrypted, so a
window just started does not know it). On a folder with no store yet it offers to create one instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError, WrongPassphraseError
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import ltr
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import session as session_ops
from fieldkit.gui.tasks import StoreExecutor, Unlocked
from fieldkit.gui.theme import colour

PADLOCK = 80  # the padlock's size, in pixels: big, and leaves room for the form below it at 1280x720


def _unlock(text: str) -> str:
    """Texts the unlock dialog had before the lock screen took its place: their translations are kept under its
    name."""
    return QCoreApplication.translate("UnlockDialog", text)


class LockScreen(QScrollArea):
    """Unlock the store from the window itself. ``unlocked`` gets the ``Unlocked`` the store thread returned;
    ``create_requested`` asks the window for the first-run dialog (a folder with no store yet)."""

    unlocked = Signal(object)
    create_requested = Signal()

    def __init__(self, executor: StoreExecutor, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.folder = folder
        self.unlocked_as: Unlocked | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(PADLOCK + 8)  # never squeezed: the padlock shows whole
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.store_label = QLabel()
        self.store_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.store_label.setWordWrap(True)
        self.last_operator = QLabel()
        self.last_operator.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.operator = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.submit)
        self.operator.returnPressed.connect(self.passphrase.setFocus)
        for field in (self.operator, self.passphrase):
            field.setMinimumHeight(40)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.unlock_button = QPushButton()
        self.unlock_button.setMinimumHeight(56)
        self.unlock_button.setIconSize(self.unlock_button.iconSize() * 2)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.create_button = QPushButton()
        self.create_button.setMinimumHeight(56)
        self.create_button.clicked.connect(self.create_requested.emit)
        self.form = QFormLayout()
        self.operator_caption = QLabel()
        self.passphrase_caption = QLabel()
        self.form.addRow(self.operator_caption, self.operator)
        self.form.addRow(self.passphrase_caption, self.passphrase)

        column = QWidget()
        column.setMinimumWidth(380)
        column.setMaximumWidth(520)
        inner = QVBoxLayout(column)
        inner.addWidget(self.picture)
        inner.addWidget(self.title)
        inner.addWidget(self.store_label)
        inner.addWidget(self.last_operator)
        inner.addLayout(self.form)
        inner.addWidget(self.busy)
        inner.addWidget(self.error)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.create_button)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setWidget(page)
        self.set_creating(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text again (after a language change)."""
        self.title.setText(self.tr("New fieldkit store") if getattr(self, "creating", False)
                           else self.tr("fieldkit is locked"))  # fmt: skip
        self.store_label.setText(_unlock("Store: {}").format(ltr(self.folder)))
        self.operator_caption.setText(_unlock("Operator"))
        self.passphrase_caption.setText(_unlock("Passphrase"))
        self.operator.setPlaceholderText(_unlock("optional: your operator name"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.create_button.setText(self.tr("Create the store…"))
        self.set_last_operator(self._last)
        self.retheme()

    def retheme(self) -> None:
        self.picture.setPixmap(icon("lock").pixmap(QSize(PADLOCK, PADLOCK), self.devicePixelRatioF()))
        self.unlock_button.setIcon(icon("lock-open-variant"))
        self.create_button.setIcon(icon("plus-box"))
        self.error.setStyleSheet(f"color: {colour('error')}; font-weight: bold;")

    _last = ""

    def set_last_operator(self, name: str) -> None:
        self._last = name
        self.last_operator.setText(self.tr("Last operator: {}").format(name) if name else "")
        self.last_operator.setVisible(bool(name))

    def set_creating(self, creating: bool) -> None:
        """A folder with no store: offer to create one instead of asking for a passphrase."""
        self.creating = creating
        for widget in (self.operator, self.passphrase, self.operator_caption, self.passphrase_caption,
                       self.unlock_button):  # fmt: skip
            widget.setVisible(not creating)
        self.create_button.setVisible(creating)
        # A folder with no store is not "locked": the title says a new store is being created here.
        self.title.setText(self.tr("New fieldkit store") if creating else self.tr("fieldkit is locked"))

    def place_below_header(self, dialog: QWidget) -> None:
        """Put a dialog (the first run's) below the padlock, the title and the store's folder, so that it does not
        cover them; centred across the window, and moved up only as far as the screen needs."""
        window = self.window()
        if not self.isVisible() or not dialog.isVisible():
            return
        dialog.adjustSize()
        below = self.store_label.mapToGlobal(QPoint(0, self.store_label.height())).y() + 12
        x = window.mapToGlobal(QPoint(0, 0)).x() + (window.width() - dialog.frameGeometry().width()) // 2
        screen = dialog.screen().availableGeometry()
        y = min(below, screen.bottom() - dialog.frameGeometry().height())
        dialog.move(max(screen.left(), x), max(screen.top(), y))

    def reset(self) -> None:
        """Shown again (locked): nothing typed before stays, and the cursor waits in the passphrase field."""
        self.passphrase.clear()
        self.error.clear()
        self.set_busy(False)
        self.unlocked_as = None
        if not self.creating:
            self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.operator.setEnabled(not busy)

    def submit(self) -> None:
        if self.creating:
            self.create_requested.emit()
            return
        if self.busy.isVisible():
            return
        if not self.passphrase.text():
            self.error.setText(_unlock("Type your passphrase."))
            self.passphrase.setFocus()
            return
        self.set_busy(True)
        self.error.clear()
        job = session_ops.unlock(self.folder, self.passphrase.text(), self.operator.text().strip() or None)
        self.executor.submit(job, self._done, self._failed)

    def _failed(self, error: FieldkitError) -> None:
        self.set_busy(False)
        if isinstance(error, WrongPassphraseError):
            self.error.setText(_unlock("Wrong passphrase. Nothing was changed; try again."))
        else:
            message, fix = plain(error)
            self.error.setText(message + (f"\n{fix}" if fix else ""))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _done(self, unlocked: object) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.error.clear()
        self.unlocked_as = unlocked if isinstance(unlocked, Unlocked) else None
        self.unlocked.emit(unlocked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc clears what was typed; it never leaves the window without a way to unlock.
        if event.key() == Qt.Key.Key_Escape:
            self.passphrase.clear()
            self.error.clear()
            self.passphrase.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)
