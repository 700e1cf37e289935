"""The fingerprint operations a sandbox child runs: every decode of print bytes, and the work on what it decoded.

Decision: these run in a confined child process only (fieldkit.sandbox), called by name through
fieldkit.biometrics.confined; fieldkit's own process never decodes a print. Mutated WSQ files crash the WSQ
decoder (SIGSEGV), so the decode, and everything that holds the decoded pixels (NFIQ 2, card cutting, latent
calibration, the ANSI/NIST image records), happens here and sends back only small answers: numbers, and PNG or WSQ
bytes that fieldkit made from the pixels. A decoded card stays in the child too: 80 MP of pixels and their
straightened copies would otherwise sit in the process that holds the store's keys.

Each operation is ``op(data, **params) -> JSON-able`` (bytes allowed). A file the decoder refuses raises (the
sandbox reports it); a request fieldkit must refuse for the operator's sake (not a card, a ruler mark outside the
photo) is answered as ``{"refused": "SegmentationError" | "InvalidValueError", "message": ...}`` so that the
parent raises the same error it always did.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from fieldkit.biometrics import card, clean, codes, fkm1, images, latent, nbis, quality, slaps
from fieldkit.config import FINGERPRINT_LIMITS
from fieldkit.errors import AnalysisLimitError, InvalidValueError, OversizedMediaError, SegmentationError

# The operations' names, as fieldkit's process calls them: fieldkit.biometrics.op_names.


def _decode(data: bytes) -> tuple[Image.Image, float | None]:
    try:
        return images.decode_with_ppi(data)
    except OversizedMediaError as exc:  # the sandbox reports it as a limit, not as a refusal of the file
        raise AnalysisLimitError(exc.message, reason="too-large") from None


def _refused(error: SegmentationError | InvalidValueError) -> dict[str, Any]:
    return {"refused": type(error).__name__, "message": error.message}


def examine(data: bytes, *, ppi: float | None = None, impression: int | None = None, finger: int = 0,
            missing: list[int] | None = None, score: bool = True) -> dict[str, Any]:  # fmt: skip
    """Decode a print: its size, the resolution its file states, and (``score``) its quality at ``ppi`` or, when
    none is given, at the file's resolution (NFIQ 2 for plain and rolled prints; a slap gets its weakest finger's
    score). A resolution that is not plausible for a print (images.plausible_ppi) is never used: no score."""
    image, file_ppi = _decode(data)
    answer: dict[str, Any] = {"width": image.width, "height": image.height, "file_ppi": file_ppi, "quality": None}
    resolution = images.plausible_ppi(ppi if ppi is not None else file_ppi)
    if score and resolution is not None:
        found = quality.assess(image, resolution, impression, finger, missing or ())
        answer["quality"] = {"score": found.score, "light": found.light, "note": found.note}
    return answer


def thumbnail(data: bytes, *, side: int) -> bytes:
    """A greyscale PNG of the print, its longest side at most ``side`` pixels (ridges stay sharp: PNG, not JPEG)."""
    image, _ = _decode(data)
    image.thumbnail((side, side))
    return images.encode_png(image, codes.TENPRINT_PPI)


def preview(data: bytes, *, max_side: int, skew: float = 0.0) -> dict[str, Any]:
    """The image (a card straightened by ``skew`` degrees first) reduced for the screen, as PNG, with its full size
    and the scale of the reduction (screen pixels per image pixel)."""
    image, _ = _decode(data)
    shown = card.straighten(image, skew) if skew else image
    scale = min(1.0, max_side / max(shown.size))
    if scale < 1.0:
        shown = shown.resize((max(1, round(shown.width * scale)), max(1, round(shown.height * scale))),
                             Image.Resampling.BILINEAR)  # fmt: skip
    return {"png": images.encode_png(shown, codes.TENPRINT_PPI), "width": image.width, "height": image.height,
            "scale": scale}  # fmt: skip


def _at_500(image: Image.Image, from_ppi: float) -> bytes:
    return images.encode_png(images.resample(image, from_ppi, codes.TENPRINT_PPI), codes.TENPRINT_PPI)


def cut_card(data: bytes, *, declared_ppi: float | None = None) -> dict[str, Any]:
    """Cut a ten-print card scan (FD-249) into its fourteen impressions, each as a 500 ppi PNG (None: empty box)."""
    scan, file_ppi = _decode(data)
    try:
        layout, segments = card.segment(scan)
    except SegmentationError as exc:
        return _refused(exc)
    declared = declared_ppi or images.plausible_ppi(file_ppi)  # a tag of 72 or 1 ppi says nothing about a card
    if declared is not None and abs(declared - layout.ppi) / layout.ppi > 0.05:
        stated = f"the card says {declared:.0f} ppi but its printed boxes measure {layout.ppi:.0f} ppi"
        return _refused(SegmentationError(f"{stated}: check the scan"))
    return {
        "ppi": layout.ppi, "skew": layout.skew, "width": scan.width, "height": scan.height,
        "segments": [{"finger_position": s.finger_position, "impression_type": s.impression_type, "box": list(s.box),
                      "png": None if s.image is None else _at_500(s.image, layout.ppi)} for s in segments],
    }  # fmt: skip


def recut_card(data: bytes, *, box: list[int], skew: float, card_ppi: float) -> dict[str, Any]:
    """The box a reviewer drew (in pixels of the straightened card), as a 500 ppi PNG."""
    scan, _ = _decode(data)
    try:
        cut = card.cut(scan, (int(box[0]), int(box[1]), int(box[2]), int(box[3])), skew)
    except SegmentationError as exc:
        return _refused(exc)
    return {"png": _at_500(cut, card_ppi)}


def calibrate_latent(data: bytes, *, first: list[float], second: list[float], millimetres: float) -> dict[str, Any]:
    """A latent photo resampled to 1000 ppi by its two ruler marks, as PNG, with the photo's size."""
    photo, _ = _decode(data)
    calibration = latent.Calibration((first[0], first[1]), (second[0], second[1]), millimetres)
    try:
        calibrated = latent.calibrate(photo, calibration)
    except InvalidValueError as exc:
        return _refused(exc)
    return {"width": photo.width, "height": photo.height, "png": images.encode_png(calibrated, codes.LATENT_PPI)}


