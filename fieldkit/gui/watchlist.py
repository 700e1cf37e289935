"""Watchlist hits in the main window: the search after every capture, the red banner the operator cannot miss, the
side-by-side review, the decision, and the watchlist's state in the status bar.

``WatchAlerts`` owns the work: at unlock it notes the newest capture; whenever a job says captures changed, it asks
the store thread which captures came after that one and searches them one at a time (each search one short store
job, so a click or the next capture queued meanwhile waits for one capture at most, never for a batch). A failed
search is said quietly in the status bar: the capture is stored whatever happens to its search. The open hits live
in a ``HitsModel`` that the banner reads. On lock everything in flight is dropped and the model emptied.

``WatchlistBanner`` is a strip across the top of the window (not a dialog: typing elsewhere is never interrupted),
in the theme's danger colour, that stays while any hit waits for a decision. ``HitReview`` shows one hit beside the
capture it concerns; ``ReasonDialog`` asks why a hit is rejected.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.biometrics.templates import FingerMinutiae
from fieldkit.config import IDENTIFICATION_LIMITS
from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import finger_name, ltr, plural
from fieldkit.gui.messages import plain
from fieldkit.gui.models import HitsModel
from fieldkit.gui.ops import Changes, Job
from fieldkit.gui.ops import identification as ops
from fieldkit.gui.pages.base import big_button
from fieldkit.gui.scaledpicture import ScaledPicture
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour, relative_font, themed, tint
from fieldkit.store.identification import HitRow

REVIEW_KEY = "Ctrl+Shift+R"
CONFIRM_KEY = "Ctrl+Shift+Y"
REJECT_KEY = "Ctrl+Shift+X"


class WatchAlerts(QObject):
    """Searches what is captured, keeps the open hits (``model``) and the watchlist's state."""

    state_changed = Signal(object)  # WatchlistState, or None while locked
    searched = Signal(object)  # ops.Searched: one capture's search ended
    search_failed = Signal(int, object)  # capture id, FieldkitError: said in the status bar, the capture stays
    decided = Signal(object)  # the HitRow as decided
    status_message = Signal(str, int)

    def __init__(self, executor: StoreExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.model = HitsModel()
        self.state: ops.WatchlistState | None = None
        self.generation = 0
        self._after: int | None = None  # captures after this id are searched; None until the unlock has read it
        self._queue: list[int] = []
        self._searching = False
        executor.changed.connect(self._changed)

    @property
    def busy(self) -> bool:
        return self._searching or bool(self._queue)

    def start(self) -> None:
        """The store was unlocked: read the watchlist's state and the open hits; search what is captured from now."""
        generation = self.generation
        self._submit(generation, ops.last_capture_id, self._set_start)
        self.read_state()
        self.read_hits()

    def stop(self) -> None:
        """On lock: forget everything (hits, state, the captures waiting); a search running finishes unheard."""
        self.generation += 1
        self._after = None
        self._queue = []
        self._searching = False
        self.model.clear()
        self.state = None
        self.state_changed.emit(None)

    def read_state(self) -> None:
        self._submit(self.generation, ops.watchlist_state(), self._set_state)

    def read_hits(self) -> None:
        self._submit(self.generation, ops.open_hits, self._set_hits)

    def _set_hits(self, hits: object) -> None:
        if isinstance(hits, list):
            self.model.set_hits([found for found in hits if isinstance(found, ops.OpenHit)])

    def decide(self, found: ops.OpenHit, decision: str, reason: str,
               on_error: Callable[[FieldkitError], None]) -> None:  # fmt: skip
        generation = self.generation

        def done(row: object) -> None:
            if generation == self.generation:
                self.decided.emit(row)

        def failed(error: FieldkitError) -> None:
            if generation == self.generation:
                on_error(error)

        self.executor.submit(ops.decide_hit(found.hit.id, decision, reason), done, failed)

    # --- the search after each capture ------------------------------------------------------------------------

    def _submit(self, generation: int, job: Job, on_done: Callable[[object], None],
                on_error: Callable[[FieldkitError], None] | None = None) -> None:  # fmt: skip
        def done(result: object) -> None:
            if generation == self.generation:
                on_done(result)

        def failed(error: FieldkitError) -> None:
            if generation == self.generation and on_error is not None:
                on_error(error)

        self.executor.submit(job, done, failed)

    def _set_start(self, last: object) -> None:
        if isinstance(last, int) and self._after is None:
            self._after = last

    def _set_state(self, state: object) -> None:
        if isinstance(state, ops.WatchlistState):
            self.state = state
            self.state_changed.emit(state)

    def _changed(self, changes: Changes) -> None:
        if not self.executor.unlocked:
            return
        if changes & Changes.CAPTURES and self._after is not None:
            self._submit(self.generation, ops.captures_after(self._after), self._new_captures)
        if changes & (Changes.HITS | Changes.CAPTURES):  # a capture removed takes its hits out of view
            self.read_hits()
        if changes & Changes.WATCHLIST:
            self.read_state()

    def _new_captures(self, ids: object) -> None:
        if not isinstance(ids, list) or self._after is None:
            return
        fresh = [i for i in ids if isinstance(i, int) and i > self._after]
        if not fresh:
            return
        self._after = max(fresh)
        self._queue.extend(fresh)
        self._next()

    def _next(self) -> None:
        if self._searching or not self._queue:
            return
        capture_id = self._queue.pop(0)
        self._searching = True
        generation = self.generation

        def done(result: object) -> None:
            self._searching = False
            if isinstance(result, ops.Searched):
                self._tell(result)
            QTimer.singleShot(0, self._next)

        def failed(error: FieldkitError) -> None:  # a bug or the store itself: the capture is stored all the same
            self._searching = False
            self.search_failed.emit(capture_id, error)
            self.status_message.emit(self._failed_text(plain(error)[0]), 15_000)
            QTimer.singleShot(0, self._next)

        self._submit(generation, ops.search_capture(capture_id), done, failed)

    def catch_up(self) -> None:
        """Search every capture held against a watchlist just imported (and make the templates still missing)."""
        self.status_message.emit(self.tr("Searching the captures held against the watchlist…"), 0)
        generation = self.generation

        def failed(error: FieldkitError) -> None:
            self.status_message.emit(self._failed_text(plain(error)[0]), 15_000)

        self._submit(generation, ops.catch_up, lambda result: self._tell(result, catching_up=True), failed)

    def _tell(self, result: object, catching_up: bool = False) -> None:
        """Say quietly, in the status bar, what the operator should know of a search: it could not run, or a
        capture gave no template. A hit needs no words here: the banner shows it."""
        if not isinstance(result, ops.Searched):
            return
        self.searched.emit(result)
        if result.watchlist == "failed":
            self.status_message.emit(self._failed_text(result.message), 15_000)
        elif result.watchlist in ("none", "expired"):
            self.status_message.emit(self._skipped_text(), 10_000)
        elif result.failed_templates:
            count = len(result.failed_templates)
            text = plural(self.tr("No template could be made of %n capture(s) (they are kept): {}", "", count), count)
            self.status_message.emit(text.format(result.failed_templates[0][1]), 15_000)
        elif catching_up:
            self.status_message.emit(self.tr("The captures held were searched against the watchlist."), 10_000)

    def _failed_text(self, message: str) -> str:
        return self.tr("Watchlist search failed (the capture is kept): {}").format(message)

    def _skipped_text(self) -> str:
        if self.state is not None and self.state.present:
            return self.tr("Not searched against the watchlist: it expired on {}.").format(ltr(self.state.expiry_day))
        return self.tr("Not searched against a watchlist: none is imported.")


# --- the state in the status bar ---------------------------------------------------------------------------------


class WatchlistStatus(QLabel):
    """``Watchlist v12 — 240 entries — expires 2026-12-20``; in the error colour when none is held or it expired."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistStatus")
        self.state: ops.WatchlistState | None = None
        self.hide()

    def set_state(self, state: object) -> None:
        self.state = state if isinstance(state, ops.WatchlistState) else None
        self.retranslate()

    def retranslate(self) -> None:
        state = self.state
        if state is None:
            self.clear()
            self.hide()
            return
        if not state.present:
            text = self.tr("No watchlist: hits cannot be flagged")
        elif state.expired:
            text = self.tr("Watchlist v{} expired on {}: hits cannot be flagged").format(
                state.version, ltr(state.expiry_day))  # fmt: skip
        elif state.entries == 1:
            text = self.tr("Watchlist v{} — 1 entry — expires {}").format(state.version, ltr(state.expiry_day))
        else:
            text = self.tr("Watchlist v{} — {} entries — expires {}").format(
                state.version, state.entries, ltr(state.expiry_day))  # fmt: skip
        self.setText(text)
        if state.usable:
            tint(self, "ok")
        else:
            tint(self, "error")
        self.show()


# --- the banner ----------------------------------------------------------------------------------------------------


def instructions_text(code: str) -> str:
    """What the operator is told to do, in the window's language, for the instructions code HQ sent
    (biometrics.watchlist_file.INSTRUCTIONS has the same in English); an unknown code is shown as it is."""
    words = {
        "detain": QCoreApplication.translate(
            "WatchlistBanner", "Detain the subject if it is safe to do so, and report to HQ at once."
        ),
        "do-not-alert": QCoreApplication.translate(
            "WatchlistBanner", "Do not alert the subject: finish the capture as usual and report to HQ discreetly."
        ),
        "collect-and-report": QCoreApplication.translate(
            "WatchlistBanner", "Collect everything you can from the subject and report to HQ."
        ),
    }
    return words.get(code, code)


def hit_headline(found: ops.OpenHit) -> str:
    """``WATCHLIST HIT — REF — category — instructions``."""
    hit = found.hit
    parts = [QCoreApplication.translate("WatchlistBanner", "WATCHLIST HIT"), ltr(hit.ref)]
    parts += [text for text in (hit.category, instructions_text(hit.instructions)) if text.strip()]
    return " — ".join(parts)


def hit_what(hit: HitRow) -> str:
    """The finger that matched, the subject's prints searched together (finger 0 of a subject), or a face."""
    if hit.modality != "finger":
        return QCoreApplication.translate("WatchlistBanner", "face")
    return (
        finger_name(hit.finger)
        if hit.finger
        else QCoreApplication.translate("WatchlistBanner", "several fingers (the subject's prints together)")
    )


def hit_measure(hit: HitRow) -> str:
    """How close the candidate is, in words: a print's Bozorth3 score, a face's descriptor distance with the
    threshold ("face distance 0.38 — threshold 0.60, lower is closer")."""
    if hit.modality == "face":
        distance = max(0.0, 1.0 - hit.score)  # hits keep 1 - distance (identify.face_score)
        return QCoreApplication.translate("WatchlistBanner", "face distance {} — threshold {}, lower is closer").format(
            ltr(f"{distance:.2f}"), ltr(f"{IDENTIFICATION_LIMITS.face_distance:.2f}"))  # fmt: skip
    return QCoreApplication.translate("WatchlistBanner", "score {} — threshold {}, higher is closer").format(
        ltr(f"{hit.score:g}"), ltr(f"{IDENTIFICATION_LIMITS.finger_threshold:g}"))  # fmt: skip


def hit_details(found: ops.OpenHit) -> str:
    """The capture it concerns, the finger and the score: ``EV-0043 (case Falcon) · right thumb · score 87``."""
    hit, capture = found.hit, found.capture
    if hit.modality == "face":
        return QCoreApplication.translate("WatchlistBanner", "Capture: {} (case {}) · {}").format(
            ltr(capture.item_tag), ltr(capture.case_name), hit_measure(hit))  # fmt: skip
    return QCoreApplication.translate("WatchlistBanner", "Capture: {} (case {}) · {} · score {}").format(
        ltr(capture.item_tag), ltr(capture.case_name), hit_what(hit), ltr(f"{hit.score:g}"))  # fmt: skip


class WatchlistBanner(QFrame):
    """A full-width red strip: the hit, the capture, the score, and Review / Confirm / Reject (big, by keyboard
    too). Shown while any hit waits for a decision; several are counted."""

    review_requested = Signal(object)  # OpenHit
    confirm_requested = Signal(object)
    reject_requested = Signal(object)

    def __init__(self, model: HitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistBanner")
        self.model = model
        self.headline = QLabel()
        self.headline.setObjectName("watchlistHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setMinimumWidth(360)
        self.headline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        relative_font(self.headline, 1.6, bold=True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        relative_font(self.details, 1.15, bold=False)
        self.review_button = self._button("magnify", REVIEW_KEY)
        self.confirm_button = self._button("check", CONFIRM_KEY)
        self.reject_button = self._button("close", REJECT_KEY)
        self.review_button.clicked.connect(lambda: self._emit(self.review_requested))
        self.confirm_button.clicked.connect(lambda: self._emit(self.confirm_requested))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.alert_icon = QLabel()
        layout.addWidget(self.alert_icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        for button in (self.review_button, self.confirm_button, self.reject_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        # The banner's own sheet restates the touch height: a sheet set here would otherwise let the buttons take
        # the font's height alone (43 px with some fonts).
        themed(self, "#watchlistBanner {{ background: {danger}; border: 3px solid {on-danger}; }}"
                     " #watchlistBanner QLabel {{ color: {on-danger}; }}"
                     " #watchlistBanner QPushButton {{ min-height: 44px; }}")  # fmt: skip
        self.busy = False
        model.modelReset.connect(self.refresh)
        self.retranslate()
        self.hide()

    def _button(self, icon_name: str, key: str) -> QPushButton:
        button = big_button("")
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(24, 24))
        button.setMinimumWidth(128)
        button.setProperty("watchlist-key", key)  # set with its text (setText takes a button's shortcut away)
        return button

    @property
    def current(self) -> ops.OpenHit | None:
        """The hit the banner shows and its buttons act on: the newest waiting (the person just captured may be in
        front of the operator; the older ones stay counted in the headline and listed in Watchlist hits)."""
        return self.model.hit_at(self.model.rowCount() - 1) if self.model.rowCount() else None

    def _emit(self, signal: SignalInstance) -> None:
        found = self.current
        if found is not None and not self.busy:
            signal.emit(found)

    def set_busy(self, busy: bool) -> None:
        """A decision is on its way: Confirm and Reject wait for it (no second decision on the same hit)."""
        self.busy = busy
        self.confirm_button.setEnabled(not busy)
        self.reject_button.setEnabled(not busy)

    def retranslate(self) -> None:
        for button, text, tip in (
            (self.review_button, self.tr("Review"), self.tr("Look at the capture beside the watchlist entry")),
            (self.confirm_button, self.tr("Confirm"), self.tr("It is the same person: record the hit as confirmed")),
            (self.reject_button, self.tr("Reject"), self.tr("It is not the same person: say why")),
        ):
            button.setText(text)
            # A button's shortcut works while it is shown, wherever the focus is in the window.
            button.setShortcut(QKeySequence(str(button.property("watchlist-key"))))
            key = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip}  ({key})")
        self.refresh()

    def refresh(self) -> None:
        found = self.current
        self.set_busy(False)
        if found is None:
            self.hide()
            return
        count = self.model.rowCount()
        headline = hit_headline(found)
        if count > 1:
            headline = self.tr("{} hits: {}").format(count, headline)
        self.headline.setText(headline)
        self.details.setText(hit_details(found))
        self.alert_icon.setPixmap(icon("alert-octagon", colour("on-danger")).pixmap(40, 40))
        self.show()
        self.raise_()


# --- asking why a hit is rejected ----------------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Why the candidate is not the person: required (the custody log keeps it)."""

    def __init__(self, found: ops.OpenHit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject watchlist hit"))
        self.found = found
        question = QLabel(self.tr("Why is the capture not {}? The custody log keeps your reason.").format(
            ltr(found.hit.ref)))  # fmt: skip
        question.setWordWrap(True)
        self.reason = QLineEdit()
        if found.hit.modality == "face":
            self.reason.setPlaceholderText(self.tr("e.g. a different person: face shape, age or scars do not match"))
        else:
            self.reason.setPlaceholderText(self.tr("e.g. different pattern type; core and delta do not correspond"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reject"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if self.reason.text().strip():
            super().accept()

    @property
    def text(self) -> str:
        return self.reason.text().strip()


# --- side by side ----------------------------------------------------------------------------------------------------


def draw_minutiae(found: FingerMinutiae, base: QImage | None, side: int, colour_name: str) -> QPixmap:
    """The minutiae over the print (``base``, the picture the sandbox made of it) or on a plain card of the print's
    proportions; endings as circles, bifurcations as squares, each with a stroke in its direction."""
    if base is not None and not base.isNull():
        canvas = QPixmap.fromImage(base).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    else:
        scale = side / max(found.width, found.height)
        canvas = QPixmap(max(1, round(found.width * scale)), max(1, round(found.height * scale)))
        canvas.fill(QApplication.palette().color(QPalette.ColorRole.Base))
    factor = canvas.width() / found.width
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if base is None or base.isNull():
        painter.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(0, 0, canvas.width() - 1, canvas.height() - 1)
    pen = QPen(QColor(colour(colour_name)), 2)
    painter.setPen(pen)
    radius = 4.0
    for minutia in found.minutiae:
        centre = QPointF(minutia.x * factor, minutia.y * factor)
        angle = math.radians(minutia.direction)
        tip = QPointF(centre.x() + 11 * math.cos(angle), centre.y() - 11 * math.sin(angle))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        if minutia.bifurcation:
            painter.drawRect(box)
        else:
            painter.drawEllipse(box)
        painter.drawLine(centre, tip)
    painter.end()
    return canvas


class HitReview(QDialog):
    """One hit: the capture's picture (with its minutiae for a print) beside the watchlist candidate's details and
    minutiae; Confirm and Reject at the bottom. With several hits waiting, "Hit 1 of N" and Previous / Next go
    through them (the decision buttons act on the hit shown)."""

    confirm_requested = Signal(object)  # OpenHit
    reject_requested = Signal(object)

    SIDE = 420  # not a limit: the size (px) the minutiae pictures are drawn at before they are scaled to fit

    def __init__(self, executor: StoreExecutor, found: ops.OpenHit, parent: QWidget | None = None,
                 hits: list[ops.OpenHit] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("hitReview")
        self.executor = executor
        self.hits = list(hits) if hits else [found]
        if all(h.hit.id != found.hit.id for h in self.hits):
            self.hits.insert(0, found)
        self.index = next(i for i, h in enumerate(self.hits) if h.hit.id == found.hit.id)
        self.found = found
        self.result_: ops.HitReview | None = None
        self._asked = 0  # which review answer is awaited (an older one, for a hit left meanwhile, is dropped)
        self.header = QLabel()
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        relative_font(self.header, 1.35, bold=True)
        themed(self.header, "#reviewHeader {{ background: {danger}; color: {on-danger}; padding: 8px; }}")
        self.position = QLabel()
        relative_font(self.position, 1.15, bold=True)
        self.previous_button = big_button(self.tr("Previous hit"))
        self.previous_button.setIcon(icon("chevron-left"))
        self.next_button = big_button(self.tr("Next hit"))
        self.next_button.setIcon(icon("chevron-right"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        navigation = QHBoxLayout()
        navigation.addWidget(self.position, 1)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        # Left: the capture.
        self.capture_title = QLabel(self.tr("Capture"))
        relative_font(self.capture_title, 1.15, bold=True)
        self.capture_picture = ScaledPicture(QSize(240, 240))
        self.capture_note = QLabel()
        self.capture_note.setWordWrap(True)
        self.capture_facts = QLabel()
        self.capture_facts.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.capture_title)
        left.addWidget(self.capture_picture, 1)
        left.addWidget(self.capture_note)
        left.addWidget(self.capture_facts)
        # Right: the candidate.
        self.candidate_title = QLabel(self.tr("Watchlist candidate"))
        relative_font(self.candidate_title, 1.15, bold=True)
        self.form = form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key, label in (
            ("ref", self.tr("Reference")),
            ("category", self.tr("Category")),
            ("instructions", self.tr("Instructions")),
            ("note", self.tr("Note")),
            ("score", self.tr("Score")),
            ("finger", self.tr("Finger")),
            ("version", self.tr("Watchlist")),
        ):
            field = QLabel()
            field.setWordWrap(True)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("ref", "instructions"):
                relative_font(field, 1.1, bold=True)
            self.fields[key] = field
            self.labels[key] = QLabel(label)
            form.addRow(self.labels[key], field)
        self.candidate_picture = ScaledPicture(QSize(200, 200))
        self.candidate_note = QLabel()
        self.candidate_note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.candidate_title)
        right.addLayout(form)
        right.addWidget(self.candidate_picture, 1)
        right.addWidget(self.candidate_note)
        sides = QHBoxLayout()
        sides.addLayout(left, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        sides.addWidget(line)
        sides.addLayout(right, 1)
        # Decisions.
        self.confirm_button = big_button(self.tr("Confirm: same person"))
        self.confirm_button.setIcon(icon("check"))
        self.reject_button = big_button(self.tr("Reject…"))
        self.reject_button.setIcon(icon("close"))
        self.close_button = big_button(self.tr("Close"))
        self.confirm_button.clicked.connect(lambda: self._decide(self.confirm_requested))
        self.reject_button.clicked.connect(lambda: self._decide(self.reject_requested))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(navigation)
        layout.addLayout(sides, 1)
        layout.addLayout(buttons)
        # Enter closes, and the focus starts on Close: a decision is always a deliberate press or click.
        for button in (self.confirm_button, self.reject_button, self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(700, screen.height() - 60))
        self.show_hit(self.index)

    def go(self, step: int) -> None:
        """The previous (-1) or next (1) hit."""
        if 0 <= self.index + step < len(self.hits):
            self.show_hit(self.index + step)

    def show_hit(self, index: int) -> None:
        self.index = index
        found = self.found = self.hits[index]
        hit = found.hit
        self.result_ = None
        self.setWindowTitle(self.tr("Watchlist hit: {}").format(hit.ref))
        self.header.setText(hit_headline(found))
        count = len(self.hits)
        self.position.setText(self.tr("Hit {} of {}").format(index + 1, count))
        self.position.setVisible(count > 1)
        self.previous_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        decided = hit.decision is not None
        self.confirm_button.setEnabled(not decided)
        self.reject_button.setEnabled(not decided)
        face = hit.modality == "face"
        self.capture_facts.setText(hit_details(found))
        self.capture_note.setText(self.tr("Loading…"))
        self.capture_note.setStyleSheet("")
        self.capture_picture.clear()
        self.candidate_picture.clear()
        self.candidate_picture.setVisible(not face)
        self.candidate_note.setText("")
        self.labels["score"].setText(self.tr("Face distance") if face else self.tr("Score"))
        self.labels["finger"].setText(self.tr("Compared") if face else self.tr("Finger"))
        for key, value in (
            ("ref", ltr(hit.ref)),
            ("category", hit.category),
            ("instructions", instructions_text(hit.instructions)),
            ("note", ""),
            ("score", hit_measure(hit) if face else ltr(f"{hit.score:g}")),
            ("finger", self.tr("the face in the photo") if face else hit_what(hit)),
            ("version", self.tr("v{}").format(hit.watchlist_version)),
        ):
            self.fields[key].setText(value)
        self._asked += 1
        asked = self._asked

        def shown(result: object) -> None:
            if asked == self._asked:
                self._show(result)

        def failed(error: FieldkitError) -> None:
            if asked == self._asked:
                self._failed(error)

        self.executor.submit(ops.review(hit.id), shown, failed, owner=self)

    def _decide(self, signal: SignalInstance) -> None:
        self.accept()
        signal.emit(self.found)

    def _failed(self, error: FieldkitError) -> None:
        message, fix = plain(error)
        self.capture_note.setText(message + (f"\n{fix}" if fix else ""))
        tint(self.capture_note, "error")

    def _show(self, result: object) -> None:
        if not isinstance(result, ops.HitReview):
            return
        self.result_ = result
        face = result.hit.modality == "face"
        self.fields["note"].setText(result.note or "—")
        image = QImage()
        decoded = result.image is not None and image.loadFromData(result.image)
        base = image if decoded else None
        if result.capture_minutiae is not None:
            self.capture_picture.set_picture(draw_minutiae(result.capture_minutiae, base, self.SIDE * 2, "marker"))
            self.capture_note.setText(self.tr("{} minutiae found in the capture, marked on it.").format(
                len(result.capture_minutiae.minutiae)))  # fmt: skip
        elif base is not None:
            self.capture_picture.set_picture(QPixmap.fromImage(base))
            self.capture_note.setText(self.tr("The photo the face was found in.") if face else "")
        else:
            self.capture_note.setText(self.tr("No picture of this capture yet: its analysis has not finished or "
                                              "failed. The details are below."))  # fmt: skip
        if face:
            self.candidate_note.setText(self.tr(
                "The watchlist carries face templates (measurements of the face), not photos: there is no picture "
                "of the candidate to show. Compare with what HQ's instructions and note say, and ask HQ for the "
                "photo if you are unsure."))  # fmt: skip
        elif result.candidate_minutiae is not None:
            self.candidate_picture.set_picture(draw_minutiae(result.candidate_minutiae, None, self.SIDE, "info"))
            self.candidate_note.setText(
                self.tr("{} minutiae of the watchlist template (the watchlist holds no images).").format(
                    len(result.candidate_minutiae.minutiae)
                )
            )
        else:
            self.candidate_note.setText(self.tr("The watchlist holds no fingerprint template to draw for this "
                                                "candidate."))  # fmt: skip


# --- every hit, decided or not ---------------------------------------------------------------------------------------


def decision_text(hit: HitRow) -> str:
    """open / confirmed / rejected, in the window's language."""
    words = {
        None: QCoreApplication.translate("HitsDialog", "open"),
        "confirmed": QCoreApplication.translate("HitsDialog", "confirmed"),
        "rejected": QCoreApplication.translate("HitsDialog", "rejected"),
    }
    return words.get(hit.decision, hit.decision or "")


class HitsDialog(QDialog):
    """File > Watchlist hits…: every hit the device holds, open, confirmed or rejected, with who decided, when and
    why; Review opens the one chosen (and goes through the others from there)."""

    review_requested = Signal(object, object)  # OpenHit, list[OpenHit]

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Watchlist hits"))
        self.executor = executor
        self.hits: list[ops.OpenHit] = []
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Reference"), self.tr("Capture"),
                                              self.tr("Matched"), self.tr("Found"), self.tr("Decided by"),
                                              self.tr("Reason")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _: self.review_selected())
        self.review_button = big_button(self.tr("Review…"))
        self.review_button.setIcon(icon("magnify"))
        self.review_button.clicked.connect(self.review_selected)
        self.review_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.review_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        close = big_button(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(560, screen.height() - 80))
        self.read()

    def read(self) -> None:
        self.executor.submit(ops.all_hits, self._show, self._failed, owner=self)

    def _failed(self, error: FieldkitError) -> None:
        self.summary.setText(plain(error)[0])
        tint(self.summary, "error")

    def _show(self, hits: object) -> None:
        if not isinstance(hits, list):
            return
        self.hits = [h for h in hits if isinstance(h, ops.OpenHit)]
        waiting = sum(1 for h in self.hits if h.hit.decision is None)
        if not self.hits:
            self.summary.setText(self.tr("No watchlist hit on this device."))
        else:
            self.summary.setText(self.tr("Watchlist hits on this device: {}; waiting for a decision: {}.").format(
                len(self.hits), waiting))  # fmt: skip
        self.table.setRowCount(len(self.hits))
        for row, found in enumerate(self.hits):
            hit = found.hit
            matched = hit_measure(hit) if hit.modality == "face" else f"{hit_what(hit)} · {hit_measure(hit)}"
            when = f"{hit.decided_at or ''}".replace("T", " ")[:19]
            decided = f"{hit.decided_by or ''} {when}".strip()
            where = f"{ltr(found.capture.item_tag)} ({ltr(found.capture.case_name)})"
            found_at = hit.found_at.replace("T", " ")[:19]
            cells = (decision_text(hit), ltr(hit.ref), where, matched, found_at, decided, hit.reason or "")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            state = self.table.item(row, 0)
            if hit.decision is None and state is not None:
                state.setForeground(QColor(colour("error")))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def review_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.hits):
            self.review_requested.emit(self.hits[rows[0].row()], list(self.hits))
