"""Writing a whole index in one go, for rebuilds.

Whoosh's ``SegmentWriter`` is general: every field of every document goes through
a chain of generators, every posting becomes a tuple in a pool that is sorted and,
past ``limitmb``, pickled to disk one posting at a time and merged back; when the
segment is written, each posting's field length is read back from disk (with a
``stat`` call for fields that keep no lengths). A rebuild writes millions of
postings, so :class:`BulkWriter` takes shorter roads to the same segment files:

* the terms of the text fields come from :class:`search.term_numbers.TermNumbers` (the
  terms of :class:`search.analysis.CachedAnalyzer`, as numbers), counted at once;
  those of the other fields (ids, numbers, dates) from Whoosh, once per distinct value;
* each document's terms are appended to flat arrays per field (term numbers and
  frequencies) in a few C-level calls, not one Python step per posting; when the
  segment is written, numpy sorts each field's postings by term in one stable sort
  (documents stay in order); past ``limitmb`` a sorted run goes to disk, and runs are
  merged back by chunks of consecutive terms;
* the blocks of postings and the term infos are computed by chunks of consecutive
  terms with numpy (delta-encoded document numbers, weights, packed frequencies,
  statistics by ``reduceat``): each block is then a few list slices and the two
  pickles Whoosh writes, and a chunk's blocks are written at once;
* field lengths are gathered per field and written as whole columns.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from whoosh.fields import NUMERIC
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from search.analysis import CachedAnalyzer
from search.bulk_postings import TermPostings
from search.segment_files import FieldLengths, write_postings
from search.term_numbers import TermNumbers


class _Field(NamedTuple):
    """What ``BulkWriter.add_document`` asks of a field, looked up once."""

    field: object
    kind: str | None  # of its CachedAnalyzer, when the writer analyses it itself
    indexed: bool
    scorable: bool
    stored: bool
    column: object


class BulkWriter(SegmentWriter):
    """A ``SegmentWriter`` for a new, empty index: same documents, same segment, less work.

    Text fields analysed by a :class:`CachedAnalyzer` into plain frequencies (every
    text field of :func:`search.schema.build_schema`) are analysed by this writer; the
    other indexed fields by Whoosh (``field.index``), once per distinct value. Every
    indexed field must keep frequencies or mere existence, with no boost; term vectors
    and separate spelling fields are not supported (the schema has none).
    """

    def __init__(self, ix, *, limitmb: int = 128, **kwargs) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self._numbers = TermNumbers()
        self._postings = TermPostings(self._tempstorage, limitmb * 1024 * 1024, self._spell)
        if self.schema._dyn_fields:
            raise ValueError("dynamic (glob) fields are not supported")
        self._plan: dict[str, _Field] = {}
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"{name}: term vectors and spelling fields are not supported")
            if field.indexed and (
                type(field.format) not in (Frequency, Existence) or field.format.field_boost != 1.0
            ):
                raise ValueError(f"{name}: only frequencies or existence, with no boost, are supported")
            analyzer = getattr(field, "analyzer", None)
            fast = field.indexed and isinstance(analyzer, CachedAnalyzer) and type(field.format) is Frequency
            self._plan[name] = _Field(
                field,
                analyzer.kind if fast else None,
                field.indexed,
                field.scorable,
                field.stored,
                field.column_type,
            )
        self._known_terms: dict[tuple, tuple[dict[bytes, int], int]] = {}
        self._lengths = FieldLengths()

    def add_document(self, **fields) -> None:
        self._check_state()
        if any(name.startswith("_") for name in fields):
            raise ValueError("boosts and custom stored values are not supported")
        perdocwriter = self.perdocwriter
        docnum = self.docnum
        if not fields.keys() <= self._plan.keys():
            self._check_fields(self.schema, fields)
        postings = self._postings

        # Several fields index the same text (every text of the entry, exact, by lemma
        # and by pairs): it is cut into words once.
        analysed: dict[str, list[str]] = {}
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                value = fields[fieldname]
                if value is None:
                    continue
                field, kind, indexed, scorable, stored, column = self._plan[fieldname]
                length = 0
                if kind is not None:
                    counts, length = self._numbers.text_counts(kind, value, analysed)
                    if counts:
                        postings.add(fieldname, counts, docnum)
                elif indexed:
                    counts, length = self._terms(fieldname, field, value)
                    if counts:
                        postings.add(fieldname, counts, docnum)
                if stored:
                    perdocwriter.add_field(fieldname, field, value, 0)
                if length and scorable:
                    self._lengths.add(fieldname, docnum, length)
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _spell(self, fieldname: str, keys: list) -> list:
        """The terms (text, or bytes) of the keys ``add_document`` gave for ``fieldname``."""
        kind = self._plan[fieldname].kind
        if kind is None:
            return keys
        text = self._numbers.text
        return [text(kind, key) for key in keys]

    def _terms(self, fieldname: str, field, value) -> tuple[dict[bytes, int], int]:
        """The frequency of each term (as bytes) of ``field.index(value)``, and the field
        length. Remembered: ids of logbooks, stages and authors, kinds, states and dates
        repeat from one entry to the next."""
        key = (fieldname, value)
        try:
            found = self._known_terms.get(key)
        except TypeError:  # an unhashable value (a list of words)
            return self._index(fieldname, field, value)
        if found is None:
            if len(self._known_terms) > 100_000:
                self._known_terms.clear()
            found = self._known_terms[key] = self._index(fieldname, field, value)
        return found

    @staticmethod
    def _index(fieldname: str, field, value) -> tuple[dict[bytes, int], int]:
        if (
            isinstance(field, NUMERIC)
            and field.shift_step
            and not field.scorable
            and isinstance(value, (int, float, datetime))
        ):
            # NUMERIC.index converts the value again for each of its tiers (16 for 64
            # bits by 4): converted once, the tiers are the same terms.
            first = field.to_bytes(value, 0)
            number = field._struct.unpack(first[1:])[0]
            tiers = range(field.shift_step, field.bits, field.shift_step)
            return dict.fromkeys([first, *(field.sortable_to_bytes(number, shift) for shift in tiers)], 1), 0
        counts, length = {}, 0
        existence = type(field.format) is Existence
        for tbytes, freq, weight, vbytes in field.index(value):
            # The blocks are written from the frequencies alone: check that they tell all.
            if weight != (1.0 if existence else freq) or vbytes != (b"" if existence else pack_uint(freq)):
                raise ValueError(f"{fieldname}: a weight or value other than its frequency")
            counts[tbytes] = 1 if existence else freq
            if field.scorable:
                length += freq
        return counts, length

    def _flush_segment(self) -> None:
        lengths = self._lengths
        lengths.write(self.perdocwriter)
        self.perdocwriter.close()
        fieldwriter = self.fieldwriter
        for fieldname, chunks in self._postings.fields():
            field = self.schema[fieldname]
            fieldwriter.start_field(fieldname, field)
            write_postings(
                fieldwriter,
                chunks,
                lengths.array(fieldname, self.docnum),
                values=type(field.format) is Frequency,
            )
            fieldwriter.finish_field()
        fieldwriter.close()
