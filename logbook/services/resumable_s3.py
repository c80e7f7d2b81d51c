"""Resumable uploads on a team server: pieces in S3, state in the database, so the next
piece of an upload may reach any web machine.

As tusd's S3 store does, each upload is one S3 multipart upload (``uploads/<id>/data``).
S3 takes parts of at least 5 MiB (except the last), so the end of a piece that does
not fill a part waits in a small "tail" object (``uploads/<id>/tail-<writer>``) and is
put in front of the next piece. The database row says which parts (number, ETag) and
which tail make the bytes received so far; it changes in one UPDATE, so the offset a
client is told always names bytes that are stored.

Only one request writes at a time: it first takes the row's writer lease with a
compare-and-set on (offset, no live writer), and commits its parts with a second one
on (offset, its own lease). A machine that dies mid-piece loses its lease after
``LEASE_SECONDS``; its parts were never acknowledged and are written again or aborted.

When the last byte is in, the parts are joined, the file is hashed as it streams back
(never whole in memory) and copied inside the bucket to ``originals/<sha256>``, where
the ingest path keeps originals. Ending a session aborts its multipart upload and
removes its tail; the hourly expiry also removes what sessions that vanished left.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import secrets
import time
from collections.abc import Iterable
from datetime import timedelta
from typing import IO, Any

from sqlalchemy import or_, select, update

from logbook.db import db, utcnow
from logbook.errors import Conflict, NotFound, PayloadTooLarge, StorageUnavailable, ValidationFailed
from logbook.models import UploadSession
from logbook.services.objects import original_key, sha_in_use
from logbook.storage import Storage, get_storage
from logbook.storage_parts import MAX_PARTS, MIN_PART_BYTES, MultipartUploads
from logbook.storage_s3 import S3Storage
from logbook.uploads import arriving_chunks

log = logging.getLogger("carnet.resumable")

CHUNK = 1024 * 1024
PREFIX = "uploads"
# A writer that stops renewing its lease for this long is taken for dead.
LEASE_SECONDS = 120
RENEW_SECONDS = 30


def shares_pieces(storage: Storage) -> bool:
    """Whether uploads on this storage keep their pieces in it (S3), not on one machine."""
    return isinstance(storage, S3Storage)


def shared_storage() -> S3Storage | None:
    """The app's storage if uploads keep their pieces in it, else None."""
    storage = get_storage()
    return storage if isinstance(storage, S3Storage) else None


def data_key(session_id: str) -> str:
    return f"{PREFIX}/{session_id}/data"


def _tail_key(session_id: str, writer: str) -> str:
    return f"{PREFIX}/{session_id}/tail-{writer}"


def start(session: UploadSession, storage: S3Storage) -> None:
    """Commit a new session, then open its multipart upload. In that order, every
    multipart upload under ``uploads/`` has a row while its opening is under way, so the
    sweep can take one without a row for an orphan, whatever its age."""
    session.in_storage = True
    session.received_bytes = 0
    session.parts = []
    db.session.add(session)
    db.session.commit()
    try:
        session.multipart_id = MultipartUploads(storage).start(data_key(session.id))
        db.session.commit()
    except BaseException:
        db.session.rollback()
        with contextlib.suppress(Exception):
            db.session.delete(session)
            db.session.commit()
        raise


