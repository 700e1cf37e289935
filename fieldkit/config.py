"""Settings, safety limits and default locations. Every limit fieldkit enforces lives here, with its reason.

One frozen dataclass per area (the store and imports, fingerprints, bundles, the HQ server, sending to HQ), each
with a module-level default instance; code takes the instance it is handed, or the default. Fixed values of a file
format (the age chunk size, the ustar name field) stay with the format's code, marked "not a limit";
tests/unit/test_limits.py fails on any other limit-named constant outside this module.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from fieldkit.errors import StoreFormatError

APP_NAME = "fieldkit"
STORE_ENV = "FIELDKIT_STORE"
PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
NEW_PASSPHRASE_ENV = "FIELDKIT_NEW_PASSPHRASE"  # noqa: S105
# A handover's receiver, an operator of this device, confirms it with their own passphrase (docs/samples.md).
RECEIVER_PASSPHRASE_ENV = "FIELDKIT_RECEIVER_PASSPHRASE"  # noqa: S105


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost of one passphrase guess.

    The defaults cost about 0.39 s and 128 MiB on the reference machine (2 cores), above the 0.3 s bar, while
    keeping a whole import command under 200 MB of memory; they are recorded in each key slot so a slot made with
    other parameters still opens.
    """

    memory_kib: int = 131_072
    iterations: int = 7
    lanes: int = 4

    def to_json(self) -> dict[str, int | str]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: object, limits: Limits) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise StoreFormatError("key slot names an unknown key-derivation function")
        try:
            params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreFormatError("key slot has malformed key-derivation parameters") from exc
        # Slot files are read before any passphrase proves them: a hostile one must not make one attempt cost more
        # than what fieldkit itself writes (Limits, "key slots").
        if not (8 <= params.memory_kib <= limits.max_kdf_memory_kib):
            raise StoreFormatError("key slot asks for an unreasonable amount of memory")
        if not (1 <= params.iterations <= limits.max_kdf_iterations and 1 <= params.lanes <= limits.max_kdf_lanes):
            raise StoreFormatError("key slot has out-of-range key-derivation parameters")
        if params.memory_kib * params.iterations > limits.max_kdf_work_kib_passes:
            raise StoreFormatError("key slot asks for an unreasonable amount of work")
        if params.memory_kib < 8 * params.lanes:
            raise StoreFormatError("key slot has inconsistent key-derivation parameters")
        return params


# Cheap parameters for tests only: never the default anywhere a user can reach.
TEST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


