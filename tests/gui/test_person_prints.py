"""Prints of a person item in the window (issue 17): the item card's Prints takes that item as the subject (its
subject record made on it, custody-logged, never a second S-0001 item); the New subject dialog offers the person
item's tag; a print file that does not give its resolution is kept and the resolution asked for at once (500 ppi
offered, nothing set until the operator confirms), then scored and searched; Set resolution… does the same for a
print already held; the subject chosen comes back after a lock."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from fieldkit.gui.details import _fingerprint as fingerprint_sections
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.fingerprints import FingerprintsPage
from fieldkit.gui.pages.fingerprints.widgets import ResolutionDialog
from tests import prints_kit
from tests.gui.steps import PASS, add_item, custody, first_run, open_viewer, run_job, unlock

MATE, _OTHER = prints_kit.fingers()


def without_resolution(data: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "PNG")  # no pHYs: the file does not say its resolution
    return out.getvalue()


def person_item(qtbot: QtBot, window: MainWindow, tag: str = "EV-0003") -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", tag)
    card = window.evidence_page.card
    card.categories.buttons["person"].click()
    card.flush()
    qtbot.waitUntil(lambda: (item := window.evidence_page.current_item()) is not None and item.category == "person",
                    timeout=10_000)  # fmt: skip


def test_prints_on_a_person_item_take_that_item_as_the_subject(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    person_item(qtbot, window)
    window.evidence_page.card.prints_button.click()
    page = window.page(FingerprintsPage)
    assert page is not None and window.pages.currentWidget() is not window.evidence_page
    tenprint = page.tenprint
    qtbot.waitUntil(lambda: tenprint.subject is not None and tenprint.subject.reference == "EV-0003", timeout=10_000)
    assert "EV-0003" in tenprint.banner.text.text() and tenprint.file_button.isEnabled()
    (made,) = custody(qtbot, window, "subject.created")
    assert made.details["implicit"] is True and made.details["reference"] == "EV-0003"
    items = run_job(qtbot, window, lambda context: [i.tag for i in context.need_store().items()])
    assert items == ["EV-0003"]  # one record for the person: no S-0001 beside it

    # A print file with no resolution: kept, and the resolution asked for now (500 offered, not yet set).
    path = tmp_path / "index.png"
    path.write_bytes(without_resolution(MATE.impressions[1]))
    analysed: list[int] = []
    window.evidence_page.background.analysed.connect(analysed.append)
    tenprint.select(2)
    tenprint.add_file(path)
    qtbot.waitUntil(lambda: isinstance(tenprint.last_resolution_dialog, ResolutionDialog), timeout=60_000)
    qtbot.waitUntil(lambda: tenprint.boxes[2].record is not None, timeout=10_000)
    record = tenprint.boxes[2].record
    assert record is not None
    # Analysed at once though it was stored from another page: its tile does not stay "ANALYSING…".
    qtbot.waitUntil(lambda: record.capture.id in analysed, timeout=60_000)
    rows = dict(section for section in fingerprint_sections(record.capture))["Fingerprint"]
    assert dict(rows)["Impression type"] == "3 — non-live-scan rolled"
    assert dict(rows)["Finger position"] == "2 — right index" and "fieldkit" not in dict(rows)["Resolution"]
    dialog = tenprint.last_resolution_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ppi.value() == 500 and dialog.finger.currentData() == 2
    assert "fieldkit" not in tenprint.state.text() and "Set resolution" in tenprint.state.text()
    qtbot.waitUntil(lambda: tenprint.boxes[2].quality.text() == "Resolution unknown", timeout=10_000)
    assert custody(qtbot, window, "fingerprint.ppi_set") == []  # never assumed
    dialog.reject()  # not now: it stays unknown; Set resolution… asks again
    assert tenprint.resolution_button.isEnabled()
    again = tenprint.set_resolution()
    assert again is not None
    again.reason.setText("scanner set to 500 ppi")
    with qtbot.waitSignal(tenprint.changed, timeout=120_000):
        again.accept()
    qtbot.waitUntil(lambda: "NFIQ 2:" in tenprint.boxes[2].quality.text(), timeout=10_000)
    assert "resolution 500 ppi" in tenprint.state.text() and "watchlist" in tenprint.state.text()
    (stated,) = custody(qtbot, window, "fingerprint.ppi_set")
    assert stated.details["ppi"] == 500 and stated.details["reason"] == "scanner set to 500 ppi"
    templates = custody(qtbot, window, "capture.templates")
    assert templates and templates[-1].details["status"] == "ok"  # templated once its resolution was given

    # The viewer offers the same for the print it shows (500 ppi stated now, the finger as filed).
    window.show_page(EvidencePage)
    qtbot.waitUntil(lambda: window.evidence_page.captures.rowCount() == 1, timeout=10_000)
    shown = window.evidence_page.captures.capture_at(0)
    assert shown is not None
    viewer = open_viewer(qtbot, window, shown)
    assert viewer.resolution_button.isVisible()
    asked = viewer.set_resolution()
    assert isinstance(asked, ResolutionDialog) and asked.ppi.value() == 500 and asked.finger.currentData() == 2
    asked.reject()
    viewer.close()
    window.show_page(FingerprintsPage)

    # Lock and unlock: the Fingerprints page comes back on the same subject.
    with qtbot.waitSignal(window.restored, timeout=10_000):
        window.lock()
        unlock(qtbot, window, window.lock_screen, PASS)
    qtbot.waitUntil(lambda: tenprint.subject is not None and tenprint.subject.reference == "EV-0003", timeout=10_000)
    assert window.pages.currentWidget() is not window.evidence_page
    qtbot.waitUntil(lambda: "NFIQ 2:" in tenprint.boxes[2].quality.text(), timeout=10_000)


def test_the_new_subject_dialog_offers_the_person_items_tag_and_fits(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    page = window.show_page(FingerprintsPage).tenprint
    add_item(qtbot, window, "Op Falcon", "EV-0007")  # not a person: nothing offered
    dialog = page.new_subject()
    assert dialog is not None and dialog.reference.text() == ""
    assert dialog.width() >= 560 and dialog.nationality.width() >= 320  # the hints are read whole
    metrics = dialog.nationality.fontMetrics()
    assert metrics.horizontalAdvance(dialog.nationality.placeholderText()) < dialog.nationality.width() - 8
    dialog.reject()
