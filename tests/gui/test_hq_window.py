"""The HQ window (`fieldkit gui --hq [DIR]`): its own window on an HQ folder, without the device's chrome; a bundle
that fails verification shows the quarantine panel instead of its content (no previews) and cannot be ingested; a
verified bundle shows its captures and is ingested."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QTabWidget, QToolBar
from pytestqt.qtbot import QtBot

from fieldkit.bundle import custody as chain
from fieldkit.bundle import format, sshsig
from fieldkit.bundle.custody import GENESIS_HASH
from fieldkit.bundle.manifest import CaptureAnalysis, CaptureRecord, CaseRef, ItemRecord
from fieldkit.bundle.verify import Report
from fieldkit.cli import app as cli
from fieldkit.gui import hqwindow
from fieldkit.gui.hqwindow import HqWindow
from fieldkit.gui.i18n import install_translations
from fieldkit.gui.pages.base import green
from fieldkit.gui.pages.verify import VerifyPage
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import apply_theme, colour
from fieldkit.hq.ingest import Index, IngestResult
from fieldkit.hq.trust import HQ
from fieldkit.launcher import QtWindow
from fieldkit.models import CaptureKind, CustodyEvent
from tests.bundle_kit import Draft, add_amendments, amendment, custody_log, pack, seal
from tests.conftest import jpeg_bytes

DEVICE = "d0000000-0000-4000-8000-0000000000aa"


# The window remembers its folder in a file of each test (tests/gui/conftest.py), never the user's settings.
pytestmark = pytest.mark.usefixtures("hq_private_settings")


@pytest.fixture
def executor() -> Iterator[StoreExecutor]:
    made = StoreExecutor()
    yield made
    made.shutdown()


@pytest.fixture
def window(qtbot: QtBot, executor: StoreExecutor, hq: HQ) -> HqWindow:
    made = HqWindow(executor, hq.folder)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(made.status_page.refreshed, timeout=30_000):  # its first read of the index, done
        assert made.start() is None
    return made


def draft_with_photo(key: Ed25519PrivateKey) -> Draft:
    """A bundle of one item with one real JPEG (so the verifier makes a preview of it), as a device writes it."""
    photo = jpeg_bytes(size=(320, 240), seed=3)
    item = ItemRecord(
        uuid="22222222-2222-4222-8222-222222222222", tag="EV-0043", category="document", description="",
        notes="", recovered_at=None, created_at="2026-11-25T09:00:00.000000Z",
        updated_at="2026-11-25T09:00:00.000000Z",
        case=CaseRef(uuid="33333333-3333-4333-8333-333333333333", name="Op Falcon", reference=""), site=None,
    )  # fmt: skip
    capture = CaptureRecord(
        id=1, uuid="11111111-1111-4111-8111-111111111111", item_id=1, case_name="Op Falcon", item_tag="EV-0043",
        kind="photo", media_type="image/jpeg", original_name="IMG_0001.jpg", sha256=hashlib.sha256(photo).hexdigest(),
        size=len(photo), captured_at=None, imported_at="2026-11-25T09:30:00.000000Z", operator="alice",
        source="files", metadata={}, item=item.uuid, payload="data/captures/11111111-1111-4111-8111-111111111111.jpg",
        ocr=(), page_view=None,
    )  # fmt: skip
    payload = {
        capture.payload: photo,  # first: its preview is made before anything after it is checked
        capture.path: format.canonical_json(capture.to_json()),
        item.path: format.canonical_json(item.to_json()),
        "data/custody.jsonld": json.dumps({"@context": {}, "@graph": []}).encode(),
    }
    return Draft(device_id=DEVICE, key=key, payload=payload)


def enrolled_key(hq: HQ) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    return key


def write(path: Path, plain: bytes, hq: HQ) -> Path:
    path.write_bytes(seal(plain, hq.recipients()))
    return path


def verify(qtbot: QtBot, page: VerifyPage, bundle: Path) -> Report:
    with qtbot.waitSignal(page.verified, timeout=30_000) as verified:
        page.open_bundle(bundle)
    report = verified.args[0]
    assert isinstance(report, Report)
    return report


def test_the_hq_window_has_no_device_chrome(window: HqWindow, hq: HQ) -> None:
    assert window.windowTitle() == f"fieldkit HQ — \u2066{hq.folder}\u2069"
    assert window.findChildren(QToolBar) == []
    tabs = window.findChild(QTabWidget)
    assert tabs is window.pages
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Verify and ingest", "HQ status"]
    for device_page in ("Evidence", "Camera", "Scanner", "Fingerprints", "Bundles", "Outbox", "Settings"):
        assert not any(device_page in title for title in titles)
    assert window.verify_page.hq_folder == hq.folder and not window.verify_page.folder_row.isVisibleTo(window)
    assert not window.verify_page.ingest_button.isEnabled()


def test_a_changed_bundle_is_quarantined_without_showing_its_content(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                                     tmp_path: Path) -> None:  # fmt: skip
    draft = draft_with_photo(enrolled_key(hq))
    signed = draft.tag_files()
    custody = draft.payload["data/custody.jsonld"]
    draft.payload["data/custody.jsonld"] = custody.replace(b"graph", b"GRAPH")  # changed after signing, same size
    bundle = write(tmp_path / "changed.fkb", pack(draft, tag_files=signed), hq)
    page = window.verify_page

    report = verify(qtbot, page, bundle)

    assert not report.ok and report.reason == "payload-hash"
    assert report.thumbnails == {}  # the photo came before the changed file; its preview was dropped
    assert page.is_quarantined and page.quarantine.isVisibleTo(window) and not page.details.isVisibleTo(window)
    assert page.verdict.text().startswith("REJECTED")
    assert "do not match what the device signed" in page.quarantine.why.text()  # fieldkit/hq/advice.py
    assert "revoke it" in page.quarantine.what.text()  # signed by the device: the device is in question
    assert page.items.count() == 0 and page.custody.count() == 0 and page.analyses.rowCount() == 0
    assert not page.ingest_button.isEnabled()
    assert "cannot be ingested" in page.ingest_button.toolTip()
    assert not page.progress.isVisibleTo(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720  # fits a field laptop with the panel shown


def test_an_unknown_device_and_a_flipped_byte_are_quarantined(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                             tmp_path: Path) -> None:  # fmt: skip
    page = window.verify_page
    stranger = write(tmp_path / "stranger.fkb", pack(draft_with_photo(Ed25519PrivateKey.generate())), hq)
    report = verify(qtbot, page, stranger)
    assert report.reason == "unknown-signer" and page.is_quarantined
    assert "not enrolled" in page.quarantine.why.text() and "enrol it (" in page.quarantine.what.text()
    assert not page.ingest_button.isEnabled()

    good = write(tmp_path / "good.fkb", pack(draft_with_photo(enrolled_key(hq))), hq)
    data = bytearray(good.read_bytes())
    data[-10] ^= 1
    flipped = tmp_path / "flipped.fkb"
    flipped.write_bytes(bytes(data))
    report = verify(qtbot, page, flipped)
    assert not report.ok
    assert page.is_quarantined
    assert page.items.count() == 0
    assert not page.ingest_button.isEnabled()


def test_a_verified_bundle_shows_its_captures_and_is_ingested(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                              tmp_path: Path) -> None:  # fmt: skip
    bundle = write(tmp_path / "good.fkb", pack(draft_with_photo(enrolled_key(hq))), hq)
    page = window.verify_page

    with qtbot.waitSignal(page.verified, timeout=30_000) as verified:
        page.open_bundle(bundle)
        assert page.progress.isVisibleTo(window) and page.progress.maximum() == 0  # busy, with the step named
        assert page.step.text().startswith("Checking")
    report = verified.args[0]
    assert report.ok and len(report.thumbnails) == 1
    assert not page.is_quarantined and page.verdict.text().startswith("VALID")
    assert page.items.count() == 1 and not page.items.item(0).icon().isNull()  # the photo's preview
    assert "EV-0043" in page.items.item(0).text()
    assert page.ingest_button.isEnabled() and not page.progress.isVisibleTo(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720

    with qtbot.waitSignal(page.ingested, timeout=30_000) as ingested:
        page.ingest_button.click()
    result = ingested.args[0]
    assert isinstance(result, IngestResult) and result.outcome == "ingested"
    assert len(list((hq.folder / "archive").rglob("*.fkb"))) == 1
    assert not page.ingest_button.isEnabled()  # once is enough


def folder_of(window: HqWindow) -> Path | None:
    """The window's folder, read afresh (a signal emitted in between changes it)."""
    return window.folder


