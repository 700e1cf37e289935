"""A watchlist file opens and verifies with the standard tools (docs/watchlist-format.md): `age -d -i` with the
device's key as an OpenSSH file decrypts it, `tar` unpacks the document and its signature, and `ssh-keygen -Y verify
-n fieldkit-watchlist` checks the signature against HQ's key. The other way, a file `age` encrypted to the device's
ssh-ed25519 public key is one fieldkit opens."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from fieldkit.biometrics import watchlist_file
from fieldkit.bundle import sshsig
from fieldkit.hq.trust import HQ
from fieldkit.store.store import Store
from tests.watchlist_kit import export, populate, provision

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="Debian 'age' is not installed")
needs_ssh = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="openssh-client is not installed")


@pytest.fixture
def hq(tmp_path: Path, store: Store) -> HQ:
    made = HQ.init(tmp_path / "HQ", "Task Force North")
    provision(made, store)
    populate(made)
    return made


def _device_key_file(store: Store, path: Path) -> Path:
    path.write_bytes(store.device_signing_key().private_bytes(serialization.Encoding.PEM,
                                                              serialization.PrivateFormat.OpenSSH,
                                                              serialization.NoEncryption()))  # fmt: skip
    path.chmod(0o600)
    return path


@needs_age
@needs_ssh
def test_age_tar_and_ssh_keygen_open_and_verify_a_watchlist_file(hq: HQ, store: Store, tmp_path: Path) -> None:
    export(hq, tmp_path / "wl.age")
    key = _device_key_file(store, tmp_path / "device_key")
    plain = subprocess.run(["age", "-d", "-i", str(key), str(tmp_path / "wl.age")], capture_output=True, check=True)
    (tmp_path / "wl.tar").write_bytes(plain.stdout)
    with tarfile.open(tmp_path / "wl.tar") as archive:
        assert archive.getnames() == ["watchlist.json", "watchlist.json.sig"]
    (tmp_path / "out").mkdir()
    subprocess.run(["tar", "-xf", str(tmp_path / "wl.tar"), "-C", str(tmp_path / "out")], check=True)
    document = json.loads((tmp_path / "out" / "watchlist.json").read_bytes())
    assert document["format"] == "fieldkit-watchlist" and len(document["entries"]) == 2
    hq_key = sshsig.public_key_line(hq.signing_key().public_key())
    (tmp_path / "allowed").write_text(f'hq namespaces="{watchlist_file.NAMESPACE}" {hq_key}\n')
    verify = ["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "allowed"), "-I", "hq", "-n",
              watchlist_file.NAMESPACE, "-s", str(tmp_path / "out" / "watchlist.json.sig")]  # fmt: skip
    body = (tmp_path / "out" / "watchlist.json").read_bytes()
    assert subprocess.run(verify, input=body, capture_output=True).returncode == 0
    assert subprocess.run(verify, input=body.replace(b"WL-0001", b"WL-0009"), capture_output=True).returncode != 0
    wrong_namespace = [*verify[:8], "fieldkit-receipt", *verify[9:]]
    assert subprocess.run(wrong_namespace, input=body, capture_output=True).returncode != 0

    # the other way: the same tar encrypted by `age` to the device's OpenSSH public key is imported
    public = store.device_public_key_openssh()
    (tmp_path / "device.pub").write_text(public + "\n")
    theirs = subprocess.run(["age", "-R", str(tmp_path / "device.pub"), "-o", str(tmp_path / "theirs.age"),
                             str(tmp_path / "wl.tar")], capture_output=True)  # fmt: skip
    assert theirs.returncode == 0, theirs.stderr
    assert watchlist_file.import_file(store, tmp_path / "theirs.age").entries == 2
