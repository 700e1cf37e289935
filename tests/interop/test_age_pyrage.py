"""pyrage (bindings to rage, the Rust age implementation) as a second independent oracle beside the Go `age` tool
(issue 18): what fieldkit's streaming age writer seals, rage opens, and what rage seals, fieldkit's reader opens, for
X25519 recipients (bundles) and ssh-ed25519 recipients (watchlist files), at the chunk boundaries; and rage refuses
a file fieldkit's reader refuses after one byte changed. rage runs in process, streaming both ways (decrypt_io /
encrypt_io) like fieldkit."""

from __future__ import annotations

import io
import os

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import age
from fieldkit.errors import BundleDecryptError, BundleFormatError

SIZES = [0, 1, age.CHUNK - 1, age.CHUNK, age.CHUNK + 1, 3 * age.CHUNK + 17]


def seal(data: bytes, recipients: list[age.Recipient]) -> bytes:
    out = io.BytesIO()
    writer = age.AgeWriter(out, recipients)
    for start in range(0, len(data), 10_000):  # written in pieces that straddle the 64 KiB chunks
        writer.write(data[start : start + 10_000])
    writer.close()
    return out.getvalue()


def fieldkit_opens(sealed: bytes, identities: list[age.Identity]) -> bytes:
    reader = age.AgeReader(io.BytesIO(sealed), identities)
    opened = reader.read()
    reader.finish()
    return opened


def rage_opens(sealed: bytes, identities: list[object]) -> bytes:
    out = io.BytesIO()
    pyrage.decrypt_io(io.BytesIO(sealed), out, identities)
    return out.getvalue()


def rage_seals(data: bytes, recipients: list[object]) -> bytes:
    out = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(data), out, recipients)
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_x25519_both_ways(size: int) -> None:
    secret = age.generate_identity()
    recipient = age.recipient_of(age.parse_identity(secret))
    data = os.urandom(size)
    assert rage_opens(seal(data, [recipient]), [pyrage.x25519.Identity.from_str(secret)]) == data
    theirs = rage_seals(data, [pyrage.x25519.Recipient.from_str(recipient)])
    assert fieldkit_opens(theirs, [age.parse_identity(secret)]) == data
    assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == recipient


@pytest.mark.parametrize("size", [0, age.CHUNK + 1])
def test_ssh_ed25519_both_ways(size: int) -> None:
    """A watchlist file is sealed to the device's own Ed25519 signing key as an ssh-ed25519 recipient."""
    device = Ed25519PrivateKey.generate()
    openssh_private = device.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                           serialization.NoEncryption())  # fmt: skip
    openssh_public = device.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                                      serialization.PublicFormat.OpenSSH).decode()  # fmt: skip
    data = os.urandom(size)
    ours = seal(data, [device.public_key(), age.recipient_of(age.parse_identity(age.generate_identity()))])
    assert rage_opens(ours, [pyrage.ssh.Identity.from_buffer(openssh_private)]) == data
    theirs = rage_seals(data, [pyrage.ssh.Recipient.from_str(openssh_public)])
    assert fieldkit_opens(theirs, [device]) == data


@pytest.mark.parametrize("where", ["header", "payload", "last byte"])
def test_both_refuse_a_changed_byte(where: str) -> None:
    secret = age.generate_identity()
    sealed = bytearray(seal(os.urandom(2 * age.CHUNK), [age.recipient_of(age.parse_identity(secret))]))
    position = {"header": sealed.index(b"\n---") - 3, "payload": len(sealed) // 2, "last byte": len(sealed) - 1}[where]
    sealed[position] ^= 0x01
    with pytest.raises((pyrage.DecryptError, OSError)):  # decrypt_io reports a payload failure as an I/O error
        rage_opens(bytes(sealed), [pyrage.x25519.Identity.from_str(secret)])
    # A flipped header byte may make its base64 non-canonical (malformed) or leave it valid but wrong: both refused.
    with pytest.raises((BundleDecryptError, BundleFormatError)):
        fieldkit_opens(bytes(sealed), [age.parse_identity(secret)])
