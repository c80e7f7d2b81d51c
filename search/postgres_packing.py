"""Postings of the PostgreSQL store packed per term, as segments hold them.

One row per posting (``search_postings``) puts the postings of a common word on
thousands of heap pages: reading it cold took seconds at 100,000 entries. So
postings are kept packed (``search_packed_postings``): for each term, one row per
*part* (documents packed together) with the entry ids and the weights as arrays
of numbers. Reading a term is one index look-up returning a row per part, and
:func:`unpack` turns them into arrays with nothing to decode.

* A rebuild packs every posting, in parts of up to :data:`PART_SIZE` documents
  (it holds one part in memory at a time).
* Later writes (:meth:`PostgresSearchIndex.apply`) write one row per posting:
  they are few. Once the documents written since the last packing are more than
  :data:`REPACK_SHARE` of the index (and at least :data:`REPACK_MINIMUM`), the
  write packs their rows into one more part (:func:`repack_if_due`), inside
  PostgreSQL, and deletes them.

An entry written again, or deleted, keeps its old postings inside the parts
packed before. So each part says which generations it packed (after
``written_after``, until ``written_until``), and a posting counts only while its
entry is still indexed with a generation in that range; a per-entry row counts
when its entry was written after ``search_state.packed_generation``. Each entry
then has its postings in exactly one place. Stale postings stay in their part
until a rebuild (``carnet reindex``) drops them; reading skips them.

The numbers are big-endian, as PostgreSQL's ``int4send``/``float4send`` write
them, so that it can pack rows itself.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterable, Iterator

import numpy as np
import psycopg
from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy import exc as sa_exc

from search.postgres_tables import search_documents, search_packed_postings, search_postings, search_state
from search.postings import POSTING_FIELDS, NumberedAnalysis, NumberedDocument

# Documents per part of a rebuild: their postings are held in memory (about 16 bytes
# each, some 330 per document) until the part is written.
PART_SIZE = 20_000
# Documents written since the last packing, as a share of the index, that a write packs.
REPACK_SHARE = 0.05
REPACK_MINIMUM = 1_000

Postings = tuple[np.ndarray, np.ndarray]  # entry ids (int64), weights (float32)
# (written_after, written_until, postings) of one part; until None: up to now.
Part = tuple[int, int | None, Postings]


# How a packed row writes its arrays (its ``encoding`` column).
#
# * PLAIN: entry ids ``>i4`` (``>i8`` when one does not fit: told apart by the length of
#   the weights), weights ``>f4``. PostgreSQL's own packing (:func:`repack_if_due`) writes
#   these, and so did every rebuild before GAPS.
# * GAPS: entry ids as the first one (``>i8``), the width of the gaps between them (one
#   byte: 1, 2 or 4), then each gap to the next id; weights as their width (1 or 2 for
#   whole numbers, 4 for ``>f4``), then the values. A rebuild adds entries in the order
#   of their ids, so gaps are small and counts are whole: about 3 bytes a posting
#   instead of 8. Reading a common word is mostly moving bytes, so it takes about a
#   third less time, and the table is less than half the size.
PLAIN, GAPS = 0, 1
_HEADER = struct.Struct(">qB")  # the first entry id, the width of the gaps
_GAP_TYPES = {1: np.dtype("u1"), 2: np.dtype(">u2"), 4: np.dtype(">u4")}
_WEIGHT_TYPES = {1: np.dtype("u1"), 2: np.dtype(">u2"), 4: np.dtype(">f4")}
_INT32_MAX = 2**31 - 1


def pack(entry_ids: np.ndarray, weights: np.ndarray) -> tuple[bytes, bytes, int]:
    """``entry_ids`` and ``weights`` as the bytes of a packed row, and their encoding:
    GAPS where the ids grow (as a rebuild writes them), else PLAIN."""
    if len(entry_ids):
        gaps = np.diff(entry_ids)
        greatest = int(gaps.max()) if len(gaps) else 1
        if not len(gaps) or int(gaps.min()) > 0:
            width = next((width for width in _GAP_TYPES if greatest < 2 ** (8 * width)), None)
            if width is not None:
                ids = _HEADER.pack(int(entry_ids[0]), width) + gaps.astype(_GAP_TYPES[width]).tobytes()
                return ids, _packed_weights(weights), GAPS
    width = ">i4" if not len(entry_ids) or int(entry_ids.max()) <= _INT32_MAX else ">i8"
    return entry_ids.astype(width).tobytes(), weights.astype(">f4").tobytes(), PLAIN


def _packed_weights(weights: np.ndarray) -> bytes:
    """Weights of a GAPS row: whole numbers in one or two bytes where they fit."""
    whole = bool(np.all(weights == np.floor(weights))) and (not len(weights) or float(weights.min()) >= 0)
    greatest = float(weights.max()) if len(weights) else 0.0
    if whole and greatest < 2**8:
        return b"\x01" + weights.astype("u1").tobytes()
    if whole and greatest < 2**16:
        return b"\x02" + weights.astype(">u2").tobytes()
    return b"\x04" + weights.astype(">f4").tobytes()


def unpack(entry_ids: bytes, weights: bytes, encoding: int = PLAIN) -> Postings:
    """The arrays of a packed row (see :func:`pack`)."""
    if encoding == GAPS:
        first, width = _HEADER.unpack_from(entry_ids)
        ids = np.empty((len(entry_ids) - _HEADER.size) // width + 1, dtype=np.int64)
        ids[0] = first
        ids[1:] = np.frombuffer(entry_ids, dtype=_GAP_TYPES[width], offset=_HEADER.size)
        # Summed in place, as native numbers: summing the stored bytes directly is slower.
        np.cumsum(ids, out=ids)
        return ids, np.frombuffer(weights, dtype=_WEIGHT_TYPES[weights[0]], offset=1).astype(np.float32)
    if encoding != PLAIN:
        raise ValueError(f"unknown encoding of packed postings: {encoding}")
    count = len(weights) // 4
    width = ">i4" if len(entry_ids) == 4 * count else ">i8"
    return (
        np.frombuffer(entry_ids, dtype=width).astype(np.int64),
        np.frombuffer(weights, dtype=">f4").astype(np.float32),
    )


class _FieldPostings:
    """One field's postings of a part, as documents give them: per document its entry
    id and how many terms it has, then per posting the term's number and weight."""

    __slots__ = ("entry_ids", "numbers", "sizes", "weights")

    def __init__(self) -> None:
        self.entry_ids = array("q")
        self.sizes = array("q")
        self.numbers = array("q")
        self.weights = array("f")

    def add(self, entry_id: int, counts: dict[int, int]) -> None:
        if counts:
            self.entry_ids.append(entry_id)
            self.sizes.append(len(counts))
            self.numbers.extend(counts.keys())
            self.weights.extend(counts.values())

    def by_term(self) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
        """``(term number, entry ids, weights)`` of each term, its postings in document order."""
        if not self.numbers:
            return
        numbers = np.frombuffer(self.numbers, dtype=np.int64)
        terms, ranks = np.unique(numbers, return_inverse=True)
        # Stable: each term's postings stay in document order.
        order = np.argsort(ranks, kind="stable")
        entry_ids = np.repeat(
            np.frombuffer(self.entry_ids, dtype=np.int64), np.frombuffer(self.sizes, dtype=np.int64)
        )
        entry_ids = entry_ids[order]
        weights = np.frombuffer(self.weights, dtype=np.float32)[order]
        bounds = np.searchsorted(ranks[order], np.arange(len(terms) + 1)).tolist()
        for rank, term in enumerate(terms.tolist()):
            start, end = bounds[rank], bounds[rank + 1]
            yield term, entry_ids[start:end], weights[start:end]


