"""Every decode of a print image, seen from fieldkit's side: the operations of fieldkit.biometrics.ops run in the
process-wide sandbox pool, and their failures named after the capture or file they concern.

Decision: the CLI, the window and the bundle code call these functions, never the decoders. Whatever a print's
bytes do to the child (a crash, an allocation of gigabytes, an endless loop, a refusal), fieldkit gets a
PrintUndecodableError (an AnalysisFailedError) that names the capture, keeps the sandbox's reason code (crashed,
memory, cpu, timeout, too-large, decoder-error) and its words for what happened, so each caller decides what one
bad print costs: a quality note, a box without a picture, a record left out of a bundle with its reason. Nothing
here decodes; the answers are numbers and PNG/WSQ bytes a child made, checked for shape before use (a child that
a hostile file took over could send anything, and it still must not crash fieldkit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from fieldkit.biometrics import op_names as ops
from fieldkit.biometrics.latent import Calibration
from fieldkit.biometrics.quality import Quality
from fieldkit.errors import AnalysisFailedError, InvalidValueError, PrintUndecodableError, SegmentationError
from fieldkit.media_types import BMP, JPEG, PNG, TIFF, WSQ
from fieldkit.sandbox.pool import run as run_in_sandbox

T = TypeVar("T")
# What an operation may refuse for the operator's sake: raised again here as the same error.
_REFUSALS: dict[str, type[InvalidValueError | SegmentationError]] = {
    "SegmentationError": SegmentationError,
    "InvalidValueError": InvalidValueError,
}


def print_media_type(data: bytes) -> str | None:
    """The print image format the first bytes announce (a magic number: nothing is decoded), or None."""
    if data.startswith(b"\xff\xa0\xff"):
        return WSQ
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"BM") and len(data) >= 26:
        return BMP
    return None


def of_capture(capture_id: int) -> str:
    """How messages name a stored print."""
    return f"the print of capture #{capture_id}"


def run(op: str, data: bytes, parse: Callable[[Any], T], *, what: str, capture_id: int | None = None,
        **params: Any) -> T:  # fmt: skip
    """Run a sandbox operation on ``data`` and shape its answer with ``parse``; ``what`` names the print or file
    in messages ("the print of capture #12", "card.png")."""
    try:
        answer = run_in_sandbox(op, data, **params)
    except AnalysisFailedError as exc:
        raise PrintUndecodableError(f"{what} could not be decoded: {exc.message}", reason=exc.reason,
                                    capture_id=capture_id, cause=exc.message) from None  # fmt: skip
    if isinstance(answer, dict) and "refused" in answer:
        refusal = _REFUSALS.get(str(answer["refused"]), InvalidValueError)
        raise refusal(str(answer.get("message") or "refused")[:500])
    try:
        return parse(answer)
    except (KeyError, IndexError, TypeError, ValueError):
        cause = "the decoder gave a malformed answer"
        raise PrintUndecodableError(f"{what} could not be decoded: {cause}", capture_id=capture_id,
                                    cause=cause) from None  # fmt: skip


def _bytes(value: Any) -> bytes:
    if not isinstance(value, bytes):
        raise TypeError("expected bytes")
    return value


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


# --- prints ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Examined:
    width: int
    height: int
    file_ppi: float | None  # the resolution the file states, if any
    quality: Quality | None  # None: not scored (no plausible resolution known, or not asked)


def _examined(answer: Any) -> Examined:
    found = answer["quality"]
    scored = None
    if found is not None:
        score = found["score"]
        scored = Quality(None if score is None else int(score), str(found["light"]), str(found["note"])[:300])
    return Examined(int(answer["width"]), int(answer["height"]), _optional_float(answer["file_ppi"]), scored)


def examine(data: bytes, *, what: str, capture_id: int | None = None, ppi: float | None = None,
            impression: int | None = None, finger: int = 0, missing: Iterable[int] = (),
            score: bool = True) -> Examined:  # fmt: skip
    """Decode a print (size, stated resolution) and score it at ``ppi`` (or the file's own resolution)."""
    return run(ops.EXAMINE, data, _examined, what=what, capture_id=capture_id, ppi=ppi, impression=impression,
               finger=finger, missing=sorted(missing), score=score)  # fmt: skip


def thumbnail(data: bytes, side: int, *, what: str, capture_id: int | None = None) -> bytes:
    """A greyscale PNG of the print, longest side at most ``side``."""
    return run(ops.THUMBNAIL, data, _bytes, what=what, capture_id=capture_id, side=side)


@dataclass(frozen=True)
class Preview:
    png: bytes  # reduced for the screen
    width: int  # of the full image
    height: int
    scale: float  # screen pixels per image pixel


def preview(data: bytes, max_side: int, *, skew: float = 0.0, what: str, capture_id: int | None = None) -> Preview:
    """The image (a card straightened by ``skew`` first) reduced to at most ``max_side`` pixels, as PNG."""

    def parse(answer: Any) -> Preview:
        return Preview(_bytes(answer["png"]), int(answer["width"]), int(answer["height"]), float(answer["scale"]))

    return run(ops.PREVIEW, data, parse, what=what, capture_id=capture_id, max_side=max_side, skew=skew)


# --- ten-print cards and latents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CutSegment:
    finger_position: int
    impression_type: int
    box: tuple[int, int, int, int]  # x, y, width, height in pixels of the straightened card
    png: bytes | None  # the impression at 500 ppi; None: the box is empty


@dataclass(frozen=True)
class CardCut:
    ppi: float  # measured from the printed lines
    skew: float
    width: int
    height: int
    segments: list[CutSegment]


def _box(value: Any) -> tuple[int, int, int, int]:
    return int(value[0]), int(value[1]), int(value[2]), int(value[3])


def _card_cut(answer: Any) -> CardCut:
    segments = [
        CutSegment(int(s["finger_position"]), int(s["impression_type"]), _box(s["box"]),
                   None if s["png"] is None else _bytes(s["png"]))
        for s in answer["segments"]
    ]  # fmt: skip
    return CardCut(float(answer["ppi"]), float(answer["skew"]), int(answer["width"]), int(answer["height"]), segments)


def cut_card(data: bytes, *, declared_ppi: float | None, what: str) -> CardCut:
    """Cut a card scan into its impressions (SegmentationError: not a usable FD-249 card)."""
    return run(ops.CUT_CARD, data, _card_cut, what=what, declared_ppi=declared_ppi)


def recut_card(data: bytes, box: tuple[int, int, int, int], *, skew: float, card_ppi: float, capture_id: int) -> bytes:
    """The box drawn by hand on a stored card, as a 500 ppi PNG (SegmentationError: the box is not on the card)."""
    return run(ops.RECUT_CARD, data, lambda answer: _bytes(answer["png"]), what=f"the card scan of capture "
               f"#{capture_id}", capture_id=capture_id, box=list(box), skew=skew, card_ppi=card_ppi)  # fmt: skip


@dataclass(frozen=True)
class Calibrated:
    width: int  # of the photo
    height: int
    png: bytes  # the print at 1000 ppi


def calibrate_latent(data: bytes, calibration: Calibration, *, what: str) -> Calibrated:
    """A latent photo at 1000 ppi by its ruler marks (InvalidValueError: marks or distance not usable)."""

    def parse(answer: Any) -> Calibrated:
        return Calibrated(int(answer["width"]), int(answer["height"]), _bytes(answer["png"]))

    return run(ops.CALIBRATE_LATENT, data, parse, what=what, first=list(calibration.first),
               second=list(calibration.second), millimetres=calibration.millimetres)  # fmt: skip


# --- ANSI/NIST image records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordImage:
    """The image of one ANSI/NIST record, made in the sandbox from a stored original."""

    width: int
    height: int
    payload: bytes | None  # None: the original itself is embedded (a Type-20 JPEG or PNG source, a JPEG face)
    ppi: int = 0
    cga: str = ""  # compression: WSQ20, PNG, JPEGB
    segments: list[tuple[int, int, int, int, int]] | None = None  # slaps: finger, left, right, top, bottom
    scores: list[tuple[int, int]] | None = None  # slaps: finger, NFIQ 2


def _record_image(answer: Any) -> RecordImage:
    payload = answer.get("payload")
    segments, scores = answer.get("segments"), answer.get("scores")
    return RecordImage(
        int(answer["width"]), int(answer["height"]), None if payload is None else _bytes(payload),
        int(answer.get("ppi") or 0), str(answer.get("cga") or ""),
        None if segments is None else [(int(a), int(b), int(c), int(d), int(e)) for a, b, c, d, e in segments],
        None if scores is None else [(int(f), int(s)) for f, s in scores],
    )  # fmt: skip


def tenprint_record(data: bytes, *, ppi: float, finger: int, missing: Iterable[int], capture_id: int,
                    keep_wsq: bool = False) -> RecordImage:  # fmt: skip
    """``keep_wsq``: the original is a 500 ppi WSQ; the answer has no payload (embed the original as it is)."""
    return run(ops.TENPRINT_RECORD, data, _record_image, what=of_capture(capture_id), capture_id=capture_id,
               ppi=ppi, finger=finger, missing=sorted(missing), keep_wsq=keep_wsq)  # fmt: skip


def latent_record(data: bytes, *, ppi: float, capture_id: int) -> RecordImage:
    return run(ops.LATENT_RECORD, data, _record_image, what=of_capture(capture_id), capture_id=capture_id, ppi=ppi)


def source_record(data: bytes, *, keep_original: bool, capture_id: int) -> RecordImage:
    return run(ops.SOURCE_RECORD, data, _record_image, what=f"the source image of capture #{capture_id}",
               capture_id=capture_id, keep_original=keep_original)  # fmt: skip


def face_record(data: bytes, *, capture_id: int) -> tuple[RecordImage, bool]:
    """The Type-10 image of a face photo, and whether the photo is a JPEG (embedded as it is)."""

    def parse(answer: Any) -> tuple[RecordImage, bool]:
        return _record_image(answer), bool(answer["jpeg"])

    return run(ops.FACE_RECORD, data, parse, what=f"the face photo of capture #{capture_id}", capture_id=capture_id)
