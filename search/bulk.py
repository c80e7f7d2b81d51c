"""Writing a whole index in one go, for rebuilds.

Whoosh's ``SegmentWriter`` is general: every field of every document goes through
a chain of generators, every posting becomes a tuple in a pool that is sorted and,
past ``limitmb``, pickled to disk one posting at a time and merged back; when the
segment is written, each posting's field length is read back from disk (with a
``stat`` call for fields that keep no lengths). A rebuild writes millions of
postings, so :class:`BulkWriter` takes shorter roads to the same segment files:

* the terms of the text fields come from :class:`search.analysis.TermNumbers` (the
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

import pickle
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from pickle import dumps
from typing import NamedTuple

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, _lenfield
from whoosh.fields import NUMERIC
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import _length_byte_cache, length_to_byte
from whoosh.writing import SegmentWriter

from search.analysis import CachedAnalyzer, TermNumbers

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
    """One field's postings as documents give them: per document its number and
    how many terms it has, then per posting the term's number and its frequency."""

    __slots__ = ("docnums", "freqs", "ids", "sizes", "terms")

    def __init__(self) -> None:
        self.ids = _TermIds()
        self.terms = array("I")
        self.freqs = array("I")
        self.docnums = array("I")
        self.sizes = array("I")

    def sorted(self, spell: Callable[[list], list]) -> SortedPostings:
        """The postings sorted by term, ``spell`` giving the terms of the keys."""
        keys = spell(list(self.ids))
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

    def chunks(self, size: int) -> Iterator[SortedPostings]:
        """The postings of consecutive terms, about ``size`` postings at a time."""
        for first, last, start, end in _term_ranges(self.counts, size):
            yield SortedPostings(
                self.terms[first:last],
                self.counts[first:last],
                self.docnums[start:end],
                self.freqs[start:end],
            )


def _term_ranges(counts: np.ndarray, size: int) -> Iterator[tuple[int, int, int, int]]:
    """``(first, last, start, end)``: terms ``first`` to ``last`` (excluded), whose
    postings are ``start`` to ``end``, about ``size`` postings (or one term) at a time."""
    ends = np.cumsum(counts)
    first = 0
    while first < len(ends):
        start = int(ends[first - 1]) if first else 0
        last = max(first + 1, int(np.searchsorted(ends, start + size, side="right")))
        yield first, last, start, int(ends[last - 1])
        first = last


def _merged(parts: list[SortedPostings], size: int) -> Iterator[SortedPostings]:
    """The postings of ``parts`` (runs of one field, in document order) merged, about
    ``size`` postings at a time: beside the runs, only a chunk is sorted at once."""
    terms = sorted(set().union(*(part.terms for part in parts)))
    numbers = {term: number for number, term in enumerate(terms)}
    totals = np.zeros(len(terms), dtype=np.int64)
    ranks, starts = [], []
    for part in parts:
        # Each part's terms are sorted: so are their numbers.
        part_ranks = np.fromiter(map(numbers.__getitem__, part.terms), np.int64, len(part.terms))
        totals[part_ranks] += part.counts
        ranks.append(part_ranks)
        starts.append(np.concatenate(([0], np.cumsum(part.counts))))
    del numbers
    for first, last, _start, _end in _term_ranges(totals, size):
        keys, docnums, freqs = [], [], []
        for part, part_ranks, part_starts in zip(parts, ranks, starts, strict=True):
            low, high = np.searchsorted(part_ranks, (first, last))
            keys.append(np.repeat(part_ranks[low:high], part.counts[low:high]))
            docnums.append(part.docnums[part_starts[low] : part_starts[high]])
            freqs.append(part.freqs[part_starts[low] : part_starts[high]])
        # A stable sort by term keeps the parts' order: documents stay in order.
        order = np.argsort(np.concatenate(keys), kind="stable")
        yield SortedPostings(
            terms[first:last],
            totals[first:last],
            np.concatenate(docnums)[order],
            np.concatenate(freqs)[order],
        )


