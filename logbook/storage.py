"""Where files live: one ``Storage`` interface, a local-disk and an S3 backend.

Backends are chosen by URL (``storage_from_url``). Keys are ``/``-separated
relative paths such as ``originals/<sha256>`` or ``derived/<media-id>/thumb.webp``.
Missing objects raise ``FileNotFoundError``; a backend that cannot be reached
raises ``StorageUnavailable``. Vendor exceptions never leave this module.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, Protocol
from urllib.parse import parse_qs, urlsplit

from flask import Flask, current_app

from logbook.errors import DISK_FULL_ERRNOS, DiskFull, StorageUnavailable

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int


class Storage(Protocol):
    """What Carnet needs from a place that keeps bytes."""

    def put(self, key: str, stream: IO[bytes], *, content_type: str | None = None) -> int:
        """Store the stream under ``key`` (replacing it atomically); return bytes written."""
        ...

    def put_file(self, key: str, path: str, *, content_type: str | None = None) -> int:
        """Store a local file under ``key`` (replacing it atomically); return its size."""
        ...

    def open(self, key: str) -> BinaryIO:
        """A readable stream of the object. The caller closes it."""
        ...

    def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start`` to ``end`` inclusive, in chunks."""
        ...

    def size(self, key: str) -> int: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None:
        """Remove the object; removing a missing object is not an error."""
        ...

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]: ...

    def url(
        self,
        key: str,
        *,
        expires: int,
        content_type: str | None = None,
        download_name: str | None = None,
    ) -> str | None:
        """A short-lived URL a browser can fetch directly, or None when the backend has none."""
        ...

    def check(self) -> None:
        """Raise ``StorageUnavailable`` with a reason if the backend cannot be used."""
        ...

    def confirm(self, key: str) -> None:
        """Make sure the object can be served, quickly (a short timeout, no retries): raise
        ``FileNotFoundError`` if it is missing, ``StorageUnavailable`` if the backend does
        not answer. Used before handing out a URL that would otherwise lead nowhere."""
        ...


def normalise_key(key: str) -> str:
    """Refuse keys that could escape the storage root or name a directory."""
    if not key or key.startswith("/") or "\\" in key or "\x00" in key:
        raise ValueError(f"invalid storage key: {key!r}")
    clean = posixpath.normpath(key)
    if clean != key or clean.startswith("..") or clean in {".", ""} or "/../" in f"/{clean}/":
        raise ValueError(f"invalid storage key: {key!r}")
    return clean


