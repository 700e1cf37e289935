"""Every failure fieldkit reports, as one class each.

The docstring of each class is the one-line fix the command line prints after the message, and ``exit_code``
is what the command line exits with, so scripts can tell failures apart. Nothing here may carry a secret or a
piece of evidence content in its message.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AnalysisFailedError",
    "AnalysisLimitError",
    "ArchiveExpansionStoppedError",
    "Bech32Error",
    "BundleDecryptError",
    "BundleError",
    "BundleFormatError",
    "CancelledError",
    "CaptureBundledError",
    "CaptureSourceError",
    "CatalogueError",
    "ConfigError",
    "ConfigSecretError",
    "CredentialError",
    "DamagedBundleCopyError",
    "DamagedMediaError",
    "DecoderCrashedError",
    "DiskFullError",
    "DuplicatePrintError",
    "ExportError",
    "ExportFolderMissingError",
    "FaceModelUnavailableError",
    "FieldkitError",
    "HQNotFoundError",
    "HandoverUnconfirmedError",
    "HitNotFoundError",
    "HqAlarmError",
    "HqBackendError",
    "HqDatabaseError",
    "HqGatewayError",
    "HqMatchNotFoundError",
    "HqObjectStorageError",
    "HqRecordNotFoundError",
    "HqSampleNotFoundError",
    "HqUnwrapError",
    "InputError",
    "IntegrityError",
    "InvalidValueError",
    "ItemNotFoundError",
    "LiveScanError",
    "ManifestEmptyError",
    "ManifestTakenError",
    "MediaCorruptError",
    "NoDnaProfileError",
    "NoWatchlistError",
    "NotFoundError",
    "NotProvisionedError",
    "OcrUnavailableError",
    "OperatorError",
    "OversizedMediaError",
    "PartialImportError",
    "PassphraseError",
    "PinError",
    "PrintUndecodableError",
    "QualityUnavailableError",
    "ReasonRequiredError",
    "ReceiverPassphraseError",
    "RefusedError",
    "ReportLanguageError",
    "RevokedSignerError",
    "SampleNotFoundError",
    "SampleRefTakenError",
    "SampleStateError",
    "SampleTagNotFoundError",
    "ScannerError",
    "SegmentationError",
    "ShipmentNotFoundError",
    "SignatureError",
    "StorageIOError",
    "StoreError",
    "StoreExistsError",
    "StoreFormatError",
    "StoreInUseError",
    "StoreNotFoundError",
    "StrProfileError",
    "SyncError",
    "TemplatesUnavailableError",
    "UnknownSignerError",
    "UnsupportedMediaError",
    "UsageError",
    "WatchlistExpiredError",
    "WatchlistImageRepeatedError",
    "WatchlistNotForDeviceError",
    "WatchlistReplayError",
    "WatchlistSignatureError",
    "WrongPassphraseError",
]


class FieldkitError(Exception):
    """Something went wrong; the message says what."""

    exit_code = 1

    def __init__(self, message: str, *, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details)

    @property
    def fix(self) -> str:
        doc = (type(self).__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def __str__(self) -> str:
        return self.message


class UsageError(FieldkitError):
    """Check the command's options with --help."""

    exit_code = 2


# --- the store -----------------------------------------------------------------------------------------------


class StoreError(FieldkitError):
    """Run 'fieldkit check' to see the state of the store."""

    exit_code = 10


class StoreNotFoundError(StoreError):
    """Create a store with 'fieldkit init --operator NAME', or point --store / FIELDKIT_STORE at an existing one."""

    exit_code = 11


class HQNotFoundError(StoreNotFoundError):
    """Give the HQ folder made by 'fieldkit hq init' (--hq or --dir), or create one with 'fieldkit hq init'."""

    exit_code = 11


class StoreExistsError(StoreError):
    """Choose an empty or new folder with --store, or use the store that is already there."""

    exit_code = 12


class StoreInUseError(StoreError):
    """Close the fieldkit window (File > Quit) or use its menus, or wait for the other fieldkit command to end."""

    exit_code = 13


