"""The strip on top of every capture page that says, big, where the next capture goes: "Next capture goes to:
EV-0043 · case Raqqa-2026 · Phone", or that no item is chosen (with a button to the Evidence page).

The banner reads the target through a callable (the Evidence page's ``current_item``, or the ten-print screen's
subject) while it is on screen, so it follows the selection without the Evidence page knowing about it. A capture
page binds its target ONCE when an action starts (``follow()`` reads it and shows it at the same moment), keeps
that bound item for every later callback, and names it in ``begin()`` while the action runs: if the operator
selects another item meanwhile, the banner shows both, the next target and the action still going to its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from fieldkit.gui.icons import icon
from fieldkit.gui.labels import item_category_label, ltr
from fieldkit.gui.pages.base import big_button
from fieldkit.gui.theme import relative_font, themed
from fieldkit.models import Item

POLL_MS = 250  # how often the banner reads the selection while it is shown (a cheap read of a Qt model)


def describe(item: Item) -> str:
    """``EV-0043 · case Raqqa-2026 · Phone`` in the window's language; tag and case isolated for right-to-left."""
    return QCoreApplication.translate("ItemBanner", "{} · case {} · {}").format(
        ltr(item.tag), ltr(item.case_name), item_category_label(item))  # fmt: skip


class ItemBanner(QFrame):
    """Where the next capture goes, and what runs for which item."""

    target_changed = Signal(object)  # the Item the next capture goes to, or None

    def __init__(self, target: Callable[[], Item | None], choose_item: Callable[[], object] | None = None, *,
                 empty_text: str | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        """``target``: the item the next capture goes to. ``choose_item``: go where an item is chosen (the
        Evidence page); None hides the button. ``empty_text``: what to say when there is no target."""
        super().__init__(parent)
        self.setObjectName("itemBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._target = target
        self._empty_text = empty_text
        self._item: Item | None = None
        self._activities: dict[str, str] = {}
        self.text = QLabel()
        self.text.setWordWrap(True)
        # Wrapped, but never squeezed to a column: a word-wrapped label otherwise asks for its narrowest width.
        self.text.setMinimumWidth(360)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        relative_font(self.text, 1.4, bold=True)
        self.activity = QLabel()
        self.activity.setWordWrap(True)
        themed(self.activity, "color: {edge-warning}; font-weight: bold;")
        self.activity.hide()
        self.progress = QProgressBar()  # the running action's progress, beside what it is and for which item
        self.progress.setMaximumWidth(320)
        self.progress.hide()
        self.choose_button = big_button(self.tr("Choose an item"))
        self.choose_button.setIcon(icon("arrow-left"))
        self.choose_button.setToolTip(self.tr("Go to the Evidence page to choose or create the item"))
        if choose_item is not None:
            self.choose_button.clicked.connect(lambda: choose_item())
        self._can_choose = choose_item is not None
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.text)
        busy = QHBoxLayout()
        busy.addWidget(self.activity, 1)
        busy.addWidget(self.progress)
        words.addLayout(busy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self.choose_button)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.follow)
        self._show()

    # --- the target -----------------------------------------------------------------------------------------

    @property
    def item(self) -> Item | None:
        """The target as last read (``follow()`` reads it again)."""
        return self._item

    def follow(self) -> Item | None:
        """Read the target now, show it, and return it: what an action binds when it starts."""
        item = self._target()
        if item != self._item:
            self._item = item
            self._show()
            self.target_changed.emit(item)
        return item

    def _show(self) -> None:
        item = self._item
        if item is None:
            self.text.setText(self._empty_text or self.tr("No item selected — choose or create one on the Evidence "
                                                          "page"))  # fmt: skip
            themed(self, "#itemBanner {{ background: {banner-warning}; border: 2px solid {edge-warning}; }}")
        else:
            self.text.setText(self.tr("Next capture goes to: {}").format(describe(item)))
            themed(self, "#itemBanner {{ background: {banner-info}; border: 2px solid {edge-info}; }}")
        themed(self.text, "color: {on-banner-warning};" if item is None else "color: {on-banner-info};")
        self.choose_button.setVisible(self._can_choose and item is None)

    # --- actions running for a bound item ---------------------------------------------------------------------

    def begin(self, key: str, text: str, total: int = 0) -> None:
        """An action started: ``text`` names it and its bound item ("Scanning into EV-0043…"); ``total`` steps if
        it can count them (0: a busy bar until ``step()`` gives a total)."""
        self._activities[key] = text
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._show_activities()

    def step(self, key: str, done: int, total: int, text: str | None = None) -> None:
        """The action ``key`` did ``done`` of ``total`` steps (total 0: still busy)."""
        if key not in self._activities:
            return
        if text is not None:
            self._activities[key] = text
        self.progress.setRange(0, max(0, total))
        if total:
            self.progress.setValue(min(done, total))
        self._show_activities()

    def end(self, key: str) -> None:
        self._activities.pop(key, None)
        self._show_activities()

    def running(self, key: str) -> bool:
        return key in self._activities

    def _show_activities(self) -> None:
        self.activity.setText("\n".join(self._activities.values()))
        self.activity.setVisible(bool(self._activities))
        self.progress.setVisible(bool(self._activities))

    # --- following the selection while shown --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
