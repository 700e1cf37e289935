"""Document text and tags: ocr, search, read-tag. Pages and photos are decoded in the analysis sandbox."""

from __future__ import annotations

import argparse
import sys
from functools import partial

from fieldkit.cli._common import Subparsers, add_command, emit_json, open_store, read_input_file
from fieldkit.cli.progress import progress
from fieldkit.core import ocr
from fieldkit.core.tags import read_tags
from fieldkit.errors import AnalysisFailedError, DamagedMediaError, InvalidValueError, OcrUnavailableError


def _ocr_lines(result: ocr.OcrResult) -> list[str]:
    """What `fieldkit ocr` says of one document: where its text came from, pages turned, pages without text."""
    if result.error is not None:
        return [f"capture {result.capture_id}: failed: {result.error}"]
    layer, read = result.text_layer_pages, result.pages - result.text_layer_pages
    sources = ", ".join(part for part in (f"{layer} from the text layer" if layer else "",
                                          f"{read} by OCR" if read else "") if part)  # fmt: skip
    lines = [f"capture {result.capture_id}: {result.pages} pages ({sources}), {result.characters} characters"]
    lines += [f"  page {page} turned {degrees}° clockwise ({ocr.ORIENTATION_DETECTED}; the original is untouched)"
              for page, degrees in result.turned]  # fmt: skip
    lines += [f"  warning: {warning}" for warning in result.warnings]
    return lines


def cmd_ocr(args: argparse.Namespace) -> int:
    if not ocr.tesseract_available(args.languages):
        raise OcrUnavailableError(f"tesseract with the languages {args.languages} is not installed")
    if not ocr.orientation_available() and not args.json:
        print("note: orientation detection is off (Tesseract's osd data is missing: install tesseract-ocr-osd); "
              "pages are read as they stand", file=sys.stderr)  # fmt: skip
    if "ara" in args.languages.split("+") and not ocr.numbers_reading_available() and not args.json:
        print(f"note: numbers on Arabic pages are read by ara alone (Tesseract's {ocr.NUMBERS_LANGUAGE} script data "
              "is missing: install tesseract-ocr-script-arab to read Arabic-Indic digits better)",
              file=sys.stderr)  # fmt: skip
    with open_store(args) as store, progress(args, "fieldkit ocr") as shown:
        reading = shown.task("documents read", total=len(ocr.pending_documents(store)), unit="files")

        def read(result: ocr.OcrResult) -> None:
            if not args.json:
                print("\n".join(_ocr_lines(result)), flush=True)
            reading.advance()

        results = ocr.ocr_pending(store, args.languages, progress=read)
        reading.end()
    if args.json:
        emit_json([r.to_json() for r in results])
    elif not results:
        print("Every document already has its text.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        hits = ocr.search(store, " ".join(args.text))
    if args.json:
        emit_json([hit.__dict__ for hit in hits])
        return 0
    if not hits:
        print("No document text matches.")
        return 0
    for hit in hits:
        print(f"capture {hit.capture_id} page {hit.page}  {hit.case_name} / {hit.item_tag}  {hit.original_name}")
        print(f"    {hit.snippet}")
    return 0


def cmd_read_tag(args: argparse.Namespace) -> int:
    """Print the evidence tag(s) found in a photo of a barcode or QR code; no store needed. The photo is read in the
    analysis sandbox: one it refuses is a damaged photo; one that crashes it or exceeds its limits says so."""
    try:
        found = read_tags(read_input_file(args.image))
    except AnalysisFailedError as exc:
        if exc.reason != "decoder-error":
            raise
        raise DamagedMediaError(exc.message) from None
    if args.json:
        emit_json([t.__dict__ for t in found])
        return 0
    if not found:
        raise InvalidValueError("no barcode or QR code was found in the photo: photograph the tag closer, flat, lit")
    for tag in found:
        print(tag.text)
    return 0


def register(subparsers: Subparsers) -> None:
    command = partial(add_command, subparsers)

    p = command("ocr", cmd_ocr, "read the text of every document capture not read yet (offline Tesseract)")
    p.add_argument("--languages", default="ara+eng+fra", help="Tesseract languages (default: ara+eng+fra)")
    p.add_argument("--json", action="store_true")

    p = command("search", cmd_search, "find captures by their document text (Arabic diacritics and variants ignored)")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    p = command("read-tag", cmd_read_tag, "print the evidence tag read from a photo of its barcode or QR code")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("--json", action="store_true")
