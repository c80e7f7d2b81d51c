"""Links that let people in: invitations to join a logbook, and guest contribution links.

Both carry an unguessable token that is shown once, when the link is made;
only its SHA-256 is stored, so a copy of the database opens nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow

if TYPE_CHECKING:
    from logbook.models.accounts import User
    from logbook.models.journal import Logbook


class _Link:
    """What invitations and guest links share: a hashed token, an expiry, a use count, revocation."""

    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    max_uses: Mapped[int | None] = mapped_column(Integer)
    use_count: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now

    def used_up(self) -> bool:
        return self.max_uses is not None and self.use_count >= self.max_uses


class Invitation(_Link, db.Model):
    """An owner's link that makes whoever opens it a member with ``role``."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    logbook: Mapped[Logbook] = relationship()
    created_by: Mapped[User | None] = relationship()


class GuestLink(_Link, db.Model):
    """A link that lets anyone post to one logbook without an account."""

    __tablename__ = "guest_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    # Moderated links hold contributions as "pending" until an editor approves them.
    moderated: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    logbook: Mapped[Logbook] = relationship()
    created_by: Mapped[User | None] = relationship()
