"""Guest contribution links: anyone holding the link may post to one logbook, without an
account. Contributions through a moderated link wait as "pending" for an editor."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.models import Entry, EntryStatus, GuestLink, Logbook, User
from logbook.services.entries import UploadedFile, create_entry
from logbook.services.links import check_limits, claim_use, find_link, new_link_token, release_use, revoke
from logbook.services.replays import IdempotencyKey, Replay, find_replay
from logbook.storage import Storage

if TYPE_CHECKING:
    from logbook.jobs import JobQueue

MAX_NAME = 120


def create_guest_link(
    logbook: Logbook,
    creator: User | None,
    *,
    label: str = "",
    expires_at: datetime | None = None,
    max_uses: int | None = None,
    moderated: bool = True,
) -> tuple[GuestLink, str]:
    """A new guest link and its clear token (shown once). Raises ValidationFailed. Commits."""
    check_limits(expires_at, max_uses)
    clear, digest = new_link_token()
    link = GuestLink(
        logbook_id=logbook.id,
        token_hash=digest,
        label=(label or "").strip()[:200],
        expires_at=expires_at,
        max_uses=max_uses,
        moderated=moderated,
        created_by_id=getattr(creator, "id", None),
    )
    db.session.add(link)
    db.session.commit()
    return link, clear


def list_guest_links(logbook: Logbook) -> list[GuestLink]:
    return list(
        db.session.scalars(
            select(GuestLink).where(GuestLink.logbook_id == logbook.id).order_by(GuestLink.created_at.desc())
        )
    )


def get_guest_link(logbook: Logbook, link_id: int) -> GuestLink:
    link = db.session.get(GuestLink, link_id)
    if link is None or link.logbook_id != logbook.id:
        raise NotFound(f"No guest link {link_id} in '{logbook.slug}'.")
    return link


def find_guest_link(clear: str) -> GuestLink:
    """The usable guest link for this token. Raises NotFound or LinkGone."""
    return find_link(GuestLink, clear)


def revoke_guest_link(link: GuestLink) -> None:
    revoke(link)


def post_guest_entry(
    link: GuestLink,
    display_name: str,
    fields: dict[str, Any],
    files: list[UploadedFile],
    *,
    storage: Storage,
    queue: JobQueue | None,
    idempotency: IdempotencyKey | None = None,
    render: Any = None,
) -> tuple[Entry, Replay | None]:
    """Post an entry as a guest named ``display_name``. A testimony needs ``consent``.

    Guests cannot pin entries or file them under a stage; a moderated link makes a
    pending entry. Each new entry uses up one use of the link (a retried request with
    the same idempotency key does not). Raises ValidationFailed, LinkGone and what
    ``create_entry`` raises.
    """
    replay = find_replay(idempotency)
    if replay is not None:
        return db.session.get(Entry, replay.body.get("id")), replay
    name = " ".join((display_name or "").split())[:MAX_NAME]
    fields = dict(fields)
    errors: dict[str, list[str]] = {}
    if not name:
        errors["display_name"] = ["Indiquez votre nom ou un pseudonyme."]
    if fields.get("kind") == "testimony":
        if not fields.get("consent"):
            errors["consent"] = ["Un témoignage a besoin de l'accord explicite de la personne qui parle."]
        if not (fields.get("speaker_name") or "").strip():
            fields["speaker_name"] = name
    if errors:
        raise ValidationFailed("Some fields are missing or invalid.", fields=errors)
    fields["pinned"] = False
    fields.pop("stage_id", None)  # guests do not choose: the entry's date does
    status = EntryStatus.PENDING.value if link.moderated else EntryStatus.PUBLISHED.value
    claim_use(link)
    try:
        entry, replay = create_entry(
            link.logbook,
            None,
            fields,
            files,
            storage=storage,
            queue=queue,
            status=status,
            author_name=name,
            idempotency=idempotency,
            render=render,
        )
    except BaseException:
        release_use(link)
        raise
    if replay is not None:  # a simultaneous retry made the entry
        release_use(link)
    return entry, replay
