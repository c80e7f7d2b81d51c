"""The ``run_export`` task waits for media still being processed: it is queued again (a
worker is not held) until they are ready or CARNET_EXPORT_WAIT_SECONDS have passed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from logbook.db import db
from logbook.jobs import get_queue
from logbook.models import Export


@pytest.fixture
def app_config(app_config):
    # Jobs are queued in memory and not run: the journal's media stay pending.
    return {**app_config, "CARNET_WORKER": "none", "CARNET_QUEUE_URL": "memory://"}


def test_the_task_waits_for_media_then_lists_those_still_processing(app, world, journal):
    from logbook.services.exports import request_export, run_queued_export
    from logbook.services.story import media_in_progress

    assert media_in_progress(world.logbook) >= 3
    export = request_export(world.logbook, world.owner.user, "markdown")
    waiting = get_queue().pending_count()
    assert run_queued_export(export.id) == "queued"
    assert db.session.get(Export, export.id).state == "queued"
    # Asked for longer ago than the wait: made now, with the media listed.
    row = db.session.get(Export, export.id)
    row.created_at = row.created_at - timedelta(seconds=app.config["CARNET_EXPORT_WAIT_SECONDS"] + 1)
    db.session.commit()
    assert run_queued_export(export.id) == "ready"
    assert get_queue().pending_count() >= waiting