def test_the_folder_is_remembered_and_asked_for_when_there_is_none(qtbot: QtBot, executor: StoreExecutor, hq: HQ,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    first = HqWindow(executor)
    qtbot.addWidget(first)
    first.show()
    dialog = first.start()  # nothing given, nothing used before: it asks, and says what the folder is for
    assert isinstance(dialog, QFileDialog) and "HQ's key" in dialog.windowTitle()
    assert first.windowTitle() == "fieldkit HQ" and "No HQ folder" in first.folder_label.text()
    dialog.fileSelected.emit(str(tmp_path))  # not an HQ folder: said so, nothing changes
    assert folder_of(first) is None and first.message_box is not None
    assert "is not an HQ folder" in first.message_box.text()
    first.message_box.close()
    dialog.fileSelected.emit(str(hq.folder))
    assert folder_of(first) == hq.folder and str(hq.folder) in first.windowTitle()

    second = HqWindow(executor)  # next time: the folder used last
    qtbot.addWidget(second)
    assert second.start() is None and second.verify_page.hq_folder == hq.folder


def test_fieldkit_gui_hq_opens_the_hq_window(qtbot: QtBot, hq: HQ, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             app_state: QApplication) -> None:  # fmt: skip
    """app_state: the launcher applies the saved look (theme, text size); this test's own settings, put back after."""
    seen: list[tuple[str, Path | None, int]] = []

    def exec_() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, HqWindow) and w.isVisible()]
        for shown in windows:
            seen.append((shown.windowTitle(), shown.folder, len(shown.findChildren(QToolBar))))
            shown.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put it back afterwards
    store = tmp_path / "no-store-here"
    assert cli.main(["--store", str(store), "gui", "--language", "en", "--hq", str(hq.folder)], window=QtWindow()) == 0
    assert seen == [(f"fieldkit HQ — \u2066{hq.folder}\u2069", hq.folder, 0)]
    assert cli.main(["--store", str(store), "gui", "--language", "en", "--hq"], window=QtWindow()) == 0
    assert seen[1][1] == hq.folder  # no DIR: the folder used last
    assert not store.exists()  # no device store was made or asked for


