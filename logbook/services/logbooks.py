"""Creating, changing and listing logbooks."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import func, select

from logbook.db import db
from logbook.errors import Conflict, NotFound, ValidationFailed
from logbook.models import Entry, Logbook, Media, Membership, Role, User, Visibility
from logbook.services.access import readable_logbook_ids
from logbook.storage import Storage

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
EDITABLE = ("name", "nickname", "description", "visibility", "places_enabled")


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:64].strip("-") or "carnet"


def get_logbook(slug: str) -> Logbook:
    logbook = db.session.scalar(select(Logbook).where(Logbook.slug == slug))
    if logbook is None:
        raise NotFound(f"No logbook named '{slug}'.")
    return logbook


def list_logbooks(user) -> list[Logbook]:
    ids = readable_logbook_ids(user)
    if not ids:
        return []
    return list(db.session.scalars(select(Logbook).where(Logbook.id.in_(ids)).order_by(Logbook.name)))


def create_logbook(
    owner: User | None,
    *,
    name: str,
    slug: str | None = None,
    nickname: str = "",
    description: str = "",
    visibility: str = Visibility.PRIVATE.value,
    places_enabled: bool = False,
) -> Logbook:
    """Create a logbook; its creator becomes its owner. Raises Conflict if the slug is taken."""
    name = name.strip()
    if not name:
        raise ValidationFailed("A logbook needs a name.", fields={"name": ["Required."]})
    slug = slug.strip().lower() if slug else slugify(name)
    if not SLUG_RE.match(slug):
        raise ValidationFailed(
            "The short name may hold lowercase letters, digits and hyphens only.",
            fields={"slug": ["Use lowercase letters, digits and hyphens (2 to 64)."]},
        )
    if db.session.scalar(select(Logbook.id).where(Logbook.slug == slug)) is not None:
        raise Conflict(f"A logbook named '{slug}' already exists.", code="slug_taken")
    _check_visibility(visibility)
    logbook = Logbook(
        slug=slug,
        name=name,
        nickname=nickname.strip(),
        description=description,
        visibility=visibility,
        places_enabled=places_enabled,
    )
    db.session.add(logbook)
    if owner is not None:
        db.session.add(Membership(logbook=logbook, user=owner, role=Role.OWNER.value))
    db.session.commit()
    return logbook


def update_logbook(logbook: Logbook, changes: dict) -> Logbook:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationFailed("Unknown fields.", fields={name: ["Unknown field."] for name in unknown})
    if "visibility" in changes:
        _check_visibility(changes["visibility"])
    if "name" in changes and not str(changes["name"]).strip():
        raise ValidationFailed("A logbook needs a name.", fields={"name": ["Required."]})
    for name, value in changes.items():
        setattr(logbook, name, value.strip() if name in {"name", "nickname"} else value)
    db.session.commit()
    return logbook


def delete_logbook(logbook: Logbook, storage: Storage) -> None:
    """Delete the logbook, its entries and media; objects no other logbook uses are removed."""
    media_rows = db.session.execute(
        select(Media.id, Media.sha256).join(Entry).where(Entry.logbook_id == logbook.id)
    ).all()
    db.session.delete(logbook)
    db.session.commit()
    from logbook.services.objects import remove_media_objects

    remove_media_objects(storage, media_rows)


def entry_counts(logbook: Logbook) -> dict[str, int]:
    rows = db.session.execute(
        select(Entry.kind, func.count())
        .where(Entry.logbook_id == logbook.id, Entry.deleted_at.is_(None), Entry.status == "published")
        .group_by(Entry.kind)
    ).all()
    return {kind: count for kind, count in rows}


def _check_visibility(value: str) -> None:
    if value not in {v.value for v in Visibility}:
        raise ValidationFailed(
            "Visibility must be private or public.", fields={"visibility": ["private or public"]}
        )
