"""Mutation fuzzing of every decoder path through the real analysis sandbox (issue 12), for docs/benchmarks.md.

Decision: a plain deterministic mutator (bit flips, interesting bytes, truncation, chunk duplication and splicing,
length fields set huge, insertions) over valid seed files this job makes itself, rather than a coverage-guided
fuzzer: what is tested is not the decoders (their own projects fuzz them) but that fieldkit survives them. Every
input goes to the real sandbox pool (fieldkit.sandbox.pool.Pool) and the real DESCRIBE operation, exactly as
'fieldkit analyse' sends a stored original, and this process plays fieldkit: a crash or hang of this process, an
exception other than AnalysisFailedError from the pool, or an answer the store could not keep (bytes or a NaN in
the facts, a string SQLite cannot encode) is a failed run. A child that crashes, runs out of memory or time, or
refuses the bytes is an expected outcome, counted by reason.

Families whose describer is not registered yet (fieldkit.analysis.formats.describer_for) are skipped and said so.
Inputs that end in a parent failure, a crashed or stopped child, or an unknown outcome are saved under
/tmp/fuzz-findings/ (never in the repository), each with its family, index and the mutations that made it; input
``i`` of a family is made from the seed files and ``random.Random(f"{seed}/{family}/{i}")``, so a run repeats.

Usage: python -m bench.fuzz_decoders --per-family N [--families jpeg,png] [--seed S] [--workers W] [--json]
                                     [--out report.json] [--cpu-s S --wall-s S]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import io
import json
import math
import os
import platform
import random
import resource
import statistics
import struct
import sys
import threading
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms, ImageDraw, PngImagePlugin

from fieldkit import media_types
from fieldkit.analysis import formats
from fieldkit.analysis.description import Description
from fieldkit.analysis.ops import DESCRIBE
from fieldkit.biometrics import nist, synthetic
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.errors import AnalysisFailedError
from fieldkit.sandbox.pool import Pool
from fieldkit.store import custody

FINDINGS = Path("/tmp/fuzz-findings")
# Failure reasons the sandbox gives (fieldkit.errors.AnalysisFailedError.reason); anything else is a finding.
KNOWN_REASONS = ("crashed", "memory", "cpu", "timeout", "decoder-error", "too-large")
KNOWN_OUTCOMES = frozenset({"ok", "ok-damaged", *(f"failed:{reason}" for reason in KNOWN_REASONS)})
# Outcomes worth keeping the input of (a native decoder died or was stopped), up to this many per family and reason.
_KEPT_CHILD_OUTCOMES = ("failed:crashed", "failed:memory", "failed:cpu", "failed:timeout")
_KEEP_PER_REASON = 25
# A call into the pool that has not returned this long after the sandbox's own wall limit (plus a child's start)
# is a hang of fieldkit's side, not of a decoder's.
_HANG_GRACE_S = 30.0

# Media types of families another branch is adding (fieldkit.media_types will name them); until their describer is
# registered the family is skipped.
_HEIC = "image/heic"
_ANSI_NIST = "application/x-ansi-nist"
_ZIP = "application/zip"


# ---------------------------------------------------------------------------------------------------------------
# Seed files: small, valid, with the metadata the describers read (EXIF and GPS, pages, frames, members, records).
# ---------------------------------------------------------------------------------------------------------------


_SEED_TIME = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)  # every date inside a seed: the seeds must repeat


def _picture(size: tuple[int, int], mode: str = "RGB", seed: int = 0) -> Image.Image:
    """A deterministic picture with edges and gradients (noise would make large seeds; flat ones exercise little)."""
    width, height = size
    base = Image.linear_gradient("L").resize(size).rotate(seed * 37 % 360)
    image = Image.merge(
        "RGB", (base, Image.radial_gradient("L").resize(size), base.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    )
    draw = ImageDraw.Draw(image)
    rng = random.Random(seed)
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + width // 5, y + height // 7), fill=colour)
    draw.text((2, 2), f"fk{seed}", fill=(255, 255, 255))
    return image.convert(mode)


def _tiff_entry(tag: int, kind: int, count: int, payload: bytes) -> tuple[int, int, int, bytes]:
    return tag, kind, count, payload


def _ascii(tag: int, text: str) -> tuple[int, int, int, bytes]:
    raw = text.encode("ascii") + b"\0"
    return _tiff_entry(tag, 2, len(raw), raw)


def _short(tag: int, value: int) -> tuple[int, int, int, bytes]:
    return _tiff_entry(tag, 3, 1, struct.pack("<H", value))


def _long(tag: int, value: int) -> tuple[int, int, int, bytes]:
    return _tiff_entry(tag, 4, 1, struct.pack("<I", value))


def _rationals(tag: int, *values: tuple[int, int]) -> tuple[int, int, int, bytes]:
    return _tiff_entry(tag, 5, len(values), b"".join(struct.pack("<II", n, d) for n, d in values))


def _ifd_size(entries: list[tuple[int, int, int, bytes]]) -> int:
    return 2 + 12 * len(entries) + 4 + sum(len(p) + len(p) % 2 for _, _, _, p in entries if len(p) > 4)


def _ifd(entries: list[tuple[int, int, int, bytes]], start: int, next_ifd: int) -> bytes:
    head = bytearray(struct.pack("<H", len(entries)))
    data = bytearray()
    data_start = start + 2 + 12 * len(entries) + 4
    for tag, kind, count, payload in sorted(entries):
        if len(payload) <= 4:
            value = payload.ljust(4, b"\0")
        else:
            value = struct.pack("<I", data_start + len(data))
            data += payload + b"\0" * (len(payload) % 2)
        head += struct.pack("<HHI", tag, kind, count) + value
    head += struct.pack("<I", next_ifd)
    return bytes(head + data)


def exif_block(thumbnail: bytes) -> bytes:
    """An APP1 EXIF payload as a phone writes it: IFD0 (make, model, orientation), the Exif IFD (time taken, serial,
    a maker note), the GPS IFD (position and altitude) and IFD1 pointing at a JPEG thumbnail."""
    exif_ifd = [
        _ascii(0x9003, "2026:03:14 15:09:26"),
        _ascii(0x9011, "+01:00"),
        _ascii(0xA431, "SN-0042"),
        _tiff_entry(0x927C, 7, 24, b"FKMAKER\0" + bytes(range(16))),
        _long(0xA002, 96),
        _long(0xA003, 64),
    ]
    gps_ifd = [
        _tiff_entry(0x0000, 1, 4, b"\x02\x03\x00\x00"),
        _ascii(0x0001, "N"),
        _rationals(0x0002, (52, 1), (22, 1), (1234, 100)),
        _ascii(0x0003, "E"),
        _rationals(0x0004, (4, 1), (53, 1), (5678, 100)),
        _tiff_entry(0x0005, 1, 1, b"\x00"),
        _rationals(0x0006, (1250, 100)),
    ]
    ifd0 = [
        _ascii(0x010F, "Fieldkit"),
        _ascii(0x0110, "Fuzz Seed 1"),
        _short(0x0112, 6),
        _ascii(0x0132, "2026:03:14 15:09:26"),
        _long(0x8769, 0),
        _long(0x8825, 0),
    ]
    ifd1 = [_short(0x0103, 6), _long(0x0201, 0), _long(0x0202, len(thumbnail))]
    at_ifd0 = 8
    at_exif = at_ifd0 + _ifd_size(ifd0)
    at_gps = at_exif + _ifd_size(exif_ifd)
    at_ifd1 = at_gps + _ifd_size(gps_ifd)
    at_thumbnail = at_ifd1 + _ifd_size(ifd1)
    ifd0[-2], ifd0[-1] = _long(0x8769, at_exif), _long(0x8825, at_gps)
    ifd1[1] = _long(0x0201, at_thumbnail)
    tiff = (
        b"II*\0"
        + struct.pack("<I", at_ifd0)
        + _ifd(ifd0, at_ifd0, at_ifd1)
        + _ifd(exif_ifd, at_exif, 0)
        + _ifd(gps_ifd, at_gps, 0)
        + _ifd(ifd1, at_ifd1, 0)
        + thumbnail
    )
    return b"Exif\0\0" + tiff


def _save(image: Image.Image, kind: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def _srgb_profile() -> bytes:
    """An sRGB ICC profile with a fixed creation date (lcms writes the current time, and the seeds must repeat)."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = struct.pack(">6H", 2026, 3, 14, 15, 9, 26)
    return bytes(profile)


