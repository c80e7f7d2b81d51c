"""Where a backup lives, written and read: one zip file, or snapshots under a directory
or an S3 prefix that share their objects; each object copied in chunks and hashed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

from logbook.services.backup.format import (
    FORMAT,
    MANIFEST,
    OBJECTS_LIST,
    SNAPSHOTS,
    BackupFailed,
    BackupInvalid,
)
from logbook.storage import CHUNK, FileStorage, Storage, storage_from_url


def copy_hashing(source: IO[bytes], target: IO[bytes]) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


@contextlib.contextmanager
def spooled(source: IO[bytes]) -> Iterator[tuple[str, int, str]]:
    """The stream copied to a local temporary file: (path, size, sha256). Lets a copy be
    verified before it is written anywhere, with one object at a time on disk, none in memory."""
    fd, path = tempfile.mkstemp(prefix="carnet-backup-")
    try:
        with os.fdopen(fd, "wb") as out:
            size, sha = copy_hashing(source, out)
        yield path, size, sha
    finally:
        with contextlib.suppress(OSError):
            os.remove(path)


@dataclass
class ObjectRecord:
    key: str
    size: int
    sha256: str
    mime: str = ""


class ZipWriter:
    """One zip file, written aside and moved into place when complete."""

    def __init__(self, path: str) -> None:
        self.path = os.path.abspath(path)
        try:
            fd, self._partial = tempfile.mkstemp(prefix=".carnet-backup-", dir=os.path.dirname(self.path))
        except OSError as exc:
            raise BackupFailed(f"Cannot write {path}: {exc.strerror}.") from None
        os.close(fd)
        self._zip = zipfile.ZipFile(self._partial, "w", allowZip64=True)
        self.skipped = 0

    def _member(self, name: str, compress: int) -> IO[bytes]:
        info = zipfile.ZipInfo(name, datetime.now(UTC).timetuple()[:6])
        info.compress_type = compress
        return self._zip.open(info, "w", force_zip64=True)

    @contextlib.contextmanager
    def table(self, name: str) -> Iterator[IO[bytes]]:
        with self._member(f"tables/{name}.jsonl", zipfile.ZIP_DEFLATED) as out:
            yield out

    @contextlib.contextmanager
    def objects_list(self) -> Iterator[IO[bytes]]:
        # Written while objects are added, and a zip takes one member at a time: kept in a
        # local temporary file until the objects are in.
        with tempfile.TemporaryFile(prefix="carnet-backup-") as spool:
            yield spool
            spool.seek(0)
            with self._member(OBJECTS_LIST, zipfile.ZIP_DEFLATED) as out:
                shutil.copyfileobj(spool, out, CHUNK)

    def add_object(self, key: str, open_source: Callable[[], IO[bytes]]) -> ObjectRecord:
        # Media are mostly compressed already (JPEG, MP4, M4A): stored, not deflated again.
        with open_source() as source, self._member(f"objects/{key}", zipfile.ZIP_STORED) as out:
            size, sha = copy_hashing(source, out)
        return ObjectRecord(key, size, sha)

    def finish(self, manifest: dict[str, Any]) -> str:
        with self._member(MANIFEST, zipfile.ZIP_DEFLATED) as out:
            out.write(json.dumps(manifest, indent=1).encode())
        self._zip.close()
        os.replace(self._partial, self.path)
        return self.path

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(OSError):
            os.remove(self._partial)


class PrefixWriter:
    """A snapshot ``snapshots/<time>/`` under a directory or S3 prefix, its objects in the
    shared ``objects/`` so that each one is copied once across nightly runs. One backup at a
    time per prefix: pruning removes objects that only a run in progress would list."""

    def __init__(self, target: Storage, name: str) -> None:
        self.target = target
        self.base = f"{SNAPSHOTS}{name}/"
        self.skipped = 0
        # Objects earlier complete snapshots recorded (key -> record): what is already there.
        self.known: dict[str, ObjectRecord] = {}
        for snapshot in complete_snapshots(target):
            for record in read_objects_list(target, f"{SNAPSHOTS}{snapshot}/{OBJECTS_LIST}"):
                self.known[record.key] = record

    @contextlib.contextmanager
    def _file(self, key: str) -> Iterator[IO[bytes]]:
        # Built in a local temporary file, then stored whole: S3 needs the size, and a
        # reader never sees half a table.
        with tempfile.TemporaryFile(prefix="carnet-backup-") as spool:
            yield spool
            spool.seek(0)
            self.target.put(self.base + key, spool, content_type="application/octet-stream")

    def table(self, name: str):
        return self._file(f"tables/{name}.jsonl")

    def objects_list(self):
        return self._file(OBJECTS_LIST)

    def _already_there(self, key: str, sha256: str | None) -> ObjectRecord | None:
        record = self.known.get(key)
        if record is None or (sha256 is not None and record.sha256 != sha256):
            return None
        try:
            present = self.target.size(f"objects/{key}")
        except FileNotFoundError:
            return None
        return record if present == record.size else None

    def add_object(self, key: str, open_source: Callable[[], IO[bytes]]) -> ObjectRecord:
        """Copy unless the destination holds this key with the same SHA-256 (and size).

        An original's key *is* its SHA-256 (content-addressed, checked at upload), so it is
        decided from the earlier snapshots' lists and one size check, without reading the
        source. A derivative or an export keeps its key when remade, so its bytes are read
        and hashed (into a local temporary file) and written only when the SHA-256 differs.
        """
        content_sha = key.removeprefix("originals/") if key.startswith("originals/") else None
        if content_sha is not None and (found := self._already_there(key, content_sha)):
            self.skipped += 1
            return found
        with open_source() as source, spooled(source) as (path, size, sha):
            found = self._already_there(key, sha)
            if found is not None and found.size == size:
                self.skipped += 1
                return found
            self.target.put_file(f"objects/{key}", path, content_type="application/octet-stream")
        return ObjectRecord(key, size, sha)

    def finish(self, manifest: dict[str, Any]) -> str:
        with self._file(MANIFEST) as out:
            out.write(json.dumps(manifest, indent=1).encode())
        return self.base

    def abort(self) -> None:
        # The tables of the unfinished snapshot go (a snapshot without a manifest is never
        # read anyway). Objects it copied stay: only complete snapshots' lists are trusted,
        # so the next run copies them again over themselves, and `--keep` removes any that
        # no kept snapshot lists.
        for info in list(self.target.list(self.base)):
            self.target.delete(info.key)


def complete_snapshots(target: Storage) -> list[str]:
    """Names of the snapshots under a prefix that have a manifest, oldest first."""
    names = set()
    for info in target.list(SNAPSHOTS):
        rest = info.key[len(SNAPSHOTS) :]
        name, _, tail = rest.partition("/")
        if tail == MANIFEST:
            names.add(name)
    return sorted(names)


def read_objects_list(target: Storage, key: str) -> Iterator[ObjectRecord]:
    with contextlib.suppress(FileNotFoundError), target.open(key) as stream:
        for line in stream_lines(stream):
            item = json.loads(line)
            yield ObjectRecord(item["key"], item["size"], item["sha256"], item.get("mime", ""))


def stream_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of a binary stream, read in chunks (S3 bodies have no readline of their own)."""
    pending = b""
    while chunk := stream.read(CHUNK):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for line in complete:
            if line:
                yield line
    if pending:
        yield pending


