"""Starting the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldkit import __version__
from fieldkit.gui.mainwindow import MainWindow
from fieldkit.gui.tasks import StoreExecutor, report_bug

# In a PyInstaller build the resources sit beside the program (sys._MEIPASS); in a checkout, at the top level.
RESOURCES = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent.parent)) / "resources"


def display_available() -> bool:
    on_x11_or_wayland = sys.platform.startswith(("linux", "freebsd"))
    if os.environ.get("QT_QPA_PLATFORM") or not on_x11_or_wayland:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def install_translations(app: QApplication, language: str | None = None) -> None:
    """Load fieldkit's and Qt's translations for the language; Arabic turns the layout right-to-left."""
    locale = QLocale(language) if language else QLocale.system()
    for name, folder in (("fieldkit", RESOURCES / "translations"),
                         ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):  # fmt: skip
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
    right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    if right_to_left:
        # An Arabic Naskh face where one is installed (bootstrap installs Amiri); Qt falls back glyph by glyph.
        from PySide6.QtGui import QFont, QFontDatabase

        families = set(QFontDatabase.families())
        chosen = next((f for f in ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic") if f in families), None)
        if chosen:
            font = QFont(chosen)
            font.setPointSize(max(app.font().pointSize(), 11))
            app.setFont(font)


def run(store_dir: Path, language: str | None = None, hq_folder: Path | None = None) -> int:
    # An uncaught error in a slot prints where it happened, not its message (which may quote evidence bytes).
    sys.excepthook = lambda kind, value, tb: report_bug(value)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldkit")
    app.setApplicationVersion(__version__)
    from PySide6.QtCore import QSettings

    saved = QSettings("fieldkit", "fieldkit").value("language")
    install_translations(app, language or (str(saved) if saved else None))
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
    import secrets
    import shutil
    import tempfile

    from PySide6.QtCore import QEventLoop, QTimer

    from fieldkit.config import TEST_KDF
    from fieldkit.store.store import Store

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
        window.refreshed.connect(loop.quit)
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
