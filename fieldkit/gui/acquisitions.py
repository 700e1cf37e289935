"""The item's acquisitions in the window: one row per import (files, a folder, a camera card, a seized medium, a
capture source), and under it every path that acquisition met, stored or not, with its size, file-system times,
SHA-256 and, for what was not stored, the reason.

Decision: this is the acquisition manifest ``fieldkit acquisition ID`` prints, as two tables, so that an examiner
can see in the window what a card or a folder held and what became of each file (a FIFO not stored, a symbolic link
recorded with its target, a file already in the item). Read on the store thread; nothing here is editable.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from fieldkit.errors import FieldkitError
from fieldkit.gui.labels import ltr, plural
from fieldkit.gui.ops import evidence as ops
from fieldkit.gui.tables import Cell, RowRole, RowsModel, details_pane, fit_columns, table_view
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Acquisition, AcquisitionEntry, Item

ACQUISITION_HEADERS = ("#", "Started", "Source", "Root", "Medium", "Files met", "Stored", "Already there",
                       "Not stored", "Finished", "Operator")  # fmt: skip
# The reason next to the path and its status: both are read together (a FIFO not stored, a link and its target).
ENTRY_HEADERS = ("#", "Path", "Type", "Status", "Reason / link", "Size", "Modified", "Changed", "Born", "SHA-256",
                 "Capture")  # fmt: skip


def medium_text(acquisition: Acquisition) -> str:
    parts = (acquisition.medium_label, acquisition.volume_id and f"volume {acquisition.volume_id}",
             acquisition.filesystem)  # fmt: skip
    return ", ".join(part for part in parts if part) or "-"


def acquisition_row(acquisition: Acquisition) -> list[Cell]:
    return [acquisition.id, acquisition.started_at, acquisition.source, acquisition.root or "-",
            medium_text(acquisition), acquisition.entries, acquisition.stored, acquisition.duplicates,
            acquisition.not_stored, acquisition.finished_at or "did not finish", acquisition.operator]  # fmt: skip


def entry_row(entry: AcquisitionEntry) -> list[Cell]:
    note = " → ".join(part for part in (entry.reason, entry.link_target or "") if part)
    return [entry.seq, entry.path, entry.entry_type, entry.status, note or None, entry.size, entry.modified,
            entry.changed, entry.born, entry.sha256, entry.capture_id]  # fmt: skip


class AcquisitionsView(QWidget):
    """The acquisitions of one item (top) and the entries of the one selected (below)."""

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.item: Item | None = None
        self.acquisitions = RowsModel([self.tr(h) for h in ACQUISITION_HEADERS])
        self.entries = RowsModel([self.tr(h) for h in ENTRY_HEADERS])
        self.acquisition_table = table_view(self.acquisitions, self)
        self.entry_table = table_view(self.entries, self)
        self.acquisitions.setParent(self.acquisition_table)
        self.entries.setParent(self.entry_table)
        fit_columns(self.acquisition_table, self.acquisitions, stretch=[self.tr("Root")])
        fit_columns(self.entry_table, self.entries, stretch=[self.tr("Path"), self.tr("Reason / link")],
                    fixed={self.tr("SHA-256"): 120})  # fmt: skip
        self.entry_details = details_pane(self.entry_table, self.entries, self, lines=6)
        self.acquisition_table.selectionModel().currentRowChanged.connect(lambda current, _: self._selected(current))
        self.summary = QLabel(self.tr("Select an item to see where its files came from."))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.entries_label = QLabel()
        self.entries_label.setTextFormat(Qt.TextFormat.PlainText)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.entries_label)
        lower_layout.addWidget(self.entry_table, 1)
        lower_layout.addWidget(self.entry_details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.acquisition_table)
        splitter.addWidget(lower)
        splitter.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._shown: int | None = None  # the acquisition whose entries are shown

    @property
    def table(self) -> QTableView:
        return self.acquisition_table

    def show_item(self, item: Item | None) -> None:
        """Read the item's acquisitions (None: clear)."""
        self.item = item
        if item is None:
            self.clear()
            return

        def found(acquisitions: list[Acquisition]) -> None:
            if self.item is None or self.item.id != item.id:
                return  # another item was selected meanwhile
            keep = self._shown
            self.acquisitions.set_rows([acquisition_row(a) for a in acquisitions], acquisitions)
            n = len(acquisitions)
            self.summary.setText(
                plural(
                    self.tr("%n acquisition(s) into {} / {}: every path each one met, stored or not.", "", n), n
                ).format(item.case_name, ltr(item.tag))
            )
            ids = [a.id for a in acquisitions]
            row = ids.index(keep) if keep in ids else len(ids) - 1  # the newest, unless one was already chosen
            if row >= 0:
                proxy = self.acquisition_table.model()
                assert isinstance(proxy, QSortFilterProxyModel)
                self.acquisition_table.selectRow(proxy.mapFromSource(self.acquisitions.index(row, 0)).row())
                self._show_entries(acquisitions[row])
            else:
                self.entries.set_rows([])
                self.entries_label.clear()

        self.executor.submit(ops.acquisitions_of(item), found, self._failed)

    def clear(self) -> None:
        """Drop what is shown (on lock, or with no item selected); answers still on their way are dropped too."""
        self.item = None
        self._shown = None
        self.acquisitions.set_rows([])
        self.entries.set_rows([])
        self.entries_label.clear()
        self.summary.setText(self.tr("Select an item to see where its files came from."))

    def _selected(self, current: QModelIndex) -> None:
        acquisition = current.data(RowRole) if current.isValid() else None
        if isinstance(acquisition, Acquisition) and acquisition.id != self._shown:
            self._show_entries(acquisition)

    def _show_entries(self, acquisition: Acquisition) -> None:
        self._shown = acquisition.id

        def found(entries: list[AcquisitionEntry]) -> None:
            if self._shown != acquisition.id:
                return
            self.entries.set_rows([entry_row(e) for e in entries], entries)
            self.entries_label.setText(
                plural(self.tr("Acquisition #{} ({}), root {}: %n path(s).", "", len(entries)), len(entries)).format(
                    acquisition.id, acquisition.source, ltr(acquisition.root or "-")
                )
            )

        self.executor.submit(ops.acquisition_entries(acquisition.id), found, self._failed)

    def _failed(self, error: FieldkitError) -> None:
        self.summary.setText(error.message)
