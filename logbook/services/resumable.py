"""Resumable uploads: a file sent in pieces (tus 1.0.0), continued after a lost connection.

A phone on a bad network opens a session with the file's length, then sends the
bytes with PATCH requests, each starting at the current offset. The offset is the
size of the session's local file: whatever a cut-off request delivered is kept, and
a crash cannot make a recorded offset disagree with the bytes on disk. When the
last byte is in, the file is hashed and the session is complete; an entry then
takes it by its id (``take_uploads``) exactly like a file sent in the entry's own
request, and the session goes once the entry is committed.

That local file ties an upload to the machine that opened it. With S3 storage (a team
server, several web machines) the pieces are kept in the bucket and the offset in the
database instead (``resumable_s3``), so any machine continues any upload; the protocol's
answers are the same.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import IO, Any

from flask import current_app, g
from sqlalchemy import select

from logbook.client_text import safe_file_name
from logbook.db import db, utcnow
from logbook.errors import (
    Conflict,
    NotFound,
    PayloadTooLarge,
    StorageUnavailable,
    ValidationFailed,
    outage_from,
)
from logbook.models import Logbook, UploadSession
from logbook.services import resumable_s3
from logbook.services.entries import UploadedFile
from logbook.storage import get_storage
from logbook.storage_s3 import S3Storage
from logbook.uploads import HashedSpoolFile, arriving_chunks, upload_dir

log = logging.getLogger("carnet.resumable")

CHUNK = 1024 * 1024


def sessions_dir() -> str:
    return os.path.join(current_app.instance_path, "uploads", "sessions")


def session_path(session: UploadSession) -> str:
    return os.path.join(sessions_dir(), session.id)


def open_session(logbook: Logbook, user: Any, length: int, filename: str = "") -> UploadSession:
    """A new, empty upload of ``length`` bytes. The caller checked the right to post."""
    limit = current_app.config["CARNET_MAX_UPLOAD_BYTES"]
    if length <= 0:
        raise ValidationFailed(
            "The file is empty (0 bytes).", code="empty_file", fields={"Upload-Length": ["At least 1 byte."]}
        )
    if length > limit:
        raise PayloadTooLarge(f"Files are accepted up to {limit} bytes; this one has {length}.")
    hours = current_app.config["CARNET_RESUMABLE_UPLOAD_HOURS"]
    session = UploadSession(
        id=secrets.token_hex(16),
        logbook_id=logbook.id,
        user_id=user.id,
        length=length,
        filename=safe_file_name(filename),
        expires_at=utcnow() + timedelta(hours=hours),
    )
    shared = resumable_s3.shared_storage()
    if shared is not None:
        resumable_s3.start(session, shared)
        return session
    os.makedirs(sessions_dir(), exist_ok=True)
    with open(session_path(session), "xb"):
        pass
    db.session.add(session)
    try:
        db.session.commit()
    except BaseException:
        _remove_file(session_path(session))
        raise
    return session


def get_session(session_id: str, user: Any) -> UploadSession:
    """The caller's own unexpired session. Anyone else's is unknown (404)."""
    session = db.session.get(UploadSession, session_id) if len(session_id) <= 32 else None
    if (
        session is None
        or session.user_id != getattr(user, "id", None)
        or session.expires_at <= utcnow()
        # Opened on storage of another kind (an instance restored from a backup elsewhere).
        or session.in_storage != (resumable_s3.shared_storage() is not None)
        or not (session.in_storage or os.path.exists(session_path(session)))
    ):
        raise NotFound("No such upload (it may have expired).", code="upload_not_found")
    return session


def _shared() -> S3Storage:
    """The S3 storage of a session kept there (``get_session`` refused it on other storage)."""
    storage = resumable_s3.shared_storage()
    if storage is None:
        raise NotFound("No such upload (it may have expired).", code="upload_not_found")
    return storage


def received(session: UploadSession) -> int:
    """How many bytes of the file are in: where the next piece starts."""
    if session.in_storage:
        return session.received_bytes
    return os.path.getsize(session_path(session))


def append(session: UploadSession, offset: int, stream: IO[bytes], length: int | None) -> int:
    """Write the bytes of ``stream`` at ``offset``; return the new offset.

    Raises Conflict if ``offset`` is not where the upload stands or another request is
    writing to it, ValidationFailed if the bytes would go past the announced length,
    DiskFull if the disk fills up (the piece's bytes are then dropped, back to ``offset``,
    so that the room is free for later uploads). A request cut off half-way keeps what
    arrived: the client asks for the offset and goes on from there.
    """
    if session.in_storage:
        return resumable_s3.append(session, offset, stream, length, _shared())
    # Unbuffered: a write the disk refused must not be retried by a flush at close.
    with open(session_path(session), "ab", buffering=0) as out:
        try:
            fcntl.flock(out, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Conflict(
                "Another request is sending this upload; ask for its offset and go on.", code="upload_busy"
            ) from None
        current = os.fstat(out.fileno()).st_size
        if offset != current:
            raise Conflict(f"The upload is at byte {current}, not {offset}.", code="offset_mismatch")
        room = session.length - current
        if length is not None and length > room:
            raise ValidationFailed(
                f"Only {room} more bytes were announced for this upload.",
                code="beyond_length",
                fields={"Content-Length": [f"At most {room}."]},
            )
        try:
            written = _copy(stream, out, room)
            # What the client is told it sent must survive a crash: it will not send it again.
            os.fsync(out.fileno())
        except OSError as exc:
            outage = outage_from(exc)
            if outage is None:
                raise
            os.ftruncate(out.fileno(), current)
            raise outage from exc
    offset = current + written
    _seal_if_complete(session)
    return offset


def _seal_if_complete(session: UploadSession) -> None:
    """Hash a session whose last byte is in. Also called when an entry takes it: a crash
    between the last piece's fsync and this commit must not strand a complete upload
    whose client already moved on."""
    if session.in_storage:
        resumable_s3.finish(session, _shared())
        return
    if session.sha256 is None and received(session) == session.length:
        session.sha256 = _sha256(session_path(session))
        db.session.commit()


def _copy(stream: IO[bytes], out: IO[bytes], room: int) -> int:
    written = 0
    try:
        for chunk in arriving_chunks(stream, room, CHUNK):
            view = memoryview(chunk)
            while view:  # an unbuffered write may take only part of the chunk
                count = out.write(view)
                view = view[count:]
                written += count
    except ValidationFailed:
        out.truncate(out.tell() - written)
        raise
    return written


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def take_uploads(
    logbook: Logbook, user: Any, session_ids: Iterable[str], *, captions: list[str], alts: list[str]
) -> list[UploadedFile]:
    """The complete uploads named by an entry, as files ready for ``create_entry``.
    ``captions``/``alts`` are aligned with ``session_ids``. An upload kept in shared storage
    is copied to a local spool file for sniffing; ``release_copies`` removes those once
    the entry is made (or refused)."""
    files = []
    for index, session_id in enumerate(session_ids):
        try:
            session = get_session(session_id, user)
        except NotFound:
            raise ValidationFailed(
                f"No upload {session_id!r} of yours (it may have expired).",
                code="upload_not_found",
                fields={"uploads": [f"Unknown upload {session_id!r}."]},
            ) from None
        if session.logbook_id != logbook.id:
            raise ValidationFailed(
                "That upload was opened for another logbook.",
                code="upload_not_found",
                fields={"uploads": [f"Upload {session_id!r} belongs to another logbook."]},
            )
        _seal_if_complete(session)
        if session.sha256 is None:
            raise ValidationFailed(
                f"The upload {session_id!r} is not finished: {received(session)} of {session.length} bytes.",
                code="upload_incomplete",
                fields={"uploads": [f"Upload {session_id!r} is not finished."]},
            )
        path = _local_copy(session) if session.in_storage else session_path(session)
        files.append(
            UploadedFile(
                path=path,
                sha256=session.sha256,
                size=session.length,
                filename=session.filename,
                caption=captions[index] if index < len(captions) else "",
                alt_text=alts[index] if index < len(alts) else "",
            )
        )
    return files


def _local_copy(session: UploadSession) -> str:
    spool = HashedSpoolFile(upload_dir())
    g.setdefault("carnet_resumable_copies", []).append(spool)
    try:
        resumable_s3.download(_shared(), session, spool)
    except FileNotFoundError:
        raise ValidationFailed(
            f"The file of upload {session.id!r} is no longer stored; send it again.",
            code="upload_not_found",
            fields={"uploads": [f"Upload {session.id!r} is gone."]},
        ) from None
    return spool.path


def release_copies() -> None:
    """Remove the local copies ``take_uploads`` made in this request."""
    for spool in g.pop("carnet_resumable_copies", []):
        with contextlib.suppress(OSError):
            spool.close()


def end_sessions(session_ids: Iterable[str]) -> None:
    """Forget sessions and their files: once an entry took them, or when the client gives up."""
    ids = list(session_ids)
    if not ids:
        return
    sessions = db.session.scalars(select(UploadSession).where(UploadSession.id.in_(ids))).all()
    paths = [session_path(session) for session in sessions if not session.in_storage]
    shared = [(s.id, s.multipart_id, s.sha256) for s in sessions if s.in_storage]
    for session in sessions:
        db.session.delete(session)
    db.session.commit()
    for path in paths:
        _remove_file(path)
    if shared:
        resumable_s3.discard(get_storage(), shared)


def expire_upload_sessions(now: datetime | None = None) -> int:
    """Periodic job: remove sessions past their time, and files no session owns."""
    now = now or utcnow()
    expired = db.session.scalars(select(UploadSession.id).where(UploadSession.expires_at <= now)).all()
    end_sessions(expired)
    known = set(db.session.scalars(select(UploadSession.id)))
    directory = sessions_dir()
    with contextlib.suppress(FileNotFoundError):
        for name in os.listdir(directory):
            path = os.path.join(directory, name)
            # A file without a row: its session's commit never happened (a crash); an hour
            # is far longer than that window.
            if name not in known and os.path.getmtime(path) < now.timestamp() - 3600:
                _remove_file(path)
    try:
        resumable_s3.sweep_orphans(get_storage())
    except StorageUnavailable:
        log.warning("could not look for the pieces of ended uploads; next time", exc_info=True)
    return len(expired)


def _remove_file(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)
