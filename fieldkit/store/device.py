"""The device's identity: its id and Ed25519 signing key, made once when the store is created (the ``device`` table).

Design: the private key lives only in the encrypted database and leaves this module only as a key object for
signing bundles; everything else (HQ enrollment, allowed_signers) gets the public half.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.errors import IntegrityError
from fieldkit.store.session import Session

SSH_NAMESPACE = "fieldkit-bundle"


def fingerprint_of(private: Ed25519PrivateKey) -> str:
    """OpenSSH's SHA256 fingerprint of the public key, as 'ssh-keygen -l' prints it."""
    blob = private.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    wire = base64.b64decode(blob.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(wire).digest()).decode().rstrip("=")


class Device:
    def __init__(self, session: Session) -> None:
        self._session = session

    def create(self, device_id: str, private: Ed25519PrivateKey, created_at: str) -> None:
        """The identity of a new store; the caller logs it in the same ``write()``."""
        with self._session.write() as conn:
            conn.execute(
                "INSERT INTO device (id, device_id, private_key, public_key, created_at) VALUES (1, ?, ?, ?, ?)",
                (device_id, private.private_bytes_raw(), private.public_key().public_bytes_raw(), created_at),
            )

    def _identity(self) -> tuple[str, Ed25519PrivateKey]:
        row = self._session.conn.execute("SELECT device_id, private_key FROM device WHERE id = 1").fetchone()
        if row is None:
            raise IntegrityError("the store has no device identity")
        return str(row[0]), Ed25519PrivateKey.from_private_bytes(bytes(row[1]))

    @property
    def id(self) -> str:
        return self._identity()[0]

    def fingerprint(self) -> str:
        return fingerprint_of(self._identity()[1])

    def public_key_openssh(self) -> str:
        public = self._identity()[1].public_key()
        return public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()

    def allowed_signers_line(self) -> str:
        """This device as a line of an OpenSSH allowed_signers file (for 'ssh-keygen -Y verify')."""
        return f'{self.id} namespaces="{SSH_NAMESPACE}" {self.public_key_openssh()} fieldkit-device'

    def signing_key(self) -> Ed25519PrivateKey:
        return self._identity()[1]
