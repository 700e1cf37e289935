"""Video and audio: duration, container, the first video and audio streams' codecs and sizes, when the recording was
made, where (the QuickTime/MP4 location tag, ISO 6709) and a poster frame for video (or an audio file's cover art).

Decision: FFmpeg through PyAV, opened from the bytes in memory only, with the demuxer named from the media type (never
probed: FFmpeg's playlist and concatenation demuxers would open further files or URLs named inside the file) and
every nested open refused (io_open). The poster is the first frame at or after one second (a phone video's first
frame is often black), decoding at most AnalysisLimits.max_poster_frames frames and scaled by FFmpeg straight to the
thumbnail's size; it is turned as the stream's display matrix says. A stream that stops decoding marks the file
damaged; what was read before stays described.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from fractions import Fraction
from typing import Any

from fieldkit import media_types
from fieldkit.analysis.description import Description
from fieldkit.analysis.formats._common import clean, problem, thumbnail_png
from fieldkit.config import AnalysisLimits

_TAGS = {"title": "title", "artist": "artist", "album": "album", "comment": "comment", "encoder": "encoder",
         "com.apple.quicktime.make": "make", "com.apple.quicktime.model": "model",
         "com.apple.quicktime.software": "software", "com.android.manufacturer": "make",
         "com.android.model": "model"}  # fmt: skip
_LOCATION_KEYS = ("com.apple.quicktime.location.ISO6709", "location", "location-eng")
_ISO6709 = re.compile(r"([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
_FACT_CHARS = 200  # not a limit: longest title or tag kept as a fact
_POSTER_AT_S = 1.0  # not a limit: how far in the poster frame is taken (a first frame is often black)
_ISO_MEDIA = frozenset({media_types.MP4, media_types.QUICKTIME, media_types.THREE_GP, media_types.M4A})
_PACKETS_PER_FRAME = 8  # not a limit: packets a decoder may need per picture (reordering, fields, side streams)
_ISO_BOXES = 4096  # not a limit: top-level boxes an ISO media file has (a handful); more is a hostile file


class _NestedOpenRefused(Exception):
    """The file asked FFmpeg to open another file or URL: never done."""


def _refuse_nested_open(url: str, flags: int, options: dict[str, Any]) -> None:
    raise _NestedOpenRefused("nested open refused")


def describe(data: bytes, media_type: str, limits: AnalysisLimits) -> Description:
    """Streams, duration, time, place and poster frame of one video or audio file."""
    import av  # lazy: only audio and video load FFmpeg

    description = Description(media_type=media_type, facts={"size": len(data)})
    demuxer = media_types.BY_TYPE[media_type].ffmpeg_format if media_type in media_types.BY_TYPE else None
    if media_type in _ISO_MEDIA:
        _check_iso_boxes(data, description)
    else:
        _check_declared_length(data, description)
    try:
        container = av.open(io.BytesIO(data), mode="r", format=demuxer, io_open=_refuse_nested_open,
                            metadata_errors="replace")  # fmt: skip
    except (av.FFmpegError, _NestedOpenRefused, UnicodeError, ValueError, OSError) as exc:
        description.damaged = f"the {media_types.BY_TYPE[media_type].name} cannot be read ({problem(exc)})"
        return description
    with container:
        _container_facts(container, description)
        video = next((s for s in container.streams.video), None)
        audio = next((s for s in container.streams.audio), None)
        if video is not None:
            description.facts["video"] = _video_facts(video)
        if audio is not None:
            description.facts["audio"] = _audio_facts(audio)
        if video is None and media_type == media_types.MP4 and audio is not None:
            description.media_type = media_types.M4A  # an MP4 holding sound only is an M4A
        if video is not None and video.codec_context is not None:
            try:
                description.thumbnail = _poster(container, video, limits)
            except (av.FFmpegError, ValueError, MemoryError, OSError) as exc:
                description.damaged = description.damaged or f"the video stream cannot be decoded ({problem(exc)})"
    return description


def _container_facts(container: Any, description: Description) -> None:
    description.facts["container"] = clean(container.format.name, _FACT_CHARS)
    if container.duration is not None and container.duration > 0:
        description.facts["duration_s"] = round(container.duration / 1_000_000, 3)  # FFmpeg's AV_TIME_BASE
    if container.bit_rate:
        description.facts["bit_rate"] = int(container.bit_rate)
    metadata = {str(k): v for k, v in dict(container.metadata).items()}
    tags = {fact: text for key, fact in _TAGS.items() if (text := clean(metadata.get(key), _FACT_CHARS))}
    if tags:
        description.facts["tags"] = tags
    created = clean(metadata.get("creation_time") or metadata.get("com.apple.quicktime.creationdate"), 64)
    if created:
        description.facts["created_at"] = created
        description.captured_at = _iso_time(created)
    for key in _LOCATION_KEYS:
        if (position := iso6709(str(metadata.get(key) or ""))) is not None:
            description.facts["gps"] = position
            break


def _iso_time(text: str) -> str | None:
    """A container's creation time ('2024-05-01T08:00:00.000000Z') as ISO 8601; None if it is not a time."""
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp.replace(microsecond=0).isoformat()


def iso6709(text: str) -> dict[str, float] | None:
    """A position from an ISO 6709 string such as '+48.8584+002.2945+035.000/' (degrees, optional altitude)."""
    match = _ISO6709.match(text.strip())
    if match is None:
        return None
    latitude, longitude = float(match.group(1)), float(match.group(2))
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    position = {"latitude": latitude, "longitude": longitude}
    if match.group(3) is not None:
        position["altitude_m"] = float(match.group(3))
    return position


