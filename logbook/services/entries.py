"""Entries: ingest (fields + files, all or nothing), edits, and the trash.

``create_entry`` is the upload path of the design: each file was already
spooled to disk and hashed while the request was read; here it is identified
by its bytes, stored once under ``originals/<sha256>``, and the entry with its
media rows commits in one transaction together with the idempotency record.
Anything that fails before the commit removes the objects this call wrote.
Processing is queued after the commit; if queueing fails, the media stay
``pending`` and the worker's sweep picks them up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app, has_app_context
from sqlalchemy.exc import IntegrityError

from logbook.client_text import safe_file_name
from logbook.db import db, utcnow
from logbook.errors import MediaRejected, NotFound, QueueUnavailable
from logbook.models import Entry, EntryStatus, EntryTag, Logbook, Media
from logbook.services.entry_fields import replace_tags, validated_fields, validated_media_texts
from logbook.services.objects import original_key, remove_media_objects, sha_in_use
from logbook.services.processing import queue_processing
from logbook.services.replays import IdempotencyKey, Replay, find_replay, record_replay, replayed_entry
from logbook.services.revisions import record_revision
from logbook.services.stages import stage_for_day
from logbook.services.transcripts import publish_after_consent
from logbook.storage import Storage
from media.errors import MediaError
from media.images import capture_time
from media.sniff import Sniffed, sniff_file

if TYPE_CHECKING:
    from logbook.jobs import JobQueue

log = logging.getLogger("carnet.entries")


@dataclass
class UploadedFile:
    """A file already on local disk, hashed while it was received. ``filename`` is the
    client's name for it, kept only as a safe display name (see ``safe_file_name``)."""

    path: str
    sha256: str
    size: int
    filename: str = ""
    caption: str = ""
    alt_text: str = ""

    def __post_init__(self) -> None:
        # Cleaned on the way in, so no message, row or page can repeat the raw name.
        self.filename = safe_file_name(self.filename)


@dataclass
class _Written:
    keys: list[str] = field(default_factory=list)


def create_entry(
    logbook: Logbook,
    author,
    fields: dict[str, Any],
    files: list[UploadedFile],
    *,
    storage: Storage,
    queue: JobQueue | None,
    status: str = EntryStatus.PUBLISHED.value,
    author_name: str | None = None,
    idempotency: IdempotencyKey | None = None,
    render: Any = None,
    timezone: str | None = None,
) -> tuple[Entry, Replay | None]:
    """Create an entry with its files, all or nothing.

    Without ``occurred_at``, the entry is dated by its first photo's capture time
    (read as ``timezone``, default CARNET_TIMEZONE, when the camera wrote no offset), else now.
    ``render(entry) -> dict`` shapes the answer that is stored with the
    idempotency key. Returns ``(entry, None)`` or, for a retried key,
    ``(existing entry, replay)``. Raises ValidationFailed, MediaRejected,
    StorageUnavailable, NotFound (stage).
    """
    replay = find_replay(idempotency)
    if replay is not None:
        return replayed_entry(replay), replay

    values = validated_fields(logbook, fields, creating=True, file_count=len(files))
    sniffed = [_identify(upload) for upload in files]
    written = _Written()
    try:
        for upload, facts in zip(files, sniffed, strict=True):
            _store_original(storage, upload, facts, written)
        entry = Entry(
            logbook_id=logbook.id,
            author_id=getattr(author, "id", None),
            author_name=author_name or getattr(author, "display_name", "") or "",
            status=status,
            **{k: v for k, v in values.items() if k != "tags"},
        )
        entry.occurred_at = values.get("occurred_at") or _capture_time(files, sniffed, timezone) or utcnow()
        if "stage_id" not in fields:
            # Nobody chose a stage: the one whose dates hold the day it happened, else the next stop.
            stage = stage_for_day(logbook, _local_day(entry.occurred_at, timezone))
            entry.stage_id = stage.id if stage else None
        entry.tag_rows = [EntryTag(name=tag) for tag in values.get("tags", [])]
        entry.media = [
            Media(
                position=index,
                sha256=upload.sha256,
                size=upload.size,
                mime=facts.mime,
                kind=facts.kind,
                original_name=upload.filename,
                caption=upload.caption,
                alt_text=upload.alt_text,
                facts={"format": facts.format, "animated": facts.animated},
            )
            for index, (upload, facts) in enumerate(zip(files, sniffed, strict=True))
        ]
        db.session.add(entry)
        db.session.flush()
        if idempotency is not None:
            record_replay(idempotency, entry.id, render(entry) if render else {"id": entry.id})
        db.session.commit()
    except IntegrityError:
        # A concurrent retry with the same key committed first: answer as it did.
        _undo(storage, written)
        replay = find_replay(idempotency)
        if replay is None:
            raise
        return replayed_entry(replay), replay
    except BaseException:
        _undo(storage, written)
        raise
    _after_change(queue, entry, media_ids=[m.id for m in entry.media])
    return entry, None


def update_entry(
    entry: Entry, changes: dict[str, Any], *, editor=None, queue: JobQueue | None = None
) -> Entry:
    """Change an entry's fields, and its media's texts given as
    ``{"media_texts": {"<media id>": {"caption", "alt_text", "transcript"}}}``. The version
    replaced is kept as a revision. Raises ValidationFailed for unknown or invalid fields."""
    changes = dict(changes)
    media_texts = validated_media_texts(entry, changes.pop("media_texts", None))
    values = validated_fields(
        entry.logbook, changes, creating=False, file_count=len(entry.media), current=entry
    )
    # The version being replaced is kept, in this transaction.
    record_revision(entry, editor, {**values, **({"media_texts": media_texts} if media_texts else {})})
    for name, value in values.items():
        if name == "tags":
            replace_tags(entry, value)
        else:
            setattr(entry, name, value)
    for media in entry.media:
        for name, value in (media_texts or {}).get(str(media.id), {}).items():
            setattr(media, name, value)
    entry.version += 1
    entry.updated_at = utcnow()
    db.session.commit()
    if values.get("consent"):
        # The person agreed: the machine's transcript of their words may now be read.
        publish_after_consent(entry)
    _after_change(queue, entry)
    return entry


