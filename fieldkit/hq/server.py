"""The HQ ingest server: tus 1.0 resumable uploads (core protocol with the creation and termination extensions),
over TLS with the HQ folder's certificate, one credential per device, a size cap; every completed upload goes through
the same verification and ingest as `fieldkit hq ingest`, and the device gets a receipt signed by HQ.

Written on the standard library's threading HTTP server (proven against the `tuspy` client in the tests) for the
single-box, air-gapped HQ: the maintained Python tus servers (tuspyserver 4.4, with an auth dependency and an
on-complete hook; tussi; litestar-tus) are ASGI routers that would bring a web framework for four verbs and still
need the same glue: the device credential and upload ownership on every request, the signed receipt, fsync per
PATCH, 413/507. Past one machine HQ runs an existing tus server instead (docs/hq.md: the official Node server with
S3 storage, its hooks calling fieldkit). Uploads live in HQ/uploads/:

    <id>.json          the upload: device, declared length, metadata, creation time
    <id>.part          the bytes received so far (its size is the tus offset; fsynced after every PATCH)
    <id>.receipt.json  the signed receipt, once verified (the bundle itself is then in archive/ or quarantine/)
"""

from __future__ import annotations

import contextlib
import http
import json
import logging
import os
import queue
import re
import secrets
import shutil
import socket
import ssl
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from fieldkit import media_types
from fieldkit._internal import fsutil, logs
from fieldkit._internal.net import is_loopback
from fieldkit._internal.plurals import plural
from fieldkit.bundle.receipt import Receipt, Verdict
from fieldkit.bundle.verify import Check, Report
from fieldkit.config import BUNDLE_LIMITS, SERVER_LIMITS, ServerLimits
from fieldkit.errors import InvalidValueError
from fieldkit.hq import access, ingest
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ

TUS_VERSION = "1.0.0"
LOG_PREFIX = "fieldkit hq serve"  # before each line of the text log
log = logging.getLogger("fieldkit.hq.server")
_UPLOAD = re.compile(r"^/files/([0-9a-f]{32})(/receipt)?$")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _status_words(code: int) -> str:
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return "unknown status"


