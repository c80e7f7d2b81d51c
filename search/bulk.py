"""Writing a whole index in one go, for rebuilds.

Whoosh's ``SegmentWriter`` is general: every field of every document goes through
a chain of generators, every posting becomes a tuple in a pool that is sorted and,
past ``limitmb``, pickled to disk one posting at a time and merged back; when the
segment is written, each posting's field length is read back from disk (with a
``stat`` call for fields that keep no lengths). A rebuild writes millions of
postings, so :class:`BulkWriter` takes shorter roads to the same segment files:

* the terms of the text fields come from :class:`search.analysis.CachedAnalyzer`,
  counted at once, and are gathered by term in compact arrays, already in document
  order (nothing to sort but the terms); past ``limitmb`` they go to a sorted run on
  disk, merged back term by term;
* the few other postings (ids, numbers, dates) still go through Whoosh's pool, whose
  runs are written in chunks;
* postings are written a block at a time, with field lengths read once per field.
"""

from __future__ import annotations

import heapq
import pickle
from array import array
from collections import Counter
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.formats import Frequency
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool, SegmentWriter

from search.analysis import CachedAnalyzer

_FREQUENCIES = [pack_uint(n) for n in range(256)]
# Rough memory of one new term and of one more posting in TermPostings.
_TERM_SIZE = 400
_POSTING_SIZE = 8
# Items pickled together in a run on disk.
_CHUNK = 10_000


def _frequency_bytes(freq: int) -> bytes:
    return _FREQUENCIES[freq] if freq < 256 else pack_uint(freq)


def _write_chunks(handle, items: list) -> None:
    for start in range(0, len(items), _CHUNK):
        pickle.dump(items[start : start + _CHUNK], handle, pickle.HIGHEST_PROTOCOL)
    handle.close()


def _read_chunks(handle) -> Iterator:
    try:
        while True:
            try:
                chunk = pickle.load(handle)
            except EOFError:
                return
            yield from chunk
    finally:
        handle.close()


class _ChunkedPool(PostingPool):
    """Whoosh's posting pool, its runs pickled in chunks rather than one posting at a time."""

    def _write_run(self, f, items) -> None:
        _write_chunks(f, items)

    def _read_run(self, path) -> Iterator:
        return _read_chunks(self._open_run(path))


class TermPostings:
    """Postings of the text fields by ``(field, term)``: document numbers and frequencies
    in arrays, in the order documents were added. Past ``limit`` bytes (estimated) they
    are written to a run on disk sorted by term; :meth:`items` merges the runs back."""

    def __init__(self, tempstore, limit: int) -> None:
        self._tempstore = tempstore
        self._limit = limit
        self._fields: dict[str, dict[str, tuple[array, array]]] = {}
        self._size = 0
        self._runs: list[str] = []

    def add(self, fieldname: str, counts: Counter, docnum: int) -> None:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        added = 0
        for term, freq in counts.items():
            entry = terms.get(term)
            if entry is None:
                entry = terms[term] = (array("I"), array("I"))
                added += _TERM_SIZE + len(term)
            entry[0].append(docnum)
            entry[1].append(freq)
        self._size += added + _POSTING_SIZE * len(counts)
        if self._size > self._limit:
            self._spill()

    def _in_memory(self) -> Iterator[tuple[str, str, array, array]]:
        # UTF-8 keeps code point order: terms sorted as text are sorted as bytes.
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for term in sorted(terms):
                docnums, freqs = terms[term]
                yield fieldname, term, docnums, freqs

    def _spill(self) -> None:
        name = f"terms-{len(self._runs)}.run"
        rows = [
            (fieldname, term, docnums.tobytes(), freqs.tobytes())
            for fieldname, term, docnums, freqs in self._in_memory()
        ]
        _write_chunks(self._tempstore.create_file(name).raw_file(), rows)
        self._runs.append(name)
        self._fields = {}
        self._size = 0

    def items(self) -> Iterator[tuple[str, bytes, array, array]]:
        """``(field, term bytes, document numbers, frequencies)`` sorted by field and term."""
        if not self._runs:
            for fieldname, term, docnums, freqs in self._in_memory():
                yield fieldname, term.encode("utf-8"), docnums, freqs
            return
        if self._fields:
            self._spill()
        runs = [_read_chunks(self._tempstore.open_file(name).raw_file()) for name in self._runs]
        # heapq.merge keeps the runs' order for equal keys: documents stay in order.
        merged = heapq.merge(*runs, key=_FIELD_AND_TERM)
        for (fieldname, term), parts in groupby(merged, key=_FIELD_AND_TERM):
            docnums, freqs = array("I"), array("I")
            for _fieldname, _term, some_docnums, some_freqs in parts:
                docnums.frombytes(some_docnums)
                freqs.frombytes(some_freqs)
            yield fieldname, term.encode("utf-8"), docnums, freqs


