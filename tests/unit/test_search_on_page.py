"""Search finds what is on the page (issue 14): a PDF's own text layer is taken where a page has one (Arabic lines in
logical order), OCR reads the rest; Arabic-Indic and Extended Arabic-Indic digits are folded to ASCII on both sides
of the search; a rotated photo is turned by orientation detection (a custody-logged page view) before OCR; a page
that yields no text is reported. The Arabic document is real: tests/assets/arabic/constitution.pdf, made by
pango-view (HarfBuzz shaping, cairo's PDF with a text layer) from constitution.txt, with Eastern Arabic digits and
Extended (Persian) digits; its scan is a pdfium render of it without the text layer. Made again with Debian's
pango1.0-tools: pango-view --font "DejaVu Sans 14" --width 520 --margin 36 -q -o constitution.pdf constitution.txt"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image

from fieldkit import media_types
from fieldkit._internal.textsearch import fts_query, index_text, normalize
from fieldkit.cli.main import main
from fieldkit.core import ocr, pages
from fieldkit.store import db
from fieldkit.store.store import DB_NAME, Store, _subkey
from tests.conftest import PASSPHRASE
from tests.samples import DEJAVU, needs_tesseract, page

ARABIC = Path(__file__).parent.parent / "assets" / "arabic"
SOURCE_TEXT = (ARABIC / "constitution.txt").read_text(encoding="utf-8").strip()
# Eastern Arabic digits and their ASCII values as they are written in the fixture.
WORDS = sorted({word for word in re.findall(r"\w+", SOURCE_TEXT) if not any(char.isdigit() for char in word)})
NUMBERS = sorted({word for word in re.findall(r"\w+", SOURCE_TEXT) if word.isdigit()})
SCAN_NUMBERS_RECALL = 0.63  # measured 15 of 22 (0.68) (docs/benchmarks.md), a little margin
INVOICE = ["INVOICE No. 4471", "Diesel fuel 120 litres", "Total due 96,400 dinars", "Paid in cash on 12 May 2024",
           "Supplier: Northern Fuel Co."]  # fmt: skip


def ascii_digits(number: str) -> str:
    return "".join(str(int(char)) for char in number)  # int() reads every Unicode decimal digit


def keep_document(store: Store, name: str, data: bytes, media_type: str) -> int:
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-14")
    capture_id, _new = store.originals.add_original(item, data, original_name=name, kind="document",
                                                    media_type=media_type, source="test", metadata={})  # fmt: skip
    return capture_id


def scan_of(pdf: bytes) -> bytes:
    """The PDF's page rendered at 300 dpi (grey, as a scanner would) and saved as a PDF with no text layer."""
    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=300 / 72, grayscale=True).to_pil()
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300)
    return out.getvalue()


def recall(store: Store, capture_id: int, terms: list[str]) -> float:
    found = [term for term in terms if any(hit.capture_id == capture_id for hit in ocr.search(store, term))]
    return len(found) / len(terms)


def test_eastern_and_extended_arabic_digits_fold_to_ascii_on_both_sides() -> None:
    assert normalize("٢٠٠٥") == normalize("۲۰۰۵") == normalize("2005") == "2005"
    assert fts_query("سنة ٢٠٠٥") == fts_query("سنة 2005") == fts_query("سنه ۲۰۰۵")
    assert normalize("٣٫٥") == "3.5"
    # A number against a word is indexed alone as well; direction marks OCR puts around numbers are dropped.
    assert "2005" in index_text("٢٠٠٥م").split()
    assert normalize("\u200e٢٠٠٥\u200f") == "2005"


def test_the_text_layer_of_an_arabic_pdf_comes_out_in_reading_order() -> None:
    pdf = (ARABIC / "constitution.pdf").read_bytes()
    [text] = ocr.text_layers(pdf, media_types.PDF, [1])  # read in the sandbox
    assert text == SOURCE_TEXT  # pdfium alone gives every Arabic word reversed (visual order)
    assert ocr.text_layers(b"\xff\xd8 not read", media_types.JPEG, [1]) == [""]  # a picture has none


