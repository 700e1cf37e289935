"""The scanner page (SANE): choose the scanner, resolution, colour mode and source, preview, then scan one page or
the whole feeder into one multi-page document capture of the current item. Scans run on the store thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from fieldkit.errors import FieldkitError
from fieldkit.gui.ops import capture as ops
from fieldkit.gui.pages.base import Page
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Item


class ScannerPage(Page):
    stored = Signal(object)
    devices_listed = Signal(int)

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None]) -> None:
        super().__init__(executor)
        self.current_item = current_item
        self.device = QComboBox()
        refresh = QPushButton(self.tr("Look for scanners"))
        refresh.clicked.connect(self.refresh_devices)
        self.resolution = QSpinBox()
        self.resolution.setRange(75, 1200)
        self.resolution.setSingleStep(75)
        self.resolution.setValue(300)
        self.resolution.setSuffix(" dpi")
        self.mode = QComboBox()
        for key, label in (
            ("gray", self.tr("Grey")),
            ("color", self.tr("Colour")),
            ("lineart", self.tr("Black and white")),
        ):
            self.mode.addItem(label, key)
        self.source = QComboBox()
        sources = (
            ("flatbed", self.tr("Flatbed (one page)")),
            ("feeder", self.tr("Document feeder (all pages)")),
            ("duplex", self.tr("Feeder, both sides")),
        )
        for key, label in sources:
            self.source.addItem(label, key)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.scan_button = QPushButton(self.tr("Scan into the current item"))
        self.scan_button.setMinimumHeight(48)
        self.scan_button.clicked.connect(self.scan)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(300)
        row = QHBoxLayout()
        row.addWidget(self.device, 1)
        row.addWidget(refresh)
        form = QFormLayout()
        form.addRow(self.tr("Scanner"), row)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Colour"), self.mode)
        form.addRow(self.tr("Source"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.scan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.picture, 1)
        self._set_enabled(False)
        self.refresh_devices()

    def _set_enabled(self, enabled: bool) -> None:
        self.preview_button.setEnabled(enabled)
        self.scan_button.setEnabled(enabled)

    def refresh_devices(self) -> None:
        self.state.setText(self.tr("Looking for scanners…"))

        def listed(devices: list[tuple[str, str]]) -> None:
            self.device.clear()
            for device_id, label in devices:
                self.device.addItem(f"{label} ({device_id})", device_id)
            self._set_enabled(bool(devices))
            self.state.setText("" if devices else self.tr("No scanner found. Connect one and switch it on."))
            self.devices_listed.emit(len(devices))

        self.executor.submit(ops.scanner_devices, listed, self._failed)

    def preview(self) -> None:
        device = self.device.currentData()
        if not device:
            return

        def show(png: bytes) -> None:
            image = QImage()
            if image.loadFromData(png):
                self.picture.setPixmap(QPixmap.fromImage(image).scaledToHeight(max(self.picture.height(), 300)))
            self.state.setText(self.tr("Preview (not stored)."))

        self.executor.submit(ops.scan_preview(device), show, self._failed)

    def scan(self) -> None:
        item = self.current_item()
        device = self.device.currentData()
        if item is None:
            self.state.setText(self.tr("Select or create an item first."))
            return
        if not device:
            return
        self._set_enabled(False)
        self.state.setText(self.tr("Scanning…"))

        def done(result: tuple[int, bool, int]) -> None:
            self._set_enabled(True)
            capture_id, _new, pages = result
            self.state.setText(self.tr("Stored {} page(s) as capture #{} in {}").format(pages, capture_id, item.tag))
            self.stored.emit(result)

        job = ops.scan_into(item, device, self.resolution.value(), self.mode.currentData(), self.source.currentData())
        self.executor.submit(job, done, self._failed,
                             lambda n: self.state.setText(self.tr("Scanned page {}…").format(n)))  # fmt: skip

    def _failed(self, error: FieldkitError) -> None:
        self._set_enabled(self.device.count() > 0)
        self.state.setText(error.message + (f"\n{error.fix}" if error.fix else ""))
