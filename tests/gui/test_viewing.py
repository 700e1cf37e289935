"""Viewing without plaintext on disk: the viewer shows every kind of capture from what analysis stored (text with its
right-to-left paragraphs, e-mail headers, archive members, ANSI/NIST records, database tables, a summary of unknown
bytes, the reason analysis failed), plays audio and video from segments the sandbox decodes (this process never
imports PyAV), and the item page shows where each file came from (acquisitions, a camera card's import).

Real store, real files made by the formats' own writers (tests.media_samples), real sandbox."""

from __future__ import annotations

import io
import math
import os
import random
import struct
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldkit import media_types
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, TEST_KDF
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import JobContext
from fieldkit.gui.ops import viewer as viewer_ops
from fieldkit.gui.player import MediaPlayer
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.viewer import CaptureViewer
from fieldkit.models import Capture
from tests.gui.steps import add_item, first_run, import_and_analyse, open_viewer, run_job

ARABIC = "الشحنة تغادر يوم الخميس عند الفجر"


def tabs(viewer: CaptureViewer) -> list[str]:
    return [viewer.tabs.tabText(index) for index in range(viewer.tabs.count())]


def playing(player: MediaPlayer) -> bool:
    return player.playing


def shown_frame(player: MediaPlayer) -> QPixmap | None:
    return player.frame


def tone_wav(seconds: float = 2.0, rate: int = 8000, hertz: float = 440.0) -> tuple[bytes, bytes]:
    """A WAV of a sine tone (the standard library's writer) and its PCM samples (s16le, mono)."""
    samples = b"".join(struct.pack("<h", round(12_000 * math.sin(2 * math.pi * hertz * n / rate)))
                       for n in range(round(seconds * rate)))  # fmt: skip
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(samples)
    return out.getvalue(), samples


