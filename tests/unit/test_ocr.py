"""OCR with Tesseract on pages rendered here with real fonts (English, and Arabic with diacritics), then found by
`fieldkit search`, Arabic included when searched without its diacritics; the text travels in bundles. Pages are
rendered in the sandbox: a hostile PDF fails its own OCR with the reason and the run goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from fieldkit import media_types
from fieldkit._internal.textsearch import normalize
from fieldkit.cli.main import main
from fieldkit.core import ocr
from fieldkit.core.importer import Importer
from fieldkit.store import db
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE
from tests.samples import (
    AMIRI,
    DEJAVU,
    TIGHT_SANDBOX,
    form_bomb_pdf,
    huge_page_pdf,
    needs_tesseract,
    page,
    peak_memory_kib,
)


def test_arabic_normalisation_folds_diacritics_and_variants() -> None:
    assert normalize("مَدْرَسَةٌ") == normalize("مدرسه") == normalize("مدرسة")
    assert normalize("إسلام") == normalize("اسلام") == normalize("أسلام")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("Café") == "café"


@needs_tesseract
def test_ocr_then_search_in_english_and_arabic(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    english = page(["Weapons cache inventory", "Ammunition ledger for the northern district"], DEJAVU, 54)
    arabic = page(["دَفْتَرُ المَدْرَسَةِ", "سجل الذخيرة"], AMIRI, 90, rtl=True)
    pdf = io.BytesIO()
    english.save(pdf, "PDF", resolution=150, save_all=True, append_images=[arabic])
    (tmp_path / "ledger.pdf").write_bytes(pdf.getvalue())
    summary = Importer(store).run("Op Falcon", "EV-7", [tmp_path / "ledger.pdf"])
    assert summary.stored == 1  # analysis: the lead's part (the page count comes from sandboxed analysis)
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)

    assert main(["ocr", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results[0]["pages"] == 2 and results[0]["error"] is None

    assert main(["search", "ammunition", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and hits[0]["item_tag"] == "EV-7" and hits[0]["page"] == 1
    assert main(["search", "مدرسة", "--json"]) == 0  # written with diacritics on the page, searched without
    hits = json.loads(capsys.readouterr().out)
    assert hits and hits[0]["page"] == 2, hits
    assert main(["search", "zebra", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    with Store.open(store.folder, PASSPHRASE) as again:
        texts = ocr.page_texts(again, again.captures()[0].id)
        assert "Ammunition" in str(texts[0]["text"])
        again.delete_capture(again.captures()[0].id)
        assert db.one_row(again._conn.execute("SELECT count(*) FROM ocr_pages"))[0] == 0
        assert ocr.search(again, "ammunition") == []  # the index forgets deleted captures too


def test_the_attached_article_is_indexed_both_ways() -> None:
    from fieldkit._internal.textsearch import index_text

    indexed = index_text("دفتر المدرسة والبيت")
    assert "المدرسه" in indexed and "مدرسه" in indexed.split() and "بيت" in indexed.split()


def keep_document(store: Store, name: str, data: bytes, media_type: str) -> int:
    """Store bytes as a document capture as they are (no import-time look at them)."""
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-7")
    capture_id, _new = store.originals.add_original(item, data, original_name=name, kind="document",
                                                    media_type=media_type, source="test", metadata={})  # fmt: skip
    return capture_id


@needs_tesseract
def test_a_hostile_pdf_fails_its_own_ocr_and_every_other_document_is_still_read(store: Store) -> None:
    ledger = io.BytesIO()
    page(["Fuel receipts for the convoy"], DEJAVU, 60).save(ledger, "PDF", resolution=150)
    bomb = keep_document(store, "bomb.pdf", form_bomb_pdf(), media_types.PDF)
    huge = keep_document(store, "huge.pdf", huge_page_pdf(), media_types.PDF)
    notes = keep_document(store, "notes.txt", b"convoy notes, typed", "text/plain")
    good = keep_document(store, "ledger.pdf", ledger.getvalue(), media_types.PDF)
    assert ocr.pending_documents(store) == [bomb, huge, good]  # a text file has no pages: analysis reads its text
    assert notes not in ocr.pending_documents(store)
    peak_before = peak_memory_kib()

    results = {result.capture_id: result for result in ocr.ocr_pending(store, limits=TIGHT_SANDBOX)}
    # The form bomb costs a sandbox child its CPU or memory: that capture's OCR failed, with the reason.
    error = results[bomb].error
    assert error is not None and error.startswith("page 1 could not be rendered: ")
    assert any(word in error for word in ("CPU", "memory", "crashed", "longer than")), error
    # The 200-inch page is rendered scaled down to Limits.max_ocr_side_pixels, inside the child.
    assert (results[huge].error, results[huge].pages) == (None, 1)
    assert (results[good].error, results[good].pages) == (None, 1)
    assert [hit.capture_id for hit in ocr.search(store, "convoy")] == [good]
    # Nothing of it was decoded in this process (peak resident size in KiB on Linux).
    assert peak_memory_kib() - peak_before < 100 << 10

    # A later run is not blocked by the hostile file: it is recorded as failed, not retried for ever.
    assert ocr.pending_documents(store) == []
    assert ocr.ocr_pending(store, limits=TIGHT_SANDBOX) == []