def _known_resolution(ppi: object) -> None:
    """A print whose resolution is unknown is never resampled (fieldkit leaves it out before asking; this holds
    whoever asks)."""
    if images.plausible_ppi(ppi) is None:
        raise InvalidValueError(f"the print's resolution ({ppi} ppi) is unknown or not plausible: it is not resampled")


def tenprint_record(data: bytes, *, ppi: float, finger: int, missing: list[int],
                    keep_wsq: bool = False) -> dict[str, Any]:  # fmt: skip
    """The image of a Type-14 record: WSQ at 500 ppi (PNG when the print is at 1000 ppi); for a four-finger slap,
    each finger's box in the exported image (SEG) and its NFIQ 2 score (FQM) where the fingers can be told apart.

    ``keep_wsq`` (the caller's original is a WSQ already at 500 ppi): no resampling and no payload; the original
    itself is the record's image (a second WSQ generation would only lose detail)."""
    _known_resolution(ppi)
    image, _ = _decode(data)
    if abs(ppi - codes.LATENT_PPI) / codes.LATENT_PPI < 0.02:
        return {"ppi": codes.LATENT_PPI, "cga": "PNG", "width": image.width, "height": image.height,
                "payload": images.encode_png(image, codes.LATENT_PPI), "segments": None, "scores": None}  # fmt: skip
    kept = keep_wsq and data[:3] == b"\xff\xa0\xff"  # the WSQ start-of-image marker: this is the WSQ itself
    at_500 = image if kept else images.resample(image, ppi, codes.TENPRINT_PPI)
    answer: dict[str, Any] = {"ppi": codes.TENPRINT_PPI, "cga": "WSQ20", "width": at_500.width,
                              "height": at_500.height, "payload": None if kept else images.encode_wsq(at_500),
                              "segments": None, "scores": None}  # fmt: skip
    if finger in slaps.ORDER:
        boxes = slaps.segment(at_500, finger, codes.TENPRINT_PPI, missing)
        if boxes:
            answer["segments"] = [[b.finger, b.left, b.right, b.top, b.bottom] for b in boxes]
            if quality.available():
                answer["scores"] = [[b.finger, quality.nfiq2(b.crop(at_500), codes.TENPRINT_PPI)] for b in boxes]
    return answer


