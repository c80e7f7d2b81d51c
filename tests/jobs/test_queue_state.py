"""The queue never loses work nor fills with copies: the database says what is unfinished,
the sweep queues it once, and urgent work (search, photos) passes long transcodes."""

from __future__ import annotations

import io
import os
import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import update

from logbook.db import db, utcnow
from logbook.jobs import get_queue
from logbook.models import Entry, Media


@pytest.fixture
def queued_app(app_config, world, tmp_path):
    """Jobs go to a real on-disk queue and nothing consumes them: the queue is what we read.
    (After ``world``: its app's context must be below this one, not above it.)"""
    from logbook import create_app

    config = {
        **app_config,
        "CARNET_WORKER": "none",
        "CARNET_QUEUE_URL": f"sqlite:///{tmp_path / 'jobs.db'}",
        "CARNET_MEDIA_LEASE_SECONDS": 30,
    }
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def _post(app, member, kind: str, name: str, data: bytes) -> dict:
    response = app.test_client().post(
        "/api/v1/logbooks/atelier/entries",
        data={"kind": kind, "title": name, "files": [(io.BytesIO(data), name)]},
        headers=member.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _queued() -> list[tuple[str, tuple]]:
    """The tasks waiting, in the order workers will take them (and taking them)."""
    queue, order = get_queue(), []
    while (task := queue.huey.dequeue()) is not None:
        order.append((task.name, task.args))
    return order


def _age(media_id: int, minutes: float) -> None:
    past = utcnow() - timedelta(minutes=minutes)
    db.session.execute(update(Media).where(Media.id == media_id).values(queued_at=past, updated_at=past))
    db.session.commit()


def test_indexing_and_photos_pass_a_waiting_video(queued_app, world, sample_files):
    video = _post(queued_app, world.contributor, "video", "video.mp4", sample_files["mp4"].read_bytes())
    photo = _post(queued_app, world.contributor, "photo", "photo.jpg", sample_files["jpeg"].read_bytes())
    order = _queued()
    names = [name for name, _ in order]
    assert names[:2] == ["index_entries", "index_entries"]
    assert order.index(("process_media", (photo["media"][0]["id"],))) < order.index(
        ("process_media", (video["media"][0]["id"],))
    )


def _long_recording(tmp_path) -> bytes:
    """A real WAV recording of a little over 8 MiB (about 50 s of CD-quality stereo)."""
    path = tmp_path / "long.wav"
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "anoisesrc=d=50:c=pink",
            "-ac",
            "2",
            "-ar",
            "44100",
            str(path),
        ],
        check=True,
    )
    return path.read_bytes()


def test_a_voice_memo_goes_with_the_photos_and_a_long_recording_waits_behind_them(
    queued_app, world, sample_files, tmp_path
):
    video = _post(queued_app, world.contributor, "video", "video.mp4", sample_files["mp4"].read_bytes())
    long = _post(queued_app, world.contributor, "audio", "reunion.wav", _long_recording(tmp_path))
    photo = _post(queued_app, world.contributor, "photo", "photo.jpg", sample_files["jpeg"].read_bytes())
    memo = _post(queued_app, world.contributor, "audio", "capsule.wav", sample_files["wav"].read_bytes())
    assert long["media"][0]["size"] > 8 * 1024 * 1024 > memo["media"][0]["size"]
    processed = [args[0] for name, args in _queued() if name == "process_media"]
    # A memo posted while photos keep coming is not left until they stop.
    assert processed == [entry["media"][0]["id"] for entry in (photo, memo, long, video)]


def test_a_media_waiting_its_turn_is_not_queued_again_by_every_sweep(queued_app, world, sample_files):
    from logbook.services.processing import sweep_stale_media

    entry = _post(queued_app, world.contributor, "photo", "photo.jpg", sample_files["jpeg"].read_bytes())
    media_id = entry["media"][0]["id"]
    _age(media_id, 5)  # queued five minutes ago, still waiting behind others
    before = get_queue().pending_count()
    for _ in range(3):
        sweep_stale_media()
    assert get_queue().pending_count() == before


