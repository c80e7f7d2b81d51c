"""Unguessable link tokens for invitations and guest contributions.

A token is 256 random bits, shown once when the link is made; the database
keeps only its SHA-256, so reading the database opens no link.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select, update

from logbook.auth import token_digest
from logbook.db import db, utcnow
from logbook.errors import CarnetError, NotFound, ValidationFailed
from logbook.models import GuestLink, Invitation

LinkT = TypeVar("LinkT", Invitation, GuestLink)
MAX_LINK_DAYS = 366


class LinkGone(CarnetError):
    """The link existed but can no longer be used: expired, revoked or used up."""

    status = 410
    code = "link_gone"


def new_link_token() -> tuple[str, str]:
    """``(clear token, digest)``; store the digest, show the clear token once."""
    clear = secrets.token_urlsafe(32)
    return clear, token_digest(clear)


def find_link(model: type[LinkT], clear: str, *, now: datetime | None = None) -> LinkT:
    """The usable link for this token. Raises NotFound (unknown) or LinkGone."""
    now = now or utcnow()
    link = db.session.scalar(select(model).where(model.token_hash == token_digest(clear or "")))
    if link is None:
        raise NotFound("This link is not valid. Check it was copied whole.", code="link_unknown")
    if link.revoked_at is not None:
        raise LinkGone("This link was withdrawn by the logbook's team.", code="link_revoked")
    if link.expired(now):
        raise LinkGone("This link has expired. Ask the logbook's team for a new one.", code="link_expired")
    if link.used_up():
        raise LinkGone("This link has been used as many times as allowed.", code="link_used_up")
    return link


def claim_use(link: Invitation | GuestLink) -> None:
    """Count one use, atomically, so a link with ``max_uses`` is never used more often
    than allowed even by simultaneous requests. Commits. Raises LinkGone when used up."""
    model = type(link)
    statement = (
        update(model)
        .where(model.id == link.id, model.revoked_at.is_(None))
        .where((model.max_uses.is_(None)) | (model.use_count < model.max_uses))
        .values(use_count=model.use_count + 1, last_used_at=utcnow())
    )
    claimed = db.session.execute(statement).rowcount == 1
    db.session.commit()
    db.session.refresh(link)
    if not claimed:
        raise LinkGone("This link has been used as many times as allowed.", code="link_used_up")


def release_use(link: Invitation | GuestLink) -> None:
    """Give back a use claimed for a request that then failed. Commits."""
    model = type(link)
    db.session.execute(
        update(model).where(model.id == link.id, model.use_count > 0).values(use_count=model.use_count - 1)
    )
    db.session.commit()


def check_limits(expires_at: datetime | None, max_uses: int | None, *, now: datetime | None = None) -> None:
    """Raises ValidationFailed for an expiry in the past or too far ahead, or a use count below 1."""
    now = now or utcnow()
    errors: dict[str, list[str]] = {}
    if expires_at is not None:
        if expires_at.tzinfo is None:
            errors["expires_at"] = ["An ISO 8601 date-time with a time zone."]
        elif expires_at <= now:
            errors["expires_at"] = ["Must be in the future."]
        elif (expires_at - now).days > MAX_LINK_DAYS:
            errors["expires_at"] = [f"At most {MAX_LINK_DAYS} days ahead."]
    if max_uses is not None and max_uses < 1:
        errors["max_uses"] = ["At least 1."]
    if errors:
        raise ValidationFailed("Some fields are missing or invalid.", fields=errors)


def revoke(link: Invitation | GuestLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        db.session.commit()
