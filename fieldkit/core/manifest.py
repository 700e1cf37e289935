"""The shipping manifest of physical samples (docs/samples.md, "Shipping manifest"): one self-contained HTML page to
print on A4 and put in the parcel, and the same bytes in the next bundle.

``render_manifest(store, shipment)`` renders a shipment as it left: its samples, each id as a Code 128 barcode (a QR
code when the id is not plain ASCII or too long for the column) with the id in text under it, and the custody steps
recorded up to the shipping. Steps recorded later (the laboratory's receipt) are not on it, so the page printed when
the parcel left and the copy a later bundle carries are the same bytes: nothing in it depends on "now".
``render_manifest(store, None)`` is the DRAFT of the sealed samples not shipped yet, marked DRAFT on every part.

Every value is HTML-escaped by Jinja2 (autoescape); the page holds no script, no link and no reference outside
itself: the barcodes are PNG ``data:`` URIs. It carries evidence metadata (ids, tags, names, places on items) but no
evidence content.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from PIL import Image

from fieldkit.core import samples
from fieldkit.core.custody_text import short_time
from fieldkit.store.samples import SampleRow, ShipmentRow
from fieldkit.store.store import Store

TEMPLATE = "manifest.html.j2"
CODE_128 = "Code 128"
QR_CODE = "QR Code"
# A barcode wider than this (CSS pixels, 1/96 inch: 103 mm) does not fit its column: scale 1, then a QR code.
MAX_BARCODE_WIDTH = 390  # not a limit: the print layout's column width
BAR_HEIGHT = 56  # CSS pixels (15 mm): tall enough for a hand scanner, short enough for a row
DRAFT_STATES = ("sealed", "handed-over")  # a draft lists the sealed samples still on this side


@dataclass(frozen=True)
class Barcode:
    data_uri: str  # a PNG as a data: URI
    format: str  # CODE_128 or QR_CODE
    width: int  # CSS pixels: the image is shown at its own size (one image pixel per CSS pixel)
    height: int


def _png_uri(image: Image.Image) -> str:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)  # no time or text chunks: the same pixels give the same bytes
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def barcode(text: str) -> Barcode:
    """``text`` as a Code 128 barcode (printable ASCII that fits the column), else as a QR code (UTF-8)."""
    import zxingcpp  # lazy: the barcode library's native module, for the manifest only

    if text.isascii() and text.isprintable():
        code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
        for scale in (2, 1):
            bars = Image.fromarray(zxingcpp.write_barcode_to_image(code, scale=scale, add_quiet_zones=True))
            if bars.width <= MAX_BARCODE_WIDTH:
                # Bars are the same all the way down: one row stretched to the height wanted, pixel for pixel.
                row = bars.convert("L").crop((0, bars.height // 2, bars.width, bars.height // 2 + 1))
                image = row.resize((bars.width, BAR_HEIGHT), Image.Resampling.NEAREST)
                return Barcode(_png_uri(image), CODE_128, image.width, image.height)
    return _qr(text)


def _qr(text: str) -> Barcode:
    """A QR code of ``text`` in UTF-8 with its ECI said (without it, readers guess Latin-1 text as Shift JIS)."""
    import segno  # lazy: the QR encoder, for the manifest only

    rows = [
        list(row) for row in segno.make_qr(text, encoding="utf-8", eci=True, error="m").matrix_iter(scale=3, border=4)
    ]
    image = Image.new("L", (len(rows[0]), len(rows)))
    image.putdata([0 if dark else 255 for row in rows for dark in row])
    return Barcode(_png_uri(image), QR_CODE, image.width, image.height)


# --- custody steps in words (the command line prints the same) ------------------------------------------------


def _text(details: Mapping[str, Any], key: str) -> str:
    value = details.get(key)
    return str(value).strip() if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def step_words(action: str, details: Mapping[str, Any]) -> str:
    """What a sample's custody entry says, in words: 'Handed over from alice to Sgt Karim (Sergeant; name and rank
    typed), seal S-77'. An action this does not know reads as its code."""
    seal = _text(details, "seal")
    if action == samples.COLLECTED:
        where = _text(details, "location")
        return (f"Collected by {_text(details, 'collector')} from {_text(details, 'case')} / "
                f"{_text(details, 'tag')}" + (f", {where}" if where else ""))  # fmt: skip
    if action == samples.SEALED:
        previous = _text(details, "previous_seal")
        packaging = _text(details, "packaging")
        return (f"Sealed, seal {seal}" + (f" (replaces seal {previous})" if previous else "")
                + (f", {packaging}" if packaging else ""))  # fmt: skip
    if action == samples.HANDED_OVER:
        rank = _text(details, "rank")
        how = ("confirmed by the receiver's passphrase" if details.get("confirmed") == samples.BY_PASSPHRASE
               else "name and rank typed")  # fmt: skip
        sealed = f"seal {seal}" if details.get("sealed") and seal else "not sealed"
        note = _text(details, "note")
        said = f"{rank}; {how}" if rank else how
        return (f"Handed over from {_text(details, 'from')} to {_text(details, 'to')} ({said}), {sealed}"
                + (f"; note: {note}" if note else ""))  # fmt: skip
    if action == samples.SHIPPED:
        laboratory, carrier = _text(details, "laboratory"), _text(details, "carrier")
        return (f"Shipped under manifest {_text(details, 'manifest')}" + (f" to {laboratory}" if laboratory else "")
                + (f" by {carrier}" if carrier else "") + f", seal {seal}")  # fmt: skip
    if action == samples.RECEIVED:
        reference, note = _text(details, "laboratory_ref"), _text(details, "note")
        intact = "intact" if details.get("seal_intact", True) else "BROKEN"
        return (f"Received by {_text(details, 'by')}" + (f" (laboratory reference {reference})" if reference else "")
                + f", seal {seal} {intact}" + (f"; note: {note}" if note else ""))  # fmt: skip
    if action == samples.PHOTO_LINKED:
        return f"Photo linked ({_text(details, 'role')})"
    return action


