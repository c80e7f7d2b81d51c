"""An indexing job that dies is retried by the queue, and the index ends true to the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from logbook.db import db


def test_a_failed_indexing_job_is_retried_and_leaves_no_drift(app_config, world):
    from logbook import create_app
    from logbook.models import Entry
    from logbook.services.indexing import all_documents
    from search.documents import document_stamp

    app = create_app({**app_config, "CARNET_WORKER": "none", "CARNET_QUEUE_URL": "memory://"})
    queue = app.extensions["carnet.jobs"]
    index = app.extensions["carnet.search"]
    with app.app_context():
        client = app.test_client()
        entry = client.post(
            "/api/v1/logbooks/atelier/entries",
            json={"kind": "note", "title": "Atelier légumerie", "body": "Premier essai"},
            headers=world.contributor.headers,
        ).get_json()
        assert queue.run_pending() >= 1
        from logbook.search_index import indexes_in_database

        real_apply, failures = index.apply, []
        # The database store also writes in the edit's own request: that write dies too, so
        # the edit is left to its job, which dies once as well.
        deaths = 2 if indexes_in_database() else 1

        def dies(*args, **kwargs):
            if len(failures) < deaths:
                failures.append(True)
                raise OSError("worker killed while writing the index")
            return real_apply(*args, **kwargs)

        index.apply = dies
        client.patch(
            f"/api/v1/logbooks/atelier/entries/{entry['id']}",
            json={"title": "Atelier conserverie"},
            headers=world.contributor.headers,
        )
        queue.run_pending()
        assert len(failures) == deaths  # the job ran and died
        stamps = index.stamps()
        assert stamps[entry["id"]] != document_stamp(
            next(d for d in all_documents() if d.entry_id == entry["id"])
        )

        # The queue kept the task for a retry with backoff; run what is due later on.
        later = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=1)  # huey keeps naive UTC
        due = queue.huey.read_schedule(later)
        assert due, "the failed job was not scheduled again"
        for task in due:
            queue.huey.execute(task, timestamp=later)
        db.session.rollback()
        documents = {doc.entry_id: document_stamp(doc) for doc in all_documents()}
        assert index.stamps() == documents
        assert db.session.get(Entry, entry["id"]).title == "Atelier conserverie"
        db.session.remove()
        db.engine.dispose()
