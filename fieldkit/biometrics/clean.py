"""Metadata taken out of a JPEG or PNG that goes into an ANSI/NIST record as it is, without re-encoding a pixel.

Decision: a face photo or a card scan embedded byte for byte would carry whatever its camera or editor wrote
around the pixels: EXIF (GPS position, camera serial, an ImageDescription such as a name and a place), XMP,
IPTC, ICC profile names, comments, PNG text chunks, a thumbnail of another picture, bytes after the end of the
image. A transaction carries no personal data, notes or file names (docs/fingerprints.md), so everything but what
decoding the pixels needs is dropped; the compressed image data is copied unchanged (no generation loss, the
same pixels). Runs only in the sandbox (fieldkit.biometrics.ops): these are outside bytes. Anything this parser
does not understand is refused (ValueError), never passed through.

JPEG keeps: SOI, a minimal JFIF APP0 (version and density, no thumbnail), a minimal Adobe APP14 (its colour
transform flag changes how the pixels decode), the tables and frame/scan headers (DQT, DHT, DAC, DRI, SOFn, DNL,
SOS, EXP) with their entropy-coded data, EOI. Drops every other APPn and COM, and anything after EOI.
PNG keeps: IHDR, PLTE, IDAT, IEND and the ancillary chunks that describe the pixels (tRNS, gAMA, cHRM, sRGB, sBIT,
pHYs, bKGD). Drops text (tEXt, zTXt, iTXt), eXIf, tIME, iCCP (a free-text profile name) and any other chunk.
"""

from __future__ import annotations

import struct
import zlib

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEPT = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs", b"bKGD"}
# JPEG markers kept with their segment: DQT, DHT, DAC, DRI, DNL, EXP and the frame headers SOF0..SOF15 (C0..CF
# less C4 DHT, C8 JPG reserved, CC DAC which are listed on their own).
_JPEG_TABLES = {0xDB, 0xC4, 0xCC, 0xDD, 0xDC, 0xDF} | {m for m in range(0xC0, 0xD0) if m not in (0xC4, 0xC8, 0xCC)}
_SOI, _EOI, _SOS, _APP0, _APP14 = 0xD8, 0xD9, 0xDA, 0xE0, 0xEE


def strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    i, size, scanned = 2, len(data), False
    while True:
        while i < size and data[i] == 0xFF and i + 1 < size and data[i + 1] == 0xFF:
            i += 1  # fill bytes before a marker
        if i + 1 >= size or data[i] != 0xFF:
            raise ValueError("JPEG marker expected")
        marker = data[i + 1]
        if marker == _EOI:
            if not scanned:
                raise ValueError("JPEG without a scan")
            out += b"\xff\xd9"
            return bytes(out)  # anything after EOI is dropped
        if i + 4 > size:
            raise ValueError("JPEG segment cut short")
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if length < 2 or i + 2 + length > size:
            raise ValueError("JPEG segment length out of range")
        body = data[i + 4 : i + 2 + length]
        end = i + 2 + length
        if marker == _APP0 and body.startswith(b"JFIF\x00") and len(body) >= 14:
            out += b"\xff\xe0\x00\x10" + body[:12] + b"\x00\x00"  # version, units, densities; no thumbnail
        elif marker == _APP14 and body.startswith(b"Adobe") and len(body) >= 12:
            out += b"\xff\xee\x00\x0e" + body[:12]  # DCTEncodeVersion, flags, colour transform
        elif marker in _JPEG_TABLES:
            out += data[i:end]
        elif marker == _SOS:
            out += data[i:end]
            scanned = True
            j = end  # entropy-coded data: runs to the next marker that is not a stuffed 0 or a restart marker
            while True:
                k = data.find(b"\xff", j)
                if k < 0 or k + 1 >= size:
                    raise ValueError("JPEG scan without an end")
                following = data[k + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    j = k + 2
                    continue
                if following == 0xFF:
                    j = k + 1
                    continue
                break
            out += data[end:k]
            end = k
        elif 0xE0 <= marker <= 0xEF or marker == 0xFE:
            pass  # APPn (EXIF, XMP, ICC, IPTC, ...) and COM: dropped
        else:
            raise ValueError(f"JPEG marker {marker:02X} not understood")
        i = end


def strip_png(data: bytes) -> bytes:
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG")
    out = bytearray(_PNG_SIGNATURE)
    i, size = len(_PNG_SIGNATURE), len(data)
    while i + 12 <= size:
        length = struct.unpack(">I", data[i : i + 4])[0]
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > size:
            raise ValueError("PNG chunk cut short")
        if kind in _PNG_KEPT:
            body = data[i + 8 : i + 8 + length]
            out += struct.pack(">I", length) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        if kind == b"IEND":
            return bytes(out)  # anything after IEND is dropped
        i = end
    raise ValueError("PNG without IEND")


def strip(data: bytes) -> bytes:
    """The JPEG or PNG without its metadata (ValueError: neither, or not understood)."""
    if data.startswith(_PNG_SIGNATURE):
        return strip_png(data)
    return strip_jpeg(data)
