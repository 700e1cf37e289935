"""The describers (fieldkit/analysis/formats/): each family on real files made here by the format's own writers, and
on damaged, truncated and hostile versions of them. Called in-process: the sandbox that runs them for real is tested
apart. A damaged file gives a Description marked ``damaged`` (or a FieldkitError saying what is wrong), never another
exception and never a hang; every thumbnail is PNG within the thumbnail side; independent readers (exiftool) agree
on the position a photo or a video records."""

from __future__ import annotations

import dataclasses
import io
import json
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from fieldkit import media_types as mt
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats import (
    FAMILIES,
    archive,
    av_media,
    database,
    describer_for,
    family_of,
    heif,
    nist,
    office,
    pdf,
    raw,
    text,
)
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.errors import DamagedMediaError, FieldkitError, OversizedMediaError
from tests import media_samples as samples
from tests.conftest import ROOT

LIMITS = DEFAULT_ANALYSIS_LIMITS
needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is missing")
# The lead ports the picture probe to images.py; until then its types are left out of the in-process runs.
DESCRIBED = sorted(t for t in mt.BY_TYPE if (ROOT / (FAMILIES[t].replace(".", "/") + ".py")).exists())


def limits(**changes: int) -> AnalysisLimits:
    return dataclasses.replace(LIMITS, **changes)


def thumbnail_of(description: Description, side: int = LIMITS.thumbnail_side) -> Image.Image:
    assert description.thumbnail is not None and description.thumbnail.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(description.thumbnail))
    assert max(image.size) <= side
    return image


def red(image: Image.Image, where: tuple[int, int]) -> int:
    pixel = image.convert("RGB").getpixel(where)
    assert isinstance(pixel, tuple)
    return int(pixel[0])


