"""Issue 16 figure for docs/benchmarks.md ("Issue 16: HQ past one machine"): how many simultaneous slow uploads the
upload front ends hold, and the memory of each component while they do.

N enrolled devices (each its own credential) each create one upload (POST /files, Upload-Length --length) and then
send its PATCH body slowly (--chunk bytes every --every seconds, so the upload never finishes within the hold)
over TLS from one asyncio process on this machine, ramped up over --ramp seconds, and hold it for --hold seconds.
A PATCH is *held* while the server has answered nothing on its connection and takes its bytes; whatever the server
answers or does instead (503, a closed connection, a refused create) is counted by kind. Every 2 s the resident
memory (VmRSS) of each component is read from /proc:
- `fieldkit hq gateway` on the HQ folder (Node tus server + FileStore, the Python hooks service, SQLite index);
- `fieldkit hq gateway` on PostgreSQL + S3 (Node tus server + S3Store, the hooks service, moto's S3 server,
  the PostgreSQL cluster's processes);
- `fieldkit hq serve` (the single box: one Python process, its Gate caps device connections).

Usage: .venv/bin/python bench/bench_uploads.py [--clients 500] [--hold 45] [--targets gateway,gateway-s3,serve]
       [--code CHECKOUT] [--out FILE]   (--code: the servers run from another checkout, e.g. before a change)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import platform
import resource
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from bench.bench_workers import cpu_s, descendants, start_moto  # noqa: E402
from fieldkit.bundle import format, sshsig  # noqa: E402
from fieldkit.hq import access  # noqa: E402
from fieldkit.hq.trust import ALLOWED_SIGNERS, HQ  # noqa: E402
from tests import services  # noqa: E402
from tests.hq_backends import write_urls  # noqa: E402


def device(n: int) -> str:
    return f"e0000000-0000-4000-8000-{n:012d}"


def make_template(work: Path, count: int) -> tuple[Path, list[str]]:
    """An HQ folder with ``count`` enrolled devices and their credentials (one allowed_signers write at the end)."""
    hq = HQ.init(work / "template", "Bench")
    lines = []
    for n in range(count):
        key = Ed25519PrivateKey.generate()
        lines.append(f'{device(n)} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    hq.enroll(lines[0])
    with open(hq.folder / ALLOWED_SIGNERS, "a", encoding="utf-8") as signers:  # what hq.enroll appends, at once
        signers.writelines(f"{sshsig.parse_allowed_signer(line).line()}\n" for line in lines[1:])
    tokens = [f"{device(n)}:{access.issue_credential(hq, device(n)).token}" for n in range(count)]
    return hq.folder, tokens


def rss_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return round(total / 1024, 1)


def postmaster(port: int) -> list[int]:
    """The PostgreSQL cluster listening on ``port``: its postmaster and every backend."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
                if cmd and cmd[0].endswith(b"postgres") and b"-p" in cmd and str(port).encode() in cmd:
                    return [int(entry), *descendants(int(entry))]
    return []


class Tally:
    def __init__(self) -> None:
        self.held = 0
        self.outcomes: Counter[str] = Counter()
        self.create_s: list[float] = []


async def _request(port: int, context: ssl.SSLContext, head: bytes) -> tuple[int, dict[str, str]]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context, server_hostname="localhost")
    try:
        writer.write(head)
        await writer.drain()
        status_line = await reader.readline()
        headers = {}
        while (line := await reader.readline()) not in (b"\r\n", b""):
            key, _, value = line.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        return int(status_line.split()[1]), headers
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()


async def slow_upload(port: int, context: ssl.SSLContext, token: str, args: argparse.Namespace, until: float,
                      tally: Tally) -> None:  # fmt: skip
    auth = f"Authorization: Bearer {token}\r\nTus-Resumable: 1.0.0\r\nHost: localhost\r\n"
    meta = base64.b64encode(b"bench.fkb").decode()
    started = time.monotonic()
    try:
        status, headers = await asyncio.wait_for(_request(port, context, (
            f"POST /files HTTP/1.1\r\n{auth}Upload-Length: {args.length}\r\nUpload-Metadata: filename {meta}\r\n"
            "Content-Length: 0\r\nConnection: close\r\n\r\n").encode()), 60)  # fmt: skip
    except (OSError, TimeoutError, IndexError, ValueError) as exc:
        tally.outcomes[f"create failed: {type(exc).__name__}"] += 1
        return
    if status != 201 or "location" not in headers:
        tally.outcomes[f"create answered {status}"] += 1
        return
    tally.create_s.append(time.monotonic() - started)
    path = "/" + headers["location"].split("://", 1)[-1].split("/", 1)[1]
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection("127.0.0.1", port, ssl=context, server_hostname="localhost"), 60
        )
    except (OSError, TimeoutError) as exc:
        tally.outcomes[f"PATCH connect failed: {type(exc).__name__}"] += 1
        return
    answer = asyncio.ensure_future(reader.readline())
    held = False
    try:
        patch = f"PATCH {path} HTTP/1.1\r\n{auth}Upload-Offset: 0\r\nContent-Length: {args.length}\r\n"
        writer.write((patch + "Content-Type: application/offset+octet-stream\r\n\r\n").encode())
        await writer.drain()
        sent = 0
        while time.monotonic() < until and sent + args.chunk < args.length:
            done, _ = await asyncio.wait({answer}, timeout=args.every)
            if done:
                line = answer.result()
                kind = f"PATCH answered {line.split()[1].decode()}" if line.strip() else "PATCH connection closed"
                tally.outcomes[kind] += 1
                return
            writer.write(os.urandom(args.chunk))
            await writer.drain()
            sent += args.chunk
            if not held:
                held = True
                tally.held += 1
        tally.outcomes["held to the end" if held else "created only after the hold ended"] += 1
    except (OSError, ConnectionError) as exc:
        tally.outcomes[f"PATCH cut: {type(exc).__name__}"] += 1
    finally:
        if held:
            tally.held -= 1
        answer.cancel()
        writer.transport.abort()


