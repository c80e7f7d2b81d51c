"""The timeline: a keyset-paginated read of a logbook's entries.

Pages are ordered by (occurred_at, id), newest first by default. The cursor is
opaque to clients: it carries the last row's key and the order, so a page
never skips or repeats an entry when others are added meanwhile.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import literal, or_, select, tuple_
from sqlalchemy.orm import selectinload

from logbook.db import UTCDateTime, db
from logbook.errors import CarnetError
from logbook.models import Entry, EntryStatus, EntryTag, Logbook, Media


class BadCursor(CarnetError):
    status = 400
    code = "bad_cursor"


@dataclass(frozen=True)
class TimelineFilters:
    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    stage_ids: tuple[int, ...] = ()
    no_stage: bool = False
    author_ids: tuple[int, ...] = ()
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None
    pinned: bool | None = None
    include_pending: bool = False


@dataclass
class TimelinePage:
    entries: list[Entry]
    next_cursor: str | None


def encode_cursor(entry: Entry, order: str) -> str:
    payload = {"t": entry.occurred_at.astimezone(UTC).isoformat(), "i": entry.id, "o": order}
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, order: str) -> tuple[datetime, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode()))
        occurred_at = datetime.fromisoformat(payload["t"])
        entry_id = int(payload["i"])
        cursor_order = payload["o"]
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadCursor("The cursor is not one this server gave out.") from None
    if occurred_at.tzinfo is None or cursor_order != order:
        raise BadCursor("The cursor belongs to a timeline in another order.")
    return occurred_at, entry_id


def timeline_page(
    logbook: Logbook,
    filters: TimelineFilters,
    *,
    limit: int = 50,
    cursor: str | None = None,
    order: str = "desc",
) -> TimelinePage:
    """One page of entries; raises BadCursor for a cursor this server did not issue."""
    query = (
        select(Entry)
        .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_(None))
        .options(
            selectinload(Entry.tag_rows),
            selectinload(Entry.media).selectinload(Media.derivatives),
            selectinload(Entry.media).selectinload(Media.machine_transcript),
            selectinload(Entry.stage),
        )
    )
    if not filters.include_pending:
        query = query.where(Entry.status == EntryStatus.PUBLISHED.value)
    if filters.kinds:
        query = query.where(Entry.kind.in_(filters.kinds))
    if filters.stage_ids or filters.no_stage:
        conditions = []
        if filters.stage_ids:
            conditions.append(Entry.stage_id.in_(filters.stage_ids))
        if filters.no_stage:
            conditions.append(Entry.stage_id.is_(None))
        query = query.where(or_(*conditions))
    if filters.author_ids:
        query = query.where(Entry.author_id.in_(filters.author_ids))
    if filters.occurred_from:
        query = query.where(Entry.occurred_at >= filters.occurred_from)
    if filters.occurred_to:
        query = query.where(Entry.occurred_at < filters.occurred_to)
    if filters.pinned is not None:
        query = query.where(Entry.pinned.is_(filters.pinned))
    for tag in filters.tags:
        query = query.where(
            select(EntryTag.id).where(EntryTag.entry_id == Entry.id, EntryTag.name == tag).exists()
        )
    if cursor:
        occurred_at, entry_id = decode_cursor(cursor, order)
        # A row-value comparison lets SQLite and PostgreSQL seek straight into the
        # (logbook_id, occurred_at, id) index instead of filtering an OR.
        key, position = (
            tuple_(Entry.occurred_at, Entry.id),
            tuple_(literal(occurred_at, UTCDateTime), entry_id),
        )
        query = query.where(key < position if order == "desc" else key > position)
    if order == "desc":
        query = query.order_by(Entry.occurred_at.desc(), Entry.id.desc())
    else:
        query = query.order_by(Entry.occurred_at.asc(), Entry.id.asc())
    rows = list(db.session.scalars(query.limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return TimelinePage(rows, encode_cursor(rows[-1], order) if more and rows else None)
