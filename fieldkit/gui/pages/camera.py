"""The camera page: live view, choice of camera and resolution, and stills captured straight into the current
item. Frames go from the camera to memory to the store's encrypted writer; nothing is written to disk in between.
With no camera, the page says so plainly instead of raising an error."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon
from fieldkit.gui.itembanner import ItemBanner
from fieldkit.gui.labels import ltr
from fieldkit.gui.ops import capture as ops
from fieldkit.gui.pages.base import Page, big_button
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Item

os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


_TAG = "tag"  # a capture request whose frame is read for its evidence tag only, never stored


class CameraPage(Page):
    stored = Signal(object)
    tag_read = Signal(str)

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 use_tag: Callable[[str], object],
                 choose_item: Callable[[], object] | None = None) -> None:  # fmt: skip
        """``use_tag``: what to do with an evidence tag read from a frame (select or create its item).
        ``choose_item``: go to where an item is chosen (the Evidence page)."""
        super().__init__(executor)
        self.current_item = current_item
        self.tag_read.connect(use_tag)
        self.banner = ItemBanner(current_item, choose_item)
        self.banner.target_changed.connect(lambda _: self._update_buttons())
        self.camera_box = QComboBox()
        self.camera_box.setMinimumHeight(40)
        self.resolution_box = QComboBox()
        self.resolution_box.setMinimumHeight(40)
        self.capture_button = big_button(self.tr("Take photo (Space)"))
        self.capture_button.setIcon(icon("camera"))
        self.capture_button.setShortcut("Space")
        self.capture_button.clicked.connect(self.take_photo)
        self.tag_button = big_button(self.tr("Read evidence tag (T)"))
        self.tag_button.setIcon(icon("barcode-scan"))
        self.tag_button.setShortcut("T")
        self.tag_button.setToolTip(self.tr("Hold the tag's barcode or QR code to the camera; nothing is stored"))
        self.tag_button.clicked.connect(self.read_tag)
        self._has_camera = False
        # Capture requests on their way (QImageCapture's id -> the item bound when the button was pressed, or _TAG)
        self._requests: dict[int, Item | str] = {}
        self._keys = itertools.count(1)  # photos being stored, each with its line in the banner
        self.state = QLabel()
        self.state.setWordWrap(True)
        font = self.state.font()
        font.setPointSize(font.pointSize() + 3)
        self.state.setFont(font)
        self.view: QWidget = QLabel()
        self.view.setMinimumSize(160, 120)
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Typed loosely: QtMultimedia is imported only when the page needs it.
        self._camera: Any = None
        self._session: Any = None
        self._capture: Any = None
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Camera")))
        row.addWidget(self.camera_box, 1)
        row.addWidget(QLabel(self.tr("Resolution")))
        row.addWidget(self.resolution_box)
        row.addWidget(self.capture_button)
        row.addWidget(self.tag_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.banner)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.state)
        self.layout_.addWidget(self.view, 1)
        self.camera_box.currentIndexChanged.connect(lambda _: self._start_camera())

    def _update_buttons(self) -> None:
        item = self.banner.item
        self.capture_button.setEnabled(self._has_camera and item is not None and self.is_unlocked)
        self.tag_button.setEnabled(self._has_camera and self.is_unlocked)
        self.capture_button.setText(self.tr("Take photo into {} (Space)").format(ltr(item.tag)) if item is not None
                                    else self.tr("Take photo (choose an item first)"))  # fmt: skip

    def shown(self) -> None:
        self.banner.follow()
        self.refresh_devices()

    def start(self) -> None:
        self._update_buttons()

    def hidden(self) -> None:
        self.stop()

    def clear(self) -> None:
        self.stop()
        self._update_buttons()

    def refresh_devices(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices  # lazy: QtMultimedia costs ~80 ms at start-up

        self.camera_box.blockSignals(True)
        self.camera_box.clear()
        for device in QMediaDevices.videoInputs():
            self.camera_box.addItem(device.description(), device)
        self.camera_box.blockSignals(False)
        has_camera = self._has_camera = self.camera_box.count() > 0
        self._update_buttons()
        if not has_camera:
            self.state.setText(self.tr("No camera found. Connect one, or import photos from the camera's card."))
            return
        self._start_camera()

    def _start_camera(self) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession  # lazy: as above
        from PySide6.QtMultimediaWidgets import QVideoWidget  # lazy: as above

        device = self.camera_box.currentData()
        if device is None:
            return
        self.stop()
        self._camera = QCamera(device)
        self._session = QMediaCaptureSession()
        self._session.setCamera(self._camera)
        self._capture = QImageCapture()
        self._session.setImageCapture(self._capture)
        if not isinstance(self.view, QVideoWidget):
            video = QVideoWidget()
            video.setMinimumSize(160, 120)
            video.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.layout_.replaceWidget(self.view, video)
            self.view.deleteLater()
            self.view = video
        self._session.setVideoOutput(self.view)
        self.resolution_box.clear()
        for size in sorted({(s.width(), s.height()) for s in device.photoResolutions()}, reverse=True):
            self.resolution_box.addItem(f"{size[0]} × {size[1]}", size)
        self._capture.imageCaptured.connect(lambda request, image: self.frame_arrived(image, request))
        self._capture.errorOccurred.connect(lambda *_: self.state.setText(self.tr("The camera could not take it.")))
        self._camera.start()
        self.state.setText(self.tr("Live view; photos go into the item named above."))

    def take_photo(self) -> None:
        """Ask the camera for a still for the item selected now: bound here, it is where the frame goes when it
        arrives, whatever is selected by then."""
        if self._capture is None:
            return
        item = self.banner.follow()
        if item is None:
            self.state.setText(self.tr("Select or create an item first."))
            return
        size = self.resolution_box.currentData()
        if size:
            self._capture.setResolution(QSize(*size))
        request = self._capture.capture()
        if request >= 0:
            self._requests[request] = item

    def read_tag(self) -> None:
        """Take one frame for its barcode or QR code only: decoded in memory, never stored."""
        if self._capture is None:
            return
        request = self._capture.capture()
        if request >= 0:
            self._requests[request] = _TAG

    def frame_arrived(self, image: QImage, request: int) -> None:
        """A frame the camera took for ``request``: read for its tag, or stored in the item bound to it."""
        target = self._requests.pop(request, None)
        if target == _TAG:
            self.read_tag_in_frame(image)
        elif isinstance(target, Item):
            self.store_frame(image, target)

    def read_tag_in_frame(self, image: QImage) -> None:
        raw, width, height = _rgb(image)

        def found(tags: list[str]) -> None:
            if tags:
                self.state.setText(self.tr("Evidence tag read: {}").format(", ".join(tags)))
                self.tag_read.emit(tags[0])
            else:
                self.state.setText(self.tr("No barcode or QR code in view: hold the tag closer, flat and lit, and "
                                           "press T again."))  # fmt: skip

        self.executor.submit(ops.read_tag_from_frame(raw, width, height), found,
                             lambda error: self.state.setText(error.message))  # fmt: skip

    def store_frame(self, image: QImage, item: Item | None = None) -> None:
        """Store one frame in ``item`` (None: the item selected now), converted to raw RGB here, encoded and stored
        on the store thread; the confirmation names the item it went to."""
        item = item if item is not None else self.banner.follow()
        if item is None:
            self.state.setText(self.tr("Select or create an item first."))
            return
        raw, width, height = _rgb(image)
        taken = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        camera = self.camera_box.currentText() or "camera"
        tag = ltr(item.tag)
        key = f"photo-{next(self._keys)}"
        self.banner.begin(key, self.tr("Storing a photo in {}…").format(tag))

        def done(result: tuple[int, bool]) -> None:
            self.banner.end(key)
            self.state.setText(self.tr("Stored photo #{} in {}").format(result[0], tag))
            self.notify(self.tr("Photo added to {}").format(tag))
            self.stored.emit(result)

        def failed(error: FieldkitError) -> None:
            self.banner.end(key)
            self.state.setText(error.message)
            self.show_error(error)

        self.executor.submit(ops.store_camera_frame(item, raw, width, height, camera, taken), done, failed)

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._capture = None
        self._requests.clear()


def _rgb(image: QImage) -> tuple[bytes, int, int]:
    """The frame's pixels as packed RGB bytes (for PIL on the store thread)."""
    frame = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = frame.width(), frame.height()
    bits = memoryview(cast(Any, frame.constBits())).cast("B")
    stride = frame.bytesPerLine()
    if stride == width * 3:
        return bits[: width * height * 3].tobytes(), width, height
    # scan lines are padded to 4 bytes
    return b"".join(bits[y * stride : y * stride + width * 3].tobytes() for y in range(height)), width, height