def _gps_exif() -> Image.Exif:
    info = Image.Exif()
    info[0x010F] = "Fieldkit"
    info[0x0110] = "Fuzz Seed 2"
    info[0x0112] = 3
    info[0x8769] = {0x9003: "2026:03:14 15:09:26"}
    info[0x8825] = {1: "S", 2: (33.0, 51.0, 54.0), 3: "W", 4: (151.0, 12.0, 36.0), 5: b"\x01", 6: 42.5}
    return info


def jpeg_seeds() -> list[bytes]:
    photo = _picture((96, 64))
    thumbnail = _save(_picture((32, 24), seed=1), "JPEG", quality=60)
    second = _picture((96, 64), seed=2)
    srgb = _srgb_profile()
    return [
        _save(photo, "JPEG", quality=85, exif=exif_block(thumbnail)),
        _save(_picture((80, 56), "L", seed=3), "JPEG", quality=70, progressive=True, optimize=True),
        _save(photo, "JPEG", quality=90, subsampling=0, restart_marker_blocks=2, icc_profile=srgb),
        _save(_picture((48, 40), "CMYK", seed=4), "JPEG", quality=75),
        _save(photo, "MPO", save_all=True, append_images=[second], exif=_gps_exif().tobytes()),
    ]


def png_seeds() -> list[bytes]:
    text = PngImagePlugin.PngInfo()
    text.add_text("Title", "fieldkit fuzz seed")
    text.add_text("Comment", "compressed " * 20, zip=True)
    text.add_itxt("Description", "ünïcode", lang="de", tkey="Beschreibung")
    palette = _picture((40, 30), seed=5).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    frames = [_picture((32, 24), "RGBA", seed=s) for s in (6, 7)]
    srgb = _srgb_profile()
    return [
        _save(_picture((48, 32)), "PNG", pnginfo=text, dpi=(300, 300), exif=_gps_exif().tobytes()),
        _save(palette, "PNG", transparency=0),
        _save(_picture((40, 30), "L", seed=8).convert("I;16"), "PNG"),
        _save(frames[0], "PNG", save_all=True, append_images=frames[1:], duration=100, loop=0),
        _save(_picture((24, 24), "RGBA", seed=9), "PNG", icc_profile=srgb),
        _save(_picture((64, 8), "1", seed=10), "PNG"),
    ]


