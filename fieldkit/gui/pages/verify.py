"""The Verify page, for headquarters: open or drop a bundle, see the verdict first and then the checks, the items
with their photos and the custody timeline; ingest it into the HQ folder; save an HTML report.

A bundle that fails verification is quarantined on sight: a red panel says why in plain words and what to do, and
nothing of its content is shown (no photos, no previews, no records, no timeline) nor can it be ingested."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QRect, QSize, QSysInfo, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont, QFontMetrics, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.bundle.manifest import CaptureRecord
from fieldkit.bundle.verify import Report
from fieldkit.core import custody_text
from fieldkit.errors import FieldkitError
from fieldkit.gui.alarmwords import ALARMS, alarm_text
from fieldkit.gui.custodywords import what_happened
from fieldkit.gui.details import readable_reason
from fieldkit.gui.folders import choose_folder, choose_open_file, choose_save_file
from fieldkit.gui.hqidentify import DecideDialog, IdentificationTab
from fieldkit.gui.i18n import current_language
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import keep_left_to_right, kind_label, ltr, plural
from fieldkit.gui.models import badged, flagged
from fieldkit.gui.ops import hq as ops
from fieldkit.gui.pages.base import Page, big_button, green, red
from fieldkit.gui.tables import Cell, RowsModel, details_pane, fit_columns, table_view
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour, themed, tint_style
from fieldkit.hq import advice
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import IngestResult, gap_text
from fieldkit.media_types import OCTET_STREAM

ANALYSIS_HEADERS = ("Item", "Name", "Kind", "Analysis", "Reason / how", "Left out", "Capture")
TILE = 160  # the side of a tile in the items grid


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a module function's tr() under no context


def capture_state(capture: CaptureRecord, flags: dict[str, str]) -> tuple[str, str | None, str | None]:
    """What the bundle says of a capture, as the device showed it: (state, why or how, the tile's badge: "failed",
    "damaged", "flagged" or None). Flagged: for review on the device (its custody log), or kept as a file of a type
    fieldkit does not know (the device flagged it as "damaged or unknown" when it was imported)."""
    tr = _tr
    analysis = capture.analysis
    if analysis is not None and analysis.status == "failed":
        return tr("ANALYSIS FAILED"), readable_reason(analysis.reason), "failed"
    if analysis is not None and analysis.damaged:
        return tr("DAMAGED"), readable_reason(analysis.damaged), "damaged"
    if capture.uuid in flags:
        return tr("FLAGGED for review"), flags[capture.uuid] or None, "flagged"
    if capture.media_type == OCTET_STREAM:
        return tr("UNKNOWN TYPE, kept and flagged"), tr("its first bytes name no type fieldkit knows"), "flagged"
    if analysis is None:
        return tr("not recorded"), None, None
    if analysis.status == "pending":
        return tr("not analysed on the device"), None, None
    return tr("analysed"), None, None


def analysis_rows(report: Report) -> list[list[Cell]]:
    """One row per capture of the bundle: the device's analysis (failed with the reason, damaged with how, flagged)
    and the derived products the bundle leaves out for it; then left-out products of captures it does not list."""
    left_out: dict[str, list[str]] = {}
    for entry in report.left_out:
        left_out.setdefault(entry.capture, []).append(f"{entry.product}: {readable_reason(entry.reason)}")
    marks = html_report.flags(report)
    rows: list[list[Cell]] = []
    for capture in report.captures.values():
        state, why, _ = capture_state(capture, marks)
        rows.append([capture.item_tag, capture.original_name, kind_label(capture.kind), state, why,
                     "; ".join(left_out.pop(capture.uuid, [])) or None, capture.uuid])  # fmt: skip
    for uuid, products in left_out.items():
        rows.append([None, None, None, None, None, "; ".join(products), uuid])
    return rows


_KIND_ICONS = {"photo": "image-broken-variant", "document": "file-document-outline", "fingerprint": "fingerprint",
               "media": "file-music-outline", "file": "file-question-outline"}  # fmt: skip


def placeholder_tile(kind: str, name: str) -> QPixmap:
    """A tile for a capture without a preview (a text, an unknown file, a damaged photo): its type's icon and its
    name on the theme's tile colour, as large as a preview."""
    image = QImage(TILE, TILE, QImage.Format.Format_RGB32)
    image.fill(QColor(colour("tile-other")))
    painter = QPainter(image)
    glyph = icon(_KIND_ICONS.get(kind, "file-outline"), colour("on-tile")).pixmap(64, 64)
    painter.drawPixmap((TILE - 64) // 2, 24, glyph)
    painter.setPen(QColor(colour("on-tile")))
    metrics = QFontMetrics(painter.font())
    line = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, TILE - 12)
    painter.drawText(QRect(6, 96, TILE - 12, metrics.height() + 4), Qt.AlignmentFlag.AlignCenter, line)
    painter.end()
    return QPixmap.fromImage(image)


