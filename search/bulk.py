"""Writing a whole index in one go, for rebuilds.

Whoosh's ``SegmentWriter`` is general: every field of every document goes through
a chain of generators, every posting becomes a tuple in a pool that is sorted and,
past ``limitmb``, pickled to disk one posting at a time and merged back; when the
segment is written, each posting's field length is read back from disk (with a
``stat`` call for fields that keep no lengths). A rebuild writes millions of
postings, so :class:`BulkWriter` takes shorter roads to the same segment files:

* the terms of the text fields come from :class:`search.analysis.CachedAnalyzer`,
  counted at once; those of the other fields (ids, numbers, dates) from Whoosh, once
  per distinct value;
* each document's terms are appended to flat arrays per field (term numbers and
  frequencies) in a few C-level calls, not one Python step per posting; when the
  segment is written, numpy sorts each field's postings by term in one stable sort
  (documents stay in order); past ``limitmb`` a sorted run goes to disk, merged back
  field by field;
* the blocks of postings are written from whole-field arrays (delta-encoded document
  numbers, weights, packed frequencies, per-block statistics by ``reduceat``): each
  block is a few list slices and the two pickles Whoosh writes.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from pickle import dumps
from typing import NamedTuple

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, _lenfield
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from search.analysis import CachedAnalyzer

# Rough memory of one new term and of one more posting in TermPostings (the term's
# number and frequency, its document number once sorted, the sort's own arrays).
_TERM_SIZE = 200
_POSTING_SIZE = 24


class _TermIds(dict):
    """Numbers of a field's terms, in the order they first appear."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


class _FieldTerms:
    """One field's text postings as documents give them: per document its number and
    how many terms it has, then per posting the term's number and its frequency."""

    __slots__ = ("docnums", "freqs", "ids", "sizes", "terms")

    def __init__(self) -> None:
        self.ids = _TermIds()
        self.terms = array("I")
        self.freqs = array("I")
        self.docnums = array("I")
        self.sizes = array("I")

    def sorted(self) -> SortedPostings:
        keys = list(self.ids)
        docnums = np.repeat(_uint32(self.docnums), _uint32(self.sizes))
        return SortedPostings.of(keys, _uint32(self.terms), docnums, _uint32(self.freqs))


def _uint32(values: array) -> np.ndarray:
    return np.frombuffer(values, dtype=np.uint32) if len(values) else np.zeros(0, dtype=np.uint32)


class SortedPostings(NamedTuple):
    """A field's postings sorted by term, each term's in document order: ``terms`` in
    order, ``counts[i]`` postings for ``terms[i]``, then the postings' document numbers
    and frequencies one after the other."""

    terms: list[str]
    counts: np.ndarray
    docnums: np.ndarray
    freqs: np.ndarray

    @classmethod
    def of(cls, keys: list[str], ids: np.ndarray, docnums: np.ndarray, freqs: np.ndarray) -> SortedPostings:
        """Postings of the terms ``keys[ids[i]]``, given in document order."""
        by_text = sorted(range(len(keys)), key=keys.__getitem__)
        rank = np.empty(len(keys), dtype=np.uint32)
        rank[by_text] = np.arange(len(keys), dtype=np.uint32)
        ranks = rank[ids]
        # A stable sort keeps each term's documents in order; numpy sorts 16-bit keys
        # by radix, in one pass.
        order = np.argsort(ranks.astype(np.uint16) if len(keys) <= 1 << 16 else ranks, kind="stable")
        counts = np.bincount(ranks, minlength=len(keys))
        return cls([keys[i] for i in by_text], counts, docnums[order], freqs[order])

    @classmethod
    def merge(cls, parts: list[SortedPostings]) -> SortedPostings:
        """The postings of ``parts``, documents of the first part first."""
        if len(parts) == 1:
            return parts[0]
        numbers = _TermIds()
        ids = [
            np.repeat(
                np.fromiter(map(numbers.__getitem__, part.terms), np.uint32, len(part.terms)), part.counts
            )
            for part in parts
        ]
        return cls.of(
            list(numbers),
            np.concatenate(ids),
            np.concatenate([part.docnums for part in parts]),
            np.concatenate([part.freqs for part in parts]),
        )


