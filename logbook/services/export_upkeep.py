"""Exports' upkeep, run by the worker's schedule: exports whose task was lost are queued
again, those whose worker died are failed, and old ones are removed."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select, update

from logbook.db import db, utcnow
from logbook.jobs import get_queue
from logbook.models import Export, ExportState
from logbook.services.exports import STALE_QUEUED, STALE_RUNNING, delete_export
from logbook.storage import get_storage

log = logging.getLogger("carnet.exports")


def sweep_stale_exports(now: datetime | None = None) -> int:
    """The periodic ``sweep_exports`` task. Queues again the exports still ``queued`` after
    ``STALE_QUEUED`` (the queue lost their task) and fails those ``running`` for longer than
    ``STALE_RUNNING`` (their worker died; running them again might kill the next one).
    Returns how many it touched."""
    now = now or utcnow()
    lost = list(
        db.session.scalars(
            select(Export.id).where(
                Export.state == ExportState.QUEUED.value, Export.created_at < now - STALE_QUEUED
            )
        )
    )
    dead = db.session.execute(
        update(Export)
        .where(Export.state == ExportState.RUNNING.value, Export.started_at < now - STALE_RUNNING)
        .values(
            state=ExportState.FAILED.value,
            error="The export was interrupted (its worker stopped); ask for it again.",
            finished_at=now,
        )
    ).rowcount
    db.session.commit()
    if lost:
        queue = get_queue()
        for export_id in lost:
            queue.enqueue("run_export", export_id)
    if lost or dead:
        log.info("exports: %d queued again, %d interrupted", len(lost), dead)
    return len(lost) + dead


def expire_exports(now: datetime | None = None) -> int:
    """The periodic ``expire_exports`` task: finished exports older than CARNET_EXPORT_DAYS
    go, file and row (0 keeps them forever). The logbook itself is untouched: an export can
    always be made again. Returns how many were removed."""
    days = current_app.config["CARNET_EXPORT_DAYS"]
    if not days:
        return 0
    cutoff = (now or utcnow()) - timedelta(days=days)
    finished = (ExportState.READY.value, ExportState.FAILED.value)
    old = list(
        db.session.scalars(select(Export).where(Export.state.in_(finished), Export.finished_at < cutoff))
    )
    storage = get_storage()
    for export in old:
        delete_export(export, storage)
    if old:
        log.info("exports: %d older than %d days removed", len(old), days)
    return len(old)
