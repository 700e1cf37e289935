"""Starting the desktop application."""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from fieldkit import __version__
from fieldkit.config import TEST_KDF
from fieldkit.gui import hqwindow
from fieldkit.gui.i18n import install_translations
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.tasks import StoreExecutor, report_bug
from fieldkit.gui.theme import apply_theme, saved_appearance, settings
from fieldkit.gui.wheel import install_wheel_guard
from fieldkit.store.store import Store


def display_available() -> bool:
    on_x11_or_wayland = sys.platform.startswith(("linux", "freebsd"))
    if os.environ.get("QT_QPA_PLATFORM") or not on_x11_or_wayland:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(store_dir: Path, language: str | None = None, hq_folder: Path | None = None, *, hq: bool = False) -> int:
    # An uncaught error in a slot prints where it happened, not its message (which may quote evidence bytes).
    sys.excepthook = lambda kind, value, tb: report_bug(value)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldkit")
    app.setApplicationVersion(__version__)
    saved = settings().value("language")
    install_translations(app, language or (str(saved) if saved else None))
    apply_theme(app, *saved_appearance())
    install_wheel_guard()  # every window: the wheel scrolls pages, not an unfocused combo or spin box
    if hq or hq_folder is not None:  # headquarters: a window of its own, no device store (gui/hqwindow.py)
        return hqwindow.run(app, hq_folder)
    executor = StoreExecutor()
    window = MainWindow(executor, store_dir, hq_folder=hq_folder)
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        executor.shutdown()


def self_test() -> int:
    """Open a throwaway store, show the main window (offscreen if there is no display), and report.

    Used to smoke-test a packaged build: exit 0 only if the window came up unlocked with the store's data.
    """
    if not display_available():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="fieldkit-self-test-"))
    passphrase = secrets.token_urlsafe(16)
    executor = None
    try:
        # Cheap key derivation: the store is thrown away seconds later.
        Store.init(folder / "store", "self-test", passphrase, kdf=TEST_KDF).close()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        install_translations(app, "en")
        executor = StoreExecutor()
        window = MainWindow(executor, folder / "store")
        window.show()
        dialog = window.start()
        loop = QEventLoop()
        window.evidence_page.refreshed.connect(loop.quit)
        QTimer.singleShot(20_000, loop.quit)
        dialog.passphrase.setText(passphrase)  # type: ignore[union-attr]
        dialog.submit()  # type: ignore[union-attr]
        loop.exec()
        ok = window.is_unlocked and window.operator == "self-test"
        print(f"fieldkit {__version__} self-test: {'ok' if ok else 'FAILED'} (Qt platform {app.platformName()})")
        return 0 if ok else 1
    finally:
        if executor is not None:
            executor.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
