"""Thumbnail rendering for the captures grid, made in memory on the store thread. Every other store job of the
window is in ``gui/ops/``; this rendering stays here until one renderer in the core serves the grid, the
fingerprint boxes and the HQ report alike."""

from __future__ import annotations

import io

from PIL import Image

from fieldkit.gui.ops import Job, JobContext
from fieldkit.gui.ops.viewer import IMAGE_TYPES as _IMAGE_TYPES

THUMBNAIL_SIZE = 192
_THUMBNAIL_SOURCE_LIMIT = 96 << 20


def thumbnails(capture_ids: list[int]) -> Job:
    """Small JPEGs of photos, made in memory from the decrypted originals and never written anywhere."""

    def job(context: JobContext) -> dict[int, bytes | None]:
        store = context.need_store()
        result: dict[int, bytes | None] = {}
        for capture_id in capture_ids:
            if context.cancel.is_set():
                break
            capture = store.capture(capture_id)
            kinds = _IMAGE_TYPES | {"application/pdf"}
            if capture.media_type not in kinds or capture.size > _THUMBNAIL_SOURCE_LIMIT:
                result[capture_id] = None
                continue
            data = b"".join(store.read_original(capture_id))
            if capture.media_type == "application/pdf":
                result[capture_id] = pdf_thumbnail(data)
            else:
                result[capture_id] = make_thumbnail(data)
        return result

    return job


def make_thumbnail(data: bytes) -> bytes | None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > 180_000_000:
                return None
            image.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
            from PIL import ImageOps

            shown = ImageOps.exif_transpose(image)
            shown.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            out = io.BytesIO()
            shown.convert("RGB").save(out, "JPEG", quality=85)
            return out.getvalue()
    except Exception:  # an undecodable image shows a placeholder, never an error
        return None


def pdf_thumbnail(data: bytes) -> bytes | None:
    """The first page of a PDF, rendered small in memory by pdfium."""
    try:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            page = document[0]
            width, height = page.get_size()
            image = page.render(scale=THUMBNAIL_SIZE / max(width, height, 1)).to_pil()
            page.close()
        finally:
            document.close()
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=85)
        return out.getvalue()
    except Exception:  # an unreadable PDF shows a placeholder, never an error
        return None
