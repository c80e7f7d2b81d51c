"""Receiving uploaded files: each multipart file part goes straight to a temporary
file on disk while its SHA-256 is computed, so a 1 GiB video never sits in memory
and is read only once more (to send it to storage).

Spool files are named ``upload-<pid>-…``: the file of a process that was killed
mid-request is recognised by its dead pid (or, failing that, by its age) and removed
at start-up and by the periodic ``sweep_spool`` job. A disk that fills up while a
file is spooled answers ``DiskFull`` and leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from flask import Flask, Request, current_app
from werkzeug.exceptions import ClientDisconnected

from logbook.errors import ValidationFailed, outage_from

log = logging.getLogger("carnet.uploads")

SPOOL_PREFIX = "upload-"
# No request spools for this long; a file this old belongs to no live request, whatever its pid.
SPOOL_MAX_AGE_SECONDS = 24 * 3600


class HashedSpoolFile:
    """A temporary file that hashes what is written to it.

    Werkzeug's multipart parser writes each file part here; afterwards
    ``sha256``, ``size`` and ``path`` describe the bytes without another pass.
    """

    def __init__(self, directory: str) -> None:
        try:
            os.makedirs(directory, exist_ok=True)
            self._file: IO[bytes] = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by Werkzeug
                dir=directory, prefix=f"{SPOOL_PREFIX}{os.getpid()}-", delete=True
            )
        except OSError as exc:
            outage = outage_from(exc)
            if outage is None:
                raise
            raise outage from exc
        self._hash = hashlib.sha256()
        self.size = 0

    @property
    def path(self) -> str:
        return self._file.name

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def write(self, data: bytes) -> int:
        try:
            written = self._file.write(data)
        except OSError as exc:
            outage = outage_from(exc)
            if outage is None:
                raise
            # Closing removes the file: the room it took is given back at once.
            with contextlib.suppress(OSError):
                self._file.close()
            raise outage from exc
        self._hash.update(data)
        self.size += len(data)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)

    def __iter__(self):
        return iter(self._file)

    def __enter__(self) -> HashedSpoolFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


class UploadRequest(Request):
    """Flask request whose file parts are hashed temporary files."""

    def _get_file_stream(
        self,
        total_content_length: int | None,
        content_type: str | None,
        filename: str | None = None,
        content_length: int | None = None,
    ) -> IO[bytes]:
        return HashedSpoolFile(upload_dir())  # type: ignore[return-value]


# How much of a large request body is read from the server at a time.
BODY_READ_SIZE = 1024 * 1024


class _BodyReader(io.RawIOBase):
    """The server's input stream as a raw stream of ``length`` bytes, for ``io.BufferedReader``.

    Never asks for more than what is left of the body: under a server whose input is
    the bare socket (Werkzeug's), a read past the end waits for bytes that never come.
    """

    def __init__(self, stream: Any, length: int) -> None:
        self._stream = stream
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._left <= 0:
            return 0
        data = self._stream.read(min(len(buffer), self._left))
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)


def large_body_reads(wsgi_app: Callable) -> Callable:
    """WSGI middleware: a large request body is read from the server 1 MiB at a time.

    Werkzeug's form parser reads 64 KiB at a time. gunicorn receives up to 1 MiB per
    recv() and, on each smaller read, copies what is left of its buffer again: a
    1 GiB upload cost about 20 GiB of memory copies under the interpreter lock. Read
    through a 1 MiB buffer, each byte crosses gunicorn's buffer about once (receiving
    a 1 GiB upload went from 2.4 s to 1.9 s, and other request threads are not starved
    meanwhile).
    """

    def middleware(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Werkzeug answers a malformed length itself
        if length > BODY_READ_SIZE:
            environ["wsgi.input"] = io.BufferedReader(
                _BodyReader(environ["wsgi.input"], length), BODY_READ_SIZE
            )
        return wsgi_app(environ, start_response)

    return middleware


def arriving_chunks(stream: IO[bytes], room: int, size: int = BODY_READ_SIZE) -> Iterator[bytes]:
    """A request body's bytes, a chunk at a time, as they arrive (a piece of a resumable
    upload). A dropped connection ends them: what arrived is kept, and the client resumes
    from there. A chunk that would take the body past ``room`` bytes raises
    ValidationFailed (``beyond_length``) instead of being given."""
    given = 0
    while True:
        try:
            chunk = stream.read(size)
        except (ClientDisconnected, OSError):
            return
        if not chunk:
            return
        if given + len(chunk) > room:
            raise ValidationFailed(
                f"Only {room} more bytes were announced for this upload.", code="beyond_length"
            )
        given += len(chunk)
        yield chunk


def upload_dir() -> str:
    return os.path.join(current_app.instance_path, "uploads")


def remove_stale_spool_files(directory: str, *, now: float | None = None) -> int:
    """Remove spool files no live process owns: their pid is gone, or they are older than
    any request lasts. Returns how many were removed. The spool is this machine's own
    (under the instance folder), so a pid names a process of this machine."""
    now = time.time() if now is None else now
    removed = 0
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return 0
    for name in names:
        if not name.startswith(SPOOL_PREFIX):
            continue
        path = os.path.join(directory, name)
        try:
            age = now - os.path.getmtime(path)
        except FileNotFoundError:
            continue  # its request finished meanwhile
        owner = _spool_owner(name)
        if owner == os.getpid() and age < SPOOL_MAX_AGE_SECONDS:
            continue
        if owner is not None and _process_alive(owner) and age < SPOOL_MAX_AGE_SECONDS:
            continue
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            os.remove(path)
            removed += 1
    if removed:
        log.info("removed %d spool file(s) left by stopped processes", removed)
    return removed


def _spool_owner(name: str) -> int | None:
    pid = name[len(SPOOL_PREFIX) :].split("-", 1)[0]
    return int(pid) if pid.isdigit() else None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def sweep_spool() -> int:
    """Periodic job: remove the spool files of processes that are gone."""
    return remove_stale_spool_files(upload_dir())


def init_app(app: Flask) -> None:
    """At start-up, remove what killed processes left in the spool."""
    remove_stale_spool_files(os.path.join(app.instance_path, "uploads"))
