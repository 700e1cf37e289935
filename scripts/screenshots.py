"""Render the window with sample data to docs/screenshots/*.png (offscreen, 1366x768).

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD .venv/bin/python scripts/screenshots.py [watchlist]
(``watchlist``: only the watchlist hit's shots.) Under a real X server at the field laptop's size:
xvfb-run -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb PYTHONPATH=$PWD .venv/bin/python scripts/screenshots.py

Everything is made in a temporary folder (a store, an HQ folder, sample photos with EXIF time and GPS, a folder to
import, a tampered bundle) and the real windows are driven as an operator would; the window's preferences (theme,
language, HQ folder) go to a temporary settings folder, not the user's.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fieldkit.bundle import age  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.gui.hqwindow import HqWindow  # noqa: E402
from fieldkit.gui.i18n import install_translations  # noqa: E402
from fieldkit.gui.mainwindow import MainWindow  # noqa: E402
from fieldkit.gui.pages.fingerprints import FingerprintsPage  # noqa: E402
from fieldkit.gui.pages.verify import VerifyPage  # noqa: E402
from fieldkit.gui.tasks import StoreExecutor  # noqa: E402
from fieldkit.gui.theme import apply_theme  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from fieldkit.outgoing import compose, ledger  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
PASS = "screenshot passphrase"  # noqa: S105 - a throwaway sample store
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# Where and when the sample photos were "taken": Kabul, 12 March 2026 from 09:14 local time (+04:30).
LATITUDE, LONGITUDE = 34.5553, 69.2075
WRITTEN: list[str] = []


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    """Let the window work until ``condition`` holds (polled every 50 ms); fail loudly if it never does."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"gave up waiting for {what}")
        wait(50)


def wait_signal(signal: object, start: Callable[[], object], what: str, timeout: float = 60) -> list[object]:
    got: list[object] = []
    signal.connect(lambda *args: got.append(args))  # type: ignore[attr-defined]
    start()
    wait_until(lambda: bool(got), what, timeout)
    return got


def shoot(widget: QWidget, name: str) -> None:
    wait(150)  # the last repaint
    widget.grab().save(str(OUT / f"{name}.png"))
    WRITTEN.append(f"{name}.png")
    print(f"wrote docs/screenshots/{name}.png ({widget.width()}x{widget.height()})")


# --- sample data ---------------------------------------------------------------------------------------------------


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction(round((value - degrees - minutes / 60) * 3600 * 100), 100)
    return Fraction(degrees), Fraction(minutes), seconds


