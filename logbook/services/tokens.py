"""Personal API tokens: list, issue (the clear text is returned once), revoke."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from logbook.auth import issue_token
from logbook.db import db, utcnow
from logbook.errors import NotFound, ValidationFailed
from logbook.models import ApiToken, User


def list_tokens(user: User) -> list[ApiToken]:
    return list(
        db.session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at, ApiToken.id)
        )
    )


def create_token(
    user: User, name: str, *, read_only: bool = False, expires_at: datetime | None = None
) -> tuple[ApiToken, str]:
    """Issue a token; returns the row and the clear text. Raises ValidationFailed. Commits."""
    name = (name or "").strip()
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = ["Name the token after where it is used (phone, script…)."]
    if expires_at is not None and (expires_at.tzinfo is None or expires_at <= utcnow()):
        errors["expires_at"] = ["A future date-time with a time zone."]
    if errors:
        raise ValidationFailed("Some fields are missing or invalid.", fields=errors)
    row, clear = issue_token(user, name[:120], read_only=read_only, expires_at=expires_at)
    db.session.commit()
    return row, clear


def revoke_token(user: User, token_id: int) -> ApiToken:
    """Revoke one of the user's tokens (revoking twice is fine). Raises NotFound. Commits."""
    row = db.session.get(ApiToken, token_id)
    if row is None or row.user_id != user.id:
        raise NotFound(f"No token {token_id}.")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        db.session.commit()
    return row
