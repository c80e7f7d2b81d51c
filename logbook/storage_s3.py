"""The S3 backend of ``Storage``: objects in an S3-compatible bucket, through boto3, whose
errors become ``FileNotFoundError`` or ``StorageUnavailable`` here (``translated``)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import IO, Any, BinaryIO

from logbook.errors import StorageUnavailable
from logbook.storage import CHUNK, ObjectInfo, content_disposition, normalise_key

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
        counter = CountingReader(stream)
        extra = {"ContentType": content_type} if content_type else None
        with translated(key):
            self._client.upload_fileobj(
                counter, self.bucket, self._key(key), ExtraArgs=extra, Config=self._transfer
            )
        return counter.count

    def put_file(self, key: str, path: str, *, content_type: str | None = None) -> int:
        # upload_file reads parts straight from the file, in parallel, without
        # buffering the stream in memory as upload_fileobj must.
        extra = {"ContentType": content_type} if content_type else None
        with translated(key):
            self._client.upload_file(
                path, self.bucket, self._key(key), ExtraArgs=extra, Config=self._transfer
            )
        return os.path.getsize(path)

    def open(self, key: str) -> BinaryIO:
        with translated(key):
            response = self._client.get_object(Bucket=self.bucket, Key=self._key(key))
        return response["Body"]

    def read_range(self, key: str, start: int, end: int) -> Iterator[bytes]:
        with translated(key):
            response = self._client.get_object(
                Bucket=self.bucket, Key=self._key(key), Range=f"bytes={start}-{end}"
            )
        body = response["Body"]
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    def size(self, key: str) -> int:
        with translated(key):
            return int(self._client.head_object(Bucket=self.bucket, Key=self._key(key))["ContentLength"])

    def exists(self, key: str) -> bool:
        try:
            self.size(key)
        except FileNotFoundError:
            return False
        return True

    def delete(self, key: str) -> None:
        with translated(key):
            self._client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        if prefix.startswith("/") or ".." in prefix.split("/"):
            raise ValueError(f"invalid storage prefix: {prefix!r}")
        full_prefix = f"{self.prefix}/{prefix}" if self.prefix else prefix
        paginator = self._client.get_paginator("list_objects_v2")
        with translated(prefix or "/"):
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
        with translated(key):
            return self._client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires)

    def check(self) -> None:
        try:
            with translated(f"s3://{self.bucket}"):
                self._probe.head_bucket(Bucket=self.bucket)
        except FileNotFoundError:
            raise StorageUnavailable(f"bucket {self.bucket!r} does not exist") from None

    def confirm(self, key: str) -> None:
        with translated(key):
            self._probe.head_object(Bucket=self.bucket, Key=self._key(key))


class CountingReader:
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


class translated:
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