@dataclass(frozen=True)
class Limits:
    """Hard limits on what fieldkit accepts, so hostile input cannot exhaust memory, disk or time."""

    media_chunk_size: int = 1 << 20
    # Pillow refuses images above this many pixels; a bigger one is treated as a decompression bomb.
    max_image_pixels: int = 180_000_000
    # Largest single original accepted (a long video or a disk image belongs elsewhere).
    max_original_bytes: int = 64 << 30
    max_exif_value_chars: int = 512
    # Pages a multi-page original (TIFF) may have to be imported: more is a hostile file, not a document.
    max_import_pages: int = 10_000
    # Pages rendered of one capture, for OCR and for the page view: each costs a full-page image in memory, and
    # a PDF claiming a million pages must not keep OCR or the window busy for days.
    max_render_pages: int = 2000
    # Pages one scanner batch keeps (each is held in memory until the batch is stored); the scan stops there.
    max_scan_pages: int = 500
    # Seconds a capture source (a plug-in's driver) has to say whether it works and which devices it sees; one that
    # hangs is listed as not answering, so it cannot hold up 'fieldkit sources', a scan or the window's device lists.
    source_answer_s: float = 10.0
    # Longest side of a page image handed to Tesseract (A4 at 600 dpi): a 300 dpi render of larger paper is
    # scaled to fit, so one page never needs more than about 50 MB.
    max_ocr_side_pixels: int = 7016
    # Seconds Tesseract may spend on one page before it is treated as stuck.
    ocr_timeout_s: int = 300
    # A PDF page whose own text layer holds fewer letters and digits than this (a scan, a photo in a PDF, a scan
    # with only a stamped page number as text) is read by OCR instead; from this many on, its text layer is its
    # text (exact, every digit as written, and no OCR time).
    min_text_layer_chars: int = 16
    # Tesseract's orientation confidence (OSD, --psm 0) from which a page nobody has arranged is turned as it says
    # before OCR. Measured: a dense Arabic page turned 90/180/270 scores 16-32, a five-line invoice photo 4.6-4.9,
    # and upright pages answer "no turn"; below this the page is read as it stands (a wrong turn would lose a
    # readable page, so ocrmypdf, which turns without asking, waits for 14).
    min_orientation_confidence: float = 2.0
    # A photo above this many pixels is reduced (to 4000 px) before the barcode search, to bound memory.
    max_barcode_image_pixels: int = 60_000_000
    # Originals larger than this are not opened in the viewer, which holds the whole decrypted file in memory.
    max_view_source_bytes: int = 256 << 20
    # A photo of a sample's tag read for its barcode in the window (a file chosen, or a capture of the item): the
    # whole photo is held in memory and handed to the sandbox; a camera's JPEG is well under it.
    max_tag_photo_bytes: int = 64 << 20
    max_jpeg_segments: int = 4096
    max_passphrase_chars: int = 1024
    min_passphrase_chars: int = 8
    max_name_chars: int = 200
    max_text_chars: int = 20_000
    max_slot_file_bytes: int = 64 << 10
    # A configuration file (docs/cli.md, "Configuration file") holds a dozen short lines: a larger one is not one.
    max_config_file_bytes: int = 64 << 10
    # A translation catalogue (resources/translations/fieldkit_<language>.ts, read by the HTML report): ours are about
    # 300 KiB for some 1,200 texts; a file sixteen times that is not one of ours.
    max_catalogue_bytes: int = 5 << 20
    # Key slots: what one slot read from disk may ask of the Argon2id run that tries it (issue 15). A slot's
    # parameters are trusted only once its passphrase opens it, so these bounds are all that stops a slot planted by
    # someone with write access to the store folder. They sit just above what fieldkit has ever written (256 MiB x 3
    # passes until the group-commit change, 128 MiB x 7 passes x 4 lanes since) and keep the worst plantable slot
    # (512 MiB x 2 passes x 1 lane) at 1.6 s and 0.6 GB per unlock on the reference machine (docs/benchmarks.md,
    # "Issue 15: store"). Work is memory x passes: Argon2id's time grows with their product.
    max_kdf_memory_kib: int = 512 << 10
    max_kdf_iterations: int = 16
    max_kdf_lanes: int = 8
    max_kdf_work_kib_passes: int = 1 << 20
    max_operators: int = 64
    # Slot files one unlock tries: one per operator, and a replacement left by an interrupted passphrase change. Any
    # more (planted, or copied in) are skipped and reported, the costliest first, so they cannot multiply the time.
    max_slot_files: int = 65
    # CPU workers hashing and encrypting (as many again wait for fsync); 3 measured best on 2 cores.
    import_workers: int = 3


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class AnalysisLimits:
    """What one analysis sandbox may use (fieldkit.sandbox): every decoder of outside bytes runs under these.

    A decoder that needs more is stopped and its capture marked ``analysis: failed`` with the reason; the original is
    never touched. The defaults hold a 200 MP photo's reduced decode and a 50-page PDF's text, and stop the hostile
    files measured in issue 12 (a 38-byte WebP asking 2.6 GB, a PDF page asking 7.6 GB) at the door of the child.
    """

    # Address space of one sandbox process (RLIMIT_AS; a Job Object memory limit on Windows). Python, Pillow and
    # pdfium take about 120 MB of it before any file is read.
    memory_bytes: int = 1 << 30
    # CPU seconds one request may use (RLIMIT_CPU per request), and the wall-clock seconds before the process is
    # killed (a decoder waiting forever uses no CPU).
    cpu_s: int = 60
    wall_s: float = 90.0
    # Sandbox processes kept running; requests beyond them wait. One per core: decoding is CPU-bound.
    workers: int = max(1, min(4, os.cpu_count() or 1))
    # Largest original handed to a sandbox: its bytes are held in the child's memory (under memory_bytes).
    max_input_bytes: int = 768 << 20
    # Largest answer a sandbox may send back (previews, rendered pages, decoded prints, extracted text).
    max_result_bytes: int = 256 << 20
    # Longest side of the thumbnail analysis keeps for the window and reports.
    thumbnail_side: int = 256
    # Longest side of a picture or page the viewer shows, rendered in the sandbox as a PNG (a 12 MP photo at full
    # size): the window decodes only that PNG, and a page declaring a huge size is scaled down to it.
    view_side: int = 4096
    # Characters of text kept per capture for search (office files, PDF text layers, plain text, e-mail).
    max_text_chars: int = 2_000_000
    # An archive's listing stops at this many members; expanding it stops at these totals and at this ratio of
    # expanded to compressed bytes (a zip bomb is refused, not expanded).
    max_archive_members: int = 10_000
    max_expanded_bytes: int = 8 << 30
    max_expansion_ratio: int = 200
    # EXIF text values are cut to this many characters (as Limits.max_exif_value_chars at import).
    max_exif_value_chars: int = 512
    # Pixels a describer decodes for a thumbnail (3 bytes each, plus the decoder's own buffers): a larger picture (a
    # 200 MP photo) is shown by its own embedded thumbnail or preview, or decoded reduced where the format allows.
    max_decode_pixels: int = 100_000_000
    # Bytes of one text file or office member parsed as a whole (JSON, XML, HTML, e-mail, an office file's XML) or
    # of a RAW file's embedded preview: parsers hold several times their input; a larger text is read as plain text,
    # a larger member is skipped.
    max_parse_bytes: int = 32 << 20
    # Pages of a PDF whose text is extracted, records of an ANSI/NIST transaction and parts of an e-mail listed.
    max_text_pages: int = 2000
    max_nist_records: int = 1000
    max_email_parts: int = 1000
    # Frames decoded while looking for a video's poster frame (about one second in); the last one decoded is shown.
    max_poster_frames: int = 120
    # SQLite virtual-machine steps spent listing a database's tables and counting their rows (a few seconds' work);
    # a hostile schema cannot make the listing run for ever.
    max_database_steps: int = 200_000_000
    # Audio and video playback in the window (fieldkit.analysis.playback): one request decodes at most this many
    # seconds, reading at most this many packets (from the keyframe before them), and answers with frames at most
    # this many per second and this many pixels on their longest side, plus the sound as PCM.
    max_playback_segment_s: float = 8.0
    max_playback_packets: int = 20_000
    playback_fps: int = 12
    playback_side: int = 960