def append(
    session: UploadSession, offset: int, stream: IO[bytes], length: int | None, storage: S3Storage
) -> int:
    """Add the bytes of ``stream`` at ``offset``; return the new offset. Raises as
    ``resumable.append`` does; a storage outage is ``StorageUnavailable`` and keeps nothing
    of the piece (the offset stays where it was)."""
    if offset == session.received_bytes == session.length:
        return offset  # nothing is left to send: an empty PATCH at the end is harmless
    writer = _claim(session, offset)
    try:
        room = session.length - offset
        if length is not None and length > room:
            raise ValidationFailed(
                f"Only {room} more bytes were announced for this upload.",
                code="beyond_length",
                fields={"Content-Length": [f"At most {room}."]},
            )
        old_tail = session.tail_key
        received, parts, tail = _receive(session, writer, offset, stream, storage)
        if received == offset:
            _release(session.id, writer)
            return offset
        new_tail = None
        if tail:
            new_tail = _tail_key(session.id, writer)
            storage.put(new_tail, io.BytesIO(tail))
    except FileNotFoundError:
        # The bucket does not know the upload (an instance restored elsewhere from a backup).
        _release(session.id, writer)
        raise NotFound("No such upload (it may have expired).", code="upload_not_found") from None
    except BaseException:
        _release(session.id, writer)
        raise
    committed = db.session.execute(
        update(UploadSession)
        .where(
            UploadSession.id == session.id,
            UploadSession.writer == writer,
            UploadSession.received_bytes == offset,
        )
        .values(
            received_bytes=received,
            parts=parts,
            tail_key=new_tail,
            tail_size=len(tail),
            writer=None,
            writer_until=None,
        )
    ).rowcount
    db.session.commit()
    if committed != 1:
        _forget_object(storage, new_tail)
        raise Conflict(
            "Another request took over this upload; ask for its offset and go on.", code="upload_busy"
        )
    _forget_object(storage, old_tail)
    db.session.refresh(session)
    if received == session.length:
        try:
            finish(session, storage)
        except StorageUnavailable:
            # The bytes are acknowledged and kept; the entry that takes the upload finishes it.
            log.warning("upload %s is complete but could not be joined yet", session.id, exc_info=True)
    return received


def _claim(session: UploadSession, offset: int) -> str:
    """Take the writer lease if the upload stands at ``offset`` and nobody writes to it."""
    writer = secrets.token_hex(16)
    now = utcnow()
    taken = db.session.execute(
        update(UploadSession)
        .where(
            UploadSession.id == session.id,
            UploadSession.received_bytes == offset,
            or_(UploadSession.writer.is_(None), UploadSession.writer_until < now),
        )
        .values(writer=writer, writer_until=now + timedelta(seconds=LEASE_SECONDS))
    ).rowcount
    db.session.commit()
    if taken != 1:
        db.session.refresh(session)
        if session.received_bytes != offset:
            raise Conflict(
                f"The upload is at byte {session.received_bytes}, not {offset}.", code="offset_mismatch"
            )
        raise Conflict(
            "Another request is sending this upload; ask for its offset and go on.", code="upload_busy"
        )
    db.session.refresh(session)
    return writer


def _renew(session_id: str, writer: str) -> None:
    kept = db.session.execute(
        update(UploadSession)
        .where(UploadSession.id == session_id, UploadSession.writer == writer)
        .values(writer_until=utcnow() + timedelta(seconds=LEASE_SECONDS))
    ).rowcount
    db.session.commit()
    if kept != 1:
        raise Conflict(
            "Another request took over this upload; ask for its offset and go on.", code="upload_busy"
        )


def _release(session_id: str, writer: str) -> None:
    """Give the lease back after a failed piece; if the database is down it runs out alone."""
    try:
        db.session.rollback()
        db.session.execute(
            update(UploadSession)
            .where(UploadSession.id == session_id, UploadSession.writer == writer)
            .values(writer=None, writer_until=None)
        )
        db.session.commit()
    except Exception:
        db.session.rollback()
        log.warning("could not release the writer lease of upload %s", session_id, exc_info=True)


def _receive(
    session: UploadSession, writer: str, offset: int, stream: IO[bytes], storage: S3Storage
) -> tuple[int, list[Any], bytes]:
    """Read the piece, sending each 5 MiB gathered (old tail first) as a part. Returns the
    new offset, the parts and the bytes left for a tail. A dropped connection ends the
    piece: what arrived is kept."""
    uploads = MultipartUploads(storage)
    key = data_key(session.id)
    parts: list[Any] = list(session.parts or [])
    number = parts[-1][0] + 1 if parts else 1
    buffer = bytearray()
    if session.tail_key and session.tail_size:
        with storage.open(session.tail_key) as tail:
            buffer += tail.read()
        if len(buffer) != session.tail_size:
            raise StorageUnavailable(f"the stored tail of upload {session.id} is not whole")
    room = session.length - offset
    arrived = 0
    renewed = time.monotonic()
    for chunk in arriving_chunks(stream, room, CHUNK):
        buffer += chunk
        arrived += len(chunk)
        if len(buffer) >= MIN_PART_BYTES:
            parts.append(_put_part(uploads, key, session, writer, number, buffer))
            renewed = time.monotonic()
            number += 1
            buffer = bytearray()
        if time.monotonic() - renewed > RENEW_SECONDS:
            _renew(session.id, writer)
            renewed = time.monotonic()
    received = offset + arrived
    if received == session.length and buffer:
        # The last part of an upload may be smaller than 5 MiB.
        parts.append(_put_part(uploads, key, session, writer, number, buffer))
        buffer = bytearray()
    return received, parts, bytes(buffer)


