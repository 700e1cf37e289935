"""The HQ status page of the HQ window: what `fieldkit hq status` and `fieldkit hq quarantine` say, without the
command line. A headline says at once whether any device has an alarm (red), needs a look (bundles missing, not
enrolled: amber, naming the devices when they are few) or is clear (green; a device whose key was withdrawn is a
settled state: grey in its row, counted in the green headline, never amber); then one row per device (its status
in words and colour, last bundle, when HQ last received one, how many are archived, the numbers missing and abandoned
as ranges, its alarms), every alarm with what it means and what to do, and what quarantine holds (reason, when,
size, where it came from, whether the copy is still kept).

Read from HQ's index by a job on the executor (ops.hq.status: Index.status, Index.quarantine), never in the page, and
shown through table models; read again whenever the window verifies or ingests a bundle, and on Refresh.

Readable on a 1366x768 laptop: a device is named by its short id (its whole id in the tooltip), a time column is
as wide as a time (never cut), text is cut at its end (a path in its middle, where it loses the least), and the long
texts of the devices and alarms (status, what HQ found, what it means, what to do) wrap in rows that grow."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.alarmwords import alarm_text
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import ltr, plural
from fieldkit.gui.ops import hq as ops
from fieldkit.gui.pages.base import Page, big_button
from fieldkit.gui.tables import Cell, RowsModel, details_pane, fit_columns, table_view
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour, themed
from fieldkit.hq.ingest import gap_text

SHOWN_TIME = "8888-88-88 88:88:88 UTC"  # as wide as any time _when() writes (8 is among the widest digits)
NAMED_IN_HEADLINE = 3  # the amber headline names this many devices, then says how many more


def short_device(device: str) -> str:
    """A device's id as the window names it: 'd0000000…0001' for 'd0000000-0000-4000-8000-000000000001' (its start
    and its end: devices provisioned in a row differ at either end)."""
    return f"{device[:8]}…{device[-4:]}" if len(device) > 14 else device


class TonedRows(RowsModel):
    """Rows whose ``toned`` columns take their row's tone ("error", "warning", "ok", "info", "muted" or ""): its
    colour, in bold, on a pale surface for "error" (an alarm is red wherever it is shown). The ``devices`` columns
    show a device's short id (the cell, the tooltip and the details pane keep its whole id)."""

    def __init__(self, headers: Sequence[str], toned: Sequence[int], devices: Sequence[int] = ()) -> None:
        super().__init__(headers)
        self.toned = set(toned)
        self.devices = set(devices)
        self.tones: list[str] = []

    def set_toned(self, rows: Sequence[Sequence[Cell]], tones: Sequence[str]) -> None:
        self.tones = list(tones)
        self.set_rows(rows)

    def tone(self, row: int) -> str:
        return self.tones[row] if 0 <= row < len(self.tones) else ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() in self.devices:
            value = self.cell(index.row(), index.column())
            return short_device(value) if isinstance(value, str) else super().data(index, role)
        tone = self.tone(index.row()) if index.isValid() and index.column() in self.toned else ""
        if tone and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colour(tone))
        if tone == "error" and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colour("banner-error"))
        if tone and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class _PathCells(QStyledItemDelegate):
    """A column of paths, cut in the middle (its start and its file name stay) where the table cuts at the end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


def readable(view: QTableView, model: TonedRows, stretch: Sequence[str], *, wrap: bool, paths: Sequence[str] = (),
             times: Sequence[str] = ()) -> dict[str, int]:  # fmt: skip
    """Lay a status table out for a laptop screen (see ``fit_columns``): text cut at its end, a ``paths`` column in
    its middle; each ``times`` column and each device column as wide as its longest text (a time is never cut);
    with ``wrap``, the ``stretch`` columns wrap their text in rows that grow to hold it. Returns the fixed widths,
    which the caller may widen before new rows come (the layout reads them on each change)."""
    metrics = view.fontMetrics()
    pad = 2 * metrics.averageCharWidth() + 4
    header = view.horizontalHeader()
    fixed: dict[str, int] = {}
    for column, name in enumerate(model.headers):
        sample = SHOWN_TIME if name in times else short_device("d" * 36) if column in model.devices else None
        if sample is not None:
            fixed[name] = max(metrics.horizontalAdvance(sample) + pad, header.sectionSizeHint(column))
    fit_columns(view, model, stretch=stretch, fixed=fixed)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    for name in paths:
        view.setItemDelegateForColumn(model.headers.index(name), _PathCells(view))
    if wrap:
        view.setWordWrap(True)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return fixed


def ranges(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted numbers as (first, last) runs, as gaps are said: [2, 3, 7] -> [(2, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _when(at: object) -> str | None:
    return f"{str(at).replace('T', ' ').removesuffix('Z')} UTC" if at else None


class HqStatusPage(Page):
    """HQ's devices, alarms and quarantine at a glance, read again after each verification and ingest."""

    works_without_store = True

    refreshed = Signal(object)  # the ops.HqStatus shown

    def __init__(self, executor: StoreExecutor) -> None:
        super().__init__(executor)
        self.folder: Path | None = None
        self.status: ops.HqStatus | None = None
        self._job = 0
        self.headline = QLabel(self.tr("Choose the HQ folder to see its devices."))
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline_tone = ""  # "alarm", "warning" or "clear"
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Identification waiting for people (issue 17): open watchlist hits, candidates no examiner decided. Amber.
        self.identification = QLabel()
        self.identification.setObjectName("identification")
        self.identification.setWordWrap(True)
        self.identification.setTextFormat(Qt.TextFormat.PlainText)
        self.identification.hide()
        self.as_of = QLabel()
        self.refresh_button = big_button(self.tr("Refresh"))
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.clicked.connect(lambda: self.reload())

        tr = self.tr  # each header written out, so that lupdate sees it
        self.devices = TonedRows([tr("Device"), tr("Status"), tr("Last bundle"), tr("Last received"), tr("Archived"),
                                  tr("Missing"), tr("Abandoned"), tr("Alarms")],
                                 toned=[0, 1, 7], devices=[0])  # fmt: skip
        self.device_table = table_view(self.devices, self)
        self.devices.setParent(self.device_table)
        bigger = QFont(self.device_table.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        self.device_table.setFont(bigger)  # a status per device that reads from across the room
        self.device_table.verticalHeader().setDefaultSectionSize(self.device_table.fontMetrics().height() * 2)
        readable(self.device_table, self.devices, stretch=[self.tr("Status")], wrap=True, times=[tr("Last received")])
        self.alarms = TonedRows([tr("Device"), tr("Bundle"), tr("Alarm"), tr("When"), tr("What HQ found"),
                                 tr("What it means"), tr("What to do")], toned=[2], devices=[0])  # fmt: skip
        self.alarm_table = table_view(self.alarms, self)
        self.alarms.setParent(self.alarm_table)
        readable(self.alarm_table, self.alarms, stretch=[tr("What HQ found"), tr("What it means"), tr("What to do")],
                 wrap=True, times=[tr("When")])  # fmt: skip
        self.quarantine = TonedRows([tr("Reason"), tr("When"), tr("Size"), tr("Source"), tr("Device"), tr("Bundle"),
                                     tr("Copy"), tr("Held file"), tr("What HQ found")], toned=[0],
                                    devices=[4])  # fmt: skip
        self.quarantine_table = table_view(self.quarantine, self)
        self.quarantine.setParent(self.quarantine_table)
        # Many rows (each refused bundle): cut, not wrapped; the details pane under it has the selected one whole.
        self.quarantine_widths = readable(self.quarantine_table, self.quarantine, wrap=False,
                                          stretch=[tr("What HQ found")],
                                          paths=[tr("Source"), tr("Held file")], times=[tr("When")])  # fmt: skip
        self.quarantine_details = details_pane(self.quarantine_table, self.quarantine, self, lines=6)

        held = QWidget()
        held_layout = QVBoxLayout(held)
        held_layout.addWidget(self.quarantine_table, 1)
        held_layout.addWidget(self.quarantine_details)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.device_table, self.tr("Devices"))
        self.alarms_tab = self.tabs.addTab(self.alarm_table, self.tr("Alarms"))  # its rows wrap: each is whole
        self.quarantine_tab = self.tabs.addTab(held, self.tr("Quarantine"))

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.identification)
        layout.addWidget(self.as_of)
        layout.addWidget(self.tabs, 1)

    def set_hq_folder(self, folder: Path) -> None:
        self.folder = folder
        self.reload()

    def reload(self) -> None:
        """Read HQ's index again (off the UI thread); an earlier read's answer is dropped."""
        if self.folder is None:
            return
        self._job += 1
        job = self._job
        self.executor.submit(ops.status(self.folder), lambda found: self._show(found, job),
                             lambda error: self._failed(error, job))  # fmt: skip

    def _failed(self, error: FieldkitError, job: int) -> None:
        if job == self._job:
            self.show_error(error)

    # --- what the index says -----------------------------------------------------------------------------------

    def _device_row(self, device: str, entry: dict[str, Any]) -> tuple[list[Cell], str, list[str]]:
        """The device's row, its tone, and what needs a look (for the amber headline): bundles missing, not
        enrolled. A withdrawn key is settled (the device sends nothing HQ accepts): grey, unless more is wrong."""
        alarms = list(entry.get("alarms") or [])
        gaps = [tuple(g) for g in entry.get("gaps") or []]
        parts: list[str] = []
        look: list[str] = []
        tone = "ok"
        if alarms:
            tone = "error"
            parts.append(self.tr("ALARM: {}").format(", ".join(
                self.tr("{} at bundle {}").format(a["kind"], a["sequence"]) for a in alarms)))  # fmt: skip
        if entry.get("revoked"):
            parts.append(self.tr("key withdrawn (revoked)"))
        if not entry.get("enrolled"):
            parts.append(self.tr("not enrolled"))
            look.append(self.tr("not enrolled"))
        if gaps:
            parts.append(self.tr("missing {}").format(gap_text(gaps)))
            look.append(self.tr("missing {}").format(gap_text(gaps)))
        if tone != "error" and look:
            tone = "warning"
        elif tone != "error" and parts:
            tone = "muted"  # withdrawn, nothing else: settled
        if not parts:
            parts.append(self.tr("OK") if entry.get("bundles") else self.tr("enrolled, no bundle yet"))
            tone = "ok" if entry.get("bundles") else "info"
        abandoned = gap_text(ranges([int(n) for n in entry.get("abandoned") or []]))
        row: list[Cell] = [
            device, "; ".join(parts), entry.get("last_sequence") or None, _when(entry.get("last_ingested")),
            int(entry.get("bundles") or 0), gap_text(gaps) or None,
            abandoned or None, len(alarms) or None,
        ]  # fmt: skip
        return row, tone, look

    def _show(self, found: ops.HqStatus, job: int) -> None:
        if job != self._job:
            return
        self.status = found
        rows, tones, looks = [], [], []
        alarm_rows: list[list[Cell]] = []
        for device, entry in sorted(found.devices.items(), key=lambda pair: (not pair[1].get("alarms"), pair[0])):
            row, tone, look = self._device_row(device, entry)
            rows.append(row)
            tones.append(tone)
            looks.append(look)
            for alarm in entry.get("alarms") or []:
                why, what = alarm_text(str(alarm["kind"]))
                alarm_rows.append([device, alarm["sequence"], alarm["kind"], _when(alarm["at"]), alarm["message"], why,
                                   what])  # fmt: skip
        self.devices.set_toned(rows, tones)
        self.alarms.set_toned(alarm_rows, ["error"] * len(alarm_rows))
        held_rows: list[list[Cell]] = []
        for entry in reversed(found.quarantine):  # the newest first
            copy = (self.tr("expired {}").format(_when(entry["expired_at"])) if entry.get("expired_at")
                    else self.tr("kept") if entry.get("held") else self.tr("missing"))  # fmt: skip
            held_rows.append([entry["reason"], _when(entry["at"]), entry.get("size"), entry["source"],
                              entry.get("device_id"), entry.get("sequence"), copy, entry["path"],
                              entry["message"]])  # fmt: skip
        expired = [str(row[6]) for row in held_rows if any(entry.get("expired_at") for entry in found.quarantine)]
        self._fit_text(self.quarantine_table, self.quarantine_widths, self.tr("Copy"), expired)
        self.quarantine.set_toned(held_rows, ["warning"] * len(held_rows))
        self.tabs.setTabText(self.tabs.indexOf(self.device_table), plural(
            self.tr("Devices (%n)", "", len(rows)), len(rows)))  # fmt: skip
        self.tabs.setTabText(self.alarms_tab, self.tr("Alarms (%n)", "", len(alarm_rows)))
        self.tabs.setTabText(self.quarantine_tab, self.tr("Quarantine (%n)", "", len(held_rows)))
        self._headline(rows, tones, looks, found)
        self._identification(found)
        kept = sum(1 for entry in found.quarantine if entry.get("held"))
        waiting = found.waiting_amendments
        said = plural(self.tr("%n bundle(s) refused and listed in quarantine", "", len(held_rows)), len(held_rows))
        said += self.tr(" ({} copies still kept)").format(kept)
        if waiting:
            said += plural(self.tr("; %n amendment(s) waiting for their original", "", waiting), waiting)
        self.summary.setText(said)
        self.as_of.setText(self.tr("As of {} (read again after each verification and ingest)").format(
            ltr(QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm:ss"))))  # fmt: skip
        self.refreshed.emit(found)

    def _fit_text(self, view: QTableView, widths: dict[str, int], name: str, texts: list[str]) -> None:
        """Make column ``name`` as wide as the longest of ``texts`` (one holding a time, never cut), or fit its
        contents as any column does when there is none."""
        if not texts:
            widths.pop(name, None)
            return
        metrics = view.fontMetrics()
        widths[name] = max(metrics.horizontalAdvance(text) for text in texts) + 2 * metrics.averageCharWidth() + 4

    def _identification(self, found: ops.HqStatus) -> None:
        """One amber line while watchlist hits wait for an operator's decision or candidates for an examiner's."""
        parts = []
        if found.open_hits:
            parts.append(plural(self.tr("%n watchlist hit(s) still open on the devices", "", found.open_hits),
                                found.open_hits))  # fmt: skip
        if found.undecided_candidates:
            parts.append(plural(self.tr("%n match candidate(s) waiting for an examiner", "",
                                        found.undecided_candidates), found.undecided_candidates))  # fmt: skip
        if not parts:
            self.identification.hide()
            return
        what = self.tr(
            "open each bundle on the Verify page, Identification tab: follow an open hit's instructions with the "
            "team in charge, and decide each candidate (Decide…) or run 'fieldkit hq matches'."
        )
        self.identification.setText(self.tr("Identification: {}. What to do: {}").format("; ".join(parts), what))
        themed(self.identification, "#identification {{ background: {banner-warning}; color: {on-banner-warning};"
                                    " border: 1px solid {edge-warning}; padding: 6px; }}")  # fmt: skip
        self.identification.show()

    def _headline(self, rows: list[list[Cell]], tones: list[str], looks: list[list[str]],
                  found: ops.HqStatus | None = None) -> None:  # fmt: skip
        alarmed = [str(row[0]) for row, tone in zip(rows, tones, strict=True) if tone == "error"]
        to_look = [(str(row[0]), look) for row, tone, look in zip(rows, tones, looks, strict=True) if tone == "warning"]
        withdrawn = sum(1 for tone in tones if tone == "muted")
        self.headline.setToolTip("\n".join(str(row[0]) for row, tone in zip(rows, tones, strict=True)
                                           if tone in ("error", "warning")))  # fmt: skip
        if alarmed:
            self.headline_tone = "alarm"
            text = plural(self.tr("ALARM on %n device(s): {}. Treat each as compromised until the alarm is explained.",
                                  "", len(alarmed)), len(alarmed)).format(self._named(alarmed))  # fmt: skip
            sheet = "#headline {{ background: {danger}; color: {on-danger}; padding: 8px; }}"
        elif to_look:
            self.headline_tone = "warning"
            named = self._named([self.tr("{} ({})").format(short_device(device), ", ".join(look))
                                 for device, look in to_look], short=False)  # fmt: skip
            text = plural(self.tr("Look at %n device(s): {}", "", len(to_look)), len(to_look)).format(named)
            sheet = "#headline {{ background: {banner-warning}; color: {on-banner-warning}; padding: 8px; }}"
        elif found is not None and (found.open_hits or found.undecided_candidates):
            self.headline_tone = "warning"  # never green while people must still decide on identifications
            text = plural(self.tr("%n device(s), no alarm, nothing missing, but identification waits for a decision "
                                  "(below)", "", len(rows)), len(rows))  # fmt: skip
            sheet = "#headline {{ background: {banner-warning}; color: {on-banner-warning}; padding: 8px; }}"
        else:
            self.headline_tone = "clear"
            text = plural(self.tr("%n device(s), no alarm, nothing missing", "", len(rows)), len(rows))
            if withdrawn:
                text += plural(self.tr(" (%n key(s) withdrawn)", "", withdrawn), withdrawn)
            sheet = "#headline {{ background: {success}; color: {on-success}; padding: 8px; }}"
        self.headline.setText(text)
        themed(self.headline, sheet)

    def _named(self, devices: list[str], *, short: bool = True) -> str:
        """The first NAMED_IN_HEADLINE devices by short id, then how many more."""
        shown = [ltr(short_device(d) if short else d) for d in devices[:NAMED_IN_HEADLINE]]
        more = len(devices) - len(shown)
        if more:
            shown.append(plural(self.tr("%n more", "", more), more))
        return ", ".join(shown)
