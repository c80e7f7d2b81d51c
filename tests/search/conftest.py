from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, text

from search.documents import EntryDocument
from search.index import SearchIndex
from search.postgres_store import PostgresSearchIndex
from search.postgres_tables import METADATA, TABLES
from tests.conftest import PG_ADMIN_URL
from tests.search.corpus import fixture_logbook

PARIS = timezone(timedelta(hours=1))
# Every search test runs on both stores and expects the same answers.
STORES = ["whoosh", "postgres"]


def answers(results) -> list[int]:
    """Ids of the hits that answer the query, in order: not the approximate ones that
    follow them (entries with only some of the query's words)."""
    return [hit.entry_id for hit in results.hits if hit.match != "approximate"]


def make_doc(entry_id: int, title: str, **fields) -> EntryDocument:
    """A small entry with sensible defaults for tests."""
    fields.setdefault("logbook_id", 1)
    fields.setdefault("kind", "note")
    fields.setdefault("occurred_at", datetime(2024, 5, 1, 12, tzinfo=PARIS) + timedelta(days=entry_id))
    return EntryDocument(entry_id=entry_id, title=title, **fields)


def _database(suffix: str):
    """A database of this test process's own holding only the search tables."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"carnet_search_{suffix}_{worker}_{os.getpid()}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    METADATA.create_all(engine)

    def drop() -> None:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return engine, drop


@pytest.fixture(scope="session")
def search_pg_engine():
    engine, drop = _database("index")
    yield engine
    drop()


def empty_store(store: str, request, tmp_path):
    """A store with no index yet."""
    if store == "whoosh":
        return SearchIndex(tmp_path / "search")
    engine = request.getfixturevalue("search_pg_engine")
    with engine.begin() as connection:
        connection.execute(text("TRUNCATE " + ", ".join(table.name for table in TABLES)))
    return PostgresSearchIndex(engine)


def reopened(index, writer_timeout: float = 10.0):
    """Another handle on the same index, as another process would open it."""
    if isinstance(index, PostgresSearchIndex):
        return PostgresSearchIndex(index.engine, writer_timeout=writer_timeout).open()
    return SearchIndex(index.directory, writer_timeout=writer_timeout).open()


@pytest.fixture(params=STORES)
def store(request) -> str:
    return request.param


@pytest.fixture
def index(store, request, tmp_path):
    """An empty, ready index."""
    search_index = empty_store(store, request, tmp_path)
    search_index.ensure()
    yield search_index
    search_index.close()


@pytest.fixture(scope="session", params=STORES)
def judged_index(request, tmp_path_factory):
    """The 322-entry food-policy logbook the relevance tests judge against."""
    drop = None
    if request.param == "whoosh":
        search_index = SearchIndex(tmp_path_factory.mktemp("judged") / "search")
    else:
        engine, drop = _database("judged")
        search_index = PostgresSearchIndex(engine)
    search_index.rebuild(fixture_logbook())
    yield search_index
    search_index.close()
    if drop is not None:
        drop()


# For the tests of what only the Whoosh store has (files on disk, Whoosh queries).
whoosh_only = pytest.mark.parametrize("store", ["whoosh"])
