"""What leaves the device: a new kind of bundle content is one more contributor in the registry, with no edit of
compose or the writer; it lands in the verified bundle and its signed manifest, is told when its bundle is
complete, and gets a bundle of its own when it has something waiting and no capture does (the shape amendments
will take)."""

from __future__ import annotations

import io
import tarfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldkit.bundle import age, format
from fieldkit.bundle.verify import check_bundle
from fieldkit.core.importer import Importer
from fieldkit.errors import InvalidValueError
from fieldkit.hq.trust import HQ
from fieldkit.outgoing import compose, contributors, ledger
from fieldkit.outgoing.contributors import BundleDraft, Contributor
from fieldkit.store.store import Store
from tests.bundle_kit import info_of
from tests.conftest import jpeg_bytes


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


def test_a_failing_contributor_abandons_the_bundle_number(store: Store, hq: HQ, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    class Broken(Contributor):
        def contribute(self, draft: BundleDraft) -> None:
            raise OSError(5, "the device went away")

    monkeypatch.setattr(contributors, "CONTRIBUTORS", (*contributors.CONTRIBUTORS, Broken()))
    with pytest.raises(OSError):
        compose.create_bundles(store, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == [] and ledger.unbundled_count(store) == 1
    monkeypatch.undo()
    (made,) = compose.create_bundles(store, tmp_path / "out")
    assert made.sequence == 2 and info_of(check_bundle(made.path, hq.trust())).abandoned_sequences == (1,)


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
    assert names == ["Captures", "OcrText", "PageViews", "BiometricTransactions", "Custody"]
