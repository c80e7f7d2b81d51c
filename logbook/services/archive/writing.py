"""Writing a logbook into a Carnet archive: rows as items, every object with its SHA-256."""

from __future__ import annotations

import logging
import posixpath
from collections import defaultdict
from collections.abc import Callable
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from logbook.db import db, utcnow
from logbook.errors import CarnetError, NotFound
from logbook.export.archive import (
    DERIVED_PATH,
    FORMAT,
    VERSION,
    ArchiveWriter,
    as_moment,
)
from logbook.models import (
    Derivative,
    Entry,
    EntryRevision,
    Logbook,
    Media,
    Membership,
    Stage,
    User,
)
from logbook.services.archive.evaluation import evaluation_items
from logbook.services.objects import original_key
from logbook.storage import Storage

log = logging.getLogger("carnet.archive")

# How far the archive is written, from 0 to 1.
Progress = Callable[[float], None]


def write_archive(
    logbook: Logbook, out: IO[bytes], storage: Storage, progress: Progress | None = None
) -> dict:
    """Write ``logbook`` as a Carnet archive to ``out``; returns the manifest.

    Objects are streamed from storage into the ZIP one at a time and hashed on
    the way. Raises NotFound (``object_missing``) when an original is missing
    and CarnetError (``object_corrupt``) when one no longer matches its SHA-256;
    a missing derivative is left out (it can be made again) with a warning.
    """
    entries = list(
        db.session.scalars(
            select(Entry)
            .where(Entry.logbook_id == logbook.id)
            .order_by(Entry.id)
            .options(selectinload(Entry.tag_rows), selectinload(Entry.media).selectinload(Media.derivatives))
        )
    )
    revisions: dict[int, list[EntryRevision]] = defaultdict(list)
    if entries:
        for revision in db.session.scalars(
            select(EntryRevision)
            .join(Entry, Entry.id == EntryRevision.entry_id)
            .where(Entry.logbook_id == logbook.id)
            .order_by(EntryRevision.entry_id, EntryRevision.version)
        ):
            revisions[revision.entry_id].append(revision)
    user_ids = {e.author_id for e in entries} | {r.edited_by_id for rs in revisions.values() for r in rs}
    emails = _emails(user_ids - {None})
    members = db.session.execute(
        select(User.display_name, User.email, Membership.role, Membership.created_at)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.logbook_id == logbook.id)
        .order_by(User.email)
    ).all()

    total = sum(m.size or 0 for e in entries for m in e.media) + sum(
        d.size or 0 for e in entries for m in e.media for d in m.derivatives
    )
    done = 0

    def report(size: int) -> None:
        nonlocal done
        done += size
        if progress:
            progress(min(done / total, 0.99) if total else 0.0)

    evaluation = evaluation_items(logbook)
    objects: list[dict[str, Any]] = []
    with ArchiveWriter(out) as writer:
        originals: set[str] = set()
        entry_items = []
        for entry in entries:
            media_items = []
            for media in entry.media:
                if media.sha256 not in originals:
                    objects.append(_copy_original(writer, storage, media))
                    originals.add(media.sha256)
                report(media.size or 0)
                derivatives = []
                for derivative in sorted(media.derivatives, key=lambda d: d.spec):
                    item = _copy_derivative(writer, storage, media, derivative)
                    report(derivative.size or 0)
                    if item is None:
                        continue
                    objects.append(item[1])
                    derivatives.append(item[0])
                media_items.append(_media_item(media, derivatives))
            entry_items.append(_entry_item(entry, emails, revisions.get(entry.id, []), media_items))
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": as_moment(utcnow()),
            "generator": "Carnet",
            "logbook": {
                "slug": logbook.slug,
                "name": logbook.name,
                "nickname": logbook.nickname or "",
                "description": logbook.description or "",
                "visibility": logbook.visibility,
                "places_enabled": bool(logbook.places_enabled),
                "created_at": as_moment(logbook.created_at),
                "updated_at": as_moment(logbook.updated_at),
            },
            "members": [
                {"name": name, "email": email, "role": role, "created_at": as_moment(created_at)}
                for name, email, role, created_at in members
            ],
            "stages": [
                _stage_item(stage)
                | ({"review": evaluation["reviews"][stage.id]} if stage.id in evaluation["reviews"] else {})
                for stage in logbook.stages
            ],
            "entries": entry_items,
            "effects": evaluation["effects"],
            "stakeholders": evaluation["stakeholders"],
            "objects": objects,
        }
        writer.write_manifest(manifest)
    if progress:
        progress(1.0)
    return manifest


