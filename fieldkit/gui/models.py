"""Qt item models over core records. Widgets read data only through these; the data comes from store jobs."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fieldkit.core.similar import Match
from fieldkit.gui.custodywords import event_text, event_tooltip
from fieldkit.gui.details import readable_reason
from fieldkit.gui.labels import item_category_label, kind_label, ltr
from fieldkit.gui.ops.evidence import THUMBNAIL_SIDE, GridThumbnail
from fieldkit.gui.ops.identification import OpenHit
from fieldkit.gui.theme import COLOURS, colour, current_theme
from fieldkit.models import Capture, CustodyEvent, Flag, Item

Index = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
BadgeRole = Qt.ItemDataRole.UserRole + 4  # the text of a capture tile's badge ("DAMAGED", ...), None without one
ReasonRole = Qt.ItemDataRole.UserRole + 5  # why: the failure or the damage, as a soldier reads it
TitleRole = Qt.ItemDataRole.UserRole + 6  # an item row's first line: tag and category
DetailRole = Qt.ItemDataRole.UserRole + 7  # an item row's second line: the description's first line
FlagRole = Qt.ItemDataRole.UserRole + 8  # a capture tile's flag for review (a Flag), None when it has none


class ItemFilter(QSortFilterProxyModel):
    """Filters items by the search text over their fields, and also shows items whose document text matched."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.text_hits: set[int] = set()

    def set_search(self, text: str, text_hits: set[int] | None = None) -> None:
        self.text = text.casefold()
        self.text_hits = set(text_hits or ())
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.text:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        item = model.data(index, ItemRole)
        if isinstance(item, Item) and item.id in self.text_hits:
            return True
        haystack = model.data(index, Qt.ItemDataRole.UserRole) or ""
        return self.text in haystack


class ItemsModel(QAbstractListModel):
    """The items of all cases, shown as 'TAG — description'; filter with a QSortFilterProxyModel."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Item] = []
        self._site_names: dict[int, str] = {}

    def set_items(self, items: list[Item], site_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._site_names = dict(site_names or {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            detail = item.description.splitlines()[0] if item.description else item_category_label(item)
            return f"{item.tag}  —  {detail}"
        if role == TitleRole:  # the row's first line, large: tag and category
            return f"{ltr(item.tag)}  ·  {item_category_label(item)}"
        if role == DetailRole:  # its second line, small: the description's first line
            return item.description.strip().splitlines()[0] if item.description.strip() else ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole of it: rows are cut to fit the list
            head = f"{item.case_name} / {ltr(item.tag)} ({item_category_label(item)})"
            body = "\n".join(textwrap.fill(line, 70) for line in item.description.strip().splitlines())
            return f"{head}\n{body}" if body else head
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.UserRole:  # the text filters search: tag, case, category, description, dates
            site = self._site_names.get(item.site_id or -1, "")
            return " ".join([item.tag, item.case_name, item.category, item.description, site, item.recovered_at or "",
                             item.created_at]).casefold()  # fmt: skip
        return None


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction ``text`` reads in (its first strong letter's), ``default`` if it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


def _fields(option: QStyleOptionViewItem) -> Any:
    """``option`` with its fields (rect, font, state...), which PySide6's type stubs do not declare."""
    return option


class ItemRowDelegate(QStyledItemDelegate):
    """An item as two lines: tag and category large and bold, the description's first line smaller below. Each line
    is cut with "…" at its own end to fit the list's width (no horizontal scrolling; the tooltip has it all), and
    sits on the reading side of the window (right in Arabic). Rows are at least ``MIN_HEIGHT`` px: a finger's."""

    PADDING = 6
    MIN_HEIGHT = 48  # not a limit: a row is at least a gloved finger high (pixels)

    def fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        font: QFont = _fields(option).font
        title = QFont(font)
        title.setBold(True)
        detail = QFont(font)
        detail.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, detail = self.fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height() + 2 * self.PADDING + 2
        return QSize(120, max(self.MIN_HEIGHT, height))  # narrow: the list never scrolls sideways for it

    def lines(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str]:
        """The two lines as drawn in ``option``'s rectangle: cut with "…" where they do not fit."""
        title_font, detail_font = self.fonts(option)
        width = max(0, _fields(option).rect.width() - 2 * self.PADDING)
        elide = Qt.TextElideMode.ElideRight
        title = QFontMetrics(title_font).elidedText(str(index.data(TitleRole) or ""), elide, width)
        detail = QFontMetrics(detail_font).elidedText(str(index.data(DetailRole) or ""), elide, width)
        return title, detail

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        _fields(panel).text = ""
        widget = _fields(panel).widget
        view = _fields(option)
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, widget)
        title, detail = self.lines(option, index)
        title_font, detail_font = self.fonts(option)
        rect = view.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        direction = view.direction
        side = (
            Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
        )
        align = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = view.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(text)
        top = 0
        for line, font in ((title, title_font), (detail, detail_font)):
            height = QFontMetrics(font).height()
            painter.setFont(font)
            painter.setLayoutDirection(text_direction(line, direction))  # "…" at the end the line reads to
            painter.drawText(QRect(rect.left(), rect.top() + top, rect.width(), height), int(align), line)
            top += height + 2
        painter.restore()


