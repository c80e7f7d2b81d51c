"""The two index stores for the benches: a Whoosh index in a folder, or the PostgreSQL
tables in a database of their own, made for the run and dropped after it.

The PostgreSQL server is ``CARNET_BENCH_PG`` (an SQLAlchemy URL of a database the
bench may connect to and create databases from; default the local test server).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

from search.index import SearchIndex
from search.postgres_store import PostgresSearchIndex
from search.postgres_tables import METADATA

STORES = ("whoosh", "postgres")
PG_ADMIN_URL = os.environ.get("CARNET_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextlib.contextmanager
def open_store(store: str, folder: Path) -> Iterator[SearchIndex | PostgresSearchIndex]:
    """An empty store of the kind named (``whoosh`` in ``folder``, or ``postgres``)."""
    if store == "whoosh":
        index = SearchIndex(folder, writer_timeout=30)
        try:
            yield index
        finally:
            index.close()
        return
    name = f"carnet_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        METADATA.create_all(engine)
        index = PostgresSearchIndex(engine, writer_timeout=30)
        yield index
        index.close()
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
