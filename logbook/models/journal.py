"""The journal itself: logbooks, their stages (escales) and entries."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow

ENTRY_KINDS = ("note", "photo", "drawing", "audio", "video", "testimony", "link")
# What a person may change on an entry, and so what its revisions keep.
ENTRY_FIELDS = (
    "kind",
    "title",
    "body",
    "occurred_at",
    "stage_id",
    "tags",
    "speaker_name",
    "speaker_role",
    "consent",
    "pinned",
    "link_url",
)


class Visibility(enum.StrEnum):
    PRIVATE = "private"  # members only
    PUBLIC = "public"  # anyone may read


class EntryStatus(enum.StrEnum):
    PUBLISHED = "published"
    PENDING = "pending"  # a guest contribution waiting for an editor


class Logbook(db.Model):
    __tablename__ = "logbooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    nickname: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default=Visibility.PRIVATE.value)
    places_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Spoken language of its capsules and testimonies, for transcription (ISO 639-1).
    language: Mapped[str] = mapped_column(String(8), default="fr", server_default="fr")
    # The team's own synonyms for search, one group per line, terms separated by commas
    # (search.synonyms): applied when a search of this logbook runs, no reindex needed.
    search_synonyms: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    stages: Mapped[list[Stage]] = relationship(
        back_populates="logbook",
        order_by="Stage.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    memberships: Mapped[list[Membership]] = relationship(  # noqa: F821
        back_populates="logbook", cascade="all, delete-orphan", passive_deletes=True
    )


class Stage(db.Model):
    """An escale. Ordered by ``position``; the first one not ``reached`` is the next stop."""

    __tablename__ = "stages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    reached: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    logbook: Mapped[Logbook] = relationship(back_populates="stages")


class Entry(db.Model):
    __tablename__ = "entries"
    __table_args__ = (
        # The timeline's keyset: one logbook, newest or oldest first, ties broken by id.
        Index("ix_entries_timeline", "logbook_id", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"))
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="SET NULL"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # Shown as the author; kept for guests and for people whose account is gone.
    author_name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    link_url: Mapped[str | None] = mapped_column(String(2048))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    speaker_name: Mapped[str | None] = mapped_column(String(200))
    speaker_role: Mapped[str | None] = mapped_column(String(200))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=EntryStatus.PUBLISHED.value)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # The ``updated_at`` of the version the search index holds (None: never indexed). An
    # entry whose indexed_at is behind its updated_at is swept back onto the queue.
    indexed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    logbook: Mapped[Logbook] = relationship()
    stage: Mapped[Stage | None] = relationship()
    author: Mapped[User | None] = relationship()  # noqa: F821
    tag_rows: Mapped[list[EntryTag]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EntryTag.name"
    )
    media: Mapped[list[Media]] = relationship(  # noqa: F821
        back_populates="entry",
        order_by="Media.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def tags(self) -> list[str]:
        return [row.name for row in self.tag_rows]


class EntryTag(db.Model):
    __tablename__ = "entry_tags"
    __table_args__ = (
        UniqueConstraint("entry_id", "name"),
        Index("ix_entry_tags_name_entry", "name", "entry_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(64))
