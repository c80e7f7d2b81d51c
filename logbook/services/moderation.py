"""The moderation queue: guest contributions waiting for an editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from logbook.db import db
from logbook.errors import Conflict
from logbook.models import Entry, EntryStatus, Logbook
from logbook.services.entries import restore_entry, trash_entry

if TYPE_CHECKING:
    from logbook.jobs import JobQueue


def pending_entries(logbook: Logbook) -> list[Entry]:
    """Pending entries not in the trash, oldest first (first come, first reviewed)."""
    return list(
        db.session.scalars(
            select(Entry)
            .where(
                Entry.logbook_id == logbook.id,
                Entry.status == EntryStatus.PENDING.value,
                Entry.deleted_at.is_(None),
            )
            .order_by(Entry.created_at, Entry.id)
        )
    )


def approve_entry(entry: Entry, *, queue: JobQueue | None = None) -> Entry:
    """Publish a pending entry. Raises Conflict if it is not pending. Commits."""
    _require_pending(entry)
    entry.status = EntryStatus.PUBLISHED.value
    db.session.commit()
    return restore_entry(entry, queue=queue)  # re-indexes; the entry is not in the trash


def reject_entry(entry: Entry, *, queue: JobQueue | None = None) -> Entry:
    """Send a pending entry to the trash, where it stays restorable until purged. Commits."""
    _require_pending(entry)
    trash_entry(entry, queue=queue)
    return entry


def _require_pending(entry: Entry) -> None:
    if entry.status != EntryStatus.PENDING.value:
        raise Conflict(f"Entry {entry.id} is not waiting for moderation.", code="not_pending")
