"""OCR with Tesseract on pages rendered here with real fonts (English, and Arabic with diacritics), then found by
`fieldkit search`, Arabic included when searched without its diacritics; the text travels in bundles."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.core import ocr
from fieldkit.core.importer import Importer
from fieldkit.core.textsearch import normalize
from fieldkit.store import db
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE
from tests.samples import AMIRI, DEJAVU, needs_tesseract, page


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
    from fieldkit.core.textsearch import index_text

    indexed = index_text("دفتر المدرسة والبيت")
    assert "المدرسه" in indexed and "مدرسه" in indexed.split() and "بيت" in indexed.split()