def update_media_text(
    media: Media, changes: dict[str, str], *, editor=None, queue: JobQueue | None = None
) -> Media:
    """Change a media's caption, alt text or transcript: an edit of its entry, kept in its history."""
    update_entry(media.entry, {"media_texts": {str(media.id): changes}}, editor=editor, queue=queue)
    return media


def trash_entry(entry: Entry, *, queue: JobQueue | None = None) -> None:
    """Move an entry to the trash; it can be restored until it is purged."""
    if entry.deleted_at is None:
        entry.deleted_at = utcnow()
        db.session.commit()
    _after_change(queue, entry)


def restore_entry(entry: Entry, *, queue: JobQueue | None = None) -> Entry:
    if entry.deleted_at is not None:
        entry.deleted_at = None
        db.session.commit()
    _after_change(queue, entry)
    return entry


def purge_entry(entry: Entry, storage: Storage, *, queue: JobQueue | None = None) -> None:
    """Delete an entry for good; its objects go when no other media refers to them."""
    media_rows = [(m.id, m.sha256) for m in entry.media]
    entry_id = entry.id
    db.session.delete(entry)
    db.session.commit()
    remove_media_objects(storage, media_rows)
    if queue is not None:
        try:
            queue.enqueue("index_entries", [entry_id])
        except QueueUnavailable:
            # The purge is committed: answering 503 would say otherwise. `carnet reindex`
            # (or the next rebuild) drops the stale index entry.
            log.warning("could not queue the index update of purged entry %s", entry_id)


def get_entry(logbook: Logbook, entry_id: int, *, include_trashed: bool = False) -> Entry:
    entry = db.session.get(Entry, entry_id)
    if entry is None or entry.logbook_id != logbook.id or (entry.deleted_at and not include_trashed):
        raise NotFound(f"No entry {entry_id} in '{logbook.slug}'.")
    return entry


def get_media(media_id: int) -> Media:
    media = db.session.get(Media, media_id)
    if media is None:
        raise NotFound(f"No media {media_id}.")
    return media


# --- internals -------------------------------------------------------------------------------


def _identify(upload: UploadedFile) -> Sniffed:
    if upload.size == 0:
        raise MediaRejected(
            "empty_file",
            f"The file '{upload.filename or 'sans nom'}' is empty (0 bytes).",
            fields={"files": [upload.filename]},
        )
    try:
        return sniff_file(upload.path)
    except MediaError as exc:
        raise MediaRejected(exc.code, f"{upload.filename or 'file'}: {exc.message}") from exc


def _local_day(moment: datetime, timezone: str | None) -> date:
    """The calendar day of ``moment`` where the team lives (CARNET_TIMEZONE by default)."""
    name = timezone or (current_app.config["CARNET_TIMEZONE"] if has_app_context() else "UTC")
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).date() if moment.tzinfo else moment.date()


def _capture_time(files: list[UploadedFile], sniffed: list[Sniffed], timezone: str) -> datetime | None:
    for upload, facts in zip(files, sniffed, strict=True):
        if facts.kind != "image":
            continue
        taken = capture_time(upload.path)
        if taken is None:
            continue
        moment = datetime.fromisoformat(taken)
        if moment.tzinfo is None:
            zone = timezone or (current_app.config["CARNET_TIMEZONE"] if has_app_context() else "UTC")
            moment = moment.replace(tzinfo=ZoneInfo(zone))
        if moment > utcnow() + timedelta(days=1):
            continue  # a camera clock set in the future says nothing useful
        return moment
    return None


def _store_original(storage: Storage, upload: UploadedFile, facts: Sniffed, written: _Written) -> None:
    key = original_key(upload.sha256)
    if storage.exists(key):
        return  # identical bytes are stored once
    storage.put_file(key, upload.path, content_type=facts.mime)
    written.keys.append(key)


def _undo(storage: Storage, written: _Written) -> None:
    db.session.rollback()
    for key in written.keys:
        sha256 = key.rsplit("/", 1)[-1]
        if sha_in_use(sha256):
            continue  # another entry committed the same bytes meanwhile
        try:
            storage.delete(key)
        except Exception:  # the original failure matters more than this one
            log.warning("could not remove %s after a failed upload", key)


def _after_change(queue: JobQueue | None, entry: Entry, media_ids: list[int] | None = None) -> None:
    if queue is None:
        return
    # Found by the next search on any machine (database store), without waiting for a worker.
    # (Imported here: indexing reads stakeholders, which edit entries through this module.)
    from logbook.services.indexing import index_in_request

    indexed = index_in_request([entry.id])
    try:
        if media_ids:
            queue_processing(queue, [media for media in entry.media if media.id in media_ids])
        if not indexed:  # indexed and marked so in its transaction: a job would write it again
            queue.enqueue("index_entries", [entry.id])
    except Exception:
        # Committed work is safe: the sweep re-queues pending media and `carnet reindex` repairs the index.
        log.exception("could not queue jobs for entry %s", entry.id)