class StoreFormatError(StoreError):
    """This store was written by a newer fieldkit, or is damaged: update fieldkit, or restore the store from a copy."""

    exit_code = 14


class WrongPassphraseError(StoreError):
    """Check the passphrase (and --operator); the store was not changed."""

    exit_code = 3


class PassphraseError(StoreError):
    """Choose a passphrase of at least 8 characters and type it the same way twice."""

    exit_code = 5


class OperatorError(StoreError):
    """List the operators with 'fieldkit operator list' and use one of those names."""

    exit_code = 15


class NotFoundError(StoreError):
    """Use 'fieldkit list' to see the ids that exist."""

    exit_code = 16


class HqRecordNotFoundError(NotFoundError):
    """HQ knows a capture, item, site or subject once a bundle carried it: check the UUID and ingest its bundle."""

    exit_code = 16


class ItemNotFoundError(NotFoundError):
    """List the cases and items that exist with 'fieldkit items' (of one case: add --case CASE)."""

    exit_code = 16


class CaptureBundledError(StoreError):
    """A capture already sent in a bundle stays in its item: write the correction in the item's notes instead."""

    exit_code = 17


class IntegrityError(StoreError):
    """Stop using this copy: keep it as it is for investigation and restore the store from a bundle or backup."""

    exit_code = 6


class MediaCorruptError(IntegrityError):
    """The media file was changed or cut short: keep the store as it is and restore from a bundle or backup."""

    exit_code = 6


class DiskFullError(StoreError):
    """Free space on the store's disk (or move the store with --store), then run the same command again."""

    exit_code = 7


class StorageIOError(StoreError):
    """Check the disk (it may be failing or was removed), then run the same command again."""

    exit_code = 8


# --- input ----------------------------------------------------------------------------------------------------


class InputError(FieldkitError):
    """Check the file or value named in the message."""

    exit_code = 20


class UnsupportedMediaError(InputError):
    """Import a supported file type (JPEG, PNG, TIFF, BMP, GIF, WebP, JPEG 2000, PDF, WSQ), or choose another --kind."""

    exit_code = 21


class DamagedMediaError(InputError):
    """The file is truncated or malformed: copy it again from the original medium and import the new copy."""

    exit_code = 23


class OversizedMediaError(InputError):
    """The file exceeds fieldkit's safety limits (see docs/store.md, 'Limits'): check it is a genuine capture."""

    exit_code = 24


class InvalidValueError(InputError):
    """Correct the value named in the message and run the command again."""

    exit_code = 25


class ReasonRequiredError(InvalidValueError):
    """Say why with --reason TEXT (in the window: the Reason field); the custody log keeps it."""


class ArchiveExpansionStoppedError(InputError):
    """The archive and the members stored before the stop are kept: examine the rest with other tools."""

    exit_code = 27


# --- bundles -------------------------------------------------------------------------------------------------


class BundleError(FieldkitError):
    """The bundle was not accepted: keep it as it is and ask the device that made it for a new copy."""

    exit_code = 30
    reason = "bundle-invalid"

    def __init__(self, message: str, *, reason: str | None = None, details: Sequence[str] = ()) -> None:
        super().__init__(message, details=details)
        if reason is not None:
            self.reason = reason


class BundleDecryptError(BundleError):
    """Check that the bundle is meant for this headquarters (hq-identity.txt) and was copied whole."""

    exit_code = 31
    reason = "decrypt-failed"


class BundleFormatError(BundleError):
    """The bundle's contents break the format: keep it for investigation and ask the device for a new copy."""

    exit_code = 32
    reason = "format"


class SignatureError(BundleError):
    """The bundle's signature does not match its contents: treat it as tampered and keep it for investigation."""

    exit_code = 33
    reason = "signature-invalid"


class UnknownSignerError(BundleError):
    """Enroll the device with 'fieldkit hq enroll' if it is yours, then verify again."""

    exit_code = 34
    reason = "unknown-signer"