async def attack(port: int, tokens: list[str], args: argparse.Namespace, pids: dict[str, Any]) -> dict[str, Any]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    tally = Tally()
    start = time.monotonic()
    until = start + args.ramp + args.hold
    tasks = []
    samples: list[dict[str, Any]] = []
    cpu_before = {name: cpu_s(find()) for name, find in pids.items()}
    for token in tokens:
        tasks.append(asyncio.ensure_future(slow_upload(port, context, token, args, until, tally)))
        await asyncio.sleep(args.ramp / len(tokens))
    while time.monotonic() < until - 1:
        sample: dict[str, Any] = {"t": round(time.monotonic() - start, 1), "held": tally.held}
        for name, find in pids.items():
            sample[name] = rss_mib(find())
        samples.append(sample)
        await asyncio.sleep(2)
    cpu = {name: round(cpu_s(find()) - cpu_before[name], 1) for name, find in pids.items()}
    await asyncio.gather(*tasks)
    during = [s for s in samples if s["t"] >= args.ramp]  # once every client started
    components = [name for name in pids]
    return {
        "clients": len(tokens),
        "held_max": max(s["held"] for s in samples),
        "held_median_after_ramp": statistics.median(s["held"] for s in during) if during else None,
        "outcomes": dict(tally.outcomes),
        "create_median_s": round(statistics.median(tally.create_s), 3) if tally.create_s else None,
        "create_max_s": round(max(tally.create_s), 3) if tally.create_s else None,
        "rss_mib_max": {name: max(s[name] for s in samples) for name in components},
        "cpu_s_during": cpu,
        "samples": samples,
    }


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on {port}")


def run_target(target: str, template: Path, tokens: list[str], args: argparse.Namespace, work: Path,
               moto: subprocess.Popen[bytes] | None) -> dict[str, Any]:  # fmt: skip
    folder = work / f"hq-{target}"
    shutil.copytree(template, folder)
    pids: dict[str, Any] = {}
    if target == "gateway-s3":
        database = services.new_database()
        write_urls(folder, database=database, storage=services.new_bucket("hq"))
        pg_port = int(database.rsplit(":", 1)[1].split("/")[0])
        assert moto is not None
        pids["moto"] = lambda: [moto.pid]
        pids["postgresql"] = lambda: postmaster(pg_port)
    port = services.free_port()
    env = {**os.environ, "PYTHONPATH": str(args.code)}
    if target == "serve":
        command = ["hq", "serve", "--dir", str(folder), "--listen", f"127.0.0.1:{port}"]
    else:
        command = ["hq", "gateway", "--dir", str(folder), "--listen", f"127.0.0.1:{port}"]
    log = open(work / f"{target}.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen([sys.executable, "-m", "fieldkit", *command], stdout=log, stderr=log, env=env,
                               cwd=args.code)  # fmt: skip
    try:
        wait_port(port)
        time.sleep(1)
        if target == "serve":
            pids["hq serve"] = lambda: [process.pid]
        else:
            pids["node (tus server)"] = lambda: descendants(process.pid)
            pids["hooks service (python)"] = lambda: [process.pid]
        idle = {name: rss_mib(find()) for name, find in pids.items()}
        result = asyncio.run(attack(port, tokens, args, pids))
        result["rss_mib_idle"] = idle
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(20)
        if process.poll() is None:
            process.kill()
        log.close()
    lines = (work / f"{target}.log").read_text(errors="replace").splitlines()
    result["server_log_tail"] = lines[-8:]
    result["server_log_errors"] = dict(
        Counter(line.split(":")[0] for line in lines if line.split(":")[0].endswith("Error"))
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--hold", type=float, default=45.0)
    parser.add_argument("--ramp", type=float, default=10.0)
    parser.add_argument("--every", type=float, default=1.0)
    parser.add_argument("--chunk", type=int, default=1024)
    parser.add_argument("--length", type=int, default=1 << 20)
    parser.add_argument("--targets", default="gateway,gateway-s3,serve")
    parser.add_argument("--code", type=Path, default=ROOT, help="run the servers from this checkout (before/after)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))  # atexit stops the test servers
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # the servers (children) inherit it
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, nproc {os.cpu_count()}, "
        f"RAM {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB",
        "load_before": round(os.getloadavg()[0], 2), "nofile": hard,
        "clients": args.clients, "hold_s": args.hold, "rate": f"{args.chunk} B every {args.every} s",
    }  # fmt: skip
    moto = None
    targets = args.targets.split(",")
    if "gateway-s3" in targets:  # our own moto server, to read its memory
        moto = start_moto()
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    try:
        with tempfile.TemporaryDirectory(dir=ROOT / "bench" / "out") as folder:
            work = Path(folder)
            template, tokens = make_template(work, args.clients)
            for target in targets:
                results[target] = run_target(target, template, tokens, args, work, moto)
                brief = {k: v for k, v in results[target].items() if k != "samples"}
                print(target, json.dumps(brief), file=sys.stderr, flush=True)
    finally:
        if moto is not None:
            moto.terminate()
            moto.wait(10)
    results["load_after"] = round(os.getloadavg()[0], 2)
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
