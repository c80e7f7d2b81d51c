"""All models, importable from one place. One module per concept."""

from logbook.models.accounts import ApiToken, BrowserSession, Membership, Role, User
from logbook.models.exports import Export, ExportState
from logbook.models.history import EntryRevision
from logbook.models.journal import (
    ENTRY_FIELDS,
    ENTRY_KINDS,
    Entry,
    EntryStatus,
    EntryTag,
    Logbook,
    Stage,
    Visibility,
)
from logbook.models.media import Derivative, Media, MediaState
from logbook.models.requests import IdempotencyRecord, UploadSession
from logbook.models.sharing import GuestLink, Invitation
from logbook.models.transcripts import Transcript, TranscriptState

__all__ = [
    "ENTRY_FIELDS",
    "ENTRY_KINDS",
    "ApiToken",
    "BrowserSession",
    "Derivative",
    "Entry",
    "EntryRevision",
    "EntryStatus",
    "EntryTag",
    "Export",
    "ExportState",
    "GuestLink",
    "IdempotencyRecord",
    "Invitation",
    "Logbook",
    "Media",
    "MediaState",
    "Membership",
    "Role",
    "Stage",
    "Transcript",
    "TranscriptState",
    "UploadSession",
    "User",
    "Visibility",
]
