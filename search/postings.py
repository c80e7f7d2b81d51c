"""An entry document analysed into what an index stores: per-field postings and
lengths, the row of columns, the stored text.

:func:`analyse` gives the terms as text, for the few documents of a write; a rebuild
counts millions of terms and takes them as numbers (:class:`NumberedAnalysis`, which
gives the same terms, weights and lengths).

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
from search.term_numbers import TermIds, TermNumbers

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


def _length(frequencies: int) -> float:
    # Whoosh keeps a length as one byte: the same rounding gives the same BM25.
    return float(byte_to_length(length_to_byte(frequencies)))


def _stored(fields: dict) -> dict:
    return {name: fields[name] for name in STORED_FIELDS if fields.get(name) is not None}


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
            lengths.append(_length(length))
    return AnalysedDocument(
        entry_id=doc.entry_id,
        row=json.loads(fields["row"]),
        lengths=lengths,
        postings=postings,
        words=words,
        stored=_stored(fields),
    )


@dataclass
class NumberedDocument:
    """:class:`AnalysedDocument` with its terms as numbers of a :class:`NumberedAnalysis`."""

    entry_id: int
    row: list
    lengths: list[float]
    counts: list[dict[int, int]]  # per POSTING_FIELDS: each term's number, and its frequency
    stored: dict


class NumberedAnalysis:
    """:func:`analyse` for a rebuild: the same terms, frequencies and lengths, each term
    a number (:meth:`spell` gives its text back). The text fields are counted by
    :class:`TermNumbers`, with no string made per word or pair; the others (the days a
    text speaks of) by their Whoosh field, their terms numbered in order. One
    instance numbers the terms of a whole rebuild."""

    def __init__(self) -> None:
        schema = _shared_schema()
        self._numbers = TermNumbers()
        self._fields = [schema[name] for name in POSTING_FIELDS]
        # The kind of each field the numbers count (frequencies as weights), or None.
        self._kinds = [
            field.analyzer.kind
            if isinstance(getattr(field, "analyzer", None), CachedAnalyzer)
            and type(field.format) is Frequency
            and field.format.field_boost == 1.0
            else None
            for field in self._fields
        ]
        self._term_ids = [TermIds() for _field in self._fields]
        self._scored_lengths = [name in LENGTH_FIELDS for name in POSTING_FIELDS]

    def analyse(self, doc: EntryDocument) -> NumberedDocument:
        fields = to_fields(doc)
        counts: list[dict[int, int]] = []
        lengths: list[float] = []
        words_of: dict[str, list[str]] = {}
        for name, field, kind, term_ids, scored in zip(
            POSTING_FIELDS, self._fields, self._kinds, self._term_ids, self._scored_lengths, strict=True
        ):
            if kind is not None:
                found, length = self._numbers.text_counts(kind, fields[name], words_of)
            else:
                found, length = {}, 0
                for text, frequency, weight in _terms(field, fields[name], {}):
                    if weight != frequency:
                        raise ValueError(f"{name}: a weight other than its frequency")
                    found[term_ids[text]] = frequency
                    length += frequency
            counts.append(found)
            if scored:
                lengths.append(_length(length if field.scorable else 0))
        return NumberedDocument(doc.entry_id, json.loads(fields["row"]), lengths, counts, _stored(fields))

    def spell(self, field: int, numbers: list[int]) -> list[str]:
        """The terms numbered ``numbers`` in ``POSTING_FIELDS[field]``."""
        kind = self._kinds[field]
        if kind is None:
            texts = list(self._term_ids[field])
            return [texts[number] for number in numbers]
        text = self._numbers.text
        return [text(kind, number) for number in numbers]