def _placeholder(kind: str) -> QPixmap:
    """A card in place of a thumbnail: the kind, in a font that fits the tile (the badge says the rest)."""
    size = THUMBNAIL_SIDE
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour("tile" if kind == "photo" else "tile-other")))
    painter = QPainter(image)
    painter.setPen(QColor(colour("on-tile")))
    text = kind_label(kind).upper()
    painter.setFont(_fitted_font(painter.font(), text, size - 24, 18))
    painter.drawText(image.rect().adjusted(0, 0, 0, -BADGE_HEIGHT), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QPixmap.fromImage(image)


BADGE_HEIGHT = 30  # pixels at the bottom of a tile: large enough to read at the grid's size
# What the grid says of a capture's analysis, and in which colours (background, text) as meanings of the theme's
# (theme.COLOURS): amber for damage, red for a failure, grey while the sandbox has not answered yet.
BADGE_COLOURS = {"damaged": ("DAMAGED", "badge-damaged", "on-badge-damaged"), "failed": ("ANALYSIS FAILED", "danger",
                 "on-danger"), "pending": ("ANALYSING…", "badge-pending", "on-badge-pending")}  # fmt: skip
# The same in the light theme's colours (text, background, foreground).
BADGES = {badge: (text, COLOURS["light"][back], COLOURS["light"][fore])
          for badge, (text, back, fore) in BADGE_COLOURS.items()}  # fmt: skip
FLAG_BAND = ("FLAGGED", "banner-warning", "on-banner-warning", "edge-warning")  # text, background, text, edge
NIGHT_OPACITY = 0.6  # pictures in the grid at night: dimmed, so that a bright photo does not light the face up


def badge_text(badge: str) -> str:
    """A badge's text in the window's language ("DAMAGED", "ANALYSIS FAILED", "ANALYSING…", "FLAGGED")."""
    texts = {
        "damaged": QCoreApplication.translate("CapturesModel", "DAMAGED"),
        "failed": QCoreApplication.translate("CapturesModel", "ANALYSIS FAILED"),
        "pending": QCoreApplication.translate("CapturesModel", "ANALYSING…"),
        "flagged": QCoreApplication.translate("CapturesModel", "FLAGGED"),
    }
    return texts[badge]


def band_height(font: QFont) -> int:
    """A badge band's height for text in ``font``: at least ``BADGE_HEIGHT``, taller with larger text."""
    return max(BADGE_HEIGHT, QFontMetrics(font).height() + 8)


def fitted_font(font: QFont, text: str, width: int, points: int) -> QFont:
    """``font`` (bold) at the largest size from ``points`` down to 7 at which ``text`` fits ``width`` pixels."""
    return _fitted_font(font, text, width, points)


def _fitted_font(font: QFont, text: str, width: int, points: int) -> QFont:
    """``font`` at the largest size from ``points`` down to 7 at which ``text`` fits ``width`` pixels."""
    fitted = QFont(font)
    fitted.setBold(True)
    for size in range(points, 6, -1):
        fitted.setPointSize(size)
        if QFontMetrics(fitted).horizontalAdvance(text) <= width:
            break
    return fitted


def badge_of(analysis: GridThumbnail | None) -> str | None:
    """Which badge a tile carries: "failed", "damaged", "pending" (not analysed yet), or None."""
    if analysis is None or analysis.status == "pending":
        return "pending"
    if analysis.status == "failed":
        return "failed"
    return "damaged" if analysis.damaged else None


def _centred_tile(pixmap: QPixmap) -> tuple[QPixmap, QPainter]:
    """A transparent square as large as the grid's icon with the picture centred on it, and a painter still open on
    it for the band the caller adds (the caller ends it)."""
    size = THUMBNAIL_SIDE
    tile = QPixmap(size, size)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    picture = pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    painter.drawPixmap((size - picture.width()) // 2, (size - picture.height()) // 2, picture)
    return tile, painter


def badged(pixmap: QPixmap, badge: str) -> QPixmap:
    """The tile's picture on a square as large as the grid's icon, with a band across its bottom that says the
    badge, never cut: the picture is centred, the band spans the tile's width."""
    _text, background, foreground = BADGE_COLOURS[badge]
    text = badge_text(badge)
    size = THUMBNAIL_SIDE
    tile, painter = _centred_tile(pixmap)
    font = _fitted_font(QApplication.font(), text, size - 12, _badge_points())
    height = band_height(font)
    band = QRect(0, size - height, size, height)
    painter.fillRect(band, QColor(colour(background)))
    painter.setPen(QColor(colour(foreground)))
    painter.setFont(font)
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return tile


def flagged(pixmap: QPixmap) -> QPixmap:
    """The tile with a band across its top that says "FLAGGED" (flagged for review), framed in the warning edge."""
    _text, background, foreground, edge = FLAG_BAND
    text = badge_text("flagged")
    size = THUMBNAIL_SIDE
    tile, painter = _centred_tile(pixmap)
    font = _fitted_font(QApplication.font(), "⚑ " + text, size - 12, _badge_points())
    band = QRect(0, 0, size, band_height(font))
    painter.fillRect(band, QColor(colour(background)))
    painter.setPen(QColor(colour(edge)))
    painter.drawRect(band.adjusted(0, 0, -1, -1))
    painter.setPen(QColor(colour(foreground)))
    painter.setFont(font)
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, "⚑ " + text)
    painter.end()
    return tile


def _badge_points() -> int:
    """The badges' largest text size: 13 points at the usual text size, larger with larger text."""
    base = QApplication.font().pointSizeF()
    return max(13, round(base * 1.3)) if base > 0 else 13


def dimmed(pixmap: QPixmap, background: QColor) -> QPixmap:
    """``pixmap`` at ``NIGHT_OPACITY`` over ``background`` (the night theme's base): a darker picture, same size."""
    out = QPixmap(pixmap.size())
    out.fill(background)
    painter = QPainter(out)
    painter.setOpacity(NIGHT_OPACITY)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return out


def similar_hint() -> str:
    """What the "≈" before a file name in the grid means (its tooltip, and the legend under the grid)."""
    return QCoreApplication.translate(
        "CapturesModel", "≈ Looks like another photo (near-duplicate): open it to compare"
    )


class CapturesModel(QAbstractListModel):
    """The captures of one item; thumbnails are asked for lazily, only for rows the view actually shows. They are
    the ones analysis stored: a capture not analysed yet shows a placeholder until ``refresh_thumbnail``, one whose
    analysis failed a card that says so (the reason in its tooltip)."""

    THUMBNAIL = QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)

    def __init__(self, request_thumbnails: Callable[[list[int]], None]) -> None:
        super().__init__()
        self._captures: list[Capture] = []
        self._pixmaps: dict[int, QPixmap | None] = {}
        self._analyses: dict[int, GridThumbnail] = {}
        self._wanted: set[int] = set()
        self._requested: set[int] = set()
        self._request = request_thumbnails
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(30)
        self._batch.timeout.connect(self._flush)
        self._placeholders: dict[str, QPixmap] = {}
        self._tiles: dict[str, QPixmap] = {}  # thumbnails with their badge, by capture id and badge
        self._similar: dict[int, list[Match]] = {}
        self._flags: dict[int, Flag] = {}
        self._dimmed: dict[int, QPixmap] = {}  # night: tiles drawn dimmed, by the cache key of the tile

    @property
    def any_similar(self) -> bool:
        """Whether any capture shown carries the "≈" of a near-duplicate."""
        return any(self._similar.get(capture.id) for capture in self._captures)

    def set_similar(self, similar: dict[int, list[Match]]) -> None:
        """Flag photos that look like others (near-duplicates, in this item or anywhere in the store)."""
        self._similar = dict(similar)
        if self._captures:
            self.dataChanged.emit(self.index(0), self.index(len(self._captures) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])  # fmt: skip

    def similar_to(self, capture_id: int) -> list[Match]:
        return self._similar.get(capture_id, [])

    def set_flags(self, flags: dict[int, Flag]) -> None:
        """The captures flagged for review (the others are not)."""
        if flags == self._flags:
            return
        self._flags = dict(flags)
        if self._captures:
            self.dataChanged.emit(self.index(0), self.index(len(self._captures) - 1),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, FlagRole])  # fmt: skip

    def flag_of(self, capture_id: int) -> Flag | None:
        return self._flags.get(capture_id)

    def set_captures(self, captures: list[Capture]) -> None:
        self.beginResetModel()
        self._captures = list(captures)
        self._similar = {}
        self._flags = {}
        self._pixmaps.clear()
        self._analyses.clear()
        self._tiles.clear()
        self._dimmed.clear()
        self._wanted.clear()
        self._requested.clear()
        self.endResetModel()

    def clear(self) -> None:
        """Drop every capture and decoded thumbnail (on lock)."""
        self.set_captures([])
        self._placeholders.clear()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._captures)

    def capture_at(self, row: int) -> Capture | None:
        return self._captures[row] if 0 <= row < len(self._captures) else None

    @property
    def thumbnails_loaded(self) -> int:
        return sum(1 for p in self._pixmaps.values() if p is not None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        capture = self.capture_at(index.row())
        if capture is None:
            return None
        similar = self._similar.get(capture.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"≈ {capture.original_name}" if similar else capture.original_name
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{capture.original_name}\n{capture.kind}, {capture.size} bytes\nSHA-256 {capture.sha256}"
            analysis = self._analyses.get(capture.id)
            badge = badge_of(analysis)
            if analysis is not None and badge == "failed":
                text += f"\n\nAnalysis failed: {analysis.reason} (the original is kept unchanged)"
            elif analysis is not None and badge == "damaged":
                text += f"\n\nDamaged: {analysis.damaged} (shown as far as it decodes; the original is kept unchanged)"
            elif badge == "pending":
                text += "\n\nNot analysed yet: the sandbox is analysing it"
            flag = self._flags.get(capture.id)
            if flag is not None:
                text += "\n\n" + QCoreApplication.translate(
                    "CapturesModel", "Flagged for review: {} (by {}, {})"
                ).format(flag.reason, flag.operator, flag.at[:16].replace("T", " "))
            if similar:
                text += "\n\n" + similar_hint()
                text += "\n≈ " + "\n≈ ".join(f"{m.case_name} / {m.item_tag}: {m.original_name}" for m in similar[:8])
            return text
        if role == BadgeRole:
            return badge_text(badge) if (badge := badge_of(self._analyses.get(capture.id))) else None
        if role == FlagRole:
            return self._flags.get(capture.id)
        if role == ReasonRole:
            analysis = self._analyses.get(capture.id)
            if analysis is None:
                return None
            reason = analysis.reason if analysis.status == "failed" else analysis.damaged
            return readable_reason(reason) if reason else None
        if role == Qt.ItemDataRole.ForegroundRole and similar:
            return QColor(colour("similar"))
        if role == Qt.ItemDataRole.DecorationRole:
            tile = self.tile(capture)
            if current_theme() == "night":
                key = tile.cacheKey()
                if key not in self._dimmed:
                    self._dimmed[key] = dimmed(tile, QApplication.palette().color(QPalette.ColorRole.Base))
                tile = self._dimmed[key]
            return QIcon(tile)
        if role == ItemRole:
            return capture
        return None

    def tile(self, capture: Capture) -> QPixmap:
        """What the grid draws for a capture: its thumbnail (or a card of its kind), with the analysis badge."""
        if capture.id not in self._pixmaps and capture.id not in self._requested:
            self._wanted.add(capture.id)
            # Gather the rows asked for within 30 ms into one request; restarting the timer on every call would
            # postpone the request for as long as the view keeps asking (a repaint, a scroll): it never came.
            if not self._batch.isActive():
                self._batch.start()
        analysis = self._analyses.get(capture.id)
        badge = badge_of(analysis)
        flag = capture.id in self._flags
        pixmap = self._pixmaps.get(capture.id)
        if pixmap is not None and badge is None and not flag:
            return pixmap
        if pixmap is not None:
            key = f"{capture.id}/{badge}/{flag}"
            if key not in self._tiles:
                tile = badged(pixmap, badge) if badge is not None else pixmap
                self._tiles[key] = flagged(tile) if flag else tile
            return self._tiles[key]
        key = f"{capture.kind}/{badge}/{flag}"
        if key not in self._placeholders:
            card = _placeholder(capture.kind)
            card = badged(card, badge) if badge else card
            self._placeholders[key] = flagged(card) if flag else card
        return self._placeholders[key]

    def _flush(self) -> None:
        wanted = sorted(self._wanted - self._requested)
        self._wanted.clear()
        for start in range(0, len(wanted), 24):
            batch = wanted[start : start + 24]
            self._requested.update(batch)
            self._request(batch)

    def add_thumbnails(self, thumbnails: dict[int, GridThumbnail]) -> None:
        rows = {capture.id: row for row, capture in enumerate(self._captures)}
        for capture_id, shown in thumbnails.items():
            if capture_id not in rows:
                continue  # the item changed meanwhile
            pixmap = None
            if shown.image:  # a PNG fieldkit made in the sandbox, its declared size checked by the job
                image = QImage()
                decoded = image.loadFromData(shown.image, "PNG")  # type: ignore[arg-type]  # the stub says bytes
                pixmap = QPixmap.fromImage(image) if decoded else None
            self._pixmaps[capture_id] = pixmap
            self._analyses[capture_id] = shown
            self._tiles = {key: tile for key, tile in self._tiles.items() if not key.startswith(f"{capture_id}/")}
            if shown.capture is not None:  # with what analysis found (EXIF, GPS, pages) for the viewer's details
                self._captures[rows[capture_id]] = shown.capture
            index = self.index(rows[capture_id])
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def refresh_thumbnail(self, capture_id: int) -> None:
        """The capture was analysed: ask for its thumbnail again the next time its row is shown."""
        row = next((row for row, capture in enumerate(self._captures) if capture.id == capture_id), None)
        if row is None:
            return
        self._pixmaps.pop(capture_id, None)
        self._analyses.pop(capture_id, None)
        self._tiles = {key: tile for key, tile in self._tiles.items() if not key.startswith(f"{capture_id}/")}
        self._requested.discard(capture_id)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def analysis_of(self, capture_id: int) -> GridThumbnail | None:
        """What the grid knows of a capture's analysis (None until its thumbnail was asked for)."""
        return self._analyses.get(capture_id)


class TileGrid(QListView):
    """A grid of square tiles of ``side`` pixels with ``lines`` lines of text under each, its cells as tall as that
    text is at the window's text size now, and again when it changes (a fixed cell cut the name and the badge to a
    strip at 150 %). ``samples``: lines the cells must be wide enough for (e.g. a time line)."""

    def __init__(self, side: int, lines: int, samples: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._side, self._lines, self._samples = side, lines, samples
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(side, side))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.fit_cells()

    def fit_cells(self) -> None:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in (self._samples() if self._samples else [])),
                     default=0)  # fmt: skip
        width = max(self._side + 28, widest + 16)
        height = max(self._side + 48, self._side + self._lines * metrics.lineSpacing() + 16)
        self.setGridSize(QSize(width, height))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.fit_cells()


