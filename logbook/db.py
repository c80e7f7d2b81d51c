"""The SQLAlchemy handle and column types shared by every model."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from flask import Flask, current_app
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Named constraints keep Alembic migrations stable across SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python.

    SQLite keeps no offset, so values are normalised to UTC on the way in and
    given back their UTC zone on the way out; PostgreSQL stores timestamptz.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def engine_options(url: str, *, connect_timeout: int = 5, statement_timeout: int = 30) -> dict:
    """Engine settings so that a database outage fails fast instead of hanging a request.

    PostgreSQL: connections give up after ``connect_timeout`` seconds, statements are
    cancelled after ``statement_timeout`` (0: never), and each pooled connection is
    pinged before use so the pool replaces the ones a restart killed, with no process
    restart. SQLite: web threads and the in-process worker share the file, so a writer
    waits up to ``statement_timeout`` seconds for a lock before failing.
    """
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": statement_timeout or 30, "check_same_thread": False}}
    connect_args: dict = {"connect_timeout": max(connect_timeout, 1)}
    if statement_timeout:
        connect_args["options"] = f"-c statement_timeout={statement_timeout * 1000}"
    return {"pool_pre_ping": True, "connect_args": connect_args}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


MIGRATIONS_DIR = os.path.join(os.path.dirname(__file__), "migrations")
migrate = Migrate(directory=MIGRATIONS_DIR, render_as_batch=True, compare_type=True)


def init_app(app: Flask) -> None:
    import logbook.models  # noqa: F401 - registers every table on the metadata

    db.init_app(app)
    migrate.init_app(app, db)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", _sqlite_pragmas)


def upgrade_schema() -> None:
    """Apply every migration (inside an app context)."""
    from flask_migrate import upgrade

    os.makedirs(current_app.instance_path, exist_ok=True)
    upgrade(directory=MIGRATIONS_DIR)
