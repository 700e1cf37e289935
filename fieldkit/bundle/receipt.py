"""HQ's upload receipt (docs/hq.md, "The ingest server"): HQ signs it after it verified an uploaded bundle, and the
device marks the bundle acknowledged only when the receipt verifies with HQ's receipt key.

HQ's server builds the Receipt and ``sign_receipt`` wraps it as ``{"receipt": ..., "signature": ...}``; the device's
outbox opens that with ``open_receipt``, which checks the SSHSIG over the receipt's canonical JSON before it reads a
single field. Both live here, below the device side (sync) and the HQ side (hq), so neither imports the other.
Shape errors are BundleFormatError with reason ``receipt``; signature errors are SignatureError.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.bundle import sshsig
from fieldkit.bundle._fields import JsonObject
from fieldkit.bundle.format import RECEIPT_NAMESPACE, canonical_json
from fieldkit.errors import BundleFormatError, SignatureError

Verdict = Literal["ingested", "duplicate", "rejected"]
VERDICTS: tuple[Verdict, ...] = ("ingested", "duplicate", "rejected")


def _receipt_error(message: str) -> BundleFormatError:
    return BundleFormatError(message, reason="receipt")


@dataclass(frozen=True, kw_only=True)
class Receipt:
    """What HQ says about one upload: the exact file it received, and whether it verified and archived the bundle."""

    upload_id: str
    hq: str  # HQ's organisation
    bundle_id: str | None  # None when not even the upload named one
    device_id: str | None  # the bundle's device, None when the bundle was refused before fieldkit.json was read
    uploaded_by: str  # the device whose credential sent the file
    sequence: int | None
    sha256: str  # of the file received
    size: int
    received_at: str
    verdict: Verdict
    reason: str | None  # the verifier's reason code when rejected
    message: str
    format: Literal["fieldkit-receipt"] = "fieldkit-receipt"
    version: Literal[1] = 1

    @property
    def acknowledged(self) -> bool:
        """HQ holds the bundle (ingested now, or already held): the device may count it as delivered."""
        return self.verdict != "rejected"

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, unverified: object) -> Receipt:
        obj = JsonObject(unverified, "HQ's receipt", tuple(f.name for f in fields(cls)), _receipt_error)
        obj.choice("format", ("fieldkit-receipt",))
        if obj.integer("version") != 1:
            raise obj.invalid("version")
        return cls(
            upload_id=obj.text("upload_id"), hq=obj.text("hq"), bundle_id=obj.optional_text("bundle_id"),
            device_id=obj.optional_text("device_id"), uploaded_by=obj.text("uploaded_by"),
            sequence=obj.optional_integer("sequence", 1), sha256=obj.hex64("sha256"), size=obj.integer("size"),
            received_at=obj.text("received_at"), verdict=cast(Verdict, obj.choice("verdict", VERDICTS)),
            reason=obj.optional_text("reason"), message=obj.text("message"),
        )  # fmt: skip


def sign_receipt(receipt: Receipt, key: Ed25519PrivateKey) -> dict[str, Any]:
    """The signed receipt as HQ serves it (SSHSIG, namespace fieldkit-receipt, over the receipt's canonical JSON)."""
    body = receipt.to_json()
    return {"receipt": body, "signature": sshsig.sign(key, RECEIPT_NAMESPACE, canonical_json(body))}


def open_receipt(unverified: object, receipt_key: Ed25519PublicKey) -> Receipt:
    """The receipt inside a signed document, once its signature verifies with ``receipt_key``."""
    envelope = JsonObject(unverified, "HQ's signed receipt", ("receipt", "signature"), _receipt_error)
    unverified_body, signature = envelope.mapping("receipt"), envelope.text("signature")
    try:
        signed = sshsig.verify(signature.encode("ascii", "replace"), RECEIPT_NAMESPACE, canonical_json(unverified_body))
    except SignatureError as exc:
        raise SignatureError(f"HQ's receipt signature does not verify: {exc.message}", reason=exc.reason) from None
    if signed.public_key.public_bytes_raw() != receipt_key.public_bytes_raw():
        raise SignatureError("the receipt is signed by a key that is not HQ's receipt key", reason="wrong-signer")
    return Receipt.from_json(unverified_body)
