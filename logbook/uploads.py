"""Receiving uploaded files: each multipart file part goes straight to a temporary
file on disk while its SHA-256 is computed, so a 1 GiB video never sits in memory
and is read only once more (to send it to storage)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from typing import IO, Any

from flask import Request, current_app


class HashedSpoolFile:
    """A temporary file that hashes what is written to it.

    Werkzeug's multipart parser writes each file part here; afterwards
    ``sha256``, ``size`` and ``path`` describe the bytes without another pass.
    """

    def __init__(self, directory: str) -> None:
        os.makedirs(directory, exist_ok=True)
        self._file: IO[bytes] = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by Werkzeug
            dir=directory, prefix="upload-", delete=True
        )
        self._hash = hashlib.sha256()
        self.size = 0

    @property
    def path(self) -> str:
        return self._file.name

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        self.size += len(data)
        return self._file.write(data)

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


def upload_dir() -> str:
    return os.path.join(current_app.instance_path, "uploads")