class TermPostings:
    """Postings of the text fields by field: for each document the numbers of its terms
    and their frequencies, appended in a few C-level calls. Past ``limit`` bytes
    (estimated) they are sorted by term into a run on disk; :meth:`fields` sorts them,
    merging the runs back, field by field."""

    def __init__(self, tempstore, limit: int) -> None:
        self._tempstore = tempstore
        self._limit = limit
        self._fields: dict[str, _FieldTerms] = {}
        self._size = 0
        self._runs: list[str] = []

    def add(self, fieldname: str, counts: Counter, docnum: int) -> None:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = _FieldTerms()
        known = len(terms.ids)
        terms.terms.extend(map(terms.ids.__getitem__, counts))
        terms.freqs.extend(counts.values())
        terms.docnums.append(docnum)
        terms.sizes.append(len(counts))
        self._size += _TERM_SIZE * (len(terms.ids) - known) + _POSTING_SIZE * len(counts)
        if self._size > self._limit:
            self._spill()

    def _spill(self) -> None:
        name = f"terms-{len(self._runs)}.run"
        handle = self._tempstore.create_file(name).raw_file()
        for fieldname in sorted(self._fields):
            part = self._fields.pop(fieldname).sorted()
            pickle.dump(
                (fieldname, part.terms, part.counts, part.docnums, part.freqs),
                handle,
                pickle.HIGHEST_PROTOCOL,
            )
        handle.close()
        self._runs.append(name)
        self._fields = {}
        self._size = 0

    def fields(self) -> Iterator[tuple[str, SortedPostings]]:
        """Each field's postings, in the order of field names."""
        if not self._runs:
            for fieldname in sorted(self._fields):
                yield fieldname, self._fields.pop(fieldname).sorted()
            return
        if self._fields:
            self._spill()
        runs = [_read_chunks_one_by_one(self._tempstore.open_file(name).raw_file()) for name in self._runs]
        # Each run holds its fields in name order: take them field by field.
        heads = [next(run, None) for run in runs]
        while any(head is not None for head in heads):
            fieldname = min(head[0] for head in heads if head is not None)
            parts = []
            for number, head in enumerate(heads):
                if head is not None and head[0] == fieldname:
                    parts.append(SortedPostings(*head[1:]))
                    heads[number] = next(runs[number], None)
            yield fieldname, SortedPostings.merge(parts)


def _read_chunks_one_by_one(handle) -> Iterator:
    try:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return
    finally:
        handle.close()


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
        self._postings = TermPostings(self._tempstorage, limitmb * 1024 * 1024)
        # Per field: its analyzer when this writer analyses it itself, else None.
        self._fast: dict[str, CachedAnalyzer | None] = {}
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"{name}: term vectors and spelling fields are not supported")
            if field.indexed and (
                type(field.format) not in (Frequency, Existence) or field.format.field_boost != 1.0
            ):
                raise ValueError(f"{name}: only frequencies or existence, with no boost, are supported")
            analyzer = getattr(field, "analyzer", None)
            fast = field.indexed and isinstance(analyzer, CachedAnalyzer) and type(field.format) is Frequency
            self._fast[name] = analyzer if fast else None
        self._known_terms: dict[tuple, tuple[dict[bytes, int], int]] = {}

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
                        self._postings.add(fieldname, counts, docnum)
                        if field.scorable:
                            length = counts.total()
                elif field.indexed:
                    counts, length = self._terms(fieldname, field, value)
                    if counts:
                        self._postings.add(fieldname, counts, docnum)
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
        self.perdocwriter.close()
        reader = self.per_document_reader()
        try:
            lengths = _FieldLengths(reader, self.schema.names())
            fieldwriter = self.fieldwriter
            for fieldname, postings in self._postings.fields():
                field = self.schema[fieldname]
                fieldwriter.start_field(fieldname, field)
                if fieldwriter._postwriter._byteids:
                    raise ValueError(f"{fieldname}: byte ids are not supported")
                _write_postings(
                    fieldwriter, postings, lengths.array(fieldname), values=type(field.format) is Frequency
                )
                fieldwriter.finish_field()
            fieldwriter.close()
        finally:
            reader.close()


class _Block:
    """What ``W3TermInfo.add_block`` reads of a block of postings."""

    __slots__ = ("_maxlength", "_maxweight", "_minlength", "_size", "_weights", "first", "last")

    def __init__(self, size, first, last, total, maxweight, minlength, maxlength) -> None:
        self._size = size
        self.first = first
        self.last = last
        # Frequencies are whole numbers: their sum as floats is exact, in any order.
        self._weights = (total,)
        self._maxweight = maxweight
        self._minlength = minlength
        self._maxlength = maxlength

    def __len__(self) -> int:
        return self._size

    def min_id(self) -> int:
        return self.first

    def max_id(self) -> int:
        return self.last

    def min_length(self) -> int | None:
        return self._minlength

    def max_length(self) -> int:
        return self._maxlength

    def max_weight(self) -> float:
        return self._maxweight


