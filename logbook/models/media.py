"""Uploaded files and the derivatives made from them for reading."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow


class MediaState(enum.StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"


class Media(db.Model):
    """One uploaded file attached to an entry. The bytes live at ``originals/<sha256>``;
    identical uploads share the object, each attachment has its own row."""

    __tablename__ = "media"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # image, vector, audio, video
    original_name: Mapped[str] = mapped_column(String(255), default="")
    state: Mapped[str] = mapped_column(String(16), default=MediaState.PENDING.value, index=True)
    error: Mapped[str | None] = mapped_column(Text)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # A worker that takes the media holds it until then; past it a sweep re-queues it.
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When its processing was last put on the queue: the sweep re-queues a pending media
    # only when that task is likely lost, instead of adding a copy every minute.
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration: Mapped[float | None] = mapped_column(Float)
    caption: Mapped[str] = mapped_column(Text, default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    transcript: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    entry: Mapped[Entry] = relationship(back_populates="media")  # noqa: F821
    derivatives: Mapped[list[Derivative]] = relationship(
        back_populates="media", cascade="all, delete-orphan", passive_deletes=True
    )
    # What the speech model heard, when transcription is on (see models/transcripts.py).
    machine_transcript: Mapped[Transcript | None] = relationship(  # noqa: F821
        back_populates="media", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def original_key(self) -> str:
        return f"originals/{self.sha256}"

    def derivative(self, spec: str) -> Derivative | None:
        return next((d for d in self.derivatives if d.spec == spec), None)


class Derivative(db.Model):
    """A file made from a media for reading, unique on (media, spec), stored at
    ``derived/<media_id>/<spec>.<ext>``."""

    __tablename__ = "derivatives"
    __table_args__ = (UniqueConstraint("media_id", "spec"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id", ondelete="CASCADE"))
    spec: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(512))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    media: Mapped[Media] = relationship(back_populates="derivatives")
