"""Bundles in an S3-compatible object store (issue 16): Ceph RGW (with object lock) or a cloud S3.

The storage URL is ``s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION`` (endpoint and region optional: without an
endpoint, the cloud S3 of the region). Credentials never go in the URL: boto3 takes them from the standard places
(AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE and ~/.aws/credentials), and they are never printed.

What is checked end to end:
- ``put`` hashes what it reads (SHA-256, returned) and sends each part (or the one PUT of a small object) with its
  SHA-256 checksum, which the store checks before it keeps the bytes; an object is never replaced: a HEAD first (to
  fail before gigabytes travel), then If-None-Match: * on the PUT or CompleteMultipartUpload, which the store
  refuses if another writer got there first (AWS S3 since 2024, Ceph RGW, moto; a store that ignores the header is
  left with the HEAD alone, and HQ's keys are unique by their random part or their device and sequence).
- ``copy`` is done by the store (no bytes through HQ) on the source as it was when looked at (CopySourceIfMatch on
  its ETag); then the copy's size must equal the source's, and its ETag too when the source was written in one
  PUT (the ETag is then the MD5 of the bytes, and a one-request CopyObject keeps it), or its SHA-256 checksum when the
  store keeps a full-object one for both. Past 5 GiB (a multipart copy) size and, where kept, checksum are checked.
- ``open`` streams the GET body (memory stays at one read buffer whatever the size); the reader that verifies it
  hashes the whole file (Report.file_sha256), which the index compares with what ``put`` returned.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO, NoReturn, cast
from urllib.parse import parse_qs, urlsplit

import boto3
import botocore.config
import botocore.exceptions

from fieldkit.config import OBJECT_STORAGE_LIMITS, ObjectStorageLimits
from fieldkit.errors import HqObjectStorageError, InvalidValueError
from fieldkit.hq.storage import Storage, check_key

ONE_REQUEST_COPY_BYTES = 5 << 30  # not a limit: S3's own largest CopyObject; larger objects are copied in parts
_CREDENTIALS = "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for this process"
_DENIED = {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidClientTokenId", "403",
           "ExpiredToken", "InvalidToken"}  # fmt: skip
_MISSING = {"NoSuchKey", "404", "NotFound"}


def parse_url(url: str) -> tuple[str, str, str | None, str | None]:
    """(bucket, prefix, endpoint, region) of a storage URL; HqObjectStorageError says what is wrong with it."""
    usage = "give s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION (credentials in AWS_* variables, never the URL)"
    parts = urlsplit(url)
    try:
        query = parse_qs(parts.query, keep_blank_values=False, strict_parsing=bool(parts.query))
    except ValueError:
        raise HqObjectStorageError(f"the storage URL has a malformed query: {usage}") from None
    unknown = set(query) - {"endpoint", "region"}
    if parts.scheme != "s3" or not parts.netloc or "@" in parts.netloc or unknown or parts.fragment:
        raise HqObjectStorageError(f"{parts.scheme}://{parts.hostname or ''}... is not a storage URL: {usage}")
    if any(len(values) > 1 for values in query.values()):
        raise HqObjectStorageError(f"the storage URL gives endpoint or region twice: {usage}")
    endpoint = query.get("endpoint", [None])[0]
    if endpoint is not None and (urlsplit(endpoint).scheme not in ("http", "https") or "@" in endpoint):
        raise HqObjectStorageError(f"endpoint= must be http(s)://HOST[:PORT] without credentials: {usage}")
    prefix = parts.path.strip("/")
    if prefix:
        try:
            check_key(prefix)
        except InvalidValueError:
            raise HqObjectStorageError(f"the prefix {prefix!r} is not a storage key: {usage}") from None
    return parts.netloc, prefix, endpoint, query.get("region", [None])[0]


class S3Storage(Storage):
    """Bundle files as objects ``PREFIX/KEY`` in one bucket."""

    def __init__(self, url: str, limits: ObjectStorageLimits = OBJECT_STORAGE_LIMITS) -> None:
        self.bucket, self.prefix, self.endpoint, self.region = parse_url(url)
        self.url = url
        self.limits = limits
        config = botocore.config.Config(
            connect_timeout=limits.connect_timeout_s, read_timeout=limits.read_timeout_s,
            retries={"max_attempts": limits.attempts, "mode": "standard"},
            # Path-style addressing for a store of our own (Ceph RGW, MinIO: no wildcard DNS per bucket).
            s3={"addressing_style": "path" if self.endpoint else "auto"},
            # Checksums are set by put (SHA-256) and checked by the verifier: botocore adds none of its own.
            request_checksum_calculation="when_required", response_checksum_validation="when_required",
            max_pool_connections=max(10, limits.parts_in_flight + 2),
        )  # fmt: skip
        with self._errors("connecting to"):
            self.client: Any = boto3.session.Session().client(
                "s3", endpoint_url=self.endpoint, region_name=self.region, config=config
            )
        self._bucket_seen = False

    # --- names and errors --------------------------------------------------------------------------------------

    def _name(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def describe(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._name(key)}"

    def where(self) -> str:
        """The bucket (and prefix) and the endpoint, for messages."""
        at = f" at {self.endpoint}" if self.endpoint else ""
        return f"s3://{self.bucket}{'/' + self.prefix if self.prefix else ''}{at}"

    def _fail(self, exc: Exception, what: str) -> NoReturn:
        """Raise the HqObjectStorageError for a botocore failure, saying what to do."""
        place = self.where()
        if isinstance(exc, botocore.exceptions.NoCredentialsError | botocore.exceptions.PartialCredentialsError):
            raise HqObjectStorageError(f"no credentials for the object store {place}: {_CREDENTIALS}") from exc
        if isinstance(exc, botocore.exceptions.EndpointConnectionError | botocore.exceptions.ConnectTimeoutError):
            raise HqObjectStorageError(f"cannot reach the object store {place}: check endpoint= in the storage URL"
                                       " and that the store is running") from exc  # fmt: skip
        if isinstance(exc, botocore.exceptions.ClientError):
            error = exc.response.get("Error", {})
            code = str(error.get("Code", ""))
            if code == "NoSuchBucket":
                raise HqObjectStorageError(f"the bucket {self.bucket} does not exist at {place}: create it, or fix"
                                           " the bucket in the storage URL") from exc  # fmt: skip
            if code in _DENIED:
                raise HqObjectStorageError(f"the object store {place} refused the credentials while {what}:"
                                           f" {_CREDENTIALS} (a key that may read and write it)") from exc  # fmt: skip
            detail = f"{code}: {error.get('Message', '')}".strip(": ")
            raise HqObjectStorageError(f"the object store {place} failed while {what} ({detail}): check the store"
                                       " and run it again") from exc  # fmt: skip
        raise HqObjectStorageError(f"the object store {place} failed while {what} ({type(exc).__name__}: {exc}):"
                                   " check the store and the network, then run it again") from exc  # fmt: skip

    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError) as exc:
            self._fail(exc, what)

    @staticmethod
    def _code(exc: botocore.exceptions.ClientError) -> str:
        return str(exc.response.get("Error", {}).get("Code", ""))

    def check_bucket(self) -> None:
        """HEAD the bucket: it exists and the credentials may use it (else HqObjectStorageError)."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except botocore.exceptions.ClientError as exc:
            if self._code(exc) in _MISSING:  # HEAD has no error body: 404 is the bucket
                self._fail(botocore.exceptions.ClientError({"Error": {"Code": "NoSuchBucket"}}, "HeadBucket"), "")
            self._fail(exc, f"looking at the bucket {self.bucket}")
        except botocore.exceptions.BotoCoreError as exc:
            self._fail(exc, f"looking at the bucket {self.bucket}")
        self._bucket_seen = True

    def _head(self, name: str) -> dict[str, Any] | None:
        """The object's HEAD, or None when it is not there (once per process, a 404 makes sure the bucket is)."""
        try:
            return cast(dict[str, Any], self.client.head_object(Bucket=self.bucket, Key=name, ChecksumMode="ENABLED"))
        except botocore.exceptions.ClientError as exc:
            if self._code(exc) not in _MISSING:
                self._fail(exc, f"looking at {name}")
        except botocore.exceptions.BotoCoreError as exc:
            self._fail(exc, f"looking at {name}")
        if not self._bucket_seen:
            self.check_bucket()
        return None

    # --- the Storage interface -------------------------------------------------------------------------------------

    def open(self, key: str) -> BinaryIO:
        raw = _ObjectReader(self, self._name(key))
        return cast(BinaryIO, io.BufferedReader(raw, self.limits.read_buffer_bytes))

    def size(self, key: str) -> int | None:
        head = self._head(self._name(key))
        return None if head is None else int(head["ContentLength"])

    def put(self, key: str, source: BinaryIO) -> tuple[str, int]:
        name = self._name(key)
        if self._head(name) is not None:
            raise InvalidValueError(f"{self.describe(key)} exists already: HQ never replaces a bundle file")
        digest = hashlib.sha256()
        first = _read_full(source, self.limits.single_put_bytes)
        digest.update(first)
        if len(first) < self.limits.single_put_bytes:
            with self._errors(f"writing {name}"), self._refused_if_exists(key):
                self.client.put_object(Bucket=self.bucket, Key=name, Body=first, IfNoneMatch="*",
                                       ChecksumSHA256=_b64sha(first))  # fmt: skip
            return digest.hexdigest(), len(first)
        return self._put_parts(key, name, first, source, digest)

    def _put_parts(self, key: str, name: str, first: bytes, source: BinaryIO,
                   digest: Any) -> tuple[str, int]:  # fmt: skip
        """A multipart upload: parts read one after another (hashed in order), up to parts_in_flight sent at once."""
        with self._errors(f"starting to write {name}"):
            upload = self.client.create_multipart_upload(Bucket=self.bucket, Key=name, ChecksumAlgorithm="SHA256")
        upload_id = upload["UploadId"]
        size, parts = 0, []
        pending: list[Future[dict[str, Any]]] = []
        try:
            with ThreadPoolExecutor(self.limits.parts_in_flight, thread_name_prefix="s3-put") as pool:
                data, number = first, 1
                while data:
                    size += len(data)
                    if len(pending) >= self.limits.parts_in_flight:
                        parts.append(pending.pop(0).result())
                    pending.append(pool.submit(self._put_part, name, upload_id, number, data))
                    data, number = b"", number + 1
                    data = _read_full(source, self.limits.part_bytes)
                    digest.update(data)
                parts.extend(future.result() for future in pending)
            with self._errors(f"finishing writing {name}"), self._refused_if_exists(key):
                self.client.complete_multipart_upload(Bucket=self.bucket, Key=name, UploadId=upload_id,
                                                      MultipartUpload={"Parts": parts}, IfNoneMatch="*")  # fmt: skip
        except BaseException:
            with contextlib.suppress(Exception):
                self.client.abort_multipart_upload(Bucket=self.bucket, Key=name, UploadId=upload_id)
            raise
        return digest.hexdigest(), size

    def _put_part(self, name: str, upload_id: str, number: int, data: bytes) -> dict[str, Any]:
        checksum = _b64sha(data)
        with self._errors(f"writing part {number} of {name}"):
            sent = self.client.upload_part(Bucket=self.bucket, Key=name, UploadId=upload_id, PartNumber=number,
                                           Body=data, ChecksumSHA256=checksum)  # fmt: skip
        return {"PartNumber": number, "ETag": sent["ETag"], "ChecksumSHA256": checksum}

    @contextlib.contextmanager
    def _refused_if_exists(self, key: str) -> Iterator[None]:
        try:
            yield
        except botocore.exceptions.ClientError as exc:
            if self._code(exc) in ("PreconditionFailed", "412", "ConditionalRequestConflict"):
                raise InvalidValueError(
                    f"{self.describe(key)} exists already: HQ never replaces a bundle file"
                ) from None
            raise

    def put_bytes(self, key: str, data: bytes) -> None:
        name = self._name(key)
        with self._errors(f"writing {name}"):
            self.client.put_object(Bucket=self.bucket, Key=name, Body=data, ChecksumSHA256=_b64sha(data))

    def copy(self, source: str, target: str) -> None:
        """The store copies (CopyObject; in parts past 5 GiB); then the copy is checked (module docstring)."""
        name, to = self._name(source), self._name(target)
        head = self._head(name)
        if head is None:
            raise FileNotFoundError(f"{self.describe(source)} is not there")
        size, etag = int(head["ContentLength"]), str(head["ETag"])
        what = f"copying {name} to {to}"
        copy_source = {"Bucket": self.bucket, "Key": name}
        with self._errors(what):
            if size <= ONE_REQUEST_COPY_BYTES:
                self.client.copy_object(Bucket=self.bucket, Key=to, CopySource=copy_source, CopySourceIfMatch=etag,
                                        ChecksumAlgorithm="SHA256")  # fmt: skip
            else:
                self.client.copy(copy_source, self.bucket, to, ExtraArgs={"CopySourceIfMatch": etag})
        copied = self._head(to)
        if copied is None or int(copied["ContentLength"]) != size:
            raise HqObjectStorageError(f"{what}: the copy is not the size of the original; check the store")
        if "-" not in etag and size <= ONE_REQUEST_COPY_BYTES and copied["ETag"] != etag:
            raise HqObjectStorageError(f"{what}: the copy's ETag differs from the original's; check the store")
        # A source written in parts has a checksum of its parts' checksums (composite), not comparable with the
        # full-object one the store computes for a one-request copy: compared only for a one-PUT source.
        ours, theirs = head.get("ChecksumSHA256"), copied.get("ChecksumSHA256")
        full = all(h.get("ChecksumType", "FULL_OBJECT") == "FULL_OBJECT" for h in (head, copied))
        if ours and theirs and full and "-" not in etag + ours + theirs and ours != theirs:
            raise HqObjectStorageError(f"{what}: the copy's SHA-256 differs from the original's; check the store")

    def delete(self, key: str) -> None:
        name = self._name(key)
        with self._errors(f"deleting {name}"):
            self.client.delete_object(Bucket=self.bucket, Key=name)

    def abort_unfinished(self, key: str) -> None:
        name = self._name(key)
        with self._errors(f"aborting the unfinished uploads of {name}"):
            for page in self.client.get_paginator("list_multipart_uploads").paginate(Bucket=self.bucket, Prefix=name):
                for upload in page.get("Uploads", ()):
                    if upload["Key"] == name:
                        self.client.abort_multipart_upload(Bucket=self.bucket, Key=name, UploadId=upload["UploadId"])

    def keys(self, prefix: str) -> Iterator[str]:
        folder = prefix.strip("/")
        if folder:
            check_key(folder)
        start = f"{self.prefix}/" if self.prefix else ""
        wanted = start + (folder + "/" if folder else "")
        found: list[str] = []
        with self._errors(f"listing {wanted or 'the bucket'}"):
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=wanted):
                found.extend(item["Key"][len(start) :] for item in page.get("Contents", ()))
        return iter(sorted(found))

    def free_bytes(self) -> int | None:
        return None


