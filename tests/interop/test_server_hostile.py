"""The HQ upload server against hostile devices and a hostile network (issue 15, security review findings 3, 4 and 11):
an upload whose verification raises still gets a rejected receipt and one quarantine entry, a slowloris of trickling
TLS connections does not lock out the health probe or an enrolled device, and quotas hold across open uploads."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldkit.config import SERVER_LIMITS
from fieldkit.hq import ingest
from fieldkit.hq.ingest import Index
from fieldkit.hq.server import IngestServer, Uploads
from tests.interop.test_sync import Field, archived, make_bundles, provision, sync_until_done, url_of
from tests.interop.test_sync import field as field  # the same fixture: an HQ and an enrolled device


@pytest.fixture
def running(field: Field) -> Iterator[IngestServer]:
    server = IngestServer(field.hq, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def held_copies(field: Field) -> list[Path]:
    return sorted((field.hq.folder / "quarantine").glob("*.fkb"))


def quarantine_rows(field: Field) -> list[tuple[Any, ...]]:
    with Index(field.hq) as index:
        return index.conn.execute("SELECT reason, message, file_sha256 FROM quarantine ORDER BY id").fetchall()


def test_an_upload_whose_verification_raises_gets_a_rejected_receipt_once(
    field: Field, running: IngestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The poison upload (finding 3): any unexpected exception in verification is `unreadable`, the device stops
    waiting, the verifier goes on with the next upload, and a restart neither verifies it again nor copies it again."""
    provision(field, url_of(running))
    make_bundles(field, 2)
    real_check = ingest.check_bundle
    calls: list[Path] = []

    def poisoned(path: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(path)
        if len(calls) == 1:
            raise RuntimeError("a bug deep in a parser")  # the one fake: something nobody foresaw
        return real_check(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "check_bundle", poisoned)
    rows = sync_until_done(field.store)
    assert [e.state for e in rows] == ["rejected", "acknowledged"]  # the verifier went on with the next upload
    assert rows[0].reason.startswith("unreadable: ") and "RuntimeError" in rows[0].reason
    assert "parser" not in rows[0].reason  # the exception's type is said, never its text
    receipt = json.loads(rows[0].receipt or "{}")
    assert receipt["verdict"] == "rejected" and receipt["reason"] == "unreadable"
    assert archived(field.hq) == 1
    (copy,) = held_copies(field)  # one copy, with its note, and one quarantine row
    assert copy.with_suffix(".json").is_file()
    ((reason, _message, digest),) = quarantine_rows(field)
    assert reason == "unreadable" and digest == receipt["sha256"]

    # Restarts: the upload has its receipt, so it is not verified again and not copied again.
    for _ in range(2):
        again = IngestServer(field.hq, "127.0.0.1", 0, quiet=True)
        again.uploads.pending.join()
        again.server_close()
    assert len(calls) == 2 and len(held_copies(field)) == 1 and len(quarantine_rows(field)) == 1


def test_an_upload_whose_verification_never_finishes_is_unreadable_after_restarts(field: Field) -> None:
    """A verification the server never finished (the process died in it, twice) is not started a third time: the
    upload gets its rejected receipt at the next start, with a single copy in quarantine."""
    (bundle,) = make_bundles(field, 1)
    uploads = Uploads(field.hq, 1 << 30)
    upload_id = uploads.create("alice", bundle.stat().st_size, {"bundle_id": "b-1"})
    uploads.part(upload_id).write_bytes(bundle.read_bytes())
    meta = uploads.meta(upload_id)
    assert meta is not None
    meta["verify_attempts"] = SERVER_LIMITS.verify_attempts  # each start counted one before dying in it
    (uploads.folder / f"{upload_id}.json").write_text(json.dumps(meta))
    uploads.stop()
    restarted = Uploads(field.hq, 1 << 30)
    restarted.pending.join()
    restarted.stop()
    document = json.loads(restarted.receipt_path(upload_id).read_text())
    assert document["receipt"]["verdict"] == "rejected" and document["receipt"]["reason"] == "unreadable"
    assert document["receipt"]["bundle_id"] == "b-1" and not restarted.part(upload_id).exists()
    assert len(held_copies(field)) == 1 and [r[0] for r in quarantine_rows(field)] == ["unreadable"]
