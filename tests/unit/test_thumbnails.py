"""The one thumbnail renderer (fieldkit.core.thumbnails), which the fingerprint boxes and HQ's report share: made in
the analysis sandbox, small, turned as EXIF says, a PDF's first page, a WSQ print, and None (a placeholder) for
anything over the pixel cap, of another type, or undecodable; what the sandbox answers is checked before use.
The capture grid decodes nothing: it shows the thumbnail analysis stored, or says it is pending or failed."""

from __future__ import annotations

import io
import struct
import sys
import threading

import pytest
from PIL import Image

from fieldkit import media_types
from fieldkit.analysis import runner
from fieldkit.biometrics import images, synthetic
from fieldkit.config import Limits
from fieldkit.core import thumbnails
from fieldkit.errors import AnalysisFailedError
from fieldkit.gui.ops import JobContext
from fieldkit.gui.ops.evidence import thumbnails_of
from fieldkit.hq import render_thumbnail
from fieldkit.store.store import Store
from tests.conftest import jpeg_bytes, pdf_bytes, png_bytes

ORIENTATION = 0x0112


def opened(data: bytes | None) -> Image.Image:
    assert data is not None
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_photo_is_a_small_jpeg_turned_as_its_exif_says() -> None:
    upright = opened(thumbnails.render(jpeg_bytes((600, 200)), media_types.JPEG, side=192))
    assert upright.format == "JPEG" and upright.size == (192, 64)
    turned = opened(thumbnails.render(jpeg_bytes((600, 200), exif={ORIENTATION: 6}), media_types.JPEG, side=192))
    assert turned.size == (64, 192)  # orientation 6: the camera was held upright


def test_a_pdf_shows_its_first_page_rendered_in_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # importing pdfium here would fail: only the child has it
    page = opened(thumbnails.render(pdf_bytes(pages=3), media_types.PDF, side=100))
    assert page.format == "JPEG" and max(page.size) == 100 and page.height > page.width  # a US Letter page


def test_a_print_stays_a_grey_lossless_png_and_wsq_is_read() -> None:
    ridges = synthetic.ridges(400, 500, seed=1)
    png = opened(thumbnails.render(png_bytes((400, 500)), media_types.PNG, side=220, encoding="PNG"))
    assert (png.format, png.mode) == ("PNG", "L") and png.size == (176, 220)
    wsq = opened(thumbnails.render(images.encode_wsq(ridges), media_types.WSQ, side=220, encoding="PNG"))
    assert (wsq.format, wsq.mode) == ("PNG", "L") and wsq.size == (176, 220)
    assert not thumbnails.renders(media_types.WSQ)  # the capture grid never runs the WSQ decoder


def test_what_it_cannot_or_must_not_decode_gets_a_placeholder() -> None:
    picture = png_bytes((1200, 900))
    assert thumbnails.render(picture, media_types.PNG, side=192, limits=Limits(max_image_pixels=1200 * 900 - 1)) is None
    assert thumbnails.render(picture, media_types.PNG, side=192, limits=Limits(max_image_pixels=1200 * 900)) is not None
    # A JPEG over the cap is decoded reduced (1/2 here: 600 x 450), unless even its smallest decode is over it.
    photo = jpeg_bytes((1200, 900))
    reduced = thumbnails.render(photo, media_types.JPEG, side=192, limits=Limits(max_image_pixels=600 * 450))
    assert opened(reduced).size == (192, 144)
    assert thumbnails.render(photo, media_types.JPEG, side=192, limits=Limits(max_image_pixels=100)) is None
    assert thumbnails.render(photo, "video/mp4", side=192) is None and not thumbnails.renders("video/mp4")
    assert thumbnails.render(b"not an image", media_types.PNG, side=192) is None
    assert thumbnails.render(b"%PDF-1.4 truncated", media_types.PDF, side=192) is None
    assert all(thumbnails.renders(media_type) for media_type in media_types.PICTURES | {media_types.PDF})


def test_the_sandbox_answer_is_checked_before_anything_decodes_it() -> None:
    small = png_bytes((40, 30))
    assert thumbnails.picture_size(small) == (40, 30)
    assert thumbnails.picture_size(jpeg_bytes((64, 48))) == (64, 48)
    assert thumbnails.checked_picture(small, 40) == small
    # A PNG header that declares more than was asked for (a bomb from a sandbox taken over), or not a picture at all.
    bomb = small[:16] + struct.pack(">II", 100_000, 100_000) + small[24:]
    for answer in (bomb, b"GIF89a", None, {"png": small}):
        with pytest.raises(AnalysisFailedError, match="not the picture asked for"):
            thumbnails.checked_picture(answer, 256)


def test_hq_report_previews_come_from_the_same_renderer() -> None:
    photo = jpeg_bytes((600, 200), exif={ORIENTATION: 6})
    assert render_thumbnail(photo) == thumbnails.render(photo, side=240)
    assert opened(render_thumbnail(photo)).size == (80, 240)


def test_the_grid_shows_what_analysis_stored_and_decodes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-1")

    def keep(name: str, data: bytes, media_type: str) -> int:
        capture_id, _new = store.originals.add_original(
            item, data, original_name=name, kind="photo", media_type=media_type, source="test", metadata={}
        )
        return capture_id

    photo = keep("photo.jpg", jpeg_bytes((600, 400), seed=1), media_types.JPEG)
    broken = keep("broken.png", b"\x89PNG\r\n\x1a\n not a picture", media_types.PNG)
    crashed = keep("crash.jpg", jpeg_bytes((64, 48), seed=2), media_types.JPEG)
    forged = keep("forged.jpg", jpeg_bytes((64, 48), seed=3), media_types.JPEG)
    waiting = keep("later.jpg", jpeg_bytes((64, 48), seed=4), media_types.JPEG)
    runner.analyse(store, [photo, broken, forged])
    runner.analyse(store, [crashed], op="tests.sandbox_ops:describe_by_crashing")  # a decoder that segfaults
    bomb = png_bytes((40, 30))
    bomb = bomb[:16] + struct.pack(">II", 100_000, 100_000) + bomb[24:]  # what a child taken over could store
    with store.write():
        store.analyses.record_ok(forged, media_type=media_types.JPEG, facts={}, damaged=None, notes=[], text=None,
                                 thumbnail=bomb, analyser="test")  # fmt: skip
    for decoder in ("pypdfium2", "wsq", "zxingcpp", "pillow_heif", "av"):
        monkeypatch.setitem(sys.modules, decoder, None)  # none of them may even be imported by the grid
    context = JobContext(store, threading.Event(), lambda _: None)

    shown = thumbnails_of([photo, broken, crashed, forged, waiting])(context)
    assert shown[photo].status == "ok" and shown[photo].image == store.analyses.thumbnail(photo)  # the stored bytes
    assert opened(shown[photo].image).size == (256, 171)
    assert shown[photo].capture == store.capture(photo)  # as analysis left it, for the viewer's details
    assert (shown[broken].status, shown[broken].image) == ("ok", None)  # analysed (damaged), nothing to show
    assert shown[crashed].status == "failed" and "crashed" in shown[crashed].reason and shown[crashed].image is None
    assert (shown[forged].status, shown[forged].image) == ("ok", None)  # not what analysis makes: not shown
    assert (shown[waiting].status, shown[waiting].image, shown[waiting].reason) == ("pending", None, "")
