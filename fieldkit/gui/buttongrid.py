"""Buttons in as many equal columns as fit the width: the item card's categories and actions, and the Samples part's
(a module of its own so that both import it)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget


def _bold_extra(button: QAbstractButton) -> int:
    """How much wider the button's text is in bold (a checked button's, theme.CHECKED), plus its thicker frame: a
    checked "Document" must not read "Doc…ent"."""
    if not button.isCheckable():
        return 0
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    bold = QFont(button.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text) - button.fontMetrics().horizontalAdvance(text) + 8


class ButtonGrid(QWidget):
    """Buttons in as many equal columns as fit the width (at most ``columns``): fewer, and more rows, when the text
    is larger or the room narrower, so that no button is ever narrower than its text. Its height follows its width
    (a scroll area around it grows down rather than sideways). The buttons are placed by hand: a layout inside
    would hide the height-for-width from the layout around."""

    SPACING = 4

    def __init__(self, buttons: Iterable[QAbstractButton], columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        self._max_columns = max(1, columns)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for button in self._buttons:
            button.setParent(self)

    def _shown(self) -> list[QAbstractButton]:
        return [button for button in self._buttons if not button.isHidden()]

    def _cell(self) -> QSize:
        shown = self._shown() or self._buttons
        return QSize(max(button.sizeHint().width() + _bold_extra(button) for button in shown),
                     max(max(button.sizeHint().height(), button.minimumHeight()) for button in shown))  # fmt: skip

    def columns_for(self, width: int) -> int:
        fit = (width + self.SPACING) // (self._cell().width() + self.SPACING)
        return max(1, min(self._max_columns, len(self._shown()) or 1, fit))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        count = len(self._shown())
        if not count:
            return 0
        rows = -(-count // self.columns_for(width))
        return rows * self._cell().height() + (rows - 1) * self.SPACING

    def sizeHint(self) -> QSize:
        cell = self._cell()
        columns = max(1, min(self._max_columns, len(self._shown())))
        width = columns * cell.width() + (columns - 1) * self.SPACING
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._cell().width()
        return QSize(width, self.heightForWidth(width))

    def _arrange(self) -> None:
        width, cell = self.width(), self._cell()
        columns = self.columns_for(width)
        column_width = (width - (columns - 1) * self.SPACING) // columns
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index, button in enumerate(self._shown()):
            row, column = divmod(index, columns)
            x = column * (column_width + self.SPACING)
            if right_to_left:
                x = width - x - column_width
            button.setGeometry(x, row * (cell.height() + self.SPACING), column_width, cell.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutRequest):
            self.updateGeometry()  # larger text: wider buttons, fewer columns, more rows
            self._arrange()
        return super().event(event)
