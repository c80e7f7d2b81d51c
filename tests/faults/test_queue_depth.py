"""How much work waits is visible to a monitor: /health and `carnet check` give the job
queue's depth, on the embedded SQLite queue and on Redis alike, and a backlog alone never
turns the answer into an outage (a load balancer must keep serving web processes)."""

from __future__ import annotations

import pytest

from logbook.db import db
from logbook.jobs import get_queue
from tests.faults.conftest import make_app, sqlite_config

QUEUES = ["sqlite", "redis"]


@pytest.fixture(params=QUEUES)
def queue_app(request, tmp_path, sqlite_template):
    """An app whose jobs go to a real queue that no worker consumes."""
    config = sqlite_config(tmp_path, sqlite_template)
    if request.param == "redis":
        config["CARNET_QUEUE_URL"] = f"{request.getfixturevalue('own_redis').url}/0"
    else:
        config["CARNET_QUEUE_URL"] = f"sqlite:///{tmp_path / 'jobs.db'}"
    app = make_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def _queue_line(app) -> dict:
    answer = app.test_client().get("/health")
    assert answer.status_code == 200, answer.get_json()
    return answer.get_json()["checks"]["queue"]


def test_health_and_check_report_how_many_tasks_wait(queue_app):
    queue = get_queue()
    assert _queue_line(queue_app) == {"status": "ok", "pending": 0, "scheduled": 0}

    # A delayed task waits on the queue until a consumer reads it and sets it aside for
    # its time, as a running worker does.
    queue.enqueue_in(3600, "watch_media_lease", 1)
    assert _queue_line(queue_app) == {"status": "ok", "pending": 1, "scheduled": 0}
    delayed = queue.huey.dequeue()
    assert delayed.name == "watch_media_lease"
    queue.huey.add_schedule(delayed)

    for _ in range(3):
        queue.enqueue("sweep")
    queue.enqueue("index_entries", [1, 2])
    # Still 200: a backlog is for the monitor to see, not a reason to take the machine out.
    assert _queue_line(queue_app) == {"status": "ok", "pending": 4, "scheduled": 1}

    result = queue_app.test_cli_runner().invoke(args=["check"])
    assert "job queue: ok (4 waiting, 1 scheduled)" in result.output

    assert queue.run_pending() == 4
    assert _queue_line(queue_app) == {"status": "ok", "pending": 0, "scheduled": 1}


def test_check_says_when_the_queue_cannot_be_reached(tmp_path, sqlite_template, own_redis):
    config = sqlite_config(tmp_path, sqlite_template)
    config.update({"CARNET_QUEUE_URL": f"{own_redis.url}/0", "CARNET_REDIS_TIMEOUT": 1})
    app = make_app(config)
    with app.app_context(), own_redis.down():
        result = app.test_cli_runner().invoke(args=["check"])
        health = app.test_client().get("/health")
        db.session.remove()
        db.engine.dispose()
    assert result.exit_code == 1
    assert "PROBLEM: job queue" in result.output
    assert health.status_code == 503
    assert health.get_json()["checks"]["queue"] == {"status": "unavailable", "code": "queue_unavailable"}
