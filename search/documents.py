"""The plain data the search index is fed with.

The application builds one :class:`EntryDocument` per entry from the database;
this package never reads the database itself.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from search.mentioned_days import day_terms, mentioned_days

KINDS = ("note", "photo", "drawing", "audio", "video", "testimony", "link")
STATES = ("published", "pending", "trashed")

# The French word people use for each kind; indexed so that "témoignage" or
# "dessin" typed as a plain word finds entries of that kind.
KIND_LABELS_FR = {
    "note": "note",
    "photo": "photo",
    "drawing": "dessin",
    "audio": "audio son enregistrement",
    "video": "vidéo",
    "testimony": "témoignage",
    "link": "lien",
}


@dataclass
class EntryDocument:
    """Everything the index knows about one entry."""

    entry_id: int
    logbook_id: int
    kind: str
    title: str
    body: str = ""
    transcript: str = ""
    captions: str = ""
    speaker: str = ""
    tags: list[str] = field(default_factory=list)
    stage_id: int | None = None
    stage_title: str = ""
    author_id: int | None = None
    author_name: str = ""
    occurred_at: datetime | None = None
    pinned: bool = False
    state: str = "published"
    thumbnail_key: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown entry kind {self.kind!r}")
        if self.state not in STATES:
            raise ValueError(f"unknown entry state {self.state!r}")
        if self.occurred_at is None or self.occurred_at.utcoffset() is None:
            raise ValueError("occurred_at must be a timezone-aware datetime")


def mentioned_day_terms(doc: EntryDocument) -> list[str]:
    """The terms of the days ``doc``'s texts speak of (:mod:`search.mentioned_days`),
    read from the day it happened in its own time zone."""
    texts = (doc.title, doc.body, doc.transcript, doc.captions)
    return day_terms(mentioned_days(texts, doc.occurred_at.date()))


def document_stamp(doc: EntryDocument, days: list[str] | None = None) -> str:
    """A short fingerprint of everything indexed for ``doc`` (``days``: its
    :func:`mentioned_day_terms`, when the caller has them already).

    The index stores it next to each entry; comparing it with the stamp of the
    document built from the database tells which entries drifted.
    """
    if days is None:
        days = mentioned_day_terms(doc)
    payload = json.dumps(
        [
            doc.entry_id,
            doc.logbook_id,
            doc.kind,
            doc.title,
            doc.body,
            doc.transcript,
            doc.captions,
            doc.speaker,
            list(doc.tags),
            doc.stage_id,
            doc.stage_title,
            doc.author_id,
            doc.author_name,
            doc.occurred_at.isoformat() if doc.occurred_at else None,
            doc.pinned,
            doc.state,
            doc.thumbnail_key,
            # Only when there are any: an entry indexed before days were read from its
            # text drifts only if its text names one (`carnet check` counts those).
            *([days] if days else []),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=12).hexdigest()


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MD_HTML = re.compile(r"</?[A-Za-z][^>]*>")
_MD_MARKS = re.compile(r"(^|\n)\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`+)(?=\S)(.+?)(?<=\S)\1")
# Runs of blanks that are not already one space (replacing every single space too
# gives the same text, several times slower).
_SPACES = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_EMPHASIS_MARKS = frozenset("*_~`")


def markdown_to_text(markdown: str) -> str:
    """Plain reading text from an entry's Markdown body (for indexing and snippets).

    This is deliberately light: it drops markup people type on a phone
    (emphasis, headings, lists, quotes, links) and keeps the words.
    """
    text = _MD_IMAGE.sub(r"\1", markdown)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_HTML.sub(" ", text)
    text = _MD_MARKS.sub(r"\1", text)
    if not _EMPHASIS_MARKS.isdisjoint(text):
        for _ in range(2):
            text = _MD_EMPHASIS.sub(r"\2", text)
    return _SPACES.sub(" ", text).strip()
