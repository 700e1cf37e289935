"""The face operation a sandbox child runs: decode a photo, find its faces, and describe each with dlib's ResNet.

Decision: a photo is outside bytes (HEIC from a phone, a JPEG off a seized card), so its decode and everything
that holds its pixels run in a confined child (fieldkit.sandbox), called by name through
fieldkit.biometrics.faces; fieldkit's own process never imports dlib. The child answers with small numbers only:
each face's box, the detector's score and its 128 float32 descriptor (512 bytes), which the parent checks with the
template codec before use.

The models are dlib's own, as the registry package face-recognition-models ships them (docs/faces.md): the 5-point
landmark predictor and the ResNet descriptor, read from the installed package's folder (or the frozen app's copy),
never fetched. Their SHA-256 is checked when a child loads them: a descriptor is only comparable with descriptors
of the same network, so a different file (another package version, a damaged install) is refused rather than
allowed to make templates that never match the watchlist. The detector (HOG, frontal faces) is built into dlib and
needs no file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from fieldkit import media_types
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, IdentificationLimits
from fieldkit.errors import AnalysisLimitError, DamagedMediaError, FaceModelUnavailableError, UnsupportedMediaError

EXTRACT = "fieldkit.biometrics.face_ops:extract"

MODELS_PACKAGE = "face_recognition_models"
# The files fieldkit loads and their SHA-256 (face-recognition-models 0.3.0; the 68-point predictor and the CNN
# detector it also ships are not used, nor packaged).
LANDMARKS_MODEL = "shape_predictor_5_face_landmarks.dat"
DESCRIPTOR_MODEL = "dlib_face_recognition_resnet_model_v1.dat"
MODEL_SHA256 = {
    LANDMARKS_MODEL: "c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888",
    DESCRIPTOR_MODEL: "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30",
}

# The photo formats a face is looked for in (a print image, a PDF or a video is no face photo).
PHOTO_TYPES = frozenset({media_types.JPEG, media_types.PNG, media_types.TIFF, media_types.BMP, media_types.GIF,
                         media_types.WEBP, media_types.HEIC, media_types.HEIF, media_types.AVIF})  # fmt: skip
_HEIF_TYPES = frozenset({media_types.HEIC, media_types.HEIF, media_types.AVIF})
_ORIENTATION = 0x0112  # the EXIF tag
_SIDES_SWAPPED = frozenset({5, 6, 7, 8})  # orientations that turn the photo by a quarter


def models_folder() -> Path | None:
    """Where the model files are: the installed package's ``models`` folder (found without importing the package,
    whose __init__ needs pkg_resources), or the frozen app's copy (packaging/fieldkit.spec). None: not installed."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", "")) / MODELS_PACKAGE / "models"
    spec = importlib.util.find_spec(MODELS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def missing() -> str | None:
    """What is missing for face templates, in words (None: dlib and both model files are installed). Looks only:
    neither dlib nor the models are loaded (the parent process calls this)."""
    if importlib.util.find_spec("dlib") is None:
        return "dlib (the dlib-bin package) is not installed"
    folder = models_folder()
    if folder is None:
        return "the face-recognition-models package is not installed"
    absent = [name for name in MODEL_SHA256 if not (folder / name).is_file()]
    return f"the model file {absent[0]} is missing from {folder}" if absent else None


@dataclass(frozen=True)
class _Models:
    detector: Any
    landmarks: Any
    descriptor: Any


_loaded: _Models | None = None


def _verified(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != MODEL_SHA256[path.name]:
        raise FaceModelUnavailableError(f"the model file {path.name} is not the one fieldkit's face templates use "
                                        "(another version of face-recognition-models?)")  # fmt: skip
    return str(path)


def models() -> _Models:
    """dlib's detector, 5-point landmarks and ResNet descriptor, loaded once per child (about 2 s, 240 MB)."""
    global _loaded
    if _loaded is None:
        problem = missing()
        if problem is not None:
            raise FaceModelUnavailableError(f"face templates cannot be made: {problem}")
        import dlib  # lazy: loaded in the sandbox child only

        folder = models_folder()
        assert folder is not None  # missing() said it is there
        _loaded = _Models(dlib.get_frontal_face_detector(), dlib.shape_predictor(_verified(folder / LANDMARKS_MODEL)),
                          dlib.face_recognition_model_v1(_verified(folder / DESCRIPTOR_MODEL)))  # fmt: skip
    return _loaded


def _open(data: bytes) -> Image.Image:
    """The photo's header (not its pixels yet), from one of PHOTO_TYPES."""
    row = media_types.sniff(data)
    if row.media_type not in PHOTO_TYPES:
        raise UnsupportedMediaError(f"a {row.name} file is not a photo fieldkit looks for faces in")
    if row.media_type in _HEIF_TYPES:
        import pillow_heif  # lazy: only for a HEIF photo, in the child

        pillow_heif.register_heif_opener()
        if hasattr(pillow_heif, "register_avif_opener"):
            pillow_heif.register_avif_opener()
        formats = ["HEIF", "AVIF"]
    else:
        formats = [row.pillow_format or ""]
    Image.init()
    try:
        with warnings.catch_warnings():  # our own pixel cap decides, with a message
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=[name for name in formats if name in Image.OPEN])
    except Exception as exc:  # the decoder's refusal of damaged or hostile bytes
        raise DamagedMediaError(f"the {row.name} photo cannot be read ({type(exc).__name__})") from None


def decode(data: bytes, max_side: int) -> tuple[Image.Image, tuple[int, int]]:
    """The photo upright (its EXIF orientation applied) in RGB, reduced to ``max_side`` pixels on its longest side,
    and the upright photo's own size (width, height). A JPEG is decoded reduced where it can be (1/2 to 1/8);
    a photo still above the sandbox's pixel cap is refused."""
    image = _open(data)
    try:
        turned = image.getexif().get(_ORIENTATION) in _SIDES_SWAPPED
    except Exception:  # an EXIF block that does not parse: the photo is taken as it lies
        turned = False
    size = (image.height, image.width) if turned else image.size  # of the upright photo, before any reduction
    image.draft("RGB", (max_side, max_side))
    cap = DEFAULT_ANALYSIS_LIMITS.max_decode_pixels
    if image.width * image.height > cap:
        raise AnalysisLimitError(f"the photo is {image.width} x {image.height} pixels, more than the {cap} fieldkit "
                                 "decodes", reason="too-large")  # fmt: skip
    try:
        image.load()
        upright = ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise DamagedMediaError(f"the photo cannot be decoded ({type(exc).__name__})") from None
    upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return upright, size


def _reduced(image: Image.Image, side: int) -> tuple[Image.Image, float]:
    if max(image.size) <= side:
        return image, 1.0
    small = image.copy()
    small.thumbnail((side, side), Image.Resampling.BILINEAR)
    return small, image.width / small.width


def extract(data: bytes, *, identification: dict[str, Any]) -> dict[str, Any]:
    """Find the faces in a photo and describe each one.

    Answers ``{"width", "height", "faces": [{"box": [x, y, w, h], "score", "descriptor": 512 bytes}]}``: the
    photo's upright size; each face's box in its upright pixels (it may reach past the edge for a face cut off),
    the detector's score (higher is surer; dlib counts a face from 0) and dlib's 128 float32 little-endian
    descriptor. Faces come surest first, at most ``max_faces_per_photo``; none found is an empty list."""
    import numpy as np  # lazy: in the child only, with dlib

    bounded = IdentificationLimits(**identification)
    try:
        found = models()
    except FaceModelUnavailableError as exc:  # said as such, so that the parent raises the same error
        return {"unavailable": exc.message}
    photo, size = decode(data, bounded.face_max_side)
    to_photo = size[0] / photo.width
    pixels = np.asarray(photo)
    small, to_pixels = _reduced(photo, bounded.face_detect_side)
    boxes, scores, _kinds = found.detector.run(np.asarray(small), bounded.face_upsample, 0.0)
    ranked = sorted(zip(scores, boxes, strict=True), key=lambda pair: -pair[0])[: bounded.max_faces_per_photo]
    import dlib  # lazy: already loaded by models()

    faces = []
    for score, box in ranked:
        on_pixels = dlib.rectangle(round(box.left() * to_pixels), round(box.top() * to_pixels),
                                   round(box.right() * to_pixels), round(box.bottom() * to_pixels))  # fmt: skip
        shape = found.landmarks(pixels, on_pixels)
        vector = np.asarray(found.descriptor.compute_face_descriptor(pixels, shape), dtype="<f4")
        faces.append({
            "box": [round(on_pixels.left() * to_photo), round(on_pixels.top() * to_photo),
                    round(on_pixels.width() * to_photo), round(on_pixels.height() * to_photo)],
            "score": float(score),
            "descriptor": vector.tobytes(),
        })  # fmt: skip
    return {"width": size[0], "height": size[1], "faces": faces}
