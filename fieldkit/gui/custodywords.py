"""Custody events as the window shows them: what happened in words ("Moved to Op Falcon / EV-0044 from EV-0043"), the
reason the operator gave, who and when, in the window's language.

The English texts are fieldkit.core.custody_text's (the command line prints those); they are written out here so
that Qt's translation tools find them, and tests/gui/test_custody_words.py keeps the two lists the same. Asked for
at the moment they are shown, so a language change applies at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.core import custody_text
from fieldkit.gui.labels import ltr
from fieldkit.models import CustodyEvent


def action_words() -> dict[str, str]:
    """Each action code's words (custody_text.WORDS), translated; placeholders stay as they are."""
    return {
        "store.created": QCoreApplication.translate("Custody", "Store created"),
        "operator.added": QCoreApplication.translate("Custody", "Operator added: {name}"),
        "operator.removed": QCoreApplication.translate("Custody", "Operator removed: {name}"),
        "operator.passphrase_changed": QCoreApplication.translate("Custody", "Passphrase changed: {name}"),
        "case.created": QCoreApplication.translate("Custody", "Case created: {name}"),
        "item.created": QCoreApplication.translate("Custody", "Item created: {tag}"),
        "item.edited": QCoreApplication.translate("Custody", "Details changed: {fields}"),
        "site.created": QCoreApplication.translate("Custody", "Site added: {name}"),
        "acquisition.started": QCoreApplication.translate("Custody", "Acquisition started ({source})"),
        "acquisition.finished": QCoreApplication.translate("Custody", "Acquisition finished: {stored} stored"),
        "acquisition.stopped": QCoreApplication.translate("Custody", "Acquisition stopped"),
        "capture.imported": QCoreApplication.translate("Custody", "Imported {name}"),
        "capture.analysed": QCoreApplication.translate("Custody", "Analysed"),
        "capture.moved": QCoreApplication.translate("Custody", "Moved to {target} from {source}"),
        "capture.deleted": QCoreApplication.translate("Custody", "Deleted {name}"),
        "capture.flagged": QCoreApplication.translate("Custody", "Flagged for review"),
        "capture.unflagged": QCoreApplication.translate("Custody", "Flag cleared"),
        "capture.exported": QCoreApplication.translate("Custody", "Original copied out"),
        "capture.expanded": QCoreApplication.translate("Custody", "Archive expanded"),
        "capture.pages": QCoreApplication.translate("Custody", "Page order or rotation changed"),
        "capture.ocr": QCoreApplication.translate("Custody", "Text read from the pages"),
        "fingerprint.quality": QCoreApplication.translate("Custody", "Print quality measured"),
        "fingerprint.exported": QCoreApplication.translate("Custody", "Prints copied out for the AFIS ({tot})"),
        "fingerprint.condition": QCoreApplication.translate("Custody", "Finger marked as {condition}"),
        "fingerprint.ppi_set": QCoreApplication.translate("Custody", "Print resolution set to {ppi} ppi"),
        "fingerprint.finger_set": QCoreApplication.translate("Custody", "Print's finger position set to {finger}"),
        "subject.created": QCoreApplication.translate("Custody", "Person added"),
        "subject.edited": QCoreApplication.translate("Custody", "Person's details changed: {fields}"),
        "bundle.created": QCoreApplication.translate("Custody", "Bundle created"),
        "bundle.abandoned": QCoreApplication.translate("Custody", "Bundle abandoned"),
        "recipient.added": QCoreApplication.translate("Custody", "HQ recipient added"),
        "setting.changed": QCoreApplication.translate("Custody", "Setting changed"),
        "sync.configured": QCoreApplication.translate("Custody", "Sending set up"),
        "sync.retry": QCoreApplication.translate("Custody", "Bundle to be sent again"),
        "watchlist.imported": QCoreApplication.translate("Custody", "Watchlist from HQ imported"),
        "site.edited": QCoreApplication.translate("Custody", "Site changed: {fields}"),
        "bundle.rejected": QCoreApplication.translate("Custody", "Bundle {sequence} rejected by HQ"),
        "bundle.rejected:damaged-copy": QCoreApplication.translate(
            "Custody", "Bundle {sequence}: HQ received a damaged copy, to be sent again"
        ),
        "bundle.rejected:refused": QCoreApplication.translate("Custody", "Bundle {sequence} refused by HQ"),
        "capture.templates": QCoreApplication.translate(
            "Custody", "Templates made for identification ({modality}): {count}"
        ),
        "capture.templates:none": QCoreApplication.translate(
            "Custody", "No template could be made for identification ({modality})"
        ),
        "capture.templates:failed": QCoreApplication.translate(
            "Custody", "Templates for identification could not be made ({modality})"
        ),
        "watchlist.searched": QCoreApplication.translate(
            "Custody", "Searched against watchlist version {version}: captures {captures}, hits {hits}"
        ),
        "watchlist.search_failed": QCoreApplication.translate("Custody", "Watchlist search could not run"),
        "watchlist.hit": QCoreApplication.translate(
            "Custody", "WATCHLIST HIT: entry {ref} ({modality}), score {score}"
        ),
        "watchlist.hit_decided": QCoreApplication.translate(
            "Custody", "Watchlist hit on entry {ref} decided: {decision}"
        ),
        "watchlist.hit_decided:confirmed": QCoreApplication.translate(
            "Custody", "Watchlist hit on entry {ref} confirmed by the operator"
        ),
        "watchlist.hit_decided:rejected": QCoreApplication.translate(
            "Custody", "Watchlist hit on entry {ref} rejected by the operator"
        ),
        "sample.collected": QCoreApplication.translate("Custody", "Sample {sample} collected"),
        "sample.sealed": QCoreApplication.translate("Custody", "Sample {sample} sealed with seal {seal}"),
        "sample.handed_over": QCoreApplication.translate("Custody", "Sample {sample} handed over from {from} to {to}"),
        "sample.handed_over:passphrase": QCoreApplication.translate(
            "Custody", "Sample {sample} handed over from {from} to {to}, confirmed by their passphrase"
        ),
        "sample.handed_over:typed": QCoreApplication.translate(
            "Custody", "Sample {sample} handed over from {from} to {to} ({rank}), name and rank typed"
        ),
        "sample.shipped": QCoreApplication.translate("Custody", "Sample {sample} shipped under manifest {manifest}"),
        "sample.received": QCoreApplication.translate("Custody", "Sample {sample} received by {by}"),
        "sample.received:False": QCoreApplication.translate(
            "Custody", "Sample {sample} received by {by}: seal BROKEN on arrival"
        ),
        "sample.photo_linked": QCoreApplication.translate("Custody", "Photo linked to sample {sample} ({role})"),
        "shipment.made": QCoreApplication.translate("Custody", "Shipment made under manifest {manifest}"),
    }


