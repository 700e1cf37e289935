"""Slowloris figure for docs/benchmarks.md (issue 15): `fieldkit hq serve` (its own process, TLS, default limits) on
127.0.0.1 under N trickling TLS connections from 127.0.0.1 (one header byte a second, never finished; each one the
server drops is opened again at once), while the health probe and an enrolled device's upload of a real bundle (create,
PATCH, signed receipt) are timed every few seconds. The server's resident memory and thread count are sampled from
/proc before and during the attack.

Usage: .venv/bin/python bench/bench_server.py [--connections 200] [--seconds 40]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from bench.bench_store import OUT  # noqa: E402
from fieldkit.config import SERVER_LIMITS, TEST_KDF  # noqa: E402
from fieldkit.core.importer import Importer  # noqa: E402
from fieldkit.hq import access  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from fieldkit.outgoing import compose, ledger  # noqa: E402
from fieldkit.store.store import Store  # noqa: E402
from fieldkit.sync.tus import Endpoint, TusClient  # noqa: E402


class Attack:
    def __init__(self, port: int, count: int, every: float) -> None:
        self.port, self.every = port, every
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.opened = 0
        self.alive = 0
        self.lifetimes: list[float] = []
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(count)]
        for thread in self.threads:
            thread.start()

    def _run(self) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        while not self.stop.is_set():
            try:
                sock = context.wrap_socket(socket.create_connection(("127.0.0.1", self.port), timeout=30),
                                           server_hostname="hq")  # fmt: skip
            except OSError:
                self.stop.wait(self.every)
                continue
            started = time.monotonic()
            with self.lock:
                self.opened += 1
                self.alive += 1
            try:
                for byte in b"GET /health HTTP/1.1\r\nX-Pad: " + b"a" * 100_000:
                    if self.stop.wait(self.every):
                        break
                    sock.send(bytes([byte]))
            except OSError:
                pass
            with self.lock:
                self.alive -= 1
                self.lifetimes.append(time.monotonic() - started)
            sock.close()

    def close(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=5)


def proc_status(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "Threads"):
            fields[key] = int(value.split()[0])
    return {"rss_mib": fields["VmRSS"] // 1024, "threads": fields["Threads"]}


def make_bundle(store: Store, folder: Path) -> Path:
    photo = folder / "IMG_0001.jpg"
    out = io.BytesIO()
    Image.frombytes("RGB", (400, 400), os.urandom(400 * 400 * 3)).save(out, "JPEG", quality=90)
    photo.write_bytes(out.getvalue())
    Importer(store).run("Op Bench", "EV-1", [photo])
    bundle_dir = folder / "bundles"
    bundle_dir.mkdir()
    (made,) = compose.create_bundles(store, bundle_dir)
    return made.path


def upload(endpoint: Endpoint, bundle: Path) -> float:
    """Seconds for one device upload: create, one PATCH, and the signed receipt."""
    started = time.monotonic()
    client = TusClient(endpoint, timeout=10)
    size = bundle.stat().st_size
    path = client.create(size, {"filename": bundle.name})
    with open(bundle, "rb") as source:
        client.patch(path, source, 0, size)
    while client.receipt(path) is None:
        time.sleep(0.05)
    return time.monotonic() - started


def probe(endpoint: Endpoint) -> float | None:
    started = time.monotonic()
    return time.monotonic() - started if TusClient(endpoint, timeout=10).health() else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--every", type=float, default=1.0, help="seconds between an attacker's bytes")
    parser.add_argument(
        "--server-root",
        type=Path,
        default=ROOT,
        help="run the server from this checkout (e.g. an older commit, side by side)",
    )
    args = parser.parse_args()
    base = OUT / "server"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    hq = HQ.init(base / "HQ", "bench")
    with Store.init(base / "store", "bench", "bench passphrase", kdf=TEST_KDF) as store:
        hq.enroll(store.device_allowed_signers_line())
        ledger.add_recipient(store, hq.recipients()[0])
        device = store.device_id
        bundle = make_bundle(store, base)
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        port = probe_socket.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "fieldkit",
        "hq",
        "serve",
        "--dir",
        str(hq.folder),
        "--listen",
        f"127.0.0.1:{port}",
    ]
    environment = {**os.environ, "PYTHONPATH": str(args.server_root)}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=args.server_root,
                              env=environment)  # fmt: skip
    assert server.stdout is not None
    server.stdout.readline()
    results: dict[str, object] = {"server_root": str(args.server_root),
                                  "connections": args.connections, "trickle_every_s": args.every,
                                  "header_deadline_s": SERVER_LIMITS.header_deadline_s,
                                  "bundle_bytes": bundle.stat().st_size}  # fmt: skip
    try:
        grant = access.provisioning_for(hq, device, f"https://127.0.0.1:{port}").upload
        assert grant is not None
        endpoint = Endpoint(grant.endpoint, device, grant.credential, grant.tls_sha256)
        upload(endpoint, bundle)  # warm: the first verification loads what it needs
        results["idle"] = {**proc_status(server.pid), "health_s": probe(endpoint), "upload_s": upload(endpoint, bundle)}
        attack = Attack(port, args.connections, args.every)
        time.sleep(3)  # every attacker is connected or trying
        health: list[float | None] = []
        uploads: list[float | None] = []
        samples = []
        end = time.monotonic() + args.seconds
        while time.monotonic() < end:
            samples.append({**proc_status(server.pid), "attackers_connected": attack.alive})
            health.append(probe(endpoint))
            try:
                uploads.append(upload(endpoint, bundle))
            except Exception:  # a failed upload is the figure, whatever failed
                uploads.append(None)
            time.sleep(2)
        attack.close()
        done = [h for h in health if h is not None]
        sent = [u for u in uploads if u is not None]
        results["attack"] = {
            "health_probes": len(health), "health_failed": health.count(None),
            "health_max_s": round(max(done), 3) if done else None,
            "health_median_s": round(statistics.median(done), 3) if done else None,
            "uploads": len(uploads), "uploads_failed": uploads.count(None),
            "upload_max_s": round(max(sent), 3) if sent else None,
            "upload_median_s": round(statistics.median(sent), 3) if sent else None,
            "rss_mib_max": max(s["rss_mib"] for s in samples), "threads_max": max(s["threads"] for s in samples),
            "threads_median": statistics.median(s["threads"] for s in samples),
            "attackers_connected_median": statistics.median(s["attackers_connected"] for s in samples),
            "attacker_connections_opened": attack.opened,
            "attacker_longest_connection_s": round(max(attack.lifetimes), 1) if attack.lifetimes else None,
        }  # fmt: skip
        results["after"] = {**proc_status(server.pid), "health_s": probe(endpoint)}
    finally:
        server.terminate()
        server.wait(10)
    shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
