"""OpenSSH signatures (PROTOCOL.sshsig) with Ed25519 keys: what `ssh-keygen -Y sign/verify` make and check,
plus the allowed_signers and revoked-keys files HQ keeps (see ssh-keygen(1), ALLOWED SIGNERS)."""

from __future__ import annotations

import base64
import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.config import BUNDLE_LIMITS
from fieldkit.errors import InvalidValueError, SignatureError

MAGIC = b"SSHSIG"
ARMOR_BEGIN = "-----BEGIN SSH SIGNATURE-----"
ARMOR_END = "-----END SSH SIGNATURE-----"
_ED25519 = b"ssh-ed25519"


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise SignatureError("the signature is malformed", reason="signature-malformed")
        piece = self.data[self.pos : self.pos + n]
        self.pos += n
        return piece

    def string(self) -> bytes:
        (n,) = struct.unpack(">I", self.take(4))
        return self.take(n)

    def uint32(self) -> int:
        (n,) = struct.unpack(">I", self.take(4))
        return int(n)

    def end(self) -> None:
        if self.pos != len(self.data):
            raise SignatureError("the signature has trailing data", reason="signature-malformed")


def public_key_blob(key: Ed25519PublicKey) -> bytes:
    return _string(_ED25519) + _string(key.public_bytes_raw())


def public_key_line(key: Ed25519PublicKey) -> str:
    return "ssh-ed25519 " + base64.b64encode(public_key_blob(key)).decode()


def parse_public_key(keytype: str, b64: str) -> Ed25519PublicKey:
    if keytype != "ssh-ed25519":
        raise InvalidValueError(f"only ssh-ed25519 keys are accepted, not {keytype}")
    try:
        blob = base64.b64decode(b64, validate=True)
        reader = _Reader(blob)
        if reader.string() != _ED25519:
            raise InvalidValueError("the key type inside the key does not match")
        raw = reader.string()
        reader.end()
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, SignatureError) as exc:
        raise InvalidValueError("the public key is malformed") from exc


def fingerprint(key: Ed25519PublicKey) -> str:
    digest = hashlib.sha256(public_key_blob(key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def _signed_data(namespace: str, message_hash: bytes) -> bytes:
    return MAGIC + _string(namespace.encode()) + _string(b"") + _string(b"sha512") + _string(message_hash)


def sign(key: Ed25519PrivateKey, namespace: str, message: bytes) -> str:
    """An armored SSHSIG over ``message`` (SHA-512 inside, as ssh-keygen does)."""
    signature = key.sign(_signed_data(namespace, hashlib.sha512(message).digest()))
    blob = (
        MAGIC
        + struct.pack(">I", 1)
        + _string(public_key_blob(key.public_key()))
        + _string(namespace.encode())
        + _string(b"")
        + _string(b"sha512")
        + _string(_string(_ED25519) + _string(signature))
    )
    text = base64.b64encode(blob).decode()
    body = "\n".join(text[i : i + 70] for i in range(0, len(text), 70))
    return f"{ARMOR_BEGIN}\n{body}\n{ARMOR_END}\n"


@dataclass(frozen=True)
class VerifiedSignature:
    public_key: Ed25519PublicKey
    namespace: str


def verify(armored: bytes, namespace: str, message: bytes) -> VerifiedSignature:
    """Check an armored SSHSIG over ``message``; return the key that made it. Who that key belongs to, and whether
    it is revoked, is the caller's question (see AllowedSigners)."""
    if len(armored) > BUNDLE_LIMITS.max_signature_bytes:
        raise SignatureError("the signature is too large", reason="signature-malformed")
    try:
        text = armored.decode("ascii").strip().splitlines()
    except UnicodeDecodeError:
        raise SignatureError("the signature is not armored text", reason="signature-malformed") from None
    if len(text) < 3 or text[0] != ARMOR_BEGIN or text[-1] != ARMOR_END:
        raise SignatureError("the signature is not an SSH signature", reason="signature-malformed")
    try:
        blob = base64.b64decode("".join(text[1:-1]), validate=True)
    except ValueError:
        raise SignatureError("the signature is not valid base64", reason="signature-malformed") from None
    reader = _Reader(blob)
    if reader.take(6) != MAGIC or reader.uint32() != 1:
        raise SignatureError("the signature has an unknown version", reason="signature-malformed")
    key_blob = reader.string()
    signed_namespace = reader.string()
    reader.string()  # reserved
    hash_algorithm = reader.string()
    signature_blob = reader.string()
    reader.end()
    if signed_namespace != namespace.encode():
        raise SignatureError(
            f"the signature is for namespace '{signed_namespace.decode('utf-8', 'replace')}', not '{namespace}'",
            reason="signature-namespace",
        )
    if hash_algorithm not in (b"sha512", b"sha256"):
        raise SignatureError("the signature uses an unknown hash", reason="signature-malformed")
    key_reader = _Reader(key_blob)
    if key_reader.string() != _ED25519:
        raise SignatureError("only Ed25519 signatures are accepted", reason="signature-key-type")
    raw_key = key_reader.string()
    key_reader.end()
    sig_reader = _Reader(signature_blob)
    if sig_reader.string() != _ED25519:
        raise SignatureError("only Ed25519 signatures are accepted", reason="signature-key-type")
    raw_signature = sig_reader.string()
    sig_reader.end()
    try:
        public = Ed25519PublicKey.from_public_bytes(raw_key)
    except ValueError:
        raise SignatureError("the signature's key is malformed", reason="signature-malformed") from None
    digest = (hashlib.sha512 if hash_algorithm == b"sha512" else hashlib.sha256)(message).digest()
    data = MAGIC + _string(namespace.encode()) + _string(b"") + _string(hash_algorithm) + _string(digest)
    try:
        public.verify(raw_signature, data)
    except InvalidSignature:
        raise SignatureError("the signature does not match the signed data", reason="signature-invalid") from None
    return VerifiedSignature(public, namespace)


@dataclass(frozen=True)
class AllowedSigner:
    principal: str
    namespaces: tuple[str, ...]
    key: Ed25519PublicKey

    def line(self) -> str:
        spaces = ",".join(self.namespaces)
        return f'{self.principal} namespaces="{spaces}" {public_key_line(self.key)}'


def parse_allowed_signer(line: str) -> AllowedSigner:
    """One line of an allowed_signers file: `PRINCIPAL [namespaces="a,b"] ssh-ed25519 BASE64 [comment]`.

    Only the subset fieldkit writes is accepted (one principal, an optional namespaces option)."""
    parts = line.strip().split()
    if len(parts) < 3:
        raise InvalidValueError('an allowed_signers line has the form: DEVICE-ID namespaces="..." ssh-ed25519 KEY')
    principal = parts[0]
    if not all(c.isalnum() or c in "-_.@" for c in principal) or len(principal) > 200:
        raise InvalidValueError("the device id in the allowed_signers line has unexpected characters")
    index = 1
    namespaces: tuple[str, ...] = ()
    if parts[1].startswith("namespaces="):
        value = parts[1][len("namespaces=") :].strip('"')
        namespaces = tuple(n for n in value.split(",") if n)
        index = 2
    if len(parts) < index + 2:
        raise InvalidValueError("the allowed_signers line has no key")
    return AllowedSigner(principal, namespaces, parse_public_key(parts[index], parts[index + 1]))
