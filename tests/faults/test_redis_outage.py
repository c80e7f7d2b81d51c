"""Redis (job queue and rate-limit counters) goes away: signing in and posting go on, an
acknowledged upload is fully stored, and its processing is queued by the sweep once Redis
is back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from huey.api import Huey

from logbook.db import db, utcnow
from logbook.jobs import get_queue
from logbook.models import Entry, Media
from logbook.services.processing import sweep_stale_media
from logbook.storage import get_storage
from tests.accounts.conftest import csrf_from
from tests.conftest import build_world
from tests.faults.conftest import make_app, spool_files, sqlite_config


@pytest.fixture
def redis_app(own_redis, tmp_path, sqlite_template):
    config = sqlite_config(tmp_path, sqlite_template)
    config.update(
        {
            "CARNET_QUEUE_URL": f"{own_redis.url}/0",
            "CARNET_RATELIMIT_STORAGE_URL": f"{own_redis.url}/1",
            "CARNET_RATELIMIT_SIGN_IN": "3/minute",
        }
    )
    app = make_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def queued_task_names(huey: Huey) -> list[str]:
    return [huey.deserialize_task(raw).name for raw in huey.storage.enqueued_items()]


def test_sign_in_is_still_rate_limited_and_never_a_500_while_redis_is_down(redis_app, own_redis):
    build_world()
    browser = redis_app.test_client()
    token = csrf_from(browser)
    with own_redis.down():
        statuses = [
            browser.post(
                "/connexion",
                data={"email": "owner@example.org", "password": "pas le bon", "csrf_token": token},
            ).status_code
            for _ in range(4)
        ]
    # Counted in this process's memory meanwhile: the fourth attempt in a minute is refused.
    assert statuses == [401, 401, 401, 429]


def test_an_upload_while_redis_is_down_is_stored_whole_and_processed_once_redis_is_back(
    redis_app, own_redis, sample_files
):
    world = build_world()
    client = redis_app.test_client()
    with own_redis.down():
        with open(sample_files["jpeg"], "rb") as handle:
            response = client.post(
                "/api/v1/logbooks/atelier/entries",
                data={"kind": "photo", "title": "Pendant la panne", "files": [(handle, "panne.jpg")]},
                headers=world.owner.headers,
                content_type="multipart/form-data",
            )
        assert response.status_code == 201, response.get_json()
        answer = redis_app.test_client().get("/health")
        assert answer.status_code == 503 and answer.headers["Retry-After"]
        health = answer.get_json()
        assert health["checks"]["queue"] == {"status": "unavailable", "code": "queue_unavailable"}
        assert health["checks"]["database"] == {"status": "ok"}

    # Acknowledged means stored: the row and the original are there, the media waits its turn.
    entry = db.session.get(Entry, response.get_json()["id"])
    (media,) = entry.media
    assert media.state == "pending"
    assert get_storage().exists(media.original_key)
    assert spool_files(redis_app) == []
    assert "process_media" not in queued_task_names(get_queue().huey)

    # The sweep finds the media nobody queued (past its grace period) and queues it.
    db.session.execute(db.update(Media).values(updated_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    assert sweep_stale_media() == 1
    assert "process_media" in queued_task_names(get_queue().huey)
    assert redis_app.test_client().get("/health").status_code == 200


def test_queueing_while_redis_is_down_is_a_queue_unavailable_error(redis_app, own_redis):
    from logbook.errors import QueueUnavailable

    with own_redis.down(), pytest.raises(QueueUnavailable):
        get_queue().enqueue("sweep")


def test_posting_trashing_and_purging_a_note_while_redis_is_down_answer_as_usual(redis_app, own_redis):
    world = build_world()
    client = redis_app.test_client()
    with own_redis.down():
        posted = client.post(
            "/api/v1/logbooks/atelier/entries",
            json={"kind": "note", "title": "Hors ligne"},
            headers=world.owner.headers,
        )
        assert posted.status_code == 201, posted.get_json()
        entry_id = posted.get_json()["id"]
        trashed = client.delete(f"/api/v1/logbooks/atelier/entries/{entry_id}", headers=world.owner.headers)
        assert trashed.status_code == 204
        purged = client.delete(f"/api/v1/logbooks/atelier/trash/{entry_id}", headers=world.owner.headers)
        assert purged.status_code == 204, purged.get_json()
    assert db.session.get(Entry, entry_id) is None


def test_an_export_asked_for_while_redis_is_down_waits_queued_for_the_sweep(redis_app, own_redis):
    from logbook.models import Export
    from logbook.services.export_upkeep import sweep_stale_exports

    world = build_world()
    client = redis_app.test_client()
    with own_redis.down():
        asked = client.post(
            "/api/v1/logbooks/atelier/exports", json={"format": "markdown"}, headers=world.owner.headers
        )
        assert asked.status_code == 202, asked.get_json()
        assert asked.get_json()["state"] == "queued"
    export_id = asked.get_json()["id"]
    db.session.execute(db.update(Export).values(created_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    assert sweep_stale_exports() == 1
    assert "run_export" in queued_task_names(get_queue().huey)
    assert db.session.get(Export, export_id).state == "queued"
