"""Read-only queries the pages need beside the timeline: filter chips (tags, authors),
members, pinned entries per stage, the trash, and search hits as entries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from logbook.db import db
from logbook.models import Entry, EntryStatus, EntryTag, Logbook, Media, Membership, User

PUBLISHED = EntryStatus.PUBLISHED.value


@dataclass(frozen=True)
class Author:
    id: int
    name: str


def _visible(logbook: Logbook):
    return (Entry.logbook_id == logbook.id, Entry.deleted_at.is_(None), Entry.status == PUBLISHED)


def _shareable(withhold: bool):
    """With ``withhold``, leave out testimonies without consent: outside the team nothing
    of them but their kind and date is shown, not their tags nor who wrote them."""
    return (or_(Entry.kind != "testimony", Entry.consent.is_(True)),) if withhold else ()


def tag_counts(logbook: Logbook, limit: int = 30, *, withhold: bool = False) -> list[tuple[str, int]]:
    """The most used tags, most used first."""
    rows = db.session.execute(
        select(EntryTag.name, func.count())
        .join(Entry, Entry.id == EntryTag.entry_id)
        .where(*_visible(logbook), *_shareable(withhold))
        .group_by(EntryTag.name)
        .order_by(func.count().desc(), EntryTag.name)
        .limit(limit)
    ).all()
    return [(name, count) for name, count in rows]


def authors(logbook: Logbook, *, withhold: bool = False) -> list[Author]:
    rows = db.session.execute(
        select(Entry.author_id, func.max(Entry.author_name))
        .where(*_visible(logbook), *_shareable(withhold), Entry.author_id.is_not(None))
        .group_by(Entry.author_id)
    ).all()
    return sorted((Author(author_id, name or "?") for author_id, name in rows), key=lambda a: a.name.lower())


def members(logbook: Logbook) -> list[tuple[User, str]]:
    rows = db.session.execute(
        select(User, Membership.role)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.logbook_id == logbook.id, User.is_active_account.is_(True))
        .order_by(User.display_name)
    ).all()
    return [(member, role) for member, role in rows]


def pinned_entries(logbook: Logbook, per_stage: int = 6) -> dict[int | None, list[Entry]]:
    """Pinned entries, oldest first, keyed by stage id (None: no stage)."""
    rows = db.session.scalars(
        select(Entry)
        .where(*_visible(logbook), Entry.pinned.is_(True))
        .options(selectinload(Entry.media).selectinload(Media.derivatives), selectinload(Entry.tag_rows))
        .order_by(Entry.occurred_at, Entry.id)
    )
    found: dict[int | None, list[Entry]] = {}
    for entry in rows:
        bucket = found.setdefault(entry.stage_id, [])
        if len(bucket) < per_stage:
            bucket.append(entry)
    return found


def trashed_entries(logbook: Logbook, limit: int = 100) -> list[Entry]:
    return list(
        db.session.scalars(
            select(Entry)
            .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_not(None))
            .order_by(Entry.deleted_at.desc())
            .limit(limit)
        )
    )


def entries_in_order(logbook: Logbook, entry_ids: list[int]) -> list[Entry]:
    """Published entries of the logbook with these ids, in the order given (search results)."""
    if not entry_ids:
        return []
    rows = db.session.scalars(
        select(Entry)
        .where(*_visible(logbook), Entry.id.in_(entry_ids))
        .options(
            selectinload(Entry.media).selectinload(Media.derivatives),
            selectinload(Entry.tag_rows),
            selectinload(Entry.stage),
        )
    )
    found = {entry.id: entry for entry in rows}
    return [found[entry_id] for entry_id in entry_ids if entry_id in found]


def latest_entries(logbook: Logbook, limit: int = 5, *, besides: Iterable[int] = ()) -> list[Entry]:
    """The most recent published entries, newest first (by when they happened), leaving out
    the entries ``besides`` (already shown elsewhere on the page)."""
    shown = list(besides)
    return list(
        db.session.scalars(
            select(Entry)
            .where(*_visible(logbook), *((Entry.id.not_in(shown),) if shown else ()))
            .options(selectinload(Entry.media).selectinload(Media.derivatives), selectinload(Entry.tag_rows))
            .order_by(Entry.occurred_at.desc(), Entry.id.desc())
            .limit(limit)
        )
    )
