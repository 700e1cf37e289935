"""What the HQ ingest server needs beside the trust files, all in the HQ folder (which sits on an encrypted disk):

- hq-tls.key / hq-tls.crt   the server's TLS key (ECDSA P-256, owner-only) and self-signed certificate; devices pin
                            the certificate's SHA-256, so no certificate authority is involved
- hq-receipt.key            Ed25519 key that signs upload receipts (SSHSIG, namespace fieldkit-receipt); devices
                            get its public half in the provisioning file
- credentials.json          per-device upload credentials: only the SHA-256 of each token is kept
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import hmac
import ipaddress
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from fieldkit._internal import fsutil
from fieldkit._internal.net import is_loopback
from fieldkit.bundle import receipt as receipts
from fieldkit.bundle import sshsig
from fieldkit.bundle.provisioning import Provisioning, UploadSettings
from fieldkit.errors import InvalidValueError
from fieldkit.hq.trust import HQ, RECEIPT_KEY

TLS_KEY = "hq-tls.key"
TLS_CERT = "hq-tls.crt"
CREDENTIALS = "credentials.json"


def ensure_tls(hq: HQ, names: list[str] | None = None, *, key_name: str = TLS_KEY,
               cert_name: str = TLS_CERT) -> tuple[Path, Path]:  # fmt: skip
    """The server's key and certificate, made on first use (valid 10 years, for the given host names and IPs);
    ``key_name``/``cert_name``: another server's pair in the folder (the unwrap service's)."""
    key_path, cert_path = hq.folder / key_name, hq.folder / cert_name
    if key_path.is_file() and cert_path.is_file():
        return key_path, cert_path
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"fieldkit HQ {hq.organisation or ''}".strip()[:64])])
    alternative: list[x509.GeneralName] = []
    for name in names or ["localhost", "127.0.0.1"]:
        try:
            alternative.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alternative.append(x509.DNSName(name))
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem_key = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())  # fmt: skip
    fsutil.write_file_durably(key_path, pem_key)
    fsutil.write_file_durably(cert_path, certificate.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def tls_pin(hq: HQ, *, key_name: str = TLS_KEY, cert_name: str = TLS_CERT) -> str:
    """SHA-256 (hex) of the DER certificate: what devices (and workers, of the unwrap service's) pin."""
    _key, cert_path = ensure_tls(hq, key_name=key_name, cert_name=cert_name)
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def receipt_key(hq: HQ) -> Ed25519PrivateKey:
    path = hq.folder / RECEIPT_KEY
    if not path.is_file():
        key = Ed25519PrivateKey.generate()
        fsutil.write_file_durably(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                          serialization.NoEncryption()))  # fmt: skip
    loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise InvalidValueError(f"{path} is not an Ed25519 key")
    return loaded


def receipt_public_line(hq: HQ) -> str:
    return sshsig.public_key_line(receipt_key(hq).public_key())


def sign_receipt(hq: HQ, receipt: receipts.Receipt) -> dict[str, Any]:
    """The receipt signed with this HQ's receipt key, as the server hands it to the device."""
    return receipts.sign_receipt(receipt, receipt_key(hq))


@dataclass(frozen=True)
class Credential:
    device_id: str
    token: str


def _parse_credentials(text: str) -> dict[str, dict[str, str]]:
    data = json.loads(text)
    return data if isinstance(data, dict) else {}


def _load(hq: HQ) -> dict[str, dict[str, str]]:
    """The credentials file (a copy: parsed once per version of the file, every request reads it)."""
    path = hq.folder / CREDENTIALS
    try:
        return dict(fsutil.parsed_file(path, _parse_credentials))
    except FileNotFoundError:
        return {}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_credential(hq: HQ, device_id: str) -> Credential:
    """A new upload credential for an enrolled device (replacing any earlier one)."""
    if device_id not in hq.signers():
        raise InvalidValueError(f"device {device_id} is not enrolled: 'fieldkit hq enroll' it first")
    token = secrets.token_urlsafe(32)
    credentials = _load(hq)
    issued = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    credentials[device_id] = {"sha256": _digest(token), "issued_at": issued}
    fsutil.write_file_durably(hq.folder / CREDENTIALS, json.dumps(credentials, indent=1).encode() + b"\n")
    return Credential(device_id, token)


def provisioning_for(hq: HQ, device_id: str, endpoint: str) -> Provisioning:
    """HQ's provisioning file for one device: recipients and organisation, plus where and how to upload."""
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint)
    plain_loopback = parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname)
    if (parts.scheme != "https" or not parts.hostname) and not plain_loopback:
        raise InvalidValueError("--endpoint must be https://HOST:PORT (http:// only for this machine)")
    ensure_tls(hq, [parts.hostname or "localhost"])
    credential = issue_credential(hq, device_id)
    upload = UploadSettings(endpoint=endpoint.rstrip("/"), tls_sha256=tls_pin(hq), receipt_key=receipt_public_line(hq),
                            device=device_id, credential=credential.token)  # fmt: skip
    return dataclasses.replace(hq.provisioning(), upload=upload)


def withdraw_credential(hq: HQ, device_id: str) -> None:
    credentials = _load(hq)
    if credentials.pop(device_id, None) is not None:
        fsutil.write_file_durably(hq.folder / CREDENTIALS, json.dumps(credentials, indent=1).encode() + b"\n")


def authenticate(hq: HQ, header: str | None) -> str | None:
    """The device a 'Bearer DEVICE:TOKEN' header belongs to, or None. Revoked devices are refused."""
    if not header or not header.startswith("Bearer "):
        return None
    device_id, _, token = header[7:].strip().partition(":")
    path = hq.folder / CREDENTIALS
    entry = fsutil.parsed_file(path, _parse_credentials).get(device_id) if path.is_file() else None
    if not entry or not token:
        return None
    if not hmac.compare_digest(entry.get("sha256", ""), _digest(token)):
        return None
    signer = hq.signer(device_id)
    # The revocation list itself, not hq.trust(): that reads hq-identity.txt, which an upload front end never holds.
    if signer is None or any(r.public_bytes_raw() == signer.key.public_bytes_raw() for r in hq.revoked()):
        return None
    return device_id