def changed_bundle(hq: HQ, path: Path) -> Path:
    """A bundle of an enrolled device whose custody file was changed after signing (same size)."""
    draft = draft_with_photo(enrolled_key(hq))
    signed = draft.tag_files()
    draft.payload["data/custody.jsonld"] = draft.payload["data/custody.jsonld"].replace(b"graph", b"GRAPH")
    return write(path, pack(draft, tag_files=signed), hq)


def test_a_refused_bundle_is_kept_in_quarantine_once_and_the_panel_says_where(
    qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path
) -> None:
    bundle = changed_bundle(hq, tmp_path / "changed.fkb")
    page = window.verify_page

    verify(qtbot, page, bundle)

    held = sorted((hq.folder / "quarantine").glob("*.fkb"))
    assert len(held) == 1 and held[0].read_bytes() == bundle.read_bytes()  # the file as it came, to keep
    note = json.loads(held[0].with_suffix(".json").read_text())
    assert note["reason"] == "payload-hash" and note["source"] == str(bundle)
    with Index(hq) as index:
        (listed,) = index.status()["quarantined"]  # what `fieldkit hq status` prints
    assert listed["path"] == str(held[0]) and listed["reason"] == "payload-hash"
    assert "kept in HQ's quarantine" in page.quarantine.held.text() and str(held[0]) in page.quarantine.held.text()
    assert page.quarantine.held.isVisibleTo(window)

    verify(qtbot, page, bundle)  # opened again: the same file is not copied twice
    assert sorted((hq.folder / "quarantine").glob("*.fkb")) == held
    with Index(hq) as index:
        assert len(index.status()["quarantined"]) == 1
    assert "already in HQ's quarantine" in page.quarantine.held.text() and str(held[0]) in page.quarantine.held.text()


def test_a_refused_bundles_report_holds_the_refusal_and_nothing_of_its_content(
    qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path
) -> None:
    bundle = changed_bundle(hq, tmp_path / "changed<b>.fkb")  # even its name is escaped
    page = window.verify_page
    report = verify(qtbot, page, bundle)
    assert report.items and report.captures  # the verifier read them before it found the change...

    saved = page.save_report(tmp_path / "report.html")

    assert saved is not None
    text = saved.read_text(encoding="utf-8")
    assert "QUARANTINED — do not use: unverified content is not reproduced here" in text
    assert "do not match what the device signed" in text and "revoke it" in text
    assert "payload-hash" in text and "<td>FAIL</td>" in text  # the checks that ran
    assert "changed&lt;b&gt;.fkb" in text and "changed<b>" not in text
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() in text
    assert f"{bundle.stat().st_size:,}".replace(",", "\u202f") in text
    assert str(hq.folder) in text and socket.gethostname() in text and " UTC" in text
    (held,) = (hq.folder / "quarantine").glob("*.fkb")
    assert str(held) in text
    capture = next(iter(report.captures.values()))
    item = next(iter(report.items.values()))
    for unverified in ("EV-0043", "Op Falcon", "IMG_0001", capture.sha256, capture.uuid, item.uuid, "alice",
                       "2026-11-25", "Task Force", "<img"):  # fmt: skip
        assert unverified not in text, unverified  # ...and the report shows none of it
    # The device is named only by the checks that ran (the signer check verified it against the enrolled key).
    assert text.count(DEVICE) == sum(check.detail.count(DEVICE) for check in report.checks)


