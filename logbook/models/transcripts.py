"""Transcripts made by the speech model, one per audio or video media.

The text people read and edit stays ``Media.transcript`` (kept in the entry's history like
captions). This row holds what the machine heard, with each sentence's times, and the
state of the job that makes it: it is resumable window by window under a lease, like media
processing.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow


class TranscriptState(enum.StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Transcript(db.Model):
    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id", ondelete="CASCADE"), unique=True)
    state: Mapped[str] = mapped_column(String(16), default=TranscriptState.PENDING.value, index=True)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    model: Mapped[str] = mapped_column(String(200), default="")
    # [{"start": s, "end": s, "text": "..."}], times in seconds from the media's start.
    segments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Seconds of audio already transcribed: a killed job resumes from here.
    done_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    duration: Mapped[float] = mapped_column(Float, default=0.0)
    # The text last given to Media.transcript by the machine: while the media's text is
    # still this one, nobody has edited it, and a re-run may replace it.
    machine_text: Mapped[str] = mapped_column(Text, default="")
    # A person read the machine's text and kept it as it is.
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    media: Mapped[Media] = relationship(back_populates="machine_transcript")  # noqa: F821

    @property
    def text(self) -> str:
        return " ".join(segment["text"] for segment in self.segments or [])

    @property
    def progress(self) -> float:
        if self.state == TranscriptState.DONE.value:
            return 1.0
        return min(self.done_seconds / self.duration, 0.99) if self.duration else 0.0