def _copy_original(writer: ArchiveWriter, storage: Storage, media: Media) -> dict[str, Any]:
    key = original_key(media.sha256)
    try:
        with storage.open(key) as stream:
            sha256, size = writer.add_object(key, stream, media.size)
    except FileNotFoundError:
        raise NotFound(
            f"The original of media {media.id} ({key}) is missing from storage; run `carnet check`.",
            code="object_missing",
        ) from None
    if sha256 != media.sha256:
        raise CarnetError(
            f"The original of media {media.id} ({key}) no longer matches its SHA-256: storage is damaged.",
            code="object_corrupt",
        )
    return {"path": key, "size": size, "sha256": sha256}


def _copy_derivative(
    writer: ArchiveWriter, storage: Storage, media: Media, derivative: Derivative
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    path = f"derived/{media.id}/{posixpath.basename(derivative.key)}"
    if not DERIVED_PATH.fullmatch(path):
        path = f"derived/{media.id}/{derivative.spec}.bin"
    try:
        with storage.open(derivative.key) as stream:
            sha256, size = writer.add_object(path, stream, derivative.size)
    except FileNotFoundError:
        log.warning(
            "derivative %s of media %s is missing from storage; left out of the archive",
            derivative.spec,
            media.id,
        )
        return None
    item = {
        "spec": derivative.spec,
        "path": path,
        "mime": derivative.mime,
        "size": size,
        "width": derivative.width,
        "height": derivative.height,
        "sha256": sha256,
        "created_at": as_moment(derivative.created_at),
    }
    return item, {"path": path, "size": size, "sha256": sha256}


def _stage_item(stage: Stage) -> dict[str, Any]:
    return {
        "id": stage.id,
        "position": stage.position,
        "title": stage.title,
        "summary": stage.summary or "",
        "starts_on": stage.starts_on.isoformat() if stage.starts_on else None,
        "ends_on": stage.ends_on.isoformat() if stage.ends_on else None,
        "reached": bool(stage.reached),
        "created_at": as_moment(stage.created_at),
        "updated_at": as_moment(stage.updated_at),
    }


def _entry_item(
    entry: Entry, emails: dict[int, str], revisions: list[EntryRevision], media: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "id": entry.id,
        "stage_id": entry.stage_id,
        "author_email": emails.get(entry.author_id) if entry.author_id else None,
        "author_name": entry.author_name or "",
        "kind": entry.kind,
        "title": entry.title or "",
        "body": entry.body or "",
        "link_url": entry.link_url,
        "occurred_at": as_moment(entry.occurred_at),
        "speaker_name": entry.speaker_name,
        "speaker_role": entry.speaker_role,
        "consent": bool(entry.consent),
        "pinned": bool(entry.pinned),
        "status": entry.status,
        "deleted_at": as_moment(entry.deleted_at) if entry.deleted_at else None,
        "version": entry.version,
        "created_at": as_moment(entry.created_at),
        "updated_at": as_moment(entry.updated_at),
        "tags": list(entry.tags),
        "revisions": [
            {
                "version": revision.version,
                "snapshot": revision.snapshot,
                "changed": list(revision.changed or []),
                "edited_by_email": emails.get(revision.edited_by_id) if revision.edited_by_id else None,
                "edited_by_name": revision.edited_by_name or "",
                "edited_at": as_moment(revision.edited_at),
            }
            for revision in revisions
        ],
        "media": media,
    }


def _media_item(media: Media, derivatives: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": media.id,
        "position": media.position,
        "sha256": media.sha256,
        "size": media.size,
        "mime": media.mime,
        "kind": media.kind,
        "original_name": media.original_name or "",
        "state": media.state,
        "error": media.error,
        "width": media.width,
        "height": media.height,
        "duration": media.duration,
        "caption": media.caption or "",
        "alt_text": media.alt_text or "",
        "transcript": media.transcript or "",
        "facts": media.facts or {},
        "created_at": as_moment(media.created_at),
        "updated_at": as_moment(media.updated_at),
        "original": media.original_key,
        "derivatives": derivatives,
    }


def _emails(user_ids: set[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    return dict(db.session.execute(select(User.id, User.email).where(User.id.in_(user_ids))).all())
