"""All models, importable from one place. One module per concept."""

from logbook.models.accounts import ApiToken, BrowserSession, Membership, Role, User
from logbook.models.effects import (
    EFFECT_FIELDS,
    REVIEW_FIELDS,
    EffectRevision,
    Evidence,
    ExpectedEffect,
    StageReview,
    StageReviewRevision,
    Stance,
)
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
from logbook.models.search_store import SEARCH_TABLES
from logbook.models.sharing import GuestLink, Invitation
from logbook.models.stakeholders import STAKEHOLDER_KINDS, EntryStakeholder, Stakeholder
from logbook.models.transcripts import Transcript, TranscriptState

__all__ = [
    "EFFECT_FIELDS",
    "ENTRY_FIELDS",
    "ENTRY_KINDS",
    "REVIEW_FIELDS",
    "SEARCH_TABLES",
    "STAKEHOLDER_KINDS",
    "ApiToken",
    "BrowserSession",
    "Derivative",
    "EffectRevision",
    "Entry",
    "EntryRevision",
    "EntryStakeholder",
    "EntryStatus",
    "EntryTag",
    "Evidence",
    "ExpectedEffect",
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
    "StageReview",
    "StageReviewRevision",
    "Stakeholder",
    "Stance",
    "Transcript",
    "TranscriptState",
    "UploadSession",
    "User",
    "Visibility",
]
