"""Real services on 127.0.0.1 for the tests of HQ past one machine (issue 16): a throwaway PostgreSQL cluster
(Debian's postgresql, run as an unprivileged user) and moto's S3 server. Each is started once per test process, in a
temporary folder, and stopped at exit.

When a service cannot start here, its tests skip, unless FIELDKIT_REQUIRE_SERVICES=1 (set by scripts/test, so CI
fails instead of skipping). FIELDKIT_TEST_PG / FIELDKIT_TEST_S3 name already running ones instead (a PostgreSQL URL
whose role may create databases; an S3 endpoint URL)."""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

_PG_BINDIR = Path("/usr/lib/postgresql")
_started: dict[str, str] = {}


def _required() -> bool:
    return os.environ.get("FIELDKIT_REQUIRE_SERVICES") == "1"


def _unavailable(what: str) -> None:
    if _required():
        pytest.fail(f"{what} (FIELDKIT_REQUIRE_SERVICES=1: scripts/test installs it)", pytrace=False)
    pytest.skip(what)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(_PG_BINDIR.glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name), reverse=True)
    return found[0].parent if found else None


def _as_user() -> list[str]:
    """PostgreSQL refuses to run as root: then run it as the 'postgres' user (Debian's package makes it)."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def _start_postgres() -> str:
    bindir = _pg_bin()
    if bindir is None:
        _unavailable("PostgreSQL server binaries are not installed (Debian package postgresql)")
        raise AssertionError  # unreachable: skip/fail raise
    root = Path(tempfile.mkdtemp(prefix="fieldkit-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        os.chown(sockets, user.pw_uid, user.pw_gid)
    port = free_port()
    run = _as_user()
    subprocess.run([*run, str(bindir / "initdb"), "-D", str(data), "-U", "fieldkit", "--auth=trust", "-E", "UTF8",
                    "--no-sync"], check=True, capture_output=True)  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off -c max_connections=300"
    subprocess.run([*run, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w",
                    "start"], check=True, capture_output=True)  # fmt: skip

    def stop() -> None:
        subprocess.run([*run, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, check=False)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)

    atexit.register(stop)
    return f"postgresql://fieldkit@127.0.0.1:{port}/postgres"


def postgres_server() -> str:
    """The URL of a PostgreSQL server whose role may create databases."""
    if "pg" not in _started:
        _started["pg"] = os.environ.get("FIELDKIT_TEST_PG") or _start_postgres()
    return _started["pg"]


def new_database() -> str:
    """A new, empty database on the test server: its URL."""
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (the 'hq' extra)")
        raise
    server = postgres_server()
    name = f"fk_{secrets.token_hex(6)}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + "/" + name


def _start_s3() -> str:
    moto = Path(sys.executable).with_name("moto_server")
    if not moto.exists():
        _unavailable("moto's S3 server is not installed (the 'dev' extra)")
    port = free_port()
    env = {**os.environ, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
    process = subprocess.Popen([str(moto), "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)  # fmt: skip

    def stop() -> None:
        process.terminate()
        process.wait(10)

    atexit.register(stop)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(url + "/moto-api/", timeout=2):
            return url
        time.sleep(0.1)
    _unavailable("moto's S3 server did not start within 30 s")
    raise AssertionError  # unreachable


def s3_endpoint() -> str:
    """The endpoint URL of an S3-compatible test server; the AWS_* credentials it takes are set in os.environ."""
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "test")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "test")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    if "s3" not in _started:
        _started["s3"] = os.environ.get("FIELDKIT_TEST_S3") or _start_s3()
    return _started["s3"]


def new_bucket(prefix: str = "") -> str:
    """A new, empty bucket on the test server, as a fieldkit storage URL (s3://BUCKET[/PREFIX]?endpoint=...)."""
    try:
        import boto3
    except ImportError:
        _unavailable("boto3 is not installed (the 'hq' extra)")
        raise
    endpoint = s3_endpoint()
    bucket = f"fk-{secrets.token_hex(6)}"
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket=bucket)
    path = f"{bucket}/{prefix}" if prefix else bucket
    return f"s3://{path}?endpoint={endpoint}&region=us-east-1"
