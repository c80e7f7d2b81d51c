"""Restoring a backup into an empty instance, every object and table verified first."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    MetaData,
    Table,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from logbook.db import db
from logbook.services.backup.containers import (
    ObjectRecord,
    PrefixReader,
    ZipReader,
    damage_is_invalid,
    open_backup,
    read_manifest,
    spooled,
    stream_lines,
)
from logbook.services.backup.format import (
    BATCH,
    KIND_TYPES,
    BackupInvalid,
    Progress,
    RestoreRefused,
    decode_value,
)
from logbook.services.backup.schema import migrate_to, revision_order
from logbook.storage import Storage


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
        order = revision_order()
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
            migrate_to(revision, order)
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
                migrate_to(order[-1], order)
            raise
    finally:
        reader.close()
    migrate_to(order[-1], order)
    _rebuild_search_index()
    return RestoreReport(
        snapshot_of=manifest.get("created_at", ""),
        schema_revision=revision,
        rows=sum(table["rows"] for table in manifest["tables"]),
        objects=len(records),
        written=len(written),
        bytes=total_bytes,
    )


def _verified_objects_list(reader: ZipReader | PrefixReader, manifest: dict[str, Any]) -> list[ObjectRecord]:
    listing = manifest["objects"]
    digest = hashlib.sha256()
    records: list[ObjectRecord] = []
    with damage_is_invalid(reader), reader.open(listing["file"]) as stream:
        for line in stream_lines(stream):
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
                damage_is_invalid(reader),
                reader.open_object(record.key) as source,
                spooled(source) as spool,
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
                with damage_is_invalid(reader), reader.open(entry["file"]) as stream:
                    for line in stream_lines(stream):
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