class TermPostings:
    """Postings of the indexed fields by field: for each document the numbers of its
    terms and their frequencies, appended in a few C-level calls. Past ``limit`` bytes
    (estimated) they are sorted by term into a run on disk; :meth:`fields` sorts them,
    merging the runs back, field by field."""

    def __init__(self, tempstore, limit: int, spell: Callable[[str, list], list]) -> None:
        self._tempstore = tempstore
        self._spell = spell
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

    def _sorted(self, fieldname: str) -> SortedPostings:
        return self._fields.pop(fieldname).sorted(lambda keys: self._spell(fieldname, keys))

    def _spill(self) -> None:
        name = f"terms-{len(self._runs)}.run"
        handle = self._tempstore.create_file(name).raw_file()
        for fieldname in sorted(self._fields):
            part = self._sorted(fieldname)
            pickle.dump(
                (fieldname, part.terms, part.counts, part.docnums, part.freqs),
                handle,
                pickle.HIGHEST_PROTOCOL,
            )
        handle.close()
        self._runs.append(name)
        self._fields = {}
        self._size = 0

    def fields(self) -> Iterator[tuple[str, Iterator[SortedPostings]]]:
        """Each field's postings, in the order of field names, by chunks of consecutive
        terms (read a field's chunks before asking for the next field)."""
        if not self._runs:
            for fieldname in sorted(self._fields):
                yield fieldname, self._sorted(fieldname).chunks(_WRITE_CHUNK)
            return
        if self._fields:
            self._spill()
        runs = [_read_pickles(self._tempstore.open_file(name).raw_file()) for name in self._runs]
        # Each run holds its fields in name order: take them field by field.
        heads = [next(run, None) for run in runs]
        while any(head is not None for head in heads):
            fieldname = min(head[0] for head in heads if head is not None)
            parts = []
            for number, head in enumerate(heads):
                if head is not None and head[0] == fieldname:
                    parts.append(SortedPostings(*head[1:]))
                    heads[number] = next(runs[number], None)
            yield (
                fieldname,
                parts[0].chunks(_WRITE_CHUNK) if len(parts) == 1 else _merged(parts, _WRITE_CHUNK),
            )


def _read_pickles(handle) -> Iterator:
    try:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return
    finally:
        handle.close()


class _Field(NamedTuple):
    """What ``BulkWriter.add_document`` asks of a field, looked up once."""

    field: object
    kind: str | None  # of its CachedAnalyzer, when the writer analyses it itself
    indexed: bool
    scorable: bool
    stored: bool
    column: object