def test_the_report_is_saved_in_the_windows_language(qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path,
                                                     app_state: QApplication) -> None:  # fmt: skip
    """Arabic in the window: the saved report is Arabic, right to left, its hash isolated left to right."""
    install_translations(app_state, "ar")
    bundle = changed_bundle(hq, tmp_path / "changed.fkb")
    page = window.verify_page
    verify(qtbot, page, bundle)

    saved = page.save_report(tmp_path / "report.html")

    assert saved is not None
    text = saved.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in text and "<h2>السبب</h2>" in text and "Why" not in text
    assert f'<bdi dir="ltr"><code>{hashlib.sha256(bundle.read_bytes()).hexdigest()}</code></bdi>' in text
    install_translations(app_state, "en")
    assert '<html lang="en" dir="ltr">' in cast(Path, page.save_report(tmp_path / "r.html")).read_text("utf-8")


def test_a_bundle_already_ingested_says_so_and_offers_no_ingest(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                               tmp_path: Path) -> None:  # fmt: skip
    bundle = write(tmp_path / "good.fkb", pack(draft_with_photo(enrolled_key(hq))), hq)
    with Index(hq) as index:
        assert index.ingest(bundle).outcome == "ingested"
    page = window.verify_page
    copy = tmp_path / "copy-from-another-usb-stick.fkb"
    copy.write_bytes(bundle.read_bytes())

    report = verify(qtbot, page, copy)

    assert report.ok and page.verdict.text().startswith("VALID")
    assert page.ingest_result.text().startswith("Already ingested on \u20662")
    assert page.ingest_result.text().endswith(" UTC\u2069")
    assert not page.ingest_button.isEnabled()
    assert "already archived this bundle" in page.ingest_button.toolTip()
    assert not list((hq.folder / "quarantine").glob("*.fkb"))  # a verified bundle is not quarantined


def test_the_banner_counts_what_is_there_and_every_capture_has_a_tile_with_its_badge(
    qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path
) -> None:
    draft = draft_with_photo(enrolled_key(hq))
    photo_path = next(name for name in draft.payload if name.startswith("data/records/captures/"))
    photo = CaptureRecord.from_json(json.loads(draft.payload[photo_path]))
    ok = CaptureAnalysis(status="ok", reason="")
    extra = [
        ("notes.txt", "document", "text/plain", b"seen at 10:00\n", ok),
        ("blob.bin", "file", "application/octet-stream", bytes(range(256)), ok),
        (
            "IMG_0013.JPG",
            "photo",
            "image/jpeg",
            b"\xff\xd8\xff\xe0 cut short",
            CaptureAnalysis(status="ok", reason="", damaged="the JPEG is truncated: its image data has no end"),
        ),
    ]
    for number, (name, kind, media_type, data, analysis) in enumerate(extra, start=2):
        uuid = f"11111111-1111-4111-8111-{number:012d}"
        record = dataclasses.replace(
            photo,
            id=number,
            uuid=uuid,
            kind=cast(CaptureKind, kind),
            media_type=media_type,
            original_name=name,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            payload=f"data/captures/{uuid}{Path(name).suffix.lower()}",
            analysis=analysis,
        )
        draft.payload[record.payload] = data
        draft.payload[record.path] = format.canonical_json(record.to_json())
    details = {"reason": "check the time written on it"}
    at, subject = "2026-11-25T09:00:00.000000Z", "capture:11111111-1111-4111-8111-000000000002"
    digest = chain.entry_hash(1, at, "alice", "capture.flagged", subject, chain.canonical_json(details), GENESIS_HASH)
    flag = CustodyEvent(1, at, "alice", "capture.flagged", subject, details, GENESIS_HASH, digest)
    draft.payload["data/custody.jsonld"], draft.custody = custody_log(draft.device_id, [flag])
    bundle = write(tmp_path / "mixed.fkb", pack(draft), hq)
    page = window.verify_page

    report = verify(qtbot, page, bundle)

    assert report.ok
    assert (
        page.verdict.text()
        == "VALID: authentic, complete and unaltered — but 1 capture damaged, 2 captures flagged (Analysis tab)"
    )
    assert page.details.currentWidget() is page.analysis_tab  # where the counts are, not another tab
    assert page.analysis_summary.text() == ("4 captures: 1 capture damaged, 2 captures flagged. Their originals are in "
                                            "the bundle.")  # fmt: skip
    tiles = {page.items.item(i).text().split("\n")[1]: page.items.item(i) for i in range(page.items.count())}
    assert set(tiles) == {"IMG_0001.jpg", "notes.txt", "blob.bin", "IMG_0013.JPG"}
    for tile in tiles.values():  # each its own tile, as large as a preview (not labels crammed together)
        assert not tile.icon().isNull()
        assert tile.icon().availableSizes()[0].width() >= 160
    badges = {name: tile.data(Qt.ItemDataRole.UserRole) for name, tile in tiles.items()}
    assert badges == {"IMG_0001.jpg": None, "notes.txt": "flagged", "blob.bin": "flagged", "IMG_0013.JPG": "damaged"}
    assert "check the time written on it" in tiles["notes.txt"].toolTip()
    assert "truncated" in tiles["IMG_0013.JPG"].toolTip()
    states = {
        page.analyses.index(r, 1).data(): page.analyses.index(r, 3).data() for r in range(page.analyses.rowCount())
    }
    assert states == {
        "IMG_0001.jpg": "not recorded",  # a record without analysis (an older device)
        "notes.txt": "FLAGGED for review",
        "blob.bin": "UNKNOWN TYPE, kept and flagged",
        "IMG_0013.JPG": "DAMAGED",
    }


