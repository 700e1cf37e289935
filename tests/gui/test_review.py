"""Review that is quick: the capture grid moves and deletes captures with a reason (custody-logged, validated before
the dialog closes, refused for a capture already in a bundle); the viewer pages through the item's captures with
the keys, shows metadata as labelled fields and a table of all facts, and offers retake, move and delete."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fieldkit.gui.capture_actions import DeleteDialog, MoveDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import ActionRole
from fieldkit.gui.ops import JobContext
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import Capture
from tests.gui.steps import custody, items_with_photos, run_job, select_rows


def captures_of(qtbot: QtBot, window: MainWindow, tag: str) -> list[Capture]:
    return run_job(qtbot, window, lambda context: context.need_store().captures("Op Falcon", tag))  # type: ignore[no-any-return]


def test_move_and_delete_with_reason_through_the_grid(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    items_with_photos(qtbot, window, tmp_path)
    evidence = window.evidence_page
    select_rows(window, [0, 1])
    chosen = [c.id for c in evidence.selected_captures()]
    assert len(chosen) == 2

    dialog = evidence.move_selected()
    assert isinstance(dialog, MoveDialog) and dialog.isVisible()
    assert "2 captures" in dialog.windowTitle() and "EV-0043" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.picker.count() == 1, timeout=10_000)  # every item but the captures' own
    dialog.search.setText("0044")
    assert dialog.chosen() is not None and "EV-0044" in dialog.ok.text()
    dialog.accept()  # no reason: refused, the dialog stays with what was typed
    assert dialog.isVisible() and dialog.reason_error.isVisibleTo(dialog)
    assert dialog.search.text() == "0044" and dialog.chosen() is not None
    dialog.reason.setText("photographed under the wrong tag")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000) as told:
        dialog.accept()
    assert "2 captures moved to" in told.args[0] and "EV-0044" in told.args[0]
    assert not dialog.isVisible()
    assert sorted(c.id for c in captures_of(qtbot, window, "EV-0044")) == sorted(chosen)
    moved = custody(qtbot, window, "capture.moved")
    assert len(moved) == 2 and all(e.details["reason"] == "photographed under the wrong tag" for e in moved)
    assert {e.details["to_tag"] for e in moved} == {"EV-0044"}
    qtbot.waitUntil(lambda: evidence.captures.rowCount() == 1, timeout=10_000)  # the grid shows what is left

    # Delete with reason, by the Delete key on the grid.
    qtbot.waitUntil(lambda: any(evidence.custody.index(row).data(ActionRole) == "capture.moved"
                                for row in range(evidence.custody.rowCount())), timeout=10_000)  # fmt: skip
    left = evidence.captures.capture_at(0)
    assert left is not None
    select_rows(window, [0])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    evidence.grid.setFocus()
    QTest.keyClick(evidence.grid, Qt.Key.Key_Delete)
    delete = evidence.capture_actions.dialog
    assert isinstance(delete, DeleteDialog) and delete.isVisible()
    assert any(left.original_name in label.text() for label in delete.findChildren(QLabel))
    delete.reason.setText("   ")
    delete.accept()
    assert delete.isVisible() and delete.reason_error.isVisibleTo(delete) and delete.reason.text() == "   "
    delete.reason.setText("blurred, retaken")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000) as told:
        delete.accept()
    assert "1 capture deleted from" in told.args[0]
    assert captures_of(qtbot, window, "EV-0043") == []
    (deleted,) = custody(qtbot, window, "capture.deleted")
    assert deleted.details["reason"] == "blurred, retaken" and deleted.details["sha256"] == left.sha256
    report = run_job(qtbot, window, lambda context: context.need_store().check())
    assert report.ok  # the custody chain still verifies


def test_a_bundled_capture_is_not_moved_but_is_deleted_with_a_reason(qtbot: QtBot, window: MainWindow,
                                                                      tmp_path: Path) -> None:  # fmt: skip
    from fieldkit.hq.trust import HQ
    from fieldkit.outgoing import compose, ledger

    items_with_photos(qtbot, window, tmp_path, count=1)
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    (tmp_path / "out").mkdir()

    def bundle(context: JobContext) -> object:
        store = context.need_store()
        ledger.add_recipient(store, hq.recipients()[0])
        return compose.create_bundles(store, tmp_path / "out")

    assert run_job(qtbot, window, bundle)
    evidence = window.evidence_page
    select_rows(window, [0])
    dialog = evidence.move_selected()
    assert isinstance(dialog, MoveDialog)
    qtbot.waitUntil(lambda: dialog.choose("EV-0044"), timeout=10_000)
    dialog.reason.setText("wrong tag")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "bundle 1" in dialog.error.text() and dialog.isVisible() and dialog.reason.text() == "wrong tag"
    dialog.reject()
    assert len(captures_of(qtbot, window, "EV-0043")) == 1 and custody(qtbot, window, "capture.moved") == []
    delete = evidence.delete_selected()
    assert isinstance(delete, DeleteDialog)
    delete.reason.setText("blurred")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000):
        delete.accept()  # HQ keeps its copy; the next bundle tells it of the deletion
    assert captures_of(qtbot, window, "EV-0043") == []
    pending = run_job(qtbot, window, lambda context: context.need_store().amendments.pending())
    assert [amendment.change for amendment in pending] == ["deleted"]


def _active(qtbot: QtBot, viewer: CaptureViewer) -> None:
    viewer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer, timeout=5_000)


def test_the_viewer_pages_with_the_keys_and_shows_labelled_fields(qtbot: QtBot, window: MainWindow,
                                                                  tmp_path: Path) -> None:  # fmt: skip
    items_with_photos(qtbot, window, tmp_path)
    evidence = window.evidence_page
    first = evidence.captures.capture_at(0)
    assert first is not None
    evidence.grid.setCurrentIndex(evidence.captures.index(0))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    evidence.grid.setFocus()
    QTest.keyClick(evidence.grid, Qt.Key.Key_Return)  # Enter opens the viewer
    viewer = evidence.last_viewer
    assert isinstance(viewer, CaptureViewer)
    assert viewer.isVisible()
    size = viewer.minimumSizeHint()
    assert size.width() <= 1280 and size.height() <= 720
    qtbot.waitUntil(lambda: viewer.shown is not None, timeout=20_000)
    assert viewer.counter_text().startswith("1 of 3")
    assert not viewer.previous_capture_button.isEnabled() and viewer.next_capture_button.isEnabled()

    # Labelled fields, not a JSON dump; the hash selectable in a fixed-width font.
    sha = viewer.field_labels["File/SHA-256"]
    assert first.sha256 in sha.text() and sha.font().family() != viewer.font().family()
    assert sha.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert viewer.field("File", "Name") == "IMG_0.jpg" and viewer.field("File", "Kind") == "Photo"
    qtbot.waitUntil(lambda: viewer.field("Analysis", "Status") == "analysed", timeout=30_000)  # reloads when done
    assert "{" not in viewer.details_text()
    assert all("{" not in label.text() for label in viewer.fields.findChildren(QLabel))
    facts = dict(zip(viewer.facts_model.column("Fact"), viewer.facts_model.column("Value"), strict=True))
    assert facts["analysis.status"] == "ok" and not any("{" in str(value) for value in facts.values())
    assert not viewer.metadata.isVisible()
    viewer.metadata_toggle.setChecked(True)
    assert viewer.metadata.isVisibleTo(viewer)

    _active(qtbot, viewer)
    QTest.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.counter_text().startswith("2 of 3") and viewer.capture.original_name == "IMG_1.jpg"
    qtbot.waitUntil(lambda: viewer.shown is not None and viewer.field("File", "Name") == "IMG_1.jpg", timeout=20_000)
    QTest.keyClick(viewer, Qt.Key.Key_End)
    assert viewer.counter_text().startswith("3 of 3") and not viewer.next_capture_button.isEnabled()
    QTest.keyClick(viewer, Qt.Key.Key_Right)  # past the last: stays
    assert viewer.counter_text().startswith("3 of 3")
    QTest.keyClick(viewer, Qt.Key.Key_Home)
    assert viewer.counter_text().startswith("1 of 3")
    QTest.keyClick(viewer, Qt.Key.Key_PageDown)  # a photo has one page: the next capture
    assert viewer.counter_text().startswith("2 of 3")
    QTest.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.counter_text().startswith("1 of 3")
    qtbot.waitUntil(lambda: viewer.pixmap_item is not None and viewer.shown is not None, timeout=20_000)
    assert viewer.field("File", "Name") == "IMG_0.jpg"  # a late answer for a capture paged past is not shown

    # Delete from the viewer: the next capture is shown.
    dialog = viewer.delete_capture()
    assert isinstance(dialog, DeleteDialog) and "IMG_0.jpg" in dialog.windowTitle()
    dialog.reason.setText("duplicate shot")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000):
        dialog.accept()
    assert viewer.isVisible() and viewer.counter_text().startswith("1 of 2")
    assert viewer.capture.original_name == "IMG_1.jpg"
    # Move from the viewer: the next one again.
    move = viewer.move_capture()
    assert isinstance(move, MoveDialog)
    qtbot.waitUntil(lambda: move.choose("EV-0044"), timeout=10_000)
    move.reason.setText("belongs to the phone")
    with qtbot.waitSignal(evidence.succeeded, timeout=10_000):
        move.accept()
    assert viewer.counter_text().startswith("1 of 1") and viewer.capture.original_name == "IMG_2.jpg"
    assert not viewer.retake_button.isVisible()  # imported from a file: nothing to retake
    _active(qtbot, viewer)
    QTest.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_retake_closes_the_viewer_and_asks_for_the_capture_page(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    items_with_photos(qtbot, window, tmp_path, count=1)
    evidence = window.evidence_page
    photo = evidence.captures.capture_at(0)
    assert photo is not None
    taken = dataclasses.replace(photo, source="camera:usb-cam-0")  # as the Camera page stores it
    viewer = evidence.show_capture(taken)
    assert viewer is not None and viewer.retake_button.isVisibleTo(viewer)
    with qtbot.waitSignal(evidence.retake_requested, timeout=5_000) as asked:
        viewer.retake_button.click()
    assert asked.args[0].id == photo.id and not viewer.isVisible()
    from fieldkit.gui.pages.camera import CameraPage

    camera = window.page(CameraPage)  # the window opened the Camera page, for the same item
    assert camera is not None and window.pages.currentIndex() == 1
    assert evidence.current_item() is not None and evidence.current_item().tag == "EV-0043"  # type: ignore[union-attr]


def test_a_capture_time_is_shown_with_its_clock() -> None:
    from datetime import timedelta, timezone

    from fieldkit.gui.details import time_text

    paris = timezone(timedelta(hours=1))
    assert time_text("2026-05-01T10:00:00+03:00", paris) == (
        "2026-05-01 10:00:00 (clock at UTC+03:00) = 2026-05-01 07:00:00 UTC; 2026-05-01 08:00 here (UTC+01:00)"
    )
    assert time_text("2026-05-01T10:00:00Z", paris).startswith("2026-05-01 10:00:00 UTC; 2026-05-01 11:00 here")
    assert "time zone was not recorded" in time_text("2026-05-01T10:00:00")  # EXIF without OffsetTimeOriginal
    assert time_text(None) == "-" and time_text("yesterday") == "yesterday"


def test_the_viewer_details_fit_beside_the_picture_at_a_field_laptops_size(qtbot: QtBot, window: MainWindow,
                                                                           tmp_path: Path) -> None:  # fmt: skip
    """At 1366x768 the split is about 55/45 and every labelled field is readable without widening by hand; the
    splitter moves both ways (the picture's page buttons wrap instead of holding it wide); the hash wraps anywhere."""
    items_with_photos(qtbot, window, tmp_path, count=1)
    evidence = window.evidence_page
    capture = evidence.captures.capture_at(0)
    assert capture is not None
    viewer = evidence.show_capture(capture)
    assert viewer is not None
    viewer.resize(1366, 768)
    qtbot.waitUntil(lambda: viewer.shown is not None and "pages" in viewer.panels, timeout=20_000)
    QApplication.processEvents()
    picture, facts = viewer.splitter.sizes()
    assert abs(picture / (picture + facts) - 0.55) < 0.03
    assert viewer.splitter.widget(0).minimumSizeHint().width() < 400  # the page buttons wrap: no wide minimum

    def readable() -> bool:
        """Every value wholly inside the details' viewport's width, the hash's text all shown."""
        QApplication.processEvents()
        width = viewer.details.viewport().width()
        sha = viewer.field_labels["File/SHA-256"]
        lines = sha.heightForWidth(sha.width()) // max(1, sha.fontMetrics().lineSpacing())
        inside = all(value.geometry().right() <= width for value in viewer.field_labels.values())
        return inside and sha.height() >= sha.heightForWidth(sha.width()) and lines >= 1

    qtbot.waitUntil(readable, timeout=5_000)
    assert viewer.details.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff

    total = sum(viewer.splitter.sizes())
    viewer.splitter.setSizes([total - 260, 260])  # facts narrow: the hash takes several lines, still all shown
    QApplication.processEvents()
    assert viewer.splitter.sizes()[1] <= 300
    qtbot.waitUntil(readable, timeout=5_000)
    sha = viewer.field_labels["File/SHA-256"]
    assert sha.height() >= 2 * sha.fontMetrics().lineSpacing() and capture.sha256 in sha.text()
    viewer.splitter.setSizes([300, total - 300])  # and the other way: the picture narrow
    QApplication.processEvents()
    assert viewer.splitter.sizes()[0] <= 340
    viewer.reject()