def latent_record(data: bytes, *, ppi: float) -> dict[str, Any]:
    """The image of a Type-13 record: lossless PNG at 1000 ppi."""
    _known_resolution(ppi)
    image, _ = _decode(data)
    if abs(ppi - codes.LATENT_PPI) / codes.LATENT_PPI >= 0.02:
        image = images.resample(image, ppi, codes.LATENT_PPI)
    return {"width": image.width, "height": image.height, "payload": images.encode_png(image, codes.LATENT_PPI)}


def source_record(data: bytes, *, keep_original: bool) -> dict[str, Any]:
    """A Type-20 source (card scan, latent photo): its size, and the same pixels as PNG; or (``keep_original``:
    JPEG and PNG, formats the record type names) the original's compressed data as it is, without its metadata
    (clean.strip: no EXIF, GPS, comments or text chunks go into a transaction)."""
    image, _ = _decode(data)
    payload = _stripped(data) if keep_original else images.encode_png(image, codes.TENPRINT_PPI)
    return {"width": image.width, "height": image.height, "payload": payload}


def _stripped(data: bytes) -> bytes:
    try:
        return clean.strip(data)
    except ValueError as exc:
        raise InvalidValueError(f"the image's structure is not understood ({exc})") from None


def face_record(data: bytes) -> dict[str, Any]:
    """A Type-10 face photo: its size, and whether it is a JPEG (its compressed data embedded as it is, without its
    metadata: clean.strip); anything else as an RGB PNG (written without metadata)."""
    with Image.open(io.BytesIO(data), formats=["JPEG", "PNG", "TIFF", "BMP", "GIF", "WEBP"]) as opened:
        width, height = opened.size
        if opened.format == "JPEG":  # not re-encoded: only the segments around the image data are parsed
            return {"width": width, "height": height, "jpeg": True, "payload": _stripped(data)}
        if width * height > FINGERPRINT_LIMITS.max_print_pixels:
            raise AnalysisLimitError(f"the photo has {width} x {height} pixels", reason="too-large")
        out = io.BytesIO()
        converted = opened.convert("RGB")
        converted.info = {}  # no ICC profile (nor anything else the original carried) written into the PNG
        converted.save(out, "PNG")
    return {"width": width, "height": height, "jpeg": False, "payload": out.getvalue()}


def extract_finger(data: bytes, *, ppi: float | None = None) -> bytes | dict[str, Any]:
    """One finger's minutiae as an FKM1 template (fieldkit.biometrics.templates): NIST MINDTCT on the print at
    500 ppi (resampled from ``ppi``, or from the file's own resolution when none is given). A print whose
    resolution is unknown is refused: minutiae distances are only comparable at a known resolution."""
    image, file_ppi = _decode(data)
    resolution = images.plausible_ppi(ppi if ppi is not None else file_ppi)
    if resolution is None:
        stated = "not stated" if ppi is None and file_ppi is None else f"{ppi if ppi is not None else file_ppi:g} ppi"
        return _refused(InvalidValueError(f"the print's resolution is {stated}: a template needs it (give --ppi)"))
    try:
        at_500 = images.resample(image, resolution, codes.TENPRINT_PPI)
    except InvalidValueError as exc:
        return _refused(exc)
    return fkm1.encode_finger(nbis.mindtct(at_500))