class Uploads:
    """The uploads folder, and the one verification worker that turns finished uploads into receipts."""

    def __init__(self, hq: HQ, max_size: int, limits: ServerLimits = SERVER_LIMITS) -> None:
        self.hq = hq
        self.max_size = max_size
        self.limits = limits
        self.folder = hq.folder / "uploads"
        fsutil.make_private_dir(self.folder)
        self.locks: dict[str, threading.Lock] = {}
        self.guard = threading.Lock()
        # The uploads created and not yet answered by a receipt (id -> its meta): what the disk check and the
        # per-device quotas count. Kept in memory; rebuilt from the folder at start.
        self.open: dict[str, dict[str, Any]] = {}
        self.pending: queue.Queue[str | None] = queue.Queue()
        self.quiet = False  # the server's --quiet (tests): no line per upload on stderr
        self.worker = threading.Thread(target=self._verify_loop, name="fieldkit-verify", daemon=True)
        self.worker.start()
        sweep_abandoned(self.folder, limits)
        for meta in sorted(self.folder.glob("*.json")):  # uploads finished before a restart still get verified
            upload_id = meta.name.split(".")[0]
            if meta.name != f"{upload_id}.json":
                continue
            if self.receipt_path(upload_id).exists():  # killed between the receipt and removing the copy
                with contextlib.suppress(FileNotFoundError):
                    self.part(upload_id).unlink()
                continue
            found = self.meta(upload_id)
            if found is not None:
                self.open[upload_id] = found
            if self.complete(upload_id):
                self.pending.put(upload_id)

    def refusal(self, device: str, length: int) -> tuple[HTTPStatus, str] | None:
        """Why a new upload of ``length`` bytes by ``device`` cannot start now (status and words for the device),
        or None. Call it with ``guard`` held, and create the upload under the same hold."""
        limits = self.limits
        mine = [m for m in self.open.values() if m.get("device") == device]
        if len(mine) >= limits.open_uploads_per_device:
            return HTTPStatus.TOO_MANY_REQUESTS, (
                f"this device has {len(mine)} uploads open at HQ, the most it may have: each must finish (or, if "
                f"abandoned, is removed after {limits.quarantine_expiry_days} days) before another starts"
            )
        byte_cap = max(limits.open_bytes_per_device, self.max_size)
        held = sum(int(m["length"]) for m in mine)
        if held + length > byte_cap:
            return HTTPStatus.TOO_MANY_REQUESTS, (
                f"this device's open uploads at HQ already declare {held >> 20} MiB of the {byte_cap >> 20} MiB "
                "one device may have open: this one starts when they finish"
            )
        # Every open upload may still send the rest of what it declared, and verification copies one finished
        # upload at a time into quarantine/ (the largest it could be).
        to_come = length + sum(int(m["length"]) - self.offset(i) for i, m in self.open.items())
        copy = max([length, *(int(m["length"]) for m in self.open.values())])
        needed = to_come + copy + limits.free_disk_margin_bytes
        free = shutil.disk_usage(self.folder).free
        if free < needed:
            return HTTPStatus.INSUFFICIENT_STORAGE, (
                f"HQ has no room for this upload now ({free >> 20} MiB free; the uploads open there, this one and "
                f"its verification need {needed >> 20} MiB): it is tried again later"
            )
        return None

    def sweep(self) -> list[dict[str, Any]]:
        """Remove uploads abandoned for the expiry period (see sweep_abandoned); what was removed."""
        with self.guard:
            removed = sweep_abandoned(self.folder, self.limits)
            for entry in removed:
                self.open.pop(entry["id"], None)
        return removed

    def lock(self, upload_id: str) -> threading.Lock:
        with self.guard:
            return self.locks.setdefault(upload_id, threading.Lock())

    def meta(self, upload_id: str) -> dict[str, Any] | None:
        path = self.folder / f"{upload_id}.json"
        if not path.is_file():
            return None
        data = json.loads(path.read_text("utf-8"))
        return data if isinstance(data, dict) else None

    def part(self, upload_id: str) -> Path:
        return self.folder / f"{upload_id}.part"

    def receipt_path(self, upload_id: str) -> Path:
        return self.folder / f"{upload_id}.receipt.json"

    def offset(self, upload_id: str) -> int:
        part = self.part(upload_id)
        if part.exists():
            return part.stat().st_size
        meta = self.meta(upload_id)
        return int(meta["length"]) if meta and self.receipt_path(upload_id).exists() else 0

    def complete(self, upload_id: str) -> bool:
        meta = self.meta(upload_id)
        return meta is not None and self.offset(upload_id) == int(meta["length"])

    def create(self, device: str, length: int, metadata: dict[str, str]) -> str:
        upload_id = secrets.token_hex(16)
        meta = {"id": upload_id, "device": device, "length": length, "metadata": metadata, "created_at": _now()}
        with fsutil.open_new_private(self.part(upload_id)):
            pass
        fsutil.write_file_durably(self.folder / f"{upload_id}.json", json.dumps(meta).encode())
        self.open[upload_id] = meta
        return upload_id

    def delete(self, upload_id: str) -> None:
        with self.guard:
            self.open.pop(upload_id, None)
        for path in (self.part(upload_id), self.folder / f"{upload_id}.json", self.receipt_path(upload_id)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def finished(self, upload_id: str) -> None:
        self.pending.put(upload_id)

    def stop(self) -> None:
        self.pending.put(None)

    def _verify_loop(self) -> None:
        while True:
            upload_id = self.pending.get()
            try:
                if upload_id is None:
                    return
                self._verify(upload_id)
            except Exception as exc:  # _verify resolves every upload; this is the disk failing under it: say where
                logs.event(log, logging.ERROR, "upload.failed", f"verifying upload {upload_id} failed"
                           f" ({type(exc).__name__})", upload_id=upload_id, error=type(exc).__name__)  # fmt: skip
            finally:
                self.pending.task_done()

    def _verify(self, upload_id: str) -> None:
        """Verify and ingest one finished upload and write its signed receipt. Whatever happens in verification, the
        upload resolves: an unexpected exception, or a verification that never finished (the server died in it,
        ``verify_attempts`` times), is a rejection with reason ``unreadable``, the file held in quarantine once."""
        meta = self.meta(upload_id)
        part = self.part(upload_id)
        if meta is None or not part.exists() or self.receipt_path(upload_id).exists():
            return
        digest = ingest.file_sha256(part, SERVER_LIMITS.piece_bytes)
        attempts = int(meta.get("verify_attempts", 0))
        meta["verify_attempts"] = attempts + 1  # counted before it starts: a death inside it is counted too
        fsutil.write_file_durably(self.folder / f"{upload_id}.json", json.dumps(meta).encode())
        if attempts >= SERVER_LIMITS.verify_attempts:
            result = self._unreadable(part, digest, f"verification never finished ({attempts} attempts)",
                                      meta["device"])  # fmt: skip
        else:
            try:
                with Index(self.hq) as index:
                    result = index.ingest(part, uploaded_by=meta["device"])
            except Exception as exc:  # anything at all: the device must get an answer, and the worker go on
                result = self._unreadable(part, digest, f"verification failed unexpectedly ({type(exc).__name__})",
                                          meta["device"])  # fmt: skip
        report = result.report
        verdict: Verdict = (
            "ingested" if result.outcome == "ingested" else "duplicate" if result.outcome == "replay" else "rejected"
        )
        receipt = Receipt(
            upload_id=upload_id, hq=self.hq.organisation,
            bundle_id=(report.info.bundle_id if report and report.info else None) or meta["metadata"].get("bundle_id"),
            device_id=result.device_id or None, uploaded_by=meta["device"], sequence=result.sequence or None,
            sha256=digest, size=int(meta["length"]), received_at=_now(), verdict=verdict,
            reason=result.reason, message=result.message,
        )  # fmt: skip
        fsutil.write_file_durably(
            self.receipt_path(upload_id), json.dumps(access.sign_receipt(self.hq, receipt)).encode()
        )
        part.unlink()  # the bundle is now in archive/ or quarantine/ (ingest copied it there)
        with self.guard:
            self.open.pop(upload_id, None)
        if not self.quiet:
            logs.event(log, logging.INFO, "upload.verified", upload_line(upload_id, meta["device"], result),
                       upload_id=upload_id, device=result.device_id or meta["device"], sequence=result.sequence or None,
                       sha256=digest, verdict=verdict, reason=result.reason,
                       alarms=[alarm["kind"] for alarm in result.alarms] or None)  # fmt: skip

    def _unreadable(self, part: Path, digest: str, message: str, uploaded_by: str) -> ingest.IngestResult:
        """Hold an upload whose verification failed in a way nobody foresaw, as ingest holds a refused bundle (a copy
        in quarantine/, its note, a quarantine row): reason ``unreadable``. A copy a failed ingest left behind with
        no note (the same bytes) is removed, so a poison upload never leaves more than one copy."""
        text = f"{message}: the bundle is held in quarantine for inspection"
        report = Report(path=str(part), reason="unreadable", message=text, file_sha256=digest)
        report.checks.append(Check("unreadable", False, text))
        with Index(self.hq) as index:
            held = index.refuse(part, report, uploaded_by=uploaded_by)
            size = part.stat().st_size
            storage = index.storage
            for copy in storage.keys("quarantine/"):
                if not copy.endswith(".fkb") or copy == held.key or storage.exists(copy.removesuffix(".fkb") + ".json"):
                    continue
                if storage.size(copy) == size:
                    with storage.open(copy) as stream:
                        if ingest.stream_sha256(stream, SERVER_LIMITS.piece_bytes) == digest:
                            storage.delete(copy)
        return ingest.IngestResult(str(part), "quarantined", "unreadable", text)


def upload_line(upload_id: str, sender: str, result: ingest.IngestResult) -> str:
    """What became of one upload, for the server's log: its id, the bundle's number and device, the verdict, the
    reason code and where the file is now; never a message or anything the bundle holds."""
    bundle = (f"bundle {result.sequence} of device {result.device_id[:8]}" if result.device_id
              else f"a bundle from device {sender[:8]}")  # fmt: skip
    alarms = "".join(f", ALARM {alarm['kind']}" for alarm in result.alarms)
    if result.outcome == "ingested":
        said = f"ingested, archived{alarms}"
    elif result.outcome == "replay":
        said = "duplicate: HQ already holds it, nothing changed"
    else:
        said = f"rejected ({result.reason}){alarms}, held in quarantine"
    return f"upload {upload_id[:8]}: {bundle} {said}"


def sweep_abandoned(
    folder: Path, limits: ServerLimits = SERVER_LIMITS, now: float | None = None
) -> list[dict[str, Any]]:
    """Remove each upload in ``folder`` that is unfinished, has no receipt and received no byte for
    ``quarantine_expiry_days`` (its .part and its .json); returns what was removed (id, device, length, received,
    last activity). A finished upload waiting for verification is never removed."""
    cutoff = (time.time() if now is None else now) - limits.quarantine_expiry_days * 86400
    removed = []
    for meta_path in sorted(folder.glob("*.json")):
        upload_id = meta_path.name.split(".")[0]
        if meta_path.name != f"{upload_id}.json" or (folder / f"{upload_id}.receipt.json").exists():
            continue
        part = folder / f"{upload_id}.part"
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            received = part.stat().st_size if part.exists() else 0
            last = max(meta_path.stat().st_mtime, part.stat().st_mtime if part.exists() else 0.0)
        except (OSError, ValueError):
            continue
        if not isinstance(meta, dict) or received >= int(meta.get("length", 0)) or last > cutoff:
            continue
        for path in (part, meta_path):
            path.unlink(missing_ok=True)
        removed.append({"id": upload_id, "device": meta.get("device"), "length": meta.get("length"),
                        "received": received, "last_activity": datetime.fromtimestamp(last, UTC).strftime(
                            "%Y-%m-%dT%H:%M:%SZ")})  # fmt: skip
    return removed


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fieldkit-hq"
    sys_version = ""
    server: IngestServer

    @property
    def uploads(self) -> Uploads:
        return self.server.uploads

    def setup(self) -> None:
        self.slot = self.server.gate.slot(self.request)
        super().setup()
        self.connection.settimeout(self.server.limits.header_deadline_s)  # per recv; the gate holds the total
        if isinstance(self.request, ssl.SSLSocket):
            self.request.do_handshake()  # here, in the connection's thread, not in the accept loop
        self.slot.handshaken = True

    def handle_one_request(self) -> None:
        # Each request (the first, or the next on a kept-alive connection) has header_deadline_s from now for its
        # request line and headers, counted as an unauthenticated connection until its credential is checked.
        self.server.gate.waiting(self.slot)
        self.connection.settimeout(self.server.limits.header_deadline_s)
        super().handle_one_request()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Each answered request, from -v (DEBUG): its method, the route (never the raw path a peer sent), the
        status and the device; the client's address only when the server was asked to name addresses."""
        if self.server.quiet or self.slot.cut or not log.isEnabledFor(logging.DEBUG):
            return
        # A request refused while its first line was parsed (http.server answers 400 before it sets path or command).
        path = getattr(self, "path", None) or ""
        method = getattr(self, "command", None) or "-"
        method = method if method in ("GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS", "-") else "<other>"
        match = _UPLOAD.match(path)
        route = ("/files/<id>/receipt" if match.group(2) else "/files/<id>") if match else (
            path if path in ("/files", "/health") else "<other>")  # fmt: skip
        status = int(code) if str(code).isdigit() else None
        logs.event(
            log,
            logging.DEBUG,
            "request",
            f"{method} {route} {code}",
            method=method,
            status=status,
            upload_id=match.group(1) if match else None,
            device=self.slot.device,
            client=self._client(),
        )

    def _client(self) -> str | None:
        return str(self.client_address[0]) if self.server.log_addresses else None

    def log_message(self, format: str, *args: Any) -> None:
        """http.server's own lines (Apache style, with the client's address) are not written: requests are logged
        by log_request, errors by log_error."""

    def log_error(self, format: str, *args: Any) -> None:
        if self.slot.cut:
            return  # counted when the gate cut it
        if format.startswith("Request timed out"):  # no request line or headers in time: one of many, counted
            self.server.gate.dropped(self.slot, "slow")
            return
        if not self.server.quiet:
            client = self._client()
            # http.server's message quotes what the peer sent (a whole request line, up to 64 KiB): only the code
            # and its standard words are said, never the peer's bytes.
            code = args[0] if format.startswith("code %d") and args and isinstance(args[0], int) else None
            said = f"code {code} ({_status_words(code)})" if code is not None else "a malformed request"
            where = f" (from {client})" if client else ""
            logs.event(log, logging.WARNING, "request.refused", f"refused a request: {said}{where}", status=code,
                       client=client)  # fmt: skip

    def parse_request(self) -> bool:
        """The request line and headers; a connection the gate cut meanwhile gets no answer (its socket is shut:
        what it sent is a fragment, such as 'GE', not a bad request to answer 400 and log)."""
        if not self._uncut():
            return False
        parsed = super().parse_request()  # the gate may cut the connection while the headers trickle in
        return self._uncut() and parsed

    def _uncut(self) -> bool:
        """Whether the gate left this connection alone (else it is closed, unanswered)."""
        if self.slot.cut:
            self.close_connection = True
        return not self.slot.cut

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if self.slot.cut:
            self.close_connection = True
            return
        super().send_error(code, message, explain)

    def _reply(self, status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        self.send_response(status)
        if self.command == "PATCH" and not getattr(self, "body_read", False):
            # A refused PATCH's body is not read: the connection closes rather than take it for the next request
            # (and the device stops sending at once instead of pushing the rest of the file).
            self.send_header("Connection", "close")
        self.send_header("Tus-Resumable", TUS_VERSION)
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, value: object) -> None:
        self._reply(status, {"Content-Type": media_types.JSON}, json.dumps(value).encode())

    def _device(self) -> str | None:
        """The device whose credential this request carries, its connection moved to the devices' own slots; else
        None, once the refusal is sent (401, or 503 when the device or HQ holds as many connections as allowed)."""
        device = access.authenticate(self.server.hq, self.headers.get("Authorization"))
        if device is None:
            self._json(HTTPStatus.UNAUTHORIZED, {"error": "unknown or withdrawn device credential"})
            return None
        refusal = self.server.gate.promote(self.slot, device)
        if refusal:
            self.close_connection = True
            self._reply(HTTPStatus.SERVICE_UNAVAILABLE, {"Retry-After": "30", "Content-Type": media_types.JSON},
                        json.dumps({"error": refusal}).encode())  # fmt: skip
            return None
        self.connection.settimeout(self.server.limits.body_idle_s)  # a body may be slow, but not silent
        return device

    def _tus_ok(self) -> bool:
        if self.headers.get("Tus-Resumable") != TUS_VERSION:
            self._reply(HTTPStatus.PRECONDITION_FAILED, {"Tus-Version": TUS_VERSION})
            return False
        return True

    def _own_upload(self, device: str) -> tuple[str, dict[str, Any], bool] | None:
        match = _UPLOAD.match(self.path)
        meta = self.uploads.meta(match.group(1)) if match else None
        if match is None or meta is None or meta.get("device") != device:  # another device's upload does not exist
            self._json(HTTPStatus.NOT_FOUND, {"error": "no such upload"})
            return None
        return match.group(1), meta, bool(match.group(2))

    def _tus_upload(self) -> tuple[str, dict[str, Any], bool] | None:
        """For HEAD, PATCH and DELETE: a tus request by a known device on one of its own uploads (else answered)."""
        if not self._tus_ok():
            return None
        device = self._device()
        return self._own_upload(device) if device else None

    def do_OPTIONS(self) -> None:
        self._reply(HTTPStatus.NO_CONTENT, {"Tus-Version": TUS_VERSION, "Tus-Extension": "creation,termination",
                                            "Tus-Max-Size": str(self.uploads.max_size)})  # fmt: skip

    def do_GET(self) -> None:
        if self.path == "/health":
            self._json(HTTPStatus.OK, {"status": "ok", "tus": TUS_VERSION})
            return
        device = self._device()
        if device is None:
            return
        found = self._own_upload(device)
        if found is None:
            return
        upload_id, _meta, is_receipt = found
        if not is_receipt:
            self._json(HTTPStatus.NOT_FOUND, {"error": "no such resource"})
            return
        path = self.uploads.receipt_path(upload_id)
        if path.exists():
            self._reply(HTTPStatus.OK, {"Content-Type": media_types.JSON}, path.read_bytes())
        elif self.uploads.complete(upload_id):
            self._json(HTTPStatus.ACCEPTED, {"state": "verifying"})
        else:
            self._json(HTTPStatus.CONFLICT, {"state": "incomplete", "offset": self.uploads.offset(upload_id)})

    def do_POST(self) -> None:
        if not self._tus_ok():
            return
        device = self._device()
        if device is None:
            return
        if self.path != "/files":
            self._json(HTTPStatus.NOT_FOUND, {"error": "uploads are created at /files"})
            return
        try:
            length = int(self.headers.get("Upload-Length", ""))
        except ValueError:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "Upload-Length is required"})
            return
        if not 0 < length <= self.uploads.max_size:
            self._json(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": f"uploads are limited to {self.uploads.max_size} bytes"}
            )
            return
        with self.uploads.guard:  # the check and the creation together: two requests cannot both take the room
            refusal = self.uploads.refusal(device, length)
            if refusal is None:
                upload_id = self.uploads.create(device, length, _metadata(self.headers.get("Upload-Metadata", "")))
        if refusal is not None:
            self._json(refusal[0], {"error": refusal[1]})
            return
        self._reply(HTTPStatus.CREATED, {"Location": f"/files/{upload_id}", "Upload-Offset": "0"})

    def do_HEAD(self) -> None:
        found = self._tus_upload()
        if found is None:
            return
        upload_id, meta, _ = found
        # After a cut, the request that was writing may still be draining what arrived: wait for it, so the offset
        # given is final and the device does not send bytes twice.
        lock = self.uploads.lock(upload_id)
        settled = lock.acquire(timeout=SERVER_LIMITS.settle_s)
        try:
            offset = self.uploads.offset(upload_id)
        finally:
            if settled:
                lock.release()
        self._reply(HTTPStatus.OK, {"Upload-Offset": str(offset), "Upload-Length": str(meta["length"])})

    def do_PATCH(self) -> None:
        self.body_read = False
        found = self._tus_upload()
        if found is None:
            return
        upload_id, meta, _ = found
        if self.headers.get("Content-Type") != "application/offset+octet-stream":
            self._json(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "Content-Type must be application/offset+octet-stream"}
            )
            return
        lock = self.uploads.lock(upload_id)
        if not lock.acquire(timeout=SERVER_LIMITS.settle_s):
            self._json(HTTPStatus.CONFLICT, {"error": "this upload is being written by another request"})
            return
        try:
            self._append(upload_id, int(meta["length"]))
        finally:
            lock.release()

    def _append(self, upload_id: str, length: int) -> None:
        current = self.uploads.offset(upload_id)
        try:
            claimed = int(self.headers.get("Upload-Offset", ""))
            size = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "Upload-Offset and Content-Length are required"})
            return
        if claimed != current or not self.uploads.part(upload_id).exists():
            self._reply(HTTPStatus.CONFLICT, {"Upload-Offset": str(current)})
            return
        if size < 0 or current + size > length:
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "more bytes than the upload declared"})
            return
        received = 0
        self.body_read = False
        with open(self.uploads.part(upload_id), "ab") as handle:
            try:
                while received < size:
                    piece = self.rfile.read1(min(SERVER_LIMITS.piece_bytes, size - received))
                    if not piece:
                        break
                    handle.write(piece)
                    received += len(piece)
            except (OSError, TimeoutError):
                pass  # the connection was cut: what arrived is kept and the device resumes from there
            finally:
                handle.flush()
                os.fsync(handle.fileno())
        if received < size:
            self.close_connection = True
            return
        offset = current + received
        self.body_read = True
        self._reply(HTTPStatus.NO_CONTENT, {"Upload-Offset": str(offset)})
        if offset == length:
            self.uploads.finished(upload_id)

    def do_DELETE(self) -> None:
        found = self._tus_upload()
        if found is None:
            return
        upload_id, _meta, _ = found
        with self.uploads.lock(upload_id):
            if self.uploads.receipt_path(upload_id).exists() or self.uploads.complete(upload_id):
                self._json(HTTPStatus.CONFLICT, {"error": "a finished upload stays until it is verified"})
                return
            self.uploads.delete(upload_id)
        self._reply(HTTPStatus.NO_CONTENT)


