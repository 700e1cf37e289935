"""Why a bundle was refused (or an alarm raised) and what to do, in plain English, for each reason code: the one
table the command line (`verify`, `hq ingest`), the HTML report and the HQ window say.

The window shows the same words translated: each text is marked with QT_TRANSLATE_NOOP (context ""), so Qt's lupdate
files it from this module (scripts/translations reads it beside fieldkit/gui), and the window translates each part
with QCoreApplication.translate("", part); the HTML report reads the same translations from the catalogues without
Qt (fieldkit/hq/reportwords.py). No Qt here: the marker is a plain function of the same name."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate reads the call; the name is the one it looks for); returns it."""
    return text


@dataclass(frozen=True)
class Advice:
    """``why``: what the refusal (or alarm) means, in one sentence; ``steps``: what to do, in parts the window
    translates one by one; ``what``: the steps as one text."""

    why: str
    steps: tuple[str, ...]

    @property
    def what(self) -> str:
        return " ".join(self.steps)


def _said(why: str, *steps: str) -> Advice:
    return Advice(why, steps)


# Where a refusal happens says what to do (docs/bundle-format.md, "Verifying"): before the signature holds, the file
# may be a damaged copy or someone else's work (get another copy, keep this one); once the signature of an enrolled
# device holds, the device itself made what is wrong (investigate the device, like an alarm).
_ANOTHER_COPY = QT_TRANSLATE_NOOP(
    "", "Get another copy from the device or the drive it came on; keep this one until then."
)
_DEVICE = QT_TRANSLATE_NOOP(
    "", "Check the device with its operator; if it may be compromised, revoke it ('fieldkit hq revoke')."
)
_NOT_FIELDKIT = QT_TRANSLATE_NOOP(
    "", "Keep it as evidence and find out who delivered it; the device can send its own copy again."
)
_ALARM = QT_TRANSLATE_NOOP(
    "",
    "Compare the bundles the alarm names (both are kept) and check the device; if it may be compromised, "
    "revoke it ('fieldkit hq revoke').",
)

_CUT = _said(
    QT_TRANSLATE_NOOP("", "Its sealed contents were cut short, damaged or added to on the way."), _ANOTHER_COPY
)
_TAR = _said(
    QT_TRANSLATE_NOOP(
        "", "It holds an archive entry fieldkit never writes: it was made or altered by another program."
    ),
    _NOT_FIELDKIT,
)
_SIGNATURE = _said(
    QT_TRANSLATE_NOOP("", "Its signature does not hold: it was changed after signing, or someone else made it."),
    _NOT_FIELDKIT,
)
_SIGNED_WRONG = _said(
    QT_TRANSLATE_NOOP("", "It is signed by an enrolled device, but its contents do not match what the device signed."),
    _DEVICE,
)
_SIGNED_MALFORMED = _said(
    QT_TRANSLATE_NOOP("", "It is signed by an enrolled device, but its signed description breaks fieldkit's format."),
    _DEVICE,
)
_FORMAT = _said(
    QT_TRANSLATE_NOOP("", "It is not a bundle as fieldkit writes it: made or altered by another program."),
    _NOT_FIELDKIT,
)

