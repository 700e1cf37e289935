"""Bundles, Verify and Settings pages driven through their widgets: provision, create a bundle, copy it to a drive,
verify it on the Verify page, ingest it; operators and passphrase; emergency wipe (the HQ window: test_hq_window.py)."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldkit.bundle.verify import Report
from fieldkit.config import TEST_KDF
from fieldkit.core.importer import ImportSummary
from fieldkit.gui.dialogs import UnlockDialog
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.hq.ingest import IngestResult
from fieldkit.hq.trust import HQ
from tests.conftest import jpeg_bytes
from tests.gui.steps import PASS, add_item, first_run, window_device_line


def test_bundle_verify_ingest_through_the_pages(qtbot: QtBot, tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    provisioning = tmp_path / "provision.json"
    provisioning.write_text(json.dumps(hq.provisioning().to_json()))
    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(window)
    window.show()
    try:
        first_run(qtbot, window)
        page = window.bundles_page
        qtbot.waitUntil(lambda: "No headquarters recipient" in page.warning.text(), timeout=10_000)
        assert not page.create_button.isEnabled()

        window.settings_page.import_provisioning(provisioning)
        qtbot.waitUntil(lambda: "Provisioned" in window.settings_page.status.text(), timeout=10_000)
        add_item(qtbot, window, "Op Falcon", "EV-1")
        src = tmp_path / "src"
        src.mkdir()
        for i in range(2):
            (src / f"IMG_{i}.jpg").write_bytes(jpeg_bytes(size=(320, 240), seed=i))
        with qtbot.waitSignal(window.evidence_page.import_finished, timeout=30_000) as blocker:
            window.evidence_page.import_paths([src])
        assert isinstance(blocker.args[0], ImportSummary)
        qtbot.waitUntil(lambda: page.create_button.isEnabled(), timeout=10_000)
        assert "2 captures not yet bundled" in page.summary.text() and page.warning.text() == ""

        hq.enroll(window_device_line(qtbot, window))
        out = tmp_path / "out"
        out.mkdir()
        page.folder.setText(str(out))
        with qtbot.waitSignal(page.bundles_created, timeout=30_000) as made:
            page.create_bundle()
        assert len(made.args[0]) == 1
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: "0 captures not yet bundled" in page.summary.text(), timeout=10_000)
        drive = tmp_path / "usb"
        drive.mkdir()
        with qtbot.waitSignal(page.copied, timeout=10_000):
            page.copy_selected(drive)
        assert "Copied and verified" in page.message.text()
        bundle = next(drive.glob("*.fkb"))

        verify = window.verify_page
        verify.hq.setText(str(hq.folder))
        with qtbot.waitSignal(verify.verified, timeout=30_000) as verified:
            verify.open_bundle(bundle)
        report = verified.args[0]
        assert isinstance(report, Report) and report.ok
        assert verify.verdict.text().startswith("VALID")
        assert verify.checks.count() == len(report.checks) and verify.items.count() == 2
        assert verify.custody.count() > 3
        saved = verify.save_report(tmp_path / "report.html")
        assert saved is not None and "VALID" in saved.read_text()
        with qtbot.waitSignal(verify.ingested, timeout=10_000) as ingested:
            verify.ingest()
        result = ingested.args[0]
        assert isinstance(result, IngestResult) and result.outcome == "ingested"

        tampered = tmp_path / "tampered.fkb"
        data = bytearray(bundle.read_bytes())
        data[-10] ^= 1
        tampered.write_bytes(bytes(data))
        with qtbot.waitSignal(verify.verified, timeout=30_000) as refused:
            verify.open_bundle(tampered)
        assert not refused.args[0].ok and verify.verdict.text().startswith("REJECTED")
    finally:
        executor.shutdown()


def test_operators_passphrase_and_wipe(qtbot: QtBot, tmp_path: Path) -> None:
    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(window)
    window.show()
    try:
        first_run(qtbot, window)
        settings = window.settings_page
        qtbot.waitUntil(lambda: settings.operators.count() == 1, timeout=10_000)
        assert settings.fingerprint.text().startswith("SHA256:")
        settings.add_operator("Cpl Amal", "amal passphrase 1")
        qtbot.waitUntil(lambda: settings.operators.count() == 2, timeout=10_000)
        settings.change_passphrase("Sgt Haddad", "new haddad passphrase")
        qtbot.waitUntil(lambda: "Changed the passphrase" in settings.status.text(), timeout=10_000)
        dialog = window.lock()
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(PASS)  # the old one no longer opens
        dialog.submit()
        qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=10_000)
        dialog.passphrase.setText("new haddad passphrase")
        with qtbot.waitSignal(window.evidence_page.refreshed, timeout=10_000):
            dialog.submit()
        assert window.operator == "Sgt Haddad"

        assert not settings.confirm_wipe("wipe")  # the word must be typed exactly
        assert (tmp_path / "store").exists()
        with qtbot.waitSignal(window.wiped, timeout=10_000):
            assert settings.confirm_wipe("WIPE")
        assert not (tmp_path / "store").exists() and not window.is_unlocked
    finally:
        executor.shutdown()


def test_first_run_can_import_the_provisioning_file(qtbot: QtBot, tmp_path: Path) -> None:
    from fieldkit.gui.dialogs import FirstRunDialog

    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    provisioning = tmp_path / "provision.json"
    provisioning.write_text(json.dumps(hq.provisioning().to_json()))
    executor = StoreExecutor()
    window = MainWindow(executor, tmp_path / "store", kdf=TEST_KDF)
    qtbot.addWidget(window)
    try:
        dialog = window.start()
        assert isinstance(dialog, FirstRunDialog)
        assert not dialog.provision_button.isVisible()
        dialog.operator.setText("Sgt Haddad")
        dialog.passphrase.setText(PASS)
        dialog.again.setText(PASS)
        with qtbot.waitSignal(window.evidence_page.refreshed, timeout=20_000):
            dialog.submit()
        assert dialog.provision_button.isVisibleTo(dialog)
        dialog.import_provisioning(provisioning)
        qtbot.waitUntil(lambda: "Provisioned: 1" in dialog.provision_button.text(), timeout=10_000)
        qtbot.waitUntil(lambda: window.bundles_page.warning.text() == "" and bool(window.bundles_page.summary.text()),
                        timeout=10_000)  # fmt: skip
    finally:
        executor.shutdown()
