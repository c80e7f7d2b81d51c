"""Keeping the search index true to the database, which stays the source of truth."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from logbook.db import db, utcnow
from logbook.models import Entry, Media
from logbook.search_index import apply_documents, get_index, indexes_in_database
from logbook.services.stakeholders import labels_by_entry
from search.documents import EntryDocument
from search.errors import IndexCorrupt, IndexMissing
from search.index import ProgressCallback

log = logging.getLogger("carnet.indexing")

# Seconds an entry's own request waits for another index writer before leaving it to the job.
REQUEST_WRITE_WAIT = 2.0


def entry_state(entry: Entry) -> str:
    if entry.deleted_at is not None:
        return "trashed"
    return entry.status


def document_for(entry: Entry, stakeholders: list[str] | None = None) -> EntryDocument:
    """The entry's search document; ``stakeholders`` are what may be said of the stakeholders
    it names (``services.stakeholders.labels_by_entry``), searched with the speaker."""
    thumb = None
    captions: list[str] = []
    transcripts: list[str] = []
    for media in entry.media:
        captions.extend(text for text in (media.caption, media.alt_text) if text)
        if media.transcript:
            transcripts.append(media.transcript)
        if thumb is None and media.derivative("thumb") is not None:
            thumb = f"{media.id}/thumb"
    return EntryDocument(
        entry_id=entry.id,
        logbook_id=entry.logbook_id,
        kind=entry.kind,
        title=entry.title,
        body=entry.body,
        transcript="\n".join(transcripts),
        captions="\n".join(captions),
        speaker=" ".join(filter(None, [entry.speaker_name, entry.speaker_role, *(stakeholders or [])])),
        tags=entry.tags,
        stage_id=entry.stage_id,
        stage_title=entry.stage.title if entry.stage else "",
        author_id=entry.author_id,
        author_name=entry.author_name,
        occurred_at=entry.occurred_at,
        pinned=entry.pinned,
        state=entry_state(entry),
        thumbnail_key=thumb,
    )


def _load(entry_ids: list[int]) -> list[Entry]:
    return list(
        db.session.scalars(
            select(Entry)
            .where(Entry.id.in_(entry_ids))
            .options(
                selectinload(Entry.tag_rows),
                selectinload(Entry.stage),
                selectinload(Entry.media).selectinload(Media.derivatives),
            )
        )
    )


def index_entries(entry_ids: list[int]) -> int:
    """Bring these entries' documents up to date (deleting those that are gone)."""
    try:
        return _write_documents(entry_ids)
    except (IndexMissing, IndexCorrupt):
        # No usable index yet: build it whole from the database, these entries included.
        return rebuild_index()


def index_in_request(entry_ids: list[int]) -> bool:
    """Index these entries now, in the request that changed them, where the index is the
    database itself: shared by every machine and written in a transaction, the entry is
    then found by the very next search, on any web machine, instead of after its job has
    waited behind the queue's backlog. Best effort: returns False when the entries are left
    to a job (the embedded store, another writer busy, any failure, logged), and the sweep
    of entries not indexed stays the guarantee behind both."""
    if not indexes_in_database():
        return False
    try:
        # A request waits little for another writer: the job will not be in a hurry.
        _write_documents(entry_ids, wait=REQUEST_WRITE_WAIT)
    except Exception:
        with contextlib.suppress(Exception):
            db.session.rollback()
        log.warning("could not index entries %s in their request; their job will", entry_ids, exc_info=True)
        return False
    return True


def _write_documents(entry_ids: list[int], *, wait: float | None = None) -> int:
    entries = _load(entry_ids)
    found = {entry.id for entry in entries}
    versions = {entry.id: entry.updated_at for entry in entries}
    named = labels_by_entry(sorted(found))
    apply_documents(
        [document_for(entry, named.get(entry.id)) for entry in entries],
        [i for i in entry_ids if i not in found],
        wait=wait,
    )
    mark_indexed(versions)
    return len(entries)


def mark_indexed(versions: dict[int, datetime]) -> None:
    """Record which version of each entry the index now holds. An entry changed since it
    was read keeps a newer updated_at, so it stays behind and the sweep indexes it again."""
    for entry_id, updated_at in versions.items():
        db.session.execute(
            update(Entry)
            .where(Entry.id == entry_id)
            # updated_at given as itself: recording the index's version is no change of the entry.
            .values(indexed_at=updated_at, updated_at=Entry.updated_at)
        )
    db.session.commit()


def all_documents(batch: int = 500) -> Iterator[EntryDocument]:
    last_id = 0
    while True:
        ids = list(
            db.session.scalars(select(Entry.id).where(Entry.id > last_id).order_by(Entry.id).limit(batch))
        )
        if not ids:
            return
        named = labels_by_entry(ids)
        for entry in sorted(_load(ids), key=lambda e: e.id):
            yield document_for(entry, named.get(entry.id))
        last_id = ids[-1]
        db.session.expunge_all()  # keep memory flat on large logbooks


def rebuild_index(progress: ProgressCallback | None = None) -> int:
    """Rebuild the whole index from the database (see ``SearchIndex.rebuild``); returns the
    number of entries indexed. ``progress(done, total)`` is called as it goes."""
    started = utcnow()
    total = db.session.scalar(select(func.count(Entry.id))) or 0
    total = get_index().rebuild(all_documents(), total=total, progress=progress)
    # Entries changed while the rebuild ran may be indexed in their older version: only
    # those untouched since it started are marked current.
    db.session.execute(
        update(Entry)
        .where(Entry.updated_at < started)
        .values(indexed_at=Entry.updated_at, updated_at=Entry.updated_at)
    )
    db.session.commit()
    return total


def create_index_if_missing() -> int | None:
    """Build the search index from the database when there is none yet: a fresh instance
    (`carnet init`), or a database brought over without its index.

    Returns the number of entries indexed, or None when an index was already there. An
    index that is there but unreadable is left alone: `carnet check` reports it and
    `carnet reindex` rebuilds it, as the operator decides.
    """
    try:
        get_index().open()
    except IndexMissing:
        return rebuild_index()
    except IndexCorrupt:
        return None
    return None
