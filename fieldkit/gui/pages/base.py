"""What every page of the main window is to the window: a widget that starts on unlock, reads again what it shows
when the store changes, and drops what it shows on lock.

The window keeps only a list of pages and runs one loop for each of these moments, so adding a page touches its own
module and one line of the list. A page never refreshes another page: ops say what they changed (``ops.Changes``),
the window passes that to every page, and each page decides whether it shows any of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from fieldkit.errors import CancelledError, FieldkitError
from fieldkit.gui.messages import COMMAND_WORDS
from fieldkit.gui.ops import Changes, Job
from fieldkit.gui.ops.capture import SourceTrouble
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import tint_style, touch


class Page(QWidget):
    """One tab. Subclasses override what they need; the defaults do nothing."""

    status_message = Signal(str, int)  # a message for the window's status bar, and how long to show it (ms)
    error_raised = Signal(object)  # a FieldkitError the operator must see and acknowledge (the window shows it)
    succeeded = Signal(str)  # a success to confirm without reading the status bar ("3 photos added to EV-0043")
    works_without_store = False  # at headquarters with no store here, only such pages stay enabled

    def __init__(self, executor: StoreExecutor) -> None:
        super().__init__()
        self.executor = executor

    @property
    def is_unlocked(self) -> bool:
        return self.executor.unlocked

    def start(self) -> None:
        """The store was unlocked (or the page was made while it is): show the store's data."""

    def refresh(self, changes: Changes) -> None:
        """An op changed the store: read again what this page shows of ``changes``."""

    def flush(self) -> None:
        """Save now what the operator typed and is waiting to be saved: the store is about to close (a lock, a
        language change). Jobs queued before the lock still run."""

    def clear(self) -> None:
        """The store is being locked: stop what runs and drop everything decrypted this page holds."""

    def shown(self) -> None:
        """The page's tab became the current one (also right after the page was made)."""

    def hidden(self) -> None:
        """Another tab became the current one."""

    def place(self) -> dict[str, object]:
        """Where the operator is on this page (item, selection, scroll, inner tab), to restore after a lock or a
        language change; plain values only (ids, numbers), never decrypted content."""
        return {}

    def restore(self, place: dict[str, object]) -> None:
        """Go back to a ``place()`` once the page shows the store's data again (after ``start()``)."""

    def show_error(self, error: FieldkitError) -> None:
        """An error the operator must acknowledge, in plain words with what to do (the window shows it)."""
        self.error_raised.emit(error)

    def notify(self, text: str) -> None:
        """Confirm a success where the operator looks, not only in the status bar."""
        self.succeeded.emit(text)


def red() -> str:
    """A style sheet for text that says something failed, in the current theme's error colour."""
    return tint_style("error")


def green() -> str:
    """A style sheet for text that says something worked, in the current theme's colour for it."""
    return tint_style("ok")


def grey() -> str:
    """A style sheet for secondary text."""
    return tint_style("muted")


def big_button(text: str) -> QPushButton:
    """A button large enough for gloved or hurried hands (taller with larger text)."""
    button = QPushButton(text)
    touch(button)
    return button


class SourceTroubles(QLabel):
    """Under a device list: each registered capture source that lists no device, and why (not available, or a
    plug-in that failed), so that a scanner that does not show up is explained rather than silently missing."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet(grey())
        self.hide()

    def show_troubles(self, troubles: Sequence[SourceTrouble], none_found: str = "") -> None:
        """``none_found``: what to do when no device is listed at all, in the operator's words (shown first).
        A built-in simulated device (for tests and training, switched on only outside the window) is not a trouble;
        a reason in command-line or environment words is given in plain words instead."""
        lines = [none_found] if none_found else []
        for trouble in troubles:
            if trouble.origin == "built-in" and trouble.source.startswith("simulated"):
                continue
            reason = trouble.reason
            if COMMAND_WORDS.search(reason) or "FIELDKIT_" in reason or "=1" in reason:
                reason = self.tr("it is not set up on this computer")
            text = self.tr("{} ({}) is not available: {}") if trouble.state == "unavailable" else self.tr(
                "{} ({}) failed: {}")  # fmt: skip
            lines.append(text.format(trouble.source, trouble.origin, reason))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))


class ElidedComboBox(QComboBox):
    """A combo box that never asks for the width of its longest entry: the chosen one is shown elided ("…") when it
    does not fit, whole in its tooltip and in the open list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(lambda _: self.setToolTip(self.currentText()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)  # fmt: skip
        shown = self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, field.width())
        option.currentText = shown  # type: ignore[attr-defined]  # a field of the C++ option the stubs omit
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def run_with_progress(
    page: Page,
    title: str,
    job: Job,
    on_done: Callable[[Any], None],
    *,
    on_error: Callable[[FieldkitError], None] | None = None,
    cancellable: bool = True,
) -> QProgressDialog:
    """Run ``job`` on the store thread behind a progress dialog that shows only if it takes over a second.

    The bar is determinate once the job reports ``(done, total)`` through its progress callback (a text it reports
    becomes the label); Cancel (when ``cancellable``; the job must check ``context.cancel``) stops it, and a lock
    cancels it too. ``on_done`` gets the result; an error goes to ``on_error`` (default: ``page.show_error``),
    except a cancellation, which only the status bar mentions."""
    progress = QProgressDialog(title, QCoreApplication.translate("Page", "Cancel") if cancellable else "", 0, 0, page)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(1000)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    if not cancellable:
        progress.setCancelButton(None)
    ended = {"done": False}

    def finish() -> None:
        ended["done"] = True
        progress.close()  # closing emits canceled: the flag above keeps it from cancelling anything

    def step(value: object) -> None:
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(n, int) for n in value):
            done, total = value
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
        elif isinstance(value, str):
            progress.setLabelText(value)

    def done(result: object) -> None:
        finish()
        on_done(result)

    def failed(error: FieldkitError) -> None:
        finish()
        if isinstance(error, CancelledError):
            page.status_message.emit(QCoreApplication.translate("Page", "Cancelled: {}").format(title), 10_000)
        else:
            (on_error or page.show_error)(error)

    cancel = page.executor.submit(job, done, failed, step)
    progress.canceled.connect(lambda: None if ended["done"] else cancel.set())
    return progress
