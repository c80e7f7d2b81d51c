"""Whole-instance backup and restore: every table, every stored object, one point in time.

A backup holds:

``manifest.json``
    format version, schema revision, Carnet version, creation time, database and storage
    kinds, and per table its columns (with a backend-neutral kind), row count and the
    SHA-256 of its dump; written last, so a backup without it is incomplete.
``tables/<table>.jsonl``
    one JSON object per row, ids included, values in a form both SQLite and PostgreSQL
    read back alike (timestamps as ISO 8601 UTC with offset, dates ISO, JSON as JSON,
    booleans as booleans, integers of any size as JSON integers, bytes as base64).
``objects.jsonl``
    every stored object the database refers to: key, size, SHA-256.
``objects/<key>``
    the bytes of each object.

It goes either into one zip file (``write_backup_file``) or under a prefix of a
directory or an S3 bucket (``write_backup_to``), where each run is a snapshot
``snapshots/<time>/`` sharing ``objects/`` with the others, so objects already
there are not copied again (see ``PrefixWriter.add_object``).

``restore_backup`` puts a backup into an empty instance, on either backend pair.
Nothing here reads the whole database or a whole object into memory: rows go in
batches, bytes in chunks.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import IO, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.types import TypeDecorator, TypeEngine

from logbook.db import UTCDateTime, db
from logbook.errors import CarnetError
from logbook.storage import CHUNK, FileStorage, Storage, storage_from_url

FORMAT = 1
MANIFEST = "manifest.json"
OBJECTS_LIST = "objects.jsonl"
BATCH = 500
SNAPSHOTS = "snapshots/"

Progress = Callable[[int, int], None]  # (done, total) in rows + objects


class BackupInvalid(CarnetError):
    """The thing given to restore is not a usable Carnet backup (foreign, truncated, damaged)."""

    code = "backup_invalid"


class RestoreRefused(CarnetError):
    """The backup is fine but this instance cannot take it (not empty, older Carnet)."""

    code = "restore_refused"


class BackupFailed(CarnetError):
    """A backup could not be made (schema not up to date, storage unreachable)."""

    code = "backup_failed"


# --- column values, backend-neutral ---------------------------------------------------------

KIND_TYPES: dict[str, Callable[[], TypeEngine]] = {
    "datetime": UTCDateTime,
    "date": Date,
    "json": lambda: JSON(none_as_null=True),
    "boolean": Boolean,
    "integer": BigInteger,
    "float": Float,
    "string": Text,
    "binary": LargeBinary,
}


def column_kind(column: Column) -> str:
    """The neutral kind a column's values are dumped as. Raises ``TypeError`` for a type
    this module does not know, so a new model column cannot be dumped wrongly in silence."""
    type_ = column.type
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl
    for kind, classes in (
        ("datetime", (DateTime,)),
        ("date", (Date,)),
        ("json", (JSON,)),
        ("boolean", (Boolean,)),
        ("integer", (Integer,)),
        ("float", (Float, Numeric)),
        ("binary", (LargeBinary,)),
        ("string", (String, Text)),
    ):
        if isinstance(type_, classes):
            return kind
    raise TypeError(f"column {column.table.name}.{column.name} has a type backups do not know: {type_!r}")


def encode_value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        return value.astimezone(UTC).isoformat()
    if kind == "date":
        return value.isoformat()
    if kind == "binary":
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"timestamp without time zone: {value!r}")
        return parsed
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "binary":
        return base64.b64decode(value)
    return value


def _dump_line(row: dict[str, Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


# --- streams ----------------------------------------------------------------------------------


def _copy_hashing(source: IO[bytes], target: IO[bytes]) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


@contextlib.contextmanager
def _spooled(source: IO[bytes]) -> Iterator[tuple[str, int, str]]:
    """The stream copied to a local temporary file: (path, size, sha256). Lets a copy be
    verified before it is written anywhere, with one object at a time on disk, none in memory."""
    fd, path = tempfile.mkstemp(prefix="carnet-backup-")
    try:
        with os.fdopen(fd, "wb") as out:
            size, sha = _copy_hashing(source, out)
        yield path, size, sha
    finally:
        with contextlib.suppress(OSError):
            os.remove(path)


# --- where a backup goes ----------------------------------------------------------------------


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
            size, sha = _copy_hashing(source, out)
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
            for record in _read_objects_list(target, f"{SNAPSHOTS}{snapshot}/{OBJECTS_LIST}"):
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
        with open_source() as source, _spooled(source) as (path, size, sha):
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


def _read_objects_list(target: Storage, key: str) -> Iterator[ObjectRecord]:
    with contextlib.suppress(FileNotFoundError), target.open(key) as stream:
        for line in _lines(stream):
            item = json.loads(line)
            yield ObjectRecord(item["key"], item["size"], item["sha256"], item.get("mime", ""))


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
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


# --- making a backup --------------------------------------------------------------------------


@dataclass
class BackupReport:
    location: str
    tables: int
    rows: int
    objects: int
    bytes: int
    skipped: int = 0
    missing: list[str] = field(default_factory=list)


def target_storage(url_or_path: str) -> Storage:
    """``s3://bucket/prefix?endpoint_url=…``, ``file:///path`` or a plain directory path."""
    if "://" in url_or_path:
        try:
            return storage_from_url(url_or_path)
        except ValueError as exc:
            raise BackupFailed(str(exc)) from None
    return FileStorage(url_or_path)


