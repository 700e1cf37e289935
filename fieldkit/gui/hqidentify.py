"""The Verify page's Identification tab (issue 17, docs/hq.md "Identification"): for the bundle shown, the
watchlist hits its device found and sent in it (with the operator's decision, or OPEN), and, once HQ holds its
subjects, the match candidates HQ's search found for them (both subjects, the fingers that scored and how the fused
score is made, the examiners' decisions), each decided here as `fieldkit hq matches decide` decides it
(Identification.decide, in a job: same, different or undecided, the examiner's name and a note required; nothing is
merged, a decision is kept beside the earlier ones).

An open hit whose instructions call for action (detain) is red, any other open hit and every candidate waiting for an
examiner amber. The prints are not shown side by side here (the captures are in the Items tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.bundle.manifest import HitRecord
from fieldkit.bundle.verify import Report
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import finger_name, ltr, plural
from fieldkit.gui.theme import colour
from fieldkit.gui.watchlist import instructions_text

ACTION_INSTRUCTIONS = ("detain",)  # an open hit with these instructions is red: someone must act on it now
UNDECIDED = ("open", "undecided")  # a candidate in these states waits for an examiner
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1  # a candidate row's id (hit rows and headings hold none)


def _when(at: object) -> str:
    """A time as HQ writes it, to the second (``2026-11-25T09:31:00.000000Z`` -> ``2026-11-25 09:31:00 UTC``)."""
    return ltr(str(at).replace("T", " ").removesuffix("Z").split(".")[0] + " UTC") if at else ""


def _score(score: object) -> str:
    return f"{round(float(score), 2):g}"  # type: ignore[arg-type]


class DecideDialog(QDialog):
    """An examiner's decision on one candidate: same, different or undecided, with the examiner's name and a note
    (both required: who decided and why are kept with the decision)."""

    DECISIONS = ("same", "different", "undecided")

    def __init__(self, parent: QWidget, candidate: dict[str, Any]) -> None:
        super().__init__(parent)
        self.candidate_id = int(candidate["id"])
        self.setWindowTitle(self.tr("Decide on candidate {}").format(self.candidate_id))
        about = QLabel(self.tr("Are these the same person? Nothing is merged: the decision is recorded beside the "
                               "earlier ones, with your name and your note."))  # fmt: skip
        about.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.same = QRadioButton(self.tr("Same person"))
        self.different = QRadioButton(self.tr("Different people"))
        self.undecided = QRadioButton(self.tr("Undecided (needs another look)"))
        row = QHBoxLayout()
        for button in (self.same, self.different, self.undecided):
            self.choices.addButton(button)
            row.addWidget(button)
        self.examiner = QLineEdit()
        self.examiner.setPlaceholderText(self.tr("Your name, as it is recorded with the decision"))
        self.examiner.setMaxLength(200)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why: the points that agree or differ"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), row)
        form.addRow(self.tr("Examiner"), self.examiner)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.choices.buttonToggled.connect(lambda *_: self._check())
        self.examiner.textChanged.connect(lambda *_: self._check())
        self.note.textChanged.connect(self._check)
        self._check()

    def decision(self) -> str | None:
        for name, button in zip(self.DECISIONS, (self.same, self.different, self.undecided), strict=True):
            if button.isChecked():
                return name
        return None

    def _check(self) -> None:
        """Record only with a decision, a name and a note; say what is missing."""
        wanted = (
            (self.tr("the decision"), self.decision() is None),
            (self.tr("your name"), not self.examiner.text().strip()),
            (self.tr("a note"), not self.note.toPlainText().strip()),
        )
        missing = [what for what, absent in wanted if absent]
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.missing.setText(self.tr("Still needed: {}").format(", ".join(missing)) if missing else "")


class IdentificationTab(QWidget):
    """The list of hits and candidates for the bundle shown, and the Decide… action on the selected candidate."""

    decide_asked = Signal(object)  # the DecideDialog accepted (the page records it in a job)

    def __init__(self) -> None:
        super().__init__()
        self.candidates: list[dict[str, Any]] = []
        self.dialog: DecideDialog | None = None  # the last one opened (tests fill it)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.decide_button = QPushButton(self.tr("Decide…"))
        self.decide_button.setIcon(icon("account-check"))
        self.decide_button.setMinimumHeight(40)
        self.decide_button.setEnabled(False)
        self.decide_button.setToolTip(self.tr("Select a match candidate to decide on it"))
        self.decide_button.clicked.connect(lambda: self.open_decide())
        bottom = QHBoxLayout()
        bottom.addWidget(self.decide_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

    def clear(self) -> None:
        self.candidates = []
        self.list.clear()
        self.summary.clear()
        self.decide_button.setEnabled(False)

    def open_count(self, report: Report) -> tuple[int, int, int]:
        """(open hits, open hits calling for action, candidates waiting for an examiner)."""
        open_hits = [hit for hit in report.hits.values() if hit.decision is None]
        urgent = sum(1 for hit in open_hits if hit.instructions in ACTION_INSTRUCTIONS)
        waiting = sum(1 for candidate in self.candidates if candidate["decision"] in UNDECIDED)
        return len(open_hits), urgent, waiting

    def show_bundle(self, report: Report, candidates: list[dict[str, Any]], ingested: bool) -> bool:
        """List the bundle's hits and HQ's candidates for its subjects; False when there is nothing to list (the tab
        is hidden then)."""
        chosen = self.list.currentItem().data(CANDIDATE_ROLE) if self.list.currentItem() is not None else None
        self.list.clear()
        self.candidates = list(candidates)
        hits = sorted(report.hits.values(), key=lambda h: (h.found_at, h.uuid))
        if not hits and not self.candidates and not report.templates:
            self.summary.clear()
            self.decide_button.setEnabled(False)
            return False
        if hits:
            self._heading(self.tr("Watchlist hits the device found (with the operator's decision)"))
            for hit in hits:
                self._hit(hit)
        if report.templates or self.candidates:
            self._heading(self.tr("Same person at HQ: match candidates for an examiner"))
            if not self.candidates:
                self._note(self.tr("None found yet: HQ searches this bundle's subjects when it is ingested.")
                           if not ingested else self.tr("None found: no other subject HQ holds matches."))  # fmt: skip
            for candidate in self.candidates:
                item = self._candidate(candidate)
                if chosen is not None and candidate["id"] == chosen:
                    self.list.setCurrentItem(item)
        open_hits, urgent, waiting = self.open_count(report)
        parts = [plural(self.tr("%n watchlist hit(s)", "", len(hits)), len(hits))]
        if open_hits:
            parts.append(plural(self.tr("%n open (no decision on the device)", "", open_hits), open_hits))
        parts.append(plural(self.tr("%n match candidate(s)", "", len(self.candidates)), len(self.candidates)))
        if waiting:
            parts.append(plural(self.tr("%n waiting for an examiner", "", waiting), waiting))
        said = ", ".join(parts) + "."
        if urgent:
            said += " " + self.tr("An open hit calls for action: follow its instructions and tell the team in charge.")
        elif waiting:
            said += " " + self.tr("Select a candidate and press Decide… to record an examiner's decision.")
        self.summary.setText(said)
        self.summary.setStyleSheet(f"color: {colour('error')}; font-weight: bold;" if urgent else
                                   f"color: {colour('warning')}; font-weight: bold;" if open_hits or waiting
                                   else "")  # fmt: skip
        self._selected()
        return True

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _hit(self, hit: HitRecord) -> None:
        what = (self.tr("face") if hit.modality != "finger" else finger_name(hit.finger) if hit.finger
                else self.tr("several fingers together"))  # fmt: skip
        if hit.decision is None:
            state = self.tr("OPEN: the operator has not decided")
        else:
            state = self.tr("{} by {} on {}").format(hit.decision.upper(), hit.decided_by or "?", _when(hit.decided_at))
            if hit.reason:
                state += self.tr(": {}").format(hit.reason)
        lines = [
            self.tr("{} [{}] — {}").format(
                ltr(hit.watchlist_ref), hit.category or self.tr("no category"), instructions_text(hit.instructions)
            ),
            self.tr("subject {} ({}), capture {}, {}, score {}, found {}").format(
                ltr(hit.reference or "-"),
                ltr(hit.subject or "-"),
                ltr(hit.capture),
                what,
                _score(hit.score),
                _when(hit.found_at),
            ),
            state,
        ]
        item = QListWidgetItem("\n".join(lines))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if hit.decision is None:
            urgent = hit.instructions in ACTION_INSTRUCTIONS
            item.setForeground(QColor(colour("error" if urgent else "warning")))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def _side(self, side: dict[str, Any]) -> str:
        if "watchlist_ref" in side:
            return self.tr("entry {} of HQ's watchlist [{}] ({})").format(
                ltr(side["watchlist_ref"]), side.get("category") or self.tr("no category"),
                instructions_text(str(side.get("instructions") or "")))  # fmt: skip
        bundles = ", ".join(str(n) for n in side.get("bundles") or []) or "-"
        return self.tr("subject {} ({}) of device {}, bundle(s) {}").format(
            ltr(side.get("reference") or "-"), ltr(side["subject"]), ltr(side["device_id"]), bundles)  # fmt: skip

    def _candidate(self, candidate: dict[str, Any]) -> QListWidgetItem:
        decisions = candidate.get("decisions") or []
        latest = decisions[-1] if decisions else None
        if latest is None:
            state = self.tr("OPEN: no examiner has decided")
        else:
            state = self.tr("{} by {} on {}").format(str(latest["decision"]).upper(), latest["examiner"],
                                                     _when(latest["at"]))  # fmt: skip
            if latest.get("note"):
                state += self.tr(": {}").format(latest["note"])
            if len(decisions) > 1:
                state += " " + plural(self.tr("(%n earlier decision(s) kept)", "", len(decisions) - 1),
                                      len(decisions) - 1)  # fmt: skip
        fingers = "; ".join(self.tr("A {} ~ B {}: {}").format(finger_name(f["probe_finger"]) or "?",
                                                              finger_name(f["gallery_finger"]) or "?", f["score"])
                            for f in candidate.get("fingers") or [])  # fmt: skip
        lines = [
            self.tr("Candidate {}: score {} — {}").format(candidate["id"], _score(candidate["score"]), state),
            self.tr("A: {}").format(self._side(candidate["a"])),
            self.tr("B: {}").format(self._side(candidate["b"])),
            self.tr("fingers: {}").format(fingers or "-"),
            self.tr(
                "The score is the sum of each finger's Bozorth3 score above {} (scores at or below it are "
                "counted as nothing)."
            ).format(IDENTIFICATION_LIMITS.finger_floor),
        ]
        item = QListWidgetItem("\n".join(lines))
        item.setData(CANDIDATE_ROLE, candidate["id"])
        if candidate["decision"] in UNDECIDED:
            item.setForeground(QColor(colour("warning")))
        self.list.addItem(item)
        return item

    def selected_candidate(self) -> dict[str, Any] | None:
        item: QListWidgetItem | None = self.list.currentItem()  # None when nothing is selected
        wanted = item.data(CANDIDATE_ROLE) if item is not None else None
        return next((c for c in self.candidates if c["id"] == wanted), None) if wanted is not None else None

    def _selected(self) -> None:
        chosen = self.selected_candidate()
        self.decide_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.decide_button.setToolTip(self.tr("Record an examiner's decision on candidate {}").format(chosen["id"]))
        else:
            self.decide_button.setToolTip(self.tr("Select a match candidate to decide on it"))

    def open_decide(self) -> DecideDialog | None:
        chosen = self.selected_candidate()
        if chosen is None:
            return None
        dialog = DecideDialog(self, chosen)
        dialog.accepted.connect(lambda: self.decide_asked.emit(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog
