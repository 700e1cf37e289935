"""The Import dialog: sources on the left (folders, files, camera cards, paths dropped on it), every regular file under
them in a thumbnail grid with check boxes, "duplicate" and "damaged or unknown: kept and flagged" badges, an optional
split into items by time gap, and the import with per-file progress and a summary the operator acknowledges.

Decision (issue 13, item-safe capture): the dialog is bound to the item selected when it opened; its title, its
destination line and its Import button name that item, and nothing it does later asks the window which item is
current. Files not imported yet are previewed only in the sandbox (ops.importing.preview), lazily for the tiles the
view shows, a few at a time, and never written anywhere; listing, hashing and previews run on threads of their own so
neither the window nor the store thread waits for them; closing the dialog drops what they still hand back.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit import media_types
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.errors import FieldkitError
from fieldkit.gui.flowlayout import FlowLayout
from fieldkit.gui.folders import start_in
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import category_label, ltr, plural
from fieldkit.gui.models import TileGrid, dimmed, fitted_font
from fieldkit.gui.ops import importing
from fieldkit.gui.ops.importing import Candidate, Destination, Part, PlanResult, Preview, Source
from fieldkit.gui.pages.base import red
from fieldkit.gui.tasks import StoreExecutor, below_the_window
from fieldkit.gui.theme import colour, current_theme
from fieldkit.models import Item
from fieldkit.sources.cards import find_cards

Index = QModelIndex | QPersistentModelIndex
BadgesRole = Qt.ItemDataRole.UserRole + 20  # the tile's badges: a list of "duplicate", "flagged"
DestinationRole = Qt.ItemDataRole.UserRole + 21  # the tag of the item the file goes into (None: not checked)
TILE = 160  # pixels: the grid's thumbnails
PREVIEWS_AT_ONCE = 8  # sandbox previews asked for at a time (the pool runs up to one per core of them)
HASH_BATCH = 32  # digests looked up in the store at a time
SCREEN_MARGIN = 16  # not a limit: pixels kept free around the dialog on its screen
PHOTO_PATTERNS = ("*.jpg *.jpeg *.heic *.heif *.png *.tif *.tiff *.dng *.cr2 *.cr3 *.nef *.arw *.raf *.orf *.rw2 "
                  "*.webp *.gif *.bmp *.mp4 *.mov *.m4v *.avi *.3gp *.mkv *.mts")  # fmt: skip


@dataclass
class _Row:
    candidate: Candidate
    checked: bool = True
    duplicate: str | None = None  # where the store already has it ("Op / EV-0041"), None: not known to be
    hashed: bool = False  # the store was asked whether it has this file (or it cannot be read to tell)
    touched: bool = False  # the operator ticked or unticked it by hand: a later badge leaves the tick alone
    preview: Preview | None = None
    requested: bool = False  # its tile was shown: its preview is wanted soon
    asked: bool = False  # its preview was asked of the sandbox
    pixmap: QPixmap | None = None
    destination: str | None = None
    taken: str | None = None  # when the content says it was made (EXIF, read in the sandbox), ISO 8601
    taken_ns: int | None = None  # the same, as nanoseconds since the epoch (None: not known: the file's time counts)
    timed: bool = False  # its taken time was read (or there is none to read): the split can rely on it

    @property
    def time_ns(self) -> int:
        """The time the split goes by: the photo's own (EXIF), else the file's modification time."""
        return self.taken_ns if self.taken_ns is not None else self.candidate.modified_ns

    @property
    def flagged(self) -> str | None:
        """Why the file will be kept and flagged: an unknown type, or damaged as the sandbox found it."""
        if self.candidate.unknown:
            return QCoreApplication.translate("ImportDialog", "unknown type")
        if self.preview is not None and self.preview.damaged:
            return self.preview.damaged
        return None


class ImportGridModel(QAbstractListModel):
    """The files under the dialog's sources, each with its check box, badges, preview and destination item."""

    checks_changed = Signal()
    badges_changed = Signal()  # a row's badges (duplicate, damaged) or its checking state changed

    def __init__(self, want_preview: Callable[[int], None]) -> None:
        super().__init__()
        self._rows: list[_Row] = []
        self._want = want_preview
        self._tiles: dict[tuple[int, str], QPixmap] = {}
        self.split = False  # show each file's destination (split by time gap)

    # --- reading -------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, number: int) -> _Row:
        return self._rows[number]

    def rows(self) -> list[_Row]:
        return list(self._rows)

    def row_of(self, name: str) -> int:
        return next((number for number, row in enumerate(self._rows) if row.candidate.name == name), -1)

    def checked(self) -> list[_Row]:
        return [row for row in self._rows if row.checked]

    def badges(self, number: int) -> list[str]:
        row = self._rows[number]
        return [badge for badge, on in (("duplicate", row.duplicate), ("flagged", row.flagged)) if on]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        candidate = row.candidate
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{candidate.name}\n{QLocale().formattedDataSize(candidate.size)}\n{self.time_text(row)}"
            if self.split and row.destination:
                text += "\n→ " + ltr(row.destination)
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if not row.requested:
                row.requested = True
                self._want(index.row())
            return QIcon(self._tile(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(candidate.path), media_types.BY_TYPE[candidate.media_type].name
                     if candidate.media_type in media_types.BY_TYPE else candidate.media_type]  # fmt: skip
            if row.duplicate:
                lines.append(
                    QCoreApplication.translate("ImportDialog", "Already in the store: {}").format(ltr(row.duplicate))
                )
            if row.flagged:
                lines.append(
                    QCoreApplication.translate("ImportDialog", "Will be kept as it is and flagged: {}").format(
                        row.flagged
                    )
                )
            lines.append(self.time_text(row, long=True))
            return "\n".join(lines)
        if role == BadgesRole:
            return self.badges(index.row())
        if role == DestinationRole:
            return row.destination
        return None

    @staticmethod
    def time_text(row: _Row, long: bool = False) -> str:
        """'taken 09:14, 12 Mar' (the photo's own time, as its camera's clock showed it), or the file's modification
        time, which a copy from the card may have changed ("file time 14:40, 1 Dec"): the time of day first, the
        date short, so that the tile's line is not cut before the time; the tooltip (``long``) has it all."""
        if row.taken is not None and row.taken_ns is not None:
            moment = QDateTime.fromString(row.taken[:19], Qt.DateFormat.ISODate)
            if not long and moment.isValid():
                return QCoreApplication.translate("ImportDialog", "taken {time}, {date}").format(
                    time=ltr(moment.toString("HH:mm")), date=QLocale().toString(moment.date(), "d MMM"))  # fmt: skip
            if long:
                return QCoreApplication.translate(
                    "ImportDialog", "Taken {} by the camera's clock (its own record in the file)"
                ).format(ltr(row.taken.replace("T", " ")))
            return QCoreApplication.translate("ImportDialog", "taken {}, camera clock").format(
                ltr(row.taken[:16].replace("T", " ")))  # fmt: skip
        modified = QDateTime.fromMSecsSinceEpoch(row.candidate.modified_ns // 1_000_000)
        when = modified.toString("yyyy-MM-dd HH:mm")
        if long:
            return QCoreApplication.translate(
                "ImportDialog", "No time recorded in the file: its modification time, {} (a copy may have changed it)"
            ).format(ltr(when))
        return QCoreApplication.translate("ImportDialog", "file time {time}, {date}").format(
            time=ltr(modified.toString("HH:mm")), date=QLocale().toString(modified.date(), "d MMM"))  # fmt: skip

    def _tile(self, number: int) -> QPixmap:
        row = self._rows[number]
        if row.pixmap is None and row.preview is not None and row.preview.thumbnail:
            row.pixmap = _pixmap(row.preview.thumbnail)  # checked in the background, shown only now it is in view
        night = current_theme() == "night"
        key = (number, f"{row.pixmap is not None}/{row.duplicate}/{row.flagged is not None}/{night}")
        if key not in self._tiles:
            made = tile(row.pixmap, row.candidate, row.duplicate, row.flagged is not None)
            # At night dimmed as the capture grid's are: a bright photo does not light the face up.
            self._tiles[key] = dimmed(made, QApplication.palette().color(QPalette.ColorRole.Base)) if night else made
        return self._tiles[key]

    # --- changing ------------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not 0 <= index.row() < len(self._rows):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._rows[index.row()].checked = checked
        self._rows[index.row()].touched = True  # by hand: what the hashing finds later leaves it so
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def set_checked(self, number: int, checked: bool) -> None:
        self.setData(self.index(number), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)  # fmt: skip

    def set_all(self, checked: bool) -> None:
        """Tick every file not already in the store (a duplicate stays unticked: ticking it by hand imports it
        again), or untick every file."""
        for row in self._rows:
            row.checked = checked and not row.duplicate
        self._changed_all([Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()

    def add(self, candidates: Sequence[Candidate]) -> range:
        """Add the files not listed yet; the numbers of their rows."""
        known = {row.candidate.path for row in self._rows}
        fresh = [c for c in candidates if c.path not in known]
        if not fresh:
            return range(0)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
        # A card's file its CardOffer knows is in the store: left out unless ticked (where exactly, hashing tells).
        earlier = QCoreApplication.translate("ImportDialog", "an earlier import from this card")
        self._rows.extend(_Row(c, checked=not c.known, hashed=c.known, duplicate=earlier if c.known else None)
                          for c in fresh)  # fmt: skip
        self.endInsertRows()
        self.checks_changed.emit()
        return range(first, len(self._rows))

    def set_preview(self, number: int, preview: Preview) -> None:
        if not 0 <= number < len(self._rows):
            return
        row = self._rows[number]
        row.preview = preview
        if preview.captured_at and not row.taken:
            self._set_time(row, preview.captured_at)
        row.timed = True
        # A PNG fieldkit's sandbox made, its declared size checked (ops.importing.preview); decoded once its tile
        # is in view (every file is checked for damage, most of them never shown).
        if preview.thumbnail and row.requested:
            row.pixmap = _pixmap(preview.thumbnail)
        self._changed(number)
        self.badges_changed.emit()

    def set_taken(self, number: int, taken: str | None) -> None:
        """The time the photo says it was taken (None: it records none): shown on its tile, used by the split."""
        if not 0 <= number < len(self._rows):
            return
        row = self._rows[number]
        if taken and not row.taken:
            self._set_time(row, taken)
        row.timed = True
        index = self.index(number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    @staticmethod
    def _set_time(row: _Row, taken: str) -> None:
        row.taken_ns = importing.time_ns(taken)
        row.taken = taken if row.taken_ns is not None else None

    def set_duplicates(self, found: dict[Path, str], looked: Sequence[Path] = ()) -> None:
        """``found``: where the store already has each of these files ("Op Falcon / EV-0042"); ``looked``: every
        file the store was asked about (those not in ``found`` are new). A file found is unticked unless the
        operator ticked or unticked it by hand: importing it again into another item stays one tick away."""
        asked = set(looked) | set(found)
        unticked = False
        for number, row in enumerate(self._rows):
            path = row.candidate.path
            if path not in asked:
                continue
            row.hashed = True
            if path in found:
                row.duplicate = found[path]
                if not row.touched and row.checked:
                    row.checked = False
                    unticked = True
                self._changed(number)
        self.badges_changed.emit()
        if unticked:
            self.checks_changed.emit()

    def hashing_pending(self) -> int:
        """Files the store has not been asked about yet: whether they are already there is not known."""
        return sum(1 for row in self._rows if not row.hashed)

    def checking(self) -> int:
        """Files still being checked: not asked of the store yet, or not checked for damage in the sandbox yet."""
        return sum(1 for row in self._rows if not row.hashed or row.preview is None)

    def set_destinations(self, destinations: dict[Path, str], *, split: bool | None = None) -> None:
        """Each file's destination tag; ``split``: whether the tiles show it (the import goes to several items)."""
        lines_change = split is not None and split != self.split
        if lines_change:
            # Each tile gains or loses its "→ EV-0044" line: the view's cached (uniform) cell size must go too.
            self.layoutAboutToBeChanged.emit()
            self.split = bool(split)
        changed = False
        for row in self._rows:
            destination = destinations.get(row.candidate.path)
            changed |= row.destination != destination
            row.destination = destination
        if lines_change:
            self.layoutChanged.emit()
        elif changed:  # re-planned often (every badge, every time read): repaint the tiles only when one moved
            self._changed_all([Qt.ItemDataRole.DisplayRole])

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._tiles.clear()
        self.endResetModel()

    def _changed(self, number: int) -> None:
        self._tiles = {key: pixmap for key, pixmap in self._tiles.items() if key[0] != number}
        index = self.index(number)
        self.dataChanged.emit(index, index)

    def _changed_all(self, roles: list[int]) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), roles)


def _pixmap(png: bytes) -> QPixmap | None:
    image = QImage()
    if image.loadFromData(png, "PNG"):  # type: ignore[arg-type]  # the stub says bytes
        return QPixmap.fromImage(image)
    return None


def tile(pixmap: QPixmap | None, candidate: Candidate, duplicate: str | None, flagged: bool) -> QPixmap:
    """A square tile: the sandbox's thumbnail (or the file's type on grey), with a band for each badge (a duplicate's
    says where the store has it: "ALREADY IN" over "Op Falcon / EV-0042")."""
    image = QImage(TILE, TILE, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour("tile")))
    painter = QPainter(image)
    try:
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            painter.drawPixmap((TILE - scaled.width()) // 2, (TILE - scaled.height()) // 2, scaled)
        else:
            font = QFont(painter.font())
            font.setBold(True)
            font.setPointSize(14)
            painter.setFont(font)
            painter.setPen(QColor(colour("on-tile")))
            known = media_types.BY_TYPE.get(candidate.media_type)
            label = known.name if known is not None and not candidate.unknown else "?"
            painter.drawText(QRect(4, 4, TILE - 8, TILE - 8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             label)  # fmt: skip
        # The bands' text at the window's text size (smaller only where a word would not fit the tile), and the
        # bands as tall as that text: at 150 % text a fixed height cut it to a strip.
        font = QFont(QApplication.font())
        font.setBold(True)
        already = QCoreApplication.translate("ImportDialog", "ALREADY IN")
        kept = QCoreApplication.translate("ImportDialog", "KEPT, FLAGGED")
        painter.setFont(fitted_font(font, max((already, kept), key=QFontMetrics(font).horizontalAdvance), TILE - 8,
                                    max(7, round(QApplication.font().pointSizeF() * 0.9))))  # fmt: skip
        line = painter.fontMetrics().height()
        bands = []
        if duplicate is not None:
            where = painter.fontMetrics().elidedText(duplicate, Qt.TextElideMode.ElideMiddle, TILE - 8)
            bands.append((already + "\n" + ltr(where), colour("edge-info"), colour("on-danger"), 0, 2 * line + 8))
        if flagged:
            bands.append((kept, colour("badge-damaged"), colour("on-badge-damaged"), TILE - line - 8, line + 8))
        for text, background, foreground, top, height in bands:
            painter.fillRect(0, top, TILE, height, QColor(background))
            painter.setPen(QColor(foreground))
            painter.drawText(QRect(0, top, TILE, height), Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()
    return QPixmap.fromImage(image)


def _has_taken_time(candidate: Candidate) -> bool:
    """A photo or a recording: its content may say when it was taken (EXIF, a container's creation time)."""
    row = media_types.BY_TYPE.get(candidate.media_type)
    return row is not None and row.default_kind in ("photo", "media")


def _safe_taken(candidate: Candidate, limits: AnalysisLimits) -> str | None:
    try:
        return importing.taken_time(candidate, limits)
    except Exception:  # a bug loses that time only (the file's own time counts, and the counter holds)
        return None


def _safe_preview(candidate: Candidate, limits: AnalysisLimits) -> Preview:
    try:
        return importing.preview(candidate, limits)
    except Exception:  # a bug in a preview loses that preview only (and the counter of previews in flight holds)
        return Preview(note="no preview")


class _Threads(QObject):
    """Threads of the dialog's own (listing and hashing on one, sandbox previews on a few): what they hand back comes
    to the UI thread on a queued signal, and nothing at all once the dialog closed."""

    _relay = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scan = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldkit-import-scan",
                                       initializer=below_the_window)  # fmt: skip
        self.previews = ThreadPoolExecutor(max_workers=PREVIEWS_AT_ONCE, thread_name_prefix="fieldkit-import-preview",
                                           initializer=below_the_window)  # fmt: skip
        self.cancel = threading.Event()
        self._relay.connect(self._deliver)

    def run(self, pool: ThreadPoolExecutor, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        if self.cancel.is_set():
            return

        def task() -> None:
            if self.cancel.is_set():
                return
            try:
                value = work()
            except Exception:  # a preview or a listing that fails only loses itself
                return
            self.post(then, value)

        with contextlib.suppress(RuntimeError):  # shut down meanwhile
            pool.submit(task)

    def post(self, then: Callable[[Any], None], value: object) -> None:
        """From a thread: ``then(value)`` on the UI thread, unless the dialog closed by then."""
        if not self.cancel.is_set():
            with contextlib.suppress(RuntimeError):  # the dialog is gone
                self._relay.emit(then, value)

    def stop(self) -> None:
        self.cancel.set()
        self.scan.shutdown(wait=False, cancel_futures=True)
        self.previews.shutdown(wait=False, cancel_futures=True)

    @Slot(object, object)
    def _deliver(self, then: Callable[[Any], None], value: object) -> None:
        if not self.cancel.is_set():
            then(value)


class ImportDialog(QDialog):
    """Import into one item, bound when the dialog opened (see the module docstring)."""

    imported = Signal(object)  # PlanResult, once the import ended (finished or cancelled)
    import_failed = Signal(object)  # FieldkitError that stopped it (what was stored before stays)
    listed = Signal()  # every source added so far is listed

    def __init__(
        self,
        executor: StoreExecutor,
        item: Item,
        taken_tags: set[str],
        parent: QWidget | None = None,
        card_roots: Sequence[Path] | None = None,
        limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
        *,
        take_card: bool = False,
    ) -> None:
        """``take_card``: when nothing else was added, list the first mounted camera card at once (Photos and
        Import: the photos are on the card that was just put in, and one click should import them)."""
        super().__init__(parent)
        self.executor = executor
        self.take_card = take_card
        self.item = item  # bound now: every later step uses it, never the window's current item
        self.taken_tags = set(taken_tags) | {item.tag}
        self.card_roots = None if card_roots is None else list(card_roots)
        self.limits = limits
        self.sources: list[Source] = []
        self.outcome: PlanResult | None = None
        self.folder_picker: QFileDialog | None = None
        self.files_picker: QFileDialog | None = None
        self._threads = _Threads(self)
        self._listing = 0  # sources still being listed
        self._queue: deque[int] = deque()  # rows whose preview is wanted, not asked for yet
        self._time_queue: deque[int] = deque()  # rows whose taken time is wanted (every photo), not asked for yet
        self._check_queue: deque[int] = deque()  # every row: its preview tells whether it is damaged
        # Badges arrive file by file (hashes, previews): the counts line follows once they pause a moment.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(60)
        self._recount.timeout.connect(self._update)
        self._placed = False
        # Taken times arrive one by one: the split is planned again once they pause, not once per file.
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(150)
        self._replan.timeout.connect(self._update)
        self._in_flight = 0
        self._cancel: threading.Event | None = None  # the running import's
        self._total = 0
        self._done = 0
        self.setWindowTitle(self.tr("Import into {tag} (case {case})").format(tag=ltr(item.tag), case=item.case_name))
        self.setAcceptDrops(True)
        self.setSizeGripEnabled(True)
        self.resize(self._fitting(QSize(1180, 640)))

        self.destination = QLabel()
        font = self.destination.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.destination.setFont(font)
        self.destination.setWordWrap(True)

        # Sources, on the left.
        self.source_list = QListWidget()
        add_folder = self._button(self.tr("Add folder…"), "folder-open", lambda: self.add_folder())
        add_files = self._button(self.tr("Add files…"), "file-import", lambda: self.add_files())
        self.card_list = QListWidget()
        self.card_list.itemActivated.connect(lambda entry: self.add_card(Path(entry.data(Qt.ItemDataRole.UserRole))))
        add_card = self._button(self.tr("Add card"), "sd", self._add_selected_card)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        sources_label = QLabel(self.tr("Sources (or drop folders and files here)"))
        sources_label.setWordWrap(True)
        left_layout.addWidget(sources_label)
        left_layout.addWidget(self.source_list, 2)
        left_layout.addWidget(add_folder)
        left_layout.addWidget(add_files)
        left_layout.addWidget(QLabel(self.tr("Camera cards")))
        left_layout.addWidget(self.card_list, 1)
        left_layout.addWidget(add_card)

        # The grid, on the right.
        self.model = ImportGridModel(self._want_preview)
        self.model.checks_changed.connect(self._update)
        self.model.badges_changed.connect(self._recount.start)
        # Four lines under each tile (name, size, time, destination), as tall as the text is; as wide as a time line.
        self.grid = TileGrid(TILE, 4, lambda: [self.tr("taken {time}, {date}").format(time="00:00", date="30 Sep"),
                                               "→ " + self.item.tag])  # fmt: skip
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setModel(self.model)
        select_all = self._button(self.tr("Select all"), "checkbox-multiple-marked", lambda: self.model.set_all(True))
        select_none = self._button(self.tr("Select none"), "checkbox-multiple-blank-outline",
                                   lambda: self.model.set_all(False))  # fmt: skip
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # a long count wraps: it never makes the dialog wider
        self.split_check = QCheckBox(self.tr("Split into items by time gap of"))
        self.split_check.setMinimumHeight(40)
        self.gap_minutes = QSpinBox()
        self.gap_minutes.setRange(1, 24 * 60)
        self.gap_minutes.setValue(30)
        self.gap_minutes.setSuffix(self.tr(" min"))
        self.gap_minutes.setMinimumHeight(40)
        self.split_check.toggled.connect(lambda _: self._update())
        self.gap_minutes.valueChanged.connect(lambda _: self._update())
        # The tools wrap onto a second row when narrow (a laptop screen), and the counts have a line of their own.
        tools = QWidget()
        tools_layout = FlowLayout(tools)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        gap = QWidget()
        gap_layout = QHBoxLayout(gap)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        gap_layout.addWidget(self.split_check)
        gap_layout.addWidget(self.gap_minutes)
        for widget in (select_all, select_none, gap):
            tools_layout.addWidget(widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(tools)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(self.grid, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(160)

        # Progress, summary and the buttons.
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long name
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        self.summary.setStyleSheet("font-weight: bold; padding: 6px;")
        self.import_button = self._button("", "file-import", self.start_import)
        self.cancel_button = self._button(self.tr("Cancel"), "close", self._cancel_or_close)
        self.ok_button = self._button(self.tr("OK"), "check-circle", self.accept)
        self.ok_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.destination)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._update()
        self._look_for_cards()

    # --- size and place --------------------------------------------------------------------------------------

    def _available(self) -> QRect:
        """The part of the parent's screen windows may use (no panels), less a margin on every side."""
        anchor = self.parentWidget()
        screen = anchor.window().screen() if anchor is not None else self.screen()
        area = screen.availableGeometry()
        return area.adjusted(SCREEN_MARGIN, SCREEN_MARGIN, -SCREEN_MARGIN, -SCREEN_MARGIN)

    def _fitting(self, wanted: QSize) -> QSize:
        return wanted.boundedTo(self._available().size())

    def place_on_screen(self) -> None:
        """Size the dialog within the screen's available area and center it on the main window, its frame (title
        bar included) inside the screen: no button off the edge of a laptop's screen."""
        area = self._available()
        frame = self.frameGeometry()
        extra = QSize(max(0, frame.width() - self.width()), max(0, frame.height() - self.height()))
        self.resize(self.size().boundedTo(area.size() - extra))
        width, height = self.width() + extra.width(), self.height() + extra.height()
        anchor = self.parentWidget()
        center = anchor.window().frameGeometry().center() if anchor is not None else area.center()
        left = min(max(center.x() - width // 2, area.left()), area.right() + 1 - width)
        top = min(max(center.y() - height // 2, area.top()), area.bottom() + 1 - height)
        self.move(max(left, area.left()), max(top, area.top()))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            self.place_on_screen()
        super().showEvent(event)

    def _button(self, text: str, icon_name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAutoDefault(False)  # Enter presses the default button only (Import, then OK), never "Add folder…"
        button.setMinimumHeight(40)
        button.clicked.connect(lambda: slot())
        return button

    # --- sources -------------------------------------------------------------------------------------------

    def add_folder(self, start: str = "") -> QFileDialog:
        """Ask for a folder (everything under it and its subfolders) to add as a source."""
        picker = QFileDialog(self, self.tr("Add a folder to import into {}").format(ltr(self.item.tag)))
        picker.setFileMode(QFileDialog.FileMode.Directory)
        picker.setOption(QFileDialog.Option.ShowDirsOnly)
        picker.setOption(QFileDialog.Option.DontUseNativeDialog)
        start_in(picker, "import-folder")
        if start:
            picker.setDirectory(start)
        picker.fileSelected.connect(lambda folder: self.add_paths([Path(folder)]) if folder else None)
        picker.open()
        self.folder_picker = picker
        return picker

    def add_files(self, *, any_kind: bool = False) -> QFileDialog:
        """Ask for files to add as a source: photos and videos first, or every kind first (``any_kind``: the item
        card's Files…)."""
        picker = QFileDialog(self, self.tr("Add files to import into {}").format(ltr(self.item.tag)))
        picker.setFileMode(QFileDialog.FileMode.ExistingFiles)
        picker.setOption(QFileDialog.Option.DontUseNativeDialog)
        start_in(picker, "import-files")
        # A convenience only: every file may be chosen ("All files"), and the import keeps whatever it is given.
        filters = [self.tr("Photos and videos ({})").format(PHOTO_PATTERNS), self.tr("All files (*)")]
        picker.setNameFilters(filters[::-1] if any_kind else filters)
        picker.filesSelected.connect(lambda files: self.add_paths([Path(name) for name in files]))
        picker.open()
        self.files_picker = picker
        return picker

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Folders and files (chosen or dropped) as sources: each folder its own, the files together."""
        for source in importing.sources_for([Path(path) for path in paths]):
            self.add_source(source)

    def add_card(self, root: Path, fresh: Sequence[Path] | None = None) -> None:
        """A camera card: its DCIM folder. ``fresh``: what its CardOffer found not in the store (the rest is badged
        as already there without hashing the card again); None: hashing tells."""
        if all(source.root != root for source in self.sources):
            self.add_source(Source("card", root, (root / "DCIM",), offered=fresh is not None),
                            fresh=list(fresh) if fresh is not None else None)  # fmt: skip

    def _add_selected_card(self) -> None:
        entry: QListWidgetItem | None = self.card_list.currentItem()
        if entry is None:
            entry = self.card_list.item(0)
        if entry is not None:
            self.add_card(Path(entry.data(Qt.ItemDataRole.UserRole)))

    def add_source(self, source: Source, fresh: list[Path] | None = None) -> None:
        if self._cancel is not None or self.outcome is not None:
            return  # importing or imported: the sources are settled
        index = len(self.sources)
        self.sources.append(source)
        kinds = {"folder": self.tr("Folder"), "files": self.tr("Files in"), "card": self.tr("Camera card")}
        entry = QListWidgetItem(icon({"folder": "folder", "files": "file-multiple", "card": "sd"}[source.kind]),
                                f"{kinds[source.kind]} {ltr(source.label)}")  # fmt: skip
        entry.setToolTip(str(source.root))
        self.source_list.addItem(entry)
        self._listing += 1
        self._update()
        cancel = self._threads.cancel

        def listing() -> tuple[int, Source, list[Candidate]]:
            found = importing.card_source(source.root, fresh) if source.kind == "card" else source
            return index, found, importing.list_files(found, index, cancel)

        self._threads.run(self._threads.scan, listing, self._listed)

    def _listed(self, found: tuple[int, Source, list[Candidate]]) -> None:
        index, source, candidates = found
        self.sources[index] = source
        self._listing -= 1
        added = self.model.add(candidates)
        self._time_queue.extend(number for number in added if _has_taken_time(self.model.row(number).candidate))
        self._check_queue.extend(added)  # then every file's preview: damage is known for all, not only those shown
        for number in added:
            if not _has_taken_time(self.model.row(number).candidate):
                self.model.row(number).timed = True  # a document or a file: its own time is the file's
        self._next_previews()
        self._update()
        if not source.offered:
            self._hash(candidates)
        else:  # a card's offer already told which of its files the store has: hashing only says where
            for number in added:
                self.model.row(number).hashed = True
            self._update()
            self._hash([candidate for candidate in candidates if candidate.known])
        if self._listing == 0:
            self.listed.emit()

    def _hash(self, candidates: list[Candidate]) -> None:
        """Stream each file through SHA-256 on the scan thread, then ask the store which it already holds."""
        cancel = self._threads.cancel

        def hashing() -> None:
            batch: dict[str, list[Path]] = {}
            unreadable: list[Path] = []  # the import says why; whether the store has it cannot be told
            for candidate in candidates:
                digest = importing.sha256_of(candidate.path, cancel)
                if cancel.is_set():
                    return
                if digest is not None:
                    batch.setdefault(digest, []).append(candidate.path)
                else:
                    unreadable.append(candidate.path)
                if len(batch) + len(unreadable) >= HASH_BATCH:
                    self._threads.post(self._look_up, (batch, unreadable))
                    batch, unreadable = {}, []
            if batch or unreadable:
                self._threads.post(self._look_up, (batch, unreadable))

        self._threads.run(self._threads.scan, hashing, lambda _: None)

    def _look_up(self, hashed: tuple[dict[str, list[Path]], list[Path]]) -> None:
        batch, unreadable = hashed
        looked = [path for paths in batch.values() for path in paths] + unreadable

        def found(known: dict[str, tuple[str, str]]) -> None:
            if self._threads.cancel.is_set():
                return
            self.model.set_duplicates({path: f"{case} / {tag}" for digest, (case, tag) in known.items()
                                       for path in batch[digest]}, looked)  # fmt: skip

        if not self.executor.unlocked or not batch:  # locked: the dialog is being cancelled; nothing to ask
            self.model.set_duplicates({}, looked)
            return
        self.executor.submit(importing.known_hashes(list(batch)), found,
                             lambda _error: found({}))  # fmt: skip

    def _look_for_cards(self) -> None:
        """Mounted camera cards (a folder with DCIM under the usual mount points), offered on the left."""
        roots = self.card_roots

        def found(cards: list[Any]) -> None:
            for card in cards:
                entry = QListWidgetItem(icon("sd"), ltr(card.root.name or str(card.root)))
                entry.setData(Qt.ItemDataRole.UserRole, str(card.root))
                entry.setToolTip(str(card.root))
                self.card_list.addItem(entry)
            if cards and self.take_card and not self.sources:
                self.card_list.setCurrentRow(0)
                self.add_card(cards[0].root)

        self._threads.run(self._threads.scan, lambda: find_cards(roots), found)

    # --- previews ------------------------------------------------------------------------------------------

    def _want_preview(self, row: int) -> None:
        self._queue.append(row)
        self._next_previews()

    def _next_previews(self) -> None:
        """Ask the sandbox for what is wanted, at most PREVIEWS_AT_ONCE at a time: first the previews of the tiles
        in view (the latest asked for first), then the taken time of every photo (a JPEG's from its header only;
        another photo's from its whole preview)."""
        while self._in_flight < PREVIEWS_AT_ONCE and not self._threads.cancel.is_set():
            if self._queue:
                row = self._queue.pop()  # the latest asked for: the tiles in view now
                if self.model.row(row).preview is not None or self.model.row(row).asked:
                    continue
                self.model.row(row).asked = True
                work: Callable[[], Any] = functools.partial(_safe_preview, self.model.row(row).candidate, self.limits)
                then: Callable[[Any], None] = functools.partial(self._previewed, row)
            elif self._time_queue:
                row = self._time_queue.popleft()
                if row >= self.model.rowCount() or self.model.row(row).timed or self.model.row(row).asked:
                    continue  # its preview brought its time already (or will)
                candidate = self.model.row(row).candidate
                if importing.time_from_head(candidate):
                    work = functools.partial(_safe_taken, candidate, self.limits)
                    then = functools.partial(self._timed, row)
                else:
                    self.model.row(row).asked = True
                    work = functools.partial(_safe_preview, candidate, self.limits)
                    then = functools.partial(self._previewed, row)
            elif self._check_queue:
                row = self._check_queue.popleft()
                if row >= self.model.rowCount() or self.model.row(row).preview is not None or self.model.row(row).asked:
                    continue
                self.model.row(row).asked = True
                work = functools.partial(_safe_preview, self.model.row(row).candidate, self.limits)
                then = functools.partial(self._previewed, row)
            else:
                return
            self._in_flight += 1
            self._threads.run(self._threads.previews, work, then)

    def _previewed(self, row: int, preview: Preview) -> None:
        self._in_flight -= 1
        self.model.set_preview(row, preview)  # the counts line follows (badges_changed)
        self._next_previews()
        self._plan_again()

    def _timed(self, row: int, taken: str | None) -> None:
        self._in_flight -= 1
        self.model.set_taken(row, taken)
        self._next_previews()
        self._plan_again()

    def _plan_again(self) -> None:
        """A taken time arrived: plan the split again once they pause (at once after the last one, even while
        damage checks are still in flight); the import button, held while times are read, follows."""
        if not self._time_queue and (not self._in_flight or not self.times_pending()):
            self._replan.stop()
            self._update()
        else:
            self._replan.start()

    def times_pending(self) -> int:
        """Checked files whose taken time is still being read (the split waits for them)."""
        return sum(1 for row in self.model.checked() if not row.timed)

    # --- destination and split -----------------------------------------------------------------------------

    def plan(self) -> list[Destination]:
        """Where each checked file goes: all into the bound item, or split by time gap into it and new items."""
        checked = self.model.checked()
        if self.split_check.isChecked():
            gap = self.gap_minutes.value() * 60 * 1_000_000_000
            taken = [(number, row.taken_ns) for number, row in enumerate(checked) if row.taken_ns is not None]
            if taken:
                # Files that record no time (notes, a damaged photo) neither make nor move a group: their file time
                # is when the card was copied. They stay with the bound item, which also gets the earliest photos.
                groups = importing.split_by_gap(taken, gap)
                untimed = [number for number, row in enumerate(checked) if row.taken_ns is None]
                groups[0] = sorted(groups[0] + untimed)
            else:  # nothing says when it was taken: the files' own times are all there is
                groups = importing.split_by_gap([(number, row.time_ns) for number, row in enumerate(checked)], gap)
        else:
            groups = [list(range(len(checked)))] if checked else []
        tags = [self.item.tag, *importing.next_tags(self.item.tag, max(0, len(groups) - 1), self.taken_tags)]
        destinations = []
        for tag, group in zip(tags, groups, strict=False):
            rows = [checked[number] for number in group]
            parts = []
            for index, source in enumerate(self.sources):
                files = tuple(row.candidate.path for row in rows if row.candidate.source == index)
                if not files:
                    continue
                everything = [row for row in self.model.rows() if row.candidate.source == index]
                whole = source.kind == "folder" and len(groups) == 1 and all(row.checked for row in everything)
                parts.append(Part(source, files, whole))
            destinations.append(Destination(tag, tuple(parts)))
        return destinations

    def _update(self) -> None:
        destinations = self.plan()
        where = {path: d.tag for d in destinations for part in d.parts for path in part.files}
        self.model.set_destinations(where, split=len(destinations) > 1)
        count = len(where)
        self.count_label.setText(self.counts_text(count))
        item = self.item
        line = self.tr("Into {tag}, case {case}, {category}").format(
            tag=ltr(item.tag), case=item.case_name, category=category_label(item.category)
        )
        if len(destinations) > 1:
            counts = ", ".join(f"{ltr(d.tag)} ({sum(len(p.files) for p in d.parts)})" for d in destinations)
            line += "\n" + plural(
                self.tr(
                    "Split by time into %n item(s): {} (the others new, same case, category and site)",
                    "",
                    len(destinations),
                ),
                len(destinations),
            ).format(counts)
        pending = self.times_pending() if self.split_check.isChecked() else 0
        if self.split_check.isChecked():
            by_file = sum(1 for row in self.model.checked() if row.timed and row.taken_ns is None)
            any_taken = any(row.taken_ns is not None for row in self.model.checked())
            if pending:
                line += "\n" + self.tr("Reading the time each photo was taken… {} left").format(pending)
            elif by_file and any_taken:
                stay = (self.tr("1 file records no time: it stays in {}") if by_file == 1
                        else self.tr("%n files record no time: they stay in {}", "", by_file))  # fmt: skip
                line += "\n" + stay.format(ltr(item.tag))
            elif by_file:
                line += "\n" + self.tr("No file records when it was taken: split by each file's own time (a copy "
                                       "may have changed it)")  # fmt: skip
        self.destination.setText(line)
        busy = self._cancel is not None or self.outcome is not None or pending > 0
        hashing = self.model.hashing_pending()
        if hashing and self._cancel is None and self.outcome is None:
            # Nothing is imported before it is known which files the store already has (they are left out).
            self.import_button.setText(
                self.tr("Checking which files are already in the store… {} left").format(hashing)
            )
            self.import_button.setEnabled(False)
            self.import_button.setDefault(False)
            return
        if len(destinations) < 2:
            self.import_button.setText(
                plural(self.tr("Import %n file(s) into {}", "", count), count).format(ltr(item.tag))
            )
        else:
            self.import_button.setText(
                plural(self.tr("Import %n file(s) into {} items", "", count), count).format(len(destinations))
            )
        ready = count > 0 and self._listing == 0 and not busy
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)  # Enter imports (once it can), never "Add folder…"

    def counts_text(self, selected: int) -> str:
        """'12 of 15 files selected; 3 already in the store, left out; 2 damaged or unknown: will be kept and
        flagged; checking 4 files…': every row counted (not only those shown), and what is still being checked said
        as such, not as a number that changes later without a word."""
        rows = self.model.rows()
        total = len(rows)
        text = plural(self.tr("{} of %n file(s) selected", "", total), total).format(selected)
        duplicates = [row for row in rows if row.duplicate]
        if duplicates:
            again = sum(1 for row in duplicates if row.checked)
            if again:
                text += self.tr("; {} already in the store ({} of them selected: imported again)").format(
                    len(duplicates), again)  # fmt: skip
            else:
                text += self.tr("; {} already in the store, left out (also by Select all; tick one to import it "
                                "again)").format(len(duplicates))  # fmt: skip
        flagged = sum(1 for row in rows if row.checked and row.flagged)
        if flagged:
            text += self.tr("; {} damaged or unknown: will be kept and flagged").format(flagged)
        checking = self.model.checking()
        if checking:
            text += "; " + plural(self.tr("checking %n file(s)…", "", checking), checking)
        return text

    # --- import --------------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._cancel is not None or self.outcome is not None or self._listing or not self.executor.unlocked:
            return
        if self.model.hashing_pending():
            return  # which files the store already has is not known yet (they are left out once it is)
        if self.split_check.isChecked() and self.times_pending():
            return  # the split would go by file times the photos' own may still correct
        destinations = self.plan()
        self._total = sum(len(part.files) for d in destinations for part in d.parts)
        if not self._total:
            return
        self._done = 0
        flagged = {row.candidate.path for row in self.model.checked() if row.flagged}
        self.progress.setRange(0, self._total)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.progress_label.setText(self.tr("Starting the import…"))
        self.split_check.setEnabled(False)
        self.gap_minutes.setEnabled(False)
        self.grid.setEnabled(False)
        self._cancel = self.executor.submit(importing.import_plan(self.item, destinations),
                                            lambda result: self._finished(result, flagged), self._failed,
                                            self._step)  # fmt: skip
        self.cancel_button.setText(self.tr("Stop the import"))
        self._update()

    def _step(self, outcome: object) -> None:
        counted = importing.counted(outcome)
        if counted is None:
            return
        self._done = min(self._total, self._done + 1)
        self.progress.setValue(self._done)
        self.progress_label.setText(self.tr("{} of {}: {}").format(self._done, self._total,
                                                                   ltr(Path(counted.path).name)))  # fmt: skip

    def _cancel_or_close(self) -> None:
        if self._cancel is not None and self.outcome is None:
            self._cancel.set()  # the importer stops after the file it is on; what is stored stays
            self.progress_label.setText(self.tr("Stopping; what is already stored stays stored…"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def _finished(self, result: PlanResult, flagged: set[Path]) -> None:
        self.outcome = result
        self.progress.setValue(self._done)
        self.progress_label.clear()
        self.summary.setText(self.summary_text(result, flagged))
        self.summary.setVisible(True)
        self._done_buttons()
        self.imported.emit(result)

    def _failed(self, error: FieldkitError) -> None:
        self.outcome = PlanResult(self.item)
        self.summary.setText(self.tr("The import stopped: {} What was stored before stays stored; the item's "
                                     "Acquisitions say which files.").format(error.message))  # fmt: skip
        self.summary.setStyleSheet(red() + " padding: 6px;")
        self.summary.setVisible(True)
        self.progress_label.clear()
        self._done_buttons()
        self.import_failed.emit(error)

    def _done_buttons(self) -> None:
        self.cancel_button.setVisible(False)
        self.import_button.setVisible(False)
        self.ok_button.setVisible(True)
        self.ok_button.setDefault(True)
        self.ok_button.setFocus()

    def summary_text(self, result: PlanResult, flagged: set[Path]) -> str:
        """What the import did, in one sentence the operator acknowledges, naming each item."""
        parts: list[str] = []
        for tag, summary in result.by_tag.items():
            if summary.stored:
                photos = all(o.kind == "photo" for o in summary.outcomes if o.status == "stored")
                n = summary.stored
                text = (
                    self.tr("%n photo(s) added to {tag}", "", n)
                    if photos
                    else self.tr("%n file(s) added to {tag}", "", n)
                )
                parts.append(plural(text, n).format(tag=ltr(tag)))
        total = result.total
        if not parts:
            parts.append(self.tr("Nothing was added to {tag}").format(tag=ltr(self.item.tag)))
        if total.duplicates:
            parts.append(self.tr("{} already there (skipped)").format(total.duplicates))
        kept_flagged = sum(1 for o in total.outcomes if o.status == "stored" and Path(o.path) in flagged)
        if kept_flagged:
            parts.append(self.tr("{} kept and flagged as damaged or unknown").format(kept_flagged))
        if total.failed:
            parts.append(self.tr("{} could not be read (the item's Acquisitions say why)").format(total.failed))
        text = ", ".join(parts) + "."
        if result.cancelled:
            left = max(0, self._total - self._done)
            text = plural(
                self.tr("Import stopped: what was stored stays stored; not imported: %n file(s).", "", left), left
            ) + ("\n" + text)
        return text

    @property
    def importing(self) -> bool:
        """An import started and has not ended yet."""
        return self._cancel is not None and self.outcome is None

    # --- closing and dropping ------------------------------------------------------------------------------

    def done(self, code: int) -> None:
        """Closing (OK, Cancel, Esc, or the auto-lock's reject): previews and hashing stop, what they still hand back
        is dropped; a running import is stopped with what it stored kept. A dialog rejected before Import applies
        nothing."""
        if self._cancel is not None and self.outcome is None:
            self._cancel.set()
        self._threads.stop()
        self._queue.clear()
        self._time_queue.clear()
        self._check_queue.clear()
        self._recount.stop()
        self.model.clear()
        super().done(code)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._cancel is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()
