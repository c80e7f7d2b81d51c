"""The embedded SQLite database stays locked by another writer longer than
CARNET_DATABASE_STATEMENT_TIMEOUT: a 503 database_unavailable, then service as usual."""

from __future__ import annotations

import sqlite3

from logbook.db import db
from tests.conftest import build_world
from tests.faults.conftest import assert_unavailable, make_app, sqlite_config


def test_a_database_locked_past_the_timeout_is_a_503_then_serves_again(tmp_path, sqlite_template):
    config = sqlite_config(tmp_path, sqlite_template)
    app = make_app({**config, "CARNET_DATABASE_STATEMENT_TIMEOUT": 1})
    with app.app_context():
        world = build_world()
        db.session.commit()
        client = app.test_client()
        path = config["CARNET_DATABASE_URL"].removeprefix("sqlite:///")
        other_writer = sqlite3.connect(path, isolation_level=None)
        other_writer.execute("BEGIN EXCLUSIVE")
        try:
            # A token's use is recorded: the request must write, and waits for the lock.
            locked = client.get("/api/v1/logbooks/atelier", headers=world.owner.headers)
            assert_unavailable(locked, "database_unavailable")
        finally:
            other_writer.execute("ROLLBACK")
            other_writer.close()
        assert client.get("/api/v1/logbooks/atelier", headers=world.owner.headers).status_code == 200
        db.session.remove()
        db.engine.dispose()