class FileStorage:
    """Objects as files under a root directory; writes go to a temp file then ``os.replace``."""

    def __init__(self, root: str) -> None:
        self.root = os.path.abspath(root)

    def __repr__(self) -> str:
        return f"FileStorage({self.root!r})"

    def _path(self, key: str) -> str:
        path = os.path.join(self.root, *normalise_key(key).split("/"))
        if os.path.commonpath([self.root, path]) != self.root:
            raise ValueError(f"invalid storage key: {key!r}")
        return path

    def put(self, key: str, stream: IO[bytes], *, content_type: str | None = None) -> int:
        path = self._path(key)
        directory = os.path.dirname(path)
        try:
            os.makedirs(directory, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
        except OSError as exc:
            raise _write_error(self.root, exc) from exc
        written = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    out.write(chunk)
                    written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            _remove_quietly(tmp)
            raise _write_error(self.root, exc) from exc
        except BaseException:
            _remove_quietly(tmp)
            raise
        return written

    def put_file(self, key: str, path: str, *, content_type: str | None = None) -> int:
        with open(path, "rb") as stream:
            return self.put(key, stream, content_type=content_type)

    def open(self, key: str) -> BinaryIO:
        return open(self._path(key), "rb")

    def local_path(self, key: str) -> str:
        """The file behind ``key``, for serving it with byte ranges."""
        path = self._path(key)
        if not os.path.isfile(path):
            raise FileNotFoundError(key)
        return path

    def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        with open(self._path(key), "rb") as handle:
            handle.seek(start)
            remaining = end - start + 1
            while remaining > 0:
                chunk = handle.read(min(CHUNK, remaining))
                if not chunk:
                    break
                remaining -= len(chunk)
                yield chunk

    def size(self, key: str) -> int:
        return os.stat(self._path(key)).st_size

    def exists(self, key: str) -> bool:
        return os.path.isfile(self._path(key))

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(self._path(key))

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        for directory, _dirs, files in os.walk(self.root):
            for name in sorted(files):
                if name.startswith(".tmp-"):
                    continue
                path = os.path.join(directory, name)
                key = os.path.relpath(path, self.root).replace(os.sep, "/")
                if key.startswith(prefix):
                    yield ObjectInfo(key, os.stat(path).st_size)

    def url(self, key: str, **_: Any) -> str | None:
        return None

    def check(self) -> None:
        try:
            os.makedirs(self.root, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.root):
                pass
        except OSError as exc:
            raise StorageUnavailable(f"{self.root} is not writable: {exc.strerror}") from exc

    def confirm(self, key: str) -> None:
        if not os.path.isfile(self._path(key)):
            raise FileNotFoundError(key)


_boto_lock = threading.Lock()
_boto_loader: Any = None


def _boto_session() -> Any:
    """A boto3 session of its own (credentials read from the standard chain now) that
    shares one botocore data loader per process: a session with a loader of its own reads
    botocore's service descriptions again, ~0.1-0.4 s for every storage made."""
    global _boto_loader
    import boto3
    import botocore.session

    with _boto_lock:
        core = botocore.session.Session()
        if _boto_loader is None:
            _boto_loader = core.get_component("data_loader")
        else:
            core.register_component("data_loader", _boto_loader)
    return boto3.session.Session(botocore_session=core)


class S3Storage:
    """Objects in an S3-compatible bucket, under an optional prefix.

    Credentials come from the standard AWS chain (environment, shared files,
    instance roles). Large puts use multipart uploads above ``multipart_threshold``.
    """

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        endpoint_url: str | None = None,
        region: str | None = None,
        multipart_threshold: int = 16 * 1024**2,
        addressing_style: str | None = None,
        probe_timeout: float = 2,
    ) -> None:
        from boto3.s3.transfer import TransferConfig
        from botocore.config import Config

        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.endpoint_url = endpoint_url
        s3_config: dict[str, Any] = {}
        if addressing_style or endpoint_url:
            # Self-hosted S3 servers rarely have wildcard DNS for virtual-host buckets.
            s3_config["addressing_style"] = addressing_style or "path"
        session = _boto_session()
        self._client = session.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            config=Config(
                s3=s3_config,
                retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=5,
                read_timeout=60,
                signature_version="s3v4",
            ),
        )
        # For quick looks (health, the check before a redirect): one attempt, short waits.
        self._probe = session.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            config=Config(
                s3=s3_config,
                retries={"max_attempts": 1, "mode": "standard"},
                connect_timeout=probe_timeout,
                read_timeout=probe_timeout,
                signature_version="s3v4",
            ),
        )
        self._transfer = TransferConfig(
            multipart_threshold=multipart_threshold,
            multipart_chunksize=max(multipart_threshold, 8 * 1024**2),
            max_concurrency=4,
        )

    def __repr__(self) -> str:
        return f"S3Storage(bucket={self.bucket!r}, prefix={self.prefix!r}, endpoint={self.endpoint_url!r})"

    def _key(self, key: str) -> str:
        key = normalise_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _strip(self, full_key: str) -> str:
        return full_key[len(self.prefix) + 1 :] if self.prefix else full_key

    def put(self, key: str, stream: IO[bytes], *, content_type: str | None = None) -> int:
        counter = _CountingReader(stream)
        extra = {"ContentType": content_type} if content_type else None
        with _translated(key):
            self._client.upload_fileobj(
                counter, self.bucket, self._key(key), ExtraArgs=extra, Config=self._transfer
            )
        return counter.count

    def put_file(self, key: str, path: str, *, content_type: str | None = None) -> int:
        # upload_file reads parts straight from the file, in parallel, without
        # buffering the stream in memory as upload_fileobj must.
        extra = {"ContentType": content_type} if content_type else None
        with _translated(key):
            self._client.upload_file(
                path, self.bucket, self._key(key), ExtraArgs=extra, Config=self._transfer
            )
        return os.path.getsize(path)

    def open(self, key: str) -> BinaryIO:
        with _translated(key):
            response = self._client.get_object(Bucket=self.bucket, Key=self._key(key))
        return response["Body"]

    def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        with _translated(key):
            response = self._client.get_object(
                Bucket=self.bucket, Key=self._key(key), Range=f"bytes={start}-{end}"
            )
        body = response["Body"]
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    def size(self, key: str) -> int:
        with _translated(key):
            return int(self._client.head_object(Bucket=self.bucket, Key=self._key(key))["ContentLength"])

    def exists(self, key: str) -> bool:
        try:
            self.size(key)
        except FileNotFoundError:
            return False
        return True

    def delete(self, key: str) -> None:
        with _translated(key):
            self._client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        if prefix.startswith("/") or ".." in prefix.split("/"):
            raise ValueError(f"invalid storage prefix: {prefix!r}")
        full_prefix = f"{self.prefix}/{prefix}" if self.prefix else prefix
        paginator = self._client.get_paginator("list_objects_v2")
        with _translated(prefix or "/"):
            for page in paginator.paginate(Bucket=self.bucket, Prefix=full_prefix):
                for item in page.get("Contents", []):
                    yield ObjectInfo(self._strip(item["Key"]), int(item["Size"]))

    def url(
        self,
        key: str,
        *,
        expires: int,
        content_type: str | None = None,
        download_name: str | None = None,
    ) -> str | None:
        params: dict[str, Any] = {"Bucket": self.bucket, "Key": self._key(key)}
        if content_type:
            params["ResponseContentType"] = content_type
        if download_name is not None:
            params["ResponseContentDisposition"] = content_disposition(download_name)
        with _translated(key):
            return self._client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires)

    def check(self) -> None:
        try:
            with _translated(f"s3://{self.bucket}"):
                self._probe.head_bucket(Bucket=self.bucket)
        except FileNotFoundError:
            raise StorageUnavailable(f"bucket {self.bucket!r} does not exist") from None

    def confirm(self, key: str) -> None:
        with _translated(key):
            self._probe.head_object(Bucket=self.bucket, Key=self._key(key))


