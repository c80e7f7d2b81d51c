"""Earlier versions of entries: nothing is lost by an edit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from logbook.db import UTCDateTime, db, utcnow


class EntryRevision(db.Model):
    """The fields of an entry as they were at ``version``, kept when an edit replaced them.

    ``edited_by``/``edited_at`` name the edit that replaced this version, and
    ``changed`` the fields that edit changed. The current version lives in the
    entry itself; rows go with the entry when it is purged.
    """

    __tablename__ = "entry_revisions"
    __table_args__ = (UniqueConstraint("entry_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed: Mapped[list[str]] = mapped_column(JSON, default=list)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    edited_by_name: Mapped[str] = mapped_column(String(120), default="")
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
