"""The item card's Samples part driven as an operator drives it (real store, real widgets, actions counted): a sample
whose id is read from a photographed barcode, sealed, handed over to a typed name and rank, and to a second operator
who types their own passphrase (a wrong one refused, nothing recorded), shipped; the list says state and holder.
The dialogs are bound to their item and a lock applies nothing; the part fits 1280x720 and reads right to left in
Arabic with its ids left to right."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.config import TEST_KDF
from fieldkit.core import manifest as manifests
from fieldkit.core import samples as core
from fieldkit.core.tags import FoundTag
from fieldkit.gui.labels import mnemonic_of
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import samples as ops
from fieldkit.gui.ops import settings as settings_ops
from fieldkit.gui.sampledialogs import (
    AddSampleDialog,
    HandOverDialog,
    LinkPhotoDialog,
    ReceiveDialog,
    ShipDialog,
    StepsDialog,
)
from fieldkit.gui.samplepart import SamplesPart, card_letters
from fieldkit.gui.theme import COLOURS, FOCUS_WIDTH, apply_theme
from fieldkit.store.samples import SampleRow
from tests.gui.steps import PASS, add_item, first_run, select_item, unlock
from tests.samples import barcode_photo

MAX_ACTIONS = 10  # a sample read from its tag's photo, typed where and sealed, then handed over to a typed name+rank
SECOND = "Cpl Nasser"
SECOND_PASS = "nasser's own passphrase"


class Operator:
    """Clicks and keys on the real widgets, counting the actions (typing is counted apart, as the issue does)."""

    def __init__(self) -> None:
        self.actions = 0

    def click(self, widget: QWidget) -> None:
        self.actions += 1
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        QTest.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)


def run(qtbot: QtBot, window: MainWindow, job: Any) -> Any:
    box: list[Any] = []
    window.executor.submit(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def stored_samples(qtbot: QtBot, window: MainWindow) -> list[SampleRow]:
    return list(run(qtbot, window, lambda context: context.need_store().samples.select()))


def steps_of(qtbot: QtBot, window: MainWindow, ref: str) -> list[str]:
    def job(context: Any) -> list[str]:
        store = context.need_store()
        return [step.action for step in core.steps(store, core.find(store, ref))]

    return list(run(qtbot, window, job))


def cell_text(steps: StepsDialog, row: int, column: int) -> str:
    cell = steps.table.item(row, column)
    assert cell is not None
    return cell.text().replace("\u2066", "").replace("\u2069", "")


def part_of(window: MainWindow) -> SamplesPart:
    return window.evidence_page.card.samples


def rows(part: SamplesPart) -> list[str]:
    texts = (part.list.item(index).text() for index in range(part.list.count()))
    return [text.replace("\u2066", "").replace("\u2069", "") for text in texts]


def active(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def open_add(qtbot: QtBot, window: MainWindow) -> AddSampleDialog:
    part = part_of(window)
    qtbot.waitUntil(lambda: part.data is not None, timeout=10_000)
    dialog = part.add_sample()
    assert isinstance(dialog, AddSampleDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def add_typed(qtbot: QtBot, window: MainWindow, ref: str, seal: str = "") -> None:
    """A sample with its id typed (no photo), type swab, sealed when ``seal`` is given; waits for the list."""
    part = part_of(window)
    before = part.list.count()
    dialog = open_add(qtbot, window)
    dialog.ref.setText(ref)
    dialog.types.buttons["swab"].click()
    dialog.seal.setText(seal)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: part.list.count() == before + 1, timeout=10_000)


def test_a_sample_read_from_its_tag_sealed_and_handed_over_to_a_typed_name_and_rank(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    tag_photo = tmp_path / "IMG_TAG.JPG"
    tag_photo.write_bytes(barcode_photo("DNA-000123"))
    evidence = window.evidence_page
    with qtbot.waitSignal(evidence.import_finished, timeout=30_000):
        evidence.import_paths([tag_photo])  # the tag photographed with the item, as any photo
    part = part_of(window)
    qtbot.waitUntil(lambda: part.data is not None and len(part.data.captures) == 1, timeout=20_000)
    assert part.heading.text() == "Samples (0)" and part.empty.isVisible()
    active(qtbot, window)
    you = Operator()

    # 1: Alt+S, from wherever the operator is on the card.
    evidence.card.description.setFocus()
    you.key(evidence.card.description, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(part.dialog, AddSampleDialog) and part.dialog.isVisible())
    dialog = part.dialog
    assert isinstance(dialog, AddSampleDialog)
    assert "EV-0043" in dialog.windowTitle() and "Op Falcon" in dialog.heading.text()  # it names its item
    assert dialog.collector.text() == "Sgt Haddad"  # the operator, unless another collected it
    active(qtbot, dialog)
    # 2: read the tag on the item's photo (the newest is offered first).
    you.click(dialog.read_photo)
    qtbot.waitUntil(lambda: dialog.ref.text() == "DNA-000123", timeout=30_000)
    assert "Code 128" in dialog.read_result.text() and "DNA-000123" in dialog.read_result.text()
    # 3: the type, Alt+2 (Touch DNA).
    you.key(dialog.ref, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.types.chosen() == "touch")
    # 4-5: where on the item, and the seal number.
    you.click(dialog.location)
    you.type(dialog.location, "pistol grip, left side")
    you.click(dialog.seal)
    you.type(dialog.seal, "S-77")
    # 6: Enter saves.
    you.key(dialog.seal, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: part.list.count() == 1, timeout=10_000)
    assert not dialog.isVisible()
    assert "DNA-000123 (Touch DNA)  ·  SEALED" in rows(part)[0] and "held by Sgt Haddad" in rows(part)[0]
    assert part.heading.text() == "Samples (1)" and "seal S-77" in rows(part)[0]

    # 7-10: Hand over (the new sample is selected), name, rank, Enter.
    qtbot.waitUntil(lambda: part.current() is not None and part.hand_button.isEnabled())
    you.click(part.hand_button)
    hand = part.dialog
    assert isinstance(hand, HandOverDialog) and hand.operator_chosen() is None  # the only operator holds it
    active(qtbot, hand)
    you.click(hand.name)
    you.type(hand.name, "Ahmed Karim")
    you.key(hand.name, Qt.Key.Key_Tab)
    assert hand.focusWidget() is hand.rank
    you.type(hand.rank, "Police officer")
    you.key(hand.rank, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "held by Ahmed Karim" in rows(part)[0], timeout=10_000)
    assert "HANDED OVER" in rows(part)[0]

    print(f"sample flow: {you.actions} actions plus typing")
    assert you.actions <= MAX_ACTIONS, you.actions
    [sample] = stored_samples(qtbot, window)
    assert (sample.ref, sample.sample_type, sample.barcode_format) == ("DNA-000123", "touch", "Code 128")
    assert (sample.location, sample.seal, sample.state, sample.holder) == (
        "pistol grip, left side", "S-77", "handed-over", "Ahmed Karim")  # fmt: skip
    # The photo its id was read from is linked to the sample as its tag, in the step that recorded it.
    assert steps_of(qtbot, window, "DNA-000123") == [
        "sample.collected", "sample.sealed", "sample.photo_linked", "sample.handed_over"]  # fmt: skip
    links = run(qtbot, window, lambda context: context.need_store().samples.captures_of(sample.id))
    assert [link.role for link in links] == ["tag"]
    link = part.link_photo()  # another role can still be said for it by hand
    assert isinstance(link, LinkPhotoDialog) and link.captures.count() == 1
    link.reject()


def test_hand_over_to_a_second_operator_with_their_passphrase_then_ship(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    run(qtbot, window, settings_ops.add_operator(SECOND, SECOND_PASS, TEST_KDF))
    part = part_of(window)
    qtbot.waitUntil(lambda: part.data is not None and SECOND in part.data.operators, timeout=10_000)
    add_typed(qtbot, window, "DNA-1")
    assert "NOT SEALED" in rows(part)[0] and "no seal yet" in rows(part)[0]
    assert not part.ship_button.isEnabled()  # nothing sealed: nothing to ship
    # Seal it.
    part.select("DNA-1")
    seal = part.seal()
    assert seal is not None
    seal.seal.setText("S-1")
    seal.accept()
    qtbot.waitUntil(lambda: "SEALED" in rows(part)[0] and "NOT SEALED" not in rows(part)[0], timeout=10_000)
    add_typed(qtbot, window, "DNA-2", seal="S-2")

    part.select("DNA-1")
    hand = part.hand_over()
    assert isinstance(hand, HandOverDialog) and hand.operator_chosen() == SECOND
    assert hand.passphrase.echoMode() == QLineEdit.EchoMode.Password
    hand.passphrase.setText("not nasser's")
    hand.accept()
    qtbot.waitUntil(lambda: hand.error.isVisible(), timeout=30_000)
    assert "not Cpl Nasser's passphrase" in hand.error.text() and "their own passphrase again" in hand.error.text()
    assert hand.isVisible() and hand.passphrase.text() == "" and hand.focusWidget() is hand.passphrase
    assert steps_of(qtbot, window, "DNA-1") == ["sample.collected", "sample.sealed"]  # nothing recorded
    hand.passphrase.setText(SECOND_PASS)
    hand.accept()
    qtbot.waitUntil(lambda: not hand.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: f"held by {SECOND}" in rows(part)[0], timeout=10_000)
    assert hand.passphrase.text() == ""  # not kept once done

    # Both sealed samples leave in one parcel.
    part.list.selectAll()
    ship = part.ship()
    assert isinstance(ship, ShipDialog) and len(ship.checked()) == 2
    QTest.keyClicks(ship.manifest, "M-2026-001")
    ship.laboratory.setText("Central DNA lab")
    ship.carrier.setText("DHL")
    assert ship.ok.text() == "Mark 2 shipped"
    QTest.keyClick(ship.manifest, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all("SHIPPED" in row for row in rows(part)), timeout=10_000)
    assert all("in transit with DHL" in row and "manifest M-2026-001" in row for row in rows(part))
    assert {(s.ref, s.state, s.manifest) for s in stored_samples(qtbot, window)} == {
        ("DNA-1", "shipped", "M-2026-001"), ("DNA-2", "shipped", "M-2026-001")}  # fmt: skip
    assert not part.seal_button.isEnabled() and not part.hand_button.isEnabled()

    # The custody steps: time, who, what, from -> to, confirmed how.
    part.select("DNA-1")
    steps = part.show_steps()
    assert isinstance(steps, StepsDialog)
    qtbot.waitUntil(lambda: steps.table.rowCount() == 4, timeout=10_000)
    texts = [[cell_text(steps, row, column) for column in range(5)] for row in range(4)]
    assert texts[2][2] == "Handed over" and texts[2][3] == f"Sgt Haddad → {SECOND}"
    assert texts[2][4] == "the receiver's passphrase"
    assert texts[3][2].startswith("Shipped, manifest M-2026-001") and texts[3][3] == f"{SECOND} → DHL"
    steps.reject()

    # The laboratory's receipt, as it reported it.
    part.select("DNA-2")
    receive = part.receive()
    assert isinstance(receive, ReceiveDialog)
    receive.by.setText("Dr Salem")
    receive.reference.setText("LAB-88")
    receive.accept()
    assert receive.isVisible() and "seal arrived intact" in receive.error.text()  # to be said, never assumed
    receive.seal_state.buttons["intact"].click()
    receive.accept()
    qtbot.waitUntil(lambda: any("RECEIVED BY THE LAB" in row and "received by Dr Salem" in row for row in rows(part)),
                    timeout=10_000)  # fmt: skip


def test_the_add_dialog_is_bound_to_the_item_it_was_opened_for(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0044")
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    dialog = open_add(qtbot, window)
    assert "EV-0043" in dialog.windowTitle()
    select_item(qtbot, window, "EV-0044")  # the window's item changes while the dialog is open
    dialog.ref.setText("DNA-9")
    dialog.types.buttons["hair"].click()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    [sample] = stored_samples(qtbot, window)
    assert (sample.item_tag, sample.ref) == ("EV-0043", "DNA-9")
    part = part_of(window)
    assert part.item is not None and part.item.tag == "EV-0044" and part.list.count() == 0
    select_item(qtbot, window, "EV-0043")
    qtbot.waitUntil(lambda: part.list.count() == 1, timeout=10_000)


def test_a_refused_sample_says_why_and_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-5")
    dialog = open_add(qtbot, window)
    dialog.accept()  # nothing typed
    assert dialog.isVisible() and "Type the sample's id" in dialog.error.text() and dialog.focusWidget() is dialog.ref
    dialog.ref.setText("DNA-5")
    dialog.location.setText("muzzle")
    dialog.accept()
    assert "Choose the sample's type" in dialog.error.text()
    dialog.types.buttons["blood"].click()
    dialog.accept()
    qtbot.waitUntil(lambda: "already recorded" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.location.text() == "muzzle" and dialog.ref.text() == "DNA-5"
    assert "read the sample's own tag again, or type its id" in dialog.error.text()  # what to do, in window words
    assert "fieldkit" not in dialog.error.text() and "--" not in dialog.error.text()
    dialog.reject()


def test_a_lock_while_a_dialog_is_open_records_nothing(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    run(qtbot, window, settings_ops.add_operator(SECOND, SECOND_PASS, TEST_KDF))
    add_typed(qtbot, window, "DNA-1", seal="S-1")
    part = part_of(window)
    dialog = open_add(qtbot, window)
    dialog.ref.setText("DNA-2")
    dialog.types.buttons["saliva"].click()
    dialog.seal.setText("S-2")
    unlocker = window.lock()
    assert not dialog.isVisible() and part.list.count() == 0 and part.dialog is None
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock(qtbot, window, unlocker, PASS)
    qtbot.waitUntil(lambda: part_of(window).list.count() == 1, timeout=10_000)
    assert [s.ref for s in stored_samples(qtbot, window)] == ["DNA-1"]
    assert any("Add a sample to" in line for line in window.message_bar.notices)  # said after the unlock

    part = part_of(window)
    part.select("DNA-1")
    hand = part.hand_over()
    assert hand is not None and hand.operator_chosen() == SECOND
    hand.passphrase.setText(SECOND_PASS)
    unlocker = window.lock()
    assert hand.passphrase.text() == "" and not hand.isVisible()  # the passphrase is not kept
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        unlock(qtbot, window, unlocker, PASS)
    assert steps_of(qtbot, window, "DNA-1") == ["sample.collected", "sample.sealed"]


def test_the_samples_part_fits_1280x720_with_big_targets(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    for number in range(6):
        add_typed(qtbot, window, f"DNA-{number}", seal=f"S-{number}" if number % 2 else "")
    window.resize(1280, 720)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    assert window.width() <= 1280 and window.height() <= 720
    part = part_of(window)
    for button in (part.add_button, part.seal_button, part.hand_button, part.ship_button, part.link_button):
        assert button.height() >= 44, button.text()
    assert part.list.height() < 5 * 44 * 2  # at most four rows shown: the rest scroll inside the list
    assert part.list.horizontalScrollBar().maximum() == 0
    # Keyboard: from the list, Tab goes to Add sample, then to the steps of the selected sample.
    active(qtbot, window)
    part.list.setFocus()
    QTest.keyClick(part.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is part.add_button
    QTest.keyClick(part.add_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is part.seal_button  # the newest sample, DNA-5, is selected
    dialog = open_add(qtbot, window)
    QApplication.processEvents()
    size = dialog.minimumSizeHint()
    assert size.width() <= 1280 and size.height() <= 720 and dialog.height() <= 720
    assert all(button.height() >= 44 for button in dialog.types.buttons.values())
    dialog.reject()


def test_arabic_reads_right_to_left_with_ids_left_to_right(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-000123", seal="S-77")
    window.show_page(type(window.settings_page))
    language = window.settings_page.language
    with qtbot.waitSignal(window.restored, timeout=10_000):
        language.setCurrentIndex(language.findData("ar"))
    window.show_page(type(window.evidence_page))
    part = part_of(window)
    qtbot.waitUntil(lambda: part.list.count() == 1, timeout=10_000)
    assert part.layoutDirection() == Qt.LayoutDirection.RightToLeft
    heading = QCoreApplication.translate("SamplesPart", "Samples ({})")
    assert heading != "Samples ({})" and part.heading.text() == heading.format(1)
    row = part.list.item(0).text()
    assert "\u2066DNA-000123\u2069" in row and "\u2066S-77\u2069" in row  # ids and seals left to right
    assert QCoreApplication.translate("Samples", "SEALED") in row
    dialog = open_add(qtbot, window)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.ref.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.seal.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.ok.text() == QCoreApplication.translate("AddSampleDialog", "Save sample") != "Save sample"
    dialog.reject()


def test_an_unsealed_sample_keeps_the_warning_colour_of_each_theme(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-1")
    add_typed(qtbot, window, "DNA-2", seal="S-2")
    part = part_of(window)
    for theme in ("night", "contrast", "light"):
        apply_theme(app_state, theme, 100)
        QApplication.processEvents()
        unsealed_row, sealed_row = part.list.item(0), part.list.item(1)
        assert unsealed_row.foreground().color().name() == COLOURS[theme]["warning"], theme
        assert "NOT SEALED" in unsealed_row.text() and "NOT SEALED" not in sealed_row.text()
        assert sealed_row.foreground().color().name() != COLOURS[theme]["warning"], theme


def item_captures(qtbot: QtBot, window: MainWindow) -> list[Any]:
    return list(run(qtbot, window, lambda context: context.need_store().captures("Op Falcon", "EV-0043")))


def test_a_tag_photo_file_is_imported_into_the_item_and_linked_as_the_tag(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Preserve first: the photo file the id was read from is stored (bit-exact, through the ordinary import) and
    linked to the sample as its tag; a refused sample keeps it as a capture of the item and says so."""
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-000777")
    tag_photo = tmp_path / "TAG_0001.JPG"
    tag_photo.write_bytes(barcode_photo("DNA-000777"))
    dialog = open_add(qtbot, window)
    dialog.read_from_file(tag_photo)
    qtbot.waitUntil(lambda: dialog.ref.text() == "DNA-000777", timeout=30_000)
    dialog.types.buttons["swab"].click()
    dialog.accept()  # the id is taken: refused, but the photo is stored first
    qtbot.waitUntil(lambda: "already recorded" in dialog.error.text(), timeout=30_000)
    assert dialog.isVisible() and "stored all the same" in dialog.error.text()
    [capture] = item_captures(qtbot, window)
    assert capture.sha256 == hashlib.sha256(tag_photo.read_bytes()).hexdigest()
    assert capture.original_name == "TAG_0001.JPG" and capture.kind == "photo"

    dialog.ref.setText("DNA-000778")  # the tag was misread: corrected by hand
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert len(item_captures(qtbot, window)) == 1  # not imported twice
    sample = next(s for s in stored_samples(qtbot, window) if s.ref == "DNA-000778")
    links = run(qtbot, window, lambda context: context.need_store().samples.captures_of(sample.id))
    assert [(link.capture_id, link.role) for link in links] == [(capture.id, "tag")]
    assert steps_of(qtbot, window, "DNA-000778") == ["sample.collected", "sample.photo_linked"]