def field_words() -> dict[str, str]:
    """The edited fields' names (custody_text.FIELD_WORDS), translated."""
    return {
        "description": QCoreApplication.translate("Custody", "description"),
        "category": QCoreApplication.translate("Custody", "category"),
        "notes": QCoreApplication.translate("Custody", "notes"),
        "recovered_at": QCoreApplication.translate("Custody", "time recovered"),
        "site_id": QCoreApplication.translate("Custody", "site"),
    }


def modality_words() -> dict[str, str]:
    """What a template or a hit was made from (custody_text.MODALITY_WORDS), translated."""
    return {
        "finger": QCoreApplication.translate("Custody", "fingerprint"),
        "face": QCoreApplication.translate("Custody", "face"),
    }


def what_happened(event: CustodyEvent) -> str:
    """The event in words, in the window's language (tags and names kept left to right in Arabic text)."""
    return custody_text.describe(event, action_words(), field_words(), ltr, modality_words())


def event_text(event: CustodyEvent) -> str:
    """The lines of the Custody list: what happened, who and when; then the reason, when the operator gave one."""
    first = QCoreApplication.translate("Custody", "{what} — {operator}, {time}").format(
        what=what_happened(event), operator=event.operator, time=ltr(custody_text.short_time(event.at))
    )
    reason = custody_text.reason(event)
    if not reason:
        return first
    return first + "\n" + QCoreApplication.translate("Custody", "Reason: {reason}").format(reason=reason)


def event_tooltip(event: CustodyEvent) -> str:
    """The record behind the words: entry number, action code, hashes."""
    return QCoreApplication.translate(
        "Custody", "Entry {seq}: {action}\nentry hash {entry_hash}\nprevious {prev_hash}"
    ).format(seq=ltr(event.seq), action=ltr(event.action), entry_hash=event.entry_hash, prev_hash=event.prev_hash)
