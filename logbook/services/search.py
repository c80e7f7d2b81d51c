"""Searching entries for a caller: the index when it is usable, the database when not.

Access is decided here (which logbooks the caller reads, where pending guest
entries are visible) and enforced inside the index query, so totals, pages,
facet counts, scores and "did you mean" suggestions only ever come from what
the caller may see. A query longer than ``search.limits.QueryLimits`` allows
is refused (``query_too_long``) before either store is asked. A missing or corrupt
index never breaks search: a plain database query answers, flagged
``degraded``, while a rebuild is queued.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func, or_, select

from logbook.db import db
from logbook.errors import DatabaseUnavailable, ValidationFailed
from logbook.jobs import get_queue
from logbook.models import Entry, EntryStatus, EntryTag, Logbook
from logbook.search_index import get_index
from logbook.services.access import hidden_testimony_ids, moderated_logbook_ids, readable_logbook_ids
from logbook.services.search_synonyms import synonym_groups
from search.errors import IndexBusy, IndexCorrupt, IndexMissing, StoreUnavailable
from search.limits import DEFAULT_LIMITS, QueryTooLong
from search.query import Access, Hit, SearchResults, check_query
from search.query import search as search_index

# The longest query accepted, in characters and in words (the search box says so too).
MAX_QUERY_CHARS = DEFAULT_LIMITS.max_chars
MAX_QUERY_TERMS = DEFAULT_LIMITS.max_terms

log = logging.getLogger("carnet.search")


@dataclass
class SearchRequest:
    text: str = ""
    logbook_ids: list[int] | None = None
    kinds: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    stage_ids: list[int] = field(default_factory=list)
    authors: list[int] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20


@dataclass
class SearchOutcome:
    results: SearchResults
    degraded: bool
    logbook_slugs: dict[int, str]


def access_for(user) -> Access:
    """Published entries of the logbooks ``user`` reads; pending guest entries where they
    moderate (never with a read-only token: see ``moderated_logbook_ids``)."""
    readable = frozenset(readable_logbook_ids(user))
    return Access(
        readable_logbooks=readable,
        pending_logbooks=frozenset(moderated_logbook_ids(user)) & readable,
        # Visitors of a public logbook cannot find a testimony without consent by its words.
        hidden_entries=frozenset(hidden_testimony_ids(user, readable)),
    )


def search_entries(user, request: SearchRequest) -> SearchOutcome:
    """Search what ``user`` may read.

    :raises ValidationFailed: ``query_too_long``, the text has too many characters or words.
    """
    try:
        check_query(request.text)
    except QueryTooLong as exc:
        raise ValidationFailed(exc.message, code="query_too_long", fields={"q": [exc.message]}) from None
    access = access_for(user)
    slugs = dict(
        db.session.execute(
            select(Logbook.id, Logbook.slug).where(Logbook.id.in_(access.readable_logbooks))
        ).all()
    )
    try:
        results = search_index(
            get_index(),
            request.text,
            access,
            logbook_ids=request.logbook_ids,
            kinds=request.kinds,
            tags=request.tags,
            stage_ids=request.stage_ids,
            authors=request.authors,
            date_from=request.date_from,
            date_to=request.date_to,
            sort=request.sort,
            page=request.page,
            per_page=request.per_page,
            # The teams' own synonyms, of the logbooks searched only.
            synonyms=synonym_groups(
                access.readable_logbooks
                if request.logbook_ids is None
                else access.readable_logbooks & set(request.logbook_ids)
            ),
        )
        return SearchOutcome(results, False, slugs)
    except StoreUnavailable as exc:
        # The index lives in the database, which is down: nothing to rebuild, nothing
        # to fall back on.
        raise DatabaseUnavailable("The database is unavailable; try again shortly.") from exc
    except (IndexMissing, IndexCorrupt, IndexBusy) as exc:
        log.warning("search index unusable (%s); answering from the database", exc)
        _queue_rebuild(exc)
        return SearchOutcome(_database_search(access, request), True, slugs)


def _queue_rebuild(exc: Exception) -> None:
    if isinstance(exc, IndexBusy):
        return
    try:
        get_queue().enqueue("rebuild_index")
    except Exception:
        log.exception("could not queue an index rebuild")


def _database_search(access: Access, request: SearchRequest) -> SearchResults:
    """Plain substring matching on title, body and tags: slower and unranked, but right about access."""
    readable = set(access.readable_logbooks)
    if request.logbook_ids is not None:
        readable &= set(request.logbook_ids)
    visible = or_(
        Entry.status == EntryStatus.PUBLISHED.value,
        (Entry.status == EntryStatus.PENDING.value) & Entry.logbook_id.in_(access.pending_logbooks or [-1]),
    )
    query = select(Entry).where(Entry.logbook_id.in_(readable or [-1]), Entry.deleted_at.is_(None), visible)
    if access.hidden_entries:
        query = query.where(Entry.id.not_in(access.hidden_entries))
    for word in dict.fromkeys(request.text.split()):
        pattern = "%" + word.strip('"').lower() + "%"
        tagged = (
            select(EntryTag.id).where(EntryTag.entry_id == Entry.id, EntryTag.name.like(pattern)).exists()
        )
        query = query.where(
            or_(func.lower(Entry.title).like(pattern), func.lower(Entry.body).like(pattern), tagged)
        )
    if request.kinds:
        query = query.where(Entry.kind.in_(request.kinds))
    if request.stage_ids:
        query = query.where(Entry.stage_id.in_(request.stage_ids))
    if request.authors:
        query = query.where(Entry.author_id.in_(request.authors))
    if request.date_from:
        query = query.where(Entry.occurred_at >= datetime.combine(request.date_from, time.min).astimezone())
    if request.date_to:
        query = query.where(Entry.occurred_at <= datetime.combine(request.date_to, time.max).astimezone())
    for tag in request.tags:
        query = query.where(
            select(EntryTag.id).where(EntryTag.entry_id == Entry.id, EntryTag.name == tag).exists()
        )
    matching = query.subquery()
    total = db.session.scalar(select(func.count()).select_from(matching)) or 0
    kinds = dict(db.session.execute(select(matching.c.kind, func.count()).group_by(matching.c.kind)).all())
    order = Entry.occurred_at.asc() if request.sort == "oldest" else Entry.occurred_at.desc()
    page = max(1, request.page)
    rows = db.session.scalars(
        query.order_by(order, Entry.id.desc()).offset((page - 1) * request.per_page).limit(request.per_page)
    )
    hits = [
        Hit(
            entry_id=entry.id,
            logbook_id=entry.logbook_id,
            score=0.0,
            kind=entry.kind,
            title_html=_escape(entry.title),
            snippet_html=_escape(entry.body[:240]),
            occurred_at=entry.occurred_at,
            thumbnail_key=None,
            tags=entry.tags,
            stage_id=entry.stage_id,
        )
        for entry in rows
    ]
    return SearchResults(
        total=total,
        hits=hits,
        facets={"kind": kinds},
        suggestion=None,
        query_used=request.text,
        page=page,
        per_page=request.per_page,
        # Every hit holds every word (as typed): none is approximate.
        exact_total=total,
    )


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text or ""))
