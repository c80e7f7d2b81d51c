"""Making a backup: one read-only snapshot of every table, then the objects it refers to."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from logbook.db import db
from logbook.services.backup.containers import (
    PrefixWriter,
    ZipWriter,
    complete_snapshots,
    read_objects_list,
)
from logbook.services.backup.format import (
    BATCH,
    FORMAT,
    OBJECTS_LIST,
    SNAPSHOTS,
    BackupFailed,
    Progress,
    column_kind,
    dump_line,
    encode_value,
)
from logbook.services.backup.schema import head_revision
from logbook.storage import Storage


@dataclass
class BackupReport:
    location: str
    tables: int
    rows: int
    objects: int
    bytes: int
    skipped: int = 0
    missing: list[str] = field(default_factory=list)


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
            for record in read_objects_list(target, f"{SNAPSHOTS}{name}/{OBJECTS_LIST}")
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
            head = head_revision()
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
                        line = dump_line({name: encode_value(kind, mapping[name]) for name, kind in columns})
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
                    line = dump_line(
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