def exiftool(data: bytes, suffix: str, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / f"sample{suffix}"
    path.write_bytes(data)
    out = subprocess.run(["exiftool", "-n", "-json", str(path)], capture_output=True, check=True, text=True).stdout
    found: dict[str, object] = json.loads(out)[0]
    return found


# -- the registry --------------------------------------------------------------------------------------------------


def test_every_media_type_has_a_family_module() -> None:
    assert set(FAMILIES) == set(mt.BY_TYPE)
    for media_type in mt.BY_TYPE:
        module = family_of(media_type)
        assert module is not None and module.startswith("fieldkit.analysis.formats.")
        assert module.endswith(".images") or (ROOT / (module.replace(".", "/") + ".py")).exists(), module
    assert family_of("application/x-not-a-type") is None and describer_for("application/x-not-a-type") is None
    assert family_of(mt.JPEG) == "fieldkit.analysis.formats.images"


def test_a_describer_imports_only_its_own_decoders() -> None:
    """A sandbox child describing a text file loads neither FFmpeg nor pdfium nor libheif."""
    script = (
        "import sys; from fieldkit.analysis.formats import describer_for; "
        "from fieldkit.config import DEFAULT_ANALYSIS_LIMITS as limits; "
        f"describer_for({mt.TEXT!r})(b'notes', {mt.TEXT!r}, limits); "
        "print(sorted(m for m in ('av', 'pypdfium2', 'pillow_heif', 'nistitl', 'wsq') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


# -- HEIC, HEIF, AVIF ------------------------------------------------------------------------------------------------


@needs_exiftool
def test_heic_with_gps_reads_as_exiftool_reads_it(tmp_path: Path) -> None:
    data = samples.heic(exif=samples.camera_exif(orientation=6))
    described = heif.describe(data, mt.HEIC, LIMITS)
    assert described.damaged is None and described.media_type == mt.HEIC
    # libheif answers the size as shown (turned); the EXIF orientation is reported as stored.
    assert (described.facts["width"], described.facts["height"]) == (240, 320)
    assert described.facts["exif"]["make"] == "Google" and described.facts["orientation"] == 6
    assert described.captured_at == "2024-05-01T10:00:00+02:00"
    independent = exiftool(data, ".heic", tmp_path)
    gps = described.facts["gps"]
    assert gps["latitude"] == pytest.approx(independent["GPSLatitude"], abs=1e-6)
    assert gps["longitude"] == pytest.approx(independent["GPSLongitude"], abs=1e-6)
    assert gps["altitude_m"] == pytest.approx(independent["GPSAltitude"], abs=0.01)
    assert thumbnail_of(described).size == (192, 256)  # upright: libheif turned it as the file says


def test_avif_and_generic_heif() -> None:
    described = heif.describe(samples.avif(exif=samples.camera_exif(orientation=6)), mt.AVIF, LIMITS)
    assert described.damaged is None and described.facts["gps"]["latitude"] == pytest.approx(samples.LATITUDE)
    assert thumbnail_of(described).size == (192, 256)
    generic = heif.describe(samples.heif_without_hevc_brand(samples.heic()), mt.HEIF, LIMITS)
    assert generic.damaged is None and thumbnail_of(generic).size == (256, 192)


def test_a_photo_too_large_to_decode_shows_its_own_thumbnail_and_says_so() -> None:
    small_limit = limits(max_decode_pixels=640 * 480 - 1)
    with_thumbnail = heif.describe(samples.heic((640, 480), thumbnail=160), mt.HEIC, small_limit)
    assert thumbnail_of(with_thumbnail).size == (160, 120)
    assert any("embedded thumbnail is shown" in note for note in with_thumbnail.notes)
    without = heif.describe(samples.heic((640, 480)), mt.HEIC, small_limit)
    assert without.thumbnail is None and without.damaged is None
    assert any("no embedded thumbnail" in note for note in without.notes)
    assert without.facts["width"] == 640  # still described


def test_damaged_heif_files() -> None:
    data = samples.heic((640, 480))
    truncated = heif.describe(data[: len(data) * 2 // 3], mt.HEIC, LIMITS)
    assert truncated.damaged is not None
    assert heif.describe(b"\x00\x00\x00\x18ftypheic" + bytes(200), mt.HEIC, LIMITS).damaged is not None
    assert heif.describe(samples.avif()[:200], mt.AVIF, LIMITS).damaged is not None


# -- camera RAW ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("media_type", [mt.DNG, mt.CR2, mt.NEF, mt.ARW, mt.ORF, mt.RW2])
def test_tiff_based_raw_gives_metadata_and_the_embedded_preview(media_type: str) -> None:
    described = raw.describe(samples.tiff_raw(media_type), media_type, LIMITS)
    assert described.damaged is None
    assert (described.facts["width"], described.facts["height"]) == (6000, 4000)  # the sensor, not the preview
    assert described.facts["preview"] == {"width": 640, "height": 480}
    assert described.facts["gps"]["longitude"] == pytest.approx(samples.LONGITUDE)
    assert described.captured_at == "2024-05-01T10:00:00+02:00"
    assert thumbnail_of(described).size == (256, 192)
    assert any("embedded preview" in note for note in described.notes)


@needs_exiftool
def test_raw_gps_reads_as_exiftool_reads_it(tmp_path: Path) -> None:
    data = samples.tiff_raw(mt.NEF)
    described = raw.describe(data, mt.NEF, LIMITS)
    independent = exiftool(data, ".nef", tmp_path)
    assert described.facts["exif"]["make"] == independent["Make"]
    assert described.facts["gps"]["latitude"] == pytest.approx(independent["GPSLatitude"], abs=1e-6)


def test_raf_and_cr3_previews_and_their_metadata() -> None:
    fuji = raw.describe(samples.raf(), mt.RAF, LIMITS)
    assert fuji.damaged is None and fuji.facts["exif"]["make"] == "FUJIFILM"  # from the preview's own EXIF
    assert fuji.facts["gps"]["latitude"] == pytest.approx(samples.LATITUDE) and thumbnail_of(fuji).size == (256, 192)
    canon = raw.describe(samples.cr3(), mt.CR3, LIMITS)
    assert canon.damaged is None and canon.facts["exif"]["model"] == "Canon EOS R5"  # from its CMT1 box
    assert canon.captured_at == "2024-05-01T10:00:00" and thumbnail_of(canon).size == (256, 192)


def test_dng_with_an_uncompressed_thumbnail_only() -> None:
    described = raw.describe(samples.dng_with_rgb_thumbnail(), mt.DNG, LIMITS)
    assert described.damaged is None and described.facts["preview"] == {"width": 160, "height": 120}
    assert (described.facts["width"], described.facts["height"]) == (4000, 3000)
    assert red(thumbnail_of(described), (5, 60)) > 240  # the white band on the left: pixels in the right order


def test_raw_preview_turned_by_the_raw_orientation() -> None:
    described = raw.describe(samples.tiff_raw(mt.NEF, orientation=6), mt.NEF, LIMITS)
    assert thumbnail_of(described).size == (192, 256)


def test_damaged_raw_files() -> None:
    data = samples.tiff_raw(mt.DNG, preview=samples.jpeg((1600, 1200), seed=9))
    truncated = raw.describe(data[: len(data) // 2], mt.DNG, LIMITS)
    assert truncated.damaged is not None and "truncated" in truncated.damaged
    too_large = raw.describe(data, mt.DNG, limits(max_decode_pixels=1600 * 1200 - 1))
    assert too_large.thumbnail is None and any("no embedded preview" in note for note in too_large.notes)
    assert raw.describe(b"II*\x00\xff\xff\xff\x7f" + bytes(100), mt.DNG, LIMITS).thumbnail is None
    loop = bytearray(samples.tiff_raw(mt.NEF))
    loop[4:8] = b"\x00\x00\x00\x08"  # IFD0 at offset 8, pointing at itself through its "next" field
    loop[8:10], loop[10 + 12 * 0 : 14] = b"\x00\x00", b"\x00\x00\x00\x08"
    assert isinstance(raw.describe(bytes(loop), mt.NEF, LIMITS), Description)


# -- video and audio -------------------------------------------------------------------------------------------------


def test_mp4_with_audio_streams_time_and_poster() -> None:
    described = av_media.describe(samples.SAMPLES[mt.MP4](), mt.MP4, LIMITS)
    assert described.damaged is None
    assert described.facts["duration_s"] == pytest.approx(2.0, abs=0.1)
    assert described.facts["video"] == {"codec": "h264", "width": 96, "height": 64, "frame_rate": 10.0}
    assert described.facts["audio"] == {"codec": "aac", "sample_rate": 8000, "channels": 1}
    assert described.captured_at == "2024-05-01T08:00:00+00:00"
    poster = thumbnail_of(described).convert("RGB")
    assert poster.size == (96, 64) and red(poster, (48, 32)) > 150  # a frame from the second second


@needs_exiftool
@pytest.mark.parametrize(
    ("container", "media_type", "suffix"), [("mov", mt.QUICKTIME, ".mov"), ("mp4", mt.MP4, ".mp4")]
)
def test_video_location_reads_as_exiftool_reads_it(
    container: str, media_type: str, suffix: str, tmp_path: Path
) -> None:
    # FFmpeg writes a MOV's location as the QuickTime ©xyz atom and an MP4's as the 3GPP 'loci' box.
    data = samples.encode(container, "libx264", None, metadata={"location": "+48.8584+002.2945+035.000/"})
    assert (b"\xa9xyz" in data) == (container == "mov")
    described = av_media.describe(data, media_type, LIMITS)
    independent = exiftool(data, suffix, tmp_path)
    if "GPSCoordinates" in independent:
        latitude, longitude, *_ = (float(v) for v in str(independent["GPSCoordinates"]).split())
    else:
        found = dict(part.split("=") for part in str(independent["LocationInformation"]).split() if "=" in part)
        latitude, longitude = float(found["Lat"]), float(found["Lon"])
    assert described.facts["gps"]["latitude"] == pytest.approx(latitude, abs=1e-4)
    assert described.facts["gps"]["longitude"] == pytest.approx(longitude, abs=1e-4)
    assert described.facts["gps"]["altitude_m"] == pytest.approx(35.0)


@pytest.mark.parametrize(
    ("media_type", "codec"),
    [(mt.MP3, "mp3"), (mt.M4A, "aac"), (mt.AAC, "aac"), (mt.WAV, "pcm_s16le"), (mt.OGG, "opus"), (mt.FLAC, "flac"),
     (mt.AMR, "amrnb"), (mt.AMR_WB, "amrwb")],
)  # fmt: skip
def test_audio_files(media_type: str, codec: str) -> None:
    described = av_media.describe(samples.SAMPLES[media_type](), media_type, LIMITS)
    assert described.damaged is None and described.thumbnail is None and "video" not in described.facts
    assert described.facts["audio"]["codec"].startswith(codec) and described.facts["duration_s"] > 1.5


def test_every_video_container_gives_a_poster() -> None:
    for media_type in (mt.THREE_GP, mt.MATROSKA, mt.WEBM, mt.AVI, mt.OGG_VIDEO, mt.QUICKTIME):
        described = av_media.describe(samples.SAMPLES[media_type](), media_type, LIMITS)
        assert described.damaged is None and described.thumbnail is not None, media_type
        assert described.facts["video"]["width"] > 0, media_type


def test_an_mp4_holding_sound_only_is_described_as_m4a() -> None:
    described = av_media.describe(samples.encode("mp4", None, "aac"), mt.MP4, LIMITS)
    assert described.media_type == mt.M4A


def test_the_poster_is_turned_as_the_display_matrix_says_and_bounded_by_frames() -> None:
    out = io.BytesIO()
    with __import__("av").open(out, "w", format="mp4") as muxer:
        stream = muxer.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 96, 64, "yuv420p"
        stream.set_display_rotation(90)  # a phone held upright: shown turned a quarter anticlockwise
        for index in range(20):
            frame = __import__("av").VideoFrame.from_image(samples.picture((96, 64)))
            frame.pts = index
            muxer.mux(stream.encode(frame))
        muxer.mux(stream.encode(None))
    poster = thumbnail_of(av_media.describe(out.getvalue(), mt.MP4, LIMITS)).convert("RGB")
    assert poster.size == (64, 96)
    assert red(poster, (32, 92)) > 200 and red(poster, (32, 2)) < 150  # the white band now at the bottom
    early = av_media.describe(samples.SAMPLES[mt.MP4](), mt.MP4, limits(max_poster_frames=3))
    assert red(thumbnail_of(early), (48, 32)) < 100  # stopped in the first second


@pytest.mark.timeout(60)
def test_damaged_and_hostile_media() -> None:
    moov_last = samples.SAMPLES[mt.MP4]()
    cut = av_media.describe(moov_last[: len(moov_last) // 2], mt.MP4, LIMITS)
    assert cut.damaged is not None and "truncated" in cut.damaged
    moov_first = samples.encode(
        "mp4", "libx264", "aac", seconds=3, muxer_options={"movflags": "frag_keyframe+empty_moov"}
    )
    truncated = av_media.describe(moov_first[:-200], mt.MP4, LIMITS)
    assert truncated.damaged is not None
    playlist = b"#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n"
    assert av_media.describe(playlist, mt.MP4, LIMITS).damaged is not None  # never the HLS demuxer
    assert av_media.describe(b"\x00" * 64, mt.WAV, LIMITS).damaged is not None
    assert av_media.iso6709("+91.0+002.0/") is None and av_media.iso6709("nowhere") is None


# -- text --------------------------------------------------------------------------------------------------------------


def test_plain_text_in_any_encoding() -> None:
    french = "Le rendez-vous est fixé à l'entrée du marché, près de la fontaine. Déjà payé.\n" * 20
    legacy = text.describe(french.encode("cp1252"), mt.TEXT, LIMITS)
    assert legacy.text == french and legacy.facts["lines"] == 20
    arabic = "الاجتماع عند الميناء يوم الخميس\n"
    for encoding in ("utf-8", "utf-16"):
        described = text.describe(arabic.encode(encoding), mt.TEXT, LIMITS)
        assert described.text == arabic and described.facts["encoding"].startswith(encoding[:6])
    hostile = text.describe(b"name\x1b[2Jcleared\r\nnext\x07\n", mt.TEXT, LIMITS)
    assert hostile.text == "name [2Jcleared\nnext \n"  # no escape sequence reaches a terminal


def test_text_is_cut_at_the_limit_and_large_files_are_not_parsed() -> None:
    long = text.describe(b"0123456789" * 1000, mt.TEXT, limits(max_text_chars=100))
    assert long.text == "0123456789" * 10 and any("cut at 100" in note for note in long.notes)
    big_json = text.describe(b'{"a": "' + b"x" * 2000 + b'"}', mt.JSON, limits(max_parse_bytes=1000))
    assert "json" not in big_json.facts and any("read as plain text" in note for note in big_json.notes)


def test_structured_text() -> None:
    assert text.describe(samples.SAMPLES[mt.JSON](), mt.JSON, LIMITS).facts["json"]["keys"] == ["contacts", "count"]
    assert text.describe(b'{"a": [1, 2', mt.JSON, LIMITS).damaged == "the JSON is malformed at line 1"
    deep = text.describe(b"[" * 100_000 + b"]" * 100_000, mt.JSON, LIMITS)
    assert deep.damaged is not None and "nested" in deep.damaged
    xml = text.describe(b"<r>one <b>two</b> three<c>four</c></r>", mt.XML, LIMITS)
    assert xml.text == "one\ntwo\nthree\nfour\n" and xml.facts["root"] == "r"
    nested = text.describe(b"<a>" * 200_000 + b"x" + b"</a>" * 200_000, mt.XML, LIMITS)
    assert nested.facts["elements"] == 200_000 and nested.text == "x\n"
    assert text.describe(b"<r><unclosed></r>", mt.XML, LIMITS).damaged is not None
    html = text.describe(b"<html><title>T</title><script>alert(1)</script><p>Hello</p><p>there</p></html>", mt.HTML,
                         LIMITS)  # fmt: skip
    assert html.text == "Hello\nthere" and html.facts["title"] == "T"
    csv = text.describe(samples.SAMPLES[mt.CSV](), mt.CSV, LIMITS)
    assert (csv.facts["rows"], csv.facts["columns"], csv.facts["header"]) == (3, 3, ["name", "phone", "city"])
    assert text.describe(b'a,b\n"unclosed,2\n', mt.CSV, LIMITS).damaged is not None
    assert text.describe(samples.SAMPLES[mt.RTF](), mt.RTF, LIMITS).text == "Meeting at the harbour.\n"
    assert text.describe(rb"{\rtf1 cut", mt.RTF, LIMITS).damaged is not None


@pytest.mark.timeout(30)
def test_xml_entities_are_never_expanded() -> None:
    laughs = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9)
    ) + b"]><l>&j;</l>"  # fmt: skip
    described = text.describe(laughs, mt.XML, LIMITS)
    assert "aaaaaaaaaa" * 10 not in (described.text or "") and any("never expands" in n for n in described.notes)
    external = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    assert "root:" not in (text.describe(external, mt.XML, LIMITS).text or "")


def test_email_headers_body_and_attachments() -> None:
    described = text.describe(samples.email_message(), mt.EMAIL, LIMITS)
    assert described.facts["email"]["subject"] == "Shipment Thursday"
    assert described.facts["email"]["from"] == "Abu Omar <abu@example.org>"
    assert described.captured_at == "2024-05-02T09:30:00+03:00"
    assert described.facts["attachments"] == [{"name": "manifest.pdf", "type": "application/pdf", "size": 13}]
    assert "shipment leaves Thursday" in (described.text or "") and "%PDF" not in (described.text or "")
    broken = b"From: a@b\nContent-Type: multipart/mixed\n\nno boundary at all\n"
    assert text.describe(broken, mt.EMAIL, LIMITS).damaged is not None
    many = b'From: a@b\nContent-Type: multipart/mixed; boundary="x"\n\n' + b"--x\n\npart\n" * 50 + b"--x--\n"
    assert any("first 10 MIME parts" in n for n in text.describe(many, mt.EMAIL, limits(max_email_parts=10)).notes)


# -- office documents ------------------------------------------------------------------------------------------------


def test_ooxml_documents() -> None:
    word = office.describe(samples.ooxml(mt.DOCX), mt.DOCX, LIMITS)
    assert word.text == "Meeting at the harbour\nBring\tthe keys\n"
    assert (word.facts["author"], word.facts["title"]) == ("Abu Omar", "Seized ledger")
    assert word.captured_at == "2024-03-02T08:15:00Z"
    sheet = office.describe(samples.ooxml(mt.XLSX), mt.XLSX, LIMITS)
    assert sheet.facts["sheets"] == ["Payments", "Contacts"] and "Account 4471" in (sheet.text or "")
    slides = office.describe(samples.ooxml(mt.PPTX), mt.PPTX, LIMITS)
    assert slides.facts["slide_count"] == 2 and slides.text == "Route north\n\nFuel depot\n\n"


def test_opendocument_files() -> None:
    writer = office.describe(samples.odf(mt.ODT), mt.ODT, LIMITS)
    assert writer.text == "Report\nSeen at the border crossing  twice\n" and writer.facts["author"] == "Abu Omar"
    assert office.describe(samples.odf(mt.ODS), mt.ODS, LIMITS).facts["sheet_count"] == 2
    assert office.describe(samples.odf(mt.ODP), mt.ODP, LIMITS).facts["slide_count"] == 2
    locked = io.BytesIO()
    with zipfile.ZipFile(locked, "w") as package:
        package.writestr("mimetype", mt.ODT)
        package.writestr("content.xml", bytes(range(256)))  # encrypted bytes
        package.writestr("META-INF/manifest.xml", (
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>'
            "</manifest:manifest>"
        ))  # fmt: skip
    encrypted = office.describe(locked.getvalue(), mt.ODT, LIMITS)
    assert encrypted.damaged is None and encrypted.facts["encrypted"] is True


def _docx_with(document: bytes, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", document)
    return out.getvalue()


def test_damaged_and_hostile_office_files() -> None:
    data = samples.ooxml(mt.DOCX)
    assert office.describe(data[: len(data) // 2], mt.DOCX, LIMITS).damaged is not None
    assert office.describe(_docx_with(b"<w:document"), mt.DOCX, LIMITS).damaged is not None
    assert "no word/document.xml" in (office.describe(samples.ooxml(mt.XLSX), mt.DOCX, LIMITS).damaged or "")
    bomb = _docx_with(b"<a>" + b" " * 20_000_000 + b"</a>")  # 20 MB of spaces, deflated to ~20 KB
    refused = office.describe(bomb, mt.DOCX, LIMITS)
    assert refused.damaged is not None and "beyond the limits" in refused.damaged
    entities = b'<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>'
    assert "never expands" in (office.describe(_docx_with(entities), mt.DOCX, LIMITS).damaged or "")


# -- PDF -------------------------------------------------------------------------------------------------------------


def test_pdf_pages_text_metadata_and_thumbnail() -> None:
    described = pdf.describe(samples.pdf(pages=3), mt.PDF, LIMITS)
    assert described.damaged is None and described.facts["page_count"] == 3
    assert "Ledger page 1" in (described.text or "") and "Ledger page 3" in (described.text or "")
    assert thumbnail_of(described).size == (181, 256)  # A4, longest side at the thumbnail's
    first_pages = pdf.describe(samples.pdf(pages=3), mt.PDF, limits(max_text_pages=1))
    assert "Ledger page 2" not in (first_pages.text or "") and any("first 1 pages" in n for n in first_pages.notes)
    assert pdf.pdf_date("D:20240502093000+03'00'") == "2024-05-02T09:30:00+03:00"


@pytest.mark.timeout(30)
def test_a_huge_page_renders_at_the_thumbnail_size() -> None:
    huge = samples.pdf(pages=1, size=(14400, 14400))
    assert thumbnail_of(pdf.describe(huge, mt.PDF, LIMITS)).size == (256, 256)
    # A page declaring itself a million units wide, written by hand (pdfium's writer keeps to the spec's 14,400).
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000000 1000000] >>"]  # fmt: skip
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    assert thumbnail_of(pdf.describe(body, mt.PDF, LIMITS)).size == (256, 256)


def test_damaged_pdfs() -> None:
    data = samples.pdf(pages=3)
    for cut in (len(data) // 2, len(data) - 8):
        truncated = pdf.describe(data[:cut], mt.PDF, LIMITS)
        assert truncated.damaged is not None and "end-of-file marker" in truncated.damaged
    garbage = pdf.describe(b"%PDF-1.7\n" + bytes(500) + b"%%EOF", mt.PDF, LIMITS)
    assert garbage.damaged == "the PDF cannot be opened (it may be truncated or malformed)"


# -- ANSI/NIST-ITL ---------------------------------------------------------------------------------------------------


def test_nist_transaction_records_header_and_print_thumbnail() -> None:
    described = nist.describe(samples.nist_transaction(), mt.ANSI_NIST, LIMITS)
    assert described.damaged is None and described.facts["record_count"] == 3
    assert [record["type"] for record in described.facts["records"]] == [1, 2, 14]
    assert (described.facts["tot"], described.facts["dai"], described.facts["ori"]) == ("CPS", "DAI00001", "ORI00001")
    print_record = described.facts["records"][2]
    assert print_record["finger_position"] == 1 and print_record["compression"] == "WSQ20"
    assert (print_record["width"], print_record["height"], print_record["ppi"]) == (200, 240, 500)
    assert thumbnail_of(described).size == (200, 240)  # decoded from WSQ
    assert described.captured_at == "2024-05-02"


def test_nist_type4_binary_record() -> None:
    import nistitl

    message = nistitl.Message()
    message.TOT = "CPS"
    message[0].DAT, message[0].TCN = "20240502", "T"
    record = nistitl.BinaryRecord(4)
    record.IDC = 1
    image = samples.wsq_print()
    record.value = bytes([1, 2, 255, 255, 255, 255, 255, 0]) + (200).to_bytes(2, "big") + (240).to_bytes(2, "big")
    record.value += b"\x01" + image
    message += record
    described = nist.describe(bytes(message.NIST), mt.ANSI_NIST, LIMITS)
    four = described.facts["records"][1]
    assert (four["type"], four["finger_position"], four["impression"], four["compression"]) == (4, 2, 1, "WSQ20")
    assert thumbnail_of(described).size == (200, 240)


@pytest.mark.timeout(30)
def test_damaged_and_hostile_transactions() -> None:
    data = samples.nist_transaction()
    truncated = nist.describe(data[:-100], mt.ANSI_NIST, LIMITS)
    assert truncated.damaged is not None and truncated.facts["records"][0]["type"] == 1
    zero = nist.describe(b"1.001:0\x1d1.002:0400\x1c" + bytes(20), mt.ANSI_NIST, LIMITS)  # nistitl would spin
    assert zero.damaged is not None and "impossible length" in zero.damaged
    second_zero = data[: data.index(b"\x1c") + 1] + b"2.001:0\x1d2.002:00\x1c"
    assert nist.describe(second_zero, mt.ANSI_NIST, LIMITS).damaged is not None
    bad_print = nist.describe(samples.nist_transaction(print_image=b"\xff\xa0\xff\xa8" + bytes(64)), mt.ANSI_NIST,
                              LIMITS)  # fmt: skip
    assert bad_print.thumbnail is None and bad_print.facts["record_count"] == 3
    many = nist.describe(data, mt.ANSI_NIST, limits(max_nist_records=2))
    assert many.damaged is not None and "more than 2 records" in many.damaged


# -- archives ----------------------------------------------------------------------------------------------------------


def test_archive_listings() -> None:
    members = {"notes.txt": b"hello", "photos/a.jpg": samples.jpeg((64, 48)), "secret.txt": b"x" * 100}
    listed = archive.describe(samples.zip_archive(members, encrypted="secret.txt"), mt.ZIP, LIMITS)
    assert listed.damaged is None and listed.facts["member_count"] == 3 and listed.facts["encrypted_members"] == 1
    first = listed.facts["members"][0]
    assert (first["path"], first["size"], first["kind"]) == ("notes.txt", 5, "file") and first["modified"]
    assert first["compressed_size"] is not None
    for data, media_type in (
        (samples.tar_archive(members), mt.TAR),
        (samples.tar_archive(members, gzipped=True), mt.GZIP),
    ):
        described = archive.describe(data, media_type, LIMITS)
        assert described.damaged is None and [m["path"] for m in described.facts["members"]] == list(members)
        assert described.facts["total_size"] == sum(len(v) for v in members.values())
    single = archive.describe(samples.gzip_file(b"hello\n" * 100), mt.GZIP, LIMITS)
    assert single.facts["members"][0]["path"] == "notes.txt" and single.facts["total_size"] == 600


def test_expand_yields_members_under_safe_names() -> None:
    members = {"../../etc/passwd": b"a", "/abs/path.txt": b"b", "C:\\win\\x.txt": b"c", "abs/path.txt": b"d",
               "ok/./name.txt": b"e", "dir/": b"", "\x1b[2Jname": b"f"}  # fmt: skip
    expanded = dict(archive.expand(samples.zip_archive(members), LIMITS))
    assert expanded == {"__/__/etc/passwd": b"a", "abs/path.txt": b"b", "C_/win/x.txt": b"c", "abs/path.txt~2": b"d",
                        "ok/name.txt": b"e", "_[2Jname": b"f"}  # fmt: skip
    tarred = dict(archive.expand(samples.tar_archive({"../x": b"1", "y/z": b"2"}, gzipped=True), LIMITS))
    assert tarred == {"__/x": b"1", "y/z": b"2"}
    assert dict(archive.expand(samples.gzip_file(b"hello"), LIMITS)) == {"notes.txt": b"hello"}


def test_expand_refuses_bombs_before_they_go_off() -> None:
    zeros = b"\x00" * 30_000_000
    for bomb in (samples.zip_archive({"zeros": zeros}), samples.tar_archive({"zeros": zeros}, gzipped=True),
                 samples.gzip_file(zeros)):  # fmt: skip
        with pytest.raises(OversizedMediaError, match=r"times its size|more than"):
            list(archive.expand(bomb, LIMITS))
    three = samples.zip_archive({"a": b"1", "b": b"2", "c": b"3"})
    with pytest.raises(OversizedMediaError, match="3 members"):
        list(archive.expand(three, limits(max_archive_members=2)))
    with pytest.raises(OversizedMediaError, match="expands to"):
        list(archive.expand(samples.zip_archive({"a": bytes(1000)}), limits(max_expanded_bytes=999)))
    with pytest.raises(OversizedMediaError, match="in memory"):
        list(archive.expand(samples.tar_archive({"a": bytes(1000)}), limits(max_input_bytes=999)))


def test_damaged_archives() -> None:
    data = samples.zip_archive({"a.txt": b"hello" * 100, "b.txt": b"world" * 100})
    cut = archive.describe(data[: len(data) - 60], mt.ZIP, LIMITS)
    assert cut.damaged is not None and "local headers" in cut.damaged
    assert [m["path"] for m in cut.facts["members"]] == ["a.txt", "b.txt"]
    with pytest.raises(DamagedMediaError):
        list(archive.expand(data[: len(data) - 60], LIMITS))
    tarred = samples.tar_archive({"a.txt": b"x" * 5000, "b.txt": b"y" * 5000})
    assert archive.describe(tarred[:3000], mt.TAR, LIMITS).damaged is not None
    with pytest.raises(DamagedMediaError):
        list(archive.expand(tarred[:3000], LIMITS))
    with pytest.raises(DamagedMediaError):
        list(archive.expand(samples.gzip_file(b"hello" * 1000)[:30], LIMITS))
    many = archive.describe(samples.zip_archive({f"{n}.txt": b"" for n in range(30)}), mt.ZIP,
                            limits(max_archive_members=10))  # fmt: skip
    assert len(many.facts["members"]) == 10 and many.facts["member_count"] == 30


# -- databases and the rest ------------------------------------------------------------------------------------------


def test_sqlite_tables_and_limits() -> None:
    described = database.describe(samples.sqlite_database(), mt.SQLITE, LIMITS)
    tables = {table["name"]: table for table in described.facts["tables"]}
    assert described.facts["table_count"] == 2 and tables["messages"]["rows"] == 2  # the view is not run
    assert tables["messages"]["columns"] == ["id", "sender", "body", "sent_at"]
    stopped = database.describe(samples.sqlite_database(), mt.SQLITE, limits(max_database_steps=1))
    assert any("listing stopped" in note for note in stopped.notes)
    broken = database.describe(samples.sqlite_database()[:100] + bytes(4096), mt.SQLITE, LIMITS)
    assert broken.damaged is not None and broken.facts["page_size"] == 4096


def test_unknown_bytes() -> None:
    described = describer_for(mt.OCTET_STREAM)(random.Random(3).randbytes(100_000), mt.OCTET_STREAM, LIMITS)  # type: ignore[misc]
    assert described.facts["entropy_bits_per_byte"] > 7.9
    assert describer_for(mt.SEVEN_ZIP)(samples.seven_zip(), mt.SEVEN_ZIP, LIMITS).notes  # type: ignore[misc]


# -- every family on cut and mutated files -------------------------------------------------------------------------

# Formats whose end cannot be told from a cut: a run of frames (MP3, ADTS AAC, AMR, FLAC plays until the cut), text,
# a tar cut inside its zero padding, and bytes nothing reads (7z, RAR, OLE, unknown).
CUT_UNSEEN = {mt.MP3, mt.AAC, mt.AMR, mt.AMR_WB, mt.FLAC, mt.TEXT, mt.HTML, mt.CSV, mt.TAR, mt.SEVEN_ZIP, mt.RAR,
              mt.OLE, mt.OCTET_STREAM}  # fmt: skip


@pytest.mark.parametrize("media_type", sorted(set(DESCRIBED) - CUT_UNSEEN))
def test_a_file_cut_in_half_is_marked_damaged(media_type: str) -> None:
    describe = describer_for(media_type)
    assert describe is not None
    data = samples.SAMPLES[media_type]()
    assert describe(data, media_type, LIMITS).damaged is None
    try:
        cut = describe(data[: len(data) // 2], media_type, LIMITS)
    except FieldkitError:
        return
    assert cut.damaged, media_type


@pytest.mark.timeout(120)
@pytest.mark.parametrize("media_type", DESCRIBED)
def test_cut_and_mutated_files_are_described_or_refused_cleanly(media_type: str) -> None:
    """Never an unexpected exception, never a thumbnail over the limit."""
    describe = describer_for(media_type)
    assert describe is not None
    data = samples.SAMPLES[media_type]()
    rng = random.Random(media_type)
    variants = [data[:cut] for cut in (0, 1, 16, len(data) // 3, len(data) // 2, len(data) - 1)]
    for _ in range(25):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        variants.append(bytes(mutated))
    for variant in variants:
        try:
            described = describe(variant, media_type, LIMITS)
        except FieldkitError:
            continue
        assert isinstance(described, Description)
        if described.thumbnail is not None:
            thumbnail_of(described)
        json.dumps(described.facts)  # JSON-able as it crosses the sandbox boundary


def test_the_formats_document_lists_every_row_of_the_table() -> None:
    lines = (ROOT / "docs" / "formats-analysed.md").read_text("utf-8").splitlines()
    start = lines.index("| media type | name | suffixes | kind | magic | family |")
    documented = [line for line in lines[start + 2 :] if line.startswith("| `")]
    expected = [
        f"| `{row.media_type}` | {row.name} | {' '.join(row.suffixes)} | {row.default_kind} | "
        f"{row.magic.replace('|', chr(92) + '|')} | {FAMILIES[row.media_type].rsplit('.', 1)[1]} |"
        for row in mt.TABLE
    ]
    assert documented == expected