def _rate(value: Fraction | None) -> float | None:
    return round(float(value), 3) if value else None


def _video_facts(stream: Any) -> dict[str, Any]:
    context = stream.codec_context
    if context is None:  # a codec FFmpeg does not know
        return {"codec": None}
    return {"codec": clean(context.name, 40), "width": context.width, "height": context.height,
            "frame_rate": _rate(stream.average_rate or stream.guessed_rate)}  # fmt: skip


def _audio_facts(stream: Any) -> dict[str, Any]:
    context = stream.codec_context
    if context is None:  # a codec FFmpeg does not know
        return {"codec": None}
    layout = getattr(context, "layout", None)
    return {"codec": clean(context.name, 40), "sample_rate": context.sample_rate,
            "channels": getattr(layout, "nb_channels", None) or getattr(context, "channels", None)}  # fmt: skip


def _poster(container: Any, stream: Any, limits: AnalysisLimits) -> bytes | None:
    """The first frame at or after one second (or the last of those decoded, or the only one), as a thumbnail."""
    chosen = None
    decoded = 0
    for packets, packet in enumerate(container.demux(stream), 1):
        if packets > limits.max_poster_frames * _PACKETS_PER_FRAME:
            break  # packets that never make a picture: stop with what there is
        for frame in packet.decode():
            chosen = frame
            decoded += 1
            if frame.time is not None and frame.time >= _POSTER_AT_S:
                return _frame_png(frame, limits)
            if decoded >= limits.max_poster_frames:
                return _frame_png(chosen, limits)
    return _frame_png(chosen, limits) if chosen is not None else None


def _frame_png(frame: Any, limits: AnalysisLimits) -> bytes | None:
    width, height = frame.width, frame.height
    if width <= 0 or height <= 0:
        return None
    side = limits.thumbnail_side
    scale = min(1.0, side / max(width, height))
    image = frame.to_image(width=max(1, round(width * scale)), height=max(1, round(height * scale)))
    rotation = getattr(frame, "rotation", 0) or 0
    if rotation % 360:
        # The display matrix turns counter-clockwise by this many degrees; Pillow's rotate does the same.
        image = image.rotate(rotation % 360, expand=True)
    return thumbnail_png(image, side)


def _check_iso_boxes(data: bytes, description: Description) -> None:
    """An ISO media file is a chain of boxes; one running past the end means the file was cut short."""
    at = 0
    for _ in range(_ISO_BOXES):
        if at + 8 > len(data):
            break
        size = int.from_bytes(data[at : at + 4], "big")
        if size == 1 and at + 16 <= len(data):
            size = int.from_bytes(data[at + 8 : at + 16], "big")
        elif size == 0:
            return  # the last box runs to the end of the file
        if size < 8:
            description.damaged = "the file's box structure is malformed"
            return
        at += size
    if at > len(data):
        description.damaged = f"the file is truncated: its last box needs {at - len(data):,} more bytes"


def _check_declared_length(data: bytes, description: Description) -> None:
    """RIFF (WAV, AVI) and Matroska declare their length up front, Ogg marks its last page: a file cut short shows."""
    if data[:4] == b"RIFF" and len(data) >= 8:
        declared = int.from_bytes(data[4:8], "little") + 8
        if declared > len(data):
            description.damaged = f"the file is truncated: it declares {declared:,} bytes and has {len(data):,}"
    elif data[:4] == b"\x1a\x45\xdf\xa3":
        header = _ebml_element(data, 0)
        segment = _ebml_element(data, header[1] + header[2]) if header and header[2] is not None else None
        if segment is not None and segment[0] == 0x18538067 and segment[2] is not None:
            end = segment[1] + segment[2]
            if end > len(data):
                description.damaged = f"the file is truncated: its segment needs {end - len(data):,} more bytes"
    elif data[:4] == b"OggS":
        _check_ogg_end(data, description)


def _ebml_element(data: bytes, at: int) -> tuple[int, int, int | None] | None:
    """(element id, where its content starts, content size) of the EBML element at ``at``; size None if unknown."""
    if at >= len(data) or not data[at]:
        return None
    id_length = 9 - data[at].bit_length()
    element = int.from_bytes(data[at : at + id_length], "big")
    size_at = at + id_length
    if size_at >= len(data) or not data[size_at] or id_length > 4:
        return None
    size_length = 9 - data[size_at].bit_length()
    raw = int.from_bytes(data[size_at : size_at + size_length], "big") & ((1 << (7 * size_length)) - 1)
    unknown = raw == (1 << (7 * size_length)) - 1  # all ones: a live stream's "size unknown"
    return element, size_at + size_length, (None if unknown else raw)


def _check_ogg_end(data: bytes, description: Description) -> None:
    """An Ogg stream's last page carries the end-of-stream flag and is whole."""
    last = data.rfind(b"OggS", max(0, len(data) - (1 << 16)))
    if last < 0 or last + 27 > len(data):
        description.damaged = "the Ogg stream is truncated inside a page header"
        return
    segments = data[last + 26]
    body = sum(data[last + 27 : last + 27 + segments])
    if last + 27 + segments + body > len(data):
        description.damaged = "the Ogg stream is truncated: its last page is cut short"
    elif not data[last + 5] & 0x04:
        description.damaged = "the Ogg stream is truncated: it has no end-of-stream page"
