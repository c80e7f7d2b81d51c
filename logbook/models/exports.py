"""Exports: a story or an archive of a logbook, made in the worker and kept for download."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow

if TYPE_CHECKING:
    from logbook.models.accounts import User
    from logbook.models.journal import Logbook


class ExportState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    READY = "ready"
    FAILED = "failed"


class Export(db.Model):
    """One requested export. The file lives at ``exports/<id>/<filename>`` once ``ready``."""

    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    format: Mapped[str] = mapped_column(String(16))
    # The selection (services.story.Scope.to_dict()); archives keep everything and leave it empty.
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Makes links and QR codes in the document absolute (the address the request came to).
    base_url: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[str] = mapped_column(String(16), default=ExportState.QUEUED.value, index=True)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text)
    key: Mapped[str | None] = mapped_column(String(512))
    filename: Mapped[str] = mapped_column(String(255), default="")
    mime: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    logbook: Mapped[Logbook] = relationship()
    requested_by: Mapped[User | None] = relationship()
