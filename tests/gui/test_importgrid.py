"""The Import dialog (fieldkit.gui.importgrid): every file of the sources in a grid with check boxes and badges,
sandboxed previews, split by time gap, and an import bound to the item selected when the dialog opened."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit import media_types
from fieldkit.core.importer import ImportSummary
from fieldkit.gui.importgrid import DestinationRole, ImportDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import importing
from fieldkit.models import Capture, Item
from tests.gui.steps import add_item, first_run, select_item
from tests.media_samples import jpeg

UNKNOWN = bytes(range(1, 32)) * 64  # control bytes: no magic number, not text


def plain(text: str) -> str:
    """Text without the left-to-right isolates that wrap tags and paths."""
    return text.replace("\u2066", "").replace("\u2069", "")


def stored(qtbot: QtBot, window: MainWindow, tag: str) -> list[Capture]:
    box: list[list[Capture]] = []
    window.executor.submit(lambda context: list(context.need_store().captures(case="Op", item=tag)), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def items(qtbot: QtBot, window: MainWindow) -> dict[str, Item]:
    box: list[list[Item]] = []
    window.executor.submit(lambda context: context.need_store().items(), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return {item.tag: item for item in box[0]}


def open_with(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ImportDialog:
    dialog = window.evidence_page.choose_import()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        dialog.add_paths(paths)
    qtbot.waitUntil(lambda: dialog.model.hashing_pending() == 0, timeout=10_000)  # Import waits for it
    return dialog


def run_import(qtbot: QtBot, window: MainWindow, dialog: ImportDialog) -> ImportSummary:
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)  # the store said which files it has
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000) as finished:
        dialog.start_import()
    summary = finished.args[0]
    assert isinstance(summary, ImportSummary)
    assert dialog.summary.isVisible() and dialog.ok_button.isVisible()  # the operator acknowledges it
    return summary


def test_every_file_listed_unknown_flagged_unchecked_left_out(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    folder = tmp_path / "seized"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.jpg").write_bytes(jpeg(seed=1))
    (folder / "b.jpg").write_bytes(jpeg(seed=2))
    (folder / "sub" / "notes.txt").write_bytes(b"the well at dawn\n")
    (folder / "blob.dat").write_bytes(UNKNOWN)
    (folder / "broken.jpg").write_bytes(jpeg(seed=3)[:1500])
    assert media_types.sniff(UNKNOWN).media_type == media_types.OCTET_STREAM

    dialog = open_with(qtbot, window, [folder])
    assert plain(dialog.windowTitle()) == "Import into EV-0043 (case Op)"
    assert "EV-0043" in plain(dialog.destination.text())
    model = dialog.model
    names = {model.row(number).candidate.name for number in range(model.rowCount())}
    assert names == {"a.jpg", "b.jpg", "notes.txt", "blob.dat", "broken.jpg"}
    assert all(model.row(number).checked for number in range(model.rowCount()))  # all checked by default
    assert model.badges(model.row_of("blob.dat")) == ["flagged"]  # unknown type: kept and flagged
    assert model.badges(model.row_of("a.jpg")) == []

    # Previews are made in the sandbox for the tiles the view asks for; the truncated photo is badged damaged.
    for number in range(model.rowCount()):
        model.data(model.index(number), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.row(model.row_of("a.jpg")).pixmap is not None, timeout=20_000)
    qtbot.waitUntil(lambda: "flagged" in model.badges(model.row_of("broken.jpg")), timeout=20_000)
    assert "flagged" in model.data(model.index(model.row_of("broken.jpg")), Qt.ItemDataRole.ToolTipRole)

    model.set_checked(model.row_of("b.jpg"), False)
    assert "Import 4 files into" in plain(dialog.import_button.text())
    summary = run_import(qtbot, window, dialog)
    assert summary.stored == 4
    assert dialog.progress.value() == dialog.progress.maximum() == 4
    assert {c.original_name for c in stored(qtbot, window, "EV-0043")} == {"a.jpg", "notes.txt", "blob.dat",
                                                                          "broken.jpg"}  # fmt: skip
    text = plain(dialog.summary.text())
    assert "4 files added to EV-0043" in text and "2 kept and flagged as damaged or unknown" in text
    dialog.ok_button.click()
    assert not dialog.isVisible()


def test_a_file_already_in_the_store_is_left_out_and_says_where(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0042")
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.jpg").write_bytes(jpeg(seed=1))
    (first / "b.jpg").write_bytes(jpeg(seed=2))
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000):
        window.evidence_page.import_paths([first])  # the direct import still works
    add_item(qtbot, window, "Op", "EV-0043")
    again = tmp_path / "again"
    again.mkdir()
    (again / "copy of a.jpg").write_bytes(jpeg(seed=1))
    (again / "copy of b.jpg").write_bytes(jpeg(seed=2))
    (again / "c.jpg").write_bytes(jpeg(seed=5))

    dialog = window.evidence_page.choose_import()
    assert isinstance(dialog, ImportDialog)
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        dialog.add_paths([again])
    model = dialog.model
    if model.hashing_pending():  # nothing is imported before the duplicates are known
        assert not dialog.import_button.isEnabled()
        assert "Checking which files are already in the store" in dialog.import_button.text()
        assert "checking" in dialog.count_label.text()
    copy_a, copy_b, fresh = model.row_of("copy of a.jpg"), model.row_of("copy of b.jpg"), model.row_of("c.jpg")
    qtbot.waitUntil(lambda: model.badges(copy_a) == ["duplicate"] and dialog.import_button.isEnabled(), timeout=10_000)
    assert model.badges(fresh) == [] and model.row(fresh).checked
    # Found in the store: unticked, its badge and tooltip say where the copy is.
    assert not model.row(copy_a).checked and not model.row(copy_b).checked
    assert model.row(copy_a).duplicate == "Op / EV-0042"
    assert "Op / EV-0042" in plain(model.data(model.index(copy_a), Qt.ItemDataRole.ToolTipRole))
    qtbot.waitUntil(lambda: "checking" not in dialog.count_label.text(), timeout=20_000)
    assert "1 of 3 files selected; 2 already in the store, left out" in plain(dialog.count_label.text())
    assert "Import 1 file into EV-0043" in plain(dialog.import_button.text())

    # Into another item a copy is still one tick away.
    model.set_checked(copy_a, True)
    assert "2 already in the store (1 of them selected" in plain(dialog.count_label.text())
    with qtbot.waitSignal(window.evidence_page.succeeded, timeout=30_000) as confirmed:
        run_import(qtbot, window, dialog)
    assert plain(confirmed.args[0]) == "2 files added to EV-0043"
    assert "2 photos added to EV-0043" in plain(dialog.summary.text())
    assert {c.original_name for c in stored(qtbot, window, "EV-0043")} == {"copy of a.jpg", "c.jpg"}


def test_a_tick_set_by_hand_outlives_the_duplicate_badge(qtbot: QtBot, tmp_path: Path) -> None:
    from fieldkit.gui.importgrid import ImportGridModel

    model = ImportGridModel(lambda _row: None)
    files = []
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        (tmp_path / name).write_bytes(b"x")
        files.append(importing.Candidate(tmp_path / name, 0, name, 1, 0, media_types.JPEG))
    model.add(files)
    model.set_checked(0, True)  # the operator ticked a.jpg by hand while the hashes were read
    model.set_checked(1, False)  # and unticked b.jpg
    model.set_duplicates({files[0].path: "Op Falcon / EV-0042", files[2].path: "Op Falcon / EV-0041"},
                         [f.path for f in files])  # fmt: skip
    assert [model.row(n).checked for n in range(3)] == [True, False, False]
    assert model.hashing_pending() == 0 and model.badges(2) == ["duplicate"]


def test_split_by_time_gap_makes_items_with_the_next_tags(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    add_item(qtbot, window, "Op", "EV-0044")  # taken: the new item gets the next free tag
    select_item(qtbot, window, "EV-0043")
    folder = tmp_path / "day"
    folder.mkdir()
    morning, afternoon = 1_780_000_000, 1_780_000_000 + 3 * 3600
    times = (("m1.jpg", morning), ("m2.jpg", morning + 600), ("a1.jpg", afternoon), ("a2.jpg", afternoon + 60))
    for seed, (name, when) in enumerate(times):
        (folder / name).write_bytes(jpeg(seed=30 + seed))
        os.utime(folder / name, (when, when))

    dialog = open_with(qtbot, window, [folder])
    dialog.gap_minutes.setValue(30)
    dialog.split_check.setChecked(True)
    model = dialog.model
    where = {model.row(n).candidate.name: model.data(model.index(n), DestinationRole) for n in range(4)}
    assert where == {"m1.jpg": "EV-0043", "m2.jpg": "EV-0043", "a1.jpg": "EV-0045", "a2.jpg": "EV-0045"}
    assert "EV-0045" in plain(model.data(model.index(model.row_of("a1.jpg")), Qt.ItemDataRole.DisplayRole))
    assert "2 items" in plain(dialog.destination.text())
    assert "Import 4 files into 2 items" in dialog.import_button.text()
    dialog.gap_minutes.setValue(240)  # a longer gap: one item
    assert {model.data(model.index(n), DestinationRole) for n in range(4)} == {"EV-0043"}
    dialog.gap_minutes.setValue(30)

    qtbot.waitUntil(lambda: dialog.times_pending() == 0 and dialog.import_button.isEnabled(), timeout=20_000)
    run_import(qtbot, window, dialog)
    assert {c.original_name for c in stored(qtbot, window, "EV-0043")} == {"m1.jpg", "m2.jpg"}
    assert {c.original_name for c in stored(qtbot, window, "EV-0045")} == {"a1.jpg", "a2.jpg"}
    found = items(qtbot, window)
    assert found["EV-0045"].case_name == "Op" and found["EV-0045"].category == found["EV-0043"].category
    text = plain(dialog.summary.text())
    assert "2 photos added to EV-0043" in text and "2 photos added to EV-0045" in text


def test_the_split_goes_by_the_time_each_photo_was_taken_not_the_copy_time(qtbot: QtBot, window: MainWindow,
                                                                          tmp_path: Path) -> None:  # fmt: skip
    """A camera card copied to a laptop: every file's modification time is the copy's, the photos' EXIF says when
    each was taken. The sandbox reads the EXIF time of every file (not only the tiles in view); the tiles show it,
    and the split goes by it; a photo without one (its file time is the copy's) stays with the bound item, and the
    header says so."""
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    select_item(qtbot, window, "EV-0043")
    folder = tmp_path / "copied card"
    folder.mkdir()
    copied = 1_780_000_000
    taken = {"m1.jpg": "2026:03:12 09:14:05", "m2.jpg": "2026:03:12 09:20:00", "a1.jpg": "2026:03:12 13:02:00",
             "a2.jpg": "2026:03:12 13:05:30"}  # fmt: skip
    for seed, (name, when) in enumerate(taken.items()):
        exif = Image.Exif()
        exif[0x8769] = {0x9003: when}
        (folder / name).write_bytes(jpeg(exif=exif, seed=40 + seed))
        os.utime(folder / name, (copied + seed, copied + seed))  # copied within seconds
    (folder / "x.jpg").write_bytes(jpeg(seed=50))  # no EXIF time
    os.utime(folder / "x.jpg", (copied + 10, copied + 10))

    dialog = open_with(qtbot, window, [folder])
    dialog.gap_minutes.setValue(30)
    dialog.split_check.setChecked(True)
    model = dialog.model
    qtbot.waitUntil(lambda: dialog.times_pending() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: "2 items" in plain(dialog.destination.text()), timeout=5_000)  # planned again
    assert sum(1 for row in model.rows() if row.taken) == 4
    text = plain(model.data(model.index(model.row_of("m1.jpg")), Qt.ItemDataRole.DisplayRole))
    assert "taken 09:14, 12 Mar" in text
    assert "file time" in plain(model.data(model.index(model.row_of("x.jpg")), Qt.ItemDataRole.DisplayRole))
    where = {row.candidate.name: row.destination for row in model.rows()}
    assert where["m1.jpg"] == where["m2.jpg"] == "EV-0043"
    assert where["a1.jpg"] == where["a2.jpg"] != "EV-0043"  # three hours later by the camera: another item
    assert where["x.jpg"] == "EV-0043"  # copied in 2026-05: no group of its own, with the bound item
    header = plain(dialog.destination.text())
    assert "2 items" in header and "1 file records no time: it stays in EV-0043" in header
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_the_import_goes_into_the_item_bound_at_open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0001")
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        (folder / f"IMG_{i}.JPG").write_bytes(jpeg(seed=20 + i))
    dialog = open_with(qtbot, window, [folder])
    add_item(qtbot, window, "Op", "EV-0002")  # the selection moves on while the dialog is open
    assert window.evidence_page.current_item().tag == "EV-0002"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "EV-0001" in plain(dialog.import_button.text()), timeout=10_000)  # once all are checked
    run_import(qtbot, window, dialog)
    assert len(stored(qtbot, window, "EV-0001")) == 3 and stored(qtbot, window, "EV-0002") == []
    assert "3 photos added to EV-0001" in plain(dialog.summary.text())


def test_dropped_paths_open_the_dialog_and_a_rejected_dialog_applies_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    (tmp_path / "a.jpg").write_bytes(jpeg(seed=1))
    (tmp_path / "b.txt").write_bytes(b"notes\n")
    dialog = window.evidence_page.import_dropped([tmp_path / "a.jpg", tmp_path / "b.txt"])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    dialog.reject()  # what the auto-lock does to every open dialog
    assert stored(qtbot, window, "EV-0043") == []


def test_a_stopped_import_keeps_what_is_stored_and_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        (folder / f"IMG_{i}.JPG").write_bytes(jpeg(seed=50 + i))
    dialog = open_with(qtbot, window, [folder])
    assert dialog.minimumSizeHint().width() <= 1280 and dialog.minimumSizeHint().height() <= 720
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000):
        dialog.start_import()
        assert dialog.cancel_button.text() == "Stop the import"
        dialog.cancel_button.click()  # usually before the store thread starts it; a busy machine may store one first
    text = plain(dialog.summary.text())
    kept = len(stored(qtbot, window, "EV-0043"))
    left = f"{3 - kept} file" + ("" if 3 - kept == 1 else "s")
    assert text.startswith(f"Import stopped: what was stored stays stored; not imported: {left}.")
    photos = f"{kept} photo" + ("" if kept == 1 else "s")
    assert ("Nothing was added to EV-0043" in text) if kept == 0 else (f"{photos} added to EV-0043" in text)


def test_files_dropped_on_the_window_open_the_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    (tmp_path / "a.jpg").write_bytes(jpeg(seed=1))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.jpg"))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    dialog = window.evidence_page.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert stored(qtbot, window, "EV-0043") == []  # nothing imported until the operator says so
    window.lock()  # the lock closes the dialog: nothing it held is applied
    assert not dialog.isVisible()


def test_next_tags_and_gaps() -> None:
    assert importing.next_tags("EV-0043", 2, {"EV-0044"}) == ["EV-0045", "EV-0046"]
    assert importing.next_tags("EV-9", 1, set()) == ["EV-10"]
    assert importing.next_tags("BAG", 2, set()) == ["BAG-2", "BAG-3"]
    minute = 60 * 1_000_000_000
    assert importing.split_by_gap([(1, 0), (2, 40 * minute), (3, 5 * minute)], 30 * minute) == [[1, 3], [2]]


def test_the_dialog_fits_the_screen_of_its_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Operation with a rather long name for a field laptop", "EV-0043-NORTH-GATE-2026")
    folder = tmp_path / ("a folder with a long name " * 4).strip()
    folder.mkdir()
    for i in range(3):
        (folder / f"IMG_{i}_{'x' * 60}.JPG").write_bytes(jpeg(seed=60 + i))
    (folder / "blob.dat").write_bytes(UNKNOWN)
    dialog = open_with(qtbot, window, [folder])
    qtbot.waitUntil(lambda: "checking" not in dialog.count_label.text(), timeout=20_000)
    dialog.split_check.setChecked(True)  # the longest destination text
    QApplication.processEvents()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    area = window.screen().availableGeometry()
    assert hint.width() <= area.width() and hint.height() <= area.height(), (hint, area)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)
    # Centred on the main window (as far as the screen allows).
    centre, middle = dialog.frameGeometry().center(), window.frameGeometry().center()
    assert abs(centre.x() - middle.x()) <= max(20, abs(area.center().x() - middle.x()) + 20)
    # Reopened after the window moved: placed again within the screen.
    dialog.reject()
    again = window.evidence_page.choose_import()
    assert again is not None and again.isVisible()
    assert area.contains(again.frameGeometry()) and again.import_button.isVisible()
    again.reject()
