"""The HQ window (``fieldkit gui --hq [DIR]``): headquarters' own window on an HQ folder, without the device's
chrome (no capture toolbar, no capture, bundle or outbox pages, no store to unlock: HQ's folder is not a device
store). It holds the Verify page, where bundles are checked, quarantined or ingested, and the HQ status page (devices,
alarms, quarantine: what `fieldkit hq status` and `hq quarantine` say), read again after each verification and
ingest.

The folder: the one given, else the one used last (kept in QSettings), else the window asks for it, saying what
it is for. The window's title names the folder it works on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.gui.icons import icon, tab_icon
from fieldkit.gui.labels import ltr
from fieldkit.gui.pages.base import Page
from fieldkit.gui.pages.hqstatus import HqStatusPage
from fieldkit.gui.pages.verify import VerifyPage
from fieldkit.gui.tasks import StoreExecutor

LAST_FOLDER = "hq/folder"  # the QSettings key of the HQ folder used last
FIRST_SIZE = (1600, 1000)  # layout pixels: the most the window opens at on a big screen
TITLE_BAR = 32  # layout pixels a window manager's title bar takes above the window
HQ_MARKER = "hq.json"  # what makes a folder an HQ folder (fieldkit.hq.trust.HQ_JSON)


def settings() -> QSettings:
    """Where the window keeps the folder used last (tests replace this)."""
    return QSettings("fieldkit", "fieldkit")


def is_hq_folder(folder: Path) -> bool:
    return (folder / HQ_MARKER).is_file()


def window_size(widget: QWidget) -> tuple[int, int]:
    """The window's first size: the screen's free area (a laptop's 1366x768 whole, less a title bar), up to
    FIRST_SIZE: the status tables read best with every pixel a small screen has."""
    free = widget.screen().availableGeometry()
    return min(FIRST_SIZE[0], free.width()), min(FIRST_SIZE[1], free.height() - TITLE_BAR)


class HqWindow(QMainWindow):
    folder_changed = Signal(object)  # Path

    def __init__(self, executor: StoreExecutor, hq_folder: Path | None = None) -> None:
        super().__init__()
        self.executor = executor
        self.folder: Path | None = None
        self.message_box: QMessageBox | None = None  # the last message shown (tests read it)
        self._given = hq_folder
        self.setWindowTitle(self.tr("fieldkit HQ"))
        self.resize(*window_size(self))
        self.verify_page = VerifyPage(executor)
        self.verify_page.folder_row.hide()  # the window owns the folder (its title, "Change HQ folder…")
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.verify_page, tab_icon("shield-check"), self.tr("Verify and ingest"))
        self.status_page = HqStatusPage(executor)
        self.pages.addTab(self.status_page, tab_icon("clipboard-pulse-outline"), self.tr("HQ status"))
        # A verification (a refused bundle joins quarantine) or an ingest (archived, alarms) changes what HQ holds.
        self.verify_page.verified.connect(lambda _report: self.status_page.reload())
        self.verify_page.ingested.connect(lambda _result: self.status_page.reload())
        self.verify_page.decided.connect(lambda _candidate: self.status_page.reload())
        for page in self.all_pages():
            page.error_raised.connect(self.show_error)
            page.succeeded.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            page.status_message.connect(self.statusBar().showMessage)
        self.setCentralWidget(self.pages)
        self.folder_label = QLabel()
        self.change_button = QPushButton(self.tr("Change HQ folder…"))
        self.change_button.setIcon(icon("folder-open"))
        self.change_button.setMinimumHeight(40)
        self.change_button.clicked.connect(lambda: self.choose_folder())
        self.statusBar().addPermanentWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.change_button)
        self._show_folder()

    def all_pages(self) -> list[Page]:
        return [self.verify_page, self.status_page]

    def start(self) -> QFileDialog | None:
        """Open on the folder given, else the one used last; else ask for one (returned, tests drive it)."""
        if self._given is not None:
            if self.set_folder(self._given):
                return None
            return self.choose_folder()
        last = settings().value(LAST_FOLDER)
        if last and is_hq_folder(Path(str(last))):
            self.set_folder(Path(str(last)))
            return None
        return self.choose_folder()

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr(
            "Choose the HQ folder: it holds HQ's key, which opens the bundles devices send, and the list of "
            "enrolled devices"))  # fmt: skip
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.folder is not None:
            dialog.setDirectory(str(self.folder))
        dialog.fileSelected.connect(lambda name: self.set_folder(Path(name)))
        dialog.open()
        return dialog

    def set_folder(self, folder: Path) -> bool:
        """Work on ``folder`` if it is an HQ folder (and remember it for next time); else say so and keep the
        folder the window had."""
        folder = folder.expanduser().absolute()
        if not is_hq_folder(folder):
            self.show_message(
                self.tr("{} is not an HQ folder.").format(ltr(folder)),
                self.tr("Choose the folder made when HQ was set up: it holds hq.json and HQ's key."),
            )
            return False
        self.folder = folder
        self.verify_page.set_hq_folder(folder)
        self.status_page.set_hq_folder(folder)
        settings().setValue(LAST_FOLDER, str(folder))
        self._show_folder()
        self.folder_changed.emit(folder)
        return True

    def _show_folder(self) -> None:
        if self.folder is None:
            self.setWindowTitle(self.tr("fieldkit HQ"))
            self.folder_label.setText(self.tr("No HQ folder chosen yet: bundles cannot be opened without it."))
        else:
            self.setWindowTitle(self.tr("fieldkit HQ — {}").format(ltr(self.folder)))
            self.folder_label.setText(self.tr("HQ folder: {}").format(ltr(self.folder)))

    def show_error(self, error: FieldkitError) -> None:
        """An error the person at HQ acknowledges (not a status-bar line that fades). Only its message: the fixes
        of fieldkit's errors are written for the command line."""
        self.show_message(error.message)

    def show_message(self, text: str, what_to_do: str = "") -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("fieldkit HQ"), text, parent=self)
        if what_to_do:
            box.setInformativeText(what_to_do)
        box.open()
        self.message_box = box
        return box


def open_window(executor: StoreExecutor, hq_folder: Path | None) -> HqWindow:
    window = HqWindow(executor, hq_folder)
    window.show()
    window.start()
    return window


def run(app: QApplication, hq_folder: Path | None) -> int:
    """Show the HQ window until it is closed (``fieldkit gui --hq [DIR]``)."""
    executor = StoreExecutor()
    try:
        window = open_window(executor, hq_folder)
        code = app.exec()
        window.deleteLater()
        return code
    finally:
        executor.shutdown()


__all__ = ["HqWindow", "open_window", "run"]