def _metadata(header: str) -> dict[str, str]:
    """tus Upload-Metadata: comma-separated 'key base64value' pairs (bounded; undecodable values are dropped)."""
    import base64
    import binascii

    result: dict[str, str] = {}
    for pair in header.split(",")[:16]:
        key, _, value = pair.strip().partition(" ")
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", key):
            continue
        try:
            result[key] = base64.b64decode(value, validate=True).decode("utf-8")[:256] if value else ""
        except (binascii.Error, UnicodeDecodeError):
            continue
    return result


@dataclass(eq=False)
class _Slot:
    """One connection as the gate sees it: its peer's address, when it began waiting for a request, by when its
    request line and headers must be in (None once a device is authenticated on it), and which device."""

    sock: socket.socket
    address: str
    since: float
    deadline: float | None
    device: str | None = None
    cut: str = ""  # why the gate closed it ("slow", "evicted"); its thread then answers and logs nothing
    handshaken: bool = False  # its TLS handshake finished (or there is none)


class DropLog:
    """The connections the server dropped, counted by kind and said in one line per kind once per interval
    (``drop_log_interval_s``): "closed 37 connections that did not send their request within 10 s (in the last
    minute)". A slowloris makes thousands of these; a line each would bury the errors that matter, which the server
    still says one by one. Kinds: ``slow`` (no request line and headers by the deadline), ``evicted`` (closed to make
    room for a new connection), ``handshake`` (the TLS handshake never finished), ``broken`` (cut by the peer
    during a request)."""

    def __init__(self, limits: ServerLimits, quiet: bool = False, addresses: bool = False) -> None:
        self.limits = limits
        self.quiet = quiet
        self.addresses = addresses  # name each client's address in the lines (the server's log_addresses)
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.details: dict[str, Counter[str]] = {}
        self.since = time.monotonic()

    def count(self, kind: str, detail: str = "", address: str = "") -> None:
        """One dropped connection of ``kind``; ``detail`` (an error's type) and ``address`` are said, the address
        only when the log names addresses."""
        detail = " from ".join(part for part in (detail, address if self.addresses else "") if part)
        with self.lock:
            self.counts[kind] += 1
            self.details.setdefault(kind, Counter())[detail] += 1

    def lines(self, period: str) -> list[str]:
        """Each kind counted since the last report, in words; the counts start again."""
        with self.lock:
            counts, details = self.counts, self.details
            self.counts, self.details, self.since = Counter(), {}, time.monotonic()
        limits, said = self.limits, []
        for kind in ("slow", "evicted", "handshake", "broken"):
            n = counts.get(kind, 0)
            if not n:
                continue
            which = ", ".join(f"{name}: {times}" for name, times in details[kind].most_common(3) if name)
            more = ", ..." if len(details[kind]) > 3 else ""
            which = f" ({which}{more})" if which else ""
            connections = "connection" if n == 1 else "connections"
            if kind == "slow":
                text = (f"closed {n} {connections} that did not send their request within "
                        f"{limits.header_deadline_s:g} s{which}")  # fmt: skip
            elif kind == "evicted":
                text = (f"closed {n} {connections} still sending their request to make room for new ones (more "
                        f"than {limits.preauth_per_address} waiting from one address or {limits.preauth_connections}"
                        f" in all){which}")  # fmt: skip
            elif kind == "handshake":
                text = f"{n} {connections} ended before their TLS handshake finished{which}"
            else:
                text = f"{n} {connections} cut by the peer during a request{which}"
            said.append(f"{text} ({period})")
            if not self.quiet:
                logs.event(log, logging.INFO, "connections.dropped", said[-1], kind=kind, count=n)
        return said

    def report(self, period: str | None = None) -> list[str]:
        """Say what was dropped (in the log, unless quiet); ``period`` defaults to the interval in words."""
        interval = self.limits.drop_log_interval_s
        if period is None:
            period = "in the last minute" if interval == 60 else f"in the last {interval:g} s"
        return self.lines(period)

    def due(self) -> bool:
        return time.monotonic() - self.since >= self.limits.drop_log_interval_s


