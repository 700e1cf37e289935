"""Moving, deleting and flagging captures from the window, the same from the capture grid and from the viewer: "Move
to item…", "Delete with reason…" and "Flag for review…" (cleared with "Clear flag…"), each custody-logged with the
operator's reason.

Item-safe: the captures are bound when the action starts (the grid's selection, the viewer's capture), the dialog
names them and where they are, and the target item is the one picked in the dialog, never the window's current
item. The dialog validates before it closes: an empty reason or no item picked is said next to the field, and the
store's refusal (a capture already in a bundle) is shown in the dialog too, with everything typed kept. A dialog
that is rejected (Cancel, Esc, or the auto-lock) applies nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import category_label, ltr, plural
from fieldkit.gui.ops import viewer as ops
from fieldkit.gui.pages.base import red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Capture, Flag, Item


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(red())
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def _what(captures: list[Capture]) -> str:
    """'IMG_0001.JPG' or '3 captures', for titles."""
    if len(captures) == 1:
        return ltr(captures[0].original_name)
    return _count(len(captures))


class _Counted(QObject):
    """Counts of captures in the window's language. A class, because lupdate gives plural forms (one per number
    class of the language) only to ``self.tr(text, "", n)``, not to ``QCoreApplication.translate``."""

    def captures(self, n: int) -> str:
        """'1 capture', '3 captures'."""
        return plural(self.tr("%n capture(s)", "", n), n)


def _count(n: int) -> str:
    return _Counted().captures(n)


class _ReasonDialog(QDialog):
    """A dialog with a required reason; OK submits (the caller runs the op) and it closes only once the op is done."""

    submitted = Signal()

    def __init__(self, captures: list[Capture], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.captures = list(captures)  # bound when the action started
        self.layout_ = QVBoxLayout(self)
        # The dialog grows with what it shows (an error, a long list of names) instead of squeezing the texts.
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(480)
        self.reason = QLineEdit()
        self.reason.setMinimumHeight(36)
        self.reason_error = _error_label()
        self.error = _error_label()  # what the store refused
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton()
        self.ok.setMinimumHeight(40)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda _: self.reason_error.setVisible(False))

    def _finish_layout(self, label: str = "") -> None:
        self.layout_.addWidget(QLabel(label or self.tr("Reason (kept in the custody log)")))
        self.layout_.addWidget(self.reason)
        self.layout_.addWidget(self.reason_error)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        # Now that the button is in the dialog, it is the dialog's main default: Enter presses it again after the
        # focus passed over another button (set before, the default was lost the first time Tab left the button).
        self.ok.setDefault(True)

    def fit(self) -> None:
        """Grow to show every text whole at the dialog's width (word-wrapped labels need their height for it)."""
        layout = self.layout_
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)
        self.setMinimumHeight(needed)

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)
        self.fit()

    def validate(self) -> bool:
        if not self.reason.text().strip():
            self._say(self.reason_error, self.tr("Say why: the custody log keeps the reason."))
            self.reason.setFocus()
            return False
        return True

    def accept(self) -> None:
        """Validate, then submit; the dialog stays open (with what was typed) until the op is done."""
        self.error.setVisible(False)
        if not self.ok.isEnabled() or not self.validate():
            return
        self.ok.setEnabled(False)
        self.submitted.emit()

    def refused(self, error: FieldkitError) -> None:
        """The store refused: say so here, keep everything typed."""
        self._say(self.error, error.message)
        self.ok.setEnabled(True)

    def finish(self) -> None:
        """The op is done: close as accepted."""
        super().accept()