def test_a_media_whose_task_was_lost_is_queued_again_once(queued_app, world, sample_files):
    from logbook.services.processing import sweep_stale_media

    entry = _post(queued_app, world.contributor, "photo", "photo.jpg", sample_files["jpeg"].read_bytes())
    media_id = entry["media"][0]["id"]
    _queued()  # the queue lost everything (a restart without its data)
    _age(media_id, 5)
    assert sweep_stale_media() == 1
    assert sweep_stale_media() == 0  # queued again just now: not a second copy
    assert [args for name, args in _queued() if name == "process_media"] == [(media_id,)]


def test_a_media_committed_but_never_queued_is_found(queued_app, world, sample_files):
    from logbook.services.processing import sweep_stale_media

    entry = _post(queued_app, world.contributor, "photo", "photo.jpg", sample_files["jpeg"].read_bytes())
    media_id = entry["media"][0]["id"]
    _queued()
    past = utcnow() - timedelta(minutes=5)
    db.session.execute(update(Media).where(Media.id == media_id).values(queued_at=None, updated_at=past))
    db.session.commit()
    sweep_stale_media()
    assert ("process_media", (media_id,)) in _queued()


def test_a_lost_indexing_task_is_swept_from_the_entry_state(queued_app, world):
    from logbook.services.indexing import index_entries
    from logbook.services.processing import sweep_unindexed_entries

    response = queued_app.test_client().post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Perdue"},
        headers=world.owner.headers,
    )
    entry_id = response.get_json()["id"]
    _queued()  # the index task is lost
    assert sweep_unindexed_entries() == 0  # just written: its own task has a moment to run
    past = utcnow() - timedelta(minutes=2)
    db.session.execute(update(Entry).where(Entry.id == entry_id).values(updated_at=past))
    db.session.commit()
    assert sweep_unindexed_entries() == 1
    assert _queued() == [("index_entries", ([entry_id],))]
    index_entries([entry_id])
    assert sweep_unindexed_entries() == 0
    entry = db.session.get(Entry, entry_id)
    assert entry.indexed_at == entry.updated_at == past


def test_an_entry_changed_while_it_was_indexed_stays_behind(queued_app, world):
    from logbook.services.indexing import mark_indexed
    from logbook.services.processing import sweep_unindexed_entries

    response = queued_app.test_client().post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Avant"},
        headers=world.owner.headers,
    )
    entry = db.session.get(Entry, response.get_json()["id"])
    read_version = entry.updated_at - timedelta(minutes=3)  # what the indexer read, before the edit
    entry.updated_at = utcnow() - timedelta(minutes=2)
    db.session.commit()
    mark_indexed({entry.id: read_version})
    _queued()
    assert sweep_unindexed_entries() == 1


def test_a_dead_workers_claim_is_taken_over_when_its_lease_runs_out(queued_app, world, sample_files):
    from logbook.services.processing import watch_media_lease

    entry = _post(queued_app, world.contributor, "photo", "photo.jpg", sample_files["jpeg"].read_bytes())
    media_id = entry["media"][0]["id"]
    _queued()
    db.session.execute(
        update(Media)
        .where(Media.id == media_id)
        .values(state="processing", lease_until=utcnow() + timedelta(seconds=20))
    )
    db.session.commit()
    assert watch_media_lease(media_id) == "alive"  # its worker renews the lease: look again later
    assert _queued() == [("watch_media_lease", (media_id,))]  # due at the new lease's end
    db.session.execute(
        update(Media).where(Media.id == media_id).values(lease_until=utcnow() - timedelta(seconds=1))
    )
    db.session.commit()
    assert watch_media_lease(media_id) == "taken over"
    assert _queued() == [("process_media", (media_id,))]


def test_work_directories_of_dead_processes_are_removed(queued_app):
    from logbook.services.processing import remove_dead_work_directories

    work = os.path.join(queued_app.instance_path, "work")
    os.makedirs(work, exist_ok=True)
    finished = subprocess.Popen(["true"])
    finished.wait()
    dead = os.path.join(work, f"media-7-{finished.pid}-abc")
    mine = os.path.join(work, f"media-8-{os.getpid()}-def")
    for folder in (dead, mine):
        os.makedirs(folder)
        open(os.path.join(folder, "original"), "wb").close()
    assert remove_dead_work_directories() == 1
    assert not os.path.exists(dead) and os.path.exists(mine)