class Gate:
    """Who holds the server's connections, so that peers with no credential cannot lock devices out (slowloris).

    A connection is *waiting* from its accept (TLS handshake, request line, headers, and the answer to a request
    that needs no credential) until a device's credential is checked on it; it is then a *device* connection, in a
    pool of its own. Waiting connections have a total deadline (``header_deadline_s``, not per recv), are bounded
    per address and in all, and when either bound is reached the oldest waiting connection (of that address, or of
    the address holding the most) is closed to admit the new one: a new connection always gets in, and a request
    that is quick to send is answered long before it becomes the oldest. Device connections are capped per device
    and in all; beyond that the request is answered 503 (the device retries later)."""

    def __init__(self, limits: ServerLimits) -> None:
        self.limits = limits
        self.lock = threading.Lock()
        self.slots: dict[socket.socket, _Slot] = {}
        self.closed = 0  # connections the gate cut (deadline or eviction), for the log and the figures
        self.drops = DropLog(limits)  # the server makes it say its lines (or not, when quiet)

    def slot(self, sock: socket.socket) -> _Slot:
        with self.lock:
            found = self.slots.get(sock)
        return found if found is not None else _Slot(sock, "", time.monotonic(), None)

    def admit(self, sock: socket.socket, address: str) -> None:
        now = time.monotonic()
        with self.lock:
            self.slots[sock] = _Slot(sock, address, now, now + self.limits.header_deadline_s)
            self._make_room(address)

    def waiting(self, slot: _Slot) -> None:
        """The connection waits for (another) request: unauthenticated again, with a fresh deadline (the first
        request keeps the one set at accept, which covers the TLS handshake)."""
        with self.lock:
            if slot.device is None and slot.deadline is not None:
                return
            now = time.monotonic()
            slot.device, slot.since, slot.deadline = None, now, now + self.limits.header_deadline_s
            if slot.sock in self.slots:
                self._make_room(slot.address)

    def promote(self, slot: _Slot, device: str) -> str | None:
        """Move an authenticated connection into the devices' pool; the refusal's words when it is full."""
        with self.lock:
            if slot.device == device:
                return None
            held = [s for s in self.slots.values() if s.device is not None]
            if sum(1 for s in held if s.device == device) >= self.limits.connections_per_device:
                return (f"this device already holds {self.limits.connections_per_device} connections to HQ: "
                        "it retries when one closes")  # fmt: skip
            if len(held) >= self.limits.device_connections:
                return "HQ is serving as many devices as it can: the upload is retried later"
            slot.device, slot.deadline = device, None
            return None

    def dropped(self, slot: _Slot, why: str) -> None:
        """A connection its own thread is closing for ``why`` (its read timed out): counted once, as if cut here."""
        with self.lock:
            if not slot.cut:
                self.slots.pop(slot.sock, None)
                slot.cut = why
                self.drops.count(why, address=slot.address)

    def release(self, sock: socket.socket) -> None:
        with self.lock:
            self.slots.pop(sock, None)

    def reap(self) -> int:
        """Close every waiting connection past its deadline; how many."""
        now = time.monotonic()
        with self.lock:
            late = [s for s in self.slots.values() if s.deadline is not None and s.deadline <= now]
            for slot in late:
                self._close(slot, "slow")
        return len(late)

    def counts(self) -> dict[str, int]:
        with self.lock:
            waiting = sum(1 for s in self.slots.values() if s.device is None)
            return {"waiting": waiting, "devices": len(self.slots) - waiting, "closed": self.closed}

    def _make_room(self, address: str) -> None:
        waiting = [s for s in self.slots.values() if s.device is None]
        own = [s for s in waiting if s.address == address]
        if len(own) > self.limits.preauth_per_address:
            self._close(min(own, key=lambda s: s.since), "evicted")
        elif len(waiting) > self.limits.preauth_connections:
            by_address: dict[str, list[_Slot]] = {}
            for s in waiting:
                by_address.setdefault(s.address, []).append(s)
            crowd = max(by_address.values(), key=len)  # the address holding the most gives one up
            self._close(min(crowd, key=lambda s: s.since), "evicted")

    def _close(self, slot: _Slot, why: str) -> None:
        """Cut a connection from outside its thread: the thread's blocked read returns and it ends, answering and
        logging nothing (``slot.cut``); the cut is counted for the log's summary line."""
        self.slots.pop(slot.sock, None)
        self.closed += 1
        slot.cut = why
        self.drops.count(why, address=slot.address)
        with contextlib.suppress(OSError):
            socket.socket.shutdown(slot.sock, socket.SHUT_RDWR)  # the raw socket's: not SSLSocket's, which unwraps


class IngestServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        hq: HQ,
        host: str,
        port: int,
        *,
        tls: bool = True,
        max_size: int | None = None,
        quiet: bool = False,
        limits: ServerLimits = SERVER_LIMITS,
        log_addresses: bool = False,
    ) -> None:
        if not tls and not is_loopback(host):
            raise InvalidValueError(
                "plain HTTP is allowed on loopback only: drop --no-tls, devices pin HQ's certificate"
            )
        self.hq = hq
        self.quiet = quiet
        self.log_addresses = log_addresses  # client addresses in log lines: only when the operator asks
        if not quiet:
            logs.ensure_default(LOG_PREFIX)  # words on stderr, unless the command line set up the log
        self.limits = limits
        self.uploads = Uploads(hq, max_size or BUNDLE_LIMITS.default_max_bundle_bytes, limits)
        self.uploads.quiet = quiet
        self.gate = Gate(limits)
        self.gate.drops.quiet = quiet
        self.gate.drops.addresses = log_addresses
        self.stopping = threading.Event()
        super().__init__((host, port), _Handler)
        if tls:
            wildcard = host in ("0.0.0.0", "::")  # noqa: S104 - naming the wildcard, not binding to it
            key, cert = access.ensure_tls(hq, None if wildcard else [host])
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_cert_chain(cert, key)
            self.socket = context.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)
        self.watchdog = threading.Thread(target=self._watch, name="fieldkit-gate", daemon=True)
        self.watchdog.start()

    def _watch(self) -> None:
        """Cut connections past their header deadline (a tenth of it late at most), and clean abandoned uploads
        hourly."""
        tick = min(1.0, self.limits.header_deadline_s / 10)
        swept = time.monotonic()
        while not self.stopping.wait(tick):
            self.gate.reap()
            if self.gate.drops.due():
                self.gate.drops.report()
            if time.monotonic() - swept > 3600:
                swept = time.monotonic()
                try:
                    self.uploads.sweep()
                except OSError as exc:
                    logs.event(log, logging.ERROR, "sweep.failed", "cleaning abandoned uploads failed"
                               f" ({type(exc).__name__})", error=type(exc).__name__)  # fmt: skip

    def process_request(self, request: Any, client_address: Any) -> None:
        self.gate.admit(request, str(client_address[0]))
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.gate.release(request)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.gate.release(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A connection that failed. One the gate cut, one whose TLS handshake never finished (a scanner, a probe,
        a trickler) and one the peer cut mid-request are counted and said once a minute by kind (DropLog); any other
        error is said at once in one line: its type, never a traceback or content."""
        error = sys.exc_info()[1]
        slot = self.gate.slots.get(request)
        if slot is None or slot.cut:
            return  # the gate cut it: counted when it did
        kind = type(error).__name__
        if not slot.handshaken and isinstance(error, OSError):
            self.gate.drops.count("handshake", kind, slot.address)
        elif isinstance(error, ConnectionError | TimeoutError | ssl.SSLEOFError):
            self.gate.drops.count("broken", kind, slot.address)
        elif not self.quiet:
            client = f" from {client_address[0]}" if self.log_addresses else ""
            logs.event(log, logging.ERROR, "connection.failed", f"a connection{client} failed ({kind})", error=kind,
                       client=str(client_address[0]) if self.log_addresses else None)  # fmt: skip

    def server_close(self) -> None:
        if not self.quiet:
            with self.uploads.guard:
                unanswered = len(self.uploads.open)
            logs.event(log, logging.INFO, "server.stopping", f"stopping: {plural(unanswered, 'upload')} open, will"
                       " resume (devices resend from where they stopped; finished ones are verified at the next"
                       " start)", count=unanswered)  # fmt: skip
        self.stopping.set()
        self.uploads.stop()
        super().server_close()
        self.gate.drops.report("since the last report")
