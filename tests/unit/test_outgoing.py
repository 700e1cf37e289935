"""What leaves the device: a new kind of bundle content is one more contributor in the registry, with no edit of
compose or the writer; it lands in the verified bundle and its signed manifest, is told when its bundle is
complete, and gets a bundle of its own when it has something waiting and no capture does (the shape amendments
will take). Nothing one capture holds stops a bundle: a failing step of one capture leaves out only that product,
named with the reason; captures never analysed are analysed first; a bundle number is taken only by a bundle that
is written whole (a failing contributor or a disk error mid-write gives it back)."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import tarfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from fieldkit._internal import fsutil
from fieldkit.analysis.runner import AnalysisOutcome
from fieldkit.bundle import age, format
from fieldkit.bundle.manifest import CaptureAnalysis, LeftOut
from fieldkit.bundle.verify import check_bundle
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.core.importer import Importer
from fieldkit.errors import CancelledError, DamagedMediaError, DiskFullError, InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, contributors, ledger
from fieldkit.outgoing.contributors import BundleDraft, Contributor
from fieldkit.store.store import Store
from tests.bundle_kit import info_of
from tests.conftest import jpeg_bytes
from tests.unit.test_disk_full import tiny_filesystem


@dataclass(frozen=True)
class Note:
    """A record of a kind the format does not define yet: it travels as plain JSON in its own folder."""

    uuid: str
    capture: str
    text: str

    @property
    def path(self) -> str:
        return f"data/records/notes/{self.uuid}.json"

    def to_json(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "capture": self.capture, "text": self.text}


class Notes(Contributor):
    """Notes about captures, sent once each, like the planned amendments; kept in memory for the test."""

    def __init__(self) -> None:
        self.waiting_notes: list[Note] = []
        self.sent: dict[str, int] = {}  # note uuid -> the bundle that carried it

    def add(self, capture: str, text: str) -> Note:
        note = Note(str(uuid.uuid4()), capture, text)
        self.waiting_notes.append(note)
        return note

    def contribute(self, draft: BundleDraft) -> None:
        for note in self.waiting_notes:
            draft.add_record(note)
        if self.waiting_notes:
            draft.add_file("data/notes/summary.txt", f"{len(self.waiting_notes)} notes\n".encode())

    def written(self, draft: BundleDraft) -> None:
        self.sent.update((note.uuid, draft.sequence) for note in self.waiting_notes)
        self.waiting_notes = []

    def waiting(self, store: Store) -> bool:
        return bool(self.waiting_notes)


@pytest.fixture
def hq(store: Store, tmp_path: Path) -> HQ:
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    hq.enroll(store.device_allowed_signers_line())
    ledger.add_recipient(store, hq.recipients()[0])
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "IMG_1.jpg").write_bytes(jpeg_bytes(seed=1))
    Importer(store).run("Op Falcon", "EV-1", [tmp_path / "src"])
    (tmp_path / "out").mkdir()
    return hq


@pytest.fixture
def notes(monkeypatch: pytest.MonkeyPatch) -> Notes:
    """Registered the way a new feature registers: one more contributor in the registry, before the custody log."""
    registered = Notes()
    *content, custody = contributors.CONTRIBUTORS
    monkeypatch.setattr(contributors, "CONTRIBUTORS", (*content, registered, custody))
    return registered


def signed_manifest(bundle: Path, hq: HQ) -> str:
    with open(bundle, "rb") as source:
        reader = age.AgeReader(source, hq.identities())
        plain = reader.read()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        (member,) = [m for m in tar.getmembers() if m.name.endswith("/" + format.MANIFEST)]
        extracted = tar.extractfile(member)
        assert extracted is not None
        return extracted.read().decode()


def test_a_registered_contributor_adds_to_the_verified_bundle(store: Store, hq: HQ, notes: Notes,
                                                              tmp_path: Path) -> None:  # fmt: skip
    (capture,) = store.captures()
    note = notes.add(capture.uuid, "the label on the back reads 'Depot 4'")
    (made,) = compose.create_bundles(store, tmp_path / "out")
    report = check_bundle(made.path, hq.trust())
    assert report.ok, report.message
    assert report.records[note.path] == note.to_json()
    assert {note.path, "data/notes/summary.txt"} <= set(info_of(report).payload)
    manifest = signed_manifest(made.path, hq)
    assert f"  {note.path}\n" in manifest and "  data/notes/summary.txt\n" in manifest
    assert notes.sent == {note.uuid: made.sequence}  # told once the bundle was complete
    # The built-in content is all still there.
    assert info_of(report).counts.captures == 1 and len(report.captures) == 1
    assert "data/custody.jsonld" in report.records


def test_waiting_content_gets_a_bundle_without_captures(store: Store, hq: HQ, notes: Notes, tmp_path: Path) -> None:
    (first,) = compose.create_bundles(store, tmp_path / "out")
    assert compose.create_bundles(store, tmp_path / "out") == []  # nothing waits
    (capture,) = store.captures()
    note = notes.add(capture.uuid, "print resolution corrected to 500 ppi")
    (second,) = compose.create_bundles(store, tmp_path / "out")
    report = check_bundle(second.path, hq.trust())
    assert report.ok and second.capture_count == 0 and report.captures == {}
    assert report.records[note.path]["capture"] == capture.uuid
    assert info_of(report).previous_tagmanifest_sha256 == first.tagmanifest_sha256
    assert info_of(report).custody.from_seq == info_of(check_bundle(first.path, hq.trust())).custody.to_seq + 1
    assert compose.create_bundles(store, tmp_path / "out") == []  # sent, so nothing waits again


def test_a_failing_contributor_takes_no_bundle_number(store: Store, hq: HQ, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    class Broken(Contributor):
        def contribute(self, draft: BundleDraft) -> None:
            raise OSError(5, "the device went away")

    monkeypatch.setattr(contributors, "CONTRIBUTORS", (*contributors.CONTRIBUTORS, Broken()))
    with pytest.raises(OSError):
        compose.create_bundles(store, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == [] and ledger.unbundled_count(store) == 1
    assert ledger.bundles(store) == []  # the number was never taken
    monkeypatch.undo()
    (made,) = compose.create_bundles(store, tmp_path / "out")
    assert made.sequence == 1 and info_of(check_bundle(made.path, hq.trust())).abandoned_sequences == ()


class _FailingBundleFile:
    """A bundle file whose ``fail_at``-th write finds the disk full (the store's own files are not touched)."""

    def __init__(self, inner: BinaryIO, fail_at: int) -> None:
        self._inner = inner
        self._writes_left = fail_at

    def write(self, data: bytes) -> int:
        self._writes_left -= 1
        if self._writes_left <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._inner.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> _FailingBundleFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()


def fill_the_disk_mid_bundle(monkeypatch: pytest.MonkeyPatch, fail_at: int) -> None:
    real_open = fsutil.open_new_private

    def opener(path: Path) -> BinaryIO:
        handle = real_open(path)
        if ".partial-" not in path.name:
            return handle
        failing: Any = _FailingBundleFile(handle, fail_at)
        return failing  # type: ignore[no-any-return]

    monkeypatch.setattr(fsutil, "open_new_private", opener)


@pytest.mark.parametrize("fail_at", [1, 2, 12])  # the age header, the tag files, inside the original
def test_a_disk_error_mid_write_gives_the_number_back(store: Store, hq: HQ, tmp_path: Path, fail_at: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    out = tmp_path / "out"
    (first,) = compose.create_bundles(store, out)
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "IMG_2.jpg").write_bytes(jpeg_bytes(size=(1600, 1200), seed=2))  # 1.2 MB: 19 pieces
    Importer(store).run("Op Falcon", "EV-1", [tmp_path / "later"])
    fill_the_disk_mid_bundle(monkeypatch, fail_at)
    with pytest.raises(DiskFullError):
        compose.create_bundles(store, out)
    assert [p.name for p in out.iterdir()] == [first.path.name]  # the partial file is gone
    assert [b.sequence for b in ledger.bundles(store)] == [1] and ledger.unbundled_count(store) == 1
    monkeypatch.undo()
    (second,) = compose.create_bundles(store, out)
    report = check_bundle(second.path, hq.trust())
    assert report.ok and second.sequence == 2  # consecutive: the failure took no number
    assert info_of(report).abandoned_sequences == () and info_of(report).previous_tagmanifest_sha256 == (
        first.tagmanifest_sha256
    )


def test_a_really_full_disk_gives_the_number_back(store: Store, hq: HQ, tmp_path: Path) -> None:
    (tmp_path / "big").mkdir()
    for seed in (5, 6):
        (tmp_path / "big" / f"IMG_{seed}.jpg").write_bytes(jpeg_bytes(size=(1600, 1200), seed=seed))
    Importer(store).run("Op Falcon", "EV-1", [tmp_path / "big"])
    with tiny_filesystem(tmp_path / "usb", "2m") as usb:
        with pytest.raises(DiskFullError):
            compose.create_bundles(store, usb)
        assert list(usb.iterdir()) == [] and ledger.bundles(store) == []
        subprocess.run(["mount", "-o", "remount,size=64m", str(usb)], check=True)
        (made,) = compose.create_bundles(store, usb)
        report = check_bundle(made.path, hq.trust())
        assert report.ok and made.sequence == 1 and info_of(report).abandoned_sequences == ()


def test_a_cancel_while_writing_gives_the_number_back(store: Store, hq: HQ, tmp_path: Path) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()  # the first piece of the first original

    with pytest.raises(CancelledError):
        compose.create_bundles(store, tmp_path / "out", progress=progress, cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == [] and ledger.bundles(store) == []
    (made,) = compose.create_bundles(store, tmp_path / "out")
    assert made.sequence == 1 and info_of(check_bundle(made.path, hq.trust())).abandoned_sequences == ()


def test_one_captures_failing_step_leaves_only_that_product_out(store: Store, hq: HQ, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A contributor's step fails for two captures (fieldkit's own error, and any other exception): those two
    products are named with the reason, the bundle is made with every capture, and the rest of its content."""
    (tmp_path / "more").mkdir()
    for seed in (2, 3):
        (tmp_path / "more" / f"IMG_{seed}.jpg").write_bytes(jpeg_bytes(seed=seed))
    Importer(store).run("Op Falcon", "EV-1", [tmp_path / "more"])
    first, second, third = store.captures()

    class Flaky(Contributor):
        def contribute(self, draft: BundleDraft) -> None:
            for capture in draft.captures:
                with draft.deriving("test-product", capture):
                    if capture.id == first.id:
                        raise DamagedMediaError("the fingerprint image cannot be decoded (UnboundLocalError)")
                    if capture.id == second.id:
                        _ = 1 // (capture.id - capture.id)
                    draft.add_file(f"data/test/{capture.uuid}.txt", b"derived\n")

    *content, custody = contributors.CONTRIBUTORS
    monkeypatch.setattr(contributors, "CONTRIBUTORS", (*content, Flaky(), custody))
    (made,) = compose.create_bundles(store, tmp_path / "out")
    expected = (
        LeftOut(capture=first.uuid, product="test-product",
                reason="the fingerprint image cannot be decoded (UnboundLocalError)"),
        LeftOut(capture=second.uuid, product="test-product", reason="unexpected error (ZeroDivisionError)"),
    )  # fmt: skip
    assert made.left_out == expected and made.capture_count == 3
    report = check_bundle(made.path, hq.trust())
    assert report.ok, report.message
    assert info_of(report).left_out == expected and report.left_out == expected
    assert {c.uuid for c in report.captures.values()} == {first.uuid, second.uuid, third.uuid}
    assert f"data/test/{third.uuid}.txt" in info_of(report).payload
    assert f"data/test/{first.uuid}.txt" not in info_of(report).payload
    assert any(c.name == "left out" and c.ok for c in report.checks)
    (logged,) = [e for e in store.custody_events() if e.action == "bundle.created"]
    assert logged.details["left_out"] == [entry.to_json() for entry in expected]
    assert report.to_json()["left_out"] == [entry.to_json() for entry in expected]


def test_a_cancel_inside_a_step_still_stops_the_bundle(store: Store, hq: HQ, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    class Cancelling(Contributor):
        def contribute(self, draft: BundleDraft) -> None:
            for capture in draft.captures:
                with draft.deriving("test-product", capture):
                    raise CancelledError("bundle creation was cancelled")

    monkeypatch.setattr(contributors, "CONTRIBUTORS", (*contributors.CONTRIBUTORS, Cancelling()))
    with pytest.raises(CancelledError):
        compose.create_bundles(store, tmp_path / "out")
    assert ledger.bundles(store) == [] and ledger.unbundled_count(store) == 1


def test_a_print_the_transaction_code_cannot_decode_leaves_only_its_transaction_out(
    store: Store, hq: HQ, tmp_path: Path
) -> None:
    """A 17-byte fake WSQ whose analysis (wrongly) passed: making its item's ANSI/NIST transaction fails on it, in
    whatever way the decoder fails; the failure is caught for that item, named with its reason, and the bundle is
    made with the print's original in it."""
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-7")
    fake = b"\xff\xa0\xff\xa8" + bytes(range(1, 14))
    fake_id, _ = store.originals.add_original(item, fake, original_name="print.wsq", kind="fingerprint",
                                              media_type="image/x-wsq", source="file", metadata={})  # fmt: skip
    for capture_id in {c.id for c in store.captures()}:
        store.analyses.record_ok(capture_id, media_type=store.capture(capture_id).media_type, facts={}, damaged=None,
                                 notes=[], text=None, thumbnail=None, analyser="test")  # fmt: skip
    (made,) = compose.create_bundles(store, tmp_path / "out")
    (left_out,) = made.left_out
    assert (left_out.capture, left_out.product) == (store.capture(fake_id).uuid, contributors.TRANSACTION)
    assert left_out.reason  # the decoder's complaint as fieldkit words it, or "unexpected error (TypeName)"
    report = check_bundle(made.path, hq.trust())
    assert report.ok and len(report.captures) == 2 and report.left_out == made.left_out
    assert not any(name.startswith("data/biometrics/") for name in info_of(report).payload)


def test_bundle_create_analyses_the_captures_never_analysed(store: Store, hq: HQ, tmp_path: Path) -> None:
    """The record carries what analysis found: a capture stored without analysis is analysed (in the sandbox)
    before it is bundled, and one already analysed is not analysed again."""
    analysed_before = {c.id for c in store.captures()}
    for capture_id in analysed_before - store.analyses.settled():
        store.analyses.record_ok(capture_id, media_type="image/jpeg", facts={}, damaged=None, notes=[], text=None,
                                 thumbnail=None, analyser="test")  # fmt: skip
    item = store.ensure_item(store.ensure_case("Op Falcon"), "EV-1")
    truncated = jpeg_bytes(seed=9)
    capture_id, _ = store.originals.add_original(
        item, truncated[: len(truncated) // 2], original_name="DCIM_0009.JPG", kind="photo", media_type="image/jpeg",
        source="file", metadata={},
    )  # fmt: skip
    assert store.analyses.get(capture_id).status == "pending"
    seen: list[AnalysisOutcome] = []
    (made,) = compose.create_bundles(store, tmp_path / "out", analysed=seen.append)
    assert [outcome.capture_id for outcome in seen] == [capture_id]
    analysis = store.analyses.get(capture_id)
    assert analysis.status == "ok" and analysis.damaged  # kept damaged, described as far as it goes
    report = check_bundle(made.path, hq.trust())
    record = next(c for c in report.captures.values() if c.id == capture_id)
    assert record.analysis == CaptureAnalysis(status="ok", reason="", damaged=analysis.damaged)
    assert all(c.analysis is not None and c.analysis.status == "ok" for c in report.captures.values())
    assert report.analysis_counts() == {"ok": 2, "failed": 0, "pending": 0, "unrecorded": 0}


def test_a_decoders_long_complaint_is_cut_short_in_the_bundle(store: Store, hq: HQ, tmp_path: Path) -> None:
    """A sandbox that hostile bytes control may answer with a huge message: the record carries a bounded reason."""
    (capture,) = store.captures()
    store.analyses.record_failed(capture.id, code="decoder-error", reason="A" * 100_000, analyser="test")
    (made,) = compose.create_bundles(store, tmp_path / "out")
    (record,) = check_bundle(made.path, hq.trust()).captures.values()
    assert record.analysis is not None and record.analysis.status == "failed"
    assert len(record.analysis.reason) == BUNDLE_LIMITS.max_reason_chars and record.analysis.reason.endswith("…")


def test_two_contributions_cannot_claim_one_name(store: Store, hq: HQ, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    class Clash(Contributor):
        def contribute(self, draft: BundleDraft) -> None:
            draft.add_json("data/custody.jsonld", {})

    monkeypatch.setattr(contributors, "CONTRIBUTORS", (*contributors.CONTRIBUTORS, Clash()))
    with pytest.raises(InvalidValueError, match=r"both named data/custody\.jsonld"):
        compose.create_bundles(store, tmp_path / "out")
    assert ledger.unbundled_count(store) == 1


def test_the_built_in_contributors_in_their_order() -> None:
    names = [type(c).__name__ for c in contributors.CONTRIBUTORS]
    assert names == ["Captures", "OcrText", "PageViews", "BiometricTransactions", "Acquisitions", "Identification",
                     "Amendments", "Samples", "Custody"]  # fmt: skip


def test_a_capture_too_large_for_the_bundle_size_waits_and_the_others_go(store: Store, hq: HQ, tmp_path: Path) -> None:
    """One long video must not keep every photo from HQ: it waits for a larger --max-size, the rest is bundled."""
    (tmp_path / "video").mkdir()
    (tmp_path / "video" / "long.mp4").write_bytes(os.urandom(3 << 20))
    Importer(store).run("Op Falcon", "EV-1", [tmp_path / "video"])
    video = next(c for c in store.captures() if c.original_name == "long.mp4")
    waiting: list[tuple[int, int]] = []
    made = compose.create_bundles(store, tmp_path / "out", 2 << 20,
                                  too_large=lambda capture, needed: waiting.append((capture.id, needed)))  # fmt: skip
    assert len(made) == 1 and made[0].capture_count == 1  # the photo went
    assert [capture_id for capture_id, _ in waiting] == [video.id] and waiting[0][1] > 3 << 20
    assert [c.id for c in store.originals.pending_for_bundle()] == [video.id]
    with pytest.raises(InvalidValueError, match="0 bundle"):  # without a callback: an error, after the others
        compose.create_bundles(store, tmp_path / "out", 2 << 20)
    made = compose.create_bundles(store, tmp_path / "out", waiting[0][1] + (1 << 20))
    assert [b.capture_count for b in made] == [1] and store.originals.pending_for_bundle() == []