DEFAULT_ANALYSIS_LIMITS = AnalysisLimits()

# A camera maker note read for its serial numbers (fieldkit.analysis.formats.exif): entries read from one vendor IFD
# (real ones have under 200) and bytes of one serial-number value (real ones have under 32); a hostile note claiming
# 65,535 entries or a megabyte-long serial is read that far and no further.
MAKER_NOTE_MAX_ENTRIES = 512
MAKER_NOTE_MAX_SERIAL_BYTES = 64


@dataclass(frozen=True)
class FingerprintLimits:
    """Fingerprint quality thresholds and sizes (NFIQ 2 scores 0-100)."""

    # Below this the operator is asked to take the print again (red); from `good_from` it is green.
    recapture_below: int = 35
    good_from: int = 60
    # A ten-print card scan or a latent photo larger than this many pixels is refused (a 8 x 8 in card at 1000 ppi
    # is 64 MP).
    max_print_pixels: int = 80_000_000
    # The ruler marks of a latent must be at least this many pixels apart, and the scale they give within this range.
    min_ruler_pixels: int = 20
    ppi_range: tuple[int, int] = (100, 6000)
    # The distance between a latent's ruler marks an operator may give, in millimetres.
    ruler_mm_range: tuple[float, float] = (0.5, 500)
    # The resolution a print may have, stated by an operator (--ppi, 'fingerprint set-ppi') or read from its file:
    # AFIS prints are 500 or 1000 ppi, a few small sensors lower.
    # A file's value outside it is not a print's resolution (72 and 96 are screen defaults, 1 means no tag, 119.99
    # a wrong tag) and is ignored: the print is kept with its resolution unknown, never scored or resampled with it.
    # A stated value outside it is refused as a typing mistake.
    print_ppi_range: tuple[int, int] = (250, 2000)
    # Degrees a ten-print card may be turned and still be straightened; the skew search covers this range, so a
    # scan more crooked is refused (scan it again, straighter).
    max_card_skew_degrees: float = 5.0
    # How long an agency identifier (ORI, DAI) may be: the standard leaves it open; 35 holds every AFIS code we
    # know of (EBTS ORIs are 9) and keeps a pasted paragraph out of the header.
    agency_code_chars: tuple[int, int] = (1, 35)
    # A WSQ print stated at 500 ppi within this fraction (the FBI's 500 ppi +/- 1 %) goes into Type-14 as it is:
    # resampling it would only add a second lossy generation.
    wsq_passthrough_ppi_tolerance: float = 0.01


