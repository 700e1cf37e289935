"""Upload benchmarks for docs/benchmarks.md: the HQ ingest server on 127.0.0.1 over TLS, the same file sent by
fieldkit's tus client and by curl (one PATCH each, same server, same run), and the cost of a resume (bytes sent again
after a cut half-way through).

Usage: .venv/bin/python bench/bench_sync.py [--mib 512] [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_store import OUT  # noqa: E402
from fieldkit.config import TEST_KDF  # noqa: E402
from fieldkit.errors import SyncError  # noqa: E402
from fieldkit.hq import access  # noqa: E402
from fieldkit.hq.server import IngestServer  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402
from fieldkit.sync.tus import Endpoint, TusClient  # noqa: E402


def make_file(path: Path, mib: int) -> None:
    with open(path, "wb") as handle:
        for _ in range(mib):
            handle.write(os.urandom(1 << 20))


def settle(client: TusClient, upload: str) -> None:
    """Wait (untimed) until HQ has verified the upload, so the next run does not share the disk with it."""
    while client.receipt(upload) is None:
        time.sleep(0.05)


def ours(endpoint: Endpoint, path: Path) -> float:
    client = TusClient(endpoint)
    size = path.stat().st_size
    upload = client.create(size, {"filename": path.name})
    started = time.perf_counter()
    with open(path, "rb") as source:
        client.patch(upload, source, 0, size)
    seconds = time.perf_counter() - started
    settle(client, upload)
    return seconds


def curl(endpoint: Endpoint, path: Path, cert: Path) -> float:
    client = TusClient(endpoint)
    size = path.stat().st_size
    upload = client.create(size, {"filename": path.name})
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "--fail", "--cacert", str(cert), "-X", "PATCH", "-T", str(path),
                    "-H", "Tus-Resumable: 1.0.0", "-H", "Content-Type: application/offset+octet-stream",
                    "-H", "Upload-Offset: 0", "-H", f"Authorization: Bearer {endpoint.device_id}:{endpoint.credential}",
                    "-H", "Expect:", f"{endpoint.url}{upload}"], check=True)  # fmt: skip
    seconds = time.perf_counter() - started
    settle(client, upload)
    return seconds


def resume_cost(endpoint: Endpoint, path: Path, server_port: int) -> dict[str, float]:
    """Cut the connection once when half the file has gone through a relay; resume; count bytes sent in all."""
    size = path.stat().st_size
    sent = {"bytes": 0}
    listener = socket.create_server(("127.0.0.1", 0))
    cut = {"left": 1}

    def pipe(client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", server_port))
        stop = threading.Event()

        def back() -> None:
            try:
                while data := upstream.recv(1 << 16):
                    client.sendall(data)
            except OSError:
                pass
            stop.set()

        threading.Thread(target=back, daemon=True).start()
        forwarded = 0
        limit = size // 2 if cut["left"] else None
        try:
            while not stop.is_set() and (data := client.recv(1 << 16)):
                upstream.sendall(data)
                forwarded += len(data)
                sent["bytes"] += len(data)
                if limit is not None and forwarded > limit:
                    cut["left"] = 0
                    break
        except OSError:
            pass
        for sock in (client, upstream):  # shutdown first: close() alone sends no FIN while the other thread reads
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=pipe, args=(connection,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    relayed = Endpoint(f"https://127.0.0.1:{listener.getsockname()[1]}", endpoint.device_id, endpoint.credential,
                       endpoint.pin_sha256)  # fmt: skip
    client = TusClient(relayed)
    upload = client.create(size, {"filename": path.name})
    offset = 0
    started = time.perf_counter()
    with open(path, "rb") as source:
        while offset < size:
            try:
                offset = client.patch(upload, source, offset, size)
            except SyncError:
                offset = client.offset(upload) or 0
    seconds = time.perf_counter() - started
    settle(client, upload)
    listener.close()
    return {"bytes_through_relay": sent["bytes"], "file_bytes": size,
            "resent_bytes": sent["bytes"] - size, "resent_share": round((sent["bytes"] - size) / size, 4),
            "seconds": round(seconds, 2)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=512)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = OUT / "sync"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    hq = HQ.init(base / "HQ", "bench")
    with Store.init(base / "store", "bench", "bench passphrase", kdf=TEST_KDF) as store:
        hq.enroll(store.device_allowed_signers_line())
        device = store.device_id
    server = IngestServer(hq, "127.0.0.1", 0, quiet=True, max_size=(args.mib + 64) << 20)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    upload = access.provisioning_for(hq, device, f"https://127.0.0.1:{port}").upload
    assert upload is not None
    endpoint = Endpoint(upload.endpoint, device, upload.credential, upload.tls_sha256)
    with tempfile.TemporaryDirectory(dir=base) as scratch:
        path = Path(scratch) / "payload.bin"
        make_file(path, args.mib)
        size = path.stat().st_size
        results: dict[str, object] = {"file_mib": args.mib}
        times = {"fieldkit": [], "curl": []}  # type: dict[str, list[float]]
        for _ in range(args.runs):  # alternate, so both see the same page cache and disk state
            times["fieldkit"].append(ours(endpoint, path))
            times["curl"].append(curl(endpoint, path, base / "HQ" / access.TLS_CERT))
        for name, values in times.items():
            best = min(values)
            results[name] = {"runs_s": [round(v, 2) for v in values], "best_s": round(best, 2),
                             "mib_per_s": round(size / best / (1 << 20), 1),
                             "median_mib_per_s": round(size / statistics.median(values) / (1 << 20), 1)}  # fmt: skip
        results["ratio_fieldkit_to_curl"] = round(min(times["curl"]) / min(times["fieldkit"]), 2)
        results["ratio_of_medians"] = round(statistics.median(times["curl"]) / statistics.median(times["fieldkit"]), 2)
        results["resume"] = resume_cost(endpoint, path, port)
    server.shutdown()
    server.server_close()
    shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
