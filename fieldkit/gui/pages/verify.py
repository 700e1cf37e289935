"""The Verify page, for headquarters: open or drop a bundle, see the verdict first and then the checks, the items
with their photos and the custody timeline; ingest it into the HQ folder; save an HTML report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from fieldkit.bundle.verify import Report
from fieldkit.errors import FieldkitError
from fieldkit.gui.details import readable_reason
from fieldkit.gui.ops import hq as ops
from fieldkit.gui.pages.base import GREEN, RED, Page, big_button
from fieldkit.gui.tables import Cell, RowsModel, details_pane, fit_columns, table_view
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import IngestResult

ANALYSIS_HEADERS = ("Item", "Name", "Kind", "Analysis", "Reason / how", "Left out", "Capture")


def analysis_rows(report: Report) -> list[list[Cell]]:
    """One row per capture of the bundle: the device's analysis (failed with the reason, damaged with how) and the
    derived products the bundle leaves out for it; then left-out products of captures it does not list."""
    left_out: dict[str, list[str]] = {}
    for entry in report.left_out:
        left_out.setdefault(entry.capture, []).append(f"{entry.product}: {readable_reason(entry.reason)}")
    rows: list[list[Cell]] = []
    for capture in report.captures.values():
        analysis = capture.analysis
        if analysis is None:
            state, why = "not recorded", None
        elif analysis.status == "failed":
            state, why = "FAILED", readable_reason(analysis.reason)
        elif analysis.damaged:
            state, why = "DAMAGED", readable_reason(analysis.damaged)
        else:
            state, why = analysis.status, None
        rows.append([capture.item_tag, capture.original_name, capture.kind, state, why,
                     "; ".join(left_out.pop(capture.uuid, [])) or None, capture.uuid])  # fmt: skip
    for uuid, products in left_out.items():
        rows.append([None, None, None, None, None, "; ".join(products), uuid])
    return rows


class VerifyPage(Page):
    """For headquarters: open or drop a bundle, see the verdict first, then the details; ingest; save a report."""

    works_without_store = True  # it reads the HQ folder, not this device's store

    verified = Signal(object)
    ingested = Signal(object)

    def __init__(self, executor: StoreExecutor, hq_folder: Path | None = None) -> None:
        super().__init__(executor)
        self.report: Report | None = None
        self.bundle: Path | None = None
        self.setAcceptDrops(True)
        self.hq = QLineEdit(str(hq_folder) if hq_folder else "")
        self.hq.setPlaceholderText(self.tr("HQ folder (made by 'fieldkit hq init')"))
        choose_hq = QPushButton(self.tr("Choose…"))
        choose_hq.clicked.connect(self._choose_hq)
        self.open_button = big_button(self.tr("Open bundle…"))
        self.open_button.clicked.connect(self._choose_bundle)
        self.verdict = QLabel(self.tr("Open or drop a bundle here."))
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(56)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checks = QListWidget()
        self.items = QListWidget()
        self.items.setViewMode(QListWidget.ViewMode.IconMode)
        self.items.setIconSize(QSize(160, 160))
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
        self.ingest_button = big_button(self.tr("Ingest"))
        self.ingest_button.setEnabled(False)
        self.ingest_button.clicked.connect(self.ingest)
        self.save_button = big_button(self.tr("Save HTML report…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_report())
        self.ingest_result = QLabel()
        self.ingest_result.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.hq, 1)
        top.addWidget(choose_hq)
        top.addWidget(self.open_button)
        actions = QHBoxLayout()
        actions.addWidget(self.ingest_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.ingest_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Checks")))
        layout.addWidget(self.checks, 1)
        layout.addWidget(QLabel(self.tr("Items and photos")))
        layout.addWidget(self.items, 1)
        layout.addWidget(self.analysis_summary)
        layout.addWidget(self.analysis_table, 2)
        layout.addWidget(self.analysis_details)
        layout.addWidget(QLabel(self.tr("Custody timeline")))
        layout.addWidget(self.custody, 1)

    def _choose_hq(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("HQ folder"))
        if folder:
            self.hq.setText(folder)

    def _choose_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open bundle"), "", self.tr("Bundles (*.fkb);;All (*)"))
        if name:
            self.open_bundle(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_bundle(Path(urls[0].toLocalFile()))

    def open_bundle(self, bundle: Path) -> None:
        if not self.hq.text().strip():
            self._verdict(False, self.tr("Choose the HQ folder first: it holds the key that opens bundles."))
            return
        self.bundle = bundle
        self.report = None
        self.ingest_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.ingest_result.clear()
        self.analyses.set_rows([])
        self.analysis_summary.clear()
        self.verdict.setText(self.tr("Verifying {}…").format(bundle.name))
        self.verdict.setStyleSheet("")
        self.executor.submit(ops.verify(bundle, Path(self.hq.text().strip())), self._show, self._failed)

    def _verdict(self, ok: bool, text: str) -> None:
        self.verdict.setText(text)
        colour = "#1b7f3b" if ok else "#b3261e"
        self.verdict.setStyleSheet(f"background: {colour}; color: white; font-size: 18pt; padding: 8px;")

    def _failed(self, error: FieldkitError) -> None:
        self._verdict(False, error.message)

    def _show(self, report: Report) -> None:
        self.report = report
        self._verdict(report.ok, (self.tr("VALID: authentic, complete and unaltered") if report.ok
                                  else self.tr("REJECTED: {}").format(report.message)))  # fmt: skip
        self.checks.clear()
        for check in report.checks:
            self.checks.addItem(f"{'✔' if check.ok else '✘'}  {check.name}: {check.detail}")
        self.items.clear()
        captures = [v for k, v in report.records.items() if k.startswith("data/records/captures/")]
        for capture in captures:
            if not isinstance(capture, dict):
                continue
            entry = QListWidgetItem(f"{capture.get('item_tag', '')}\n{capture.get('original_name', '')}")
            small = report.thumbnails.get(str(capture.get("payload")))
            if small:
                image = QImage()
                if image.loadFromData(small):
                    entry.setIcon(QIcon(QPixmap.fromImage(image)))
            self.items.addItem(entry)
        rows = analysis_rows(report)
        self.analyses.set_rows(rows)
        failed = sum(1 for row in rows if row[3] == "FAILED")
        damaged = sum(1 for row in rows if row[3] == "DAMAGED")
        left = len(report.left_out)
        self.analysis_summary.setText(self.tr(
            "{} captures: {} could not be analysed on the device, {} damaged; {} derived product(s) left out. Their "
            "originals are in the bundle.").format(len(report.captures), failed, damaged, left))  # fmt: skip
        if report.ok and (failed or damaged or left):
            self._verdict(
                True,
                self.tr(
                    "VALID: authentic, complete and unaltered — but {} capture(s) failed analysis, "
                    "{} damaged, {} product(s) left out (below)"
                ).format(failed, damaged, left),
            )
        self.custody.clear()
        graph = report.records.get("data/custody.jsonld", {})
        for node in graph.get("@graph", []) if isinstance(graph, dict) else []:
            if isinstance(node, dict) and node.get("@type") == "case-investigation:InvestigativeAction":
                when = node.get("uco-action:startTime", {})
                self.custody.addItem(f"#{node.get('fieldkit:sequence')}  "
                                     f"{when.get('@value') if isinstance(when, dict) else ''}  "
                                     f"{node.get('uco-core:name')}")  # fmt: skip
        self.ingest_button.setEnabled(True)  # a refused bundle is ingested into quarantine, with its reason
        self.save_button.setEnabled(True)
        self.verified.emit(report)

    def ingest(self) -> None:
        if self.bundle is None:
            return

        def done(result: IngestResult) -> None:
            gaps = self.tr("; missing from this device: {}").format(result.gaps) if result.gaps else ""
            self.ingest_result.setStyleSheet(GREEN if result.accepted else RED)
            self.ingest_result.setText(f"{result.outcome}: {result.message}{gaps}")
            self.ingested.emit(result)

        self.executor.submit(ops.ingest(self.bundle, Path(self.hq.text().strip())), done, self._failed)

    def save_report(self, target: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "report.html", "HTML (*.html)")
            if not name:
                return None
            target = Path(name)
        target.write_text(html_report.render(self.report), encoding="utf-8")
        return target
