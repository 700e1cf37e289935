"""Real files of every media type fieldkit knows, made by the tests themselves with the format's own writers (Pillow,
pillow_heif, PyAV/FFmpeg, zipfile, tarfile, email, sqlite3, nistitl) or, where no writer is installed (camera RAW,
7z, RAR, AMR-WB), written by hand to the format's published layout. Shared by test_media_types (sniffing) and
test_formats (describing); kept out of the test modules so that neither imports the other.
"""

from __future__ import annotations

import email.message
import gzip
import io
import sqlite3
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

import av
from PIL import Image, ImageDraw

from fieldkit import media_types as mt

# Where the test photos were "taken": the Eiffel Tower, 35 m up, on 1 May 2024 at 10:00 (+02:00).
LATITUDE, LONGITUDE, ALTITUDE = 48.8583701, 2.2944813, 35.0
TAKEN = "2024:05:01 10:00:00"


def picture(size: tuple[int, int] = (320, 240), seed: int = 0) -> Image.Image:
    """A picture with something to see: a gradient and a disc, different left from right (to tell turns apart)."""
    image = Image.new("RGB", size, (20 + seed * 30 % 200, 90, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 4, size[1]), fill=(250, 250, 250))
    draw.ellipse((size[0] // 3, size[1] // 4, size[0] * 2 // 3, size[1] * 3 // 4), fill=(230, 40, 40))
    return image


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction(round((value - degrees - minutes / 60) * 3600 * 10000), 10000)
    return Fraction(degrees), Fraction(minutes), seconds


def camera_exif(orientation: int = 1, make: str = "Google", model: str = "Pixel 8") -> Image.Exif:
    """EXIF as a phone writes it: camera, time with its offset, orientation and a GPS fix."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = make, model, orientation
    exif[0x8769] = {0x9003: TAKEN, 0x9011: "+02:00"}
    exif[0x8825] = {
        1: "N", 2: _dms(LATITUDE), 3: "E", 4: _dms(LONGITUDE), 5: b"\x00", 6: Fraction(int(ALTITUDE)),
    }  # fmt: skip
    return exif


def pillow_bytes(pillow_format: str, size: tuple[int, int] = (64, 48), mode: str = "RGB", **options: Any) -> bytes:
    out = io.BytesIO()
    picture(size).convert(mode).save(out, pillow_format, **options)
    return out.getvalue()


def jpeg(size: tuple[int, int] = (320, 240), exif: Image.Exif | None = None, seed: int = 0) -> bytes:
    out = io.BytesIO()
    picture(size, seed).save(out, "JPEG", quality=85, exif=exif.tobytes() if exif is not None else b"")
    return out.getvalue()


def wsq_print(size: tuple[int, int] = (200, 240)) -> bytes:
    import wsq  # noqa: F401 - registers the WSQ codec with Pillow

    ridges = Image.new("L", size, 255)
    draw = ImageDraw.Draw(ridges)
    for y in range(0, size[1], 6):
        draw.line((0, y, size[0], y + 20), fill=30, width=2)
    out = io.BytesIO()
    ridges.save(out, "WSQ")
    return out.getvalue()


# -- HEIF family -------------------------------------------------------------------------------------------------


def heic(size: tuple[int, int] = (320, 240), exif: Image.Exif | None = None, thumbnail: int = 0) -> bytes:
    """A HEIC from libheif's HEVC encoder (x265), with EXIF and an embedded thumbnail of that many pixels if asked."""
    import pillow_heif

    heif_file = pillow_heif.from_pillow(picture(size))
    out = io.BytesIO()
    options: dict[str, Any] = {"quality": 80}
    if exif is not None:
        options["exif"] = exif.tobytes()
    if thumbnail:
        options["thumbnails"] = [thumbnail]
    heif_file.save(out, format="HEIF", **options)
    return out.getvalue()


def heif_without_hevc_brand(heic_bytes: bytes) -> bytes:
    """The same file declared only as a generic HEIF image ('mif1'/'miaf' brands), as some cameras write them."""
    size = int.from_bytes(heic_bytes[:4], "big")
    brands = b"mif1" + bytes(4) + b"".join(b"mif1" if i % 2 else b"miaf" for i in range((size - 16) // 4))
    return heic_bytes[:8] + brands[: size - 8] + heic_bytes[size:]


def avif(size: tuple[int, int] = (320, 240), exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    picture(size).save(out, "AVIF", quality=60, exif=exif.tobytes() if exif is not None else b"")
    return out.getvalue()


# -- camera RAW, written to the TIFF layout the formats use ---------------------------------------------------------

Value = str | bytes | list[int] | list[tuple[int, int]]


class TiffWriter:
    """A little-endian (or big-endian) TIFF built bottom-up: values and sub-directories first, IFD0 last."""

    def __init__(self, header: bytes = b"II*\x00", big_endian: bool = False) -> None:
        self.endian = ">" if big_endian else "<"
        self.out = bytearray(header + bytes(max(0, 8 - len(header))))

    def blob(self, data: bytes) -> int:
        if len(self.out) % 2:
            self.out += b"\x00"
        offset = len(self.out)
        self.out += data
        return offset

    def ifd(self, entries: Mapping[int, tuple[int, Value]], following: int = 0) -> int:
        """Write one directory; entries are tag -> (TIFF type, value); returns its offset."""
        packed = []
        for tag, (kind, value) in sorted(entries.items()):
            raw, count = self._pack(kind, value)
            field = raw.ljust(4, b"\x00") if len(raw) <= 4 else struct.pack(self.endian + "I", self.blob(raw))
            packed.append(struct.pack(self.endian + "HHI", tag, kind, count) + field)
        body = (
            struct.pack(self.endian + "H", len(packed)) + b"".join(packed) + struct.pack(self.endian + "I", following)
        )
        return self.blob(body)

    def _pack(self, kind: int, value: Value) -> tuple[bytes, int]:
        if kind == 2:
            assert isinstance(value, str)
            return value.encode() + b"\x00", len(value) + 1
        if kind in (1, 7):
            assert isinstance(value, bytes)
            return value, len(value)
        assert isinstance(value, list)
        if kind == 5:
            return b"".join(struct.pack(self.endian + "II", *pair) for pair in value), len(value)  # type: ignore[misc]
        letter = {3: "H", 4: "I", 13: "I"}[kind]
        return struct.pack(f"{self.endian}{len(value)}{letter}", *value), len(value)

    def finish(self, ifd0: int, pointer_at: int = 4) -> bytes:
        self.out[pointer_at : pointer_at + 4] = struct.pack(self.endian + "I", ifd0)
        return bytes(self.out)


def _rationals(value: float) -> list[tuple[int, int]]:
    return [(f.numerator, f.denominator) for f in (Fraction(x).limit_denominator(10000) for x in _dms(value))]


def _exif_and_gps(writer: TiffWriter) -> dict[int, tuple[int, Value]]:
    exif = writer.ifd({0x9003: (2, TAKEN), 0x9011: (2, "+02:00")})
    gps = writer.ifd({
        1: (2, "N"), 2: (5, _rationals(LATITUDE)), 3: (2, "E"), 4: (5, _rationals(LONGITUDE)), 5: (1, b"\x00"),
        6: (5, [(int(ALTITUDE), 1)]),
    })  # fmt: skip
    return {0x8769: (4, [exif]), 0x8825: (4, [gps])}


def tiff_raw(media_type: str, preview: bytes | None = None, orientation: int = 1) -> bytes:
    """A RAW file as its camera lays it out: IFD0 a reduced-size JPEG preview with the camera's tags, a SubIFD (or the
    next IFD, for CR2) describing the 6000x4000 sensor image."""
    preview = preview if preview is not None else jpeg((640, 480), seed=3)
    header, make = {
        mt.DNG: (b"II*\x00", "Google"), mt.NEF: (b"MM\x00*", "NIKON CORPORATION"), mt.ARW: (b"II*\x00", "SONY"),
        mt.CR2: (b"II*\x00\x00\x00\x00\x00CR\x02\x00\x00\x00\x00\x00", "Canon"), mt.ORF: (b"IIRO", "OLYMPUS"),
        mt.RW2: (b"IIU\x00", "Panasonic"),
    }[media_type]  # fmt: skip
    writer = TiffWriter(header, big_endian=header.startswith(b"MM"))
    sensor_data = writer.blob(bytes(64))
    sensor = writer.ifd({
        0x00FE: (4, [0]), 0x0100: (4, [6000]), 0x0101: (4, [4000]), 0x0103: (3, [1]), 0x0111: (4, [sensor_data]),
        0x0117: (4, [64]),
    })  # fmt: skip
    preview_at = writer.blob(preview)
    entries: dict[int, tuple[int, Value]] = {
        0x00FE: (4, [1]), 0x0100: (4, [640]), 0x0101: (4, [480]), 0x0103: (3, [6]), 0x010F: (2, make),
        0x0110: (2, f"{make.split()[0].title()} Test Camera"), 0x0112: (3, [orientation]),
        0x0201: (4, [preview_at]), 0x0202: (4, [len(preview)]), **_exif_and_gps(writer),
    }  # fmt: skip
    if media_type == mt.DNG:
        entries[0xC612] = (1, b"\x01\x04\x00\x00")
    if media_type == mt.CR2:
        return writer.finish(writer.ifd(entries, following=sensor))
    entries[0x014A] = (4, [sensor])
    return writer.finish(writer.ifd(entries))


def dng_with_rgb_thumbnail() -> bytes:
    """A DNG as Adobe's converter writes it: IFD0 an uncompressed 8-bit RGB thumbnail (here 160x120), no JPEG."""
    thumbnail = picture((160, 120)).tobytes()
    writer = TiffWriter()
    strip = writer.blob(thumbnail)
    sensor_data = writer.blob(bytes(64))
    sensor = writer.ifd({
        0x00FE: (4, [0]), 0x0100: (4, [4000]), 0x0101: (4, [3000]), 0x0103: (3, [7]), 0x0111: (4, [sensor_data]),
        0x0117: (4, [64]),
    })  # fmt: skip
    ifd0 = writer.ifd({
        0x00FE: (4, [1]), 0x0100: (4, [160]), 0x0101: (4, [120]), 0x0102: (3, [8, 8, 8]), 0x0103: (3, [1]),
        0x0106: (3, [2]), 0x010F: (2, "Canon"), 0x0110: (2, "EOS 5D"), 0x0111: (4, [strip]), 0x0115: (3, [3]),
        0x0116: (4, [120]), 0x0117: (4, [len(thumbnail)]), 0x014A: (4, [sensor]), 0xC612: (1, b"\x01\x04\x00\x00"),
    })  # fmt: skip
    return writer.finish(ifd0)


def raf(preview: bytes | None = None) -> bytes:
    """Fujifilm RAF: a 148-byte header whose offset 84 points at the JPEG preview (which carries the EXIF), 92 at
    the metadata and 100 at the sensor data (empty here)."""
    preview = preview if preview is not None else jpeg((640, 480), exif=camera_exif(make="FUJIFILM"), seed=4)
    header = b"FUJIFILMCCD-RAW 0201FF383501" + b"X-T5".ljust(32, b"\x00")
    header = header.ljust(84, b"\x00") + struct.pack(">IIIIII", 148, len(preview), 148 + len(preview), 256, 0, 0)
    return header.ljust(148, b"\x00") + preview + bytes(256)


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def cr3(preview: bytes | None = None) -> bytes:
    """Canon CR3: ISO media, IFD0 and the Exif IFD as TIFF streams in CMT1 and CMT2, a JPEG preview in PRVW."""
    preview = preview if preview is not None else jpeg((640, 480), seed=5)
    ifd0 = TiffWriter()
    cmt1 = ifd0.finish(ifd0.ifd({0x010F: (2, "Canon"), 0x0110: (2, "Canon EOS R5"), 0x0112: (3, [1])}))
    sub = TiffWriter()
    cmt2 = sub.finish(sub.ifd({0x9003: (2, TAKEN)}))
    canon = _box(b"CMT1", cmt1) + _box(b"CMT2", cmt2)
    uuid = _box(b"uuid", bytes.fromhex("85c0b687820f11e08111f4ce462b6a48") + canon)
    prvw = _box(b"uuid", bytes(16) + _box(b"PRVW", bytes(8) + preview))
    return _box(b"ftyp", b"crx " + struct.pack(">I", 1) + b"crx isom") + _box(b"moov", uuid) + prvw


# -- audio and video, encoded by FFmpeg ----------------------------------------------------------------------------


def encode(container: str, video: str | None, audio: str | None, *, seconds: float = 2.0, rate: int = 10,
           size: tuple[int, int] = (96, 64), sample_rate: int = 8000, metadata: Mapping[str, str] | None = None,
           muxer_options: Mapping[str, str] | None = None) -> bytes:  # fmt: skip
    """A short recording: frames that change colour each second (the poster frame is told apart), and silence."""
    out = io.BytesIO()
    with av.open(out, "w", format=container, options=dict(muxer_options or {})) as muxer:
        muxer.metadata.update(metadata or {})
        vstream: Any = muxer.add_stream(video, rate=rate) if video else None
        astream: Any = muxer.add_stream(audio, rate=sample_rate) if audio else None
        if astream is not None:
            astream.layout = "mono"  # before the first packet: the muxer opens every encoder then
        if vstream is not None:
            vstream.width, vstream.height = size
            vstream.pix_fmt = "yuv420p"
            for index in range(int(seconds * rate)):
                second = index // rate
                image = Image.new("RGB", size, (40 + 150 * (second % 2), 200, 40))
                frame = av.VideoFrame.from_image(image)  # type: ignore[no-untyped-call]
                frame.pts = index
                muxer.mux(vstream.encode(frame))
            muxer.mux(vstream.encode(None))
        if astream is not None:
            context = astream.codec_context
            samples = context.frame_size or 1024
            for start in range(0, int(seconds * sample_rate), samples):
                sound = av.AudioFrame(format=context.format.name, layout="mono", samples=samples)
                for plane in sound.planes:
                    plane.update(bytes(plane.buffer_size))
                sound.sample_rate, sound.pts = sample_rate, start
                muxer.mux(astream.encode(sound))
            muxer.mux(astream.encode(None))
    return out.getvalue()


def amr_wb() -> bytes:
    """AMR-WB as RFC 4867 stores it: the magic line, then one-byte NO_DATA frame headers (no encoder is installed)."""
    return b"#!AMR-WB\n" + b"\x7c" * 100


# -- documents -----------------------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
_CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Seized ledger</dc:title>'
    '<dc:creator>Abu Omar</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-02T08:15:00Z</dcterms:created>'
    "</cp:coreProperties>"
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def ooxml(media_type: str) -> bytes:
    """A docx, xlsx or pptx as Office lays it out: [Content_Types].xml first, then the parts."""
    parts: dict[str, str] = {"[Content_Types].xml": _CONTENT_TYPES, "docProps/core.xml": _CORE}
    if media_type == mt.DOCX:
        parts["word/document.xml"] = (
            f'<w:document {_W}><w:body><w:p><w:r><w:t>Meeting at the</w:t></w:r><w:r><w:t xml:space="preserve">'
            " harbour</w:t></w:r></w:p><w:p><w:r><w:t>Bring</w:t><w:tab/><w:t>the keys</w:t></w:r></w:p>"
            "</w:body></w:document>"
        )
    elif media_type == mt.XLSX:
        s = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        parts["xl/workbook.xml"] = (
            f'<workbook {s}><sheets><sheet name="Payments"/><sheet name="Contacts"/></sheets></workbook>'
        )
        parts["xl/sharedStrings.xml"] = f"<sst {s}><si><t>Account 4471</t></si><si><t>Beirut</t></si></sst>"
    else:
        for number, words in ((1, "Route north"), (2, "Fuel depot")):
            parts[f"ppt/slides/slide{number}.xml"] = (
                f'<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" {_A}><p:cSld><p:spTree>'
                f"<p:sp><p:txBody><a:p><a:r><a:t>{words}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
            )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return out.getvalue()


def odf(media_type: str) -> bytes:
    """An OpenDocument file: 'mimetype' first and stored, then content.xml and meta.xml."""
    ns = " ".join(
        f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"'
        for prefix, name in (("office", "office"), ("text", "text"), ("table", "table"), ("draw", "drawing"),
                             ("meta", "meta"))
    ) + ' xmlns:dc="http://purl.org/dc/elements/1.1/"'  # fmt: skip
    body = {
        mt.ODT: "<office:text><text:h>Report</text:h><text:p>Seen at <text:span>the border</text:span> crossing"
                "<text:s text:c=\"2\"/>twice</text:p></office:text>",
        mt.ODS: "<office:spreadsheet><table:table table:name=\"A\"><table:table-row><table:table-cell><text:p>4471"
                "</text:p></table:table-cell></table:table-row></table:table><table:table table:name=\"B\"/>"
                "</office:spreadsheet>",
        mt.ODP: "<office:presentation><draw:page><text:p>Route north</text:p></draw:page><draw:page/>"
                "</office:presentation>",
    }[media_type]  # fmt: skip
    declaration = '<?xml version="1.0" encoding="UTF-8"?>'
    content = f"{declaration}<office:document-content {ns}><office:body>{body}</office:body></office:document-content>"
    meta = (
        f"{declaration}<office:document-meta {ns}><office:meta><meta:initial-creator>Abu Omar</meta:initial-creator>"
        "<meta:creation-date>2024-03-02T08:15:00</meta:creation-date>"
        '<meta:document-statistic meta:page-count="1"/></office:meta></office:document-meta>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), media_type, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf(pages: int = 2, size: tuple[float, float] = (595, 842), text: str = "Ledger page") -> bytes:
    """A PDF with a real text layer, written by pdfium (pypdfium2) itself."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    document = pypdfium2.PdfDocument.new()
    font = pdfium_c.FPDFText_LoadStandardFont(document, b"Helvetica")
    for number in range(pages):
        page = document.new_page(*size)
        text_object = pdfium_c.FPDFPageObj_NewTextObj(document, b"Helvetica", 24.0)
        words = f"{text} {number + 1}\x00".encode("utf-16-le")
        buffer = (pdfium_c.FPDF_WCHAR * (len(words) // 2)).from_buffer_copy(words)
        pdfium_c.FPDFText_SetText(text_object, buffer)
        pdfium_c.FPDFPageObj_Transform(text_object, 1, 0, 0, 1, 72, size[1] - 100)
        pdfium_c.FPDFPage_InsertObject(page.raw, text_object)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    del font
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def email_message() -> bytes:
    message = email.message.EmailMessage()
    message["From"] = "Abu Omar <abu@example.org>"
    message["To"] = "courier@example.net"
    message["Subject"] = "Shipment Thursday"
    message["Date"] = "Thu, 02 May 2024 09:30:00 +0300"
    message["Message-ID"] = "<1234@example.org>"
    message.set_content("The shipment leaves Thursday at dawn.\nBring the papers.\n")
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="manifest.pdf")
    return bytes(message)


def nist_transaction(print_image: bytes | None = None) -> bytes:
    """An ANSI/NIST-ITL transaction written by nistitl: Type-1, Type-2 and a Type-14 right-thumb print in WSQ."""
    import nistitl

    image = print_image if print_image is not None else wsq_print()
    message = nistitl.Message()
    message.TOT = "CPS"
    header = message[0]
    header.DAT, header.TCN, header.DAI, header.ORI = "20240502", "TCN-0001", "DAI00001", "ORI00001"
    record2 = nistitl.AsciiRecord(2)
    record2.IDC = 0
    message += record2
    record14 = nistitl.AsciiRecord(14)
    record14.IDC = 1
    for tag, value in ((3, "0"), (4, "FIELDKIT"), (5, "20240502"), (6, "200"), (7, "240"), (8, "1"), (9, "500"),
                       (10, "500"), (11, "WSQ20"), (12, "8"), (13, "1")):  # fmt: skip
        record14 += nistitl.Field(14, tag, value)
    record14 += nistitl.BinaryField(14, 999, image)
    message += record14
    return bytes(message.NIST)


# -- archives and databases ------------------------------------------------------------------------------------------


def zip_archive(members: Mapping[str, bytes], *, encrypted: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    data = bytearray(out.getvalue())
    if encrypted is not None:  # set the "encrypted" flag bit of one member in both its headers
        for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            while at >= 0:
                name_at = at + (30 if signature == b"PK\x03\x04" else 46)
                if data[name_at : name_at + len(encrypted)] == encrypted.encode():
                    data[at + flag_at] |= 1
                at = data.find(signature, at + 4)
    return bytes(data)


def tar_archive(members: Mapping[str, bytes], gzipped: bool = False) -> bytes:
    out = io.BytesIO()
    with tarfile.TarFile(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1714550400
            archive.addfile(info, io.BytesIO(data))
    return gzip.compress(out.getvalue(), mtime=0) if gzipped else out.getvalue()


def gzip_file(data: bytes, name: str = "notes.txt") -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=out, mtime=1714550400) as compressed:
        compressed.write(data)
    return out.getvalue()


def seven_zip() -> bytes:
    """An empty 7z archive as 7-Zip writes it: the 32-byte signature header, its CRCs over an empty next header."""
    next_header = struct.pack("<QQI", 0, 0, zlib.crc32(b""))
    return b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", zlib.crc32(next_header)) + next_header


def rar() -> bytes:
    """An empty RAR 5 archive: signature, main archive header, end-of-archive header (each with its CRC32)."""

    def header(kind: int) -> bytes:
        body = bytes([kind, 0, 0])  # type, header flags, archive/end flags (vints below 128 are one byte)
        sized = bytes([len(body)]) + body
        return struct.pack("<I", zlib.crc32(sized)) + sized

    return b"Rar!\x1a\x07\x01\x00" + header(1) + header(5)


def ole_compound_file() -> bytes:
    """An empty OLE compound file (MS-CFB version 3): header, one FAT sector, one directory sector (the root)."""
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, end, 0, end, 0)
    )
    header += struct.pack("<109I", 0, *([free] * 108))
    fat = struct.pack("<128I", fat_sector, end, *([free] * 126))
    name = "Root Entry".encode("utf-16-le") + b"\x00\x00"
    root = name.ljust(64, b"\x00") + struct.pack("<HBBIII16sIQQIQ", len(name), 5, 1, no_stream, no_stream, no_stream,
                                                    bytes(16), 0, 0, 0, end, 0)  # fmt: skip
    empty = bytes(64) + struct.pack("<HBBIII", 0, 0, 0, no_stream, no_stream, no_stream) + bytes(48)
    return header + fat + root + empty * 3


def sqlite_database() -> bytes:
    connection = sqlite3.connect(":memory:")
    connection.executescript(
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, sender TEXT, body TEXT, sent_at TEXT);"
        "INSERT INTO messages (sender, body, sent_at) VALUES ('abu', 'Thursday', '2024-05-02'),"
        " ('k', 'ok', '2024-05-02');"
        "CREATE TABLE contacts (name TEXT, phone TEXT);"
        "CREATE VIEW everything AS SELECT * FROM messages;"
    )
    data = connection.serialize()
    connection.close()
    return bytes(data)


# -- one sample of every media type --------------------------------------------------------------------------------


def _mp4_with_audio() -> bytes:
    return encode("mp4", "libx264", "aac", metadata={"creation_time": "2024-05-01T08:00:00Z"})


SAMPLES: dict[str, Callable[[], bytes]] = {
    mt.JPEG: lambda: jpeg(exif=camera_exif()),
    mt.PNG: lambda: pillow_bytes("PNG"),
    mt.TIFF: lambda: pillow_bytes("TIFF"),
    mt.PDF: pdf,
    mt.BMP: lambda: pillow_bytes("BMP"),
    mt.GIF: lambda: pillow_bytes("GIF"),
    mt.WEBP: lambda: pillow_bytes("WEBP"),
    mt.WSQ: wsq_print,
    mt.JP2: lambda: pillow_bytes("JPEG2000"),
    mt.HEIC: lambda: heic(exif=camera_exif()),
    mt.HEIF: lambda: heif_without_hevc_brand(heic()),
    mt.AVIF: lambda: avif(exif=camera_exif()),
    mt.DNG: lambda: tiff_raw(mt.DNG),
    mt.CR2: lambda: tiff_raw(mt.CR2),
    mt.CR3: cr3,
    mt.NEF: lambda: tiff_raw(mt.NEF),
    mt.ARW: lambda: tiff_raw(mt.ARW),
    mt.ORF: lambda: tiff_raw(mt.ORF),
    mt.RW2: lambda: tiff_raw(mt.RW2),
    mt.RAF: raf,
    mt.MP4: _mp4_with_audio,
    mt.QUICKTIME: lambda: encode("mov", "libx264", "aac", metadata={"location": "+48.8584+002.2945+035.000/"}),
    mt.THREE_GP: lambda: encode("3gp", "h263", "libopencore_amrnb", size=(176, 144)),
    mt.MATROSKA: lambda: encode("matroska", "mpeg4", "flac"),
    mt.WEBM: lambda: encode("webm", "libvpx", "libopus", sample_rate=48000),
    mt.AVI: lambda: encode("avi", "mpeg4", "mp2", sample_rate=44100),
    mt.OGG_VIDEO: lambda: encode("ogg", "libvpx", None),
    mt.MP3: lambda: encode("mp3", None, "libmp3lame", sample_rate=44100),
    mt.M4A: lambda: encode("ipod", None, "aac"),
    mt.AAC: lambda: encode("adts", None, "aac"),
    mt.WAV: lambda: encode("wav", None, "pcm_s16le"),
    mt.OGG: lambda: encode("ogg", None, "libopus", sample_rate=48000),
    mt.FLAC: lambda: encode("flac", None, "flac"),
    mt.AMR: lambda: encode("amr", None, "libopencore_amrnb"),
    mt.AMR_WB: amr_wb,
    mt.TEXT: lambda: b"Inventory of the boat:\n3 crates, 2 radios\nnothing else\n",
    mt.XML: lambda: b'<?xml version="1.0"?><manifest><item qty="3">crate</item><item>radio</item></manifest>',
    mt.JSON: lambda: b'{"contacts": [{"name": "Abu Omar", "phone": "+961 1 234"}], "count": 1}',
    mt.HTML: lambda: b"<!DOCTYPE html><html><head><title>Cache</title></head><body><p>Route north</p></body></html>",
    mt.CSV: lambda: b"name,phone,city\nAbu Omar,+961 1 234,Beirut\nK,+90 212 555,Istanbul\n",
    mt.RTF: lambda: rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}\f0 Meeting at the \b harbour\b0 .\par}",
    mt.EMAIL: email_message,
    mt.DOCX: lambda: ooxml(mt.DOCX),
    mt.XLSX: lambda: ooxml(mt.XLSX),
    mt.PPTX: lambda: ooxml(mt.PPTX),
    mt.ODT: lambda: odf(mt.ODT),
    mt.ODS: lambda: odf(mt.ODS),
    mt.ODP: lambda: odf(mt.ODP),
    mt.ANSI_NIST: nist_transaction,
    mt.ZIP: lambda: zip_archive({"notes.txt": b"hello", "photos/a.jpg": jpeg((64, 48))}),
    mt.TAR: lambda: tar_archive({"notes.txt": b"hello", "photos/a.jpg": jpeg((64, 48))}),
    mt.GZIP: lambda: gzip_file(b"hello\n" * 100),
    mt.SEVEN_ZIP: seven_zip,
    mt.RAR: rar,
    mt.SQLITE: sqlite_database,
    mt.OLE: ole_compound_file,
    mt.OCTET_STREAM: lambda: bytes(range(256)) * 8,
}
