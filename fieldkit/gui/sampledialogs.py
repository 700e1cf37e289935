"""The dialogs of the item card's Samples part: Add sample (its id typed or read from a photo of its tag), Seal, Hand
over (to an operator of this laptop, who types their own passphrase here, or to a person named with their rank),
Shipped (sealed samples of the item, and of its case's other items, under one manifest number), Received (by the
laboratory) and Link photo; and the sample's custody steps.

Item-safe, as the capture dialogs are (capture_actions.py): a dialog is bound to the item (and the sample) it was
opened for and names them in its title; its op names that item and is refused for a sample of another. It closes
only once its op is done: a refusal is said inside it, in the window's words with what to do (``messages.plain``),
and everything typed stays (except a refused passphrase). Enter saves, Esc cancels; a dialog that is rejected (Esc,
Cancel, or the lock, which rejects every open dialog) applies nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.samples import BY_PASSPHRASE, SampleStep
from fieldkit.core.tags import FoundTag
from fieldkit.errors import FieldkitError, WrongPassphraseError
from fieldkit.gui.buttongrid import ButtonGrid
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import keep_left_to_right, kind_label, ltr, mnemonic_of, with_mnemonics
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import Job
from fieldkit.gui.ops import samples as ops
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import relative_font, tint, touch
from fieldkit.models import SAMPLE_CAPTURE_ROLES, SAMPLE_TYPES, Capture, Item
from fieldkit.store.samples import SampleRow

FIELD_HEIGHT = 36
READ_LINES = 3  # the room kept for what reading a tag said (the whole of it in the tooltip)
SCREEN_MARGIN = 48  # not a limit: pixels kept free for the window's title bar on a short screen
SHIPPABLE = ("sealed", "handed-over")  # and a seal number: what may go into a shipment


def type_label(code: str) -> str:
    """A sample type (models.SAMPLE_TYPES) in the window's language."""
    words = {
        "swab": QCoreApplication.translate("Samples", "Swab"),
        "touch": QCoreApplication.translate("Samples", "Touch DNA"),
        "saliva": QCoreApplication.translate("Samples", "Saliva"),
        "blood": QCoreApplication.translate("Samples", "Blood"),
        "hair": QCoreApplication.translate("Samples", "Hair"),
        "tissue": QCoreApplication.translate("Samples", "Tissue"),
        "other": QCoreApplication.translate("Samples", "Other"),
    }
    return words.get(code, code)


def state_label(sample: SampleRow) -> str:
    """The sample's state in capitals for the list: what the operator must see first."""
    words = {
        "collected": QCoreApplication.translate("Samples", "NOT SEALED"),
        "sealed": QCoreApplication.translate("Samples", "SEALED"),
        "handed-over": QCoreApplication.translate("Samples", "HANDED OVER"),
        "shipped": QCoreApplication.translate("Samples", "SHIPPED"),
        "received": QCoreApplication.translate("Samples", "RECEIVED BY THE LAB"),
    }
    if sample.state == "handed-over" and not sample.seal:
        return QCoreApplication.translate("Samples", "HANDED OVER, NOT SEALED")
    return words.get(sample.state, sample.state)


def holder_words(sample: SampleRow) -> str:
    if sample.state == "shipped":
        return QCoreApplication.translate("Samples", "in transit with {}").format(sample.holder)
    if sample.state == "received":
        return QCoreApplication.translate("Samples", "received by {}").format(sample.holder)
    return QCoreApplication.translate("Samples", "held by {}").format(sample.holder)


def role_label(role: str) -> str:
    """What a photo linked to a sample shows (models.SAMPLE_CAPTURE_ROLES)."""
    words = {
        "sample": QCoreApplication.translate("Samples", "The sample"),
        "packaging": QCoreApplication.translate("Samples", "Its sealed packaging"),
        "spot": QCoreApplication.translate("Samples", "The spot it was taken from"),
        "tag": QCoreApplication.translate("Samples", "Its tag"),
    }
    return words.get(role, role)


def sample_name(sample: SampleRow) -> str:
    """'DNA-000123 (Touch DNA)', the id kept left to right in Arabic."""
    return f"{ltr(sample.ref)} ({type_label(sample.sample_type)})"


def unsealed(sample: SampleRow) -> bool:
    return not sample.seal and sample.state in ("collected", "handed-over")


def shippable(sample: SampleRow) -> bool:
    return bool(sample.seal) and sample.state in SHIPPABLE


def title_text(text: str) -> str:
    """A tag or an id inside a window title: plain in a left-to-right language (some window managers draw Unicode's
    direction isolates as boxes), isolated left to right in a right-to-left one (Arabic), where it is needed."""
    return ltr(text) if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else text