FINGERPRINT_LIMITS = FingerprintLimits()


@dataclass(frozen=True)
class IdentificationLimits:
    """Watchlist search and HQ matching (issue 17): operating points and sizes. The thresholds are measured on the
    comparisons docs/identification.md describes, never guessed; change them only with new figures there."""

    # A print with fewer MINDTCT minutiae gets no template: Bozorth3 scores nothing below 10 on either side, and
    # with so few a random print matches as well as a mate (docs/identification.md, "Templates").
    min_minutiae: int = 12
    # The operating point, measured on real prints (docs/identification.md, "Thresholds"; bench_identification.py):
    # different fingers scored at most 33 in 11 025 comparisons (99 % below 20), two impressions of one finger 84
    # at the median. One finger is a candidate mate from finger_threshold (no impostor reached it; 19 % of the
    # distorted mates stay below it). Fingers are fused as the sum of each compared finger's score above
    # finger_floor (90 % of impostor scores are at or below it), so that ten fingers of noise do not add up to a
    # candidate; a subject is a candidate from subject_threshold of that sum (expected impostor rate below 1e-5
    # for one to ten fingers), or when one finger reaches finger_threshold.
    finger_threshold: int = 40
    finger_floor: int = 12
    subject_threshold: int = 40
    # Euclidean distance of dlib face descriptors below which two faces are a candidate (dlib's own figure: 0.6).
    face_distance: float = 0.6
    # Bozorth3 comparisons one finger search makes after the pre-filter (0.3-1 ms each on a laptop core): a gallery
    # needing no more is compared in full; a larger one only in its best-ranked entries, at least min_shortlist.
    rerank_comparisons: int = 200
    min_shortlist: int = 10
    # Candidates listed for one search, best first.
    max_candidates: int = 10
    # The device keeps its watchlist's gallery in memory between searches (loading it is the cost of a search
    # otherwise: seconds for 100,000 entries, docs/benchmarks.md) unless its arrays take more than this. Measured:
    # ~1.2 KB a finger template (720 bytes of pre-filter vector, ~60 minutiae of 8 bytes, indexes), 1.2 GB for the
    # 100,000 ten-print entries the issue asks to search in under a second; this keeps a gallery of that size
    # (above the 250 MB fieldkit promises without a watchlist: a list that large is the operator's choice to
    # carry) and drops one of the largest watchlists (max_watchlist_entries), 2.4 GB, after each search on a
    # field laptop with 8 GB.
    max_kept_gallery_bytes: int = 1536 << 20
    # Finger templates the device's gallery load folds in one bulk step (biometrics/gallery_load.py, Loader): the
    # stored bytes of one batch (~1.3 KB a template) are held at once, then turned into the gallery's arrays.
    gallery_load_batch: int = 20_000
    # Entries a watchlist file may hold, and templates one entry may carry (10 fingers, a few faces, a few views).
    max_watchlist_entries: int = 200_000
    max_templates_per_entry: int = 40
    # Bytes of a watchlist file (encrypted); larger is refused before it is read.
    max_watchlist_bytes: int = 1 << 30
    # A watchlist file's validity when HQ exports it without --valid-days, and the most it may be given: a device
    # that stops receiving files stops alerting on stale entries rather than for ever.
    watchlist_valid_days: int = 30
    max_watchlist_valid_days: int = 365
    # `watchlist status` warns when the watchlist held expires within this many seconds.
    watchlist_expiry_warning_s: int = 24 * 3600
    # Characters of an entry's reference and category (one line each), and of its note (free text).
    max_watchlist_ref_chars: int = 100
    max_watchlist_note_chars: int = 2000
    # Devices one watchlist file is encrypted to (one ssh-ed25519 stanza each, ~110 bytes of the age header read
    # before decryption: this many fit BundleLimits.max_age_header_bytes); beyond, export per device.
    max_watchlist_devices: int = 250
    # Face templates (fieldkit.biometrics.faces, docs/faces.md). The detector (dlib's HOG frontal face detector)
    # scans the photo reduced to face_detect_side pixels on its longest side, upsampled face_upsample times: it finds
    # faces from about 80 px / 2**face_upsample of that side, so from about 4 % of the photo's longest side (a head
    # in a group photo of ten); one more upsampling would find half that size at four times the time (0.7 s -> 3 s a
    # photo on the laptop). The landmarks and descriptors are taken on the photo reduced to face_max_side, which
    # keeps a face of 4 % at 80 px (dlib's descriptor works on a 150 px chip: larger faces add nothing).
    face_detect_side: int = 1000
    face_upsample: int = 1
    face_max_side: int = 2000
    # Faces described in one photo, the detector's surest first (0.3 s each): a crowd is not a mugshot.
    max_faces_per_photo: int = 20
    # HQ's 1:N search (hq/identify.py) reads the gallery from its database this many templates at a time (memory:
    # about 2 KiB each while a batch is compared), one finger position after the other.
    hq_search_batch: int = 5000
    # HQ's pre-filter (hq/identify.py, docs/hq.md "Identification"): every template's pre-filter vector is streamed
    # from the database this many at a time (~400 bytes each as read, ~1 KiB while scored: ~10 MiB a page), and
    # only the best-ranked subjects are compared with Bozorth3, as many as hq_rerank_comparisons comparisons pay for
    # (at least hq_min_shortlist subjects). 2 000 comparisons take 1-4 s on a laptop core (0.5-1.8 ms each, more
    # with more minutiae): a ten-print probe compares ~200 subjects (the device's budget of 200 keeps 20 entries
    # and misses ~1 ten-print mate in 20 at 100 000 entries), a one-finger probe ~2 000 (its pre-filter is weak).
    # docs/benchmarks.md gives the measured ranks of the mate.
    hq_prefilter_batch: int = 10_000
    hq_rerank_comparisons: int = 2000
    hq_min_shortlist: int = 50
    # NFIQ 2 score (0-100) a print must reach to go on the watchlist at HQ: every device searches against it, so a
    # poor one misses its mates and a non-print (a face photo scores 0) only adds noise.
    min_watchlist_nfiq2: int = 20
    # A subject whose search a worker began and never finished (it died) is searched again by the next ingest that
    # finds it still waiting this long after its templates came.
    hq_search_stale_s: float = 600.0
    # An examiner's note on a candidate, in characters.
    max_examiner_note_chars: int = 2000


