"""The Import dialog as a tester used it on a field laptop (issue 13): undated files do not make items of their own in
a split, Select all leaves duplicates out, Enter imports, the auto-lock says what it closed, badges in the window's
language and sized from the text, thumbnails dimmed at night."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPalette, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit.gui.i18n import install_translations
from fieldkit.gui.importgrid import TILE, DestinationRole, ImportDialog, ImportGridModel
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import NIGHT_OPACITY, badge_text, badged, flagged
from fieldkit.gui.ops import Changed, Changes
from fieldkit.gui.ops.evidence import THUMBNAIL_SIDE
from fieldkit.gui.ops.importing import Candidate
from fieldkit.gui.theme import apply_theme
from fieldkit.models import Capture, Item
from tests.gui.steps import PASS, add_item, first_run, select_item, unlock
from tests.media_samples import jpeg

UNKNOWN = bytes(range(1, 32)) * 64  # control bytes: no magic number, not text


def plain(text: str) -> str:
    return text.replace("\u2066", "").replace("\u2069", "")


def items(qtbot: QtBot, window: MainWindow) -> dict[str, Item]:
    box: list[list[Item]] = []
    window.executor.submit(lambda context: context.need_store().items(), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return {item.tag: item for item in box[0]}


def stored(qtbot: QtBot, window: MainWindow, tag: str) -> set[str]:
    box: list[list[Capture]] = []
    window.executor.submit(lambda context: list(context.need_store().captures(case="Op", item=tag)), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return {capture.original_name for capture in box[0]}


def open_with(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ImportDialog:
    dialog = window.evidence_page.choose_import()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        dialog.add_paths(paths)
    qtbot.waitUntil(lambda: dialog.model.hashing_pending() == 0, timeout=10_000)
    return dialog


def weapon_at_the_well(qtbot: QtBot, window: MainWindow, tag: str) -> Item:
    """Make the item ``tag`` a weapon found at the site "Well", and wait until the window shows it so."""

    def job(context: object) -> Changed[Item]:
        store = context.need_store()  # type: ignore[attr-defined]
        case = store.ensure_case("Op")
        site = store.add_site(case, "Well", 33.3, 44.4)
        item = store.item(case, tag)
        return Changed(store.update_item(item, category="weapon", site_id=site.id), Changes.ITEMS)

    box: list[Item] = []
    window.executor.submit(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    qtbot.waitUntil(lambda: (item := window.evidence_page.current_item()) is not None and item.site_id is not None,
                    timeout=10_000)  # fmt: skip
    return box[0]


def test_undated_files_stay_with_the_bound_item_and_split_items_copy_category_and_site(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A card copied to the laptop: the photos say when they were taken; notes.txt and blob.bin only have the copy's
    time. They neither make nor move a group: they go with the earliest photos into the bound item."""
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    select_item(qtbot, window, "EV-0043")
    bound = weapon_at_the_well(qtbot, window, "EV-0043")
    folder = tmp_path / "card"
    folder.mkdir()
    copied = 1_790_000_000  # long after the photos were taken
    taken = {"m1.jpg": "2026:03:12 07:10:05", "m2.jpg": "2026:03:12 07:20:00", "a1.jpg": "2026:03:12 10:16:00",
             "a2.jpg": "2026:03:12 10:17:30"}  # fmt: skip
    for seed, (name, when) in enumerate(taken.items()):
        exif = Image.Exif()
        exif[0x8769] = {0x9003: when}
        (folder / name).write_bytes(jpeg(exif=exif, seed=70 + seed))
    (folder / "notes.txt").write_bytes(b"the cache by the well\n")
    (folder / "blob.bin").write_bytes(UNKNOWN)
    for path in folder.iterdir():
        os.utime(path, (copied, copied))

    dialog = open_with(qtbot, window, [folder])
    dialog.split_check.setChecked(True)
    model = dialog.model
    qtbot.waitUntil(lambda: dialog.times_pending() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: "2 items" in plain(dialog.destination.text()), timeout=5_000)
    where = {row.candidate.name: row.destination for row in model.rows()}
    assert where == {"m1.jpg": "EV-0043", "m2.jpg": "EV-0043", "notes.txt": "EV-0043", "blob.bin": "EV-0043",
                     "a1.jpg": "EV-0044", "a2.jpg": "EV-0044"}  # fmt: skip
    header = plain(dialog.destination.text())
    assert "2 files record no time: they stay in EV-0043" in header
    assert "EV-0043 (4), EV-0044 (2)" in header and "same case, category and site" in header
    # Each tile: the time of day (date short) on its own line, the destination on a line of its own below it.
    lines = plain(model.data(model.index(model.row_of("a1.jpg")), Qt.ItemDataRole.DisplayRole)).split("\n")
    assert lines[2] == "taken 10:16, 12 Mar" and lines[3] == "→ EV-0044"
    tooltip = plain(model.data(model.index(model.row_of("a1.jpg")), Qt.ItemDataRole.ToolTipRole))
    assert "2026-03-12 10:16:00" in tooltip  # in full
    assert model.data(model.index(model.row_of("notes.txt")), DestinationRole) == "EV-0043"
    # The grid's cells hold the four lines under the tile, and the widest of them.
    metrics = QFontMetrics(dialog.grid.font())
    assert dialog.grid.gridSize().height() >= TILE + 4 * metrics.lineSpacing()
    assert dialog.grid.gridSize().width() >= metrics.horizontalAdvance("taken 10:16, 12 Mar")

    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000):
        dialog.start_import()
    assert stored(qtbot, window, "EV-0043") == {"m1.jpg", "m2.jpg", "notes.txt", "blob.bin"}
    assert stored(qtbot, window, "EV-0044") == {"a1.jpg", "a2.jpg"}
    made = items(qtbot, window)["EV-0044"]
    assert (made.case_name, made.category, made.site_id) == ("Op", "weapon", bound.site_id)


