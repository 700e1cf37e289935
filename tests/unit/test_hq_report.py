"""HQ's report and quarantine for a bundle that fails verification: the refusal report reproduces nothing from
inside the bundle and escapes everything it does show; a verified bundle's report escapes what the bundle says;
``Index.refuse`` keeps a refused file once per SHA-256; ``Index.ingested_at`` is the replay check ingest uses;
``report.flags`` reads the flags a device's custody log leaves."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.bundle.manifest import CaptureRecord, ItemRecord
from fieldkit.bundle.verify import Check, Report, check_bundle
from fieldkit.cli import app as cli
from fieldkit.hq import report as html_report
from fieldkit.hq.ingest import Index, file_sha256
from fieldkit.hq.trust import HQ
from tests.bundle_kit import Draft, pack, sample_payload, seal

DEVICE = "d0000000-0000-4000-8000-0000000000bb"
HOSTILE = "<script>alert('x')</script>"


@pytest.fixture
def hq(tmp_path: Path) -> HQ:
    return HQ.init(tmp_path / "HQ", "Task Force North")


def hostile_draft(hq: HQ, key: Ed25519PrivateKey | None = None) -> Draft:
    """A bundle whose item and capture carry HTML where text belongs."""
    payload = sample_payload()
    name = next(n for n in payload if n.startswith("data/records/items/"))
    item = ItemRecord.from_json(json.loads(payload[name]))
    payload[name] = format.canonical_json(dataclasses.replace(item, description=HOSTILE, tag="EV-<b>1</b>").to_json())
    name = next(n for n in payload if n.startswith("data/records/captures/"))
    capture = CaptureRecord.from_json(json.loads(payload[name]))
    payload[name] = format.canonical_json(dataclasses.replace(capture, original_name=f"{HOSTILE}.jpg",
                                                              item_tag="EV-<b>1</b>").to_json())  # fmt: skip
    if key is None:
        key = Ed25519PrivateKey.generate()
        hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    return Draft(device_id=DEVICE, key=key, payload=payload)


def sealed(hq: HQ, draft: Draft, path: Path, tag_files: dict[str, bytes] | None = None) -> Path:
    path.write_bytes(seal(pack(draft, tag_files=tag_files), hq.recipients()))
    return path


def test_a_verified_report_escapes_what_the_bundle_says(hq: HQ, tmp_path: Path) -> None:
    bundle = sealed(hq, hostile_draft(hq), tmp_path / "good.fkb")
    report = check_bundle(bundle, hq.trust())
    assert report.ok

    page = html_report.render(report)

    assert "VALID" in page and "<script" not in page and "<b>1</b>" not in page
    assert html_report.QUARANTINED not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page  # shown, as text (MarkupSafe: &#39;)
    assert f"File SHA-256: <code>{file_sha256(bundle)}</code>" in page


def test_a_refused_report_holds_only_the_refusal(hq: HQ, tmp_path: Path) -> None:
    draft = hostile_draft(hq)
    signed = draft.tag_files()
    draft.payload["data/custody.jsonld"] = draft.payload["data/custody.jsonld"].replace(b"graph", b"GRAPH")
    bundle = sealed(hq, draft, tmp_path / "<img src=x onerror=alert(1)>.fkb", tag_files=signed)
    report = check_bundle(bundle, hq.trust())
    assert not report.ok and report.reason == "payload-hash" and report.items and report.captures
    report.checks.append(Check(HOSTILE, False, HOSTILE))  # even a check's words are escaped

    page = html_report.render(report, about=html_report.context(report, hq.folder))

    assert page.count("<script") == 0 and "<b>1</b>" not in page and "<img" not in page
    assert "QUARANTINED — do not use: unverified content is not reproduced here" in page
    assert "its contents do not match what the device signed." in page  # advice.py, payload-hash
    assert "Check the device with its operator" in page
    assert f"<code>{hashlib.sha256(bundle.read_bytes()).hexdigest()}</code>" in page  # computed: the verifier had none
    assert "&lt;img src=x onerror=alert(1)&gt;.fkb" in page and str(hq.folder) in page
    for unverified in ("EV-", "Op Test", "IMG_0001", "alice", "2026-11-25", "22222222-2222", "11111111-1111",
                       "Custody", "Items"):  # fmt: skip
        assert unverified not in page, unverified


def test_fieldkit_verify_report_of_a_refused_bundle(hq: HQ, tmp_path: Path) -> None:
    stranger = sealed(hq, hostile_draft(hq, Ed25519PrivateKey.generate()), tmp_path / "stranger.fkb")
    out = tmp_path / "report.html"

    assert cli.main(["verify", str(stranger), "--hq", str(hq.folder), "--report", str(out)]) != 0

    page = out.read_text(encoding="utf-8")
    assert html_report.QUARANTINED in page and "signed by a device this HQ has not enrolled" in page
    assert file_sha256(stranger) in page and str(hq.folder) in page and "stranger.fkb" in page
    assert "EV-" not in page and "<script" not in page


def test_refuse_keeps_a_refused_file_once(hq: HQ, tmp_path: Path) -> None:
    stranger = sealed(hq, hostile_draft(hq, Ed25519PrivateKey.generate()), tmp_path / "stranger.fkb")
    report = check_bundle(stranger, hq.trust())
    with Index(hq) as index:
        first = index.refuse(stranger, report)
        again = index.refuse(stranger, report)
        status = index.status()
    assert first.new and not again.new and again.path == first.path
    assert first.file_sha256 == file_sha256(stranger) and first.size == stranger.stat().st_size
    assert sorted((hq.folder / "quarantine").iterdir()) == [Path(first.path), Path(first.path).with_suffix(".json")]
    (listed,) = status["quarantined"]
    assert listed["reason"] == "unknown-signer" and listed["source"] == str(stranger)


def test_ingested_at_is_the_replay_check(hq: HQ, tmp_path: Path) -> None:
    bundle = sealed(hq, hostile_draft(hq), tmp_path / "good.fkb")
    report = check_bundle(bundle, hq.trust())
    with Index(hq) as index:
        assert index.ingested_at(report) is None
        assert index.ingest(bundle).outcome == "ingested"
        when = index.ingested_at(report)
        assert when is not None and when.endswith("Z")
        assert index.ingested_at(dataclasses.replace(report, file_sha256="")) == when  # device, number, manifest
        other = dataclasses.replace(report, info=None, tagmanifest_sha256="")
        assert index.ingested_at(other) == when  # the same file
        assert index.ingest(bundle).outcome == "replay"
        with pytest.raises(Exception, match="verified"):
            index.refuse(bundle, report)


def test_flags_are_read_from_the_custody_log() -> None:
    def event(seq: int, action: str, capture: str, details: dict[str, str]) -> dict[str, object]:
        return {
            "@id": f"kb:custody-{seq}",
            "uco-core:name": action,
            "fieldkit:sequence": seq,
            "uco-action:object": [{"@id": f"kb:capture-{capture}"}],
            "fieldkit:details": json.dumps(details),
        }

    graph = {
        "@graph": [
            event(3, "capture.unflagged", "a", {}),
            event(1, "capture.flagged", "a", {"reason": "blurred"}),
            event(2, "capture.flagged", "b", {"reason": "check the tag"}),
            {"@id": "x"},
        ]
    }
    report = Report(path="b.fkb", ok=True, records={"data/custody.jsonld": graph})
    assert html_report.flags(report) == {"b": "check the tag"}
    assert html_report.flags(dataclasses.replace(report, ok=False)) == {}