def test_a_tag_photo_file_saved_at_once_is_one_capture_linked_in_the_same_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    tag_photo = tmp_path / "tag.png"
    Image.open(io.BytesIO(barcode_photo("DNA-42"))).save(tag_photo, "PNG")
    part = part_of(window)
    dialog = open_add(qtbot, window)
    dialog.read_from_file(tag_photo)
    qtbot.waitUntil(lambda: dialog.ref.text() == "DNA-42", timeout=30_000)
    dialog.types.buttons["hair"].click()
    dialog.accept()
    qtbot.waitUntil(lambda: part.list.count() == 1, timeout=30_000)
    [capture] = item_captures(qtbot, window)
    assert capture.sha256 == hashlib.sha256(tag_photo.read_bytes()).hexdigest()
    [sample] = stored_samples(qtbot, window)
    assert sample.barcode_format == "Code 128"
    links = run(qtbot, window, lambda context: context.need_store().samples.captures_of(sample.id))
    assert [(link.capture_id, link.role) for link in links] == [(capture.id, "tag")]
    qtbot.waitUntil(lambda: len(part.data.captures if part.data else []) == 1, timeout=10_000)  # the card knows it


def ship_all(qtbot: QtBot, window: MainWindow, manifest: str) -> ShipDialog:
    part = part_of(window)
    ship = part.ship()
    assert isinstance(ship, ShipDialog)
    for row in ship.rows().values():
        row.setCheckState(Qt.CheckState.Checked)
    ship.manifest.setText(manifest)
    ship.accept()
    qtbot.waitUntil(lambda: not ship.isVisible(), timeout=10_000)
    return ship


