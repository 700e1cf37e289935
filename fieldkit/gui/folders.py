"""Where each file chooser starts: the folder used last for the same purpose (importing photos, saving the device
key, opening a bundle...), kept in the window's own preferences (QSettings), else the home folder.

Only folders are kept, never a file's name (a file name can tell what the evidence is), and nothing is logged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldkit import media_types
from fieldkit.gui.theme import settings

_KEY = "folders/{}"


def last_folder(purpose: str) -> str:
    """The folder used last for ``purpose`` if it is still there, else the home folder."""
    kept = settings().value(_KEY.format(purpose))
    if isinstance(kept, str) and kept and Path(kept).is_dir():
        return kept
    return str(Path.home())


def remember(purpose: str, chosen: str | Path, *, is_folder: bool = False) -> None:
    """Keep the folder of ``chosen`` (a file; or the folder itself, ``is_folder``) for the next chooser of
    ``purpose``."""
    if not str(chosen):
        return
    path = Path(chosen)
    folder = path if is_folder else path.parent
    settings().setValue(_KEY.format(purpose), str(folder))


def start_in(dialog: QFileDialog, purpose: str) -> QFileDialog:
    """Open ``dialog`` in the folder used last for ``purpose``, and keep the folder of what is chosen in it."""
    dialog.setDirectory(last_folder(purpose))
    folders = dialog.fileMode() == QFileDialog.FileMode.Directory
    dialog.filesSelected.connect(lambda names: remember(purpose, names[0], is_folder=folders) if names else None)
    return dialog


def image_filter() -> str:
    """The file chooser's filter for a photo of a tag: the image types the tag reader takes, then all files."""
    patterns = media_types.file_patterns(media_types.TAG_PHOTOS)
    return (
        QCoreApplication.translate("Folders", "Images ({})").format(patterns)
        + ";;"
        + QCoreApplication.translate("Folders", "All files (*)")
    )


def choose_open_file(parent: QWidget | None, purpose: str, title: str, filters: str = "") -> str:
    """An existing file, the chooser starting where the last one for ``purpose`` ended ("" if cancelled)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, last_folder(purpose), filters)
    if name:
        remember(purpose, name)
    return name


def choose_folder(parent: QWidget | None, purpose: str, title: str) -> str:
    """A folder, the chooser starting in the one chosen last for ``purpose`` ("" if cancelled)."""
    name = QFileDialog.getExistingDirectory(parent, title, last_folder(purpose))
    if name:
        remember(purpose, name, is_folder=True)
    return name


def choose_save_file(parent: QWidget | None, purpose: str, title: str, file_name: str, filters: str = "") -> str:
    """Where to save ``file_name``, the chooser starting in the folder used last for ``purpose``."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(last_folder(purpose)) / file_name), filters)
    if name:
        remember(purpose, name)
    return name