IDENTIFICATION_LIMITS = IdentificationLimits()


@dataclass(frozen=True)
class BundleLimits:
    """What a bundle may hold; a verifier refuses anything beyond, before reading it."""

    # FAT32 cannot hold a file of 4 GiB: the default split keeps every bundle below that.
    default_max_bundle_bytes: int = (4 << 30) - 1
    # Tag files stream past before the signature over them is checked (docs/bundle-format.md, "Verifying"), so each
    # has a tight cap. bagit.txt, bag-info.txt and the tag manifest are a few lines; the signature has its own cap
    # (max_signature_bytes). The payload manifest and fieldkit.json grow with the number of payload files that
    # bag-info.txt's Payload-Oxum claims: the base for any bag plus so much per file, never beyond
    # max_tag_file_bytes. A manifest line is at most 64 + 2 + 100 + 1 bytes; fieldkit.json holds each file's size and
    # the reasons of what was left out (max_reason_chars each). The writer refuses a bundle beyond these caps.
    max_small_tag_file_bytes: int = 16 << 10
    tag_file_base_bytes: int = 256 << 10
    manifest_bytes_per_entry: int = 168
    fieldkit_json_bytes_per_entry: int = 4 << 10
    max_tag_file_bytes: int = 16 << 20
    # The payload manifest and fieldkit.json are kept in memory before the signature only up to this much together;
    # beyond, they are only hashed then, and read a second time once the signature holds (an unsigned bundle costs
    # no memory, a signed one reads its first megabytes twice).
    max_presignature_kept_bytes: int = 1 << 20
    max_record_bytes: int = 16 << 20
    # An ANSI/NIST transaction kept in memory to be written out at HQ (a ten-print set with its card is a few MB).
    max_transaction_bytes: int = 512 << 20
    max_member_bytes: int = 64 << 30
    # Files in one bundle: with the caps above, a manifest of this many lines still fits max_tag_file_bytes.
    max_members: int = 100_000
    # An age header (recipient stanzas) is read into memory before decryption: a few hundred bytes per recipient.
    max_age_header_bytes: int = 64 << 10
    max_age_stanzas: int = 64
    # An armored SSHSIG over an Ed25519 key is under 1 KiB; anything far larger is not a signature.
    max_signature_bytes: int = 16 << 10
    # Zero padding after the tar's end-of-archive blocks (tar pads to its 10 KiB record size).
    max_tar_padding_bytes: int = 64 << 10
    # Photos larger than this get no thumbnail in the HQ report (it is decoded in memory while verifying).
    max_report_thumbnail_source_bytes: int = 64 << 20
    # Each upload setting of a provisioning file (endpoint URL, certificate pin, receipt key, credential).
    max_upload_setting_chars: int = 300
    # A reason a bundle gives for a failed analysis or a product left out: a decoder's complaint, from a sandbox that
    # hostile bytes may control, is cut to this, so no capture can make its record too large for HQ to read.
    max_reason_chars: int = 1000
    # Templates one templates record (one capture) may hold: a print has one, a photo one per face found.
    max_templates_per_record: int = 64
    # A bundle's sequence number and every abandoned number it names: a device makes a few bundles a day, so a
    # billion is never reached, while a number near 2^63 from a compromised key would overflow HQ's arithmetic.
    max_sequence: int = 10**9
    # Numbers a device burned (a crash, a cancel) since its previous complete bundle, named in one bundle. Ten
    # thousand, at up to 11 bytes each, keep fieldkit.json of even an empty bag inside its cap (tag_file_base_bytes).
    max_abandoned_sequences: int = 10_000
    # HQ quarantines, for review, a bundle numbered this far beyond the last one it archived of the device (`hq
    # ingest --accept-jump` takes it deliberately): a stolen key burning numbers shows up, and gaps stay few.
    max_sequence_jump: int = 10_000
    # Physical samples (issue 19): the sample records one bundle carries (the rest wait for the next bundle), the
    # custody steps one record carries (its newest ones: the older travelled in earlier bundles), the photos one
    # names, and each text of a sample or shipment record (the store's own cap on a text, Limits.max_text_chars).
    max_samples_per_bundle: int = 5_000
    max_sample_steps_per_record: int = 1_000
    max_sample_photos_per_record: int = 200
    max_sample_text_chars: int = 20_000


