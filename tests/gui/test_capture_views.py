"""The viewer pages through a document, turns and reorders pages as a view (the original untouched), flags
near-duplicate photos; the camera page reads an evidence tag from a frame and the window selects or creates the item.
The grid shows the thumbnails analysis stored (or why there is none), the viewer PNGs the sandbox rendered."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import JobContext
from fieldkit.gui.pages.camera import CameraPage
from fieldkit.gui.viewer import CaptureViewer
from tests.gui.steps import add_item, first_run
from tests.samples import SHADES, three_page_tiff


def shade(viewer: CaptureViewer) -> int:
    assert viewer.pixmap_item is not None
    return viewer.pixmap_item.pixmap().toImage().pixelColor(5, 5).red()


def test_document_pages_are_turned_and_reordered_as_a_view(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from fieldkit.core.pages import PageView
    from fieldkit.gui.ops import evidence as ops

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-DOC")
    (tmp_path / "ledger.tif").write_bytes(three_page_tiff())
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=20_000):
        window.evidence_page.import_paths([tmp_path / "ledger.tif"])
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 1, timeout=10_000)
    capture = window.evidence_page.captures.capture_at(0)
    assert capture is not None
    viewer = window.evidence_page.show_capture(capture)
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.pixmap_item is not None and viewer.page_count == 3, timeout=10_000)
    assert shade(viewer) == SHADES[0] and viewer.page_label.text().startswith("Page 1 of 3")
    assert not viewer.previous_button.isEnabled() and not viewer.reset_button.isEnabled()

    viewer.go(1)
    qtbot.waitUntil(lambda: viewer.position == 1 and shade(viewer) == SHADES[1], timeout=10_000)
    with qtbot.waitSignal(viewer.view_saved, timeout=10_000):
        viewer.turn(90)
    assert viewer.pixmap_item is not None and viewer.pixmap_item.rotation() == 90
    assert "turned 90°" in viewer.page_label.text()
    with qtbot.waitSignal(viewer.view_saved, timeout=10_000) as saved:
        viewer.move_page(-1)  # original page 2 now comes first
    assert saved.args[0] == [PageView(2, 90), PageView(1), PageView(3)] and viewer.position == 0
    assert viewer.reset_button.isEnabled()
    viewer.reject()

    # The view is kept; the first page shown is original page 2, turned.
    again = window.evidence_page.show_capture(capture)
    assert again is not None
    qtbot.waitUntil(lambda: again.pixmap_item is not None and again.page_count == 3, timeout=10_000)
    assert shade(again) == SHADES[1] and again.pixmap_item is not None and again.pixmap_item.rotation() == 90
    with qtbot.waitSignal(again.view_saved, timeout=10_000):
        again.reset_view()
    qtbot.waitUntil(lambda: again.pixmap_item is not None and shade(again) == SHADES[0], timeout=10_000)
    again.reject()

    custody: list[object] = []
    window.executor.submit(ops.custody_of(window.evidence_page.current_item()), custody.append, lambda e: None)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(custody), timeout=10_000)
    events = custody[0][0]  # type: ignore[index]
    changes = [e for e in events if e.action == "capture.pages"]
    assert len(changes) == 3 and all(e.details["sha256"] == capture.sha256 for e in changes)


def test_near_duplicate_photos_are_flagged(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.samples import picture

    first_run(qtbot, window)
    add_item(qtbot, window, "Op North", "EV-1")
    (tmp_path / "a.jpg").write_bytes(picture(1))
    (tmp_path / "b.jpg").write_bytes(picture(4))
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=20_000):
        window.evidence_page.import_paths([tmp_path / "a.jpg", tmp_path / "b.jpg"])
    add_item(qtbot, window, "Op South", "EV-9")
    (tmp_path / "a-small.jpg").write_bytes(picture(1, size=(600, 450), quality=60))
    with qtbot.waitSignal(window.evidence_page.background.idle, timeout=30_000):
        window.evidence_page.import_paths([tmp_path / "a-small.jpg"])
    captures = window.evidence_page.captures
    qtbot.waitUntil(lambda: captures.rowCount() == 1 and captures.index(0).data().startswith("≈"),
                    timeout=10_000)  # fmt: skip
    tooltip = window.evidence_page.captures.index(0).data(3)  # ToolTipRole
    assert "Op North / EV-1: a.jpg" in tooltip and "b.jpg" not in tooltip
    capture = window.evidence_page.captures.capture_at(0)
    viewer = window.evidence_page.show_capture(capture)
    assert viewer is not None
    text = viewer.details_text()
    assert text.startswith("File") and "Looks like" in text and "Op North / EV-1: a.jpg" in text
    viewer.reject()


def test_camera_reads_the_evidence_tag(qtbot: QtBot, window: MainWindow) -> None:
    import zxingcpp

    from tests.samples import barcode_photo

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-1111")
    add_item(qtbot, window, "Op", "EV-2222")
    page = window.show_page(CameraPage)

    def frame(text: str) -> QImage:
        image = QImage()
        assert image.loadFromData(barcode_photo(text, zxingcpp.BarcodeFormat.QRCode))
        return image

    with qtbot.waitSignal(page.tag_read, timeout=10_000) as read:
        page.read_tag_in_frame(frame("EV-1111"))  # an item that exists: it is selected
    assert read.args == ["EV-1111"] and "EV-1111" in page.state.text()
    assert window.evidence_page.current_item() is not None and window.evidence_page.current_item().tag == "EV-1111"  # type: ignore[union-attr]

    dialog = window.evidence_page.use_tag("EV-3333")  # a new tag: the New item dialog opens with it filled in
    assert dialog is not None and dialog.tag.text() == "EV-3333"
    dialog.reject()

    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    page.read_tag_in_frame(blank)
    qtbot.waitUntil(lambda: "No barcode" in page.state.text(), timeout=10_000)


def test_background_ocr_yields_to_imports_and_stops_on_lock(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import io

    from fieldkit.core import ocr
    from tests.conftest import jpeg_bytes
    from tests.gui.steps import PASS, unlock
    from tests.samples import DEJAVU, page

    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-OCR")
    lines = ["Ledger of payments to the checkpoint guards", "Ammunition and fuel for the northern district"]
    sheets = [page(lines, DEJAVU, 54) for _ in range(6)]
    pdf = io.BytesIO()
    sheets[0].save(pdf, "PDF", resolution=150, save_all=True, append_images=sheets[1:])
    (tmp_path / "ledger.pdf").write_bytes(pdf.getvalue())
    (tmp_path / "photo.jpg").write_bytes(jpeg_bytes(size=(800, 600), seed=3))
    read: list[int] = []
    window.evidence_page.background.document_read.connect(read.append)

    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=20_000):
        window.evidence_page.import_paths([tmp_path / "ledger.pdf"])
    background = window.evidence_page.background
    qtbot.waitUntil(lambda: background.running and bool(background._texts), timeout=20_000)
    # Queued behind at most one page, not 6 pages:
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=20_000):
        window.evidence_page.import_paths([tmp_path / "photo.jpg"])
    assert read == [] and window.evidence_page.background.running  # the photo went in while the document was being read

    dialog = window.lock()  # mid-document: the pages read so far are dropped with everything else
    background = window.evidence_page.background  # a fresh name: mypy would keep "running" from before the lock
    assert not background.running and background._texts == []
    with qtbot.waitSignal(background.idle, timeout=120_000):  # orientation detection first: ~1.5 s CPU a page
        unlock(qtbot, window, dialog, PASS)  # the document is read again from its first page
    assert len(read) == 1
    with qtbot.waitSignal(window.evidence_page.search_done, timeout=10_000) as found:
        window.evidence_page.search.setText("checkpoint")
    assert found.args[0] and window.evidence_page.proxy.rowCount() == 1


def run_job(qtbot: QtBot, window: MainWindow, job: Callable[[JobContext], object]) -> object:
    """Run a store job on the window's store thread and wait for its result."""
    answers: list[object] = []
    window.executor.submit(job, answers.append, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    return answers[0]


def test_the_grid_shows_stored_thumbnails_and_the_viewer_says_why_not(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit import media_types
    from fieldkit.analysis import runner
    from fieldkit.gui.models import ItemRole
    from tests.conftest import jpeg_bytes

    for decoder in ("pypdfium2", "wsq"):
        monkeypatch.setitem(sys.modules, decoder, None)  # the window's process may not even import them
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-GRID")
    (tmp_path / "photo.jpg").write_bytes(jpeg_bytes(size=(640, 480), seed=5))
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=20_000):
        window.evidence_page.import_paths([tmp_path / "photo.jpg"])
    captures = window.evidence_page.captures
    # Analysed in the background (in the sandbox), then shown: the very PNG analysis stored, decoded by Qt.
    qtbot.waitUntil(lambda: captures.rowCount() == 1 and captures.thumbnails_loaded == 1, timeout=30_000)
    capture = captures.data(captures.index(0), ItemRole)
    stored = run_job(qtbot, window, lambda context: context.need_store().analyses.thumbnail(capture.id))
    shown = captures.analysis_of(capture.id)
    assert isinstance(stored, bytes) and shown is not None and shown.image == stored

    # A decoder that crashes on it: the card says so, and its tooltip gives the reason.
    run_job(qtbot, window, lambda context: runner.analyse(context.need_store(), [capture.id],
                                                          op="tests.sandbox_ops:describe_by_crashing"))  # fmt: skip
    captures.refresh_thumbnail(capture.id)
    captures.data(captures.index(0), Qt.ItemDataRole.DecorationRole)  # the view asks when it paints; so do we
    qtbot.waitUntil(lambda: (captures.analysis_of(capture.id) or shown).status == "failed", timeout=20_000)
    assert captures.thumbnails_loaded == 0
    assert "Analysis failed: the decoder crashed" in captures.data(captures.index(0), Qt.ItemDataRole.ToolTipRole)

    # The viewer shows a PNG the sandbox rendered; bytes that do not decode give a card with the sandbox's reason.
    photo_viewer = window.evidence_page.show_capture(capture)
    assert photo_viewer is not None
    qtbot.waitUntil(lambda: photo_viewer.pixmap_item is not None, timeout=20_000)
    assert photo_viewer.pixmap_item is not None and photo_viewer.pixmap_item.pixmap().width() == 640
    photo_viewer.reject()

    def keep_broken(context: JobContext) -> object:
        store = context.need_store()
        item = store.items()[0]
        capture_id, _new = store.originals.add_original(item, b"\x89PNG\r\n\x1a\n not a picture", original_name="x.png",
                                                        kind="photo", media_type=media_types.PNG, source="test",
                                                        metadata={})  # fmt: skip
        return store.capture(capture_id)

    broken = run_job(qtbot, window, keep_broken)
    viewer = window.evidence_page.show_capture(broken)  # type: ignore[arg-type]
    assert viewer is not None
    qtbot.waitUntil(lambda: "cannot be displayed" in viewer.card_texts.get("pages", ""), timeout=20_000)
    assert "the PNG file cannot be read" in viewer.card_texts["pages"] and viewer.pixmap_item is None
    assert viewer.page_card.isVisibleTo(viewer) and not viewer.left_turn.isEnabled()
    viewer.reject()