def test_a_bundle_of_amendments_shows_them_named_after_what_hq_already_holds(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                                             tmp_path: Path) -> None:  # fmt: skip
    key = enrolled_key(hq)
    first = draft_with_photo(key)
    tag_files = first.tag_files()
    bundle = write(tmp_path / "one.fkb", pack(first, tag_files=tag_files), hq)
    page = window.verify_page
    assert verify(qtbot, page, bundle).ok
    assert not page.details.isTabVisible(page.amendments_tab)  # no amendments: no tab
    with qtbot.waitSignal(page.ingested, timeout=30_000):
        page.ingest_button.click()

    later = Draft(device_id=DEVICE, key=key, sequence=2,
                  previous=hashlib.sha256(tag_files[format.TAGMANIFEST]).hexdigest(),
                  payload={"data/custody.jsonld": json.dumps({"@context": {}, "@graph": []}).encode()})  # fmt: skip
    pages = {"ocr": [{"page": 1, "text": "invoice 2005", "languages": "eng"}]}
    add_amendments(later, amendment("11111111-1111-4111-8111-111111111111", "ocr", pages, custody=(7,)))
    report = verify(qtbot, page, write(tmp_path / "two.fkb", pack(later), hq))
    assert report.ok and page.details.isTabVisible(page.amendments_tab)
    assert page.amendments.count() == 1
    line = page.amendments.item(0).text()
    assert "OCR" in line and "IMG_0001.jpg" in line and "#7" in line  # named from bundle 1, which HQ holds
    assert page.details.tabText(page.amendments_tab) == "Amendments (1)"
    saved = page.save_report(tmp_path / "report.html")
    assert saved is not None and "IMG_0001.jpg" in saved.read_text(encoding="utf-8")


def test_an_amendment_hq_cannot_apply_yet_says_it_waits(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                        tmp_path: Path) -> None:  # fmt: skip
    """Bundle 2 (an amendment) opened before bundle 1 (its original): the Amendments tab says it waits, the ingest
    line counts it (not in reassuring green); ingesting bundle 1 then says the waiting amendment was applied."""
    key = enrolled_key(hq)
    first = draft_with_photo(key)
    tag_files = first.tag_files()
    one = write(tmp_path / "one.fkb", pack(first, tag_files=tag_files), hq)
    later = Draft(device_id=DEVICE, key=key, sequence=2,
                  previous=hashlib.sha256(tag_files[format.TAGMANIFEST]).hexdigest(),
                  payload={"data/custody.jsonld": json.dumps({"@context": {}, "@graph": []}).encode()})  # fmt: skip
    pages = {"ocr": [{"page": 1, "text": "invoice 2005", "languages": "eng"}]}
    add_amendments(later, amendment("11111111-1111-4111-8111-111111111111", "ocr", pages, custody=(7,)))
    two = write(tmp_path / "two.fkb", pack(later), hq)
    page = window.verify_page

    assert verify(qtbot, page, two).ok
    line = page.amendments.item(0).text()
    assert line.startswith("waiting: HQ has not received the original yet") and "OCR" in line
    with qtbot.waitSignal(page.ingested, timeout=30_000):
        page.ingest_button.click()
    said = page.ingest_result.text()
    assert said.startswith("ingested: ") and "missing from this device: 1." in said
    assert said.endswith("1 amendment waiting for their original")
    assert page.ingest_result.styleSheet() != green()

    assert verify(qtbot, page, one).ok
    with qtbot.waitSignal(page.ingested, timeout=30_000):
        page.ingest_button.click()
    assert page.ingest_result.text().endswith("1 waiting amendment applied")
    assert page.ingest_result.styleSheet() == green()
    assert verify(qtbot, page, two).ok  # HQ holds the original now: no longer waiting
    assert not page.amendments.item(0).text().startswith("waiting")


