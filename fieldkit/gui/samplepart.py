"""The item card's Samples part: the physical samples taken from the item shown (DNA swabs, hair, blood...), each with
its id on the tag, type, state and holder in plain words, seal and manifest; a sample not sealed yet stands out in the
theme's warning colour and says so in words. Under the list: Add sample (Alt+S, in every language) and the steps of
the selected sample (Seal, Hand over, Shipped, Received, Link photo, Custody), each a dialog bound to the item and the
sample it was opened for (sampledialogs.py) that runs one op on the store thread; and Save manifest (after shipping,
or on a shipped sample), which writes the shipment's printable manifest to a private file the operator chooses. Each
step has an Alt letter from its words, free of the card's others (``card_letters``); where the words give none (Arabic)
a Latin one, said on the button (``FALLBACK_KEYS``).

The list reads the store again whenever an op says samples (or the item's captures, or the operators) changed
(``Changes.SAMPLES``, from the executor's ``changed`` signal), and when the card shows another item; an answer for
an item no longer shown is dropped.
"""

from __future__ import annotations

import contextlib
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui.buttongrid import ButtonGrid
from fieldkit.gui.icons import icon
from fieldkit.gui.labels import CARD_KEYS, category_texts, ltr, mnemonic_of, with_mnemonics
from fieldkit.gui.ops import Changes
from fieldkit.gui.ops import samples as ops
from fieldkit.gui.sampledialogs import (
    AddSampleDialog,
    HandOverDialog,
    LinkPhotoDialog,
    ReceiveDialog,
    SampleDialog,
    SealDialog,
    ShipDialog,
    StepsDialog,
    holder_words,
    sample_name,
    shippable,
    state_label,
    title_text,
    unsealed,
)
from fieldkit.gui.tasks import StoreExecutor
from fieldkit.gui.theme import colour, relative_font, tint, touch
from fieldkit.models import Item
from fieldkit.store.samples import SampleRow, ShipmentRow

ADD_KEY = "Alt+S"  # the same in every language (labels.CARD_KEYS keeps the words' mnemonics off it)
# The steps' Alt letters where their words give none (a script whose letters join): ship, seal, hand over, receive,
# link photo, custody, save manifest. Never a letter of CARD_KEYS; the categories then take no letter (Arabic).
FALLBACK_KEYS = "TAHRLCV"
SampleRole = Qt.ItemDataRole.UserRole
ROWS_SHOWN = 4  # the list's height at most; more samples scroll inside it
WATCHED = Changes.SAMPLES | Changes.CAPTURES | Changes.OPERATORS | Changes.ITEMS
D = TypeVar("D", bound=SampleDialog)


def card_letters() -> str:
    """The Alt letters the rest of the window takes while the card shows, in its language: the card's own (Add
    sample), the categories' mnemonics and the File menu's."""
    taken = [mnemonic_of(text) for text in category_texts()]
    taken.append(mnemonic_of(QCoreApplication.translate("MainWindow", "&File")))
    return CARD_KEYS + "".join(taken)


def action_texts(texts: list[str]) -> list[str]:
    """The sample steps' button texts with Alt letters free in the card (``card_letters``)."""
    return with_mnemonics(texts, reserved=card_letters())


assert not set(FALLBACK_KEYS.casefold()) & set(CARD_KEYS.casefold())