@needs_tesseract
def test_search_finds_the_words_and_numbers_of_an_arabic_pdf_and_of_its_scan(store: Store) -> None:
    pdf = (ARABIC / "constitution.pdf").read_bytes()
    with_layer = keep_document(store, "constitution.pdf", pdf, media_types.PDF)
    scanned = keep_document(store, "constitution-scan.pdf", scan_of(pdf), media_types.PDF)
    results = {result.capture_id: result for result in ocr.ocr_pending(store, "ara")}
    assert (results[with_layer].text_layer_pages, results[scanned].text_layer_pages) == (1, 0)
    assert [page["source"] for page in ocr.page_texts(store, with_layer)] == ["text layer"]
    assert [page["source"] for page in ocr.page_texts(store, scanned)] == ["ocr"]

    # The text layer: every word and every number, asked in Eastern digits or in ASCII.
    assert recall(store, with_layer, WORDS) == 1.0
    assert recall(store, with_layer, NUMBERS) == 1.0
    assert recall(store, with_layer, [ascii_digits(number) for number in NUMBERS]) == 1.0
    for query in ("2005", "٢٠٠٥", "۲۰۰۵"):
        assert {hit.capture_id for hit in ocr.search(store, query)} >= {with_layer}, query
    # Written ۱۹۸۷ (Extended digits): ara alone misses it on the scan, the second reading of the numbers finds it.
    found_1987 = {with_layer, scanned} if ocr.numbers_reading_available() else {with_layer}
    assert {hit.capture_id for hit in ocr.search(store, "1987")} == found_1987

    # The scan is OCR'd: its words are found. Debian's ``ara`` misreads most Eastern digits (2 of 22 found); the
    # Arabic script model (tesseract-ocr-script-arab) reads the numbers a second time and finds 15 of 22
    # (docs/benchmarks.md); the text layer above is what finds them all.
    assert recall(store, scanned, WORDS) >= 0.95
    assert recall(store, scanned, NUMBERS) == recall(store, scanned, [ascii_digits(n) for n in NUMBERS])
    if ocr.numbers_reading_available():
        assert recall(store, scanned, NUMBERS) >= SCAN_NUMBERS_RECALL
        [scan_text] = [str(page["text"]) for page in ocr.page_texts(store, scanned)]
        assert scan_text.splitlines()[-1].startswith(ocr.NUMBERS_MARK)  # what the second reading added, apart
        [read] = [e for e in store.custody.events(f"capture:{store.capture(scanned).uuid}")
                  if e.action == "capture.ocr"]  # fmt: skip
        assert read.details["numbers_read_again"] == {"languages": "Arabic", "pages": [1]}


def test_only_the_numbers_the_first_reading_missed_are_added_and_only_on_arabic_pages_with_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = "دستور العراق لسنة \u200e٠0\u200f المادة ١١١"
    again = "دستور العراق لسنة ‎٢٠٠٥ المادة ١١١ و ٤٠ ثم ۴۰ و 40"
    assert ocr.numbers_missing(first, again) == ["٢٠٠٥", "٤٠", "۴۰", "40"]  # 111 was read already
    monkeypatch.setattr(ocr, "numbers_reading_available", lambda: True)
    assert ocr.reads_numbers_again("ara+eng+fra", first)
    assert not ocr.reads_numbers_again("eng", first)  # not asked for Arabic
    assert not ocr.reads_numbers_again("ara+Arabic", first)  # the script model read the page already
    assert not ocr.reads_numbers_again("ara+eng+fra", "Fuel 120 litres")  # no Arabic letters
    assert not ocr.reads_numbers_again("ara+eng+fra", "دستور العراق")  # nothing like a number
    # Without the script model's data (tesseract-ocr-script-arab not installed): ara alone, as before.
    monkeypatch.setattr(ocr, "numbers_reading_available", lambda: False)
    assert not ocr.reads_numbers_again("ara+eng+fra", first)


