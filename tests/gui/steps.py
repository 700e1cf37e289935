"""Steps that several GUI tests take through the widgets: the first run, a new item, unlocking, and reading the
device's signing line. They live here, not in one test module, so that a test module never imports another."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldkit.gui.dialogs import FirstRunDialog, UnlockDialog
from fieldkit.gui.mainwindow import MainWindow
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
