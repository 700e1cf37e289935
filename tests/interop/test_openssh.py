"""The device identity is a real OpenSSH key: ssh-keygen reads our allowed_signers line and agrees on the
fingerprint, and verifies an SSHSIG made with the device key (the bundle signature of a later issue)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from fieldkit.store.store import Store

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="openssh-client is not installed")


def test_ssh_keygen_agrees_on_the_fingerprint(store: Store, tmp_path: Path) -> None:
    pub = tmp_path / "device.pub"
    pub.write_text(store.device_public_key_openssh() + "\n")
    result = subprocess.run(["ssh-keygen", "-l", "-E", "sha256", "-f", str(pub)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert result.stdout.split()[1] == store.device_fingerprint()


def test_allowed_signers_line_is_accepted_by_ssh_keygen(store: Store, tmp_path: Path) -> None:
    # ssh-keygen finds the principal for our key in the allowed_signers file we produce.
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(store.device_allowed_signers_line() + "\n")
    from cryptography.hazmat.primitives import serialization

    key_file = tmp_path / "device_key"
    key_file.write_bytes(
        store.device_signing_key().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
        )
    )
    key_file.chmod(0o600)
    message = tmp_path / "message.txt"
    message.write_text("tag manifest stand-in\n")
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-f", str(key_file), "-n", "fieldkit-bundle", str(message)],
                   check=True, capture_output=True)  # fmt: skip
    with message.open("rb") as stdin:
        verify = subprocess.run(
            ["ssh-keygen", "-Y", "verify", "-f", str(allowed), "-I", store.device_id, "-n", "fieldkit-bundle",
             "-s", f"{message}.sig"],
            stdin=stdin, capture_output=True, text=True,
        )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    assert "Good" in verify.stdout
