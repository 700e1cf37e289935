"""Page order and rotation are a view over the untouched original: set from the CLI, validated, custody-logged,
applied when pages are shown and read by OCR, carried in bundles; the original's bytes and hash never change.
Pages are rendered in the sandbox: a hostile PDF costs a child, and the viewer says why it shows nothing."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from fieldkit import media_types
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli.main import main
from fieldkit.core import ocr, pages
from fieldkit.core.importer import Importer
from fieldkit.core.pages import PageView
from fieldkit.core.thumbnails import picture_size
from fieldkit.errors import AnalysisFailedError, InvalidValueError
from fieldkit.gui.ops import JobContext
from fieldkit.gui.ops.viewer import viewer_page
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, ledger
from fieldkit.store import db
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, pdf_bytes
from tests.samples import (
    DEJAVU,
    TIGHT_SANDBOX,
    form_bomb_pdf,
    huge_page_pdf,
    needs_tesseract,
    page,
    peak_memory_kib,
    three_page_tiff,
)


@pytest.fixture
def document(store: Store, tmp_path: Path) -> int:
    (tmp_path / "ledger.tif").write_bytes(three_page_tiff())
    assert Importer(store).run("Op Falcon", "EV-3", [tmp_path / "ledger.tif"]).stored == 1
    return store.captures()[0].id


def shown(store: Store, capture_id: int) -> list[tuple[object, tuple[int, int]]]:
    """Each page as the view shows it, rendered in the sandbox: (its grey level at 5,5, its size)."""
    capture = store.capture(capture_id)
    data = b"".join(store.read_original(capture_id))
    rendered = [pages.render_page(data, capture.media_type, view) for view in pages.view_of(store, capture_id)]
    images = [Image.open(io.BytesIO(png), formats=["PNG"]) for png in rendered]
    return [(image.convert("L").getpixel((5, 5)), image.size) for image in images]


def test_order_and_rotation_are_a_view_over_the_untouched_original(store: Store, document: int,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    before = hashlib.sha256(b"".join(store.read_original(document))).hexdigest()
    assert pages.view_of(store, document) == [PageView(1), PageView(2), PageView(3)]
    assert shown(store, document) == [(30, (200, 100)), (120, (200, 100)), (220, (200, 100))]

    view = pages.build_view(3, [3, 1, 2], {1: 90})
    pages.set_view(store, document, view)
    assert pages.view_of(store, document) == [PageView(3), PageView(1, 90), PageView(2)]
    assert shown(store, document) == [(220, (200, 100)), (30, (100, 200)), (120, (200, 100))]

    # The evidence itself is unchanged: same bytes, same recorded hash, the store check passes.
    after = hashlib.sha256(b"".join(store.read_original(document))).hexdigest()
    assert after == before == store.capture(document).sha256
    assert store.check().ok
    event = [e for e in store.custody_events() if e.action == "capture.pages"][-1]
    assert event.details["before"] == [[1, 0], [2, 0], [3, 0]]
    assert event.details["after"] == [[3, 0], [1, 90], [2, 0]]
    assert event.details["sha256"] == before

    pages.set_view(store, document, pages.build_view(3))  # back to the original: no stored view left
    assert pages.stored_views(store, document) is None
    assert db.one_row(store._conn.execute("SELECT count(*) FROM page_views"))[0] == 0


@pytest.mark.parametrize("order, rotations, message", [
    ([1, 2], {}, "every page from 1 to 3"),        # a page left out would hide evidence
    ([1, 1, 2, 3], {}, "every page from 1 to 3"),  # a page twice
    ([1, 2, 4], {}, "every page from 1 to 3"),     # a page that does not exist
    (None, {2: 45}, "0, 90, 180 or 270"),
    (None, {7: 90}, "there is no page 7"),
])  # fmt: skip
def test_bad_views_are_refused(store: Store, document: int, order: list[int] | None, rotations: dict[int, int],
                               message: str) -> None:  # fmt: skip
    with pytest.raises(InvalidValueError, match=message):
        pages.set_view(store, document, pages.build_view(3, order, rotations))
    assert pages.stored_views(store, document) is None
    assert not [e for e in store.custody_events() if e.action == "capture.pages"]


def test_cli_pages(store: Store, document: int, monkeypatch: pytest.MonkeyPatch,
                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["pages", str(document), "--order", "2,3,1", "--rotate", "3=180", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == [[2, 0], [3, 180], [1, 0]]
    assert main(["pages", str(document), "--rotate", "2=270"]) == 0  # keeps the order set before
    out = capsys.readouterr().out
    assert "1: original page 2, turned 270° clockwise" in out and "original unchanged" in out
    assert main(["pages", str(document), "--order", "1,2"]) == InvalidValueError.exit_code
    assert "every page" in capsys.readouterr().err
    assert main(["pages", str(document), "--rotate", "two=90"]) == InvalidValueError.exit_code
    assert "PAGE=DEGREES" in capsys.readouterr().err
    assert main(["pages", str(document), "--reset", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == [[1, 0], [2, 0], [3, 0]]


def test_the_view_and_the_text_travel_in_bundles(store: Store, document: int, tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    hq.enroll(store.device_allowed_signers_line())
    for recipient in hq.recipients():
        ledger.add_recipient(store, recipient)
    pages.set_view(store, document, pages.build_view(3, [2, 1, 3], {3: 90}))
    ocr.save_texts(store, document, ["first page", "دفتر", "third"], "ara+eng+fra")
    (made,) = compose.create_bundles(store, tmp_path)
    report = check_bundle(made.path, hq.trust())
    assert report.ok
    (record,) = [v for k, v in report.records.items() if k.startswith("data/records/captures/")]
    assert record["page_view"] == [[2, 0], [1, 0], [3, 90]]
    assert [(p["page"], p["text"]) for p in record["ocr"]] == [(1, "first page"), (2, "دفتر"), (3, "third")]


def test_hostile_or_damaged_pages_are_a_clear_error() -> None:
    with pytest.raises(AnalysisFailedError, match="cannot be read"):
        pages.page_count(b"II*\x00" + b"\xff" * 64, "image/tiff")
    with pytest.raises(AnalysisFailedError, match="cannot be opened"):
        pages.page_count(b"%PDF-1.4\n garbage", "application/pdf")
    assert pages.page_count(pdf_bytes(pages=4), "application/pdf") == 4


@needs_tesseract
def test_a_page_scanned_upside_down_is_read_after_it_is_turned(store: Store, tmp_path: Path) -> None:
    upright = page(["Weapons cache inventory", "Ammunition ledger for the northern district"], DEJAVU, 54)
    pdf = io.BytesIO()
    upright.rotate(180).save(pdf, "PDF", resolution=150)
    (tmp_path / "upside-down.pdf").write_bytes(pdf.getvalue())
    Importer(store).run("Op Falcon", "EV-4", [tmp_path / "upside-down.pdf"])
    capture_id = store.captures()[0].id
    # Nobody has arranged its pages: orientation detection turns the page (a page view) before OCR reads it.
    [result] = ocr.ocr_pending(store)
    assert result.turned == ((1, 180),)
    assert [(hit.capture_id, hit.page) for hit in ocr.search(store, "ammunition")] == [(capture_id, 1)]
    assert pages.stored_views(store, capture_id) == [[1, 180]]

    # A person puts it back as scanned: fieldkit never turns it by itself again, and OCR reads it as it stands.
    pages.set_view(store, capture_id, pages.build_view(1, None, {1: 0}))
    assert ocr.pending_documents(store) == [capture_id]  # the turn sent it back to OCR
    [again] = ocr.ocr_pending(store)
    assert again.turned == () and ocr.search(store, "ammunition") == []

    pages.set_view(store, capture_id, pages.build_view(1, None, {1: 180}))
    ocr.ocr_pending(store)
    hits = ocr.search(store, "ammunition")
    assert [(hit.capture_id, hit.page) for hit in hits] == [(capture_id, 1)]


def test_the_page_view_of_hostile_pdfs_costs_a_sandbox(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-5")

    def keep(name: str, data: bytes) -> int:
        capture_id, _new = store.originals.add_original(
            item, data, original_name=name, kind="document", media_type=media_types.PDF, source="test", metadata={}
        )
        return capture_id

    huge, bomb, fine = keep("huge.pdf", huge_page_pdf()), keep("bomb.pdf", form_bomb_pdf()), keep("ok.pdf", pdf_bytes())
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # pdfium cannot even be imported here: only children have it
    context = JobContext(store, threading.Event(), lambda _: None)
    peak_before = peak_memory_kib()

    # A 200-inch page is rendered scaled down to the viewer's side (AnalysisLimits.view_side), in the child.
    shown = viewer_page(huge, 0, analysis_limits=TIGHT_SANDBOX)(context)
    assert shown.count == 1 and shown.image is not None
    assert picture_size(shown.image) == (TIGHT_SANDBOX.view_side, TIGHT_SANDBOX.view_side)
    # A page that needs more CPU or memory than the sandbox allows is a card with the reason, not a crash.
    refused = viewer_page(bomb, 0, analysis_limits=TIGHT_SANDBOX)(context)
    assert (refused.image, refused.note) == (None, "unreadable")
    assert any(word in refused.reason for word in ("CPU", "memory", "crashed", "longer than")), refused.reason
    # The next document is shown as usual, page 2 of 2.
    after = viewer_page(fine, 1, analysis_limits=TIGHT_SANDBOX)(context)
    assert (after.count, after.position, after.view) == (2, 1, [PageView(1), PageView(2)]) and after.image
    assert peak_memory_kib() - peak_before < 100 << 10
    with pytest.raises(AnalysisFailedError) as caught:
        pages.render_page(form_bomb_pdf(), media_types.PDF, PageView(1), limits=TIGHT_SANDBOX)
    assert caught.value.reason in ("cpu", "memory", "crashed", "timeout")
