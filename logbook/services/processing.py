"""Turning originals into derivatives, in the worker.

The media row is the source of truth: a worker claims a media by moving it to
``processing`` with a lease, and a watch is scheduled for when that lease runs out (a
killed worker's media is taken over then); the sweep re-queues media whose task was
never queued or looks lost, once, not every minute. Processing is idempotent: keys are
``derived/<media-id>/<spec>.<ext>`` and rows are unique on (media, spec), so a
re-run replaces the same objects and rows instead of adding new ones.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from datetime import timedelta

from flask import current_app
from sqlalchemy import or_, select, update

from logbook.db import db, utcnow
from logbook.jobs import PRIORITY_IMAGE, PRIORITY_NORMAL, PRIORITY_VIDEO, JobQueue, get_queue
from logbook.models import Derivative, Media, MediaState
from logbook.services import transcripts
from logbook.services.leases import Leased
from logbook.storage import Storage, get_storage
from media.derivatives import make_derivatives
from media.errors import MediaError
from media.limits import Limits
from media.sniff import sniff_file

log = logging.getLogger("carnet.processing")

MAX_ATTEMPTS = 5
UNQUEUED_GRACE = timedelta(minutes=2)
INDEX_GRACE = timedelta(seconds=30)
# A pending media queued longer ago than this is queued again even while the queue is
# busy: its task may have been lost (a queue restarted without its data).
PRESUMED_LOST = timedelta(hours=1)
# Images and voice memos first (the photos and capsules of the day), then long recordings
# and drawings, then video transcodes. A memo waiting behind photos would wait as long as
# phones keep posting them: at a busy moment, for the whole moment.
KIND_PRIORITY = {"image": PRIORITY_IMAGE, "vector": PRIORITY_IMAGE, "video": PRIORITY_VIDEO}
# About ten minutes of a phone's voice memo (AAC at 64-128 kb/s).
SMALL_AUDIO_BYTES = 8 * 1024 * 1024
_LEASED = Leased(
    Media, Media.id, MediaState.PENDING.value, MediaState.PROCESSING.value, MediaState.FAILED.value
)


def processing_priority(media: Media) -> int:
    """The queue priority of a media's processing (higher runs first)."""
    if media.kind == "audio" and media.size <= SMALL_AUDIO_BYTES:
        return PRIORITY_IMAGE
    return KIND_PRIORITY.get(media.kind, PRIORITY_NORMAL)


def queue_processing(queue: JobQueue, media: list[Media]) -> None:
    """Put these media's processing on the queue, at their kind's priority, and note when."""
    if not media:
        return
    db.session.execute(update(Media).where(Media.id.in_([m.id for m in media])).values(queued_at=utcnow()))
    db.session.commit()
    for done, item in enumerate(media):
        try:
            queue.enqueue("process_media", item.id, priority=processing_priority(item))
        except Exception:
            # Not queued after all (the queue is down): say so, so the sweep queues them as
            # soon as it can rather than waiting to presume a queued task lost.
            ids = [m.id for m in media[done:]]
            db.session.execute(update(Media).where(Media.id.in_(ids)).values(queued_at=None))
            db.session.commit()
            raise


