"""The Outbox page: bundles waiting for HQ with their progress, state (waiting, uploading n%, verifying,
acknowledged, rejected with the reason), last attempt and error, and Sync now. While the store is unlocked the window
probes HQ every ``SyncLimits.probe_interval_s`` (with jitter) and sends what is due as soon as HQ answers: the OS
'online' flag proves nothing.

Uploads run on a side thread; the store thread only plans the work and records what happened, so the window and
the other store jobs never wait for the network."""

from __future__ import annotations

import json
import random
import threading
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
)

from fieldkit.config import SYNC_LIMITS
from fieldkit.errors import CredentialError, FieldkitError, PinError
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import ltr, plural
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import outbox as ops
from fieldkit.gui.pages.base import Page, big_button, red
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour
from fieldkit.gui.workers import SideThread
from fieldkit.sync import outbox
from fieldkit.sync.tus import TusClient

Index = QModelIndex | QPersistentModelIndex


# --- model ----------------------------------------------------------------------------------------------------


class OutboxModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[outbox.Entry] = []
        self.live: dict[int, int] = {}  # sequence -> bytes HQ holds, while uploading

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Bundle"), self.tr("State"), self.tr("Size"), self.tr("Last attempt"), self.tr("Error"))

    def set_rows(self, rows: list[outbox.Entry]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_progress(self, sequence: int, offset: int) -> None:
        self.live[sequence] = offset
        for row, entry in enumerate(self.rows):
            if entry.sequence == sequence:
                index = self.index(row, 1)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def state_text(self, entry: outbox.Entry) -> str:
        if entry.sequence in self.live and entry.state not in ("acknowledged", "rejected"):
            share = self.live[entry.sequence] / entry.size if entry.size else 0
            return self.tr("uploading {}%").format(int(share * 100))
        names = {"waiting": self.tr("waiting"), "uploading": self.tr("uploading {}%").format(int(entry.progress * 100)),
                 "verifying": self.tr("verifying at HQ"), "acknowledged": self.tr("acknowledged by HQ"),
                 "rejected": self.tr("REJECTED")}  # fmt: skip
        if entry.duplicate:  # sent twice (a USB copy, then the upload): HQ kept it once
            return self.tr("acknowledged by HQ (it already had it)")
        return names.get(entry.state, entry.state)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self.rows):
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(colour({"acknowledged": "ok", "rejected": "error"}.get(entry.state, "info")))
        detail = entry.reason if entry.state == "rejected" else entry.last_error
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4) and (entry.last_attempt or detail):
            return self.tr("Tried {}: {}").format(attempt_time(entry.last_attempt), detail or self.tr("no error"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (entry.sequence, self.state_text(entry), f"{entry.size / 1e6:.1f} MB",
                attempt_time(entry.last_attempt), detail)[index.column()]  # fmt: skip


def attempt_time(stamp: str | None) -> str:
    """A stored UTC time (ISO 8601) as this laptop's local time, "2026-03-12 09:14"; "" for none."""
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return ltr(stamp[:19].replace("T", " "))
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return ltr(when.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


# --- the runner -----------------------------------------------------------------------------------------------


class SyncRunner(QObject):
    """One sync round at a time: plan on the store thread, probe and upload on the network thread, record on the
    store thread. Dropped on lock (a transfer in flight is stopped; HQ keeps what it received)."""

    progressed = Signal(int, int)  # sequence, offset
    finished = Signal(object)  # True: HQ answered; False: it did not; None: no HQ endpoint provisioned
    recorded = Signal(object)  # an outbox.Entry after an attempt
    failed = Signal(object)
    started = Signal()  # a round began (asking HQ, then sending what is due)

    def __init__(self, executor: StoreExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.network = SideThread("fieldkit-sync", self)  # its generation is the round's: bumped on stop
        self.running = False
        self.cancel = threading.Event()

    def start(self) -> bool:
        if self.running:
            return False
        self.running = True
        self.cancel = threading.Event()
        self.started.emit()
        generation = self.network.generation
        self.executor.submit(ops.plan, lambda tasks: self._probe(generation, tasks), self._fail)
        return True

    def stop(self) -> None:
        self.network.drop()
        self.cancel.set()
        self.running = False

    def shutdown(self) -> None:
        self.stop()
        self.network.shutdown(wait=False)

    def _fail(self, error: FieldkitError) -> None:
        self.running = False
        self.failed.emit(error)

    def _probe(self, generation: int, tasks: list[outbox.Task] | None) -> None:
        if not self.network.current(generation):
            return
        if tasks is None:  # not provisioned for uploads
            self.running = False
            self.finished.emit(None)
            return
        cancel, post = self.cancel, self.network.post

        def work() -> None:  # on the network thread
            if not tasks:
                post(generation, self._done, True)
                return
            client = TusClient(tasks[0].endpoint, rate_limit=tasks[0].rate_limit)
            try:
                if not client.health():
                    post(generation, self._unreachable, None)
                    return
                for task in tasks:
                    if cancel.is_set():
                        break
                    client.bytes_sent = 0
                    sequence = task.sequence

                    def created(path: str, sequence: int = sequence) -> None:
                        post(generation, self._created, (sequence, path))

                    def moved(offset: int, sequence: int = sequence) -> None:
                        post(generation, self._moved, (sequence, offset))

                    result = outbox.transfer(task, client=client, cancel=cancel, on_created=created, progress=moved)
                    post(generation, self._record, result)
            except (CredentialError, PinError) as exc:
                post(generation, self._fail, exc)
                return
            post(generation, self._done, True)

        self.network.run(work)

    def _created(self, value: tuple[int, str]) -> None:
        self.executor.submit(ops.record_created(*value))

    def _moved(self, value: tuple[int, int]) -> None:
        self.progressed.emit(*value)

    def _record(self, result: outbox.Transfer) -> None:
        self.executor.submit(ops.record_transfer(result), self.recorded.emit, self.failed.emit)

    def _unreachable(self, _: object) -> None:
        self.executor.submit(ops.record_unreachable)
        self.running = False
        self.finished.emit(False)

    def _done(self, reachable: object) -> None:
        self.running = False
        self.finished.emit(bool(reachable))


# --- the page -------------------------------------------------------------------------------------------------


class OutboxPage(Page):
    def __init__(self, executor: StoreExecutor) -> None:
        super().__init__(executor)
        self.runner = SyncRunner(executor, self)
        self.model = OutboxModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.show_receipt(index.row()))
        self.table.setToolTip(self.tr("Double-click a bundle to see HQ's receipt"))
        self.summary = QLabel()
        font = self.summary.font()
        font.setPointSize(font.pointSize() + 4)
        self.summary.setFont(font)
        self.endpoint = QLabel()
        self.endpoint.setWordWrap(True)
        self.sync_button = big_button(self.tr("Sync now"))
        self.sync_button.setIcon(icon("cloud-upload"))
        self.sync_button.clicked.connect(self.sync_now)
        self.retry_button = big_button(self.tr("Send the selected bundle again"))
        self.retry_button.setIcon(icon("refresh"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.purge_button = big_button(self.tr("Free space…"))
        self.purge_button.setIcon(icon("delete"))
        self.purge_button.setToolTip(self.tr("Remove from this laptop what HQ acknowledged with a verified receipt"))
        self.purge_button.clicked.connect(lambda: self.purge())
        self.automatic = QCheckBox(self.tr("Send automatically whenever HQ answers"))
        self.automatic.setChecked(True)
        self.automatic.setMinimumHeight(40)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress_label = QLabel()  # the transfer in flight: which bundle, and how far (in the page, not only
        self.progress = QProgressBar()  # in the table's state column)
        for widget in (self.progress_label, self.progress):
            widget.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.endpoint)
        layout.addLayout(buttons)
        layout.addWidget(self.automatic)
        layout.addLayout(progress)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self.runner.progressed.connect(self.model.set_progress)
        self.runner.progressed.connect(self._transfer_moved)
        self.runner.started.connect(self._round_started)
        self.runner.finished.connect(lambda _: self._round_over())
        self.runner.failed.connect(lambda _: self._round_over())
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._error)

    def start(self) -> None:
        """On unlock: show the outbox and start probing HQ."""
        self.reload()
        self._schedule(2_000)

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.BUNDLES | Changes.OUTBOX | Changes.PROVISIONING):
            self.reload()

    def clear(self) -> None:
        """On lock: stop the round in flight and forget what was shown."""
        self.timer.stop()
        self.runner.stop()
        self._round_over()
        self.model.live.clear()
        self.model.set_rows([])
        self.summary.clear()
        self.endpoint.clear()

    def _schedule(self, delay_ms: int | None = None) -> None:
        if self.is_unlocked:
            interval_ms = SYNC_LIMITS.probe_interval_s * 1000 * random.uniform(0.8, 1.2)  # jitter: not all at once
            self.timer.start(delay_ms if delay_ms is not None else int(interval_ms))

    def _tick(self) -> None:
        if self.automatic.isChecked() and self.is_unlocked:
            self.runner.start()
        else:
            self._schedule()

    def reload(self) -> None:
        self.executor.submit(ops.entries, self._show, self._error)

    def _show(self, result: tuple[list[outbox.Entry], str | None]) -> None:
        rows, url = result
        self.model.set_rows(rows)
        waiting = sum(1 for e in rows if e.state not in ("acknowledged", "rejected"))
        rejected = sum(1 for e in rows if e.state == "rejected")
        self.summary.setText(self.tr("{} waiting, {} acknowledged, {} rejected").format(
            waiting, sum(1 for e in rows if e.state == "acknowledged"), rejected))  # fmt: skip
        self.summary.setStyleSheet(red() if rejected else "")
        self.endpoint.setText(self.tr("HQ: {}").format(url) if url else self.tr(
            "No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel "
            "on a removable drive."))  # fmt: skip
        self.sync_button.setEnabled(url is not None)

    def sync_now(self) -> bool:
        self.message.setText(self.tr("Asking HQ…"))
        started = self.runner.start()
        if not started:
            self.message.setText(self.tr("Already sending."))
        return started

    def _round_started(self) -> None:
        self.progress_label.setText(self.tr("Asking HQ…"))
        self.progress.setRange(0, 0)  # busy until a transfer reports how far it is
        self.progress_label.setVisible(True)
        self.progress.setVisible(True)

    def _transfer_moved(self, sequence: int, offset: int) -> None:
        size = next((entry.size for entry in self.model.rows if entry.sequence == sequence), 0)
        self.progress_label.setText(self.tr("Sending bundle {} to HQ: {:.1f} of {:.1f} MB").format(
            sequence, offset / 1e6, size / 1e6))  # fmt: skip
        if size:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * offset / size)))

    def _round_over(self) -> None:
        self.progress_label.setVisible(False)
        self.progress.setVisible(False)

    def _finished(self, reachable: object) -> None:
        if reachable is None:
            self.message.clear()  # nowhere to send to: the endpoint line says what to do
        else:
            now = datetime.now().strftime("%H:%M:%S")
            self.message.setText(
                self.tr("HQ answered; the outbox is up to date.")
                if reachable
                else self.tr("HQ did not answer at {}: bundles wait and go when it does.").format(ltr(now))
            )
            self.message.setStyleSheet("" if reachable else red())
        self.model.live.clear()
        self.reload()
        self._schedule()

    def purge(self, typed: str | None = None) -> None:
        """Remove the captures HQ acknowledged, after the operator has seen how many and typed REMOVE."""

        def counted(found: outbox.Purge) -> None:
            if not found.captures:
                self.message.setText(self.tr("Nothing to remove: no capture is in a bundle HQ has acknowledged."))
                return
            answer = typed
            if answer is None:
                answer, accepted = QInputDialog.getText(self, self.tr("Free space"), plural(self.tr(
                    "Safe at HQ (acknowledged with a verified receipt): %n capture(s), {:.1f} MB.\n"
                    "Remove them from this laptop for good? Type REMOVE to confirm:", "", found.captures),
                    found.captures).format(found.bytes / 1e6))  # fmt: skip
                answer = answer if accepted else ""
            if answer.strip() != "REMOVE":
                self.message.setText(self.tr("Nothing removed."))
                return

            def removed(done: outbox.Purge) -> None:
                self.message.setText(plural(self.tr("Removed %n capture(s); HQ holds them and the custody log keeps "
                                                    "their hashes.", "", done.captures), done.captures))  # fmt: skip

            self.executor.submit(ops.purge(True), removed, self._error)

        self.executor.submit(ops.purge(False), counted, self._error)

    def receipt_text(self, row: int) -> str:
        """HQ's signed receipt of a bundle, as the operator reads it (it was verified before it was kept)."""
        entry = self.model.rows[row]
        if not entry.receipt:
            return self.tr("Bundle {}: no receipt from HQ yet.").format(entry.sequence)
        receipt = json.loads(entry.receipt)
        lines = [
            self.tr("Bundle {} — receipt signed by HQ ({}), signature verified").format(entry.sequence,
                                                                                     receipt.get("hq") or "HQ"),
            self.tr("Verdict: {}").format(receipt.get("verdict")),
            self.tr("Received: {}").format(receipt.get("received_at")),
            self.tr("SHA-256 of the file sent: {}").format(receipt.get("sha256")),
            self.tr("Bundle id: {}").format(receipt.get("bundle_id")),
        ]  # fmt: skip
        if receipt.get("reason"):
            lines.append(self.tr("Reason: {}: {}").format(receipt.get("reason"), receipt.get("message")))
        return "\n".join(lines)

    def show_receipt(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Receipt"), self.receipt_text(row),
                              QMessageBox.StandardButton.Ok, self)  # fmt: skip
            box.open()

    def retry_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        sequence = self.model.rows[index.row()].sequence
        self.executor.submit(ops.retry(sequence), None, self._error)

    def _error(self, error: FieldkitError) -> None:
        self.message.setText(error.message)
        self.message.setStyleSheet(red())
        self._schedule()