def test_a_bundle_of_a_device_with_alarms_is_not_shown_green_before_ingest(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                                           tmp_path: Path) -> None:  # fmt: skip
    """The analyst's case: a device already has a fork alarm; its next bundle verifies. Before ingest the page says
    the device's standing alarm and what to do (investigate, revoke), in alarm colours, not a green VALID; a third
    bundle with a number HQ already holds says it would fork; after the fork the panel does not say to send the
    bundle again."""
    key = enrolled_key(hq)
    first = write(tmp_path / "one.fkb", pack(draft_with_photo(key)), hq)
    clone = draft_with_photo(key)
    clone.info_overrides = {"created_at": "2026-11-26T10:00:00.000000Z"}  # another bundle 1: a copied device
    forked = write(tmp_path / "one-again.fkb", pack(clone), hq)
    with Index(hq) as index:
        assert index.ingest(first).outcome == "ingested"
        assert index.ingest(forked).outcome == "fork"
    later = draft_with_photo(key)
    later.sequence = 2
    second = write(tmp_path / "two.fkb", pack(later), hq)
    page = window.verify_page

    assert verify(qtbot, page, second).ok
    assert page.verdict_tone == "alarm" and page.verdict.styleSheet() != ""
    assert "1 alarm" in page.verdict.text() and "compromised" in page.verdict.text()
    assert page.standing.isVisibleTo(window)
    said = page.standing.text()
    assert "\u2066fork\u2069 at bundle 1" in said and "revoke it" in said and "fieldkit hq revoke" in said
    assert "send the bundle again" not in said

    third = draft_with_photo(key)
    third.info_overrides = {"created_at": "2026-11-27T10:00:00.000000Z"}  # yet another bundle 1
    again = write(tmp_path / "one-third.fkb", pack(third), hq)
    assert verify(qtbot, page, again).ok
    assert page.verdict_tone == "alarm"
    assert "already holds a different bundle 1" in page.standing.text() and "fork alarm" in page.standing.text()
    assert "fork" in page.ingest_button.toolTip()
    with qtbot.waitSignal(page.ingested, timeout=30_000) as ingested:
        page.ingest_button.click()
    assert ingested.args[0].outcome == "fork" and page.is_quarantined
    what = page.quarantine.what.text()
    assert "compromised" in what and "revoke it" in what and "send the bundle again" not in what


def test_a_clean_device_stays_green_and_a_replay_is_not(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                        tmp_path: Path) -> None:  # fmt: skip
    bundle = write(tmp_path / "good.fkb", pack(draft_with_photo(enrolled_key(hq))), hq)
    page = window.verify_page
    assert verify(qtbot, page, bundle).ok
    assert page.verdict_tone == "valid" and not page.standing.isVisibleTo(window)
    with qtbot.waitSignal(page.ingested, timeout=30_000):
        page.ingest_button.click()
    assert verify(qtbot, page, bundle).ok
    assert page.verdict_tone == "warning" and "a replay" in page.verdict.text()
    assert "already holds this very bundle" in page.standing.text()
    assert page.ingest_result.styleSheet() != green()


def status_of(qtbot: QtBot, window: HqWindow) -> None:
    """Wait for the status page's next read of HQ's index."""
    with qtbot.waitSignal(window.status_page.refreshed, timeout=30_000):
        window.status_page.reload()


