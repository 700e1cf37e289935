"""A tus 1.0 client for one job: send a bundle file to the HQ ingest server, resuming wherever a cut left it.

Written on http.client rather than tuspy because the device must pin HQ's self-signed certificate by its SHA-256
(requests, under tuspy, only knows certificate authorities), must stream a multi-gigabyte file without reading a
chunk into memory, and must be able to cap its bandwidth on a thin link. The whole remainder goes in one PATCH;
after a cut, HEAD says how much arrived and the next PATCH starts there.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit._internal.net import is_loopback
from fieldkit.bundle.format import strict_json
from fieldkit.config import SYNC_LIMITS
from fieldkit.errors import BundleFormatError, CredentialError, PinError, RefusedError, SyncError

TUS_VERSION = "1.0.0"


@dataclass(frozen=True)
class Endpoint:
    url: str  # https://host:port (http:// only on loopback)
    device_id: str
    credential: str
    pin_sha256: str | None  # SHA-256 of HQ's DER certificate

    @property
    def parts(self) -> urllib.parse.SplitResult:
        return urllib.parse.urlsplit(self.url)


class RateLimiter:
    """Keeps the average rate under ``bytes_per_second`` (None: no limit)."""

    def __init__(self, bytes_per_second: int | None) -> None:
        self.rate = bytes_per_second
        self.started = time.monotonic()
        self.sent = 0

    def account(self, count: int, cancel: threading.Event | None = None) -> None:
        self.sent += count
        if not self.rate:
            return
        wait = self.sent / self.rate - (time.monotonic() - self.started)
        if wait > 0:
            if cancel is not None:
                cancel.wait(wait)
            else:
                time.sleep(wait)


class TusClient:
    def __init__(self, endpoint: Endpoint, *, timeout: float = 30.0, rate_limit: int | None = None) -> None:
        parts = endpoint.parts
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise SyncError(f"the HQ endpoint {endpoint.url!r} is not an https:// address")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise SyncError("plain http is only allowed to this machine (loopback); HQ's endpoint must be https://")
        if parts.scheme == "https" and not endpoint.pin_sha256:
            raise SyncError("no certificate fingerprint to pin: import HQ's provisioning file again")
        self.endpoint = endpoint
        self.timeout = timeout
        self.rate_limit = rate_limit
        self.bytes_sent = 0  # body bytes of PATCH requests, for the resume figures

    # --- connection ---------------------------------------------------------------------------------------------

    def _connect(self) -> http.client.HTTPConnection:
        parts = self.endpoint.parts
        host, port = parts.hostname or "", parts.port
        try:
            if parts.scheme == "http":
                connection: http.client.HTTPConnection = http.client.HTTPConnection(host, port, timeout=self.timeout)
                connection.connect()
                return connection
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.check_hostname = False  # the pin below is stricter than a name check
            context.verify_mode = ssl.CERT_NONE
            secure = http.client.HTTPSConnection(host, port, timeout=self.timeout, context=context)
            secure.connect()
        except OSError as exc:
            raise SyncError(
                f"HQ at {self.endpoint.url} cannot be reached ({exc.strerror or type(exc).__name__})"
            ) from None
        assert secure.sock is not None
        certificate = secure.sock.getpeercert(binary_form=True) or b""
        if hashlib.sha256(certificate).hexdigest() != self.endpoint.pin_sha256:
            secure.close()
            raise PinError(f"{self.endpoint.url} presented a certificate that is not HQ's: nothing was sent")
        return secure

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Tus-Resumable": TUS_VERSION,
                   "Authorization": f"Bearer {self.endpoint.device_id}:{self.endpoint.credential}"}  # fmt: skip
        headers.update(extra or {})
        return headers

    def _request(
        self, method: str, path: str, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = self._connect()
        try:
            connection.request(method, path, headers=self._headers(headers))
            response = connection.getresponse()
            body = response.read(1 << 20)
            result = response.status, {k.lower(): v for k, v in response.getheaders()}, body
        except (OSError, http.client.HTTPException) as exc:
            raise SyncError(f"the connection to HQ broke ({type(exc).__name__})") from None
        finally:
            connection.close()
        if result[0] == 401:
            raise CredentialError("HQ does not accept this device's credential")
        return result

    # --- tus ----------------------------------------------------------------------------------------------------

    def health(self) -> bool:
        """True when HQ answers its health probe (the OS 'online' flag alone proves nothing)."""
        try:
            status, _headers, body = self._request("GET", "/health")
        except PinError:
            raise
        except SyncError:
            return False
        try:
            return status == 200 and json.loads(body).get("status") == "ok"
        except ValueError:
            return False

    def create(self, length: int, metadata: dict[str, str]) -> str:
        encoded = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())
        wanted = {"Upload-Length": str(length), "Upload-Metadata": encoded, "Content-Length": "0"}
        status, headers, body = self._request("POST", "/files", wanted)
        if status == 413:  # larger than HQ takes: sending it again cannot help (429, 503 and 507 pass; this does not)
            raise RefusedError(f"HQ refused the upload for good ({status}): {_error_text(body)}")
        if status != 201 or "location" not in headers:
            raise SyncError(f"HQ refused the upload ({status}): {_error_text(body)}")
        return urllib.parse.urlsplit(headers["location"]).path

    def offset(self, path: str) -> int | None:
        """How many bytes HQ holds of this upload; None if HQ no longer knows it."""
        status, headers, _ = self._request("HEAD", path)
        if status == 404:
            return None
        if status != 200:
            raise SyncError(f"HQ answered {status} when asked for the upload's offset")
        return int(headers.get("upload-offset", "0"))

    def patch(self, path: str, source: BinaryIO, offset: int, length: int,
              progress: Callable[[int], None] | None = None, cancel: threading.Event | None = None) -> int:  # fmt: skip
        """Send bytes ``offset``..``length`` in one PATCH; returns the new offset. A cut raises SyncError."""
        remaining = length - offset
        connection = self._connect()
        limiter = RateLimiter(self.rate_limit)
        try:
            connection.putrequest("PATCH", path, skip_accept_encoding=True)
            extra = {"Content-Type": "application/offset+octet-stream", "Upload-Offset": str(offset),
                     "Content-Length": str(remaining)}  # fmt: skip
            for key, value in self._headers(extra).items():
                connection.putheader(key, value)
            connection.endheaders()
            source.seek(offset)
            sent = 0
            while sent < remaining:
                if cancel is not None and cancel.is_set():
                    raise SyncError("the upload was stopped")
                piece = source.read(min(SYNC_LIMITS.upload_piece_bytes, remaining - sent))
                if not piece:
                    raise SyncError("the bundle file became shorter while it was being sent")
                connection.send(piece)
                sent += len(piece)
                self.bytes_sent += len(piece)
                limiter.account(len(piece), cancel)
                if progress:
                    progress(offset + sent)
            response = connection.getresponse()
            body = response.read(1 << 16)
        except (OSError, http.client.HTTPException) as exc:
            raise SyncError(f"the connection to HQ broke during the upload ({type(exc).__name__})") from None
        finally:
            connection.close()
        if response.status == 401:
            raise CredentialError("HQ does not accept this device's credential")
        if response.status == 409:
            raise SyncError("HQ holds a different part of this upload; it resumes from HQ's offset")
        if response.status != 204:
            raise SyncError(f"HQ refused the upload ({response.status}): {_error_text(body)}")
        return int(response.getheader("Upload-Offset") or offset + remaining)

    def receipt(self, path: str) -> dict[str, Any] | None:
        """The signed receipt once HQ has verified the bundle; None while it is still verifying."""
        status, _headers, body = self._request("GET", path + "/receipt")
        if status == 202:
            return None
        if status != 200:
            raise SyncError(f"HQ answered {status} when asked for the receipt: {_error_text(body)}")
        try:
            document = strict_json(body, "HQ's receipt")  # no duplicate keys: one reading of what HQ signed
        except BundleFormatError:
            raise SyncError("HQ's receipt is not JSON") from None
        if not isinstance(document, dict):
            raise SyncError("HQ's receipt is malformed")
        return document


def _error_text(body: bytes) -> str:
    try:
        return str(json.loads(body).get("error", ""))[:200]
    except (ValueError, AttributeError):
        return body[:200].decode("utf-8", "replace")


def upload_file(client: TusClient, path: Path, upload_path: str | None, metadata: dict[str, str],
                on_created: Callable[[str], None], progress: Callable[[int], None] | None = None,
                cancel: threading.Event | None = None) -> str:  # fmt: skip
    """Send the whole file, creating the upload or resuming it; returns the upload path once HQ holds every byte."""
    length = path.stat().st_size
    offset = client.offset(upload_path) if upload_path else None
    if upload_path is None or offset is None:  # new, or HQ forgot it (e.g. its upload folder was cleared)
        upload_path = client.create(length, metadata)
        on_created(upload_path)
        offset = 0
    with open(path, "rb") as source:
        while offset < length:
            offset = client.patch(upload_path, source, offset, length, progress, cancel)
    return upload_path
