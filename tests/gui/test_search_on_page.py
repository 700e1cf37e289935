"""The window shows where each page's text came from (the PDF's text layer or OCR) and warns of a page that yielded
no text (issue 14). Real store, real sandbox, the window's own background OCR (real Tesseract)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from fieldkit.gui.mainwindow import MainWindow
from tests.gui.steps import add_item, first_run, import_and_analyse, open_viewer
from tests.samples import DEJAVU, needs_tesseract, page

ARABIC_PDF = Path(__file__).parent.parent / "assets" / "arabic" / "constitution.pdf"


@needs_tesseract
def test_the_viewer_says_where_each_page_came_from_and_warns_of_a_page_without_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-14")
    text_page = page(["Fuel receipts for the convoy"], DEJAVU, 60)
    out = io.BytesIO()
    text_page.save(out, "PDF", resolution=300, save_all=True, append_images=[Image.new("L", text_page.size, 255)])
    (tmp_path / "receipts.pdf").write_bytes(out.getvalue())
    (tmp_path / "constitution.pdf").write_bytes(ARABIC_PDF.read_bytes())
    captures = import_and_analyse(qtbot, window, [tmp_path / "receipts.pdf", tmp_path / "constitution.pdf"])
    read: set[int] = set()
    window.evidence_page.background.document_read.connect(read.add)
    qtbot.waitUntil(lambda: {c.id for c in captures.values()} <= read, timeout=90_000)

    viewer = open_viewer(qtbot, window, captures["receipts.pdf"])
    titles = [viewer.tabs.tabText(index) for index in range(viewer.tabs.count())]
    viewer.tabs.setCurrentIndex(titles.index("Text"))
    assert viewer.text_view is not None
    shown = viewer.text_view.toPlainText()
    assert "— page 1 (OCR) —" in shown and "convoy" in shown and "— page 2 (OCR) —\n(no text found)" in shown
    assert viewer.empty_pages_warning is not None and viewer.empty_pages_warning.isVisibleTo(viewer)
    assert "page(s) 2 " in viewer.empty_pages_warning.text()
    viewer.reject()

    viewer = open_viewer(qtbot, window, captures["constitution.pdf"])
    assert viewer.text_view is not None
    assert "— page 1 (text layer) —\nدستور جمهورية العراق لسنة ٢٠٠٥" in viewer.text_view.toPlainText()
    assert viewer.empty_pages_warning is None
    viewer.reject()
