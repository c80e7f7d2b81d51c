"""Where files live: one ``Storage`` interface, a local-disk and an S3 backend
(``logbook.storage_s3``).

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


def content_disposition(download_name: str, *, inline: bool = False) -> str:
    """An RFC 6266 Content-Disposition header value that survives non-ASCII names."""
    from urllib.parse import quote

    ascii_name = download_name.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(download_name)}"


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
        from logbook.storage_s3 import S3Storage

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
