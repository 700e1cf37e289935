"""Flag for review: the viewer flags a capture with a reason (validated before the dialog closes), shows the flag in
a banner with who and when, and clears it; the grid marks flagged tiles FLAGGED and flags from its context menu. The
flag is custody only (capture.flagged / capture.unflagged), and the chain still verifies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit.gui.capture_actions import ClearFlagDialog, FlagDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import BADGE_HEIGHT, ActionRole, FlagRole
from fieldkit.gui.ops.evidence import THUMBNAIL_SIDE
from fieldkit.gui.theme import colour
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import Flag
from tests.gui.steps import custody, items_with_photos, run_job, select_rows


def plain(text: str) -> str:
    """Without the left-to-right isolates around names and tags (labels.ltr)."""
    return text.replace("\u2066", "").replace("\u2069", "")


def store_flags(qtbot: QtBot, window: MainWindow) -> dict[int, Flag]:
    return run_job(qtbot, window, lambda context: context.need_store().flags())  # type: ignore[no-any-return]


def test_the_viewer_flags_shows_the_banner_and_clears(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    items_with_photos(qtbot, window, tmp_path, count=2)
    evidence = window.evidence_page
    first = evidence.captures.capture_at(0)
    assert first is not None
    viewer = evidence.show_capture(first)
    assert isinstance(viewer, CaptureViewer)
    qtbot.waitUntil(lambda: viewer.shown is not None, timeout=20_000)
    assert viewer.flag_button.isVisibleTo(viewer) and viewer.flag_text() == ""

    dialog = viewer.flag_capture()
    assert isinstance(dialog, FlagDialog) and dialog.isVisible()
    assert "IMG_0.jpg" in dialog.windowTitle() and "EV-0043" in dialog.windowTitle()
    dialog.reason.setText("   ")
    dialog.accept()  # no reason: refused next to the field, the dialog stays open with what was typed
    assert dialog.isVisible() and dialog.reason_error.isVisibleTo(dialog) and dialog.reason.text() == "   "
    dialog.reason.setText("blurred, retake")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000) as told:
        dialog.accept()
    assert plain(told.args[0]) == "Flagged IMG_0.jpg in EV-0043"
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "blurred, retake" in viewer.flag_text(), timeout=10_000)
    assert "Sgt Haddad" in viewer.flag_text() and "UTC" in viewer.flag_text()
    assert viewer.flag_bar.isVisibleTo(viewer) and viewer.clear_flag_button.isVisibleTo(viewer)
    flags = store_flags(qtbot, window)
    assert list(flags) == [first.id] and flags[first.id].reason == "blurred, retake"
    assert flags[first.id].operator == "Sgt Haddad"
    # The grid behind the viewer marks the tile too.
    qtbot.waitUntil(lambda: evidence.captures.data(evidence.captures.index(0), FlagRole) is not None, timeout=10_000)
    assert evidence.captures.data(evidence.captures.index(1), FlagRole) is None

    # Paging on: the next capture has no flag; back: the banner again.
    viewer.step(1)
    qtbot.waitUntil(lambda: viewer.shown is not None and viewer.shown.capture.original_name == "IMG_1.jpg",
                    timeout=20_000)  # fmt: skip
    assert viewer.flag_text() == "" and not viewer.flag_bar.isVisibleTo(viewer)
    viewer.step(-1)
    qtbot.waitUntil(lambda: "blurred, retake" in viewer.flag_text(), timeout=20_000)

    clear = viewer.clear_flag()
    assert isinstance(clear, ClearFlagDialog) and clear.isVisible()
    clear.reason.setText("retaken as IMG_2")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000) as told:
        clear.accept()
    assert "Flag cleared on IMG_0.jpg" in plain(told.args[0])
    qtbot.waitUntil(lambda: not viewer.flag_bar.isVisibleTo(viewer), timeout=10_000)
    assert store_flags(qtbot, window) == {}
    (cleared,) = custody(qtbot, window, "capture.unflagged")
    assert cleared.details["reason"] == "retaken as IMG_2" and cleared.subject == f"capture:{first.uuid}"
    qtbot.waitUntil(lambda: evidence.captures.data(evidence.captures.index(0), FlagRole) is None, timeout=10_000)
    assert run_job(qtbot, window, lambda context: context.need_store().check()).ok  # the custody chain verifies
    viewer.reject()


def top_band(window: MainWindow, row: int) -> str:
    model = window.evidence_page.captures
    icon = model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    image = icon.pixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE).toImage()
    return image.pixelColor(THUMBNAIL_SIDE // 2, BADGE_HEIGHT // 2 + 8).name()


def test_the_grid_flags_from_its_menu_and_marks_the_tiles(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    items_with_photos(qtbot, window, tmp_path, count=3)
    evidence = window.evidence_page
    assert evidence.flag_action in evidence.grid.actions()  # in the grid's context menu
    assert evidence.flag_action.text() == "Flag for review…"
    select_rows(window, [0, 2])
    chosen = [c.id for c in evidence.selected_captures()]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    evidence.grid.setFocus()
    QTest.keyClick(evidence.grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = evidence.capture_actions.dialog
    assert isinstance(dialog, FlagDialog) and dialog.isVisible()
    assert "2 captures" in dialog.windowTitle() and [c.id for c in dialog.captures] == chosen
    dialog.reason.setText("check the tag")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000) as told:
        dialog.accept()
    assert plain(told.args[0]) == "Flagged 2 captures in EV-0043"
    model = evidence.captures
    qtbot.waitUntil(lambda: all(model.data(model.index(row), FlagRole) is not None for row in (0, 2)), timeout=10_000)
    assert model.data(model.index(1), FlagRole) is None
    assert "Flagged for review: check the tag" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Flagged for review" not in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    # The tile carries a FLAGGED band across its top in the theme's warning colours; an unflagged tile has none.
    assert top_band(window, 0) == colour("banner-warning")
    assert top_band(window, 1) != colour("banner-warning")
    assert sorted(store_flags(qtbot, window)) == sorted(chosen)
    assert {e.details["reason"] for e in custody(qtbot, window, "capture.flagged")} == {"check the tag"}
    # The item's custody list shows the flags.
    qtbot.waitUntil(lambda: sum(evidence.custody.index(row).data(ActionRole) == "capture.flagged"
                                and "Flagged for review" in evidence.custody.index(row).data()
                                and "Reason: check the tag" in evidence.custody.index(row).data()
                                for row in range(evidence.custody.rowCount())) == 2, timeout=10_000)  # fmt: skip