BUNDLE_LIMITS = BundleLimits()


@dataclass(frozen=True)
class DnaLimits:
    """Laboratory results entered at HQ (issue 19, docs/samples.md): an STR profile and the file it is read from."""

    # Loci in one profile: the standard sets have 20-27 (CODIS core 20, the ESS, amelogenin and kit extras).
    max_loci: int = 64
    # Allele calls per locus: a single-source profile has one or two; a tri-allelic pattern three (the Type-18 STR
    # field has room for three calls per locus).
    max_alleles_per_locus: int = 3
    # A profile CSV is a few hundred bytes; anything far larger is not one.
    max_profile_csv_bytes: int = 64 << 10
    # The laboratory's reference, its name, the receiver's name and a note.
    max_lab_text_chars: int = 500


DNA_LIMITS = DnaLimits()


@dataclass(frozen=True)
class ServerLimits:
    """What HQ's upload server holds back, so uploads cannot fill its disk or its memory."""

    # Bytes read from a socket or a file at a time (bounds each request's memory).
    piece_bytes: int = 1 << 20
    # Disk space HQ keeps free beyond what its open uploads declared (the bytes still to come of every one, and room
    # for the quarantine copy verification makes of the largest); with less, a new upload is refused (507).
    free_disk_margin_bytes: int = 256 << 20
    # Seconds a request waits for another one still writing the same upload (a client that reconnected).
    settle_s: float = 20.0
    # Times the server starts verifying one finished upload: a verification the process never finished (it was
    # killed in it, or a decoder took it down) is not started again past this; the upload is rejected `unreadable`.
    verify_attempts: int = 2
    # Seconds a connection has for its TLS handshake, request line and headers, in total (not per recv): a peer that
    # trickles bytes (slowloris) is cut at this deadline whatever it sends. Each keep-alive request starts it again.
    header_deadline_s: float = 10.0
    # Seconds a request body (a PATCH) may go without a byte arriving before its connection is closed.
    body_idle_s: float = 60.0
    # Connections not yet authenticated (handshake, headers, the health probe): beyond this the oldest one is
    # closed to make room, so a new connection always gets in and a fast request always finishes.
    preauth_connections: int = 64
    # Of those, one address may hold this many; beyond it, that address's own oldest one is closed.
    preauth_per_address: int = 32
    # Connections serving authenticated devices (their own pool: unauthenticated peers cannot take these slots),
    # and how many one device may hold at once (a HEAD beside a PATCH still draining needs two).
    device_connections: int = 64
    connections_per_device: int = 4
    # Uploads one device may have open (created, no receipt yet) and their declared bytes in total: a leaked or
    # compromised credential cannot reserve the disk. The bytes cap is raised to the server's --max-size if smaller.
    open_uploads_per_device: int = 4
    open_bytes_per_device: int = 8 << 30
    # Days a quarantined copy, or an abandoned upload (no byte for this long, no receipt), is kept; then
    # `fieldkit hq quarantine --expire` (and the server, for abandoned uploads) removes the file. The index keeps
    # the quarantine row with the file's SHA-256, marked expired.
    quarantine_expiry_days: int = 30
    # Seconds over which the server counts the connections it drops (too slow to send their request, closed to make
    # room, a TLS handshake never finished, cut by the peer) before saying each kind in one line: a slowloris makes
    # thousands, and a line each would bury the errors that matter.
    drop_log_interval_s: float = 60.0
    # The upload front end (`fieldkit hq gateway`): seconds the tus server waits for an answer from fieldkit's hooks
    # service (then the device is told 503 and retries), and the database connections that service keeps open.
    gateway_hook_timeout_s: float = 15.0
    gateway_hook_connections: int = 8
    # Bytes of one hook request the hooks service reads (a credential, an upload id, the tus metadata).
    gateway_hook_body_bytes: int = 64 << 10