class RevokedSignerError(BundleError):
    """The device's key was revoked: treat the bundle as untrusted and keep it for investigation."""

    exit_code = 35
    reason = "revoked-signer"


class Bech32Error(BundleFormatError):
    """The age key text is malformed: copy the whole age1... or AGE-SECRET-KEY-1... line again."""

    exit_code = 32
    reason = "bech32-invalid"


class HqAlarmError(BundleError):
    """An ingest raised an alarm (fork, broken chain): investigate the device, revoke its key if it is compromised."""

    exit_code = 38
    reason = "alarm"


# --- sending to HQ --------------------------------------------------------------------------------------------


class NotProvisionedError(FieldkitError):
    """Import the provisioning file from headquarters with 'fieldkit provision import FILE'."""

    exit_code = 36


class SyncError(FieldkitError):
    """HQ could not be reached or refused: bundles stay in the outbox and go when it answers (fieldkit sync)."""

    exit_code = 50


class CredentialError(SyncError):
    """Import this device's provisioning file from HQ again ('fieldkit provision import FILE')."""

    exit_code = 51


class PinError(SyncError):
    """The server is not the HQ this device was provisioned for: check the endpoint; re-provision if HQ changed."""

    exit_code = 52


class RefusedError(SyncError):
    """HQ refuses this bundle for good (larger than it accepts): ask HQ to raise it, then 'fieldkit outbox retry N'."""

    exit_code = 53


class DamagedBundleCopyError(SyncError):
    """Find an intact copy, 'fieldkit outbox relocate N --path FILE', retry; if none is left, 'bundle remake N'."""

    exit_code = 54

    def __init__(self, message: str, *, sequence: int | None = None, details: Sequence[str] = ()) -> None:
        super().__init__(message, details=details)
        self.sequence = sequence

    @property
    def fix(self) -> str:  # the bundle's own number in the commands to type
        text = super().fix
        return text if self.sequence is None else text.replace(" N", f" {self.sequence}")


# --- other actions --------------------------------------------------------------------------------------------


class ExportError(FieldkitError):
    """Choose an output path that does not exist yet, on a disk with enough space."""

    exit_code = 26


class ExportFolderMissingError(ExportError):
    """Create the folder first, or choose a folder that exists."""


class CancelledError(FieldkitError):
    """Nothing half-done was kept; start the action again when you are ready."""

    exit_code = 130


class PartialImportError(FieldkitError):
    """Some files could not be read or stored: see the lines marked 'not stored' for what to do with each."""

    exit_code = 9


class OcrUnavailableError(FieldkitError):
    """Install Tesseract with its Arabic, English and French data (scripts/bootstrap.sh does), then run OCR again."""

    exit_code = 40


class ScannerError(FieldkitError):
    """Check that the scanner is connected and switched on ('fieldkit scan --list' shows what SANE sees)."""

    exit_code = 41


# --- fingerprints ---------------------------------------------------------------------------------------------


class QualityUnavailableError(FieldkitError):
    """Install the quality extra (scripts/bootstrap.sh installs it; or pip install 'fieldkit[quality]')."""

    exit_code = 42


class SegmentationError(InputError):
    """Scan the whole ten-print card at 500 ppi, straight, with its printed boxes visible; or cut the boxes by hand."""

    exit_code = 43


class DuplicatePrintError(InputError):
    """The same bytes are kept once: correct the existing print with 'fieldkit fingerprint set-ppi' or 'set-finger'."""

    exit_code = 28

    def __init__(self, message: str, *, capture_id: int | None = None, details: Sequence[str] = ()) -> None:
        super().__init__(message, details=details)
        self.capture_id = capture_id  # the print already kept with other parameters


class LiveScanError(FieldkitError):
    """Check the scanner's cable and that the finger is on the glass, then capture again."""

    exit_code = 44


class CaptureSourceError(FieldkitError):
    """Run 'fieldkit sources' to see which capture sources work; reinstall or remove the plug-in that failed."""

    exit_code = 45


