"""Removing stored objects once nothing refers to them any more."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import select

from logbook.db import db
from logbook.errors import StorageUnavailable
from logbook.models import Media, UploadSession
from logbook.storage import Storage

log = logging.getLogger("carnet.objects")


def original_key(sha256: str) -> str:
    return f"originals/{sha256}"


def derived_prefix(media_id: int) -> str:
    return f"derived/{media_id}/"


def sha_in_use(sha256: str) -> bool:
    """Whether a media row holds ``originals/<sha256>``, or a finished resumable upload kept
    in shared storage that no entry took yet (its file is already stored there)."""
    if db.session.scalar(select(Media.id).where(Media.sha256 == sha256).limit(1)) is not None:
        return True
    held = select(UploadSession.id).where(UploadSession.sha256 == sha256, UploadSession.in_storage.is_(True))
    return db.session.scalar(held.limit(1)) is not None


def remove_media_objects(storage: Storage, media_rows: Iterable[tuple[int, str]]) -> None:
    """Delete derivatives of deleted media rows and originals no row refers to.

    Called after the rows are gone. A storage failure is logged, not raised: a
    leftover object wastes space but loses nothing, and ``carnet check`` lists it.
    """
    for media_id, sha256 in media_rows:
        try:
            for info in list(storage.list(derived_prefix(media_id))):
                storage.delete(info.key)
            if not sha_in_use(sha256):
                storage.delete(original_key(sha256))
        except StorageUnavailable:
            log.warning("could not remove objects of media %s; run `carnet check`", media_id)