def process_media(media_id: int) -> str:
    """Make every derivative of one media; returns its final state."""
    storage = get_storage()
    lease = timedelta(seconds=current_app.config["CARNET_MEDIA_LEASE_SECONDS"])
    if not _LEASED.claim(media_id, lease, progress=0.0):
        media = db.session.get(Media, media_id)
        return media.state if media else "gone"
    media = db.session.get(Media, media_id)
    _watch_lease(media_id, lease)
    # The process id in the name lets a later sweep remove it if this process dies.
    workdir = tempfile.mkdtemp(prefix=f"media-{media_id}-{os.getpid()}-", dir=_scratch_dir())
    heartbeat = _LeaseHeartbeat(current_app._get_current_object(), media_id, lease)
    heartbeat.start()
    try:
        source = os.path.join(workdir, "original")
        with storage.open(media.original_key) as stream, open(source, "wb") as out:
            shutil.copyfileobj(stream, out, 1024 * 1024)
        sniffed = sniff_file(source)
        result = make_derivatives(
            source, os.path.join(workdir, "out"), sniffed, Limits(), on_progress=_progress_writer(media_id)
        )
        _store_derivatives(storage, media, result.derivatives)
        facts = dict(media.facts or {})
        facts.update(result.facts)
        media.facts = facts
        media.width = result.facts.get("width")
        media.height = result.facts.get("height")
        media.duration = result.facts.get("duration")
        media.state = MediaState.READY.value
        media.error = None
        media.progress = 1.0
        media.lease_until = None
        db.session.commit()
    except MediaError as exc:
        db.session.rollback()
        _LEASED.fail(media_id, exc.message)
    except Exception as exc:
        db.session.rollback()
        media = db.session.get(Media, media_id)
        if media is not None and media.attempts >= MAX_ATTEMPTS:
            _LEASED.fail(media_id, f"Processing failed {MAX_ATTEMPTS} times: {exc}")
        else:
            _LEASED.release(media_id)
            raise  # the queue retries with backoff
    finally:
        heartbeat.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    _queue_index(media_id)
    _queue_transcription(media_id)
    media = db.session.get(Media, media_id)
    return media.state if media else "gone"


def sweep_stale_media() -> int:
    """Re-queue media whose processing task is missing: never queued (a crash between the
    commit and the queue), queued but apparently lost, or claimed by a worker whose lease
    ran out. A media waiting its turn behind a long queue is left alone, so the queue
    never fills with copies. Also removes work directories of dead processes. Returns how
    many media were queued."""
    now = utcnow()
    queue = get_queue()
    queue_idle = queue.pending_count() == 0
    pending = Media.state == MediaState.PENDING.value
    never_queued = Media.queued_at.is_(None) & (Media.updated_at < now - UNQUEUED_GRACE)
    queued_long_ago = Media.queued_at < now - (UNQUEUED_GRACE if queue_idle else PRESUMED_LOST)
    expired = (Media.state == MediaState.PROCESSING.value) & (Media.lease_until < now)
    stale = list(
        db.session.scalars(select(Media).where((pending & (never_queued | queued_long_ago)) | expired))
    )
    queue_processing(queue, stale)
    if stale:
        log.info("re-queued %d stale media", len(stale))
    sweep_unindexed_entries()
    _sweep_transcripts()
    remove_dead_work_directories()
    return len(stale)


def watch_media_lease(media_id: int) -> str:
    """Runs when a media's lease should have run out: takes it over if its worker died,
    or looks again at the renewed lease's end. One watch per claim, never a pile."""
    media = db.session.get(Media, media_id)
    if media is None or media.state != MediaState.PROCESSING.value or media.lease_until is None:
        return "done"
    remaining = (media.lease_until - utcnow()).total_seconds()
    if remaining > 0:
        get_queue().enqueue_in(remaining + 0.5, "watch_media_lease", media_id)
        return "alive"
    queue_processing(get_queue(), [media])
    log.info("media %s: its worker's lease ran out; queued again", media_id)
    return "taken over"


def sweep_unindexed_entries(batch: int = 200) -> int:
    """Queue indexing for entries whose index version is behind (an index task lost or
    never queued); returns how many. Entries changed in the last moments are left to the
    task their change queued."""
    from logbook.models import Entry

    behind = list(
        db.session.scalars(
            select(Entry.id)
            .where(
                or_(Entry.indexed_at.is_(None), Entry.indexed_at < Entry.updated_at),
                Entry.updated_at < utcnow() - INDEX_GRACE,
            )
            .order_by(Entry.id)
        )
    )
    queue = get_queue()
    for start in range(0, len(behind), batch):
        queue.enqueue("index_entries", behind[start : start + batch])
    if behind:
        log.info("queued indexing for %d entries the index was behind on", len(behind))
    return len(behind)


