"""Render every page of the window with sample data to docs/screenshots/*.png (offscreen, 1366x768).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.gui.i18n import install_translations  # noqa: E402
from fieldkit.gui.mainwindow import MainWindow  # noqa: E402
from fieldkit.gui.pages.fingerprints import FingerprintsPage  # noqa: E402
from fieldkit.gui.tasks import StoreExecutor  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from fieldkit.outgoing import compose, ledger  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASS = "screenshot passphrase"  # noqa: S105 - a throwaway sample store


def wait(ms: int = 1500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def sample_data(base: Path) -> tuple[Path, HQ, Path]:
    photos = base / "photos"
    photos.mkdir()
    colours = ["#8a6d3b", "#3b6e8a", "#5a8a3b", "#8a3b5a", "#6b6b6b", "#3b8a7d"]
    for i, colour in enumerate(colours):
        image = Image.new("RGB", (900, 600), colour)
        draw = ImageDraw.Draw(image)
        draw.rectangle((120, 100, 780, 500), outline="white", width=14)
        draw.text((400, 290), f"sample photo {i + 1}", fill="white")
        image.save(photos / f"IMG_{i + 1:04}.jpg", quality=88)
    hq = HQ.init(base / "HQ", "Task Force North")
    store = Store.init(base / "store", "Sgt Haddad", PASS, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    ledger.set_organisation(store, hq.organisation)
    case = store.ensure_case("Op Falcon")
    for tag, category, text in [("EV-0041", "document", "Ledger, 40 pages, handwritten"),
                                ("EV-0042", "phone", "Nokia 105, cracked screen"),
                                ("EV-0043", "id-card", "Laminated ID card")]:  # fmt: skip
        store.update_item(store.ensure_item(case, tag, category), description=text)
    Importer(store).run("Op Falcon", "EV-0042", [photos])
    sheets = []
    for number in range(1, 4):
        sheet = Image.new("L", (1240, 1754), 250)
        draw = ImageDraw.Draw(sheet)
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
        for line in range(14):
            draw.text((120, 160 + line * 100), f"Ledger page {number}, entry {line + 1}: twelve crates", fill=20,
                      font=font)  # fmt: skip
        sheets.append(sheet.rotate(180) if number == 2 else sheet)  # page 2 came out of the feeder upside down
    sheets[0].save(base / "ledger.tif", save_all=True, append_images=sheets[1:], compression="tiff_lzw")
    Importer(store).run("Op Falcon", "EV-0041", [base / "ledger.tif"])
    from fieldkit.biometrics import capture, prints, subjects, synthetic
    from fieldkit.biometrics.livescan import SimulatedScanner

    subject = subjects.add_subject(store, "Op Falcon", "S-0007", claimed_name="Abu Omar", nationality="SYR")
    card, placed = synthetic.tenprint_card()
    finger, (x, y) = placed[9]
    ImageDraw.Draw(card).rectangle((x, y, x + finger.width, y + finger.height), fill=250)  # no ring finger
    card.save(base / "card.png", dpi=(500, 500))
    capture.import_card(store, subject.item, base / "card.png")
    prints.set_condition(store, subject.item, 9, "amputated")
    capture.live_scan(store, subject.item, SimulatedScanner("blurred"), finger=3, impression=1)
    out = base / "out"
    out.mkdir()
    (bundle,) = compose.create_bundles(store, out)
    from fieldkit.hq import access
    from fieldkit.sync import outbox

    # Uploads provisioned, but HQ's server is not running: the Outbox shows the bundle waiting and why.
    outbox.apply_provisioning(store, access.provisioning_for(hq, store.device_id, "https://127.0.0.1:9"))
    outbox.enqueue_new(store)
    Importer(store).run("Op Falcon", "EV-0043", [photos / "IMG_0001.jpg"])
    store.close()
    return base / "store", hq, bundle.path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
    try:
        store_dir, hq, bundle = sample_data(base)
        app = QApplication.instance() or QApplication([])
        install_translations(app, "en")  # type: ignore[arg-type]
        executor = StoreExecutor()
        window = MainWindow(executor, store_dir)
        window.resize(1366, 768)
        window.show()
        dialog = window.start()
        wait(300)
        if dialog is not None:
            shoot(dialog, "unlock")
            dialog.passphrase.setText(PASS)  # type: ignore[attr-defined]
            dialog.submit()  # type: ignore[attr-defined]
        wait(1500)
        window.evidence_page.item_list.setCurrentIndex(window.evidence_page.proxy.index(1, 0))
        wait(2000)
        shoot(window, "evidence")
        window.evidence_page.item_list.setCurrentIndex(window.evidence_page.proxy.index(0, 0))
        wait(1500)
        viewer = window.evidence_page.show_capture(window.evidence_page.captures.capture_at(0))
        assert viewer is not None
        viewer.resize(1300, 760)
        wait(1500)
        viewer.go(1)
        wait(1000)
        viewer.turn(180)
        wait(1000)
        shoot(viewer, "viewer-document")
        viewer.reject()
        window.evidence_page.item_list.setCurrentIndex(window.evidence_page.proxy.index(1, 0))
        wait(1500)
        window.evidence_page.tabs.setCurrentIndex(1)
        wait(300)
        shoot(window, "item-details")
        window.evidence_page.tabs.setCurrentIndex(2)
        wait(500)
        shoot(window, "custody")
        fingerprints = window.show_page(FingerprintsPage)
        wait(2500)
        fingerprints.tenprint.select(3)
        wait(300)
        shoot(window, "fingerprints")
        window.pages.setCurrentWidget(window.bundles_page)
        wait(800)
        shoot(window, "bundles")
        window.pages.setCurrentWidget(window.outbox_page)
        window.outbox_page.sync_now()
        wait(2500)
        shoot(window, "outbox")
        window.pages.setCurrentWidget(window.verify_page)
        window.verify_page.hq.setText(str(hq.folder))
        window.verify_page.open_bundle(bundle)
        wait(2500)
        shoot(window, "verify")
        window.pages.setCurrentWidget(window.settings_page)
        wait(500)
        shoot(window, "settings")
        executor.shutdown()
        install_translations(app, "ar")  # type: ignore[arg-type]
        executor = StoreExecutor()
        arabic = MainWindow(executor, store_dir)
        arabic.resize(1366, 768)
        arabic.show()
        dialog = arabic.start()
        dialog.passphrase.setText(PASS)  # type: ignore[union-attr]
        dialog.submit()  # type: ignore[union-attr]
        wait(1500)
        arabic.evidence_page.item_list.setCurrentIndex(arabic.evidence_page.proxy.index(1, 0))
        wait(2000)
        shoot(arabic, "evidence-arabic")
        executor.shutdown()
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