def _b64sha(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


def _read_full(source: BinaryIO, size: int) -> bytes:
    """``size`` bytes of ``source``, fewer only at its end (a pipe or socket returns what it has)."""
    data = source.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size and (more := source.read(size - got)):
        parts.append(more)
        got += len(more)
    return b"".join(parts)


class _ObjectReader(io.RawIOBase):
    """An object's GET body as a raw stream. ``seek`` starts another GET at that offset (a verifier reads a bundle
    a second time from its start when its tag files were large), of the same object version (If-Match: its ETag)."""

    def __init__(self, storage: S3Storage, name: str) -> None:
        self._storage, self._name = storage, name
        self._etag: str | None = None
        self._position = 0
        self._body: Any = None
        self._get(0)

    def _get(self, offset: int) -> None:
        client, bucket = self._storage.client, self._storage.bucket
        args: dict[str, Any] = {"Bucket": bucket, "Key": self._name}
        if offset:
            args["Range"] = f"bytes={offset}-"
        if self._etag:
            args["IfMatch"] = self._etag
        try:
            response = client.get_object(**args)
        except botocore.exceptions.ClientError as exc:
            code = S3Storage._code(exc)
            if code in ("NoSuchKey", "404"):
                raise FileNotFoundError(f"s3://{bucket}/{self._name} is not there") from None
            if code == "InvalidRange":  # at or past the end: nothing more to read
                self._body, self._position = None, offset
                return
            if code in ("PreconditionFailed", "412"):
                raise HqObjectStorageError(f"{self._name} changed while it was read: run it again") from exc
            self._storage._fail(exc, f"reading {self._name}")
        except botocore.exceptions.BotoCoreError as exc:
            self._storage._fail(exc, f"reading {self._name}")
        self._etag = self._etag or response["ETag"]
        self._body = response["Body"]
        self._position = offset

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._position
        elif whence != io.SEEK_SET:
            raise io.UnsupportedOperation("only seeks from the start or the current position")
        if offset != self._position:
            self._close_body()
            self._get(offset)
        return self._position

    def readinto(self, buffer: Any) -> int:
        if self._body is None:
            return 0
        view = memoryview(buffer).cast("B")
        try:
            data = self._body.read(len(view))
        except (botocore.exceptions.BotoCoreError, OSError) as exc:
            raise HqObjectStorageError(f"reading {self._name} from the object store {self._storage.where()} failed"
                                       f" ({type(exc).__name__}): check the store and the network, then run it"
                                       " again") from exc  # fmt: skip
        view[: len(data)] = data
        self._position += len(data)
        return len(data)

    def _close_body(self) -> None:
        if self._body is not None:
            with contextlib.suppress(Exception):
                self._body.close()
            self._body = None

    def close(self) -> None:
        self._close_body()
        super().close()