def tiff_seeds() -> list[bytes]:
    pages = [_picture((48, 32), seed=s) for s in range(3)]
    exif = _gps_exif()
    return [
        # Pillow's own writer keeps EXIF and GPS sub-IFDs; libtiff (the compressed ones below) does not.
        _save(pages[0], "TIFF", save_all=True, append_images=pages[1:], dpi=(300, 300), exif=exif.tobytes()),
        _save(pages[0], "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw"),
        _save(
            _picture((64, 48), "1", seed=11),
            "TIFF",
            save_all=True,
            append_images=[_picture((64, 48), "1", seed=12)],
            compression="group4",
        ),
        _save(pages[1], "TIFF", compression="jpeg", quality=70),
        _save(_picture((40, 30), "L", seed=13).convert("I;16"), "TIFF", compression="tiff_adobe_deflate"),
        _save(_picture((40, 30), "CMYK", seed=14), "TIFF", compression="packbits"),
        _save(_picture((32, 24), "RGBA", seed=15), "TIFF"),
    ]


def webp_seeds() -> list[bytes]:
    srgb = _srgb_profile()
    frames = [_picture((32, 24), seed=s) for s in (16, 17, 18)]
    return [
        _save(_picture((64, 48)), "WEBP", quality=70, exif=_gps_exif().tobytes(), icc_profile=srgb),
        _save(_picture((40, 30), "RGBA", seed=19), "WEBP", lossless=True),
        _save(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=80, loop=0, quality=50),
    ]


def gif_seeds() -> list[bytes]:
    frames = [_picture((40, 30), seed=s).convert("P", palette=Image.Palette.ADAPTIVE, colors=32) for s in range(20, 23)]
    return [
        _save(
            frames[0],
            "GIF",
            save_all=True,
            append_images=frames[1:],
            duration=[50, 80, 120],
            loop=0,
            comment=b"fieldkit fuzz seed",
            transparency=0,
            disposal=2,
        ),
        _save(_picture((48, 32), "L", seed=23), "GIF", interlace=True),
    ]


def bmp_seeds() -> list[bytes]:
    return [
        _save(_picture((40, 30)), "BMP", dpi=(96, 96)),
        _save(_picture((33, 17), seed=31).convert("P", palette=Image.Palette.ADAPTIVE, colors=16), "BMP"),
        _save(_picture((32, 8), "1", seed=32), "BMP"),
    ]


def jp2_seeds() -> list[bytes]:
    photo = _picture((64, 48), seed=33)
    return [
        _save(photo, "JPEG2000", quality_mode="rates", quality_layers=[40, 20], no_jp2=False),
        _save(
            _picture((48, 40), "L", seed=34),
            "JPEG2000",
            irreversible=True,
            tile_size=(16, 16),
            progression="RPCL",
            no_jp2=True,
        ),
        _save(_picture((32, 32), "RGBA", seed=35), "JPEG2000", num_resolutions=3, comment="fieldkit fuzz seed"),
    ]


def heic_seeds() -> list[bytes]:
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = _gps_exif().tobytes()
    return [
        _save(_picture((64, 48)), "HEIF", quality=40, exif=exif),
        _save(
            _picture((48, 32), seed=24), "HEIF", quality=30, save_all=True, append_images=[_picture((32, 32), seed=25)]
        ),
        _save(_picture((40, 30), "RGBA", seed=26), "HEIF", quality=30),
        _save(_picture((32, 32), "L", seed=27), "HEIF", quality=30),
    ]


