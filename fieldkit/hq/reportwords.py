"""The words of the HTML verification report (fieldkit/hq/report.py) in English, French or Arabic, from the window's
own catalogues (resources/translations/fieldkit_<language>.ts, read without Qt by fieldkit._internal.catalogue).

Every text the report's templates say is listed in ``TEXTS`` with QT_TRANSLATE_NOOP (context "Report"), so that Qt's
lupdate files it with the window's texts (scripts/translations reads this module) and translators see it in Linguist;
the templates ask for it by its English (``t("Checks")``) and a text that is not listed is refused when the report is
made (tests render every section). The refusal advice comes from fieldkit/hq/advice.py's table (context ""), the
custody timeline's words from fieldkit/core/custody_text.py's (context "Custody", as the window translates them) and
finger names from the window's (context "Fingers").

What the report shows from a bundle is never trusted as markup: ``t`` escapes the values it fills in, ``ltr`` and
``code`` escape theirs; in Arabic they isolate what reads left to right (hashes, paths, times, numbers, ids) in
``<bdi dir="ltr">`` so that it is not reordered inside right-to-left text."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from fieldkit._internal import catalogue
from fieldkit.biometrics.codes import FINGER_NAMES
from fieldkit.config import DEFAULT_LIMITS
from fieldkit.core import custody_text
from fieldkit.errors import ReportLanguageError
from fieldkit.hq import advice
from fieldkit.hq.advice import QT_TRANSLATE_NOOP
from fieldkit.models import CustodyEvent

CONTEXT = "Report"
LANGUAGES = catalogue.LANGUAGES

TEXTS = frozenset(
    {
        # The page
        QT_TRANSLATE_NOOP("Report", "fieldkit verification report"),
        QT_TRANSLATE_NOOP("Report", "fieldkit verification report: QUARANTINED"),
        QT_TRANSLATE_NOOP("Report", "VALID: authentic, complete and unaltered"),
        QT_TRANSLATE_NOOP("Report", "QUARANTINED — do not use: unverified content is not reproduced here"),
        QT_TRANSLATE_NOOP("Report", "Bundle:"),
        QT_TRANSLATE_NOOP("Report", "File SHA-256:"),
        QT_TRANSLATE_NOOP("Report", "Reason code:"),
        QT_TRANSLATE_NOOP("Report", "none"),
        # Checks
        QT_TRANSLATE_NOOP("Report", "Checks"),
        QT_TRANSLATE_NOOP("Report", "check"),
        QT_TRANSLATE_NOOP("Report", "result"),
        QT_TRANSLATE_NOOP("Report", "detail"),
        QT_TRANSLATE_NOOP("Report", "pass"),
        QT_TRANSLATE_NOOP("Report", "FAIL"),
        # Device and sequence
        QT_TRANSLATE_NOOP("Report", "Device and sequence"),
        QT_TRANSLATE_NOOP("Report", "device"),
        QT_TRANSLATE_NOOP("Report", "organisation"),
        QT_TRANSLATE_NOOP("Report", "bundle"),
        QT_TRANSLATE_NOOP("Report", "{bundle}, number {sequence}"),
        QT_TRANSLATE_NOOP("Report", "previous bundle's tag manifest"),
        QT_TRANSLATE_NOOP("Report", "this bundle's tag manifest"),
        QT_TRANSLATE_NOOP("Report", "numbers abandoned before"),
        QT_TRANSLATE_NOOP("Report", "custody entries"),
        QT_TRANSLATE_NOOP("Report", "{first} to {last}"),
        QT_TRANSLATE_NOOP("Report", "created"),
        # Items and captures
        QT_TRANSLATE_NOOP("Report", "Items"),
        QT_TRANSLATE_NOOP("Report", "{tag} ({category}), case {case}"),
        QT_TRANSLATE_NOOP("Report", "capture"),
        QT_TRANSLATE_NOOP("Report", "kind"),
        QT_TRANSLATE_NOOP("Report", "media type"),
        QT_TRANSLATE_NOOP("Report", "original name"),
        QT_TRANSLATE_NOOP("Report", "SHA-256"),
        QT_TRANSLATE_NOOP("Report", "size"),
        QT_TRANSLATE_NOOP("Report", "captured"),
        QT_TRANSLATE_NOOP("Report", "acquired from"),
        QT_TRANSLATE_NOOP("Report", "analysis"),
        QT_TRANSLATE_NOOP("Report", "{path} in archive {archive}"),
        QT_TRANSLATE_NOOP("Report", "{name} (capture {id})"),
        QT_TRANSLATE_NOOP("Report", "not recorded"),
        QT_TRANSLATE_NOOP("Report", "failed"),
        QT_TRANSLATE_NOOP("Report", "ok"),
        QT_TRANSLATE_NOOP("Report", "pending"),
        QT_TRANSLATE_NOOP("Report", "damaged"),
        # Left out
        QT_TRANSLATE_NOOP("Report", "Left out"),
        QT_TRANSLATE_NOOP(
            "Report", "Products the device could not derive from these captures; the originals travel all the same."
        ),
        QT_TRANSLATE_NOOP("Report", "product"),
        QT_TRANSLATE_NOOP("Report", "reason"),
        # Amendments
        QT_TRANSLATE_NOOP("Report", "Amendments"),
        QT_TRANSLATE_NOOP(
            "Report",
            "Changes made on the device after earlier bundles carried these captures, items, subjects or sites; HQ"
            " keeps the originals and applies these in order.",
        ),
        QT_TRANSLATE_NOOP("Report", "change"),
        QT_TRANSLATE_NOOP("Report", "at HQ"),
        QT_TRANSLATE_NOOP("Report", "waiting: HQ has not received the original yet"),
        QT_TRANSLATE_NOOP("Report", "applies to what HQ holds"),
        # Identification
        QT_TRANSLATE_NOOP("Report", "Watchlist hits"),
        QT_TRANSLATE_NOOP(
            "Report",
            "Found on the device against its watchlist, with the operator's decision when the bundle was made (a later"
            " decision travels in a later bundle).",
        ),
        QT_TRANSLATE_NOOP("Report", "subject / item"),
        QT_TRANSLATE_NOOP("Report", "finger"),
        QT_TRANSLATE_NOOP("Report", "face"),
        QT_TRANSLATE_NOOP("Report", "watchlist entry"),
        QT_TRANSLATE_NOOP("Report", "category"),
        QT_TRANSLATE_NOOP("Report", "score"),
        QT_TRANSLATE_NOOP("Report", "found"),
        QT_TRANSLATE_NOOP("Report", "decision"),
        QT_TRANSLATE_NOOP("Report", "OPEN: no decision on the device yet"),
        QT_TRANSLATE_NOOP("Report", "CONFIRMED by {operator} {time}"),
        QT_TRANSLATE_NOOP("Report", "REJECTED by {operator} {time}"),
        QT_TRANSLATE_NOOP("Report", "{decision}: {reason}"),
        QT_TRANSLATE_NOOP("Report", "Same person at HQ"),
        QT_TRANSLATE_NOOP(
            "Report",
            "Subjects of other devices (or other subjects), and entries of HQ's watchlist, whose fingerprints match"
            " this bundle's subjects: candidates for an examiner ('fieldkit hq matches'); nothing is merged.",
        ),
        QT_TRANSLATE_NOOP("Report", "None found (or the bundle is not ingested yet)."),
        QT_TRANSLATE_NOOP("Report", "subject A"),
        QT_TRANSLATE_NOOP("Report", "subject B"),
        QT_TRANSLATE_NOOP("Report", "fingers"),
        QT_TRANSLATE_NOOP("Report", "examiner"),
        QT_TRANSLATE_NOOP("Report", "{reference} (device {device}, bundles {bundles})"),
        QT_TRANSLATE_NOOP("Report", "HQ watchlist entry {reference} ({instructions})"),
        QT_TRANSLATE_NOOP("Report", "HQ watchlist entry {reference} [{category}] ({instructions})"),
        QT_TRANSLATE_NOOP("Report", "open"),
        QT_TRANSLATE_NOOP("Report", "same"),
        QT_TRANSLATE_NOOP("Report", "different"),
        QT_TRANSLATE_NOOP("Report", "undecided"),
        # Custody timeline
        QT_TRANSLATE_NOOP("Report", "Custody timeline"),
        QT_TRANSLATE_NOOP("Report", "time (UTC)"),
        QT_TRANSLATE_NOOP("Report", "what happened"),
        QT_TRANSLATE_NOOP("Report", "action"),
        QT_TRANSLATE_NOOP("Report", "performer"),
        QT_TRANSLATE_NOOP("Report", "object"),
        # A refused bundle
        QT_TRANSLATE_NOOP("Report", "Why"),
        QT_TRANSLATE_NOOP("Report", "What to do"),
        QT_TRANSLATE_NOOP("Report", "What the check found: {message} (reason code {code})"),
        QT_TRANSLATE_NOOP("Report", "The bundle file"),
        QT_TRANSLATE_NOOP("Report", "name"),
        QT_TRANSLATE_NOOP("Report", "{size} bytes"),
        QT_TRANSLATE_NOOP("Report", "SHA-256 (of the file as HQ read it)"),
        QT_TRANSLATE_NOOP("Report", "copy kept in quarantine"),
        QT_TRANSLATE_NOOP("Report", "This report"),
        QT_TRANSLATE_NOOP("Report", "made"),
        QT_TRANSLATE_NOOP("Report", "HQ folder"),
        QT_TRANSLATE_NOOP("Report", "machine"),
        # The verifier's checks by name (CHECK_WORDS)
        QT_TRANSLATE_NOOP("Report", "decryption"),
        QT_TRANSLATE_NOOP("Report", "signer"),
        QT_TRANSLATE_NOOP("Report", "tag files"),
        QT_TRANSLATE_NOOP("Report", "signature"),
        QT_TRANSLATE_NOOP("Report", "tag manifest"),
        QT_TRANSLATE_NOOP("Report", "bundle description"),
        QT_TRANSLATE_NOOP("Report", "bag description"),
        QT_TRANSLATE_NOOP("Report", "payload files"),
        QT_TRANSLATE_NOOP("Report", "custody log"),
        QT_TRANSLATE_NOOP("Report", "fingerprints"),
        QT_TRANSLATE_NOOP("Report", "identification"),
        QT_TRANSLATE_NOOP("Report", "left out"),
        QT_TRANSLATE_NOOP("Report", "end of the file"),
        QT_TRANSLATE_NOOP("Report", "reading"),
        QT_TRANSLATE_NOOP("Report", "unreadable"),
        QT_TRANSLATE_NOOP("Report", "samples"),
        QT_TRANSLATE_NOOP("Report", "amendments"),
        # Physical samples (issue 19)
        QT_TRANSLATE_NOOP("Report", "Samples"),
        QT_TRANSLATE_NOOP(
            "Report",
            "Physical samples (DNA) taken from items, as they stood when the bundle was made; each custody step in"
            " this bundle's range matches the signed custody log.",
        ),
        QT_TRANSLATE_NOOP("Report", "case / item"),
        QT_TRANSLATE_NOOP("Report", "sample"),
        QT_TRANSLATE_NOOP("Report", "type"),
        QT_TRANSLATE_NOOP("Report", "state"),
        QT_TRANSLATE_NOOP("Report", "holder"),
        QT_TRANSLATE_NOOP("Report", "seal"),
        QT_TRANSLATE_NOOP("Report", "manifest"),
        QT_TRANSLATE_NOOP("Report", "custody steps"),
        QT_TRANSLATE_NOOP("Report", "{what} ({operator}, {time})"),
    }
)

# Item categories and capture kinds as the window names them (fieldkit/gui/labels.py: contexts "Category" and "Kind"),
# for the French and Arabic reports; the English one shows the codes, as it always did.
CATEGORY_WORDS = {"document": "Document", "phone": "Phone", "id-card": "ID card", "weapon": "Weapon", "media": "Media",
                  "person": "Person", "other": "Other"}  # fmt: skip
KIND_WORDS = {"photo": "Photo", "document": "Document", "fingerprint": "Fingerprint", "media": "Audio or video",
              "file": "File"}  # fmt: skip

# The verifier's checks (fieldkit/bundle/verify.py, Check.name) in words: French and Arabic reports name each check in
# their language with its code beside it; the English one shows the code, as it always did.
CHECK_WORDS = {
    "decrypt": "decryption",
    "signer": "signer",
    "tag files": "tag files",
    "signature": "signature",
    "tag manifest": "tag manifest",
    "fieldkit.json": "bundle description",
    "bag-info": "bag description",
    "payload": "payload files",
    "amendments": "amendments",
    "custody": "custody log",
    "samples": "samples",
    "fingerprints": "fingerprints",
    "identification": "identification",
    "left out": "left out",
    "end": "end of the file",
    "read": "reading",
    "unreadable": "unreadable",
}

# Sample types and states as the window names them (fieldkit/gui/sampledialogs.py: context "Samples").
SAMPLE_TYPE_WORDS = {"swab": "Swab", "touch": "Touch DNA", "saliva": "Saliva", "blood": "Blood", "hair": "Hair",
                     "tissue": "Tissue", "other": "Other"}  # fmt: skip
SAMPLE_STATE_WORDS = {"collected": "NOT SEALED", "sealed": "SEALED", "handed-over": "HANDED OVER",
                      "shipped": "SHIPPED", "received": "RECEIVED BY THE LAB"}  # fmt: skip

# The words of values the report names by a code of fieldkit's own (never a bundle's free text), when it has them.
CODED = frozenset({"ok", "failed", "pending", "open", "same", "different", "undecided"})


def _isolated(text: str) -> str:
    """``text`` isolated left to right inside a sentence (Unicode LRI ... PDI), as the window's ``ltr`` does."""
    return f"\u2066{text}\u2069"


