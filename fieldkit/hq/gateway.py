"""HQ's upload front end past one machine (issue 16): the official tus server (Node, @tus/server, in
resources/gateway/) takes the devices' uploads; this module is fieldkit's side of it, a small hooks service on
loopback that the Node process asks before and after each step, and the launcher `fieldkit hq gateway`.

The hooks service decides who may do what; it never sees upload bytes. Its answers (docs/hq.md, "Gateway"):

    POST /authorize  {method, authorization, upload_id|null}  every request: the device's credential, and that the
                     upload is its own (another device's upload answers 404 exactly like a missing one)
    POST /create     {authorization, upload_id, length, metadata}  size cap (413), quotas (429, 507); the row
    POST /finish     {upload_id, size}  the upload is whole: a verification job (jobs.enqueue), once
    POST /receipt    {authorization, upload_id}  200 the signed receipt, 202 verifying, 409 incomplete
    POST /terminated {upload_id}  the device deleted an unfinished upload: its row goes

Each request carries the shared secret (X-Fieldkit-Hook-Secret, from gateway-hooks.secret in the HQ folder); each
answer is HTTP 200 with JSON {"status": N, "body": ..., "device": ...}: N is what the device is told.

Uploads are written under the storage key ``gateway/<id>`` (the HQ folder, or below the S3 bucket's prefix: the tus
id carries the prefix because @tus/s3-store has none), which is the key the verification job is given. Nothing here
reads hq-identity.txt: the front end holds the TLS key and the device credentials, never the key that opens
bundles."""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import queue
import re
import secrets
import shutil
import signal
import subprocess
import threading
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from fieldkit import media_types
from fieldkit._internal import fsutil, logs
from fieldkit._internal.net import is_loopback
from fieldkit.config import SERVER_LIMITS, ServerLimits
from fieldkit.errors import HqGatewayError, InvalidValueError
from fieldkit.hq import access, jobs
from fieldkit.hq.db import Database, Migration
from fieldkit.hq.storage import Storage
from fieldkit.hq.trust import HQ

log = logging.getLogger("fieldkit.hq.gateway")

APP = Path(__file__).resolve().parent.parent.parent / "resources" / "gateway"
SECRET_FILE = "gateway-hooks.secret"  # noqa: S105 - the file's name, not a secret
FOLDER = "gateway"  # the storage key folder of uploads: gateway/<id>
_ID = re.compile(r"[0-9a-f]{32}")

MIGRATIONS = [
    Migration(
        1,
        sqlite="CREATE TABLE gateway_uploads (upload_id TEXT PRIMARY KEY, device TEXT NOT NULL, length INTEGER NOT"
        " NULL, metadata TEXT NOT NULL, storage_key TEXT NOT NULL, created_at TEXT NOT NULL, finished_at TEXT,"
        " closed_at TEXT);"
        "CREATE INDEX gateway_uploads_open ON gateway_uploads (device) WHERE closed_at IS NULL",
        postgresql="CREATE TABLE gateway_uploads (upload_id TEXT PRIMARY KEY, device TEXT NOT NULL, length BIGINT"
        " NOT NULL, metadata TEXT NOT NULL, storage_key TEXT NOT NULL, created_at TEXT NOT NULL, finished_at TEXT,"
        " closed_at TEXT);"
        "CREATE INDEX gateway_uploads_open ON gateway_uploads (device) WHERE closed_at IS NULL",
    ),
    # The last request about each upload (authorize): an upload idle for ServerLimits.quarantine_expiry_days is
    # abandoned (`hq quarantine --expire` removes it).
    Migration(
        2,
        sqlite="ALTER TABLE gateway_uploads ADD COLUMN touched_at TEXT",
        postgresql="ALTER TABLE gateway_uploads ADD COLUMN touched_at TEXT",
    ),
]

# What the tus server keeps beside an upload's bytes: its record (file store: <id>.json; S3 store: <id>.info) and,
# on S3, the last part too small to send yet (<id>.part).
_LEFTOVERS = (".json", ".info", ".part")


def migrate(db: Database) -> None:
    db.migrate("gateway", MIGRATIONS)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def storage_key(upload_id: str) -> str:
    """The key of HQ's Storage the upload's bytes are at (the job opens it; the worker deletes it and its tus
    leftover, ``<key>.json`` in a folder or ``<key>.info`` in S3, once verified)."""
    return f"{FOLDER}/{upload_id}"