def write_backup_file(path: str, storage: Storage, progress: Progress | None = None) -> BackupReport:
    """Back the whole instance up into one zip file at ``path`` (replaced only when complete)."""
    return _write_backup(ZipWriter(path), storage, progress)


def write_backup_to(
    target: Storage, storage: Storage, progress: Progress | None = None, keep: int | None = None
) -> BackupReport:
    """Back the whole instance up as a new snapshot under ``target``; then, with ``keep``,
    remove all but the ``keep`` newest snapshots and the objects none of them lists."""
    name = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    report = _write_backup(PrefixWriter(target, name), storage, progress)
    if keep is not None:
        prune_snapshots(target, keep)
    return report


def prune_snapshots(target: Storage, keep: int) -> int:
    """Keep the ``keep`` newest complete snapshots; return how many were removed."""
    if keep < 1:
        raise BackupFailed("--keep must be at least 1")
    snapshots = complete_snapshots(target)
    old, kept = snapshots[:-keep], snapshots[-keep:]
    for name in old:
        for info in list(target.list(f"{SNAPSHOTS}{name}/")):
            target.delete(info.key)
    if old:
        wanted = {
            record.key
            for name in kept
            for record in _read_objects_list(target, f"{SNAPSHOTS}{name}/{OBJECTS_LIST}")
        }
        for info in list(target.list("objects/")):
            if info.key.removeprefix("objects/") not in wanted:
                target.delete(info.key)
    return len(old)


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One read-only transaction that sees the database as it was at its first read."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            # The sqlite3 driver only opens a transaction before a write: without this BEGIN
            # each SELECT would see the latest commit. In WAL mode the first read pins the
            # snapshot while writers go on.
            connection.exec_driver_sql("BEGIN")
        try:
            yield connection
        finally:
            connection.rollback()


def _schema_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:
        return None


def _head_revision() -> str:
    return _migrations().get_current_head()


def _migrations():
    from alembic.script import ScriptDirectory
    from flask_migrate import Config

    from logbook.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_DIR)
    return ScriptDirectory.from_config(config)


def _carnet_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("carnet")
    except PackageNotFoundError:
        return "unknown"


def _storage_kind(storage: Storage) -> str:
    return "s3" if type(storage).__name__ == "S3Storage" else "file"


