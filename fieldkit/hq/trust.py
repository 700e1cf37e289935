"""An HQ folder holds standard files, so HQ can always fall back to age, tar, bagit.py and ssh-keygen:

- hq-identity.txt   age identity file (AGE-SECRET-KEY-1...), owner-only
- hq-receipt.key    Ed25519 key that signs upload receipts (devices pin it; fieldkit/hq/access.py), owner-only
- allowed_signers   OpenSSH allowed_signers: one enrolled device per line
- revoked_keys      OpenSSH public keys, one per line (ssh-keygen -Y verify -r)
- hq.json           organisation name, format version, and the agency identifiers of AFIS transactions (ori, dai)
- index.sqlite      the ingest index; archive/ and quarantine/ hold bundles
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldkit._internal import fsutil
from fieldkit.bundle import age, format, sshsig
from fieldkit.bundle.provisioning import Provisioning, agency_code
from fieldkit.bundle.trust import Trust
from fieldkit.errors import HQNotFoundError, InvalidValueError, StoreExistsError
from fieldkit.hq import backends
from fieldkit.hq.db import Database, open_database
from fieldkit.hq.storage import Storage, open_storage
from fieldkit.hq.unwrap_client import CREDENTIAL, RemoteUnwrapper, load_credential, save_credential

IDENTITY = "hq-identity.txt"
RECEIPT_KEY = "hq-receipt.key"
ALLOWED_SIGNERS = "allowed_signers"
REVOKED_KEYS = "revoked_keys"
HQ_JSON = "hq.json"


class HQ:
    def __init__(self, folder: Path) -> None:
        self.folder = folder.expanduser().absolute()
        if not (self.folder / HQ_JSON).is_file():
            raise HQNotFoundError(f"no fieldkit HQ folder at {self.folder}")

    @classmethod
    def init(cls, folder: Path, organisation: str, *, ori: str | None = None, dai: str | None = None,
             database: str | None = None, storage: str | None = None) -> HQ:  # fmt: skip
        """A new HQ folder; ``ori``/``dai`` (checked before anything is made) as ``configure`` sets them;
        ``database`` (postgresql://, no password) and ``storage`` (s3://...) each checked, by connecting and by a
        tiny write, before anything is made (hq/backends.py), then kept in hq.json."""
        codes = {key: agency_code(value, f"--{key}") for key, value in (("ori", ori), ("dai", dai)) if value}
        folder = folder.expanduser().absolute()
        if folder.exists() and any(folder.iterdir()):
            raise StoreExistsError(f"{folder} already exists and is not empty")
        backends = _checked_backends(folder, database, storage)
        fsutil.make_private_dir(folder)
        if not storage:  # bundles kept in the folder (with s3:// storage they are in the bucket)
            (folder / "archive").mkdir(mode=0o700)
            (folder / "quarantine").mkdir(mode=0o700)
        identity = age.generate_identity()
        recipient = age.recipient_of(age.parse_identity(identity))
        fsutil.write_file_durably(
            folder / IDENTITY, f"# fieldkit HQ identity\n# public key: {recipient}\n{identity}\n".encode()
        )
        # The key upload receipts are signed with, made with the folder: devices pin it, so a worker or front end
        # on another machine must be given this one (never make its own).
        receipt = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM,
                                                             serialization.PrivateFormat.PKCS8,
                                                             serialization.NoEncryption())  # fmt: skip
        fsutil.write_file_durably(folder / RECEIPT_KEY, receipt)
        fsutil.write_file_durably(folder / ALLOWED_SIGNERS, b"")
        fsutil.write_file_durably(folder / REVOKED_KEYS, b"")
        info = {"format": "fieldkit-hq", "version": 1, "organisation": organisation, **codes, **backends}
        fsutil.write_file_durably(folder / HQ_JSON, json.dumps(info, indent=1).encode() + b"\n")
        return cls(folder)

    def _info(self) -> dict[str, object]:
        info = json.loads((self.folder / HQ_JSON).read_text("utf-8"))
        if not isinstance(info, dict):
            raise InvalidValueError(f"{self.folder / HQ_JSON} is not a JSON object: restore it from a backup")
        return info

    @property
    def organisation(self) -> str:
        return str(self._info().get("organisation", ""))

    @property
    def ori(self) -> str | None:
        """The originating agency identifier (Type-1 ORI, and SRC) of the AFIS transactions; None: not set."""
        value = self._info().get("ori")
        return str(value) if value else None

    @property
    def dai(self) -> str | None:
        """The destination agency identifier (Type-1 DAI); None: not set."""
        value = self._info().get("dai")
        return str(value) if value else None

    @property
    def database_url(self) -> str | None:
        """HQ's PostgreSQL database (issue 16: HQ past one machine), or None: the SQLite index in the folder."""
        value = self._info().get("database")
        return str(value) if value else None

    @property
    def storage_url(self) -> str | None:
        """HQ's object storage for bundles (s3://BUCKET[/PREFIX]?endpoint=URL&region=R), or None: the folder."""
        value = self._info().get("storage")
        return str(value) if value else None

    @property
    def unwrap_url(self) -> str | None:
        """The unwrap service that holds HQ's identity for this folder (docs/hq.md "The unwrap service"), or None:
        hq-identity.txt in the folder opens bundles."""
        value = self._info().get("unwrap")
        return str(value) if value else None

    def database(self) -> Database:
        """A new connection to HQ's database (each thread or process opens its own)."""
        return open_database(self.folder, self.database_url)

    def storage(self) -> Storage:
        return open_storage(self.folder, self.storage_url)

    def configure(self, *, ori: str | None = None, dai: str | None = None, database: str | None = None,
                  storage: str | None = None, unwrap: str | None = None) -> None:  # fmt: skip
        """Set the agency identifiers (each checked against the profile's rule; None leaves one as it is). Devices
        get them with their next provisioning file; 'hq export-nist' writes them into every transaction.
        ``database``/``storage`` (checked as ``init`` checks them; "" goes back to the folder) say where the index
        and the bundles are: what is already there is not moved. ``unwrap``: a worker's credential file from
        'fieldkit hq unwrap --issue' (checked against the service, then kept as unwrap-credential.json; "" drops it),
        so this folder opens bundles through the service instead of hq-identity.txt."""
        info = self._info()
        if unwrap:
            credential = load_credential(Path(unwrap))
            RemoteUnwrapper(credential).check()
            save_credential(self.folder / CREDENTIAL, credential)
            info["unwrap"] = credential.url
        elif unwrap == "":
            info.pop("unwrap", None)
            (self.folder / CREDENTIAL).unlink(missing_ok=True)
        info.update(_checked_backends(self.folder, database or None, storage or None))
        for key, value in (("database", database), ("storage", storage)):
            if value == "":
                info.pop(key, None)
        for key, value in (("ori", ori), ("dai", dai)):
            if value is not None:
                info[key] = agency_code(value, f"--{key}")
        fsutil.write_file_durably(self.folder / HQ_JSON, json.dumps(info, indent=1).encode() + b"\n")

    def identities(self) -> list[X25519PrivateKey | age.Unwrapper]:
        """What opens HQ's age files here: the keys of hq-identity.txt, or the unwrap service hq.json names."""
        if self.unwrap_url:
            return [RemoteUnwrapper(load_credential(self.folder / CREDENTIAL))]
        return list(age.read_identity_file(self.folder / IDENTITY))

    def recipients(self) -> list[str]:
        if self.unwrap_url:
            return list(load_credential(self.folder / CREDENTIAL).recipients)
        return [age.recipient_of(key) for key in age.read_identity_file(self.folder / IDENTITY)]

    def signers(self) -> dict[str, sshsig.AllowedSigner]:
        return dict(fsutil.parsed_file(self.folder / ALLOWED_SIGNERS, _parse_signers))

    def signer(self, device_id: str) -> sshsig.AllowedSigner | None:
        """One enrolled device (no copy of them all: every upload request asks)."""
        return fsutil.parsed_file(self.folder / ALLOWED_SIGNERS, _parse_signers).get(device_id)

    def revoked(self) -> list[Ed25519PublicKey]:
        return list(fsutil.parsed_file(self.folder / REVOKED_KEYS, _parse_revoked))

    def trust(self) -> Trust:
        return Trust(self.identities(), self.signers(), self.revoked())

    def enroll(self, line: str) -> sshsig.AllowedSigner:
        signer = sshsig.parse_allowed_signer(line)
        if format.NAMESPACE not in signer.namespaces:
            signer = sshsig.AllowedSigner(signer.principal, (format.NAMESPACE,), signer.key)
        existing = self.signers()
        if signer.principal in existing:
            if existing[signer.principal].key.public_bytes_raw() == signer.key.public_bytes_raw():
                return signer
            raise InvalidValueError(f"device {signer.principal} is already enrolled with another key")
        if self.trust().is_revoked(signer.key):
            raise InvalidValueError("that key was revoked and cannot be enrolled again")
        with open(self.folder / ALLOWED_SIGNERS, "a", encoding="utf-8") as fh:
            fh.write(signer.line() + "\n")
        return signer

    def revoke(self, device: str) -> sshsig.AllowedSigner:
        signers = self.signers()
        if device not in signers:
            raise InvalidValueError(f"no enrolled device {device!r}: see {self.folder / ALLOWED_SIGNERS}")
        signer = signers[device]
        with open(self.folder / REVOKED_KEYS, "a", encoding="utf-8") as fh:
            fh.write(f"{sshsig.public_key_line(signer.key)} {device}\n")
        return signer

    def signing_key(self) -> Ed25519PrivateKey:
        """hq-receipt.key: HQ's Ed25519 key that signs upload receipts and watchlist files (devices pin its public
        half from their provisioning file)."""
        path = self.folder / RECEIPT_KEY
        if not path.is_file():
            raise InvalidValueError(f"no {RECEIPT_KEY} in {self.folder}: copy it from HQ's main folder (owner-only);"
                                    " a new key would not be the one devices pinned")  # fmt: skip
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise InvalidValueError(f"{path} is not an Ed25519 key")
        return loaded

    def provisioning(self) -> Provisioning:
        """What every device of this HQ gets (access.provisioning_for adds one device's upload settings): with HQ's
        signing key when the folder holds it (devices pin it to check watchlist files)."""
        hq_key = (
            sshsig.public_key_line(self.signing_key().public_key()) if (self.folder / RECEIPT_KEY).is_file() else None
        )
        return Provisioning(organisation=self.organisation, recipients=tuple(self.recipients()), ori=self.ori,
                            dai=self.dai, hq_key=hq_key)  # fmt: skip


def _parse_signers(text: str) -> dict[str, sshsig.AllowedSigner]:
    result = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            signer = sshsig.parse_allowed_signer(line)
            result[signer.principal] = signer
    return result


def _parse_revoked(text: str) -> list[Ed25519PublicKey]:
    keys = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.lstrip().startswith("#"):
            keys.append(sshsig.parse_public_key(parts[0], parts[1]))
    return keys


def _checked_backends(folder: Path, database: str | None, storage: str | None) -> dict[str, str]:
    """The hq.json entries for ``database``/``storage``, each checked first (HqBackendError says what to do)."""
    checked = {}
    if database:
        backends.check_database(folder, database)
        checked["database"] = database
    if storage:
        backends.check_storage(folder, storage)
        checked["storage"] = storage
    return checked