SERVER_LIMITS = ServerLimits()


@dataclass(frozen=True)
class WorkerLimits:
    """How HQ's verifier workers share the job queue (`fieldkit hq worker`, docs/hq.md "Workers and the queue")."""

    # Seconds a claimed job is a worker's: past this without a heartbeat (the worker was killed, its machine lost)
    # another worker may claim it. A heartbeat every heartbeat_s renews it while verification runs.
    lease_s: float = 60.0
    heartbeat_s: float = 10.0
    # Times a job is started: a verification that never finished (the worker died in it) or failed on HQ's own
    # storage or database is tried again after a backoff; past this the job is dead and its bundle refused
    # `unreadable` (with a signed rejected receipt for an upload), so a device is never left waiting.
    max_attempts: int = 3
    # Backoff before a failed job is tried again: doubles from the base up to the cap.
    backoff_base_s: float = 5.0
    backoff_cap_s: float = 300.0
    # Seconds an idle worker sleeps between looks at the queue (and `hq ingest --wait` between looks at its jobs).
    idle_poll_s: float = 0.5
    # Seconds a stopping worker (SIGTERM, Ctrl-C) lets its current job finish before it releases it to the queue.
    stop_grace_s: float = 20.0
    # `fieldkit hq status` warns when jobs wait and no worker claimed one for this many seconds.
    idle_warning_s: float = 300.0


