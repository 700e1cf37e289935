"""Audio and video playback in the viewer, from segments the analysis sandbox decoded: nothing here decodes the
original, and nothing is written to disk.

Decision: the store thread reads the recording's stored bytes once (hash-checked, into this window's memory, dropped
when the viewer closes or the store locks); a side thread of the player's own asks the sandbox for a few seconds at a
time (fieldkit.analysis.playback) and gets back JPEG frames fieldkit encoded and the sound as PCM. The player's clock
is the wall clock while it plays; it shows the last frame due and hands the sound to Qt's audio output
(QAudioSink, pushed a fraction of a second ahead of the clock), and asks for the next segment while the current one
plays, so playback does not wait at segment boundaries. Seeking asks for the segment at the new time and forgets
every answer still on its way for the old one. With no audio output (a machine without a sound device, a test run
offscreen) the pictures play alone and the player says the sound is unavailable.

Qt Multimedia is imported only when a recording with sound first plays: it costs start-up time, and its FFmpeg
back end is never handed a recording, only PCM fieldkit made.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QVBoxLayout, QWidget

from fieldkit.errors import AnalysisFailedError, FieldkitError
from fieldkit.gui.details import duration_text
from fieldkit.gui.ops import viewer as ops
from fieldkit.gui.tasks import StoreExecutor, report_bug
from fieldkit.gui.theme import themed, tint
from fieldkit.gui.workers import SideThread

SEGMENT_SECONDS = 3.0  # not a limit: what one sandbox request decodes (under AnalysisLimits.max_playback_segment_s)
AUDIO_LEAD_S = 0.25  # not a limit: how far ahead of the clock sound is handed to the audio output
TICK_MS = 20  # not a limit: how often the clock is read (a frame is shown at most this late)


class MediaPlayer(QWidget):
    """Plays one recording. ``duration_s`` and the poster come from its analysis; both may be missing."""

    frame_shown = Signal(float)  # the time of the frame now on screen
    finished = Signal()  # playback reached the end of the recording

    def __init__(self, executor: StoreExecutor, capture_id: int, media_type: str, *, duration_s: float | None,
                 poster: bytes | None, has_video: bool, has_audio: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.executor = executor
        self.capture_id = capture_id
        self.media_type = media_type
        self.duration_s = duration_s
        self.has_video = has_video
        self.has_audio = has_audio
        self.position_s = 0.0
        self.playing = False
        self.frame: QPixmap | None = None  # the frame on screen, as decoded from the sandbox's JPEG
        self.segments_played = 0
        self._recording: ops.Recording | None = None
        self._loading = False
        self._segments: dict[float, ops.MediaSegment] = {}
        self._requested: set[float] = set()
        self._token = 0  # bumped on seek and stop: answers for an older token are dropped
        self._side = SideThread("fieldkit-playback", self)
        self._clock = QElapsedTimer()
        self._clock_base = 0.0
        self._buffering = False
        self._ended = False
        self._frame_time: float | None = None
        self._sink: Any = None  # QAudioSink, typed loosely: QtMultimedia is imported only when sound plays
        self._sink_io: Any = None
        self._sound_format: tuple[int, int] | None = None  # (rate, channels) the sink was made for
        self._sound_unavailable = ""
        self._audio_at = 0.0  # seconds of the recording handed to the audio output so far
        self._closed = False

        self.screen_label = QLabel()
        self.screen_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_label.setMinimumSize(320, 200)
        self.screen_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        themed(self.screen_label, "background: {screen}; color: {on-screen};")
        self.screen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setMinimumHeight(40)
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space plays and pauses, whatever has focus
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((duration_s or 0) * 1000))
        self.slider.setEnabled(bool(duration_s))
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value() / 1000))
        self.slider.actionTriggered.connect(self._slider_action)
        self.slider.sliderMoved.connect(lambda value: self._show_time(value / 1000))
        self.time_label = QLabel()
        self.sound_label = QLabel()
        tint(self.sound_label, "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_label, 1)
        layout.addLayout(controls)
        layout.addWidget(self.sound_label)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._show_poster(poster)
        self._show_time(0.0)
        self.sound_label.setText("" if has_audio else self.tr("No sound in this recording."))

    # --- what people do ----------------------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self._closed or self.playing:
            return
        if self._ended:  # from the start again
            self._ended = False
            self.seek(0.0)
        self.playing = True
        self.play_button.setText(self.tr("❚❚ Pause"))
        self._start_clock(self.position_s)
        self._timer.start()
        if self._sink is not None:
            self._sink.resume()
        self._want(self._segment_start(self.position_s))

    def pause(self) -> None:
        if not self.playing:
            return
        self.position_s = self._now()
        self.playing = False
        self._timer.stop()
        self.play_button.setText(self.tr("▶ Play"))
        if self._sink is not None:
            self._sink.suspend()

    def seek(self, seconds: float) -> None:
        """Play from ``seconds`` (asks the sandbox for the segment there; answers for elsewhere are dropped)."""
        if self._closed:
            return
        limit = self.duration_s if self.duration_s else seconds
        self.position_s = max(0.0, min(seconds, limit))
        self._token += 1
        self._segments.clear()
        self._requested.clear()
        self._ended = False
        self._frame_time = None
        self._stop_sound()
        self._audio_at = self.position_s
        self._start_clock(self.position_s)
        self._show_time(self.position_s)
        self._want(self._segment_start(self.position_s))

    def stop(self) -> None:
        """The viewer closes or the store locks: stop, and drop the recording and everything decoded from it."""
        self._closed = True
        self.playing = False
        self._timer.stop()
        self._token += 1
        self._side.shutdown(wait=False)
        self._stop_sound()
        self._sink = None
        self._recording = None
        self._segments.clear()
        self.frame = None
        self.screen_label.clear()

    # --- segments ----------------------------------------------------------------------------------------------

    def _segment_start(self, seconds: float) -> float:
        """Segments start on a grid, so that a segment asked for once is recognised when asked for again."""
        return round(int(seconds / SEGMENT_SECONDS) * SEGMENT_SECONDS, 3)

    def _want(self, start: float) -> None:
        if start in self._segments or start in self._requested:
            return
        if self.duration_s is not None and start >= self.duration_s:
            return
        self._requested.add(start)
        if self._recording is None:
            self._load()
            return
        recording, token = self._recording, self._token

        def decode() -> ops.MediaSegment | None:
            if token != self._token:  # a seek or a close since it was asked for: not worth a sandbox's time
                return None
            return ops.media_segment(recording.data, recording.media_type, start, SEGMENT_SECONDS)

        self._side.run(decode, lambda future: self._arrived(token, start, future))

    def _load(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.message.setText(self.tr("Decrypting the recording…"))

        def loaded(recording: ops.Recording) -> None:
            self._loading = False
            if self._closed:
                return
            self._recording = recording
            self.message.clear()
            wanted, self._requested = sorted(self._requested), set()
            for start in wanted:
                self._want(start)

        def failed(error: FieldkitError) -> None:
            self._loading = False
            self._requested.clear()
            self._fail(error.message)

        self.executor.submit(ops.recording(self.capture_id), loaded, failed)

    def _arrived(self, token: int, start: float, future: Future[ops.MediaSegment | None]) -> None:
        if self._closed or token != self._token:
            return
        error = future.exception()
        if isinstance(error, AnalysisFailedError):
            self._requested.discard(start)
            self._fail(self.tr("This part of the recording cannot be played ({}); the original is kept unchanged.")
                       .format(error.message))  # fmt: skip
            return
        if error is not None:
            report_bug(error)
            self._fail(self.tr("unexpected error in playback ({})").format(type(error).__name__))
            return
        segment = future.result()
        if segment is None:
            return
        self._segments[start] = segment
        self.segments_played += 1
        if segment.duration_s and not self.duration_s:
            self.duration_s = segment.duration_s
            self.slider.setRange(0, round(segment.duration_s * 1000))
            self.slider.setEnabled(True)
        if segment.damaged:
            self.message.setText(self.tr("Damaged from {}: {}").format(duration_text(segment.end_s),
                                                                        segment.damaged))  # fmt: skip
        if segment.audio:
            self._open_sound(segment.sample_rate, segment.channels)
        if self._buffering:
            self._buffering = False
            self._start_clock(self.position_s)
        if not self.playing:
            self._show_frame_at(self.position_s)

    def _fail(self, text: str) -> None:
        self.pause()
        self.message.setText(text)

    # --- the clock ---------------------------------------------------------------------------------------------

    def _start_clock(self, position: float) -> None:
        self._clock_base = position
        self._clock.restart()

    def _now(self) -> float:
        if not self.playing or self._buffering or not self._clock.isValid():
            return self.position_s
        return self._clock_base + self._clock.elapsed() / 1000

    def _current(self, position: float) -> ops.MediaSegment | None:
        return self._segments.get(self._segment_start(position))

    def _tick(self) -> None:
        position = self._now()
        segment = self._current(position)
        if segment is None:
            last = self._segments.get(self._segment_start(position - SEGMENT_SECONDS))
            if (last is not None and last.end) or (self.duration_s is not None and position >= self.duration_s):
                self._finish()
                return
            self.position_s = position  # wait here for the segment (a slow sandbox, a seek)
            self._buffering = True
            self._want(self._segment_start(position))
            return
        self.position_s = position
        self._show_frame_at(position)
        self._feed_sound(position)
        if segment.end and position >= segment.start_s + self._content_seconds(segment):
            self._finish()
            return
        if not segment.end and position >= segment.start_s + segment.seconds / 3:
            self._want(round(segment.start_s + SEGMENT_SECONDS, 3))  # the next one, while this one plays
        for start in [s for s in self._segments if s + SEGMENT_SECONDS <= position - SEGMENT_SECONDS]:
            del self._segments[start]  # played: keep memory to about two segments
        self._show_time(position)

    def _content_seconds(self, segment: ops.MediaSegment) -> float:
        """How long the last segment of a recording has something to show or play."""
        shown = 0.0
        if segment.frames:  # the last frame stays on screen for as long as the one before it did
            times = [frame.time_s for frame in segment.frames[-2:]]
            shown = times[-1] - segment.start_s + (times[-1] - times[0] if len(times) == 2 else 0.0)
        return max(shown, self._audio_seconds(segment))

    @staticmethod
    def _audio_seconds(segment: ops.MediaSegment) -> float:
        if not segment.audio or not segment.sample_rate:
            return 0.0
        return len(segment.audio) / (2 * segment.channels * segment.sample_rate)

    def _finish(self) -> None:
        self.pause()
        self._ended = True
        if self.duration_s:
            self.position_s = self.duration_s
        self._show_time(self.position_s)
        self.finished.emit()

    # --- pictures ----------------------------------------------------------------------------------------------

    def _show_poster(self, poster: bytes | None) -> None:
        image = QImage()
        if poster is not None and image.loadFromData(poster, "PNG"):  # type: ignore[arg-type]  # analysis's PNG
            self._set_pixmap(QPixmap.fromImage(image))
        elif self.has_video:
            self.screen_label.setText(self.tr("Press Play to see the recording."))
        else:
            self.screen_label.setText(self.tr("♪ Sound only"))

    def _show_frame_at(self, position: float) -> None:
        segment = self._current(position)
        if segment is None or not segment.frames:
            return
        due = [frame for frame in segment.frames if frame.time_s <= position + 1e-3]
        frame = due[-1] if due else segment.frames[0]
        if frame.time_s == self._frame_time:
            return
        image = QImage()
        if not image.loadFromData(frame.image, "JPEG"):  # type: ignore[arg-type]  # a JPEG the sandbox encoded
            return
        self._frame_time = frame.time_s
        self._set_pixmap(QPixmap.fromImage(image))
        self.frame_shown.emit(frame.time_s)

    def _set_pixmap(self, pixmap: QPixmap) -> None:
        self.frame = pixmap
        self.screen_label.setPixmap(pixmap.scaled(self.screen_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))  # fmt: skip

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.frame is not None:
            self._set_pixmap(self.frame)

    def _show_time(self, position: float) -> None:
        total = duration_text(self.duration_s) if self.duration_s else "?"
        self.time_label.setText(f"{duration_text(position)} / {total}")
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(round(position * 1000))
            self.slider.blockSignals(False)

    def _slider_action(self, action: int) -> None:
        """A click beside the handle (page step) or a key moves the slider: seek there once the move is applied."""
        if action != QSlider.SliderAction.SliderMove.value:
            QTimer.singleShot(0, lambda: self.seek(self.slider.value() / 1000))

    # --- sound -------------------------------------------------------------------------------------------------

    def _open_sound(self, rate: int, channels: int) -> None:
        if self._sound_unavailable or self._sound_format == (rate, channels):
            return
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices  # lazy: ~80 ms, see above

        device = QMediaDevices.defaultAudioOutput()
        audio_format = QAudioFormat()
        audio_format.setSampleRate(rate)
        audio_format.setChannelCount(channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if device.isNull():
            self._no_sound(self.tr("Sound unavailable: this computer has no audio output."))
            return
        if not device.isFormatSupported(audio_format):
            self._no_sound(self.tr("Sound unavailable: the audio output does not play {} Hz.").format(rate))
            return
        self._stop_sound()
        self._sink = QAudioSink(device, audio_format, self)
        self._sink.setBufferSize(int(rate * channels * 2 * AUDIO_LEAD_S * 4))
        self._sound_format = (rate, channels)
        self.sound_label.setText(self.tr("Sound: {}").format(device.description()))

    def _no_sound(self, text: str) -> None:
        self._sound_unavailable = text
        self.sound_label.setText(text + (" " + self.tr("The pictures play alone.") if self.has_video else ""))

    def _stop_sound(self) -> None:
        if self._sink is not None:
            self._sink.stop()
        self._sink_io = None

    def _feed_sound(self, position: float) -> None:
        """Hand the audio output the sound from where it stands to a little ahead of the clock."""
        if self._sink is None:
            return
        if self._sink_io is None:
            from PySide6.QtMultimedia import QAudio  # lazy: loaded already by _open_sound

            self._sink_io = self._sink.start()
            self._audio_at = max(self._audio_at, position)
            if self._sink_io is None or self._sink.error() != QAudio.Error.NoError:
                self._no_sound(self.tr("Sound unavailable: the audio output did not start."))
                self._stop_sound()
                self._sink = None
                return
        if self._audio_at < position - AUDIO_LEAD_S:  # fell behind (a pause in the stream): skip what was missed
            self._audio_at = position
        while self._audio_at < position + AUDIO_LEAD_S:
            segment = self._current(self._audio_at)
            if segment is None or not segment.audio:
                return
            frame_bytes = 2 * segment.channels
            first = round((self._audio_at - segment.start_s) * segment.sample_rate) * frame_bytes
            last = min(len(segment.audio), round((position + AUDIO_LEAD_S - segment.start_s) * segment.sample_rate)
                       * frame_bytes)  # fmt: skip
            room = self._sink.bytesFree() // frame_bytes * frame_bytes
            chunk = segment.audio[first : min(last, first + room)]
            if not chunk:
                if first >= len(segment.audio):  # this segment's sound is all handed over: on to the next
                    self._audio_at = segment.end_s
                    continue
                return
            written = self._sink_io.write(chunk)
            if written <= 0:
                return
            self._audio_at += written / frame_bytes / segment.sample_rate