def upload_metadata(db: Database, upload_id: str) -> dict[str, str]:
    """What the device said of its upload when it created it (filename, bundle_id, sha256: its own words, unchecked);
    {} for an upload this front end did not take."""
    if not _ID.fullmatch(upload_id) or not has_uploads(db):
        return {}
    row = db.execute("SELECT metadata FROM gateway_uploads WHERE upload_id = ?", (upload_id,)).fetchone()
    try:
        found = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def tidy_decided(db: Database, storage: Storage, upload_id: str) -> list[str]:
    """Once an upload's job is decided (its bytes moved to archive/ or quarantine/, or deleted as a copy HQ holds):
    the tus server's record beside it goes from storage and its row is closed (kept: the device's receipt and a
    resuming HEAD are answered from it). The keys removed."""
    key = storage_key(upload_id)
    removed = []
    for leftover in (key + suffix for suffix in _LEFTOVERS):
        if storage.exists(leftover):
            storage.delete(leftover)
            removed.append(leftover)
    if has_uploads(db):  # a job queued by hand for an upload id no front end took: no row to close
        db.execute(
            "UPDATE gateway_uploads SET closed_at = ? WHERE upload_id = ? AND closed_at IS NULL", (_now(), upload_id)
        )
    return removed


def has_uploads(db: Database) -> bool:
    """Whether the gateway's table exists (an HQ that never ran `hq gateway` has none)."""
    if db.dialect == "postgresql":
        return bool(db.execute("SELECT to_regclass('gateway_uploads') IS NOT NULL").fetchone()[0])
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gateway_uploads'"
    return db.execute(query).fetchone() is not None


def sweep_abandoned(db: Database, storage: Storage, before: str) -> list[dict[str, Any]]:
    """Remove the uploads never finished whose last request came before ``before`` (UTC, as created_at): the row
    first (the device's next request is then a 404 and it starts again), then its bytes and the tus server's record
    (on S3 the unfinished multipart upload is aborted too). What was removed, as `hq serve`'s sweep says it."""
    if not has_uploads(db):
        return []
    migrate(db)
    removed = []
    for upload_id, device, length, last in db.execute(
        "SELECT upload_id, device, length, coalesce(touched_at, created_at) FROM gateway_uploads"
        " WHERE finished_at IS NULL AND coalesce(touched_at, created_at) < ? ORDER BY created_at",
        (before,),
    ).fetchall():
        if db.execute("DELETE FROM gateway_uploads WHERE upload_id = ? AND finished_at IS NULL",
                      (upload_id,)).rowcount != 1:  # fmt: skip
            continue  # it finished meanwhile: its job decides it
        key = storage_key(upload_id)
        received = storage.size(key) or 0
        for gone in (key, *(key + suffix for suffix in _LEFTOVERS)):
            storage.delete(gone)
        storage.abort_unfinished(key)
        removed.append({"id": upload_id, "device": device, "received": received, "length": int(length),
                        "last_activity": last})  # fmt: skip
    return removed


def hooks_secret(hq: HQ) -> Path:
    """The file holding the secret the tus server shows the hooks service (made on first use, owner-only)."""
    path = hq.folder / SECRET_FILE
    if not path.is_file():
        fsutil.write_file_durably(path, secrets.token_urlsafe(32).encode() + b"\n")
    return path


class _Pool:
    """Database connections for the hooks' threads (a connection is not shared between threads)."""

    def __init__(self, hq: HQ, size: int) -> None:
        self.hq = hq
        self.idle: queue.LifoQueue[Database] = queue.LifoQueue(maxsize=size)

    @contextlib.contextmanager
    def connection(self) -> Iterator[Database]:
        try:
            db = self.idle.get_nowait()
        except queue.Empty:
            db = self.hq.database()
        try:
            yield db
        except BaseException:
            db.close()  # a failed connection is not reused
            raise
        try:
            self.idle.put_nowait(db)
        except queue.Full:
            db.close()

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().close()
            except queue.Empty:
                return


Answer = dict[str, Any]


def _refused(status: HTTPStatus, error: str) -> Answer:
    return {"status": int(status), "body": {"error": error}}


