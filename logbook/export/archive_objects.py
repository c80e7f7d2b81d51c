"""An archive's objects read back without trusting them: every byte counted and hashed
as it is copied, so a damaged or forged object is refused before it is kept."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, BinaryIO

from logbook.client_text import clipped, shown

if TYPE_CHECKING:
    from logbook.export.archive import ArchiveReader

CHUNK = 1024 * 1024


class ArchiveError(ValueError):
    """The archive is damaged, foreign or unsafe; the message says what is wrong."""


class VerifyingReader:
    """Reads a ZIP member, counting and hashing; a mismatch raises ``ArchiveError``.

    The error is also kept in ``error``, for callers whose consumer (an S3
    upload thread) might swallow it.
    """

    def __init__(self, stream: IO[bytes], path: str, size: int, sha256: str) -> None:
        self._stream = stream
        self.path = path
        self._size = size
        self._sha256 = sha256
        self._digest = hashlib.sha256()
        self._count = 0
        self._done = False
        self.error: ArchiveError | None = None

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            raise self.error
        if self._done:
            return b""
        want = CHUNK if size is None or size < 0 else min(size, CHUNK)
        try:
            data = self._stream.read(want)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            self._fail(f"{shown(self.path)} is damaged ({clipped(str(exc), limit=200)}).")
        self._count += len(data)
        if self._count > self._size:
            self._fail(f"{shown(self.path)} holds more bytes than declared: refused.")
        self._digest.update(data)
        if not data:
            self._done = True
            if self._count != self._size:
                self._fail(f"{shown(self.path)} holds {self._count} bytes, not the {self._size} declared.")
            if self._digest.hexdigest() != self._sha256:
                self._fail(f"{shown(self.path)} does not match its SHA-256 checksum: the archive is damaged.")
        return data

    def _fail(self, message: str) -> None:
        self.error = ArchiveError(message)
        raise self.error

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> VerifyingReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def copy_object(reader: ArchiveReader, path: str, sink: Callable[[BinaryIO], object]) -> None:
    """Give ``sink`` a verifying stream of ``path``; raise ``ArchiveError`` if its bytes were wrong,
    even when ``sink`` swallowed the error."""
    with reader.open(path) as stream:
        try:
            sink(stream)  # type: ignore[arg-type]
        except ArchiveError:
            raise
        except Exception:
            if stream.error is not None:
                raise stream.error from None
            raise
        if stream.error is not None:
            raise stream.error
        if not stream._done:
            raise ArchiveError(f"{shown(path)} was not copied to its end.")
