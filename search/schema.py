"""The Whoosh schema of the entry index, and how a document fills it."""

from __future__ import annotations

import json
from datetime import UTC

from whoosh import columns
from whoosh.fields import BOOLEAN, COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from search.analysis import exact_analyzer, french_analyzer, lemma_analyzer, pairs_analyzer
from search.documents import (
    KIND_LABELS_FR,
    EntryDocument,
    document_stamp,
    markdown_to_text,
    mentioned_day_terms,
)
from search.mentioned_days import FIELD as DAYS_FIELD
from search.posting_sidecar import SidecarCodec

# Fields searched by free words, with the weight a match in each carries.
# "exact" holds every text unstemmed: it makes exact words and names rank
# above mere stem matches and serves phrases and prefixes.
TEXT_FIELD_BOOSTS = {
    "title": 3.0,
    "labels": 2.0,
    "speaker": 2.0,
    "body": 1.0,
    "transcript": 1.0,
    "captions": 1.0,
    "stage": 1.0,
    "author": 1.0,
    "exact": 0.5,
    "lemmas": 0.5,
}

# Fields holding every text of an entry in one form: unstemmed, and lemmatised.
WHOLE_TEXT_FIELDS = ("exact", "lemmas")

# Fields shown in snippets, in order of preference.
SNIPPET_FIELDS = ("body", "transcript", "captions")


def build_schema() -> Schema:
    """The schema; changing it requires a rebuild (see ``SCHEMA_VERSION``).

    No field stores positions: phrases are answered by the ``pairs`` field
    and snippets re-read the stored text, so positions would only make the
    posting lists bigger and slower to decode.
    """
    french = french_analyzer()
    exact = exact_analyzer()
    return Schema(
        entry_id=ID(unique=True, stored=True),
        logbook=NUMERIC(int, bits=64, signed=True, stored=True),
        kind=ID(stored=True),
        state=ID(stored=True),
        title=TEXT(analyzer=french, phrase=False, stored=True),
        body=TEXT(analyzer=french, phrase=False, stored=True),
        transcript=TEXT(analyzer=french, phrase=False, stored=True),
        captions=TEXT(analyzer=french, phrase=False, stored=True),
        speaker=TEXT(analyzer=french, phrase=False, stored=True),
        # Tags as exact keywords (for tag: filters) and as words (kind labels
        # too) for free text.
        tags=KEYWORD(commas=True, lowercase=True, stored=True),
        labels=TEXT(analyzer=french, phrase=False),
        stage_id=NUMERIC(int, bits=64, signed=True, stored=True),
        stage=TEXT(analyzer=french, phrase=False, stored=True),
        author_id=NUMERIC(int, bits=64, signed=True, stored=True),
        author=TEXT(analyzer=french, phrase=False, stored=True),
        exact=TEXT(analyzer=exact, phrase=False, spelling=True),
        # Every text by lemma (ils mangent → manger): ranks a lemma match between
        # an exact word and a mere stem match.
        lemmas=TEXT(analyzer=lemma_analyzer(), phrase=False),
        # Adjacent word pairs of "exact": a phrase is found by looking up its
        # pairs, with no position checks.
        pairs=TEXT(analyzer=pairs_analyzer(), phrase=False),
        # The days an entry's text speaks of ("hier", "mardi prochain", "le 14/11"):
        # see search.mentioned_days. An index from before it lacks the field; a write
        # adds it (search.index).
        days=days_field(),
        occurred_at=DATETIME(stored=True, sortable=True),
        pinned=BOOLEAN(stored=True),
        thumbnail_key=STORED(),
        # One compact row per document, read column-wise for access checks,
        # facets and date sorting without touching stored fields.
        row=COLUMN(columns.VarBytesColumn()),
    )


# 4: the whole-text fields (exact, lemmas, pairs) no longer hold the stage's title.
SCHEMA_VERSION = "4"


def days_field() -> KEYWORD:
    """The field of :mod:`search.mentioned_days`: space-separated day terms, unscored."""
    return KEYWORD(scorable=False)


def build_codec() -> SidecarCodec:
    """Whoosh's file format with bigger, uncompressed posting blocks (they decode
    several times faster, which is what searches spend time on when a segment has
    no postings sidecar), and a postings sidecar with every segment written (see
    :mod:`search.posting_sidecar`)."""
    return SidecarCodec(blocklimit=256, compression=0)


def _local_day(doc: EntryDocument) -> int:
    # Day in the entry's own time zone, as YYYYMMDD: "March" means March
    # where it happened, whatever the server's zone.
    day = doc.occurred_at.date()
    return day.year * 10000 + day.month * 100 + day.day


def encode_row(doc: EntryDocument, stamp: str) -> bytes:
    """The per-document column value (see :class:`search.index.Row`)."""
    return json.dumps(
        [
            doc.entry_id,
            doc.logbook_id,
            doc.state,
            doc.kind,
            doc.stage_id,
            doc.stage_title,
            doc.author_id,
            doc.author_name,
            _local_day(doc),
            doc.occurred_at.timestamp(),
            [tag.strip().lower() for tag in doc.tags if tag.strip()],
            stamp,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def to_fields(doc: EntryDocument) -> dict:
    """Keyword arguments for ``writer.update_document`` for ``doc``."""
    body = markdown_to_text(doc.body)
    tags = [tag.strip().lower() for tag in doc.tags if tag.strip()]
    tag_words = " ".join(tag.replace("-", " ").replace("_", " ") for tag in tags)
    days = mentioned_day_terms(doc)
    # The entry's own words, and its author's name (a name is looked up, and corrected,
    # like a word). Not its stage's title: every entry of a stage called "Mobilité et
    # garde d'enfants" would meet "garde d'enfants" as if it said it, and a synonym of it
    # ("nounou") too; the title is matched by the "stage" field, at the stem's tier.
    exact_parts = [
        doc.title,
        body,
        doc.transcript,
        doc.captions,
        doc.speaker,
        tag_words,
        doc.author_name,
    ]
    fields = {
        "entry_id": str(doc.entry_id),
        "logbook": doc.logbook_id,
        "kind": doc.kind,
        "state": doc.state,
        "title": doc.title,
        "body": body,
        "transcript": doc.transcript,
        "captions": doc.captions,
        "speaker": doc.speaker,
        "tags": ",".join(tags),
        "labels": f"{tag_words} {KIND_LABELS_FR[doc.kind]}",
        "stage": doc.stage_title,
        "author": doc.author_name,
        "exact": "\n".join(part for part in exact_parts if part),
        "lemmas": "\n".join(part for part in exact_parts if part),
        "pairs": "\n".join(part for part in exact_parts if part),
        DAYS_FIELD: " ".join(days),
        "occurred_at": doc.occurred_at.astimezone(UTC).replace(tzinfo=None),
        "pinned": doc.pinned,
        "thumbnail_key": doc.thumbnail_key,
        "row": encode_row(doc, document_stamp(doc, days)),
    }
    if doc.stage_id is not None:
        fields["stage_id"] = doc.stage_id
    if doc.author_id is not None:
        fields["author_id"] = doc.author_id
    return fields
