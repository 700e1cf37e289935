"""What a bundle verifier trusts. HQ builds it from its folder (hq.trust.HQ.trust); the verifier only reads it."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldkit.bundle import age, sshsig


@dataclass(frozen=True)
class Trust:
    """What a verifier trusts: the decryption identities, the enrolled signers and the revoked keys."""

    identities: list[X25519PrivateKey | age.Unwrapper]  # keys, or what holds them elsewhere (HQ's unwrap service)
    signers: dict[str, sshsig.AllowedSigner]
    revoked: list[Ed25519PublicKey]

    def is_revoked(self, key: Ed25519PublicKey) -> bool:
        raw = key.public_bytes_raw()
        return any(r.public_bytes_raw() == raw for r in self.revoked)
