"""What a backup is made of: its format number and file names, its errors, and column
values in a form both SQLite and PostgreSQL read back alike."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

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
    Numeric,
    String,
    Text,
)
from sqlalchemy.types import TypeDecorator, TypeEngine

from logbook.db import UTCDateTime
from logbook.errors import CarnetError

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


def dump_line(row: dict[str, Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
