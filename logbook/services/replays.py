"""Answers kept for an ``Idempotency-Key``: a request retried after a lost answer gets the
first answer back, and the entry it made, instead of a second entry (see
``logbook.idempotency`` for how a key and the request's fingerprint are read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy import delete, select

from logbook.db import db, utcnow
from logbook.errors import NotFound, ValidationFailed
from logbook.models import Entry, IdempotencyRecord


@dataclass
class Replay:
    """The stored answer to an earlier request with the same Idempotency-Key."""

    status_code: int
    body: dict[str, Any]


@dataclass
class IdempotencyKey:
    """A client's key for one request. ``fingerprint`` is the route's (method and path);
    ``request_digest`` covers the route, the fields and the files' digests."""

    scope: str
    key: str
    fingerprint: str
    request_digest: str | None = None
    ttl_hours: int = 24


def find_replay(idem: IdempotencyKey | None) -> Replay | None:
    """The earlier answer for this key, or None. Raises ValidationFailed
    (``idempotency_key_reused``) if the key was used for a different request."""
    if idem is None:
        return None
    record = db.session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.scope == idem.scope, IdempotencyRecord.key == idem.key
        )
    )
    if record is None:
        return None
    if record.created_at < utcnow() - timedelta(hours=idem.ttl_hours):
        # An expired key is forgotten: the request is treated as new.
        db.session.delete(record)
        db.session.commit()
        return None
    # Records kept from before request digests were recorded are compared by route only.
    same_request = record.fingerprint == idem.fingerprint and (
        record.request_digest is None or record.request_digest == idem.request_digest
    )
    if not same_request:
        raise ValidationFailed(
            "This Idempotency-Key was already used for a different request (other fields, files "
            "or address); that first request was kept. Send a new key for a new request.",
            code="idempotency_key_reused",
        )
    return Replay(record.status_code, record.body)


def record_replay(idempotency: IdempotencyKey, entry_id: int, body: dict[str, Any]) -> None:
    """Keep the answer to a request that made an entry, committed with the entry itself."""
    db.session.add(
        IdempotencyRecord(
            scope=idempotency.scope,
            key=idempotency.key,
            fingerprint=idempotency.fingerprint,
            request_digest=idempotency.request_digest,
            entry_id=entry_id,
            status_code=201,
            body=body,
        )
    )


def replayed_entry(replay: Replay) -> Entry:
    """The entry an earlier request with the same key created."""
    entry = db.session.get(Entry, replay.body.get("id"))
    if entry is None:
        raise NotFound("The entry created by this Idempotency-Key no longer exists.")
    return entry


def forget_idempotency_keys(older_than_hours: int) -> int:
    """Delete idempotency records past their lifetime (a periodic job)."""
    cutoff = utcnow() - timedelta(hours=older_than_hours)
    result = db.session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    db.session.commit()
    return result.rowcount


def expire_idempotency_keys() -> int:
    """Periodic job: forget keys older than CARNET_IDEMPOTENCY_HOURS."""
    return forget_idempotency_keys(current_app.config["CARNET_IDEMPOTENCY_HOURS"])