# --- analysis (decoding outside bytes in the sandbox) ------------------------------------------------------------


class AnalysisFailedError(FieldkitError):
    """The original is kept unchanged: examine it with other tools, or run 'fieldkit analyse ID' after an update."""

    exit_code = 46

    def __init__(self, message: str, *, reason: str = "decoder-error", details: Sequence[str] = ()) -> None:
        super().__init__(message, details=details)
        # A short code for machines (show --json, bundles): decoder-error, crashed, memory, cpu, timeout, too-large.
        self.reason = reason


class DecoderCrashedError(AnalysisFailedError):
    """The original is kept unchanged; a decoder crashed on it (a damaged or hostile file): examine it elsewhere."""

    exit_code = 47


class AnalysisLimitError(AnalysisFailedError):
    """The original is kept unchanged; decoding it needs more than the sandbox allows (see AnalysisLimits)."""

    exit_code = 48


class PrintUndecodableError(AnalysisFailedError):
    """The print is kept unchanged; take it again, or examine the original with other tools."""

    def __init__(self, message: str, *, reason: str = "decoder-error", capture_id: int | None = None,
                 cause: str = "", details: Sequence[str] = ()) -> None:  # fmt: skip
        super().__init__(message, reason=reason, details=details)
        # Which capture could not be decoded (None: a file not stored yet), and the sandbox's own words for why
        # ("the decoder crashed (SIGSEGV)"), without the capture named: what an analysis record or a bundle keeps.
        self.capture_id = capture_id
        self.cause = cause or message


# --- identification (issue 17) -------------------------------------------------------------------------------


class FaceModelUnavailableError(FieldkitError):
    """Reinstall fieldkit with its dependencies (dlib-bin and face-recognition-models); scripts/bootstrap.sh does."""

    exit_code = 70


# --- HQ past one machine (issue 16): its database, object storage and upload front end -----------------------


class HqBackendError(FieldkitError):
    """Check the --database/--storage settings in HQ's hq.json ('fieldkit hq status --dir HQ' shows them)."""

    exit_code = 60

    def __init__(self, message: str, *, details: Sequence[str] = (), fix: str | None = None) -> None:
        super().__init__(message, details=details)
        self._fix = fix  # the fix that fits this failure better than the class's (e.g. at `hq init`, no hq.json yet)

    @property
    def fix(self) -> str:
        return self._fix or super().fix


class HqDatabaseError(HqBackendError):
    """Check that PostgreSQL is running and the URL in hq.json (user, host, database) is right; then run it again."""

    exit_code = 61


class HqObjectStorageError(HqBackendError):
    """Check the S3 endpoint, bucket and the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY of this process; run it again."""

    exit_code = 62


class HqGatewayError(HqBackendError):
    """Install the upload front end ('scripts/bootstrap.sh run' runs npm ci) or run the printed configuration."""

    exit_code = 63


class HqMatchNotFoundError(NotFoundError):
    """List HQ's match candidates and their numbers with 'fieldkit hq matches --dir HQ'."""

    exit_code = 73


class HqUnwrapError(HqBackendError):
    """Check that 'fieldkit hq unwrap' runs where hq.json's "unwrap" points and this worker's credential is valid.

    A revoked credential is replaced by 'fieldkit hq unwrap --issue' at the service; then run it again."""

    exit_code = 64


# --- the watchlist HQ sends to devices (issue 17; docs/watchlist-format.md) ------------------------------------


class WatchlistSignatureError(FieldkitError):
    """Not a watchlist HQ signed, or altered: keep it for investigation and ask HQ for a new export."""

    exit_code = 65


class WatchlistNotForDeviceError(FieldkitError):
    """Ask HQ to export the watchlist for this device ('hq watchlist export --device ID') or for all devices."""

    exit_code = 66


class WatchlistReplayError(FieldkitError):
    """This device already holds this watchlist or a newer one: import the latest file HQ exported."""

    exit_code = 67


class WatchlistExpiredError(FieldkitError):
    """Ask HQ for a new export: an expired watchlist is never imported or searched."""

    exit_code = 68