def photo(path: Path, colour: str, label: str, taken: str, *, seed: int = 0, mtime: float | None = None) -> None:
    """A JPEG as a phone writes it: camera make and model, time with its offset, a GPS fix."""
    image = Image.new("RGB", (1200, 900), colour)
    draw = ImageDraw.Draw(image)
    chance = random.Random(seed)  # a scene, not a secret
    for _ in range(14):  # a cluttered scene, different in every photo (else they are flagged as near-duplicates)
        x, y = chance.randrange(0, 1100), chance.randrange(0, 800)
        w, h = chance.randrange(80, 500), chance.randrange(60, 400)
        shade = tuple(chance.randrange(30, 230) for _ in range(3))
        (draw.ellipse if chance.random() < 0.4 else draw.rectangle)((x, y, x + w, y + h), fill=shade)
    x, y = chance.randrange(150, 700), chance.randrange(120, 260)
    draw.rounded_rectangle((x, y, x + 300, y + 560), radius=36, fill="#222", outline="#ddd", width=8)  # a phone
    draw.rectangle((x + 24, y + 50, x + 276, y + 330), fill="#3d5a73")
    draw.line((x + 34, y + 70, x + 260, y + 310), fill="#cfd8dc", width=5)  # the crack
    font = ImageFont.truetype(FONT, 40)
    draw.text((40, 40), label, fill="white", font=font)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Google", "Pixel 8"
    exif[0x8769] = {0x9003: taken, 0x9011: "+04:30"}
    exif[0x8825] = {1: "N", 2: _dms(LATITUDE), 3: "E", 4: _dms(LONGITUDE), 6: Fraction(1791)}
    image.save(path, quality=88, exif=exif.tobytes())
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def sample_data(base: Path) -> tuple[Path, HQ, Path]:
    photos = base / "photos"
    photos.mkdir()
    colours = ["#8a6d3b", "#3b6e8a", "#5a8a3b", "#8a3b5a", "#6b6b6b", "#3b8a7d"]
    for i, colour in enumerate(colours):
        photo(photos / f"IMG_{i + 1:04}.jpg", colour, f"EV-0042  photo {i + 1}", f"2026:03:12 09:{14 + i * 2}:05",
              seed=i)  # fmt: skip
    # A camera card to import in the Import dialog: two bursts an hour and a half apart, a copy of a photo the store
    # already has, and a damaged file; copied to a laptop within seconds (the files' times are the copy's: the
    # EXIF says when each photo was taken).
    card = base / "card" / "DCIM" / "100GOOGL"
    card.mkdir(parents=True)
    start = time.time() - 6 * 3600
    for i in range(8):
        burst = 0 if i < 4 else 90 * 60
        photo(card / f"PXL_{i + 1:04}.jpg", colours[(i + 2) % 6], f"roadside  {i + 1}",
              f"2026:03:12 {10 + burst // 3600}:{(i * 3 + burst // 60) % 60:02}:00", seed=i,
              mtime=start + i)  # fmt: skip
    shutil.copy2(photos / "IMG_0001.jpg", card / "PXL_0009.jpg")
    os.utime(card / "PXL_0009.jpg", (start + 8, start + 8))
    damaged = card / "PXL_0010.jpg"
    damaged.write_bytes((card / "PXL_0001.jpg").read_bytes()[:3000])  # cut short: a card pulled out mid-write
    os.utime(damaged, (start + 9, start + 9))

    hq = HQ.init(base / "HQ", "Task Force North")
    store = Store.init(base / "store", "Sgt Haddad", PASS, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    ledger.set_organisation(store, hq.organisation)
    case = store.ensure_case("Op Falcon")
    for tag, category, text in [("EV-0041", "document", "Ledger, 40 pages, handwritten"),
                                ("EV-0042", "phone", "Nokia 105, cracked screen, found under the driver's seat"),
                                ("EV-0043", "id-card", "Laminated ID card")]:  # fmt: skip
        store.update_item(store.ensure_item(case, tag, category), description=text)
    Importer(store).run("Op Falcon", "EV-0042", [photos])
    sheets = []
    for number in range(1, 4):
        sheet = Image.new("L", (1240, 1754), 250)
        draw = ImageDraw.Draw(sheet)
        font = ImageFont.truetype(FONT, 44)
        for line in range(14):
            draw.text((120, 160 + line * 100), f"Ledger page {number}, entry {line + 1}: twelve crates", fill=20,
                      font=font)  # fmt: skip
        sheets.append(sheet.rotate(180) if number == 2 else sheet)  # page 2 came out of the feeder upside down
    sheets[0].save(base / "ledger.tif", save_all=True, append_images=sheets[1:], compression="tiff_lzw")
    Importer(store).run("Op Falcon", "EV-0041", [base / "ledger.tif"])
    from fieldkit.biometrics import capture, prints, subjects, synthetic
    from fieldkit.biometrics.livescan import SimulatedScanner

    subject = subjects.add_subject(store, "Op Falcon", "S-0007", claimed_name="Abu Omar", nationality="SYR")
    tenprint, placed = synthetic.tenprint_card()
    finger, (x, y) = placed[9]
    ImageDraw.Draw(tenprint).rectangle((x, y, x + finger.width, y + finger.height), fill=250)  # no ring finger
    tenprint.save(base / "card.png", dpi=(500, 500))
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


def tampered(bundle: Path, hq: HQ, out: Path) -> Path:
    """The device's bundle with one byte of its custody log changed after signing (same size), sealed again to HQ:
    what someone on the way with HQ's public key could do. HQ must quarantine it."""
    with bundle.open("rb") as source:
        plain = bytearray(age.AgeReader(source, hq.identities()).read())
    with tarfile.open(fileobj=io.BytesIO(bytes(plain))) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("data/custody.jsonld"))
    offset = member.offset_data + bytes(plain[member.offset_data : member.offset_data + member.size]).index(b"Sgt")
    plain[offset : offset + 3] = b"Cpl"
    sealed = io.BytesIO()
    writer = age.AgeWriter(sealed, hq.recipients())
    writer.write(bytes(plain))
    writer.close()
    out.write_bytes(sealed.getvalue())
    return out


