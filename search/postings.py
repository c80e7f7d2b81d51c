"""An entry document analysed into what an index stores: per-field postings and
lengths, the row of columns, the stored text.

The terms come from the fields of the Whoosh schema themselves
(:func:`search.schema.to_fields`, then each field's own analyzer), so that the
PostgreSQL store holds exactly the terms, weights and lengths the Whoosh index
holds for the same document.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass

from whoosh.fields import Schema
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.documents import EntryDocument
from search.schema import SNIPPET_FIELDS, TEXT_FIELD_BOOSTS, build_schema, to_fields

# Fields looked up by term: the free-text fields and the word pairs of phrases.
POSTING_FIELDS = (*TEXT_FIELD_BOOSTS, "pairs")
# Fields whose length BM25 reads (in this order in the stored list).
LENGTH_FIELDS = POSTING_FIELDS
STORED_FIELDS = ("title", *SNIPPET_FIELDS, "thumbnail_key")

_schema_lock = threading.Lock()
_schema: Schema | None = None


def _shared_schema() -> Schema:
    global _schema
    with _schema_lock:
        if _schema is None:
            _schema = build_schema()
        return _schema


@dataclass
class AnalysedDocument:
    entry_id: int
    row: list  # the values of search.view.Row, as search.schema.encode_row writes them
    lengths: list[float]  # per LENGTH_FIELDS, rounded as Whoosh stores them
    postings: list[tuple[str, str, float]]  # (field, term, weight)
    words: set[str]  # terms of the "exact" field
    stored: dict


def analyse(doc: EntryDocument) -> AnalysedDocument:
    """What the index keeps of ``doc``."""
    schema = _shared_schema()
    fields = to_fields(doc)
    postings: list[tuple[str, str, float]] = []
    lengths: list[float] = []
    words: set[str] = set()
    for name in POSTING_FIELDS:
        field = schema[name]
        length = 0
        for term, frequency, weight, _value in field.index(fields[name]):
            text = term.decode("utf-8")
            postings.append((name, text, float(weight)))
            if field.scorable:
                length += frequency
            if name == "exact":
                words.add(text)
        # Whoosh keeps a length as one byte: the same rounding gives the same BM25.
        lengths.append(float(byte_to_length(length_to_byte(length))))
    return AnalysedDocument(
        entry_id=doc.entry_id,
        row=json.loads(fields["row"]),
        lengths=lengths,
        postings=postings,
        words=words,
        stored={name: fields.get(name) for name in STORED_FIELDS if fields.get(name) is not None},
    )
