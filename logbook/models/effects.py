"""The evaluative stance of a project: what it sets out to change (expected effects), the
entries that bear on it (evidence), and what each stage taught (the stage review, *bilan
d'escale*). Effects and reviews keep their earlier versions like entries do."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow

# What a person may change on an effect or a review, and so what their revisions keep.
EFFECT_FIELDS = ("title", "question", "indicator", "target")
REVIEW_FIELDS = ("done", "learnt", "next_changes")


class Stance(enum.StrEnum):
    """How a piece of evidence bears on an expected effect."""

    CONFIRMS = "confirms"  # confirme
    NUANCES = "nuances"  # nuance
    CONTRADICTS = "contradicts"  # contredit


class ExpectedEffect(db.Model):
    """An *effet attendu*: a change the project sets out to make, ordered by ``position``."""

    __tablename__ = "expected_effects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(String(200), default="")
    target: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="effect",
        order_by="Evidence.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Evidence(db.Model):
    """An entry linked to an expected effect, with how it bears on it and a short comment."""

    __tablename__ = "effect_evidence"
    __table_args__ = (UniqueConstraint("effect_id", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effect_id: Mapped[int] = mapped_column(ForeignKey("expected_effects.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    stance: Mapped[str] = mapped_column(String(16), default=Stance.CONFIRMS.value)
    comment: Mapped[str] = mapped_column(String(500), default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    added_by_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    effect: Mapped[ExpectedEffect] = relationship(back_populates="evidence")
    entry: Mapped[Entry] = relationship()  # noqa: F821


class StageReview(db.Model):
    """The *bilan d'escale*: what we did, what we learnt, what changes for the next stop."""

    __tablename__ = "stage_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"), unique=True)
    done: Mapped[str] = mapped_column(Text, default="")
    learnt: Mapped[str] = mapped_column(Text, default="")
    next_changes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    stage: Mapped[Stage] = relationship()  # noqa: F821


class _Revision:
    """Shared columns of the earlier versions of effects and reviews (see EntryRevision)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed: Mapped[list[str]] = mapped_column(JSON, default=list)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    edited_by_name: Mapped[str] = mapped_column(String(120), default="")
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EffectRevision(_Revision, db.Model):
    __tablename__ = "effect_revisions"
    __table_args__ = (UniqueConstraint("effect_id", "version"),)

    effect_id: Mapped[int] = mapped_column(ForeignKey("expected_effects.id", ondelete="CASCADE"), index=True)


class StageReviewRevision(_Revision, db.Model):
    __tablename__ = "stage_review_revisions"
    __table_args__ = (UniqueConstraint("review_id", "version"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("stage_reviews.id", ondelete="CASCADE"), index=True)
