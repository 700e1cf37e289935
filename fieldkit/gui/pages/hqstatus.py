"""The HQ status page of the HQ window: what `fieldkit hq status` and `fieldkit hq quarantine` say, without the
command line. A headline says at once whether any device has an alarm (red), needs a look (bundles missing, key
withdrawn) or is clear; then one row per device (its status in words and colour, last bundle, when HQ last received
one, how many are archived, the numbers missing and abandoned as ranges, its alarms), every alarm with what it means
and what to do, and what quarantine holds (reason, when, size, where it came from, whether the copy is still kept).

Read from HQ's index by a job on the executor (ops.hq.status: Index.status, Index.quarantine), never in the page, and
shown through table models; read again whenever the window verifies or ingests a bundle, and on Refresh."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

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


class TonedRows(RowsModel):
    """Rows whose ``toned`` columns take their row's tone ("error", "warning", "ok", "info" or ""): its colour, in
    bold, on a pale surface for "error" (an alarm is red wherever it is shown)."""

    def __init__(self, headers: Sequence[str], toned: Sequence[int]) -> None:
        super().__init__(headers)
        self.toned = set(toned)
        self.tones: list[str] = []

    def set_toned(self, rows: Sequence[Sequence[Cell]], tones: Sequence[str]) -> None:
        self.tones = list(tones)
        self.set_rows(rows)

    def tone(self, row: int) -> str:
        return self.tones[row] if 0 <= row < len(self.tones) else ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
        self.as_of = QLabel()
        self.refresh_button = big_button(self.tr("Refresh"))
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.clicked.connect(lambda: self.reload())

        tr = self.tr  # each header written out, so that lupdate sees it
        self.devices = TonedRows([tr("Device"), tr("Status"), tr("Last bundle"), tr("Last received"), tr("Archived"),
                                  tr("Missing"), tr("Abandoned"), tr("Alarms")], toned=[0, 1, 7])  # fmt: skip
        self.device_table = table_view(self.devices, self)
        self.devices.setParent(self.device_table)
        bigger = QFont(self.device_table.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        self.device_table.setFont(bigger)  # a status per device that reads from across the room
        self.device_table.verticalHeader().setDefaultSectionSize(self.device_table.fontMetrics().height() * 2)
        fit_columns(self.device_table, self.devices, stretch=[self.tr("Status"), self.tr("Alarms")])
        self.alarms = TonedRows([tr("Device"), tr("Bundle"), tr("Alarm"), tr("When"), tr("What HQ found"),
                                 tr("What it means"), tr("What to do")], toned=[2])  # fmt: skip
        self.alarm_table = table_view(self.alarms, self)
        self.alarms.setParent(self.alarm_table)
        fit_columns(self.alarm_table, self.alarms, stretch=[self.tr("What HQ found"), self.tr("What to do")])
        self.alarm_details = details_pane(self.alarm_table, self.alarms, self, lines=4)
        self.quarantine = TonedRows([tr("Reason"), tr("When"), tr("Size"), tr("Source"), tr("Device"), tr("Bundle"),
                                     tr("Copy"), tr("Held file"), tr("What HQ found")], toned=[0])  # fmt: skip
        self.quarantine_table = table_view(self.quarantine, self)
        self.quarantine.setParent(self.quarantine_table)
        fit_columns(self.quarantine_table, self.quarantine, stretch=[self.tr("Source"), self.tr("Held file")])
        self.quarantine_details = details_pane(self.quarantine_table, self.quarantine, self, lines=4)

        alarms = QWidget()
        alarm_layout = QVBoxLayout(alarms)
        alarm_layout.addWidget(self.alarm_table, 1)
        alarm_layout.addWidget(self.alarm_details)
        held = QWidget()
        held_layout = QVBoxLayout(held)
        held_layout.addWidget(self.quarantine_table, 1)
        held_layout.addWidget(self.quarantine_details)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.device_table, self.tr("Devices"))
        self.alarms_tab = self.tabs.addTab(alarms, self.tr("Alarms"))
        self.quarantine_tab = self.tabs.addTab(held, self.tr("Quarantine"))

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
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

    def _device_row(self, device: str, entry: dict[str, Any]) -> tuple[list[Cell], str]:
        alarms = list(entry.get("alarms") or [])
        gaps = [tuple(g) for g in entry.get("gaps") or []]
        parts: list[str] = []
        tone = "ok"
        if alarms:
            tone = "error"
            parts.append(self.tr("ALARM: {}").format(", ".join(
                self.tr("{} at bundle {}").format(a["kind"], a["sequence"]) for a in alarms)))  # fmt: skip
        if entry.get("revoked"):
            parts.append(self.tr("key withdrawn (revoked)"))
        if not entry.get("enrolled"):
            parts.append(self.tr("not enrolled"))
        if gaps:
            parts.append(self.tr("missing {}").format(gap_text(gaps)))
        if tone != "error" and parts:
            tone = "warning"
        if not parts:
            parts.append(self.tr("OK") if entry.get("bundles") else self.tr("enrolled, no bundle yet"))
            tone = "ok" if entry.get("bundles") else "info"
        abandoned = gap_text(ranges([int(n) for n in entry.get("abandoned") or []]))
        row: list[Cell] = [
            device, "; ".join(parts), entry.get("last_sequence") or None, _when(entry.get("last_ingested")),
            int(entry.get("bundles") or 0), gap_text(gaps) or None,
            abandoned or None, len(alarms) or None,
        ]  # fmt: skip
        return row, tone

    def _show(self, found: ops.HqStatus, job: int) -> None:
        if job != self._job:
            return
        self.status = found
        rows, tones = [], []
        alarm_rows: list[list[Cell]] = []
        for device, entry in sorted(found.devices.items(), key=lambda pair: (not pair[1].get("alarms"), pair[0])):
            row, tone = self._device_row(device, entry)
            rows.append(row)
            tones.append(tone)
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
        self.quarantine.set_toned(held_rows, ["warning"] * len(held_rows))
        self.tabs.setTabText(self.tabs.indexOf(self.device_table), plural(
            self.tr("Devices (%n)", "", len(rows)), len(rows)))  # fmt: skip
        self.tabs.setTabText(self.alarms_tab, self.tr("Alarms (%n)", "", len(alarm_rows)))
        self.tabs.setTabText(self.quarantine_tab, self.tr("Quarantine (%n)", "", len(held_rows)))
        self._headline(rows, tones)
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

    def _headline(self, rows: list[list[Cell]], tones: list[str]) -> None:
        alarmed = [str(row[0]) for row, tone in zip(rows, tones, strict=True) if tone == "error"]
        looks = sum(1 for tone in tones if tone == "warning")
        if alarmed:
            self.headline_tone = "alarm"
            text = plural(self.tr("ALARM on %n device(s): {}. Treat them as compromised until it is explained.", "",
                                  len(alarmed)), len(alarmed)).format(", ".join(ltr(d) for d in alarmed))  # fmt: skip
            sheet = "#headline {{ background: {danger}; color: {on-danger}; padding: 8px; }}"
        elif looks:
            self.headline_tone = "warning"
            text = plural(self.tr("%n device(s) need a look: bundles missing, key withdrawn or not enrolled", "",
                                  looks), looks)  # fmt: skip
            sheet = "#headline {{ background: {banner-warning}; color: {on-banner-warning}; padding: 8px; }}"
        else:
            self.headline_tone = "clear"
            text = plural(self.tr("%n device(s), no alarm, nothing missing", "", len(rows)), len(rows))
            sheet = "#headline {{ background: {success}; color: {on-success}; padding: 8px; }}"
        self.headline.setText(text)
        themed(self.headline, sheet)
