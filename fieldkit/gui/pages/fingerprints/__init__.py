"""The Fingerprints page: a Ten-print tab and a Latent tab.

This module stays light so the window can name the page without loading the fingerprint libraries (~50 ms): they
load when the page is first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from fieldkit.gui.ops import Changes
from fieldkit.gui.pages.base import Page
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.models import Item

if TYPE_CHECKING:
    from fieldkit.gui.pages.fingerprints.latent import LatentPage
    from fieldkit.gui.pages.fingerprints.tenprint import TenprintPage


class FingerprintsPage(Page):
    def __init__(self, executor: StoreExecutor, current_item: Callable[[], Item | None],
                 case_names: Callable[[], list[str]],
                 choose_item: Callable[[], object] | None = None) -> None:  # fmt: skip
        from fieldkit.gui.pages.fingerprints.latent import LatentPage  # lazy: the fingerprint libraries, ~50 ms
        from fieldkit.gui.pages.fingerprints.tenprint import TenprintPage  # lazy: as above

        super().__init__(executor)
        self.tenprint: TenprintPage = TenprintPage(executor, current_item, case_names)
        self.latent: LatentPage = LatentPage(executor, current_item, choose_item)
        self.tenprint.succeeded.connect(self.notify)
        self.latent.succeeded.connect(self.notify)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tenprint, self.tr("Ten-print"))
        self.tabs.addTab(self.latent, self.tr("Latent"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def start(self) -> None:
        """After an unlock (or made while unlocked): the subjects read again (the one chosen before a lock is chosen
        again by ``restore``)."""
        self.tenprint.refresh()

    def shown(self) -> None:
        """Subjects, devices and the current item are read again each time the page is shown."""
        if self.is_unlocked:
            self.tenprint.refresh()
            self.latent.update_measure()

    def refresh(self, changes: Changes) -> None:
        if changes & Changes.ITEMS and self.isVisible():  # a subject made or renamed elsewhere
            self.tenprint.refresh()

    def take_prints_for(self, item: Item | None) -> None:
        """The item card's Prints: the ten-print screen for this item; a person item is the subject (its subject
        record made on it if it has none), never a second record of the same person."""
        self.tabs.setCurrentWidget(self.tenprint)
        if item is not None and self.is_unlocked:
            self.tenprint.refresh(item=item)

    def place(self) -> dict[str, object]:
        subject = self.tenprint.subject
        return {"subject_item_id": subject.item.id if subject is not None else None,
                "finger": self.tenprint.selected, "inner_tab": self.tabs.currentIndex()}  # fmt: skip

    def restore(self, place: dict[str, object]) -> None:
        tab = place.get("inner_tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        finger = place.get("finger")
        if isinstance(finger, int) and finger in self.tenprint.boxes:
            self.tenprint.select(finger)
        item_id = place.get("subject_item_id")
        if isinstance(item_id, int):
            self.tenprint.restore_item_id = item_id
            self.tenprint.refresh()

    def clear(self) -> None:
        """On lock: drop every decrypted print image and the latent photo from memory."""
        self.tenprint.clear()
        self.latent.clear()