_TABLE: dict[str, Advice] = {
    # The sealed envelope (age): nothing inside was read.
    "not-age": _said(
        QT_TRANSLATE_NOOP("", "It is not an encrypted fieldkit bundle: a wrong file, or one damaged on the way."),
        QT_TRANSLATE_NOOP("", "Check that it is the .fkb file the device wrote, then get another copy."),
    ),
    "no-identity": _said(
        QT_TRANSLATE_NOOP("", "It was not sealed for this HQ's key, or its sealed envelope was altered."),
        QT_TRANSLATE_NOOP(
            "",
            "Check that the device was provisioned for this HQ ('fieldkit hq recipient'); if it was, get another copy.",
        ),
    ),
    "age-header": _said(QT_TRANSLATE_NOOP("", "Its sealed envelope is empty, cut short or damaged."), _ANOTHER_COPY),
    "age-header-mac": _said(
        QT_TRANSLATE_NOOP("", "Its sealed envelope's header was altered after it was sealed."),
        QT_TRANSLATE_NOOP(
            "", "Get another copy from the device; if that one fails the same way, keep both and report it."
        ),
    ),
    **dict.fromkeys(("payload-auth", "truncated", "trailing-data"), _CUT),
    # The archive inside, before the signature holds.
    **dict.fromkeys(
        (
            "tar-header",
            "tar-truncated",
            "tar-trailing",
            "link-entry",
            "special-entry",
            "directory-entry",
            "tar-mode",
            "tar-owner",
            "unsafe-name",
            "oversized-entry",
            "oversized-tag-file",
            "too-many-entries",
            "tag-files",
            "tag-order",
        ),
        _TAR,
    ),
    # The signature.
    "unknown-signer": _said(
        QT_TRANSLATE_NOOP("", "It is signed by a device this HQ has not enrolled."),
        QT_TRANSLATE_NOOP(
            "",
            "If the device is new, enrol it ('fieldkit hq enroll') and check the bundle again; if not, treat it "
            "as a forgery.",
        ),
    ),
    "revoked-signer": _said(
        QT_TRANSLATE_NOOP("", "It is signed by a device whose key HQ has withdrawn."),
        QT_TRANSLATE_NOOP("", "Do not use it: whoever still holds that key is suspect. Report it and keep the file."),
    ),
    **dict.fromkeys(
        (
            "signature-invalid",
            "signature-key-type",
            "signature-malformed",
            "signature-namespace",
            "wrong-signer",
            "tagmanifest",
            "tag-hash",
        ),
        _SIGNATURE,
    ),
    # After the signature of an enrolled device holds: the device made what is wrong.
    **dict.fromkeys(
        ("payload-hash", "missing-entry", "extra-entry", "size-mismatch", "duplicate-name", "manifest"), _SIGNED_WRONG
    ),
    **dict.fromkeys(
        (
            "fieldkit-json",
            "bag-name",
            "bagit-txt",
            "json-invalid",
            "json-duplicate-key",
            "record",
            "amendments",
        ),
        _SIGNED_MALFORMED,
    ),
    "bag-info": _FORMAT,  # no device id (before the signature), or one that disagrees with fieldkit.json (after)
    "custody-chain": _said(
        QT_TRANSLATE_NOOP(
            "", "Its custody log does not match what the device signed: entries were edited or cut on the device."
        ),
        _DEVICE,
    ),
    "sample-custody": _said(
        QT_TRANSLATE_NOOP(
            "", "A sample's custody steps differ from the custody log the device signed: one of them was altered."
        ),
        _DEVICE,
    ),
    "shipment-manifest": _said(
        QT_TRANSLATE_NOOP("", "A shipment's manifest document is missing or is not the one its record names."),
        _DEVICE,
    ),
    "sequence-range": _said(
        QT_TRANSLATE_NOOP(
            "", "Its bundle number is beyond 1000000000: the device's key may be misused to burn numbers."
        ),
        _DEVICE,
    ),
    "version": _said(
        QT_TRANSLATE_NOOP("", "It was written by a newer fieldkit, in a bundle format this HQ does not know yet."),
        QT_TRANSLATE_NOOP("", "Update fieldkit at HQ, then check the bundle again."),
    ),
    "unreadable": _said(
        QT_TRANSLATE_NOOP(
            "", "The file cannot be read or checked: the drive may be failing, or fieldkit met something unforeseen."
        ),
        QT_TRANSLATE_NOOP("", "Get another copy; if it fails the same way, report it with the file's SHA-256."),
    ),
    # Ingest: what HQ already holds.
    "sequence-jump": _said(
        QT_TRANSLATE_NOOP(
            "", "It is numbered far beyond the last bundle HQ holds from this device (judged when it arrived)."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Check the number with the operator: if genuine, 'fieldkit hq ingest --accept-jump'; if not, revoke "
            "the device.",
        ),
    ),
    "fork": _said(
        QT_TRANSLATE_NOOP(
            "",
            "The device sent two different bundles under the same number: one is not genuine, or the device was "
            "copied.",
        ),
        _ALARM,
    ),
    "chain-broken": _said(
        QT_TRANSLATE_NOOP(
            "", "It does not follow on from the device's previous bundle: one was replaced or is missing."
        ),
        _ALARM,
    ),
    "custody-chain-broken": _said(
        QT_TRANSLATE_NOOP(
            "", "Its custody log does not continue the one HQ holds from this device: it was rewritten on the device."
        ),
        _ALARM,
    ),
    "not-a-file": _said(
        QT_TRANSLATE_NOOP(
            "", "It is not a bundle file: a folder with no .fkb file in it, or a path that does not exist."
        ),
        QT_TRANSLATE_NOOP("", "Give the path of a bundle (.fkb) or of a folder holding bundles."),
    ),
}


def advice(reason: str | None) -> Advice:
    """The words for ``reason`` (a verifier reason code, an ingest outcome or an alarm kind); any other reason
    (one a later check adds) gets the words for a bundle fieldkit did not write."""
    return _TABLE.get(reason or "", _FORMAT)


def reasons() -> frozenset[str]:
    """The reason codes with words of their own."""
    return frozenset(_TABLE)