class Words:
    """The report's words in one language (en, fr, ar): ReportLanguageError for another."""

    def __init__(self, language: str = catalogue.ENGLISH) -> None:
        if language not in LANGUAGES:
            raise ReportLanguageError(f"the report is written in {', '.join(LANGUAGES)}, not {language!r}")
        self.language = language
        self.catalogue = catalogue.load(language, limit=DEFAULT_LIMITS.max_catalogue_bytes)
        self.right_to_left = self.catalogue.right_to_left
        self.direction = "rtl" if self.right_to_left else "ltr"

    def t(self, text: str, **values: Any) -> Markup:
        """``text`` (one of TEXTS) in this language, its ``{placeholders}`` filled with ``values`` escaped (a value
        that is Markup already, from ``ltr`` or ``code``, is kept)."""
        if text not in TEXTS:
            raise KeyError(
                f"the report's text {text!r} is not in fieldkit.hq.reportwords.TEXTS (lupdate would miss it)"
            )
        said = escape(self.catalogue.text(CONTEXT, text))
        return said.format(**values) if values else said

    def coded(self, value: object) -> Markup:
        """A status or decision code (``CODED``) in words; anything else escaped as it is."""
        return self.t(value) if isinstance(value, str) and value in CODED else escape(value)

    def category(self, code: object) -> str:
        """An item category code in this language (the window's word); English, or an unknown code: the code."""
        return self._labelled("Category", CATEGORY_WORDS, code)

    def kind(self, code: object) -> str:
        """A capture kind code in this language (the window's word); English, or an unknown code: the code."""
        return self._labelled("Kind", KIND_WORDS, code)

    def check(self, name: object) -> Markup:
        """A check's name: its code in English; in French or Arabic its words with the code beside them."""
        if self.language == catalogue.ENGLISH or not isinstance(name, str) or name not in CHECK_WORDS:
            return escape("" if name is None else name)
        return Markup("{} {}").format(self.t(CHECK_WORDS[name]), self.code(name))

    def sample_type(self, code: object) -> str:
        """A sample type code in this language (the window's word); English, or an unknown code: the code."""
        return self._labelled("Samples", SAMPLE_TYPE_WORDS, code)

    def sample_state(self, code: object) -> str:
        """A sample's custody state in this language (the window's word); English, or an unknown code: the code."""
        return self._labelled("Samples", SAMPLE_STATE_WORDS, code)

    def _labelled(self, context: str, table: dict[str, str], code: object) -> str:
        if self.language == catalogue.ENGLISH or not isinstance(code, str) or code not in table:
            return "" if code is None else str(code)
        return self.catalogue.text(context, table[code])

    def ltr(self, value: object) -> Markup:
        """``value`` escaped; in right-to-left text, isolated left to right."""
        shown = escape("" if value is None else value)
        return Markup('<bdi dir="ltr">{}</bdi>').format(shown) if self.right_to_left else shown

    def code(self, value: object) -> Markup:
        """``value`` escaped in ``<code>``; in right-to-left text, isolated left to right."""
        return self.ltr(Markup("<code>{}</code>").format("" if value is None else value))

    def advice(self, reason: str | None) -> tuple[str, str]:
        """Why the bundle was refused and what to do (fieldkit/hq/advice.py), in this language."""
        said = advice.advice(reason)
        steps = (self.catalogue.text("", step) for step in said.steps)
        return self.catalogue.text("", said.why), " ".join(steps)

    def finger(self, code: int) -> str:
        """'3 (right middle)', the name in this language; a code without a name as its number."""
        name = FINGER_NAMES.get(code)
        number = _isolated(str(code)) if self.right_to_left else str(code)
        return f"{number} ({self.catalogue.text('Fingers', name)})" if name else number

    def custody(self, event: CustodyEvent) -> str:
        """What a custody entry did, in this language (the window's custody words: context "Custody")."""
        words = {action: self.catalogue.text("Custody", text) for action, text in custody_text.WORDS.items()}
        fields = {key: self.catalogue.text("Custody", text) for key, text in custody_text.FIELD_WORDS.items()}
        kinds = {key: self.catalogue.text("Custody", text) for key, text in custody_text.MODALITY_WORDS.items()}
        wrap = _isolated if self.right_to_left else str
        return custody_text.describe(event, words, fields, wrap, kinds)