_NO_CREDENTIAL = (HTTPStatus.UNAUTHORIZED, "unknown or withdrawn device credential")
_NOT_FOUND: Answer = {"status": 404, "body": {"error": "no such upload"}}


class Hooks:
    """What the tus server asks, answered from HQ's credentials and database."""

    def __init__(self, hq: HQ, max_size: int, limits: ServerLimits = SERVER_LIMITS, quiet: bool = False) -> None:
        self.hq = hq
        self.max_size = max_size
        self.limits = limits
        self.quiet = quiet
        self.pool = _Pool(hq, limits.gateway_hook_connections)
        self.refused = 0  # requests refused for their credential (said at 1, 2, 4, 8, ...)
        self._count = threading.Lock()
        self.local = hq.storage_url is None  # uploads on this machine's disk: its free space is checked
        with self.pool.connection() as db:
            migrate(db)
            jobs.migrate(db)

    def say(self, line: str, level: int = logging.INFO, event: str = "gateway") -> None:
        """A line of the hooks service into the operator log (words or JSON lines, as `hq gateway` set it up);
        what an operator must act on is a warning, shown without -v."""
        if not self.quiet:
            logs.event(log, level, event, line)

    def no_credential(self) -> Answer:
        """A request with an unknown or withdrawn credential: 401, and a counted line (never the token) so that an
        operator who did not copy credentials.json after 'hq provision' sees it."""
        with self._count:
            self.refused += 1
            count = self.refused
        if count & (count - 1) == 0:
            self.say(f"refused a request with an unknown or withdrawn device credential ({count} so far): a device"
                     f" provisioned or revoked since {access.CREDENTIALS} was copied here? Copy it (and"
                     " allowed_signers, revoked_keys) from HQ's main folder", logging.WARNING,
                     "request.refused")  # fmt: skip
        return _refused(*_NO_CREDENTIAL)

    def _own(self, db: Database, device: str, upload_id: Any) -> tuple[Any, ...] | None:
        if not isinstance(upload_id, str) or not _ID.fullmatch(upload_id):
            return None
        row = db.execute("SELECT device, length, finished_at, closed_at FROM gateway_uploads WHERE upload_id = ?",
                         (upload_id,)).fetchone()  # fmt: skip
        return tuple(row) if row is not None and row[0] == device else None

    def authorize(self, request: dict[str, Any]) -> Answer:
        device = access.authenticate(self.hq, request.get("authorization"))
        if device is None:
            return self.no_credential()
        upload_id = request.get("upload_id")
        if upload_id is None:
            return {"status": 200, "device": device}
        with self.pool.connection() as db:
            row = self._own(db, device, upload_id)
            if row is not None and row[2] is None:  # its last activity (an idle unfinished upload is abandoned)
                db.execute("UPDATE gateway_uploads SET touched_at = ? WHERE upload_id = ?", (_now(), upload_id))
        if row is None:
            return _NOT_FOUND
        if request.get("method") == "DELETE" and row[2] is not None:
            return _refused(HTTPStatus.CONFLICT, "a finished upload stays until it is verified")
        if row[3] is not None:  # decided, its tus record removed (tidy_decided): it is whole, say so to a HEAD
            return {"status": 200, "device": device, "decided": int(row[1])}
        return {"status": 200, "device": device}

    def create(self, request: dict[str, Any]) -> Answer:
        device = access.authenticate(self.hq, request.get("authorization"))
        if device is None:
            return self.no_credential()
        upload_id, length = request.get("upload_id"), request.get("length")
        if not isinstance(upload_id, str) or not _ID.fullmatch(upload_id):
            return _refused(HTTPStatus.BAD_REQUEST, "the upload id is not one this front end makes")
        if not isinstance(length, int) or isinstance(length, bool) or length <= 0:
            return _refused(HTTPStatus.BAD_REQUEST, "Upload-Length is required")
        if length > self.max_size:
            return _refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"uploads are limited to {self.max_size} bytes")
        metadata = request.get("metadata")
        kept = {str(k)[:64]: str(v)[:256] for k, v in list(metadata.items())[:16]} if isinstance(metadata, dict) else {}
        with self.pool.connection() as db, db.transaction(lock=f"gateway:{device}"):
            refusal = self.refusal(db, device, length)
            if refusal is not None:
                return refusal
            db.execute(
                "INSERT INTO gateway_uploads (upload_id, device, length, metadata, storage_key, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (upload_id, device, length, json.dumps(kept), storage_key(upload_id), _now()),
            )
        self.say(f"upload {upload_id[:8]} created by device {device[:8]} ({length} bytes)")
        return {"status": 200, "device": device}

    def refusal(self, db: Database, device: str, length: int) -> Answer | None:
        """Why ``device`` may not start an upload of ``length`` bytes now, as hq serve's Uploads.refusal says it (the
        same limits); None when it may. Call it in the device's transaction, and create the row in it."""
        limits = self.limits
        mine = []
        for upload_id, declared, finished in db.execute(
            "SELECT upload_id, length, finished_at FROM gateway_uploads WHERE device = ? AND closed_at IS NULL",
            (device,),
        ).fetchall():
            if finished is not None and jobs.state_of_upload(db, upload_id) in ("done", "dead"):
                db.execute("UPDATE gateway_uploads SET closed_at = ? WHERE upload_id = ?", (_now(), upload_id))
                continue
            mine.append(int(declared))
        if len(mine) >= limits.open_uploads_per_device:
            return _refused(HTTPStatus.TOO_MANY_REQUESTS, (
                f"this device has {len(mine)} uploads open at HQ, the most it may have: each must finish (or, if "
                f"abandoned, is removed after {limits.quarantine_expiry_days} days) before another starts"
            ))  # fmt: skip
        byte_cap = max(limits.open_bytes_per_device, self.max_size)
        held = sum(mine)
        if held + length > byte_cap:
            return _refused(HTTPStatus.TOO_MANY_REQUESTS, (
                f"this device's open uploads at HQ already declare {held >> 20} MiB of the {byte_cap >> 20} MiB "
                "one device may have open: this one starts when they finish"
            ))  # fmt: skip
        if self.local:  # every unfinished upload may still send all it declared
            (coming,) = db.execute("SELECT coalesce(sum(length), 0) FROM gateway_uploads WHERE finished_at IS NULL"
                                   " AND closed_at IS NULL").fetchone()  # fmt: skip
            needed = length + int(coming) + limits.free_disk_margin_bytes
            free = shutil.disk_usage(self.hq.folder).free
            if free < needed:
                return _refused(HTTPStatus.INSUFFICIENT_STORAGE, (
                    f"HQ has no room for this upload now ({free >> 20} MiB free; the uploads open there and this "
                    f"one need {needed >> 20} MiB): it is tried again later"
                ))  # fmt: skip
        return None

    def finish(self, request: dict[str, Any]) -> Answer:
        upload_id = request.get("upload_id")
        if not isinstance(upload_id, str) or not _ID.fullmatch(upload_id):
            return _NOT_FOUND
        with self.pool.connection() as db, db.transaction():
            row = db.execute("SELECT device, length, storage_key FROM gateway_uploads WHERE upload_id = ?",
                             (upload_id,)).fetchone()  # fmt: skip
            if row is None:
                return _NOT_FOUND
            device, length, key = row
            if request.get("size") != length:
                return _refused(HTTPStatus.CONFLICT, "the upload's size is not the one declared")
            # Once: a finish hook repeated (the front end restarted in between) queues no second job.
            if db.execute("UPDATE gateway_uploads SET finished_at = ? WHERE upload_id = ? AND finished_at IS NULL",
                          (_now(), upload_id)).rowcount != 1:  # fmt: skip
                return {"status": 200}
            job = jobs.enqueue(db, key, source=f"upload {upload_id[:8]} by {device}", uploaded_by=device,
                               upload_id=upload_id)  # fmt: skip
        self.say(f"upload {upload_id[:8]} by device {device[:8]} finished: verification job {job} queued")
        return {"status": 200, "job": job}

    def receipt(self, request: dict[str, Any]) -> Answer:
        device = access.authenticate(self.hq, request.get("authorization"))
        if device is None:
            return self.no_credential()
        upload_id = request.get("upload_id")
        with self.pool.connection() as db:
            row = self._own(db, device, upload_id)
            if row is None:
                return _NOT_FOUND
            assert isinstance(upload_id, str)
            document = jobs.receipt(db, upload_id)
            if document is not None:
                return {"status": 200, "body": document}
            state = jobs.state_of_upload(db, upload_id)
        if state == "dead":
            why = "HQ could not verify this upload; its operator sees why ('fieldkit hq status')"
            return _refused(HTTPStatus.INTERNAL_SERVER_ERROR, why)
        if state is not None or row[2] is not None:
            return {"status": 202, "body": {"state": "verifying"}}
        return {"status": 409, "body": {"state": "incomplete"}}  # the tus server adds the offset

    def terminated(self, request: dict[str, Any]) -> Answer:
        upload_id = request.get("upload_id")
        with self.pool.connection() as db:
            db.execute("DELETE FROM gateway_uploads WHERE upload_id = ? AND finished_at IS NULL", (upload_id,))
        return {"status": 200}


