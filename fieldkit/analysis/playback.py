"""Audio and video playback for the window, decoded in the analysis sandbox one short segment at a time.

Decision: the window never decodes an original, not even to play it. It asks a sandbox child for the segment it is
about to play (``SEGMENT``: a few seconds from a given time) and gets back what it can show and play without a
decoder of outside bytes: pictures fieldkit encoded (JPEG, at most ``max_side`` pixels, a few per second) and the
sound as interleaved signed 16-bit PCM at a rate and channel count the window's audio output accepts. The window
asks for the next segment while it plays the current one (and for the segment at a new time when someone seeks), so
nothing is written anywhere: the stored bytes go to the child through its pipe, the answer comes back the same way.

The demuxer is named from the media type, never probed, and FFmpeg may not open any other file or URL (as
fieldkit.analysis.formats.av_media). Work per request is bounded by AnalysisLimits (seconds, packets, frames per
second, picture side) on top of the sandbox's memory, CPU and wall-clock limits. A stream that stops decoding ends
the segment early with what was decoded, and says so; the original is untouched.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any

from fieldkit import media_types
from fieldkit.config import AnalysisLimits
from fieldkit.errors import DamagedMediaError, UnsupportedMediaError

SEGMENT = "fieldkit.analysis.playback:segment"

SAMPLE_FORMAT = "s16"  # not a limit: interleaved signed 16-bit PCM, what every audio output plays
SAMPLE_RATES = (8000, 48000)  # not a limit: rates kept as they are (others are resampled to the upper one)
_JPEG_QUALITY = 80  # not a limit: frames are for the screen, not for examination
_SLOT_SLACK = 1e-3  # not a limit: a frame a rounding error before its slot still opens it


class _NestedOpenRefused(Exception):
    """The file asked FFmpeg to open another file or URL: never done."""


def _refuse_nested_open(url: str, flags: int, options: dict[str, Any]) -> None:
    raise _NestedOpenRefused("nested open refused")


def segment(data: bytes, media_type: str, start_s: float, seconds: float, max_side: int, fps: float,
            limits: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    """``seconds`` of the recording from ``start_s``: frames [{t, image}] (JPEG, ``t`` in seconds from the start of
    the recording), the sound as PCM (``audio``, ``sample_rate``, ``channels``), the recording's duration if known,
    ``end`` when the recording ends inside this segment, and ``damaged`` when a stream stopped decoding."""
    import av  # lazy: only playback loads FFmpeg, and only in the sandbox

    bounded = AnalysisLimits(**limits)
    row = media_types.BY_TYPE.get(media_type)
    if row is None or row.ffmpeg_format is None:
        raise UnsupportedMediaError("fieldkit plays only audio and video")
    start = max(0.0, float(start_s))
    length = min(max(0.1, float(seconds)), bounded.max_playback_segment_s)
    side = max(16, min(int(max_side), bounded.playback_side))
    rate = max(1.0, min(float(fps), float(bounded.playback_fps)))
    try:
        container = av.open(io.BytesIO(data), mode="r", format=row.ffmpeg_format, io_open=_refuse_nested_open,
                            metadata_errors="replace")  # fmt: skip
    except (av.FFmpegError, _NestedOpenRefused, UnicodeError, ValueError, OSError) as exc:
        raise DamagedMediaError(f"the {row.name} cannot be opened for playback ({type(exc).__name__})") from None
    with container:
        return _decode(av, container, start, length, side, rate, bounded)


def _decode(av: Any, container: Any, start: float, length: float, side: int, fps: float,
            limits: AnalysisLimits) -> dict[str, Any]:  # fmt: skip
    video = next((s for s in container.streams.video if s.codec_context is not None), None)
    audio = next((s for s in container.streams.audio if s.codec_context is not None), None)
    if video is None and audio is None:
        raise DamagedMediaError("the recording has no stream fieldkit can play")
    end = start + length
    duration = container.duration / 1_000_000 if container.duration and container.duration > 0 else None
    sound = _Sound(av, audio, start, length) if audio is not None else None
    frames: list[dict[str, Any]] = []
    damaged = None
    if start > 0:
        # To the keyframe at or before the start (FFmpeg's AV_TIME_BASE is microseconds); a file that cannot seek
        # is read from its start, within the packet limit.
        with contextlib.suppress(av.FFmpegError, ValueError, OSError):
            container.seek(int(start * 1_000_000), backward=True, any_frame=False)
    streams = [s for s in (video, audio) if s is not None]
    shown_slot = -1  # frames are kept on a grid of 1/fps from the start, the first of each slot
    video_done, audio_done = video is None, audio is None
    packets = 0
    try:
        for packet in container.demux(*streams):
            packets += 1
            if packets > limits.max_playback_packets:
                damaged = damaged or "playback stopped: the segment needs more packets than the limit allows"
                break
            for frame in packet.decode():
                at = frame.time
                if at is None:
                    continue
                if packet.stream is video:
                    if at >= end:
                        video_done = True
                    elif at >= start and (slot := int((at - start) * fps + _SLOT_SLACK)) > shown_slot:
                        frames.append({"t": round(at, 4), "image": _jpeg(frame, side)})
                        shown_slot = slot
                elif sound is not None:
                    audio_done = sound.add(frame, at) or audio_done
            if video_done and audio_done:
                break
    except (av.FFmpegError, ValueError, MemoryError, OSError) as exc:
        damaged = f"the stream stops decoding here ({type(exc).__name__})"
    finished = not (video_done and audio_done)  # the file ran out before the end of the segment
    answer: dict[str, Any] = {"start_s": start, "seconds": length, "frames": frames, "duration_s": duration,
                              "end": finished or (duration is not None and end >= duration), "damaged": damaged,
                              "audio": None, "sample_rate": None, "channels": None}  # fmt: skip
    if sound is not None:
        answer.update(sound.answer(finished))
    return answer


def _jpeg(frame: Any, side: int) -> bytes:
    width, height = frame.width, frame.height
    scale = min(1.0, side / max(width, height, 1))
    image = frame.to_image(width=max(1, round(width * scale)), height=max(1, round(height * scale)))
    rotation = getattr(frame, "rotation", 0) or 0
    if rotation % 360:  # the display matrix turns counter-clockwise by this many degrees; so does Pillow
        image = image.rotate(rotation % 360, expand=True)
        image.thumbnail((side, side))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=_JPEG_QUALITY)
    return out.getvalue()


class _Sound:
    """The segment's sound, resampled to interleaved s16 and laid at its place in a buffer of silence (a gap in
    the stream stays silent rather than shifting what follows)."""

    def __init__(self, av: Any, stream: Any, start: float, length: float) -> None:
        context = stream.codec_context
        source_rate = int(context.sample_rate or 0)
        self.rate = source_rate if SAMPLE_RATES[0] <= source_rate <= SAMPLE_RATES[1] else SAMPLE_RATES[1]
        source_channels = getattr(getattr(context, "layout", None), "nb_channels", 0) or 1
        self.channels = 1 if source_channels == 1 else 2
        self.resampler = av.AudioResampler(format=SAMPLE_FORMAT, layout="mono" if self.channels == 1 else "stereo",
                                           rate=self.rate)  # fmt: skip
        self.start = start
        self.samples = round(length * self.rate)
        self.pcm = bytearray(self.samples * self.channels * 2)
        self.written = 0  # samples from the start of the buffer up to the last one written

    def add(self, frame: Any, at: float) -> bool:
        """Lay a decoded frame's samples in place; True once the segment is full."""
        frame_size = 2 * self.channels
        for out in self.resampler.resample(frame):
            when = out.pts / self.rate if out.pts is not None else at
            first = round((when - self.start) * self.rate)
            raw = bytes(out.planes[0])[: out.samples * frame_size]
            skip = max(0, -first)
            begin = max(0, first)
            if begin >= self.samples:
                return True
            count = min(out.samples - skip, self.samples - begin)
            if count > 0:
                kept = raw[skip * frame_size : (skip + count) * frame_size]
                self.pcm[begin * frame_size : (begin + count) * frame_size] = kept
                self.written = max(self.written, begin + count)
        return self.written >= self.samples

    def answer(self, finished: bool) -> dict[str, Any]:
        kept = self.written if finished else self.samples  # the recording ended: no silence after its end
        return {"audio": bytes(self.pcm[: kept * self.channels * 2]), "sample_rate": self.rate,
                "channels": self.channels}  # fmt: skip
