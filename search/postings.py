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
from collections import Counter
from dataclasses import dataclass

from whoosh.fields import Schema
from whoosh.formats import Frequency
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.analysis import CachedAnalyzer
from search.documents import EntryDocument
from search.mentioned_days import FIELD as DAYS_FIELD
from search.schema import SNIPPET_FIELDS, TEXT_FIELD_BOOSTS, build_schema, to_fields

# Fields whose length BM25 reads (in this order in the stored list).
LENGTH_FIELDS = (*TEXT_FIELD_BOOSTS, "pairs")
# Fields looked up by term: the free-text fields, the word pairs of phrases and the
# days a text speaks of (unscored, so without a length).
POSTING_FIELDS = (*LENGTH_FIELDS, DAYS_FIELD)
STORED_FIELDS = ("title", *SNIPPET_FIELDS, "thumbnail_key")

_schema_lock = threading.Lock()
_schema: Schema | None = None


def _shared_schema() -> Schema:
    global _schema
    with _schema_lock:
        if _schema is None:
            _schema = build_schema()
        return _schema


def _terms(field, value, analysed: dict[str, list]) -> list[tuple[str, int, float]]:
    """``(term, frequency, weight)`` of each term ``field.index(value)`` gives, in the
    same order; for a field of plain frequencies analysed by a :class:`CachedAnalyzer`
    (every text field), counted from the cached analysis rather than token by token."""
    analyzer = getattr(field, "analyzer", None)
    if (
        isinstance(analyzer, CachedAnalyzer)
        and isinstance(value, str)
        and type(field.format) is Frequency
        and field.format.field_boost == 1.0
    ):
        forms = analysed.get(value)
        if forms is None:
            forms = analysed[value] = analyzer.forms(value)
        # Counter keeps the order of first occurrence, as Frequency.word_values does.
        return [(term, count, float(count)) for term, count in Counter(analyzer.terms_of(forms)).items()]
    return [
        (term.decode("utf-8"), frequency, float(weight))
        for term, frequency, weight, _value in field.index(value)
    ]


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
    # Several fields index the same text (exact, lemmas, pairs): its words are looked up once.
    analysed: dict[str, list] = {}
    for name in POSTING_FIELDS:
        field = schema[name]
        length = 0
        for text, frequency, weight in _terms(field, fields[name], analysed):
            postings.append((name, text, weight))
            if field.scorable:
                length += frequency
            if name == "exact":
                words.add(text)
        if name in LENGTH_FIELDS:
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