# Texts up to this many characters have their terms remembered (see _text_terms).
_SHORT_TEXT = 100


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
        self._known_texts: dict[tuple[str, str], tuple[Counter, int]] = {}
        self._lengths = _FieldLengths()

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
                    counts, length = self._text_terms(kind, value, analysed)
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

    def _text_terms(self, kind: str, value, analysed: dict[str, list[str]]) -> tuple[Counter, int]:
        """The numbers of the terms of ``value`` with their frequencies, and how many.
        Short texts are remembered: stage titles, names and tags repeat from one entry
        to the next."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not text")
        short = len(value) <= _SHORT_TEXT
        if short:
            found = self._known_texts.get((kind, value))
            if found is not None:
                return found
        words = analysed.get(value)
        if words is None:
            words = analysed[value] = self._numbers.words(value)
        counts = self._numbers.counts(kind, words)
        found = counts, counts.total()
        if short:
            if len(self._known_texts) > 100_000:
                self._known_texts.clear()
            self._known_texts[kind, value] = found
        return found

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
            _write_postings(
                fieldwriter,
                chunks,
                lengths.array(fieldname, self.docnum),
                values=type(field.format) is Frequency,
            )
            fieldwriter.finish_field()
        fieldwriter.close()


_LONGEST = 106_374  # whoosh.util.numeric.length_to_byte gives 255 from there on
# W3TermInfo.to_bytes: flags, total weight, document frequency, shortest and longest
# length (as bytes), greatest weight, first and last document, then where the
# postings are (offset, size) in the postings file.
_TERM_INFO = np.dtype(
    [
        ("flags", "u1"),
        ("weight", ">f4"),
        ("df", ">u4"),
        ("minlength", "u1"),
        ("maxlength", "u1"),
        ("maxweight", ">f4"),
        ("minid", ">u4"),
        ("maxid", ">u4"),
        ("offset", ">i8"),
        ("length", ">i4"),
    ]
)


def _length_bytes(lengths: np.ndarray) -> np.ndarray:
    """``length_to_byte`` of each length (0 for 0, Whoosh's None)."""
    return np.where(lengths >= _LONGEST, 255, np.searchsorted(_BYTE_LENGTHS, lengths, side="left"))


def _write_postings(
    fieldwriter, chunks: Iterator[SortedPostings], lengths: np.ndarray | None, *, values: bool
) -> None:
    """What ``fieldwriter`` writes for one field's postings, term after term (the weight
    is the frequency; with ``values`` the frequency packed is the posting's value, else
    it has none): the blocks ``W3PostingsWriter.add_posting`` writes, cut where it cuts
    them (every ``blocklimit`` postings of a term), and each term's ``W3TermInfo``.

    The postings come by chunks of consecutive terms: everything but the two pickles of
    each block is computed for a chunk at once with numpy, and its blocks are written
    in one go."""
    postwriter = fieldwriter._postwriter
    if postwriter._byteids or fieldwriter._codec._inlinelimit > 1:
        raise ValueError("byte ids and inlined postings are not supported")
    for chunk in chunks:
        _write_terms(
            fieldwriter, chunk.terms, chunk.counts, chunk.docnums, chunk.freqs, lengths, values=values
        )


# Postings written at once (see TermPostings.fields): the Python lists made of them
# take about 100 bytes a posting.
_WRITE_CHUNK = 1 << 16


def _write_terms(
    fieldwriter,
    terms: list,
    counts: np.ndarray,
    docnums: np.ndarray,
    freqs: np.ndarray,
    lengths: np.ndarray | None,
    *,
    values: bool,
) -> None:
    """:func:`_write_postings` for some consecutive terms of a field and their postings."""
    postwriter = fieldwriter._postwriter
    postfile = fieldwriter._postfile
    compression = postwriter._compression
    limit = postwriter._blocklimit
    term_starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    term_ends = term_starts + counts
    # Where each block starts: every ``limit`` postings of a term, from its first.
    blocks_per_term = (counts + limit - 1) // limit
    first_blocks = np.cumsum(blocks_per_term) - blocks_per_term
    block_term = np.repeat(np.arange(len(counts)), blocks_per_term)
    block_starts = term_starts[block_term] + (np.arange(len(block_term)) - first_blocks[block_term]) * limit
    block_ends = np.minimum(block_starts + limit, term_ends[block_term])
    # Document numbers delta-encoded within a block, the first one as it is.
    deltas = np.diff(docnums.astype(np.int64), prepend=0)
    deltas[block_starts] = docnums[block_starts]
    weights = freqs.astype(np.float64)
    maxweights = np.maximum.reduceat(weights, block_starts)
    minweights = np.minimum.reduceat(weights, block_starts)
    # Field lengths, 0 for a document without the field: not counted.
    known = np.zeros(len(docnums), dtype=np.int64) if lengths is None else lengths[docnums]
    unknown = np.iinfo(np.int64).max
    shortest = np.minimum.reduceat(np.where(known == 0, unknown, known), block_starts)
    shortest[shortest == unknown] = 0
    longest = np.maximum.reduceat(known, block_starts)

    packed = freqs.astype(">u4").tobytes() if values else None
    infos = zip(
        (block_ends - block_starts).tolist(),
        docnums[block_ends - 1].tolist(),
        maxweights.tolist(),
        _length_bytes(shortest).tolist(),
        _length_bytes(longest).tolist(),
        strict=True,
    )
    # Whoosh stores no weights when all are 1, one when all are equal.
    same = (minweights == maxweights).tolist()
    deltas, weights = deltas.tolist(), weights.tolist()
    starts, ends = block_starts.tolist(), block_ends.tolist()
    last_blocks = set((first_blocks + blocks_per_term - 1).tolist())
    firsts = set(first_blocks.tolist())

    base = postfile.tell()
    offsets = []
    parts = []
    size = 0
    for block, (count, last_id, maxweight, minbyte, maxbyte) in enumerate(infos):
        if block in firsts:
            offsets.append(base + size)
            parts.append(WHOOSH3_HEADER_MAGIC)
            size += len(WHOOSH3_HEADER_MAGIC)
        start, end = starts[block], ends[block]
        if maxweight == 1.0:
            mini_weights = None
        elif same[block]:
            mini_weights = maxweight
        else:
            mini_weights = tuple(weights[start:end])
        mini_values = None if packed is None else packed[4 * start : 4 * end]
        databytes = dumps((tuple(deltas[start:end]), mini_weights, mini_values), 2)
        if compression:
            databytes = zlib.compress(databytes, compression)
        infobytes = dumps((count, last_id, maxweight, compression, minbyte, maxbyte), 2)
        blocklength = len(infobytes) + len(databytes)
        parts.append(pack_int(-blocklength if block in last_blocks else blocklength))
        parts.append(infobytes)
        parts.append(databytes)
        size += 4 + blocklength
    postfile.write(b"".join(parts))

    # The term infos, packed for all terms at once as W3TermInfo.add_block sums them.
    info = np.zeros(len(counts), dtype=_TERM_INFO)
    # Sums of whole numbers, exact as doubles; packed as floats, as struct packs them.
    info["weight"] = np.add.reduceat(freqs.astype(np.int64), term_starts).astype(np.float64)
    info["df"] = counts
    term_shortest = np.minimum.reduceat(np.where(known == 0, unknown, known), term_starts)
    term_shortest[term_shortest == unknown] = 0
    info["minlength"] = _length_bytes(term_shortest)
    info["maxlength"] = _length_bytes(np.maximum.reduceat(known, term_starts))
    info["maxweight"] = np.maximum.reduceat(freqs, term_starts).astype(np.float64)
    info["minid"] = docnums[term_starts]
    info["maxid"] = docnums[term_ends - 1]
    offsets = np.asarray(offsets, dtype=np.int64)
    info["offset"] = offsets
    info["length"] = np.diff(np.append(offsets, base + size))
    infobytes = info.tobytes()
    width = _TERM_INFO.itemsize
    prefix = pack_ushort(fieldwriter._fieldid)
    if isinstance(terms[0], str):
        terms = [term.encode("utf-8") for term in terms]
    add = fieldwriter._tindex.add
    for number, btext in enumerate(terms):
        add(prefix + btext, infobytes[number * width : (number + 1) * width])


class _FieldLengths:
    """The field lengths of each document, as ``W3PerDocWriter.add_field`` keeps them (a
    byte per document in a column, a total per field), gathered and written at once."""

    def __init__(self) -> None:
        self._codes: dict[str, bytearray] = {}
        # In the order the per-document writer would have met the fields.
        self._totals: dict[str, int] = {}

    def add(self, fieldname: str, docnum: int, length: int) -> None:
        codes = self._codes.get(fieldname)
        if codes is None:
            codes = self._codes[fieldname] = bytearray()
            self._totals[fieldname] = 0
        if len(codes) < docnum:
            codes.extend(bytes(docnum - len(codes)))
        codes.append(length_to_byte(length))
        self._totals[fieldname] += length

    def write(self, perdocwriter) -> None:
        """Give ``perdocwriter`` the columns and totals its ``add_field`` would have made."""
        for fieldname, codes in self._codes.items():
            # NumericColumn("B", default=0) writes a byte per document up to the last
            # that is not 0.
            column = _lenfield(fieldname)
            perdocwriter._create_column(column, LENGTHS_COLUMN)
            perdocwriter._get_column(column)._dbfile.write(bytes(codes))
        for fieldname, total in self._totals.items():
            perdocwriter._fieldlengths[fieldname] += total

    def array(self, fieldname: str, doccount: int) -> np.ndarray | None:
        """The lengths of ``fieldname`` by document number (as stored: rounded), 0 for a
        document without the field, or None if no document has it."""
        codes = self._codes.get(fieldname)
        if codes is None:
            return None
        padded = np.zeros(doccount, dtype=np.uint8)
        padded[: len(codes)] = np.frombuffer(codes, dtype=np.uint8)
        return _BYTE_LENGTHS[padded]


_BYTE_LENGTHS = np.asarray(_length_byte_cache, dtype=np.int64)  # byte_to_length
