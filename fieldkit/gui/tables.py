"""Read-only tables of rows for the viewer and the item page: archive members, ANSI/NIST records, database tables,
acquisitions and their entries.

Decision: one small table model for every such list, because they are all the same thing to Qt (rows of values,
sortable by column, nothing editable), and a view that may hold tens of thousands of rows (an archive's members,
a card's files) should not create a widget item per cell. Each cell is shown as plain text (never as rich text: the
values are paths and names from seized media) and sorts by its own value, so sizes sort as numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPlainTextEdit, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3  # the object a row stands for (an Acquisition), for whoever selects it

Cell = str | int | float | bool | None


_TIMESTAMP = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)?$")


def shown_text(value: Cell) -> str:
    """What a cell shows: ``cell_text``, with an ISO timestamp to the second (its fraction is in the tooltip)."""
    text = cell_text(value)
    found = _TIMESTAMP.match(text) if isinstance(value, str) else None
    return f"{found[1]} {found[2]}{found[3] or ''}" if found else text


def cell_text(value: Cell) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class RowsModel(QAbstractTableModel):
    """Rows of cells under fixed headers; ``set_rows`` replaces them all."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self.headers = list(headers)
        self._rows: list[Sequence[Cell]] = []
        self._objects: list[object] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]], objects: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._objects = list(objects) if objects is not None else [None] * len(self._rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column] if 0 <= row < len(self._rows) and 0 <= column < len(self.headers) else None

    def column(self, name: str) -> list[Cell]:
        """Every value of the column with this header (for tests and copying)."""
        at = self.headers.index(name)
        return [row[at] for row in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(value)
        if role == SortRole:
            return value if value is not None else ""
        if role == RowRole:
            return self._objects[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float) and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class _SortByValue(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        return str(a) < str(b)


def table_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A sortable, read-only view of ``model`` that selects whole rows."""
    view = QTableView(parent)
    proxy = _SortByValue(view)  # owned by the view: it lives as long as the view does
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order the rows came in until someone sorts
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


# Layout pixels: a path or reason column is never narrower than STRETCHED_WIDTH (a scroll bar comes first); a column
# sized to its contents is at most CONTENT_WIDTH wide (its tooltip has the rest).
STRETCHED_WIDTH = 220
CONTENT_WIDTH = 190
MEASURED_ROWS = 100  # a column fitted to its contents is measured on its first rows only


class _ColumnLayout(QObject):
    """Sizes the columns of one table whenever its rows or its width change (see ``fit_columns``)."""

    def __init__(self, view: QTableView, model: RowsModel, stretch: Sequence[str], fixed: dict[str, int]) -> None:
        super().__init__(view)
        self.view, self.model, self.stretch, self.fixed = view, model, set(stretch), fixed
        self._due = True
        view.viewport().installEventFilter(self)
        model.modelReset.connect(self.apply)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize or (event.type() == QEvent.Type.Show and self._due):
            self.apply()
        return False

    def _content_width(self, column: int) -> int:
        """The widest of the column's first rows, measured with the font (not through the delegate: asking the
        model for every role of every cell held the UI thread for a quarter of a second on 200 rows)."""
        metrics = self.view.fontMetrics()
        rows = min(self.model.rowCount(), MEASURED_ROWS)
        widest = max((metrics.horizontalAdvance(cell_text(self.model.cell(row, column))) for row in range(rows)),
                     default=0)  # fmt: skip
        return widest + 2 * metrics.averageCharWidth() + 4

    def apply(self) -> None:
        if not self.view.isVisible():
            self._due = True  # sized when shown: a hidden tab costs nothing
            return
        self._due = False
        header = self.view.horizontalHeader()
        stretched = []
        used = 0
        for column, name in enumerate(self.model.headers):
            if name in self.stretch:
                stretched.append(column)
                continue
            width = self.fixed.get(name) or min(CONTENT_WIDTH, max(self._content_width(column),
                                                                 header.sectionSizeHint(column)))  # fmt: skip
            header.resizeSection(column, width)
            used += width
        if stretched:
            share = max(STRETCHED_WIDTH, (self.view.viewport().width() - used) // len(stretched))
            for column in stretched:
                header.resizeSection(column, share)


def fit_columns(view: QTableView, model: RowsModel, stretch: Sequence[str],
                fixed: dict[str, int] | None = None) -> None:  # fmt: skip
    """Lay the columns out for a laptop screen: the ``stretch`` columns (paths, reasons) share the width left, never
    below STRETCHED_WIDTH; each ``fixed`` one (a SHA-256) gets its width in pixels and the rest fit their contents,
    up to CONTENT_WIDTH. Long texts are elided in the middle, where a path loses the least (its start and its file name
    stay); the tooltip and the details pane have them whole. Columns stay resizable by hand until the next change."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(400)  # tens of thousands of rows: size to the first few hundred
    _ColumnLayout(view, model, stretch, fixed or {}).apply()


def details_pane(view: QTableView, model: RowsModel, parent: QWidget | None = None, lines: int = 5) -> QPlainTextEdit:
    """A few lines under a table that show the selected row whole, "Header: value" per line, wrapped: a long path
    and its reason read together, without scrolling sideways."""
    pane = QPlainTextEdit(parent)
    pane.setReadOnly(True)
    pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    pane.setPlaceholderText(QCoreApplication.translate("Tables", "Select a row to read it whole here."))
    pane.setMaximumHeight(pane.fontMetrics().lineSpacing() * lines + 12)

    def show(current: QModelIndex) -> None:
        if not current.isValid():
            pane.clear()
            return
        proxy = view.model()
        source = proxy.mapToSource(current) if isinstance(proxy, QSortFilterProxyModel) else current
        row = source.row()
        pane.setPlainText("\n".join(f"{name}: {cell_text(model.cell(row, column))}"
                                     for column, name in enumerate(model.headers)))  # fmt: skip

    view.selectionModel().currentRowChanged.connect(lambda current, _previous: show(current))
    model.modelReset.connect(pane.clear)
    return pane