class PartPacker:
    """Gathers the postings of the documents of one part of a rebuild at ``generation``,
    their terms numbered by ``analysis``; :meth:`rows` packs them."""

    def __init__(self, part: int, generation: int, analysis: NumberedAnalysis) -> None:
        self.part = part
        self.generation = generation
        self.documents = 0
        self._analysis = analysis
        self._fields = [_FieldPostings() for _name in POSTING_FIELDS]

    def add(self, docs: list[NumberedDocument]) -> None:
        """Add the postings of ``docs`` (in document order)."""
        for doc in docs:
            for postings, counts in zip(self._fields, doc.counts, strict=True):
                postings.add(doc.entry_id, counts)
        self.documents += len(docs)

    def rows(self) -> Iterable[tuple[str, str, int, int, int, bytes, bytes, int]]:
        """The rows of every term of the part, in the table's column order."""
        for field, (name, postings) in enumerate(zip(POSTING_FIELDS, self._fields, strict=True)):
            found = list(postings.by_term())
            texts = self._analysis.spell(field, [number for number, _ids, _weights in found])
            for term, (_number, entry_ids, weights) in zip(texts, found, strict=True):
                yield (name, term, self.part, 0, self.generation, *pack(entry_ids, weights))


# A term's parts, then its per-entry postings as one more part, aggregated into the same
# packed form (written after the packed generation, until now: null). An index from
# before packing has no packed generation: every row counts (generations are positive).
_READ = """
SELECT field, term, written_after, written_until, entry_ids, weights, encoding, part
FROM search_packed_postings
WHERE (field, term) IN (SELECT * FROM unnest(%(fields)s::text[], %(terms)s::text[]))
UNION ALL
SELECT p.field, p.term, coalesce((SELECT packed_generation FROM search_state), -1), NULL,
    string_agg(int8send(p.entry_id), ''::bytea ORDER BY p.entry_id),
    string_agg(float4send(p.weight::real), ''::bytea ORDER BY p.entry_id),
    0,
    NULL
FROM search_postings p
WHERE (p.field, p.term) IN (SELECT * FROM unnest(%(fields)s::text[], %(terms)s::text[]))
GROUP BY p.field, p.term
ORDER BY part NULLS LAST
"""


