"""Watchlist hits in the main window: the state of the watchlist in the status bar (red when none is held or it
expired), the red banner over every page while a hit waits for a decision (counted when several), its keys, the
side-by-side review with both minutiae sets, and the reason a rejection needs."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit.biometrics.templates import FINGER_ALGORITHM, FingerMinutiae, Minutia, encode_finger
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import Changes, JobContext
from fieldkit.gui.pages.bundles import BundlesPage
from fieldkit.gui.pages.evidence import EvidencePage
from fieldkit.gui.pages.settings import SettingsPage
from fieldkit.gui.theme import colour
from fieldkit.gui.watchlist import HitReview, HitsDialog, ReasonDialog
from fieldkit.models import Capture
from fieldkit.store.identification import TemplateRow
from fieldkit.store.watchlist import EntryRow, WatchlistInfo
from tests.conftest import jpeg_bytes
from tests.gui.steps import add_item, first_run, import_and_analyse, items_with_photos, run_job, select_item

FUTURE = "2099-12-20T00:00:00Z"
PAST = "2020-12-20T00:00:00Z"


def plain(text: str) -> str:
    """Without the left-to-right isolates around references and tags (labels.ltr)."""
    return text.replace("\u2066", "").replace("\u2069", "")


def minutiae(shift: int = 0) -> bytes:
    points = tuple(Minutia(40 + 23 * i % 300, 60 + 37 * i % 380, (i * 47) % 360, i % 3 == 0) for i in range(30))
    moved = tuple(Minutia(m.x + shift, m.y + shift, m.direction, m.bifurcation) for m in points)
    return encode_finger(FingerMinutiae(400, 500, 500, moved))


def entry(ref: str, category: str = "wanted", instructions: str = "detain") -> EntryRow:
    return EntryRow(ref, category, instructions, "seen at the Kobani crossing, 2025",
                    (("finger", FINGER_ALGORITHM, 2, minutiae(5)),))  # fmt: skip


def hold_watchlist(qtbot: QtBot, window: MainWindow, entries: list[EntryRow], expires: str = FUTURE,
                   version: int = 12) -> None:  # fmt: skip
    def job(context: JobContext) -> int:
        info = WatchlistInfo(version, "2026-01-01T00:00:00Z", expires, "ssh-ed25519 AAAAC3 hq", None, "0" * 64,
                             "2026-01-02T00:00:00Z")  # fmt: skip
        return context.need_store().watchlist.replace(info, entries)

    run_job(qtbot, window, job)
    window.executor.announce(Changes.WATCHLIST)
    qtbot.waitUntil(lambda: window.alerts.state is not None and window.alerts.state.version == version, timeout=10_000)


def add_hit(qtbot: QtBot, window: MainWindow, capture: Capture, ref: str, score: float = 87.0) -> int:
    def job(context: JobContext) -> int | None:
        store = context.need_store()
        store.identification.save_templates(capture.id, [TemplateRow(capture.id, "finger", FINGER_ALGORITHM, 2, 0,
                                                                     minutiae())],
                                            status="ok", reason="", version="test")  # fmt: skip
        return store.identification.add_hit(str(uuid.uuid4()), capture.id, ref=ref, category="wanted",
                                            instructions="detain", modality="finger",
                                            finger=2, score=score, watchlist_version=12)  # fmt: skip

    hit_id = run_job(qtbot, window, job)
    assert isinstance(hit_id, int)
    window.executor.announce(Changes.HITS)
    return hit_id


def first_capture(window: MainWindow) -> Capture:
    capture = window.evidence_page.captures.capture_at(0)
    assert capture is not None
    return capture


def test_no_watchlist_then_one_then_expired_in_the_status_bar(qtbot: QtBot, window: MainWindow,
                                                              tmp_path: Path) -> None:  # fmt: skip
    items_with_photos(qtbot, window, tmp_path, count=1)
    label = window.watchlist_label
    qtbot.waitUntil(lambda: label.isVisible() and label.text() != "", timeout=10_000)
    assert label.text() == "No watchlist: hits cannot be flagged"
    assert colour("error") in label.styleSheet()

    hold_watchlist(qtbot, window, [entry("WL-0007"), entry("WL-0008")])
    qtbot.waitUntil(lambda: "v12" in label.text(), timeout=10_000)
    assert plain(label.text()) == "Watchlist v12 — 2 entries — expires 2099-12-20"
    assert colour("ok") in label.styleSheet()

    hold_watchlist(qtbot, window, [entry("WL-0007")], expires=PAST, version=13)
    qtbot.waitUntil(lambda: "v13" in label.text(), timeout=10_000)
    assert plain(label.text()) == "Watchlist v13 expired on 2020-12-20: hits cannot be flagged"
    assert colour("error") in label.styleSheet()
    assert not window.watch_banner.isVisible()

    window.lock()
    assert not label.isVisible()  # nothing of the store shows while locked


def test_a_hit_raises_the_banner_over_every_page_until_decided(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path) -> None:  # fmt: skip
    items_with_photos(qtbot, window, tmp_path, 2, "EV-0040")
    hold_watchlist(qtbot, window, [entry("WL-0007"), entry("WL-0031")])
    banner = window.watch_banner
    assert not banner.isVisible()
    capture = first_capture(window)
    add_hit(qtbot, window, capture, "WL-0007")
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert (
        plain(banner.headline.text())
        == "WATCHLIST HIT — WL-0007 — wanted — Detain the subject if it is safe to do so, and report to HQ at once."
    )
    assert plain(banner.details.text()) == "Capture: EV-0043 (case Op Falcon) · right index · score 87"
    assert banner.y() < window.pages.mapTo(window, window.pages.rect().topLeft()).y()  # above the pages
    assert banner.width() >= window.centralWidget().width() - 2  # the window's whole width
    assert QApplication.activeModalWidget() is None  # nothing took the keyboard away from the operator

    add_hit(qtbot, window, first_capture(window), "WL-0031", score=55)
    # The newest hit is the one the banner names (the person just captured); the older one is counted.
    qtbot.waitUntil(lambda: plain(banner.headline.text()).startswith("2 hits: WATCHLIST HIT — WL-0031"),
                    timeout=10_000)  # fmt: skip

    # Another item, other pages, a language-independent rebuild: the banner stays with its hits.
    select_item(qtbot, window, "EV-0040")
    for kind in (BundlesPage, SettingsPage, EvidencePage):
        window.show_page(kind)
        assert banner.isVisible() and "WL-0031" in banner.headline.text()
    window.rebuild()
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "WL-0031" in banner.headline.text()

    # A lock takes it away with everything decrypted; the unlock brings it back (the hits are still open).
    window.lock()
    assert not banner.isVisible() and window.alerts.model.rowCount() == 0


def test_the_banner_fits_a_small_screen_and_its_buttons_are_big_targets(qtbot: QtBot, window: MainWindow,
                                                                       tmp_path: Path) -> None:  # fmt: skip
    window.resize(1366, 700)
    items_with_photos(qtbot, window, tmp_path, count=1)
    hold_watchlist(qtbot, window, [entry("WL-0007", instructions="collect-and-report")])
    add_hit(qtbot, window, first_capture(window), "WL-0007")
    banner = window.watch_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    for button in (banner.review_button, banner.confirm_button, banner.reject_button):
        assert button.height() >= 44 and button.width() >= 120
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab
    assert banner.height() < 260  # the page below keeps most of a 768-pixel screen
    assert window.statusBar().isVisible()


def test_review_by_keyboard_shows_the_capture_beside_the_candidate(qtbot: QtBot, window: MainWindow,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    first = tmp_path / "print.jpg"
    first.write_bytes(jpeg_bytes(size=(400, 500), seed=3))
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    captures = import_and_analyse(qtbot, window, [first])
    hold_watchlist(qtbot, window, [entry("WL-0007")])
    add_hit(qtbot, window, captures["print.jpg"], "WL-0007")
    qtbot.waitUntil(window.watch_banner.isVisible, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.evidence_page.search.setFocus()
    QTest.keyClicks(window.evidence_page.search, "EV")  # the operator is typing: the banner took nothing away
    assert window.evidence_page.search.text() == "EV"
    QTest.keyClick(
        window.evidence_page.search,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: any(isinstance(w, HitReview) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)  # fmt: skip
    review = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HitReview) and w.isVisible())
    qtbot.waitUntil(lambda: review.result_ is not None, timeout=30_000)
    shown = review.result_
    assert shown is not None and shown.image is not None  # the picture the sandbox made, not the original
    assert shown.capture_minutiae is not None and len(shown.capture_minutiae.minutiae) == 30
    assert shown.candidate_minutiae is not None and shown.candidate_minutiae.minutiae[0].x == 45
    assert plain(review.fields["ref"].text()) == "WL-0007"
    assert review.fields["instructions"].text().startswith("Detain the subject")
    assert review.fields["note"].text() == "seen at the Kobani crossing, 2025"
    assert plain(review.fields["score"].text()) == "87"
    assert review.fields["finger"].text() == "right index"
    assert review.capture_picture.pixmap() is not None and not review.capture_picture.pixmap().isNull()
    assert review.candidate_picture.pixmap() is not None and not review.candidate_picture.pixmap().isNull()
    assert "30 minutiae" in review.capture_note.text() and "30 minutiae" in review.candidate_note.text()
    review.close_button.click()


def test_reject_needs_a_reason(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    items_with_photos(qtbot, window, tmp_path, count=1)
    hold_watchlist(qtbot, window, [entry("WL-0007")])
    add_hit(qtbot, window, first_capture(window), "WL-0007")
    banner = window.watch_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    dialog = window.reject_hit(banner.current)
    assert isinstance(dialog, ReasonDialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.ok.isEnabled()
    dialog.accept()  # nothing said: nothing recorded, the dialog stays
    assert dialog.isVisible()
    dialog.reject()
    assert banner.isVisible() and banner.current is not None and banner.current.hit.decision is None


def cell(dialog: HitsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return plain(item.text())


def add_face_hit(qtbot: QtBot, window: MainWindow, capture: Capture, ref: str, distance: float) -> int:
    def job(context: JobContext) -> int | None:
        return context.need_store().identification.add_hit(
            str(uuid.uuid4()), capture.id, ref=ref, category="IED facilitator", instructions="detain",
            modality="face", finger=0, score=round(1.0 - distance, 4), watchlist_version=12)  # fmt: skip

    hit_id = run_job(qtbot, window, job)
    assert isinstance(hit_id, int)
    window.executor.announce(Changes.HITS)
    return hit_id


def test_several_hits_are_gone_through_and_a_face_is_shown_as_a_face(qtbot: QtBot, window: MainWindow,
                                                                      tmp_path: Path) -> None:  # fmt: skip
    items_with_photos(qtbot, window, tmp_path, count=1)
    hold_watchlist(qtbot, window, [entry("WL-0007"), entry("WL-0031")])
    add_hit(qtbot, window, first_capture(window), "WL-0007")
    add_face_hit(qtbot, window, first_capture(window), "WL-0031", distance=0.38)
    banner = window.watch_banner
    qtbot.waitUntil(lambda: window.alerts.model.rowCount() == 2, timeout=10_000)
    assert banner.current is not None and banner.current.hit.ref == "WL-0031"  # the newest
    review = window.review_hit(window.alerts.model.hit_at(0))
    assert isinstance(review, HitReview)
    assert review.position.text() == "Hit 1 of 2" and not review.previous_button.isEnabled()
    assert review.next_button.isEnabled() and review.found.hit.ref == "WL-0007"
    qtbot.waitUntil(lambda: review.result_ is not None, timeout=30_000)
    review.next_button.click()
    assert review.position.text() == "Hit 2 of 2" and review.found.hit.ref == "WL-0031"
    assert not review.next_button.isEnabled() and review.previous_button.isEnabled()
    # A face: the distance in words, the photo it was found in, and no talk of fingers or of a missing print.
    assert plain(review.fields["score"].text()) == "face distance 0.38 — threshold 0.60, lower is closer"
    assert review.labels["score"].text() == "Face distance" and review.labels["finger"].text() == "Compared"
    assert "score" not in plain(review.capture_facts.text())
    qtbot.waitUntil(lambda: review.result_ is not None and review.result_.hit.ref == "WL-0031", timeout=30_000)
    assert "face templates" in review.candidate_note.text() and "not photos" in review.candidate_note.text()
    assert "fingerprint" not in review.candidate_note.text()
    assert review.capture_picture.pixmap() is not None and not review.capture_picture.pixmap().isNull()
    face = review.found
    review.reject_button.click()  # the reasons offered fit a face
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible())
    assert "core and delta" not in dialog.reason.placeholderText() and "face" in dialog.reason.placeholderText()
    dialog.reason.setText("a different person: older, no scar")
    with qtbot.waitSignal(window.alerts.decided, timeout=10_000):
        dialog.accept()
    assert face.hit.ref == "WL-0031"

    # Decided hits stay in view: File > Watchlist hits… lists them with their reasons.
    hits = window.show_hits()
    assert isinstance(hits, HitsDialog)
    qtbot.waitUntil(lambda: hits.table.rowCount() == 2, timeout=10_000)
    rows = {cell(hits, r, 1): [cell(hits, r, c) for c in range(7)] for r in range(2)}
    assert rows["WL-0031"][0] == "rejected" and rows["WL-0031"][6] == "a different person: older, no scar"
    assert "Sgt Haddad" in rows["WL-0031"][5]
    assert rows["WL-0007"][0] == "open"
    assert hits.summary.text() == "Watchlist hits on this device: 2; waiting for a decision: 1."
    hits.table.selectRow([cell(hits, r, 1) for r in range(2)].index("WL-0031"))
    hits.review_button.click()
    again = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HitReview) and w.isVisible()
                 and w is not review)  # fmt: skip
    assert again.found.hit.ref == "WL-0031" and not again.confirm_button.isEnabled()  # decided: shown, not redone
    again.close_button.click()
    hits.reject()