def test_the_status_page_shows_devices_alarms_and_quarantine_and_follows_each_ingest(
    qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path
) -> None:
    """What `hq status` and `hq quarantine` say, in the window: per device its status in words and colour (an alarm
    in red), last bundle, archived count, the numbers missing and abandoned as ranges; each alarm with what to do;
    what quarantine holds with its reason, time, size and source; read again after a verification and an ingest."""
    key = enrolled_key(hq)
    first = write(tmp_path / "one.fkb", pack(draft_with_photo(key)), hq)
    clone = draft_with_photo(key)
    clone.info_overrides = {"created_at": "2026-11-26T10:00:00.000000Z"}
    forked = write(tmp_path / "one-again.fkb", pack(clone), hq)
    fifth = draft_with_photo(key)
    fifth.sequence, fifth.abandoned = 5, [3, 4]
    with Index(hq) as index:
        assert index.ingest(first).outcome == "ingested"
        assert index.ingest(forked).outcome == "fork"
        assert index.ingest(write(tmp_path / "five.fkb", pack(fifth), hq)).outcome == "ingested"
    page = window.status_page
    assert window.pages.indexOf(page) >= 0

    status_of(qtbot, window)

    assert page.headline_tone == "alarm" and page.headline.text().startswith("ALARM on 1 device:")
    (row,) = range(page.devices.rowCount())
    cells = dict(zip(page.devices.headers, (page.devices.cell(row, c) for c in range(8)), strict=True))
    assert cells["Device"] == DEVICE and cells["Last bundle"] == 5 and cells["Archived"] == 1
    assert cells["Missing"] == "2" and cells["Abandoned"] == "3-4" and cells["Alarms"] == 1
    assert cells["Status"] == "ALARM: fork at bundle 1; missing 2"
    assert str(cells["Last received"]).endswith(" UTC")
    status_cell = page.devices.index(row, 1)
    assert status_cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(colour("error"))  # an alarm is red
    assert page.alarms.rowCount() == 1
    assert page.alarms.cell(0, 2) == "fork" and "revoke it" in str(page.alarms.cell(0, 6))
    assert page.quarantine.rowCount() == 1
    assert page.quarantine.cell(0, 0) == "fork" and page.quarantine.cell(0, 3) == str(forked)
    assert page.quarantine.cell(0, 2) == forked.stat().st_size and page.quarantine.cell(0, 6) == "kept"
    assert page.tabs.tabText(page.quarantine_tab) == "Quarantine (1)"

    verify_page = window.verify_page
    with qtbot.waitSignal(page.refreshed, timeout=30_000):  # a refused bundle joins quarantine: read again
        verify(
            qtbot,
            verify_page,
            write(tmp_path / "stranger.fkb", pack(draft_with_photo(Ed25519PrivateKey.generate())), hq),
        )
    assert page.quarantine.rowCount() == 2 and page.quarantine.cell(0, 0) == "wrong-signer"  # the newest first

    second = draft_with_photo(key)
    second.sequence = 2
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        assert verify(qtbot, verify_page, write(tmp_path / "two.fkb", pack(second), hq)).ok
    with qtbot.waitSignal(page.refreshed, timeout=30_000):  # after the ingest, read again
        verify_page.ingest_button.click()
    cells = {page.devices.headers[c]: page.devices.cell(0, c) for c in range(8)}
    assert cells["Archived"] == 2 and cells["Missing"] is None and cells["Status"] == "ALARM: fork at bundle 1"


def test_a_clear_hq_says_so_in_green(qtbot: QtBot, window: HqWindow, hq: HQ, tmp_path: Path) -> None:
    bundle = write(tmp_path / "good.fkb", pack(draft_with_photo(enrolled_key(hq))), hq)
    with Index(hq) as index:
        assert index.ingest(bundle).outcome == "ingested"
    page = window.status_page
    status_of(qtbot, window)
    assert page.headline_tone == "clear" and page.headline.text() == "1 device, no alarm, nothing missing"
    assert page.devices.cell(0, 1) == "OK"
    assert page.devices.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor(colour("ok"))
    assert page.alarms.rowCount() == 0 and page.quarantine.rowCount() == 0


def test_the_status_tables_read_whole_on_a_laptop_screen(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                         tmp_path: Path) -> None:  # fmt: skip
    """At 1366x768 no time is cut (its column is as wide as the time), text is cut at its end (a path in its
    middle), a device is named by its short id (the whole id in the tooltip), the long alarm texts wrap in rows that
    grow, and the device table needs no scrolling sideways (found by a tester: 'ALARM:…-10001', '2026-12-…3:49')."""
    key = enrolled_key(hq)
    clone = draft_with_photo(key)
    clone.info_overrides = {"created_at": "2026-11-26T10:00:00.000000Z"}
    second = draft_with_photo(key)
    second.sequence = 2
    with Index(hq) as index:
        assert index.ingest(write(tmp_path / "one.fkb", pack(draft_with_photo(key)), hq)).outcome == "ingested"
        assert index.ingest(write(tmp_path / "again.fkb", pack(clone), hq)).outcome == "fork"
        assert index.ingest(write(tmp_path / "two.fkb", pack(second), hq)).outcome == "ingested"
    window.resize(1366, 768 - hqwindow.TITLE_BAR)
    page = window.status_page
    window.pages.setCurrentWidget(page)
    status_of(qtbot, window)

    devices, alarms, held = page.device_table, page.alarm_table, page.quarantine_table
    for view in (devices, alarms, held):
        assert view.textElideMode() == Qt.TextElideMode.ElideRight
    source = page.quarantine.headers.index("Source")
    delegate = held.itemDelegateForColumn(source)
    assert type(delegate).__name__ == "_PathCells"  # a path is cut in its middle
    assert page.devices.index(0, 0).data() == "d0000000…00aa"
    assert page.devices.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == DEVICE
    # The whole row without scrolling sideways (once the layout has followed the rows' heights and the width).
    qtbot.waitUntil(lambda: devices.horizontalScrollBar().maximum() == 0, timeout=3_000)
    for view, model, name in ((devices, page.devices, "Last received"), (alarms, page.alarms, "When")):
        page.tabs.setCurrentWidget(view)
        qtbot.waitUntil(view.isVisible)
        column = model.headers.index(name)
        shown = str(model.index(0, column).data())
        assert shown.endswith(" UTC")
        assert view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(shown) + 8  # the whole time
    assert alarms.wordWrap()
    to_do = page.alarms.headers.index("What to do")
    line = alarms.fontMetrics().height()
    lines = alarms.fontMetrics().horizontalAdvance(str(page.alarms.cell(0, to_do))) // alarms.columnWidth(to_do)
    assert lines >= 2 and alarms.rowHeight(0) >= (lines + 1) * line  # what to do, whole, on the lines it needs


