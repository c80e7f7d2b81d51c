"""The search index attached to the app as ``app.extensions["carnet.search"]``.

Two stores, one interface (``search.index.SearchIndex``, ``search.postgres_store
.PostgresSearchIndex``), chosen by ``CARNET_SEARCH_STORE``: the Whoosh index in
``CARNET_SEARCH_DIR`` for an embedded instance, tables of the PostgreSQL database for
a team server, whose web and worker machines then all read and write the same index.
With Whoosh only the worker writes (through the ``index_entries`` job); with
PostgreSQL any process may.
"""

from __future__ import annotations

import sys

from flask import Flask, current_app
from sqlalchemy import Connection

from config import ConfigError
from logbook.db import db
from search.documents import EntryDocument
from search.index import SearchIndex
from search.postgres_store import PostgresSearchIndex

Index = SearchIndex | PostgresSearchIndex


def store_name(config) -> str:
    """``"whoosh"`` or ``"postgres"``: the store ``CARNET_SEARCH_STORE`` picks for this database.

    :raises ConfigError: ``postgres`` asked for a database that is not PostgreSQL.
    """
    chosen = config.get("CARNET_SEARCH_STORE", "auto")
    on_postgres = config["CARNET_DATABASE_URL"].startswith("postgresql")
    if chosen == "auto":
        return "postgres" if on_postgres else "whoosh"
    if chosen == "postgres" and not on_postgres:
        raise ConfigError("CARNET_SEARCH_STORE=postgres needs a PostgreSQL CARNET_DATABASE_URL")
    return chosen


def init_app(app: Flask) -> None:
    # A rebuild of this many entries or more is analysed by two processes (0: never).
    parallel_from = app.config["CARNET_SEARCH_PARALLEL_REBUILD_FROM"] or sys.maxsize
    if store_name(app.config) == "postgres":
        with app.app_context():
            engine = db.engine
        app.extensions["carnet.search"] = PostgresSearchIndex(engine, parallel_from=parallel_from)
    else:
        app.extensions["carnet.search"] = SearchIndex(
            app.config["CARNET_SEARCH_DIR"], parallel_from=parallel_from
        )


def get_index() -> Index:
    return current_app.extensions["carnet.search"]


def indexes_in_database() -> bool:
    """Whether the index is the database's own tables (written in its transactions, seen
    by every machine at once)."""
    return isinstance(get_index(), PostgresSearchIndex)


def describe_index() -> str:
    """Where the index lives, for messages to the operator (no URL: it may hold a secret)."""
    index = get_index()
    if isinstance(index, PostgresSearchIndex):
        return "tables of the PostgreSQL database"
    return str(index.directory)


def apply_documents(upserts: list[EntryDocument], deletes: list[int], *, wait: float | None = None) -> None:
    """Write documents to the index; in the database store, within the session's
    transaction, so that the index and the entries' ``indexed_at`` commit together, waiting
    at most ``wait`` seconds for another writer (the store's own limit by default)."""
    index = get_index()
    if isinstance(index, PostgresSearchIndex):
        connection: Connection = db.session.connection()
        index.apply(upserts, deletes, connection=connection, wait=wait)
    else:
        index.apply(upserts, deletes)
