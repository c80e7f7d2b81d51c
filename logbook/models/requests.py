"""What Carnet remembers about requests: idempotency keys for retried uploads, and
uploads arriving in pieces."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from logbook.db import UTCDateTime, db, utcnow


class IdempotencyRecord(db.Model):
    """The first answer to a request made with an ``Idempotency-Key``.

    Written in the same transaction as the entry it created, so a retry either
    finds both or neither.
    """

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("scope", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(64))  # who asked: "user:<id>" or "guest:<id>"
    key: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))  # method + path of the request
    # route + fields + files' SHA-256 (logbook.idempotency); None on records from before it
    request_digest: Mapped[str | None] = mapped_column(String(64))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    status_code: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class UploadSession(db.Model):
    """A file being uploaded in pieces (tus protocol), so a lost connection resumes
    where it stopped instead of starting again.

    With file storage (one machine) the bytes received so far are in a local file
    (``uploads/sessions/<id>``): its size *is* the offset, so a crash can never make the
    two disagree. With S3 storage (``in_storage``) any web machine may receive the next
    piece: the bytes are one S3 multipart upload (``multipart_id``, ``parts``) plus the
    short last piece not yet a part (``tail_key``, ``tail_size``), and ``received_bytes``
    is changed only together with them, by whoever holds the writer lease (``writer``,
    ``writer_until``). Once the last byte is in, ``sha256`` is set (and, with S3, the
    file is stored as ``originals/<sha256>``); an entry then takes the file by its id.
    """

    __tablename__ = "upload_sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    logbook_id: Mapped[int] = mapped_column(ForeignKey("logbooks.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    length: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(255), default="")
    sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    in_storage: Mapped[bool] = mapped_column(Boolean, default=False)
    received_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    multipart_id: Mapped[str | None] = mapped_column(String(1024))
    # [[part number, ETag, size], ...] of the parts acknowledged so far, in order
    parts: Mapped[list[Any] | None] = mapped_column(JSON)
    tail_key: Mapped[str | None] = mapped_column(String(255))
    tail_size: Mapped[int] = mapped_column(BigInteger, default=0)
    writer: Mapped[str | None] = mapped_column(String(32))
    writer_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    logbook: Mapped[Logbook] = relationship()  # noqa: F821