class MoveDialog(_ReasonDialog):
    """Pick the item to move the captures to (search over every item of every case) and say why."""

    def __init__(self, captures: list[Capture], parent: QWidget | None = None) -> None:
        super().__init__(captures, parent)
        source = captures[0]
        self.setWindowTitle(self.tr("Move {} from {}").format(_what(captures), ltr(source.item_tag)))
        self.setWindowIcon(icon("swap-horizontal"))
        self._sources = {capture.item_id for capture in captures}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tag, case, category, description"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.picker = QListWidget()
        self.picker.setMinimumHeight(120)
        self.picker.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.picker.currentItemChanged.connect(lambda *_: self._picked())
        self.picker.itemDoubleClicked.connect(lambda _: self.reason.setFocus())
        # The keyboard route: type in the search, Down/Up pick in the list (the cursor stays in the search), Enter
        # goes on to the reason; Tab goes search -> list -> reason -> buttons. Letters typed on the list go on into
        # the reason (the list's own type-ahead could silently pick another item).
        self.search.installEventFilter(self)
        self.picker.installEventFilter(self)
        self.item_error = _error_label()
        self.ok.setIcon(icon("swap-horizontal"))
        self.ok.setText(self.tr("Move"))
        self.layout_.addWidget(QLabel(self.tr("{} is now in {} / {}. Move to item:").format(
            _what(captures), source.case_name, ltr(source.item_tag))))  # fmt: skip
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.picker, 1)
        self.layout_.addWidget(self.item_error)
        self._finish_layout()
        QWidget.setTabOrder(self.search, self.picker)
        QWidget.setTabOrder(self.picker, self.reason)
        QWidget.setTabOrder(self.reason, self.ok)
        self.search.setFocus()

    _MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
    _ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key in self._MOVES:
            self._step(key)
            return True
        if watched is self.search and key in self._ENTER:  # not the default button: the reason is still to say
            self._to_reason()
            return True
        if watched is self.picker:
            if key in self._ENTER:
                self._to_reason()
                return True
            text = event.text()
            if text and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.reason.setFocus()
                self.reason.insert(text)
                return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        """Move the list's selection over the rows shown, as the key would in the list itself."""
        shown = [row for row in range(self.picker.count()) if not self.picker.item(row).isHidden()]
        if not shown:
            return
        current = self.picker.currentRow()
        at = shown.index(current) if current in shown else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
        at = 0 if at < 0 else max(0, min(len(shown) - 1, at + step))
        self.picker.setCurrentRow(shown[at])
        self.picker.scrollToItem(self.picker.item(shown[at]))

    def _to_reason(self) -> None:
        """Enter in the search or the list: on to the reason once an item is picked; else say what is missing."""
        if self.chosen() is None:
            self._say(self.item_error, self.tr("Choose the item to move to."))
            return
        self.reason.setFocus()

    def set_items(self, items: list[Item]) -> None:
        """The items to choose from (every case's), without the one the captures are in."""
        self.picker.clear()
        for item in items:
            if item.id in self._sources:
                continue
            row = QListWidgetItem(f"{item.case_name} / {ltr(item.tag)} — {category_label(item.category)}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setData(Qt.ItemDataRole.ToolTipRole, item.description)
            self.picker.addItem(row)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_shown = None
        for row in range(self.picker.count()):
            entry = self.picker.item(row)
            item = entry.data(Qt.ItemDataRole.UserRole)
            haystack = f"{item.case_name} {item.tag} {item.category} {category_label(item.category)} " \
                       f"{item.description}".casefold()  # fmt: skip
            hidden = not all(word in haystack for word in words)
            entry.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = entry
        if self.picker.currentRow() < 0 or self.picker.currentItem().isHidden():
            if words and first_shown is not None:
                self.picker.setCurrentItem(first_shown)
            else:
                self.picker.setCurrentRow(-1)

    def chosen(self) -> Item | None:
        if self.picker.currentRow() < 0:
            return None
        entry = self.picker.currentItem()
        if entry.isHidden():
            return None
        item = entry.data(Qt.ItemDataRole.UserRole)
        return item if isinstance(item, Item) else None

    def choose(self, tag: str, case: str | None = None) -> bool:
        """Pick the item with this tag (and case), as a click would."""
        for row in range(self.picker.count()):
            item = self.picker.item(row).data(Qt.ItemDataRole.UserRole)
            if item.tag == tag and (case is None or item.case_name == case):
                self.picker.setCurrentRow(row)
                return True
        return False

    def _picked(self) -> None:
        item = self.chosen()
        self.item_error.setVisible(False)
        self.ok.setText(self.tr("Move to {}").format(ltr(item.tag)) if item else self.tr("Move"))

    def validate(self) -> bool:
        reason_ok = super().validate()
        if self.chosen() is None:
            self._say(self.item_error, self.tr("Choose the item to move to."))
            self.search.setFocus()
            return False
        return reason_ok


class DeleteDialog(_ReasonDialog):
    """Confirm a deletion beyond recovery and say why."""

    def __init__(self, captures: list[Capture], parent: QWidget | None = None) -> None:
        super().__init__(captures, parent)
        source = captures[0]
        self.setWindowTitle(self.tr("Delete {} from {}").format(_what(captures), ltr(source.item_tag)))
        self.setWindowIcon(icon("delete"))
        names = "\n".join(ltr(capture.original_name) for capture in captures[:8])
        if len(captures) > 8:
            names += "\n" + self.tr("and {} more").format(len(captures) - 8)
        text = self.tr("Delete from {} / {}:\n{}\n\nA deleted capture cannot be recovered on this device; the custody "
                       "log keeps its SHA-256 and the reason. One already sent in a bundle stays at HQ, and the next "
                       "bundle tells HQ it was deleted and why.")  # fmt: skip
        note = QLabel(text.format(source.case_name, ltr(source.item_tag), names))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.ok.setIcon(icon("delete"))
        self.ok.setText(self.tr("Delete {}").format(_count(len(captures))))
        self._finish_layout()
        self.reason.setFocus()


class FlagDialog(_ReasonDialog):
    """Flag captures for review: say what to check or redo ("blurred, retake", "check the tag")."""

    def __init__(self, captures: list[Capture], parent: QWidget | None = None) -> None:
        super().__init__(captures, parent)
        source = captures[0]
        self.setWindowTitle(self.tr("Flag {} in {} for review").format(_what(captures), ltr(source.item_tag)))
        self.setWindowIcon(icon("flag"))
        note = QLabel(self.tr("Mark {} in {} / {} for review: what needs checking or taking again? The flag stays "
                              "until it is cleared.").format(_what(captures), source.case_name,
                                                             ltr(source.item_tag)))  # fmt: skip
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.reason.setPlaceholderText(self.tr("e.g. blurred, retake; check the tag"))
        self.ok.setIcon(icon("flag"))
        self.ok.setText(self.tr("Flag {}").format(_count(len(captures))))
        self._finish_layout()
        self.reason.setFocus()

    def validate(self) -> bool:
        if not self.reason.text().strip():
            self._say(self.reason_error, self.tr("Say what to check or redo: the custody log keeps the reason."))
            self.reason.setFocus()
            return False
        return True


class ClearFlagDialog(_ReasonDialog):
    """Clear a capture's flag, saying (if wished) what resolved it."""

    def __init__(self, capture: Capture, flag: Flag | None, parent: QWidget | None = None) -> None:
        super().__init__([capture], parent)
        self.setWindowTitle(self.tr("Clear the flag of {}").format(ltr(capture.original_name)))
        self.setWindowIcon(icon("flag-off"))
        if flag is not None:
            note = QLabel(self.tr("Flagged by {} on {}: {}").format(flag.operator, flag.at[:16].replace("T", " "),
                                                                    flag.reason))  # fmt: skip
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.ok.setIcon(icon("check-circle"))
        self.ok.setText(self.tr("Clear flag"))
        self._finish_layout(self.tr("What resolved it (optional, kept in the custody log)"))
        self.reason.setFocus()

    def validate(self) -> bool:
        return True  # the resolution may be left empty


class CaptureActions(QObject):
    """Runs "Move to item…", "Delete with reason…", "Flag for review…" and "Clear flag…" for a page or the viewer:
    opens the dialog, runs the op on the store thread, and reports success through ``notify`` (the page's seam)."""

    flags_changed = Signal()  # a capture was flagged or its flag cleared: whoever shows flags reads them again

    def __init__(self, executor: StoreExecutor, notify: Callable[[str], None]) -> None:
        super().__init__()
        self.executor = executor
        self.notify = notify
        self.dialog: _ReasonDialog | None = None  # the one open now (tests drive it)

    def move(self, captures: list[Capture], parent: QWidget | None,
             done: Callable[[list[Capture]], None] | None = None) -> MoveDialog | None:  # fmt: skip
        if not captures or not self.executor.unlocked:
            return None
        dialog = MoveDialog(captures, parent)
        self.executor.submit(ops.items_for_move(), dialog.set_items, dialog.refused)

        def submit() -> None:
            item = dialog.chosen()
            assert item is not None  # validated

            def moved(result: list[Capture]) -> None:
                dialog.finish()
                self.notify(self.tr("{} moved to {}").format(_count(len(result)), ltr(item.tag)))
                if done is not None:
                    done(result)

            self.executor.submit(ops.move_captures([c.id for c in dialog.captures], item, dialog.reason.text()),
                                 moved, dialog.refused)  # fmt: skip

        dialog.submitted.connect(submit)
        self._open(dialog)
        return dialog

    def delete(self, captures: list[Capture], parent: QWidget | None,
               done: Callable[[list[Capture]], None] | None = None) -> DeleteDialog | None:  # fmt: skip
        if not captures or not self.executor.unlocked:
            return None
        dialog = DeleteDialog(captures, parent)
        source = captures[0]

        def submit() -> None:
            def deleted(result: list[Capture]) -> None:
                dialog.finish()
                self.notify(self.tr("{} deleted from {}").format(_count(len(result)), ltr(source.item_tag)))
                if done is not None:
                    done(result)

            self.executor.submit(ops.delete_captures([c.id for c in dialog.captures], dialog.reason.text()),
                                 deleted, dialog.refused)  # fmt: skip

        dialog.submitted.connect(submit)
        self._open(dialog)
        return dialog

    def flag(self, captures: list[Capture], parent: QWidget | None,
             done: Callable[[list[Capture]], None] | None = None) -> FlagDialog | None:  # fmt: skip
        if not captures or not self.executor.unlocked:
            return None
        dialog = FlagDialog(captures, parent)
        source = captures[0]

        def submit() -> None:
            def flagged(result: list[Capture]) -> None:
                dialog.finish()
                self.notify(self.tr("Flagged {} in {}").format(_what(result), ltr(source.item_tag)))
                self.flags_changed.emit()
                if done is not None:
                    done(result)

            self.executor.submit(ops.flag_captures([c.id for c in dialog.captures], dialog.reason.text()),
                                 flagged, dialog.refused)  # fmt: skip

        dialog.submitted.connect(submit)
        self._open(dialog)
        return dialog

    def clear_flag(self, capture: Capture, flag: Flag | None, parent: QWidget | None,
                   done: Callable[[Capture], None] | None = None) -> ClearFlagDialog | None:  # fmt: skip
        if not self.executor.unlocked:
            return None
        dialog = ClearFlagDialog(capture, flag, parent)

        def submit() -> None:
            def cleared(result: Capture) -> None:
                dialog.finish()
                self.notify(self.tr("Flag cleared on {} in {}").format(ltr(result.original_name),
                                                                        ltr(result.item_tag)))  # fmt: skip
                self.flags_changed.emit()
                if done is not None:
                    done(result)

            self.executor.submit(ops.unflag_capture(capture.id, dialog.reason.text()), cleared, dialog.refused)

        dialog.submitted.connect(submit)
        self._open(dialog)
        return dialog

    def _open(self, dialog: _ReasonDialog) -> None:
        self.dialog = dialog
        dialog.open()
