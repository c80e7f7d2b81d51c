"""Stakeholders (*parties prenantes*): the people and organisations a project works with.

Personal data is kept minimal (a name, an organisation, a kind, a role) and the name is
shown only with the person's consent; see services.stakeholders for who sees what and
for removal on request.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow

STAKEHOLDER_KINDS = ("institution", "association", "entreprise", "habitant", "elu", "agent", "autre")


class Stakeholder(db.Model):
    __tablename__ = "stakeholders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32), default="autre")
    role: Mapped[str] = mapped_column(String(200), default="")
    consent_to_name: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    links: Mapped[list[EntryStakeholder]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", passive_deletes=True
    )


class EntryStakeholder(db.Model):
    """An entry names a stakeholder; ``as_speaker`` when they are the testimony's speaker."""

    __tablename__ = "entry_stakeholders"
    __table_args__ = (UniqueConstraint("entry_id", "stakeholder_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    as_speaker: Mapped[bool] = mapped_column(Boolean, default=False)

    stakeholder: Mapped[Stakeholder] = relationship(back_populates="links")
    entry: Mapped[Entry] = relationship()  # noqa: F821
