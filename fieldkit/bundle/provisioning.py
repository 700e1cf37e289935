"""HQ's provisioning file (docs/hq.md, "Setting a device up"): the recipients a device encrypts its bundles to, HQ's
organisation, the agency identifiers its AFIS transactions carry (ORI, DAI) and, for a device that uploads, where and
how it sends them.

HQ builds a Provisioning and writes ``to_json()``; the device reads the file with ``from_bytes`` and applies it
(sync/outbox.py). It lives here, below both sides, so the device never imports HQ's code to read what HQ wrote.
The upload settings are one group, all present or all absent. Failures are InvalidValueError, the operator's
"correct the file" error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from fieldkit.bundle import age, sshsig
from fieldkit.bundle._fields import HEX64, JsonObject
from fieldkit.bundle.format import strict_json
from fieldkit.config import BUNDLE_LIMITS, FINGERPRINT_LIMITS
from fieldkit.errors import InvalidValueError

PROVISION_FORMAT: Literal["fieldkit-provision"] = "fieldkit-provision"
_ENDPOINT_PREFIXES = ("https://", "http://127.", "http://localhost", "http://[::1]")  # plain http: loopback tests


def _invalid(message: str) -> InvalidValueError:
    return InvalidValueError(message)


# ANSI/NIST-ITL 1-2011 gives ORI (1.008) and DAI (1.007) the character type ANS and leaves their content to the
# receiving agency's profile; they are codes an AFIS assigns (an EBTS ORI is 9 letters and digits), never a
# name: fieldkit takes ASCII letters and digits only, so a free-text name ("Task Force North") is refused.
_AGENCY = re.compile(r"[A-Za-z0-9]+")
# The device's settings that keep them once a provisioning file gave them (sync/outbox.py, biometrics/nist.py).
ORI_SETTING, DAI_SETTING = "afis_ori", "afis_dai"
# HQ's signing key (ssh-ed25519 line: hq-receipt.key's public half) the device pins: upload receipts and watchlist
# files must verify with it (biometrics/watchlist_file.py). HQ_KEY_SETTING from any provisioning file that names it;
# a device provisioned for uploads before it existed has the key in RECEIPT_KEY_SETTING (sync/outbox.py).
HQ_KEY_SETTING, RECEIPT_KEY_SETTING = "hq_key", "sync_receipt_key"


def agency_code(value: str, what: str = "agency identifier") -> str:
    """An ORI or DAI as given, or InvalidValueError saying the rule (``what`` names the option, e.g. '--ori')."""
    low, high = FINGERPRINT_LIMITS.agency_code_chars
    if not _AGENCY.fullmatch(value) or not low <= len(value) <= high:
        # Shown as typed (an escape only for what cannot be printed), with the first character that is not allowed.
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value[:40])
        bad = next((c for c in value if not _AGENCY.fullmatch(c)), None)
        why = f" ({repr(bad)[1:-1] if not bad.isprintable() or bad == ' ' else bad} is not allowed)" if bad else ""
        raise InvalidValueError(f"{what} '{shown}' is not an agency identifier{why}: ANSI/NIST-ITL ORI and DAI take "
                                f"{low}-{high} ASCII letters (A-Z, a-z: kept as typed) and digits, no spaces or "
                                "other signs, the code your AFIS assigned to the agency, e.g. SYR0001")  # fmt: skip
    return value


@dataclass(frozen=True, kw_only=True)
class UploadSettings:
    """Where one device sends its bundles, how it knows HQ, and its upload credential (a secret: never shown)."""

    endpoint: str  # https://HOST:PORT of HQ's ingest server
    tls_sha256: str  # SHA-256 of the server's certificate, pinned
    receipt_key: str  # ssh-ed25519 key line that signs HQ's receipts
    device: str  # the device this file is for
    credential: str = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class Provisioning:
    organisation: str
    recipients: tuple[str, ...]  # age X25519 recipients (age1...)
    # The agency identifiers of AFIS transactions (Type-1 ORI and DAI), as configured at HQ; optional keys (files
    # made before them have none), written only when set.
    ori: str | None = None
    dai: str | None = None
    # HQ's signing key (ssh-ed25519 public key line) that signs receipts and watchlist files; optional (files made
    # before watchlists have none), written when set.
    hq_key: str | None = None
    # Inline: on the wire its keys sit beside the others (the file format predates this class).
    upload: UploadSettings | None = field(default=None, metadata={"json": "inline"})
    format: Literal["fieldkit-provision"] = PROVISION_FORMAT
    version: Literal[1] = 1

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": self.format, "version": self.version, "organisation": self.organisation,
                                "recipients": list(self.recipients)}  # fmt: skip
        data.update({key: value for key, value in (("ori", self.ori), ("dai", self.dai), ("hq_key", self.hq_key))
                     if value})  # fmt: skip
        if self.upload is not None:
            data.update({f.name: getattr(self.upload, f.name) for f in fields(self.upload)})
        return data

    @property
    def signing_key_fingerprint(self) -> str | None:
        """The SHA-256 fingerprint of HQ's signing key (``hq_key``, else the upload settings' receipt key, which
        a device falls back to): what the operator compares with HQ's before trusting the file. None if neither."""
        line = self.hq_key or (self.upload.receipt_key if self.upload is not None else None)
        if not line:
            return None
        return sshsig.fingerprint(sshsig.parse_public_key(*[*line.split(), "", ""][:2]))

    @classmethod
    def from_bytes(cls, data: bytes) -> Provisioning:
        return cls.from_json(strict_json(data, "the provisioning file"))

    @classmethod
    def from_json(cls, unverified: object) -> Provisioning:
        if not isinstance(unverified, dict) or unverified.get("format") != PROVISION_FORMAT:
            raise InvalidValueError("not a fieldkit provisioning file")
        upload_keys = tuple(f.name for f in fields(UploadSettings))
        uploads = [key in unverified for key in upload_keys]
        if any(uploads) and not all(uploads):
            raise InvalidValueError("the provisioning file's upload settings are incomplete: ask HQ for a new one")
        keys = ("format", "version", "organisation", "recipients", "ori", "dai", "hq_key",
                *(upload_keys if any(uploads) else ()))  # fmt: skip
        obj = JsonObject(unverified, "the provisioning file", keys, _invalid, optional=("ori", "dai", "hq_key"))
        if obj.integer("version") != 1:
            raise InvalidValueError("the provisioning file was made by a newer fieldkit HQ: update fieldkit")
        recipients = obj.raw("recipients")
        if not isinstance(recipients, list) or not recipients or not all(isinstance(r, str) for r in recipients):
            raise InvalidValueError("the provisioning file lists no recipients")
        for recipient in recipients:
            age.parse_recipient(recipient)
        if not isinstance(obj.raw("organisation"), str):
            raise InvalidValueError("the provisioning file's organisation is not text")
        ori, dai = (agency_code(obj.text(key), f"the provisioning file's {key}") if obj.has(key) else None
                    for key in ("ori", "dai"))  # fmt: skip
        hq_key = obj.text("hq_key") if obj.has("hq_key") else None
        if hq_key is not None:
            if len(hq_key) > BUNDLE_LIMITS.max_upload_setting_chars:
                raise InvalidValueError("the provisioning file's HQ key is too long: ask HQ for a new file")
            sshsig.parse_public_key(*[*hq_key.split(), "", ""][:2])
        return cls(organisation=obj.text("organisation"), recipients=tuple(recipients), ori=ori, dai=dai,
                   hq_key=hq_key, upload=_upload(obj) if any(uploads) else None)  # fmt: skip


def _upload(obj: JsonObject) -> UploadSettings:
    values = [obj.raw(f.name) for f in fields(UploadSettings)]
    if not all(isinstance(value, str) and 0 < len(value) <= BUNDLE_LIMITS.max_upload_setting_chars for value in values):
        raise InvalidValueError("the provisioning file's upload settings are incomplete: ask HQ for a new one")
    endpoint, pin, receipt_key = obj.text("endpoint"), obj.text("tls_sha256"), obj.text("receipt_key")
    if not endpoint.startswith(_ENDPOINT_PREFIXES):
        raise InvalidValueError("the provisioning file's endpoint is not an https:// address")
    if not HEX64.fullmatch(pin):
        raise InvalidValueError("the provisioning file's certificate fingerprint is malformed")
    sshsig.parse_public_key(*[*receipt_key.split(), "", ""][:2])
    return UploadSettings(endpoint=endpoint, tls_sha256=pin, receipt_key=receipt_key, device=obj.text("device"),
                          credential=obj.text("credential"))  # fmt: skip