# --- the shots -----------------------------------------------------------------------------------------------------


def select_item(window: MainWindow, tag: str) -> None:
    """Select the item ``tag`` in the list and wait until its captures' thumbnails are all shown."""
    page = window.evidence_page
    wait_until(lambda: any(tag in str(page.proxy.index(r, 0).data()) for r in range(page.proxy.rowCount())),
               f"{tag} listed")  # fmt: skip
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if tag in str(index.data()):
            page.item_list.setCurrentIndex(index)
            break
    else:
        raise LookupError(tag)
    wait_until(lambda: (item := page.current_item()) is not None and item.tag == tag, f"{tag} selected")
    captures = page.captures

    def shown() -> bool:
        first = captures.capture_at(0)
        return first is not None and first.item_tag == tag and captures.thumbnails_loaded == captures.rowCount()

    wait_until(shown, f"the thumbnails of {tag}")


def unlock(window: MainWindow) -> None:
    screen = window.start()
    assert screen is window.lock_screen, screen

    def submit() -> None:
        screen.passphrase.setText(PASS)
        screen.submit()

    wait_signal(window.unlocked, submit, "unlock")


def fill_card(window: MainWindow) -> None:
    """EV-0042's card as an operator leaves it: time and site from the photos (EXIF and GPS read by analysis)."""
    page, card = window.evidence_page, window.evidence_page.card
    for _ in range(100):  # analysis of the photos in the sandbox may still be running: ask again until it answers
        card.time_from_photos()
        wait_until(lambda: "…" not in card.markers["recovered_at"].text(), "the photos' time")
        if card.markers["recovered_at"].text().startswith("Saved"):
            break
        wait(300)
    wait_signal(page.refreshed, card.site_from_photos, "the site from the photos' GPS")
    wait_until(lambda: bool(card.site_position.text()), "the site's position")
    select_item(window, "EV-0042")


def evidence_shots(window: MainWindow, app: QApplication) -> None:
    page = window.evidence_page
    select_item(window, "EV-0042")
    fill_card(window)
    shoot(window, "evidence")
    shoot(page.card.widget(), "item-card")  # the whole card, also what is scrolled out of view
    for theme, name in (("night", "evidence-night"), ("contrast", "evidence-high-contrast"), ("light", "")):
        # A theme change makes the pages again: wait until the operator's place (item, captures) is back.
        wait_signal(window.restored, partial(window.set_appearance, theme, 100), f"the {theme} theme")
        wait_until(lambda: window.evidence_page.captures.rowCount() > 1, "the captures again")
        if name:
            shoot(window, name)
    page = window.evidence_page
    select_item(window, "EV-0042")

    captures = [page.captures.capture_at(row) for row in range(page.captures.rowCount())]
    viewer = page.show_capture(captures[1])
    assert viewer is not None
    viewer.resize(*SIZE)
    shown = viewer
    wait_until(lambda: "Decrypting" not in shown.status.text() and "analys" not in shown.status.text().lower(),
               "the photo in the viewer")  # fmt: skip
    shoot(viewer, "viewer")
    viewer.reject()

    dialog = page.choose_import()
    assert dialog is not None
    dialog.resize(*SIZE)  # as on a field laptop's screen: every file of the card in view
    card = Path(window.folder).parent / "card"
    wait_signal(dialog.listed, lambda: dialog.add_paths([card]), "the card listed")
    dialog.split_check.setChecked(True)
    model = dialog.model
    wait_until(lambda: all(row.preview is not None for row in model.rows()), "the import previews", 120)
    wait_until(lambda: dialog.import_button.isEnabled(), "the import button")
    shoot(dialog, "import-grid")
    dialog.reject()

    select_item(window, "EV-0041")
    viewer = page.show_capture(page.captures.capture_at(0))
    assert viewer is not None
    viewer.resize(*SIZE)
    wait_until(lambda: viewer.page_count > 1, "the ledger's pages")
    viewer.go(1)
    wait(800)
    viewer.turn(180)
    wait_until(lambda: "Decrypting" not in viewer.status.text(), "page 2 turned")
    shoot(viewer, "viewer-document")
    viewer.reject()

    select_item(window, "EV-0042")
    page.tabs.setCurrentIndex(1)
    wait_until(lambda: page.custody.rowCount() > 0, "the custody log")
    shoot(window, "custody")
    page.tabs.setCurrentIndex(0)