def pdf_document(pages: list[bytes], *, compress: bool, info: bool) -> bytes:
    """A PDF whose pages draw the given content streams (Helvetica text), with a classic cross-reference table."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for i, content in enumerate(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R /Rotate {90 * i % 360}"
            " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>".encode()
        )
        stream, flate = (zlib.compress(content), b" /Filter /FlateDecode") if compress else (content, b"")
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream")
    trailer_info = b""
    if info:
        objects.append(b"<< /Title (fieldkit fuzz seed) /Author (fk) /CreationDate (D:20260314150926+01'00') >>")
        trailer_info = b" /Info %d 0 R" % len(objects)
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_info, xref)
    return body


def pdf_seeds() -> list[bytes]:
    text = [f"BT /F1 14 Tf 72 {700 - 20 * i} Td (Seized page {i + 1} text layer) Tj ET".encode() for i in range(3)]
    drawn = b"0.5 0 0 RG 4 w 50 50 m 500 700 l S 0 0 1 rg 100 100 200 150 re f " + text[0]
    photos = [_picture((64, 48), seed=s) for s in (28, 29)]
    return [
        pdf_document(text[:2], compress=False, info=True),
        pdf_document([drawn, text[2]], compress=True, info=False),
        _save(
            photos[0],
            "PDF",
            save_all=True,
            append_images=photos[1:],
            title="fuzz",
            author="fk",
            resolution=72.0,
            creationDate=_SEED_TIME.timetuple(),
            modDate=_SEED_TIME.timetuple(),
        ),
    ]


def wsq_seeds() -> list[bytes]:
    import wsq  # noqa: F401 - registers the WSQ codec with Pillow

    return [
        _save(synthetic.ridges(96, 120, seed=1), "WSQ"),
        _save(synthetic.ridges(64, 64, seed=2), "WSQ"),
        _save(_picture((40, 48), "L", seed=30), "WSQ"),
    ]


def nist_seeds() -> list[bytes]:
    """A ten-print (Type-14 WSQ and PNG) and a latent transaction (Type-13 PNG, Type-10 face JPEG), as fieldkit's
    own exporter frames them."""
    import wsq  # noqa: F401 - registers the WSQ codec with Pillow

    finger = synthetic.ridges(64, 80, seed=3)
    wsq_print, png_print = _save(finger, "WSQ"), _save(finger, "PNG", dpi=(1000, 1000))
    face_jpeg = _save(_picture((64, 48)), "JPEG", quality=60)

    def record(kind: int, fields: list[nist.Value], image: bytes) -> nist.Record:
        return nist.Record(kind, {**dict(enumerate(fields, start=2)), 999: image})  # fields 2, 3, ... then DATA

    def finger_record(kind: int, idc: str, image: bytes, cga: str, ppi: str, position: str) -> nist.Record:
        size = [str(finger.width), str(finger.height)]
        return record(kind, [idc, "0", "FIELDKIT", "20260314", *size, "1", ppi, ppi, cga, "8", [[position]]], image)

    face = record(10, ["03", "FACE", "FIELDKIT", "20260314", "64", "48", "0", "72", "72", "JPEGB", "SRGB"], face_jpeg)
    tenprint = [nist.Record(2, {2: "00"}), finger_record(14, "01", wsq_print, "WSQ20", "500", "1"),
                finger_record(14, "02", png_print, "PNG", "1000", "2")]  # fmt: skip
    latent = [nist.Record(2, {2: "00"}), finger_record(13, "01", png_print, "PNG", "1000", "0"), face]
    return [
        nist.encode_transaction(records, tot=tot, ori="FUZZ0001", dai="FUZZHQ001", tcn="FK-FUZZ-1", when=_SEED_TIME)
        for records, tot in ((tenprint, "CPS"), (latent, "MPS"))
    ]


def zip_seeds() -> list[bytes]:
    def archive(compression: int, *, zip64: bool = False, comment: bytes = b"") -> bytes:
        def member(name: str, compress_type: int = compression) -> zipfile.ZipInfo:
            info = zipfile.ZipInfo(name, _SEED_TIME.timetuple()[:6])
            info.compress_type = compress_type
            return info

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as bundle:
            bundle.comment = comment
            bundle.writestr(member("DCIM/", zipfile.ZIP_STORED), b"")
            bundle.writestr(member("DCIM/IMG_0001.JPG"), _save(_picture((32, 24)), "JPEG", quality=50))
            bundle.writestr(member("notes/chat.txt"), "evidence text\n" * 40)
            with bundle.open(member("notes/big.log"), "w", force_zip64=zip64) as stream:
                stream.write(b"line of a log file\n" * 200)
            bundle.writestr(member("stored.bin", zipfile.ZIP_STORED), bytes(range(256)))
        return out.getvalue()

    return [
        archive(zipfile.ZIP_DEFLATED, comment=b"fieldkit fuzz seed"),
        archive(zipfile.ZIP_STORED, zip64=True),
        archive(zipfile.ZIP_BZIP2),
        archive(zipfile.ZIP_LZMA),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Families: a media type, its seeds, and the markers after which its length and size fields live.
# ---------------------------------------------------------------------------------------------------------------


def fix_png_checksums(data: bytearray) -> None:
    """Recompute every whole chunk's CRC: without it nearly every mutation stops at the first checksum and the
    decoders behind it are never reached."""
    position = 8
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        end = position + 8 + length
        if end + 4 > len(data):
            return
        data[end : end + 4] = zlib.crc32(data[position + 4 : end]).to_bytes(4, "big")
        position = end + 4


@dataclass(frozen=True)
class Family:
    name: str
    media_type: str
    seeds: Callable[[], list[bytes]]
    # Byte strings after (or just before) which a format keeps lengths, counts, offsets or dimensions.
    markers: tuple[bytes, ...]
    # Applied to half the inputs after mutation: makes checksums right again so the decoding behind them is fuzzed.
    repair: Callable[[bytearray], None] | None = None


def _hex(spaced: str) -> tuple[bytes, ...]:
    return tuple(bytes.fromhex(each) for each in spaced.split())


def _words(spaced: bytes) -> tuple[bytes, ...]:
    return tuple(spaced.split())


FAMILIES: tuple[Family, ...] = (
    # JPEG: SOF0/SOF2, DHT, DQT, SOS, DRI, APP1/APP2 (segment lengths and dimensions follow); EXIF and MPF offsets.
    Family("jpeg", media_types.JPEG, jpeg_seeds,
           _hex("ffc0 ffc2 ffc4 ffdb ffda ffdd ffe1 ffe2 457869660000 01020400 4d504600 2588 6987")),
    Family("png", media_types.PNG, png_seeds,
           _words(b"IHDR IDAT PLTE tRNS tEXt zTXt iTXt iCCP eXIf pHYs acTL fcTL fdAT"), fix_png_checksums),
    # TIFF: the header, then tags (little-endian ids): width, height, bits, compression, strip offsets and counts,
    # rows per strip, samples, Exif and GPS IFD pointers, tiles, predictor/extra samples.
    Family("tiff", media_types.TIFF, tiff_seeds,
           _hex("49492a00 00010300 01010300 0201 0301 1101 1601 1701 1501 6987 2588 4001 5b01 4201 4401")),
    Family("webp", media_types.WEBP, webp_seeds,
           (*_words(b"RIFF VP8X VP8L ANIM ANMF ALPH EXIF ICCP"), b"VP8 ", *_hex("9d012a 2f"))),
    Family("gif", media_types.GIF, gif_seeds,
           (*_words(b"GIF89a GIF87a NETSCAPE2.0"), *_hex("21f904 21ff0b 21fe 002c 3b"))),
    Family("bmp", media_types.BMP, bmp_seeds, (b"BM", *_hex("28000000 7c000000 6c000000"))),
    # JPEG 2000: the JP2 boxes, then codestream markers SOC, SIZ, COD, QCD, SOT, SOD, COM.
    Family("jp2", media_types.JP2, jp2_seeds,
           (b"jP  ", *_words(b"ftyp jp2h ihdr colr jp2c"), *_hex("ff4f ff51 ff52 ff5c ff90 ff93 ff64"))),
    # HEIF: box types (the box size is the 4 bytes in front of each).
    Family("heic", _HEIC, heic_seeds,
           _words(b"ftyp meta hdlr pitm iloc iinf infe iref iprp ipco ispe hvcC ipma pixi colr auxC mdat Exif")),
    Family("pdf", media_types.PDF, pdf_seeds,
           (b"/Length ", b"/Count ", b"/Size ", b"startxref\n", b"/MediaBox [", b"/Width ", b"/Height ", b"obj\n",
            b"xref\n0 ", b"/Rotate ", b" 0 R", b"/BitsPerComponent ", b"Td (")),
    # WSQ: SOI, SOF (dimensions), SOB, DTT, DQT, DHT, COM (each followed by a 16-bit length).
    Family("wsq", media_types.WSQ, wsq_seeds, _hex("ffa0 ffa2 ffa3 ffa4 ffa5 ffa6 ffa8")),
    # ANSI/NIST-ITL: record lengths (x.001), counts and image sizes are decimal text; RS and US separators.
    Family("nist", _ANSI_NIST, nist_seeds,
           (*_words(b"1.001: 1.003: 2.001: 14.001: 14.006: 14.007: 14.009: 14.011: 14.999: 13.001: 13.999: 10.001:"
                   b" 10.999:"), *_hex("1e 1f"))),
    # zip: local and central headers, the end records (zip64 too), an extra field, bzip2 and LZMA streams.
    Family("zip", _ZIP, zip_seeds, _hex("504b0304 504b0102 504b0506 504b0606 504b0607 01001c00 425a68 5d0000")),
)  # fmt: skip
BY_NAME = {family.name: family for family in FAMILIES}


def registered(family: Family) -> bool:
    """Whether analysis has a describer for this family yet (other branches are adding some)."""
    return formats.describer_for(family.media_type) is not None


# ---------------------------------------------------------------------------------------------------------------
# Mutations: each takes the input, the random source and the family's seeds and markers; all are deterministic.
# ---------------------------------------------------------------------------------------------------------------

INTERESTING_BYTES = (0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE)
INTERESTING_NUMBERS = (0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE)
INTERESTING_TEXT = (b"0", b"-1", b"1", b"99999999999", b"2147483648", b"4294967296", b"-2147483649", b"1e308", b"")


def _marker_position(data: bytearray, rng: random.Random, markers: tuple[bytes, ...]) -> int | None:
    """A position just after (or just before: PNG and ISO boxes keep the length in front) a marker found in data."""
    found = [m for m in markers if m in data]
    if not found:
        return None
    marker = rng.choice(found)
    starts: list[int] = []
    at = data.find(marker)
    while at >= 0 and len(starts) < 64:
        starts.append(at)
        at = data.find(marker, at + 1)
    start = rng.choice(starts)
    return max(0, start + rng.choice((len(marker), len(marker), len(marker) + 2, len(marker) + 4, -4, -2)))


def flip_bits(data: bytearray, rng: random.Random, _seeds: list[bytes], _markers: tuple[bytes, ...]) -> str:
    count = rng.choice((1, 1, 2, 3, 4, 8))
    for _ in range(count):
        position = rng.randrange(len(data))
        data[position] ^= 1 << rng.randrange(8)
    return f"flip {count} bits"


def set_interesting_bytes(data: bytearray, rng: random.Random, _seeds: list[bytes], markers: tuple[bytes, ...]) -> str:
    count = rng.choice((1, 1, 2, 4))
    near = rng.random() < 0.5 and _marker_position(data, rng, markers) is not None
    for _ in range(count):
        at = _marker_position(data, rng, markers) if near else None
        position = (at if at is not None else rng.randrange(len(data))) % len(data)
        data[position] = rng.choice(INTERESTING_BYTES)
    return f"set {count} bytes{' near markers' if near else ''}"


def truncate(data: bytearray, rng: random.Random, _seeds: list[bytes], _markers: tuple[bytes, ...]) -> str:
    keep = rng.choice((rng.randrange(len(data)), len(data) - rng.randrange(1, 17), rng.randrange(min(len(data), 64))))
    del data[max(0, keep) :]
    return f"truncate to {len(data)}"


def duplicate_chunk(data: bytearray, rng: random.Random, _seeds: list[bytes], _markers: tuple[bytes, ...]) -> str:
    start = rng.randrange(len(data))
    chunk = bytes(data[start : start + rng.randrange(1, min(len(data), 4096) + 1)])
    copies = rng.choice((1, 1, 2, 16))
    at = rng.randrange(len(data) + 1)
    data[at:at] = chunk * copies
    return f"duplicate {len(chunk)} bytes x{copies}"


def delete_chunk(data: bytearray, rng: random.Random, _seeds: list[bytes], _markers: tuple[bytes, ...]) -> str:
    start = rng.randrange(len(data))
    length = rng.randrange(1, min(len(data) - start, 1024) + 1)
    del data[start : start + length]
    return f"delete {length} bytes"


def splice(data: bytearray, rng: random.Random, seeds: list[bytes], _markers: tuple[bytes, ...]) -> str:
    """The head of this input and the tail of another seed of the family (a file pieced from two, as carving does)."""
    other = rng.choice(seeds)
    cut, other_cut = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    data[cut:] = other[other_cut:]
    return "splice with another seed"


def huge_length(data: bytearray, rng: random.Random, _seeds: list[bytes], markers: tuple[bytes, ...]) -> str:
    """A 16- or 32-bit field near a marker (a length, count, offset or dimension) set to an extreme value."""
    at = _marker_position(data, rng, markers)
    position = at if at is not None else rng.randrange(len(data))
    width = rng.choice((2, 4))
    value = rng.choice(INTERESTING_NUMBERS) & ((1 << (8 * width)) - 1)
    encoded = value.to_bytes(width, rng.choice(("big", "little")))
    data[position : position + width] = encoded
    return f"set a {width * 8}-bit field to {value:#x}"


def ascii_number(data: bytearray, rng: random.Random, _seeds: list[bytes], markers: tuple[bytes, ...]) -> str:
    """A decimal number (PDF lengths and counts, ANSI/NIST lengths and sizes) replaced by an extreme one."""
    at = _marker_position(data, rng, markers)
    origin = start = at if at is not None else rng.randrange(len(data))
    while start < len(data) and not 0x30 <= data[start] <= 0x39:
        start += 1
        if start - origin > 64:
            return "no number found"
    end = start
    while end < len(data) and 0x30 <= data[end] <= 0x39:
        end += 1
    replacement = rng.choice(INTERESTING_TEXT)
    data[start:end] = replacement
    return f"replace a number with {replacement.decode()!r}"


def insert_random(data: bytearray, rng: random.Random, _seeds: list[bytes], _markers: tuple[bytes, ...]) -> str:
    count = rng.choice((1, 4, 16, 64))
    at = rng.randrange(len(data) + 1)
    data[at:at] = rng.randbytes(count)
    return f"insert {count} random bytes"


Mutation = Callable[[bytearray, random.Random, list[bytes], tuple[bytes, ...]], str]
MUTATIONS: tuple[tuple[Mutation, int], ...] = (
    (flip_bits, 5),
    (set_interesting_bytes, 4),
    (truncate, 2),
    (duplicate_chunk, 2),
    (delete_chunk, 1),
    (splice, 1),
    (huge_length, 4),
    (ascii_number, 2),
    (insert_random, 2),
)


def mutate(seeds: list[bytes], family: Family, seed: int, index: int) -> tuple[bytes, list[str]]:
    """Input ``index`` of a family: one seed file with one to four stacked mutations (the same every run)."""
    rng = random.Random(f"{seed}/{family.name}/{index}")
    data = bytearray(rng.choice(seeds))
    applied = []
    operations, weights = zip(*MUTATIONS, strict=True)
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        if not data:
            break
        operation = rng.choices(operations, weights)[0]
        applied.append(operation(data, rng, seeds, family.markers))
    if family.repair is not None and rng.random() < 0.5:
        family.repair(data)
        applied.append("checksums made right")
    return bytes(data), applied


# ---------------------------------------------------------------------------------------------------------------
# One input through the sandbox, judged as fieldkit would take the answer.
# ---------------------------------------------------------------------------------------------------------------


def _strings_and_bytes(value: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield f"{where}.{key}", key
            yield from _strings_and_bytes(item, f"{where}.{key}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _strings_and_bytes(item, f"{where}[{number}]")
    else:
        yield where, value


def answer_problem(answer: Any, limits: AnalysisLimits) -> str | None:
    """Why the store could not keep this answer as 'fieldkit analyse' records it (None: it can)."""
    if not isinstance(answer, dict) or not isinstance(answer.get("media_type"), str):
        return "the answer is not a description"
    for where, leaf in _strings_and_bytes(answer):
        if isinstance(leaf, str):
            try:
                leaf.encode("utf-8")
            except UnicodeEncodeError:
                return f"{where}: a string that is not UTF-8 (lone surrogate)"
        elif isinstance(leaf, bytes) and where != ".thumbnail":
            return f"{where}: bytes where the store keeps JSON"
        elif isinstance(leaf, float) and not math.isfinite(leaf):
            return f"{where}: a number that is not finite"
        elif not isinstance(leaf, str | bytes | int | float | bool | type(None)):
            return f"{where}: a {type(leaf).__name__}"
    described = Description.from_wire(answer)
    json.dumps(described.facts, sort_keys=True)  # what store.analyses keeps
    json.dumps(described.notes)
    custody.canonical_json(described.facts).encode("utf-8")  # what the capture's record keeps
    if described.thumbnail is not None and not described.thumbnail.startswith(b"\x89PNG\r\n\x1a\n"):
        return "the thumbnail is not a PNG"
    if described.text is not None and len(described.text) > limits.max_text_chars:
        return "the text is longer than AnalysisLimits.max_text_chars"
    return None


@dataclass
class Result:
    index: int
    outcome: str  # ok | ok-damaged | failed:<reason> | parent-error | parent-rejects-answer
    detail: str
    seconds: float


def describe_once(sandbox: Pool, family: Family, data: bytes, index: int) -> Result:
    """What the runner does with one stored original, timed; anything but an AnalysisFailedError is a finding."""
    limits = sandbox.limits
    started = time.perf_counter()
    try:
        answer = sandbox.run(DESCRIBE, data, media_type=family.media_type, limits=asdict(limits))
    except AnalysisFailedError as exc:
        return Result(index, f"failed:{exc.reason}", exc.message, time.perf_counter() - started)
    except Exception as exc:  # fieldkit's side let something through: the point of this job
        return Result(index, "parent-error", f"{type(exc).__name__}: {exc}", time.perf_counter() - started)
    seconds = time.perf_counter() - started
    try:
        problem = answer_problem(answer, limits)
    except Exception as exc:
        problem = f"{type(exc).__name__}: {exc}"
    if problem is not None:
        return Result(index, "parent-rejects-answer", problem, seconds)
    return Result(index, "ok-damaged" if answer.get("damaged") else "ok", str(answer.get("damaged") or ""), seconds)


@dataclass
class FamilyReport:
    family: str
    media_type: str
    status: str = "run"  # run | skipped: <why>
    seeds: int = 0
    inputs: int = 0
    ok: int = 0
    ok_damaged: int = 0
    failed: dict[str, int] = field(default_factory=dict)
    # fieldkit's side: exceptions other than AnalysisFailedError, answers the store could not keep, hangs of a call.
    parent_failures: int = 0
    unknown_outcomes: int = 0
    crash_causes: dict[str, int] = field(default_factory=dict)
    common_refusals: dict[str, int] = field(default_factory=dict)
    worst_call_s: float = 0.0
    worst_call: str = ""  # which input, its outcome, and where it was saved
    median_call_s: float = 0.0
    seconds: float = 0.0
    inputs_per_s: float = 0.0
    saved: list[str] = field(default_factory=list)

    @property
    def outcomes(self) -> set[str]:
        found = {"ok"} if self.ok else set()
        found |= {"ok-damaged"} if self.ok_damaged else set()
        return found | {f"failed:{reason}" for reason in self.failed}


class ParentHang(Exception):
    """A call into the pool did not come back long after the sandbox's own wall limit."""


