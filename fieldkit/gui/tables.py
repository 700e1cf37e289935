"""Read-only tables of rows for the viewer and the item page: archive members, ANSI/NIST records, database tables,
acquisitions and their entries.

Decision: one small table model for every such list, because they are all the same thing to Qt (rows of values,
sortable by column, nothing editable), and a view that may hold tens of thousands of rows (an archive's members,
a card's files) should not create a widget item per cell. Each cell is shown as plain text (never as rich text: the
values are paths and names from seized media) and sorts by its own value, so sizes sort as numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3  # the object a row stands for (an Acquisition), for whoever selects it

Cell = str | int | float | bool | None


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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
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