def _put_part(
    uploads: MultipartUploads, key: str, session: UploadSession, writer: str, number: int, data: bytearray
) -> list[Any]:
    if number > MAX_PARTS or not session.multipart_id:
        raise PayloadTooLarge("This upload has more parts than the storage accepts.")
    # A writer whose lease ran out (a client silent for minutes) must not replace a part
    # that the request which took over has acknowledged: the lease is checked before each.
    _renew(session.id, writer)
    return [number, uploads.put_part(key, session.multipart_id, number, data), len(data)]


def finish(session: UploadSession, storage: S3Storage) -> None:
    """Join a complete upload's parts, hash the file and store it as ``originals/<sha256>``.
    Safe to run again after a crash half-way. Raises StorageUnavailable; does nothing if
    the upload's data is gone (the session then stays unfinished)."""
    if session.sha256 is not None or session.received_bytes != session.length:
        return
    uploads = MultipartUploads(storage)
    key = data_key(session.id)
    if session.multipart_id:
        parts = [(number, etag) for number, etag, _size in session.parts or []]
        with contextlib.suppress(FileNotFoundError):  # joined already, by an attempt that died after
            uploads.complete(key, session.multipart_id, parts)
    try:
        sha256 = _sha256(storage, key)
    except FileNotFoundError:
        log.warning("the data of upload %s is gone; it cannot be finished", session.id)
        return
    if not storage.exists(original_key(sha256)):
        uploads.copy(key, original_key(sha256), size=session.length)
    session.sha256 = sha256
    session.multipart_id = None
    session.parts = []
    db.session.commit()
    _forget_object(storage, key)


def _sha256(storage: Storage, key: str) -> str:
    digest = hashlib.sha256()
    with contextlib.closing(storage.open(key)) as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def download(storage: Storage, session: UploadSession, spool: IO[bytes]) -> None:
    """Copy a finished upload's file into a local spool file (for sniffing and probing)."""
    with contextlib.closing(storage.open(original_key(session.sha256 or ""))) as stream:
        while chunk := stream.read(CHUNK):
            spool.write(chunk)
    spool.flush()


def discard(storage: Storage, ended: Iterable[tuple[str, str | None, str | None]]) -> None:
    """Remove what ended sessions (``(id, multipart id, sha256)``, rows already deleted)
    left in storage: the open multipart upload, the tail, and a finished file no entry
    took. Failures are logged: the expiry sweep removes the rest later."""
    if not isinstance(storage, S3Storage):
        return
    uploads = MultipartUploads(storage)
    for session_id, multipart_id, sha256 in ended:
        try:
            if multipart_id:
                uploads.abort(data_key(session_id), multipart_id)
            for info in list(storage.list(f"{PREFIX}/{session_id}/")):
                storage.delete(info.key)
            if sha256 and not sha_in_use(sha256):
                storage.delete(original_key(sha256))
        except StorageUnavailable:
            log.warning("could not remove the pieces of upload %s; the expiry sweep will", session_id)


def sweep_orphans(storage: Storage) -> int:
    """Abort multipart uploads and remove objects under ``uploads/`` of sessions that no
    longer exist (ended while storage was down, or a crash between opening and commit)."""
    if not isinstance(storage, S3Storage):
        return 0
    uploads = MultipartUploads(storage)
    pending = list(uploads.open_uploads(PREFIX))
    objects = list(storage.list(f"{PREFIX}/"))
    known = set(db.session.scalars(select(UploadSession.id)))
    removed = 0
    # Pieces are written only while their session's row exists (``start`` commits the row
    # first): listed before the rows were read, pieces without a row belong to an ended session.
    for upload in pending:
        if _owner(upload.key) not in known:
            uploads.abort(upload.key, upload.upload_id)
            removed += 1
    for info in objects:
        if _owner(info.key) not in known:
            storage.delete(info.key)
            removed += 1
    return removed


def _owner(key: str) -> str:
    return key.split("/")[1] if key.count("/") >= 2 else ""


def _forget_object(storage: Storage, key: str | None) -> None:
    if key:
        try:
            storage.delete(key)
        except StorageUnavailable:
            log.warning("could not remove %s; the expiry sweep will", key)