def test_fieldkit_ocr_says_when_the_arabic_script_model_is_missing(store: Store, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(ocr, "tesseract_available", lambda languages="": languages != ocr.NUMBERS_LANGUAGE)
    monkeypatch.setattr(ocr, "numbers_reading_available", lambda: False)
    assert main(["ocr"]) == 0
    said = capsys.readouterr()
    assert "install tesseract-ocr-script-arab" in said.err and "Every document already has its text." in said.out
    assert main(["ocr", "--languages", "eng"]) == 0
    assert "script-arab" not in capsys.readouterr().err  # not asked for Arabic: nothing to say


@needs_tesseract
@pytest.mark.parametrize("turned", [90, 180])
def test_a_rotated_photo_of_an_invoice_is_read_after_orientation_detection(store: Store, turned: int) -> None:
    photo = page(INVOICE, DEJAVU, 48).rotate(-turned, expand=True).convert("RGB")  # turned clockwise
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    capture_id = keep_document(store, "invoice.jpg", out.getvalue(), media_types.JPEG)
    capture = store.capture(capture_id)

    [result] = ocr.ocr_pending(store, "eng")
    back = (360 - turned) % 360
    assert result.turned == ((1, back),) and result.empty_pages == ()
    text = str(ocr.page_texts(store, capture_id)[0]["text"])
    assert "INVOICE" in text and "4471" in text
    assert [hit.capture_id for hit in ocr.search(store, "northern fuel 4471")] == [capture_id]
    # The turn is a page view, custody-logged with its reason; the original's bytes are untouched.
    assert pages.stored_views(store, capture_id) == [[1, back]]
    [logged] = [e for e in store.custody.events(f"capture:{capture.uuid}") if e.action == "capture.pages"]
    assert logged.details["reason"] == "orientation detected"
    assert (logged.details["before"], logged.details["after"]) == ([[1, 0]], [[1, back]])
    assert hashlib.sha256(b"".join(store.read_original(capture_id))).hexdigest() == capture.sha256
    [read] = [e for e in store.custody.events(f"capture:{capture.uuid}") if e.action == "capture.ocr"]
    assert read.seq > logged.seq and read.details["text_layer_pages"] == 0


@needs_tesseract
def test_a_page_without_text_is_warned_of_by_fieldkit_ocr(store: Store, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    text_page = page(["Fuel receipts for the convoy"], DEJAVU, 60)
    blank = Image.new("L", text_page.size, 255)
    out = io.BytesIO()
    text_page.save(out, "PDF", resolution=300, save_all=True, append_images=[blank])
    capture_id = keep_document(store, "receipts.pdf", out.getvalue(), media_types.PDF)
    store.close()
    monkeypatch.setenv("FIELDKIT_STORE", str(store.folder))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)

    assert main(["ocr", "--languages", "eng"]) == 0
    said = capsys.readouterr().out
    assert f"capture {capture_id}: 2 pages (2 by OCR)" in said
    assert "warning: page 2: no text found on this page" in said

    with Store.open(store.folder, PASSPHRASE) as again:
        again.ocr_index.mark_stale(capture_id)
    assert main(["ocr", "--languages", "eng", "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert (result["pages"], result["ocr_pages"], result["text_layer_pages"]) == (2, 2, 0)
    assert result["empty_pages"] == [2] and result["warnings"] == [f"page 2: {ocr.NO_TEXT}"]


def test_a_store_from_before_digit_folding_is_reindexed_on_open(store: Store) -> None:
    """Schema 9: the digits in the index are folded and every page re-indexed, so old text matches new queries."""
    capture_id = keep_document(store, "old.pdf", b"%PDF-1.4 not read", media_types.PDF)
    ocr.save_texts(store, capture_id, ["نشر سنة ٢٠٠٥م في العدد ۴۰۱۲"])
    folder, master = store.folder, store.keyholders._master
    store.close()
    # Make it the store version 8 kept: no source column, the index as the old normaliser wrote it.
    conn = db.connect(folder / DB_NAME, _subkey(master, "fieldkit sqlcipher v1"))
    conn.execute("ALTER TABLE ocr_pages DROP COLUMN source")
    conn.execute("UPDATE ocr_index SET normalized = 'نشر سنه ٢٠٠٥م في العدد ۴۰۱۲'")
    conn.executescript(  # the v11 and v13 tables did not exist then either
        "DROP TABLE sample_captures; DROP TABLE samples; DROP TABLE shipments;"
        " DROP TABLE watchlist_hits; DROP TABLE watchlist_templates; DROP TABLE watchlist_entries;"
        " DROP TABLE watchlist; DROP TABLE template_runs; DROP TABLE templates;"
    )
    conn.execute("PRAGMA user_version = 8")
    conn.close()

    with Store.open(folder, PASSPHRASE) as again:
        assert db.one_row(again._conn.execute("PRAGMA user_version"))[0] == db.SCHEMA_VERSION
        assert [page["source"] for page in ocr.page_texts(again, capture_id)] == ["ocr"]
        for query in ("2005", "٢٠٠٥", "4012", "۴۰۱۲", "٤٠١٢"):
            assert [hit.capture_id for hit in ocr.search(again, query)] == [capture_id], query