def remove_dead_work_directories() -> int:
    """Remove work directories left by processes that died mid-way (named
    ``media-<id>-<pid>-…``); returns how many."""
    removed = 0
    folder = _scratch_dir()
    for name in os.listdir(folder):
        parts = name.split("-")
        if len(parts) < 4 or parts[0] != "media" or not parts[2].isdigit():
            continue
        if _process_alive(int(parts[2])):
            continue
        shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
        removed += 1
    if removed:
        log.info("removed %d work directories of dead processes", removed)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _watch_lease(media_id: int, lease: timedelta) -> None:
    try:
        get_queue().enqueue_in(lease.total_seconds() + 0.5, "watch_media_lease", media_id)
    except Exception:
        log.warning("could not schedule the lease watch of media %s", media_id, exc_info=True)


def reprocess(media_ids: list[int]) -> None:
    """Mark media pending again so the worker re-makes their derivatives."""
    db.session.execute(
        update(Media)
        .where(Media.id.in_(media_ids))
        .values(state=MediaState.PENDING.value, error=None, progress=0.0, attempts=0, lease_until=None)
    )
    db.session.commit()


class _LeaseHeartbeat(threading.Thread):
    """Renews the claim on a media while it is processed, so a long transcode keeps it
    and a killed worker loses it within one lease."""

    def __init__(self, app, media_id: int, lease: timedelta) -> None:
        super().__init__(name=f"lease-{media_id}", daemon=True)
        self.app, self.media_id, self.lease = app, media_id, lease
        self._stopped = threading.Event()

    def run(self) -> None:
        interval = max(self.lease.total_seconds() / 3, 0.5)
        while not self._stopped.wait(interval):
            with self.app.app_context():
                try:
                    db.session.execute(
                        update(Media)
                        .where(Media.id == self.media_id, Media.state == MediaState.PROCESSING.value)
                        .values(lease_until=utcnow() + self.lease)
                    )
                    db.session.commit()
                except Exception:
                    log.warning("could not renew the lease of media %s", self.media_id, exc_info=True)
                    db.session.rollback()

    def stop(self) -> None:
        self._stopped.set()
        self.join(timeout=5)


def _store_derivatives(storage: Storage, media: Media, files) -> None:
    existing = {d.spec: d for d in media.derivatives}
    produced = set()
    for item in files:
        key = f"derived/{media.id}/{item.spec}.{item.extension}"
        size = storage.put_file(key, item.path, content_type=item.mime)
        row = existing.get(item.spec) or Derivative(media_id=media.id, spec=item.spec)
        row.key, row.mime, row.size = key, item.mime, size
        row.width, row.height = item.width, item.height
        if item.spec not in existing:
            media.derivatives.append(row)
        produced.add(item.spec)
    for spec, row in existing.items():
        if spec not in produced:
            storage.delete(row.key)
            media.derivatives.remove(row)


def _progress_writer(media_id: int):
    last = {"value": 0.0, "at": 0.0}

    def write(fraction: float) -> None:
        now = time.monotonic()
        if fraction - last["value"] < 0.02 and now - last["at"] < 2:
            return
        last.update(value=fraction, at=now)
        db.session.execute(
            update(Media).where(Media.id == media_id).values(progress=min(max(fraction, 0.0), 0.99))
        )
        db.session.commit()

    return write


def _queue_index(media_id: int) -> None:
    media = db.session.get(Media, media_id)
    if media is None:
        return
    try:
        get_queue().enqueue("index_entries", [media.entry_id])
    except Exception:
        log.exception("could not queue indexing for media %s", media_id)


def _queue_transcription(media_id: int) -> None:
    """After the derivatives (the job reads the web version) and after indexing."""
    try:
        transcripts.queue_transcription(media_id)
    except Exception:
        log.exception("could not queue the transcription of media %s", media_id)


def _sweep_transcripts() -> None:
    try:
        transcripts.sweep_stale_transcripts()
    except Exception:
        log.exception("could not sweep transcripts")


def _scratch_dir() -> str:
    path = os.path.join(current_app.instance_path, "work")
    os.makedirs(path, exist_ok=True)
    return path