def _line(placeholder: str = "", text: str = "", left_to_right: bool = False) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(FIELD_HEIGHT)
    if left_to_right:  # an id, a seal or a manifest number: its characters in the order printed
        keep_left_to_right(edit)
    return edit


class ChoiceButtons(QWidget):
    """Big exclusive buttons for a few choices (sample types, a photo's role, the seal's state), none checked until
    one is pressed; Alt+letter (from the words) and Alt+number (every language) press them."""

    keyed = Signal(str)  # a choice made by Alt+letter or Alt+number (the dialog moves on to its next field)

    def __init__(self, choices: Sequence[tuple[str, str]], columns: int, parent: QWidget | None = None, *,
                 reserved: str = "") -> None:  # fmt: skip
        """``reserved``: the letters the dialog's own Alt keys take (its buttons'), never given to a choice."""
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        texts = with_mnemonics([text for _, text in choices], reserved=reserved)
        for number, ((code, _), text) in enumerate(zip(choices, texts, strict=True), start=1):
            button = QToolButton()
            button.setText(text)
            keys = QKeySequence(f"Alt+{number}")
            button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
            QShortcut(keys, self, lambda button=button, code=code: self._by_key(button, code))
            button.installEventFilter(self)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            touch(button)
            self.group.addButton(button)
            self.buttons[code] = button
        self.grid = ButtonGrid(self.buttons.values(), columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    def minimumSizeHint(self) -> QSize:
        """All the columns asked for: a dialog's minimum height is taken at its minimum width, and one column of
        seven buttons would make the dialog taller than a 720-pixel screen."""
        return self.grid.sizeHint()

    def _by_key(self, button: QToolButton, code: str) -> None:
        if button.isVisible() and button.isEnabled():
            button.click()
            self.keyed.emit(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A mnemonic (Alt+letter) presses the button after giving it the focus: the dialog then moves the focus on
        (once the key is handled)."""
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QToolButton):
            code = next((code for code, button in self.buttons.items() if button is watched), None)
            if code is not None:
                QTimer.singleShot(0, lambda: self.keyed.emit(code))
        return super().eventFilter(watched, event)

    def chosen(self) -> str | None:
        return next((code for code, button in self.buttons.items() if button.isChecked()), None)

    def choose(self, code: str) -> None:
        self.buttons[code].setChecked(True)

    def first(self) -> QToolButton:
        return next(iter(self.buttons.values()))


class FitScroll(QScrollArea):
    """A scroll area as tall as what it holds (QScrollArea's own hint stops at 24 lines), shrinking down to a few
    rows only when the screen is shorter: then what it holds scrolls, never squeezed or cut. Given its widget at
    once (``setWidget``)."""

    MIN_HEIGHT = 200  # not a limit: the layout height below which the fields scroll

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        hint = self.widget().minimumSizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), min(hint.height(), self.MIN_HEIGHT))


class SampleDialog(QDialog):
    """A dialog whose Save runs one op bound to its item; it closes once the op is done (``applied``)."""

    applied = Signal(object)  # what the op returned

    def __init__(self, executor: StoreExecutor, item: Item, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.item = item  # bound when the dialog opened: never the card's item of the moment
        self.busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        relative_font(self.heading, 1.2, bold=True)
        self.layout_.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # The fields scroll inside the dialog rather than being squeezed on a short screen (1366x768 with panels).
        self.body = FitScroll()
        fields = QWidget()
        fields.setLayout(self.form)
        self.body.setWidget(fields)
        self.layout_.addWidget(self.body, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.error, "error")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton()
        touch(self.ok)
        touch(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def own_keys(self) -> str:
        """The Alt letters the dialog's own buttons take (Cancel's, from Qt's translation: &Cancel, &Annuler)."""
        return "".join(mnemonic_of(button.text()) for button in self.buttons.buttons())

    def showEvent(self, event: QShowEvent) -> None:
        """Never taller than the screen it opens on: the fields scroll instead (FitScroll)."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().height() - SCREEN_MARGIN
            if self.height() > room:
                self.resize(self.width(), max(room, self.minimumSizeHint().height()))
        super().showEvent(event)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.ok.setDefault(True)  # Enter saves from any field (after the button is in the dialog: see _ReasonDialog)

    def say(self, text: str, field: QWidget | None = None) -> None:
        """Say what is missing or was refused, under the fields; the cursor goes where it is to be corrected."""
        self.error.setText(text)
        self.error.setVisible(True)
        if field is not None:
            field.setFocus()

    def job(self) -> Job | None:
        """The op to run, or None after saying what is missing."""
        raise NotImplementedError

    def accept(self) -> None:
        if self.busy or not self.ok.isEnabled():
            return
        self.error.setVisible(False)
        job = self.job()
        if job is None:
            return
        self.busy = True
        self.ok.setEnabled(False)
        self.executor.submit(job, self._done, self.refused, owner=self)

    def _done(self, result: object) -> None:
        self.busy = False
        self.ok.setEnabled(True)
        if self.result() == QDialog.DialogCode.Rejected and not self.isVisible():
            return  # cancelled meanwhile (the lock rejects open dialogs)
        self.forget()
        self.applied.emit(result)
        super().accept()

    def refused(self, error: FieldkitError) -> None:
        """The store refused: say so here, in the window's words with what to do; keep what was typed."""
        self.busy = False
        self.ok.setEnabled(True)
        message, fix = plain(error)
        self.say(message + (f"\n{fix}" if fix else ""))

    def forget(self) -> None:
        """Drop what must not outlive the dialog (a passphrase)."""

    def reject(self) -> None:
        self.forget()
        super().reject()


# --- Add sample ------------------------------------------------------------------------------------------------


class AddSampleDialog(SampleDialog):
    """A new sample of the item: its id (typed, or read from a photo of its tag and checked), type, where on the
    item, seal, packaging, storage, notes and collector."""

    def __init__(self, executor: StoreExecutor, item: Item, data: ops.ItemSamples, parent: QWidget | None) -> None:
        super().__init__(executor, item, self.tr("Add a sample to {}").format(title_text(item.tag)), parent)
        self.setWindowIcon(icon("test-tube"))
        self.heading.setText(self.tr("A sample taken from {} / {}").format(item.case_name, ltr(item.tag)))
        self.barcode_format = ""  # the code's format when the id was read from a photo and kept as read
        self._read_text = ""
        # Preserve first: every photo of the tag chosen here is kept with the sample (a file imported into the item
        # as any capture, a capture linked), as its "tag" photo, when the sample is saved.
        self.tag_files: list[Path] = []
        self.tag_captures: list[int] = []
        self.ref = _line(self.tr("the id printed on the sample's tag, e.g. DNA-000123"), left_to_right=True)
        relative_font(self.ref, 1.2, bold=True)
        self.ref.textEdited.connect(lambda _: self._ref_edited())
        self.photos = QComboBox()
        self.photos.setMinimumHeight(FIELD_HEIGHT)
        self.photos.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.photos.setMinimumContentsLength(16)
        for capture in data.captures:
            if capture.kind in ("photo", "document"):
                self.photos.addItem(f"{ltr(capture.original_name)} ({kind_label(capture.kind)})", capture.id)
        self.read_photo = QPushButton(icon("barcode-scan"), self.tr("Read the tag on this photo"))
        touch(self.read_photo)
        self.read_photo.clicked.connect(lambda: self.read_from_capture())
        self.read_file = QPushButton(icon("folder-image"), self.tr("Photo file…"))
        touch(self.read_file)
        self.read_file.setToolTip(self.tr("A photo of the tag from a file: it is stored with the sample, as a capture "
                                          "of this item, when the sample is saved"))  # fmt: skip
        self.read_file.clicked.connect(lambda: self.read_from_file())
        if not self.photos.count():
            self.photos.addItem(self.tr("(no photo of this item yet)"), None)
            self.photos.setEnabled(False)
            self.read_photo.setEnabled(False)
        self.read_result = QLabel()  # its room kept from the start: a result never pushes the type buttons down
        self.read_result.setWordWrap(True)
        self.read_result.setTextFormat(Qt.TextFormat.PlainText)
        self.read_result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.read_result.setFixedHeight(READ_LINES * self.read_result.fontMetrics().lineSpacing() + 4)
        self.types = ChoiceButtons([(code, type_label(code)) for code in SAMPLE_TYPES], 4, reserved=self.own_keys())
        self.location = _line(self.tr("where on the item, e.g. pistol grip, left side"))
        self.types.keyed.connect(lambda _: self.location.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.seal = _line(self.tr("seal number, if sealed now"), left_to_right=True)
        self.packaging = _line(self.tr("e.g. paper envelope, swab tube"))
        self.storage = _line(self.tr("e.g. dry, room temperature; cooled 4 °C"))
        self.notes = _line()
        self.collector = _line(text=data.operator)

        for index in range(self.photos.count()):  # a long name shows whole in its tooltip
            self.photos.setItemData(index, self.photos.itemText(index), Qt.ItemDataRole.ToolTipRole)
        read_buttons = QHBoxLayout()
        read_buttons.addWidget(self.read_photo)
        read_buttons.addWidget(self.read_file)
        read_buttons.addStretch(1)
        photo_row = QVBoxLayout()  # the list of photos the whole width, the buttons under it: no name cut short
        photo_row.addWidget(self.photos)
        photo_row.addLayout(read_buttons)
        self.form.addRow(self.tr("Sample id"), self.ref)
        self.form.addRow(self.tr("Read from"), photo_row)
        self.form.addRow("", self.read_result)
        self.form.addRow(self.tr("Type"), self.types)
        self.form.addRow(self.tr("Where on the item"), self.location)
        self.form.addRow(self.tr("Seal number"), self.seal)
        self.form.addRow(self.tr("Packaging"), self.packaging)
        self.form.addRow(self.tr("Storage"), self.storage)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow(self.tr("Collected by"), self.collector)
        self.ok.setIcon(icon("content-save"))
        self.ok.setText(self.tr("Save sample"))
        self.finish_layout()
        order = [
            self.ref,
            self.photos,
            self.read_photo,
            self.read_file,
            *self.types.buttons.values(),
            self.location,
            self.seal,
            self.packaging,
            self.storage,
            self.notes,
            self.collector,
            self.ok,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.ref.setFocus()

    def _ref_edited(self) -> None:
        if self.ref.text().strip() != self._read_text:
            self.barcode_format = ""  # corrected by hand: no longer what the code said

    def read_from_capture(self, capture_id: int | None = None) -> None:
        """Read the id on the tag in the photo chosen in the list (a capture of this item), in the sandbox."""
        chosen = capture_id if capture_id is not None else self.photos.currentData()
        if not isinstance(chosen, int):
            return
        if chosen not in self.tag_captures:
            self.tag_captures.append(chosen)
        self._reading(self.photos.currentText() if capture_id is None else "")
        self.executor.submit(ops.read_tag_in_capture(self.item.id, chosen), self.tag_read, self._unread, owner=self)

    def read_from_file(self, path: object = None) -> None:
        """Read the id on the tag in a photo file (chosen now, or given). The file is imported into the item with
        the sample when it is saved (preserve first): never only read."""
        from fieldkit.gui.folders import choose_open_file, image_filter  # lazy: the chooser's module loads dialogs

        if path is None:
            name = choose_open_file(self, "tag-photo", self.tr("Photo of the sample's tag"), image_filter())
            if not name:
                return
            path = name
        chosen = Path(str(path))
        if chosen not in self.tag_files:
            self.tag_files.append(chosen)
        self._reading(ltr(chosen.name))
        self.executor.submit(ops.read_tag_in_file(chosen), self.tag_read, self._unread, owner=self)

    def _reading(self, what: str) -> None:
        self.read_result.setText(
            self.tr("Reading the tag on {}…").format(what) if what else self.tr("Reading the tag…")
        )
        tint(self.read_result, "muted")
        self.read_result.setToolTip(self.read_result.text())
        self.read_photo.setEnabled(False)
        self.read_file.setEnabled(False)

    def tag_read(self, found: FoundTag) -> None:
        self.read_photo.setEnabled(self.photos.isEnabled())
        self.read_file.setEnabled(True)
        self.ref.setText(found.text)
        self._read_text = found.text
        self.barcode_format = found.format
        self.read_result.setText(
            self.tr("Read: {} ({}). Check it against the tag and correct it if it differs.").format(
                ltr(found.text), ltr(found.format)
            )
        )
        tint(self.read_result, "ok")
        self.read_result.setToolTip(self.read_result.text())
        self.ref.setFocus()
        self.ref.selectAll()

    def _unread(self, error: FieldkitError) -> None:
        self.read_photo.setEnabled(self.photos.isEnabled())
        self.read_file.setEnabled(True)
        message, fix = plain(error)
        self.read_result.setText(
            self.tr("Not read: {} Type the id printed on the tag.").format(message.rstrip(".") + ".")
            + (f"\n{fix}" if fix else "")
        )
        tint(self.read_result, "error")
        self.read_result.setToolTip(self.read_result.text())
        self.ref.setFocus()

    def job(self) -> Job | None:
        ref = self.ref.text().strip()
        if not ref:
            self.say(self.tr("Type the sample's id, or read it from a photo of its tag."), self.ref)
            return None
        sample_type = self.types.chosen()
        if sample_type is None:
            self.say(self.tr("Choose the sample's type (Alt+1 to Alt+7)."), self.types.first())
            return None
        new = ops.NewSample(
            ref=ref,
            sample_type=sample_type,
            barcode_format=self.barcode_format if ref == self._read_text else "",
            location=self.location.text(),
            seal=self.seal.text(),
            packaging=self.packaging.text(),
            storage=self.storage.text(),
            notes=self.notes.text(),
            collector=self.collector.text().strip(),
            tag_files=tuple(self.tag_files),
            tag_captures=tuple(self.tag_captures),
        )
        return ops.add_sample(self.item, new)

    def _done(self, result: object) -> None:
        if not isinstance(result, ops.SampleRefused):
            super()._done(result)
            return
        # Refused after the photos of the tag were stored: they are captures of the item now; a second Save links
        # them without importing them again.
        self.tag_files.clear()
        self.tag_captures.extend(capture for capture in result.kept if capture not in self.tag_captures)
        self.refused(result.error)
        self.error.setText(self.error.text() + "\n" + self.tr(
            "The photo of the tag is stored all the same, as a capture of this item: it is not lost, and it is linked "
            "to the sample when the sample is saved."))  # fmt: skip


# --- steps on one sample ----------------------------------------------------------------------------------------


class SealDialog(SampleDialog):
    def __init__(self, executor: StoreExecutor, item: Item, sample: SampleRow, parent: QWidget | None) -> None:
        super().__init__(executor, item, self.tr("Seal {}").format(title_text(sample.ref)), parent)
        self.setWindowIcon(icon("seal"))
        self.sample = sample
        self.heading.setText(self.tr("Seal {} from {}").format(sample_name(sample), ltr(item.tag)))
        self.seal = _line(self.tr("the number on the seal"), left_to_right=True)
        self.packaging = _line(text=sample.packaging)
        self.storage = _line(text=sample.storage)
        if sample.seal:
            self.form.addRow(
                "", QLabel(self.tr("Sealed now with {}: a new seal replaces it.").format(ltr(sample.seal)))
            )
        self.form.addRow(self.tr("Seal number"), self.seal)
        self.form.addRow(self.tr("Packaging"), self.packaging)
        self.form.addRow(self.tr("Storage"), self.storage)
        self.ok.setIcon(icon("seal"))
        self.ok.setText(self.tr("Seal"))
        self.finish_layout()
        self.seal.setFocus()

    def job(self) -> Job | None:
        if not self.seal.text().strip():
            self.say(self.tr("Type the number on the seal."), self.seal)
            return None
        return ops.seal_sample(
            self.item.id, self.sample.id, self.seal.text(), self.packaging.text(), self.storage.text()
        )


class HandOverDialog(SampleDialog):
    """To an operator of this laptop, who then types their own passphrase here; or to someone else, named with
    their rank."""

    SOMEONE_ELSE = ""

    def __init__(
        self, executor: StoreExecutor, item: Item, sample: SampleRow, operators: Sequence[str], parent: QWidget | None
    ) -> None:
        super().__init__(executor, item, self.tr("Hand over {}").format(title_text(sample.ref)), parent)
        self.setWindowIcon(icon("account-arrow-right"))
        self.sample = sample
        self.heading.setText(
            self.tr("Hand over {} from {}, now held by {}").format(sample_name(sample), ltr(item.tag), sample.holder)
        )
        self.receiver = QComboBox()
        self.receiver.setMinimumHeight(FIELD_HEIGHT)
        for name in operators:
            if name.casefold() != sample.holder.casefold():
                self.receiver.addItem(self.tr("{} (operator of this laptop)").format(name), name)
        self.receiver.addItem(self.tr("Someone else: type name and rank"), self.SOMEONE_ELSE)
        self.passphrase = _line(self.tr("the receiver types it"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.name = _line(self.tr("e.g. Ahmed Karim"))
        self.rank = _line(self.tr("e.g. Sergeant, Police officer"))
        self.note = _line()
        self.form.addRow(self.tr("To"), self.receiver)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Rank"), self.rank)
        self.form.addRow(self.tr("Note"), self.note)
        if not sample.seal:
            warning = QLabel(
                self.tr("This sample is not sealed yet: the custody log will say it was handed over open.")
            )
            warning.setWordWrap(True)
            tint(warning, "warning")
            self.form.addRow("", warning)
        self.ok.setIcon(icon("account-arrow-right"))
        self.receiver.currentIndexChanged.connect(lambda _: self._receiver_changed())
        self.finish_layout()
        self._receiver_changed()
        self.receiver.setFocus()

    def operator_chosen(self) -> str | None:
        value = self.receiver.currentData()
        return value if isinstance(value, str) and value != self.SOMEONE_ELSE else None

    def choose(self, name: str | None) -> None:
        """Pick the operator ``name`` (None: someone else), as the operator would in the list."""
        self.receiver.setCurrentIndex(self.receiver.findData(name if name is not None else self.SOMEONE_ELSE))

    def _receiver_changed(self) -> None:
        operator = self.operator_chosen()
        typed = operator is None
        for widget in (self.name, self.rank):
            widget.setVisible(typed)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(typed)
        self.passphrase.setVisible(not typed)
        self.passphrase_label.setVisible(not typed)
        self.passphrase.clear()
        if operator is not None:
            self.passphrase_label.setText(self.tr("{}'s passphrase").format(operator))
            self.ok.setText(self.tr("Hand over to {}").format(operator))
        else:
            self.ok.setText(self.tr("Hand over"))
        self.error.setVisible(False)

    def job(self) -> Job | None:
        operator = self.operator_chosen()
        if operator is not None:
            if not self.passphrase.text():
                self.say(
                    self.tr("{} types their own passphrase to confirm they received the sample.").format(operator),
                    self.passphrase,
                )
                return None
            return ops.hand_over(
                self.item.id, self.sample.id, operator, passphrase=self.passphrase.text(), note=self.note.text()
            )
        if not self.name.text().strip():
            self.say(self.tr("Type the name of the person who receives the sample."), self.name)
            return None
        if not self.rank.text().strip():
            self.say(self.tr("Type their rank or function: it confirms the handover in the custody log."), self.rank)
            return None
        return ops.hand_over(
            self.item.id, self.sample.id, self.name.text(), rank=self.rank.text(), note=self.note.text()
        )

    def refused(self, error: FieldkitError) -> None:
        super().refused(error)
        if isinstance(error, WrongPassphraseError):
            self.passphrase.clear()
            self.passphrase.setFocus()

    def forget(self) -> None:
        self.passphrase.clear()


class ShipDialog(SampleDialog):
    """Several sealed samples of the item under one manifest number (on the parcel and its paper)."""

    def __init__(
        self,
        executor: StoreExecutor,
        item: Item,
        candidates: Sequence[SampleRow],
        checked: set[int],
        parent: QWidget | None,
        others: Sequence[SampleRow] = (),
    ) -> None:
        """``candidates``: the item's sealed samples not shipped yet, listed first; ``others``: those of the case's
        other items, under a heading, each with its item's tag (unticked until ticked)."""
        super().__init__(executor, item, self.tr("Mark samples of {} shipped").format(title_text(item.tag)), parent)
        self.setWindowIcon(icon("truck-delivery"))
        self.heading.setText(
            self.tr("Samples of {} / {} that leave in one parcel").format(item.case_name, ltr(item.tag))
        )
        self.samples = QListWidget()
        self.samples.setMinimumHeight(44 * min(4, max(1, len(candidates) + (len(others) + 1 if others else 0))))
        self.samples.setStyleSheet("QListWidget::item { padding: 8px; }")
        self.samples.setWordWrap(True)
        for sample in candidates:
            seal = self.tr("seal {}").format(ltr(sample.seal))
            self._add_row(f"{sample_name(sample)} · {seal}", sample.id, sample.id in checked)
        if others:
            heading = QListWidgetItem(self.tr("Other items of {}:").format(item.case_name))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.samples.addItem(heading)
            for sample in others:
                seal = self.tr("seal {}").format(ltr(sample.seal))
                self._add_row(f"{sample_name(sample)} · {ltr(sample.item_tag)} · {seal}", sample.id, False)
        self.samples.setCurrentRow(0)
        self.manifest = _line(self.tr("the manifest number on the parcel"), left_to_right=True)
        self.laboratory = _line(self.tr("e.g. Central forensic laboratory"))
        self.carrier = _line(self.tr("who carries it"))
        self.form.addRow(self.tr("Samples (Space ticks)"), self.samples)
        self.form.addRow(self.tr("Manifest number"), self.manifest)
        self.form.addRow(self.tr("Laboratory"), self.laboratory)
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.ok.setIcon(icon("truck-delivery"))
        self.samples.itemChanged.connect(lambda _: self._count())
        self.finish_layout()
        self._count()
        self.manifest.setFocus()

    def _add_row(self, text: str, sample_id: int, checked: bool) -> None:
        row = QListWidgetItem(text)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        row.setData(Qt.ItemDataRole.UserRole, sample_id)
        self.samples.addItem(row)

    def rows(self) -> dict[int, QListWidgetItem]:
        """The samples' rows (not the heading), by sample number."""
        found = {}
        for index in range(self.samples.count()):
            row = self.samples.item(index)
            value = row.data(Qt.ItemDataRole.UserRole)
            if isinstance(value, int):
                found[value] = row
        return found

    def checked(self) -> list[int]:
        return [sample_id for sample_id, row in self.rows().items() if row.checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        self.ok.setText(self.tr("Mark {} shipped").format(len(self.checked())))

    def job(self) -> Job | None:
        ids = self.checked()
        if not ids:
            self.say(self.tr("Tick the samples in the parcel (Space ticks the one selected)."), self.samples)
            return None
        if not self.manifest.text().strip():
            self.say(self.tr("Type the manifest number written on the parcel."), self.manifest)
            return None
        return ops.ship(self.item.id, ids, self.manifest.text(), self.laboratory.text(), self.carrier.text())


class ReceiveDialog(SampleDialog):
    """The laboratory's receipt, as it reported it: by whom, its reference, and whether the seal arrived intact."""

    def __init__(self, executor: StoreExecutor, item: Item, sample: SampleRow, parent: QWidget | None) -> None:
        title = self.tr("{} received by the laboratory").format(title_text(sample.ref))
        super().__init__(executor, item, title, parent)
        self.setWindowIcon(icon("package-variant-closed-check"))
        self.sample = sample
        self.heading.setText(
            self.tr("{} from {}, shipped under manifest {}").format(
                sample_name(sample), ltr(item.tag), ltr(sample.manifest or "")
            )
        )
        self.by = _line(self.tr("who signed for it at the laboratory"))
        self.reference = _line(self.tr("the laboratory's reference"), left_to_right=True)
        self.seal_state = ChoiceButtons(
            [("intact", self.tr("Seal intact")), ("broken", self.tr("Seal broken or missing"))], 2
        )
        self.note = _line()
        self.form.addRow(self.tr("Received by"), self.by)
        self.form.addRow(self.tr("Lab reference"), self.reference)
        self.form.addRow(self.tr("Seal {}").format(ltr(sample.seal)), self.seal_state)
        self.form.addRow(self.tr("Note"), self.note)
        self.ok.setIcon(icon("package-variant-closed-check"))
        self.ok.setText(self.tr("Record receipt"))
        self.finish_layout()
        self.by.setFocus()

    def job(self) -> Job | None:
        if not self.by.text().strip():
            self.say(self.tr("Type who received it at the laboratory."), self.by)
            return None
        state = self.seal_state.chosen()
        if state is None:
            self.say(self.tr("Say whether the seal arrived intact (Alt+1) or not (Alt+2)."), self.seal_state.first())
            return None
        return ops.receive(
            self.item.id, self.sample.id, self.by.text(), self.reference.text(), state == "intact", self.note.text()
        )


class LinkPhotoDialog(SampleDialog):
    """Say what a capture of the item shows of the sample: the sample, its packaging, the spot, its tag."""

    def __init__(
        self,
        executor: StoreExecutor,
        item: Item,
        sample: SampleRow,
        captures: Sequence[Capture],
        parent: QWidget | None,
    ) -> None:
        super().__init__(executor, item, self.tr("Link a photo to {}").format(title_text(sample.ref)), parent)
        self.setWindowIcon(icon("link-variant"))
        self.sample = sample
        self.heading.setText(self.tr("A capture of {} that shows {}").format(ltr(item.tag), sample_name(sample)))
        self.captures = QListWidget()
        self.captures.setMinimumHeight(120)
        self.captures.setStyleSheet("QListWidget::item { padding: 6px; }")
        for capture in captures:
            row = QListWidgetItem(f"{ltr(capture.original_name)} ({kind_label(capture.kind)})")
            row.setData(Qt.ItemDataRole.UserRole, capture.id)
            self.captures.addItem(row)
        self.captures.setCurrentRow(0 if captures else -1)
        self.role = ChoiceButtons([(role, role_label(role)) for role in SAMPLE_CAPTURE_ROLES], 2)
        self.form.addRow(self.tr("Capture"), self.captures)
        self.form.addRow(self.tr("It shows"), self.role)
        if not captures:
            self.form.addRow("", QLabel(self.tr("This item has no capture yet: take a photo of the sample first.")))
        self.ok.setIcon(icon("link-variant"))
        self.ok.setText(self.tr("Link photo"))
        self.finish_layout()
        self.captures.setFocus()

    def choose(self, capture_id: int) -> None:
        for row in range(self.captures.count()):
            if self.captures.item(row).data(Qt.ItemDataRole.UserRole) == capture_id:
                self.captures.setCurrentRow(row)

    def job(self) -> Job | None:
        if self.captures.currentRow() < 0:
            self.say(self.tr("Choose the capture that shows the sample."), self.captures)
            return None
        role = self.role.chosen()
        if role is None:
            self.say(self.tr("Say what it shows (Alt+1 to Alt+4)."), self.role.first())
            return None
        capture_id = int(self.captures.currentItem().data(Qt.ItemDataRole.UserRole))
        return ops.link_photo(self.item.id, self.sample.id, capture_id, role)


# --- the custody steps --------------------------------------------------------------------------------------------


def step_words(step: SampleStep) -> tuple[str, str, str]:
    """What happened, from -> to, and how it was confirmed, in the window's words."""
    details = step.details
    action = step.action

    def text(key: str) -> str:
        value = details.get(key)
        return str(value) if value not in (None, "") else ""

    if action == "sample.collected":
        where = text("location")
        what = QCoreApplication.translate("Samples", "Collected ({})").format(type_label(text("type"))) + (
            f": {where}" if where else ""
        )
        return what, QCoreApplication.translate("Samples", "→ {}").format(text("collector")), ""
    if action == "sample.sealed":
        previous = text("previous_seal")
        what = QCoreApplication.translate("Samples", "Sealed: seal {}").format(ltr(text("seal")))
        if previous:
            what += " " + QCoreApplication.translate("Samples", "(replaces seal {})").format(ltr(previous))
        return what, "", ""
    if action == "sample.handed_over":
        what = (
            QCoreApplication.translate("Samples", "Handed over")
            if details.get("sealed")
            else QCoreApplication.translate("Samples", "Handed over, not sealed")
        )
        if details.get("confirmed") == BY_PASSPHRASE:
            how = QCoreApplication.translate("Samples", "the receiver's passphrase")
        else:
            how = QCoreApplication.translate("Samples", "typed: {}").format(text("rank"))
        return what, f"{text('from')} → {text('to')}", how
    if action == "sample.shipped":
        lab = text("laboratory")
        what = QCoreApplication.translate("Samples", "Shipped, manifest {}").format(ltr(text("manifest"))) + (
            f" ({lab})" if lab else ""
        )
        return what, f"{text('from')} → {text('holder')}", ""
    if action == "sample.received":
        intact = (
            QCoreApplication.translate("Samples", "seal intact")
            if details.get("seal_intact")
            else QCoreApplication.translate("Samples", "SEAL BROKEN OR MISSING")
        )
        reference = text("laboratory_ref")
        what = QCoreApplication.translate("Samples", "Received by the laboratory")
        if reference:
            what += ", " + QCoreApplication.translate("Samples", "ref. {}").format(ltr(reference))
        return what, QCoreApplication.translate("Samples", "→ {}").format(text("by")), intact
    if action == "sample.photo_linked":
        return QCoreApplication.translate("Samples", "Photo linked: {}").format(role_label(text("role"))), "", ""
    return action, "", ""


class StepsDialog(QDialog):
    """The sample's custody steps, oldest first: time, who recorded it, what, from -> to, confirmed how."""

    def __init__(self, executor: StoreExecutor, item: Item, sample: SampleRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Custody of {}").format(title_text(sample.ref)))
        self.setWindowIcon(icon("history"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("{} from {} / {}").format(sample_name(sample), item.case_name, ltr(item.tag)))
        self.heading.setWordWrap(True)
        relative_font(self.heading, 1.2, bold=True)
        self.summary = QLabel(self.tr("Reading…"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time (UTC)"),
                self.tr("Recorded by"),
                self.tr("What"),
                self.tr("From → to"),
                self.tr("Confirmed by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.photos = QLabel()
        self.photos.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        touch(close)
        close.setDefault(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.photos)
        layout.addWidget(buttons)
        self.resize(QSize(760, 440))
        executor.submit(ops.history(item.id, sample.id), self.show_history, self._failed, owner=self)
        self.table.setFocus()

    def show_history(self, found: ops.SampleHistory) -> None:
        sample = found.sample
        self.summary.setText(f"{state_label(sample)} — {holder_words(sample)}")
        tint(self.summary, "warning" if unsealed(sample) else "ok")
        self.table.setRowCount(len(found.steps))
        for row, step in enumerate(found.steps):
            what, moved, how = step_words(step)
            for column, text in enumerate((ltr(step.at[:19].replace("T", " ")), step.operator, what, moved, how)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if found.photos:
            lines = [f"{ltr(name)}: {role_label(role)}" for name, role in found.photos]
            self.photos.setText(self.tr("Photos linked:") + "\n" + "\n".join(lines))
        else:
            self.photos.setText(self.tr("No photo linked yet."))

    def _failed(self, error: FieldkitError) -> None:
        message, fix = plain(error)
        self.summary.setText(message + (f"\n{fix}" if fix else ""))
        tint(self.summary, "error")
