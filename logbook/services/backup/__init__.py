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

from logbook.services.backup.containers import complete_snapshots, open_backup, read_manifest, target_storage
from logbook.services.backup.format import BackupFailed, BackupInvalid, Progress, RestoreRefused
from logbook.services.backup.making import BackupReport, prune_snapshots, write_backup_file, write_backup_to
from logbook.services.backup.restoring import RestoreReport, instance_contents, restore_backup

__all__ = [
    "BackupFailed",
    "BackupInvalid",
    "BackupReport",
    "Progress",
    "RestoreRefused",
    "RestoreReport",
    "complete_snapshots",
    "instance_contents",
    "open_backup",
    "prune_snapshots",
    "read_manifest",
    "restore_backup",
    "target_storage",
    "write_backup_file",
    "write_backup_to",
]
