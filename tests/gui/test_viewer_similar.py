"""The viewer's near-duplicates (fieldkit.gui.viewer, fieldkit.gui.details): listed after the file, camera and place
facts (the time and GPS in view first), at most three with "and N more", and asked of the store again when the
capture shown changes (after a move or a deletion the list does not name a photo where it no longer is)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldkit.gui.capture_actions import MoveDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.viewer import CaptureViewer
from tests.gui.steps import add_item, first_run
from tests.samples import picture


def headings(viewer: CaptureViewer) -> list[str]:
    return [line for line in viewer.details_text().splitlines() if line and not line.startswith(" ")]


def similar_lines(viewer: CaptureViewer) -> list[str]:
    text = viewer.details_text().split("Looks like (near-duplicate photos)\n", 1)[1]
    return [line.strip() for line in text.split("\n\n", 1)[0].splitlines()]


def test_near_duplicates_come_after_the_facts_and_follow_a_move(qtbot: QtBot, window: MainWindow,
                                                                  tmp_path: Path) -> None:  # fmt: skip
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-2")
    add_item(qtbot, window, "Op", "EV-1")
    evidence = window.evidence_page
    paths = []
    for n, quality in enumerate((95, 85, 75, 65, 55)):  # the same scene five times: near-duplicates of each other
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(picture(1, size=(800 - 40 * n, 600 - 30 * n), quality=quality))
        paths.append(path)
    with qtbot.waitSignal(evidence.background.idle, timeout=30_000):
        evidence.import_paths(paths)
    qtbot.waitUntil(lambda: evidence.captures.rowCount() == 5, timeout=10_000)
    first = evidence.captures.capture_at(0)
    assert first is not None
    viewer = evidence.show_capture(first)
    assert isinstance(viewer, CaptureViewer)
    qtbot.waitUntil(lambda: viewer.shown is not None and "Looks like (near-duplicate photos)" in headings(viewer)
                    and "Analysis" in headings(viewer), timeout=20_000)  # fmt: skip
    order = headings(viewer)
    assert order.index("File") < order.index("Place") < order.index("Looks like (near-duplicate photos)")
    assert order.index("Looks like (near-duplicate photos)") < order.index("Analysis")
    listed = similar_lines(viewer)
    assert len(listed) == 4 and listed[-1].endswith("and 1 more"), listed
    assert all("Op / EV-1: IMG_" in line for line in listed[:3])

    # Move the photo shown to EV-2: the next one's list is the store's answer, naming it in EV-2.
    moved = viewer.capture.original_name
    move = viewer.move_capture()
    assert isinstance(move, MoveDialog)
    qtbot.waitUntil(lambda: move.choose("EV-2"), timeout=10_000)
    move.reason.setText("belongs to the other bag")
    with qtbot.waitSignal(viewer.similar_refreshed, timeout=20_000) as refreshed:
        move.accept()
    assert viewer.capture.original_name != moved
    assert any(m.item_tag == "EV-2" and m.original_name == moved for m in refreshed.args[0])
    qtbot.waitUntil(lambda: f"Op / EV-2: {moved}" in viewer.details_text()
                    or "and 1 more" in viewer.details_text(), timeout=10_000)  # fmt: skip
    assert f"Op / EV-1: {moved}" not in viewer.details_text()
    viewer.reject()
