"""Why a bundle was refused (or an alarm raised) and what to do, in plain English, for each reason code: the one
table the command line (`verify`, `hq ingest`), the HTML report and the HQ window say.

The window shows the same words translated: each text is marked with QT_TRANSLATE_NOOP (context ""), so Qt's lupdate
files it from this module (scripts/translations reads it beside fieldkit/gui), and the window translates each part
with QCoreApplication.translate("", part). No Qt here: the marker is a plain function of the same name."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate reads the call; the name is the one it looks for); returns it."""
    return text


KEEP = QT_TRANSLATE_NOOP(
    "",
    "Do not use anything from it. Keep the file as it is (it may be evidence of tampering), tell whoever "
    "brought it, and ask the device's operator to send the bundle again.",
)
COPY_AGAIN = QT_TRANSLATE_NOOP(
    "", "Copy the bundle again from the device or the drive it came on, then check the copy."
)
# An alarm: the device itself is in question, so sending the bundle again would prove nothing.
INVESTIGATE = QT_TRANSLATE_NOOP(
    "",
    "Do not rely on this device's bundles until it is checked: ask its operator what happened and "
    "compare the bundles the alarm names (both are kept). If the device or its key may be copied or "
    "compromised, revoke it ('fieldkit hq revoke') and provision it again.",
)


@dataclass(frozen=True)
class Advice:
    """``why``: what the refusal (or alarm) means, in one sentence; ``steps``: what to do, in parts the window
    translates one by one; ``what``: the steps as one text."""

    why: str
    steps: tuple[str, ...]

    @property
    def what(self) -> str:
        return " ".join(self.steps)


_CANNOT_OPEN = Advice(
    QT_TRANSLATE_NOOP(
        "",
        "It cannot be opened with this HQ's key: it was not sealed for this HQ, or its sealed envelope was "
        "damaged or altered.",
    ),
    (QT_TRANSLATE_NOOP("", "Check that the device was set up for this HQ (its provisioning file)."), KEEP),
)
_INCOMPLETE = Advice(
    QT_TRANSLATE_NOOP(
        "", "Its sealed envelope is incomplete: the file is empty, cut short, or was damaged on the way."
    ),
    (COPY_AGAIN, KEEP),
)
_NOT_AGE = Advice(
    QT_TRANSLATE_NOOP(
        "", "It is not a fieldkit bundle: not an age-encrypted file (a wrong file, or one damaged on the way)."
    ),
    (QT_TRANSLATE_NOOP("", "Check that this is the bundle (.fkb) the device wrote."), COPY_AGAIN, KEEP),
)
_CUT = Advice(
    QT_TRANSLATE_NOOP("", "Its sealed contents were changed, cut short or added to after the device sealed it."),
    (COPY_AGAIN, KEEP),
)
_SIGNATURE = Advice(
    QT_TRANSLATE_NOOP(
        "", "Its signature does not match: it was changed after the device signed it, or someone else signed it."
    ),
    (KEEP,),
)
_CHANGED = Advice(
    QT_TRANSLATE_NOOP("", "A file inside it was changed, added or removed after the device signed it."), (KEEP,)
)
_FORMAT = Advice(
    QT_TRANSLATE_NOOP(
        "", "It is not a bundle as fieldkit writes it: damaged on the way, altered, or made by something else."
    ),
    (KEEP,),
)

_TABLE: dict[str, Advice] = {
    "unknown-signer": Advice(
        QT_TRANSLATE_NOOP("", "It is signed by a device this HQ has not enrolled."),
        (
            QT_TRANSLATE_NOOP(
                "",
                "If the device is new, enrol it first (the device shows its key in Settings, under Enrolment at HQ; "
                "'fieldkit hq enroll'), then check the bundle again. Otherwise treat the bundle as a forgery.",
            ),
            KEEP,
        ),
    ),
    "revoked-signer": Advice(
        QT_TRANSLATE_NOOP("", "It is signed by a device whose key HQ has withdrawn."),
        (QT_TRANSLATE_NOOP("", "Anything that key signs now is suspect: report it."), KEEP),
    ),
    **dict.fromkeys(("no-identity", "age-header-mac"), _CANNOT_OPEN),
    "age-header": _INCOMPLETE,
    "not-age": _NOT_AGE,
    **dict.fromkeys(("payload-auth", "truncated", "tar-truncated"), _CUT),
    **dict.fromkeys(
        (
            "signature-invalid",
            "signature-key-type",
            "signature-malformed",
            "signature-namespace",
            "wrong-signer",
            "tag-hash",
            "tagmanifest",
            "tag-files",
            "tag-order",
            "fieldkit-json",
        ),
        _SIGNATURE,
    ),
    **dict.fromkeys(
        ("payload-hash", "missing-entry", "extra-entry", "size-mismatch", "duplicate-name", "manifest", "bag-info"),
        _CHANGED,
    ),
    "version": Advice(
        QT_TRANSLATE_NOOP("", "It was written by a newer fieldkit, in a bundle format this HQ does not know yet."),
        (
            QT_TRANSLATE_NOOP(
                "", "Update fieldkit at HQ, then check the bundle again; keep the file as it is until then."
            ),
        ),
    ),
    "unreadable": Advice(
        QT_TRANSLATE_NOOP("", "The file cannot be read: the drive may be failing or the copy incomplete."),
        (
            COPY_AGAIN,
            QT_TRANSLATE_NOOP(
                "",
                "If the copy fails the same way, keep the file as it is: fieldkit met something its "
                "checks did not foresee; report it with the bundle's SHA-256.",
            ),
        ),
    ),
    "sequence-range": Advice(
        QT_TRANSLATE_NOOP(
            "", "Its bundle number is beyond what fieldkit accepts: a device's key may be misused to burn numbers."
        ),
        (INVESTIGATE,),
    ),
    "sequence-jump": Advice(
        QT_TRANSLATE_NOOP(
            "",
            "It is numbered far beyond the last bundle HQ holds from this device: a stolen key may be burning "
            "numbers, or the device was reset.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "",
                "Check the number with the device's operator. If it is genuine, archive it with 'fieldkit hq ingest "
                "--accept-jump'; if not, revoke the device ('fieldkit hq revoke').",
            ),
        ),
    ),
    "fork": Advice(
        QT_TRANSLATE_NOOP(
            "",
            "The device sent two different bundles under the same number: one of them is not genuine, or the "
            "device was copied.",
        ),
        (INVESTIGATE,),
    ),
    "chain-broken": Advice(
        QT_TRANSLATE_NOOP(
            "", "It does not follow on from the device's previous bundle: one was replaced or is missing."
        ),
        (INVESTIGATE,),
    ),
    "custody-chain-broken": Advice(
        QT_TRANSLATE_NOOP(
            "",
            "Its custody log does not continue the one HQ already holds from this device: entries HQ has may have "
            "been rewritten on the device.",
        ),
        (INVESTIGATE,),
    ),
    "not-a-file": Advice(
        QT_TRANSLATE_NOOP(
            "", "It is not a bundle file: a folder with no .fkb file in it, or a path that does not exist."
        ),
        (QT_TRANSLATE_NOOP("", "Give the path of a bundle (.fkb) or of a folder holding bundles."),),
    ),
}


def advice(reason: str | None) -> Advice:
    """The words for ``reason`` (a verifier reason code, an ingest outcome or an alarm kind); any other reason
    (one a later check adds) gets the words for a bundle fieldkit did not write."""
    return _TABLE.get(reason or "", _FORMAT)


def reasons() -> frozenset[str]:
    """The reason codes with words of their own."""
    return frozenset(_TABLE)