_FIELD_AND_TERM = itemgetter(0, 1)


class BulkWriter(SegmentWriter):
    """A ``SegmentWriter`` for a new, empty index: same documents, same segment, less work.

    Text fields analysed by a :class:`CachedAnalyzer` into plain frequencies (every
    text field of :func:`search.schema.build_schema`) are indexed by this writer; the
    other fields go through Whoosh as usual. Boosts, term vectors and separate
    spelling fields are not supported (the schema has none).
    """

    def __init__(self, ix, *, limitmb: int = 128, **kwargs) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        # Most postings are text postings: they get most of the memory.
        self.pool = _ChunkedPool(self._tempstorage, self.newsegment, limitmb=max(1, limitmb // 4))
        self._text = TermPostings(self._tempstorage, limitmb * 1024 * 1024 * 3 // 4)
        # Per field: its analyzer when this writer indexes it itself, else None.
        self._fast: dict[str, CachedAnalyzer | None] = {}
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"{name}: term vectors and spelling fields are not supported")
            analyzer = getattr(field, "analyzer", None)
            fast = (
                field.indexed
                and isinstance(analyzer, CachedAnalyzer)
                and type(field.format) is Frequency
                and field.format.field_boost == 1.0
            )
            self._fast[name] = analyzer if fast else None
        self._known_terms: dict[tuple, tuple] = {}

    def add_document(self, **fields) -> None:
        self._check_state()
        if any(name.startswith("_") for name in fields):
            raise ValueError("boosts and custom stored values are not supported")
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        fieldnames = sorted(fields)
        self._check_fields(schema, fieldnames)

        # Several fields index the same text (every text of the entry, exact, by lemma
        # and by pairs): its words are looked up once.
        analysed: dict[str, list] = {}
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                analyzer = self._fast[fieldname]
                if analyzer is not None:
                    if not isinstance(value, str):
                        raise ValueError(f"{fieldname}: {value!r} is not text")
                    forms = analysed.get(value)
                    if forms is None:
                        forms = analysed[value] = analyzer.forms(value)
                    counts = Counter(analyzer.terms_of(forms))
                    if counts:
                        self._text.add(fieldname, counts, docnum)
                        if field.scorable:
                            length = counts.total()
                elif field.indexed:
                    postings, size, length = self._terms(fieldname, field, value)
                    pool = self.pool
                    pool.current.extend(
                        [(fieldname, tbytes, docnum, weight, vbytes) for tbytes, weight, vbytes in postings]
                    )
                    if postings:
                        pool.fieldnames.add(fieldname)
                    pool.currentsize += size
                    if pool.currentsize > pool.limit:
                        pool.save()
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _terms(self, fieldname: str, field, value) -> tuple[list[tuple], int, int]:
        """``(term bytes, weight, value)`` of each posting of ``field.index(value)``, their
        size in Whoosh's pool estimate, and the field length. Remembered: ids of logbooks,
        stages and authors, kinds, states and dates repeat from one entry to the next."""
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
    def _index(fieldname: str, field, value) -> tuple[list[tuple], int, int]:
        postings, size, length = [], 0, 0
        for tbytes, freq, weight, vbytes in field.index(value):
            postings.append((tbytes, weight, vbytes))
            # As whoosh.writing.PostingPool.add estimates it.
            size += 150 + len(fieldname) + 2 * len(tbytes) + len(vbytes or "")
            if field.scorable:
                length += freq
        return postings, size, length

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        reader = self.per_document_reader()
        try:
            lengths = _FieldLengths(reader, self.schema.names())
            _write_postings(self.fieldwriter, self.schema, lengths, self._groups())
            self.fieldwriter.close()
        finally:
            reader.close()

    def _groups(self) -> Iterator[tuple[str, bytes, array, list[float], list[bytes]]]:
        """Every term's postings, sorted by field and term: ``(field, term bytes, document
        numbers, weights, values)``."""

        def from_pool():
            for (fieldname, btext), rows in groupby(self.pool.iter_postings(), key=_FIELD_AND_TERM):
                rows = list(rows)
                yield (
                    fieldname,
                    btext,
                    array("I", [row[2] for row in rows]),
                    [row[3] for row in rows],
                    [row[4] for row in rows],
                )

        def from_text():
            for fieldname, btext, docnums, freqs in self._text.items():
                yield fieldname, btext, docnums, [float(freq) for freq in freqs], freqs

        return heapq.merge(from_pool(), from_text(), key=_FIELD_AND_TERM)


def _write_postings(fieldwriter, schema, lengths: _FieldLengths, groups) -> None:
    """What ``fieldwriter.add_postings`` does with the postings of ``groups`` (see
    :meth:`BulkWriter._groups`), one block of postings at a time rather than one
    posting at a time.

    Blocks are cut as ``W3PostingsWriter.add_posting`` cuts them (full blocks as the
    next posting arrives, the rest when the term ends) with the same statistics.
    """
    current = None
    postwriter = None
    table: list[int | None] | None = None
    for fieldname, btext, docnums, weights, values in groups:
        if fieldname != current:
            if current is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            current = fieldname
            postwriter = fieldwriter._postwriter
            if postwriter._byteids:
                raise ValueError(f"{fieldname}: byte ids are not supported")
            table = lengths.table(fieldname)
        fieldwriter.start_term(btext)
        limit = postwriter._blocklimit
        for start in range(0, len(docnums), limit):
            if start:
                postwriter._write_block()
            end = start + limit
            _fill_block(postwriter, docnums[start:end], weights[start:end], values[start:end], table)
        fieldwriter.finish_term()
    if current is not None:
        fieldwriter.finish_field()


def _fill_block(postwriter, docnums: array, weights: list[float], values, table) -> None:
    postwriter._ids = docnums
    postwriter._weights = array("f", weights)
    if isinstance(values, array):  # frequencies of a text field
        postwriter._values = [_frequency_bytes(freq) for freq in values]
    else:
        postwriter._values = [value for value in values if value]
    postwriter._maxweight = max(0, max(weights))
    known = [] if table is None else [length for docnum in docnums if (length := table[docnum])]
    postwriter._minlength = min(known) if known else None
    postwriter._maxlength = max(known) if known else 0


class _FieldLengths:
    """The field lengths ``doc_field_length`` of a per-document reader gives (None for a
    document without the field), each length column read once, for the block statistics."""

    def __init__(self, reader, fieldnames) -> None:
        self._tables: dict[str, list[int | None]] = {}
        for name in fieldnames:
            column = _lenfield(name)
            if reader.has_column(column):
                self._tables[name] = [
                    byte_to_length(code) if code else None
                    for code in reader.column_reader(column, LENGTHS_COLUMN)
                ]

    def table(self, fieldname: str) -> list[int | None] | None:
        """The lengths of ``fieldname`` by document number, or None if it keeps none."""
        return self._tables.get(fieldname)