def _write_postings(
    fieldwriter, postings: SortedPostings, lengths: np.ndarray | None, *, values: bool
) -> None:
    """The blocks ``W3PostingsWriter.add_posting`` writes for one field's postings (the
    weight is the frequency; with ``values`` the frequency packed is the posting's
    value, else it has none), cut where it cuts them (every ``blocklimit`` postings of
    a term) with the same statistics. Their parts are computed for the whole field with
    numpy: each block is then a few slices and two pickles."""
    postwriter = fieldwriter._postwriter
    postfile = postwriter._postfile
    compression = postwriter._compression
    limit = postwriter._blocklimit
    counts, docnums, freqs = postings.counts, postings.docnums, postings.freqs
    if not len(docnums):
        return
    # Where each block starts: every ``limit`` postings of a term, from its first.
    term_starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    blocks_per_term = (counts + limit - 1) // limit
    block_term = np.repeat(np.arange(len(counts)), blocks_per_term)
    block_in_term = np.arange(len(block_term)) - np.repeat(
        np.cumsum(blocks_per_term) - blocks_per_term, blocks_per_term
    )
    block_starts = term_starts[block_term] + block_in_term * limit
    block_ends = np.minimum(block_starts + limit, (term_starts + counts)[block_term])
    # Document numbers delta-encoded within a block, the first one as it is.
    deltas = np.diff(docnums.astype(np.int64), prepend=0)
    deltas[block_starts] = docnums[block_starts]
    weights = freqs.astype(np.float64)
    sums = np.add.reduceat(freqs.astype(np.int64), block_starts).tolist()
    maxweights = np.maximum.reduceat(weights, block_starts).tolist()
    minweights = np.minimum.reduceat(weights, block_starts).tolist()
    if lengths is None:
        minlengths = [None] * len(block_starts)
        maxlengths = [0] * len(block_starts)
    else:
        # A length of 0 is a document without the field: not counted.
        known = lengths[docnums]
        maxlengths = np.maximum.reduceat(known, block_starts).tolist()
        unknown = np.iinfo(known.dtype).max
        minlengths = [
            None if length == unknown else length
            for length in np.minimum.reduceat(np.where(known == 0, unknown, known), block_starts).tolist()
        ]
    packed = freqs.astype(">u4").tobytes() if values else None
    deltas = deltas.tolist()
    weights = weights.tolist()
    docnums = docnums.tolist()
    starts, ends = block_starts.tolist(), block_ends.tolist()
    last_block = (np.cumsum(blocks_per_term) - 1).tolist()
    block = 0
    terms = postings.terms
    if isinstance(terms[0], str):
        terms = [term.encode("utf-8") for term in terms]
    for number, btext in enumerate(terms):
        fieldwriter.start_term(btext)
        terminfo = postwriter._terminfo
        final = last_block[number]
        postfile.write(WHOOSH3_HEADER_MAGIC)
        while True:
            start, end = starts[block], ends[block]
            maxweight, minweight = maxweights[block], minweights[block]
            if maxweight == 1.0:
                mini_weights = None
            elif minweight == maxweight:
                mini_weights = maxweight
            else:
                mini_weights = tuple(weights[start:end])
            terminfo.add_block(
                _Block(
                    end - start,
                    docnums[start],
                    docnums[end - 1],
                    float(sums[block]),
                    maxweight,
                    minlengths[block],
                    maxlengths[block],
                )
            )
            mini_values = None if packed is None else packed[4 * start : 4 * end]
            databytes = dumps((tuple(deltas[start:end]), mini_weights, mini_values), 2)
            if compression:
                databytes = zlib.compress(databytes, compression)
            infobytes = dumps(
                (
                    end - start,
                    docnums[end - 1],
                    maxweight,
                    compression,
                    length_to_byte(minlengths[block]),
                    length_to_byte(maxlengths[block]),
                ),
                2,
            )
            size = len(infobytes) + len(databytes)
            postfile.write_int(-size if block == final else size)
            postfile.write(infobytes)
            postfile.write(databytes)
            postwriter._blockcount += 1
            block += 1
            if block > final:
                break
        fieldwriter.finish_term()


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

    def array(self, fieldname: str) -> np.ndarray | None:
        """:meth:`table` as numbers, 0 for a document without the field."""
        table = self._tables.get(fieldname)
        if table is None:
            return None
        return np.array([length or 0 for length in table], dtype=np.int64)
