"""The whole way in the window, with a real print: HQ makes a watchlist from it, the window imports the signed file
(File > Import watchlist, a refusal said in plain words), a mated impression captured through the window's
fingerprint job is searched in the background and raises the banner with the reference; Confirm and Reject (with
its reason) are recorded and custody-logged; a non-mated print raises nothing; an expired watchlist is said in the
status bar and flags nothing.

The print is the 500 ppi WSQ test image the ``wsq`` package ships (striated ridges: no registry package ships a
real finger); its mate is that image shifted on the platen with lighter pressure, the non-mate the image mirrored
(an impostor for Bozorth3)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
import wsq
from PIL import Image, ImageOps
from pytestqt.qtbot import QtBot

from fieldkit.biometrics.templates import Template, extract_finger
from fieldkit.biometrics.watchlist_file import format_time
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.ops import Changes, JobContext
from fieldkit.gui.ops import fingerprints as fingerprint_ops
from fieldkit.gui.ops import identification as ops
from fieldkit.gui.watchlist import ReasonDialog
from fieldkit.hq import watchlist
from fieldkit.hq.trust import HQ
from fieldkit.models import Item
from fieldkit.store.watchlist import EntryRow, WatchlistInfo
from tests.gui.steps import add_item, custody, first_run, run_job
from tests.watchlist_kit import export, provision

SOURCE = Path(wsq.__file__).parent / "tests" / "test.wsq"
DETAIN = "detain"
DETAIN_WORDS = "Detain the subject if it is safe to do so, and report to HQ at once."


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(500, 500))
    return out.getvalue()


@pytest.fixture(scope="module")
def prints() -> dict[str, bytes]:
    """The enrolled impression, its mate, and a non-mate (the print mirrored)."""
    real = Image.open(SOURCE).convert("L")
    mate = ImageOps.expand(real, (15, 10, 0, 0), fill=255).point(lambda v: min(255, int(v * 0.8 + 40)))
    return {"enrolled": png(real), "mate": png(mate), "other": png(ImageOps.mirror(real))}


def enrolled(prints: dict[str, bytes]) -> Template:
    made = extract_finger(prints["enrolled"], ppi=500, finger=2, what="a watchlist print")
    assert made is not None
    return made


def current(window: MainWindow) -> Item:
    item = window.evidence_page.current_item()
    assert item is not None
    return item


def capture_print(qtbot: QtBot, window: MainWindow, tmp_path: Path, data: bytes, name: str) -> ops.Searched:
    """Store a print as the Fingerprints page does (finger 2, 500 ppi) and wait for its search to end."""
    path = tmp_path / name
    path.write_bytes(data)
    with qtbot.waitSignal(window.alerts.searched, timeout=120_000) as searched:
        window.executor.submit(fingerprint_ops.add_print_file(current(window), path, 2, 1, 500))
    result = searched.args[0]
    assert isinstance(result, ops.Searched)
    return result


def hq_with_watchlist(qtbot: QtBot, window: MainWindow, tmp_path: Path, template: Template) -> Path:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    run_job(qtbot, window, lambda context: provision(hq, context.need_store()))
    with hq.database() as db:
        watchlist.migrate(db)
        watchlist.add(hq, db, "WL-0007", [watchlist.Source(template, "wl-0007-r-index.png", "0" * 64)], by="examiner",
                      category="wanted", instructions=DETAIN, note="seen at the Kobani crossing")  # fmt: skip
    out = tmp_path / "watchlist.age"
    export(hq, out)
    return out


def import_through_the_window(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.alerts.state_changed, timeout=30_000):
        window.import_watchlist(path)
    assert window.alerts.state is not None and window.alerts.state.usable


def test_mated_print_raises_the_banner_and_confirm_is_recorded(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                               prints: dict[str, bytes]) -> None:  # fmt: skip
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    path = hq_with_watchlist(qtbot, window, tmp_path, enrolled(prints))
    import_through_the_window(qtbot, window, path)
    label = window.watchlist_label
    qtbot.waitUntil(lambda: "v1" in label.text(), timeout=10_000)
    assert label.text().replace("\u2066", "").replace("\u2069", "").startswith("Watchlist v1 — 1 entry — expires ")

    # The same file again is refused, and the window says why (not newer than the one held).
    window.import_watchlist(path)
    qtbot.waitUntil(window.message_bar.isVisible, timeout=30_000)
    refusal = window.message_bar.text.text()
    assert refusal.startswith("The watchlist was not imported:") and "already holds" in refusal
    window.message_bar.acknowledge()

    banner = window.watch_banner
    other = capture_print(qtbot, window, tmp_path, prints["other"], "other.png")
    assert other.watchlist == "searched" and other.hits == ()
    assert not banner.isVisible()

    mate = capture_print(qtbot, window, tmp_path, prints["mate"], "mate.png")
    assert mate.watchlist == "searched" and [h.ref for h in mate.hits] == ["WL-0007"]
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    headline = banner.headline.text().replace("\u2066", "").replace("\u2069", "")
    assert headline == f"WATCHLIST HIT — WL-0007 — wanted — {DETAIN_WORDS}"
    assert "EV-0043" in banner.details.text() and "right index" in banner.details.text()

    with qtbot.waitSignal(window.alerts.decided, timeout=20_000) as decided:
        banner.confirm_button.click()
    assert decided.args[0].decision == "confirmed" and decided.args[0].decided_by == "Sgt Haddad"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    (event,) = custody(qtbot, window, "watchlist.hit_decided")
    assert event.details["ref"] == "WL-0007" and event.details["decision"] == "confirmed"


def test_reject_records_the_reason(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                   prints: dict[str, bytes]) -> None:  # fmt: skip
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    import_through_the_window(qtbot, window, hq_with_watchlist(qtbot, window, tmp_path, enrolled(prints)))
    capture_print(qtbot, window, tmp_path, prints["mate"], "mate.png")
    banner = window.watch_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    dialog = window.reject_hit(banner.current)
    assert isinstance(dialog, ReasonDialog) and not dialog.ok.isEnabled()
    dialog.reason.setText("different scar on the right index; subject's papers checked")
    with qtbot.waitSignal(window.alerts.decided, timeout=20_000) as decided:
        dialog.ok.click()
    assert decided.args[0].decision == "rejected"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    (event,) = custody(qtbot, window, "watchlist.hit_decided")
    assert event.details["decision"] == "rejected"
    assert event.details["reason"] == "different scar on the right index; subject's papers checked"


def test_an_expired_watchlist_is_said_and_flags_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                        prints: dict[str, bytes]) -> None:  # fmt: skip
    first_run(qtbot, window)
    add_item(qtbot, window, "Op Falcon", "EV-0043")
    template = enrolled(prints)

    def hold_expired(context: JobContext) -> None:
        store = context.need_store()
        now = store.clock()
        info = WatchlistInfo(4, format_time(now - timedelta(days=40)), format_time(now - timedelta(days=10)),
                             "SHA256:hq", store.device_id, "4" * 64, format_time(now - timedelta(days=39)))  # fmt: skip
        with store.write():
            store.watchlist.replace(
                info,
                [
                    EntryRow(
                        "WL-0007", "wanted", DETAIN, "", ((template.modality, template.algorithm, 2, template.data),)
                    )
                ],
            )

    run_job(qtbot, window, hold_expired)
    window.executor.announce(Changes.WATCHLIST)
    label = window.watchlist_label
    qtbot.waitUntil(lambda: "v4" in label.text(), timeout=10_000)
    assert "expired on" in label.text() and label.text().endswith("hits cannot be flagged")
    searched = capture_print(qtbot, window, tmp_path, prints["mate"], "mate.png")
    assert searched.watchlist == "expired" and searched.hits == ()
    assert "expired" in window.statusBar().currentMessage()
    assert not window.watch_banner.isVisible()
