"""Text normalisation for search: the same folding is applied to OCR text when indexed and to every query, so an
Arabic word matches whatever its diacritics and letter variants, a number whatever its digits (Arabic-Indic
U+0660-0669 and Extended Arabic-Indic U+06F0-06F9 read as ASCII 0-9: "٢٠٠٥" and "۲۰۰۵" are "2005"), and Latin text
regardless of case. A number written against a word ("٢٠٠٥م", "No.12") is indexed on its own as well.

Changing what ``normalize`` or ``index_text`` produce changes the index: add a store migration that re-indexes
(fieldkit/store/db.py, REINDEX_SEARCH; fieldkit/store/ocr_index.py ``reindex``), or old text stops matching."""

from __future__ import annotations

import re
import unicodedata

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, the tatweel used for justification, and the
# invisible direction marks (LRM, RLM, ALM, embeddings, isolates) OCR and text layers put around numbers.
_ARABIC_MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_FOLD = str.maketrans({
    "\u0623": "\u0627",  # أ alef with hamza above -> ا
    "\u0625": "\u0627",  # إ alef with hamza below -> ا
    "\u0622": "\u0627",  # آ alef with madda -> ا
    "\u0671": "\u0627",  # ٱ alef wasla -> ا
    "\u0629": "\u0647",  # ة taa marbuta -> ه
    "\u0649": "\u064a",  # ى alef maqsura -> ي
    "\u0624": "\u0648",  # ؤ waw with hamza -> و
    "\u0626": "\u064a",  # ئ yaa with hamza -> ي
    "\u06cc": "\u064a",  # ی Farsi yeh -> ي
    "\u06a9": "\u0643",  # ک keheh -> ك
    "\u066b": ".",  # ٫ Arabic decimal separator
    "\u066c": ",",  # ٬ Arabic thousands separator
    **{chr(0x0660 + n): str(n) for n in range(10)},  # ٠١٢٣٤٥٦٧٨٩ Arabic-Indic digits
    **{chr(0x06F0 + n): str(n) for n in range(10)},  # ۰۱۲۳۴۵۶۷۸۹ Extended Arabic-Indic (Persian, Urdu) digits
})  # fmt: skip


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text)
    return text.translate(_FOLD).casefold()


# The definite article and the one-letter prefixes attached to it ("and the", "with the", "for the"...).
_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")


# A run of ASCII digits inside a longer word (after folding): "2005م" holds "2005".
_NUMBER_IN_WORD = re.compile(r"[0-9]+")


def index_text(text: str) -> str:
    """What is indexed: the normalised text, plus each Arabic word once more without its attached article, so a
    search for مدرسة finds المدرسة as readers expect, and each number written against letters once more alone."""
    normalised = normalize(text)
    extra = []
    for word in re.findall(r"\w+", normalised):
        if not word.isdigit():
            extra.extend(_NUMBER_IN_WORD.findall(word))
        for article in _ARTICLES:
            if word.startswith(article) and len(word) - len(article) >= 2:
                extra.append(word[len(article) :])
                break
    return normalised + ("\n" + " ".join(extra) if extra else "")


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word of the (normalised) text must appear; no FTS syntax gets through."""
    words = re.findall(r"\w+", normalize(text))
    return " ".join('"' + word.replace('"', "") + '"' for word in words)
