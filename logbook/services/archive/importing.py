"""Importing a Carnet archive as a new logbook: nothing in it trusted, everything undone
on failure."""

from __future__ import annotations

import logging
import posixpath
from datetime import date
from typing import Any

from sqlalchemy import select

from logbook.client_text import safe_file_name, shown
from logbook.db import db
from logbook.errors import Conflict, ValidationFailed
from logbook.export.archive import ArchiveError, ArchiveReader, Limits, parse_moment
from logbook.export.archive_objects import copy_object
from logbook.models import (
    Derivative,
    Entry,
    EntryRevision,
    EntryTag,
    Logbook,
    Media,
    MediaState,
    Stage,
    User,
)
from logbook.services.archive.evaluation import check_references as check_evaluation_references
from logbook.services.archive.evaluation import restore_evaluation
from logbook.services.archive.members import ImportedLogbook, restore_members
from logbook.services.archive.writing import Progress
from logbook.services.logbooks import SLUG_RE
from logbook.services.objects import sha_in_use
from logbook.services.processing import queue_processing
from logbook.storage import Storage

log = logging.getLogger("carnet.archive")


def import_archive(
    zip_path: str,
    storage: Storage,
    *,
    slug: str | None = None,
    owner: User | None,
    queue: Any = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> ImportedLogbook:
    """Restore the archive at ``zip_path`` as a new logbook.

    Members of the archive who have an account here (same email) get their role
    back, and their entries and edits are linked to them; each of the others gets
    a single-use invitation to their role (``PendingMember``), their entries naming
    them only. The logbook always has an owner: ``owner`` if given, else the archive's
    owners who have an account here, else the first site administrator. Raises
    ValidationFailed (``archive_invalid``, the message saying what is wrong) for a
    damaged, foreign or unsafe archive, (``owner_required``) when nobody here could own
    it, Conflict (``slug_taken``) when the slug is in use, StorageUnavailable. On any
    failure nothing is left: no rows, no objects written by this import.
    """
    try:
        reader = ArchiveReader(zip_path, limits)
    except ArchiveError as exc:
        raise ValidationFailed(str(exc), code="archive_invalid") from None
    with reader:
        manifest = reader.manifest
        try:
            _check_references(manifest, reader.objects)
        except ArchiveError as exc:
            raise ValidationFailed(str(exc), code="archive_invalid") from None
        slug = (slug or manifest["logbook"]["slug"]).strip().lower()
        if not SLUG_RE.match(slug):
            raise ValidationFailed(
                "The short name may hold lowercase letters, digits and hyphens only.",
                fields={"slug": ["Use lowercase letters, digits and hyphens (2 to 64)."]},
            )
        if db.session.scalar(select(Logbook.id).where(Logbook.slug == slug)) is not None:
            raise Conflict(
                f"A logbook named '{slug}' already exists: import it under another slug.", code="slug_taken"
            )

        total = sum(item["size"] for item in reader.iter_objects()) or 1
        done = 0

        def report(size: int) -> None:
            nonlocal done
            done += size
            if progress:
                progress(min(done / total, 0.99))

        written: list[str] = []
        try:
            for item in reader.iter_objects():
                if item["path"].startswith("originals/"):
                    _restore_original(reader, storage, item, written)
                    report(item["size"])
            logbook, new_media, imported = _restore_rows(manifest, slug, owner)
            for media, derivatives in new_media:
                for item in derivatives:
                    key = f"derived/{media.id}/{posixpath.basename(item['path'])}"
                    written.append(key)
                    copy_object(
                        reader,
                        item["path"],
                        lambda stream, key=key, mime=item["mime"]: storage.put(
                            key, stream, content_type=mime
                        ),
                    )
                    report(item["size"])
                    media.derivatives.append(
                        Derivative(
                            spec=item["spec"],
                            key=key,
                            mime=item["mime"],
                            size=item["size"],
                            width=item["width"],
                            height=item["height"],
                            created_at=parse_moment(item["created_at"]),
                        )
                    )
            db.session.commit()
        except ArchiveError as exc:
            _undo(storage, written)
            raise ValidationFailed(str(exc), code="archive_invalid") from None
        except BaseException:
            _undo(storage, written)
            raise
    entry_ids = list(db.session.scalars(select(Entry.id).where(Entry.logbook_id == logbook.id)))
    if queue is not None:
        try:
            queue_processing(queue, [m for m, _ in new_media if m.state == MediaState.PENDING.value])
            if entry_ids:
                queue.enqueue("index_entries", entry_ids)
        except Exception:
            log.exception("could not queue indexing of imported logbook %s; run `carnet reindex`", slug)
    if progress:
        progress(1.0)
    return imported


def _check_references(manifest: dict[str, Any], objects: dict[str, dict[str, Any]]) -> None:
    """What the schema cannot say: ids are unique and every reference resolves."""
    stage_ids = [stage["id"] for stage in manifest["stages"]]
    if len(set(stage_ids)) != len(stage_ids):
        raise ArchiveError("The manifest lists a stage id twice.")
    entry_ids: set[int] = set()
    media_ids: set[int] = set()
    used: set[str] = set()
    for entry in manifest["entries"]:
        if entry["id"] in entry_ids:
            raise ArchiveError(f"The manifest lists entry {entry['id']} twice.")
        entry_ids.add(entry["id"])
        if entry["stage_id"] is not None and entry["stage_id"] not in stage_ids:
            raise ArchiveError(
                f"Entry {entry['id']} refers to stage {entry['stage_id']}, which the archive lacks."
            )
        versions = [revision["version"] for revision in entry["revisions"]]
        if len(set(versions)) != len(versions):
            raise ArchiveError(f"Entry {entry['id']} lists a revision twice.")
        for media in entry["media"]:
            if media["id"] in media_ids:
                raise ArchiveError(f"The manifest lists media {media['id']} twice.")
            media_ids.add(media["id"])
            if media["original"] != f"originals/{media['sha256']}" or media["original"] not in objects:
                raise ArchiveError(f"The original of media {media['id']} is not in the archive.")
            if objects[media["original"]]["size"] != media["size"]:
                raise ArchiveError(
                    f"The original of media {media['id']} has another size than the media says."
                )
            used.add(media["original"])
            specs = [item["spec"] for item in media["derivatives"]]
            if len(set(specs)) != len(specs):
                raise ArchiveError(f"Media {media['id']} lists a derivative twice.")
            for item in media["derivatives"]:
                listed = objects.get(item["path"])
                if listed is None or not item["path"].startswith(f"derived/{media['id']}/"):
                    raise ArchiveError(
                        f"Derivative {item['spec']} of media {media['id']} is not in the archive."
                    )
                if listed["sha256"] != item["sha256"] or listed["size"] != item["size"]:
                    raise ArchiveError(
                        f"Derivative {item['spec']} of media {media['id']} has two different checksums."
                    )
                used.add(item["path"])
    check_evaluation_references(manifest, entry_ids)
    unused = sorted(set(objects) - used)
    if unused:
        raise ArchiveError(
            f"The archive holds {len(unused)} object(s) no media uses, e.g. {shown(unused[0])}."
        )


def _restore_original(
    reader: ArchiveReader, storage: Storage, item: dict[str, Any], written: list[str]
) -> None:
    key = item["path"]
    if storage.exists(key):
        # The same bytes are already here: keep them, but the archive must still be sound.
        reader.verify(key)
        return
    written.append(key)
    copy_object(reader, key, lambda stream: storage.put(key, stream, content_type="application/octet-stream"))


def _restore_rows(
    manifest: dict[str, Any], slug: str, owner: User | None
) -> tuple[Logbook, list[tuple[Media, list[dict[str, Any]]]], ImportedLogbook]:
    """Add every row (not committed); returns the logbook, each new media with its
    derivatives, and what became of the members."""
    data = manifest["logbook"]
    logbook = Logbook(
        slug=slug,
        name=data["name"],
        nickname=data["nickname"],
        description=data["description"],
        visibility=data["visibility"],
        places_enabled=data["places_enabled"],
        created_at=parse_moment(data["created_at"]),
        updated_at=parse_moment(data["updated_at"]),
    )
    db.session.add(logbook)
    db.session.flush()

    people, imported = restore_members(logbook, manifest["members"], owner)

    def person(email: str | None) -> int | None:
        user = people.get(email.strip().lower()) if email else None
        return user.id if user else None

    stages: dict[int, Stage] = {}
    for item in manifest["stages"]:
        stage = Stage(
            logbook_id=logbook.id,
            position=item["position"],
            title=item["title"],
            summary=item["summary"],
            starts_on=_day(item["starts_on"]),
            ends_on=_day(item["ends_on"]),
            reached=item["reached"],
            created_at=parse_moment(item["created_at"]),
            updated_at=parse_moment(item["updated_at"]),
        )
        db.session.add(stage)
        stages[item["id"]] = stage
    db.session.flush()

    new_media: list[tuple[Media, list[dict[str, Any]]]] = []
    new_entries: dict[int, Entry] = {}
    for item in manifest["entries"]:
        stage = stages.get(item["stage_id"]) if item["stage_id"] is not None else None
        entry = Entry(
            logbook_id=logbook.id,
            stage_id=stage.id if stage else None,
            author_id=person(item["author_email"]),
            author_name=item["author_name"],
            kind=item["kind"],
            title=item["title"],
            body=item["body"],
            link_url=item["link_url"],
            occurred_at=parse_moment(item["occurred_at"]),
            speaker_name=item["speaker_name"],
            speaker_role=item["speaker_role"],
            consent=item["consent"],
            pinned=item["pinned"],
            status=item["status"],
            deleted_at=parse_moment(item["deleted_at"]) if item["deleted_at"] else None,
            version=item["version"],
            created_at=parse_moment(item["created_at"]),
            updated_at=parse_moment(item["updated_at"]),
        )
        entry.tag_rows = [EntryTag(name=tag) for tag in item["tags"]]
        for data_media in item["media"]:
            media = Media(
                position=data_media["position"],
                sha256=data_media["sha256"],
                size=data_media["size"],
                mime=data_media["mime"],
                kind=data_media["kind"],
                original_name=safe_file_name(data_media["original_name"]),
                # Work interrupted elsewhere starts again here.
                state=MediaState.PENDING.value
                if data_media["state"] == "processing"
                else data_media["state"],
                error=data_media["error"],
                progress=1.0 if data_media["state"] == MediaState.READY.value else 0.0,
                width=data_media["width"],
                height=data_media["height"],
                duration=data_media["duration"],
                caption=data_media["caption"],
                alt_text=data_media["alt_text"],
                transcript=data_media["transcript"],
                facts=data_media["facts"],
                created_at=parse_moment(data_media["created_at"]),
                updated_at=parse_moment(data_media["updated_at"]),
            )
            entry.media.append(media)
            new_media.append((media, data_media["derivatives"]))
        db.session.add(entry)
        db.session.flush()
        new_entries[item["id"]] = entry
        for revision in item["revisions"]:
            snapshot = dict(revision["snapshot"])
            if snapshot.get("stage_id") is not None:
                old = stages.get(snapshot["stage_id"])
                snapshot["stage_id"] = old.id if old else None
            db.session.add(
                EntryRevision(
                    entry_id=entry.id,
                    version=revision["version"],
                    snapshot=snapshot,
                    changed=revision["changed"],
                    edited_by_id=person(revision["edited_by_email"]),
                    edited_by_name=revision["edited_by_name"],
                    edited_at=parse_moment(revision["edited_at"]),
                )
            )
    restore_evaluation(manifest, logbook, stages, new_entries, person)
    db.session.flush()
    return logbook, new_media, imported


def _undo(storage: Storage, written: list[str]) -> None:
    db.session.rollback()
    for key in written:
        if key.startswith("originals/") and sha_in_use(key.rsplit("/", 1)[-1]):
            continue  # another upload committed the same bytes meanwhile
        try:
            storage.delete(key)
        except Exception:  # the original failure matters more than this one
            log.warning("could not remove %s after a failed import", key)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArchiveError(f"Not a date in the manifest: {shown(value)}.") from None