def content_disposition(download_name: str, *, inline: bool = False) -> str:
    """An RFC 6266 Content-Disposition header value that survives non-ASCII names."""
    from urllib.parse import quote

    ascii_name = download_name.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(download_name)}"


class _CountingReader:
    """Counts what boto3 reads from a stream, so ``put`` can report the size written."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        # s3transfer takes a short read for the end of the stream, so fill the request:
        # sockets and pipes may legitimately return fewer bytes than asked.
        if size is None or size < 0:
            data = self._stream.read()
        else:
            parts: list[bytes] = []
            remaining = size
            while remaining > 0:
                chunk = self._stream.read(remaining)
                if not chunk:
                    break
                parts.append(chunk)
                remaining -= len(chunk)
            data = b"".join(parts)
        self.count += len(data)
        return data


class _translated:
    """Context manager turning botocore errors into FileNotFoundError / StorageUnavailable
    (an object, or a multipart upload, that S3 no longer knows is missing)."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None:
            return False
        from boto3.exceptions import S3UploadFailedError
        from botocore.exceptions import BotoCoreError, ClientError

        if isinstance(exc, ClientError):
            error = exc.response.get("Error", {})
            code = str(error.get("Code", ""))
            if code in {"NoSuchKey", "NoSuchUpload", "404", "NotFound"}:
                raise FileNotFoundError(self.key) from exc
            raise StorageUnavailable(
                f"storage refused the request ({code}: {error.get('Message', '')})"
            ) from exc
        if isinstance(exc, (BotoCoreError, S3UploadFailedError)):
            raise StorageUnavailable(f"storage cannot be reached: {exc}") from exc
        return False


def storage_from_url(
    url: str, *, multipart_threshold: int = 16 * 1024**2, probe_timeout: float = 2
) -> Storage:
    """``file:///abs/path``, ``file://./relative`` or ``s3://bucket/prefix?endpoint_url=…&region=…``."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        path = (parts.netloc + parts.path) if parts.netloc else parts.path
        return FileStorage(path)
    if parts.scheme == "s3":
        if not parts.netloc:
            raise ValueError(f"storage URL {url!r} names no bucket")
        query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
        unknown = set(query) - {"endpoint_url", "region", "addressing_style"}
        if unknown:
            raise ValueError(f"storage URL {url!r} has unknown options: {', '.join(sorted(unknown))}")
        return S3Storage(
            parts.netloc,
            parts.path.strip("/"),
            endpoint_url=query.get("endpoint_url"),
            region=query.get("region"),
            addressing_style=query.get("addressing_style"),
            multipart_threshold=multipart_threshold,
            probe_timeout=probe_timeout,
        )
    raise ValueError(f"storage URL {url!r}: expected file:// or s3://")


def _write_error(root: str, exc: OSError) -> StorageUnavailable | DiskFull:
    if exc.errno in DISK_FULL_ERRNOS:
        return DiskFull(f"The disk of {root} is full; nothing was kept. Try again later.")
    return StorageUnavailable(f"cannot write to {root}: {exc.strerror}")


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def init_app(app: Flask) -> None:
    """Attach the storage named by ``CARNET_STORAGE_URL`` as ``app.extensions["carnet.storage"]``."""
    from config import ConfigError

    try:
        storage = storage_from_url(
            app.config["CARNET_STORAGE_URL"],
            multipart_threshold=app.config["CARNET_S3_MULTIPART_THRESHOLD"],
            probe_timeout=app.config["CARNET_DEPENDENCY_CHECK_SECONDS"],
        )
    except ValueError as exc:
        raise ConfigError(f"CARNET_STORAGE_URL: {exc}") from None
    app.extensions["carnet.storage"] = storage


def get_storage() -> Storage:
    return current_app.extensions["carnet.storage"]