WORKER_LIMITS = WorkerLimits()


@dataclass(frozen=True)
class UnwrapLimits:
    """HQ's unwrap service (`fieldkit hq unwrap`, docs/hq.md "The unwrap service"): it holds hq-identity.txt and
    returns each age header's file key to authenticated workers. A request's body is one age header, so at most
    BundleLimits.max_age_header_bytes."""

    # Seconds a worker waits for the service (connect, TLS handshake, answer); past it the job's attempt fails on
    # HQ's own side (HqUnwrapError) and is tried again later, never a verdict on the bundle.
    request_timeout_s: float = 30.0
    # Seconds a connection to the service has for its TLS handshake, request and body, between bytes.
    connection_timeout_s: float = 10.0
    # Connections the service serves at once (a thread each); one beyond is closed unanswered (the worker retries).
    max_connections: int = 64


UNWRAP_LIMITS = UnwrapLimits()


@dataclass(frozen=True)
class SyncLimits:
    """How a device paces its uploads to HQ: the network is slow and shared, and many devices share HQ."""

    # Bytes sent per write: the rate limit and a cancel act between pieces.
    upload_piece_bytes: int = 256 << 10
    # Backoff after failed attempts doubles from the base up to the cap (with jitter: never all devices at once).
    backoff_base_s: float = 5.0
    backoff_cap_s: float = 900.0
    # Seconds to wait for HQ's signed receipt after an upload before trying again later.
    receipt_wait_s: float = 120.0
    # Seconds between probes of HQ while bundles wait (with jitter).
    probe_interval_s: float = 30.0


SYNC_LIMITS = SyncLimits()


PROGRESS_INTERVAL_ENV = "FIELDKIT_PROGRESS_INTERVAL"  # seconds between progress lines when stderr is not a terminal


@dataclass(frozen=True)
class ProgressLimits:
    """How often the command line says how far a long command has got (docs/cli.md, "Progress and output")."""

    # Stderr not a terminal (a pipe, CI, journald): one plain line at most this often per task, so a log is never
    # flooded; a task that ends sooner says nothing, as before. $FIELDKIT_PROGRESS_INTERVAL overrides it (0: every
    # step, for a test).
    line_interval_s: float = 5.0
    # A terminal's bar is redrawn this often (rich's refresh thread).
    bar_refresh_per_second: float = 4.0


PROGRESS_LIMITS = ProgressLimits()


@dataclass(frozen=True)
class ObjectStorageLimits:
    """How HQ talks to its S3-compatible object store (hq/s3storage.py)."""

    # Bytes of one part of a multipart upload, held in memory while it is sent (S3 takes 5 MiB to 5 GiB; 10 000
    # parts of this size allow an 80 GiB object, above any bundle fieldkit makes).
    part_bytes: int = 8 << 20
    # Parts being sent at once (memory: this many parts plus the one being read).
    parts_in_flight: int = 2
    # An object up to this size is written with one PUT (its SHA-256 checked by the store), larger ones in parts.
    single_put_bytes: int = 8 << 20
    # Bytes read from a GET at a time (the buffer of the stream a verifier reads).
    read_buffer_bytes: int = 1 << 20
    # Seconds to connect to the store, and to wait for its next bytes, before the request fails (then retried).
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 60.0
    # Attempts of one request (botocore's standard retry mode, with backoff) before the store counts as failed.
    attempts: int = 4


OBJECT_STORAGE_LIMITS = ObjectStorageLimits()


def default_store_dir() -> Path:
    """The store folder: FIELDKIT_STORE if set, else the platform's per-user data folder."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "store"