class _HookHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HooksServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests carry device credentials: nothing of them is logged

    def do_POST(self) -> None:
        hooks = self.server.hooks
        handler = {"authorize": hooks.authorize, "create": hooks.create, "finish": hooks.finish,
                   "receipt": hooks.receipt, "terminated": hooks.terminated}.get(self.path.strip("/"))  # fmt: skip
        shown = self.headers.get("X-Fieldkit-Hook-Secret", "")
        if not hmac.compare_digest(shown.encode(), self.server.secret.encode()):
            self._send(HTTPStatus.FORBIDDEN, {"error": "not the hooks secret"})
            return
        if handler is None:
            self._send(HTTPStatus.NOT_FOUND, {"error": "no such hook"})
            return
        try:
            size = int(self.headers.get("Content-Length", "0"))
            if not 0 <= size <= hooks.limits.gateway_hook_body_bytes:
                raise ValueError
            request = json.loads(self.rfile.read(size))
            if not isinstance(request, dict):
                raise ValueError
        except ValueError:
            self._send(HTTPStatus.BAD_REQUEST, {"error": "a hook takes one JSON object"})
            return
        try:
            answer = handler(request)
        except Exception as exc:  # the database failed: the device is told to come back (503), the line says what
            # One of the five hooks (the handler was found by its name); the exception's type, never its text.
            hooks.say(f"the {self.path.strip('/')} hook failed ({type(exc).__name__})", logging.ERROR, "hook.failed")
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "hook failed"})
            return
        self._send(HTTPStatus.OK, answer)

    def _send(self, status: int, value: object) -> None:
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", media_types.JSON)
        self.send_header("Content-Length", str(len(body)))
        # The tus server stopped waiting (its hook timeout: the device was told 503 and retries): nothing to say.
        with contextlib.suppress(ConnectionError):
            self.end_headers()
            self.wfile.write(body)


