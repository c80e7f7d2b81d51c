"""A whole logbook as a Carnet archive, and back: backups and moves between instances.

``write_archive`` puts everything in one ZIP (``logbook.export.archive`` is the
file format): the logbook, its stages, every entry (published, pending and
trashed, so the archive is complete; trashed entries keep their ``deleted_at``
and are purged on the new instance when their time comes), tags, revisions,
media with their derivatives, members by name, email and role (never password
hashes, tokens, invitations or guest links), and every object with its SHA-256.

``import_archive`` restores it as a new logbook on any instance, whatever its
database and storage. Nothing from the archive is trusted: see
``logbook.export.archive.ArchiveReader``. Objects are checked against their
SHA-256 while they are copied; if anything fails before the commit, the rows
are rolled back and the objects this import wrote are deleted (originals that
were already stored stay).
"""

from __future__ import annotations

import logging
import posixpath
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from logbook.client_text import safe_file_name, shown
from logbook.db import db, utcnow
from logbook.errors import CarnetError, Conflict, NotFound, ValidationFailed
from logbook.export.archive import (
    DERIVED_PATH,
    FORMAT,
    VERSION,
    ArchiveError,
    ArchiveReader,
    ArchiveWriter,
    Limits,
    as_moment,
    copy_object,
    parse_moment,
)
from logbook.models import (
    Derivative,
    Entry,
    EntryRevision,
    EntryTag,
    Invitation,
    Logbook,
    Media,
    MediaState,
    Membership,
    Role,
    Stage,
    User,
)
from logbook.services.archive_evaluation import check_references as check_evaluation_references
from logbook.services.archive_evaluation import evaluation_items, restore_evaluation
from logbook.services.links import new_link_token
from logbook.services.logbooks import SLUG_RE
from logbook.services.objects import original_key, sha_in_use
from logbook.services.processing import queue_processing
from logbook.storage import Storage

log = logging.getLogger("carnet.archive")

INVITATION_DAYS = 30  # for the members of an imported archive who have no account here


@dataclass
class PendingMember:
    """A member of the archive without an account here, kept as a single-use invitation
    to the role they had. ``token`` is the invitation's clear token: shown once."""

    name: str
    email: str
    role: str
    token: str
    expires_at: datetime


@dataclass
class ImportedLogbook:
    """What an import made: the logbook, who owns it and why (``owner_from``: ``"given"``,
    ``"archive"`` or ``"site admin"``), and the members now waiting on an invitation."""

    logbook: Logbook
    owners: list[User]
    owner_from: str
    pending: list[PendingMember] = field(default_factory=list)


Progress = Callable[[float], None]


# --- writing ---------------------------------------------------------------------------------


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


# --- reading ---------------------------------------------------------------------------------


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

    people, imported = _restore_members(logbook, manifest["members"], owner)

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


def _restore_members(
    logbook: Logbook, members: list[dict[str, Any]], owner: User | None
) -> tuple[dict[str, User], ImportedLogbook]:
    """Memberships for the archive's members who have an account here, invitations for the
    others, and an owner. Raises ValidationFailed (``owner_required``) when nobody can own it."""
    people: dict[str, User] = {}
    memberships: dict[int, Membership] = {}
    owners: list[User] = []
    if owner is not None:
        memberships[owner.id] = Membership(logbook_id=logbook.id, user_id=owner.id, role=Role.OWNER.value)
        people[owner.email.lower()] = owner
        owners.append(owner)
    wanted = {member["email"].strip().lower(): member for member in members}
    if wanted:
        for user in db.session.scalars(select(User).where(User.email.in_(list(wanted)))):
            email = user.email.lower()
            if email in people:
                continue
            member = wanted[email]
            memberships[user.id] = Membership(
                logbook_id=logbook.id,
                user_id=user.id,
                role=member["role"],
                created_at=parse_moment(member["created_at"]) if member.get("created_at") else utcnow(),
            )
            people[email] = user
            if member["role"] == Role.OWNER.value:
                owners.append(user)
    owner_from = "given" if owner is not None else "archive"
    if not owners:
        # Without a member, a private logbook would be reachable by site administrators only,
        # and nobody would be told: the first of them owns it, and the import says so.
        admin = db.session.scalar(
            select(User).where(User.is_admin.is_(True), User.is_active_account.is_(True)).order_by(User.id)
        )
        if admin is None:
            raise ValidationFailed(
                "Nobody here could own the imported logbook: none of the archive's owners has an "
                "account here and there is no site administrator. Name an owner's account.",
                code="owner_required",
                fields={"owner": ["The email of an account that will own the logbook."]},
            )
        if admin.id in memberships:  # a member of the archive already, with a lesser role
            memberships[admin.id].role = Role.OWNER.value
        else:
            memberships[admin.id] = Membership(logbook_id=logbook.id, user_id=admin.id, role=Role.OWNER.value)
        people.setdefault(admin.email.lower(), admin)
        owners.append(admin)
        owner_from = "site admin"
    db.session.add_all(memberships.values())
    expires_at = utcnow() + timedelta(days=INVITATION_DAYS)
    pending: list[PendingMember] = []
    for email, member in wanted.items():
        if email in people:
            continue
        clear, digest = new_link_token()
        name = " ".join(str(member.get("name") or "").split())
        db.session.add(
            Invitation(
                logbook_id=logbook.id,
                role=member["role"],
                token_hash=digest,
                expires_at=expires_at,
                max_uses=1,
                note=f"{name} <{email}> (archive)"[:200] if name else f"{email} (archive)"[:200],
                created_by_id=owners[0].id,
            )
        )
        pending.append(PendingMember(name, email, member["role"], clear, expires_at))
    return people, ImportedLogbook(logbook, owners, owner_from, pending)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArchiveError(f"Not a date in the manifest: {shown(value)}.") from None