class SamplesPart(QWidget):
    """The Samples part of the item card."""

    error_raised = Signal(object)  # a FieldkitError reading the samples (the page shows it until acknowledged)
    succeeded = Signal(str)  # a step recorded: "DNA-000123 sealed"

    def __init__(self, executor: StoreExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.item: Item | None = None
        self.data: ops.ItemSamples | None = None
        self.dialog: QWidget | None = None  # the dialog open now (tests drive it)
        self._loads = 0
        self._select_later = ""  # the sample a step was just recorded for: selected once the list shows it

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        relative_font(self.heading, 1.0, bold=True)
        self.marker = QLabel()
        self.marker.setWordWrap(True)
        self.marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.marker, 1)

        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu_at)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _: self.show_steps())  # Enter or a double click: the custody steps
        relative_font(self.list, 1.1)
        self.list.viewport().installEventFilter(self)  # a new width wraps the rows again: the height follows
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        tint(self.empty, "muted")

        self.add_button = self._button("test-tube", self.add_sample)
        self.seal_button = self._button("seal", self.seal)
        self.hand_button = self._button("account-arrow-right", self.hand_over)
        self.ship_button = self._button("truck-delivery", self.ship)
        self.receive_button = self._button("package-variant-closed-check", self.receive)
        self.link_button = self._button("link-variant", self.link_photo)
        self.steps_button = self._button("history", self.show_steps)
        self.manifest_button = self._button("printer", self.save_manifest)
        # The steps in the order their Alt letters are given (the first takes the first free letter of its words).
        self.keyed = (self.ship_button, self.seal_button, self.hand_button, self.receive_button, self.link_button,
                      self.steps_button, self.manifest_button)  # fmt: skip
        self.fallback_keys: dict[QPushButton, QShortcut] = {}  # Alt+Latin letter where the words give none (Arabic)
        for button in self.keyed:
            shortcut = QShortcut(self)
            shortcut.activated.connect(lambda button=button: button.click() if button.isVisible() and
                                       button.isEnabled() else None)  # fmt: skip
            self.fallback_keys[button] = shortcut
        self.step_buttons = ButtonGrid((self.seal_button, self.hand_button, self.ship_button, self.receive_button,
                                   self.link_button, self.steps_button, self.manifest_button), 4)  # fmt: skip
        self.shipment: ShipmentRow | None = None  # the shipment just recorded here: its manifest may be saved
        self.add_shortcut = QShortcut(QKeySequence(ADD_KEY), self)
        self.add_shortcut.activated.connect(
            lambda: self.add_sample() if self.add_button.isVisible() and self.add_button.isEnabled() else None
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(ButtonGrid((self.add_button,), 1))
        layout.addWidget(self.step_buttons)
        QWidget.setTabOrder(self.list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.seal_button)
        executor.changed.connect(self._store_changed)
        self.retranslate()
        self.show_item(None)

    def _button(self, icon_name: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), "")
        touch(button)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    def retranslate(self) -> None:
        key = QKeySequence(ADD_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setText(self.tr("Add sample ({})").format(key))
        self.add_button.setToolTip(self.tr("Record a sample taken from this item: swab, touch DNA, hair… ({})")
                                   .format(key))  # fmt: skip
        words = {
            self.ship_button: self.tr("Shipped…"),
            self.seal_button: self.tr("Seal…"),
            self.hand_button: self.tr("Hand over…"),
            self.receive_button: self.tr("Received…"),
            self.link_button: self.tr("Link photo…"),
            self.steps_button: self.tr("Custody…"),
            self.manifest_button: self.tr("Save manifest…"),
        }
        tips = {
            self.ship_button: self.tr("Sealed samples of this case under one manifest number"),
            self.steps_button: self.tr("Every step of the selected sample (Enter in the list)"),
            self.manifest_button: self.tr("The shipping manifest as a page to print on A4"),
        }
        for button, text, letter in zip(self.keyed, action_texts([words[b] for b in self.keyed]), FALLBACK_KEYS,
                                        strict=True):  # fmt: skip
            shortcut = self.fallback_keys[button]
            tip = tips.get(button, "")
            if mnemonic_of(text):
                shortcut.setKey(QKeySequence())
            else:  # a script whose letters join (Arabic): a Latin letter, said on the button
                keys = QKeySequence(f"Alt+{letter}")
                shortcut.setKey(keys)
                text = f"{text} ({ltr(keys.toString(QKeySequence.SequenceFormat.NativeText))})"
            button.setText(text)
            button.setToolTip(tip)
        self.empty.setText(self.tr("No sample recorded for this item. Press {} to add one.").format(key))

    # --- what is shown ----------------------------------------------------------------------------------------------

    def show_item(self, item: Item | None) -> None:
        """Show ``item``'s samples (None: none). The same item again keeps the list until the store answers."""
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        if not same:
            self.data = None
            self.shipment = None  # recorded for the item shown before
            self._fill([])
            self.marker.setText("")
        self.add_button.setEnabled(item is not None)
        if item is not None and not same:
            self.reload()

    def clear(self) -> None:
        """On lock: close the dialog open (nothing of it is applied) and drop everything shown."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            if dialog.isVisible():
                dialog.close()
            dialog.deleteLater()
        self.item = None
        self.data = None
        self.shipment = None
        self._fill([])
        self.marker.setText("")
        self.add_button.setEnabled(False)

    def reload(self) -> None:
        item = self.item
        if item is None:
            return
        self._loads += 1
        number = self._loads

        def loaded(data: ops.ItemSamples) -> None:
            if self.item is None or self.item.id != data.item_id or number != self._loads:
                return  # another item is shown now, or a later read is on its way
            self.data = data
            self._fill(data.samples)
            if self._select_later:
                wanted, self._select_later = self._select_later, ""
                with contextlib.suppress(LookupError):
                    self.select(wanted)

        self.executor.submit(ops.item_samples(item), loaded, self.error_raised.emit, owner=self)

    def _store_changed(self, changes: Changes) -> None:
        if changes & WATCHED and self.item is not None and self.executor.unlocked:
            self.reload()

    def samples(self) -> list[SampleRow]:
        return list(self.data.samples) if self.data is not None else []

    def _fill(self, samples: list[SampleRow]) -> None:
        chosen = {sample.id for sample in self.selected()}
        current = self.current()
        self.heading.setText(self.tr("Samples ({})").format(len(samples)))
        self.list.blockSignals(True)
        self.list.clear()
        for sample in samples:
            row = QListWidgetItem()
            row.setData(SampleRole, sample)
            self._paint(row, sample)
            self.list.addItem(row)
            if sample.id in chosen:
                row.setSelected(True)
            if current is not None and sample.id == current.id:
                self.list.setCurrentItem(row, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list.blockSignals(False)
        if samples and self.list.currentRow() < 0:
            self.list.setCurrentRow(len(samples) - 1)  # the newest: what the operator just added
        self.list.setVisible(bool(samples))
        self.empty.setVisible(not samples and self.item is not None)
        self._fit_list()
        self._update_buttons()

    def _paint(self, row: QListWidgetItem, sample: SampleRow) -> None:
        """Two lines: id, type and state (in capitals); holder, seal, manifest. Not sealed: the warning colour."""
        first = f"{sample_name(sample)}  ·  {state_label(sample)}"
        parts = [holder_words(sample)]
        parts.append(self.tr("seal {}").format(ltr(sample.seal)) if sample.seal else self.tr("no seal yet"))
        if sample.manifest:
            parts.append(self.tr("manifest {}").format(ltr(sample.manifest)))
        row.setText(f"{first}\n{'  ·  '.join(parts)}")
        row.setToolTip(row.text() + (f"\n{sample.location}" if sample.location else ""))
        warn = unsealed(sample)
        row.setIcon(icon("alert" if warn else "seal" if sample.state in ("sealed", "handed-over") else "test-tube"))
        if warn:
            row.setForeground(QColor(colour("warning")))
        font = row.font()
        font.setBold(True)
        row.setFont(font)

    def _fit_list(self) -> None:
        count = self.list.count()
        if not count:
            return
        self.list.doItemsLayout()
        heights = [self.list.sizeHintForRow(row) for row in range(min(count, ROWS_SHOWN))]
        self.list.setFixedHeight(sum(heights) + 2 * self.list.frameWidth() + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.list.viewport():
            before = cast(QResizeEvent, event).oldSize().width()
            if before != self.list.viewport().width():
                QTimer.singleShot(0, self._fit_list)  # once the list has laid its rows out at the new width
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            for index in range(self.list.count()):  # a theme change: the warning colour of the new theme
                row = self.list.item(index)
                sample = row.data(SampleRole)
                if isinstance(sample, SampleRow):
                    self._paint(row, sample)
            self._fit_list()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # --- the selection and its buttons -----------------------------------------------------------------------------

    def selected(self) -> list[SampleRow]:
        found = [row.data(SampleRole) for row in self.list.selectedItems()]
        return [sample for sample in found if isinstance(sample, SampleRow)]

    def current(self) -> SampleRow | None:
        """The one sample a step is for: the only one selected."""
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select(self, ref: str) -> None:
        """Select the sample with this id on its tag, as a click on it would."""
        for index in range(self.list.count()):
            sample = self.list.item(index).data(SampleRole)
            if isinstance(sample, SampleRow) and sample.ref == ref:
                self.list.setCurrentRow(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return
        raise LookupError(ref)

    def _update_buttons(self) -> None:
        one = self.current()
        state = one.state if one is not None else ""
        self.seal_button.setEnabled(state in ("collected", "sealed", "handed-over"))
        self.hand_button.setEnabled(state in ("collected", "sealed", "handed-over"))
        self.receive_button.setEnabled(state == "shipped")
        self.link_button.setEnabled(one is not None)
        self.steps_button.setEnabled(one is not None)
        others = self.data.case_shippable if self.data is not None else []
        self.ship_button.setEnabled(any(shippable(sample) for sample in [*self.samples(), *others]))
        self.manifest_button.setEnabled(self.manifest_wanted() is not None)
        self.step_buttons.setVisible(bool(self.samples()))

    def _menu_at(self, point: QPoint) -> None:
        """The list's menu (the Menu key or a right click): the same steps as the buttons."""
        menu = QMenu(self)
        for button in (self.seal_button, self.hand_button, self.ship_button, self.receive_button, self.link_button,
                       self.steps_button, self.manifest_button):  # fmt: skip
            action = QAction(button.icon(), button.text(), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        menu.popup(self.list.viewport().mapToGlobal(point))

    # --- the steps -----------------------------------------------------------------------------------------------

    def _open(self, dialog: D, done: str) -> D:
        """Open ``dialog``; once its op is done, say ``done`` (with the sample's id) and select the sample."""

        def applied(result: object) -> None:
            if isinstance(result, ShipmentRow):  # its manifest is to be printed now: Save manifest… is offered
                self.shipment = result
                said = self.tr("Shipment {} recorded").format(ltr(result.manifest))
                self.succeeded.emit(said)
                self.marker.setText(said + " ✓ " + self.tr("Save its manifest to print it: {}").format(
                    self.manifest_button.text().replace("&", "")))  # fmt: skip
                tint(self.marker, "ok")
                self._update_buttons()
                self.manifest_button.setFocus()
                return
            if isinstance(result, SampleRow):
                self.succeeded.emit(done.format(ltr(result.ref)))
                if self.item is not None and result.item_id == self.item.id:
                    self._select_later = result.ref
                self.marker.setText(done.format(ltr(result.ref)) + " ✓")
            else:
                self.succeeded.emit(done)
                self.marker.setText(done + " ✓")
            tint(self.marker, "ok")

        dialog.applied.connect(applied)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_sample(self) -> AddSampleDialog | None:
        """The Add sample dialog, bound to the item shown now."""
        if self.item is None or self.data is None or not self.executor.unlocked:
            return None
        dialog = AddSampleDialog(self.executor, self.item, self.data, self)
        self._open(dialog, self.tr("Sample {} recorded"))
        return dialog

    def seal(self) -> SealDialog | None:
        sample = self.current()
        if self.item is None or sample is None:
            return None
        return self._open(SealDialog(self.executor, self.item, sample, self), self.tr("{} sealed"))

    def hand_over(self) -> HandOverDialog | None:
        sample = self.current()
        if self.item is None or sample is None or self.data is None:
            return None
        dialog = HandOverDialog(self.executor, self.item, sample, self.data.operators, self)
        self._open(dialog, self.tr("{} handed over"))
        return dialog

    def ship(self) -> ShipDialog | None:
        if self.item is None:
            return None
        candidates = [sample for sample in self.samples() if shippable(sample)]
        others = [sample for sample in self.data.case_shippable if shippable(sample)] if self.data is not None else []
        if not candidates and not others:
            return None
        chosen = {sample.id for sample in self.selected() if shippable(sample)} or {s.id for s in candidates}
        dialog = ShipDialog(self.executor, self.item, candidates, chosen, self, others)
        self._open(dialog, self.tr("Shipment recorded"))
        return dialog

    def receive(self) -> ReceiveDialog | None:
        sample = self.current()
        if self.item is None or sample is None or sample.state != "shipped":
            return None
        dialog = ReceiveDialog(self.executor, self.item, sample, self)
        self._open(dialog, self.tr("{} received by the laboratory"))
        return dialog

    def link_photo(self) -> LinkPhotoDialog | None:
        sample = self.current()
        if self.item is None or sample is None or self.data is None:
            return None
        dialog = LinkPhotoDialog(self.executor, self.item, sample, self.data.captures, self)
        self._open(dialog, self.tr("Photo linked to {}"))
        return dialog

    def show_steps(self) -> StepsDialog | None:
        sample = self.current()
        if self.item is None or sample is None:
            return None
        dialog = StepsDialog(self.executor, self.item, sample, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- the shipping manifest ------------------------------------------------------------------------------------

    def manifest_wanted(self) -> ShipmentRow | None:
        """The shipment whose manifest Save manifest writes: the selected sample's, else the one just recorded from
        this item's card."""
        one = self.current()
        if one is not None and one.manifest and self.data is not None:
            found = self.data.shipments.get(one.manifest)
            if found is not None:
                return found
        return self.shipment

    def save_manifest(self, target: object = None) -> None:
        """Write the shipment's manifest (HTML, to print on A4) to a file the operator chooses; a file already there
        only once the chooser asked and they confirmed."""
        from pathlib import Path  # lazy: only when a manifest is saved

        from fieldkit.core.manifest import file_name  # lazy: the manifest's module loads the barcode writer
        from fieldkit.gui.folders import choose_save_file  # lazy: the chooser's module loads dialogs

        shipment = self.manifest_wanted()
        if shipment is None or not self.executor.unlocked:
            return
        if target is None:
            name = choose_save_file(self, "manifest", self.tr("Save the manifest of {}").format(
                title_text(shipment.manifest)), file_name(shipment), self.tr("HTML (*.html)"))  # fmt: skip
            if not name:
                return
            target = name
        path = Path(str(target))
        replace = path.exists()  # the chooser asked before returning a file that is there: confirmed
        if not path.suffix:
            path = path.with_suffix(".html")  # a name typed without it: never a file the chooser did not ask about

        def saved(done: ops.ManifestSaved) -> None:
            said = self.tr("Manifest {} saved to {}: open it in a browser and print it on A4.").format(
                ltr(done.manifest), ltr(str(done.path)))  # fmt: skip
            self.marker.setText(said)
            tint(self.marker, "ok")
            self.succeeded.emit(said)

        self.executor.submit(ops.save_manifest(shipment.manifest, path, replace), saved, self.error_raised.emit,
                             owner=self)  # fmt: skip