def step_parties(action: str, details: Mapping[str, Any]) -> tuple[str, str]:
    """(from, to) of a step that moves the sample: who held it before and after; ('', holder) for the others."""
    if action == samples.HANDED_OVER:
        return _text(details, "from"), _text(details, "to")
    if action == samples.SHIPPED:
        return _text(details, "from"), _text(details, "holder")
    if action == samples.RECEIVED:
        return "", _text(details, "by")
    return "", _text(details, "holder")


# --- the page --------------------------------------------------------------------------------------------------


def _steps(store: Store, sample: SampleRow, shipment: ShipmentRow | None) -> list[dict[str, str]]:
    """The sample's custody steps up to (and with) its shipping in this shipment; a draft: every step so far."""
    found = []
    for step in samples.steps(store, sample):
        source, target = step_parties(step.action, step.details)
        found.append({"at": short_time(step.at), "operator": step.operator, "what": step_words(step.action,
                      step.details), "source": source, "target": target})  # fmt: skip
        if shipment is not None and step.action == samples.SHIPPED and step.details.get("shipment") == shipment.uuid:
            break
    return found


def manifest_samples(store: Store, shipment: ShipmentRow | None) -> list[SampleRow]:
    """The samples a manifest lists: the shipment's, or (a draft) the sealed ones not shipped yet."""
    if shipment is not None:
        return store.samples.select(shipment_id=shipment.id)
    return [row for row in store.samples.select(states=DRAFT_STATES) if row.seal and row.shipment_id is None]


def render_manifest(store: Store, shipment: ShipmentRow | None) -> bytes:
    """The printable manifest of ``shipment`` (None: the DRAFT of the sealed samples not shipped yet), as UTF-8 HTML.
    The same data give the same bytes."""
    import jinja2  # lazy: the template engine, for the manifest only

    rows = manifest_samples(store, shipment)
    listed: list[dict[str, Any]] = []
    for row in rows:
        listed.append({
            "ref": row.ref, "barcode": barcode(row.ref), "number": row.id, "type": row.sample_type,
            "case": row.case_name, "tag": row.item_tag, "location": row.location, "collector": row.collector,
            "collected_at": short_time(row.collected_at), "seal": row.seal, "packaging": row.packaging,
            "storage": row.storage, "steps": _steps(store, row, shipment),
        })  # fmt: skip
    template = resources.files(__package__).joinpath("templates", TEMPLATE).read_text("utf-8")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    page = environment.from_string(template).render(
        draft=shipment is None,
        manifest=shipment.manifest if shipment is not None else "",
        manifest_barcode=barcode(shipment.manifest) if shipment is not None else None,
        shipped_at=short_time(shipment.shipped_at) if shipment is not None else "",
        shipped_by=shipment.shipped_by if shipment is not None else "",
        laboratory=shipment.laboratory if shipment is not None else "",
        carrier=shipment.carrier if shipment is not None else "",
        device=store.device_id,
        samples=listed,
    )
    return page.encode("utf-8")


def file_name(shipment: ShipmentRow | None) -> str:
    """A name for the manifest's file (in a bundle): 'manifest-M-2026-001.html', safe on every file system."""
    if shipment is None:
        return "manifest-DRAFT.html"
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in shipment.manifest)
    return f"manifest-{safe.strip('.')[:80] or 'unnamed'}.html"