def test_the_viewer_shows_every_kind(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from fieldkit.analysis import runner
    from tests.media_samples import (
        camera_exif,
        email_message,
        heic,
        jpeg,
        nist_transaction,
        pdf,
        sqlite_database,
        zip_archive,
    )

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-VIEW")
    archive = zip_archive({"docs/ledger.txt": b"Thursday, dawn\n", "photos/a.jpg": jpeg(), "secret.txt": b"x" * 40},
                          encrypted="secret.txt")  # fmt: skip
    files = {
        "notes-ar.txt": f"{ARABIC}\nBring the papers.\n".encode(),
        "message.eml": email_message(),
        "bundle.zip": archive,
        "cut.zip": archive[: len(archive) // 2],  # the end (its central directory) is missing: damaged
        "transaction.an2": nist_transaction(),
        "chat.db": sqlite_database(),
        "blob.bin": random.Random(12).randbytes(4096),
        "odd.bin": random.Random(13).randbytes(2048),
        "ledger.pdf": pdf(pages=1),
        "phone.heic": heic(exif=camera_exif()),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    captures = import_and_analyse(qtbot, window, [tmp_path / name for name in files])

    # Text, laid out right to left where it is Arabic, read-only; the details say where it came from.
    viewer = open_viewer(qtbot, window, captures["notes-ar.txt"])
    assert tabs(viewer) == ["Text"] and viewer.text_view is not None and viewer.text_view.isReadOnly()
    assert ARABIC in viewer.text_view.toPlainText()
    document = viewer.text_view.document()
    arabic, english = document.firstBlock(), document.firstBlock().next()
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert english.textDirection() == Qt.LayoutDirection.LeftToRight
    document.documentLayout().blockBoundingRect(english)  # laid out now, not when first painted
    width = document.textWidth()
    assert arabic.layout().lineAt(0).naturalTextRect().right() > width - 20  # at the right edge
    assert english.layout().lineAt(0).naturalTextRect().left() < 20  # at the left edge
    details = viewer.details_text()
    assert "Path: notes-ar.txt" in details and "Status: analysed" in details and "Modified: 20" in details
    assert not viewer.banner.isVisible() and not viewer.metadata.isVisible()
    viewer.metadata_toggle.setChecked(True)  # "All facts" unfolds, a table
    assert viewer.metadata.isVisibleTo(viewer) and "facts.encoding" in viewer.facts_model.column("Fact")
    viewer.reject()
    assert viewer.text_view.toPlainText() == ""  # dropped with the window

    # E-mail: its headers above its text, the attachment named.
    viewer = open_viewer(qtbot, window, captures["message.eml"])
    assert tabs(viewer) == ["Text"] and viewer.email_headers is not None
    assert "The shipment leaves Thursday at dawn." in viewer.text_view.toPlainText()  # type: ignore[union-attr]
    header_texts = [label.text() for label in viewer.email_headers.findChildren(type(viewer.banner))]
    assert "Abu Omar <abu@example.org>" in header_texts and "Shipment Thursday" in header_texts
    assert any("manifest.pdf" in text for text in header_texts)
    assert "Subject: Shipment Thursday" in viewer.details_text()
    viewer.reject()

    # An archive: its members in a table, the encrypted one flagged; nothing extracted.
    viewer = open_viewer(qtbot, window, captures["bundle.zip"])
    assert tabs(viewer) == ["Members"]
    members = viewer.models["members"]
    assert members.column("Path") == ["docs/ledger.txt", "photos/a.jpg", "secret.txt"]
    assert members.column("Encrypted") == [False, False, True] and members.column("Size")[0] == 15
    viewer.reject()
    viewer = open_viewer(qtbot, window, captures["cut.zip"])
    assert viewer.banner.isVisibleTo(viewer) and "Analysis found damage" in viewer.banner.text()
    assert "the original is kept unchanged" in viewer.banner.text() and "central directory" in viewer.banner.text()
    viewer.reject()

    # ANSI/NIST: its records; a database: its tables and row counts; unknown bytes: size, entropy, SHA-256.
    viewer = open_viewer(qtbot, window, captures["transaction.an2"])
    assert tabs(viewer) == ["Records"]
    records = viewer.models["records"]
    assert records.column("Type") == [1, 2, 14] and records.column("Record")[2] == "Ten-print fingerprint"
    assert records.column("Compression")[2] == "WSQ20" and records.column("Size")[2] == "200 × 240"
    assert "TCN-0001" in viewer.details_text()
    viewer.reject()
    viewer = open_viewer(qtbot, window, captures["chat.db"])
    assert tabs(viewer) == ["Tables"]
    tables = viewer.models["tables"]
    assert dict(zip(tables.column("Table"), tables.column("Rows"), strict=True)) == {"contacts": 0, "messages": 2}
    viewer.reject()
    blob = captures["blob.bin"]
    viewer = open_viewer(qtbot, window, blob)
    assert tabs(viewer) == ["Summary"]
    summary = viewer.card_texts["bytes"]
    assert blob.sha256 in summary and "4,096 bytes" in summary and "Entropy: 7.9" in summary
    viewer.reject()

    # A PDF: its pages (rendered in the sandbox) and its text layer.
    viewer = open_viewer(qtbot, window, captures["ledger.pdf"])
    assert tabs(viewer) == ["Pages", "Text"]
    qtbot.waitUntil(lambda: viewer.pixmap_item is not None, timeout=20_000)
    assert "Ledger page 1" in viewer.text_view.toPlainText()  # type: ignore[union-attr]
    viewer.reject()

    # A HEIC photo (the usual iPhone photo): rendered in the sandbox like any picture, with the camera and the place.
    viewer = open_viewer(qtbot, window, captures["phone.heic"])
    assert tabs(viewer) == ["Picture"] and viewer.preview is None
    qtbot.waitUntil(lambda: viewer.pixmap_item is not None, timeout=20_000)
    assert viewer.pixmap_item is not None and viewer.pixmap_item.pixmap().width() == 320
    assert "HEIC" in viewer.details_text()
    assert "Camera: Google Pixel 8" in viewer.details_text() and "GPS: 48.85" in viewer.details_text()
    assert "MGRS: 31U" in viewer.details_text()
    viewer.reject()

    # Analysis that fails (a decoder that crashes): a card with the reason, the original kept unchanged.
    odd = captures["odd.bin"]
    run_job(qtbot, window, lambda context: runner.analyse(context.need_store(), [odd.id],
                                                          op="tests.sandbox_ops:describe_by_crashing"))  # fmt: skip
    viewer = open_viewer(qtbot, window, odd)
    assert tabs(viewer) == ["Not shown"]
    assert "Analysis failed: the decoder crashed" in viewer.card_texts["failed"]
    assert "The original is kept unchanged." in viewer.card_texts["failed"]
    assert "Analysis failed: the decoder crashed" in viewer.banner.text()
    assert "Status: failed: the decoder crashed" in viewer.details_text()
    viewer.reject()


def test_a_capture_being_analysed_turns_into_its_content(qtbot: QtBot, window: MainWindow) -> None:
    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-WAIT")
    evidence = window.evidence_page

    def keep(context: JobContext) -> object:  # stored as a capture source would, with no import to start analysis
        store = context.need_store()
        capture_id, _new = store.originals.add_original(
            store.items()[0], b"Rendez-vous at the old well.\n", original_name="note.txt", kind="document",
            media_type=media_types.TEXT, source="test", metadata={})  # fmt: skip
        return store.capture(capture_id)

    capture = run_job(qtbot, window, keep)
    assert isinstance(capture, Capture)
    viewer = open_viewer(qtbot, window, capture)
    assert tabs(viewer) == ["Being analysed"] and "Being analysed" in viewer.banner.text()
    assert "being analysed" in viewer.details_text()
    with qtbot.waitSignal(viewer.loaded, timeout=30_000, check_params_cb=lambda view: view.panels == ("text",)):
        evidence.start_background_work()  # analysed(id) arrives: the viewer reads the capture again
    assert tabs(viewer) == ["Text"] and not viewer.banner.isVisible()
    assert viewer.text_view is not None and "Rendez-vous at the old well." in viewer.text_view.toPlainText()
    viewer.reject()


def test_video_and_audio_play_from_segments_the_sandbox_decodes(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from tests.media_samples import encode

    (tmp_path / "clip.mp4").write_bytes(encode("mp4", "libx264", "aac", seconds=3.0, rate=10, size=(160, 96)))
    wav, samples = tone_wav()
    (tmp_path / "tone.wav").write_bytes(wav)
    # From here on this process may not import PyAV: every decoding of the recordings happens in the sandbox.
    loaded_before = {name for name in sys.modules if name == "av" or name.startswith("av.")}
    monkeypatch.setitem(sys.modules, "av", None)

    first_run(qtbot, window)
    add_item(qtbot, window, "Op", "EV-PLAY")
    captures = import_and_analyse(qtbot, window, [tmp_path / "clip.mp4", tmp_path / "tone.wav"])
    viewer = open_viewer(qtbot, window, captures["clip.mp4"])
    assert tabs(viewer) == ["Play"]
    player = viewer.player
    assert player is not None and player.frame is not None  # the poster frame analysis stored, before play
    assert player.duration_s is not None and 2.9 < player.duration_s < 3.2
    assert "Duration: 0:03" in viewer.details_text() and "h264" in viewer.details_text()
    viewer.tabs.setCurrentIndex(0)
    poster = player.frame

    with qtbot.waitSignal(player.frame_shown, timeout=20_000, check_params_cb=lambda t: t >= 0.5):
        QTest.keyClick(viewer, Qt.Key.Key_Space)  # Space plays
    # A frame is shown up to 1 ms before its time (the player's tolerance), so the clock may read 0.499.
    assert playing(player) and player.frame is not poster and player.position_s >= 0.5 - 1e-3
    assert player.slider.value() >= 499 and player.time_label.text().endswith("/ 0:03")
    assert player.sound_label.text()  # playing, or why the sound is unavailable here (no audio device)
    QTest.keyClick(viewer, Qt.Key.Key_Space)  # and pauses
    assert not playing(player)
    paused_at = player.position_s
    qtbot.wait(300)
    assert player.position_s == paused_at

    # Seeking asks for the segment there; playing on reaches the end.
    with qtbot.waitSignal(player.frame_shown, timeout=20_000, check_params_cb=lambda t: t >= 2.0):
        player.seek(2.2)
    with qtbot.waitSignal(player.finished, timeout=20_000):
        player.play()
    assert player.position_s == player.duration_s and not player.playing
    viewer.reject()
    assert shown_frame(player) is None  # dropped with the window

    # Sound only: the player runs its clock through the sound; no frames.
    viewer = open_viewer(qtbot, window, captures["tone.wav"])
    player = viewer.player
    assert player is not None and not player.has_video
    player.play()
    qtbot.waitUntil(lambda: player.position_s > 0.3, timeout=20_000)
    assert player.frame is None
    viewer.reject()

    # What the player plays is PCM the sandbox decoded: exactly the tone's samples, at the file's own rate.
    segment = viewer_ops.media_segment(wav, media_types.WAV, 0.5, 1.0)
    assert (segment.sample_rate, segment.channels, segment.frames) == (8000, 1, [])
    assert len(segment.audio) == 8000 * 2 and segment.audio == samples[4000 * 2 : 12000 * 2]
    clip = (tmp_path / "clip.mp4").read_bytes()
    segment = viewer_ops.media_segment(clip, media_types.MP4, 1.0, 1.0, fps=5)
    assert [round(frame.time_s, 1) for frame in segment.frames] == [1.0, 1.2, 1.4, 1.6, 1.8]
    assert len(segment.audio) == segment.sample_rate * segment.channels * 2 and segment.sample_rate == 8000

    imported = {name for name in sys.modules if name == "av" or name.startswith("av.")} - loaded_before
    blocked: object = sys.modules["av"]  # still None: importing PyAV here fails, and nothing of it was loaded
    assert blocked is None and imported == set()


def test_acquisitions_and_a_camera_card_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.conftest import jpeg_bytes

    media = tmp_path / "media"
    card = media / "NIKON_D750"
    (card / "DCIM" / "100NIKON").mkdir(parents=True)
    for i in range(2):
        (card / "DCIM" / "100NIKON" / f"DSC_{i}.JPG").write_bytes(jpeg_bytes(size=(160, 120), seed=70 + i))
    folder = tmp_path / "seized"
    folder.mkdir()
    (folder / "notes.txt").write_text("cash, Thursday\n")
    os.mkfifo(folder / "pipe")
    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF, card_roots=[media])
    qtbot.addWidget(window)
    window.show()
    try:
        first_run(qtbot, window)
        add_item(qtbot, window, "Op", "EV-CARD")
        evidence = window.evidence_page
        with qtbot.waitSignal(evidence.card_found, timeout=10_000):
            evidence.look_for_cards()
        dialog = evidence.import_card()  # the Import dialog with the card as its source
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.import_button.isEnabled(), timeout=10_000)
        with qtbot.waitSignal(evidence.import_finished, timeout=20_000):
            dialog.start_import()
        with qtbot.waitSignal(evidence.import_finished, timeout=20_000):
            evidence.import_paths([folder])
        view = evidence.acquisitions_view
        qtbot.waitUntil(lambda: view.acquisitions.rowCount() == 2, timeout=10_000)
        assert view.acquisitions.column("Source") == ["card", "files"]
        assert view.acquisitions.column("Root") == [str(card), str(folder)]
        assert view.acquisitions.column("Stored") == [2, 1] and view.acquisitions.column("Not stored") == [0, 1]
        # The newest is selected: its entries, the FIFO with why it was not stored.
        qtbot.waitUntil(lambda: view.entries.rowCount() == 2, timeout=10_000)
        entries = dict(zip(view.entries.column("Path"), view.entries.column("Status"), strict=True))
        assert entries == {"notes.txt": "stored", "pipe": "not-stored"}
        assert "FIFO" in str(view.entries.column("Reason / link")[view.entries.column("Path").index("pipe")]).upper()
        notes_sha = view.entries.column("SHA-256")[view.entries.column("Path").index("notes.txt")]
        assert isinstance(notes_sha, str) and len(notes_sha) == 64
        view.acquisition_table.selectRow(0)  # the card's
        qtbot.waitUntil(lambda: view.entries.column("Path") == ["DCIM/100NIKON/DSC_0.JPG", "DCIM/100NIKON/DSC_1.JPG"],
                        timeout=10_000)  # fmt: skip
        assert all(isinstance(when, str) and when.startswith("20") for when in view.entries.column("Modified"))

        # The viewer says where a capture was acquired.
        qtbot.waitUntil(lambda: evidence.captures.rowCount() == 3, timeout=10_000)
        shown = [evidence.captures.capture_at(row) for row in range(3)]
        photo = next(c for c in shown if c is not None and c.original_name == "DSC_1.JPG")
        viewer = open_viewer(qtbot, window, photo)
        text = viewer.details_text()
        assert "Path: DCIM/100NIKON/DSC_1.JPG" in text and f"Root: {card}" in text and "(card)" in text
        viewer.reject()
    finally:
        executor.shutdown()


def test_what_the_sandbox_answers_is_checked_before_the_window_uses_it() -> None:
    """A sandbox taken over by a hostile recording could answer anything: a frame that declares a huge size, sound
    longer than the segment, frames outside it. Each is refused; so is a recording cut short before its index."""
    from fieldkit.errors import AnalysisFailedError
    from tests.media_samples import encode

    def checked(**changes: object) -> object:
        answer: dict[str, object] = {"start_s": 0.0, "seconds": 1.0, "frames": [], "audio": bytes(16000),
                                     "sample_rate": 8000, "channels": 1, "duration_s": 2.0, "end": False}  # fmt: skip
        answer.update(changes)
        return viewer_ops._checked_segment(answer, 960, DEFAULT_ANALYSIS_LIMITS)

    assert isinstance(checked(), viewer_ops.MediaSegment)
    huge_png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + struct.pack(">II", 60_000, 60_000) + bytes(16)
    for forged in ({"frames": [{"t": 0.1, "image": huge_png}]}, {"frames": [{"t": 5.0, "image": b""}]},
                   {"audio": bytes(16004)}, {"audio": bytes(3)}, {"sample_rate": 192_000}, {"channels": 6},
                   {"seconds": 3600.0}, {"frames": "not a list"}):  # fmt: skip
        with pytest.raises(AnalysisFailedError) as refused:
            checked(**forged)
        assert refused.value.reason == "bad-answer"

    clip = encode("mp4", "libx264", "aac")
    with pytest.raises(AnalysisFailedError, match="no stream fieldkit can play"):  # its index was at the end
        viewer_ops.media_segment(clip[: len(clip) // 2], media_types.MP4, 0.0, 1.0)


def test_each_kind_gets_its_panels() -> None:
    """Which panels the viewer offers, from the media type and what analysis stored (no store, no window)."""
    from fieldkit.store.analyses import Analysis

    def panels(media_type: str, status: str = "ok", facts: dict[str, object] | None = None, text: bool = False,
               preview: bool = False) -> tuple[str, ...]:  # fmt: skip
        capture = Capture(1, "u", 1, "Op", "EV", "file", media_type, "x", "0" * 64, 1, None, "now", "op", "file")
        analysis = Analysis(1, status, media_type=media_type, facts=dict(facts or {}))  # type: ignore[arg-type]
        return viewer_ops.panels_for(capture, analysis, text, preview)

    assert panels(media_types.JPEG) == ("pages",) and panels(media_types.JPEG, "failed") == ("pages",)
    assert panels(media_types.PDF, text=True) == ("pages", "text")
    assert panels(media_types.PDF) == ("pages", "text")  # a scan: the Text tab says there is no text layer
    assert panels(media_types.HEIC, preview=True) == ("pages",) and panels(media_types.AVIF) == ("pages",)
    assert panels(media_types.CR2, preview=True) == ("preview",) and panels(media_types.CR2) == ("bytes",)
    assert panels(media_types.MP4, facts={"video": {"codec": "h264"}}) == ("player",)
    assert panels(media_types.MP4) == ("bytes",)  # FFmpeg found no stream: nothing to play
    assert panels(media_types.DOCX) == ("text",) and panels(media_types.EMAIL, text=True) == ("text",)
    assert panels(media_types.ZIP, facts={"members": []}) == ("members",)
    assert panels(media_types.ANSI_NIST, facts={"records": []}) == ("records",)
    assert panels(media_types.SQLITE, facts={"tables": []}) == ("tables",)
    assert panels(media_types.OCTET_STREAM) == ("bytes",)
    assert panels(media_types.ZIP, "failed") == ("failed",) and panels(media_types.ZIP, "pending") == ("pending",)
