"""A team server: several web processes on one PostgreSQL database share one search index
(its tables), so what one writes the others find, and an outage of that database is a 503."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from logbook.db import db
from tests.conftest import IsolatedClient, _free_port
from tests.search_api.test_search_api import post, search

on_postgres = pytest.mark.parametrize("backend", ["postgres-s3"])


@pytest.fixture
def second_app(app_config, tmp_path):
    """Another web process of the same instance: same database and storage, its own folder."""
    from logbook import create_app
    from logbook.db import db

    other = create_app({**app_config, "CARNET_INSTANCE_DIR": str(tmp_path / "second")})
    other.test_client_class = IsolatedClient
    yield other
    with other.app_context():
        db.engine.dispose()


@on_postgres
def test_an_entry_written_through_one_server_is_found_through_the_other(app, client, world, second_app):
    from search.postgres_store import PostgresSearchIndex

    assert isinstance(app.extensions["carnet.search"], PostgresSearchIndex)
    assert isinstance(second_app.extensions["carnet.search"], PostgresSearchIndex)
    other = second_app.test_client()
    created = post(client, world.editor, kind="note", title="Grainothèque du quartier", body="Des semences.")
    found = search(other, world.reader, q="grainotheque")
    assert found["degraded"] is False
    assert [hit["id"] for hit in found["hits"]] == [created["id"]]

    # And back: an edit through the second server is what the first one finds.
    response = other.patch(
        f"/api/v1/logbooks/atelier/entries/{created['id']}",
        json={"title": "Bibliothèque de graines"},
        headers=world.editor.headers,
    )
    assert response.status_code == 200, response.get_json()
    assert search(client, world.reader, q="grainotheque")["total"] == 0
    again = search(client, world.reader, q="bibliotheque graines")
    assert [hit["id"] for hit in again["hits"]] == [created["id"]] and again["degraded"] is False


@on_postgres
def test_a_search_while_the_index_database_is_unreachable_is_a_503(app, client, world):
    from search.postgres_store import PostgresSearchIndex

    post(client, world.editor, kind="note", title="Composteur collectif")
    # The index's connections go to a port where nothing listens, as during an outage.
    unreachable = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/test")
    app.extensions["carnet.search"] = PostgresSearchIndex(unreachable)
    response = client.get("/api/v1/search", query_string={"q": "composteur"}, headers=world.reader.headers)
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "database_unavailable"
    assert int(response.headers["Retry-After"]) > 0
    unreachable.dispose()


def test_the_postgres_store_needs_a_postgres_database(tmp_path):
    from config import ConfigError
    from logbook import create_app

    with pytest.raises(ConfigError, match="CARNET_SEARCH_STORE"):
        create_app({"CARNET_INSTANCE_DIR": str(tmp_path), "CARNET_SEARCH_STORE": "postgres"})


@pytest.fixture
def web_without_worker(app_config, world, tmp_path):
    """A web process whose jobs wait in a queue nothing consumes (the workers are busy)."""
    from logbook import create_app
    from logbook.db import db

    web = create_app(
        {**app_config, "CARNET_WORKER": "none", "CARNET_QUEUE_URL": f"sqlite:///{tmp_path / 'jobs.db'}"}
    )
    web.test_client_class = IsolatedClient
    with web.app_context():
        from logbook.services.indexing import rebuild_index

        rebuild_index()  # as `carnet init` does
        yield web
        db.session.remove()
        db.engine.dispose()


@on_postgres
def test_an_entry_is_found_on_every_server_when_it_is_acknowledged_not_when_a_worker_gets_to_it(
    web_without_worker, world, second_app
):
    from logbook.jobs import get_queue

    created = post(web_without_worker.test_client(), world.editor, kind="note", title="Repair café du samedi")
    # Indexed in its own transaction: no job waits to write it again, and every server finds it.
    waiting = []
    while (task := get_queue().huey.dequeue()) is not None:
        waiting.append(task.name)
    assert "index_entries" not in waiting
    found = search(second_app.test_client(), world.reader, q="repair cafe")
    assert [hit["id"] for hit in found["hits"]] == [created["id"]]
    assert found["degraded"] is False


@on_postgres
def test_an_entry_whose_index_write_fails_in_its_request_is_still_acknowledged_and_left_to_its_job(
    web_without_worker, world, app_config
):
    from logbook.jobs import get_queue
    from logbook.models import Entry

    # Another writer (a rebuild, say) holds the index for longer than a request waits.
    other_writer = create_engine(app_config["CARNET_DATABASE_URL"])
    with other_writer.connect() as connection, connection.begin():
        connection.execute(text("UPDATE search_state SET generation = generation + 1"))
        created = post(web_without_worker.test_client(), world.editor, kind="note", title="Atelier vélo")
    other_writer.dispose()
    assert created["id"]
    waiting = []
    while (task := get_queue().huey.dequeue()) is not None:
        waiting.append(task.name)
    assert "index_entries" in waiting
    entry = db.session.get(Entry, created["id"])
    assert entry.indexed_at is None  # and the sweep of entries not indexed knows it