def plain(text: str) -> str:
    """``text`` without the marks that keep an id left-to-right in Arabic (labels.ltr)."""
    return text.replace("\u2066", "").replace("\u2069", "")


def test_the_amber_headline_names_the_devices_in_good_english(qtbot: QtBot, window: HqWindow, hq: HQ,
                                                               tmp_path: Path) -> None:  # fmt: skip
    """'1 device need a look: bundles missing, key withdrawn or not enrolled' named no device and said 'need'."""
    key = enrolled_key(hq)
    third = draft_with_photo(key)
    third.sequence = 3
    with Index(hq) as index:
        assert index.ingest(write(tmp_path / "three.fkb", pack(third), hq)).outcome == "ingested"
    page = window.status_page
    status_of(qtbot, window)
    assert page.headline_tone == "warning"
    assert plain(page.headline.text()) == "Look at 1 device: d0000000…00aa (missing 1-2)"
    assert DEVICE in page.headline.toolTip()

    other = "d0000000-0000-4000-8000-0000000000bb"
    second = Ed25519PrivateKey.generate()
    hq.enroll(f'{other} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(second.public_key())}')
    late = draft_with_photo(second)
    late.device_id, late.sequence = other, 2
    with Index(hq) as index:
        assert index.ingest(write(tmp_path / "late.fkb", pack(late), hq)).outcome == "ingested"
    status_of(qtbot, window)
    assert plain(page.headline.text()) == "Look at 2 devices: d0000000…00aa (missing 1-2), d0000000…00bb (missing 1)"


def test_a_withdrawn_key_is_settled_grey_not_amber(qtbot: QtBot, window: HqWindow, hq: HQ) -> None:
    """A revoked device that never sent anything kept the headline amber forever: it is a settled state."""
    enrolled_key(hq)
    hq.revoke(DEVICE)
    page = window.status_page
    status_of(qtbot, window)
    assert page.devices.cell(0, 1) == "key withdrawn (revoked)"
    assert page.devices.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor(colour("muted"))
    assert page.headline_tone == "clear"
    assert page.headline.text() == "1 device, no alarm, nothing missing (1 key withdrawn)"


@pytest.mark.parametrize("theme", ["light", "night", "contrast"])
def test_the_selected_tab_keeps_its_icon_in_every_theme(qtbot: QtBot, window: HqWindow, theme: str) -> None:
    """The selected tab's icon vanished: drawn in the highlighted text's colour (white on a light tab, black on a
    black one). Its pixels must stand out from the tab's background, also after a theme change."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, theme)
        window.pages.setCurrentWidget(window.status_page)
        background = app.palette().color(QPalette.ColorRole.Window)
        for index in range(window.pages.count()):
            made = window.pages.tabIcon(index)
            for state in (QIcon.State.On, QIcon.State.Off):  # a tab bar draws its selected tab "on"
                image = made.pixmap(QSize(24, 24), QIcon.Mode.Normal, state).toImage()
                inked = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
                         if image.pixelColor(x, y).alpha() > 200]  # fmt: skip
                assert inked, (theme, index, state)
                assert max(abs(c.lightness() - background.lightness()) for c in inked) > 60, (theme, index, state)
    finally:
        apply_theme(app, "light")


def test_the_window_opens_as_large_as_the_screen_allows(window: HqWindow) -> None:
    """It opened at 1280x720 on a 1366x768 laptop, leaving the tables cut; now it takes the screen's free area."""
    free = window.screen().availableGeometry()
    width, height = hqwindow.window_size(window)
    assert width == min(hqwindow.FIRST_SIZE[0], free.width())
    assert height == min(hqwindow.FIRST_SIZE[1], free.height() - hqwindow.TITLE_BAR)
    assert (window.width(), window.height()) == (width, height) and width <= free.width()