def test_select_all_leaves_duplicates_out_and_a_duplicate_is_still_one_tick_away(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0042")
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.jpg").write_bytes(jpeg(seed=1))
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000):
        window.evidence_page.import_paths([first])
    add_item(qtbot, window, "Op", "EV-0043")
    again = tmp_path / "again"
    again.mkdir()
    (again / "copy of a.jpg").write_bytes(jpeg(seed=1))
    (again / "b.jpg").write_bytes(jpeg(seed=2))
    dialog = open_with(qtbot, window, [again])
    model = dialog.model
    copy, fresh = model.row_of("copy of a.jpg"), model.row_of("b.jpg")
    qtbot.waitUntil(lambda: model.badges(copy) == ["duplicate"], timeout=10_000)
    buttons = {plain(button.text()): button for button in dialog.findChildren(QPushButton)}
    buttons["Select none"].click()
    assert not model.row(copy).checked and not model.row(fresh).checked
    buttons["Select all"].click()
    assert not model.row(copy).checked and model.row(fresh).checked  # the duplicate stays out
    qtbot.waitUntil(lambda: "checking" not in dialog.count_label.text(), timeout=20_000)
    assert "1 of 2 files selected; 1 already in the store, left out (also by Select all" in plain(
        dialog.count_label.text()
    )
    model.set_checked(copy, True)  # by hand: imported again
    assert model.row(copy).checked and "1 of them selected" in plain(dialog.count_label.text())
    dialog.reject()