ActionRole = Qt.ItemDataRole.UserRole + 30  # a custody row's action code ("capture.moved")
CustodyEventRole = Qt.ItemDataRole.UserRole + 31  # a custody row's CustodyEvent


class CustodyModel(QAbstractListModel):
    """An item's custody events, each as words ("Moved to Op Falcon / EV-0044 from EV-0043 — Sgt Haddad, ...") with
    the reason given; the action code in the tooltip and ActionRole."""

    def __init__(self) -> None:
        super().__init__()
        self._events: list[CustodyEvent] = []

    def set_events(self, events: list[CustodyEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # what happened in words, who, when; the reason under it
            return event_text(event)
        if role == Qt.ItemDataRole.ToolTipRole:  # the record: entry number, action code, hashes
            return event_tooltip(event)
        if role == ActionRole:
            return event.action
        if role == CustodyEventRole:
            return event
        return None


class HitsModel(QAbstractListModel):
    """The watchlist hits no operator has decided yet (``ops.identification.OpenHit``), oldest first: what the
    window's red banner shows and acts on."""

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[OpenHit] = []

    def set_hits(self, hits: list[OpenHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def hit_at(self, row: int) -> OpenHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.hit_at(index.row())
        if found is None:
            return None
        if role == ItemRole:
            return found
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{found.hit.ref} — {found.hit.category}"
        return None
