"""The scanner page: choose the scanner, resolution, colour mode and source, preview, then scan one page or the whole
feeder into one multi-page document capture of the current item. Scans run on the store thread.

The scanners listed are the devices of every document source in fieldkit.sources.registry (SANE, and any plug-in
such as a WIA or vendor source), and a scan goes to the source that listed the device: no source is named here, so
a newly installed plug-in needs no change to the window. A source that is not available, or a plug-in that fails, is
shown with why under the list instead of being hidden."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon
from fieldkit.gui.itembanner import ItemBanner
from fieldkit.gui.labels import ltr, plural
from fieldkit.gui.messages import plain
from fieldkit.gui.ops import capture as ops
from fieldkit.gui.pages.base import ElidedComboBox, Page, SourceTroubles, big_button
from fieldkit.gui.scaledpicture import ScaledPicture
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Item
from fieldkit.sources.base import ScanSettings

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1  # the device list's entries: the device id (UserRole) and its source


class ScannerPage(Page):
    stored = Signal(object)
    devices_listed = Signal(int)

    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 choose_item: Callable[[], object] | None = None) -> None:  # fmt: skip
        """``choose_item``: go to where an item is chosen (the Evidence page)."""
        super().__init__(executor)
        self.current_item = current_item
        self._has_devices = False
        self._scanning: Item | None = None  # the item a scan in progress goes to
        self.banner = ItemBanner(current_item, choose_item)
        self.banner.target_changed.connect(lambda _: self._set_enabled(self._has_devices))
        self.device = ElidedComboBox()
        refresh = big_button(self.tr("Look for scanners"))
        refresh.setIcon(icon("magnify"))
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
        for box in (self.device, self.resolution, self.mode, self.source):
            box.setMinimumHeight(40)
        self.preview_button = big_button(self.tr("Preview"))
        self.preview_button.setIcon(icon("eye"))
        self.preview_button.clicked.connect(self.preview)
        self.scan_button = big_button(self.tr("Scan into the current item"))
        self.scan_button.setIcon(icon("scanner"))
        self.scan_button.clicked.connect(self.scan)
        self.troubles = SourceTroubles()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.picture = ScaledPicture()
        row = QHBoxLayout()
        row.addWidget(self.device, 1)
        row.addWidget(refresh)
        form = QFormLayout()
        form.addRow(self.tr("Scanner"), row)
        form.addRow("", self.troubles)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Colour"), self.mode)
        form.addRow(self.tr("Source"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.scan_button, 1)
        side = QWidget()
        controls = QVBoxLayout(side)
        controls.addLayout(form)
        controls.addLayout(buttons)
        controls.addWidget(self.state)
        controls.addStretch(1)
        scroll = QScrollArea()  # the settings scroll on a short screen; the picture takes what is left
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addWidget(self.picture, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self._set_enabled(False)
        self.refresh_devices()

    def _set_enabled(self, enabled: bool) -> None:
        """Preview needs a scanner; Scan also needs an item to scan into, and no scan running."""
        usable = enabled and self.is_unlocked
        item = self.banner.item
        self.preview_button.setEnabled(usable and self._scanning is None)
        self.scan_button.setEnabled(usable and item is not None and self._scanning is None)
        self.scan_button.setText(self.tr("Scan into {}").format(ltr(item.tag)) if item is not None
                                 else self.tr("Scan (choose an item first)"))  # fmt: skip

    def shown(self) -> None:
        self.banner.follow()

    def start(self) -> None:
        self._set_enabled(self._has_devices)

    def clear(self) -> None:
        """Locked: the last preview or scanned page is evidence, so it goes; nothing can be scanned until unlocked."""
        self.picture.clear()
        self.state.clear()
        self._set_enabled(False)

    def refresh_devices(self) -> None:
        self.state.setText(self.tr("Looking for scanners…"))

        def listed(survey: ops.DeviceSurvey) -> None:
            chosen = self._chosen()
            self.device.clear()
            for device in survey.devices:
                self.device.addItem(f"{device.label} ({device.id})", device.id)
                self.device.setItemData(self.device.count() - 1, device.source, SOURCE_ROLE)
                if chosen == (device.source, device.id):  # looking again keeps the scanner chosen
                    self.device.setCurrentIndex(self.device.count() - 1)
            self.troubles.show_troubles(survey.troubles)
            self._has_devices = bool(survey.devices)
            self._set_enabled(self._has_devices)
            self.state.setText("" if survey.devices else self.tr("No scanner found. Connect one and switch it on."))
            self.devices_listed.emit(len(survey.devices))

        self.executor.submit(ops.source_devices("document"), listed, self._failed)

    def _chosen(self) -> tuple[str, str] | None:
        """The chosen device's source and id."""
        device, source = self.device.currentData(), self.device.currentData(SOURCE_ROLE)
        return (source, device) if device and source else None

    def preview(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return

        def show(png: bytes) -> None:
            image = QImage()
            if image.loadFromData(png):
                self.picture.set_picture(QPixmap.fromImage(image))
            self.state.setText(self.tr("Preview (not stored)."))

        self.executor.submit(ops.scan_preview(*chosen), show, self._failed)

    def scan(self) -> None:
        """Scan into the item selected now: bound here, and every later step uses that item, whatever the operator
        selects while the scanner runs."""
        item = self.banner.follow()
        chosen = self._chosen()
        if item is None:
            self.state.setText(self.tr("Select or create an item first."))
            return
        if chosen is None or self._scanning is not None:
            return
        self._scanning = item
        self._set_enabled(False)
        tag = ltr(item.tag)
        self.state.setText(self.tr("Scanning into {}…").format(tag))
        self.banner.begin("scan", self.tr("Scanning into {}…").format(tag))

        def scanned(pages: object) -> None:
            self.banner.step("scan", 0, 0, self.tr("Scanning into {}: page {} scanned…").format(tag, pages))
            self.state.setText(self.tr("Scanned page {}…").format(pages))

        def done(result: tuple[int, bool, int]) -> None:
            self._scan_over()
            capture_id, _new, pages = result
            self.state.setText(
                plural(self.tr("Stored %n page(s) as capture #{} in {}", "", pages), pages).format(capture_id, tag)
            )
            self.notify(plural(self.tr("%n scanned page(s) added to {}", "", pages), pages).format(tag))
            self.stored.emit(result)

        def failed(error: FieldkitError) -> None:
            self._scan_over()
            self._failed(error)

        settings = ScanSettings(self.resolution.value(), self.mode.currentData(), self.source.currentData())
        job = ops.scan_into(item, *chosen, settings)
        self.executor.submit(job, done, failed, scanned)

    def _scan_over(self) -> None:
        self._scanning = None
        self.banner.end("scan")
        self._set_enabled(self._has_devices)

    def _failed(self, error: FieldkitError) -> None:
        self._set_enabled(self._has_devices)
        message, fix = plain(error)  # the window's words: never the command line's, never a vague fallback
        self.state.setText(message + (f"\n{fix}" if fix else ""))
