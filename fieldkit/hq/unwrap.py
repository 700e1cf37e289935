"""HQ's unwrap service (`fieldkit hq unwrap --dir HQ --listen HOST:PORT`): the one process that holds
hq-identity.txt past one machine. A worker sends it an age header (POST /unwrap, the header's exact bytes); the
service answers the header's 16-byte file key only when one of the header's X25519 stanzas opens with HQ's identity
AND the header's MAC holds with that key (so only a real age header made for HQ's recipient gets anything back);
else 422 with the reason (`no-identity`, `age-header-mac`, `age-header`, `not-age`), never a key.

Workers authenticate with `Authorization: Bearer WORKER:TOKEN` over TLS with the service's own certificate
(unwrap-tls.key / unwrap-tls.crt in the folder, made on first use; workers pin its SHA-256). The service keeps only
each token's SHA-256 (unwrap-workers.json, read on every request, so a revocation takes effect at once). Every answer
is logged on stderr with the worker's name, its address and the SHA-256 of the header, never a key or token: a
stolen worker credential opens a bundle only through this service, one logged request per bundle.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import secrets
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldkit import media_types
from fieldkit._internal import fsutil
from fieldkit.bundle import age
from fieldkit.config import BUNDLE_LIMITS, UNWRAP_LIMITS, UnwrapLimits
from fieldkit.errors import BundleError, BundleFormatError, InvalidValueError, UsageError
from fieldkit.hq import access
from fieldkit.hq.trust import HQ, IDENTITY
from fieldkit.hq.unwrap_client import WORKER_NAME, UnwrapCredential, check_url

WORKERS = "unwrap-workers.json"
TLS_KEY = "unwrap-tls.key"
TLS_CERT = "unwrap-tls.crt"


def _identities(hq: HQ) -> list[X25519PrivateKey]:
    if hq.unwrap_url:
        raise UsageError(f"{hq.folder} itself uses an unwrap service (hq.json \"unwrap\"): run 'fieldkit hq unwrap' "
                         "on the HQ folder that holds hq-identity.txt")  # fmt: skip
    if not (hq.folder / IDENTITY).is_file():
        raise UsageError(f"{hq.folder} holds no {IDENTITY}: run 'fieldkit hq unwrap' where HQ's identity is kept")
    return age.read_identity_file(hq.folder / IDENTITY)


def _load(hq: HQ) -> dict[str, dict[str, str]]:
    path = hq.folder / WORKERS
    if not path.is_file():
        return {}
    data = json.loads(path.read_text("utf-8"))
    return data if isinstance(data, dict) else {}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue(hq: HQ, worker: str, url: str) -> UnwrapCredential:
    """A new credential for ``worker`` (replacing any it had) to reach the service at ``url``."""
    if not WORKER_NAME.fullmatch(worker):
        raise InvalidValueError(f"a worker's name is 1-64 letters, digits, '.', '_' or '-', not {worker!r}")
    host, _port = check_url(url)
    recipients = tuple(age.recipient_of(key) for key in _identities(hq))
    access.ensure_tls(hq, [host], key_name=TLS_KEY, cert_name=TLS_CERT)
    token = secrets.token_urlsafe(32)
    workers = _load(hq)
    workers[worker] = {"sha256": _digest(token), "issued": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    fsutil.write_file_durably(hq.folder / WORKERS, json.dumps(workers, indent=1).encode("utf-8") + b"\n")
    pin = access.tls_pin(hq, key_name=TLS_KEY, cert_name=TLS_CERT)
    return UnwrapCredential(url.rstrip("/"), worker, token, pin, recipients)


def revoke(hq: HQ, worker: str) -> None:
    workers = _load(hq)
    if worker not in workers:
        raise InvalidValueError(f"no worker {worker!r} holds an unwrap credential (see {hq.folder / WORKERS})")
    del workers[worker]
    fsutil.write_file_durably(hq.folder / WORKERS, json.dumps(workers, indent=1).encode("utf-8") + b"\n")


def authenticate(hq: HQ, header: str | None) -> str | None:
    """The worker named by a valid ``Bearer WORKER:TOKEN``, or None."""
    if not header or not header.startswith("Bearer "):
        return None
    worker, _, token = header[len("Bearer ") :].partition(":")
    entry = _load(hq).get(worker)
    expected = entry.get("sha256") if isinstance(entry, dict) else None
    # Compared in constant time, and a digest is computed for an unknown worker too.
    return worker if hmac.compare_digest(_digest(token), str(expected or "")) and expected else None


class _Handler(BaseHTTPRequestHandler):
    server: UnwrapServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.request.settimeout(self.server.limits.connection_timeout_s)
        self.request = self.server.context.wrap_socket(self.request, server_side=True)
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the service says what it did in lines of its own (_said), never a request line

    def _reply(self, status: int, value: dict[str, Any]) -> None:
        body = json.dumps(value).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", media_types.JSON)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def _worker(self) -> str | None:
        worker = authenticate(self.server.hq, self.headers.get("Authorization"))
        if worker is None:
            self.server.said(f"refused a request with no valid worker credential from {self.client_address[0]}")
            self._reply(401, {"error": "unauthorized"})
        return worker

    def do_GET(self) -> None:
        if self.path != "/check":
            self._reply(404, {"error": "not found"})
            return
        worker = self._worker()
        if worker is not None:
            self._reply(200, {"worker": worker})

    def do_POST(self) -> None:
        if self.path != "/unwrap":
            self._reply(404, {"error": "not found"})
            return
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or int(length) > BUNDLE_LIMITS.max_age_header_bytes:
            self._reply(413, {"error": f"the body must be one age header of at most "
                                       f"{BUNDLE_LIMITS.max_age_header_bytes} bytes"})  # fmt: skip
            return
        # Read before any answer: a connection closed with unread bytes is reset, and the worker would never read
        # why it was refused.
        body = self.rfile.read(int(length))
        worker = self._worker()
        if worker is None:
            return
        digest = hashlib.sha256(body).hexdigest()
        who = f"worker {worker} ({self.client_address[0]}): header {digest}"
        try:
            source = io.BytesIO(body)
            header = age.read_header(source)
            if source.tell() != len(body):
                raise BundleFormatError("more than an age header was sent", reason="age-header")
            key = age.file_key(header, self.server.identities)
        except BundleError as exc:
            self.server.said(f"{who} refused ({exc.reason})")
            self._reply(422, {"reason": exc.reason})
            return
        self.server.said(f"{who} unwrapped")
        self._reply(200, {"file_key": base64.b64encode(key).decode("ascii")})


class UnwrapServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, hq: HQ, host: str, port: int, *, limits: UnwrapLimits = UNWRAP_LIMITS,
                 log: Callable[[str], None] | None = None) -> None:  # fmt: skip
        import ssl  # lazy: only the service itself speaks TLS as a server

        self.hq = hq
        self.identities = _identities(hq)
        self.limits = limits
        self.log = log or (lambda line: print(f"fieldkit hq unwrap: {line}", file=sys.stderr, flush=True))
        key, cert = access.ensure_tls(hq, None, key_name=TLS_KEY, cert_name=TLS_CERT)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.minimum_version = ssl.TLSVersion.TLSv1_2
        self.context.load_cert_chain(cert, key)
        self._slots = threading.BoundedSemaphore(limits.max_connections)
        self._log_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    def said(self, line: str) -> None:
        with self._log_lock:
            self.log(line)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.said(f"closed a connection from {client_address[0]}: {self.limits.max_connections} already open")
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        kind = sys.exc_info()[0]
        self.said(f"a connection from {client_address[0]} failed ({kind.__name__ if kind else 'error'})")


def run(hq: HQ, listen: str, *, log: Callable[[str], None] | None = None) -> int:
    host, _, port_text = listen.rpartition(":")
    if not port_text.isdigit() or not host:
        raise UsageError("--listen takes HOST:PORT, e.g. 10.0.0.5:8600")
    server = UnwrapServer(hq, host.strip("[]"), int(port_text), log=log)
    pin = access.tls_pin(hq, key_name=TLS_KEY, cert_name=TLS_CERT)
    server.said(f"listening on {listen} (certificate SHA-256 {pin}); {len(_load(hq))} worker credentials")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def serve_in_thread(hq: HQ, host: str = "127.0.0.1", port: int = 0,
                    log: Callable[[str], None] | None = None) -> UnwrapServer:  # fmt: skip
    """The service on a background thread (tests): ``server.server_address`` says its port; ``shutdown()`` ends it."""
    server = UnwrapServer(hq, host, port, log=log)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
