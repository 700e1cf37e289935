"""HQ holds against hostile bundles (issue 15): each is refused with a reason and quarantined, and the bundles after
it in the same batch are still ingested."""

from __future__ import annotations

import base64
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.bundle.verify import check_bundle
from fieldkit.cli import app as cli
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from tests.bundle_kit import Draft, pack, sample_payload, seal

DEVICE = "d0000000-0000-4000-8000-0000000000cc"


def test_a_low_order_age_share_is_quarantined_and_the_batch_goes_on(tmp_path: Path) -> None:
    """The share needs nothing but HQ's public recipient: before, verify and ingest died with a ValueError and a
    batch stopped at it."""
    hq = HQ.init(tmp_path / "HQ", "Task Force North")
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    good = seal(pack(Draft(device_id=DEVICE, key=key, payload=sample_payload())), hq.recipients())
    start = good.index(b"-> X25519 ") + len(b"-> X25519 ")
    end = good.index(b"\n", start)
    (tmp_path / "a-bad.fkb").write_bytes(good[:start] + base64.b64encode(bytes(32)).rstrip(b"=") + good[end:])
    (tmp_path / "b-good.fkb").write_bytes(good)

    report = check_bundle(tmp_path / "a-bad.fkb", hq.trust())
    assert not report.ok and report.reason == "no-identity"
    code = cli.main(
        ["hq", "ingest", "--dir", str(hq.folder), str(tmp_path / "a-bad.fkb"), str(tmp_path / "b-good.fkb")]
    )
    assert code != 0  # one was refused
    with Index(hq) as index:
        status = index.status()
    assert [q["reason"] for q in status["quarantined"]] == ["no-identity"]
    assert status["devices"][DEVICE]["bundles"] == 1  # the good one after it was archived
