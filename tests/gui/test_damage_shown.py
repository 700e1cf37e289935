"""What the window tells a soldier about damage: a badge on each capture tile from its analysis (damaged, failed,
being analysed), legible and never cut off, the reason in the tooltip; reasons read as sentences, without the
Python exception's name (which stays in the tooltip). Real store, real files, real sandbox."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QLabel, QToolBar
from pytestqt.qtbot import QtBot

from fieldkit.gui.details import readable_reason
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.models import BADGE_HEIGHT, BADGES, BadgeRole, ReasonRole, _fitted_font, _placeholder
from fieldkit.gui.ops import JobContext
from fieldkit.gui.ops.evidence import THUMBNAIL_SIDE, GridThumbnail
from tests.gui.steps import add_item, first_run, import_and_analyse, open_viewer, run_job


def test_reasons_read_without_the_exception_name() -> None:
    assert readable_reason("the JPEG file cannot be read (OSError)") == "the JPEG file cannot be read"
    assert readable_reason("bad zip (zipfile.BadZipFile)") == "bad zip"  # a module's exception, named with it
    assert readable_reason("the picture is too large (MemoryError) ") == "the picture is too large"
    assert readable_reason("cannot decode (struct.error)") == "cannot decode"
    assert readable_reason("the decoder crashed (SIGSEGV)") == "the decoder crashed (SIGSEGV)"  # says more: kept
    assert readable_reason("(ValueError)") == "(ValueError)"  # nothing else to say


def band_colour(window: MainWindow, row: int) -> QColor:
    icon = window.evidence_page.captures.data(window.evidence_page.captures.index(row), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    image = icon.pixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE).toImage()
    return image.pixelColor(4, THUMBNAIL_SIDE - BADGE_HEIGHT // 2)


def test_the_grid_badges_damage_failure_and_analysis_to_come(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from fieldkit.analysis import runner
    from tests.media_samples import jpeg

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-BADGE")
    whole = jpeg((640, 480), seed=3)
    (tmp_path / "whole.jpg").write_bytes(whole)
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])  # the camera stopped writing half-way
    (tmp_path / "odd.bin").write_bytes(b"\x00\x01odd" * 100)
    captures = import_and_analyse(qtbot, window, [tmp_path / n for n in ("whole.jpg", "cut.jpg", "odd.bin")])
    odd = captures["odd.bin"]
    run_job(qtbot, window, lambda context: runner.analyse(context.need_store(), [odd.id],
                                                          op="tests.sandbox_ops:describe_by_crashing"))  # fmt: skip
    evidence = window.evidence_page
    model = evidence.captures
    evidence.reload()  # the grid reads the analyses again
    rows = {name: row for row in range(model.rowCount()) if (c := model.capture_at(row)) and (name := c.original_name)}

    def badge(name: str) -> object:
        model.data(model.index(rows[name]), Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
        return model.data(model.index(rows[name]), BadgeRole)

    qtbot.waitUntil(lambda: badge("odd.bin") == "ANALYSIS FAILED" and badge("cut.jpg") == "DAMAGED", timeout=20_000)
    assert badge("whole.jpg") is None
    cut = model.index(rows["cut.jpg"])
    assert "Damaged:" in model.data(cut, Qt.ItemDataRole.ToolTipRole) and model.data(cut, ReasonRole)
    assert "the decoder crashed" in model.data(model.index(rows["odd.bin"]), Qt.ItemDataRole.ToolTipRole)
    # The band is drawn in the badge's colour across the tile's bottom; a tile without a badge has none.
    assert band_colour(window, rows["cut.jpg"]).name() == BADGES["damaged"][1]
    assert band_colour(window, rows["odd.bin"]).name() == BADGES["failed"][1]
    assert band_colour(window, rows["whole.jpg"]).name() not in {colour for _, colour, _ in BADGES.values()}

    # A capture the sandbox has not analysed yet is badged as being analysed (the background work may analyse a
    # stored capture at any moment, so the grid is told as the thumbnail job would tell it).
    whole_capture = captures["whole.jpg"]
    model.add_thumbnails({whole_capture.id: GridThumbnail("pending")})
    assert model.data(model.index(rows["whole.jpg"]), BadgeRole) == "ANALYSING…"
    assert band_colour(window, rows["whole.jpg"]).name() == BADGES["pending"][1]
    assert "Not analysed yet" in model.data(model.index(rows["whole.jpg"]), Qt.ItemDataRole.ToolTipRole)

    # The viewer says it without the exception's name; the tooltip keeps it.
    viewer = open_viewer(qtbot, window, odd)
    assert "(SIGSEGV)" in viewer.banner.text()  # a signal says more than a sentence would: kept
    viewer.reject()


def test_tile_texts_fit_the_tile(qtbot: QtBot) -> None:  # qtbot: QFont and QPixmap need the application
    for text, _colour, _ink in BADGES.values():
        font = _fitted_font(QFont(), text, THUMBNAIL_SIDE - 12, 13)
        assert QFontMetrics(font).horizontalAdvance(text) <= THUMBNAIL_SIDE - 12 and font.pointSize() >= 9
    for kind in ("fingerprint", "document", "photo", "media", "file"):
        font = _fitted_font(QFont(), kind.upper(), THUMBNAIL_SIDE - 24, 18)
        assert QFontMetrics(font).horizontalAdvance(kind.upper()) <= THUMBNAIL_SIDE - 24
        assert _placeholder(kind).width() == THUMBNAIL_SIDE


def test_a_folder_is_imported_with_its_subfolders_from_the_window(qtbot: QtBot, window: MainWindow,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    from tests.media_samples import jpeg

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-FOLDER")
    dump = tmp_path / "dump"
    (dump / "DCIM" / "Camera").mkdir(parents=True)
    (dump / "Documents").mkdir()
    (dump / "DCIM" / "Camera" / "a.jpg").write_bytes(jpeg(seed=1))
    (dump / "Documents" / "notes.txt").write_bytes(b"the well at dawn\n")
    (dump / "top.txt").write_bytes(b"top\n")
    assert window.import_folder_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.import_folder_action in window.findChildren(QToolBar)[0].actions()

    # Ctrl+Shift+I opens the Import dialog with its folder chooser on top; the chosen folder's files fill the grid.
    evidence = window.evidence_page
    window.import_folder_action.trigger()
    dialog = evidence.import_dialog
    assert dialog is not None and dialog.folder_picker is not None and dialog.folder_picker.isVisible()
    dialog.folder_picker.fileSelected.emit(str(dump))  # what choosing the folder and pressing Choose sends
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3 and dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(evidence.import_finished, timeout=30_000):
        dialog.start_import()
    qtbot.waitUntil(lambda: evidence.captures.rowCount() == 3, timeout=10_000)
    names = {c.original_name for r in range(3) if (c := evidence.captures.capture_at(r))}
    assert names == {"a.jpg", "notes.txt", "top.txt"}


def test_acquisition_entries_read_whole_on_a_laptop_screen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-PATHS")
    deep = tmp_path / "dump" / "Android" / "media" / "com.whatsapp" / "WhatsApp" / "Media" / "WhatsApp Documents"
    deep.mkdir(parents=True)
    (deep / "payment schedule for the northern route, final version.txt").write_bytes(b"cash\n")
    os.mkfifo(deep / "pipe")
    window.resize(1280, 740)
    evidence = window.evidence_page
    with qtbot.waitSignal(evidence.import_finished, timeout=30_000):
        evidence.import_paths([tmp_path / "dump"])
    evidence.tabs.setCurrentWidget(evidence.acquisitions_view)
    view = evidence.acquisitions_view
    qtbot.waitUntil(lambda: view.entries.rowCount() == 2, timeout=10_000)
    table = view.entry_table
    header = table.horizontalHeader()
    columns = view.entries.headers
    # The reason stands next to the status, in sight without scrolling; paths are elided in the middle.
    assert columns.index("Reason / link") == columns.index("Status") + 1
    reason_at = header.sectionViewportPosition(columns.index("Reason / link"))
    assert 0 <= reason_at < table.viewport().width()
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert header.sectionSize(columns.index("SHA-256")) <= 160 and header.sectionSize(columns.index("#")) < 80
    # The tooltip and the details pane hold the path whole, with its reason.
    row = view.entries.column("Path").index("Android/media/com.whatsapp/WhatsApp/Media/WhatsApp Documents/pipe")
    index = table.model().index(row, columns.index("Path"))
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("WhatsApp Documents/pipe")
    table.setCurrentIndex(index)
    details = view.entry_details.toPlainText()
    assert "Path: Android/media/com.whatsapp/WhatsApp/Media/WhatsApp Documents/pipe" in details
    assert "FIFO" in details.upper() and "Reason / link:" in details
    window.grab().save(str(tmp_path.parent / "acquisitions.png"))


def image_only_pdf(seed: int) -> bytes:
    """A page that is only a picture, as a scanner makes it: no text layer (Pillow's PDF writer)."""
    from tests.media_samples import picture

    out = io.BytesIO()
    picture((400, 560), seed=seed).save(out, "PDF", resolution=72)
    return out.getvalue()


def test_the_viewer_shows_what_damaged_and_unusual_files_hold(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    from fieldkit.core.expand import expand_archive
    from tests.media_samples import avif, heic, jpeg, zip_archive

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-VIEWER")
    whole = jpeg((640, 480), seed=5)
    files = {
        "cut.jpg": whole[: len(whole) // 2],
        "IMG_0412.HEIC": heic((1200, 900)),
        "photo.avif": avif((1000, 750)),
        "fake.pdf": b"%PDF-1.7\nthis is not a PDF at all\n",
        "scan.pdf": image_only_pdf(seed=1),
        "blank.pdf": image_only_pdf(seed=2),
        "backup.zip": zip_archive({"a.txt": b"first\n", "b.txt": b"second\n"}),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    captures = import_and_analyse(qtbot, window, [tmp_path / name for name in files])

    # (a) A truncated JPEG: its top half, said to be damaged; not a blank page.
    viewer = open_viewer(qtbot, window, captures["cut.jpg"])
    qtbot.waitUntil(lambda: viewer.pixmap_item is not None, timeout=20_000)
    assert viewer.pixmap_item is not None and viewer.pixmap_item.pixmap().width() == 640
    assert "Damaged: shown as far as it decodes" in viewer.status.text()
    viewer.reject()

    # (b) HEIC and AVIF at the viewer's size, zoomable, not the 256-pixel preview.
    for name, width in (("IMG_0412.HEIC", 1200), ("photo.avif", 1000)):
        viewer = open_viewer(qtbot, window, captures[name])
        qtbot.waitUntil(lambda: viewer.pixmap_item is not None, timeout=20_000)
        assert viewer.pixmap_item is not None and viewer.pixmap_item.pixmap().width() == width
        assert "zoom" in viewer.status.text()
        viewer.reject()

    # (c) A PDF that does not open: the "cannot be displayed" card with the reason; nothing to turn or page.
    viewer = open_viewer(qtbot, window, captures["fake.pdf"])
    qtbot.waitUntil(lambda: "pages" in viewer.card_texts, timeout=20_000)
    assert "cannot be displayed" in viewer.card_texts["pages"] and viewer.page_card.isVisibleTo(viewer)
    assert not viewer.view.isVisibleTo(viewer)
    assert not any(b.isEnabled() for b in (viewer.left_turn, viewer.right_turn, viewer.next_button))
    assert "Error)" not in viewer.card_texts["pages"]
    viewer.reject()

    # (d) An image-only PDF: no text layer, and what OCR read, or that nothing was found.
    scan = captures["scan.pdf"]

    def read_by_ocr(context: JobContext) -> None:
        context.need_store().ocr_index.save(
            scan.id, [("PAYMENT LEDGER 14 MARCH", "payment ledger 14 march", "ocr")], "eng"
        )

    # The window's own OCR reads these PDFs in the background: let it finish first, or its "nothing found" for
    # scan.pdf may land after the text saved here.
    qtbot.waitUntil(lambda: not window.evidence_page.background.running, timeout=60_000)
    run_job(qtbot, window, read_by_ocr)
    viewer = open_viewer(qtbot, window, scan)
    assert "Text" in [viewer.tabs.tabText(i) for i in range(viewer.tabs.count())]
    assert viewer.text_note is not None and viewer.text_note.text() == "No text layer; OCR text:"
    assert viewer.text_view is not None and "PAYMENT LEDGER 14 MARCH" in viewer.text_view.toPlainText()
    viewer.reject()
    viewer = open_viewer(qtbot, window, captures["blank.pdf"])
    assert viewer.text_note is not None and viewer.text_note.text() == "No text layer; no text found."
    viewer.reject()

    # (e) An archive after `fieldkit expand`: how many members became captures.
    archive = captures["backup.zip"]
    viewer = open_viewer(qtbot, window, archive)
    assert any("Nothing was extracted" in label.text() for label in viewer.findChildren(QLabel))
    viewer.reject()
    run_job(qtbot, window, lambda context: expand_archive(context.need_store(), archive.id, analyse=False))
    viewer = open_viewer(qtbot, window, archive)
    notes = [label.text() for label in viewer.findChildren(QLabel)]
    assert any("2 of them were stored as captures" in text for text in notes)
    assert not any("Nothing was extracted" in text for text in notes)
    viewer.reject()


def test_the_verify_page_names_each_capture_that_failed_or_is_damaged(qtbot: QtBot, window: MainWindow,
                                                                      tmp_path: Path) -> None:  # fmt: skip
    import json

    from fieldkit.analysis import runner
    from fieldkit.hq.trust import HQ
    from tests.gui.steps import window_device_line
    from tests.media_samples import jpeg

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    provisioning = tmp_path / "provision.json"
    provisioning.write_text(json.dumps(hq.provisioning().to_json()))
    first_run(qtbot, window)
    window.settings_page.import_provisioning(provisioning)
    qtbot.waitUntil(lambda: "Provisioned" in window.settings_page.status.text(), timeout=10_000)
    add_item(qtbot, window, "Op", "EV-HQ")
    whole = jpeg((640, 480), seed=9)
    (tmp_path / "whole.jpg").write_bytes(whole)
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "odd.bin").write_bytes(b"\x00\x01odd" * 100)
    captures = import_and_analyse(qtbot, window, [tmp_path / n for n in ("whole.jpg", "cut.jpg", "odd.bin")])
    odd = captures["odd.bin"]
    run_job(qtbot, window, lambda context: runner.analyse(context.need_store(), [odd.id],
                                                          op="tests.sandbox_ops:describe_by_crashing"))  # fmt: skip
    hq.enroll(window_device_line(qtbot, window))
    page = window.bundles_page
    out = tmp_path / "out"
    out.mkdir()
    page.folder.setText(str(out))
    qtbot.waitUntil(lambda: page.create_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(page.bundles_created, timeout=30_000):
        page.create_bundle()
    bundle = next(out.glob("*.fkb"))

    verify = window.verify_page
    verify.hq.setText(str(hq.folder))
    with qtbot.waitSignal(verify.verified, timeout=30_000):
        verify.open_bundle(bundle)
    assert verify.verdict.text() == ("VALID: authentic, complete and unaltered — but 1 capture failed analysis, "
                                     "1 capture damaged (Analysis tab)")  # fmt: skip
    rows = verify.analyses
    by_name = dict(zip(rows.column("Name"), zip(rows.column("Analysis"), rows.column("Reason / how"), strict=True),
                       strict=True))  # fmt: skip
    assert by_name["odd.bin"][0] == "ANALYSIS FAILED" and "the decoder crashed" in str(by_name["odd.bin"][1])
    assert by_name["cut.jpg"][0] == "DAMAGED" and by_name["cut.jpg"][1]
    assert by_name["whole.jpg"][1] is None and "Left out" in rows.headers
    assert verify.analysis_summary.text() == ("3 captures: 1 capture failed analysis, 1 capture damaged. Their "
                                              "originals are in the bundle.")  # fmt: skip