class HooksServer(ThreadingHTTPServer):
    """The hooks service: HTTP on loopback only, each request showing the shared secret."""

    daemon_threads = True

    def __init__(self, hooks: Hooks, secret: str, host: str = "127.0.0.1", port: int = 0) -> None:
        if not is_loopback(host):
            raise InvalidValueError("the hooks service listens on loopback only: run it beside the tus server")
        self.hooks = hooks
        self.secret = secret
        super().__init__((host, port), _HookHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        assert isinstance(host, str)
        return f"http://{host}:{port}"


def s3_settings(url: str) -> dict[str, str]:
    """The tus S3 store's settings from HQ's storage URL s3://BUCKET[/PREFIX]?endpoint=URL&region=R."""
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    if not parts.netloc:
        raise HqGatewayError(f"{url} names no bucket: give s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION")
    settings = {"FIELDKIT_GATEWAY_S3_BUCKET": parts.netloc, "FIELDKIT_GATEWAY_S3_PREFIX": parts.path.strip("/")}
    if query.get("endpoint"):
        settings["FIELDKIT_GATEWAY_S3_ENDPOINT"] = query["endpoint"]
    settings["FIELDKIT_GATEWAY_S3_REGION"] = query.get("region") or "us-east-1"
    return settings


def node_environment(hq: HQ, listen: str, hooks_url: str, max_size: int,
                     limits: ServerLimits = SERVER_LIMITS) -> dict[str, str]:  # fmt: skip
    """What the tus server (resources/gateway/server.mjs) is started with: no secret in it (a file's path)."""
    host = listen.rpartition(":")[0].strip("[]")
    wildcard = host in ("", "0.0.0.0", "::")  # noqa: S104 - naming the wildcard, not binding to it
    key, cert = access.ensure_tls(hq, None if wildcard else [host])
    env = {
        "FIELDKIT_GATEWAY_LISTEN": listen,
        "FIELDKIT_GATEWAY_HOOKS_URL": hooks_url,
        "FIELDKIT_GATEWAY_HOOKS_SECRET_FILE": str(hooks_secret(hq)),
        "FIELDKIT_GATEWAY_TLS_KEY": str(key),
        "FIELDKIT_GATEWAY_TLS_CERT": str(cert),
        "FIELDKIT_GATEWAY_MAX_SIZE": str(max_size),
        "FIELDKIT_GATEWAY_HOOK_TIMEOUT_S": f"{limits.gateway_hook_timeout_s:g}",
        "FIELDKIT_GATEWAY_HEADER_DEADLINE_S": f"{limits.header_deadline_s:g}",
        "FIELDKIT_GATEWAY_BODY_IDLE_S": f"{limits.body_idle_s:g}",
        # The AWS SDK's documented switch for its warning about the Node version (once per start, many lines).
        "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED": "true",
    }
    if hq.storage_url:
        if not hq.storage_url.startswith("s3://"):
            raise HqGatewayError(f"the gateway writes to s3:// storage or the HQ folder, not {hq.storage_url}")
        env.update(s3_settings(hq.storage_url))
    else:
        folder = hq.folder / FOLDER
        fsutil.make_private_dir(folder)
        env["FIELDKIT_GATEWAY_DIRECTORY"] = str(folder)
    return env


def node_command() -> list[str]:
    """node and the app, or HqGatewayError saying how to install what is missing."""
    node = shutil.which("node")
    if node is None:
        raise HqGatewayError("node is not installed: 'scripts/bootstrap.sh run' installs it (apt-get nodejs npm)")
    if not (APP / "node_modules" / "@tus" / "server").is_dir():
        raise HqGatewayError(f"the tus server's packages are not installed: run 'npm ci --prefix {APP} --omit=dev'"
                             " (scripts/bootstrap.sh does it)")  # fmt: skip
    return [node, str(APP / "server.mjs")]


def run(hq: HQ, listen: str, max_size: int, *, hooks_listen: str = "127.0.0.1:0", start_node: bool = True,
        quiet: bool = False) -> int:  # fmt: skip
    """Run the hooks service and (unless ``start_node`` is False) the tus server beside it until SIGTERM or Ctrl-C;
    forwards the signal to the tus server. If the tus server stops on its own, this stops too (nothing is restarted
    behind the operator's back): HqGatewayError with its exit code."""
    command = node_command() if start_node else []
    host, _, port = hooks_listen.rpartition(":")
    logs.ensure_default("fieldkit hq gateway")  # a library caller's lines on stderr (the command line set its own)
    hooks = Hooks(hq, max_size, quiet=quiet)
    server = HooksServer(hooks, hooks_secret(hq).read_text("utf-8").strip(), host.strip("[]") or "127.0.0.1",
                         int(port or 0))  # fmt: skip
    thread = threading.Thread(target=server.serve_forever, name="fieldkit-hooks", daemon=True)
    thread.start()
    hooks.say(f"hooks service on {server.url}; uploads to {hq.storage_url or hq.folder}, under {FOLDER}/")
    stopping = threading.Event()
    process: subprocess.Popen[bytes] | None = None

    def _stop(signum: int, frame: object) -> None:
        if not stopping.is_set():
            hooks.say("stopping: the tus server finishes, open uploads resume at the next start")
        stopping.set()
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        if not start_node:
            stopping.wait()
            return 0
        env = {**os.environ, **node_environment(hq, listen, server.url, max_size)}
        process = subprocess.Popen(command, env=env, cwd=APP)
        code = process.wait()
        if not stopping.is_set():
            raise HqGatewayError(f"the tus server stopped on its own (exit code {code}): its lines above say why;"
                                 " start 'fieldkit hq gateway' again once it is fixed")  # fmt: skip
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        server.shutdown()
        server.server_close()
        hooks.pool.close()