def other_pages(window: MainWindow, bundle: Path, hq: HQ) -> None:
    fingerprints = window.show_page(FingerprintsPage)
    wait(2500)
    fingerprints.tenprint.select(3)
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
    wait_signal(window.verify_page.verified, lambda: window.verify_page.open_bundle(bundle), "the bundle verified")
    shoot(window, "verify")
    window.pages.setCurrentWidget(window.settings_page)
    wait(500)
    shoot(window, "settings")


def hq_shots(hq: HQ, broken: Path) -> None:
    executor = StoreExecutor()
    window = HqWindow(executor, hq.folder)
    window.resize(*SIZE)
    window.show()
    assert window.start() is None
    page: VerifyPage = window.verify_page
    wait_signal(page.verified, lambda: page.open_bundle(broken), "the tampered bundle verified")
    shoot(window, "hq-rejected")  # (a verified bundle looks as on the device window's Verify page: verify.png)
    window.close()
    executor.shutdown()


def watchlist_shots(base: Path, app: QApplication) -> None:
    """A watchlist hit: the red banner over the Evidence page (English and Arabic) and the side-by-side review.

    The print is the 500 ppi WSQ test image the ``wsq`` package ships (striated ridges, the one print-like image a
    registry package ships; not a real finger, which no package carries): HQ puts it on its watchlist
    (WL-0007) and exports the signed file for the device; the window imports it (File > Import watchlist), and a
    mate of the print (shifted on the platen, lighter pressure) captured for subject S-0012 is searched in the
    background and hits."""
    import io
    import json

    import wsq
    from PIL import ImageOps

    from fieldkit.biometrics import subjects
    from fieldkit.biometrics.templates import extract_finger
    from fieldkit.bundle.provisioning import Provisioning
    from fieldkit.gui.ops import fingerprints as fingerprint_ops
    from fieldkit.hq import watchlist
    from fieldkit.sync.outbox import apply_provisioning

    def png(image: Image.Image) -> bytes:
        out = io.BytesIO()
        image.save(out, "PNG", dpi=(500, 500))
        return out.getvalue()

    real = Image.open(Path(wsq.__file__).parent / "tests" / "test.wsq").convert("L")
    mate = base / "right-index.png"
    mate.write_bytes(png(ImageOps.expand(real, (15, 10, 0, 0), fill=255).point(lambda v: min(255, int(v * 0.8 + 40)))))
    template = extract_finger(png(real), ppi=500, finger=2, what="the watchlist print")
    assert template is not None
    hq = HQ.init(base / "wl-HQ", "Task Force North")
    store = Store.init(base / "wl-store", "Sgt Haddad", PASS, kdf=TEST_KDF)
    hq.enroll(store.device_allowed_signers_line())
    apply_provisioning(store, Provisioning.from_bytes(json.dumps(hq.provisioning().to_json()).encode()))
    subjects.add_subject(store, "Op Falcon", "S-0012", claimed_name="Abu Bakr", nationality="IRQ")
    store.close()
    with hq.database() as db:
        watchlist.migrate(db)
        watchlist.add(hq, db, "WL-0007", [watchlist.Source(template, "wl-0007-right-index.png", "0" * 64)],
                      by="examiner", category="wanted", instructions="detain",
                      note="Seen at the Kobani crossing, March 2025; travels with two others")  # fmt: skip
        watchlist.export(hq, db, base / "watchlist.age", by="examiner")

    executor = StoreExecutor()
    window = MainWindow(executor, base / "wl-store")
    window.resize(*SIZE)
    window.show()
    unlock(window)
    wait_signal(window.alerts.state_changed, lambda: window.import_watchlist(base / "watchlist.age"), "the import")
    page = window.evidence_page
    wait_until(lambda: any("S-0012" in str(page.proxy.index(r, 0).data()) for r in range(page.proxy.rowCount())),
               "S-0012 listed")  # fmt: skip
    page.item_list.setCurrentIndex(next(page.proxy.index(r, 0) for r in range(page.proxy.rowCount())
                                        if "S-0012" in str(page.proxy.index(r, 0).data())))  # fmt: skip
    wait_until(lambda: (chosen := page.current_item()) is not None and chosen.tag == "S-0012", "S-0012 selected")
    item = page.current_item()
    assert item is not None
    banner = window.watch_banner
    window.executor.submit(fingerprint_ops.add_print_file(item, mate, 2, 1, 500))
    wait_until(banner.isVisible, "the watchlist hit", 120)
    wait_until(lambda: page.captures.rowCount() == 1, "the print's tile")
    wait_until(lambda: not page.background.running, "its analysis", 120)
    wait(1000)
    window.toast.hide()
    shoot(window, "watchlist-hit")
    review = window.review_hit(banner.current)
    assert review is not None
    wait_until(lambda: review.result_ is not None, "the review", 60)
    review.move(window.geometry().center() - review.rect().center())
    shoot(review, "watchlist-review")
    review.close()
    window.show_page(type(window.settings_page))
    language = window.settings_page.language
    wait_signal(window.restored, lambda: language.setCurrentIndex(language.findData("ar")), "Arabic", 30)
    window.pages.setCurrentWidget(window.evidence_page)
    wait_until(banner.isVisible, "the banner in Arabic")
    shoot(window, "watchlist-hit-arabic")
    language = window.settings_page.language
    wait_signal(window.restored, lambda: language.setCurrentIndex(language.findData("en")), "English", 30)
    window.close()
    executor.shutdown()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:] == ["watchlist"]:  # only the watchlist shots (they need no other sample data)
        base = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "settings"))
        try:
            app = QApplication.instance() or QApplication([])
            assert isinstance(app, QApplication)
            install_translations(app, "en")
            apply_theme(app, "light", 100)
            watchlist_shots(base, app)
        finally:
            shutil.rmtree(base, ignore_errors=True)
        return
    base = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
    # The window keeps its theme, language and HQ folder in QSettings: here, in the temporary folder.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "settings"))
    try:
        store_dir, hq, bundle = sample_data(base)
        broken = tampered(bundle, hq, base / "tampered.fkb")
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        install_translations(app, "en")
        apply_theme(app, "light", 100)
        executor = StoreExecutor()
        window = MainWindow(executor, store_dir)
        window.resize(*SIZE)
        window.show()
        unlock(window)
        evidence_shots(window, app)
        other_pages(window, bundle, hq)

        window.pages.setCurrentWidget(window.evidence_page)
        window.lock()
        wait(300)
        shoot(window, "lock-screen")
        unlock(window)

        window.show_page(type(window.settings_page))
        language = window.settings_page.language
        wait_signal(window.restored, lambda: language.setCurrentIndex(language.findData("ar")), "Arabic", 30)
        window.pages.setCurrentWidget(window.evidence_page)
        select_item(window, "EV-0042")
        shoot(window, "evidence-arabic")
        language = window.settings_page.language
        wait_signal(window.restored, lambda: language.setCurrentIndex(language.findData("en")), "English", 30)
        window.close()
        executor.shutdown()

        hq_shots(hq, broken)
        watchlist_shots(base, app)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    for stale in sorted(OUT.glob("*.png")):
        if stale.name not in WRITTEN:
            print(f"not made any more: docs/screenshots/{stale.name}")


if __name__ == "__main__":
    main()