def test_enter_imports_and_add_files_offers_photos_first(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    (tmp_path / "a.jpg").write_bytes(jpeg(seed=3))
    dialog = open_with(qtbot, window, [tmp_path / "a.jpg"])
    buttons = dialog.findChildren(QPushButton)
    assert not any(button.autoDefault() for button in buttons if button is not dialog.import_button)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.import_button.isDefault()
    picker = dialog.add_files()
    filters = [plain(text) for text in picker.nameFilters()]
    assert filters[0].startswith("Photos and videos (*.jpg *.jpeg *.heic") and filters[1] == "All files (*)"
    picker.reject()
    assert len(stored(qtbot, window, "EV-0043")) == 0
    dialog.activateWindow()
    dialog.grid.setFocus()
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.folder_picker is None  # Enter did not open "Add folder…"
    assert stored(qtbot, window, "EV-0043") == {"a.jpg"}


def test_a_lock_says_after_the_unlock_which_dialog_it_closed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    (tmp_path / "a.jpg").write_bytes(jpeg(seed=4))
    dialog = open_with(qtbot, window, [tmp_path / "a.jpg"])
    dialog.add_folder()  # a chooser open on top of it closes with it: only the Import dialog is named
    unlocker = window.lock()
    assert not dialog.isVisible() and not window.message_bar.isVisible()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock(qtbot, window, unlocker, PASS)
    bar = window.message_bar
    assert bar.isVisible()
    assert plain(bar.text.text()) == ("The lock closed: Import into EV-0043 (case Op). Nothing of it was applied; "
                                      "open it again to continue.")  # fmt: skip
    assert stored(qtbot, window, "EV-0043") == set()
    bar.ok.click()  # acknowledged: gone, and not said again at the next unlock
    assert not bar.isVisible()
    unlocker = window.lock()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock(qtbot, window, unlocker, PASS)
    assert not bar.isVisible()


def test_badges_in_french_and_arabic(qtbot: QtBot, app_state: QApplication) -> None:
    english = {badge: badge_text(badge) for badge in ("damaged", "failed", "pending", "flagged")}
    assert english["damaged"] == "DAMAGED"
    for language in ("fr", "ar"):
        install_translations(app_state, language)
        for badge, text in english.items():
            assert badge_text(badge) not in ("", text), (language, badge)
        tile_words = [app_state.translate("ImportDialog", word) for word in ("ALREADY IN", "KEPT, FLAGGED")]
        assert "ALREADY IN" not in tile_words and "KEPT, FLAGGED" not in tile_words, language


def band_rows(pixmap: QPixmap, colour: str, column: int = 2) -> int:
    image = pixmap.toImage()
    return sum(1 for y in range(image.height()) if image.pixelColor(column, y).name() == colour)


def test_at_150_percent_badges_and_names_have_room(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    from fieldkit.gui.theme import colour

    apply_theme(app_state, "contrast", 100)
    picture = QPixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE * 3 // 4)
    picture.fill(QColor("#808080"))
    small = band_rows(badged(picture, "damaged"), colour("badge-damaged"))
    apply_theme(app_state, "contrast", 150)
    large = band_rows(badged(picture, "damaged"), colour("badge-damaged"))
    metrics = QFontMetrics(app_state.font())
    assert large > small and large >= metrics.height()  # the band grows with the text
    assert band_rows(flagged(picture), colour("banner-warning"), THUMBNAIL_SIDE // 2) >= metrics.height()
    grid = window.evidence_page.grid
    QApplication.processEvents()
    # The cell holds the tile and two lines of the name at this size: nothing is cut to a strip.
    assert grid.gridSize().height() >= THUMBNAIL_SIDE + 2 * QFontMetrics(grid.font()).lineSpacing()


def test_import_thumbnails_are_dimmed_at_night(
    qtbot: QtBot, window: MainWindow, app_state: QApplication, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-0043")
    bright = tmp_path / "white.jpg"
    out = Image.new("RGB", (320, 240), (255, 255, 255))
    out.save(bright, "JPEG")
    dialog = open_with(qtbot, window, [bright])
    model = dialog.model
    model.data(model.index(0), Qt.ItemDataRole.DecorationRole)  # asks for its preview
    qtbot.waitUntil(lambda: model.row(0).pixmap is not None, timeout=20_000)

    def centre() -> QColor:
        icon = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        return icon.pixmap(TILE, TILE).toImage().pixelColor(TILE // 2, TILE // 2)

    assert centre().lightness() > 240
    apply_theme(app_state, "night")
    base = app_state.palette().color(QPalette.ColorRole.Base)
    dim = centre()
    assert dim.lightness() < 200
    assert abs(dim.red() - round(255 * NIGHT_OPACITY + base.red() * (1 - NIGHT_OPACITY))) <= 3
    dialog.reject()


def test_tiles_repaint_when_the_split_shows_their_destinations(qtbot: QtBot) -> None:
    """Turning the split on changes what every tile says ("→ EV-0044") even where the destination itself stayed:
    the view must be told, or the tiles keep their old text until something else repaints them."""
    model = ImportGridModel(lambda row: None)
    files = [Path(f"/card/DCIM/IMG_{n}.JPG") for n in range(3)]
    model.add([Candidate(path, 0, path.name, 10, 0, "image/jpeg") for path in files])
    model.set_destinations(dict.fromkeys(files, "EV-0043"), split=False)
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.layoutChanged.connect(lambda *args: changed.append(args))
    model.set_destinations(dict.fromkeys(files, "EV-0043"), split=False)
    assert changed == []  # nothing moved, nothing shown differently: no repaint of 200 tiles for nothing
    model.set_destinations({files[0]: "EV-0043", files[1]: "EV-0044", files[2]: "EV-0044"}, split=True)
    assert changed
    text = model.data(model.index(1), Qt.ItemDataRole.DisplayRole)
    assert "→ \u2066EV-0044\u2069" in text
