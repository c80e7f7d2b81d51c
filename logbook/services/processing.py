"""Turning originals into derivatives, in the worker.

The media row is the source of truth: a worker claims a media by moving it to
``processing`` with a lease; a sweep re-queues media whose lease ran out (a
killed worker) or that were never queued. Processing is idempotent: keys are
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
from sqlalchemy import func, or_, select, update

from logbook.db import db, utcnow
from logbook.jobs import get_queue
from logbook.models import Derivative, Media, MediaState
from logbook.services import transcripts
from logbook.storage import Storage, get_storage
from media.derivatives import make_derivatives
from media.errors import MediaError
from media.limits import Limits
from media.sniff import sniff_file

log = logging.getLogger("carnet.processing")

MAX_ATTEMPTS = 5
UNQUEUED_GRACE = timedelta(minutes=2)


def process_media(media_id: int) -> str:
    """Make every derivative of one media; returns its final state."""
    storage = get_storage()
    lease = timedelta(seconds=current_app.config["CARNET_MEDIA_LEASE_SECONDS"])
    if not _claim(media_id, lease):
        media = db.session.get(Media, media_id)
        return media.state if media else "gone"
    media = db.session.get(Media, media_id)
    workdir = tempfile.mkdtemp(prefix=f"media-{media_id}-", dir=_scratch_dir())
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
        _finish_failed(media_id, exc.message)
    except Exception as exc:
        db.session.rollback()
        media = db.session.get(Media, media_id)
        if media is not None and media.attempts >= MAX_ATTEMPTS:
            _finish_failed(media_id, f"Processing failed {MAX_ATTEMPTS} times: {exc}")
        else:
            _release(media_id)
            raise  # the queue retries with backoff
    finally:
        heartbeat.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    _queue_index(media_id)
    _queue_transcription(media_id)
    media = db.session.get(Media, media_id)
    return media.state if media else "gone"


def sweep_stale_media() -> int:
    """Re-queue media left pending (never queued, or the queue lost the task) or
    processing past their lease (the worker died). Returns how many were queued."""
    now = utcnow()
    stale = list(
        db.session.scalars(
            select(Media.id).where(
                or_(
                    (Media.state == MediaState.PENDING.value) & (Media.updated_at < now - UNQUEUED_GRACE),
                    (Media.state == MediaState.PROCESSING.value) & (Media.lease_until < now),
                )
            )
        )
    )
    queue = get_queue()
    for media_id in stale:
        queue.enqueue("process_media", media_id)
    if stale:
        log.info("re-queued %d stale media", len(stale))
    _sweep_transcripts()
    # Look again when the earliest live claim runs out, rather than a minute later:
    # if its worker died, the media is taken over at once.
    next_expiry = db.session.scalar(
        select(func.min(Media.lease_until)).where(
            Media.state == MediaState.PROCESSING.value, Media.lease_until >= now
        )
    )
    if next_expiry is not None:
        queue.enqueue_in(max((next_expiry - now).total_seconds(), 0) + 0.5, "sweep")
    return len(stale)


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


def _claim(media_id: int, lease: timedelta) -> bool:
    now = utcnow()
    result = db.session.execute(
        update(Media)
        .where(
            Media.id == media_id,
            or_(
                Media.state == MediaState.PENDING.value,
                (Media.state == MediaState.PROCESSING.value) & (Media.lease_until < now),
            ),
        )
        .values(
            state=MediaState.PROCESSING.value,
            lease_until=now + lease,
            attempts=Media.attempts + 1,
            progress=0.0,
            updated_at=now,
        )
    )
    db.session.commit()
    return result.rowcount == 1


def _release(media_id: int) -> None:
    db.session.execute(
        update(Media)
        .where(Media.id == media_id)
        .values(state=MediaState.PENDING.value, lease_until=None, updated_at=utcnow())
    )
    db.session.commit()


def _finish_failed(media_id: int, reason: str) -> None:
    db.session.execute(
        update(Media)
        .where(Media.id == media_id)
        .values(state=MediaState.FAILED.value, error=reason, lease_until=None, updated_at=utcnow())
    )
    db.session.commit()


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
