"""A worker's side of HQ's unwrap service (`fieldkit hq unwrap`, hq/unwrap.py): an age ``Unwrapper`` that sends an
age header to the service and gets its 16-byte file key back, so a worker verifies bundles and opens the index's
sealed records without holding hq-identity.txt.

The worker's folder holds ``unwrap-credential.json`` (owner-only; made by ``fieldkit hq unwrap --issue`` on the
machine that holds the identity, installed by ``fieldkit hq config --unwrap FILE``): the service's URL, the worker's
name and token (the service keeps only its SHA-256), the SHA-256 of the service's certificate (pinned: no
certificate authority is trusted and nothing is sent to another certificate) and HQ's recipients (public: what the
index seals records to). A failure of the service (unreachable, credential refused) raises HqUnwrapError, which is
HQ's own failure and never a verdict on the bundle: the worker's job is tried again later."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import re
import ssl
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit import media_types
from fieldkit._internal import fsutil
from fieldkit.bundle import age
from fieldkit.config import UNWRAP_LIMITS, UnwrapLimits
from fieldkit.errors import BundleDecryptError, HqUnwrapError, InvalidValueError

CREDENTIAL = "unwrap-credential.json"
FORMAT = "fieldkit-unwrap-credential"
WORKER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class UnwrapCredential:
    url: str  # https://HOST:PORT of the service
    worker: str  # the worker's name, in the service's log
    token: str  # secret
    tls_sha256: str  # SHA-256 of the service's DER certificate
    recipients: tuple[str, ...]  # HQ's age recipients (public)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": 1, "url": self.url, "worker": self.worker, "token": self.token,
                "tls_sha256": self.tls_sha256, "recipients": list(self.recipients)}  # fmt: skip

    @classmethod
    def from_json(cls, data: Any, where: str) -> UnwrapCredential:
        keys = {"format", "version", "url", "worker", "token", "tls_sha256", "recipients"}
        if not isinstance(data, dict) or set(data) != keys or data["format"] != FORMAT or data["version"] != 1:
            raise InvalidValueError(f"{where} is not a fieldkit unwrap credential: get one from 'fieldkit hq unwrap "
                                    "--issue' on the machine that holds hq-identity.txt")  # fmt: skip
        if not all(isinstance(data[k], str) for k in ("url", "worker", "token", "tls_sha256")):
            raise InvalidValueError(f"{where}: a value of the unwrap credential is not a string")
        recipients = data["recipients"]
        if not isinstance(recipients, list) or not recipients or not all(isinstance(r, str) for r in recipients):
            raise InvalidValueError(f"{where}: the unwrap credential names no recipient")
        for recipient in recipients:
            age.parse_recipient(recipient)
        if not WORKER_NAME.fullmatch(data["worker"]) or not re.fullmatch(r"[0-9a-f]{64}", data["tls_sha256"]):
            raise InvalidValueError(f"{where}: the unwrap credential's worker name or certificate pin is malformed")
        check_url(data["url"])
        return cls(data["url"], data["worker"], data["token"], data["tls_sha256"], tuple(recipients))


def check_url(url: str) -> tuple[str, int]:
    """The host and port of an https://HOST:PORT service URL (nothing else: no path, no user)."""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "https" or not parts.hostname or not port or parts.path not in ("", "/") or parts.username:
        raise InvalidValueError(f"the unwrap service's URL must be https://HOST:PORT, not {url!r}")
    return parts.hostname, port


def load_credential(path: Path) -> UnwrapCredential:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise HqUnwrapError(f"hq.json names an unwrap service but {path} is missing: install this worker's "
                            "credential with 'fieldkit hq config --dir HQ --unwrap FILE'") from None  # fmt: skip
    except ValueError:
        raise InvalidValueError(f"{path} is not JSON: install the worker's credential again") from None
    return UnwrapCredential.from_json(data, str(path))


def save_credential(path: Path, credential: UnwrapCredential) -> None:
    fsutil.write_file_durably(path, json.dumps(credential.to_json(), indent=1).encode("utf-8") + b"\n")


class RemoteUnwrapper:
    """An age ``Unwrapper`` backed by the unwrap service: one HTTPS request (certificate pinned) per age header."""

    def __init__(self, credential: UnwrapCredential, limits: UnwrapLimits = UNWRAP_LIMITS) -> None:
        self.credential = credential
        self.limits = limits

    def unwrap(self, header: age.AgeHeader) -> bytes | None:
        status, answer = self._request("POST", "/unwrap", header.raw)
        if status == 200 and isinstance(answer.get("file_key"), str):
            key = base64.b64decode(answer["file_key"])
            if len(key) == 16:
                return key
        if status == 422 and answer.get("reason") == "no-identity":
            return None
        if status == 422 and answer.get("reason") == "age-header-mac":
            raise BundleDecryptError("the age header was altered", reason="age-header-mac")
        raise self._failure(status, answer)

    def check(self) -> str:
        """The worker's name as the service knows it (the credential works); HqUnwrapError otherwise."""
        status, answer = self._request("GET", "/check", b"")
        if status != 200 or answer.get("worker") != self.credential.worker:
            raise self._failure(status, answer)
        return self.credential.worker

    def _failure(self, status: int, answer: dict[str, Any]) -> HqUnwrapError:
        url = self.credential.url
        if status == 401:
            worker = self.credential.worker
            return HqUnwrapError(f"the unwrap service at {url} refused worker {worker}'s credential: it was revoked"
                                 " or replaced; issue a new one with 'fieldkit hq unwrap --issue'")  # fmt: skip
        reason = answer.get("reason") or answer.get("error") or "no reason given"
        return HqUnwrapError(f"the unwrap service at {url} answered {status} ({str(reason)[:80]})")

    def _request(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
        host, port = check_url(self.credential.url)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.check_hostname = False  # the pin below is stricter than a name check
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection(host, port, timeout=self.limits.request_timeout_s, context=context)
        try:
            connection.connect()
            assert connection.sock is not None
            certificate = connection.sock.getpeercert(binary_form=True) or b""
            if hashlib.sha256(certificate).hexdigest() != self.credential.tls_sha256:
                raise HqUnwrapError(f"{self.credential.url} presented a certificate that is not the unwrap service's:"
                                    " nothing was sent")  # fmt: skip
            headers = {"Authorization": f"Bearer {self.credential.worker}:{self.credential.token}",
                       "Content-Type": media_types.OCTET_STREAM}  # fmt: skip
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            data = response.read(64 << 10)  # not a limit: the service's answers are a few hundred bytes
            try:
                answer = json.loads(data) if data else {}
            except ValueError:
                answer = {}
            return response.status, answer if isinstance(answer, dict) else {}
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            raise HqUnwrapError(f"the unwrap service at {self.credential.url} cannot be reached ({why}):"
                                " is 'fieldkit hq unwrap' running?") from None  # fmt: skip
        except http.client.HTTPException as exc:
            raise HqUnwrapError(
                f"the unwrap service at {self.credential.url} broke off ({type(exc).__name__})"
            ) from None
        finally:
            connection.close()
