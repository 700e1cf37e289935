"""The capture workflow driven through the widgets (pytest-qt, offscreen): first run, new item, import with a
corrupt file, thumbnails, details, lock and unlock, wrong passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldkit.config import TEST_KDF
from fieldkit.core.importer import ImportSummary
from fieldkit.gui.dialogs import UnlockDialog, passphrase_strength
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.camera import CameraPage
from fieldkit.gui.tasks import StoreExecutor
from tests.conftest import jpeg_bytes
from tests.gui.steps import PASS, add_item, first_run, unlock


def test_capture_workflow(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first_run(qtbot, window)
    assert "UNLOCKED" in window.state_label.text()

    dialog = window.evidence_page.new_item()
    assert dialog is not None
    dialog.case.setCurrentText("Op Falcon")
    dialog.tag.setText("EV-0042")
    dialog.category.buttons["phone"].click()
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
        dialog.accept()
    assert window.evidence_page.items.rowCount() == 1 and window.evidence_page.current_item() is not None
    assert window.evidence_page.heading.text() == "Op Falcon / EV-0042"

    src = tmp_path / "card"
    src.mkdir()
    for i in range(3):
        (src / f"IMG_{i}.JPG").write_bytes(jpeg_bytes(size=(320, 240), seed=i))
    (src / "BROKEN.JPG").write_bytes(jpeg_bytes(seed=9)[:3000])
    with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000) as blocker:
        window.evidence_page.import_paths([src])
    summary = blocker.args[0]
    assert isinstance(summary, ImportSummary)
    assert summary.stored == 4 and summary.failed == 0  # the truncated photo is kept too: analysis says it is damaged
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: window.evidence_page.captures.thumbnails_loaded == 4, timeout=20_000)
    qtbot.waitUntil(lambda: "Not yet bundled: 4" in window.unbundled_label.text(), timeout=10_000)

    card = window.evidence_page.card
    assert card.categories.category() == "phone"
    card.description.setPlainText("Nokia 105, cracked screen")
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
        window.evidence_page.save_details()
    assert window.evidence_page.current_item().description == "Nokia 105, cracked screen"  # type: ignore[union-attr]
    assert card.markers["description"].text() == "Saved ✓"
    qtbot.waitUntil(lambda: window.evidence_page.custody.rowCount() >= 4, timeout=10_000)
    assert "intact" in window.evidence_page.custody_status.text()

    # Lock: everything decrypted is dropped; a wrong passphrase is refused plainly; the right one reopens.
    with qtbot.waitSignal(window.locked):
        unlock_dialog = window.lock()
    assert window.evidence_page.items.rowCount() == 0 and window.evidence_page.captures.rowCount() == 0
    assert window.evidence_page.captures.thumbnails_loaded == 0 and "LOCKED" in window.state_label.text()
    assert isinstance(unlock_dialog, UnlockDialog)
    unlock(qtbot, window, unlock_dialog, "wrong passphrase!")
    qtbot.waitUntil(lambda: "Wrong passphrase" in unlock_dialog.error.text(), timeout=10_000)
    assert not window.is_unlocked
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
        unlock(qtbot, window, unlock_dialog, PASS)
    assert window.is_unlocked and window.evidence_page.items.rowCount() == 1  # type: ignore[unreachable]


def test_keyboard_shortcuts_and_auto_lock(qtbot: QtBot, tmp_path: Path) -> None:
    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(window)
    window.show()
    try:
        first_run(qtbot, window)
        assert window.lock_action.shortcut().toString() == "Ctrl+L"
        assert window.new_item_action.shortcut().toString() == "Ctrl+N"
        assert window.import_action.shortcut().toString() == "Ctrl+I"
        assert window.next_action.shortcut().toString() == "Ctrl+J"
        window.auto_lock.setInterval(300)  # shortened only now, so it cannot fire during the first run
        with qtbot.waitSignal(window.locked, timeout=5_000):
            window.auto_lock.start()
        assert not window.is_unlocked
    finally:
        executor.shutdown()


def test_passphrase_strength_feedback() -> None:
    assert passphrase_strength("short")[1] == "too short"
    assert passphrase_strength("longer passphrase")[0] > passphrase_strength("abcdefgh")[0]


def test_arabic_lays_the_window_out_right_to_left(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from fieldkit.gui.i18n import install_translations

    app = QApplication.instance()
    try:
        install_translations(app, "ar")  # type: ignore[arg-type]
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[union-attr]
    finally:
        install_translations(app, "en")  # type: ignore[arg-type]
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight  # type: ignore[union-attr]


def test_french_and_arabic_translations_are_shipped_and_used(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from fieldkit.gui.i18n import RESOURCES, install_translations

    for code in ("fr", "ar"):
        assert (RESOURCES / "translations" / f"fieldkit_{code}.qm").stat().st_size > 1000
    app = QApplication.instance()
    executor = StoreExecutor()
    try:
        install_translations(app, "fr")  # type: ignore[arg-type]
        window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
        qtbot.addWidget(window)
        tabs = window.pages
        assert tabs.tabText(tabs.indexOf(window.bundles_page)) == "Lots"
        assert tabs.tabText(tabs.indexOf(window.settings_page)) == "Réglages"
        assert window.evidence_page.tabs.tabText(0) == "Saisies"  # a page's own texts follow it out of the window
        install_translations(app, "ar")  # type: ignore[arg-type]
        window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
        qtbot.addWidget(window)
        assert window.pages.tabText(window.pages.indexOf(window.settings_page)) == "الإعدادات"
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        for translator in app.findChildren(__import__("PySide6.QtCore", fromlist=["QTranslator"]).QTranslator):  # type: ignore[union-attr]
            app.removeTranslator(translator)  # type: ignore[union-attr]
        install_translations(app, "en")  # type: ignore[arg-type]
        executor.shutdown()


def test_viewer_shows_the_photo_and_its_metadata(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from fractions import Fraction

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-9")
    photo = tmp_path / "gps.jpg"
    gps = {1: "N", 2: (Fraction(34), Fraction(33), Fraction(19)), 3: "E", 4: (Fraction(69), Fraction(12), Fraction(27))}
    photo.write_bytes(jpeg_bytes(size=(640, 480), exif={0x010F: "Canon"}, gps=gps))
    with qtbot.waitSignal(window.evidence_page.background.analysed, timeout=30_000):  # EXIF and GPS come from it
        window.evidence_page.import_paths([photo])
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 1, timeout=10_000)
    viewer = window.evidence_page.show_capture(window.evidence_page.captures.capture_at(0))
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.pixmap_item is not None, timeout=10_000)
    assert viewer.pixmap_item.pixmap().width() == 640  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: viewer.shown is not None, timeout=10_000)  # the details of analysis are read
    text = viewer.details_text()
    assert "SHA-256:" in text and "Canon" in text and "MGRS: 42S" in text
    viewer.view.scale_by(2.0)
    assert viewer.view.zoom > 1
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not viewer.isVisible() and viewer.pixmap_item is None


def test_sites_with_mgrs_and_search_by_site(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-5")
    card = window.evidence_page.card
    card.coordinates.setText("north, east")
    assert "decimal degrees" in card.coordinates_check.text() and not card.use_button.isEnabled()
    card.coordinates.setText("34.5553, 69.2075")
    assert "MGRS 42S" in card.coordinates_check.text()
    with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
        card.use_button.click()
    assert card.site.count() == 2 and "MGRS 42S" in card.site_position.text()
    item = window.evidence_page.current_item()
    assert item is not None and item.site_id is not None
    window.evidence_page.search.setText("42s")
    assert window.evidence_page.proxy.rowCount() == 1
    window.evidence_page.search.setText("no such site")
    assert window.evidence_page.proxy.rowCount() == 0


def test_new_item_reads_its_tag_from_a_photo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import zxingcpp

    from tests.samples import barcode_photo

    first_run(qtbot, window)
    photo = tmp_path / "tag.jpg"
    photo.write_bytes(barcode_photo("EV-7777", zxingcpp.BarcodeFormat.Code128))
    dialog = window.evidence_page.new_item()
    assert dialog is not None
    dialog.read_tag(photo)
    qtbot.waitUntil(lambda: dialog.tag.text() == "EV-7777", timeout=10_000)
    dialog.reject()


def test_background_ocr_makes_documents_searchable(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import io

    from fieldkit.core import ocr
    from tests.samples import DEJAVU, page

    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    first_run(qtbot, window)
    for tag in ("EV-1", "EV-2"):
        add_item(qtbot, window, "Op Falcon", tag)
    pdf = io.BytesIO()
    page(["Fuel receipts for the convoy"], DEJAVU, 60).save(pdf, "PDF", resolution=150)
    (tmp_path / "receipts.pdf").write_bytes(pdf.getvalue())
    assert window.evidence_page.current_item().tag == "EV-2"  # type: ignore[union-attr]
    with qtbot.waitSignal(window.evidence_page.background.idle, timeout=60_000):
        window.evidence_page.import_paths([tmp_path / "receipts.pdf"])
    # The PDF's first page:
    qtbot.waitUntil(lambda: window.evidence_page.captures.thumbnails_loaded == 1, timeout=10_000)
    with qtbot.waitSignal(window.evidence_page.search_done, timeout=10_000) as found:
        window.evidence_page.search.setText("convoy")
    assert found.args[0] and window.evidence_page.proxy.rowCount() == 1
    assert window.evidence_page.proxy.index(0, 0).data().startswith("EV-2")


def test_camera_page_without_a_camera_and_with_injected_frames(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QImage

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-CAM")
    page = window.show_page(CameraPage)  # the Camera tab builds its page on first use
    if page.camera_box.count() == 0:  # the real no-camera state (no camera on a test machine)
        assert "No camera found" in page.state.text() and not page.capture_button.isEnabled()
    frame = QImage(641, 480, QImage.Format.Format_RGB32)  # odd width: padded scan lines
    frame.fill(QColor(200, 40, 40))
    with qtbot.waitSignal(page.stored, timeout=10_000) as stored:
        page.store_frame(frame)
    capture_id, new = stored.args[0]
    assert new
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 1, timeout=10_000)
    capture = window.evidence_page.captures.capture_at(0)
    assert capture is not None and capture.id == capture_id and capture.kind == "photo"
    assert capture.metadata["width"] == 641 and capture.source.startswith("camera:")


def test_a_mounted_camera_card_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    media = tmp_path / "media"
    card = media / "op" / "EOS_DIGITAL" / "DCIM" / "100CANON"
    card.mkdir(parents=True)
    for i in range(3):
        (card / f"IMG_{i}.JPG").write_bytes(jpeg_bytes(size=(320, 240), seed=40 + i))
    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF, card_roots=[media])
    qtbot.addWidget(window)
    window.show()
    try:
        first_run(qtbot, window)
        add_item(qtbot, window, "Op", "EV-CARD")
        evidence = window.evidence_page
        with qtbot.waitSignal(evidence.card_found, timeout=10_000) as offered:
            evidence.look_for_cards()
        assert len(offered.args[0].fresh) == 3 and evidence.card_banner.isVisibleTo(window)
        assert "EOS_DIGITAL" in evidence.card_label.text()
        # The banner's button opens the Import dialog with the card as its source, bound to the item.
        dialog = evidence.import_card()
        assert dialog is not None and "EV-CARD" in dialog.windowTitle()
        assert not evidence.card_banner.isVisibleTo(window)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3 and dialog.import_button.isEnabled(), timeout=10_000)
        with qtbot.waitSignal(evidence.import_finished, timeout=20_000):
            dialog.start_import()
        qtbot.waitUntil(lambda: evidence.captures.rowCount() == 3, timeout=10_000)
    finally:
        executor.shutdown()
