"""Our age and SSHSIG code against the reference tools, both ways."""

from __future__ import annotations

import base64
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import age, bech32, sshsig
from fieldkit.errors import BundleDecryptError, BundleError, InvalidValueError, SignatureError

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="Debian 'age' is not installed")
needs_ssh = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="openssh-client is not installed")


@pytest.fixture
def identity(tmp_path: Path) -> tuple[str, str, Path]:
    secret = age.generate_identity()
    path = tmp_path / "id.txt"
    path.write_text(f"# test identity\n{secret}\n")
    return secret, age.recipient_of(age.parse_identity(secret)), path


def seal(data: bytes, recipients: list[str], piece: int = 7777) -> bytes:
    out = io.BytesIO()
    writer = age.AgeWriter(out, recipients)
    for i in range(0, len(data), piece):
        writer.write(data[i : i + piece])
    writer.close()
    return out.getvalue()


@needs_age
@pytest.mark.parametrize("size", [0, 1, age.CHUNK - 1, age.CHUNK, age.CHUNK + 1, 3 * age.CHUNK, 200_000])
def test_age_round_trips_with_the_reference_tool(identity: tuple[str, str, Path], tmp_path: Path, size: int) -> None:
    secret, recipient, id_file = identity
    data = os.urandom(size)
    theirs = subprocess.run(["age-keygen", "-y", str(id_file)], capture_output=True, text=True, check=True)
    assert theirs.stdout.strip() == recipient
    ours = tmp_path / "ours.age"
    ours.write_bytes(seal(data, [recipient]))
    assert subprocess.run(["age", "-d", "-i", str(id_file), str(ours)], capture_output=True, check=True).stdout == data
    made = subprocess.run(["age", "-r", recipient], input=data, capture_output=True, check=True).stdout
    reader = age.AgeReader(io.BytesIO(made), [age.parse_identity(secret)])
    assert reader.read() == data
    reader.finish()


def test_age_with_several_recipients_and_the_wrong_identity(identity: tuple[str, str, Path]) -> None:
    secret, recipient, _ = identity
    other = age.generate_identity()
    blob = seal(b"x" * 100_000, [age.recipient_of(age.parse_identity(other)), recipient])
    assert age.AgeReader(io.BytesIO(blob), [age.parse_identity(secret)]).read() == b"x" * 100_000
    with pytest.raises(BundleDecryptError):
        age.AgeReader(io.BytesIO(blob), [age.parse_identity(age.generate_identity())])


@pytest.mark.parametrize("where", ["header", "mac", "payload", "truncate", "append"])
def test_age_detects_tampering(identity: tuple[str, str, Path], where: str) -> None:
    secret, recipient, _ = identity
    blob = bytearray(seal(os.urandom(150_000), [recipient]))
    header_end = blob.index(b"\n---") + 1
    if where == "header":
        blob[header_end - 5] ^= 1
    elif where == "mac":
        blob[header_end + 6] ^= 1
    elif where == "payload":
        blob[-100] ^= 1
    elif where == "truncate":
        blob = blob[: -age.CHUNK // 2]
    else:
        blob += b"trailing"
    with pytest.raises(BundleError):
        reader = age.AgeReader(io.BytesIO(bytes(blob)), [age.parse_identity(secret)])
        reader.read()
        reader.finish()


@needs_ssh
def test_sshsig_both_ways_and_revocation(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    message = tmp_path / "tagmanifest-sha256.txt"
    message.write_bytes(b"0123  bagit.txt\n")
    signature = tmp_path / "tagmanifest-sha256.txt.sig"
    signature.write_text(sshsig.sign(key, "fieldkit-bundle", message.read_bytes()))
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(f'device-1 namespaces="fieldkit-bundle" {sshsig.public_key_line(key.public_key())}\n')
    command = ["ssh-keygen", "-Y", "verify", "-f", str(allowed), "-I", "device-1", "-n", "fieldkit-bundle",
               "-s", str(signature)]  # fmt: skip
    with message.open("rb") as stdin:
        assert subprocess.run(command, stdin=stdin, capture_output=True).returncode == 0
    revoked = tmp_path / "revoked_keys"
    revoked.write_text(sshsig.public_key_line(key.public_key()) + "\n")
    with message.open("rb") as stdin:
        assert subprocess.run([*command, "-r", str(revoked)], stdin=stdin, capture_output=True).returncode != 0
    with message.open("rb") as stdin:
        wrong_ns = [*command[:7], "other-namespace", *command[8:]]
        assert subprocess.run(wrong_ns, stdin=stdin, capture_output=True).returncode != 0

    key_file = tmp_path / "key"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                           serialization.NoEncryption()))  # fmt: skip
    key_file.chmod(0o600)
    signature.unlink()
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-f", str(key_file), "-n", "fieldkit-bundle", str(message)],
                   check=True, capture_output=True)  # fmt: skip
    verified = sshsig.verify(signature.read_bytes(), "fieldkit-bundle", message.read_bytes())
    assert verified.public_key.public_bytes_raw() == key.public_key().public_bytes_raw()
    with pytest.raises(SignatureError):
        sshsig.verify(signature.read_bytes(), "fieldkit-bundle", message.read_bytes() + b"x")
    with pytest.raises(SignatureError, match="namespace"):
        sshsig.verify(signature.read_bytes(), "other", message.read_bytes())


LOW_ORDER_POINTS = [bytes(32), b"\x01" + bytes(31)]  # the identity and the point of order 1 (RFC 7748 lists more)


@pytest.mark.parametrize("point", LOW_ORDER_POINTS, ids=["zero", "one"])
def test_a_low_order_share_matches_no_identity(identity: tuple[str, str, Path], point: bytes) -> None:
    """Anyone with HQ's public recipient can make one: it wraps nothing, so it must be a clean
    "no identity matched", never a crash."""
    secret, recipient, _ = identity
    blob = seal(b"evidence" * 1000, [recipient])
    start = blob.index(b"-> X25519 ") + len(b"-> X25519 ")
    end = blob.index(b"\n", start)
    poisoned = blob[:start] + base64.b64encode(point).rstrip(b"=") + blob[end:]
    with pytest.raises(BundleDecryptError) as refused:
        age.AgeReader(io.BytesIO(poisoned), [age.parse_identity(secret)])
    assert refused.value.reason == "no-identity"


@pytest.mark.parametrize("point", LOW_ORDER_POINTS, ids=["zero", "one"])
def test_a_low_order_recipient_is_refused_before_anything_is_encrypted(point: bytes) -> None:
    with pytest.raises(InvalidValueError, match="low-order"):
        age.parse_recipient(bech32.encode("age", point))