def test_the_manifest_is_saved_from_the_window_as_a_private_file_to_print(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-1", seal="S-1")
    part = part_of(window)
    assert not part.manifest_button.isEnabled()  # nothing shipped yet
    ship_all(qtbot, window, "M-2026-007")
    qtbot.waitUntil(lambda: "Shipment M-2026-007 recorded ✓" in part.marker.text().replace("\u2066", "")
                    .replace("\u2069", ""), timeout=10_000)  # fmt: skip
    assert "Save manifest" in part.marker.text() and part.manifest_button.isEnabled()
    assert QApplication.focusWidget() is part.manifest_button or not window.isActiveWindow()
    asked: list[tuple[str, str]] = []
    target = tmp_path / "manifest-M-2026-007.html"

    def chooser(parent: object, purpose: str, title: str, file_name: str, filters: str = "") -> str:
        asked.append((file_name, filters))
        return str(target)

    monkeypatch.setattr("fieldkit.gui.folders.choose_save_file", chooser)
    part.manifest_button.click()
    qtbot.waitUntil(lambda: target.exists() and "print it on A4" in part.marker.text(), timeout=20_000)
    assert asked == [("manifest-M-2026-007.html", "HTML (*.html)")]
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in part.marker.text().replace("\u2066", "").replace("\u2069", "")

    def expected(context: Any) -> bytes:
        store = context.need_store()
        return manifests.render_manifest(store, store.samples.shipment("M-2026-007"))

    assert target.read_bytes() == run(qtbot, window, expected)
    # Never over a file the chooser did not ask about.
    target.write_bytes(b"kept")
    errors: list[Any] = []
    window.executor.submit(ops.save_manifest("M-2026-007", target, False), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "already exists" in errors[0].message and target.read_bytes() == b"kept"
    # On a shipped sample, later: the same manifest.
    part.select("DNA-1")
    assert part.manifest_wanted() is not None and part.manifest_wanted().manifest == "M-2026-007"  # type: ignore[union-attr]


def test_one_parcel_takes_sealed_samples_of_the_case_s_other_items(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0044")
    add_typed(qtbot, window, "DNA-44", seal="S-44")
    add_typed(qtbot, window, "DNA-44B")  # not sealed: not offered
    add_item(qtbot, window, "Op Hawk", "EV-0090")
    add_typed(qtbot, window, "DNA-90", seal="S-90")  # another case: not offered
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-43", seal="S-43")
    part = part_of(window)
    qtbot.waitUntil(lambda: part.data is not None and len(part.data.case_shippable) == 1, timeout=10_000)
    ship = part.ship()
    assert isinstance(ship, ShipDialog)
    texts = [ship.samples.item(index).text().replace("\u2066", "").replace("\u2069", "")
             for index in range(ship.samples.count())]  # fmt: skip
    assert texts[0].startswith("DNA-43 (Swab)") and texts[1] == "Other items of Op Falcon:"
    assert texts[2].startswith("DNA-44 (Swab) · EV-0044 · seal S-44") and len(texts) == 3
    assert ship.checked() == [part.samples()[0].id]  # the other items' samples unticked until ticked
    for row in ship.rows().values():
        row.setCheckState(Qt.CheckState.Checked)
    ship.manifest.setText("M-9")
    ship.accept()
    qtbot.waitUntil(lambda: not ship.isVisible(), timeout=10_000)
    shipped = {s.ref: (s.state, s.manifest) for s in stored_samples(qtbot, window)}
    assert shipped["DNA-43"] == shipped["DNA-44"] == ("shipped", "M-9")
    assert shipped["DNA-90"][0] == "sealed" and shipped["DNA-44B"][0] == "collected"


def test_every_sample_step_has_an_alt_letter_free_in_the_card(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-1", seal="S-1")
    part = part_of(window)
    letters = [mnemonic_of(button.text()) for button in part.keyed]
    assert all(letters) and len(set(letters)) == len(letters), letters
    assert not set(letters) & set(card_letters().casefold())
    assert [button.text() for button in part.keyed] == [
        "S&hipped…", "Se&al…", "Ha&nd over…", "&Received…", "&Link photo…", "&Custody…", "Sa&ve manifest…"]  # fmt: skip
    active(qtbot, window)
    part.list.setFocus()
    QTest.keyClick(part.list, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Alt+A: Seal…
    qtbot.waitUntil(lambda: part.dialog is not None and part.dialog.isVisible())
    assert part.dialog.windowTitle() == "Seal DNA-1"  # type: ignore[union-attr]  # no direction isolates
    part.dialog.reject()  # type: ignore[union-attr]


def test_alt_letter_for_a_type_moves_on_to_where_on_the_item(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    dialog = open_add(qtbot, window)
    assert "\u2066" not in dialog.windowTitle() and dialog.windowTitle() == "Add a sample to EV-0043"
    texts = [button.text() for button in dialog.types.buttons.values()]
    taken = [mnemonic_of(text) for text in texts if mnemonic_of(text)]
    assert len(set(taken)) == len(taken) and not set(taken) & set(dialog.own_keys())
    active(qtbot, dialog)
    dialog.ref.setFocus()
    QTest.keyClick(dialog.ref, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.types.chosen() == "swab")
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.location)
    dialog.reject()


def test_tab_leaves_the_description_and_the_focused_button_is_framed(
    qtbot: QtBot, window: MainWindow, app_state: QApplication
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    card = window.evidence_page.card
    active(qtbot, window)
    card.description.setFocus()
    QTest.keyClicks(card.description, "rusty")
    QTest.keyClick(card.description, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not card.description and "\t" not in card.description.toPlainText()
    assert card.notes.tabChangesFocus()
    button = part_of(window).add_button
    for theme in ("light", "night", "contrast"):
        apply_theme(app_state, theme, 100)
        button.setFocus()
        QApplication.processEvents()
        image = button.grab().toImage()
        middle = image.height() // 2
        frame = {image.pixelColor(x, middle).name() for x in range(FOCUS_WIDTH)}
        assert frame == {COLOURS[theme]["focus"]}, (theme, frame)
    apply_theme(app_state, "light", 100)


def test_the_add_dialog_and_a_shipped_row_fit_1366x768_after_a_barcode_is_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    long_manifest = "M-2026-CENTRAL-FORENSIC-LAB-000123456789"
    add_typed(qtbot, window, "DNA-2026-000001", seal="SEAL-0000001")
    add_typed(qtbot, window, "DNA-2026-000002", seal="SEAL-0000002")
    ship_all(qtbot, window, long_manifest)
    window.resize(1366, 768)
    QApplication.processEvents()
    part = part_of(window)
    qtbot.waitUntil(lambda: all("SHIPPED" in row for row in rows(part)), timeout=10_000)
    QApplication.processEvents()
    list_ = part.list
    for index in range(list_.count()):
        item = list_.item(index)
        rect = list_.visualItemRect(item)
        needed = list_.fontMetrics().boundingRect(
            0, 0, list_.viewport().width() - 60, 10_000, Qt.TextFlag.TextWordWrap, item.text()
        )
        assert rect.height() >= needed.height(), (rect.height(), needed.height())
        assert rect.bottom() <= list_.viewport().height(), "a row cut at the bottom of the list"

    dialog = open_add(qtbot, window)
    QApplication.processEvents()  # the first layout pass settled
    before = dialog.types.mapTo(dialog, QPoint(0, 0)).y()
    dialog.tag_read(FoundTag("DNA-2026-000003", "Code 128"))
    QApplication.processEvents()
    assert dialog.types.mapTo(dialog, QPoint(0, 0)).y() <= before  # nothing pushed down
    assert dialog.height() <= 768 - 28
    assert dialog.types.height() >= dialog.types.grid.sizeHint().height()
    for button in dialog.types.buttons.values():
        assert button.height() >= 44 and dialog.types.rect().contains(button.geometry()), button.text()
    assert (
        dialog.body.widget().height() <= dialog.body.viewport().height() or dialog.body.verticalScrollBar().isVisible()
    )
    shown = dialog.photos.currentText()
    assert dialog.photos.fontMetrics().horizontalAdvance(shown) < dialog.photos.width() - 30, shown
    dialog.reject()


def test_the_steps_alt_letters_in_french_and_arabic(qtbot: QtBot, window: MainWindow, app_state: QApplication) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    add_typed(qtbot, window, "DNA-1", seal="S-1")
    for language in ("fr", "ar"):
        window.show_page(type(window.settings_page))
        chooser = window.settings_page.language
        with qtbot.waitSignal(window.restored, timeout=10_000):
            chooser.setCurrentIndex(chooser.findData(language))
        window.show_page(type(window.evidence_page))
        part = part_of(window)
        shown = part

        def listed() -> bool:
            return shown.list.count() == 1

        qtbot.waitUntil(listed, timeout=10_000)
        keys = []
        for button in part.keyed:
            letter = mnemonic_of(button.text())
            fallback = part.fallback_keys[button].key().toString()
            assert bool(letter) != bool(fallback), (language, button.text())  # one Alt key each, said on it
            keys.append(letter or fallback.removeprefix("Alt+").casefold())
            if fallback:
                assert fallback in button.text().replace("\u2066", "").replace("\u2069", ""), button.text()
        assert len(set(keys)) == len(keys), (language, keys)
        assert not set(keys) & set(card_letters().casefold()), (language, keys)
        dialog = open_add(qtbot, window)
        texts = [button.text() for button in dialog.types.buttons.values()]
        taken = [mnemonic_of(text) for text in texts if mnemonic_of(text)]
        assert not set(taken) & set(dialog.own_keys()), (language, taken, dialog.own_keys())
        expected = "\u2066EV-0043\u2069" if language == "ar" else "EV-0043"
        assert expected in dialog.windowTitle() and ("\u2066" in dialog.windowTitle()) == (language == "ar")
        dialog.reject()
    assert [part.fallback_keys[b].key().toString() for b in part.keyed] == [f"Alt+{k}" for k in "TAHRLCV"]
