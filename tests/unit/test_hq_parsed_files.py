"""HQ's allowed_signers, revoked_keys and credentials are parsed once per version of each file (upload servers
authenticate every request against them): a change is seen by the very next request, however quick."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit._internal import fsutil
from fieldkit.bundle import format, sshsig
from fieldkit.hq import access
from fieldkit.hq.trust import HQ


def _device(n: int) -> tuple[str, str]:
    device = f"c0000000-0000-4000-8000-{n:012d}"
    key = Ed25519PrivateKey.generate()
    return device, f'{device} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}'


def test_enroll_withdraw_revoke_are_seen_at_once(tmp_path: Path) -> None:
    hq = HQ.init(tmp_path / "HQ", "Test")
    first, line = _device(1)
    hq.enroll(line)
    token = access.issue_credential(hq, first).token
    assert access.authenticate(hq, f"Bearer {first}:{token}") == first
    second, line = _device(2)
    assert access.authenticate(hq, f"Bearer {second}:x") is None
    hq.enroll(line)  # appended in the same instant: the size changed
    other = access.issue_credential(hq, second).token
    assert access.authenticate(hq, f"Bearer {second}:{other}") == second
    assert set(hq.signers()) == {first, second}
    again = access.issue_credential(hq, first).token  # replaced: the old token stops working at once
    assert access.authenticate(hq, f"Bearer {first}:{token}") is None
    assert access.authenticate(hq, f"Bearer {first}:{again}") == first
    hq.revoke(first)
    assert access.authenticate(hq, f"Bearer {first}:{again}") is None
    access.withdraw_credential(hq, second)
    assert access.authenticate(hq, f"Bearer {second}:{other}") is None


def test_a_rewrite_of_the_same_size_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "file"
    fsutil.write_file_durably(path, b"aaaa")
    assert fsutil.parsed_file(path, str.upper) == "AAAA"
    fsutil.write_file_durably(path, b"bbbb")
    assert fsutil.parsed_file(path, str.upper) == "BBBB"
    shared = fsutil.parsed_file(path, list)
    assert fsutil.parsed_file(path, list) is shared  # unchanged: not parsed again
