"""Rows worked on under a lease: claimed by one worker at a time, taken over when the
worker dies.

A job's row (a media being processed, a transcript being made) holds ``state``,
``lease_until``, ``attempts``, ``error`` and ``updated_at``. A worker claims it with one
conditional UPDATE: the row must be waiting, or running under a lease that ran out (its
worker was killed). Two workers racing for a row cannot both win, whatever the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, update

from logbook.db import db, utcnow


@dataclass(frozen=True)
class Leased:
    """How to claim, release and fail the rows of one table, found by ``key``."""

    model: Any  # the mapped class
    key: Any  # its column that names a row (InstrumentedAttribute)
    waiting: str
    running: str
    failed: str

    def claim(self, key: int, lease: timedelta, **values: Any) -> bool:
        """Take the row for ``lease`` (counting an attempt, setting ``values`` too);
        False when another worker holds it or it is not waiting."""
        model, now = self.model, utcnow()
        result = db.session.execute(
            update(model)
            .where(
                self.key == key,
                or_(
                    model.state == self.waiting,
                    (model.state == self.running) & (model.lease_until < now),
                ),
            )
            .values(
                state=self.running,
                lease_until=now + lease,
                attempts=model.attempts + 1,
                updated_at=now,
                **values,
            )
        )
        db.session.commit()
        return result.rowcount == 1

    def release(self, key: int) -> None:
        """Give the row back, waiting, for the queue's next try."""
        self._set(key, state=self.waiting, lease_until=None)

    def fail(self, key: int, reason: str) -> None:
        """For good: ``reason`` says why, to whoever looks at the row."""
        self._set(key, state=self.failed, error=reason, lease_until=None)

    def _set(self, key: int, **values: Any) -> None:
        db.session.execute(update(self.model).where(self.key == key).values(updated_at=utcnow(), **values))
        db.session.commit()