def _save_finding(
    family: Family,
    index: int,
    outcome: str,
    data: bytes,
    detail: str,
    mutations: list[str],
    run_seed: int,
    findings: Path,
) -> Path:
    folder = findings / f"seed-{run_seed}" / family.name
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{index:06}-{outcome.replace(':', '-')}"
    (folder / f"{stem}.bin").write_bytes(data)
    (folder / f"{stem}.json").write_text(
        json.dumps(
            {
                "family": family.name,
                "media_type": family.media_type,
                "index": index,
                "seed": run_seed,
                "outcome": outcome,
                "detail": detail[:500],
                "mutations": mutations,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            },
            indent=1,
        )
    )
    return folder / f"{stem}.bin"


def fuzz_family(
    sandbox: Pool,
    family: Family,
    count: int,
    *,
    seed: int = 0,
    findings: Path = FINDINGS,
    progress: Callable[[str], None] | None = None,
) -> FamilyReport:
    """``count`` mutated inputs of one family through the sandbox, as many at a time as the pool has children."""
    report = FamilyReport(family.name, family.media_type)
    if not registered(family):
        report.status = "skipped: no describer registered for " + family.media_type
        return report
    seeds = family.seeds()
    report.seeds = len(seeds)
    workers = max(1, sandbox.limits.workers)
    hang_after = sandbox.limits.wall_s + _HANG_GRACE_S
    times: list[float] = []
    slowest: tuple[float, int, bytes, list[str], Result] | None = None
    crash_causes: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    started = time.perf_counter()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"fuzz-{family.name}")
    in_flight: dict[concurrent.futures.Future[Result], tuple[int, bytes, list[str], float]] = {}
    next_index = 0
    try:
        while next_index < count or in_flight:
            while next_index < count and len(in_flight) < workers:
                data, applied = mutate(seeds, family, seed, next_index)
                future = executor.submit(describe_once, sandbox, family, data, next_index)
                in_flight[future] = (next_index, data, applied, time.monotonic())
                next_index += 1
            done, _ = concurrent.futures.wait(in_flight, timeout=5.0, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                index, data, applied, _since = in_flight.pop(future)
                result = future.result()
                times.append(result.seconds)
                if slowest is None or result.seconds > slowest[0]:
                    slowest = (result.seconds, index, data, applied, result)
                report.inputs += 1
                if result.outcome == "ok":
                    report.ok += 1
                elif result.outcome == "ok-damaged":
                    report.ok_damaged += 1
                elif result.outcome.startswith("failed:"):
                    failed[result.outcome.removeprefix("failed:")] += 1
                    if result.outcome == "failed:crashed":
                        crash_causes[result.detail] += 1
                    elif result.outcome == "failed:decoder-error":
                        refusals[result.detail[:100]] += 1
                else:
                    report.parent_failures += 1
                keep = result.outcome not in KNOWN_OUTCOMES or (
                    result.outcome in _KEPT_CHILD_OUTCOMES and kept[result.outcome] < _KEEP_PER_REASON
                )
                if result.outcome not in KNOWN_OUTCOMES and not result.outcome.startswith("parent-"):
                    report.unknown_outcomes += 1
                if keep:
                    kept[result.outcome] += 1
                    path = _save_finding(family, index, result.outcome, data, result.detail, applied, seed, findings)
                    if result.outcome not in KNOWN_OUTCOMES:
                        report.saved.append(str(path))
                    if progress is not None:
                        progress(f"{family.name} #{index}: {result.outcome} ({result.detail[:120]}) -> {path}")
                if progress is not None and report.inputs % 1000 == 0:
                    progress(f"{family.name}: {report.inputs}/{count} in {time.perf_counter() - started:.0f} s")
            now = time.monotonic()
            for index, data, applied, since in list(in_flight.values()):
                if now - since > hang_after:
                    path = _save_finding(family, index, "parent-hang", data, "", applied, seed, findings)
                    raise ParentHang(
                        f"{family.name} #{index}: no answer from the pool after {now - since:.0f} s ({path})"
                    )
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    report.seconds = round(time.perf_counter() - started, 2)
    report.failed = dict(sorted(failed.items()))
    report.crash_causes = dict(crash_causes.most_common())
    report.common_refusals = dict(refusals.most_common(5))
    if slowest is not None:
        report.worst_call_s = round(slowest[0], 3)
        _seconds, index, data, applied, result = slowest
        path = _save_finding(family, index, "slowest", data, result.outcome, applied, seed, findings)
        report.worst_call = f"#{index} {result.outcome}, {len(data)} bytes ({path})"
        report.median_call_s = round(statistics.median(times), 4)
        report.inputs_per_s = round(report.inputs / report.seconds, 1) if report.seconds else 0.0
    return report


# ---------------------------------------------------------------------------------------------------------------
# The command line.
# ---------------------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    versions = {}
    for package in ("pillow", "pypdfium2", "wsq", "pillow-heif", "av", "nistitl"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "absent"
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") if hasattr(os, "sysconf") else 0
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(memory / (1 << 30), 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
    }


def _peak_rss_mib(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # kilobytes on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz_decoders", description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-family", type=int, default=1000, help="mutated inputs per format family")
    parser.add_argument("--families", default=",".join(BY_NAME), help="comma-separated, of: " + ", ".join(BY_NAME))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1, help="sandbox children (the CPUs are shared: keep it low)")
    parser.add_argument("--cpu-s", type=int, default=DEFAULT_ANALYSIS_LIMITS.cpu_s)
    parser.add_argument("--wall-s", type=float, default=DEFAULT_ANALYSIS_LIMITS.wall_s)
    parser.add_argument("--findings", type=Path, default=FINDINGS)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--out", type=Path, help="also write the JSON report here, after every family")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.families.split(",") if name.strip()]
    unknown = [name for name in names if name not in BY_NAME]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    limits = replace(DEFAULT_ANALYSIS_LIMITS, workers=args.workers, cpu_s=args.cpu_s, wall_s=args.wall_s)

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    summary: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "seed": args.seed,
        "per_family": args.per_family,
        "limits": asdict(limits),
        "families": {},
    }
    sandbox = Pool(limits)
    status = 0
    try:
        summary["confinement"] = sandbox.confinement()
        for name in names:
            family = BY_NAME[name]
            try:
                report = fuzz_family(
                    sandbox, family, args.per_family, seed=args.seed, findings=args.findings, progress=say
                )
            except ParentHang as exc:
                say(f"PARENT HANG: {exc}")
                summary["parent_hang"] = str(exc)
                status = 3
                break
            summary["families"][name] = asdict(report)
            if report.parent_failures or report.unknown_outcomes:
                status = 2
            summary["parent_peak_rss_mib"] = _peak_rss_mib(resource.RUSAGE_SELF)
            if args.out:
                args.out.write_text(json.dumps(summary, indent=1))
            say(_line(report))
    finally:
        sandbox.close()
    # The largest peak of any sandbox child that has ended (all have, once the pool is closed).
    summary["largest_child_rss_mib"] = _peak_rss_mib(resource.RUSAGE_CHILDREN)
    summary["parent_failures"] = sum(f["parent_failures"] for f in summary["families"].values())
    summary["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    if args.out:
        args.out.write_text(json.dumps(summary, indent=1))
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        for report_json in summary["families"].values():
            print(_line(FamilyReport(**report_json)))
    if status == 3:
        os._exit(status)  # a call is stuck in a pool thread: do not wait for it
    return status


def _line(report: FamilyReport) -> str:
    if report.status != "run":
        return f"{report.family:5} {report.status}"
    failed = ", ".join(f"{reason} {n}" for reason, n in report.failed.items()) or "none"
    return (
        f"{report.family:5} {report.inputs} inputs: ok {report.ok}, damaged {report.ok_damaged}, failed: {failed}; "
        f"parent failures {report.parent_failures}; worst call {report.worst_call_s} s; {report.inputs_per_s}/s"
    )


if __name__ == "__main__":
    threading.current_thread().name = "fuzz"
    sys.exit(main())