def _write_backup(
    writer: ZipWriter | PrefixWriter, storage: Storage, progress: Progress | None
) -> BackupReport:
    engine = db.engine
    # Derived tables (the search index held in the database) are rebuilt on restore.
    tables = [table for table in db.metadata.sorted_tables if not table.info.get("derived")]
    done = 0
    try:
        with _snapshot(engine) as connection:
            revision = _schema_revision(connection)
            head = _head_revision()
            if revision != head:
                raise BackupFailed(
                    f"The database schema is at {revision}, this Carnet expects {head}: run `carnet init` first."
                )
            counts = {t.name: connection.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
            keys = _referenced_keys(connection)
            total = sum(counts.values()) + len(keys)
            table_entries = []
            for table in tables:
                columns = [(column.name, column_kind(column)) for column in table.columns]
                digest, rows = hashlib.sha256(), 0
                order = list(table.primary_key.columns) or list(table.columns)
                result = connection.execute(select(table).order_by(*order).execution_options(yield_per=BATCH))
                with writer.table(table.name) as out:
                    for row in result:
                        mapping = row._mapping
                        line = _dump_line({name: encode_value(kind, mapping[name]) for name, kind in columns})
                        digest.update(line)
                        out.write(line)
                        rows += 1
                        if rows % BATCH == 0 and progress:
                            progress(done + rows, total)
                done += rows
                if progress:
                    progress(done, total)
                table_entries.append(
                    {
                        "name": table.name,
                        "file": f"tables/{table.name}.jsonl",
                        "columns": [{"name": name, "kind": kind} for name, kind in columns],
                        "primary_key": [column.name for column in table.primary_key.columns],
                        "rows": rows,
                        "sha256": digest.hexdigest(),
                    }
                )
        # The snapshot is closed; its objects are copied now. That is still the instance as
        # of the snapshot: originals are content-addressed (the key names the bytes, which
        # never change) and derivatives and exports are written once under their key (a
        # re-made derivative has the same content, made from the same original). What a
        # later change can do is delete an object the snapshot refers to (trash purged, an
        # export expired, a media removed): it is then listed as missing in the manifest and
        # reported; the restored rows are those of the snapshot, and `carnet reprocess`
        # remakes missing derivatives.
        missing: list[str] = []
        copied = total_bytes = 0
        with writer.objects_list() as listing:
            digest = hashlib.sha256()
            for key, mime in keys.items():
                try:
                    record = writer.add_object(key, lambda key=key: storage.open(key))
                except FileNotFoundError:
                    missing.append(key)
                else:
                    line = _dump_line(
                        {"key": record.key, "size": record.size, "sha256": record.sha256, "mime": mime}
                    )
                    digest.update(line)
                    listing.write(line)
                    copied += 1
                    total_bytes += record.size
                done += 1
                if progress:
                    progress(done, total)
        manifest = {
            "carnet_backup": FORMAT,
            "carnet_version": _carnet_version(),
            "schema_revision": revision,
            "created_at": datetime.now(UTC).isoformat(),
            "database": engine.dialect.name,
            "storage": _storage_kind(storage),
            "tables": table_entries,
            "objects": {
                "file": OBJECTS_LIST,
                "count": copied,
                "bytes": total_bytes,
                "sha256": digest.hexdigest(),
                "missing": missing,
            },
        }
        location = writer.finish(manifest)
    except BaseException:
        writer.abort()
        raise
    return BackupReport(
        location=location,
        tables=len(table_entries),
        rows=sum(entry["rows"] for entry in table_entries),
        objects=copied,
        bytes=total_bytes,
        skipped=writer.skipped,
        missing=missing,
    )


def _referenced_keys(connection: Connection) -> dict[str, str]:
    """Every storage key the database refers to (originals, derivatives, ready exports),
    with the content type its row gives, in key order. (Uploads still arriving in pieces
    live in one machine's spool, not in storage: their rows are kept, their bytes are not,
    and the phone sends that file again.)"""
    from logbook.models import Derivative, Export, Media

    keys = {f"originals/{sha}": mime for sha, mime in connection.execute(select(Media.sha256, Media.mime))}
    for query in (
        select(Derivative.key, Derivative.mime),
        select(Export.key, Export.mime).where(Export.key.is_not(None)),
    ):
        keys.update({key: mime for key, mime in connection.execute(query)})
    return dict(sorted(keys.items()))


# --- reading a backup -------------------------------------------------------------------------


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
def _damage_is_invalid(reader: ZipReader | PrefixReader) -> Iterator[None]:
    """Reading errors of a damaged backup become one clear ``BackupInvalid``."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupInvalid(f"{reader.location} is damaged: {exc}") from None


def read_manifest(reader: ZipReader | PrefixReader) -> dict[str, Any]:
    """The manifest, checked for a format this Carnet reads."""
    with _damage_is_invalid(reader), reader.open(MANIFEST) as stream:
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


# --- restoring --------------------------------------------------------------------------------


@dataclass
class RestoreReport:
    snapshot_of: str
    schema_revision: str
    rows: int
    objects: int
    written: int
    bytes: int


def instance_contents(engine: Engine) -> dict[str, int]:
    """Tables (but Alembic's) that hold rows, with their counts: empty means empty instance."""
    names = [n for n in inspect(engine).get_table_names() if n != "alembic_version"]
    counts: dict[str, int] = {}
    with engine.connect() as connection:
        for name in names:
            table = Table(name, MetaData())
            count = connection.scalar(select(func.count()).select_from(table)) or 0
            if count:
                counts[name] = count
    return counts


def restore_backup(
    source: str, storage: Storage, *, snapshot: str | None = None, progress: Progress | None = None
) -> RestoreReport:
    """Restore a backup into this instance, which must be empty.

    Order: check the backup (format, schema) and that the database holds no row; bring
    the schema to the backup's revision; copy every object, each verified against its
    SHA-256 before it is written; load every table in one transaction (its dump verified
    against its SHA-256 before commit); set PostgreSQL sequences past the highest ids;
    upgrade the schema to this Carnet's; rebuild the search index.

    Raises ``BackupInvalid`` (foreign, truncated, damaged, newer format) or
    ``RestoreRefused`` (instance not empty, schema newer than this Carnet's). Then the
    database holds no row and the objects this run wrote are removed again.
    """
    engine = db.engine
    reader = open_backup(source, snapshot)
    try:
        manifest = read_manifest(reader)
        revision = manifest["schema_revision"]
        order = _revision_order()
        if revision not in order:
            raise RestoreRefused(
                f"This backup's database schema ({revision}) is newer than this Carnet's ({order[-1]}): "
                "upgrade Carnet, then restore.",
                code="backup_schema_too_new",
            )
        db.session.remove()
        contents = instance_contents(engine)
        if contents:
            listed = ", ".join(f"{name}: {count}" for name, count in sorted(contents.items()))
            raise RestoreRefused(
                f"This instance is not empty ({listed}). A backup is restored only into an empty "
                "instance, never merged: point CARNET_DATABASE_URL at a new database (or drop this one), "
                "then run `carnet restore` again.",
                code="instance_not_empty",
            )
        written: list[str] = []
        try:
            _migrate_to(revision, order)
            records = _verified_objects_list(reader, manifest)
            total = sum(table["rows"] for table in manifest["tables"]) + len(records)
            done, total_bytes = _restore_objects(reader, records, storage, written, progress, total)
            _load_tables(engine, reader, manifest, progress, done, total)
        except BaseException:
            # Leave the instance as it was: no object of this run, the schema back at head.
            for key in written:
                with contextlib.suppress(Exception):
                    storage.delete(key)
            with contextlib.suppress(Exception):
                _migrate_to(order[-1], order)
            raise
    finally:
        reader.close()
    _migrate_to(order[-1], order)
    _rebuild_search_index()
    return RestoreReport(
        snapshot_of=manifest.get("created_at", ""),
        schema_revision=revision,
        rows=sum(table["rows"] for table in manifest["tables"]),
        objects=len(records),
        written=len(written),
        bytes=total_bytes,
    )


def _revision_order() -> list[str]:
    """Migration revisions from the first to the head (the chain is linear)."""
    return [script.revision for script in reversed(list(_migrations().walk_revisions()))]


def _migrate_to(revision: str, order: list[str]) -> None:
    from alembic.migration import MigrationContext
    from flask_migrate import downgrade, upgrade

    from logbook.db import MIGRATIONS_DIR

    with db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == revision:
        return
    if current is None or order.index(current) < order.index(revision):
        upgrade(directory=MIGRATIONS_DIR, revision=revision)
    else:
        # Only ever on an empty database (checked before): nothing is lost going down.
        downgrade(directory=MIGRATIONS_DIR, revision=revision)


def _verified_objects_list(reader: ZipReader | PrefixReader, manifest: dict[str, Any]) -> list[ObjectRecord]:
    listing = manifest["objects"]
    digest = hashlib.sha256()
    records: list[ObjectRecord] = []
    with _damage_is_invalid(reader), reader.open(listing["file"]) as stream:
        for line in _lines(stream):
            digest.update(line + b"\n")
            item = json.loads(line)
            records.append(ObjectRecord(item["key"], item["size"], item["sha256"], item.get("mime", "")))
    if digest.hexdigest() != listing["sha256"] or len(records) != listing["count"]:
        raise BackupInvalid(f"{reader.location} is damaged: its list of objects does not match the manifest.")
    return records


def _restore_objects(
    reader: ZipReader | PrefixReader,
    records: list[ObjectRecord],
    storage: Storage,
    written: list[str],
    progress: Progress | None,
    total: int,
) -> tuple[int, int]:
    done = total_bytes = 0
    for record in records:
        # An original already here under its SHA-256 is these very bytes: kept as it is.
        already = record.key == f"originals/{record.sha256}" and storage.exists(record.key)
        if not already:
            with (
                _damage_is_invalid(reader),
                reader.open_object(record.key) as source,
                _spooled(source) as spool,
            ):
                path, size, sha = spool
                if sha != record.sha256 or size != record.size:
                    raise BackupInvalid(
                        f"{reader.location} is damaged: object {record.key} does not match its SHA-256 "
                        "in the manifest. Nothing was restored."
                    )
                storage.put_file(record.key, path, content_type=record.mime or None)
            written.append(record.key)
        total_bytes += record.size
        done += 1
        if progress:
            progress(done, total)
    return done, total_bytes


def _load_tables(
    engine: Engine,
    reader: ZipReader | PrefixReader,
    manifest: dict[str, Any],
    progress: Progress | None,
    done: int,
    total: int,
) -> None:
    """Every row in one transaction: on any error nothing is committed."""
    existing = set(inspect(engine).get_table_names())
    try:
        with engine.begin() as connection:
            for entry in manifest["tables"]:
                if entry["name"] not in existing:
                    raise BackupInvalid(
                        f"{reader.location} has a table {entry['name']!r} that schema "
                        f"{manifest['schema_revision']} does not have."
                    )
                kinds = {column["name"]: column["kind"] for column in entry["columns"]}
                unknown = set(kinds.values()) - set(KIND_TYPES)
                if unknown:
                    raise BackupInvalid(f"{reader.location} uses unknown column kinds: {sorted(unknown)}.")
                table = Table(
                    entry["name"],
                    MetaData(),
                    *(Column(name, KIND_TYPES[kind]()) for name, kind in kinds.items()),
                )
                digest, rows, batch = hashlib.sha256(), 0, []
                with _damage_is_invalid(reader), reader.open(entry["file"]) as stream:
                    for line in _lines(stream):
                        digest.update(line + b"\n")
                        item = json.loads(line)
                        batch.append({name: decode_value(kinds[name], item.get(name)) for name in kinds})
                        rows += 1
                        if len(batch) == BATCH:
                            connection.execute(table.insert(), batch)
                            batch = []
                            if progress:
                                progress(done + rows, total)
                if batch:
                    connection.execute(table.insert(), batch)
                if digest.hexdigest() != entry["sha256"] or rows != entry["rows"]:
                    raise BackupInvalid(
                        f"{reader.location} is damaged: table {entry['name']} does not match its SHA-256 "
                        "in the manifest. Nothing was restored."
                    )
                done += rows
                if progress:
                    progress(done, total)
            if engine.dialect.name == "postgresql":
                _reset_sequences(connection, manifest["tables"])
    except (SQLAlchemyError, ValueError, KeyError) as exc:
        raise BackupInvalid(
            f"{reader.location}: its rows do not fit schema {manifest['schema_revision']} "
            f"({exc.__class__.__name__}: {str(exc).splitlines()[0][:300]}). Nothing was restored."
        ) from None


def _reset_sequences(connection: Connection, tables: list[dict[str, Any]]) -> None:
    """Rows came with their ids: move each id sequence past the highest, so new rows do not collide."""
    quote = connection.dialect.identifier_preparer.quote
    for entry in tables:
        kinds = {column["name"]: column["kind"] for column in entry["columns"]}
        for name in entry["primary_key"]:
            if kinds.get(name) != "integer":
                continue
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": quote(entry["name"]), "column": name},
            )
            if sequence:
                connection.execute(
                    text(
                        f"SELECT setval(:sequence, COALESCE((SELECT MAX({quote(name)}) "
                        f"FROM {quote(entry['name'])}), 0) + 1, false)"
                    ),
                    {"sequence": sequence},
                )


def _rebuild_search_index() -> None:
    from logbook.services.indexing import rebuild_index

    rebuild_index()
