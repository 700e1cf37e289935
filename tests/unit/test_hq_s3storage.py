"""Bundles in object storage (issue 16): S3Storage against moto's real S3 server (tests/services.py), and the
streaming verifier reading a bundle straight from a GET."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import subprocess
import sys
import time
import tracemalloc
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.bundle.verify import check_bundle, check_stream
from fieldkit.config import BUNDLE_LIMITS, ObjectStorageLimits
from fieldkit.errors import HqObjectStorageError, InvalidValueError
from fieldkit.hq.s3storage import S3Storage, parse_url
from fieldkit.hq.storage import open_storage
from fieldkit.hq.trust import HQ
from tests import services
from tests.bundle_kit import Draft, pack, sample_payload, seal
from tests.corpus_kit import CORPUS, EXPECTED, corpus_hq

SMALL_PARTS = ObjectStorageLimits(part_bytes=5 << 20, single_put_bytes=5 << 20, parts_in_flight=2)


class Pattern(io.RawIOBase):
    """``size`` bytes of a repeating pattern, made as they are read (no copy of the whole in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.block = bytes(range(256)) * 4096  # 1 MiB

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(len(buffer), self.left, len(self.block))
        buffer[:count] = self.block[:count]
        self.left -= count
        return count


def pattern_sha256(size: int) -> str:
    digest, source = hashlib.sha256(), Pattern(size)
    while piece := source.read(1 << 20):
        digest.update(piece)
    return digest.hexdigest()


@pytest.fixture
def storage() -> S3Storage:
    return S3Storage(services.new_bucket("hq"), SMALL_PARTS)


def test_the_url_names_bucket_prefix_endpoint_and_region() -> None:
    assert parse_url("s3://b/p/q?endpoint=http://h:9000&region=eu") == ("b", "p/q", "http://h:9000", "eu")
    assert parse_url("s3://b") == ("b", "", None, None)
    for bad in ("s3://key:secret@b", "s3://b?endpoint=http://k:s@h", "s3://b?color=red", "s3://b/../x", "file:///x",
                "s3://b?endpoint=ftp://h"):  # fmt: skip
        with pytest.raises(HqObjectStorageError, match="s3://BUCKET"):
            parse_url(bad)


def test_a_64_mib_object_goes_in_and_out_in_flat_memory(storage: S3Storage) -> None:
    size = 64 << 20
    tracemalloc.start()
    try:
        sha, written = storage.put("archive/dev/000001-abc.fkb", io.BufferedReader(Pattern(size)))
        put_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        digest, read = hashlib.sha256(), 0
        with storage.open("archive/dev/000001-abc.fkb") as stream:
            while piece := stream.read(1 << 20):
                digest.update(piece)
                read += len(piece)
        get_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (sha, written) == (pattern_sha256(size), size)
    assert (digest.hexdigest(), read) == (sha, size)
    assert storage.size("archive/dev/000001-abc.fkb") == size
    # Parts in flight, the one being read and what botocore holds of them: never the object (64 MiB).
    assert put_peak < (SMALL_PARTS.parts_in_flight + 3) * SMALL_PARTS.part_bytes + (4 << 20) < size // 2, put_peak
    assert get_peak < 4 * SMALL_PARTS.read_buffer_bytes + (2 << 20), get_peak


def test_an_object_is_never_replaced(storage: S3Storage) -> None:
    assert storage.put("incoming/a.fkb", io.BytesIO(b"first"))[1] == 5
    with pytest.raises(InvalidValueError, match="exists already"):
        storage.put("incoming/a.fkb", io.BytesIO(b"second"))
    with pytest.raises(InvalidValueError, match="exists already"):
        storage.put("incoming/a.fkb", io.BufferedReader(Pattern(12 << 20)))  # the multipart path too
    with storage.open("incoming/a.fkb") as stream:
        assert stream.read() == b"first"


def test_if_none_match_refuses_a_writer_that_got_there_first(storage: S3Storage) -> None:
    """The HEAD before a put saw nothing; another writer's object appears before the put ends: refused, kept."""

    class Racing(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            if not storage.exists("incoming/race.fkb"):
                storage.put_bytes("incoming/race.fkb", b"the other writer")
            return super().read(n)

    with pytest.raises(InvalidValueError, match="exists already"):
        storage.put("incoming/race.fkb", Racing(b"mine"))
    with storage.open("incoming/race.fkb") as stream:
        assert stream.read() == b"the other writer"


def test_copy_move_delete_keys_and_describe(storage: S3Storage) -> None:
    storage.put("quarantine/x.fkb", io.BufferedReader(Pattern(11 << 20)))  # in parts
    storage.put("quarantine/y.fkb", io.BytesIO(b"small"))  # one PUT: ETag and SHA-256 compared after the copy
    storage.put_bytes("quarantine/y.json", b"{}")
    storage.copy("quarantine/x.fkb", "archive/d/000001-a.fkb")
    storage.move("quarantine/y.fkb", "archive/d/000002-b.fkb")
    assert list(storage.keys("archive/")) == ["archive/d/000001-a.fkb", "archive/d/000002-b.fkb"]
    assert list(storage.keys("quarantine")) == ["quarantine/x.fkb", "quarantine/y.json"]
    assert storage.size("quarantine/y.fkb") is None
    with storage.open("archive/d/000002-b.fkb") as stream:
        assert stream.read() == b"small"
    with storage.open("archive/d/000001-a.fkb") as stream:
        assert hashlib.sha256(stream.read()).hexdigest() == pattern_sha256(11 << 20)
    storage.delete("quarantine/x.fkb")
    storage.delete("quarantine/x.fkb")  # not there: nothing happens
    assert not storage.exists("quarantine/x.fkb")
    assert storage.describe("archive/d/000001-a.fkb") == f"s3://{storage.bucket}/hq/archive/d/000001-a.fkb"
    assert storage.free_bytes() is None and storage.local_path("archive/d/000001-a.fkb") is None
    with pytest.raises(FileNotFoundError):
        storage.open("archive/nothing.fkb")
    with pytest.raises(FileNotFoundError):
        storage.copy("archive/nothing.fkb", "archive/other.fkb")
    with pytest.raises(InvalidValueError):
        storage.size("../escape")


def test_open_storage_takes_an_s3_url(tmp_path: Path) -> None:
    url = services.new_bucket()
    store = open_storage(tmp_path, url)
    assert isinstance(store, S3Storage) and store.prefix == "" and store.url == url


def test_a_missing_bucket_says_so(storage: S3Storage) -> None:
    wrong = S3Storage(f"s3://no-such-bucket-{os.getpid()}/p?endpoint={services.s3_endpoint()}&region=us-east-1")
    for attempt in (wrong.check_bucket, lambda: wrong.size("a"), lambda: wrong.open("a"),
                    lambda: wrong.put("a", io.BytesIO(b"x")), lambda: list(wrong.keys(""))):  # fmt: skip
        with pytest.raises(HqObjectStorageError, match=r"bucket no-such-bucket-.* does not exist.*create it"):
            attempt()


def test_an_unreachable_endpoint_says_so() -> None:
    services.s3_endpoint()  # the test credentials
    limits = ObjectStorageLimits(attempts=1, connect_timeout_s=2)
    store = S3Storage(f"s3://b?endpoint=http://127.0.0.1:{services.free_port()}&region=us-east-1", limits)
    with pytest.raises(HqObjectStorageError, match=r"cannot reach the object store .*check endpoint="):
        store.check_bucket()


@pytest.fixture(scope="module")
def guarded_s3() -> Iterator[str]:
    """A second moto server that checks credentials (INITIAL_NO_AUTH_ACTION_COUNT=0): the test keys are unknown."""
    moto = Path(sys.executable).with_name("moto_server")
    if not moto.exists():
        pytest.skip("moto's S3 server is not installed (the 'dev' extra)")
    port = services.free_port()
    env = {**os.environ, "INITIAL_NO_AUTH_ACTION_COUNT": "0"}
    process = subprocess.Popen([str(moto), "-H", "127.0.0.1", "-p", str(port)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/moto-api/", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "moto did not start"
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def test_refused_credentials_say_what_to_set(guarded_s3: str) -> None:
    services.s3_endpoint()
    store = S3Storage(f"s3://b/p?endpoint={guarded_s3}&region=us-east-1")
    with pytest.raises(HqObjectStorageError, match=r"refused the credentials.*AWS_ACCESS_KEY_ID") as caught:
        store.check_bucket()
    assert os.environ["AWS_SECRET_ACCESS_KEY"] not in str(caught.value).replace("AWS_SECRET_ACCESS_KEY", "")


# --- verifying straight from a GET -----------------------------------------------------------------------------


def test_the_corpus_verifies_the_same_from_a_get_stream(tmp_path: Path) -> None:
    trust = corpus_hq(tmp_path).trust()
    storage = S3Storage(services.new_bucket("incoming"))
    names = ["valid.fkb", *sorted(EXPECTED["reject"])]
    for name in names:
        with open(CORPUS / name, "rb") as source:
            storage.put(name, source)
    for name in names:
        from_file = check_bundle(CORPUS / name, trust)
        with storage.open(name) as stream:
            from_get = check_stream(stream, trust, name=storage.describe(name))
        assert (from_get.ok, from_get.reason, from_get.message) == (from_file.ok, from_file.reason, from_file.message)
        assert from_get.file_sha256 == from_file.file_sha256
        assert from_get.path == storage.describe(name)
    assert sum(1 for name in names if EXPECTED["reject"].get(name)) == len(names) - 1


def test_a_second_reading_starts_another_get(tmp_path: Path) -> None:
    """Tag files too large to keep before the signature are read again: the GET stream seeks back to 0."""
    trust = corpus_hq(tmp_path).trust()
    storage = S3Storage(services.new_bucket())
    with open(CORPUS / "valid.fkb", "rb") as source:
        storage.put("valid.fkb", source)
    limits = dataclasses.replace(BUNDLE_LIMITS, max_presignature_kept_bytes=0)
    with storage.open("valid.fkb") as stream:
        report = check_stream(stream, trust, limits, name="valid.fkb")
    assert report.ok, report.message
    assert report.file_sha256 == hashlib.sha256((CORPUS / "valid.fkb").read_bytes()).hexdigest()


def test_an_empty_stream_is_said_as_empty(tmp_path: Path) -> None:
    report = check_stream(io.BytesIO(b""), corpus_hq(tmp_path).trust(), name="nothing")
    assert (report.ok, report.reason, report.message) == (False, "age-header", "the file is empty (0 bytes)")


def test_a_source_read_twice_must_seek(tmp_path: Path) -> None:
    """A caller's mistake (a pipe for a bundle that must be read twice) is raised, never reported as the bundle's."""

    class Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    limits = dataclasses.replace(BUNDLE_LIMITS, max_presignature_kept_bytes=0)
    with pytest.raises(InvalidValueError, match="give check_stream a seekable source"):
        check_stream(Pipe((CORPUS / "valid.fkb").read_bytes()), corpus_hq(tmp_path).trust(), limits, name="pipe")


def test_a_large_bundle_verifies_from_a_get_in_flat_memory(tmp_path: Path) -> None:
    """A 24 MiB bundle straight from S3: valid, its file SHA-256 that of the object, Python's allocations a few MiB
    (pieces in flight between the reader, decryption and the two hashing threads), not the bundle."""
    hq = HQ.init(tmp_path / "HQ", "Test")
    key = Ed25519PrivateKey.generate()
    device = "d0000000-0000-4000-8000-0000000000aa"
    hq.enroll(f'{device} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    payload = {**sample_payload(), "data/captures/big.bin": os.urandom(24 << 20)}
    sealed = seal(pack(Draft(device, key, payload=payload)), hq.recipients())
    storage = S3Storage(services.new_bucket())
    sha, _ = storage.put("incoming/big.fkb", io.BytesIO(sealed))
    del sealed, payload
    trust = hq.trust()
    tracemalloc.start()
    try:
        with storage.open("incoming/big.fkb") as stream:
            report = check_stream(stream, trust, name="big")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.ok, report.message
    assert report.file_sha256 == sha
    assert peak < 16 << 20, peak
