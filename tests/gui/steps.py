"""Steps that several GUI tests take through the widgets: the first run, a new item, unlocking, and reading the
device's signing line. They live here, not in one test module, so that a test module never imports another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from fieldkit.gui.dialogs import FirstRunDialog, UnlockDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import JobContext
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import Capture, CustodyEvent, Item
from tests.conftest import jpeg_bytes

PASS = "gui test passphrase"


def first_run(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.start()
    assert isinstance(dialog, FirstRunDialog)
    dialog.operator.setText("Sgt Haddad")
    dialog.passphrase.setText(PASS)
    dialog.again.setText(PASS)
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: "SHA256:" in dialog.result_label.text(), timeout=10_000)
    dialog.submit()  # OK again closes it
    assert window.is_unlocked and window.operator == "Sgt Haddad"


def add_item(qtbot: QtBot, window: MainWindow, case: str, tag: str) -> None:
    """Create an item through the New item dialog and wait until the window shows it."""
    dialog = window.evidence_page.new_item()
    assert dialog is not None
    dialog.case.setCurrentText(case)
    dialog.tag.setText(tag)
    dialog.accept()
    # Wait for this item to be current: a refresh already queued (after an import) may come in first.
    evidence = window.evidence_page
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and (item.case_name, item.tag) == (case, tag),
                    timeout=10_000)  # fmt: skip


def unlock(qtbot: QtBot, window: MainWindow, dialog: object, passphrase: str) -> None:
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(passphrase)
    dialog.submit()


def window_device_line(qtbot: QtBot, window: MainWindow) -> str:
    box: list[str] = []
    window.executor.submit(lambda context: context.need_store().device_allowed_signers_line(), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def select_item(qtbot: QtBot, window: MainWindow, tag: str) -> None:
    """Select the item with this tag in the Evidence page's list, as a click on it would."""
    evidence = window.evidence_page
    proxy = evidence.proxy
    rows = [
        row for row in range(proxy.rowCount()) if proxy.index(row, 0).data() and tag in str(proxy.index(row, 0).data())
    ]
    assert rows, f"no item {tag} in the list"
    evidence.item_list.setCurrentIndex(proxy.index(rows[0], 0))
    qtbot.waitUntil(lambda: (item := evidence.current_item()) is not None and item.tag == tag, timeout=10_000)


def items_with_photos(qtbot: QtBot, window: MainWindow, tmp_path: Path, count: int = 3, *others: str) -> None:
    """The first run, items ``others`` and EV-0044 (empty), then EV-0043 (current) with ``count`` photos."""
    first_run(qtbot, window)
    for tag in others:
        add_item(qtbot, window, "Op Falcon", tag)
    add_item(qtbot, window, "Op Falcon", "EV-0044")
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    paths = []
    for n in range(count):
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(jpeg_bytes(size=(320, 240), seed=n))
        paths.append(path)
    evidence = window.evidence_page
    with qtbot.waitSignal(evidence.import_finished, timeout=20_000):
        evidence.import_paths(paths)
    qtbot.waitUntil(lambda: evidence.captures.rowCount() == count, timeout=10_000)


def stored_item(qtbot: QtBot, window: MainWindow, case: str, tag: str) -> Item:
    box: list[Any] = []

    def job(context: Any) -> Item | None:
        store = context.need_store()
        found = store.case(case)
        return store.item(found, tag) if found else None

    window.executor.submit(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    assert isinstance(box[0], Item)
    return box[0]


def import_and_analyse(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> dict[str, Capture]:
    """Import the files into the current item, wait until each one's analysis is recorded, return them by name."""
    evidence = window.evidence_page
    analysed: set[int] = set()
    evidence.background.analysed.connect(analysed.add)
    with qtbot.waitSignal(evidence.import_finished, timeout=30_000):
        evidence.import_paths(paths)
    qtbot.waitUntil(lambda: evidence.captures.rowCount() >= len(paths), timeout=10_000)
    rows = [evidence.captures.capture_at(row) for row in range(evidence.captures.rowCount())]
    captures = {capture.original_name: capture for capture in rows if capture is not None}
    qtbot.waitUntil(lambda: {c.id for c in captures.values()} <= analysed, timeout=60_000)
    evidence.background.analysed.disconnect(analysed.add)
    return captures


def open_viewer(qtbot: QtBot, window: MainWindow, capture: Capture) -> CaptureViewer:
    viewer = window.evidence_page.show_capture(capture)
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shown is not None, timeout=20_000)
    return viewer


def run_job(qtbot: QtBot, window: MainWindow, job: Callable[[JobContext], Any]) -> Any:
    """Run a job on the store thread and return its result (or the error it raised)."""
    answers: list[object] = []
    window.executor.submit(job, answers.append, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    return answers[0]


def custody(qtbot: QtBot, window: MainWindow, action: str) -> list[CustodyEvent]:
    events = run_job(qtbot, window, lambda context: context.need_store().custody_events())
    return [event for event in events if event.action == action]


def select_rows(window: MainWindow, rows: list[int]) -> None:
    grid, model = window.evidence_page.grid, window.evidence_page.captures
    grid.clearSelection()
    grid.selectionModel().setCurrentIndex(model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate)
    for row in rows:
        grid.selectionModel().select(model.index(row), QItemSelectionModel.SelectionFlag.Select)