def rejection_text(reason: str | None) -> tuple[str, str]:
    """Why a bundle was refused and what to do, in plain words, for its reason code: the core's table
    (fieldkit/hq/advice.py, which the command line and the HTML report say too), translated part by part."""
    said = advice.advice(reason)
    return _tr(said.why), " ".join(_tr(step) for step in said.steps)


class QuarantinePanel(QFrame):
    """What a refused bundle shows instead of its content: a red panel with the reason and what to do."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("quarantine")
        themed(self, "#quarantine {{ background: {danger}; border-radius: 6px; }}"
                     " #quarantine QLabel {{ color: {on-danger}; }}")  # fmt: skip
        title = QLabel(self.tr("QUARANTINED: do not use this bundle"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        self.why = QLabel()
        self.what = QLabel()
        self.detail = QLabel()
        self.held = QLabel()  # where HQ's quarantine keeps the copy of the file
        for label in (self.why, self.what, self.detail, self.held):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        bigger = QFont(self.why.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
        bigger.setBold(True)
        self.why.setFont(bigger)
        for label in (self.detail, self.held):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        badge = QLabel()
        badge.setPixmap(icon("shield-alert").pixmap(64, 64))
        top = QHBoxLayout()
        top.addWidget(badge)
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.why)
        layout.addWidget(self.what)
        layout.addWidget(self.detail)
        layout.addWidget(self.held)
        layout.addStretch(1)

    def show_reason(self, reason: str | None, message: str, bundle: str) -> None:
        why, what = rejection_text(reason)
        self.why.setText(why)
        self.what.setText(self.tr("What to do: {}").format(what))
        self.detail.setText(self.tr("Bundle: {}\nWhat the check found: {} ({})").format(
            ltr(bundle), message, ltr(reason or "")))  # fmt: skip
        self.held.clear()

    def show_held(self, checked: ops.Checked) -> None:
        """Where the copy of the refused file is kept (HQ's status lists it), or why none could be kept."""
        if checked.held is not None and checked.held.new:
            text = self.tr("A copy of this file is kept in HQ's quarantine, with the reason beside it: {}").format(
                ltr(checked.held.path)
            )
        elif checked.held is not None:
            text = self.tr("This file was already in HQ's quarantine (same SHA-256), no second copy made: {}").format(
                ltr(checked.held.path)
            )
        else:
            text = self.tr("No copy could be kept in HQ's quarantine: {}. Keep the file safe yourself.").format(
                checked.not_held
            )
        self.held.setText(text)


class VerifyPage(Page):
    """For headquarters: open or drop a bundle, see the verdict first, then the details; ingest; save a report."""

    works_without_store = True  # it reads the HQ folder, not this device's store

    verified = Signal(object)
    ingested = Signal(object)
    decided = Signal(object)  # an examiner's decision on a candidate was recorded (the candidate now)
    identification_shown = Signal()  # the Identification tab was filled (after verification, ingest, a decision)

    def __init__(self, executor: StoreExecutor, hq_folder: Path | None = None) -> None:
        super().__init__(executor)
        self.report: Report | None = None
        self.checked: ops.Checked | None = None  # what the verification found beside the report
        self.bundle: Path | None = None
        self._job = 0  # the verification whose result is wanted (an earlier one's result is dropped)
        self.setAcceptDrops(True)
        self.hq = QLineEdit(str(hq_folder) if hq_folder else "")
        self.hq.setPlaceholderText(self.tr("HQ folder (made when HQ was set up)"))
        keep_left_to_right(self.hq)
        choose_hq = QPushButton(self.tr("Choose…"))
        choose_hq.setIcon(icon("folder-open"))
        choose_hq.clicked.connect(self._choose_hq)
        self.open_button = big_button(self.tr("Open bundle…"))
        self.open_button.setIcon(icon("file-import"))
        self.open_button.clicked.connect(self._choose_bundle)
        self.verdict = QLabel(self.tr("Open or drop a bundle here."))
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(56)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_tone = ""  # "valid", "warning", "alarm" or "rejected": what the verdict's colours say
        # What HQ already holds that bears on a verified bundle: its device's alarms, a replay, what ingest would
        # raise; in warning colours, above the bundle's content, hidden when there is nothing to say.
        self.standing = QLabel()
        self.standing.setObjectName("standing")
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.PlainText)
        self.standing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.standing.hide()
        self.step = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the verifier cannot say how far it is: a busy bar with the step's name
        self.progress.setTextVisible(False)
        self.step.hide()
        self.progress.hide()
        self.checks = QListWidget()
        self.items = QListWidget()
        self.items.setViewMode(QListWidget.ViewMode.IconMode)
        self.items.setIconSize(QSize(TILE, TILE))
        self.items.setGridSize(QSize(TILE + 16, TILE + 48))  # every tile as large, its two lines of text below it
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Per capture: what analysis made of it on the device and what the bundle leaves out, as `fieldkit verify`
        # prints it: a VALID bundle can still hold captures that could not be analysed (their originals are in it).
        self.analysis_summary = QLabel()
        self.analysis_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.analysis_summary.setWordWrap(True)
        self.analyses = RowsModel([self.tr(h) for h in ANALYSIS_HEADERS])
        self.analysis_table = table_view(self.analyses, self)
        self.analyses.setParent(self.analysis_table)
        fit_columns(self.analysis_table, self.analyses, stretch=[self.tr("Name"), self.tr("Reason / how")])
        self.analysis_details = details_pane(self.analysis_table, self.analyses, self, lines=3)
        self.custody = QListWidget()
        self.amendments = QListWidget()  # what the device learned after bundling earlier captures, in HQ's order
        self.amendments.setWordWrap(True)
        self.ingest_button = big_button(self.tr("Ingest"))
        self.ingest_button.setIcon(icon("database-import"))
        self.ingest_button.clicked.connect(self.ingest)
        self.save_button = big_button(self.tr("Save HTML report…"))
        self.save_button.setIcon(icon("content-save"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_report())
        self.ingest_result = QLabel()
        self.ingest_result.setWordWrap(True)
        self._no_ingest(self.tr("Open a bundle first: only a verified bundle can be ingested."))

        self.folder_row = QWidget()  # the HQ window owns its folder and hides this row
        top = QHBoxLayout(self.folder_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.hq, 1)
        top.addWidget(choose_hq)
        opening = QHBoxLayout()
        opening.addWidget(self.folder_row, 1)
        opening.addWidget(self.open_button)
        actions = QHBoxLayout()
        actions.addWidget(self.ingest_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.ingest_result, 1)

        analysis = QWidget()
        analysis_layout = QVBoxLayout(analysis)
        analysis_layout.addWidget(self.analysis_summary)
        analysis_layout.addWidget(self.analysis_table, 1)
        analysis_layout.addWidget(self.analysis_details)
        self.details = QTabWidget()  # what a verified bundle holds, one tab each so the page fits a small screen
        self.details.addTab(self.items, self.tr("Items and photos"))
        self.analysis_tab = analysis
        self.details.addTab(analysis, self.tr("Analysis"))
        self.details.addTab(self.custody, self.tr("Custody timeline"))
        self.details.addTab(self.checks, self.tr("Checks"))
        self.amendments_tab = self.details.addTab(self.amendments, self.tr("Amendments"))
        self.details.setTabVisible(self.amendments_tab, False)
        # The watchlist hits the bundle carries and the match candidates HQ found for its subjects (issue 17).
        self.identification = IdentificationTab()
        self.identification.decide_asked.connect(self._decide)
        self.identification_tab = self.details.addTab(self.identification, self.tr("Identification"))
        self.details.setTabVisible(self.identification_tab, False)
        self.quarantine = QuarantinePanel()
        self.body = QStackedWidget()
        self.body.addWidget(self.details)
        self.body.addWidget(self.quarantine)

        layout = QVBoxLayout(self)
        layout.addLayout(opening)
        layout.addWidget(self.verdict)
        layout.addWidget(self.standing)
        layout.addWidget(self.step)
        layout.addWidget(self.progress)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)

    # --- the HQ folder, the bundle -----------------------------------------------------------------------------

    @property
    def hq_folder(self) -> Path | None:
        text = self.hq.text().strip()
        return Path(text) if text else None

    def set_hq_folder(self, folder: Path) -> None:
        self.hq.setText(str(folder))

    @property
    def is_quarantined(self) -> bool:
        """The bundle shown failed verification: the quarantine panel stands in for its content."""
        return self.body.currentWidget() is self.quarantine

    def _choose_hq(self) -> None:
        folder = choose_folder(self, "hq-folder", self.tr("HQ folder"))
        if folder:
            self.hq.setText(folder)

    def _choose_bundle(self) -> None:
        name = choose_open_file(self, "bundle", self.tr("Open bundle"), self.tr("Bundles (*.fkb);;All (*)"))
        if name:
            self.open_bundle(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_bundle(Path(urls[0].toLocalFile()))

    def _clear(self) -> None:
        self.report = None
        self.checked = None
        self._no_ingest(self.tr("Wait for the verification: only a verified bundle can be ingested."))
        self.save_button.setEnabled(False)
        self.ingest_result.clear()
        self.analyses.set_rows([])
        self.analysis_summary.clear()
        self.items.clear()
        self.checks.clear()
        self.custody.clear()
        self.amendments.clear()
        self.details.setTabVisible(self.amendments_tab, False)
        self.identification.clear()
        self.details.setTabVisible(self.identification_tab, False)
        self.standing.clear()
        self.standing.hide()
        self.body.setCurrentWidget(self.details)

    def open_bundle(self, bundle: Path) -> None:
        folder = self.hq_folder
        if folder is None:
            self._verdict(False, self.tr("Choose the HQ folder first: it holds the key that opens bundles."))
            return
        self.bundle = bundle
        self._clear()
        self._job += 1
        job = self._job
        self.verdict.setText(self.tr("Verifying {}…").format(ltr(bundle.name)))
        self.verdict.setStyleSheet("")
        self._busy(ops.Step("checking"))
        self.executor.submit(ops.verify(bundle, folder), lambda checked: self._show(checked, job),
                             lambda error: self._failed(error, job),
                             lambda step: self._busy(step) if job == self._job else None)  # fmt: skip

    # --- progress, verdict -------------------------------------------------------------------------------------

    def _busy(self, step: object) -> None:
        if not isinstance(step, ops.Step):
            return
        if step.name == "previews":
            text = self.tr("Making previews of the verified photos in the sandbox: {} so far…").format(step.done)
        else:
            text = self.tr("Checking: opening the bundle, its signature and the hash of every file…")
        self.step.setText(text)
        self.step.show()
        self.progress.show()

    def _idle(self) -> None:
        self.step.hide()
        self.progress.hide()

    def _no_ingest(self, why: str) -> None:
        self.ingest_button.setEnabled(False)
        self.ingest_button.setToolTip(why)

    def _verdict(self, ok: bool, text: str) -> None:
        self.verdict.setText(text)
        self.verdict_tone = "valid" if ok else "rejected"
        surface = "{success}; color: {on-success}" if ok else "{danger}; color: {on-danger}"
        themed(self.verdict, f"background: {surface}; font-size: 18pt; padding: 8px;")

    def _warn(self, text: str, alarm: bool) -> None:
        """A verified bundle that needs a look before anyone relies on it: never green. ``alarm``: its device may be
        compromised (an alarm stands, or ingesting it would raise one)."""
        self.verdict.setText(text)
        self.verdict_tone = "alarm" if alarm else "warning"
        surface = ("{banner-error}; color: {on-banner-error}; border: 3px solid {danger}" if alarm
                   else "{banner-warning}; color: {on-banner-warning}; border: 3px solid {edge-warning}")  # fmt: skip
        themed(self.verdict, f"background: {surface}; font-size: 18pt; padding: 8px;")
        themed(self.standing, "#standing {{ background: " + surface.replace("3px", "1px") + "; padding: 8px; }}")

    def _failed(self, error: FieldkitError, job: int | None = None) -> None:
        if job is not None and job != self._job:
            return
        self._idle()
        self._verdict(False, error.message)
        self.show_error(error)

    def _show(self, checked: ops.Checked, job: int | None = None) -> None:
        if job is not None and job != self._job:
            return  # another bundle was opened since
        self._idle()
        report = checked.report
        self.report = report
        self.checked = checked
        self.save_button.setEnabled(True)
        if not report.ok:
            self._quarantine(report)
            self.quarantine.show_held(checked)
            self.verified.emit(report)
            return
        self._verdict(True, self.tr("VALID: authentic, complete and unaltered"))
        self.body.setCurrentWidget(self.details)
        for check in report.checks:
            self.checks.addItem(f"{'✔' if check.ok else '✘'}  {check.name}: {check.detail}")
        marks = html_report.flags(report)
        badges: list[str] = []
        for capture in report.captures.values():
            state, why, badge = capture_state(capture, marks)
            entry = QListWidgetItem(f"{capture.item_tag}\n{capture.original_name}")
            entry.setToolTip(f"{capture.original_name}\n{kind_label(capture.kind)}: {state}"
                             + (f" — {why}" if why else ""))  # fmt: skip
            entry.setData(Qt.ItemDataRole.UserRole, badge)
            picture: QPixmap | None = None
            small = report.thumbnails.get(capture.payload)
            if small:
                image = QImage()
                if image.loadFromData(small):
                    picture = QPixmap.fromImage(image)
            if picture is None:
                picture = placeholder_tile(capture.kind, capture.original_name)
            if badge in ("failed", "damaged"):
                picture = badged(picture, badge)
            elif badge == "flagged":
                picture = flagged(picture)
            entry.setIcon(QIcon(picture))
            self.items.addItem(entry)
            badges.append(badge or "")
        self.analyses.set_rows(analysis_rows(report))
        counts = self._counts(badges.count("failed"), badges.count("damaged"), badges.count("flagged"),
                              len(report.left_out))  # fmt: skip
        self.analysis_summary.setText(
            plural(self.tr("%n capture(s)", "", len(report.captures)), len(report.captures))
            + (self.tr(": {}. Their originals are in the bundle.").format(counts) if counts else ".")
        )
        if counts:
            self._verdict(True, self.tr("VALID: authentic, complete and unaltered — but {} (Analysis tab)").format(
                counts))  # fmt: skip
            self.details.setCurrentIndex(self.details.indexOf(self.analysis_tab))
        graph = report.records.get("data/custody.jsonld", {})
        for node in graph.get("@graph", []) if isinstance(graph, dict) else []:
            if isinstance(node, dict) and node.get("@type") == "case-investigation:InvestigativeAction":
                when = node.get("uco-action:startTime", {})
                event = custody_text.from_node(node)  # the action in words, as the device's Custody tab says it
                line = QListWidgetItem(f"#{node.get('fieldkit:sequence')}  {ltr(custody_text.short_time(event.at))}  "
                                       f"{what_happened(event)}")  # fmt: skip
                line.setToolTip(ltr(event.action))
                self.custody.addItem(line)
        self._show_amendments(report, checked.labels, checked.holds)
        self._show_identification(report, checked.candidates, ingested=checked.ingested_at is not None)
        if checked.ingested_at is not None:
            when = ltr(checked.ingested_at.replace("T", " ").removesuffix("Z") + " UTC")
            self.ingest_result.setStyleSheet(tint_style("warning"))
            self.ingest_result.setText(self.tr("Already ingested on {}").format(when))
            self._no_ingest(self.tr("HQ already archived this bundle on {}: ingesting it again would change "
                                    "nothing.").format(when))  # fmt: skip
        else:
            self.ingest_button.setEnabled(True)
            self.ingest_button.setToolTip(self.tr("Archive this verified bundle in the HQ folder"))
        self._show_standing(report, checked)
        self.verified.emit(report)

    def _show_standing(self, report: Report, checked: ops.Checked) -> None:
        """Before ingest: the device's standing alarms, a replay, and what ingesting this bundle would raise, said
        in the verdict and the panel under it in warning colours (never green), with what to do."""
        standing = checked.standing
        alarms = list(standing.get("alarms") or [])
        would = standing.get("would")
        lines: list[str] = []
        if alarms:
            lines.append(plural(self.tr("HQ holds %n alarm(s) on this device:", "", len(alarms)), len(alarms)))
            for alarm in alarms:
                when = ltr(str(alarm.get("at") or "").replace("T", " ").removesuffix("Z") + " UTC")
                lines.append(self.tr("• {} at bundle {} ({}): {}").format(
                    ltr(alarm.get("kind")), alarm.get("sequence"), when, alarm.get("message")))  # fmt: skip
        device, number = ltr(report.device_id), report.sequence
        if checked.ingested_at is not None:
            lines.append(self.tr("HQ already holds this very bundle (a replay): ingesting it again changes nothing."))
        elif would == "fork":
            lines.append(self.tr("HQ already holds a different bundle {} of this device: ingesting this one raises a "
                                 "fork alarm and moves both to quarantine.").format(number))  # fmt: skip
            self.ingest_button.setToolTip(self.tr("Ingest records the fork: both bundles numbered {} go to quarantine "
                                                  "and the device gets a fork alarm").format(number))  # fmt: skip
        elif would == "chain-broken":
            lines.append(self.tr("It does not follow on from bundle {} of this device that HQ holds: ingesting it "
                                 "raises a chain-broken alarm and keeps it in quarantine.").format(
                                     number - 1))  # fmt: skip
        elif would == "custody-chain-broken":
            lines.append(self.tr("Its custody log does not continue the one HQ holds for this device: ingesting it "
                                 "archives it and raises a custody-chain-broken alarm."))  # fmt: skip
        elif would == "sequence-jump":
            lines.append(self.tr("It is numbered {}, far beyond bundle {}, the last HQ archived of this device: "
                                 "ingest keeps it in quarantine for review.").format(
                                     number, standing.get("last_sequence", 0)))  # fmt: skip
        alarm = bool(alarms) or would in ALARMS
        if alarm:
            kinds = [str(a.get("kind")) for a in alarms] + ([str(would)] if would in ALARMS else [])
            why, what = alarm_text(kinds[0])
            lines.append(self.tr("What it means: {}").format(why))
            lines.append(self.tr("What to do: {}").format(what))
        if not lines:
            return
        self.standing.setText("\n".join(lines))
        self.standing.show()
        if alarm and alarms:
            text = plural(self.tr("VALID signature, but device {} has %n alarm(s): it may be compromised", "",
                                  len(alarms)), len(alarms)).format(device)  # fmt: skip
        elif alarm:
            text = self.tr("VALID signature, but ingesting it raises a {} alarm on device {}").format(
                ltr(would), device)  # fmt: skip
        elif checked.ingested_at is not None:
            text = self.tr("VALID: authentic, complete and unaltered, but HQ already holds it (a replay)")
        else:
            text = self.tr("VALID signature, but ingest will hold it for review (numbered far ahead)")
        self._warn(text, alarm)

    def _show_identification(self, report: Report, candidates: list[dict[str, Any]], *, ingested: bool) -> None:
        """The Identification tab: the bundle's watchlist hits and HQ's candidates for its subjects, its title
        counting what waits for a decision; an open hit calling for action opens on it."""
        shown = self.identification.show_bundle(report, candidates, ingested)
        self.details.setTabVisible(self.identification_tab, shown)
        if shown:
            open_hits, urgent, waiting = self.identification.open_count(report)
            pending = open_hits + waiting
            title = (self.tr("Identification (%n open)", "", pending) if pending
                     else self.tr("Identification"))  # fmt: skip
            self.details.setTabText(self.identification_tab, title)
            self.details.tabBar().setTabTextColor(self.identification_tab, QColor(colour(
                "error" if urgent else "warning" if pending else "info")))  # fmt: skip
            if urgent:
                self.details.setCurrentIndex(self.identification_tab)
        self.identification_shown.emit()

    def _reload_identification(self) -> None:
        """After an ingest or a decision: HQ's candidates for the bundle's subjects, read again in a job."""
        folder, report = self.hq_folder, self.report
        if folder is None or report is None or not report.ok:
            return
        job = self._job
        self.executor.submit(ops.candidates(report, folder),
                             lambda found: self._show_identification(report, found, ingested=True)
                             if job == self._job else None, self.show_error)  # fmt: skip

    def _decide(self, dialog: DecideDialog) -> None:
        folder, decision = self.hq_folder, dialog.decision()
        if folder is None or decision is None:
            return

        def done(candidate: dict[str, Any]) -> None:
            self.notify(self.tr("Recorded: candidate {} {} by {} (nothing is merged)").format(
                candidate["id"], decision.upper(), dialog.examiner.text().strip()))  # fmt: skip
            self.decided.emit(candidate)
            self._reload_identification()

        self.executor.submit(ops.decide(folder, dialog.candidate_id, decision, dialog.examiner.text(),
                                        dialog.note.toPlainText().strip()), done, self.show_error)  # fmt: skip

    def _show_amendments(self, report: Report, labels: dict[str, str],
                         holds: dict[str, dict[str, Any] | None]) -> None:  # fmt: skip
        """One line per amendment, in the order HQ applies them (the words are the report's, as in the HTML); one
        to something HQ has not received says it waits for the original."""
        lines = html_report.amendment_lines(report, labels, holds)
        for amended in lines:
            entries = ", ".join(f"#{seq}" for seq in amended.custody)
            line = f"{amended.order}.  {amended.text}" + (self.tr("  (custody {})").format(ltr(entries))
                                                            if entries else "")  # fmt: skip
            if amended.waiting:
                line = self.tr("waiting: HQ has not received the original yet") + " — " + line
            entry = QListWidgetItem(line)
            if amended.waiting:
                entry.setForeground(QColor(colour("warning")))
            self.amendments.addItem(entry)
        self.details.setTabVisible(self.amendments_tab, bool(lines))
        if lines:
            self.details.setTabText(self.amendments_tab, self.tr("Amendments (%n)", "", len(lines)))

    def _counts(self, failed: int, damaged: int, flagged: int, left_out: int) -> str:
        """ "1 capture damaged, 2 products left out": only the counts that are not zero, each with its plural."""
        parts = [
            plural(text, n)
            for text, n in (
                (self.tr("%n capture(s) failed analysis", "", failed), failed),
                (self.tr("%n capture(s) damaged", "", damaged), damaged),
                (self.tr("%n capture(s) flagged", "", flagged), flagged),
                (self.tr("%n product(s) left out", "", left_out), left_out),
            )
            if n
        ]
        return ", ".join(parts)

    def _quarantine(self, report: Report) -> None:
        """A refused bundle: the red panel instead of its content, and no ingest."""
        why, _ = rejection_text(report.reason)
        self._verdict(False, self.tr("REJECTED: {}").format(why))
        self.quarantine.show_reason(report.reason, report.message, self.bundle.name if self.bundle else "")
        self.body.setCurrentWidget(self.quarantine)
        self._no_ingest(self.tr("This bundle failed verification and cannot be ingested: {}").format(why))

    # --- ingest, report ----------------------------------------------------------------------------------------

    def ingest(self) -> None:
        folder = self.hq_folder
        if self.bundle is None or folder is None or self.report is None or not self.report.ok:
            return
        bundle = self.bundle
        self._no_ingest(self.tr("Ingesting…"))

        def done(result: IngestResult) -> None:
            self._idle()
            if result.accepted:
                gaps = self.tr("; missing from this device: {}").format(gap_text(result.gaps)) if result.gaps else ""
                waiting = sum(1 for a in result.amendments if a.get("state") == "waiting")
                notes = [plural(self.tr("%n amendment(s) waiting for their original", "", waiting), waiting)
                         if waiting else "",
                         plural(self.tr("%n waiting amendment(s) applied", "", len(result.released)),
                                len(result.released)) if result.released else ""]  # fmt: skip
                said = "; ".join(note for note in notes if note)
                # Green only when nothing is left to wait for: a waiting amendment or a missing bundle needs a look.
                calm = not waiting and not result.gaps and not result.alarms  # an alarm or a missing bundle: a look
                self.ingest_result.setStyleSheet(green() if calm else tint_style("warning"))
                self.ingest_result.setText(self.tr("{}: {}{}").format(result.outcome, result.message, gaps)
                                           + (f". {said}" if said else ""))  # fmt: skip
                if result.alarms:  # archived, but the device may be compromised: say so where the verdict is
                    why, what = alarm_text(str(result.alarms[0].get("kind")))
                    self.standing.setText("\n".join([*(str(a.get("message")) for a in result.alarms),
                                                      self.tr("What it means: {}").format(why),
                                                      self.tr("What to do: {}").format(what)]))  # fmt: skip
                    self.standing.show()
                    self._warn(self.tr("ARCHIVED, but HQ raised an alarm on device {}: it may be compromised").format(
                        ltr(result.device_id)), alarm=True)  # fmt: skip
                self.notify(self.tr("Ingested {}").format(ltr(bundle.name)))
                self._reload_identification()  # HQ searched its subjects: the candidates it found
                self._no_ingest(self.tr("This bundle is in the archive now."))
            else:  # it changed on disk since, or it breaks the device's sequence: ingest put it in quarantine
                self.ingest_result.setStyleSheet(red())
                self.ingest_result.setText(result.message)
                self._verdict(False, self.tr("REJECTED: {}").format(rejection_text(result.reason)[0]))
                self.quarantine.show_reason(result.reason, result.message, bundle.name)
                self.body.setCurrentWidget(self.quarantine)
                self._no_ingest(self.tr("Ingest refused this bundle and kept it in quarantine."))
            self.ingested.emit(result)

        self.executor.submit(ops.ingest(bundle, folder), done, self._failed, self._busy)

    def save_report(self, target: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        if target is None:
            name = choose_save_file(self, "report", self.tr("Save report"), "report.html", "HTML (*.html)")
            if not name:
                return None
            target = Path(name)
        about = None
        if not self.report.ok:  # the refusal only: what HQ read of the file, when, where, why in the window's words
            why, what = rejection_text(self.report.reason)
            held = self.checked.held if self.checked is not None else None
            about = html_report.Context(
                file_name=self.bundle.name if self.bundle is not None else Path(self.report.path).name,
                size=held.size if held is not None else None,
                file_sha256=held.file_sha256 if held is not None else self.report.file_sha256,
                hq_folder=str(self.hq_folder or ""), machine=QSysInfo.machineHostName(),
                made_at=QDateTime.currentDateTimeUtc().toString("yyyy-MM-dd HH:mm:ss") + " UTC",
                why=why, what=what, held=str(held.path) if held is not None else "",
            )  # fmt: skip
        target.write_text(
            html_report.render(
                self.report,
                about=about,
                labels=self.checked.labels if self.checked is not None else None,
                language=current_language(),  # the window's language: the report's words and direction
            ),
            encoding="utf-8",
        )
        return target