# --- identification (issue 17) -----------------------------------------------------------------------------------


class TemplatesUnavailableError(FieldkitError):
    """Reinstall fieldkit (scripts/bootstrap.sh builds the NBIS library, libafis_lfs, that templates need)."""

    exit_code = 69


# --- identification on the device (issue 17): the watchlist search and its candidates -------------------------


class NoWatchlistError(FieldkitError):
    """Import the watchlist file HQ sent with 'fieldkit watchlist import FILE'."""

    exit_code = 71


class HitNotFoundError(NotFoundError):
    """Run 'fieldkit hits' to list the watchlist candidates with their ids."""

    exit_code = 72


class WatchlistImageRepeatedError(InvalidValueError):
    """Name each image once; another impression of the same finger is another image file ('hq watchlist list')."""

    exit_code = 77


# --- the configuration files (issue 18; docs/cli.md, "Configuration file") -------------------------------------


class ConfigError(FieldkitError):
    """Correct the file or variable named (docs/cli.md, "Configuration file"); FIELDKIT_CONFIG= skips the file."""

    exit_code = 81


class ConfigSecretError(ConfigError):
    """Remove the key from the file: a secret is given by its own variable or file option, never in a config file."""

    exit_code = 82


# --- the HTML verification report in a language (issue 18; docs/hq.md, "The report's language") ---------------


class CatalogueError(FieldkitError):
    """Reinstall fieldkit (its translation files are damaged); in a checkout, run scripts/translations again."""

    exit_code = 85


class ReportLanguageError(FieldkitError):
    """Give --lang en, fr or ar (or set the HQ configuration's 'language' key, or $FIELDKIT_HQ_LANGUAGE, to one)."""

    exit_code = 86


# --- physical samples (issue 19; docs/samples.md) ---------------------------------------------------------------


class SampleNotFoundError(NotFoundError):
    """Run 'fieldkit sample list' to see the samples with their ids and the ids on their tags."""

    exit_code = 87


class SampleStateError(InputError):
    """Do the step the message names first, or leave that sample out ('fieldkit sample show ID' gives its steps)."""

    exit_code = 88


class SampleRefTakenError(InvalidValueError):
    """Each sample has its own id: read the sample's own tag again, or type the id printed on it with --barcode."""

    exit_code = 89


class HandoverUnconfirmedError(InvalidValueError):
    """An operator of this device confirms with their own passphrase; anyone else is named with their rank (--rank)."""

    exit_code = 90


class ManifestTakenError(InvalidValueError):
    """Give this shipment a manifest number of its own ('fieldkit sample manifest --list' shows those used)."""

    exit_code = 91


class SampleTagNotFoundError(InputError):
    """Photograph the sample's tag closer and square on, or type the id printed on it with --barcode."""

    exit_code = 92


class ShipmentNotFoundError(NotFoundError):
    """Run 'fieldkit sample manifest --list' to see the manifest numbers of this device's shipments."""

    exit_code = 93


class ManifestEmptyError(InputError):
    """Seal samples ('fieldkit sample seal ID --seal N'), then ship them ('fieldkit sample ship --manifest N ID...')."""

    exit_code = 94


# --- samples at HQ (issue 19; docs/samples.md) --------------------------------------------------------------------


class HqSampleNotFoundError(NotFoundError):
    """List the samples HQ holds, with their ids and uuids, with 'fieldkit hq samples --dir HQ'."""

    exit_code = 96


class StrProfileError(InvalidValueError):
    """Give each locus by its standard name (the message lists them) with alleles such as 12, 9.3, X or Y."""

    exit_code = 97


class NoDnaProfileError(InputError):
    """Enter the laboratory's result first: 'fieldkit hq sample result --dir HQ SAMPLE --lab-ref R --profile FILE'."""

    exit_code = 98


class ReceiverPassphraseError(WrongPassphraseError):
    """Have the receiver type their own passphrase again (theirs, not the giver's); nothing was handed over."""

    exit_code = 95
