"""Words the window shows for the store's codes (item categories, capture kinds), translated at the moment they are
shown, so that a language change applies to them at once."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from fieldkit.biometrics import codes
from fieldkit.models import ITEM_CATEGORIES, Item

# Alt+letter keys of the item card that are the same in every language (the Samples part's Add sample): the
# mnemonics made from the translated words (categories, the sample actions) never take them.
CARD_KEYS = "S"


def category_label(code: str) -> str:
    """The item category ``code`` (models.ITEM_CATEGORIES) in the window's language."""
    words = {
        "document": QCoreApplication.translate("Category", "Document"),
        "phone": QCoreApplication.translate("Category", "Phone"),
        "id-card": QCoreApplication.translate("Category", "ID card"),
        "weapon": QCoreApplication.translate("Category", "Weapon"),
        "media": QCoreApplication.translate("Category", "Media"),
        "person": QCoreApplication.translate("Category", "Person"),
        "other": QCoreApplication.translate("Category", "Other"),
    }
    return words.get(code, code)


def kind_label(kind: str) -> str:
    """A capture kind (photo, document, fingerprint, media, file) in the window's language."""
    words = {
        "photo": QCoreApplication.translate("Kind", "Photo"),
        "document": QCoreApplication.translate("Kind", "Document"),
        "fingerprint": QCoreApplication.translate("Kind", "Fingerprint"),
        "media": QCoreApplication.translate("Kind", "Audio or video"),
        "file": QCoreApplication.translate("Kind", "File"),
    }
    return words.get(kind, kind)


assert set(ITEM_CATEGORIES) <= {"document", "phone", "id-card", "weapon", "media", "person", "other"}


def ltr(text: object) -> str:
    """``text`` (a path, a hash, a number, a tag) isolated left-to-right, so that it reads correctly inside a
    right-to-left (Arabic) sentence: Unicode's LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE."""
    return f"\u2066{text}\u2069"


def keep_left_to_right(*widgets: QWidget) -> None:
    """Lay out ``widgets`` (fields for a date and time, coordinates, a hash, a path, a tag) left to right even in a
    right-to-left (Arabic) window: else a time reads "05:44:04 12-03-2026", its digit groups reversed."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def plural(text: str, n: int) -> str:
    """``text`` from ``tr("%n capture(s) …", "", n)`` (Qt has put the number in, and a translation its own plural
    form for ``n``), with any "(s)" left (English, the source language, has no translation file) made right:
    "1 capture", "2 captures". Write such texts so that only nouns take the "(s)"."""
    return text.replace("(s)", "" if n == 1 else "s")


def _joins(char: str) -> bool:
    """A letter of a script whose letters join their neighbours (Arabic, Syriac, N'Ko...)."""
    return unicodedata.bidirectional(char) == "AL"


def with_mnemonics(texts: list[str], reserved: str = "") -> list[str]:
    """``texts`` (button labels already translated) with an "&" before a letter unique among them, the first one
    free in each (Alt+that letter presses the button): Document, Phone, ID card... -> &Document, &Phone, &ID card.
    Made from the translated words, so every language gets its own letters without translators placing them; a
    text with no free letter gets none. An "&" already in a text is kept literal ("&&"). A letter of a script whose
    letters join (Arabic) never takes it: Qt draws the underlined letter apart, which breaks the word's shape even
    at its first letter (بـطاقة); those buttons are pressed with Alt+their number instead (``CategoryButtons``).
    ``reserved``: letters that Alt+ presses elsewhere in the same window, in every language (never given)."""
    used: set[str] = set(reserved.casefold())
    marked = []
    for text in texts:
        plain = text.replace("&", "&&")
        index = next((i for i, char in enumerate(plain) if char.isalnum() and char.casefold() not in used
                      and (i == 0 or plain[i - 1] != "&")
                      and not _joins(char)), None)  # fmt: skip
        if index is None:
            marked.append(plain)
            continue
        used.add(plain[index].casefold())
        marked.append(f"{plain[:index]}&{plain[index:]}")
    return marked


def mnemonic_of(text: str) -> str:
    """The letter Alt+ presses in a text marked by ``with_mnemonics`` (or a translator): the one after a lone "&",
    casefolded; "" if none."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2
    return ""


def category_texts() -> list[str]:
    """The item categories' button texts with their mnemonics, in the window's language (the card, the New item
    dialog)."""
    return with_mnemonics([category_label(code) for code in ITEM_CATEGORIES], reserved=CARD_KEYS)


# Decision: the store requires a category (one of ITEM_CATEGORIES), so an item made before anyone chose one is
# stored as "other"; the window remembers, by the item's uuid and for as long as it runs, that nobody chose it, and
# shows "not chosen yet" (no button pressed on the card) until a category button is pressed. After a restart such an
# item reads "Other", as stored.
_UNCHOSEN: set[str] = set()


def set_category_chosen(item_uuid: str, chosen: bool) -> None:
    """Remember whether the category of the item ``item_uuid`` was chosen by someone (False: made without one)."""
    if chosen:
        _UNCHOSEN.discard(item_uuid)
    else:
        _UNCHOSEN.add(item_uuid)


def category_chosen(item: Item) -> bool:
    """False for an item made without a category in this run of the window, until one is chosen."""
    return not (item.uuid in _UNCHOSEN and item.category == "other")


def item_category_label(item: Item) -> str:
    """The item's category in the window's language, or "not chosen yet" (see ``category_chosen``)."""
    if not category_chosen(item):
        return QCoreApplication.translate("Category", "category not chosen yet")
    return category_label(item.category)


def finger_name(code: int) -> str:
    """FGP names for the screen, translated (literal strings so lupdate finds them)."""
    names = {
        0: QCoreApplication.translate("Fingers", "unknown finger"),
        1: QCoreApplication.translate("Fingers", "right thumb"),
        2: QCoreApplication.translate("Fingers", "right index"),
        3: QCoreApplication.translate("Fingers", "right middle"),
        4: QCoreApplication.translate("Fingers", "right ring"),
        5: QCoreApplication.translate("Fingers", "right little"),
        6: QCoreApplication.translate("Fingers", "left thumb"),
        7: QCoreApplication.translate("Fingers", "left index"),
        8: QCoreApplication.translate("Fingers", "left middle"),
        9: QCoreApplication.translate("Fingers", "left ring"),
        10: QCoreApplication.translate("Fingers", "left little"),
        11: QCoreApplication.translate("Fingers", "plain right thumb"),
        12: QCoreApplication.translate("Fingers", "plain left thumb"),
        13: QCoreApplication.translate("Fingers", "right four fingers (slap)"),
        14: QCoreApplication.translate("Fingers", "left four fingers (slap)"),
        15: QCoreApplication.translate("Fingers", "both thumbs"),
    }
    return names.get(code, codes.FINGER_NAMES.get(code, str(code)))


def impression_name(code: int) -> str:
    """IMP names for the screen, translated."""
    names = {
        0: QCoreApplication.translate("Fingers", "live-scan plain"),
        1: QCoreApplication.translate("Fingers", "live-scan rolled"),
        2: QCoreApplication.translate("Fingers", "non-live-scan plain"),
        3: QCoreApplication.translate("Fingers", "non-live-scan rolled"),
        4: QCoreApplication.translate("Fingers", "latent impression"),
        5: QCoreApplication.translate("Fingers", "latent tracing"),
        6: QCoreApplication.translate("Fingers", "latent photo"),
        7: QCoreApplication.translate("Fingers", "latent lift"),
    }
    return names.get(code, codes.IMPRESSION_NAMES.get(code, str(code)))
