"""The trash: deleted entries wait here, restorable by editors, until they are purged."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flask import current_app
from sqlalchemy import select

from logbook.db import db, utcnow
from logbook.errors import NotFound
from logbook.jobs import get_queue
from logbook.models import Entry, Logbook
from logbook.services.entries import purge_entry
from logbook.storage import Storage, get_storage

if TYPE_CHECKING:
    from logbook.jobs import JobQueue

log = logging.getLogger("carnet.trash")


def trashed_entries(logbook: Logbook) -> list[Entry]:
    """Entries in the trash, most recently deleted first."""
    return list(
        db.session.scalars(
            select(Entry)
            .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_not(None))
            .order_by(Entry.deleted_at.desc(), Entry.id.desc())
        )
    )


def get_trashed_entry(logbook: Logbook, entry_id: int) -> Entry:
    entry = db.session.get(Entry, entry_id)
    if entry is None or entry.logbook_id != logbook.id or entry.deleted_at is None:
        raise NotFound(f"No entry {entry_id} in the trash of '{logbook.slug}'.")
    return entry


def purge_date(entry: Entry) -> datetime | None:
    """When the periodic task will purge this trashed entry."""
    if entry.deleted_at is None:
        return None
    return entry.deleted_at + timedelta(days=current_app.config["CARNET_TRASH_DAYS"])


def purge_expired(
    now: datetime | None = None, *, storage: Storage | None = None, queue: JobQueue | None = None
) -> int:
    """Purge entries that have been in the trash longer than CARNET_TRASH_DAYS; their stored
    objects go when no other media refers to them. Returns how many were purged. This is
    the periodic ``purge_trash`` task; running it twice is harmless."""
    cutoff = (now or utcnow()) - timedelta(days=current_app.config["CARNET_TRASH_DAYS"])
    ids = list(
        db.session.scalars(select(Entry.id).where(Entry.deleted_at.is_not(None), Entry.deleted_at <= cutoff))
    )
    storage = storage or get_storage()
    queue = queue or get_queue()
    purged = 0
    for entry_id in ids:
        entry = db.session.get(Entry, entry_id)
        # Restored meanwhile, or purged by another worker: leave it.
        if entry is None or entry.deleted_at is None or entry.deleted_at > cutoff:
            continue
        purge_entry(entry, storage, queue=queue)
        purged += 1
    if purged:
        log.info("purged %d entries from the trash", purged)
    return purged


def purge_now(entry: Entry) -> None:
    """Purge one trashed entry at once (an owner's decision, e.g. consent withdrawn)."""
    if entry.deleted_at is None:
        raise NotFound(f"Entry {entry.id} is not in the trash.")
    purge_entry(entry, get_storage(), queue=get_queue())
