"""Writing a segment's postings, term infos and field lengths as Whoosh's codec does,
by chunks of consecutive terms computed with numpy (see :mod:`search.bulk`)."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pickle import dumps

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, _lenfield
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import _length_byte_cache, length_to_byte

from search.bulk_postings import SortedPostings
from search.posting_sidecar import SidecarFieldWriter

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


def write_postings(
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
    if isinstance(fieldwriter, SidecarFieldWriter):
        fieldwriter.add_terms(terms, offsets, counts, docnums, freqs.astype(np.float32))
    add = fieldwriter._tindex.add
    for number, btext in enumerate(terms):
        add(prefix + btext, infobytes[number * width : (number + 1) * width])


class FieldLengths:
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