def target_storage(url_or_path: str) -> Storage:
    """``s3://bucket/prefix?endpoint_url=…``, ``file:///path`` or a plain directory path."""
    if "://" in url_or_path:
        try:
            return storage_from_url(url_or_path)
        except ValueError as exc:
            raise BackupFailed(str(exc)) from None
    return FileStorage(url_or_path)


class ZipReader:
    def __init__(self, path: str) -> None:
        self.location = path
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise BackupInvalid(f"{path} is not a Carnet backup, or it is truncated ({exc}).") from None

    def open(self, name: str) -> IO[bytes]:
        try:
            return self._zip.open(name)
        except KeyError:
            raise BackupInvalid(f"{self.location} has no {name}: not a complete Carnet backup.") from None

    def open_object(self, key: str) -> IO[bytes]:
        return self.open(f"objects/{key}")

    def close(self) -> None:
        self._zip.close()


class PrefixReader:
    def __init__(self, source: Storage, location: str, snapshot: str | None = None) -> None:
        self.source = source
        self.location = location
        try:
            snapshots = complete_snapshots(source)
        except FileNotFoundError:
            snapshots = []
        if snapshot is None:
            if not snapshots:
                raise BackupInvalid(f"{location} holds no complete Carnet backup.")
            snapshot = snapshots[-1]
        elif snapshot not in snapshots:
            raise BackupInvalid(f"{location} has no complete snapshot named {snapshot!r}.")
        self.snapshot = snapshot

    def open(self, name: str) -> IO[bytes]:
        try:
            return self.source.open(f"{SNAPSHOTS}{self.snapshot}/{name}")
        except FileNotFoundError:
            raise BackupInvalid(f"{self.location} snapshot {self.snapshot} has no {name}.") from None

    def open_object(self, key: str) -> IO[bytes]:
        try:
            return self.source.open(f"objects/{key}")
        except FileNotFoundError:
            raise BackupInvalid(f"{self.location} is missing the object {key}.") from None

    def close(self) -> None:
        pass


def open_backup(source: str, snapshot: str | None = None) -> ZipReader | PrefixReader:
    """A zip file, a directory of snapshots, or ``s3://bucket/prefix?…``."""
    if "://" in source:
        return PrefixReader(target_storage(source), source, snapshot)
    if os.path.isdir(source):
        return PrefixReader(FileStorage(source), source, snapshot)
    if not os.path.exists(source):
        raise BackupInvalid(f"{source}: no such file or directory.")
    return ZipReader(source)


@contextlib.contextmanager
def damage_is_invalid(reader: ZipReader | PrefixReader) -> Iterator[None]:
    """Reading errors of a damaged backup become one clear ``BackupInvalid``."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupInvalid(f"{reader.location} is damaged: {exc}") from None


def read_manifest(reader: ZipReader | PrefixReader) -> dict[str, Any]:
    """The manifest, checked for a format this Carnet reads."""
    with damage_is_invalid(reader), reader.open(MANIFEST) as stream:
        manifest = json.loads(stream.read())
    if isinstance(manifest, dict) and manifest.get("format") == "carnet-archive":
        raise BackupInvalid(
            f"{reader.location} is the archive of one logbook, not a backup of an instance: "
            "bring it in with `carnet import`."
        )
    if not isinstance(manifest, dict) or not isinstance(manifest.get("carnet_backup"), int):
        raise BackupInvalid(f"{reader.location} is not a Carnet backup (its manifest is foreign).")
    if manifest["carnet_backup"] > FORMAT:
        raise BackupInvalid(
            f"{reader.location} is in backup format {manifest['carnet_backup']}, made by a newer Carnet "
            f"({manifest.get('carnet_version', '?')}); this Carnet reads format {FORMAT}: upgrade it first.",
            code="backup_too_new",
        )
    for name in ("schema_revision", "tables", "objects"):
        if name not in manifest:
            raise BackupInvalid(f"{reader.location} is not a Carnet backup (its manifest has no {name}).")
    return manifest
