"""The Custody tab says what happened in words, with the operator's reason, who and when ("Moved to Op Falcon /
EV-0044 from EV-0043", "Reason: wrong bag"), the action code kept in the tooltip; a capture deleted from the item
keeps its history there. The window's words are the command line's, translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldkit.core import custody_text
from fieldkit.gui.custodywords import action_words, field_words, modality_words
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import ActionRole
from fieldkit.gui.ops import JobContext
from tests.conftest import jpeg_bytes
from tests.gui.steps import add_item, first_run


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.evidence_page.custody
    return [(model.index(row).data(ActionRole), model.index(row).data(),
             model.index(row).data(Qt.ItemDataRole.ToolTipRole)) for row in range(model.rowCount())]  # fmt: skip


def test_the_custody_tab_shows_the_move_and_the_deletion_with_their_reasons(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0044")
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"IMG_{n}.jpg")
        paths[-1].write_bytes(jpeg_bytes(size=(64, 48), seed=n))
    evidence = window.evidence_page
    with qtbot.waitSignal(evidence.import_finished, timeout=20_000):
        evidence.import_paths(paths)
    qtbot.waitUntil(lambda: evidence.captures.rowCount() == 2, timeout=10_000)
    first, second = (evidence.captures.capture_at(row) for row in range(2))
    assert first is not None and second is not None

    def change(context: JobContext) -> None:
        store = context.need_store()
        case = store.case("Op Falcon")
        assert case is not None
        target = store.item(case, "EV-0044")
        assert target is not None
        store.move_capture(first.id, target, "wrong bag")
        store.delete_capture(second.id, "blurred, retaken")

    with qtbot.waitSignal(evidence.refreshed, timeout=10_000):
        window.executor.submit(change, lambda _: evidence.reload(), lambda e: None)
    qtbot.waitUntil(lambda: any(action == "capture.deleted" for action, _, _ in _rows(window)), timeout=10_000)
    rows = {action: (text, tip) for action, text, tip in _rows(window)}
    moved_text, moved_tip = rows["capture.moved"]
    assert moved_text.startswith(
        "Moved to \u2066Op Falcon\u2069 / \u2066EV-0044\u2069 from \u2066EV-0043\u2069 — Sgt Haddad, "
    )
    assert "UTC" in moved_text and moved_text.endswith("\nReason: wrong bag")
    assert "capture.moved" in moved_tip  # the code behind the words
    deleted_text, _ = rows["capture.deleted"]
    assert (
        deleted_text.startswith(f"Deleted \u2066{second.original_name}\u2069")
        and "Reason: blurred, retaken" in deleted_text
    )
    assert "Imported" in rows["capture.imported"][0] and "Reason" not in rows["capture.imported"][0]
    assert all("capture." not in text and "item." not in text for text, _ in rows.values())


def test_the_window_words_are_the_command_lines() -> None:
    # No translator is loaded in the tests: translate() returns the English source, which must be the CLI's.
    assert action_words() == custody_text.WORDS
    assert field_words() == custody_text.FIELD_WORDS
    assert modality_words() == custody_text.MODALITY_WORDS
