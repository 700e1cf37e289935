"""The bundle writer is an encoder: hand-made BundleContents, with no store anywhere, become a bundle that the verifier
accepts; it refuses before writing a byte what a verifier would refuse, and leaves nothing behind when it fails.
What a bundle says its device could not analyse or derive reaches HQ's report as text, never as markup."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldkit.bundle import age, format, sshsig
from fieldkit.bundle.manifest import CaptureAnalysis, CaptureRecord, CustodyRange, LeftOut
from fieldkit.bundle.trust import Trust
from fieldkit.bundle.verify import check_bundle
from fieldkit.bundle.writer import BundleContents, Entry, write_bundle
from fieldkit.cli._common import printable
from fieldkit.errors import ExportError, InvalidValueError
from fieldkit.hq import report as html_report
from tests.bundle_kit import info_of, sample_payload
from tests.conftest import ROOT

DEVICE = "d1234567-0000-4000-8000-00000000abcd"
NO_CUSTODY = CustodyRange(from_seq=1, to_seq=0, previous_hash=None, head_hash=None)


@pytest.fixture
def keys() -> tuple[Ed25519PrivateKey, X25519PrivateKey, Trust]:
    signing, identity = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    signer = sshsig.parse_allowed_signer(f"{DEVICE} {sshsig.public_key_line(signing.public_key())}")
    return signing, identity, Trust(identities=[identity], signers={DEVICE: signer}, revoked=[])


def hand_made(entries: list[Entry], sequence: int = 1) -> BundleContents:
    return BundleContents(
        bundle_id="b0000000-0000-4000-8000-000000000001", device_id=DEVICE, sequence=sequence,
        created=datetime(2026, 11, 25, 10, 0, tzinfo=UTC), organisation="Task Force North",
        previous_tagmanifest_sha256=None, abandoned_sequences=(), custody=NO_CUSTODY, entries=tuple(entries),
    )  # fmt: skip


def sample_entries(opened: list[str]) -> list[Entry]:
    """The sample records as bytes, and the photo streamed in pieces through ``open`` (as the store streams it)."""
    entries = []
    for name, data in sample_payload().items():
        if name.startswith("data/captures/"):

            def pieces(data: bytes = data, name: str = name) -> Iterator[bytes]:
                opened.append(name)
                for start in range(0, len(data), 1000):
                    yield data[start : start + 1000]

            entries.append(Entry.streamed(name, len(data), Entry.of_bytes(name, data).sha256, pieces))
        else:
            entries.append(Entry.of_bytes(name, data))
    return entries


def test_hand_made_contents_make_a_bundle_that_verifies(keys: tuple[Ed25519PrivateKey, X25519PrivateKey, Trust],
                                                        tmp_path: Path) -> None:  # fmt: skip
    signing, identity, trust = keys
    opened: list[str] = []
    progress: list[int] = []
    written = write_bundle(tmp_path, hand_made(sample_entries(opened)), signing, [age.recipient_of(identity)],
                           progress=progress.append)  # fmt: skip
    assert written.path == tmp_path / format.file_name(DEVICE, 1) and written.size == written.path.stat().st_size
    assert [p.name for p in tmp_path.iterdir()] == [written.path.name]  # no partial file left
    report = check_bundle(written.path, trust)
    assert report.ok, report.message
    assert report.tagmanifest_sha256 == written.tagmanifest_sha256
    info = info_of(report)
    assert info == written.info
    assert (info.counts.captures, info.counts.items, info.counts.custody_entries) == (1, 1, 0)
    assert info.payload == {name: len(data) for name, data in sample_payload().items()}
    assert info.device_key == sshsig.public_key_line(signing.public_key())
    assert info.created_at == "2026-11-25T10:00:00.000000Z" and info.organisation == "Task Force North"
    (record,) = report.captures.values()
    assert record.original_name == "IMG_0001.jpg"
    photo = next(name for name in sample_payload() if name.startswith("data/captures/"))
    assert opened == [photo]  # the original was streamed once, not held
    assert sum(progress) == len(sample_payload()[photo]) and max(progress) == 1000


def test_a_bundle_written_to_a_stream_is_the_same_bundle(keys: tuple[Ed25519PrivateKey, X25519PrivateKey, Trust],
                                                         tmp_path: Path) -> None:  # fmt: skip
    signing, identity, trust = keys
    sink = io.BytesIO()
    written = write_bundle(sink, hand_made(sample_entries([])), signing, [age.recipient_of(identity)])
    assert written.path is None and written.size == len(sink.getvalue())
    path = tmp_path / "from-a-stream.fkb"
    path.write_bytes(sink.getvalue())
    report = check_bundle(path, trust)
    assert report.ok and report.tagmanifest_sha256 == written.tagmanifest_sha256


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([Entry.of_bytes("data/x.txt", b"1"), Entry.of_bytes("data/x.txt", b"2")], "twice"),
        ([Entry.of_bytes("notes.txt", b"outside the payload")], "outside data/"),
        ([Entry.of_bytes("data/../x.txt", b"")], "unsafe name"),
        ([Entry.of_bytes("data/big.bin", bytes(3 << 20))], "more than --max-size"),
    ],
)
def test_what_a_verifier_would_refuse_is_refused_before_a_byte_is_written(
    keys: tuple[Ed25519PrivateKey, X25519PrivateKey, Trust], tmp_path: Path, entries: list[Entry], message: str
) -> None:
    signing, identity, _ = keys
    with pytest.raises(InvalidValueError, match=message):
        write_bundle(tmp_path, hand_made(entries), signing, [age.recipient_of(identity)], max_size=2 << 20)
    assert list(tmp_path.iterdir()) == []


def test_an_entry_needs_its_bytes_or_a_way_to_open_them() -> None:
    with pytest.raises(InvalidValueError):
        Entry("data/x", 1, "0" * 64)
    with pytest.raises(InvalidValueError):
        Entry("data/x", 1, "0" * 64, content=b"x", open=lambda: [b"x"])


def test_a_short_original_or_a_cancel_leaves_no_file(keys: tuple[Ed25519PrivateKey, X25519PrivateKey, Trust],
                                                     tmp_path: Path) -> None:  # fmt: skip
    signing, identity, _ = keys
    short = Entry.streamed("data/captures/a.jpg", 10, "0" * 64, lambda: [b"12345"])
    with pytest.raises(ExportError, match="changed size"):
        write_bundle(tmp_path, hand_made([short]), signing, [age.recipient_of(identity)])
    assert list(tmp_path.iterdir()) == []

    class Cancelled(Exception):
        pass

    def cancel(_: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        write_bundle(tmp_path, hand_made(sample_entries([])), signing, [age.recipient_of(identity)], progress=cancel)
    assert list(tmp_path.iterdir()) == []


HOSTILE = "<script>alert(1)</script>\x1b[2J"  # markup for HQ's report, an escape sequence for its terminal


def test_analysis_and_left_out_reach_the_report_as_text(keys: tuple[Ed25519PrivateKey, X25519PrivateKey, Trust],
                                                        tmp_path: Path) -> None:  # fmt: skip
    signing, identity, trust = keys
    entries = []
    for entry in sample_entries([]):
        if entry.name.startswith(CaptureRecord.FOLDER):
            record = CaptureRecord.from_json(format.strict_json(entry.content or b"", entry.name))
            failed = CaptureAnalysis(status="failed", reason=f"the decoder said {HOSTILE}", code="decoder-error")
            entry = Entry.of_json(entry.name, dataclasses.replace(record, analysis=failed).to_json())
        entries.append(entry)
    capture = "11111111-1111-4111-8111-111111111111"
    left_out = (LeftOut(capture=capture, product="ocr-text", reason=f"unexpected error {HOSTILE}"),)
    written = write_bundle(tmp_path, dataclasses.replace(hand_made(entries), left_out=left_out), signing,
                           [age.recipient_of(identity)])  # fmt: skip
    report = check_bundle(written.path or tmp_path, trust)
    assert report.ok, report.message
    assert info_of(report).left_out == left_out == written.info.left_out
    (record,) = report.captures.values()
    assert record.analysis is not None and record.analysis.reason.endswith(HOSTILE)
    page = html_report.render(report)
    assert "<script>" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # the analysis, and what was left out
    assert "Left out" in page and "ocr-text" in page and "failed (decoder-error)" in page
    assert "\x1b" not in printable(HOSTILE) and printable(HOSTILE).endswith("\\x1b[2J")  # shown, not obeyed


def test_a_bundle_without_left_out_still_says_so(keys: tuple[Ed25519PrivateKey, X25519PrivateKey, Trust],
                                                 tmp_path: Path) -> None:  # fmt: skip
    """A new bundle always names what it left out, even nothing; an old one (no key) reads as None."""
    signing, identity, trust = keys
    written = write_bundle(tmp_path, hand_made(sample_entries([])), signing, [age.recipient_of(identity)])
    report = check_bundle(written.path or tmp_path, trust)
    assert info_of(report).left_out == () and report.left_out == ()
    assert not any(check.name == "left out" for check in report.checks)


def test_the_writer_loads_nothing_above_the_bundle_package() -> None:
    """Importing the encoder loads no store, core, biometrics, HQ or device-side module (lint-imports checks the
    import statements; this checks what actually gets loaded)."""
    code = (
        "import sys, fieldkit.bundle.writer\n"
        "above = ('fieldkit.store', 'fieldkit.core', 'fieldkit.biometrics', 'fieldkit.sources', 'fieldkit.outgoing',"
        " 'fieldkit.sync', 'fieldkit.hq', 'fieldkit.cli', 'fieldkit.gui')\n"
        "print(sorted(m for m in sys.modules if m.startswith(above)))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