def read_postings(connection: Connection, terms: list[tuple[str, str]]) -> dict[tuple[str, str], list[Part]]:
    """The parts of ``terms`` in the order of their numbers (so in document order: a
    rebuild written by two processes copies its parts out of order), their per-entry
    postings as one more part (until ``None``), in one statement: one round trip, one
    snapshot."""
    parameters = {"fields": [field for field, _term in terms], "terms": [term for _field, term in terms]}
    # Binary results: the arrays come as the bytes stored, not hex text to decode (three
    # times faster for common words).
    try:
        with connection.connection.driver_connection.cursor(binary=True) as cursor:
            cursor.execute(_READ, parameters)
            found = cursor.fetchall()
    except psycopg.Error as exc:
        # As SQLAlchemy would have raised it, for the store to tell outages apart.
        raise sa_exc.DBAPIError.instance(_READ, parameters, exc, psycopg.Error) from exc
    parts: dict[tuple[str, str], list[Part]] = {}
    for field, term, after, until, entry_ids, weights, encoding, _part in found:
        parts.setdefault((field, term), []).append((after, until, unpack(entry_ids, weights, encoding)))
    return parts


def repack_if_due(connection: Connection, generation: int) -> bool:
    """Pack the per-entry rows into one more part when the documents written since the
    last packing are due (see the module's notes); ``connection`` holds the writer's
    lock, ``generation`` is its write's. True when it packed."""
    packed_generation = connection.scalar(select(search_state.c.packed_generation))
    if packed_generation is None:
        # An index from before packing: every posting is a row; a rebuild packs them.
        return False
    documents = search_documents.c
    unpacked = connection.scalar(
        select(func.count()).select_from(search_documents).where(documents.generation > packed_generation)
    )
    if unpacked < REPACK_MINIMUM:
        return False
    total = connection.scalar(select(func.count()).select_from(search_documents)) or 0
    if unpacked < REPACK_SHARE * total:
        return False
    part = connection.scalar(select(func.coalesce(func.max(search_packed_postings.c.part), -1) + 1))
    wide = (connection.scalar(select(func.max(search_postings.c.entry_id))) or 0) > _INT32_MAX
    ids = "int8send(p.entry_id)" if wide else "int4send(p.entry_id::integer)"
    order = "ORDER BY d.generation, d.position"
    # A large packing may take longer than one statement is allowed.
    previous = connection.scalar(text("SELECT current_setting('statement_timeout')"))
    connection.execute(text("SELECT set_config('statement_timeout', '0', true)"))
    # Packed where the rows are: nothing goes through this process.
    connection.execute(
        text(
            "INSERT INTO search_packed_postings"
            " (field, term, part, written_after, written_until, entry_ids, weights, encoding)"
            " SELECT p.field, p.term, :part, :after, :until,"
            f" string_agg({ids}, ''::bytea {order}),"
            f" string_agg(float4send(p.weight::real), ''::bytea {order}), :plain"
            " FROM search_postings p JOIN search_documents d ON d.entry_id = p.entry_id"
            " WHERE d.generation > :after"
            " GROUP BY p.field, p.term"
        ),
        {"part": part, "after": packed_generation, "until": generation, "plain": PLAIN},
    )
    connection.execute(text("SELECT set_config('statement_timeout', :value, true)"), {"value": previous})
    connection.execute(search_postings.delete())
    connection.execute(search_state.update().values(packed_generation=generation))
    return True


def documents_before_packing(connection: Connection) -> int:
    """The documents of an index built before packing (no packed generation), else 0."""
    if connection.scalar(select(search_state.c.packed_generation)) is not None:
        return 0
    return connection.scalar(select(func.count()).select_from(search_documents)) or 0


def unpacked_share(connection: Connection) -> float:
    """The share of indexed documents whose postings are not packed (written since the
    last rebuild): above a fifth, ``carnet reindex`` makes first searches faster."""
    packed_generation = connection.scalar(select(search_state.c.packed_generation))
    total = connection.scalar(select(func.count()).select_from(search_documents)) or 0
    if not total:
        return 0.0
    written = select(func.count()).select_from(search_documents)
    if packed_generation is not None:
        written = written.where(search_documents.c.generation > packed_generation)
    return (connection.scalar(written) or 0) / total


def copy_rows(connection: Connection, table: Table, rows: Iterable[tuple]) -> None:
    """Insert ``rows`` (tuples in the table's column order) with COPY, the fast way in."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    names = ", ".join(f'"{column.name}"' for column in table.columns)
    with (
        connection.connection.driver_connection.cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
    ):
        copy.write_row(first)
        for row in rows:
            copy.write_row(row)
